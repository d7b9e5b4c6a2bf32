"""Incidents: the same happening reported by several articles, merged.

Two events can be the same happening when nothing tells them apart: one type family
and compatible types (a suicide bombing and a bombing or an "attack" can be; an air
strike and an abduction cannot), dates within two days of each other, places that do
not contradict (the same place, a city and its own province; an unknown or
country-only place contradicts nothing), and casualty figures that can be two counts
of one toll (a date the text does not say is the article's own: the happening may be a
few days older). Being compatible is not enough to be merged: two events *link* only on
positive evidence — the same named place (or province) on exact days, or near-identical
evidence sentences (one wire story printed by several papers, even when one paper's
place is coarser or misread). Links are taken strongest first, and two groups merge
only when every pair across them is compatible (so "Aden on Monday" - "Aden on
Tuesday" - "Aden on Wednesday" cannot chain into one incident). The order of links
depends on the events' ids and contents only, never on the input order.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import date
from typing import NamedTuple

import regex

from rasd.arabic.normalize import normalize
from rasd.lexicon.events import kind_of, ontology
from rasd.model import Event, Incident, Place

MAX_DAYS_APART = 2
# An event whose date the text does not say (no date span) carries its article's date:
# the happening was on that day or up to this many days before it (a follow-up report).
INFERRED_DAYS_BACK = 5
# Evidence sentences this similar (shared words / all words) are copies of one story.
WIRE_SIMILARITY = 0.6
WIRE_MIN_WORDS = 8  # shorter sentences ("قتل جنديان في انفجار") are alike by chance
# Candidate copies are found through each sentence's rarest words; a word shared by more
# sentences than this is too common to propose candidates (keeps the search linear).
WIRE_KEYS = 4
WIRE_MAX_POSTING = 60
SPECIFIC = {"city", "district", "facility", "admin1", "region"}  # precise enough to link on
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]{2,}")


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


def _generic(event_type: str) -> bool:
    """The least specific type of its family ("attack"): it can be any of the family's types."""
    family = _family(event_type)
    lowest = min((t.rank for t in ontology().values() if t.family == family), default=0)
    return _rank(event_type) <= lowest


def types_compatible(a: str, b: str) -> bool:
    """One family, and the same type, or one of them generic, or one a kind of the other."""
    if _family(a) != _family(b):
        return False
    return a == b or _generic(a) or _generic(b) or kind_of(a, b) or kind_of(b, a)  # papers call one suicide bombing "a bombing"


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


def event_dates_close(a: Event, b: Event) -> bool:
    """``dates_close``, except that a date the text did not say (the article's own date)
    also fits a happening up to ``INFERRED_DAYS_BACK`` days earlier."""
    da, db = _day(a.date), _day(b.date)
    if da and db:
        if da < db:
            a, b, da, db = b, a, db, da
        limit = INFERRED_DAYS_BACK if a.date_span is None and b.date_span is not None else MAX_DAYS_APART
        return (da - db).days <= limit
    return dates_close(a.date, b.date)


def _specific(p: Place | None) -> bool:
    return p is not None and (p.precision in SPECIFIC or (p.precision is None and p.admin1 is not None))


def same_place(a: Place | None, b: Place | None) -> bool:
    """The same named place (or geonames id), or places in the same province of one country
    (a city and its own province too). Country-only places are never the same *place*."""
    if not (_specific(a) and _specific(b)):
        return False
    assert a is not None and b is not None
    if a.geonameid and b.geonameid and a.geonameid == b.geonameid:
        return True
    if a.name and b.name and a.name.casefold() == b.name.casefold() and a.country == b.country:
        return True
    return bool(_province(a) and _province(a) == _province(b) and a.country == b.country)


def _province(p: Place) -> str | None:
    # A province-level place is its own province even where the gazetteer left admin1 empty.
    return p.admin1 or (p.name if p.precision == "admin1" else None)


def places_compatible(a: Place | None, b: Place | None) -> bool:
    """Places that do not contradict: an unknown place, or a country-only place in the
    other's country, fits anything; two precise places must be the same place."""
    if a is None or b is None:
        return True
    if not (_specific(a) and _specific(b)):
        return not (a.country and b.country and a.country != b.country)
    return same_place(a, b)


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


def evidence_words(event: Event) -> frozenset[str]:
    """The normalized words (3+ letters) of an event's evidence: what wire copies share."""
    return frozenset(_WORD.findall(normalize(event.evidence.text)))


def wire_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over all words (0 when either sentence is too short to tell)."""
    if len(a) < WIRE_MIN_WORDS or len(b) < WIRE_MIN_WORDS:
        return 0.0
    return len(a & b) / len(a | b)


def _wire_copies(a: Report, b: Report, words: dict[int, frozenset[str]], i: int, j: int) -> bool:
    return a.source != b.source and wire_similarity(words[i], words[j]) >= WIRE_SIMILARITY


def compatible(a: Report, b: Report, wire: bool = False) -> bool:
    """Nothing tells the two reports apart (``wire``: their evidence is one story's copies,
    which overrides a place or a type that one paper read coarser or otherwise)."""
    if a.article_id == b.article_id:
        return False  # within one article the events stage has already merged what is one
    ea, eb = a.event, b.event
    if not (event_dates_close(ea, eb) and figures_compatible(ea, eb)):
        return False
    if wire:
        return _family(ea.type) == _family(eb.type)
    return types_compatible(ea.type, eb.type) and places_compatible(ea.place, eb.place)


def same_happening(a: Report, b: Report) -> bool:
    """Positive evidence of one happening: compatible, on exact days, at one precise place."""
    ea, eb = a.event, b.event
    return (compatible(a, b) and _day(ea.date) is not None and _day(eb.date) is not None
            and same_place(ea.place, eb.place))


def _event_key(r: Report, index: int) -> str:
    return r.event.id or f"{r.article_id}:{index}"


def _wire_pairs(reports: list[Report], words: dict[int, frozenset[str]]) -> dict[tuple[int, int], float]:
    """Pairs of reports from different papers whose evidence is one story's copies, with their
    similarity. Candidates share one of their rarest words, so the search stays near linear."""
    doc_freq: Counter[str] = Counter(w for ws in words.values() for w in ws)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ws in words.items():
        if len(ws) >= WIRE_MIN_WORDS:
            for w in sorted(ws, key=lambda w: (doc_freq[w], w))[:WIRE_KEYS]:
                postings[w].append(i)
    pairs: dict[tuple[int, int], float] = {}
    for ids in postings.values():
        if len(ids) > WIRE_MAX_POSTING:
            continue
        for x, i in enumerate(ids):
            for j in ids[x + 1:]:
                pair = (min(i, j), max(i, j))
                if pair in pairs or _family(reports[i].event.type) != _family(reports[j].event.type):
                    continue
                if _wire_copies(reports[i], reports[j], words, i, j):
                    pairs[pair] = wire_similarity(words[i], words[j])
    return pairs


def _place_links(reports: list[Report]) -> list[tuple[int, int]]:
    """Pairs at one precise place (or province) on exact days within the window."""
    blocks: dict[tuple[str, str | None], list[tuple[date, int]]] = defaultdict(list)
    for i, r in enumerate(reports):
        day = _day(r.event.date)
        if day is not None and _specific(r.event.place):
            assert r.event.place is not None
            blocks[(_family(r.event.type), r.event.place.country)].append((day, i))
    pairs = []
    for block in blocks.values():
        block.sort()
        for x, (day_i, i) in enumerate(block):
            for day_j, j in block[x + 1:]:
                if (day_j - day_i).days > max(MAX_DAYS_APART, INFERRED_DAYS_BACK):
                    break
                if same_happening(reports[i], reports[j]):
                    pairs.append((i, j))
    return pairs


def merge_incidents(events: list[tuple[str, str | None, Event]]) -> list[Incident]:
    """Group (article id, source, event) triples into incidents; every event is in one."""
    reports = [Report(*e) for e in events]
    keys = [_event_key(r, i) for i, r in enumerate(reports)]
    words = {i: evidence_words(r.event) for i, r in enumerate(reports)}
    wire = _wire_pairs(reports, words)

    # Strongest links first: wire copies (most alike first), then the same named place,
    # then the same province, nearer days first; ties by the events' keys, not input order.
    def strength(i: int, j: int) -> tuple[int, float, str, str]:
        a, b = sorted((keys[i], keys[j]))
        if (min(i, j), max(i, j)) in wire:
            return (0, -wire[(min(i, j), max(i, j))], a, b)
        pa, pb = reports[i].event.place, reports[j].event.place
        assert pa is not None and pb is not None
        named = (pa.geonameid and pa.geonameid == pb.geonameid) or pa.name.casefold() == pb.name.casefold()
        da, db = _day(reports[i].event.date), _day(reports[j].event.date)
        gap = abs((da - db).days) if da and db else MAX_DAYS_APART
        return (1 if named else 2, float(gap), a, b)

    links = {(min(i, j), max(i, j)) for i, j in [*wire, *_place_links(reports)]}
    verdicts: dict[tuple[int, int], bool] = {}

    def fits(i: int, j: int) -> bool:
        pair = (min(i, j), max(i, j))
        if pair not in verdicts:
            verdicts[pair] = compatible(reports[i], reports[j], wire=pair in wire)
        return verdicts[pair]

    group_of = list(range(len(reports)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
    for i, j in sorted(links, key=lambda p: strength(*p)):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        # Complete linkage: every report of one group must fit every report of the other.
        if all(fits(x, y) for x in members[gi] for y in members[gj]):
            keep, gone = min(gi, gj), max(gi, gj)
            for x in members[gone]:
                group_of[x] = keep
            members[keep].extend(members.pop(gone))
    order = sorted(range(len(reports)), key=lambda i: (reports[i].event.date or "", keys[i]))
    groups: dict[int, list[int]] = {}
    for i in order:
        groups.setdefault(group_of[i], []).append(i)
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
