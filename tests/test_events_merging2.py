"""Merging, round 2: when a later telling joins a happening told before, and when it is
another happening (invented news)."""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run


def test_a_town_name_two_countries_share_takes_the_reading_that_fits():
    # رفح is a town in Egypt and one in Gaza: in a Sinai story it is the Egyptian one
    doc = build([("title", "مقتل أربعة جنود مصريين في انفجار في سيناء"),
                 ("paragraph", "قتل أربعة جنود مصريين امس في انفجار قنبلة في شمال سيناء."),
                 ("paragraph", "وقال المتحدث العسكري إن جنديين أصيبا أيضا في انفجار عبوة ناسفة في رفح.")],
                times=[("امس", "2024-03-09")], quantities=[("أربعة جنود", 4)])
    assert [e.type for e in run(doc)] == ["bombing"]


def test_a_shooting_with_its_own_day_and_town_is_not_the_air_strike():
    doc = build([("paragraph", "قصفت طائرات حربية إسرائيلية هدفا في قطاع غزة."),
                 ("paragraph", "من جهة أخرى، أصيب شاب الجمعة جراء إطلاق النار عليه من قبل قوات الاحتلال "
                               "شرق بلدة بيت حانون.")],
                times=[("الجمعة", "2024-03-08")])
    assert sorted(e.type for e in run(doc)) == ["air_strike", "attack"]


def test_gunfire_at_the_aircraft_without_day_or_town_stays_with_the_strike():
    doc = build([("paragraph", "قتل عشرة جنود في غارة جوية امس في ولاية لوغار."),
                 ("paragraph", "وقالت وزارة الدفاع إن المتمردين أطلقوا النار على المروحيات أولا.")],
                times=[("امس", "2024-03-09")], quantities=[("عشرة جنود", 10)])
    assert [e.type for e in run(doc)] == ["air_strike"]


def test_a_target_named_only_as_a_target_does_not_make_another_strike():
    doc = build([("paragraph", "قصفت الطائرات الإسرائيلية امس موقعا تابعا لحركة حماس في وسط قطاع غزة."),
                 ("paragraph", "من جهة أخرى قال المتحدث باسم الجيش إن طائرات سلاح الجو قصفت هدفا تخريبيا "
                               "وسط قطاع غزة.")],
                times=[("امس", "2024-03-09")])
    assert [e.type for e in run(doc)] == ["air_strike"]


def test_a_claim_for_the_attack_named_by_its_town_goes_to_the_attack_there():
    doc = build([("paragraph", "قتل عشرون شخصا امس في تفجير انتحاري في مدينة قندوز."),
                 ("paragraph", "كما قتل عشرة أشخاص في هجوم بسيارة مفخخة في العاصمة كابل."),
                 ("paragraph", "كما أعلنت الحركة مسؤوليتها عن هجوم قندوز.")],
                times=[("امس", "2024-03-09")], mentions=[("الحركة", "ORG", "Taliban", "armed_group", None)],
                quantities=[("عشرون شخصا", 20), ("عشرة أشخاص", 10)])
    evs = run(doc)
    assert len(evs) == 2
    claims = {e.place.name if e.place else None: e.claim for e in evs}
    assert claims.get("Kabul") != "claimed"
    assert "claimed" in claims.values()


def test_the_attack_a_time_is_counted_from_is_not_the_subject():
    doc = build([("paragraph", "قتل 27 شخصا امس في تفجير انتحاري أمام أكاديمية الشرطة في كابول."),
                 ("paragraph", "وقبل ساعات من هذا الهجوم دمر انفجار شاحنة مفخخة حيا سكنيا في كابول وقتل 15 شخصا.")],
                times=[("امس", "2024-03-09")], quantities=[("27 شخصا", 27), ("15 شخصا", 15)])
    evs = run(doc)
    assert len(evs) == 2
    assert sorted(e.killed or e.killed_min or 0 for e in evs) == [15, 27]


def test_the_attack_said_of_a_pronoun_is_the_one_just_told():
    doc = build([("paragraph", "أغرقت طائرات حربية امس سفينة وهاجمت سفينة أخرى قرب مدينة بنغازي في شرق ليبيا."),
                 ("paragraph", "ولم يرد تأكيد مستقل للهجوم الذي وقع قرب بلدة المريسة وهو أحدث هجوم يستهدف "
                               "سفنا في ليبيا.")],
                times=[("امس", "2024-03-09")])
    assert len(run(doc)) == 1


def test_this_bombing_refers_back_to_the_suicide_bombing_just_told():
    doc = build([("paragraph", "قتل أربعة أشخاص امس في تفجير سيارة مفخخة في بلدة مندلي."),
                 ("paragraph", "ويأتي هذا التفجير بعد أيام من تفجير انتحاري ضخم في سوق بلدة خان بني سعد "
                               "الجمعة أدى إلى مقتل 90 شخصا."),
                 ("paragraph", "ويعد هذا التفجير الذي تبناه التنظيم من أكثر التفجيرات دموية.")],
                times=[("امس", "2024-03-09"), ("الجمعة", "2024-03-01")],
                quantities=[("أربعة أشخاص", 4), ("90 شخصا", 90)])
    evs = run(doc)
    assert len(evs) == 2
    # each happening is told twice: "ويعد هذا التفجير" joins the suicide bombing, not Mandali's
    assert sorted((e.type, e.rule.rsplit("+", 1)[-1]) for e in evs) == [("bombing", "1"), ("suicide_bombing", "1")]


def test_a_condemnation_of_this_attack_is_no_happening_of_its_own():
    doc = build([("paragraph", "قتل ستة أشخاص امس في هجوم انتحاري استهدف مسجدا في مدينة أبها."),
                 ("paragraph", "وأدانت وزارة الخارجية هذا الهجوم الإرهابي ووصفته بالجبان."),
                 ("paragraph", "كما تدين الحكومة بشدة الهجوم وتتعهد بملاحقة منفذيه.")],
                times=[("امس", "2024-03-09")], quantities=[("ستة أشخاص", 6)])
    assert [e.type for e in run(doc)] == ["suicide_bombing"]
