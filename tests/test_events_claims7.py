"""Events stage, claims (round 7): a state's strike told by its own voice is claimed, when the
voice is the state body itself ("قال الجيش المصري إن") or a spokesman named by his rank and name.
Every sentence is invented for these tests."""

from __future__ import annotations

from event_docs import events_of_text


def test_a_state_army_telling_its_own_strike_claims_it():
    (ev,) = events_of_text("وقال الجيش المصري إن مروحيات الأباتشي قصفت مواقع للمتشددين في جنوب رفح أمس.")
    assert (ev.type, ev.claim) == ("air_strike", "claimed")
    # the army of another state telling a strike blames it on the other state
    (ev,) = events_of_text("وقال الجيش المصري أمس إن طائرات حربية إسرائيلية قصفت مواقع في رفح.")
    assert ev.claim == "attributed"


def test_a_spokesman_named_by_rank_and_name_speaks_for_his_army():
    (ev,) = events_of_text(
        "وقال المتحدث باسم الجيش العقيد سامي الخطيب في بيان: إن \"الجيش النيجيري شن هجوما "
        "على معسكر للمسلحين قرب مايدوغوري\" أمس.")
    assert (ev.actor1, ev.claim) == ("Nigerian Armed Forces", "claimed")


def test_attack_ascribed_to_a_group_by_the_participle():
    # "هجوم منسوب لـ/إلى": the passive participle of "نسب" blames the group named after it
    for text in ("قتل ثلاثة جنود أمس في هجوم منسوب لحزب العمال الكردستاني في ولاية ماردين.",
                 "قتل جنديان أمس في هجمات منسوبة إلى حزب العمال الكردستاني في ولاية شرناق."):
        (ev,) = events_of_text(text)
        assert (ev.actor1, ev.claim) == ("Kurdistan Workers' Party", "attributed"), text
