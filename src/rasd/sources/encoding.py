"""Bytes to text: BOMs, UTF-8, UTF-16, and the Arabic legacy code page Windows-1256.

Arabic news archives still hold Windows-1256 files. A Windows-1256 file almost never
decodes as UTF-8 (its Arabic letters are bytes 0xC1-0xFE, which UTF-8 reads as lead
bytes without continuation bytes), so the order is: BOM, strict UTF-8, declared
charset, UTF-8 with a few damaged bytes, Windows-1256 when what it decodes to is
mostly Arabic letters.
"""

from __future__ import annotations

import codecs

import regex

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
SAMPLE = 65536  # bytes looked at when guessing; decoding itself is always whole and linear

_ARABIC = regex.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_NON_ASCII = regex.compile(r"[^\x00-\x7F]")
_CONTROL = regex.compile(r"[\x00-\x08\x0B\x0E-\x1F\x7F\uFFFD]")
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", regex.I)


class UnreadableText(ValueError):
    """The bytes are not text rasd can read; the message is one line, 'kind: detail'."""


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise :class:`UnreadableText`."""
    if not data.strip():
        raise UnreadableText("empty file: no text")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(name, errors="replace"), name)
    utf16 = _bomless_utf16(data)
    if utf16:
        return _checked(data.decode(utf16, errors="replace"), utf16)
    if b"\x00" in data[:SAMPLE]:
        raise UnreadableText("binary file: NUL bytes in what should be text")
    # Valid UTF-8 wins even over a declared charset: pages lie about their charset,
    # and legacy-encoded Arabic is never valid UTF-8 by chance.
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "utf_8"):
        text = _try(data, declared)
        if text is not None:
            return _checked(text, declared)
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    if bad <= max(2, len(_NON_ASCII.findall(loose[:SAMPLE])) // 100):
        return _checked(loose, "utf-8")  # a truncated last character or a few damaged bytes
    legacy = data.decode("cp1256", errors="replace")
    if arabic_ratio(legacy) >= 0.7:
        return _checked(legacy, "cp1256")
    raise UnreadableText("unknown encoding: not UTF-8, UTF-16 or Windows-1256 text")


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML/XML head declares (``<meta charset=...>``), if Python knows it."""
    m = _META_CHARSET.search(head[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def arabic_ratio(text: str) -> float:
    """Share of Arabic characters among the non-ASCII characters of a sample."""
    sample = text[:SAMPLE]
    non_ascii = len(_NON_ASCII.findall(sample))
    if non_ascii == 0:
        return 0.0
    return len(_ARABIC.findall(sample)) / non_ascii


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs at one parity only (spaces, digits and Latin are 0x00xx)."""
    sample = data[: SAMPLE - SAMPLE % 2]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.05 * half and even == 0:
        return "utf-16-le"
    if even >= 0.05 * half and odd == 0:
        return "utf-16-be"
    return None


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """Reject decoded text that is mostly control characters: a binary file."""
    sample = text[:SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise UnreadableText(f"binary file: mostly non-printable after decoding as {encoding}")
    if not text.strip():
        raise UnreadableText("empty file: no text")
    return text.lstrip("\ufeff"), encoding
