"""Events: happenings told in words the triggers missed. A side that "تخوض معارك" fights now (not "تخوض المعارك" in
general, nor "يخوض معارك منذ عامين", a campaign); an assault fought off ("محاولة هجوم فاشلة") is a battle; bodies found killed tell
a killing of their own, not the bombing told beside them; "غارات شبه يومية" is a habit.
Every sentence is invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_text as events_of
from event_docs import events_of_type


def test_a_side_fighting_battles_now_is_a_battle():
    (ev,) = events_of_type("يخوض مقاتلو المعارضة معارك عنيفة في مدينة حمص ضد قوات النظام منذ الصباح.",
                           "armed_clash")
    assert ev.place is not None and (ev.place.name, ev.place.country) == ("Homs", "SY")


def test_fighting_with_the_article_is_fighting_in_general():
    assert not events_of_type("ويقول ناشطون إن عناصر من الحزب تخوض المعارك إلى جانب القوات النظامية.",
                              "armed_clash")


def test_an_assault_fought_off_is_a_battle():
    (ev,) = events_of_type("قتل 12 مسلحا على الأقل خلال محاولة هجوم فاشلة قاموا بها على ثكنة للجيش "
                           "في محافظة إدلب أمس.", "armed_clash", "attack")
    assert ev.type == "armed_clash"
    assert (ev.killed, ev.killed_min) == (None, 12)  # "على الأقل": at least 12


def test_bodies_found_killed_tell_a_killing():
    (ev,) = events_of_type("وأعلنت الشرطة أنه تم العثور على موظفين اثنين مقتولين داخل مكتبهما "
                           "في مدينة الرمادي أمس.", "attack")
    assert ev.date == "2024-03-09"


def test_bodies_found_are_not_the_bombing_told_beside():
    evs = events_of("أعلنت السلطات أن انتحاريا فجر نفسه الاثنين في سوق مدينة الحلة ما أسفر عن مقتل 20 شخصا.\n"
                    "من جهة أخرى تم العثور على شرطيين مقتولين في منزلهما بمدينة الكوت.")
    assert sorted(e.type for e in evs) == ["attack", "suicide_bombing"]


def test_almost_daily_strikes_are_a_habit():
    assert not events_of_type("وتشن الطائرات الحربية غارات شبه يومية على مواقع التنظيم في المدينة.",
                              "air_strike")


def test_battles_waged_for_months_are_a_campaign():
    assert not events_of_type("ويخوض المقاتلون القبليون معارك على عدة جبهات في جنوب البلاد منذ عامين.",
                              "armed_clash")


def test_a_front_that_fights_battles_is_described():
    assert not events_of_type("وتصل الإمدادات إلى الكتيبة التي تخوض معارك في الجبهة الشرقية.", "armed_clash")


def test_a_fighter_who_fought_battles_is_described():
    assert not events_of_type("إن الجندي الذي خاض معارك كثيرة لا يعود إلى حياته بسهولة.", "armed_clash")
