"""Time expressions, round 5: age limits and decades of life, law citations, «اليوم نفسه»,
Friday sermons, «بعد ساعات قليلة», and four-digit UTC clock times."""

from __future__ import annotations

from rasd.extract.times import find_times


def _times(text: str, published: str = "2015-07-31") -> list[tuple[str, str]]:
    return [(t.span.text, t.value) for t in find_times(text, published)]


def test_an_age_limit_is_no_duration() -> None:
    text = "ونفذت الهجوم فتاتان يقل عمرهما عن 14 عاما في سوق المدينة."
    assert _times(text) == []


def test_a_plain_age_stays_a_duration_as_timeml_marks_it() -> None:
    text = "وقد عولج الطفل البالغ من العمر 12 عاما في مستشفى العاصمة."
    assert _times(text) == [("12 عاما", "P12Y")]


def test_a_decade_of_life_is_no_calendar_decade() -> None:
    text = "وقال الزعيم الديني وهو في السبعينات من العمر إن الحكومة مسؤولة."
    assert _times(text) == []
    # a calendar decade is still one
    assert _times("وشهدت البلاد في السبعينات من القرن الماضي أزمة مماثلة.")


def test_the_year_of_a_numbered_law_is_part_of_its_number() -> None:
    text = "وصدر القرار استنادا إلى القانون رقم 47 لسنة 1972 والمرسوم رقم 12 لعام 2010."
    assert _times(text) == []
    assert _times("وصدر القانون عام 1972 بعد جدل طويل.") == [("عام 1972", "1972")]


def test_the_same_day_is_not_today() -> None:
    text = "قتل جندي يوم الأحد، وفي اليوم نفسه انفجرت عبوة في السوق."
    spans = [s for s, _ in _times(text)]
    assert "اليوم" not in spans
    assert "يوم الأحد" in spans


def test_friday_sermons_name_no_date() -> None:
    assert _times("ويلقي ممثل المرجعية خطب الجمعة في كربلاء.") == []
    assert _times("وانتقدت منابر الجمعة أداء الحكومة.") == []


def test_a_few_hours_after_an_event_is_a_vague_duration() -> None:
    text = "وجاءت الغارة بعد ساعات قليلة من سقوط قذيفة على البلدة."
    assert _times(text) == [("بعد ساعات قليلة", "PTXH")]


def test_four_digit_utc_clock_time() -> None:
    text = "انفجرت القنبلة اليوم الجمعة الساعة الثامنة صباحا (0700 بتوقيت غرينتش) قرب المسجد."
    got = _times(text)
    assert ("0700 بتوقيت غرينتش", "2015-07-31T07:00Z") in got
    # four digits alone are no clock time
    assert all("0700" not in s for s, _ in _times("ويبلغ عدد السكان 0700 نسمة."))
