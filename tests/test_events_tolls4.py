"""Events stage, casualty figures (round 3): which happening a toll belongs to when it is told
before the happening, or beside another one. Every sentence is invented for these tests."""

from __future__ import annotations

from event_docs import events_of_text


def test_a_toll_told_before_its_happening_after_while_joins_it():
    # the two dead are told first, cut by "بينما" from the wounded and the blast that hit them
    # all: they are the blast's, not the earlier shelling's
    events = events_of_text(
        "وقتل خمسة مدنيين أمس في قصف بقذائف الهاون على حي سكني في مدينة تعز. "
        "وأوضح مصدر أمني أن اثنين من عناصر الشرطة قتلا، بينما أصيب اثنان آخران بجروح، "
        "بتفجير عبوة ناسفة على سيارة كانوا يستقلونها في مدينة الرمادي أمس.")
    (blast,) = [e for e in events if e.type == "bombing"]
    assert (blast.killed, blast.injured) == (2, 2)
    (shelling,) = [e for e in events if e.type == "shelling"]
    assert shelling.killed == 5


def test_a_toll_told_in_an_attack_and_a_clash_is_neither_ones():
    # "في هجوم ... واشتباك ...": the dead are counted for the two happenings together
    events = events_of_text(
        "وقتل جنديان وشرطي أمس في هجوم بمدينة الرمادي واشتباك بمدينة الفلوجة غربي بغداد.")
    assert sorted(e.type for e in events) == ["armed_clash", "attack"]
    assert all(e.killed is None and e.killed_min is None for e in events)
    # one happening alone keeps its toll
    (attack,) = events_of_text("وقتل جنديان وشرطي أمس في هجوم بمدينة الرمادي غربي بغداد.")
    assert attack.killed == 3
