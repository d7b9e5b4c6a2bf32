"""Merging, round 4: one fight told after another between other parties, and an air force's
blast told after its strike (invented news, through the whole pipeline)."""

from __future__ import annotations

from event_docs import news_events


def test_a_fight_between_other_parties_is_another_fight():
    # the second fight names none of the first one's sides (the places fit: a town in the
    # province): two fights
    events = news_events(
        "اندلعت امس اشتباكات عنيفة بين الجيش السوري وحزب الله من جهة وفصائل المعارضة من جهة "
        "أخرى في ريف حلب الجنوبي.",
        "كما دارت اشتباكات امس بين وحدات حماية الشعب الكردية وتنظيم داعش في محيط بلدة تل رفعت "
        "بريف حلب.")
    clashes = [e for e in events if e.type == "armed_clash"]
    assert len(clashes) == 2
    assert sorted(e.actor2 for e in clashes) == ["Islamic State", "فصائل المعارضة"]
    # while a retelling that names one of the fight's sides again is the same fight
    events = news_events(
        "اندلعت امس اشتباكات عنيفة بين الجيش السوري وتنظيم داعش في مدينة دير الزور.",
        "وقال المرصد إن الاشتباكات بين الجيش السوري والتنظيم أسفرت عن مقتل عشرة مسلحين.")
    assert len([e for e in events if e.type == "armed_clash"]) == 1


def test_an_air_force_blowing_up_a_depot_retells_its_strike():
    # "قام سلاح الجو بتفجير مخزن": the blast is the air strike told in the sentence before
    events = news_events(
        "وقال متحدث باسم القوات الجوية إن سلاح الجو الليبي قام امس بقصف مواقع للمسلحين في حي الصابري "
        "في بنغازي.",
        "وأضاف أن سلاح الجو الليبي قام بتفجير مخزن ذخيرة للمسلحين في حي الصابري.")
    assert [e.type for e in events] == ["air_strike"]
