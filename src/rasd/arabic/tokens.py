"""Tokens and sentences with character offsets into the original text.

Tokens are (start, end) pairs, not objects: the tagger and the extractors walk
millions of them and object churn is the cost that matters.
"""

from __future__ import annotations

from sys import intern
from typing import TYPE_CHECKING

import regex

from rasd.model import Span

if TYPE_CHECKING:
    from rasd.pipeline import Doc

# A word is letters with their combining marks (diacritics, tatweel) — Python's
# plain \w would split قُتل at the damma. Numbers keep decimal/thousand separators.
TOKEN_RE = regex.compile(
    # abbreviations: letters or letter names of at most three letters joined by dots
    # (أ.ف.ب، إيه.بي.سي); a longer word glued to the next by a dot ("الكاميرون.وأصيب",
    # scraped text that lost a space) is two words and a full stop
    r"\p{L}{1,3}(?:\.\p{L}{1,3})+(?![\p{L}\p{M}])"
    r"|[\p{L}\p{M}\u0640]+(?:'[\p{L}\p{M}]+)*"  # words
    r"|\p{N}+(?:[.,٫٬]\p{N}+)*"  # numbers
    r"|\S",  # any other visible character is its own token
)
# Sentence ends: . ! ? ؟ … followed by space, a closing quote, or a line break; and
# every line break (scraped text has one paragraph per line).
# A full stop glued to the next sentence's و/ف (".وأصيب") ends a sentence too.
_SENT_END = regex.compile(r"(?<=[.!?؟…])[»\"”')\]]*\s+|\n+|(?<=\p{L}[\p{L}\p{M}]{2}\.)(?=[وف]\p{L}{2})")
_ABBREV_BEFORE_DOT = regex.compile(r"(?:^|\s)(?:\p{L}|د|م|ق|ص|ه|هـ)\.$")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token offsets of ``text[start:end]`` (offsets are into ``text``)."""
    return [m.span() for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end)]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets, trimmed of surrounding whitespace; never empty spans."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.start()
        if "\n" not in m.group() and _ABBREV_BEFORE_DOT.search(text, max(0, end - 4), end):
            continue  # "أ.ف." or a single-letter initial, not a sentence end
        _push(text, pos, end, out)
        pos = m.end()
    _push(text, pos, len(text), out)
    return out


def _push(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def normalized_tokens(doc: Doc) -> list[str]:
    """``normalize_token`` of every token of the article, computed once per Doc and shared
    by the stages (read it, never change it)."""
    from rasd.arabic.normalize import normalize_token
    from rasd.pipeline import memoized

    text, toks = doc.text, doc.tokens
    # interned: the per-word memos of every stage then share one string per word (sys.intern)
    return memoized(doc, "normalized_tokens", (id(toks), len(toks)),
                    lambda: [intern(normalize_token(text[s:e])) for s, e in toks])


def segment_doc(doc: Doc) -> None:
    """Pipeline stage: tokens and sentences for the whole article."""
    text = doc.text
    doc.tokens = tokenize(text)
    doc.sentences = sentences(text)
    doc.analysis.sentences = [Span(s, e, text[s:e]) for s, e in doc.sentences]
