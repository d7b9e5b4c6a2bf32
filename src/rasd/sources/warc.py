"""Web archives (``.warc``, ``.warc.gz``): each HTML response record is one page."""

from __future__ import annotations

import contextlib
import gzip
import io
import logging
from collections.abc import Iterator
from typing import BinaryIO
from urllib.parse import urlsplit

import regex
from warcio.archiveiterator import ArchiveIterator

from rasd.model import Document, Problem
from rasd.sources.dates import iso_date
from rasd.sources.encoding import UnreadableText, declared_charset, decode_bytes
from rasd.sources.files import head
from rasd.sources.jsonl import JsonlFields

_CHARSET = regex.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", regex.I)
MAX_RECORD = 64 * 1024 * 1024  # a larger "page" is a media file served as text/html
# warcio logs each URL it repairs; rasd keeps the page and has nothing to report.
logging.getLogger("warcio.recordloader").setLevel(logging.ERROR)


def read_warc(name: str, stream: BinaryIO, fields: JsonlFields) -> Iterator[Document | Problem]:
    if not head(stream, 16).strip():
        yield Problem(name, "empty file: no WARC records")
        return
    if isinstance(stream, gzip.GzipFile):
        # warcio reads .warc.gz member by member itself; over a gunzipped stream it takes a
        # truncated archive for a finished one.
        stream = stream.fileobj  # type: ignore[assignment]
        stream.seek(0)
    number = pages = 0
    warnings = io.StringIO()
    records = iter(ArchiveIterator(stream))
    try:
        while True:
            # warcio writes its complaints about damaged records straight to stderr; they
            # become one Problem here instead. Only next() is redirected, never a yield.
            with contextlib.redirect_stderr(warnings):
                record = next(records, None)
            if record is None:
                break
            number += 1
            page = _page(record, f"{name}:{number}")
            if page is None:
                continue
            pages += 1
            yield page
            if isinstance(page, Document) and page.meta.get("truncated"):
                # Keep the page that arrived in part, say so, and stop: nothing follows it.
                yield Problem(name, f"truncated WARC: record {number} ends early; kept the part that arrived")
                return
    except Exception as exc:  # warcio, gzip and zlib each have their own truncation errors
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield Problem(name, f"truncated WARC: {reason} (after record {number})")
        return
    damaged = warnings.getvalue().count("WARNING")
    if damaged:
        yield Problem(name, f"damaged WARC: {damaged} records with a wrong Content-Length")
    if number == 0:
        yield Problem(name, "not a WARC file: no records")
    elif pages == 0:
        yield Problem(name, f"no HTML: none of the {number} WARC records is an HTML response")


def _page(record: object, path: str) -> Document | Problem | None:
    """An HTML response as a document; other record types and statuses are skipped."""
    if getattr(record, "rec_type", None) != "response":
        return None
    http = record.http_headers  # type: ignore[attr-defined]
    if http is None:
        return None
    status = http.get_statuscode() or ""
    content_type = (http.get_header("Content-Type") or "").lower()
    if not status.startswith("2") or ("html" not in content_type):
        return None
    body = record.content_stream().read(MAX_RECORD + 1)  # type: ignore[attr-defined]
    meta: dict[str, object] = {"date_is_crawl_date": True}
    if getattr(record.raw_stream, "limit", 0):  # type: ignore[attr-defined]
        meta["truncated"] = True
    if len(body) > MAX_RECORD:
        return Problem(path, "record too large: more than 64 MB of HTML")
    m = _CHARSET.search(content_type)
    try:
        text, encoding = decode_bytes(body, (m.group(1) if m else None) or declared_charset(body[:4096]))
    except UnreadableText as exc:
        return Problem(path, str(exc))
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI") or None
    meta["encoding"] = encoding
    return Document(
        path=path, format="html", content=text, url=url,
        published=iso_date(headers.get_header("WARC-Date")),
        source=_host(url),
        meta=meta,
    )


def _host(url: str | None) -> str | None:
    """The site of a target URI ("example.org"); None when there is none or it is malformed."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # "http://[bad": one malformed URI must not end the archive
        return None
    return host.removeprefix("www.") if host else None
