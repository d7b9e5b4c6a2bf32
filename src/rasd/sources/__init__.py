"""Readers: files, folders, globs and stdin into documents (and articles), never raising.

Each format is one module with a ``read_x(name, stream, fields)`` generator; it is
named in :data:`READERS` and its extensions in :data:`EXTENSIONS`. Anything that
cannot be read becomes a :class:`~rasd.model.Problem` in the stream, with a message
``"kind: detail"``, and reading goes on with the next record or file.
"""

from __future__ import annotations

import gzip
import importlib
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from rasd.model import Article, Document, Problem
from rasd.sources.files import Input, expand_paths, head, open_input
from rasd.sources.jsonl import JsonlFields

__all__ = ["JsonlFields", "read_documents", "read_articles", "READERS", "EXTENSIONS", "sniff_format"]

Reader = Callable[[str, BinaryIO, JsonlFields], Iterator[Document | Problem]]

# format -> "module:function". A new reader is one module plus one line here.
READERS: dict[str, str] = {
    "text": "rasd.sources.text:read_text",
    "html": "rasd.sources.html:read_html",
    "jsonl": "rasd.sources.jsonl:read_jsonl",
    "json": "rasd.sources.jsonl:read_json",
    "feed": "rasd.sources.feed:read_feed",
    "warc": "rasd.sources.warc:read_warc",
}
# extension (after peeling .gz) -> format
EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc",
}


def read_documents(paths: list[str] | str, *, fields: JsonlFields | None = None) -> Iterator[Document | Problem]:
    """Documents from files, folders (recursive), globs or '-' (stdin), in a stable order."""
    if isinstance(paths, str):
        paths = [paths]
    fields = fields or JsonlFields()
    for item in expand_paths(list(paths), set(EXTENSIONS)):
        if isinstance(item, str):
            yield Problem(item, "not found: no such file, folder or glob match")
            continue
        yield from _read_one(item, fields)


def read_articles(paths: list[str] | str, *, fields: JsonlFields | None = None) -> Iterator[Article | Problem]:
    """read_documents, then each document cleaned into its articles."""
    from rasd.clean import articles_from_document

    for doc in read_documents(paths, fields=fields):
        if isinstance(doc, Problem):
            yield doc
            continue
        try:
            articles = articles_from_document(doc)
        except Exception as exc:  # a cleaner bug must cost one document, not the run
            yield Problem(doc.path, f"cleaning failed: {type(exc).__name__}: {exc}")
            continue
        if not articles:
            yield Problem(doc.path, "no article: nothing left after removing page furniture")
        yield from articles


def sniff_format(start: bytes) -> str:
    """Guess a format from the first bytes when the name does not say it."""
    text = start.lstrip(b"\xef\xbb\xbf \t\r\n")
    low = text[:2048].lower()
    if text.startswith(b"WARC/"):
        return "warc"
    if text[:1] == b"{":
        return "jsonl"
    if text[:1] == b"[":
        return "json"
    if b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low:
        return "feed"
    if low.startswith((b"<!doctype html", b"<html")) or b"<body" in low or b"<head" in low:
        return "html"
    return "text"


_loaded: dict[str, Reader] = {}


def _reader(fmt: str) -> Reader:
    if fmt not in _loaded:
        module, fn = READERS[fmt].split(":")
        _loaded[fmt] = getattr(importlib.import_module(module), fn)
    return _loaded[fmt]


def _read_one(item: Input, fields: JsonlFields) -> Iterator[Document | Problem]:
    try:
        stream = open_input(item)
    except OSError as exc:
        yield Problem(item.name, f"cannot open: {exc.strerror or exc}")
        return
    try:
        fmt = EXTENSIONS.get(item.extension) or sniff_format(head(stream, 4096))
        yield from _reader(fmt)(item.name, stream, fields)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield Problem(item.name, f"truncated gzip: {exc or type(exc).__name__}")
    except OSError as exc:
        yield Problem(item.name, f"read error: {exc}")
    except Exception as exc:  # never let one bad file stop a run
        yield Problem(item.name, f"read error: {type(exc).__name__}: {exc}")
    finally:
        raw = getattr(stream, "fileobj", None)  # a GzipFile does not close the file under it
        stream.close()
        if raw is not None:
            raw.close()
