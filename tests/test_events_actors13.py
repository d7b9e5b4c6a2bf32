"""Events: perpetrators, round 13. A building or site hit ("منزل قائد حوثي", "مواقع حوثية")
is the target: the group adjective on it tells whose it was, not who struck; a force or
aircraft word before a bare "التحالف" ("قصف طيران التحالف") is the coalition that strikes in
the article's country. A day's summary of one group's strikes does not name the doer of
an unnamed strike of a kind the article tells another named group carried out that day. Every sentence is invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_text as events_of


def test_the_house_of_a_group_leader_is_the_target():
    (ev,) = events_of("قصف منزل قيادي عسكري حوثي في مدينة البيضاء وسط اليمن")
    assert ev.actor1 != "Houthis"


def test_described_gunmen_with_the_group_adjective_still_are_the_group():
    (ev,) = events_of("قتل جنديان في كمين نصبه مسلحون حوثيون قرب مدينة إب.")
    assert ev.actor1 == "Houthis"


def test_coalition_aircraft_as_subject_is_the_coalition():
    (ev,) = events_of("قصف طيران التحالف فجر اليوم مخزنا للسلاح في مدينة ذمار جنوب صنعاء باليمن.")
    assert ev.actor1 == "Saudi-led coalition"


def test_strikes_of_a_day_with_two_named_air_forces_are_no_ones():
    evs = events_of("قتل خمسة مدنيين في قصف لطائرات النظام السوري على حي سكني في مدينة حلب أمس.\n"
                    "وفي ريف دمشق، قصفت طائرات حربية أمس حيا سكنيا وسط مدينة دوما.\n"
                    "كما نفذت طائرات التحالف أمس عددا من الغارات على مدينة الرقة.")
    douma = [e for e in evs if e.place is not None and e.place.name == "Douma"]
    assert douma and douma[0].actor1 is None
