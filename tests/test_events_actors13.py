"""Events: perpetrators, round 13. A building or site hit ("منزل قائد حوثي", "مواقع حوثية")
is the target: the group adjective on it tells whose it was, not who struck; a force or
aircraft word before a bare "التحالف" ("قصف طيران التحالف") is the coalition that strikes in
the article's country. A day's summary of one group's strikes does not name the doer of
an unnamed strike of a kind the article tells another named group carried out that day. The other side of a clash follows "من جانب" as it follows "من جهة"; a force
word with "و" after a group opens a second party ("ميليشيات الحوثي وقوات صالح"), it is no title
before a person. Every sentence is invented; the whole pipeline runs."""

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


def test_the_other_side_after_min_janib():
    (ev,) = events_of("اندلعت اشتباكات منذ ساعات الفجر الأولى وحتى مساء أمس بين قوات الجيش من جانب "
                      "والمسلحين الحوثيين من جانب آخر في مديرية صرواح غرب مأرب.")
    assert ev.actor2 == "Houthis"


def test_a_second_party_after_the_group_is_no_title():
    evs = events_of("قتل عشرة من الحوثيين وقوات الرئيس السابق علي عبد الله صالح في تعز.\n"
                    "وقصفت ميليشيات الحوثي وقوات صالح بالمدفعية حي الجحملية في تعز.")
    shelling = [e for e in evs if e.type == "shelling"]
    assert shelling and shelling[0].actor1 == "Houthis"
