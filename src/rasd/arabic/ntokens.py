"""Normalized words of each sentence, with their offsets in the original text.

Extractors that match word lists (times, numbers) read the normalized form of a
sentence word by word and report spans of the original. This computes, once per
text, the normalization map and the per-sentence word lists.
"""

from __future__ import annotations

import bisect
from sys import intern

import regex

from rasd.arabic.normalize import normalize_with_map
from rasd.arabic.tokens import sentences as split_sentences

# Words (letters and marks), numbers with their separators (10:30, 1,592, 15/8/2022), any other sign.
NORM_WORD_RE = regex.compile(r"[\p{L}\p{M}]+|\d+(?:[.,:/]\d+)*|\S")
_TRAILING = regex.compile(r"[\p{M}\u0640]")
_span = regex.Match.span  # mapped over the matches: no Python-level call per word


class SentenceWords:
    """The normalized words of one sentence. Their offsets (``spans``) and whether each touches
    the word before (``glued``) are found when first read: only the sentences where a time or a
    number starts need them, and most words are never asked."""

    __slots__ = ("index", "words", "_norm", "_start", "_end", "_spans", "_glued")

    def __init__(self, index: int, words: list[str], norm: str, start: int, end: int):
        self.index = index  # sentence number
        self.words = words  # normalized words
        self._norm, self._start, self._end = norm, start, end  # the sentence in the normalized text
        self._spans: list[tuple[int, int]] | None = None
        self._glued: list[bool] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Offsets of each word in the normalized text."""
        if self._spans is None:
            self._spans = list(map(_span, NORM_WORD_RE.finditer(self._norm, self._start, self._end)))
        return self._spans

    @property
    def glued(self) -> list[bool]:
        """True when the word touches the previous one (no space): الـ34, و30."""
        if self._glued is None:
            spans = self.spans
            self._glued = [k > 0 and spans[k - 1][1] == a for k, (a, _b) in enumerate(spans)]
        return self._glued


class NormalizedText:
    """The normalized text, its offset map back to the original, and its sentences' words."""

    def __init__(self, text: str, sentence_spans: list[tuple[int, int]] | None = None):
        self.text = text
        self.norm, self.offsets = normalize_with_map(text)
        spans = sentence_spans if sentence_spans is not None else split_sentences(text)
        norm, offsets = self.norm, self.offsets
        self.sentences: list[SentenceWords] = []
        for sno, (s0, s1) in enumerate(spans):
            # the first normalized index at or after each original offset
            a, b = bisect.bisect_left(offsets, s0), bisect.bisect_left(offsets, s1)
            words = list(map(intern, NORM_WORD_RE.findall(norm, a, b)))  # one string per word across memos
            self.sentences.append(SentenceWords(sno, words, norm, a, b))

    @classmethod
    def of(cls, text: str, sentence_spans: list[tuple[int, int]] | None = None) -> NormalizedText:
        """The same as the constructor, but reuses the last result for the same text and sentences:
        the times and numbers stages read one article one after the other."""
        global _last
        key = (text, tuple(sentence_spans) if sentence_spans is not None else None)
        if _last is not None and _last[0] == key:
            return _last[1]
        nt = cls(text, sentence_spans)
        _last = (key, nt)
        return nt

    def original(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of normalized ``[norm_start, norm_end)``, with the last word's
        trailing diacritics and tatweel (dropped by normalization) kept: أمسِ, هـ."""
        end = self.offsets[norm_end - 1] + 1
        text = self.text
        while end < len(text) and _TRAILING.match(text, end):
            end += 1
        return self.offsets[norm_start], end


_last: tuple[tuple[str, tuple[tuple[int, int], ...] | None], NormalizedText] | None = None

