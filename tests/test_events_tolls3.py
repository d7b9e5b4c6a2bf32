"""Events stage, casualty figures: a toll told for several happenings at once (in a dual, in a
wave or a series of attacks) is not the toll of one of them, and a victim named before one
casualty verb is not counted again by the next. Every sentence is invented for these tests."""

from __future__ import annotations

from event_docs import build, news_events


def _figures(doc):
    from rasd.extract import events as ev

    ctx = ev.ArticleContext(doc)
    return [(f.kind, f.value, f.several) for c in ev.clauses(ctx) for m in ev.detect(ctx, c) for f in m.figures]


def test_a_toll_told_in_two_bombings_sums_them():
    doc = build([("paragraph", "وتأتي هذه الهجمات غداة مقتل 30 شخصا على الأقل في تفجيرين مماثلين تبناهما التنظيم.")],
                quantities=[("30 شخصا", 30, "at_least"), ("تفجيرين", 2)])
    assert ("killed", 30, True) in _figures(doc)


def test_a_toll_told_in_one_bombing_is_its_own():
    doc = build([("paragraph", "وتأتي هذه الهجمات غداة مقتل 30 شخصا على الأقل في تفجير مماثل تبناه التنظيم.")],
                quantities=[("30 شخصا", 30, "at_least")])
    assert ("killed", 30, False) in _figures(doc)


def test_a_toll_told_in_a_wave_of_attacks_sums_them():
    doc = build([("paragraph", "أطلق مسلح النار على مركز للشرطة أمس وقتل ستة أشخاص على الأقل في موجة من "
                               "الهجمات على مراكز الشرطة.")],
                quantities=[("ستة أشخاص", 6, "at_least")])
    assert ("killed", 6, True) in _figures(doc)


def test_a_toll_of_a_series_told_after_the_attack_sums_the_series():
    doc = build([("paragraph", "وتبنت الحركة هذا الهجوم، الذي يأتي بعد سلسلة هجمات في العاصمة أوقعت 40 قتيلا.")],
                quantities=[("40", 40)])
    assert ("killed", 40, True) in _figures(doc)


def test_an_attack_told_before_its_toll_keeps_its_toll():
    doc = build([("paragraph", "وقتل ثلاثة أشخاص في هجوم على حاجز للشرطة بعد أيام من هجمات مماثلة.")],
                quantities=[("ثلاثة أشخاص", 3)])
    assert ("killed", 3, False) in _figures(doc)


def test_the_victim_of_the_killing_verb_is_not_also_the_wounded():
    (ev,) = news_events("قتل جندي في هجوم على قاعدة عسكرية في كابول أمس الجمعة. وأكد الجيش أن جنديا قتل وأصيب آخرون.")
    assert ev.killed == 1 and ev.injured is None


def test_a_victim_before_the_wounding_verb_is_wounded():
    (ev,) = news_events("وقال الجيش إن ضابطين ومجندا أصيبوا في انفجار قرب المحكمة أمس.")
    assert ev.injured == 3


def test_a_killing_noun_with_the_article_counts_no_one():
    doc = build([("paragraph", "وعادت الحياة إلى المدينة بعد شهور مليئة بالقتل والدمار عاشها نحو 300 ألف مواطن "
                               "تحت القصف.")],
                quantities=[("300 ألف", 300000)])
    from rasd.extract import events as ev

    ctx = ev.ArticleContext(doc)
    assert [f for c in ev.clauses(ctx) for f in ev.casualty_figures(ctx, c)] == []


def test_a_feminine_present_verb_in_a_headline_counts_the_dead():
    # headlines tell the toll in the present: «تقتل» as «يقتل»
    events = news_events("المقاومة تقتل 5 من المسلحين في اشتباكات", "وقال مصدر إن الاشتباكات وقعت أمس في المدينة.")
    fights = [e for e in events if e.type in ("armed_clash", "attack")]
    assert fights and fights[0].killed == 5
