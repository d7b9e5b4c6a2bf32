"""Incidents: the same happening reported by several articles, merged.

Two events are the same happening when they are of the same type family (a suicide
bombing and an "attack" can be; a protest and a bombing cannot), their dates are
within two days of each other, they happened at the same place or in the same
province (admin1), and their casualty figures are compatible (equal, or one a
lower bound the other meets, or close enough to be two counts of one toll).
Events link pairwise and the linked groups become incidents (single linkage),
in an order that does not depend on the input order.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date
from typing import NamedTuple

from rasd.lexicon.events import ontology
from rasd.model import Event, Incident, Place

MAX_DAYS_APART = 2


class Report(NamedTuple):
    article_id: str
    source: str | None
    event: Event


def _family(event_type: str) -> str:
    et = ontology().get(event_type)
    return et.family if et else "other"


def _rank(event_type: str) -> int:
    et = ontology().get(event_type)
    return et.rank if et else 0


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def dates_close(a: str | None, b: str | None, days: int = MAX_DAYS_APART) -> bool:
    """Within ``days`` of each other; a month or year agrees with any day inside it.
    An event without a date matches nothing: without a date there is no telling."""
    if not a or not b:
        return False
    da, db = _day(a), _day(b)
    if da and db:
        return abs((da - db).days) <= days
    n = min(len(a), len(b), 7)
    return a[:n] == b[:n]


def same_place(a: Place | None, b: Place | None) -> bool:
    """The same named place (or geonames id), or places in the same province of one country."""
    if a is None or b is None:
        return False
    if a.geonameid and b.geonameid and a.geonameid == b.geonameid:
        return True
    if a.name and b.name and a.name.casefold() == b.name.casefold() and a.country == b.country:
        return True
    return bool(a.admin1 and b.admin1 and a.admin1 == b.admin1 and a.country == b.country)


def _toll(ev: Event, kind: str) -> tuple[int | None, bool]:
    exact = getattr(ev, kind)
    minimum = getattr(ev, f"{kind}_min")
    return (exact, False) if exact is not None else (minimum, minimum is not None)


def figures_compatible(a: Event, b: Event) -> bool:
    """Tolls that can be two counts of one happening: early and later counts differ,
    so a count may be up to half again as large (or three more) than the other."""
    for kind in ("killed", "injured"):
        (va, min_a), (vb, min_b) = _toll(a, kind), _toll(b, kind)
        if va is None or vb is None:
            continue
        if (min_a and vb >= va) or (min_b and va >= vb):
            continue
        lo, hi = sorted((va, vb))
        if hi - lo > max(3, hi // 2):
            return False
    return True


def same_happening(a: Report, b: Report) -> bool:
    if a.article_id == b.article_id:
        return False  # within one article the events stage has already merged what is one
    ea, eb = a.event, b.event
    return (
        _family(ea.type) == _family(eb.type)
        and dates_close(ea.date, eb.date)
        and same_place(ea.place, eb.place)
        and figures_compatible(ea, eb)
    )


def _event_key(r: Report, index: int) -> str:
    return r.event.id or f"{r.article_id}:{index}"


def merge_incidents(events: list[tuple[str, str | None, Event]]) -> list[Incident]:
    """Group (article id, source, event) triples into incidents; every event is in one."""
    reports = [Report(*e) for e in events]
    keys = [_event_key(r, i) for i, r in enumerate(reports)]
    order = sorted(range(len(reports)), key=lambda i: (reports[i].event.date or "", keys[i]))
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Only events of one type family in one country can be the same happening, so
    # compare within those blocks: linear in the number of blocks, not quadratic overall.
    blocks: dict[tuple[str, str | None], list[int]] = {}
    for i in order:
        ev = reports[i].event
        if ev.place is not None and ev.date:
            blocks.setdefault((_family(ev.type), ev.place.country), []).append(i)
    for block in blocks.values():
        for x, i in enumerate(block):
            for j in block[x + 1:]:
                if same_happening(reports[i], reports[j]):
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in order:
        groups.setdefault(find(i), []).append(i)
    incidents = [_incident([reports[i] for i in g], [keys[i] for i in g]) for g in groups.values()]
    incidents.sort(key=lambda inc: (inc.date or "", inc.id))
    return incidents


def _incident(reports: list[Report], keys: list[str]) -> Incident:
    events = [r.event for r in reports]
    event_type = max((e.type for e in events), key=lambda t: (_rank(t), t))
    dates = Counter(e.date for e in events if e.date)
    best_date = min(dates, key=lambda d: (-dates[d], -len(d), d)) if dates else None
    places = [e.place for e in events if e.place is not None]
    precision_rank = {"facility": 4, "district": 4, "city": 3, "admin1": 2, "country": 1}
    place = max(places, key=lambda p: (precision_rank.get(p.precision or "", 0), p.lat is not None, p.name))\
        if places else None
    return Incident(
        id="inc_" + hashlib.sha1("|".join(sorted(keys)).encode("utf-8")).hexdigest()[:12],
        type=event_type, date=best_date, place=place,
        event_ids=sorted(keys),
        article_ids=sorted(dict.fromkeys(r.article_id for r in reports)),
        sources=sorted({r.source for r in reports if r.source}),
        killed_range=_range(events, "killed"),
        injured_range=_range(events, "injured"),
    )


def _range(events: list[Event], kind: str) -> tuple[int, int] | None:
    values = [v for e in events if (v := _toll(e, kind)[0]) is not None]
    return (min(values), max(values)) if values else None
