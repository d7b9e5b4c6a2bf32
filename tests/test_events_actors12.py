"""Events: perpetrators, round 12. Two gunmen ("مسلحان", "مهاجمان") are a described group, not
a lone attacker the text cannot name; a time told between a weapon and the verb whose object
pronoun it is ("قذيفة ... صباح أمس أطلقتها قوات النظام") does not hide who fired it. Every
sentence is invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_text as events_of


def test_two_gunmen_are_the_perpetrators():
    (ev,) = events_of("فتح مسلحان النار على حاجز للشرطة في مدينة ديار بكر صباح الاثنين.")
    assert ev.actor1 == "مسلحان"


def test_two_attackers_are_the_perpetrators():
    (ev,) = events_of("قتل حارس بعدما أطلق مهاجمان النار عليه في مدينة الموصل.")
    assert ev.actor1 == "مهاجمان"


def test_a_lone_gunman_still_names_no_one():
    (ev,) = events_of("فتح مسلح النار على حافلة في مدينة كراتشي.")
    assert ev.actor1 is None


def test_time_between_the_shell_and_who_fired_it():
    (ev,) = events_of("سقطت قذيفة دبابة صباح أمس الثلاثاء أطلقتها قوات النظام على منطقة في حي الوعر "
                      "بمدينة حمص.")
    assert ev.actor1 == "Syrian Arab Army"
