"""Docs for the entities tests: the text stage then the entities stage, nothing else."""

from __future__ import annotations

from rasd.arabic.tokens import segment_doc
from rasd.extract.entities import extract_entities
from rasd.model import Analysis, Article
from rasd.pipeline import Doc, analyze


def entities_doc(*paragraphs: str) -> Doc:
    """A Doc of these paragraphs after the text and entities stages."""
    art = Article.from_parts([("paragraph", p) for p in paragraphs])
    doc = Doc(article=art, analysis=Analysis(article_id=art.id))
    segment_doc(doc)
    extract_entities(doc)
    return doc


def analyzed_mentions(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    """(text, type, entity id) of the mentions the whole pipeline finds in these paragraphs."""
    an = analyze(Article.from_parts([("paragraph", p) for p in paragraphs]))
    return [(m.span.text, m.type, m.entity_id) for m in an.mentions]
