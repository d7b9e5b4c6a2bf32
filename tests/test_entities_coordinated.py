"""Entities: a name that alone could be an ordinary word («حماة» protectors, «القاعدة» the base,
«أبين») is a name when و joins it to a name of the same type right before it. Sentences written
for the tests; the whole pipeline runs."""

from __future__ import annotations

from entity_docs import analyzed_mentions as _mentions


def test_a_town_joined_to_a_town_is_a_town() -> None:
    got = _mentions("وتقدم المسلحون نحو الطرق التي تربط حلب وحماة بالساحل.")
    assert ("حماة", "LOC", "hama") in got


def test_a_group_joined_to_a_group_is_a_group() -> None:
    got = _mentions("وحذر الوزير من خطر تنظيم الدولة الإسلامية والقاعدة على المنطقة.")
    assert ("القاعدة", "ORG", "al-qaeda") in got


def test_a_common_word_joined_to_a_name_of_another_type_stays_a_word() -> None:
    got = _mentions("وقصفت الطائرات مدينة حلب والقاعدة العسكرية القريبة منها.")
    assert got == [("حلب", "LOC", "aleppo")]
