"""Events stage, precision round 3: a summary of what a group has done while exploiting a
state of affairs, a campaign kept up or stepped up with no day of its own, a meeting that
is the target of a strike, and aircraft told as the subject after "إن" far from a verb
joined to theirs. Every sentence is invented for these tests; documents are built by hand
(see event_docs) so the event rules are tested alone.
"""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run

from rasd.pipeline import Doc


def _day(doc: Doc) -> Doc:
    for t in doc.analysis.times:
        t.precision = "day"
    return doc


# ------------------------------------------------------------------ summaries


def test_what_a_group_did_exploiting_the_chaos_is_a_summary():
    doc = build([("paragraph", "واستغلت الجماعة المسلحة الفوضى فسيطرت على قرى عدة وخطفت موظفين وشنت هجمات على "
                               "مقرات حكومية في المدينة.")])
    assert run(doc) == []


def test_a_dated_happening_after_exploiting_is_still_reported():
    doc = build([("paragraph", "واستغل المسلحون الظلام أمس وهاجموا حاجزا للشرطة قرب بلدة الوادي.")],
                times=[("أمس", "2024-03-09")])
    (ev,) = run(_day(doc))
    assert ev.type == "attack"


# ------------------------------------------------------------------ campaigns kept up


def test_a_campaign_kept_up_without_a_day_is_no_happening():
    doc = build([("paragraph", "وواصل المتمردون شن هجمات خاطفة على نقاط الجيش في الأقاليم الشمالية.")])
    assert run(doc) == []


def test_a_campaign_stepped_up_without_a_day_is_no_happening():
    doc = build([("paragraph", "وتكثف الحركة شن هجماتها على القوافل العسكرية في الجنوب رغم دعوات الحوار.")])
    assert run(doc) == []


def test_strikes_kept_up_on_a_named_day_are_reported():
    doc = build([("paragraph", "وواصلت الطائرات الحربية أمس قصف مواقع المسلحين قرب بلدة الوادي.")],
                times=[("أمس", "2024-03-09")])
    (ev,) = run(_day(doc))
    assert ev.type == "air_strike"


def test_fighting_that_went_on_is_reported():
    doc = build([("paragraph", "وتواصلت الاشتباكات بين الجيش والمسلحين في محيط بلدة الوادي.")])
    (ev,) = run(doc)
    assert ev.type == "armed_clash"


# ------------------------------------------------------------------ a meeting struck


def test_a_strike_on_a_meeting_codes_no_meeting():
    doc = build([("paragraph", "واستهدفت الغارات اجتماعا لقادة حركة الشباب في بلدة الوادي أمس.")],
                mentions=[("حركة الشباب", "ORG", "al-Shabaab", "armed_group", "SO")],
                times=[("أمس", "2024-03-09")])
    assert all(e.type != "meet" for e in run(_day(doc)))


# ------------------------------------------------------------------ aircraft told first


def test_aircraft_after_inna_strike_with_the_joined_verb():
    doc = build([("paragraph", "قال متحدث عسكري إن طائرات حربية دمرت، يوم السبت، مخزنا للذخيرة، وهاجمت "
                               "قاربا آخر قرب ميناء المدينة.")], times=[("يوم السبت", "2024-03-09")])
    (ev,) = run(_day(doc))
    assert ev.type == "air_strike"


def test_an_attack_verb_after_another_statement_is_not_the_aircraft():
    doc = build([("paragraph", "قال متحدث إن طائرات حربية حلقت فوق المدينة، وأضاف أن مسلحين هاجموا حاجزا "
                               "للشرطة يوم السبت.")], times=[("يوم السبت", "2024-03-09")])
    events = run(_day(doc))
    assert [e.type for e in events] == ["attack"]
