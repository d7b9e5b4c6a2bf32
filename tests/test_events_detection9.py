"""Events stage, detection round 9, through the whole pipeline: what aircraft or an air force
destroy («دمرت طائرات», «نجح الطيران في تدمير») they strike from the air; destruction told
of anything else reports nothing. Every sentence is invented for these tests.
"""

from __future__ import annotations

from event_docs import news_types as _types

# ------------------------------------------------------------------ destruction from the air


def test_aircraft_that_destroy_a_depot_strike_from_the_air():
    assert _types("ودمرت طائرات التحالف أمس مستودعا للذخيرة في ضواحي بلدة الربوة.") == ["air_strike"]


def test_aircraft_told_first_that_succeed_in_destroying_strike_from_the_air():
    assert _types("نجحت المقاتلات الحربية أمس في تدمير ثلاث آليات للمتمردين قرب مدينة الجوف.") == ["air_strike"]


def test_the_air_arm_named_after_the_verb_strikes():
    assert _types("دمر طيران التحالف أمس دبابة ومركبتين للمسلحين جنوب مدينة الجوف.") == ["air_strike"]


def test_destruction_by_anything_else_reports_nothing():
    assert _types("دمرت السيول أمس عشرات المنازل في قرى الوادي.") == []
    assert _types("دمرت الحرب الأسواق القديمة في المدينة خلال السنوات الماضية.") == []


def test_a_blast_that_destroys_stays_a_bombing():
    assert _types("دمر انفجار سيارة مفخخة أمس سوقا شعبيا في وسط المدينة.") == ["bombing"]


# ------------------------------------------------------------------ a place taken by force


def test_a_town_taken_on_a_named_day_is_a_clash():
    assert _types("سيطرت قوات الجيش أمس على بلدة الربوة بعد انسحاب المسلحين منها.") == ["armed_clash"]


def test_a_town_retaken_by_a_force_named_first_is_a_clash():
    assert _types("وجاء ذلك بعد استعادة القوات الحكومية لمدينة الربوة يوم الثلاثاء.") == ["armed_clash"]


def test_control_of_a_situation_or_relations_regained_is_no_clash():
    assert _types("وتمكنت الشرطة أمس من السيطرة على الوضع في المدينة.") == []
    assert _types("وقال الوزير أمس إن البلدين يسعيان إلى استعادة علاقات الربوة بجيرانها.") == []


def test_a_capture_that_describes_the_group_or_names_no_day_reports_nothing():
    assert _types("وقال إن التنظيم الذي سيطر على مدينة الربوة في الثاني من مارس بدأ الانسحاب منها.") == []
    assert _types("وسيطر التنظيم على مدينة الربوة في مارس الماضي.") == []
