"""Time expressions: find them, then give each a TIMEX3 value at the precision the text allows.

Two passes. The first reads each sentence's normalized tokens and recognizes
expressions (explicit dates, paired Egyptian/Levantine months, Hijri dates, years,
seasons, decades and centuries, أمس/اليوم/غدا with weekdays and parts of the day,
this/last/next week-month-year, قبل/بعد/منذ + a duration, durations, sets, clock
times, vague references). It produces a :class:`TimeSpec` per expression: what
the words say, not yet a date. The second pass resolves the specs in reading
order against the publication date (or, when the article has none, against the
latest absolute date in it: a lower bound, marked ``inferred``), and against the
last date mentioned for expressions anchored in the text (``الذي سبقه``,
``اليوم التالي``, a clock time).

Word lists are lexicon files ``time_*.tsv`` and ``number_*.tsv``.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING

import regex

from rasd.arabic.calendars import (
    gregorian_to_hijri,
    hijri_month_to_gregorian,
    hijri_to_gregorian,
    hijri_year_to_gregorian,
    iso_week,
    month_name,
    month_names,
    seasons,
    weekdays,
)
from rasd.arabic.lexdata import read_tsv
from rasd.arabic.memo import MEMO_LIMIT, word_memo
from rasd.arabic.normalize import normalize
from rasd.arabic.ntokens import NORM_WORD_RE, NormalizedText
from rasd.arabic.numbers import lookup_number_word, parse_number
from rasd.model import Span, TimeExpr

if TYPE_CHECKING:
    from rasd.pipeline import Doc

YEAR_RE = regex.compile(r"^\d{3,4}$")
CLOCK_RE = regex.compile(r"^(\d{1,2})[:.](\d{2})$")
NUMERIC_DATE_RE = regex.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")

# ------------------------------------------------------------------ lexicons


def _phrases(name: str, value_cols: slice = slice(1, None)) -> dict[tuple[str, ...], tuple[str, ...]]:
    # keys are cut into words as the text is (ت.غ is three tokens there, not one)
    return {tuple(NORM_WORD_RE.findall(normalize(r[0]))): r[value_cols] for r in read_tsv(name)}


@lru_cache(maxsize=1)
def _lex() -> dict[str, dict[tuple[str, ...], tuple[str, ...]]]:
    return {
        "relative": _phrases("time_relative.tsv"),
        "refs": _phrases("time_refs.tsv"),
        "directions": _phrases("time_directions.tsv"),
        "modifiers": _phrases("time_modifiers.tsv"),
        "pods": _phrases("time_parts_of_day.tsv"),
        "qualifiers": _phrases("time_day_qualifiers.tsv"),
        "units": _phrases("time_units.tsv"),
        "decades": _phrases("time_decades.tsv"),
        "sets": _phrases("time_sets.tsv"),
        "clock": _phrases("time_clock.tsv"),
        "approx": {k: v for k, v in _phrases("number_approx.tsv").items() if v[0] == "before"},
    }


@lru_cache(maxsize=1)
def _first_words() -> dict[str, frozenset[str]]:
    """For each table, the words its phrases start with (a cheap test before building keys)."""
    return {name: frozenset(key[0] for key in table) for name, table in _lex().items()}


@lru_cache(maxsize=1)
def _phrase_lengths() -> dict[str, dict[str, tuple[int, ...]]]:
    """For each table, by first word, the lengths (up to 4 words, longest first) its phrases
    starting with that word have: :func:`_match` builds keys of those lengths only."""
    out: dict[str, dict[str, tuple[int, ...]]] = {}
    for name, table in _lex().items():
        lengths: dict[str, set[int]] = {}
        for key in table:
            if len(key) <= 4:
                lengths.setdefault(key[0], set()).add(len(key))
        out[name] = {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}
    return out


def _match(ws: _View, i: int, table: str) -> tuple[int, tuple[str, ...]] | None:
    """Longest phrase of a lexicon table that starts at ``i``: (end index, its columns)."""
    first = ws.at(i)
    lengths = _phrase_lengths()[table].get(first)
    if lengths is None:
        return None
    entries = _lex()[table]
    room = len(ws.words) - i  # a phrase running past the sentence's end matches nothing
    for length in lengths:
        if length <= room:
            key = (first, *ws.list(i + 1, length - 1))
            if key in entries:
                return i + length, entries[key]
    return None


# ------------------------------------------------------------------ tokens


class _View:
    """Normalized words of one sentence; the first word of a match may be read without its clitic."""

    __slots__ = ("words", "i0", "first", "prefix")

    def __init__(self, words: list[str]):
        self.words = words
        self.i0 = -1
        self.first = ""
        self.prefix = ""

    def at(self, k: int) -> str:
        if k == self.i0:
            return self.first
        return self.words[k] if 0 <= k < len(self.words) else ""

    def list(self, k: int, n: int = 8) -> list[str]:
        out = self.words[k:k + n]
        if k <= self.i0 < k + n and out:
            out[self.i0 - k] = self.first
        return out


# ------------------------------------------------------------------ what the words say


@dataclass
class TimeSpec:
    kind: str = "date"  # date | time | duration | set | ref
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hijri: bool = False
    year_offset: int | None = None  # "من العام الماضي"
    direction: str | None = None  # past | future | current | before_anchor | after_anchor
    day_offset: int | None = None
    week_offset: int | None = None
    month_offset: int | None = None
    weekday: int | None = None
    season: str | None = None
    half: int | None = None
    quarter: int | None = None
    decade: int | None = None
    century: int | None = None  # ordinal century (20 = the 1900s)
    century_offset: int | None = None
    pod: str | None = None
    hour: int | None = None
    minute: int | None = None
    utc: bool = False
    mod: str | None = None
    amount: float | None = None  # duration amount (None: unspecified, "X")
    unit: str | None = None  # Y M W D H MIN DE CE
    shift: int | None = None  # قبل = -1, بعد = +1: a date that far from the reference
    ref: str | None = None
    anchor_days: int | None = None  # اليوم التالي (+1), اليوم السابق (-1): from the last date
    since: bool = False  # منذ + the start of a period: منذ belongs to the expression
    cue_first: bool = False  # في الوقت الحالي: في picks the phrase out but, a preposition, stays out of the span
    same_month: bool = False  # «الشهر نفسه»: the month of the last date mentioned, not the current one
    lead: int = 0  # words read but left outside the span: منذ (قرابة) أربعة أشهر → «أربعة أشهر»


_Hit = tuple[int, TimeSpec]

_YEAR_CUES = frozenset(normalize(w) for w in (
    "في", "منذ", "حتى", "بين", "قبل", "بعد", "من", "الى", "إلى", "خلال", "مطلع", "أواخر", "منتصف", "بداية",
    "نهاية", "عامي", "وفي", "ومنذ", "وحتى", "لعام", "لسنة", "(", "-", "–", "/", "وفي",
))
_YEAR_KEYWORDS = frozenset(normalize(w) for w in ("عام", "العام", "سنة", "السنة", "عامي", "لعام", "للعام"))
_HIJRI_MARKS = frozenset(normalize(w) for w in ("هـ", "هجرية", "هجري", "للهجرة", "ه"))
_AD_MARKS = frozenset(normalize(w) for w in ("م", "ميلادية", "ميلادي", "للميلاد"))
_OF = "من"


def _year_at(ws: _View, k: int, keyword: bool) -> tuple[int, int, bool] | None:
    """(year, end, hijri) for a year token at ``k`` with its era mark."""
    w = ws.at(k)
    if not YEAR_RE.match(w):
        return None
    year = int(w)
    if not (keyword and 1 <= year <= 2100) and not 1000 <= year <= 2100:
        return None
    j = k + 1
    hijri = False
    if ws.at(j) in _HIJRI_MARKS:
        hijri, j = True, j + 1
    elif ws.at(j) in _AD_MARKS:
        j += 1
    return year, j, hijri


def _weekday_at(ws: _View, k: int) -> tuple[int, int] | None:
    """A weekday at ``k``, alone or in parentheses: (ISO weekday, end)."""
    days = weekdays()
    if ws.at(k) == "(" and ws.at(k + 1) in days and ws.at(k + 2) == ")":
        return days[ws.at(k + 1)], k + 3
    if ws.at(k) in days:
        return days[ws.at(k)], k + 1
    return None


def _direction_at(ws: _View, k: int) -> tuple[str, int] | None:
    hit = _match(ws, k, "directions")
    return (hit[1][0], hit[0]) if hit else None


def _modifier_at(ws: _View, k: int) -> tuple[str, int] | None:
    hit = _match(ws, k, "modifiers")
    if not hit:
        return None
    j = hit[0]
    if ws.at(j) == _OF:  # "أواخر من" is rare, "في أواخر" is common: only skip a following من
        j += 1
    return hit[1][0], j


# ------------------------------------------------------------------ recognizers


def _rec_refs(ws: _View, i: int) -> _Hit | None:
    hit = _match(ws, i, "refs")
    if hit and ws.at(i) == "قريبا" and ws.at(hit[0]) in (_OF, "الى"):
        return None  # قريبا من: near, not soon
    if hit and hit[1][0] != "PRESENT_REF" and ws.at(hit[0]) == _OF and len(ws.at(hit[0] + 1)) > 1:
        return None  # السنوات الأخيرة من القرن العشرين: part of another period, not the recent past
    if hit:
        # TimeML leaves prepositions out of TIMEX3 (they are signals): في الماضي is cued by في, valued by الماضي
        return hit[0], TimeSpec(kind="ref", ref=hit[1][0], cue_first=len(hit[1]) > 1 and hit[1][1] == "1")
    hit = _match(ws, i, "sets")
    if hit:
        return hit[0], TimeSpec(kind="set", ref=hit[1][0])
    return None


_BLOCK_BEFORE_WEEKDAY = frozenset(normalize(w) for w in ("صلاة", "خطبة", "كل", "أيام", "يومي", "صلاه", "خطبه",
                                                         "خطب", "منابر", "منبر"))  # خطب الجمعة: Friday sermons


def _rec_day(ws: _View, i: int) -> _Hit | None:
    """[qualifier] [part of day] (أمس|اليوم|غدا|...) [(weekday)] | [part of day] [يوم] weekday [weekday] [direction]."""
    k = i
    # the spec is built only once a day word is found: most calls find none
    pod_code: str | None = None
    qual = _match(ws, k, "qualifiers")
    if qual:
        k = qual[0]
    pod = _match(ws, k, "pods")
    if pod:
        pod_code = pod[1][0] or None
        k = pod[0]
        if ws.at(k) == "يوم":
            k += 1
    rel = _match(ws, k, "relative")
    if rel and rel[1][0] == "D":
        word_end = rel[0]
        after = ws.at(word_end)
        if ws.at(k) == "اليوم" and word_end == k + 1:
            if after in ("التالي", "السابق"):
                return None  # anchored: _rec_anchor_day
            if after in _SAME:
                return None  # «في اليوم نفسه»: the day named before, not today
            if after.startswith("ال") and after not in weekdays():
                return None  # اليوم العالمي, اليوم الأول ...: not today
            if ws.at(k - 1) == "كل":
                return None  # كل يوم is a set, not today
        if ws.at(k) == "امس" and word_end == k + 1 and (after in _NEED or ws.at(k - 1) in {"في", "ب"}):
            return None  # «في أمسّ الحاجة»: "most in need", not yesterday (but «أعلنت أمس الحكومة» is)
        spec = TimeSpec(pod=pod_code)
        spec.day_offset = int(rel[1][1])
        if len(rel[1]) > 2 and rel[1][2]:
            spec.pod = spec.pod or rel[1][2]
        k = word_end
        wd = _weekday_at(ws, k)
        if wd:
            spec.weekday, k = wd
            if spec.day_offset > 0:
                spec.direction = "future"
        return k, spec
    if ws.at(k) == "يوم":
        k += 1
    if pod_code and k > i:
        date = _rec_date(ws, k)
        if date:  # «منتصف ليل 17 يوليو الماضي», «مساء 5 أغسطس»: the part of that date
            end, dspec = date
            dspec.pod = dspec.pod or pod_code
            return end, dspec
    wd = _weekday_at(ws, k)
    if not wd:
        return None
    if k == i and ws.at(i - 1) in _BLOCK_BEFORE_WEEKDAY:
        return None
    spec = TimeSpec(pod=pod_code)
    spec.weekday, k = wd
    wd2 = _weekday_at(ws, k)  # ليل الخميس الجمعة: the night between them, dated by the first
    if wd2 and spec.pod:
        k = wd2[1]
    date = _rec_date(ws, k)
    if date:  # «يوم الأحد 26 أبريل الماضي»: the weekday names the date that follows it
        end, dspec = date
        dspec.pod = dspec.pod or spec.pod
        return end, dspec
    d = _direction_at(ws, k)
    if d and d[0] in ("past", "future"):
        spec.direction, k = d
    return k, spec


def _rec_anchor_day(ws: _View, i: int) -> _Hit | None:
    """اليوم التالي / اليوم السابق / غداة X: a day before or after the last date mentioned."""
    if ws.at(i) == "اليوم" and ws.at(i + 1) in ("التالي", "السابق"):
        return i + 2, TimeSpec(anchor_days=1 if ws.at(i + 1) == "التالي" else -1)
    if ws.at(i) in ("غداه",) and ws.at(i + 1).startswith("ال"):
        return i + 2, TimeSpec(anchor_days=1)
    return None


_PAIRED_WITH = frozenset(normalize(w) for w in ("ونهارا", "نهارا", "وليلا", "ومساء", "ومساءا"))


def _rec_bare_pod(ws: _View, i: int) -> _Hit | None:
    """«ألقى براميل متفجرة صباحا»: a part of the day in the adverbial accusative (صباحا، ليلا)
    standing alone dates the event to that part of the day last mentioned."""
    pod = _match(ws, i, "pods")
    if not pod or pod[0] != i + 1 or not ws.at(i).endswith("ا") or not pod[1][0]:
        return None
    if ws.at(i + 1) in _PAIRED_WITH or ws.at(i - 1) in _PAIRED_WITH:
        return None  # «ليلا ونهارا»: around the clock, no part of any one day
    return i + 1, TimeSpec(anchor_days=0, pod=pod[1][0])


def _day_number_at(ws: _View, k: int) -> tuple[int, int] | None:
    """A day of the month: ``15`` or ``الأول من`` / ``العاشر من``: (day, index of the month)."""
    w = ws.at(k)
    if w.isdecimal() and len(w) <= 2 and 1 <= int(w) <= 31:
        j = k + 1
        if ws.at(j) == _OF:
            j += 1
        return int(w), j
    if w == _FIRST and month_name(ws.list(k + 1), 0):
        return 1, k + 1  # «اعتبارا من أول يوليو»: the first of the month (أول الشهر stays its start)
    parsed = parse_number(ws.list(k), 0)
    if parsed and parsed.kind in ("ordinal", "cardinal") and parsed.prefix in ("ال", "") and \
            1 <= parsed.value <= 31 and ws.at(k + parsed.last) == _OF:
        if parsed.kind == "cardinal" and parsed.prefix != "ال":
            return None
        return int(parsed.value), k + parsed.last + 1
    return None


_MONTH_PAIR_MARKS = frozenset({"-", "–", "—", "/"})
_FIRST = normalize("أول")


def _paired_month_at(ws: _View, k: int) -> tuple[int, bool, bool, int] | None:
    """A month name with its other-series name in parentheses: (month, hijri, ambiguous, end)."""
    found = month_name(ws.list(k), 0)
    if not found:
        return None
    name, n = found
    j = k + n
    paired = False
    if ws.at(j) == "(":
        other = month_name(ws.list(j + 1), 0)
        if other and ws.at(j + 1 + other[1]) == ")":
            j = j + 1 + other[1] + 1
            paired = True
    elif ws.at(j) in _MONTH_PAIR_MARKS:
        # «نيسان - إبريل», «يوليو/تموز»: the other series' name after a dash or a slash
        other = month_name(ws.list(j + 1), 0)
        if other and other[0].month == name.month and other[0].calendar == name.calendar \
                and other[0].series != name.series:
            j += 1 + other[1]
            paired = True
    else:
        # «فبراير شباط» (Reuters style): the same month in the other series, with no brackets
        other = month_name(ws.list(j), 0)
        if other and other[0].month == name.month and other[0].calendar == name.calendar and other[0].series != name.series:
            j += other[1]
            paired = True
    return name.month, name.calendar == "hijri", name.ambiguous and not paired, j


def _year_tail(ws: _View, k: int, spec: TimeSpec) -> tuple[int, bool]:
    """What may follow a month: a year, "من العام الماضي", a direction. Sets ``spec``; (end, found)."""
    y = _year_at(ws, k, keyword=True)
    if y:
        spec.year, end, hijri = y
        spec.hijri = spec.hijri or hijri
        return end, True
    j = k
    if ws.at(j) == _OF:
        j += 1
    if ws.at(j) in _YEAR_KEYWORDS:
        y = _year_at(ws, j + 1, keyword=True)
        if y:
            spec.year, end, hijri = y
            spec.hijri = spec.hijri or hijri
            return end, True
        d = _direction_at(ws, j + 1)
        if d and d[0] in ("past", "future", "current"):
            spec.year_offset = {"past": -1, "future": 1, "current": 0}[d[0]]
            return d[1], True
    if ws.at(j) in ("هذا", "هذه") and ws.at(j + 1) in _YEAR_KEYWORDS and j > k:
        spec.year_offset = 0
        return j + 2, True
    d = _direction_at(ws, k)
    if d:
        spec.direction = d[0]
        return d[1], True
    return k, False


def _rec_date(ws: _View, i: int) -> _Hit | None:
    """[weekday] day [من] month [(month)] [year | من العام الماضي | الماضي]; d/m/yyyy."""
    m = NUMERIC_DATE_RE.match(ws.at(i))
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return i + 1, TimeSpec(year=year, month=month, day=day)
    k = i
    spec = TimeSpec()
    wd = _weekday_at(ws, k)
    if wd:
        k = wd[1] + (1 if ws.at(wd[1]) == "," else 0)
    if ws.at(k) == "يوم" and not ws.at(k + 1).isdecimal():
        k += 1  # يوم العاشر من محرم: the day word belongs to a day written as an ordinal
    dn = _day_number_at(ws, k)
    if not dn:
        return _rec_day_range(ws, k)
    spec.day, k = dn
    if ws.at(k) == "الشهر" or (ws.at(k) in ("هذا",) and ws.at(k + 1) == "الشهر"):
        k += 1 if ws.at(k) == "الشهر" else 2
        if ws.at(k) in _SAME:  # «12 من الشهر نفسه»: the month of the date just mentioned
            spec.month_offset, spec.same_month = 0, True
            return k + 1, spec
        d = _direction_at(ws, k)  # 24 من الشهر الماضي
        spec.month_offset = {"past": -1, "future": 1}.get(d[0], 0) if d else 0
        return (d[1] if d else k), spec
    pm = _paired_month_at(ws, k)
    if not pm:
        return _rec_day_range(ws, dn[1] - 1) if dn[1] == i + 1 else None
    spec.month, spec.hijri, _ambiguous, k = pm
    k, _ = _year_tail(ws, k, spec)
    if spec.day > 29 + (spec.month not in (2,)) * 2:
        return None
    return k, spec


_SAME = frozenset(normalize(w) for w in ("نفسه", "ذاته"))
_NEED = frozenset(normalize(w) for w in ("الحاجة", "الضرورة"))  # «أمسّ الحاجة»: the superlative, not "yesterday"


def _rec_day_range(ws: _View, k: int) -> _Hit | None:
    """The first day of "13 و14 يونيو" / "13 - 14 يونيو": dated by the month after the second."""
    w = ws.at(k)
    if not (w.isdecimal() and len(w) <= 2 and 1 <= int(w) <= 31):
        return None
    link = ws.at(k + 1)
    second = ws.at(k + 2)
    if link in ("-", "الى", "حتى", "و") and second.isdecimal():
        nxt = k + 3
    elif len(link) > 1 and link[0] == "و" and link[1:].isdecimal():
        nxt = k + 2
    else:
        return None
    pm = _paired_month_at(ws, nxt)
    if not pm:
        return None
    spec = TimeSpec(day=int(w))
    spec.month, spec.hijri, _amb, end = pm
    _year_tail(ws, end, spec)
    return k + 1, spec


def _rec_month(ws: _View, i: int) -> _Hit | None:
    """[modifier] [شهر] month [(month)] [year | من العام ... | direction]."""
    k = i
    spec = TimeSpec()
    mod = _modifier_at(ws, k)
    if mod:
        spec.mod, k = mod
    has_shahr = ws.at(k) == "شهر"
    if has_shahr:
        k += 1
    pm = _paired_month_at(ws, k)
    if not pm:
        return None
    spec.month, spec.hijri, ambiguous, k2 = pm
    paired = k2 - k > 2
    k, tail = _year_tail(ws, k2, spec)
    if ambiguous and not (tail or mod or has_shahr or paired):
        return None
    if spec.hijri and not (tail or has_shahr) and ambiguous:
        return None
    if mod is None and not has_shahr and not tail and not paired and ws.at(i - 1) in ("يوم",):
        return None
    return k, spec


def _rec_year(ws: _View, i: int) -> _Hit | None:
    """[modifier] [النصف الأول من] [عام] 2015 [م|هـ]."""
    k = i
    spec = TimeSpec()
    mod = _modifier_at(ws, k)
    if mod:
        spec.mod, k = mod
    if ws.at(k) in ("النصف", "الربع") and ws.at(k + 2) == _OF:
        part = parse_number([ws.at(k + 1)], 0)
        if part and part.kind == "ordinal":
            if ws.at(k) == "النصف" and part.value in (1, 2):
                spec.half = int(part.value)
            elif ws.at(k) == "الربع" and 1 <= part.value <= 4:
                spec.quarter = int(part.value)
            else:
                return None
            k += 3
    keyword = ws.at(k) in _YEAR_KEYWORDS
    if keyword:
        k += 1
    y = _year_at(ws, k, keyword=keyword)
    if not y:
        return None
    year, end, hijri = y
    if not keyword and not (spec.mod or spec.half or spec.quarter):
        if not 1800 <= year <= 2100:
            return None
        prev, nxt = ws.at(i - 1), ws.at(end)
        if nxt in _count_nouns():
            return None  # 2000 شخص, 1592 قتيلا: a count, not a year
        cue = prev in _YEAR_CUES or (prev == "و" and YEAR_RE.match(ws.at(i - 2)) is not None)
        if not cue and nxt not in (")", ",", ".", "-", ";", "و") and not hijri:
            return None
    spec.year, spec.hijri = year, hijri
    return end, spec


_SEASON_HEADS = frozenset(normalize(w) for w in ("فصل", "موسم"))


@lru_cache(maxsize=1)
def _count_nouns() -> frozenset[str]:
    """Words that follow a count (شخصا, قتيلا, دولار): a number before them is not a year."""
    return frozenset(normalize(r[0]) for r in read_tsv("number_units.tsv"))


def _rec_season(ws: _View, i: int) -> _Hit | None:
    k = i
    spec = TimeSpec()
    if ws.at(k) in _SEASON_HEADS and seasons().get(ws.at(k + 1)):
        k += 1  # «فصل الربيع»: the head noun is part of the season's name
    mod = _modifier_at(ws, k)
    if mod:
        spec.mod, k = mod
    word = ws.at(k)
    code = seasons().get(word)
    if not code:
        return None
    k += 1
    if ws.at(k) in ("العربي", "الاول", "الثاني", "الاخر", "العمر"):
        return None  # الربيع العربي; ربيع الأول is a Hijri month
    spec.season = code
    end, tail = _year_tail(ws, k, spec)
    if not tail and not word.startswith("ال") and ws.at(i - 1) not in ("فصل", "فصول"):
        return None  # خريف العمر, ربيع: a season word without a year reads as a metaphor too often
    return end, spec


@lru_cache(maxsize=1)
def _decade_words() -> dict[str, int]:
    out = {}
    for (word,), (digit,) in _lex()["decades"].items():
        out[word] = int(digit)
        out["ال" + word] = int(digit)
    return out


def _century_at(ws: _View, k: int) -> tuple[TimeSpec, int] | None:
    """القرن + (الماضي | العشرين | التاسع عشر | الـ19 | 19): (spec, end)."""
    if ws.at(k) not in ("القرن", "قرن"):
        return None
    k += 1
    spec = TimeSpec()
    d = _direction_at(ws, k)
    if d and d[0] in ("past", "current", "future"):
        spec.century_offset = {"past": -1, "current": 0, "future": 1}[d[0]]
        return spec, d[1]
    if ws.at(k) == "ال" and ws.at(k + 1).isdecimal():
        k += 1
    if ws.at(k).isdecimal() and len(ws.at(k)) <= 2 and 1 <= int(ws.at(k)) <= 21:
        spec.century = int(ws.at(k))
        return spec, k + 1
    parsed = parse_number(ws.list(k), 0)
    if parsed and parsed.prefix == "ال" and parsed.kind in ("ordinal", "cardinal") and 1 <= parsed.value <= 21:
        spec.century = int(parsed.value)
        return spec, k + parsed.last
    return None


def _ordinal_decade_at(ws: _View, k: int) -> tuple[TimeSpec, int] | None:
    """العقد الأول / الثاني / الأخير من القرن X: the decade dated by the century after it (the first
    decade of the 20th century is the 1900s). Without a century عقد is as often a contract: nothing."""
    if ws.at(k) != "العقد":
        return None
    if ws.at(k + 1) in _LAST_WORDS:
        nth, end = 10, k + 2
    else:
        parsed = parse_number([ws.at(k + 1)], 0)
        if not (parsed and parsed.kind == "ordinal" and parsed.prefix == "ال" and 1 <= parsed.value <= 10):
            return None
        nth, end = int(parsed.value), k + 2
    if ws.at(end) != _OF:
        return None
    century = _century_at(ws, end + 1)
    if not century:
        return None
    c = century[0]
    return TimeSpec(decade=nth - 1, century=c.century, century_offset=c.century_offset), end


_LAST_WORDS = frozenset(normalize(w) for w in ("الأخير", "الاخير"))


def _rec_decade_century(ws: _View, i: int) -> _Hit | None:
    k = i
    mod = _modifier_at(ws, k)
    if mod:
        k = mod[1]
    ordinal = _ordinal_decade_at(ws, k)
    if ordinal:  # two expressions, as الستينيات من القرن الماضي: the century is read on its own after من
        spec, end = ordinal
        spec.mod = mod[0] if mod else None
        return end, spec
    decade = _decade_words().get(ws.at(k))
    if decade is not None:
        k += 1
        spec = TimeSpec(decade=decade, mod=mod[0] if mod else None)
        construct = _century_at(ws, k)
        if construct:  # سبعينات القرن الماضي: one expression
            c, end = construct
            spec.century, spec.century_offset = c.century, c.century_offset
            return end, spec
        if ws.at(k) == _OF:  # الستينيات من القرن الماضي: two expressions, the century dates the decade
            c_after = _century_at(ws, k + 1)
            if c_after:
                spec.century, spec.century_offset = c_after[0].century, c_after[0].century_offset
        return k, spec
    century = _century_at(ws, k)
    if century:
        spec, end = century
        spec.mod = mod[0] if mod else None
        return end, spec
    return None


def _rec_period(ws: _View, i: int) -> _Hit | None:
    """[modifier] هذا الأسبوع / الشهر الماضي / العام المقبل; [modifier] العام / الشهر (the current one)."""
    k = i
    mod = _modifier_at(ws, k)
    if mod:
        k = mod[1]
    rel = _match(ws, k, "relative")
    spec = TimeSpec(mod=mod[0] if mod else None)
    if rel and rel[1][0] in ("W", "M", "Y"):
        offset = int(rel[1][1])
        unit = rel[1][0]
        if unit == "W":
            spec.week_offset = offset
        elif unit == "M":
            spec.month_offset = offset
        else:
            spec.year_offset = offset
        return rel[0], spec
    if mod and ws.at(k) in ("العام", "السنه", "الشهر"):  # نهاية الأسبوع is the weekend, not a date
        unit = ws.at(k)
        if unit == "الشهر":
            spec.month_offset = 0
        else:
            spec.year_offset = 0
        end = k + 1
        if ws.at(i - 1) == "منذ":  # منذ بداية العام: since the start of the period
            spec.since = True
        return end, spec
    return None


def _unit_at(ws: _View, k: int) -> tuple[str, int, bool, int] | None:
    """(unit, count, ambiguous, end) for a unit word at ``k``."""
    hit = _match(ws, k, "units")
    if not hit:
        return None
    unit, count, ambiguous = hit[1][0], int(hit[1][1]), hit[1][2] == "1"
    return unit, count, ambiguous, hit[0]


_VAGUE_AFTER = frozenset(normalize(w) for w in ("طويلة", "عديدة", "متتالية", "قليلة", "معدودة"))
_ONE_AFTER = frozenset(normalize(w) for w in ("أخرى", "آخر", "واحدا", "واحدة", "واحد", "كاملا", "كاملة", "كامل"))
_MORE_AFTER = frozenset(normalize(w) for w in ("أخرى", "أخر", "إضافية", "اضافية"))
_FEW = frozenset(normalize(w) for w in ("عدة", "بضعة", "بضع", "عده"))


def _date_named_after(ws: _View, k: int, unit: str) -> bool:
    """A year after عام/سنة, a month name after شهر, a weekday after يوم: the word before
    is the head of that date (عام 2003 is the year 2003), so it measures no duration."""
    if unit == "Y":
        return _year_at(ws, k, keyword=False) is not None
    if unit == "M":
        return month_name(ws.list(k), 0) is not None
    if unit == "D":
        return _weekday_at(ws, k) is not None
    return False


def _duration_at(ws: _View, k: int, cue: bool | str) -> tuple[TimeSpec, int] | None:
    """[approx] (number unit | dual unit | عدة units | units طويلة): a duration spec."""
    mod: str | None = None  # the spec is built only once a duration is found: most calls find none
    approx = _match(ws, k, "approx")
    if approx:
        mod = approx[1][2]
        k = approx[0]
    if ws.at(k) in _FEW:
        u = _unit_at(ws, k + 1)
        if u and u[1] == 0:
            spec = TimeSpec(kind="duration", mod=mod)
            spec.unit = u[0]
            return spec, u[3]
        return None
    parsed = parse_number(ws.list(k), 0)
    if parsed and parsed.kind in ("digits", "cardinal", "fraction", "vague") and not parsed.prefix.endswith("ال"):
        u = _unit_at(ws, k + parsed.last)
        if not u or u[1] == 2:
            return None
        if parsed.kind == "digits" and parsed.value >= 1000 and u[0] != "Y":
            return None
        spec = TimeSpec(kind="duration", mod=mod)
        if parsed.kind == "vague":
            spec.amount = None
        else:
            spec.amount = float(parsed.value)
        spec.unit = u[0]
        end = u[3]
        if ws.at(end) in _MORE_AFTER:  # «ثلاثة أشهر أخرى»: the adjective belongs to the duration
            end += 1
        return spec, end
    u = _unit_at(ws, k)
    if not u:
        return None
    unit, count, ambiguous, end = u
    if _date_named_after(ws, end, unit):
        return None  # منذ عام 2003, قبل يوم الاثنين: the unit word heads a date, not a duration
    spec = TimeSpec(kind="duration", mod=mod)
    if count == 1 and not ambiguous and not ws.at(k).startswith("ال"):
        if ws.at(end) in _ONE_AFTER:  # ساعة أخرى, يوما واحدا, عاما كاملا
            spec.amount, spec.unit = 1.0, unit
            return spec, end + 1
        if cue == "offset" or approx:  # قبل عام, أكثر من عام
            spec.amount, spec.unit = 1.0, unit
            return spec, end
        return None
    if count == 2:
        spec.amount, spec.unit = 2.0, unit
        return spec, end
    if count == 0 and (cue or ws.at(end) in _VAGUE_AFTER):
        spec.unit = unit
        if ws.at(end) in _VAGUE_AFTER:
            end += 1
        return spec, end
    return None


def _rec_duration(ws: _View, i: int) -> _Hit | None:
    """Durations and sets: 30 عاما, لثلاثة عقود, لسنتين, منذ سنوات, كل عامين, أقل من 24 ساعة."""
    if ws.at(i) == "كل":
        d = _duration_at(ws, i + 1, cue=False)
        if d:
            spec, end = d
            spec.kind = "set"
            return end, spec
        u = _unit_at(ws, i + 1)
        if u and u[1] == 1 and not u[2]:
            return u[3], TimeSpec(kind="set", amount=1.0, unit=u[0])
        return None
    d = _duration_at(ws, i, cue=bool(ws.prefix))
    if d:
        return d[1], d[0]
    return None


def _rec_offset(ws: _View, i: int) -> _Hit | None:
    """قبل/بعد + duration: a date that far from the reference; منذ + duration: a duration."""
    cue = ws.at(i)
    if cue not in ("قبل", "بعد", "منذ"):
        return None
    d = _duration_at(ws, i + 1, cue="offset")
    if not d:
        return None
    spec, end = d
    if cue == "منذ":
        if spec.amount is not None and not (spec.amount == 1 and end == i + 2):
            # «منذ ست سنوات»: the TIMEX is the duration «ست سنوات» (a lone «عام» keeps its منذ)
            spec.lead = _lead_words(ws, i)
        return end, spec
    if ws.at(end) in (_OF, "على", "علي") and ws.at(end + 1) not in _AGENT_WORDS:
        # قبل يومين من الانتخابات: counted from an event; a counted duration is read alone
        # (_rec_duration), a vague one («بعد أيام على مقتله») keeps its cue: bare «أيام» says nothing
        if spec.amount is None:
            return end, spec
        return None
    if cue == "بعد" and spec.amount is not None and spec.unit in _CLOCK_UNITS:
        # «تلاه انفجار ثان بعد حوالي 20 دقيقة»: minutes after another event, not after publication
        spec.lead = _lead_words(ws, i)
        return end, spec
    if spec.amount is None:
        return end, TimeSpec(kind="ref", ref="PAST_REF" if cue == "قبل" else "FUTURE_REF")
    spec.kind = "date"
    spec.shift = -1 if cue == "قبل" else 1
    return end, spec


_CLOCK_UNITS = frozenset({"H", "MIN"})
_AGENT_WORDS = frozenset(normalize(w) for w in ("أيدي", "يد", "ايدي"))  # «قبل أيام على أيدي مسلحين»: by, not since


def _lead_words(ws: _View, i: int) -> int:
    """Words before a counted duration that stay outside its span: the cue at ``i`` (منذ، بعد)
    and an «about» word (قرابة، حوالي); «أكثر من»، «أقل من» stay in (TIMEX3 mods of the span)."""
    approx = _match(ws, i + 1, "approx")
    if approx and approx[1][2] == "APPROX":
        return approx[0] - i
    return 1


_MINUTE_WORDS = frozenset(normalize(w) for w in ("دقيقة", "دقائق"))


def _hour_at(ws: _View, k: int) -> tuple[int, int, int] | None:
    """(hour, minute, end) for ``10:30``, ``10``, ``الواحدة``, ``العاشرة والنصف``."""
    w = ws.at(k)
    m = CLOCK_RE.match(w)
    if m and int(m.group(1)) <= 24 and int(m.group(2)) < 60:
        return int(m.group(1)), int(m.group(2)), k + 1
    if w.isdecimal() and len(w) <= 2 and int(w) <= 24:
        return int(w), 0, k + 1
    parsed = parse_number(ws.list(k), 0)
    if parsed and parsed.prefix == "ال" and parsed.kind in ("ordinal", "cardinal") and 1 <= parsed.value <= 12:
        j = k + parsed.last
        minute = 0
        if ws.at(j) in ("والنصف", "ونصف"):
            minute, j = 30, j + 1
        elif ws.at(j) in ("والربع", "وربع"):
            minute, j = 15, j + 1
        elif ws.at(j) == "و" and ws.at(j + 1).isdecimal() and len(ws.at(j + 1)) <= 2 and int(ws.at(j + 1)) < 60 and \
                ws.at(j + 2) in _MINUTE_WORDS:
            minute, j = int(ws.at(j + 1)), j + 3  # الثالثة و9 دقائق
        return int(parsed.value), minute, j
    return None


_ZONE_WORDS = frozenset(normalize(w) for w in ("توقيت", "بتوقيت"))
_HHMM_RE = regex.compile(r"^([01]\d|2[0-3])([0-5]\d)$")


def _hhmm_utc_at(ws: _View, k: int) -> tuple[int, int, int] | None:
    """«(0630 بتوقيت جرينتش)»: wire copy writes UTC as four digits, hours then minutes; only a
    UTC tail after them makes them a clock time (alone they are a year or a count)."""
    m = _HHMM_RE.match(ws.at(k))
    c = _match(ws, k + 1, "clock") if m else None
    if not m or not c or c[1][0] != "tz":
        return None
    return int(m.group(1)), int(m.group(2)), k + 1
_LETTERS_RE = regex.compile(r"^\p{L}{2,}$")


def _rec_clock(ws: _View, i: int) -> _Hit | None:
    """الساعة 10:30 [صباحا] [صباح أمس] [تغ]; 20:30 تغ."""
    k = i
    has_word = ws.at(k) == "الساعه"
    if has_word:
        k += 1
    h = _hour_at(ws, k)
    hhmm = False
    if not h and not has_word:
        h = _hhmm_utc_at(ws, k)
        hhmm = h is not None
    if not h:
        return None
    hour, minute, k = h
    if not has_word and not hhmm and not CLOCK_RE.match(ws.at(i)):
        return None
    spec = TimeSpec(kind="time", hour=hour, minute=minute)
    found_tail = False
    while True:
        c = _match(ws, k, "clock")
        if c:
            role = c[1][0]
            if role == "tz":
                spec.utc = True
            elif role == "pm" and spec.hour is not None and spec.hour < 12:
                spec.hour += 12
            k = c[0]
            found_tail = True
            continue
        if ws.at(k) in _ZONE_WORDS and _LETTERS_RE.match(ws.at(k + 1)):
            k += 2  # بتوقيت بغداد, توقيت مكة: local time of a named place
            while ws.at(k - 1).startswith("ال") and ws.at(k).startswith("ال") and _LETTERS_RE.match(ws.at(k)):
                k += 1  # بتوقيت العاصمة الفرنسية: the adjectives of the place noun
            found_tail = True
            continue
        break
    day = _rec_day(ws, k)
    if not day and ws.at(k) == _OF:
        # «الساعة الواحدة من صباح الأحد»: the part of the day after من dates the clock time
        day = _rec_day(ws, k + 1)
        if day and not day[1].pod:
            day = None
    if day:
        k, dspec = day
        spec.day_offset, spec.weekday, spec.direction = dspec.day_offset, dspec.weekday, dspec.direction
        if dspec.pod in ("TEV", "TNI", "TAF") and spec.hour is not None and spec.hour < 12:
            spec.hour += 12
        found_tail = True
    if not has_word and not found_tail and ":" not in ws.at(i):
        return None  # 1.30 alone may be a decimal; 20:30 is a clock time even without a tail
    return k, spec


def _rec_qualified(ws: _View, i: int) -> _Hit | None:
    """في وقت سابق من الشهر الحالي, في وقت متأخر من عام 2014: a qualifier ending in من before a
    period is part of its expression, as it is before a day (_rec_day); the period gives the value."""
    qual = _match(ws, i, "qualifiers")
    if not qual:
        return None
    if ws.at(qual[0] - 1) != _OF:
        # «في وقت سابق الأسبوع الجاري»: without من only a this/last/next period follows
        hit = _rec_period(ws, qual[0])
        return hit if hit and hit[1].kind == "date" else None
    for rec in (_rec_period, _rec_month, _rec_year, _rec_season, _rec_decade_century):
        hit = rec(ws, qual[0])
        if hit and hit[1].kind == "date":
            return hit
    return None


RECOGNIZERS = (_rec_clock, _rec_date, _rec_month, _rec_year, _rec_season, _rec_decade_century, _rec_day,
               _rec_anchor_day, _rec_bare_pod, _rec_period, _rec_offset, _rec_duration, _rec_refs, _rec_qualified)

@lru_cache(maxsize=1)
def _starters() -> dict[Callable[[_View, int], _Hit | None], tuple[frozenset[str], bool]]:
    """For each recognizer, the first words it can match at all, and whether a number (digits or
    a number word) can start it too; read from the tables and word sets the recognizer itself reads,
    so a word is only sent to the recognizers that can start with it (the others return None)."""
    firsts = _first_words()
    mods, rel, pods, quals = firsts["modifiers"], firsts["relative"], firsts["pods"], firsts["qualifiers"]
    days = frozenset(weekdays())
    months = frozenset(name.split()[0] for name in month_names())
    return {
        _rec_clock: (frozenset({"الساعه"}), True),
        _rec_date: (days | {"(", "يوم", _FIRST}, True),
        _rec_month: (mods | months | {"شهر"}, False),
        _rec_year: (mods | _YEAR_KEYWORDS | {"النصف", "الربع"}, True),
        _rec_season: (mods | _SEASON_HEADS | frozenset(seasons()), False),
        _rec_decade_century: (mods | frozenset(_decade_words()) | {"العقد", "القرن", "قرن"}, False),
        _rec_day: (quals | pods | rel | days | {"يوم", "("}, False),
        _rec_anchor_day: (frozenset({"اليوم", "غداه"}), False),
        _rec_bare_pod: (pods, False),
        _rec_period: (mods | rel, False),
        _rec_offset: (frozenset({"قبل", "بعد", "منذ"}), False),
        _rec_duration: (firsts["approx"] | firsts["units"] | _FEW | {"كل"}, True),
        _rec_refs: (firsts["refs"] | firsts["sets"], False),
        _rec_qualified: (quals, False),
    }


@lru_cache(maxsize=1)
def _starter_index() -> tuple[dict[str, tuple[Callable[[_View, int], _Hit | None], ...]],
                              frozenset[Callable[[_View, int], _Hit | None]]]:
    """``_starters`` turned around, once: each starting word's recognizers in RECOGNIZERS
    order, and the recognizers a number starts."""
    starters = _starters()
    by_word: dict[str, list[Callable[[_View, int], _Hit | None]]] = {}
    for rec in RECOGNIZERS:
        for word in starters[rec][0]:
            by_word.setdefault(word, []).append(rec)
    numeric = frozenset(rec for rec in RECOGNIZERS if starters[rec][1])
    return {w: tuple(recs) for w, recs in by_word.items()}, numeric


def _recognizers_for(word: str) -> tuple[Callable[[_View, int], _Hit | None], ...]:
    """The recognizers that can match an expression starting with ``word``, in RECOGNIZERS order
    (the order decides between hits of the same length)."""
    by_word, numeric = _starter_index()
    listed = by_word.get(word, ())
    if not (word[:1].isdecimal() or lookup_number_word(word) is not None):
        return listed
    return tuple(rec for rec in RECOGNIZERS if rec in listed or rec in numeric)

_CONJ = ("و", "ف")
_PREPS = ("ب", "ل", "ك")
_PREPS_IN_SPAN = ("ل",)  # لسنتين, لثلاثة عقود: ل is read with the duration; بالنصف ... leaves ب out


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return frozenset(normalize(r[0]) for r in read_tsv("time_name_heads.tsv"))


def _names_a_place(words: list[str], i: int, j: int) -> bool:
    """مدينة 6 أكتوبر, ثورة 25 يناير, «أكتوبر»: a date that is (part of) a name."""
    prev = words[i - 1] if i > 0 else ""
    if prev in _name_heads() or (len(prev) > 2 and prev[0] in "وبل" and prev[1:] in _name_heads()):
        return True
    return prev == '"' and j < len(words) and words[j] == '"'


@lru_cache(maxsize=1)
def _media_heads() -> frozenset[str]:
    return frozenset(normalize(r[0]) for r in read_tsv("time_media_heads.tsv"))


def _names_a_medium(words: list[str], i: int, j: int) -> bool:
    """لـ«اليوم», صحيفة اليوم, قناة الغد: a day word that is a newspaper's or channel's name,
    alone in quotation marks or right after a medium's head word."""
    prev = words[i - 1] if i > 0 else ""
    if prev == '"' and j == i + 1 and j < len(words) and words[j] == '"':
        return True
    return prev in _media_heads() or (len(prev) > 2 and prev[0] in "وبل" and prev[1:] in _media_heads())


@lru_cache(maxsize=1)
def _age_words() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """(words before a count of years, phrases after one) that make it a person's age."""
    before: set[str] = set()
    after: set[tuple[str, ...]] = set()
    for row in read_tsv("time_age_words.tsv"):
        if row[1] == "before":
            before.add(normalize(row[0]))
        else:
            after.add(tuple(normalize(row[0]).split()))
    return frozenset(before), frozenset(after)


def _is_an_age(words: list[str], i: int, j: int, spec: TimeSpec) -> bool:
    """«عبدالكريم ع. (25 عاما)», «يقل عمرهما عن 15 عاما», «في الثمانينات من العمر»: a person's age
    in a name's parentheses, an age limit (عن after an age word) or a decade of life, which news
    annotation does not mark as a time. A plain age («البالغ من العمر 13 عاما») stays: TimeML marks
    it as a duration."""
    years = spec.kind == "duration" and spec.unit == "Y"
    if years and spec.amount is not None and i > 0 and words[i - 1] == "(" and j < len(words) and words[j] == ")":
        return True
    if not years and spec.decade is None:
        return False
    before, after = _age_words()
    if spec.decade is not None and any(tuple(words[j:j + len(phrase)]) == phrase for phrase in after):
        return True
    return years and i > 0 and words[i - 1] == "عن" and any(w in before for w in words[max(0, i - 4):i - 1])


def _numbers_a_document(words: list[str], i: int, spec: TimeSpec) -> bool:
    """«القانون رقم 162 لسنة 1958»: the year of a numbered law or decree is part of its number
    (a citation), not a time of what the article reports."""
    return (spec.year is not None and spec.month is None and i >= 2 and words[i - 1].isdecimal()
            and words[i - 2] == "رقم")


def _first_word_variants(word: str) -> list[tuple[str, str, bool]]:
    """(word to read, stripped prefix, prefix belongs to the span) for the first word of a match."""
    out = [(word, "", True)]
    rest = word
    conj = ""
    if len(word) > 2 and word[0] in _CONJ:
        conj, rest = word[0], word[1:]
        out.append((rest, conj, False))
    if len(rest) > 2 and rest[0] in _PREPS:
        inner = rest[1:]
        keep = not conj and rest[0] in _PREPS_IN_SPAN
        if inner.startswith("ل") and rest[0] == "ل":  # للعام = ل + العام
            out.append(("ا" + inner, conj + rest[0], keep))
        else:
            out.append((inner, conj + rest[0], keep))
    return out


_Variant = tuple[str, str, bool, tuple[Callable[[_View, int], _Hit | None], ...]]
@word_memo(MEMO_LIMIT)
def _trigger_variants(word: str) -> tuple[_Variant, ...]:
    """The first-word variants of ``word`` that can start a time expression, each with the
    recognizers that can start with it (memoized: the words of news repeat, and most never
    start one)."""
    out = []
    for variant, prefix, keep in _first_word_variants(word):
        recs = _recognizers_for(variant)
        if recs:
            out.append((variant, prefix, keep, recs))
    return tuple(out)


@dataclass
class _Found:
    start: int  # original offsets
    end: int
    spec: TimeSpec
    sentence: int


def recognize(text: str, sentence_spans: list[tuple[int, int]] | None = None,
              normalized: NormalizedText | None = None) -> list[_Found]:
    """Time expressions in ``text`` with what their words say, in reading order (no values yet)."""
    nt = normalized or NormalizedText.of(text, sentence_spans)
    found: list[_Found] = []
    for sent in nt.sentences:
        words = sent.words
        # memo reads over the sentence at C speed: most words start nothing, and only the
        # words that may start an expression are visited
        variants_at = list(map(_trigger_variants, words))
        view = _View(words)
        i = 0  # the first word not yet read (a match skips its words)
        for at in compress(range(len(words)), variants_at):
            if at < i:
                continue
            i = at
            best: tuple[int, TimeSpec, int] | None = None
            variants = variants_at[i]
            for variant, prefix, keep, recs in variants:
                view.i0, view.first, view.prefix = i, variant, prefix if keep else ""
                for rec in recs:
                    hit = rec(view, i)
                    if hit and hit[0] > i and (best is None or hit[0] > best[0]):
                        skip = 0 if keep else len(prefix)
                        best = (hit[0], hit[1], skip)
                if best:
                    break
            view.i0, view.prefix = -1, ""
            if best is None:
                continue
            j, spec, skip = best
            if spec.month is not None and spec.year is None and _names_a_place(words, i, j):
                i = j  # the whole name, so its month alone is not read again
                continue
            if spec.day_offset is not None and _names_a_medium(words, i, j):
                i = j
                continue
            if _is_an_age(words, i, j, spec) or _numbers_a_document(words, i, spec):
                i = j
                continue
            if spec.since and i > 0:
                i, skip = i - 1, 0
            elif spec.cue_first:
                i, skip = i + 1, 0
            elif spec.lead and i + spec.lead < j:
                i, skip = i + spec.lead, 0
            elif i > 0 and words[i - 1] == "ال" and words[i][:1].isdecimal():
                i, skip = i - 1, 0  # «الـ 12 من الشهر»: the article written apart belongs to the day
            toks = sent.spans
            start, end = nt.original(toks[i][0] + skip, toks[j - 1][1])
            found.append(_Found(start, end, spec, sent.index))
            i = j
    return found


# ------------------------------------------------------------------ resolution


@dataclass
class Reference:
    date: dt.date
    precision: str  # day | month | year
    inferred: bool = False


def parse_published(value: str | None) -> Reference | None:
    """The publication date as a reference: ``2024-12-11``, ``2015-12``, ``2015`` (ISO, any precision)."""
    if not value:
        return None
    v = value.strip()
    m = regex.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v)
    if not m:
        return None
    year = int(m.group(1))
    try:  # 2024-02-30, 2024-13, 0000: not a date, so no reference (`rasd analyze --published` passes it as typed)
        if m.group(3):
            return Reference(dt.date(year, int(m.group(2)), int(m.group(3))), "day")
        if m.group(2):
            month = int(m.group(2))
            return Reference(dt.date(year, month, _calendar.monthrange(year, month)[1]), "month")
        return Reference(dt.date(year, 12, 31), "year")
    except ValueError:
        return None


def _fmt(date: dt.date, precision: str) -> str:
    if precision == "day":
        return date.isoformat()
    if precision == "week":
        return iso_week(date)
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return f"{date.year:04d}"


_RANK = {"day": 3, "week": 2, "month": 2, "season": 1, "year": 1, "decade": 0, "century": 0}


def _coarsen(precision: str, ref: Reference) -> str:
    """A value can't be finer than the reference it was counted from."""
    if _RANK.get(precision, 3) > _RANK[ref.precision] or (precision == "week" and ref.precision != "day"):
        return ref.precision
    return precision


def _add_months(date: dt.date, months: int) -> dt.date:
    y, m = divmod(date.year * 12 + date.month - 1 + months, 12)
    return dt.date(y, m + 1, min(date.day, _calendar.monthrange(y, m + 1)[1]))


def _add_years(date: dt.date, years: int) -> dt.date:
    y = date.year + years
    if not 1 <= y <= 9999:
        return date
    return date.replace(year=y, day=min(date.day, _calendar.monthrange(y, date.month)[1]))


def _shift(date: dt.date, amount: float, unit: str, sign: int) -> tuple[dt.date, str]:
    n = int(round(amount))
    if unit == "Y":
        return _add_years(date, sign * n), "year"
    if unit == "DE":
        return _add_years(date, sign * 10 * n), "year"
    if unit == "CE":
        return _add_years(date, sign * 100 * n), "year"
    if unit == "M":
        return _add_months(date, sign * n), "month"
    if unit == "W":
        return date + dt.timedelta(weeks=sign * n), "day"
    if unit == "D":
        return date + dt.timedelta(days=sign * n), "day"
    return date, "day"  # hours and minutes: the same day (or near it)


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P2Y, P30Y (three decades), PT24H, PXY (unspecified)."""
    if amount is None:
        n = "X"
    else:
        if unit == "DE":
            amount, unit = amount * 10, "Y"
        if amount != int(amount):  # نصف عام → P6M, نصف ساعة → PT30M
            amount, unit = {"Y": (amount * 12, "M"), "M": (amount * 30, "D"), "W": (amount * 7, "D"),
                            "D": (amount * 24, "H"), "H": (amount * 60, "MIN"), "CE": (amount * 100, "Y"),
                            }.get(unit, (amount, unit))
        n = str(int(round(amount)))
    if unit == "DE":
        return f"P{n}0Y" if n != "X" else "PXDE"
    if unit in ("H",):
        return f"PT{n}H"
    if unit == "MIN":
        return f"PT{n}M"
    return f"P{n}{unit}"


# A day of a month without a year that falls up to two months after publication is news of what is
# coming (a deadline, a vote); further ahead, it is last year's.
_FUTURE_DAYS = 62


@dataclass
class _Anchor:
    date: dt.date
    precision: str
    sentence: int


def _most_recent_month(month: int, ref: dt.date, strictly_before: bool) -> int:
    """The year of the most recent ``month`` not after (or strictly before) the reference month."""
    if month < ref.month or (month == ref.month and not strictly_before):
        return ref.year
    return ref.year - 1


def _most_recent_day(month: int, day: int, ref: dt.date, sign: int) -> int:
    """The year of the nearest ``day``/``month`` before (``sign`` -1) or after (+1) the reference day."""
    try:
        this_year = dt.date(ref.year, month, day)
    except ValueError:  # 29 February
        return ref.year if (month, day) < (ref.month, ref.day) else ref.year + sign
    if sign < 0:
        return ref.year if this_year < ref else ref.year - 1
    return ref.year if this_year > ref else ref.year + 1


def _next_month(month: int, ref: dt.date) -> int:
    return ref.year if month > ref.month else ref.year + 1


def _weekday_date(weekday: int, ref: dt.date, direction: str | None) -> dt.date:
    delta = (ref.isoweekday() - weekday) % 7
    if direction == "future":
        return ref + dt.timedelta(days=(weekday - ref.isoweekday()) % 7 or 7)
    if direction == "past" and delta <= 1:
        # «الجمعة الماضية» in Saturday's paper is the Friday before: yesterday is «أمس الجمعة»,
        # and a print paper's text was written the day before it is dated.
        delta += 7
    return ref - dt.timedelta(days=delta)


def _resolve(spec: TimeSpec, ref: Reference | None, anchor: _Anchor | None, sentence: int
             ) -> tuple[str, str, str | None, str, str | None]:
    """(value, type, precision, resolution, anchor) for one spec."""
    rel = ("inferred" if ref and ref.inferred else "relative_to_publication") if ref else "unresolved"
    ref_iso = ref.date.isoformat() if ref and not ref.inferred else (ref.date.isoformat() if ref else None)
    if ref and ref.precision != "day":
        ref_iso = _fmt(ref.date, ref.precision)

    if spec.ref:  # PRESENT_REF, PAST_REF ... and the recurring يوميا (P1D, a set)
        return spec.ref, "SET" if spec.kind == "set" else "DATE", None, "absolute", None
    if spec.kind in ("duration", "set"):
        return duration_value(spec.amount, spec.unit or "Y"), "SET" if spec.kind == "set" else "DURATION", \
            None, "absolute", None

    # Explicit centuries and decades.
    if spec.decade is not None or spec.century is not None or spec.century_offset is not None:
        century = spec.century
        resolution = "absolute"
        if century is None and spec.century_offset is not None:
            if not ref:
                return ("XX" if spec.decade is None else f"XX{spec.decade}X"), "DATE", "century", "unresolved", None
            century = ref.date.year // 100 + 1 + spec.century_offset
            resolution = rel
        if spec.decade is None:
            return f"{century - 1:02d}", "DATE", "century", resolution, ref_iso if resolution != "absolute" else None
        if century is None:  # السبعينات: the most recent such decade
            if not ref:
                return f"XX{spec.decade}X", "DATE", "decade", "unresolved", None
            c = ref.date.year // 100
            if c * 100 + spec.decade * 10 > ref.date.year:
                c -= 1
            return f"{c:02d}{spec.decade}X", "DATE", "decade", rel, ref_iso
        return f"{century - 1:02d}{spec.decade}X", "DATE", "decade", resolution, \
            ref_iso if resolution != "absolute" else None

    # Anchored in the text: اليوم التالي, the month before the one just mentioned.
    if spec.anchor_days is not None:
        if anchor and anchor.precision == "day":
            d = anchor.date + dt.timedelta(days=spec.anchor_days)
            if spec.pod:  # «صباحا»: the morning of the day last mentioned
                return d.isoformat() + spec.pod, "TIME", "day", "relative_to_date", anchor.date.isoformat()
            return d.isoformat(), "DATE", "day", "relative_to_date", anchor.date.isoformat()
        if ref:
            d = ref.date + dt.timedelta(days=spec.anchor_days)
            p = _coarsen("day", ref)
            if spec.pod and p == "day":
                return _fmt(d, p) + spec.pod, "TIME", p, rel, ref_iso
            return _fmt(d, p), "DATE", p, rel, ref_iso
        return "XXXX-XX-XX", "DATE", "day", "unresolved", None

    pod = spec.pod or ""  # the lexicon gives the TIMEX3 suffix with its T: TMO, TEV
    typ = "TIME" if spec.pod or spec.kind == "time" else "DATE"

    # Absolute year.
    if spec.year is not None:
        year = spec.year
        if spec.hijri:
            if spec.month and spec.day:
                d = hijri_to_gregorian(year, spec.month, spec.day)
                return d.isoformat() + pod, typ, "day", "absolute", None
            if spec.month:
                return hijri_month_to_gregorian(year, spec.month), "DATE", "month", "absolute", None
            return hijri_year_to_gregorian(year), "DATE", "year", "absolute", None
        if spec.month and spec.day:
            return f"{year:04d}-{spec.month:02d}-{spec.day:02d}{pod}", typ, "day", "absolute", None
        if spec.month:
            return f"{year:04d}-{spec.month:02d}", "DATE", "month", "absolute", None
        if spec.season:
            return f"{year:04d}-{spec.season}", "DATE", "season", "absolute", None
        if spec.half:
            return f"{year:04d}-H{spec.half}", "DATE", "half", "absolute", None
        if spec.quarter:
            return f"{year:04d}-Q{spec.quarter}", "DATE", "quarter", "absolute", None
        return f"{year:04d}", "DATE", "year", "absolute", None

    # Months (and days of months) without a year.
    if spec.month is not None:
        if spec.hijri:
            base = ref.date if ref else None
            if anchor and anchor.sentence == sentence:
                base = anchor.date
            if base is None:
                return f"XXXX-{spec.month:02d}", "DATE", "month", "unresolved", None
            hy, hm, _hd = gregorian_to_hijri(base)
            candidates = [hy - 1, hy, hy + 1]
            if anchor and anchor.sentence == sentence:
                year = min(candidates, key=lambda y: abs((hijri_to_gregorian(y, spec.month, spec.day or 15)
                                                          - base).days))
            else:
                year = hy if spec.month <= hm else hy - 1
            res = "relative_to_date" if anchor and anchor.sentence == sentence else rel
            if spec.day:
                d = hijri_to_gregorian(year, spec.month, spec.day)
                return d.isoformat() + pod, typ, "day", res, base.isoformat()
            return hijri_month_to_gregorian(year, spec.month), "DATE", "month", res, base.isoformat()
        if spec.direction in ("before_anchor", "after_anchor") and anchor:
            if spec.direction == "before_anchor":
                year = _most_recent_month(spec.month, anchor.date, strictly_before=True)
            else:
                year = _next_month(spec.month, anchor.date)
            res, used = "relative_to_date", _fmt(anchor.date, anchor.precision)
        elif ref is None:
            return (f"XXXX-{spec.month:02d}" + (f"-{spec.day:02d}" if spec.day else "")), typ, \
                "day" if spec.day else "month", "unresolved", None
        elif spec.year_offset is not None:
            year, res, used = ref.date.year + spec.year_offset, rel, ref_iso
        elif spec.direction == "past" and spec.day and ref.precision == "day":
            # «12 يوليو الماضي» on 22 July: the last 12 July before the reference, this year's
            year, res, used = _most_recent_day(spec.month, spec.day, ref.date, -1), rel, ref_iso
        elif spec.direction == "future" and spec.day and ref.precision == "day":
            year, res, used = _most_recent_day(spec.month, spec.day, ref.date, 1), rel, ref_iso
        elif spec.direction == "past":
            year, res, used = _most_recent_month(spec.month, ref.date, strictly_before=True), rel, ref_iso
        elif spec.direction == "future":
            year, res, used = _next_month(spec.month, ref.date), rel, ref_iso
        elif spec.direction == "current":
            year, res, used = ref.date.year, rel, ref_iso
        else:
            year, res, used = _most_recent_month(spec.month, ref.date, strictly_before=False), rel, ref_iso
            if spec.day and ref.precision == "day":
                # a day later this month or next is news of what is coming, not of last year
                try:
                    candidate = dt.date(ref.date.year, spec.month, spec.day)
                except ValueError:
                    candidate = None
                if candidate and 0 < (candidate - ref.date).days <= _FUTURE_DAYS:
                    year = ref.date.year
                elif candidate and candidate > ref.date:
                    year = ref.date.year - 1
        if spec.day:
            return f"{year:04d}-{spec.month:02d}-{spec.day:02d}{pod}", typ, "day", res, used
        return f"{year:04d}-{spec.month:02d}", "DATE", "month", res, used

    if ref is None:
        if spec.weekday:
            return f"XXXX-WXX-{spec.weekday}{pod}", typ, "day", "unresolved", None
        if spec.season:
            return f"XXXX-{spec.season}", "DATE", "season", "unresolved", None
        return "XXXX-XX-XX" + pod, typ, "day", "unresolved", None

    base = ref.date
    # Seasons without a year.
    if spec.season:
        order = ("WI", "SP", "SU", "FA")
        cur = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(base.month, "FA")
        cur_year = base.year - 1 if base.month in (1, 2) else base.year
        year = base.year
        if spec.year_offset is not None:
            year = base.year + spec.year_offset
        elif spec.direction == "past":
            year = cur_year if order.index(spec.season) < order.index(cur) else cur_year - 1
        elif spec.direction == "future":
            year = cur_year if order.index(spec.season) > order.index(cur) else cur_year + 1
        elif base.month in (1, 2) and spec.season == "WI":
            year = base.year - 1
        return f"{year:04d}-{spec.season}", "DATE", "season", rel, ref_iso

    if spec.kind == "time":
        day = base
        res = rel
        used = ref_iso
        if spec.weekday is not None:
            day = _weekday_date(spec.weekday, base, spec.direction)
        elif spec.day_offset is not None:
            day = base + dt.timedelta(days=spec.day_offset)
        elif anchor and anchor.precision == "day":
            day, res, used = anchor.date, "relative_to_date", anchor.date.isoformat()
        if ref.precision != "day" and res != "relative_to_date":
            return _fmt(day, ref.precision), "TIME", ref.precision, res, used
        suffix = "Z" if spec.utc else ""
        return f"{day.isoformat()}T{spec.hour or 0:02d}:{spec.minute or 0:02d}{suffix}", "TIME", "minute", res, used

    if spec.weekday is not None:
        day = _weekday_date(spec.weekday, base, spec.direction)
        if spec.day_offset is not None:
            # اليوم (الثلاثاء) in a paper dated Wednesday: the paper went out the morning after; the
            # weekday is exact. Days apart from it, the publication date itself is off: keep the day word.
            by_word = base + dt.timedelta(days=spec.day_offset)
            if abs((by_word - day).days) > 2:
                day = by_word
        p = _coarsen("day", ref)
        return _fmt(day, p) + (pod if p == "day" else ""), typ, p, rel, ref_iso
    if spec.day_offset is not None:
        day = base + dt.timedelta(days=spec.day_offset)
        p = _coarsen("day", ref)
        return _fmt(day, p) + (pod if p == "day" else ""), typ, p, rel, ref_iso
    if spec.week_offset is not None:
        p = _coarsen("week", ref)
        return _fmt(base + dt.timedelta(weeks=spec.week_offset), p), "DATE", p, rel, ref_iso
    if spec.month_offset is not None and spec.day is not None:
        start = anchor.date if spec.same_month and anchor is not None else base
        month = _add_months(start.replace(day=1), spec.month_offset)
        try:
            d = month.replace(day=spec.day)
        except ValueError:
            d = month
        p = _coarsen("day", ref)
        return _fmt(d, p), "DATE", p, rel, ref_iso
    if spec.month_offset is not None:
        p = _coarsen("month", ref)
        return _fmt(_add_months(base, spec.month_offset), p), "DATE", p, rel, ref_iso
    if spec.year_offset is not None:
        return f"{base.year + spec.year_offset:04d}", "DATE", "year", rel, ref_iso
    if spec.shift is not None and spec.unit:
        if spec.unit in ("H", "MIN") and (spec.amount or 0) < 24:
            d, p = base, "day"
        else:
            if spec.unit in ("Y", "DE", "CE") and (spec.amount or 0) * {"Y": 1, "DE": 10, "CE": 100}[spec.unit] \
                    >= base.year:
                return "PAST_REF" if spec.shift < 0 else "FUTURE_REF", "DATE", None, rel, ref_iso  # قبل 125 مليون عام
            d, p = _shift(base, spec.amount or 0, spec.unit, spec.shift)
        if spec.unit == "W":
            p = "week" if (spec.amount or 0) < 4 else "day"
        p = _coarsen(p, ref)
        return _fmt(d, p), "DATE", p, rel, ref_iso
    return _fmt(base, ref.precision), "DATE", ref.precision, rel, ref_iso


def _absolute_bound(found: list[_Found]) -> Reference | None:
    """The latest date the article states with its year: a lower bound for its publication."""
    best: tuple[dt.date, str] | None = None
    for f in found:
        s = f.spec
        if s.kind not in ("date", "time") or s.year is None:
            continue
        try:
            if s.hijri:
                if s.month and s.day:
                    d, p = hijri_to_gregorian(s.year, s.month, s.day), "day"
                else:
                    continue
            elif s.month and s.day:
                d, p = dt.date(s.year, s.month, s.day), "day"
            elif s.month:
                d, p = dt.date(s.year, s.month, _calendar.monthrange(s.year, s.month)[1]), "month"
            else:
                d, p = dt.date(s.year, 12, 31), "year"
        except ValueError:
            continue
        if best is None or d > best[0]:
            best = (d, p)
    if best is None:
        return None
    return Reference(best[0], best[1], inferred=True)


def _anchor_from(value: str, precision: str | None, sentence: int) -> _Anchor | None:
    m = regex.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if not m or precision not in ("day", "month", "minute"):
        return None
    day = int(m.group(3)) if m.group(3) else 1
    try:
        return _Anchor(dt.date(int(m.group(1)), int(m.group(2)), day), "day" if m.group(3) else "month", sentence)
    except ValueError:
        return None


def _resolve_within_calendar(f: _Found, ref: Reference | None, anchor: _Anchor | None
                             ) -> tuple[str, str, str | None, str, str | None] | None:
    """_resolve, but arithmetic past year 1 or 9999 (a hostile publication date) leaves the
    expression unresolved instead of failing the whole stage; None if even that is impossible."""
    for r, a in ((ref, anchor), (None, None)):
        try:
            return _resolve(f.spec, r, a, f.sentence)
        except (ValueError, OverflowError):
            continue
    return None


def resolve_all(found: list[_Found], text: str, published: str | None) -> list[TimeExpr]:
    """Give every recognized expression its value, in reading order."""
    ref = parse_published(published)
    if ref is None:
        ref = _absolute_bound(found)
    out: list[TimeExpr] = []
    anchor: _Anchor | None = None
    day_anchor: _Anchor | None = None  # the last date named to the day
    lead_day: _Anchor | None = None  # the first: the day of the story
    for f in found:
        use = anchor
        if f.spec.pod and f.spec.anchor_days == 0:
            # «وقع الهجوم صباحا»: the morning of a day named in the sentence, else of the story's day
            use = day_anchor if day_anchor is not None and day_anchor.sentence == f.sentence else lead_day
        resolved = _resolve_within_calendar(f, ref, use)
        if resolved is None:
            continue
        value, typ, precision, resolution, used = resolved
        out.append(TimeExpr(
            span=Span(f.start, f.end, text[f.start:f.end]), value=value, type=typ, precision=precision,
            resolution=resolution, anchor=used, modifier=f.spec.mod,
        ))
        if typ in ("DATE", "TIME"):
            new_anchor = _anchor_from(value, precision, f.sentence)
            if new_anchor:
                anchor = new_anchor
                if new_anchor.precision == "day":
                    day_anchor = new_anchor
                    lead_day = lead_day or new_anchor
    return out


def find_times(text: str, published: str | None = None,
               sentence_spans: list[tuple[int, int]] | None = None) -> list[TimeExpr]:
    """Time expressions of ``text`` resolved against ``published`` (ISO, any precision, or None)."""
    return resolve_all(recognize(text, sentence_spans), text, published)


def extract_times(doc: Doc) -> None:
    """Pipeline stage: append :class:`TimeExpr` items to ``doc.analysis.times``."""
    spans = doc.sentences or None
    doc.analysis.times.extend(find_times(doc.text, doc.article.published, spans))
