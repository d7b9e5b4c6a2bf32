"""Page furniture and photo credits, from the data files in rasd/lexicon/data.

The labels are data (one per line, reviewed like code); this module only loads them
and answers two questions about a line: is it page chrome, and does it end with a
photo credit such as ``(أ.ف.ب)``?
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from rasd.arabic import normalize

_EDGE_PUNCT = regex.compile(r"^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$")
_CREDIT = regex.compile(r"\(([^()\n]{1,40})\)[\s.]*$")
# Agency abbreviations are letters joined by dots: أ.ف.ب، د.ب.أ، أ.ب
_ABBREVIATION = regex.compile(r"^\p{L}(?:\s?\.\s?\p{L}){1,4}\.?$")
_SEPARATOR = regex.compile(r"^[\p{P}\p{S}\u0640\s]{3,}$")
_URL = regex.compile(r"^(?:URL:?\s*)?(https?://\S+)$", regex.I)
_HAS_LETTER = regex.compile(r"\p{L}")
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")

PREFIX_MAX_WORDS = 20  # a furniture prefix line is a label plus a headline, never a paragraph


@dataclass(frozen=True)
class Furniture:
    lines: dict[str, str]  # label key -> what it is
    prefixes: tuple[tuple[str, str], ...]  # (label key, what), longest first


def label_key(text: str) -> str:
    """Normalized, lower-cased, without surrounding punctuation: how labels compare."""
    return _EDGE_PUNCT.sub("", normalize(text)).lower()


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files("rasd.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def load_furniture() -> Furniture:
    lines: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for row in _data_lines("page_furniture.tsv"):
        text, match, what = (row + ["", ""])[:3]
        key = label_key(text)
        if not key:
            continue
        if match == "prefix":
            prefixes.append((key, what))
        lines[key] = what
    prefixes.sort(key=lambda p: -len(p[0]))
    return Furniture(lines, tuple(prefixes))


@lru_cache(maxsize=1)
def load_credits() -> tuple[frozenset[str], tuple[str, ...]]:
    """(agency keys, lead-word keys) of photo credits."""
    agencies: set[str] = set()
    leads: list[str] = []
    for row in _data_lines("photo_credits.tsv"):
        text, kind = (row + [""])[:2]
        if kind == "lead":
            leads.append(label_key(text))
        else:
            agencies.add(_compact(text))
    return frozenset(agencies), tuple(leads)


def _compact(text: str) -> str:
    return regex.sub(r"[\s.\p{P}]+", "", normalize(text)).lower()


def furniture_kind(line: str) -> str | None:
    """What kind of page furniture ``line`` is (share, print, date, ...), or None."""
    if len(line) > 400:
        return None
    key = label_key(line)
    if not key:
        return "symbols" if line.strip() else None
    furniture = load_furniture()
    what = furniture.lines.get(key)
    if what:
        return what
    if key.count(" ") < PREFIX_MAX_WORDS:
        for prefix, what in furniture.prefixes:
            if key.startswith(prefix) and (len(key) == len(prefix) or not key[len(prefix)].isalnum()):
                # "نشر في" opens sentences too; as a date label it is followed by a date.
                if what == "date" and not any(c.isdigit() for c in key):
                    continue
                return what
    # Two or three Latin characters alone on a line ("TT", "AA", "A+"): a page control.
    if len(line.strip()) <= 3 and not _ARABIC_LETTER.search(line):
        return "control"
    return None


def is_separator(line: str) -> bool:
    """A rule line (----, ****, ====, ــــ) that a dump puts between articles."""
    return bool(_SEPARATOR.match(line)) and not _HAS_LETTER.search(line) and not any(c.isdigit() for c in line)


def bare_url(line: str) -> str | None:
    m = _URL.match(line.strip())
    return m.group(1) if m else None


def photo_credit(line: str) -> str | None:
    """The credit in parentheses that ends a caption (``أ.ف.ب``), or None."""
    m = _CREDIT.search(line)
    if not m:
        return None
    inner = m.group(1).strip()
    agencies, leads = load_credits()
    if _compact(inner) in agencies or _ABBREVIATION.match(inner.replace(" ", "")):
        return inner
    key = label_key(inner)
    for lead in leads:
        # "(تصوير: فلان)" is a credit; a bare "(صورة)" after a headline is not.
        if key.startswith(lead) and len(key) > len(lead) + 1 and not key[len(lead)].isalnum():
            return inner
    return None
