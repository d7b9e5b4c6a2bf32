"""Event detection, session 10: trigger words rasd lacked for happenings told in full
(killed "بنيران" gunmen, the verb of a sit-in "اعتصم")."""

from event_docs import events_of_text
from event_docs import sorted_types as _types

# ------------------------------------------------------------------ killed by the fire of gunmen


def test_death_by_the_fire_of_gunmen_is_a_shooting():
    evs = events_of_text("ولقي حارس مصرعه بنيران مسلحين مجهولين قرب سوق المدينة مساء أمس.")
    assert [e.type for e in evs] == ["attack"]
    assert evs[0].killed == 1


def test_two_dead_by_the_fire_of_gunmen():
    evs = events_of_text("لقي تاجر وابنه مصرعهما بنيران مسلحين في قرية شمال المدينة أمس.")
    assert [e.type for e in evs] == ["attack"]
    assert evs[0].killed == 2


# ------------------------------------------------------------------ the verb of a sit-in


def test_people_who_sat_in_protest():
    assert _types("اعتصم نحو خمسمئة عامل أمام مقر الشركة في مدينة طنطا أمس للمطالبة بأجورهم.") == ["protest"]


def test_holding_fast_to_silence_is_no_sit_in():
    assert _types("واعتصم مدير الشركة بالصمت أمس ولم يرد على الأسئلة.") == []
