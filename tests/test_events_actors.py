"""Events stage: who did it (actor1) and to whom or what (actor2). Every sentence is
invented for these tests; documents are built by hand (see event_docs) so the actor rules
are tested on their own, whatever the other stages do."""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run


def test_a_time_word_before_the_verb_is_no_perpetrator():
    doc = build([("paragraph", "وقال المحافظ: «هذا الصباح فجر انتحاري نفسه داخل سوق مزدحمة في بلدة الحلة»."),],
                times=[("هذا الصباح", "2024-03-10")])
    (ev,) = run(doc)
    assert ev.actor1 is None
    assert ev.actor2 == "سوق مزدحمة"


def test_the_speaker_before_a_quote_is_no_perpetrator():
    doc = build([("paragraph", "وقال المحافظ لوكالة الأنباء الألمانية «هذا الصباح فجر انتحاري نفسه داخل سوق مزدحمة»."),],
                mentions=[("الأنباء الألمانية", "ORG", "Deutsche Presse-Agentur", "media", "DE")],
                times=[("هذا الصباح", "2024-03-10")])
    (ev,) = run(doc)
    assert ev.actor1 is None


def test_the_two_sides_of_a_clash_after_its_place_and_a_relative_clause():
    doc = build([("paragraph", "قتل شخصان يوم الخميس في اشتباكات في وسط مدينة الحلة بين قوات الحكومة "
                               "التي يقع مقرها في شرق البلاد ومقاتلين متطرفين.")],
                times=[("يوم الخميس", "2024-03-07")], quantities=[("شخصان", 2)])
    (ev,) = run(doc)
    assert ev.type == "armed_clash"
    assert ev.actor1 == "قوات الحكومة"
    assert ev.actor2 == "مقاتلين متطرفين"


def test_the_group_the_gunmen_are_suspected_to_belong_to_did_it():
    doc = build([("paragraph", "قال شهود إن مسلحين يشتبه بأنهم من جماعة «أنصار الفجر» قتلوا سبعة قرويين "
                               "خلال هجوم على قرية شمال البلاد.")],
                mentions=[("أنصار الفجر", "ORG", "Ansar al-Fajr", "armed_group", None)],
                quantities=[("سبعة قرويين", 7)])
    (ev,) = run(doc)
    assert ev.actor1 == "Ansar al-Fajr"


def test_a_clash_between_men_believed_to_be_of_a_group_and_another_group():
    doc = build([("paragraph", "وقعت اشتباكات ليلية في حي النور بالعاصمة بين أفراد يعتقد أنهم من "
                               "جبهة الأحرار وحركة البناء.")],
                mentions=[("جبهة الأحرار", "ORG", "Ahrar Front", "armed_group", None),
                          ("حركة البناء", "ORG", "Binaa Movement", "armed_group", None)])
    (ev,) = run(doc)
    assert ev.actor1 == "Ahrar Front"
    assert ev.actor2 == "Binaa Movement"


def test_the_deadliest_of_the_bombings_is_no_perpetrator():
    doc = build([("paragraph", "واستهدف أكثر التفجيرات دموية أمس سوقا شعبية في بلدة الحلة، حيث قتل 19 شخصا.")],
                times=[("أمس", "2024-03-09")], quantities=[("19 شخصا", 19)])
    events = run(doc)
    assert events and all(ev.actor1 is None for ev in events)


def test_the_bus_targeted_outranks_the_policemen_on_it():
    doc = build([("paragraph", "أصيب 12 شرطيا أمس في انفجار عبوة ناسفة استهدف حافلة كانوا يستقلونها قرب بلدة الحلة.")],
                times=[("أمس", "2024-03-09")], quantities=[("12 شرطيا", 12)])
    (ev,) = run(doc)
    assert ev.actor2 == "حافلة"


def test_civilians_hit_stay_the_target_of_an_attack_on_their_market():
    doc = build([("paragraph", "قتل طفل وأصيب عشرة أشخاص في هجوم استهدف سوقا وسط بلدة الحلة.")],
                quantities=[("عشرة أشخاص", 10)])
    (ev,) = run(doc)
    assert ev.actor2 == "civilians"


def test_a_base_of_foreign_forces_keeps_its_adjective():
    doc = build([("paragraph", "شن مسلحون هجوما على قاعدة للقوات الأجنبية في ولاية لوغار.")])
    (ev,) = run(doc)
    assert ev.actor2 == "قاعدة للقوات الأجنبية"


def test_soldiers_hit_on_their_own_patrol_stay_the_target():
    doc = build([("paragraph", "قتل جنديان بانفجار عبوة ناسفة استهدفت دوريتهما في بلدة الحلة.")])
    (ev,) = run(doc)
    assert ev.actor2 == "جنديان"


def test_a_nations_war_planes_are_its_air_force():
    doc = build([("paragraph", "أصيب أربعة أشخاص في غارة شنها الطيران الحربي التركي على موقع قرب بلدة الحلة.")],
                quantities=[("أربعة أشخاص", 4)])
    (ev,) = run(doc)
    assert ev.type == "air_strike"
    assert ev.actor1 == "Turkish Air Force"


def test_a_nations_air_strike_without_aircraft_is_its_army():
    doc = build([("paragraph", "قتل ثلاثة مسلحين في غارة تركية على قرية قرب الحدود.")],
                quantities=[("ثلاثة مسلحين", 3)])
    (ev,) = run(doc)
    assert ev.actor1 == "Turkish Armed Forces"


def test_a_plane_of_a_nation_is_its_armed_forces():
    doc = build([("paragraph", "قتل ثلاثة مسلحين في غارة شنتها طائرة تركية بلا طيار قرب الحدود.")],
                quantities=[("ثلاثة مسلحين", 3)])
    (ev,) = run(doc)
    assert ev.actor1 == "Turkish Armed Forces"
