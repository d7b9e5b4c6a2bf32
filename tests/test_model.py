from rasd.model import (
    Analysis,
    Article,
    Entity,
    Event,
    Mention,
    Place,
    Quantity,
    Quote,
    Span,
    Statement,
    TimeExpr,
    from_dict,
    to_dict,
    to_json,
)


def make_article() -> Article:
    return Article.from_parts(
        [("title", "  انفجار في السوق  "), ("subtitle", "الشرطة تحقق"), ("caption", "صورة للموقع (رويترز)"),
         ("paragraph", "قُتل ثلاثة أشخاص الثلاثاء."), ("heading", "تحقيق"), ("paragraph", "وقال مصدر إن التحقيق بدأ.")],
        source="test", url="https://example.org/1", published="2025-03-11",
    )


def test_structure_is_derived_from_blocks_and_offsets_hold():
    art = make_article()
    assert art.title == "انفجار في السوق"
    assert art.subtitle == "الشرطة تحقق"
    assert art.captions == ["صورة للموقع (رويترز)"]
    assert art.headings == ["تحقيق"]
    assert art.paragraphs == ["قُتل ثلاثة أشخاص الثلاثاء.", "وقال مصدر إن التحقيق بدأ."]
    for b in art.blocks:
        assert art.text[b.start:b.end].strip() == art.text[b.start:b.end]
    assert art.published_precision == "day"


def test_stable_ids():
    assert make_article().id == make_article().id
    other = Article.from_parts([("title", "x")], source="test", url="https://example.org/2")
    assert other.id != make_article().id


def test_json_round_trip_of_a_full_analysis():
    art = make_article()
    text = art.text
    s = text.index("ثلاثة")
    sp = Span.of(text, s, s + 5)
    an = Analysis(
        article_id=art.id,
        mentions=[Mention(sp, "PER", "x")],
        entities=[Entity("x", "X", "PER", aliases=["a"], mentions=["ثلاثة"])],
        times=[TimeExpr(sp, "2025-03-11", resolution="relative_to_publication")],
        quantities=[Quantity(sp, 3, unit="people")],
        quotes=[Quote(sp, speaker="مصدر", speaker_span=sp, cue=sp)],
        statements=[Statement("deny", "X", about=sp, cue=sp)],
        events=[Event("bombing", evidence=sp, place=Place("Mosul", "IQ", lat=36.3, lon=43.1), killed=3)],
    )
    back = from_dict(Analysis, to_dict(an))
    assert back == an
    assert from_dict(Article, to_dict(art)) == art
    assert "ثلاثة" in to_json(an)
