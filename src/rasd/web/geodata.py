"""Offline country shapes for the event map.

The shipped ``static/countries.geojson`` is Natural Earth's 1:50m admin-0
countries (public domain), decoded from the ``world-atlas`` TopoJSON, simplified
(Douglas-Peucker) and keyed by ISO 3166-1 alpha-2. Rebuild it with::

    npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python -m rasd.web.geodata package/countries-50m.json src/rasd/web/static/countries.geojson

At run time the map reads the GeoJSON and draws it as SVG paths in an
equirectangular projection (x = longitude, y = -latitude): no tiles, no network.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

STATIC = Path(__file__).parent / "static"
COUNTRIES = STATIC / "countries.geojson"
TOLERANCE_DEG = 0.08  # simplification: invisible at the map's scale, ~5x smaller file

Ring = list[tuple[float, float]]


def _decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    scale = topo.get("transform", {}).get("scale", [1, 1])
    shift = topo.get("transform", {}).get("translate", [0, 0])
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:  # delta-encoded, quantized
            x += dx
            y += dy
            pts.append((x * scale[0] + shift[0], y * scale[1] + shift[1]))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[Ring], indexes: list[int]) -> Ring:
    out: Ring = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts[1:] if out else pts)
    return out


def _perp_distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker, iterative (rings can have thousands of points)."""
    if len(ring) < 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = _perp_distance(ring[i], ring[first], ring[last])
            if d > best:
                best, index = d, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [p for p, k in zip(ring, keep, strict=True) if k]


def _iso2(numeric: str | None, name: str) -> str | None:
    import pycountry

    if numeric and numeric.isdigit():
        c = pycountry.countries.get(numeric=numeric.zfill(3))
        if c:
            return c.alpha_2
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}.get(name)


def topojson_to_geojson(topo: dict[str, Any], tolerance: float = TOLERANCE_DEG) -> dict[str, Any]:
    arcs = _decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs") or []
        if geom["type"] == "Polygon":
            polys = [polys]
        elif geom["type"] != "MultiPolygon":
            continue
        rings = []
        for poly in polys:
            for ring_idx in poly[:1]:  # outer rings only: lakes do not matter on this map
                ring = simplify(_ring(arcs, ring_idx), tolerance)
                if len(ring) >= 4:
                    rings.append([[[round(x, 2), round(y, 2)] for x, y in ring]])
        if not rings:
            continue
        name = geom.get("properties", {}).get("name", "")
        features.append({
            "type": "Feature",
            "properties": {"iso_a2": _iso2(geom.get("id"), name), "name": name},
            "geometry": {"type": "MultiPolygon", "coordinates": rings},
        })
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def country_shapes() -> list[dict[str, Any]]:
    """[{iso, name, rings: [[(lon, lat), ...], ...], bbox}] from the shipped GeoJSON."""
    data = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        rings = [[(x, y) for x, y in poly[0]] for poly in f["geometry"]["coordinates"]]
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        out.append({"iso": f["properties"].get("iso_a2"), "name": f["properties"].get("name"),
                    "rings": rings, "bbox": (min(xs), min(ys), max(xs), max(ys))})
    return out


@lru_cache(maxsize=1)
def svg_country_paths() -> list[dict[str, str]]:
    """Each country as an SVG path in equirectangular coordinates (x = lon, y = -lat)."""
    out = []
    for c in country_shapes():
        d = " ".join(
            "M" + " L".join(f"{x:g},{-y:g}" for x, y in ring) + " Z" for ring in c["rings"]
        )
        out.append({"iso": c["iso"] or "", "name": c["name"] or "", "d": d})
    return out


def main(argv: list[str]) -> None:
    src, dst = argv
    topo = json.loads(Path(src).read_text(encoding="utf-8"))
    geo = topojson_to_geojson(topo)
    Path(dst).write_text(json.dumps(geo, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"{len(geo['features'])} countries → {dst} ({Path(dst).stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main(sys.argv[1:])
