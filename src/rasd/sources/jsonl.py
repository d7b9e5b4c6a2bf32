"""JSON Lines (``.jsonl``, ``.jsonl.gz``) and ``.json`` files of article records.

One record per line, read as a stream: a 3 GB crawl never sits in memory, and a bad
line costs only that line (``Problem("file.jsonl:17", "invalid JSON: ...")``).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any, BinaryIO

from rasd.model import Document, Problem
from rasd.sources.dates import iso_date
from rasd.sources.files import head, read_whole

MAX_META_VALUE = 1000  # longer extra fields are bulk content, not metadata


@dataclass(frozen=True)
class JsonlFields:
    """Which record keys hold what; each is a key or a tuple of keys tried in order."""

    title: str | tuple[str, ...] = ("title", "headline")
    content: str | tuple[str, ...] = ("content", "text", "body")
    url: str | tuple[str, ...] = ("url", "link")
    date: str | tuple[str, ...] = ("date", "date_extracted", "published")
    source: str | tuple[str, ...] = ("source",)

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                object.__setattr__(self, f.name, (value,))

    def keys(self) -> set[str]:
        return {k for f in fields(self) for k in getattr(self, f.name)}


def read_jsonl(name: str, stream: BinaryIO, fields: JsonlFields) -> Iterator[Document | Problem]:
    yield from _read_lines(name, stream, fields)


def read_json(name: str, stream: BinaryIO, fields: JsonlFields) -> Iterator[Document | Problem]:
    """A ``.json`` file: JSON Lines in disguise, an array of records, or one record."""
    start = head(stream, 65536).lstrip(b"\xef\xbb\xbf \t\r\n")
    first_line, newline, _ = start.partition(b"\n")
    if start[:1] == b"{" and newline and _parses(first_line):
        yield from _read_lines(name, stream, fields)
        return
    try:
        data = read_whole(stream)
    except ValueError as exc:
        yield Problem(name, str(exc))
        return
    if not data.strip():
        yield Problem(name, "empty file: no records")
        return
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield Problem(name, "invalid UTF-8: JSON must be UTF-8")
        return
    except (ValueError, RecursionError):
        yield from _read_lines(name, io.BytesIO(data), fields)  # several values: JSON Lines
        return
    records = _records_in(value)
    if records is None:
        yield Problem(name, "no records: expected an object or a list of objects")
        return
    for i, rec in enumerate(records, 1):
        where = f"{name}:{i}"
        yield record_document(rec, where, fields) if isinstance(rec, dict) else Problem(
            where, "not a record: expected a JSON object"
        )


def record_document(rec: dict[str, Any], path: str, fields: JsonlFields) -> Document | Problem:
    """A record as a ``record`` document: title, body, url, ISO date, source, the rest in meta."""
    content = _first(rec, fields.content)  # type: ignore[arg-type]
    title = _first(rec, fields.title)  # type: ignore[arg-type]
    if not content:
        return Problem(path, "empty record: no content" if title else "empty record: no title or content")
    date_value = next((rec[k] for k in fields.date if rec.get(k)), None)  # type: ignore[union-attr]
    known = fields.keys()
    meta = {
        k: v for k, v in rec.items()
        if k not in known and isinstance(v, str | int | float | bool) and len(str(v)) <= MAX_META_VALUE
    }
    return Document(
        path=path, format="record", content=content, title=title or None,
        url=_first(rec, fields.url) or None,  # type: ignore[arg-type]
        published=iso_date(date_value), source=_first(rec, fields.source) or None,  # type: ignore[arg-type]
        meta=meta,
    )


def _read_lines(name: str, stream: Iterable[bytes], fields: JsonlFields) -> Iterator[Document | Problem]:
    seen_content = False
    for lineno, raw in enumerate(stream, 1):
        where = f"{name}:{lineno}"
        if lineno == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        seen_content = True
        try:
            rec = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield Problem(where, f"invalid UTF-8: byte {exc.start}")
            continue
        except ValueError as exc:
            yield Problem(where, f"invalid JSON: {exc}")
            continue
        except RecursionError:  # [[[[...]]]] a million deep: that line only, not the rest of the file
            yield Problem(where, "invalid JSON: nested too deeply")
            continue
        if not isinstance(rec, dict):
            yield Problem(where, "not a record: expected a JSON object")
            continue
        yield record_document(rec, where, fields)
    if not seen_content:
        yield Problem(name, "empty file: no records")


def _parses(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line.decode("utf-8")), dict)
    except (ValueError, RecursionError):
        return False


def _records_in(value: Any) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in ("articles", "items", "records", "data"):
            if isinstance(value.get(key), list):
                return value[key]
        return [value]
    return None


def _first(rec: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The first non-empty value among ``keys`` as text (a list of strings is joined by lines)."""
    for key in keys:
        value = rec.get(key)
        if isinstance(value, list):
            value = "\n".join(str(v) for v in value if isinstance(v, str | int | float))
        if value not in (None, "") and not isinstance(value, dict):
            text = str(value).strip()
            if text:
                return text
    return ""
