"""Events: the type and the day of a happening from what its words refer to (invented sentences).

- an RPG (a shoulder-fired launcher) told as the weapon of an attack makes no shelling;
- an aircraft that is the object of a masculine verb ("إطلاق نار استهدف مروحية") was attacked;
- "قصف طيران X" (an air arm in construct with its owner) is an air strike;
- "بعد منتصف ليل السبت" is early on Sunday;
- "الأول من أمس" is the day before yesterday.
"""

from __future__ import annotations

from event_docs import events_of_text

from rasd.extract.times import find_times


def _typed(text: str, published: str = "2024-03-10") -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events_of_text(text, published)]


# ------------------------------------------------------------------ shoulder-fired launchers


def test_an_attack_with_an_rpg_round_is_an_attack():
    assert _typed("قتل شرطي في هجوم بقذيفة صاروخية على حاجز أمني أمس في مدينة العريش.") == [("attack", "2024-03-09")]


def test_an_attack_with_a_rocket_launcher_is_an_attack():
    assert [t for t, _ in _typed("قتل جندي في هجوم بقاذفة صواريخ شنه مسلحون أمس في ولاية هكاري.")] == ["attack"]


def test_rocket_shells_rained_in_answer_to_an_attack_stay_a_shelling():
    assert [t for t, _ in _typed("أمطرت الفصائل المعارضة بلدة الفوعة بالقذائف الصاروخية ردا على هجوم "
                                 "لقوات النظام.")] == ["shelling"]


# ------------------------------------------------------------------ an aircraft as the target


def test_fire_that_targeted_a_helicopter_is_an_attack():
    assert [t for t, _ in _typed("وقتل جنديان في إطلاق نار استهدف مروحية عسكرية أمس في ولاية هكاري.")] == ["attack"]


def test_a_helicopter_that_targeted_a_car_is_an_air_strike():
    assert [t for t, _ in _typed("وقتل ثلاثة مسلحين حين استهدفت مروحية عسكرية سيارتهم أمس في ولاية هكاري.")] \
        == ["air_strike"]


# ------------------------------------------------------------------ an air arm in construct


def test_bombardment_by_the_air_arm_of_a_party_is_an_air_strike():
    assert [t for t, _ in _typed("قصف طيران الاحتلال أمس منزلا في بلدة بيت لاهيا شمال قطاع غزة.")] == ["air_strike"]
    assert [t for t, _ in _typed("قصف طيران النظام أمس سوقا شعبيا في مدينة دوما بريف دمشق.")] == ["air_strike"]


# ------------------------------------------------------------------ days


def test_after_midnight_of_a_named_night_is_the_next_day():
    # 2024-03-10 is a Sunday: the night of Saturday ends on Sunday
    assert _typed("واستهدف هجوم بسيارة مفخخة مركزا للشرطة في مدينة ديار بكر بعد منتصف ليل السبت.") \
        == [("bombing", "2024-03-10")]


def test_midnight_of_a_named_night_alone_stays_that_day():
    assert _typed("واستهدف هجوم بسيارة مفخخة مركزا للشرطة في مدينة ديار بكر منتصف ليل السبت.") \
        == [("bombing", "2024-03-09")]


def test_the_first_of_yesterday_is_the_day_before_yesterday():
    got = {t.span.text: t.value for t in find_times("قتلت القوات فجر الأول من أمس شابا قرب المدينة.", "2024-03-10")}
    assert got == {"فجر الأول من أمس": "2024-03-08TMO"}
    got = {t.span.text: t.value for t in find_times("وقتل في الأول من أمس شاب.", "2024-03-10")}
    assert got == {"الأول من أمس": "2024-03-08"}


def test_an_air_arm_carrying_on_its_bombardment_is_an_air_strike():
    assert [t for t, _ in _typed("واصل طيران الاحتلال، بعد هدوء دام يومين، قصفه أمس على بلدة بيت لاهيا شمال قطاع غزة.")] \
        == ["air_strike"]


def test_an_air_arm_named_elsewhere_in_the_clause_does_not_strike():
    assert [t for t, _ in _typed("وقال إن المسلحين يقصفون أمس منازل المواطنين في حي الشيخ عثمان بعد أن خبأوا "
                                 "الصواريخ بحيث يصعب على السكان وطيران التحالف معرفة مصدرها.")] == ["shelling"]


# ------------------------------------------------------------------ blasts that are no bombing


def test_doors_blown_open_in_a_raid_are_no_bombing():
    assert [t for t, _ in _typed("واقتحمت قوة من الجيش منزل المواطن في قرية عزون أمس، وفجرت باب المنزل "
                                 "ثم أطلقت النار على ابنه فقتلته.")] == ["attack"]


def test_a_worn_explosive_vest_is_no_bombing():
    assert [t for t, _ in _typed("وهاجم مسلحون مقرا للشرطة في بلدة كيدال أمس، وقتل أربعة منهم كان "
                                 "أحدهم يرتدي حزاما ناسفا.")] == ["attack"]


def test_a_vest_that_went_off_stays_a_suicide_bombing():
    assert [t for t, _ in _typed("وفجر انتحاري يرتدي حزاما ناسفا نفسه أمس عند مقر للشرطة في بلدة كيدال.")] \
        == ["suicide_bombing"]


def test_in_parallel_opens_another_happening():
    got = _typed("واستهدف هجوم بسيارة مفخخة مركزا للشرطة في مدينة أضنة صباح السبت. ودارت بعد ذلك اشتباكات "
                 "بين الشرطة ومسلحين. وقال التلفزيون ان شرطيا ايضا قتل في الاشتباكات. وفي موازاة ذلك، فتح "
                 "مسلحان صباح السبت النار على مبنى البلدية في حي ايستينيه في ضواحي مرسين.")
    assert [t for t, _ in got] == ["bombing", "armed_clash", "attack"]


def test_a_sentence_opening_with_faqad_takes_the_time_of_the_one_before():
    # 2024-03-10 is a Sunday: "مساء الخميس" is 2024-03-07, the lead's "أمس" 2024-03-09
    got = _typed("أعلن مسؤول محلي، أمس، إغلاق المعابر.\n\nومساء الخميس، تجددت أعمال العنف في شمال القطاع. "
                 "فقد أطلقت مجموعة مسلحة قذائف هاون على موقع عسكري قرب السياج.")
    assert got == [("shelling", "2024-03-07")]
