"""Event places, eleventh round: border crossings and border posts."""

from __future__ import annotations

from event_docs import events_of_text


def test_a_crossing_closed_by_a_border_adjective_is_the_place() -> None:
    events = events_of_text("وقال مصدر أمني إن مسلحين أطلقوا أمس أربع قذائف هاون على منفذ السلام الحدودي "
                            "دون أن تسفر عن إصابات.")
    shelled = [e for e in events if e.type in ("shelling", "attack")]
    assert shelled and shelled[0].place is not None
    assert shelled[0].place.precision == "facility"
    assert "منفذ السلام" in shelled[0].place.name


def test_the_doer_of_an_attack_is_no_crossing() -> None:
    events = events_of_text("وقالت الشرطة إن منفذ الهجوم فجر نفسه أمس أمام مقر للشرطة في مدينة قندهار "
                            "ما أدى إلى مقتل ثلاثة أشخاص.")
    assert events and events[0].place is not None
    assert "الهجوم" not in events[0].place.name


def test_the_town_holding_the_place_reinforcements_came_from_is_not_the_scene() -> None:
    events = events_of_text("وقالت المصادر إن اشتباكات عنيفة اندلعت أمس بين الطرفين في جبهة «الحمراء» بعد أن "
                            "دفع المسلحون بتعزيزات من منطقة «الوضيع» بمدينة زنجبار.")
    clashes = [e for e in events if e.type == "armed_clash"]
    assert clashes and clashes[0].place is not None
    assert clashes[0].place.name != "Zinjibar"
