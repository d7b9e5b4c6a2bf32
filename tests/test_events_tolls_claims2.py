"""Events: tolls and claims, round 2. A definite time word after a toll's number ("وأصيب 40
اليوم الأحد") dates it and is no unit of what is counted; one young or named-by-role victim
("أصيب فتى", "قتل مسعف") counts one; a summary of a day's attacks lends its group only to the
attacks it can take in: same day, a compatible kind, the same country. Every sentence is
invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_text as events_of


def test_a_toll_followed_by_today_counts_its_wounded():
    evs = events_of("قال مسؤولون إن 12 شخصا قتلوا وأصيب 40 اليوم الأحد عندما قصفت ميليشيا مسلحة أحياء مدينة حلب.")
    assert [(e.killed, e.injured) for e in evs] == [(12, 40)]


def test_a_toll_followed_by_last_month_keeps_its_number():
    evs = events_of("انفجرت سيارة مفخخة في سوق شعبي بمدينة الموصل مما أسفر عن مقتل 27 شخصا الشهر الماضي.")
    assert [e.killed or e.killed_min for e in evs] == [27]


def test_a_count_of_days_is_still_no_toll():
    evs = events_of("قتل 9 جنود في هجوم لمسلحين على ثكنة عسكرية بعد حصار استمر 40 يوما.")
    assert [e.killed for e in evs] == [9]


def test_one_wounded_boy_counts_one():
    evs = events_of("أصيب فتى برصاص قوات الاحتلال شرق بلدة بيت حانون شمال القطاع.")
    assert [e.injured or e.injured_min for e in evs] == [1]


def test_one_killed_paramedic_counts_one():
    evs = events_of("قتل مسعف في قصف مدفعي استهدف سيارة إسعاف في ريف إدلب.")
    assert [e.killed or e.killed_min for e in evs] == [1]


def test_plural_of_a_victim_noun_is_not_a_dual():
    # "فتيان" is a plural: it names no count of two
    evs = events_of("أصيب فتيان برصاص قوات الاحتلال قرب الجدار الفاصل شرق بلدة بيت حانون.")
    assert all(e.injured != 2 for e in evs)


def test_air_strikes_in_one_country_blame_nobody_for_bombings_in_another():
    evs = events_of(
        "قتل 14 شخصا أمس في غارات جوية نفذها الجيش السوري على قرى في محافظة حلب.\n"
        "وفي العراق، قتل تسعة أشخاص أمس في تفجير سيارة مفخخة في سوق شعبي ببغداد.")
    bombings = [e for e in evs if e.type in ("bombing", "suicide_bombing")]
    assert bombings, "the car bomb is an event"
    assert all(e.actor1 is None and e.claim == "unclaimed" for e in bombings)


def test_a_summary_still_blames_its_group_for_the_attacks_of_that_day():
    evs = events_of(
        "قتل أكثر من 30 شخصا أمس في هجمات لحركة بوكو حرام في شمال نيجيريا.\n"
        "وأسفر الهجوم على سوق مدينة مايدوغوري عن مقتل 12 شخصا على الأقل.")
    assert evs
    assert all(e.actor1 == "Boko Haram" and e.claim == "attributed" for e in evs)
