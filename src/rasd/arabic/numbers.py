"""Numbers written in digits or words, cardinal or ordinal, in every gender and case.

Works on *normalized* tokens (:func:`rasd.arabic.normalize.normalize`), so ``ثلاثة``,
``ثلاثه`` and ``ثلاثةِ`` are one word and Arabic-Indic digits are already Western.
``parse_number(["الثامنه", "والخمسين"], 0)`` reads 58; ``parse_number(["5", "ملايين"], 0)``
reads 5,000,000. The word list is ``number_words.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from rasd.arabic.lexdata import read_tsv
from rasd.arabic.memo import word_memo
from rasd.arabic.normalize import normalize

DIGITS_RE = regex.compile(r"^\d+(?:[.,]\d+)*$")
MAX_NUMBER_CHARS = 24  # 999,999,999,999,999 and a little: no count in the news is longer
# Clitics a number word may carry, longest first. و/ف are conjunctions (outside the
# quantity), the others belong to the phrase (لثلاثة عقود, الثامنة).
NUMBER_PREFIXES = ("وبال", "وال", "فال", "بال", "لل", "ولل", "كال", "ال", "وب", "ول", "و", "ف", "ب", "ل", "ك")
CONJUNCTIONS = ("و", "ف")
_PREFIX_LENGTHS = tuple(sorted({len(p) for p in NUMBER_PREFIXES}))


@dataclass(frozen=True, slots=True)
class NumberWord:
    value: float
    kind: str  # unit compound tens hundred multiplier dual plural_multiplier vague few ordinal fraction


@dataclass(slots=True)
class ParsedNumber:
    value: float | int
    first: int  # index of the first token
    last: int  # index after the last token
    kind: str  # digits cardinal ordinal vague few fraction
    prefix: str = ""  # clitics on the first token (normalized), e.g. "ال", "ل", "و"
    value_max: float | int | None = None  # upper end of a vague quantity

    @property
    def definite(self) -> bool:
        return self.prefix.endswith(("ال", "لل"))

    @property
    def conjunction(self) -> str:
        """The leading و/ف of the first token, which is not part of the quantity."""
        return self.prefix[:1] if self.prefix[:1] in CONJUNCTIONS else ""


@lru_cache(maxsize=1)
def number_words() -> dict[str, NumberWord]:
    out: dict[str, NumberWord] = {}
    for row in read_tsv("number_words.tsv"):
        out.setdefault(normalize(row[0]), NumberWord(float(row[1]), row[2]))
    return out


@lru_cache(maxsize=1)
def ordinal_words() -> frozenset[str]:
    """Normalized ordinals without the article (ثانيه، حاديه، اول): the ordinal rows of number_words.tsv."""
    return frozenset(w for w, entry in number_words().items() if entry.kind == "ordinal")


@word_memo(65536)
def lookup_number_word(word: str) -> tuple[str, NumberWord] | None:
    """``(prefix, entry)`` for a normalized word that is a number word, maybe with clitics."""
    lex = number_words()
    entry = lex.get(word)
    if entry is not None:
        return "", entry
    # what follows a prefix is a number word: most words end in none, and need no prefix tried
    if not any(word[k:] in lex for k in _PREFIX_LENGTHS):
        return None
    for prefix in NUMBER_PREFIXES:
        if word.startswith(prefix):
            rest = word[len(prefix):]
            if len(rest) >= 3 and rest in lex:
                return prefix, lex[rest]
    return None


@word_memo(65536)  # asked of every word by the numbers stage; words repeat, most are no number
def parse_digits(token: str) -> float | int | None:
    """``"1,592"`` → 1592, ``"3.5"`` → 3.5, ``"2,5"`` → 2.5; None when not a number."""
    if len(token) > MAX_NUMBER_CHARS or not DIGITS_RE.match(token):
        return None  # a longer run of digits is an id or noise, and float() of it overflows
    parts = regex.split(r"[.,]", token)
    if len(parts) == 1:
        return int(token)
    seps = regex.findall(r"[.,]", token)
    # Groups of exactly three digits after the first separator: thousands.
    if all(len(p) == 3 for p in parts[1:]) and (len(parts) > 2 or seps[0] == ","):
        return int("".join(parts))
    if len(parts) == 2:
        return float(f"{parts[0]}.{parts[1]}")
    return None


def _int(value: float) -> float | int:
    value = round(value, 6)  # 68.18 * 1e9 must read 68180000000, not ...00001
    return int(value) if float(value).is_integer() else value


def _apply_multipliers(words: Sequence[str], j: int, value: float) -> tuple[float, int]:
    """Multiply by a following ألف/آلاف/مليون/ملايين ... (no conjunction in between)."""
    lex = number_words()
    while j < len(words):
        entry = lex.get(words[j])
        if entry is None or entry.kind not in ("multiplier", "plural_multiplier"):
            break
        value *= entry.value
        j += 1
    return value, j


def parse_number(words: Sequence[str], i: int) -> ParsedNumber | None:
    """Read the number that starts at ``words[i]`` (normalized tokens), or None."""
    if not 0 <= i < len(words):
        return None
    word = words[i]
    digits = parse_digits(word)
    if digits is not None:
        value, j = _apply_multipliers(words, i + 1, float(digits))
        return ParsedNumber(_int(value), i, j, "digits")
    found = lookup_number_word(word)
    if found is None:
        return None
    prefix, entry = found
    kind = entry.kind
    if kind == "compound":
        return _teen(words, i, prefix, entry, ordinal=False)
    if kind in ("vague", "plural_multiplier"):
        j = i + 1
        value = entry.value
        # عشرات الآلاف, مئات الملايين: the multiplier comes definite after a vague plural
        if j < len(words) and words[j].startswith("ال"):
            mult = number_words().get(words[j][2:])
            if mult is not None and mult.kind == "plural_multiplier":
                value *= mult.value
                j += 1
        value, j = _apply_multipliers(words, j, value)
        return ParsedNumber(_int(value), i, j, "vague", prefix, _int(value * 9 + (value if value >= 10 else 0)))
    if kind == "few":
        return ParsedNumber(3, i, i + 1, "few", prefix, 9)
    if kind == "fraction":
        value, j = _apply_multipliers(words, i + 1, entry.value)  # نصف مليون = 500000
        return ParsedNumber(_int(value), i, j, "fraction" if j == i + 1 else "cardinal", prefix)
    ordinal = kind == "ordinal"
    group = entry.value
    place = entry.value  # magnitude of the last term added: later terms must be smaller
    j = i + 1
    last_unit = kind in ("unit", "ordinal") and entry.value < 10
    lex = number_words()
    if kind in ("multiplier", "dual"):  # ألف, ألفين, مليون: may be followed by "و" + smaller terms
        last_unit = False
    # teens: ثلاثة عشر, الخامسة عشرة, الحادي عشر
    if last_unit and j < len(words) and lex.get(words[j], NumberWord(0, "")).value == 10 and \
            lex[words[j]].kind == "unit" and not words[j].startswith("و"):
        group += 10
        place = 10
        last_unit = False
        j += 1
    # two-word hundreds: ثلاث مائة
    if kind == "unit" and 3 <= entry.value <= 9 and j == i + 1 and j < len(words):
        nxt = lex.get(words[j])
        if nxt is not None and nxt.kind == "hundred" and nxt.value == 100:
            group = entry.value * 100
            place = 100
            last_unit = False
            j += 1
    total = 0.0
    if not ordinal:
        group, j = _apply_multipliers(words, j, group)
        if group >= 1000:
            total, group, place, last_unit = group, 0.0, 1000, False
    while j < len(words):
        w = words[j]
        if not w.startswith("و") or len(w) < 4:
            break
        found = lookup_number_word(w)
        if found is None or not found[0].startswith("و"):
            break
        nxt = found[1]
        if nxt.kind == "tens" and last_unit:
            ok = True
        elif nxt.kind in ("unit", "tens", "hundred") and nxt.value < place and not last_unit:
            ok = nxt.kind != "unit" or nxt.value >= 1
        elif ordinal and nxt.kind == "tens" and place < 10:
            ok = True
        else:
            ok = False
        if not ok:
            break
        j += 1
        value = nxt.value
        if nxt.kind == "unit" and nxt.value < 10 and j < len(words) and words[j] in ("عشر", "عشره"):
            value += 10
            j += 1
        if not ordinal and j < len(words) and lex.get(words[j], NumberWord(0, "")).kind in (
                "multiplier", "plural_multiplier"):
            group, j = _apply_multipliers(words, j, group + value)
            total += group
            group, place, last_unit = 0.0, 1000, False
            continue
        group += value
        place = min(place, 10 if nxt.kind == "tens" else value)
        last_unit = nxt.kind == "unit" and nxt.value < 10
    return ParsedNumber(_int(total + group), i, j, "ordinal" if ordinal else "cardinal", prefix)


def _teen(words: Sequence[str], i: int, prefix: str, entry: NumberWord, ordinal: bool) -> ParsedNumber | None:
    """أحد عشر, اثنا عشر, إحدى عشرة: the compound forms only stand before عشر/عشرة."""
    if i + 1 < len(words) and words[i + 1] in ("عشر", "عشره"):
        value, j = (entry.value + 10, i + 2)
        if not ordinal:
            value, j = _apply_multipliers(words, j, value)
        return ParsedNumber(_int(value), i, j, "ordinal" if ordinal else "cardinal", prefix)
    return None
