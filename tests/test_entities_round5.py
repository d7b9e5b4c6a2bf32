"""Entities, round 5: quarters named after a city (بغداد الجديدة), facilities named after a person or
a town (متنزه الشيخ زايد، مستشفى العريش العسكري), news portals with a facility's head (بوابة الوسط),
place names that are common words after their head (محافظة إب), a state's security forces with its
nationality, and persons in a coordinated list.

Sentences are invented news written for these tests.
"""

from __future__ import annotations

from test_entities import by_name, needs_model, run


def mentions(doc) -> set[str]:
    return {m for e in doc.analysis.entities for m in e.mentions}


def entity_with(doc, mention: str):
    return next(e for e in doc.analysis.entities if mention in e.mentions)


@needs_model
def test_new_or_old_quarter_of_a_city_is_a_place_of_its_own_in_its_country():
    doc = run("انفجرت سيارة مفخخة في حي بغداد الجديدة، وقالت الشرطة في بغداد إن الحصيلة ارتفعت.")
    quarter = entity_with(doc, "بغداد الجديدة")
    assert quarter.type == "LOC" and quarter.country == "IQ" and quarter.name != "Baghdad"
    assert "Baghdad" in by_name(doc)
    doc = run("سقطت قذائف على أسواق حلب القديمة مساء أمس.")
    assert entity_with(doc, "حلب القديمة").type == "LOC"


@needs_model
def test_facility_named_after_a_person_or_a_town_with_its_adjective():
    doc = run("وأصيب طفلان قرب متنزه الشيخ زايد ونقلا إلى مستشفى العريش العسكري.")
    assert entity_with(doc, "متنزه الشيخ زايد").type == "LOC"
    assert entity_with(doc, "مستشفى العريش العسكري").type == "LOC"
    assert not any(e.type == "PER" for e in doc.analysis.entities)


@needs_model
def test_portal_with_a_facility_head_is_a_medium_after_a_media_head_or_before_its_adjective():
    doc = run("وقال موقع «بوابة النيل» إن الاشتباكات توقفت.")
    assert entity_with(doc, "بوابة النيل").type == "ORG"
    doc = run("وأكد مصدر عسكري لـ«بوابة الصحراء» الإخبارية أن الطريق أغلق.")
    assert entity_with(doc, "بوابة الصحراء").type == "ORG"


@needs_model
def test_a_place_name_that_is_a_common_word_stands_after_its_head():
    doc = run("وسقط ثلاثة قتلى في اشتباكات بمحافظة إب وسط اليمن.")
    assert entity_with(doc, "إب").type == "LOC"


@needs_model
def test_security_forces_with_a_nationality_are_an_entity_but_not_alone():
    doc = run("واعتقلت قوات الأمن التركية 12 شخصا في أنقرة.")
    assert "Turkish security forces" in by_name(doc)
    doc = run("وانتشرت قوات الأمن في الشوارع بعد الهجوم.")
    assert not any("security forces" in e.name for e in doc.analysis.entities)


@needs_model
def test_given_name_with_waw_in_a_list_of_persons_opens_the_next_full_name():
    doc = run("وحضر اللقاء القياديان سامح عزمي وناجح فريد في القاهرة.")
    names = mentions(doc)
    assert "ناجح فريد" in names and "فريد" not in names


@needs_model
def test_waw_word_before_al_din_opens_a_second_person():
    doc = run("وقتل في الغارة القياديان جمال ونور الدين في ولاية قندوز.")
    per = {e.name for e in doc.analysis.entities if e.type == "PER"}
    assert "جمال ونور الدين" not in per


def test_new_officials_are_known_to_the_lexicon():
    from rasd.lexicon.actors import lookup_actor

    assert lookup_actor("إبراهيم محلب").name == "Ibrahim Mahlab"
    assert lookup_actor("أفيخاي أدرعي").parent == "israel-defense-forces"
