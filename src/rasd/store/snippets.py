"""Highlighted snippets, computed on the original text (never on the index terms).

The database says which articles match; here we find where: tokens of the
original text whose analyzed term is a query term are wrapped in ``<mark>``.
Everything else is HTML-escaped, so a snippet is safe to insert as HTML.

Search latency is dominated by this step, so the scan stops at the first window
that holds every query term (the usual case), and the title, which the hit shows
anyway, is skipped.
"""

from __future__ import annotations

import html
from collections import deque

from rasd.arabic.tokens import TOKEN_RE
from rasd.store.analyzer import analyze_token

WINDOW_TOKENS = 30  # about one sentence of news prose
CONTEXT_BEFORE = 6  # tokens shown before the first match
LEAD_CHARS = 220  # shown when nothing in the body matched


def _lead(text: str, start: int) -> str:
    body = text[start:start + LEAD_CHARS]
    more = len(text) - start > LEAD_CHARS
    return html.escape(body).replace("\n", " ") + ("…" if more else "")


def make_snippet(text: str, terms: set[str], start: int = 0) -> str:
    """An HTML snippet of ``text[start:]`` around the first run of tokens that covers ``terms``."""
    tokens: list[tuple[int, int, str]] = []  # every token seen (term '' when it has none)
    recent: deque[tuple[int, str]] = deque()  # (token index, term) of matches in the current window
    best: tuple[int, int] | None = None  # (distinct terms, index of first match)
    stop_at: int | None = None
    for m in TOKEN_RE.finditer(text, start):
        i = len(tokens)
        term = analyze_token(m.group())
        tokens.append((m.start(), m.end(), term))
        if stop_at is not None:
            if i >= stop_at:
                break
            continue
        if term not in terms:
            continue
        recent.append((i, term))
        while recent[0][0] <= i - WINDOW_TOKENS:
            recent.popleft()
        distinct = len({t for _, t in recent})
        if best is None or distinct > best[0]:
            best = (distinct, recent[0][0])
            if distinct == len(terms):  # cannot do better: read to the end of this window and stop
                stop_at = max(0, best[1] - CONTEXT_BEFORE) + WINDOW_TOKENS
    if best is None:
        return _lead(text, start)
    first = max(0, best[1] - CONTEXT_BEFORE)
    window = tokens[first:first + WINDOW_TOKENS]
    char_start, char_end = window[0][0], window[-1][1]
    parts: list[str] = ["…"] if char_start > start else []
    pos = char_start
    for s, e, term in window:
        if term in terms:
            parts.append(html.escape(text[pos:s]))
            parts.append(f"<mark>{html.escape(text[s:e])}</mark>")
            pos = e
    parts.append(html.escape(text[pos:char_end]))
    if text[char_end:].strip():
        parts.append("…")
    return "".join(parts).replace("\n", " ")
