"""Entities: errors an analyst would never make on ordinary articles: one body or person split in
two by spelling (الخارجية البريطاني / البريطانية، نصرالله / نصر الله، عبدالله / عبد الله), a known
person unlinked because the lineage goes on (آل سعود), a name cut by a false proclitic (فالون ->
الون، فريد -> ريد), a deputy linked to the office holder (نائب خادم الحرمين الشريفين).

Sentences are invented news written for these tests.
"""

from __future__ import annotations

from test_entities import needs_model, run

from rasd.lexicon.actors import compound_variants, join_compounds


def persons(doc) -> list:
    return [e for e in doc.analysis.entities if e.type == "PER"]


def test_theophoric_compound_is_matched_in_both_spellings():
    assert ("نصرالله",) in compound_variants(("نصر", "الله"))
    assert ("حسن", "نصر", "الله") in compound_variants(("حسن", "نصرالله"))
    assert join_compounds(("عبد", "الله", "الصبيحي")) == join_compounds(("عبدالله", "الصبيحي"))
    assert join_compounds(("حزب", "الله")) == ("حزبالله",)


@needs_model
def test_joined_spelling_links_the_known_person():
    doc = run("وقال الأمين العام لحزب الله حسن نصرالله في كلمة متلفزة إن المعركة طويلة.")
    assert any(e.name == "Hassan Nasrallah" for e in persons(doc))


@needs_model
def test_two_spellings_of_a_compound_name_are_one_person():
    doc = run("وقال العقيد عبد الله المرادي إن الكتيبة تقدمت نحو التلال. وأضاف عبدالله المرادي أن المعركة مستمرة.")
    named = [e for e in persons(doc) if "المرادي" in " ".join(e.mentions)]
    assert len(named) == 1
    assert {"عبد الله المرادي", "عبدالله المرادي"} <= set(named[0].mentions)


@needs_model
def test_a_known_body_in_the_ministers_masculine_phrasing_is_the_same_body():
    doc = run("وقال وزير الخارجية البريطاني في بيان إن وزارة الخارجية البريطانية تتابع أوضاع رعاياها.")
    ministries = [e for e in doc.analysis.entities if e.kind == "ministry"]
    assert len(ministries) == 1
    assert ministries[0].name == "British Foreign Office"


@needs_model
def test_lineage_after_a_known_name_keeps_the_link():
    doc = run("واستقبل الأمير محمد بن نايف بن عبدالعزيز آل سعود في جدة أمس وفدا من رجال الأعمال.")
    linked = [e for e in persons(doc) if e.name == "Mohammed bin Nayef"]
    assert linked and "محمد بن نايف بن عبدالعزيز آل سعود" in linked[0].mentions


@needs_model
def test_a_given_name_starting_with_a_proclitic_letter_is_not_cut():
    doc = run("وكتب المحلل فريد الحمدان مقالا عن الأزمة. وقال مراسلنا إن الوزير مارك فالون وصل إلى عمان، وأكد فالون دعم بلاده.")
    names = {m for e in persons(doc) for m in e.mentions}
    assert "ريد الحمدان" not in names and "الون" not in names
    fallon = [e for e in persons(doc) if "فالون" in e.mentions]
    assert len(fallon) == 1 and "مارك فالون" in fallon[0].mentions


@needs_model
def test_the_deputy_of_an_office_holder_is_not_the_holder():
    doc = run("وأكد نائب خادم الحرمين الشريفين خلال استقباله المسؤولين أن أمن المملكة خط أحمر.")
    assert not any(e.name == "Salman bin Abdulaziz" for e in persons(doc))
    doc = run("وأكد خادم الحرمين الشريفين خلال استقباله المسؤولين أن أمن المملكة خط أحمر.")
    assert any(e.name == "Salman bin Abdulaziz" for e in persons(doc))


@needs_model
def test_a_named_holder_after_an_office_word_is_still_mentioned():
    doc = run("وقال المتحدث باسم خليفة حفتر في بيان إن قواته تتقدم نحو المدينة.")
    assert any(e.name == "Khalifa Haftar" for e in persons(doc))
