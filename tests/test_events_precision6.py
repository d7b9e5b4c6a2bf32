"""Events precision 6: happenings a denial names did not take place."""

from __future__ import annotations

from event_docs import events_of_text, events_of_type


def test_denied_arrest_and_its_alternative_are_no_arrest():
    text = ("ونقلت وكالة محلية أمس أن مسلحين خطفوا عددا من الجنود في شمال البلاد. "
            "وشككت وزارة الداخلية في الرواية نافية أسر أو اعتقال أي من عناصرها.")
    assert events_of_type(text, "arrest") == []


def test_denial_right_before_a_killing_is_no_happening():
    text = "ونفت الوزارة مقتل جنديين من جنودها في المدينة يوم الأحد."
    assert events_of_text(text) == []


def test_denied_responsibility_leaves_the_attack():
    text = "قتل ثلاثة جنود في هجوم على حاجز في مدينة الموصل أمس، ونفت الحركة مسؤوليتها عن الهجوم."
    assert events_of_type(text, "attack")


def test_no_reports_of_clashes_is_no_clash():
    text = "واعتصم مئات العمال أمام مبنى المحافظة في مدينة حمص أمس. ولم ترد أي أنباء عن وقوع مواجهات بين المعتصمين وقوات الأمن."
    assert events_of_type(text, "armed_clash", "riot") == []


def test_no_details_of_a_strike_that_took_place_keeps_it():
    text = "ولم ترد تفاصيل عن القصف الذي وقع أمس على بلدة القصير في ريف حمص."
    assert events_of_type(text, "shelling", "air_strike")


def test_a_city_that_sees_fighting_since_a_year_is_background():
    text = ("قتل خمسة مدنيين في قصف على حي الشعار في مدينة حلب أمس. "
            "وتشهد المدينة معارك متواصلة منذ عام 2013 بين قوات النظام وفصائل المعارضة.")
    assert events_of_type(text, "armed_clash") == []
    assert events_of_type(text, "shelling", "air_strike")


def test_fighting_a_city_sees_today_is_reported():
    text = "وتشهد مدينة درعا منذ صباح اليوم الأحد اشتباكات عنيفة بين قوات النظام وفصائل المعارضة."
    assert events_of_type(text, "armed_clash")


def test_fighting_a_place_sees_with_no_since_is_reported():
    text = "قالت مصادر محلية إن قاعدة جوية في محافظة لحج تشهد المناطق القريبة منها مواجهات عنيفة بين المقاومة والمسلحين."
    assert events_of_type(text, "armed_clash")


def test_killed_or_arrested_over_a_half_year_is_no_happening():
    text = "وقالت وزارة الدفاع إن 85 مسلحا قتلوا او اعتقلوا خلال النصف الأول من العام 2023 في ولاية البويرة."
    assert events_of_type(text, "arrest", "attack", "armed_clash") == []


def test_a_hotel_in_the_middle_of_the_capital_is_not_named_by_it():
    text = ("وقع انفجار قوي بعد ظهر أمس في فندق بوسط العاصمة الصومالية مقديشو.\n"
            "وقال شهود إن الانفجار الذي استهدف فندق الصحافة أدى إلى مقتل خمسة أشخاص.")
    evs = events_of_type(text, "bombing", "suicide_bombing", "attack")
    assert len(evs) == 1
    assert evs[0].place is None or evs[0].place.name != "فندق بوسط"
