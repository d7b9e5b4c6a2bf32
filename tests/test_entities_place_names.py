"""Entities: a place found by its head word keeps the second word of its name: the definite noun
a bare first word is annexed to (ناحية زهور الربيع) and a part's adjective after a definite name
(قرية المنصورة العليا), but not an adjective of the place (بلدة كفرنبل القريبة، مدينة إدلب المحاصرة). A foreign
person's name after the conjunction و leaves it out when the name goes on with a consonant (وبيتروفيتش); nor does a
tagger's person start with a preposition and a common noun (لزعامة) or end with a plural nisba (الشخصيين)
or an accusative participle (خاضعا). A bare foreign second word ending in ا goes on the name (إقليم خيبر
باختونخوا) unless raw news knows it (بلدة عرسال شمالا: an adverb). After a place head آل opens a name
(قرية آل سعيد: a village named after a family). A name ending in ية after a head is a place when
raw news knows it as one (حي ايستينية), not an adjective (بلدات علوية، أحياء سكنية).
Sentences written for the tests; the whole pipeline runs."""

from __future__ import annotations

from entity_docs import analyzed_mentions as _mentions


def _locs(text: str) -> set[str]:
    return {t for t, typ, _e in _mentions(text) if typ == "LOC"}


def test_a_bare_name_goes_on_with_the_definite_noun_it_is_annexed_to() -> None:
    locs = _locs("واندلعت اشتباكات عنيفة في ناحية زهور الربيع شرقي المدينة منذ الفجر.")
    assert "زهور الربيع" in locs
    assert "زهور" not in locs


def test_a_definite_name_goes_on_with_its_parts_adjective() -> None:
    locs = _locs("وسقطت قذائف على قرية الطويلة السفلى وقرية الخضراء العليا.")
    assert {"الطويلة السفلى", "الخضراء العليا"} <= locs


def test_an_adjective_of_the_place_is_not_its_name() -> None:
    locs = _locs("ووصل النازحون إلى بلدة كفرنبل القريبة من الحدود بعد فرارهم من بلدة نوى المحاصرة.")
    assert not any(" " in t for t in locs)


def test_reviving_is_no_head_of_quarters() -> None:
    locs = _locs("ونظمت الجمعية أمسية لإحياء ذكرى الشهداء وإحياء مواسم الحصاد في القرية.")
    assert not locs


def test_the_conjunction_before_a_foreign_name_is_left_out() -> None:
    got = _mentions("وبيتروفيتش تشيرنوفسكي هو أول صحفي يخطف في المنطقة، وقال ويليام هيغ إن الأمر خطير.")
    pers = {t for t, typ, _e in got if typ == "PER"}
    assert "بيتروفيتش تشيرنوفسكي" in pers and "ويليام هيغ" in pers


def test_a_tagger_person_leaves_out_a_preposition_phrase_an_adjective_and_a_predicate() -> None:
    got = _mentions("وقال أحد حراس خالد الشخصيين إن سعيد لا يزال خاضعا للعلاج، "
                    "فيما تسعى الفصائل الموالية لزعامة منصور إلى الحوار، وقال لطفي زيتون إن الوضع هادئ.")
    pers = {t for t, typ, _e in got if typ == "PER"}
    assert not any(t.endswith(("الشخصيين", "خاضعا")) or t.startswith("لزعامة") for t in pers)
    assert "لطفي زيتون" in pers


def test_a_foreign_second_word_ending_in_alif_is_no_adverb() -> None:
    locs = _locs("وقتل خمسة جنود في إقليم غوكو باراتوا، بينما وصل النازحون إلى بلدة عرسال شمالا.")
    assert "غوكو باراتوا" in locs
    assert not any(t.endswith("شمالا") for t in locs)


def test_a_village_named_after_a_family() -> None:
    got = _mentions("ونقل المصابون من قرية آل سعيد إلى مستشفى المدينة.")
    assert ("آل سعيد", "LOC") in {(t, typ) for t, typ, _e in got}


def test_a_place_name_ending_like_a_nisba_that_raw_news_knows_as_a_place() -> None:
    locs = _locs("ووقع الانفجار في حي ايستينية بإسطنبول، فيما حوصرت بلدات علوية وأحياء سكنية.")
    assert "ايستينية" in locs
    assert not any(t.startswith(("علوية", "سكنية")) or t.endswith("بإسطنبول") for t in locs)
