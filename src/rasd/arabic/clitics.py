"""Clitic splitting: و ف ب ل ك ال س in front, attached pronouns behind.

``split_clitics("وبالمدينة") == ("وبال", "مدينة", "")``. Splitting is guarded: a
word in the protected lexicon (``clitic_protected.tsv``: وزير, بيان, لبنان, ...)
or any of its common inflections keeps its first and last letters, and each
prefix leaves a stem of a minimum length (``clitic_prefixes.tsv``). The three
parts are substrings of the token, so ``"".join(parts) == token`` and offsets stay
exact even with diacritics.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.arabic.lexdata import read_tsv

# Matching skeleton: no diacritics or tatweel, alef forms folded, but ة kept apart
# from ه (ه at the end may be a pronoun; ة never is).
_MARKS = {chr(c): None for c in range(0x064B, 0x0660)}
_MARKS.update({"\u0670": None, "\u0640": None})
_FOLD = str.maketrans({**_MARKS, "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})

# Endings tried when checking whether a token is an inflected protected word.
_INFLECTIONS = ("", "ة", "ت", "ه", "ا", "ان", "ين", "ون", "ات", "وا", "ي", "ية", "يه", "تا", "تان", "تين",
                "يون", "يين", "هم", "ها", "نا", "تم", "ن")


def skeleton(token: str) -> tuple[str, list[int]]:
    """The folded token and, for each of its characters, the index in ``token``."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(token):
        folded = ch.translate(_FOLD)
        if folded:
            chars.append(folded)
            index.append(i)
    return "".join(chars), index


@lru_cache(maxsize=1)
def _prefixes() -> tuple[tuple[str, int, str], ...]:
    rows = [(r[0], int(r[1]), r[2] if len(r) > 2 else "") for r in read_tsv("clitic_prefixes.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _suffixes() -> tuple[tuple[str, int], ...]:
    rows = [(r[0], int(r[1])) for r in read_tsv("clitic_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def protected_words() -> frozenset[str]:
    return frozenset(skeleton(r[0])[0] for r in read_tsv("clitic_protected.tsv"))


def is_protected(word: str, extra: frozenset[str] | set[str] | None = None) -> bool:
    """Is ``word`` (a skeleton) a protected word or one of its common inflections?"""
    words = protected_words()
    for ending in _INFLECTIONS:
        if ending and not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)] if ending else word
        if len(base) < 2:
            continue
        candidates = [base]
        if ending:  # وزارات/وزارته -> وزارة
            candidates.append(base + "ة")
            if base.endswith("ت"):
                candidates.append(base[:-1] + "ة")
        for cand in candidates:
            if cand in words or (extra and cand in extra):
                return True
    return False


def prefix_length(sk: str, extra: frozenset[str] | set[str] | None) -> int:
    if is_protected(sk, extra):
        return 0
    prefixes = _prefixes()
    known = {p for p, _m, _n in prefixes}
    for prefix, min_stem, needs_next in prefixes:
        if not sk.startswith(prefix):
            continue
        rest = sk[len(prefix):]
        if len(rest) < min_stem or (needs_next and rest[0] not in needs_next):
            continue
        # A protected word behind a shorter prefix wins: "وبيان" is و + بيان, not و+ب+يان.
        for shorter in range(len(prefix) - 1, 0, -1):
            if sk[:shorter] in known and is_protected(sk[shorter:], extra):
                return shorter
        return len(prefix)
    return 0


def suffix_length(stem: str, definite: bool, extra: frozenset[str] | set[str] | None) -> int:
    if definite:  # a definite noun takes no pronoun suffix
        return 0
    if stem in protected_words() or (extra and stem in extra):
        return 0  # الله, مياه, متهم, هنا end in pronoun-like letters of their own
    for suffix, min_stem in _suffixes():
        if not stem.endswith(suffix) or len(stem) - len(suffix) < min_stem:
            continue
        if suffix == "ه" and stem[-2] == "ا":
            continue  # اتجاه, انتباه: after alef the ه is a root letter far more often than a pronoun
        return len(suffix)
    return 0


def _split_skeleton(sk: str, extra: frozenset[str] | set[str] | None) -> tuple[int, int]:
    """Lengths (prefix, suffix) of the clitics on a skeleton."""
    p = prefix_length(sk, extra)
    s = suffix_length(sk[p:], sk[:p].endswith(("ال", "لل")), extra)
    return p, s


def split_clitics(token: str, protected: frozenset[str] | set[str] | None = None) -> tuple[str, str, str]:
    """``(prefix, stem, suffix)`` with ``prefix + stem + suffix == token``.

    ``protected`` adds words (skeleton form: no diacritics, alef folded) that must
    survive whole, e.g. the names of a gazetteer.
    """
    sk, index = skeleton(token)
    if len(sk) < 3:
        return "", token, ""
    p, s = _split_skeleton(sk, protected)
    start = index[p] if p < len(index) else len(token)
    end = index[len(sk) - s] if s else len(token)
    if p == 0:
        start = 0
    return token[:start], token[start:end], token[end:]
