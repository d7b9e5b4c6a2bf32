"""Events stage, detection round 8, through the whole pipeline: a projectile told as
«مقذوف»; fire told as «نيران»; «ضبط» of people is an arrest, of things no arrest; a few
counted strikes are one told happening (and one with its later retelling); strikes stepped
up on a named day are that day's strikes, a habit in the imperfect is none. Every sentence
is invented for these tests.
"""

from __future__ import annotations

from event_docs import news_types as _types

# ------------------------------------------------------------------ triggers


def test_a_projectile_that_fell_is_shelling():
    assert _types("أعلن الدفاع المدني أمس سقوط مقذوف على مستودع في قرية الربوة، نتج عنه إصابة عاملين.") \
        == ["shelling"]


def test_fire_in_the_plural_is_a_shooting():
    assert _types("تعرضت دورية للشرطة أمس لإطلاق نيران كثيفة من مسلحين مجهولين قرب مدخل البلدة.") == ["attack"]


def test_an_exchange_of_fire_in_the_plural_is_a_clash():
    assert _types("قتل مسلح أمس بعد تبادل لإطلاق النيران مع دورية للجيش قرب السوق.") == ["armed_clash"]


# ------------------------------------------------------------------ «ضبط»


def test_people_seized_are_arrested():
    assert _types("تمكنت الشرطة أمس من ضبط 12 شخصا من المطلوبين في حي النور.") == ["arrest"]


def test_a_verb_of_seizing_with_its_subject_arrests_people():
    assert _types("وضبطت الشرطة أمس ثلاثة متهمين في حي النور.") == ["arrest"]


def test_things_seized_in_a_house_arrest_nobody():
    assert _types("وتم ضبط كمية من الذخائر في منزل المتهم أمس.") == []


def test_catching_its_members_as_a_duty_is_no_arrest():
    assert _types("وأكدت الوزارة أنها لن تتهاون في مواجهة الإرهاب وضبط عناصره.") == []


# ------------------------------------------------------------------ counted strikes


def test_a_few_counted_strikes_are_one_happening():
    assert _types("أفادت مصادر محلية بسقوط قتلى جراء أربع غارات لطيران التحالف على مخازن في وادي الصفا.") \
        == ["air_strike"]


def test_counted_explosions_and_their_retelling_are_one_bombing():
    assert _types("هزت أربعة انفجارات حي الزيتون صباح أمس.",
                  "وقالت الشرطة إن السيارات الأربع التي تم تفجيرها تعود لتجار من الحي.") == ["bombing"]


def test_strikes_in_general_stay_no_happening():
    assert _types("وتثير الغارات الجوية مخاوف السكان من موجة نزوح جديدة.") == []


# ------------------------------------------------------------------ stepped up


def test_strikes_stepped_up_on_a_named_day_are_reported():
    assert _types("كثفت المقاتلات من غاراتها ليلا وصباح أمس على مواقع المسلحين في جبل النور.") == ["air_strike"]


def test_attacks_kept_up_in_the_imperfect_are_a_habit():
    assert _types("وقال الجيش أمس إن المسلحين انسحبوا من البلدة، لكنهم يواصلون هجماتهم على القوافل التجارية.") == []
