"""Docs built by hand for the speech tests (quotes, statements): text through the text
stage, plus entity mentions as the entities stage would leave them."""

from __future__ import annotations

from rasd.arabic.tokens import segment_doc
from rasd.model import Analysis, Article, Entity, Mention, Span
from rasd.pipeline import Doc


def make_doc(*paragraphs: str, title: str | None = None) -> Doc:
    parts = ([("title", title)] if title else []) + [("paragraph", p) for p in paragraphs]
    art = Article.from_parts(parts)  # type: ignore[arg-type]
    doc = Doc(article=art, analysis=Analysis(article_id=art.id))
    segment_doc(doc)
    return doc


def add_mention(doc: Doc, surface: str, typ: str, name: str, nth: int = 0) -> None:
    """A hand-made entity mention, as the entities stage would leave it."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1)
    ent_id = name.lower().replace(" ", "-")
    doc.analysis.mentions.append(Mention(Span(start, start + len(surface), surface), typ, ent_id))
    if all(e.id != ent_id for e in doc.analysis.entities):
        doc.analysis.entities.append(Entity(id=ent_id, name=name, type=typ))
