"""Events: targets, round 4. A bare count ("أصيب نحو عشرة"), a verb carrying an object
pronoun ("حصيلة أعلنها الجيش"), a wave of happenings ("موجة تفجيرات") and a height ("على
ارتفاع منخفض") name no target: the best of the other candidates is the target, or none.
Every sentence is invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_type as of_type


def test_a_bare_count_of_the_hurt_is_no_target():
    evs = of_type("قتل أربعة مدنيين على الأقل، وأصيب حوالى ستة بجروح في عملية انتحارية بسيارة مفخخة، أمس، "
                  "قرب مدينة الرمادي.", "suicide_bombing")
    assert evs
    assert evs[0].actor2 == "مدنيين"


def test_a_bare_count_beside_a_target_leaves_the_target():
    evs = of_type("قتل ثلاثة أشخاص وأصيب نحو عشرة بجروح في تفجير انتحاري استهدف حافلة للجيش أمس في مدينة الحسكة.",
                  "suicide_bombing")
    assert evs
    assert evs[0].actor2 == "حافلة للجيش"


def test_a_verb_with_its_object_pronoun_is_no_target():
    evs = of_type("وقتل 9 أشخاص وأصيب 30 بجروح في التفجير الانتحاري في بعقوبة بحسب حصيلة أعلنتها الشرطة المحلية اليوم.",
                  "suicide_bombing")
    assert evs
    assert evs[0].actor2 is None


def test_a_verb_of_making_known_with_its_pronoun_is_no_target():
    evs = of_type("وأصيب سبعة بجروح في انفجار عبوة ناسفة أمس في مدينة الرمادي، وقتل 9 أشخاص في التفجير الانتحاري "
                  "بحسب حصيلة نشرها الجيش اليوم.", "suicide_bombing")
    assert evs
    assert evs[0].actor2 is None


def test_a_wave_of_bombings_is_no_target():
    evs = of_type("ضربت موجة تفجيرات جديدة مدينة بعقوبة أمس، وقالت مصادر أمنية إن ثلاث سيارات مفخخة انفجرت "
                  "في أحياء متفرقة من المدينة.", "bombing")
    assert evs
    assert evs[0].actor2 is None


def test_a_height_is_no_target():
    evs = of_type("وقال مدير المرصد إن طائرة حربية تحطمت أثناء قصفها مدينة إدلب، موضحا أن الطائرة كانت تحلق "
                  "على ارتفاع منخفض.", "air_strike")
    assert evs
    assert evs[0].actor2 is None or "ارتفاع" not in evs[0].actor2


def test_the_three_told_before_are_a_target():
    evs = of_type("وقال مصدر أمني إن مسلحين خطفوا الثلاثة أمس في بلدة النوفلية قرب مدينة سرت.", "abduction")
    assert evs
    assert evs[0].actor2 == "الثلاثة"


def test_the_airport_of_an_arrest_of_some_of_them_is_no_target():
    evs = of_type("وأوضح المصدر أن الشرطة ألقت القبض على عدد منهم أمس في مطار بغداد الدولي.", "arrest")
    assert evs
    assert evs[0].actor2 is None


def test_a_police_station_in_a_named_quarter_ends_before_the_quarter():
    evs = of_type("استهدف هجوم انتحاري بسيارة مفخخة مركز شرطة بحي باغجلار في اسطنبول فجر الأحد.", "suicide_bombing")
    assert evs
    assert evs[0].actor2 == "مركز شرطة"


def test_a_house_in_a_named_village_ends_before_the_village():
    evs = of_type("وقال الدفاع المدني إن مقذوفا سقط أمس على منزل بقرية الخوبة بمحافظة الحرث.", "shelling")
    assert evs
    assert evs[0].actor2 == "منزل"


def test_a_house_in_an_unnamed_village_keeps_the_village():
    evs = of_type("وقتل ثلاثة أشخاص بعد أن سقطت قذيفة أمس على منزل بقرية تقع جنوبي مدينة رفح.", "shelling")
    assert evs
    assert evs[0].actor2 == "منزل بقرية"


def test_a_patrol_subjected_to_a_shell_is_the_target_not_its_man():
    evs = of_type("وقال المتحدث الأمني إنه عند الساعة التاسعة من صباح أمس تعرضت دورية أمنية بقطاع الحرث بمنطقة جازان "
                  "لمقذوف عسكري من داخل الأراضي اليمنية، مما نتج عنه استشهاد أحد أفرادها.", "shelling")
    assert evs
    assert evs[0].actor2 == "دورية أمنية"


def test_a_border_post_subjected_to_shells_is_the_target_not_its_staff():
    evs = of_type("وتعرض مركز حدودي بمنطقة نجران أمس لقذائف عسكرية من داخل الأراضي اليمنية مما أدى إلى استشهاد "
                  "أحد منسوبيه.", "shelling")
    assert evs
    assert evs[0].actor2 == "مركز حدودي"


def test_houses_subjected_to_shelling_are_the_target():
    evs = of_type("وقال الطبيب إن المستشفى استقبل أمس جثث خمسة مدنيين سقطوا إثر تعرض منازلهم لقصف بقذائف الهاون "
                  "في مدينة الفلوجة.", "shelling")
    assert evs
    assert evs[0].actor2 == "منازلهم"


def test_the_town_after_a_verbal_noun_with_its_pronoun_did_not_strike():
    evs = of_type("وقال مدير المرصد إن طائرة حربية تحطمت أثناء قصفها مدينة إدلب.", "air_strike")
    assert evs
    assert evs[0].actor1 != "مدينة إدلب"


def test_the_genitive_of_a_bare_verbal_noun_still_struck():
    evs = of_type("وأفاد المرصد بمقتل 30 من عناصر التنظيم خلال يومين جراء قصف طائرات التحالف الدولي مواقعهم في ريف الرقة.",
                  "air_strike")
    assert evs
    assert evs[0].actor1 == "Global Coalition against Daesh"
