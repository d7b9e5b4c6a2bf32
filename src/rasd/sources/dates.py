"""Publication dates from metadata, reduced to the ISO date part (``2015-07-21``)."""

from __future__ import annotations

import datetime as dt
import email.utils
import time

import regex

_ISO = regex.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)")
_SLASHED_YMD = regex.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_SLASHED_DMY = regex.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)")
_YEAR = regex.compile(r"^\s*(\d{4})\s*$")


def iso_date(value: object) -> str | None:
    """``2015-07-21 02:51:32`` -> ``2015-07-21``; also RFC 2822, d/m/Y, datetime, struct_time."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, time.struct_time):
        return _ymd(value.tm_year, value.tm_mon, value.tm_mday)
    text = str(value).strip()
    # Arabic-Indic digits are common in Arabic metadata.
    text = text.translate({0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)})
    m = _ISO.search(text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
        return _ymd(year, month, int(day)) if day else _ym(year, month)
    m = _SLASHED_YMD.search(text)
    if m:
        return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _SLASHED_DMY.search(text)
    if m:
        return _ymd(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.strftime("%Y-%m-%d")
    m = _YEAR.match(text)
    if m:
        return m.group(1)
    return None


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _ym(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
