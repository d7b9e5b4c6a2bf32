"""Text core: clitics, light stems, number words, calendars, throughput."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.arabic.bench import bench_text_core
from rasd.arabic.calendars import (
    gregorian_to_hijri,
    hijri_month_to_gregorian,
    hijri_to_gregorian,
    iso_week,
    month_name,
    weekdays,
)
from rasd.arabic.clitics import split_clitics
from rasd.arabic.normalize import normalize
from rasd.arabic.numbers import parse_digits, parse_number
from rasd.arabic.stem import light_stem

# ------------------------------------------------------------------ clitics


@pytest.mark.parametrize("token,expected", [
    ("وبالمدينة", ("وبال", "مدينة", "")),
    ("الوزير", ("ال", "وزير", "")),
    ("وزير", ("", "وزير", "")),  # و is a root letter here
    ("وزارته", ("", "وزارت", "ه")),
    ("وبيان", ("و", "بيان", "")),  # not و+ب+يان
    ("للبنان", ("ل", "لبنان", "")),
    ("لحقاني", ("ل", "حقاني", "")),
    ("سيعقد", ("س", "يعقد", "")),
    ("كتابهم", ("", "كتاب", "هم")),
    ("اتجاه", ("", "اتجاه", "")),  # the ه after alef is the word's own
    ("فقد", ("", "فقد", "")),  # too short to split
])
def test_split_clitics(token: str, expected: tuple[str, str, str]) -> None:
    assert split_clitics(token) == expected


def test_split_clitics_keeps_every_character_with_diacritics() -> None:
    for token in ("وَالْمَدِينَةِ", "بِالوِزَارَةِ", "وَسَيُعلِنُ", "مُدُنِهِم"):
        prefix, stem, suffix = split_clitics(token)
        assert prefix + stem + suffix == token
        assert stem


def test_split_clitics_extra_protected_names() -> None:
    assert split_clitics("وليد") == ("", "وليد", "")
    assert split_clitics("بلخي")[0] == "ب"
    assert split_clitics("بلخي", protected={"بلخي"}) == ("", "بلخي", "")


# ------------------------------------------------------------------ stems


@pytest.mark.parametrize("forms", [
    ("حقاني", "الحقاني", "لحقاني"),
    ("انفجار", "الانفجار", "انفجارات", "وبالانفجار"),
    ("وزير", "الوزير", "وزيرة", "للوزير"),
    ("وزارة", "الوزارة", "بالوزارة", "وزارتهم"),
    ("بيان", "البيان", "وبيان", "بيانات"),
])
def test_light_stem_folds_inflections(forms: tuple[str, ...]) -> None:
    assert len({light_stem(f) for f in forms}) == 1


def test_light_stem_keeps_distinct_words_apart() -> None:
    assert light_stem("انفجار") != light_stem("تفجير")
    assert light_stem("كابل") == light_stem("بكابل") == "كابل"


def test_light_stem_keeps_protected_names_whole() -> None:
    # the ان of لبنان and طالبان is not a dual ending: Lebanon is not milk, the Taliban are not a student
    assert light_stem("لبنان") == light_stem("بلبنان") == light_stem("اللبناني") == "لبنان"
    assert light_stem("لبن") != light_stem("لبنان")
    assert light_stem("طالبان") != light_stem("طالب")
    assert light_stem("الإمارات") != light_stem("إمارة")
    assert light_stem("البرلمانات") == light_stem("البرلمان")  # a protected word still takes its plural


# ------------------------------------------------------------------ numbers


def _num(text: str) -> tuple[float | int, str] | None:
    parsed = parse_number(normalize(text).split(), 0)
    return (parsed.value, parsed.kind) if parsed else None


@pytest.mark.parametrize("text,value", [
    ("ثلاثة أشخاص", 3),
    ("ثلاث غارات", 3),
    ("اثنتي عشرة ساعة", 12),
    ("خمسة عشر جنديا", 15),
    ("خمسة وتسعين عاما", 95),
    ("مائة وخمسة وعشرين", 125),
    ("ثلاثمئة", 300),
    ("ثلاث مائة", 300),
    ("ألفين", 2000),
    ("أربعين ألف قتيل", 40000),
    ("ثلاثة آلاف وخمسمائة", 3500),
    ("5 ملايين دولار", 5_000_000),
    ("3.5 مليار", 3_500_000_000),
    ("1,592", 1592),
    ("٣٥ قتيلا", 35),
    ("لثلاثة عقود", 3),
    ("نصف مليون", 500_000),
])
def test_cardinals(text: str, value: int) -> None:
    got = _num(text)
    assert got is not None and got[0] == value


@pytest.mark.parametrize("text,value", [
    ("الثامنة والخمسين من العمر", 58),
    ("الحادي عشر", 11),
    ("الخامسة عشرة", 15),
    ("الثالث", 3),
])
def test_ordinals(text: str, value: int) -> None:
    assert _num(text) == (value, "ordinal")


def test_vague_quantities() -> None:
    assert _num("عشرات الجرحى") == (10, "vague")
    assert _num("مئات") == (100, "vague")
    assert _num("عشرات الآلاف") == (10_000, "vague")


def test_not_numbers() -> None:
    assert _num("الأحد") is None  # Sunday, not "one"
    assert _num("وزير") is None
    assert parse_digits("10:30") is None
    assert parse_digits("2,5") == 2.5


# ------------------------------------------------------------------ calendars


@pytest.mark.parametrize("name,month", [
    ("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1), ("آب", 8), ("أغسطس", 8), ("تشرين الأول", 10),
    ("أيلول", 9), ("ذو الحجة", 12), ("ربيع الآخر", 4),
])
def test_month_names_in_every_series(name: str, month: int) -> None:
    found = month_name(normalize(name).split(), 0)
    assert found is not None and found[0].month == month


def test_weekdays() -> None:
    assert weekdays()[normalize("الأربعاء")] == 3
    assert weekdays()[normalize("الإثنين")] == 1


def test_hijri_conversion() -> None:
    assert hijri_to_gregorian(1437, 1, 1) == dt.date(2015, 10, 15)
    assert hijri_to_gregorian(1436, 9, 1) == dt.date(2015, 6, 18)  # Ramadan 1436
    assert hijri_month_to_gregorian(1436, 9) == "2015-07"
    for day in (dt.date(2001, 3, 4), dt.date(2024, 12, 11), dt.date(1979, 12, 24)):
        assert hijri_to_gregorian(*gregorian_to_hijri(day)) == day


def test_iso_week() -> None:
    assert iso_week(dt.date(2015, 12, 24)) == "2015-W52"
    assert iso_week(dt.date(2021, 1, 2)) == "2020-W53"


# ------------------------------------------------------------------ speed


def test_bench_text_core_reports_throughput() -> None:
    texts = ["قُتل ثلاثة أشخاص وأصيب ١٢ آخرون في انفجار «سيارة مفخخة» وسط المدينة، أمس الثلاثاء."] * 200
    report = bench_text_core(texts, repeat=1, quiet=True)
    assert report["chars"] == sum(len(t) for t in texts)
    assert report["tokens"] > 0 and report["chars_per_s"] > 0


def test_a_full_stop_glued_to_the_next_word_is_a_token_and_may_end_a_sentence():
    from rasd.arabic.tokens import sentences, tokenize

    text = "قتل ثلاثة جنود في الكاميرون.وأصيب خمسة آخرون."
    assert [text[a:b] for a, b in tokenize(text)][4:7] == ["الكاميرون", ".", "وأصيب"]
    assert [text[a:b] for a, b in sentences(text)] == ["قتل ثلاثة جنود في الكاميرون.", "وأصيب خمسة آخرون."]
    # abbreviations stay one token and end nothing: letters or letter names joined by dots
    text = "ذكرت وكالة أ.ف.ب وقناة إيه.بي.سي أن الهجوم وقع ق.م ليلا."
    toks = [text[a:b] for a, b in tokenize(text)]
    assert {"أ.ف.ب", "إيه.بي.سي", "ق.م"} <= set(toks)
    assert len(sentences(text)) == 1
    # a number's decimal point is no full stop
    text = "نحو 3.5 مليون"
    assert [text[a:b] for a, b in tokenize(text)] == ["نحو", "3.5", "مليون"]
