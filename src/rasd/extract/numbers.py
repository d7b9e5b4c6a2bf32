"""Quantities: numbers in digits or words with what they count and how exact they are.

For each number (:func:`rasd.arabic.numbers.parse_number`) the stage decides whether
it is a quantity (not a year, a day of a date, a clock time, a designation like
``القرار 2254`` or ``إف 16``, a plain ordinal), then widens its span to what news
annotation keeps with it: an approximator before it (``نحو``, ``أكثر من``), the
counted noun after it (``6 أشخاص``, ``24 جريحا``, ``5 ملايين دولار``), ``في المائة``,
"others" (``تسعة آخرين``), and a partitive (``12 من رجال الأمن``). Duals of count nouns
(``قتيلان``, ``شخصين``) are quantities of two; ``عشرات``/``مئات`` are vague.

Runs after the times stage and leaves alone numbers inside its date and clock
expressions; a number that counts time units (``قبل عشرة أيام``, ``30 عاما``) stays.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING

import regex

from rasd.arabic.lexdata import read_tsv
from rasd.arabic.memo import MEMO_LIMIT, word_memo
from rasd.arabic.normalize import normalize
from rasd.arabic.ntokens import NormalizedText, SentenceWords
from rasd.arabic.numbers import ParsedNumber, lookup_number_word, parse_digits, parse_number
from rasd.model import Quantity, Span, TimeExpr

if TYPE_CHECKING:
    from rasd.pipeline import Doc

_LETTER = regex.compile(r"^\p{L}")
_LATIN = regex.compile(r"^[A-Za-z]")
TIME_UNITS = frozenset(("years", "months", "weeks", "days", "hours", "minutes", "decades"))
# Units counted in whole items: "12.500 جندي" is twelve thousand five hundred (news writes
# thousands with a dot as well as a comma), while money and measures keep decimals (7.500 دينار).
WHOLE_UNITS = frozenset(("people", "places", "vehicles", "buildings", "missiles", "attacks", "groups",
                         "explosions", "strikes", "operations", "times"))
_DOT_THOUSANDS = regex.compile(r"^\d{1,3}\.\d{3}$")


@lru_cache(maxsize=1)
def _units() -> dict[tuple[str, ...], str]:
    return {tuple(normalize(r[0]).split()): r[1] for r in read_tsv("number_units.tsv")}


@lru_cache(maxsize=1)
def _approx() -> dict[tuple[str, ...], tuple[str, str, bool]]:
    """phrase → (position, approx, in_span)."""
    return {tuple(normalize(r[0]).split()): (r[1], r[2], r[4] == "1") for r in read_tsv("number_approx.tsv")}


@lru_cache(maxsize=1)
def _duals() -> dict[str, str]:
    """Dual form → unit: قتيلان, قتيلين, غارتين ..."""
    out: dict[str, str] = {}
    for singular, unit in read_tsv("number_duals.tsv"):
        stem = normalize(singular)
        if stem.endswith("ه"):  # ta marbuta (normalized ه) becomes ت before the dual ending
            stem = stem[:-1] + "ت"
        for ending in ("ان", "ين"):
            out[stem + ending] = unit
    return out


@lru_cache(maxsize=1)
def _word_sets() -> dict[str, frozenset[str]]:
    def col(name: str) -> frozenset[str]:
        return frozenset(normalize(r[0]) for r in read_tsv(name))

    return {"designators": col("number_designators.tsv"), "others": col("number_others.tsv"),
            "adverbs": col("number_adverbs.tsv")}


def _phrase_at(words: list[str], k: int, table: dict[tuple[str, ...], object]) -> tuple[int, object] | None:
    for length in (4, 3, 2, 1):
        key = tuple(words[k:k + length])
        if len(key) == length and key in table:
            return k + length, table[key]
    return None


def _strip_conj(word: str) -> tuple[str, str]:
    """وبحوالي → ("و", "بحوالي"): a leading conjunction, if what follows is a longer word."""
    if len(word) > 2 and word[0] in "وف":
        return word[0], word[1:]
    return "", word


class _Sentence:
    def __init__(self, sent: SentenceWords, nt: NormalizedText, blocked: list[tuple[int, int]]):
        self.s = sent
        self.w = sent.words
        self.nt = nt
        self.blocked = blocked

    def original(self, first: int, last: int, skip: int = 0) -> tuple[int, int]:
        return self.nt.original(self.s.spans[first][0] + skip, self.s.spans[last - 1][1])

    def in_time(self, first: int, last: int) -> bool:
        a, b = self.original(first, last)
        return any(a < e and s < b for s, e in self.blocked)


def _unit_after(words: list[str], k: int) -> tuple[int, str | None] | None:
    """The counted noun (or في المائة) at ``k``: (end, unit)."""
    hit = _phrase_at(words, k, _units())  # type: ignore[arg-type]
    if hit:
        return hit[0], str(hit[1])
    conj, rest = _strip_conj(words[k]) if k < len(words) else ("", "")
    if rest and rest != words[k] and (rest,) in _units() and _units()[(rest,)] == "percent":
        return k + 1, "percent"  # بالمائة
    return None


def _partitive(words: list[str], k: int) -> int | None:
    """``من`` + the group counted: من الناشطين | من رجال الأمن | من منسوبي القوات الخاصة. The end index."""
    if k + 1 >= len(words) or words[k] != "من":
        return None
    first = words[k + 1]
    if not _LETTER.match(first) or first in ("اصل", "بين", "اجل", "قبل", "بعد", "خلال", "جهه", "دون"):
        return None
    if first.startswith("ال"):
        return k + 2
    if first in _word_sets()["others"]:
        return None
    # an indefinite noun in construct: the definite words after it belong to it
    j = k + 2
    while j < len(words) and words[j].startswith("ال") and len(words[j]) > 2:
        j += 1
    return j if j > k + 2 else None


def _quantity(sent: _Sentence, i: int) -> tuple[Quantity | None, int] | None:
    """The quantity that starts at word ``i`` and the index after it; (None, end) for a number
    that is not a quantity (its words are skipped whole: الرابع عشر is not "عشر")."""
    words = sent.w
    parsed = parse_number(words, i)
    if parsed is None:
        return _dual(sent, i)
    first, last = parsed.first, parsed.last
    if not _is_quantity(sent, parsed):
        return None, last
    # clitics before the number stay out of the quantity, except the article: لثلاثة → ثلاثة, الثلاثة
    skip = len(parsed.prefix) - (2 if parsed.prefix.endswith("ال") else 1 if parsed.prefix.endswith("لل") else 0)
    value_max = parsed.value_max
    approx: str | None = "vague" if parsed.kind in ("vague", "few") else None
    unit: str | None = None
    start_tok = first
    # الـ34: the article glued to digits is part of the quantity
    if parsed.kind == "digits" and first > 0 and words[first - 1] in ("ال", "لل", "بال") and sent.s.glued[first]:
        start_tok = first - 1
    # an approximator before the number
    before = _approx_before(words, start_tok)
    if before:
        b_start, kind, in_span = before
        approx = kind
        if in_span:
            start_tok, skip = b_start, len(_strip_conj(words[b_start])[0])
    # a definite cardinal after a definite noun: الاعتداءات الثلاثة
    if parsed.definite and parsed.kind == "cardinal" and first > 0 and words[first - 1].startswith("ال") and \
            len(words[first - 1]) > 3 and _LETTER.match(words[first - 1]):
        start_tok, skip = first - 1, len(_strip_conj(words[first - 1])[0])
        unit = _units().get((words[first - 1],))
    end = last
    if parsed.kind != "ordinal" and not (parsed.definite and parsed.kind == "cardinal"):
        u = _unit_after(words, end) if end < len(words) else None
        if u:
            end, unit = u
        elif end < len(words) and words[end] in _word_sets()["others"]:
            end += 1
        elif end < len(words) and (p := _partitive(words, end)) is not None:
            unit = _units().get((words[end + 1],))
            end = p
        elif end < len(words) and (_accusative_noun(words[end], parsed) or _plural_noun(words[end], parsed)):
            end += 1
        elif end < len(words) and parsed.kind == "vague" and words[end].startswith("ال") and \
                (words[end][2:],) in _units():
            unit = _units()[(words[end][2:],)]  # مئات المدنيين, عشرات القتلى
            end += 1
    # an approximator after the counted noun: "15 شخصا على الأقل"
    after = _phrase_at(words, end, _approx())  # type: ignore[arg-type]
    if after and after[1][0] == "after" and approx is None:  # type: ignore[index]
        approx = after[1][1]  # type: ignore[index]
    value = parsed.value
    counted_whole = unit in WHOLE_UNITS or (end > last and words[last] == "من" and unit is None)
    if parsed.kind == "digits" and last == first + 1 and counted_whole and _DOT_THOUSANDS.match(words[first]):
        value = int(words[first].replace(".", ""))  # 12.500 جندي, 3.200 من المقاتلين: no half soldiers
    a, b = sent.original(start_tok, end, skip)
    text = sent.nt.text
    return Quantity(Span(a, b, text[a:b]), value, unit=unit, approx=approx, value_max=value_max), end


def _approx_before(words: list[str], k: int) -> tuple[int, str, bool] | None:
    """An approximator that ends right before ``words[k]``: (its first index, approx, in_span)."""
    for length in (3, 2, 1):
        s = k - length
        if s < 0:
            continue
        key = list(words[s:k])
        conj, key[0] = _strip_conj(key[0]) if (tuple(key) not in _approx()) else ("", key[0])
        entry = _approx().get(tuple(key))
        if entry and entry[0] == "before":
            return s, entry[1], entry[2]
    return None


def _accusative_noun(word: str, parsed: ParsedNumber) -> bool:
    """After 11-99 the counted noun is a singular in -ا (عنصرا, مقاتلا): take it even when unlisted."""
    if not (parsed.kind in ("digits", "cardinal") and 11 <= parsed.value <= 99 and float(parsed.value).is_integer()):
        return False
    return len(word) >= 4 and word.endswith("ا") and not word.startswith("ال") and \
        word not in _word_sets()["adverbs"] and _LETTER.match(word) is not None


def _plural_noun(word: str, parsed: ParsedNumber) -> bool:
    """After 3-10 the counted noun is a plural; a sound feminine plural (دورات, كدمات) is easy to see."""
    if not (parsed.kind in ("digits", "cardinal", "few") and 3 <= parsed.value <= 10):
        return False
    return len(word) >= 5 and word.endswith("ات") and not word.startswith("ال") and _LETTER.match(word) is not None


def _is_quantity(sent: _Sentence, parsed: ParsedNumber) -> bool:
    words = sent.w
    first, last = parsed.first, parsed.last
    nxt = words[last] if last < len(words) else ""
    prev = words[first - 1] if first > 0 else ""
    if parsed.kind == "digits":
        token = words[first]
        if ":" in token or "/" in token or len(token.replace(",", "").replace(".", "")) > 12:
            return False
        if prev in _word_sets()["designators"] or (prev == "-" and first > 1 and _LATIN.match(words[first - 2])):
            return False
        if _LATIN.match(prev) or _LATIN.match(nxt):
            return False
        value = parsed.value
        if last == first + 1 and isinstance(value, int) and 1900 <= value <= 2100 and token.isdecimal() and \
                _unit_after(words, last) is None and _approx_before(words, first) is None:
            return False  # a year the times stage did not date (حرب 1973, الشتوية 2018), not a count
    elif parsed.kind == "ordinal":
        # an ordinal is a rank (الفرع الرابع عشر), not a count; but "في الثامنة والخمسين من العمر" is an age
        if not (nxt == "من" and last + 1 < len(words) and words[last + 1] in ("العمر", "عمره", "عمرها")):
            return False
    elif parsed.kind == "fraction":
        return False
    elif parsed.kind == "cardinal" and parsed.value == 1:
        return False  # واحد: "one of", rarely a count worth reporting
    elif parsed.kind == "cardinal" and parsed.value == 2 and parsed.prefix.endswith("ال"):
        return False  # الاثنين: Monday far more often than "the two"
    if prev in _word_sets()["designators"] and parsed.kind != "vague":
        return False
    if sent.in_time(first, last):
        # inside a date or clock time; a count of time units (قبل عشرة أيام) is still a quantity
        u = _unit_after(words, last) if last < len(words) else None
        return bool(u and u[1] in TIME_UNITS)
    return True


_NOT_DUAL: tuple[str, str | None] = ("", None)


@word_memo(65536)
def _dual_unit(word: str) -> tuple[str, str | None]:
    """(clitics, unit) of a dual noun (لهجومين: the clitics stay out); unit None if not one."""
    duals = _duals()
    unit = duals.get(word)
    conj = ""
    for prefix in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"):
        if unit is None and word.startswith(prefix) and word[len(prefix):] in duals:
            conj = prefix
            unit = duals[word[len(prefix):]]
    return (conj, unit) if unit is not None else _NOT_DUAL  # most words: one shared answer


def _dual(sent: _Sentence, i: int) -> tuple[Quantity, int] | None:
    conj, unit = _dual_unit(sent.w[i])
    if unit is None or sent.in_time(i, i + 1):
        return None
    a, b = sent.original(i, i + 1, len(conj))
    return Quantity(Span(a, b, sent.nt.text[a:b]), 2, unit=unit), i + 1


@word_memo(MEMO_LIMIT)
def may_start_quantity(word: str) -> bool:
    """Whether a normalized word can start a quantity: a number (digits or a number word, maybe
    with clitics) or a dual count noun. :func:`_quantity` finds nothing at any other word, so the
    stage skips them on a memo read (most words of news are no number)."""
    # (digits start with a digit: the other words stay out of parse_digits' memo)
    return ((word[:1].isdecimal() and parse_digits(word) is not None) or lookup_number_word(word) is not None
            or _dual_unit(word)[1] is not None)


def find_quantities(text: str, times: list[TimeExpr] | None = None,
                    sentence_spans: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities of ``text``, leaving out numbers that belong to the given time expressions."""
    nt = NormalizedText.of(text, sentence_spans)
    blocked = [(t.span.start, t.span.end) for t in (times or []) if t.type in ("DATE", "TIME", "SET")]
    out: list[Quantity] = []
    for s in nt.sentences:
        words = s.words
        sent: _Sentence | None = None
        i = 0  # the first word not yet read (a quantity skips its words)
        # memo reads over the sentence at C speed: only the words that may start a number are visited
        for at in compress(range(len(words)), map(may_start_quantity, words)):
            if at < i:
                continue
            i = at
            if sent is None:
                sent = _Sentence(s, nt, blocked)
            found = _quantity(sent, i)
            if found is None:
                continue
            q, end = found
            if q is not None:
                out.append(q)
            i = max(end, i + 1)
    return out


def extract_numbers(doc: Doc) -> None:
    """Pipeline stage: append :class:`Quantity` items to ``doc.analysis.quantities``."""
    doc.analysis.quantities.extend(find_quantities(doc.text, doc.analysis.times, doc.sentences or None))
