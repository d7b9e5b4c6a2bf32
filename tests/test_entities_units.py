"""Entities: a military unit named by its head and its number or ordinal (الفرقة 30، كتيبة الـ21،
اللواء الأول مشاة، المنطقة العسكرية الثالثة) is an organization; the rank اللواء before a name is not. A noun with a possessive pronoun between a
title and a name (رئيس بلديتها) is no first name.
Sentences written for the tests; the whole pipeline runs."""

from __future__ import annotations

from entity_docs import analyzed_mentions as _mentions


def test_units_named_by_number_and_ordinal() -> None:
    got = _mentions("وقال مصدر إن مقاتلين من الفرقة 52 اشتبكوا مع عناصر كتيبة الـ14 قرب القرية، "
                    "فيما قصفت المنطقة العسكرية الخامسة مواقع المسلحين بمساندة اللواء الثاني مشاة.")
    texts = {(t, typ) for t, typ, _e in got}
    assert {("الفرقة 52", "ORG"), ("كتيبة الـ14", "ORG"), ("المنطقة العسكرية الخامسة", "ORG"),
            ("اللواء الثاني مشاة", "ORG")} <= texts


def test_a_rank_or_a_count_is_no_unit() -> None:
    got = _mentions("وقال اللواء سمير الحداد إن فرقة من الإطفاء وصلت بعد 30 دقيقة.")
    assert not any(typ == "ORG" and t.startswith(("اللواء", "فرقة")) for t, typ, _e in got)


def test_the_unit_word_refers_back_to_the_numbered_unit() -> None:
    from rasd.model import Article
    from rasd.pipeline import analyze

    an = analyze(Article.from_parts([("paragraph", "وقالت مصادر محلية إن الاشتباكات تجددت."), (
        "paragraph", "ونشرت الفرقة 52 بيانا جاء فيه: «استنكرت قيادة الفرقة 52 قيام المسلحين بخطف قائدها». "
                     "وطالبت الفرقة «المسلحين بإطلاق» المخطوفين فورا.")]))
    assert [(s.stance, s.speaker) for s in an.statements] == [("condemn", "الفرقة 52"), ("demand", "الفرقة 52")]
    assert an.statements[0].about is not None and an.statements[0].about.text.startswith("قيام")


def test_units_of_two_numbers_are_two_entities() -> None:
    got = _mentions("وقصفت الطائرات معسكر اللواء 41 ثم استهدفت مواقع اللواء 73 قرب المدينة.")
    ids = {t: e for t, typ, e in got if typ == "ORG"}
    assert ids.keys() >= {"اللواء 41", "اللواء 73"} and ids["اللواء 41"] != ids["اللواء 73"]


def test_a_possessed_noun_after_a_title_is_no_first_name() -> None:
    got = _mentions("وقال رئيس بلديتها خالد منصور الحربي إن النيران أتت على المنازل.")
    assert ("خالد منصور الحربي", "PER") in {(t, typ) for t, typ, _e in got}
    assert not any(t.startswith("بلديتها") for t, _typ, _e in got)


def test_an_ambiguous_known_name_after_a_place_head_keeps_its_ordinal() -> None:
    got = _mentions("وسقطت قذيفة هاون على حي اليرموك الثالثة غربي المدينة.")
    assert ("اليرموك الثالثة", "LOC") in {(t, typ) for t, typ, _e in got}
