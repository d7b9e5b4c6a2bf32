"""Event places, session 9 (P3): which named place in a sentence is the happening's."""

from __future__ import annotations

from event_docs import event_place


def test_a_densely_peopled_area_is_no_name() -> None:
    place = event_place("bombing", "قتل عشرة أشخاص أمس في انفجار سيارة مفخخة في منطقة كثيفة السكان بالعاصمة كابول.")
    assert place.name == "Kabul"


def test_a_central_market_is_no_name() -> None:
    place = event_place("bombing", "قتل خمسة أشخاص في انفجار عبوة ناسفة داخل سوق مركزي في مدينة داماتورو شمال نيجيريا.")
    assert place.name == "Damaturu"


def test_an_inhabited_area_is_no_name() -> None:
    place = event_place("shelling", "قتل ثلاثة مدنيين في قصف على منطقة مأهولة بالسكان في مدينة حلب.")
    assert place.name == "Aleppo"


def test_a_verb_after_a_camps_name_ends_it() -> None:
    place = event_place("attack", "وقال المتحدث إن الهجوم على معسكر شورابك جاء بعد ساعات من تفجير في المدينة أمس.")
    assert place.name == "معسكر شورابك"


def test_a_verb_with_its_object_after_a_base_word_is_no_name() -> None:
    place = event_place("bombing", "قتل ستة أشخاص أمس في انفجار شاحنة مفخخة قرب قاعدة تستخدمها القوات الأجنبية في أفغانستان.")
    assert "تستخدمها" not in place.name
    assert place.name == "Afghanistan"
