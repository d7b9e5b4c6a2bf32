"""Event places, fourth round: a targeted building named again with the town it stands in
gives that town; of two towns the one too small to be known says more; a referring noun
that a verb of carrying out follows ("الهجوم نفذ ... في منطقة X") is placed there; a place
that another borders ("المتاخم لإيران") is no scene; "العاصمة X" after a direction is a
reference point; a building named like a town abroad ("فندق الجزيرة") keeps its own name.

All sentences are invented news."""

from __future__ import annotations

from event_docs import event_place as place_of
from event_docs import news_events as events_of

# ------------------------------------------------------------------ the target named again


def test_a_hotel_attacked_in_a_country_is_in_the_town_named_with_it_later():
    p = place_of("attack",
                 "قال مسؤولون إن مسلحين هاجموا فندقا في شمال النيجر أمس ما أسفر عن مقتل أربعة أشخاص.",
                 "وقال شهود إن الفندق القريب من السوق في بلدة تاموري تعرض لإطلاق نار كثيف.")
    assert "تاموري" in p.name


def test_a_consulate_attacked_in_a_city_is_in_the_quarter_named_later():
    p = place_of("attack",
                 "فتح مسلح النار على القنصلية الفرنسية في مدينة أضنة اليوم الاثنين وأصاب حارسين.",
                 "وأغلقت الشرطة الشوارع حول مبنى القنصلية الفرنسية في حي الصناعة بعد الهجوم.")
    assert "الصناعة" in p.name
    assert p.country == "TR"  # the quarter lies in the Turkish city, whatever consulate it holds


def test_the_people_of_the_target_do_not_move_the_happening():
    # "الشرطة" names people hit, not a building: a later police quarrel elsewhere does not move it
    p = place_of("bombing",
                 "أصيب خمسة من رجال الشرطة في انفجار عبوة ناسفة في ولاية بورنو النيجيرية أمس.",
                 "وفي سياق آخر قال متحدث إن الشرطة في منطقة كاغا اعتقلت ثلاثة لصوص.")
    assert "كاغا" not in p.name


# ------------------------------------------------------------------ the smaller of two towns


def test_an_unknown_village_near_which_it_happened_beats_the_known_city():
    p = place_of("air_strike",
                 "قال متحدث عسكري إن طائرات حربية قصفت أمس زورقا قرب مدينة مصراتة في غرب ليبيا.",
                 "ولم يصدر تأكيد مستقل للهجوم الذي وقع قرب بلدة الغيران الصغيرة.")
    assert "الغيران" in p.name


# ------------------------------------------------------------------ a verb of carrying out


def test_the_attack_carried_out_in_a_named_district_is_placed_there():
    p = place_of("suicide_bombing",
                 "أعلن مكتب حاكم إقليم ماردين أمس أن ثلاثة جنود قتلوا في تفجير انتحاري بالإقليم.",
                 "وقال مكتب الحاكم إن الهجوم نفذ بشاحنة مفخخة على مخفر للدرك في منطقة نصيبين كوي "
                 "في الإقليم المتاخم لسوريا.")
    assert "نصيبين" in p.name


# ------------------------------------------------------------------ places that are no scene


def test_the_neighbour_a_province_borders_is_not_the_scene():
    # "المتاخمة لإيران" says what the district borders: the retelling stays the same attack
    evs = events_of("قتل جنديان تركيان أمس في هجوم على مخفر في إقليم وان بشرق تركيا.",
                    "وقال الحاكم إن الهجوم نفذ بقذائف صاروخية على المخفر في منطقة أوزالب الجبلية "
                    "المتاخمة لإيران.")
    assert len(evs) == 1
    assert evs[0].place is not None and evs[0].place.country == "TR" and "أوزالب" in evs[0].place.name


def test_the_capital_a_town_is_measured_from_is_a_reference_point():
    p = place_of("armed_clash",
                 "في بلدة كوندو التي تبعد نحو 400 كيلومتر شمال شرقي العاصمة باماكو اشتبكت "
                 "قوات الجيش أمس مع مسلحين.")
    assert "كوندو" in p.name


def test_a_hotel_named_like_a_town_abroad_keeps_its_own_name():
    p = place_of("bombing",
                 "قتل ستة أشخاص أمس في انفجار سيارة مفخخة أمام فندق الجزيرة في العاصمة الصومالية مقديشو.")
    assert p.country == "SO"


def test_own_facility_names_drops_a_namesake_town_abroad():
    from rasd.extract.places import Gazetteer, PlaceMention, _own_facility_names

    town_abroad = Gazetteer("Cizre", "TR", "city")
    home = PlaceMention(0, 5, 0, 1, "مقديشو", None, [Gazetteer("Mogadishu", "SO", "city")])
    hotel = PlaceMention(10, 17, 3, 4, "الجزيرة", "facility", [town_abroad])
    camp = PlaceMention(20, 27, 6, 7, "النصيرات", "facility", [Gazetteer("An Nusayrat", "SO", "city")])
    _own_facility_names([home, hotel, camp])
    assert hotel.candidates == [] and hotel.named
    assert camp.candidates  # a camp named after a town of a country the article names keeps it
