"""Events: claim status, round 3. A voice that announces the carrying out ("تنفيذ", "شن") of a
violent happening claims it, however long the name of the group before the word; a report of
another's deed after "أن", a carrying-out word of something that is no violence, and a verb
with the same letters ("شنت") claim nothing. Every sentence is invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_text as events_of


def violent(text: str) -> list:
    return [e for e in events_of(text) if e.type in ("attack", "air_strike", "bombing", "shelling")]


def test_a_long_named_group_announcing_the_carrying_out_claims_the_attack():
    evs = violent("وأعلنت حركة التحرير الثوري المسلحة المحظورة في الإقليم الجنوبي تنفيذ أحد مقاتليها "
                  "الهجوم على مقر البلدية في مدينة حلب أمس.")
    assert evs, "the attack is an event"
    assert evs[0].claim == "claimed"


def test_an_army_announcing_that_it_launched_strikes_claims_them():
    evs = violent("وأعلن الجيش النيجيري شن غارات جوية على قرية في ولاية بورنو أمس.")
    assert evs and evs[0].type == "air_strike"
    assert evs[0].claim == "claimed"


def test_a_monitor_reporting_another_sides_strikes_after_an_claims_nothing():
    evs = violent("وأعلن المرصد السوري أن الطيران شن غارات جوية على قرية في ريف حلب أمس.")
    assert evs and evs[0].type == "air_strike"
    assert evs[0].claim != "claimed"


def test_a_verb_with_the_same_letters_is_no_carrying_out_word():
    evs = violent("وكانت المقاومة الشعبية قد أعلنت السبت بدء عملية تحرير المدينة حيث شنت هجمات "
                  "واسعة على مواقع المسلحين.")
    assert all(e.claim != "claimed" for e in evs)


def test_carrying_out_a_plan_is_no_claim():
    evs = violent("وأعلن وزير الداخلية تنفيذ خطة أمنية جديدة في العاصمة. "
                  "وقتل خمسة أشخاص في انفجار عبوة ناسفة في سوق المدينة أمس.")
    assert evs, "the bombing is an event"
    assert all(e.claim != "claimed" for e in evs)
