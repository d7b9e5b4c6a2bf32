"""View models for the web UI: annotated article text, the map's SVG geometry, the timeline's bars.

Everything that becomes HTML here is escaped with :func:`html.escape` and wrapped
in :class:`markupsafe.Markup` only after escaping, so templates can insert it.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from dataclasses import dataclass, field
from typing import Any

import regex
from markupsafe import Markup

from rasd.model import Analysis, Article

_DAY = regex.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = regex.compile(r"^\d{4}-\d{2}$")
BLOCK_TAGS = {"title": "h1", "subtitle": "p", "caption": "figcaption", "heading": "h2", "paragraph": "p"}


@dataclass
class Annotation:
    ann_id: str
    start: int
    end: int
    css: str


@dataclass
class PanelItem:
    ann_id: str
    kind: str  # entity | time | number | quote | statement | event
    text: str
    label: str
    details: list[tuple[str, Any]] = field(default_factory=list)
    link: str | None = None


def annotations(analysis: Analysis | None) -> tuple[list[Annotation], dict[str, list[PanelItem]]]:
    """Highlight spans and side-panel items for everything the analysis found."""
    anns: list[Annotation] = []
    panel: dict[str, list[PanelItem]] = {k: [] for k in ("event", "entity", "statement", "quote", "time", "number")}
    if analysis is None:
        return anns, panel
    names = {e.id: e for e in analysis.entities}
    for i, m in enumerate(analysis.mentions):
        aid = f"m{i}"
        anns.append(Annotation(aid, m.span.start, m.span.end, f"ent ent-{m.type}"))
        ent = names.get(m.entity_id or "")
        details = [("type", m.type)]
        if ent is not None:
            details += [("entity", ent.name), ("kind", ent.kind), ("country", ent.country)]
        panel["entity"].append(PanelItem(aid, "entity", m.span.text, ent.name if ent else m.type, details,
                                         link=f"/entities/{m.entity_id}" if m.entity_id else None))
    for i, t in enumerate(analysis.times):
        aid = f"t{i}"
        anns.append(Annotation(aid, t.span.start, t.span.end, "time"))
        panel["time"].append(PanelItem(aid, "time", t.span.text, t.value,
                                       [("type", t.type), ("precision", t.precision), ("resolved", t.resolution),
                                        ("anchor", t.anchor)]))
    for i, q in enumerate(analysis.quantities):
        aid = f"n{i}"
        anns.append(Annotation(aid, q.span.start, q.span.end, "num"))
        value = int(q.value) if float(q.value).is_integer() else q.value
        panel["number"].append(PanelItem(aid, "number", q.span.text, f"{value} {q.unit or ''}".strip(),
                                         [("approx", q.approx), ("max", q.value_max)]))
    for i, q in enumerate(analysis.quotes):
        aid = f"q{i}"
        anns.append(Annotation(aid, q.span.start, q.span.end, "quote"))
        if q.speaker_span:
            anns.append(Annotation(aid, q.speaker_span.start, q.speaker_span.end, "speaker"))
        panel["quote"].append(PanelItem(aid, "quote", q.span.text, q.speaker or "unknown speaker",
                                        [("via", q.channel), ("direct", q.direct), ("cue", q.cue.text if q.cue else None)],
                                        link=f"/entities/{q.speaker_entity}" if q.speaker_entity else None))
    for i, s in enumerate(analysis.statements):
        aid = f"s{i}"
        anns.append(Annotation(aid, s.about.start, s.about.end, "stmt"))
        anns.append(Annotation(aid, s.cue.start, s.cue.end, "cue"))
        panel["statement"].append(PanelItem(aid, "statement", s.about.text, f"{s.stance} · {s.speaker or '?'}",
                                            [("cue", s.cue.text), ("confidence", s.confidence)],
                                            link=f"/entities/{s.speaker_entity}" if s.speaker_entity else None))
    for i, e in enumerate(analysis.events):
        aid = f"e{i}"
        anns.append(Annotation(aid, e.evidence.start, e.evidence.end, "event"))
        if e.trigger:
            anns.append(Annotation(aid, e.trigger.start, e.trigger.end, "trigger"))
        place = e.place
        killed = e.killed if e.killed is not None else (f"≥{e.killed_min}" if e.killed_min is not None else None)
        injured = e.injured if e.injured is not None else (f"≥{e.injured_min}" if e.injured_min is not None else None)
        panel["event"].append(PanelItem(aid, "event", e.evidence.text, e.type, [
            ("date", e.date), ("place", place.name if place else None), ("country", place.country if place else None),
            ("actor1", e.actor1), ("actor2", e.actor2), ("killed", killed), ("injured", injured),
            ("claim", e.claim), ("certainty", e.certainty), ("background", e.background or None),
            ("confidence", e.confidence), ("rule", e.rule),
        ]))
    return anns, panel


def _render_range(text: str, start: int, end: int, anns: list[Annotation]) -> str:
    inside = [a for a in anns if a.start < end and a.end > start and a.end > a.start]
    cuts = {start, end}
    for a in inside:
        cuts.add(min(max(a.start, start), end))
        cuts.add(min(max(a.end, start), end))
    points = sorted(cuts)
    out: list[str] = []
    for x, y in zip(points, points[1:], strict=False):
        if x >= y:
            continue
        active = [a for a in inside if a.start <= x and a.end >= y]
        piece = html.escape(text[x:y])
        if not active:
            out.append(piece)
            continue
        css = " ".join(dict.fromkeys(c for a in active for c in a.css.split()))
        ids = " ".join(dict.fromkeys(a.ann_id for a in active))
        out.append(f'<span class="ann {css}" data-ann="{ids}">{piece}</span>')
    return "".join(out)


def annotated_blocks(article: Article, anns: list[Annotation]) -> list[dict[str, Any]]:
    """Each block of the article as {kind, tag, html}, highlights clipped to the block."""
    blocks = article.blocks or []
    if not blocks:  # an article without structure is one paragraph
        return [{"kind": "paragraph", "tag": "p", "html": Markup(_render_range(article.text, 0, len(article.text), anns))}]
    return [
        {"kind": b.kind, "tag": BLOCK_TAGS.get(b.kind, "p"),
         "html": Markup(_render_range(article.text, b.start, b.end, anns))}
        for b in blocks
    ]


# ------------------------------------------------------------------ map

DEFAULT_VIEW = (25.0, 10.0, 65.0, 43.0)  # lon/lat box of the Middle East, used when there is nothing to fit


def map_view(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """An SVG viewBox (x, y, w, h) in equirectangular units that fits the events, with a margin."""
    if points:
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        west, east, south, north = min(lons), max(lons), min(lats), max(lats)
        pad = max(3.0, 0.15 * max(east - west, north - south))
        west, east, south, north = west - pad, east + pad, south - pad, north + pad
    else:
        west, south, east, north = DEFAULT_VIEW
    # keep a pleasant aspect ratio (wider than tall)
    width, height = east - west, north - south
    if width < height * 1.5:
        extra = (height * 1.5 - width) / 2
        west, east = west - extra, east + extra
    width = east - west
    return (round(max(-180.0, west), 2), round(max(-90.0, -north), 2), round(min(360.0, width), 2),
            round(min(180.0, north - south), 2))


def point_radius(killed: int | None, view_width: float) -> float:
    """Marker radius in map units: grows with the square root of the dead, scaled to the view."""
    base = view_width / 220
    return round(base * (1 + math.sqrt(max(0, killed or 0)) / 2), 3)


# ------------------------------------------------------------------ timeline

def _buckets_between(first: str, last: str, by: str) -> list[str]:
    """Every day (or month) from first to last, so quiet days show as gaps, not vanish."""
    if by == "month":
        y, m = int(first[:4]), int(first[5:7])
        out = []
        while f"{y:04d}-{m:02d}" <= last:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    day, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [(day + dt.timedelta(days=i)).isoformat() for i in range((end - day).days + 1)]


def timeline_bars(rows: list[dict[str, Any]], by: str = "day", height: float = 160.0,
                  width: float = 1100.0, max_buckets: int = 1500) -> dict[str, Any]:
    """Stacked bars per date bucket: [{date, total, segments: [{type, y, h}]}], plus the peak.

    Buckets that are not plain dates (TIMEX values such as ``2015-SU`` or ``2015-W28``) are left out.
    """
    pattern = _MONTH if by == "month" else _DAY
    by_date: dict[str, dict[str, int]] = {}
    for r in rows:
        if r["date"] and pattern.match(r["date"]):
            counts = by_date.setdefault(r["date"], {})
            counts[r["type"]] = counts.get(r["type"], 0) + r["count"]
    dates = sorted(by_date)
    if dates:
        try:
            filled = _buckets_between(dates[0], dates[-1], by)
        except ValueError:  # an impossible date such as 2015-02-30: show what there is
            filled = dates
        if len(filled) <= max_buckets:
            dates = filled
    peak = max((sum(v.values()) for v in by_date.values()), default=0)
    bar_width = max(3.0, min(40.0, width / max(1, len(dates)) - 3))
    bars = []
    for i, date in enumerate(dates):
        counts = by_date.get(date, {})
        y = height
        segments = []
        for etype, n in sorted(counts.items()):
            h = height * n / peak if peak else 0
            y -= h
            segments.append({"type": etype, "count": n, "y": round(y, 2), "h": round(h, 2)})
        bars.append({"i": i, "x": round(i * (bar_width + 3), 2), "date": date, "total": sum(counts.values()),
                     "segments": segments})
    label_every = max(1, len(bars) // 12)
    types = sorted({t for c in by_date.values() for t in c})
    return {"bars": bars, "peak": peak, "height": height, "types": types, "bar_width": round(bar_width, 2),
            "width": round(len(bars) * (bar_width + 3), 2), "label_every": label_every}
