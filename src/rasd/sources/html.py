"""One HTML page per file (``.html``/``.htm``): decoded here, extracted by rasd.clean."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

import regex

from rasd.model import Document, Problem
from rasd.sources.encoding import UnreadableText, declared_charset, decode_bytes
from rasd.sources.files import read_whole
from rasd.sources.jsonl import JsonlFields

_OPENED = regex.compile(rb"<(?:html|body)[\s>]", regex.I)
_CLOSED = regex.compile(rb"</(?:html|body)\s*>", regex.I)


def read_html(name: str, stream: BinaryIO, fields: JsonlFields) -> Iterator[Document | Problem]:
    try:
        data = read_whole(stream)
        text, encoding = decode_bytes(data, declared_charset(data[:4096]))
    except (UnreadableText, ValueError) as exc:
        yield Problem(name, str(exc))
        return
    meta: dict[str, object] = {"encoding": encoding}
    if looks_truncated(data):
        # Keep what arrived (the start of an article is worth having) and say so.
        meta["truncated"] = True
        yield Problem(name, "truncated HTML: the page ends before </html>; kept the part that arrived")
    yield Document(path=name, format="html", content=text, meta=meta)


def looks_truncated(data: bytes) -> bool:
    """A page that opened <html>/<body> but never closed either was cut off in transfer."""
    return bool(_OPENED.search(data[:65536])) and not _CLOSED.search(data[-65536:])
