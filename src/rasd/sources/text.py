"""Plain-text dumps (``.txt``): one file, one document, possibly several articles inside."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from rasd.model import Document, Problem
from rasd.sources.encoding import UnreadableText, decode_bytes
from rasd.sources.files import read_whole
from rasd.sources.jsonl import JsonlFields


def read_text(name: str, stream: BinaryIO, fields: JsonlFields) -> Iterator[Document | Problem]:
    try:
        text, encoding = decode_bytes(read_whole(stream))
    except (UnreadableText, ValueError) as exc:
        yield Problem(name, str(exc))
        return
    yield Document(path=name, format="text", content=text, meta={"encoding": encoding})
