"""Quantities: digits and words, units, approximators, vague counts; dates are not quantities."""

from __future__ import annotations

import pytest

from rasd.arabic.tokens import segment_doc
from rasd.extract.numbers import extract_numbers
from rasd.extract.times import extract_times
from rasd.model import Analysis, Article, Quantity
from rasd.pipeline import Doc


def quantities(text: str, published: str | None = "2020-06-01") -> list[Quantity]:
    article = Article.from_parts([("paragraph", text)], published=published)
    doc = Doc(article=article, analysis=Analysis(article_id=article.id))
    segment_doc(doc)
    extract_times(doc)  # the times stage runs first: numbers inside dates are left alone
    extract_numbers(doc)
    for q in doc.analysis.quantities:
        assert article.text[q.span.start:q.span.end] == q.span.text
    return doc.analysis.quantities


def spans(text: str) -> dict[str, float | int]:
    return {q.span.text: q.value for q in quantities(text)}


def test_digits_with_people() -> None:
    [q] = quantities("وأسفر الهجوم عن مقتل 6 أشخاص في السوق.")
    assert (q.span.text, q.value, q.unit, q.approx) == ("6 أشخاص", 6, "people", None)


def test_arabic_indic_digits() -> None:
    [q] = quantities("قُتل ٣٥ مدنيا في القصف.")
    assert (q.span.text, q.value, q.unit) == ("٣٥ مدنيا", 35, "people")


def test_number_words_in_both_genders() -> None:
    assert spans("قُتل ثلاثة أشخاص وأصيبت ثلاث نساء.") == {"ثلاثة أشخاص": 3, "ثلاث نساء": 3}
    assert spans("وجُرح أربعة آخرون.") == {"أربعة آخرون": 4}


def test_ordinal_age_and_definite_digits() -> None:
    assert spans("ويُعتقد أنه في الثامنة والخمسين من العمر.") == {"الثامنة والخمسين": 58}
    assert spans("ينشط التنظيم في واحدة من الولايات الـ34 في البلد.") == {"الـ34": 34}
    assert spans("وافتُتح الفرع الرابع عشر للحزب.") == {}  # a rank, not a count


def test_multipliers_and_money() -> None:
    [q] = quantities("ورصدت الحكومة مكافأة تصل إلى 5 ملايين دولار.")
    assert (q.span.text, q.value, q.unit) == ("5 ملايين دولار", 5_000_000, "dollars")
    assert spans("واستقبلت المدينة ألفين من الزوار.") == {"ألفين من الزوار": 2000}
    assert spans("في نزاع أوقع أربعين ألف قتيل.") == {"أربعين ألف قتيل": 40_000}


@pytest.mark.parametrize("text,span,value,approx", [
    ("وأصيب نحو 10 أشخاص في الانفجار.", "نحو 10 أشخاص", 10, "about"),
    ("وقُتل أكثر من 50 شخصا في الهجمات.", "أكثر من 50 شخصا", 50, "more_than"),
    ("وقُتل ما لا يقل عن 17 عنصرا من الأمن.", "17 عنصرا", 17, "at_least"),  # the bound is read, not kept in the text
    ("وقُتل 15 شخصا على الأقل.", "15 شخصا", 15, "at_least"),
    ("وأصيب حوالى 400 في الغارات.", "حوالى 400", 400, "about"),
])
def test_approximators(text: str, span: str, value: int, approx: str) -> None:
    [q] = quantities(text)
    assert (q.span.text, q.value, q.approx) == (span, value, approx)


def test_vague_quantities() -> None:
    [q] = quantities("وأصيب عشرات بجروح في الاشتباكات.")
    assert (q.value, q.approx) == (10, "vague")
    [q] = quantities("وتظاهر مئات الآلاف في العاصمة.")
    assert (q.value, q.approx) == (100_000, "vague")


def test_duals_count_two() -> None:
    assert spans("سقط قتيلان في الهجوم.") == {"قتيلان": 2}
    assert spans("وأصاب مسلح شخصين بجروح.") == {"شخصين": 2}
    assert spans("وشن الجيش غارتين.") == {"غارتين": 2}
    assert spans("وشارك مئات المدنيين في الجنازة.") == {"مئات المدنيين": 100}


def test_partitives_and_others() -> None:
    assert spans("واستشهد 12 من رجال الأمن.") == {"12 من رجال الأمن": 12}
    assert spans("وأدى إلى مقتل 32 من الناشطين الشبان.") == {"32 من الناشطين": 32}
    assert spans("وأصيب تسعة آخرين، ثلاثة منهم إصاباتهم بالغة.") == {"تسعة آخرين": 9, "ثلاثة منهم": 3}


def test_percentages() -> None:
    [q] = quantities("وتراجع عدد القتلى بنسبة 6 في المائة.")
    assert (q.span.text, q.value, q.unit) == ("6 في المائة", 6, "percent")


def test_dates_and_times_are_not_quantities() -> None:
    assert quantities("وصل الوزير إلى كابل يوم 15 أغسطس 2022 (أ.ف.ب)", "2024-12-11") == []
    assert quantities("مثلما كانت بعد الاجتياح عام 1979.", "2015-12") == []
    assert quantities("وقع الانفجار في نحو الساعة 10:30 صباح أمس.", "2015-08-07") == []


def test_counts_of_time_units_are_quantities() -> None:
    assert spans("وسقطت الهدنة قبل عشرة أيام.") == {"عشرة أيام": 10}
    assert spans("في نزاع دام 30 عاما.") == {"30 عاما": 30}


def test_labels_are_not_quantities() -> None:
    assert spans("وتبنى المجلس القرار 2254 بالإجماع.") == {}
    assert spans("وقصفت طائرات (إف 16) المواقع.") == {}
    assert spans("وكانت المعركة في حرب 1973 حاسمة.") == {}


def test_dot_before_three_digits_counting_people_is_a_thousands_separator() -> None:
    assert spans("وانتشر 12.500 جندي على طول الحدود.") == {"12.500 جندي": 12500}
    assert spans("وشارك 3.200 من المتطوعين في الحملة.") == {"3.200 من المتطوعين": 3200}


def test_decimals_stay_decimal_for_money_measures_and_multipliers() -> None:
    assert spans("وبلغت الخسائر 2.5 مليون دولار.") == {"2.5 مليون دولار": 2_500_000}
    assert spans("وبلغ الرسم 7.500 دينار للطن.") == {"7.500 دينار": 7.5}


def test_clock_times_are_not_quantities() -> None:
    assert quantities("ووقع الهجوم قرابة الساعة 1.30 توقيت غرينتش.", "2016-03-10") == []
    assert quantities("وهز الانفجار الحي عند 1.30 ت.غ.", "2016-03-10") == []


def test_vague_quantities_are_marked_vague() -> None:
    found = quantities("واحتشد العشرات أمام المبنى واعتقل عشرات من الشبان.")
    assert [(q.span.text, q.approx) for q in found] == [("العشرات", "vague"), ("عشرات من الشبان", "vague")]


def test_duals_of_patrols_injuries_and_vehicles() -> None:
    assert spans("واستهدفت الكمائن دوريتين وأسفرت عن إصابتين وضبط عجلتين مفخختين.") == {
        "دوريتين": 2, "إصابتين": 2, "عجلتين": 2}
