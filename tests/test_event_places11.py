"""Event places, eleventh round: border crossings and border posts."""

from __future__ import annotations

from event_docs import event_place


def test_a_crossing_closed_by_a_border_adjective_is_the_place() -> None:
    place = event_place("shelling", "وقال مصدر أمني إن مسلحين أطلقوا أمس أربع قذائف هاون على منفذ السلام الحدودي "
                                    "دون أن تسفر عن إصابات.")
    assert place.precision == "facility"
    assert place.name == "منفذ السلام"


def test_the_doer_of_an_attack_is_no_crossing() -> None:
    place = event_place("suicide_bombing", "وقالت الشرطة إن منفذ الهجوم فجر نفسه أمس أمام مقر للشرطة في مدينة قندهار "
                                           "ما أدى إلى مقتل ثلاثة أشخاص.")
    assert "الهجوم" not in place.name
    assert place.name == "Kandahar"  # the town told after the scene


def test_the_town_holding_the_place_reinforcements_came_from_is_not_the_scene() -> None:
    place = event_place("armed_clash", "وقالت المصادر إن اشتباكات عنيفة اندلعت أمس بين الطرفين في جبهة «الحمراء» بعد "
                                       "أن دفع المسلحون بتعزيزات من منطقة «الوضيع» بمدينة زنجبار.")
    # the front is where the fighting was (a front names a place like a quarter word); not Zinjibar
    assert (place.name, place.precision) == ("الحمراء", "district")
