"""Docs built by hand for the events tests: text through the text stage, plus mentions,
times, quantities and statements as the earlier stages would leave them, so the event
rules are tested on their own, whatever those stages do."""

from __future__ import annotations

from rasd.arabic.tokens import segment_doc
from rasd.model import Analysis, Article, Entity, Mention, Quantity, Span, Statement, TimeExpr
from rasd.pipeline import Doc


def build(parts, published="2024-03-10", mentions=(), times=(), quantities=(), statements=()):
    """A Doc after the text stage, with hand-made mentions (surface, type, name, kind, country),
    times (surface, value), quantities (surface, value[, approx]) and statements
    (stance, speaker, about)."""
    art = Article.from_parts(parts, published=published, id="test")
    doc = Doc(article=art, analysis=Analysis(article_id="test"))
    segment_doc(doc)
    text = art.text

    def at(surface: str, nth: int = 0) -> Span:
        i = -1
        for _ in range(nth + 1):
            i = text.index(surface, i + 1)
        return Span(i, i + len(surface), surface)

    for surface, etype, name, kind, cc in mentions:
        eid = name.lower().replace(" ", "-")
        doc.analysis.mentions.append(Mention(at(surface), etype, eid, source="lexicon"))
        if all(e.id != eid for e in doc.analysis.entities):
            doc.analysis.entities.append(Entity(eid, name, etype, kind=kind, country=cc))
    for surface, value in times:
        doc.analysis.times.append(TimeExpr(at(surface), value))
    for surface, value, *approx in quantities:
        doc.analysis.quantities.append(Quantity(at(surface), value, approx=approx[0] if approx else None))
    for stance, speaker, about in statements:
        doc.analysis.statements.append(Statement(stance, speaker, at(about), at(about)))
    return doc


def news_article(*paragraphs: str, published: str = "2024-03-10") -> Article:
    """An article titled خبر with these paragraphs, for tests that run the whole pipeline."""
    return Article.from_parts([("title", "خبر")] + [("paragraph", p) for p in paragraphs],
                              published=published, id="t")


def news_events(*paragraphs: str) -> list:
    """The events the whole pipeline finds in :func:`news_article` of the paragraphs."""
    from rasd.pipeline import analyze

    return analyze(news_article(*paragraphs)).events


def news_types(*paragraphs: str) -> list[str]:
    """The types of :func:`news_events`, in order."""
    return [e.type for e in news_events(*paragraphs)]


def events_of_text(text: str, published: str = "2024-03-10") -> list:
    """The events the whole pipeline finds in ``text``, one paragraph per non-empty line."""
    from rasd.pipeline import analyze

    art = Article.from_parts([("paragraph", p) for p in text.split("\n") if p.strip()])
    art.published = published
    return analyze(art).events


def typed_places(text: str) -> list[tuple[str, str | None]]:
    """(type, place name or None) of the events the whole pipeline finds in ``text``."""
    return [(e.type, e.place.name if e.place else None) for e in events_of_text(text)]


def events_of_type(text: str, *types: str) -> list:
    """The events of the given types the whole pipeline finds in ``text``."""
    return [e for e in events_of_text(text) if e.type in types]


VIOLENT = ("attack", "air_strike", "bombing", "shelling", "suicide_bombing", "armed_clash")


def violent_events(text: str) -> list:
    """The violent events (:data:`VIOLENT`) the whole pipeline finds in ``text``."""
    return events_of_type(text, *VIOLENT)


def sorted_types(text: str) -> list[str]:
    """The types of the events the whole pipeline finds in ``text``, sorted."""
    return sorted(e.type for e in events_of_text(text))


def event_place(event_type: str, *paragraphs: str):
    """The place of the first event of ``event_type`` the whole pipeline finds in the paragraphs
    (asserting there is one, with a place whose span indexes the article's text)."""
    from rasd.pipeline import analyze

    art = news_article(*paragraphs)
    evs = [e for e in analyze(art).events if e.type == event_type]
    assert evs, f"no {event_type} event"
    p = evs[0].place
    assert p is not None
    if p.span is not None:
        assert art.text[p.span.start:p.span.end] == p.span.text
    return p


def run_events(doc: Doc) -> list:
    """The events stage (and place resolution) on a built Doc: no stage errors, and every
    argument tied to the words of the text."""
    from rasd.extract.events import extract_events
    from rasd.extract.places import resolve_places

    extract_events(doc)
    resolve_places(doc)
    assert not doc.analysis.errors
    for ev in doc.analysis.events:
        for span in (ev.evidence, ev.trigger, ev.actor1_span, ev.actor2_span, ev.date_span):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text
    return doc.analysis.events
