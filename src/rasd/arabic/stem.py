"""A light stemmer for search and features (after Larkey's light10, with guards).

``light_stem`` strips clitic prefixes (guarded by the protected lexicon, as
:func:`rasd.arabic.clitics.split_clitics` does), an attached pronoun, then one
inflectional ending, and returns the normalized stem. It does not look for roots:
``انفجار``, ``الانفجار`` and ``انفجارات`` share a stem; ``تفجير`` does not.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.arabic.clitics import prefix_length, skeleton, suffix_length
from rasd.arabic.lexdata import read_tsv
from rasd.arabic.memo import word_memo
from rasd.arabic.normalize import normalize_token


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    return tuple(sorted((r[0] for r in read_tsv("stem_suffixes.tsv")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _protected() -> frozenset[str]:
    """Normalized words (stem_protected.tsv) whose final letters are part of the word, not an ending."""
    return frozenset(normalize_token(skeleton(r[0])[0]) for r in read_tsv("stem_protected.tsv"))


def _strip_ending(stem: str) -> str:
    for ending in _endings():
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            return stem[: -len(ending)]
    return stem


@word_memo(65536)
def light_stem(token: str) -> str:
    """Normalized light stem of one token (words of under three letters come back normalized)."""
    sk, _ = skeleton(token)
    if len(sk) < 3:
        return normalize_token(sk)
    p = prefix_length(sk, None)
    stem = sk[p:]
    if normalize_token(stem) in _protected():  # لبنان is not لبن + ان
        return normalize_token(stem)
    s = suffix_length(stem, sk[:p].endswith(("ال", "لل")), None)
    if s:
        stem = stem[:-s]
        if stem.endswith("ت") and len(stem) >= 4:
            stem = stem[:-1] + "ة"  # وزارتهم -> وزارة, so it meets وزارة below
    return normalize_token(_strip_ending(stem))
