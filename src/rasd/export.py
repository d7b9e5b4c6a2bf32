"""Exports: JSON Lines (everything), ACLED-style CSV, PLOVER JSON and GeoJSON.

The mapping from rasd's event types to ACLED's event/sub-event types and to PLOVER's
categories and modes is data (``lexicon/data/event_ontology.tsv``). Events a format
cannot express are left out of it (a meeting has no ACLED type; a change of leader
has no PLOVER category); :func:`export_events` returns how many records it wrote.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from rasd.lexicon.events import civilian_description, ontology
from rasd.model import Analysis, Article, Event, article_json, to_dict

FORMATS = ("jsonl", "acled-csv", "plover-json", "geojson")
ACLED_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
    "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities",
)


def export_events(rows: Iterable[tuple[Article, Analysis]], fmt: str, out: TextIO) -> int:
    """Write articles' events in ``fmt`` (one of :data:`FORMATS`); return the record count."""
    if fmt == "jsonl":
        return _jsonl(rows, out)
    if fmt == "acled-csv":
        return _acled(rows, out)
    if fmt == "plover-json":
        return _plover(rows, out)
    if fmt == "geojson":
        return _geojson(rows, out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _events(rows: Iterable[tuple[Article, Analysis]]) -> Iterator[tuple[Article, Event]]:
    for article, analysis in rows:
        for ev in analysis.events:
            yield article, ev


# ------------------------------------------------------------------ JSON Lines


def _jsonl(rows: Iterable[tuple[Article, Analysis]], out: TextIO) -> int:
    n = 0
    for article, analysis in rows:
        out.write(json.dumps(article_json(article, analysis), ensure_ascii=False) + "\n")
        n += 1
    return n


# ------------------------------------------------------------------ ACLED


def country_name(iso2: str | None) -> str:
    if not iso2:
        return ""
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2)
    return getattr(c, "common_name", None) or (c.name if c else iso2)


def _iso3(iso2: str | None) -> str | None:
    if not iso2:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2)
    return c.alpha_3 if c else None


def acled_date(value: str | None) -> tuple[str, int]:
    """(YYYY-MM-DD, ACLED time precision: 1 day, 2 week or so, 3 month or more)."""
    if not value:
        return "", 3
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10], 1
    if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
        return value + "-01", 3
    if len(value) >= 8 and value[5] == "W":
        from datetime import date

        try:
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1).isoformat(), 2
        except ValueError:
            return value[:4] + "-01-01", 3
    return value[:4] + "-01-01", 3


def _geo_precision(ev: Event) -> int | str:
    """ACLED: 1 the town itself, 2 a part of a region or near a town, 3 a province or larger."""
    p = ev.place
    if p is None or p.lat is None:
        return ""
    return {"city": 1, "facility": 1, "district": 1, "admin1": 3, "country": 3}.get(p.precision or "", 2)


def _acled_actor(ev: Event, role: str) -> str:
    name = getattr(ev, role)
    span = getattr(ev, f"{role}_span")
    country = country_name(ev.place.country if ev.place else None)
    # civilian victims: rasd's label, or the text's own words for them ("مدنيين")
    if name == "civilians" or (role == "actor2" and name and civilian_description(name)):
        return f"Civilians ({country})" if country else "Civilians"
    if name is None and span is not None and role == "actor1":
        return f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
    return name or ""


def acled_row(article: Article, ev: Event) -> dict[str, Any] | None:
    """One ACLED-style row, or None for an event type ACLED does not code."""
    et = ontology().get(ev.type)
    if et is None or not et.acled_event_type:
        return None
    day, time_precision = acled_date(ev.date)
    p = ev.place
    killed = ev.killed if ev.killed is not None else ev.killed_min
    return {
        "event_date": day,
        "event_type": et.acled_event_type,
        "sub_event_type": et.acled_sub_event_type or "",
        "actor1": _acled_actor(ev, "actor1"),
        "actor2": _acled_actor(ev, "actor2"),
        "country": country_name(p.country if p else None),
        "admin1": (p.admin1 or "") if p else "",
        "location": p.name if p else "",
        "latitude": p.lat if p and p.lat is not None else "",
        "longitude": p.lon if p and p.lon is not None else "",
        "geo_precision": _geo_precision(ev),
        "time_precision": time_precision,
        "source": article.source or article.url or "",
        "notes": ev.evidence.text,
        "fatalities": killed if killed is not None else 0,
    }


def _acled(rows: Iterable[tuple[Article, Analysis]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for article, ev in _events(rows):
        row = acled_row(article, ev)
        if row is not None:
            writer.writerow(row)
            n += 1
    return n


# ------------------------------------------------------------------ PLOVER


def _plover_actor(ev: Event, role: str) -> list[dict[str, Any]]:
    name = getattr(ev, role)
    span = getattr(ev, f"{role}_span")
    if name is None and span is None:
        return []
    entity: dict[str, Any] = {}
    if span is not None:
        entity["entity_text"] = span.text
    if name is not None:
        entity["identifier_text"] = name
    ent_id = getattr(ev, f"{role}_entity")
    if ent_id:
        entity["identifier_id"] = ent_id
    return [entity]


def plover_record(article: Article, ev: Event) -> dict[str, Any] | None:
    """One PLOVER event record, or None for a type PLOVER has no category for."""
    et = ontology().get(ev.type)
    if et is None or not et.plover:
        return None
    p = ev.place
    rec: dict[str, Any] = {
        "id": ev.id or f"{article.id}-{ev.evidence.start}",
        "date": ev.date or "",
        "actor": _plover_actor(ev, "actor1"),
        "recipient": _plover_actor(ev, "actor2"),
        "event": [et.plover],
        "mode": [et.plover_mode] if et.plover_mode else [],
        "event_text": [ev.evidence.text],
        "text_info": {"start": ev.evidence.start, "end": ev.evidence.end},
        "cite_info": {"url": article.url or "", "title": article.title, "publication": article.source or "",
                      "language": "ar"},
        "coder": "rasd",
        "codebook": "plover-base",
    }
    if p is not None:
        rec["event_loc"] = {
            "extracted_place": p.span.text if p.span else p.name,
            "resolved_place": p.name,
            "geonameid": p.geonameid,
            "lat": p.lat,
            "lon": p.lon,
            "province": p.admin1,
            "country_code": _iso3(p.country),
            "resolution": {"facility": 5, "district": 5, "city": 4, "admin1": 2, "country": 1}.get(p.precision or ""),
        }
    size = {k: v for k, v in (("dead", ev.killed if ev.killed is not None else ev.killed_min),
                              ("injured", ev.injured if ev.injured is not None else ev.injured_min)) if v is not None}
    if size:
        rec["size"] = size
    rec["rasd"] = {"type": ev.type, "claim": ev.claim, "certainty": ev.certainty, "background": ev.background,
                   "confidence": ev.confidence, "rule": ev.rule, "article_id": article.id}
    return rec


def _plover(rows: Iterable[tuple[Article, Analysis]], out: TextIO) -> int:
    records = [r for article, ev in _events(rows) if (r := plover_record(article, ev)) is not None]
    json.dump(records, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(records)


# ------------------------------------------------------------------ GeoJSON


def geojson_feature(article: Article, ev: Event) -> dict[str, Any] | None:
    """A GeoJSON point for an event with coordinates, else None."""
    p = ev.place
    if p is None or p.lat is None or p.lon is None:
        return None
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
        "properties": {
            "id": ev.id, "type": ev.type, "date": ev.date, "place": p.name, "admin1": p.admin1,
            "country": p.country, "precision": p.precision, "actor1": ev.actor1, "actor2": ev.actor2,
            "killed": ev.killed if ev.killed is not None else ev.killed_min,
            "injured": ev.injured if ev.injured is not None else ev.injured_min,
            "claim": ev.claim, "certainty": ev.certainty, "article_id": article.id, "title": article.title,
            "evidence": ev.evidence.text,
        },
    }


def _geojson(rows: Iterable[tuple[Article, Analysis]], out: TextIO) -> int:
    features = [f for article, ev in _events(rows) if (f := geojson_feature(article, ev)) is not None]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def event_dicts(analysis: Analysis) -> list[dict[str, Any]]:
    """The events of one analysis as plain JSON-ready dicts."""
    return [to_dict(ev) for ev in analysis.events]
