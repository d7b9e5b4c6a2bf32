"""Merging, round 5: when two tellings are two happenings (invented news, through the whole
pipeline)."""

from __future__ import annotations

from event_docs import news_events


def test_two_villages_no_gazetteer_knows_are_two_places():
    # "قرية كفرزيتونة" and "قرية عين الحمرة": two villages named after the same place word
    events = news_events(
        "وأعلن الجيش امس شن ضربات جوية على قرية كفرزيتونة قرب الغابة.",
        "وتواصلت هجمات المسلحين امس حيث قتل 7 اشخاص في قرية عين الحمرة.")
    violent = [e for e in events if e.type in ("air_strike", "attack")]
    assert len(violent) == 2
    # while the same village told twice is one place
    events = news_events(
        "وأعلن الجيش امس شن ضربات جوية على قرية كفرزيتونة قرب الغابة.",
        "وقال سكان إن الضربات الجوية على قرية كفرزيتونة قتلت 7 اشخاص.")
    assert len([e for e in events if e.type in ("air_strike", "attack")]) == 1


def test_an_attack_told_afresh_at_its_own_place_is_not_the_placeless_bombing():
    # the bombing names no place; a new "هجوم" with a place of its own is another happening
    events = news_events(
        "قال مسعفون إن ثلاثة جنود قتلوا امس في انفجار قنبلة زرعها مسلحون داخل شقة سكنية.",
        "وقال المتحدث باسم الجيش إن مسلحين أطلقوا النار على دورية للشرطة في مدينة الخمس.")
    assert sorted(e.type for e in events) == ["attack", "bombing"]
    bombing = next(e for e in events if e.type == "bombing")
    assert (bombing.place.name, bombing.place.precision) == ("Libya", "country")  # not Al Khums
    # while the attack referred back ("الهجوم") is the bombing placed
    events = news_events(
        "قال مسعفون إن ثلاثة جنود قتلوا امس في انفجار قنبلة زرعها مسلحون داخل شقة سكنية.",
        "وقال المتحدث باسم الجيش إن الهجوم وقع في مدينة الخمس.")
    assert [e.type for e in events] == ["bombing"]


def test_an_ambush_with_the_same_dead_as_the_fight_told_before_is_that_fight():
    # "5 killed in clashes" then "5 killed in an ambush at X": the same dead, one happening
    events = news_events(
        "قتل 5 من المسلحين امس في اشتباكات مع قوات الجيش.",
        "وقال مصدر عسكري إن 5 من المسلحين قتلوا في كمين نصبه الجنود قرب بلدة الخمس.")
    fights = [e for e in events if e.type in ("armed_clash", "attack")]
    assert len(fights) == 1 and fights[0].killed == 5
