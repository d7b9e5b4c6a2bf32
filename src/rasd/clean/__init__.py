"""Documents into articles: text dumps segmented, HTML extracted, records split by line.

``articles_from_document`` is the one entry point; each format has one small function.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from rasd.clean.dump import split_dump
from rasd.clean.html import html_article, lxml_blocks, parse_html
from rasd.model import Article, BlockKind, Document

__all__ = ["articles_from_document", "CLEANERS"]

_HTML_IN_TEXT = regex.compile(r"<(?:p|br|div|figure|h[1-6])[\s/>]", regex.I)


# Lone surrogates (JSON allows "\ud800") cannot be encoded for hashing or storage, and C0 control
# characters are invalid in HTML and XML (lxml refuses them): neither reaches a cleaner.
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_SPACE = regex.compile(r"[\x0b\x0c]")


def valid_text(text: str | None) -> str | None:
    """Text without lone surrogates (U+FFFD instead) or C0 controls other than tab, CR, LF."""
    if not text:
        return text
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return _CONTROL_SPACE.sub(" ", _CONTROL.sub("", text))


def articles_from_document(doc: Document) -> list[Article]:
    """The articles in one document (none when nothing readable is left)."""
    doc = replace(doc, path=valid_text(doc.path) or "", content=valid_text(doc.content) or "",
                  title=valid_text(doc.title), url=valid_text(doc.url), source=valid_text(doc.source),
                  published=valid_text(doc.published),
                  meta={valid_text(k): valid_text(v) if isinstance(v, str) else v for k, v in doc.meta.items()})
    cleaner = CLEANERS.get(doc.format, from_text)
    return cleaner(doc)


def from_record(doc: Document) -> list[Article]:
    """A record (JSONL, feed entry): the title, then each non-empty content line a paragraph."""
    content = doc.content or ""
    if _HTML_IN_TEXT.search(content):
        lines = _html_lines(content)
    else:
        lines = [line.strip() for line in content.splitlines()]
    parts: list[tuple[BlockKind, str]] = [("title", doc.title or "")]
    parts.extend(("paragraph", line) for line in lines if line)
    if len(parts) == 1:
        return []
    return [_article(doc, parts, url=doc.url, published=doc.published)]


def from_text(doc: Document) -> list[Article]:
    """A scraped dump: one or many articles."""
    found = split_dump(doc.content or "")
    out = []
    for n, art in enumerate(found, 1):
        meta = {"part": n} if len(found) > 1 else {}
        url = art.url or (doc.url if len(found) == 1 else None)
        out.append(_article(doc, art.parts, url=url, published=doc.published or art.published, meta=meta))
    return out


def from_html(doc: Document) -> list[Article]:
    """One page (or a feed entry's HTML) as one article."""
    page = html_article(
        doc.content or "", title=doc.title, url=doc.url, published=doc.published,
        published_is_crawl_date=bool(doc.meta.get("date_is_crawl_date")),
    )
    if page is None or not any(kind == "paragraph" for kind, _ in page.parts):
        return []
    meta = dict(page.meta)
    if doc.meta.get("truncated"):
        meta["truncated"] = True
    return [_article(doc, page.parts, url=page.url, published=page.published, meta=meta,
                     source=doc.source or page.source)]


def _article(doc: Document, parts: list[tuple[BlockKind, str]], *, url: str | None,
             published: str | None, meta: dict | None = None, source: str | None = None) -> Article:
    extra = {k: v for k, v in doc.meta.items() if k in ("author",)}
    extra.update(meta or {})
    return Article.from_parts(
        parts, source=source or doc.source, url=url, published=published, path=doc.path, meta=extra,
    )


def _html_lines(content: str) -> list[str]:
    tree = parse_html(content)
    if tree is None:
        return [line.strip() for line in content.splitlines()]
    return [text for _, text in lxml_blocks(tree)]


# format -> cleaner. A new document format is one function plus one line here.
CLEANERS: dict[str, Callable[[Document], list[Article]]] = {
    "record": from_record,
    "text": from_text,
    "html": from_html,
}
