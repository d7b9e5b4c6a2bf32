"""Entities: the words after a place head that describe the place («سوق مركزي», «قاعدة جوية»,
«أحياء خاضعة») or name what happened there («منطقة الاعتداء», «بوابة الدخول») are no place's
name. Sentences written for the tests; the whole pipeline runs."""

from __future__ import annotations

from entity_docs import analyzed_mentions as _mentions


def test_an_indefinite_adjective_after_a_place_head_is_no_name() -> None:
    got = _mentions("وانفجرت سيارة مفخخة في سوق مركزي ثم في سوق مزدحم بمدينة بغداد.")
    assert got == [("بغداد", "LOC", "baghdad")]
    got = _mentions("وقصفت الطائرات قاعدة جوية ومنطقة مرتفعة قرب مدينة حلب.")
    assert got == [("حلب", "LOC", "aleppo")]


def test_a_town_shaped_like_an_adjective_keeps_its_name() -> None:
    got = _mentions("وسيطر الجيش على بلدة مندلي ومخيم مخمور وحي شهيد.")
    assert [m[:2] for m in got] == [("مندلي", "LOC"), ("مخمور", "LOC"), ("شهيد", "LOC")]


def test_an_event_or_an_action_after_a_place_head_is_no_name() -> None:
    got = _mentions("ووصلت القوات إلى منطقة الاعتداء ثم إلى محطة النقل في مدينة بنغازي.")
    assert got == [("بنغازي", "LOC", "benghazi")]
    got = _mentions("وانفجرت العبوة عند بوابة الدخول إلى مطار كابول.")
    assert [m[0] for m in got] == ["مطار كابول"]


def test_members_glued_to_a_known_body_leave_the_body() -> None:
    got = _mentions("وأصيب خمسة جنود من الأمن المركزي وعدد من عناصر الأمن المركزي")
    assert [m[:2] for m in got] == [("الأمن المركزي", "ORG")] * 2


def test_an_ordinal_or_new_goes_on_with_a_quarter_named_by_its_head() -> None:
    got = _mentions("وانفجرت عبوة في حي الزهور الثانية ثم في حي الفرقان الجديدة غربي مدينة بعقوبة.")
    assert [m[:2] for m in got][:2] == [("الزهور الثانية", "LOC"), ("الفرقان الجديدة", "LOC")]


def test_an_allegiance_is_no_part_of_a_camp_s_name() -> None:
    got = _mentions("وقصفت الطائرات معسكر الفرقان الموالي للمتمردين.")
    assert [m[:2] for m in got] == [("معسكر الفرقان", "LOC")]


def test_numbered_quarters_of_a_plural_head_are_two_places() -> None:
    got = _mentions("واستعادت القوات منطقتي الطاش الأول والطاش الثاني جنوب مدينة الرمادي.")
    assert [m[:2] for m in got] == [("الطاش الأول", "LOC"), ("الطاش الثاني", "LOC"), ("الرمادي", "LOC")]
    assert got[0][2] != got[1][2]


def test_a_possessed_noun_or_but_after_a_place_is_no_name() -> None:
    got = _mentions("وعادت مئتا أسرة نازحة إلى مناطق سكنها في مدينة الرمادي، ثم إلى مدينة بنها.")
    assert [m[0] for m in got] == ["الرمادي", "بنها"]
    got = _mentions("وتقدمت القوات نحو معسكر انتجريتي لكنه لم يدخله.")
    assert [m[0] for m in got] == ["معسكر انتجريتي"]
