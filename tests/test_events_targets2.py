"""Events: targets, round 2. The second side of a clash stands after the first side's own
adjective ("بين وحدات حماية الشعب الكردي وعناصر داعش"); a described person whose name follows
is that person when arrested, abducted, or a leader hit; "areas in" a place are that place.
Every sentence is invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_type as of_type


def test_the_second_side_of_a_clash_follows_the_first_sides_adjective():
    evs = of_type("ودارت أمس اشتباكات بين وحدات حماية الشعب الكردي وعناصر تنظيم داعش قرب مدينة الحسكة.",
                  "armed_clash")
    assert evs
    assert evs[0].actor1 == "People's Protection Units"
    assert evs[0].actor2 == "Islamic State"


def test_an_arrested_citizen_is_the_person_named_after_him():
    evs = of_type("واعتقلت الشرطة أمس المواطن فادي سليم إسماعيل في مدينة طرابلس بتهمة الانتماء إلى جماعة مسلحة.", "arrest")
    assert evs
    assert evs[0].actor2 == "فادي سليم إسماعيل"


def test_an_abducted_young_man_is_the_person_named_after_him():
    evs = of_type("وأقدم مسلحون مجهولون أمس على اختطاف الشاب جورج الياس خوري في مدينة زحلة.", "abduction")
    assert evs
    assert evs[0].actor2 == "جورج الياس خوري"


def test_areas_shelled_in_a_town_are_the_town():
    evs = of_type("وقصفت قوات النظام أمس مناطق في بلدة كفرنبل بريف إدلب الجنوبي.", "shelling")
    assert evs
    assert evs[0].actor2 == "بلدة كفرنبل"


def test_areas_after_a_shelling_noun_with_no_object_cue_are_the_town():
    evs = of_type("وجددت قوات النظام أمس قصفها لمناطق في بلدة معضمية الشام بريف دمشق.", "shelling")
    assert evs
    assert evs[0].actor2 == "بلدة معضمية الشام"


def test_a_police_officer_of_a_nation_is_not_its_army():
    evs = of_type("وخطف مسلحون مجهولون أمس ضابط شرطة تركي في إقليم ماردين جنوب شرق البلاد.", "abduction")
    assert evs
    assert evs[0].actor2 == "ضابط شرطة تركي"


def test_a_second_perpetrator_joined_after_the_first_is_not_the_target():
    evs = of_type("وقتل عشرة أشخاص عندما قصفت جماعة الحوثي والقوات الموالية للرئيس السابق علي عبد الله صالح مدينة تعز أمس.",
                  "shelling")
    assert evs
    assert evs[0].actor2 == "مدينة تعز"


def test_a_ministry_right_after_the_attackers_is_the_target():
    evs = of_type("وهاجم مسلحون وزارة الداخلية في مدينة طرابلس.", "attack")
    assert evs
    assert evs[0].actor2 == "وزارة الداخلية"
