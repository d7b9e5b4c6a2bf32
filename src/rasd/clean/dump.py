"""Scraped text dumps: split into articles and find each one's structure.

A scraper that saves a page as text keeps the page chrome with the article: the
headline printed again above the body, the font-size button (``TT``), share and
print labels, each photo caption twice. Nothing here knows any outlet's strings;
the signals are repetition and position:

- a headline-like line that comes back a few lines later is a headline, and its
  first occurrence starts an article (the repeats are furniture);
- the stretch where the headline keeps coming back is the article's head: other
  lines repeated there are photo captions, and the line right after the first
  headline, if it is not repeated, is the deck (subtitle);
- a line printed twice in a row, or ending with an agency credit ``(أ.ف.ب)``, is
  a caption (kept once);
- a short line without final punctuation between paragraphs is a section heading;
- a rule line (``-----``) or a clearly wider than usual blank gap before a
  headline-like line also starts an article.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from rasd.arabic import normalize
from rasd.clean.furniture import bare_url, furniture_kind, is_separator, photo_credit
from rasd.model import BlockKind
from rasd.sources.dates import iso_date

HEAD_WINDOW = 6  # a headline repeat further than this many lines away is not page chrome
TITLE_WORDS = (3, 30)
DECK_MAX_WORDS = 45
CAPTION_MAX_WORDS = 60
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100

_CLOSERS = "»\"”’')]}>›"
_TITLE_STOPS = ".:،,;؛"  # a headline may end with ? or ! but not like a sentence or a list
_SENTENCE_STOPS = ".!?؟…:;؛,،"


@dataclass
class Line:
    text: str  # stripped, as printed
    key: str  # normalized, for comparing repeats
    gap: int  # blank lines since the previous kept line
    after_rule: bool = False  # a separator line came before it
    words: int = 0
    notes: dict[str, str] = field(default_factory=dict)  # url/date lines that were dropped before it


@dataclass
class DumpArticle:
    parts: list[tuple[BlockKind, str]]
    url: str | None = None
    published: str | None = None


def split_dump(content: str) -> list[DumpArticle]:
    """The articles in a text dump, each as (kind, text) parts in reading order."""
    lines = read_lines(content)
    if not lines:
        return []
    counts = Counter(line.key for line in lines)
    doubled = {a.key for a, b in zip(lines, lines[1:], strict=False) if a.key == b.key and b.gap == 0}
    starts = article_starts(lines, counts, doubled)
    out = []
    for a, b in zip(starts, starts[1:] + [len(lines)], strict=True):
        article = article_parts(lines[a:b], counts, doubled)
        if any(kind == "paragraph" for kind, _ in article.parts):
            out.append(article)
    return out


def read_lines(content: str) -> list[Line]:
    """Non-empty lines with the blank gap before each; furniture and rules dropped."""
    out: list[Line] = []
    gap = 0
    rule = False
    notes: dict[str, str] = {}
    for raw in content.splitlines():
        text = raw.strip()
        if not text:
            gap += 1
            continue
        if is_separator(text):
            rule = True
            continue
        url = bare_url(text)
        if url:
            notes.setdefault("url", url)
            continue
        kind = furniture_kind(text)
        if kind:
            date = iso_date(text) if kind == "date" else None
            if date:
                notes.setdefault("date", date)
            continue
        key = normalize(text)
        out.append(Line(text, key, gap, rule, key.count(" ") + 1, notes))
        gap, rule, notes = 0, False, {}
    if notes and out:
        for k, v in notes.items():
            out[-1].notes.setdefault(k, v)
    return out


def article_starts(lines: list[Line], counts: Counter[str], doubled: set[str]) -> list[int]:
    starts = {0}
    starts.update(i for i, line in enumerate(lines) if line.after_rule)
    # Repeated headlines: the first occurrence of each starts an article. Lines that
    # first appear inside a headline's repeat cluster belong to that head (captions).
    seen: set[str] = set()
    head_end = -1
    for i, line in enumerate(lines):
        if i > head_end and line.key not in seen and counts[line.key] >= 2 and is_headline(line, doubled):
            starts.add(i)
            head_end = cluster_end(lines, i)
        seen.add(line.key)
    # A blank gap clearly wider than the dump's usual one (two more blank lines, so one
    # stray extra blank before a section heading does not split an article), before a
    # headline-like line.
    gaps = Counter(line.gap for line in lines[1:])
    usual = gaps.most_common(1)[0][0] if gaps else 0
    for i, line in enumerate(lines[1:], 1):
        if line.gap >= max(2, usual + 2) and is_headline(line, doubled):
            starts.add(i)
    return sorted(starts)


def cluster_end(lines: list[Line], first: int) -> int:
    """Index of the last repeat of ``lines[first]`` reachable in steps of HEAD_WINDOW lines."""
    key = lines[first].key
    last = first
    for j in range(first + 1, len(lines)):
        if j - last > HEAD_WINDOW:
            break
        if lines[j].key == key:
            last = j
    return last


def article_parts(seg: list[Line], counts: Counter[str], doubled: set[str]) -> DumpArticle:
    parts: list[tuple[BlockKind, str]] = []
    notes: dict[str, str] = {}
    for line in seg:
        for k, v in line.notes.items():
            notes.setdefault(k, v)
    body_from = 0
    title_key = None
    head_end = -1
    if is_headline(seg[0], doubled):
        parts.append(("title", seg[0].text))
        title_key = seg[0].key
        body_from = 1
        head_end = cluster_end(seg, 0)
    captions: set[str] = set()
    seen: set[str] = set()
    pending: list[Line] = []  # paragraph or heading, decided once the whole article is seen
    deck_open = True  # the first line that is neither the headline again nor a caption
    for j in range(body_from, len(seg)):
        line = seg[j]
        if line.key == title_key or line.key in captions:
            continue  # the headline printed again; a caption printed again
        repeated_in_head = j <= head_end and counts[line.key] >= 2
        if line.words <= CAPTION_MAX_WORDS and (
            line.key in doubled or repeated_in_head or photo_credit(line.text)
        ):
            captions.add(line.key)
            pending.append(line)
            continue
        if deck_open and title_key is not None:
            deck_open = False
            # Right after the headline, or anywhere before its last repeat (title, title, deck, title).
            if (j == body_from or j < head_end) and is_deck(line, j < head_end, j + 1 < len(seg)):
                parts.append(("subtitle", line.text))
                continue
        if line.key in seen:
            continue  # a paragraph printed twice
        seen.add(line.key)
        pending.append(line)
    parts.extend(body_parts(pending, captions))
    return DumpArticle(parts, url=notes.get("url"), published=notes.get("date"))


def body_parts(lines: list[Line], captions: set[str]) -> list[tuple[BlockKind, str]]:
    """Captions as they are; short unpunctuated lines between paragraphs are headings."""
    kinds: list[BlockKind] = ["caption" if line.key in captions else "paragraph" for line in lines]
    heading_like = [kinds[i] == "paragraph" and is_heading_like(line) for i, line in enumerate(lines)]
    # text_after[i]: a non-heading-like text line comes after line i (one backward pass)
    text_after = [False] * len(lines)
    seen_text = False
    for i in range(len(lines) - 1, -1, -1):
        text_after[i] = seen_text
        if kinds[i] == "paragraph" and not heading_like[i]:
            seen_text = True
    seen_paragraph = False
    for i in range(len(lines)):
        if kinds[i] != "paragraph":
            continue
        if heading_like[i] and seen_paragraph and text_after[i]:
            kinds[i] = "heading"
        else:
            seen_paragraph = True
    return [(k, line.text) for k, line in zip(kinds, lines, strict=True)]


# ------------------------------------------------------------------ line shapes


def last_char(text: str) -> str:
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    return stripped[-1:] if stripped else ""


def is_headline(line: Line, doubled: set[str]) -> bool:
    lo, hi = TITLE_WORDS
    return (
        lo <= line.words <= hi and len(line.text) <= 250 and line.key not in doubled
        and last_char(line.text) not in _TITLE_STOPS and not photo_credit(line.text)
    )


def is_deck(line: Line, before_repeat: bool, more_follows: bool) -> bool:
    """The line right after the headline: a deck if the headline repeats after it, or if
    it is short and unpunctuated with the article still to come."""
    if not 3 <= line.words <= DECK_MAX_WORDS or last_char(line.text) in ":،,":
        return False
    return before_repeat or (more_follows and last_char(line.text) not in _SENTENCE_STOPS)


def is_heading_like(line: Line) -> bool:
    return (
        line.words <= HEADING_MAX_WORDS and len(line.text) <= HEADING_MAX_CHARS
        and last_char(line.text) not in _SENTENCE_STOPS and not photo_credit(line.text)
        and bool(regex.search(r"\p{L}", line.text))
    )
