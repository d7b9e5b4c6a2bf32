"""Events stage, detection round 6: strikes stopped, suspended or permitted; hostages freed;
"any attack"; and a clash between two sides told with a strike in the same clause. Every
sentence is invented for these tests; documents are built by hand (see event_docs) so the
event rules are tested alone.
"""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run

# ------------------------------------------------------------------ halted, suspended, permitted


def test_strikes_stopped_are_no_strike_and_no_arrest():
    doc = build([("paragraph", "وقالت مصادر عسكرية إن الجيش أوقف عمليات القصف المدفعي على أحياء المدينة لإفساح المجال أمام المدنيين.")])
    assert run(doc) == []


def test_operations_suspended_are_no_strike():
    doc = build([("paragraph", "وأعلنت القيادة أنها علقت مؤقتا العمليات العسكرية من قصف جوي ومدفعي على البلدة.")])
    assert run(doc) == []


def test_strikes_permitted_are_no_strike():
    doc = build([("paragraph", "وقررت الحكومة السماح بغارات جوية لحماية القوافل في الصحراء.")])
    assert run(doc) == []


def test_a_strike_told_after_a_halt_elsewhere_stays():
    doc = build([("paragraph", "وشنت طائرات حربية أمس غارات على مواقع المسلحين في الجبل.")],
                times=[("أمس", "2024-03-09")])
    assert [e.type for e in run(doc)] == ["air_strike"]


def test_an_arrest_by_halting_verb_with_a_person_stays():
    doc = build([("paragraph", "وأوقفت الشرطة أمس شابا يشتبه في تورطه بتهريب الأسلحة.")],
                times=[("أمس", "2024-03-09")])
    assert [e.type for e in run(doc)] == ["arrest"]


def test_any_attack_after_a_halt_word_is_no_attack():
    doc = build([("paragraph", "وتعهد الجيش بالتصدي لأي هجوم على القرى الحدودية.")])
    assert run(doc) == []


# ------------------------------------------------------------------ hostages freed


def test_hostages_freed_are_no_kidnapping():
    doc = build([("paragraph", "وحرر الجيش أمس 40 رهينة بينهم نساء وأطفال قرب الغابة.")],
                times=[("أمس", "2024-03-09")], quantities=[("40", 40)])
    assert [e.type for e in run(doc) if e.type == "abduction"] == []


def test_people_rescued_who_were_held_hostage_are_no_kidnapping():
    doc = build([("paragraph", "وتم خلال العملية إنقاذ 25 شخصا كانوا محتجزين رهائن لدى المسلحين.")],
                quantities=[("25", 25)])
    assert [e.type for e in run(doc) if e.type == "abduction"] == []


def test_hostages_taken_stay_a_kidnapping():
    doc = build([("paragraph", "واحتجز مسلحون أمس عشرة رهائن في مبنى البلدية.")],
                times=[("أمس", "2024-03-09")])
    assert [e.type for e in run(doc)] == ["abduction"]


def test_a_kidnapping_verb_after_a_release_stays():
    doc = build([("paragraph", "وأفرجت الجماعة عن صحفي بعد أن خطفت ثلاثة عمال أمس في الطريق.")],
                times=[("أمس", "2024-03-09")])
    assert [e.type for e in run(doc)] == ["abduction"]


# ------------------------------------------------------------------ a clash and a strike in one clause


def test_a_clash_between_sides_is_not_retyped_by_a_strike_told_after_it():
    doc = build([("paragraph", "ودارت اشتباكات عنيفة أمس بين الجيش والمسلحين في بلدة الوادي ترافقت مع تنفيذ الطيران الحربي عشر غارات على أطراف البلدة.")],
                times=[("أمس", "2024-03-09")])
    types = sorted(e.type for e in run(doc))
    assert types == ["air_strike", "armed_clash"]


def test_a_clash_between_sides_with_its_toll_keeps_the_toll():
    doc = build([("paragraph", "وقتل خمسة مسلحين في اشتباكات بين الجيش والمسلحين في بلدة الوادي تخللها قصف مدفعي على أطرافها.")],
                quantities=[("خمسة", 5)])
    events = run(doc)
    clash = next(e for e in events if e.type == "armed_clash")
    assert clash.killed == 5
    assert all(e.killed is None for e in events if e.type != "armed_clash")


def test_a_strike_told_first_then_a_clash_stays_one_happening():
    doc = build([("paragraph", "وقصفت طائرات حربية أمس مواقع المسلحين في بلدة الوادي خلال اشتباكات بين الطرفين.")],
                times=[("أمس", "2024-03-09")])
    assert [e.type for e in run(doc)] == ["air_strike"]
