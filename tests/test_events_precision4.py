"""Events stage, precision round 4: a new reported clause after a comma ("، وأشاروا إلى")
tells another happening, an operation launched ("شنت عملية عسكرية") is a fight while one
only planned is none, and an attack on a target stays an attack when the exchange of fire
that answers it is told after it. Every sentence is invented for these tests; documents
are built by hand (see event_docs) so the event rules are tested alone.
"""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run

from rasd.pipeline import Doc


def _day(doc: Doc) -> Doc:
    for t in doc.analysis.times:
        t.precision = "day"
    return doc


# ------------------------------------------------------------------ an operation launched


def test_an_operation_launched_with_its_dead_is_a_fight():
    doc = build([("paragraph", "وقال مسؤولون إن قوات الجيش شنت عملية عسكرية على قرى الوادي أمس تمكنت خلالها "
                               "من قتل تسعة مسلحين.")], times=[("أمس", "2024-03-09")])
    (ev,) = run(_day(doc))
    assert ev.type == "armed_clash"


def test_an_operation_only_planned_is_no_happening():
    doc = build([("paragraph", "وتستعد الفصائل للمشاركة في عملية عسكرية ضد المسلحين في ريف المدينة.")])
    assert run(doc) == []


# ------------------------------------------------------------------ a new reported clause


def test_what_they_pointed_to_after_a_comma_is_another_happening():
    doc = build([("paragraph", "وقال مسؤولون إن قوات الجيش شنت عملية عسكرية على قرى الوادي أمس تمكنت خلالها "
                               "من قتل تسعة مسلحين، وأشاروا إلى مقتل أربعة مدنيين في انفجار عبوة ناسفة "
                               "في بلدة النخيل.")], times=[("أمس", "2024-03-09")])
    types = sorted(e.type for e in run(_day(doc)))
    assert types == ["armed_clash", "bombing"]


# ------------------------------------------------------------------ an attack answered


def test_an_attack_on_a_hotel_answered_by_fire_stays_an_attack():
    doc = build([("paragraph", "وقال سكان إن مسلحين هاجموا فندقا في وسط المدينة أمس ما أسفر عن مقتل ثلاثة "
                               "أشخاص وتبادلوا إطلاق النار مع قوات الأمن قرب المبنى.")],
                times=[("أمس", "2024-03-09")])
    (ev,) = run(_day(doc))
    assert ev.type == "attack"


def test_fighting_told_first_stays_a_fight():
    doc = build([("paragraph", "واندلعت اشتباكات عنيفة بين الجيش والمسلحين أمس في بلدة الوادي وقتل فيها "
                               "خمسة مسلحين.")], times=[("أمس", "2024-03-09")])
    (ev,) = run(_day(doc))
    assert ev.type == "armed_clash"
