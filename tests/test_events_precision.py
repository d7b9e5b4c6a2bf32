"""Events stage: what is no happening (devices disposed of, a charge, "any attack"), one
happening per telling of it, and who claims a strike. Every sentence is invented for these
tests; documents are built by hand (see event_docs) so the event rules are tested alone.
"""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run

# ------------------------------------------------------------------ devices disposed of


def test_devices_found_and_blown_up_by_the_police_are_no_bombing():
    doc = build([("paragraph", "فجرت قوات الشرطة أمس أربع عبوات ناسفة عثرت عليها على طريق قرب بلدة الوادي.")],
                times=[("أمس", "2024-03-09")])
    assert run(doc) == []


def test_devices_made_ready_to_strike_and_blown_up_are_no_bombing():
    doc = build([("paragraph", "وتم تفجير خمس عبوات ناسفة كانت معدة لاستهداف دوريات الجيش في المنطقة.")])
    assert run(doc) == []


def test_a_device_set_off_at_a_patrol_is_still_a_bombing():
    doc = build([("paragraph", "فجر مسلحون عبوة ناسفة عند مرور دورية للجيش قرب بلدة الوادي أمس ما أدى إلى مقتل جنديين.")],
                times=[("أمس", "2024-03-09")], quantities=[("جنديين", 2)])
    (ev,) = run(doc)
    assert ev.type == "bombing"
    assert ev.killed == 2


# ------------------------------------------------------------------ a charge, "any attack"


def test_what_an_accuser_says_the_other_side_did_is_a_charge_not_a_happening():
    about = "بأنها قصفت مرتين مخازن وقود في الميناء"
    doc = build([("paragraph", f"واتهمت شركة النفط الحكومة {about}.")],
                statements=[("accuse", "شركة النفط", about)])
    assert run(doc) == []


def test_a_happening_named_in_an_accusation_is_still_reported():
    about = "بخطف قائدها وعدد من عناصرها"
    doc = build([("paragraph", f"واتهمت الجماعة المسلحة فصيلا منافسا {about} أمس قرب بلدة الوادي.")],
                times=[("أمس", "2024-03-09")], statements=[("accuse", "الجماعة المسلحة", about)])
    (ev,) = run(doc)
    assert ev.type == "abduction"


def test_any_attack_is_no_particular_happening():
    doc = build([("paragraph", "وأصيب شاب أمس برصاص الشرطة في بلدة الوادي. "
                               "وقال المتحدث إن الحركة تتحمل المسؤولية عن أي اعتداء ينطلق من المنطقة.")],
                times=[("أمس", "2024-03-09")])
    events = run(doc)
    assert all("اعتداء" not in ev.trigger.text for ev in events if ev.trigger is not None)


# ------------------------------------------------------------------ one per happening


def test_the_light_verb_of_an_arrest_makes_it_a_new_one_with_its_own_place():
    doc = build([("paragraph", "ألقت قوات الشرطة، فجر اليوم الجمعة، القبض على 12 شخصا في مدينة الموصل.")],
                times=[("فجر اليوم الجمعة", "2024-03-10")], quantities=[("12 شخصا", 12)])
    (ev,) = run(doc)
    assert ev.type == "arrest"
    assert ev.place is not None and ev.place.span.text == "مدينة الموصل" and ev.place.name == "Mosul"


def test_a_time_after_but_belongs_to_another_statement():
    doc = build([("paragraph", "قتل 12 شخصا في هجوم مسلح على حفل في ولاية هلمند أمس. "
                               "ولم يتضح سبب الهجوم في ولاية هلمند لكن أعمال العنف ازدادت هناك في العام الماضي.")],
                times=[("أمس", "2024-03-09"), ("العام الماضي", "2023")], quantities=[("12 شخصا", 12)])
    (ev,) = run(doc)
    assert ev.date == "2024-03-09"


# ------------------------------------------------------------------ claims


def test_warplanes_told_by_their_own_governments_spokesmen_are_claimed():
    doc = build([("paragraph", "أعلن متحدثون عسكريون باسم الحكومة الليبية أن طائرات حربية قصفت أمس سفينة قرب مدينة بنغازي.")],
                times=[("أمس", "2024-03-09")])
    (ev,) = run(doc)
    assert ev.type == "air_strike"
    assert ev.claim == "claimed"


def test_warplanes_told_by_the_other_sides_sources_are_not_claimed():
    doc = build([("paragraph", "وقالت مصادر عسكرية تابعة للفصائل المعارضة إن طائرات حربية قصفت أمس مواقع في بلدة الوادي.")],
                times=[("أمس", "2024-03-09")])
    (ev,) = run(doc)
    assert ev.type == "air_strike"
    assert ev.claim != "claimed"


def test_an_attack_on_a_helicopter_told_by_its_army_is_not_the_armys_claim():
    doc = build([("paragraph", "وأفاد بيان لهيئة الأركان التركية أن الهجوم استهدف مروحية عسكرية أمس قرب بلدة شرناق.")],
                times=[("أمس", "2024-03-09")])
    assert all(ev.claim != "claimed" for ev in run(doc))
