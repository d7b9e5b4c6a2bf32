"""Events stage, detection round 7: an ambush seen from the ambushed side; arrests of other
people told apart; "who was arrested" in a relative clause; what an arrested man is wanted
for. Every sentence is invented for these tests; documents are built by hand (see
event_docs) so the event rules are tested alone.
"""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run

# ------------------------------------------------------------------ ambushes


def test_killed_in_an_ambush_is_an_attack():
    doc = build([("paragraph", "قتل ثلاثة جنود وأصيب خمسة آخرون أمس في كمين نصبه مسلحون قرب بلدة الوادي.")],
                times=[("أمس", "2024-03-09")], quantities=[("ثلاثة", 3), ("خمسة", 5)])
    assert [e.type for e in run(doc)] == ["attack"]


def test_an_ambush_laid_in_a_fight_stays_a_clash():
    doc = build([("paragraph", "ونصب مقاتلو الجبهة أمس كمينا لقوات الحرس قرب الجسر.")],
                times=[("أمس", "2024-03-09")])
    assert [e.type for e in run(doc)] == ["armed_clash"]


# ------------------------------------------------------------------ arrests

# the headline and the lead tell the main story in their own words: the arrests come after
_OPENING = [("title", "الشرطة تكثف حملتها في المدينة"),
            ("paragraph", "كثفت الشرطة انتشارها في شوارع المدينة منذ مطلع الأسبوع."),
            ("paragraph", "وأغلقت المحال التجارية أبوابها في وقت مبكر.")]


def test_the_arrest_of_other_people_is_another_arrest():
    doc = build(_OPENING + [("paragraph", "واعتقلت الشرطة صباح الثلاثاء عشرات التجار في السوق القديم."),
                 ("paragraph", "وقال المتحدث إنه جرى اعتقال سائق الشاحنة في وقت لاحق بعد مطاردة.")])
    assert [e.type for e in run(doc)] == ["arrest", "arrest"]


def test_the_arrests_told_again_are_one_arrest():
    doc = build(_OPENING + [("paragraph", "واعتقلت الشرطة صباح الثلاثاء عشرات التجار في السوق القديم."),
                 ("paragraph", "ولم تعلق الوزارة على هذه الاعتقالات.")])
    assert [e.type for e in run(doc)] == ["arrest"]


def test_a_description_then_a_name_is_one_arrest():
    doc = build(_OPENING + [("paragraph", "واعتقلت الشرطة صباح الثلاثاء عشرات التجار في السوق القديم."),
                 ("paragraph", "وقالت الشرطة إنها اعتقلت قياديا في العصابة."),
                 ("paragraph", "وأوضحت أنه تم اعتقال سمير الخالدي في منزله.")],
                mentions=[("سمير الخالدي", "PER", "Samir al-Khalidi", "person", "")])
    assert [e.type for e in run(doc)] == ["arrest", "arrest"]


def test_who_was_arrested_refers_back():
    doc = build(_OPENING + [("paragraph", "وقال المتحدث إنه جرى اعتقال سائق الشاحنة بعد مطاردة."),
                 ("paragraph", "وذكرت الصحيفة أن الرجل الذي اعتقل يبلغ من العمر 40 عاما.")])
    assert [e.type for e in run(doc)] == ["arrest"]


def test_what_he_is_wanted_for_is_no_happening_and_no_date():
    doc = build([("paragraph", "وأوقفت قوة من الجيش المواطن سمير الخالدي، المطلوب بجرائم خطف خلال عام 2019 "
                               "والمشاركة في هجوم على حاجز للجيش.")],
                mentions=[("سمير الخالدي", "PER", "Samir al-Khalidi", "person", "")], times=[("عام 2019", "2019")])
    events = run(doc)
    assert [e.type for e in events] == ["arrest"]
    assert events[0].date != "2019"
