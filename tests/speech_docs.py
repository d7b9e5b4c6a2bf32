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


def run_speech(doc: Doc) -> Doc:
    """The quotes and statements stages on a built Doc."""
    from rasd.extract.quotes import extract_quotes
    from rasd.extract.statements import extract_statements

    extract_quotes(doc)
    extract_statements(doc)
    return doc


def direct_quotes(doc: Doc) -> list[tuple[str | None, str]]:
    """(speaker, text) of the direct quotes found."""
    return [(q.speaker, q.span.text) for q in doc.analysis.quotes if q.direct]


def statement_triples(doc: Doc) -> list[tuple[str, str | None, str]]:
    """(stance, speaker, about) of the statements found."""
    return [(s.stance, s.speaker, s.about.text) for s in doc.analysis.statements]


def analyzed_triples(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    """(stance, speaker, about, or "" without one) of the statements the whole pipeline finds
    in an article of these paragraphs."""
    from rasd.pipeline import analyze

    art = Article.from_parts([("paragraph", p) for p in paragraphs])
    return [(s.stance, s.speaker, s.about.text if s.about else "") for s in analyze(art).statements]
