"""Normalization for matching, never for display.

``normalize`` folds the variation that Arabic news spelling allows (diacritics,
tatweel, hamza seats on alef, alef maqsura, ta marbuta, Persian/Urdu letters,
Arabic-Indic digits, quotation-mark styles, whitespace) so that two spellings of
one word compare equal. ``normalize_with_map`` also returns, for every character of
the normalized string, its offset in the original, so matches found on normalized
text map back to spans of the original.
"""

from __future__ import annotations

import regex

# One table, applied with str.translate: deletions map to None.
_DIACRITICS = "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a" + "".join(
    chr(c) for c in range(0x064B, 0x0660)
) + "\u0670\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
_INVISIBLE = "\u0640\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c"

_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ە": "ه",
    "ؤ": "و", "ۆ": "و", "ۇ": "و",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‹": '"', "›": '"',
    "،": ",", "؛": ";", "؟": "?", "٪": "%",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
}
for _i in range(10):
    _LETTERS[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _LETTERS[chr(0x06F0 + _i)] = str(_i)  # Eastern (Persian/Urdu)

_TABLE = str.maketrans({**{c: None for c in _DIACRITICS + _INVISIBLE}, **_LETTERS})
_SPACES = regex.compile(r"\s+")
# Every character maps to itself, one character or nothing, so the offset map only has
# to skip the deleted ones (found by one regex scan instead of a loop over characters).
_ONE_TO_ONE = all(v is None or isinstance(v, int) or len(v) == 1 for v in _TABLE.values())
_DELETED_RUNS = regex.compile("[" + "".join(regex.escape(chr(k)) for k, v in _TABLE.items() if v is None) + "]+")


def normalize(text: str) -> str:
    """Fold spelling variation for matching. Collapses whitespace; does not lowercase."""
    return _SPACES.sub(" ", text.translate(_TABLE)).strip()


def normalize_token(token: str) -> str:
    """Normalize one token (no whitespace handling): the fast path for features."""
    return token.translate(_TABLE)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalize without collapsing whitespace and return offsets into ``text``.

    ``offsets[i]`` is the index in ``text`` of normalized character ``i``; one extra
    entry (``len(text)``) closes the last span, so a match ``[a, b)`` on the normalized
    string is ``[offsets[a], offsets[b - 1] + 1)`` in the original.
    """
    if _ONE_TO_ONE:
        n = len(text)
        offsets: list[int] = []
        pos = 0
        for m in _DELETED_RUNS.finditer(text):
            offsets.extend(range(pos, m.start()))
            pos = m.end()
        offsets.extend(range(pos, n + 1))  # n + 1: the closing entry
        return text.translate(_TABLE), offsets
    out: list[str] = []
    offsets = []
    for i, ch in enumerate(text):
        mapped = ch.translate(_TABLE)
        if not mapped:
            continue
        out.append(mapped)
        offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


def span_from_normalized(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a normalized ``[start, end)`` back to original offsets."""
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1


_STRIP_TABLE = str.maketrans({c: None for c in _DIACRITICS + "\u0640"})


def strip_diacritics(text: str) -> str:
    return text.translate(_STRIP_TABLE)
