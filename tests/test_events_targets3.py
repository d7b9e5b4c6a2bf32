"""Events: targets, round 3. An unnamed place hit that a relative clause says a named armed
group held or used is that group; "another ship" read as the target points back to the ship
named first in the sentence; escorts killed "of his" are killed about the person the pronoun
names; a target word followed by "ما يسمى بـ" is the party so called. Every sentence is
invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_type as of_type


def test_an_area_the_fighters_of_a_group_were_holding_is_that_group():
    evs = of_type("وقال متحدث عسكري إن الطيران الحربي نفذ أمس ضربة جوية على منطقة كان مقاتلو «داعش» "
                  "يحاولون التقدم فيها قرب مدينة سرت.", "air_strike")
    assert evs
    assert evs[0].actor2 == "Islamic State"
    assert evs[0].actor2_span is not None and evs[0].actor2_span.text.startswith("منطقة كان مقاتلو")


def test_a_village_a_group_holds_out_in_is_that_group():
    evs = of_type("وقصفت المدفعية أمس قرية يتحصن فيها مسلحو حزب العمال الكردستاني في جنوب شرق البلاد.", "shelling")
    assert evs
    assert evs[0].actor2 == "Kurdistan Workers' Party"


def test_an_area_without_a_group_in_its_relative_clause_stays_as_written():
    evs = of_type("وقال متحدث عسكري إن الطيران الحربي نفذ أمس ضربة جوية على منطقة كان السكان قد غادروها قرب مدينة سرت.",
                  "air_strike")
    assert evs
    assert evs[0].actor2 == "منطقة"


def test_the_first_of_two_boats_hit_is_the_target():
    evs = of_type("وقال مسؤول ليبي إن مقاتلات حربية أغرقت الاثنين قاربا، وهاجمت قاربا آخر قرب ميناء طبرق في شرق ليبيا.",
                  "air_strike")
    assert evs
    assert evs[0].actor2 == "قاربا"


def test_another_boat_alone_in_its_sentence_stays_as_written():
    evs = of_type("وقال المسؤول إن الطائرات هاجمت قاربا آخر قرب ميناء طبرق.", "air_strike")
    assert evs
    assert evs[0].actor2 == "قاربا آخر"


def test_escorts_killed_of_his_are_killed_about_him():
    evs = of_type("وقال مصدر أمني إن نائب محافظ ديالى حسن علي الكرخي أصيب بإصابة بالغة في الصدر مساء أمس "
                  "أثناء تفقده الطريق في كمين نصبه مسلحون أدى لمقتل ثلاثة من مرافقيه وإصابته.", "attack")
    assert evs
    assert evs[0].actor2 == "حسن علي الكرخي"


def test_a_gathering_of_what_they_called_a_group_is_that_group():
    evs = of_type("وقال التنظيم إن أحد مقاتليه فجر سيارته المفخخة على تجمع ما أسموه بـ«جيش الردة» في مدينة سرت.",
                  "bombing")
    assert evs
    assert evs[0].actor2 == "جيش الردة"


def test_positions_of_the_so_called_army_are_that_army():
    evs = of_type("وقصفت الطائرات الروسية أمس مواقع ما يسمى بالجيش الحر في ريف إدلب.", "air_strike")
    assert evs
    assert evs[0].actor2 == "Free Syrian Army"
    assert evs[0].actor2_span is not None and evs[0].actor2_span.text == "الجيش الحر"
