"""Where a party's phrase ends (session 9): an adjective agrees with its noun in definiteness, so
after a definite word an indefinite word in «ـي» is a name or the object, not an adjective.
Sentences written for the tests."""

from __future__ import annotations

from event_docs import events_of_type


def test_a_name_in_i_after_a_definite_subject_is_the_object() -> None:
    evs = events_of_type("واعتقلت الشرطة يحيى السعدي في مدينة الرمادي.", "arrest")
    assert [(e.actor1, e.actor2) for e in evs] == [("الشرطة", "يحيى السعدي")]


def test_an_indefinite_nisba_after_a_definite_subject_is_the_object() -> None:
    evs = events_of_type("واختطف المسلحون يمنيا قرب المدينة.", "abduction")
    assert [(e.actor1, e.actor2) for e in evs] == [("المسلحون", "يمنيا")]


def test_agreeing_nisba_adjectives_stay_in_the_phrase() -> None:
    evs = events_of_type("وهاجم مسلحون يمنيون نقطة تفتيش قرب عدن.", "attack")
    assert evs and evs[0].actor1 == "مسلحون يمنيون"
    evs = events_of_type("وقصفت القوات الحكومية مواقع المسلحين في ريف حماة.", "shelling")
    assert evs and evs[0].actor1 == "القوات الحكومية"
