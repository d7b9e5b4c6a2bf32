"""Event places, fifth round: quarters of big conflict cities the gazetteers lack
("الصابري" in Benghazi); a word that describes a quarter is not its name ("حي ساحلي");
two coordinated quarters mean the town that holds them, two coordinated towns the first;
a country that ends a government's description ("للحكومة الرسمية بليبيا") is not the scene;
"قرى X التابعة لناحية Y" is at X; a village struck, then named, is that village.

All sentences are invented news."""

from __future__ import annotations

from event_docs import event_place as place_of

from rasd.extract import places as placelib

# ------------------------------------------------------------------ quarters of big cities


def test_a_quarter_of_a_big_city_is_known_with_its_city_coordinates():
    g = placelib.choose(placelib.lookup("الصابري"))
    assert g is not None and (g.name, g.country, g.kind) == ("الصابري", "LY", "district")
    benghazi = placelib.lookup_english("Benghazi")[0]
    assert (g.lat, g.lon) == (benghazi.lat, benghazi.lon)


def test_a_quarter_that_is_also_a_common_word_needs_a_place_word():
    assert not placelib.lookup("الشعب")  # "the people"
    assert placelib.lookup("الشعب", "district")[0].country == "IQ"


def test_a_strike_on_a_named_quarter_is_placed_there_not_in_the_city():
    p = place_of("air_strike",
                 "قال متحدث عسكري إن سلاح الجو قصف مخزن ذخيرة للمسلحين في الصابري أمس.",
                 "وتدور اشتباكات متقطعة في بنغازي منذ أشهر.")
    assert (p.name, p.country, p.precision) == ("الصابري", "LY", "district")


def test_an_adjective_after_a_quarter_word_is_not_a_quarter():
    p = place_of("air_strike",
                 "وقال متحدث باسم القوات الجوية إن الطائرات قصفت مواقع للمسلحين في محور الليثي، "
                 "في إشارة إلى حي ساحلي في وسط بنغازي.")
    assert p.name == "الليثي"


# ------------------------------------------------------------------ coordinated places


def test_two_unknown_quarters_with_their_town_are_placed_in_the_town():
    p = place_of("armed_clash",
                 "أفادت مصادر محلية أن اشتباكات وقعت ليلا في حي النسيم والروضة بمدينة تعز بين مسلحين.")
    assert (p.name, p.country) == ("Taiz", "YE")


def test_two_quarters_each_with_its_word_are_placed_in_the_town():
    p = place_of("bombing",
                 "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في حي المنارة وحي الفردوس في مدينة حلب.")
    assert (p.name, p.country) == ("Aleppo", "SY")


def test_a_known_town_named_first_is_the_place_of_two():
    p = place_of("bombing",
                 "قتل ثمانية مدنيين في انفجار عبوتين ناسفتين في قضاء المقدادية وناحية أبو صيدا في بعقوبة.")
    assert p.name == "Muqdadiya"


def test_a_verb_after_a_quarter_is_no_second_quarter():
    p = place_of("bombing",
                 "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في حي المنارة وأصيب عشرة في مدينة حلب.")
    assert p.name != "Aleppo"


# ------------------------------------------------------------------ a government's country


def test_the_country_of_a_government_described_is_not_the_scene():
    p = place_of("air_strike",
                 "قتل سبعة أشخاص في انفجار سيارة ملغومة في مدينة درنة شرق ليبيا.",
                 "وقال متحدث عسكري إن سلاح الطيران التابع للحكومة الرسمية بليبيا نفذ ضربة جوية "
                 "على مواقع المسلحين أمس.")
    assert p.name == "Derna"


# ------------------------------------------------------------------ belonging and villages


def test_villages_belonging_to_a_district_are_the_place():
    p = place_of("armed_clash",
                 "وقال مسؤولون إن قوة أمنية شنت عملية عسكرية على قرى الحمرة التابعة لأطراف ناحية "
                 "السعدية وتمكنت من قتل تسعة مسلحين في اشتباكات.")
    assert "الحمرة" in p.name


def test_a_village_struck_then_named_is_that_village():
    p = place_of("air_strike",
                 "قتل عشرة أشخاص أمس في غارات جوية نفذها الطيران الحربي على قرية يسيطر عليها "
                 "مسلحون في محافظة إدلب.",
                 "وقال المرصد إن الطائرات قصفت صباحا قرية كفر عويد الواقعة جنوب المحافظة.")
    assert "كفر عويد" in p.name


def test_no_quarter_hides_a_province_or_a_town_of_the_same_name():
    admin1, _ = placelib._admin1_table()
    _, geonames_arabic, _ = placelib._geonames()
    clashes = [key for key, _ in placelib._districts() if key in admin1 or key in geonames_arabic]
    assert not clashes
