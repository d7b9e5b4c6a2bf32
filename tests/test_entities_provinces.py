"""Entities: provinces (place_admin1.tsv) are places, those whose name is also a word only in an
article on their country; a local body named with a known place (شرطة نينوى، مجلس محافظة نينوى) is an
organization that holds the place. Sentences written for the tests; the whole pipeline runs."""

from __future__ import annotations

from entity_docs import analyzed_mentions as _mentions


def test_people_counted_by_province_come_from_the_provinces() -> None:
    got = _mentions("وضبطت الشرطة المصرية 20 شخصا بينهم 3 من أسيوط و2 من الدقهلية و4 من قنا "
                    "و5 من البحيرة و6 من الشرقية.")
    assert ("الدقهلية", "LOC", "dakahlia-governorate") in got
    assert ("البحيرة", "LOC", "beheira-governorate") in got
    assert ("الشرقية", "LOC", "sharqia-governorate") in got
    assert ("قنا", "LOC", "qina") in got


def test_a_province_named_as_a_word_elsewhere_stays_a_word() -> None:
    got = _mentions("وقال إن السفينة نقلت أسلحة إلى المنطقة الشرقية. وأكد المتحدث باسم الجيش الليبي ذلك.")
    assert [m for m in got if m[1] == "LOC"] == []


def test_a_local_body_named_with_its_place_is_an_organization() -> None:
    got = _mentions("وكشف ضابط في شرطة نينوى عن مقتل 42 مسلحا، فيما طالب مجلس محافظة نينوى بإقالة المحافظ.")
    assert [(t, typ) for t, typ, _ in got] == [("شرطة نينوى", "ORG"), ("مجلس محافظة نينوى", "ORG")]


def test_a_definite_head_before_a_place_names_no_body() -> None:
    got = _mentions("وسلم المسلحون أنفسهم للشرطة شمال سيناء بعد المواجهات.")
    assert ("شمال سيناء", "LOC", "north-sinai-governorate") in got
