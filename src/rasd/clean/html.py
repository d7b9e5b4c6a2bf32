"""HTML pages into article parts: trafilatura for the body, lxml for what it drops.

trafilatura finds the article body and its headings well but drops photo captions
(``<figcaption>``) and, depending on the page, the dateline. Those are read here
from the page itself and put back: a caption where its image was, else after the
headline; a dateline into ``meta`` (it is metadata, not body text).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import regex
import trafilatura
from lxml import etree
from trafilatura.settings import use_config

from rasd.arabic import normalize
from rasd.model import BlockKind

# trafilatura logs every page it finds too short; rasd reports problems itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*\?>", regex.I)
_CAPTION_CLASS = regex.compile(r"(?:^|[\s_-])(?:figcaption|caption|wp-caption-text|photo-credit)(?:$|[\s_-])", regex.I)
_DATELINE_CLASS = regex.compile(r"dateline|byline|(?:^|[\s_-])(?:author|location)(?:$|[\s_-])", regex.I)
_SUBTITLE_CLASS = regex.compile(
    r"subtitle|sub-title|subhead|sub-head|standfirst|strapline|(?:^|[\s_-])(?:deck|dek|article-summary)(?:$|[\s_-])",
    regex.I,
)
# "عدن - «الخبر»", "بيروت: «الشرق الأوسط»", "القاهرة - محمد علي:": place, dash or colon,
# then a quoted source or a byline ending with a colon (a plain "X: Y" is a headline).
_DATELINE = regex.compile(
    r"^[\p{L}\s()]{2,40}?\s*[-–—:]\s*(?:«[^»]{1,30}»|\{[^}]{1,30}\}|[\p{L}\s.]{1,40}:)\s*:?$"
)
_SPACES = regex.compile(r"\s+")
_WORDY = regex.compile(r"[\p{L}\p{N}]")  # a block without a letter or digit is decoration
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "td", "th", "dd", "dt"}
DROP_TAGS = ["script", "style", "noscript", "nav", "footer", "aside", "form", "button", "svg", "iframe", "template"]


@dataclass
class PageFacts:
    """What lxml reads from the page itself."""

    captions: list[str] = field(default_factory=list)
    caption_by_image: dict[str, str] = field(default_factory=dict)  # image file name -> caption
    datelines: list[str] = field(default_factory=list)
    subtitle: str | None = None
    h1: str | None = None
    title_tag: str | None = None


@dataclass
class HtmlArticle:
    parts: list[tuple[BlockKind, str]]
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    meta: dict[str, Any]


def _file_name(src: str) -> str:
    """The file name of an image URL; a malformed one ("http://[bad/x.jpg") is taken as a path."""
    try:
        path = urlsplit(src).path
    except ValueError:
        path = src.split("?")[0].split("#")[0]
    return os.path.basename(path)


def clean_text(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def parse_html(html: str) -> Any | None:
    html = _XML_DECL.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def page_facts(tree: Any) -> PageFacts:
    facts = PageFacts()
    for el in tree.iter("title"):
        facts.title_tag = clean_text(el.text_content()) or None
        break
    for el in tree.iter("h1"):
        facts.h1 = clean_text(el.text_content()) or None
        if facts.h1:
            break
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        cls = f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('id') or ''}"
        if el.tag == "figcaption" or (_CAPTION_CLASS.search(cls) and el.tag not in ("figure", "img")):
            text = clean_text(el.text_content())
            if text and text not in facts.captions and not _inside_caption(el):
                facts.captions.append(text)
                image = _image_of(el)
                if image:
                    facts.caption_by_image.setdefault(image, text)
        elif _DATELINE_CLASS.search(cls) and el.tag not in ("html", "body", "article", "main", "section", "meta"):
            text = clean_text(el.text_content())
            if text and text.count(" ") < 15:
                facts.datelines.append(text)
        elif facts.subtitle is None and _SUBTITLE_CLASS.search(cls) and el.tag not in ("html", "body", "meta"):
            text = clean_text(el.text_content())
            if text and 2 <= text.count(" ") + 1 <= 60:
                facts.subtitle = text
    if facts.subtitle is None:
        facts.subtitle = _h2_after_h1(tree)
    return facts


def _inside_caption(el: Any) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag == "figcaption":
            return True
        parent = parent.getparent()
    return False


def _image_of(caption: Any) -> str | None:
    """File name of the image a caption belongs to (same <figure>, or just before it)."""
    scope = caption.getparent()
    for _ in range(3):
        if scope is None:
            break
        for img in scope.iter("img"):
            src = img.get("src") or img.get("data-src") or img.get("data-lazy-src")
            if src:
                return _file_name(src)
        scope = scope.getparent()
    return None


def _h2_after_h1(tree: Any) -> str | None:
    for h1 in tree.iter("h1"):
        nxt = h1.getnext()
        if nxt is not None and nxt.tag in ("h2", "h3", "p") and nxt.tag != "p":
            text = clean_text(nxt.text_content())
            if text and text.count(" ") + 1 <= 60:
                return text
        return None
    return None


@lru_cache(maxsize=1)
def _trafilatura_config() -> Any:
    # Below MIN_EXTRACTED_SIZE characters trafilatura swaps its extraction for a "baseline"
    # that runs headline, caption and body together into one paragraph; short news items
    # (a feed entry, a two-paragraph brief, a truncated page) are real articles.
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "25")
    return config


def extract_html(html: str, url: str | None = None) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """(blocks, metadata): blocks are (tag, text) from trafilatura, or from lxml if it finds none."""
    meta: dict[str, Any] = {}
    try:
        result = trafilatura.bare_extraction(
            html, url=url, include_images=True, include_tables=True, include_comments=False,
            with_metadata=True, config=_trafilatura_config(),
        )
    except Exception:  # trafilatura on a broken page must not cost the document
        result = None
    blocks: list[tuple[str, str]] = []
    if result is not None:
        for key in ("title", "author", "url", "hostname", "sitename", "date", "description"):
            value = getattr(result, key, None)
            if value:
                meta[key] = value
        body = getattr(result, "body", None)
        if body is not None:
            blocks = _trafilatura_blocks(body)
    return blocks, meta


def _trafilatura_blocks(body: Any) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for el in body:
        tag = el.tag
        if tag == "head":
            out.append((el.get("rend") or "h2", clean_text("".join(el.itertext()))))
        elif tag == "graphic":
            src = el.get("src") or ""
            out.append(("graphic", _file_name(src)))
        elif tag == "list":
            out.extend(("p", clean_text("".join(item.itertext()))) for item in el.iter("item"))
        elif tag == "table":
            for row in el.iter("row"):
                cells = [clean_text("".join(c.itertext())) for c in row.iter("cell")]
                out.append(("p", " | ".join(c for c in cells if c)))
        else:
            # p, quote, code: keep line breaks inside as separate paragraphs
            text = "".join(el.itertext())
            out.extend(("p", clean_text(t)) for t in text.split("\n"))
    return [(tag, text) for tag, text in out if _WORDY.search(text) or tag == "graphic"]


def lxml_blocks(tree: Any) -> list[tuple[str, str]]:
    """Fallback body: innermost block elements in order (for fragments and odd pages)."""
    for bad in tree.xpath("|".join(f"//{t}" for t in DROP_TAGS)):
        bad.drop_tree()
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    out: list[tuple[str, str]] = []
    blocks = [el for el in tree.iter() if isinstance(el.tag, str) and el.tag in BLOCK_TAGS]
    if not blocks:
        blocks = [tree]
    for el in blocks:
        if any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants()):
            continue
        tag = el.tag if el.tag in BLOCK_TAGS and el.tag.startswith("h") else "p"
        if el.tag == "figcaption":
            tag = "figcaption"
        for text in el.text_content().split("\n"):
            if _WORDY.search(text):
                out.append((tag, clean_text(text)))
    return out


def html_article(html: str, *, title: str | None, url: str | None, published: str | None,
                 published_is_crawl_date: bool = False) -> HtmlArticle | None:
    """One page as article parts; None when the page holds no text."""
    tree = parse_html(html)
    if tree is None:
        return None
    facts = page_facts(tree)
    blocks, meta = extract_html(html, url)
    if not any(tag == "p" for tag, _ in blocks) or _run_together(blocks, facts):
        blocks = lxml_blocks(tree)
        meta.setdefault("extracted_by", "lxml")
    if not blocks:
        return None
    title = title or meta.get("title") or facts.h1 or _title_tag(facts.title_tag)
    parts = _assemble(blocks, facts, title, meta)
    date = meta.get("date")
    if published and not (published_is_crawl_date and date):
        date = published
    extra = {k: meta[k] for k in ("author", "dateline", "description", "extracted_by") if meta.get(k)}
    return HtmlArticle(
        parts=parts, title=title, url=url or meta.get("url"), published=date,
        source=meta.get("sitename") or meta.get("hostname"), meta=extra,
    )


def _run_together(blocks: list[tuple[str, str]], facts: PageFacts) -> bool:
    """One paragraph that starts with the headline: structure was lost, read the page instead."""
    texts = [text for tag, text in blocks if tag == "p"]
    if len(texts) != 1 or not facts.h1:
        return False
    return normalize(texts[0]).startswith(normalize(facts.h1)) and len(texts[0]) > len(facts.h1) + 20


def _title_tag(text: str | None) -> str | None:
    """<title> without the site name: 'Headline | Site' -> 'Headline'."""
    if not text:
        return None
    parts = regex.split(r"\s+[|–—-]\s+", text)
    return max(parts, key=len) if len(parts) > 1 else text


def _assemble(blocks: list[tuple[str, str]], facts: PageFacts, title: str | None,
              meta: dict[str, Any]) -> list[tuple[BlockKind, str]]:
    title_key = normalize(title) if title else None
    caption_keys = {normalize(c): c for c in facts.captions}
    dateline_keys = {normalize(d) for d in facts.datelines}
    subtitle_key = normalize(facts.subtitle) if facts.subtitle else None
    head: list[tuple[BlockKind, str]] = [("title", title)] if title else []
    body: list[tuple[BlockKind, str]] = []
    placed: set[str] = set()
    seen_text = False
    for tag, text in blocks:
        if tag == "graphic":
            caption = facts.caption_by_image.get(text)
            if caption and normalize(caption) not in placed:
                placed.add(normalize(caption))
                body.append(("caption", caption))
            continue
        key = normalize(text)
        if (key == title_key or tag == "h1") and not seen_text:
            if not head:
                head.append(("title", text))
            continue  # the headline, or a variant of it above the body
        if key in caption_keys or tag == "figcaption":
            if key not in placed:
                placed.add(key)
                body.append(("caption", text))
            continue
        if key in dateline_keys or (not seen_text and _is_dateline(text)):
            meta.setdefault("dateline", text)
            continue
        if not seen_text and (key == subtitle_key or (tag == "h2" and subtitle_key is None and not body)):
            if not any(k == "subtitle" for k, _ in head):
                head.append(("subtitle", text))
                continue
        if tag.startswith("h") and tag[1:].isdigit():
            body.append(("heading", text))
        else:
            body.append(("paragraph", text))
            seen_text = True
    # Captions whose image trafilatura dropped go right after the headline.
    missing: list[tuple[BlockKind, str]] = [("caption", c) for c in facts.captions if normalize(c) not in placed]
    return head + missing + _trim_trailing_headings(body)


def _trim_trailing_headings(body: list[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    end = len(body)
    while end and body[end - 1][0] == "heading":
        end -= 1
    return body[:end] + [("paragraph", t) for _, t in body[end:]]


def _is_dateline(text: str) -> bool:
    return text.count(" ") < 8 and bool(_DATELINE.match(text)) and not regex.search(r"[.!؟?]$", text)
