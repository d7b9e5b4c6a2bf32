"""Events: tolls and claims, round 3. "تبناه" / "تبناها" / "تبناهما" (the claim verb with its
object pronoun) claims; a claim told after "غداة" / "بعد" is of the happening recalled there;
a military voice that names no side claims an unplaced air arm's strike, and an air-force
voice claims its own air force's strike; warplanes that are the subject of joined verbs after
"إن" are a state force; a number before a casualty verb joined by "و" is not its victims.
Every sentence is invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_text as events_of


def violent(text: str) -> list:
    return [e for e in events_of(text) if e.claim is not None]


def test_claim_verb_with_object_pronoun_claims():
    evs = violent("قتل 14 شخصا أمس في تفجير سيارة مفخخة في سوق شعبي بمدينة الرمادي تبناه تنظيم داعش.")
    assert [e.claim for e in evs] == ["claimed"]


def test_claim_verb_with_dual_object_pronoun_claims():
    evs = violent("قتل 20 شخصا أمس في تفجيرين انتحاريين في مدينة كركوك تبناهما تنظيم داعش.")
    assert [e.claim for e in evs] == ["claimed"]


def test_policies_adopted_are_no_claim_of_a_bombing_elsewhere():
    evs = violent("قتل سبعة أشخاص أمس في انفجار عبوة ناسفة في بلدة المقدادية.\n"
                  "وانتقد النائب السياسات التي تبناها الوزير في المحافظة.")
    assert [e.claim for e in evs] == ["unclaimed"]


def test_claim_of_the_recalled_happening_stays_with_it():
    evs = violent("قتل 11 شخصا على الأقل الخميس في هجمات استهدفت أحياء في مدينة الحلة، "
                  "غداة تعرض أحياء مماثلة لتفجيرين تبناهما التنظيم المتطرف.")
    thursday = [e for e in evs if (e.killed or e.killed_min) == 11]
    assert thursday and thursday[0].claim != "claimed"


def test_military_voice_claims_an_unplaced_air_arm():
    evs = violent("وقال مصدر عسكري إن سلاح الطيران شن أمس غارات على مواقع للمتشددين قرب مدينة سرت.")
    assert [e.claim for e in evs] == ["claimed"]


def test_air_force_voice_claims_its_own_air_force():
    evs = violent("وقال خالد المنصوري المتحدث باسم القوات الجوية إن سلاح الجو الليبي قصف أمس مخازن ذخيرة "
                  "للمجموعات المتشددة في مدينة درنة.")
    assert [e.claim for e in evs] == ["claimed"]


def test_another_sides_voice_does_not_claim():
    evs = violent("وقال المتحدث باسم جماعة الحوثيين إن طائرات التحالف قصفت أمس مواقع في مدينة صعدة.")
    assert [e.claim for e in evs] != ["claimed"]


def test_warplanes_of_joined_verbs_are_claimed_by_their_governments_voice():
    evs = violent("قال متحدثون عسكريون باسم الحكومة الليبية إن طائرات حربية قصفت، يوم السبت، زورقا، "
                  "وهاجمت زورقا آخر قرب مدينة مصراتة.")
    assert evs and all(e.claim == "claimed" for e in evs)


def test_number_before_a_joined_casualty_verb_is_not_the_dead():
    evs = events_of("أطلق مسلحان النار على مركز للشرطة في مدينة ديار بكر أمس وقتل خمسة أشخاص على الأقل.")
    assert [e.killed or e.killed_min for e in evs if e.type == "attack"] == [5]


def test_victims_before_their_passive_verb_still_count():
    evs = events_of("قالت مصادر أمنية إن ستة جنود قتلوا أمس في هجوم على نقطة تفتيش قرب مدينة العريش.")
    assert [e.killed for e in evs] == [6]
