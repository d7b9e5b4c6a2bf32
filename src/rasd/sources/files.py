"""Where input comes from: paths, folders, globs and stdin, opened as binary streams.

Gzip is undone here for every format (``.jsonl.gz``, ``.txt.gz``, ``.warc.gz`` ...) by
looking at the magic bytes, not the name, so a reader always sees plain bytes.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

STDIN = "-"
STDIN_NAME = "<stdin>"
GZIP_MAGIC = b"\x1f\x8b"
# Files larger than this are not read whole (text, HTML); streamed formats have no limit.
MAX_WHOLE_FILE = 256 * 1024 * 1024


@dataclass
class Input:
    """One thing to read: its display name and an extension hint (``.jsonl``, '' if none)."""

    name: str
    path: str | None  # None for stdin
    extension: str


def extension_of(name: str) -> str:
    """The format extension, with ``.gz`` peeled off: ``a.warc.gz`` -> ``.warc``."""
    base = os.path.basename(name).lower()
    if base.endswith(".gz"):
        base = base[:-3]
    return os.path.splitext(base)[1]


def expand_paths(paths: list[str], known_extensions: set[str]) -> Iterator[Input | str]:
    """Inputs in a stable order; a str is a path that matched nothing (reported by the caller).

    Files named explicitly are always read (their format sniffed if the name does not
    say it); inside folders only files with a known extension are, so a folder of
    articles with a stray image or ``.DS_Store`` reads cleanly.
    """
    for given in paths:
        if given == STDIN:
            yield Input(STDIN_NAME, None, "")
            continue
        if os.path.isdir(given):
            yield from _walk(given, known_extensions)
            continue
        if os.path.exists(given):
            yield Input(given, given, extension_of(given))
            continue
        matches = sorted(glob.glob(given, recursive=True)) if glob.has_magic(given) else []
        if not matches:
            yield given
            continue
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(match, known_extensions)
            elif os.path.isfile(match):
                yield Input(match, match, extension_of(match))


def _walk(folder: str, known_extensions: set[str]) -> Iterator[Input]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            ext = extension_of(name)
            if ext in known_extensions:
                yield Input(path, path, ext)


def open_input(item: Input) -> BinaryIO:
    """A readable, peekable binary stream of the (decompressed) content."""
    raw: BinaryIO
    if item.path is None:
        raw = _spool_stdin()
    else:
        raw = open(item.path, "rb", buffering=65536)  # closed by the caller
    stream = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
    if stream.peek(2)[:2] == GZIP_MAGIC:  # type: ignore[attr-defined]
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


def head(stream: BinaryIO, size: int = 4096) -> bytes:
    """The first bytes of a stream without consuming them."""
    data = stream.peek(size)  # type: ignore[attr-defined]
    return data[:size]


def read_whole(stream: BinaryIO, limit: int = MAX_WHOLE_FILE) -> bytes:
    """Read a stream that must fit in memory; raise ValueError past ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"file too large: more than {limit // (1024 * 1024)} MB")
    return data


def _spool_stdin() -> BinaryIO:
    """stdin copied to a temporary file: peekable like a file, and memory stays bounded."""
    spool = tempfile.TemporaryFile()
    source = sys.stdin.buffer
    while True:
        chunk = source.read(1 << 20)
        if not chunk:
            break
        spool.write(chunk)
    spool.seek(0)
    return spool  # type: ignore[return-value]
