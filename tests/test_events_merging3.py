"""Merging, round 3: a happening placed after another one it names, and more victims counted
as "others" (invented news)."""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run


def test_the_attack_placed_after_a_recalled_bombing_stays_apart_from_it():
    # "ويأتي الهجوم بعد ... من مقتل ... في تفجير انتحاري": the suicide bombing is an earlier one
    doc = build([("paragraph", "هاجم مسلحون امس قرية في ولاية بورنو وأحرقوا عشرات المنازل."),
                 ("paragraph", "ويأتي الهجوم بعد أقل من أسبوع من مقتل 12 شخصا في تفجير انتحاري "
                               "في ولاية بورنو.")],
                times=[("امس", "2024-03-09")], quantities=[("12 شخصا", 12)])
    events = run(doc)
    assert sorted(e.type for e in events) == ["attack", "suicide_bombing"]
    attack = next(e for e in events if e.type == "attack")
    assert attack.killed is None and attack.date == "2024-03-09"  # the toll is the bombing's


def test_the_same_happening_named_again_after_its_own_time_word_is_one():
    # "بعد ساعات على الهجوم": the attack referred back to, not another one
    doc = build([("paragraph", "قتل خمسة جنود في هجوم على حاجز للجيش امس."),
                 ("paragraph", "وأعلنت جماعة مسلحة بعد ساعات على الهجوم مسؤوليتها عنه.")],
                times=[("امس", "2024-03-09")], quantities=[("خمسة جنود", 5)])
    assert [e.type for e in run(doc)] == ["attack"]


def test_yet_after_a_relative_clause_places_nothing_after_the_happening():
    # "الذي لم تتبن بعد أي جهة": "بعد" is "yet" there; the suicide bombing is the explosion itself
    doc = build([("paragraph", "قتل مسؤول محلي امس في انفجار داخل مكتبه في المدينة."),
                 ("paragraph", "ووقع الانفجار، الذي لم تتبن بعد أي جهة مسؤوليته، في مقر البلدية، "
                               "وقال مصدر أمني إنه تفجير انتحاري.")],
                times=[("امس", "2024-03-09")])
    assert len(run(doc)) == 1


def test_others_hurt_in_a_sentence_of_their_own_join_the_happening_just_told():
    # "وأصيب 14 شخصا آخرين عندما ...": no event word, more victims of the attack before, even
    # when the words for what was hit differ ("قرية" and "منازل")
    doc = build([("paragraph", "قال مسؤولون امس الثلاثاء إن مسلحين قتلوا ثمانية أشخاص خلال هجوم على قرية "
                               "في شمال البلاد."),
                 ("paragraph", "وأصيب 14 شخصا آخرين عندما أحرق المسلحون عشرات المنازل بمزرعة كبيرة "
                               "أول أمس الاثنين.")],
                times=[("امس الثلاثاء", "2024-03-12"), ("أول أمس الاثنين", "2024-03-11")],
                quantities=[("ثمانية أشخاص", 8), ("14 شخصا", 14)], published="2024-03-13")
    events = run(doc)
    assert len(events) == 1
    assert events[0].injured == 14


def test_others_hurt_join_even_when_they_name_another_target():
    # the mention's own target words ("المنازل") differ from the happening's ("قرية"): "آخرين"
    # still counts them with the victims just told
    from rasd.extract import events as ev

    doc = build([("paragraph", "قال مسؤولون امس إن مسلحين قتلوا ثمانية أشخاص خلال هجوم على قرية في الشمال."),
                 ("paragraph", "وأصيب 14 شخصا آخرين عندما أحرق المسلحون المنازل.")],
                times=[("امس", "2024-03-09")], quantities=[("ثمانية أشخاص", 8), ("14 شخصا", 14)])
    ctx = ev.ArticleContext(doc)
    told, more = [m for c in ev.clauses(ctx) for m in ev.detect(ctx, c)]
    told.target_words, more.target_words = frozenset({"قري"}), frozenset({"منزل"})
    assert more.more_victims and not told.more_victims
    assert ev.compatible(ev.Happening([told]), more)
