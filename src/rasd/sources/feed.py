"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``, or sniffed): one document per entry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import feedparser
import regex

from rasd.model import Document, Problem
from rasd.sources.dates import iso_date
from rasd.sources.files import read_whole
from rasd.sources.jsonl import JsonlFields

_TAG = regex.compile(r"<[A-Za-z][^>]*>")


def read_feed(name: str, stream: BinaryIO, fields: JsonlFields) -> Iterator[Document | Problem]:
    try:
        data = read_whole(stream)
    except ValueError as exc:
        yield Problem(name, str(exc))
        return
    if not data.strip():
        yield Problem(name, "empty file: no feed")
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            reason = str(parsed.get("bozo_exception") or "not RSS or Atom").splitlines()[0]
            yield Problem(name, f"invalid feed: {reason}")
        else:
            yield Problem(name, "empty feed: no entries")
        return
    feed_info = parsed.get("feed") or {}
    source = feed_info.get("title") or _host(feed_info.get("link")) or None
    for i, entry in enumerate(entries, 1):
        yield entry_document(entry, f"{name}:{i}", source)
    if parsed.get("bozo") and isinstance(parsed.get("bozo_exception"), Exception):
        exc = parsed["bozo_exception"]
        # A feed cut off mid-entry still parses up to the break: keep those, report the break.
        if "xml" in type(exc).__name__.lower() or "sax" in type(exc).__module__:
            yield Problem(name, f"malformed feed: {str(exc).splitlines()[0]}; kept {len(entries)} entries")


def entry_document(entry: Any, path: str, source: str | None) -> Document | Problem:
    """An entry's full content, else its summary; HTML content goes to the HTML cleaner."""
    body, kind = _entry_body(entry)
    title = (entry.get("title") or "").strip() or None
    if not body.strip():
        return Problem(path, "empty entry: no content or summary")
    is_html = "html" in kind and bool(_TAG.search(body))
    date = entry.get("published_parsed") or entry.get("updated_parsed")
    published = iso_date(date) if date else iso_date(entry.get("published") or entry.get("updated"))
    return Document(
        path=path, format="html" if is_html else "record", content=body, title=title,
        url=entry.get("link") or None, published=published, source=source,
        meta={k: entry[k] for k in ("author", "id") if isinstance(entry.get(k), str)},
    )


def _entry_body(entry: Any) -> tuple[str, str]:
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value") or ""))
        return best.get("value") or "", best.get("type") or "text/html"
    detail = entry.get("summary_detail") or {}
    return entry.get("summary") or "", detail.get("type") or "text/html"


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[bad": a malformed link must not cost the feed
        return ""
    return host.removeprefix("www.")
