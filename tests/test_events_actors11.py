"""Events: perpetrators, round 11. Unnamed gunmen name no perpetrator of an attack (an
abduction keeps them); "لكنه فجر نفسه" has its subject in the pronoun; authorities that
announce an arrest without "عن" made it; gunmen with a group's adjective are that group; a
trap or a bomb "نصبه"/"زرعها" someone names who set it. Every sentence is invented; the
whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_text as events_of
from event_docs import events_of_type


def test_unknown_bombers_name_no_perpetrator():
    (ev,) = events_of_type("فجر مجهولون سيارة مفخخة قرب سوق الخضار في مدينة الموصل أمس.",
                           "bombing", "attack")
    assert ev.actor1 is None and ev.claim == "unclaimed"
    assert ev.actor1_span is not None and ev.actor1_span.text == "مجهولون"


def test_unknown_kidnappers_keep_their_words():
    (ev,) = events_of_type("خطف مجهولون طبيبا من منزله في مدينة سبها أمس.", "abduction")
    assert ev.actor1 == "مجهولون"


def test_a_pronoun_after_but_is_no_named_bomber():
    evs = events_of_type("وقال ضابط إن انتحاريا حاول دخول الثكنة، لكنه فجر نفسه عند البوابة في مدينة غزني.",
                         "suicide_bombing")
    assert evs and evs[0].actor1 is None


def test_but_still_opens_a_named_subject():
    evs = events_of_type("حاولت الشرطة إيقاف الحافلة في مدينة الرمادي، لكن مقاتلي داعش فتحوا النار عليها.",
                         "attack")
    assert evs and evs[0].actor1 == "Islamic State"


def test_authorities_announcing_an_arrest_without_an_made_it():
    (ev,) = events_of_type("أعلنت السلطات المغربية اليوم اعتقال خمسة أشخاص في مدينة فاس.", "arrest")
    assert ev.actor1 == "Moroccan authorities"


def test_a_party_announcing_an_arrest_of_its_members_did_not_make_it():
    (ev,) = events_of_type("أعلن حزب الشعوب اعتقال سبعة من أعضائه في مدينة أضنة.", "arrest")
    assert ev.actor1 is None


def test_gunmen_with_a_groups_adjective_are_the_group():
    evs = events_of_type("قتل ثلاثة جنود في كمين نصبه مسلحون حوثيون قرب مدينة مأرب.", "attack", "armed_clash")
    assert evs and evs[0].actor1 == "Houthis" and evs[0].claim == "attributed"


def test_gunmen_with_a_peoples_adjective_stay_unnamed():
    evs = events_of_type("هاجم مسلحون أكراد نقطة للدرك قرب مدينة ماردين.", "attack")
    assert evs and evs[0].actor1 is None


def test_an_ambush_set_by_a_group_names_it():
    evs = [e for e in events_of("قتل جنديان في كمين نصبته ميليشيا الحوثي قرب مدينة تعز.")
           if e.type in ("attack", "armed_clash")]
    assert evs and evs[0].actor1 == "Houthis"


def test_a_bomb_planted_by_a_group_names_it():
    evs = events_of_type("قتل شرطي في انفجار عبوة ناسفة زرعتها حركة الشباب قرب مدينة كسمايو.",
                         "bombing", "attack")
    assert evs and evs[0].actor1 == "al-Shabaab"


def test_members_of_a_group_after_the_weapon_name_the_group():
    evs = events_of_type("قتل أربعة حراس في هجوم انتحاري بسيارة ملغومة نفذه أعضاء من حركة الشباب على فندق في مقديشو.",
                         "suicide_bombing", "bombing")
    assert evs and evs[0].actor1 == "al-Shabaab"


def test_bare_coalition_after_aircraft_is_the_coalition_striking_in_that_country():
    # "طائرات التحالف" alone: in Yemen the Saudi-led coalition, in Syria/Iraq the anti-IS coalition
    (ev,) = events_of("شنت طائرات التحالف أمس غارات على مواقع للحوثيين في مدينة صعدة اليمنية.")
    assert (ev.type, ev.actor1, ev.claim) == ("air_strike", "Saudi-led coalition", "attributed")
    (ev,) = events_of("قصفت طائرات التحالف أمس مواقع لتنظيم داعش قرب مدينة الرقة السورية.")
    assert ev.actor1 == "Global Coalition against Daesh"
    # no coalition is known to strike there: no perpetrator
    (ev,) = events_of("قصفت طائرات التحالف أمس قرية في ولاية هلمند الأفغانية.")
    assert ev.actor1 is None
