"""Calendars: Gregorian month names (Egyptian, Levantine and Maghrebi series), Hijri
months with conversion to Gregorian, weekdays, seasons, and ISO-week helpers.

Lexicons: ``time_months.tsv``, ``time_weekdays.tsv``, ``time_seasons.tsv``. Every key
is normalized (:func:`rasd.arabic.normalize.normalize`), so look words up normalized.

Hijri dates convert with the arithmetic (tabular) Islamic calendar. Official
calendars that follow the moon (Umm al-Qura, local sightings) can differ by a day
or two; a Hijri month or year converts exactly enough at month or year precision.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache

from rasd.arabic.lexdata import read_tsv
from rasd.arabic.normalize import normalize


@dataclass(frozen=True, slots=True)
class MonthName:
    month: int
    calendar: str  # gregorian | hijri
    series: str  # egyptian | levantine | maghrebi | hijri
    ambiguous: bool  # the word has another common meaning (مارس "practised", آب "father")


@lru_cache(maxsize=1)
def month_names() -> dict[str, MonthName]:
    """Normalized month name (one or two words) → month."""
    out: dict[str, MonthName] = {}
    for form, month, calendar, series, ambiguous in read_tsv("time_months.tsv"):
        out[normalize(form)] = MonthName(int(month), calendar, series, ambiguous == "1")
    return out


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Normalized weekday name (with ال) → ISO weekday, 1 = Monday."""
    return {normalize(form): int(day) for form, day in read_tsv("time_weekdays.tsv")}


@lru_cache(maxsize=1)
def seasons() -> dict[str, str]:
    """Normalized season word → TIMEX3 code (SP, SU, FA, WI)."""
    return {normalize(form): code for form, code in read_tsv("time_seasons.tsv")}


def month_name(words: list[str], i: int) -> tuple[MonthName, int] | None:
    """The month named at ``words[i]`` (normalized tokens) and the index after it."""
    names = month_names()
    if not 0 <= i < len(words):
        return None
    if i + 1 < len(words):
        two = f"{words[i]} {words[i + 1]}"
        if two in names:
            return names[two], i + 2
    if words[i] in names:
        return names[words[i]], i + 1
    return None


# ------------------------------------------------------------------ Hijri

_ISLAMIC_EPOCH = 1948439.5  # Julian day of 1 Muharram 1 AH (civil epoch, 16 July 622 Julian)
_ORDINAL_OFFSET = 1721424.5  # Julian day of proleptic Gregorian day 0


def hijri_to_gregorian(year: int, month: int, day: int = 1) -> dt.date:
    """Tabular Hijri date → Gregorian date."""
    jd = (day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354
          + math.floor((3 + 11 * year) / 30) + _ISLAMIC_EPOCH - 1)
    return dt.date.fromordinal(int(jd - _ORDINAL_OFFSET))


def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int]:
    """Gregorian date → tabular Hijri (year, month, day)."""
    jd = math.floor(date.toordinal() + _ORDINAL_OFFSET) + 0.5
    year = math.floor((30 * (jd - _ISLAMIC_EPOCH) + 10646) / 10631)
    month = min(12, math.ceil((jd - (29 + _hijri_jd(year, 1, 1))) / 29.5) + 1)
    day = int(jd - _hijri_jd(year, month, 1)) + 1
    return year, month, day


def _hijri_jd(year: int, month: int, day: int) -> float:
    return (day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354
            + math.floor((3 + 11 * year) / 30) + _ISLAMIC_EPOCH - 1)


def hijri_month_to_gregorian(year: int, month: int) -> str:
    """A Hijri month as the Gregorian month that holds its middle (``YYYY-MM``)."""
    mid = hijri_to_gregorian(year, month, 15)
    return f"{mid.year:04d}-{mid.month:02d}"


def hijri_year_to_gregorian(year: int) -> str:
    """A Hijri year as the Gregorian year that holds its middle (``YYYY``)."""
    return f"{hijri_to_gregorian(year, 7, 1).year:04d}"


# ------------------------------------------------------------------ weeks and seasons


def iso_week(date: dt.date) -> str:
    """``2015-W52`` for any day of that ISO week."""
    y, w, _ = date.isocalendar()
    return f"{y:04d}-W{w:02d}"


def season_of(date: dt.date) -> tuple[int, str]:
    """Meteorological season (northern hemisphere) of a date; December's winter is next year's."""
    m = date.month
    if m in (12, 1, 2):
        return (date.year + 1 if m == 12 else date.year), "WI"
    if m in (3, 4, 5):
        return date.year, "SP"
    if m in (6, 7, 8):
        return date.year, "SU"
    return date.year, "FA"


SEASON_ORDER = ("WI", "SP", "SU", "FA")
