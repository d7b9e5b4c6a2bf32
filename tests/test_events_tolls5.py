"""Events stage, casualty figures (round 4): the dead and the wounded counted together, one
other victim ("وأصيب آخر"), and the pronoun of a death telling how many died. Every sentence is
invented for these tests."""

from __future__ import annotations

from event_docs import events_of_text


def test_dead_and_wounded_counted_together_are_neither_toll():
    # "40 قتيلا وجريحا", "25 شخصا بين قتيل وجريح": one figure for both, so neither alone
    for text in ("أعلنت الشرطة أن حصيلة تفجير السيارة المفخخة في سوق الحلة ارتفعت إلى 40 قتيلا وجريحا.",
                 "سقط 25 شخصا بين قتيل وجريح في قصف على بلدة دوما أمس.",
                 "أسفر الهجوم على حاجز للجيش في درعا عن سقوط 12 قتيلا وجريحا أمس."):
        (ev,) = events_of_text(text)
        assert (ev.killed, ev.killed_min, ev.injured, ev.injured_min) == (None, None, None, None), text
    # the two nouns before the number ("مقتل وإصابة 30 شخصا"): one figure for both too
    for text in ("أسفر قصف جوي على سوق في بلدة سراقب أمس عن مقتل وإصابة 30 مدنيا.",
                 "أفاد مسعفون بمقتل وجرح أكثر من 50 شخصا في انفجار سيارة مفخخة بمدينة الحلة أمس."):
        (ev,) = events_of_text(text)
        assert (ev.killed, ev.killed_min, ev.injured, ev.injured_min) == (None, None, None, None), text
    (ev,) = events_of_text("أسفر قصف جوي على سوق في بلدة سراقب أمس عن مقتل 7 وإصابة 30 مدنيا.")
    assert (ev.killed, ev.injured) == (7, 30)
    # two figures, each with its own word, stay apart
    (ev,) = events_of_text("أسفر الهجوم على حاجز للجيش في درعا عن سقوط 12 قتيلا و20 جريحا أمس.")
    assert (ev.killed, ev.injured) == (12, 20)


def test_one_other_victim_is_one():
    # "وأصيب آخر" after the dead: one more person, wounded
    (ev,) = events_of_text("قتل ثلاثة جنود وأصيب آخر في انفجار عبوة ناسفة في العريش أمس.")
    assert (ev.killed, ev.injured) == (3, 1)
    (ev,) = events_of_text("قتلت امرأة وأصيبت أخرى في قصف على بلدة دوما أمس.")
    assert (ev.killed, ev.injured) == (1, 1)
    # "آخرون" counts nobody
    (ev,) = events_of_text("أصيب آخرون في قصف على بلدة دوما أمس.")
    assert ev.injured is None and ev.injured_min is None


def test_the_pronoun_of_a_death_tells_how_many_died():
    # "لقي ... مصرعه": one dead, whoever the long description names; "حتفهما": two
    (ev,) = events_of_text("لقي أمين شرطة بقوة مركز الشرطة في المنيا مصرعه إثر قيام مسلحين بإطلاق النار عليه أمس.")
    assert ev.killed == 1
    (ev,) = events_of_text("لقي مهندس وزميله حتفهما في انفجار عبوة في الموصل أمس.")
    assert ev.killed == 2
    # a counted plural keeps its number
    (ev,) = events_of_text("لقي ثلاثة جنود مصرعهم في انفجار عبوة ناسفة في العريش أمس.")
    assert ev.killed == 3
    # "مصرعها" may stand for a plural ("الميليشيات"): it counts nobody
    (ev,) = events_of_text("يحاول القائد سحب ما تبقى من ميليشياته حتى لا تلقى مصرعها بقذائف الطيران.")
    assert ev.killed is None and ev.killed_min is None


def test_number_before_a_verbal_noun_after_a_preposition_counts_no_dead():
    # "احتجاجا على قتل ضابط": after "على" the killing word is a verbal noun; the thousand
    # before it are the protesters, the dead is the one officer
    evs = [e for e in events_of_text("نفذ أكثر من ألف شخص اعتصاما في مدينة حمص أمس احتجاجا على قتل ضابط برصاص مسلح.")
           if e.type != "protest"]
    assert evs and all(e.killed_min is None and e.killed in (None, 1) for e in evs)
    # a passive verb after the victims still counts them
    (ev,) = events_of_text("قال مصدر أمني إن 9 جنود قتلوا في هجوم على حاجز للجيش في العريش أمس.")
    assert ev.killed == 9


def test_kin_of_a_victim_listed_with_him_count_one_each():
    # "رجل وزوجته": his wife is one more victim (the feminine noun before the pronoun: "زوجته")
    (ev,) = events_of_text("أصيب رجل وزوجته بانفجار عبوة ناسفة قرب منزلهما في مدينة الحلة أمس.")
    assert ev.injured == 2
    (ev,) = events_of_text("قتل مزارع وابنه وابنته بانفجار لغم أرضي في ريف إدلب أمس.")
    assert ev.killed == 3


def test_a_toll_told_in_separate_incidents_is_no_one_happenings():
    # "في حوادث أمنية منفصلة": the dead and the wounded of the opening sum the incidents told
    # after it, even when a clause cut ("بينما") leaves the words in the next clause
    evs = events_of_text(
        "قتل 4 أشخاص، بينما أصيب 5 آخرون بجروح في حوادث أمنية منفصلة في حمص وحماة أمس. وقال مصدر "
        "في الشرطة إن مسلحين مجهولين أطلقوا النار على سائق في حي الوعر. وأضاف أن عبوة ناسفة انفجرت "
        "في سوق بمدينة حماة ما أدى إلى مقتل شخصين وإصابة ثلاثة آخرين.")
    assert sorted((e.killed or 0, e.injured or 0) for e in evs) == [(0, 0), (2, 3)]
    # a toll told with its own happening stays that happening's
    (ev,) = events_of_text("قتل 4 أشخاص وأصيب 5 آخرون في انفجار عبوة ناسفة في سوق بمدينة حماة أمس.")
    assert (ev.killed, ev.injured) == (4, 5)
