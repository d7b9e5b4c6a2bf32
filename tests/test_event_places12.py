"""Event places, twelfth round: names after place words that no table knows."""

from __future__ import annotations

from event_docs import event_place


def test_an_unknown_province_after_its_word_is_more_specific_than_the_country() -> None:
    # "إقليم كوشكان": a province no table knows, not "the country" the clause refers to
    place = event_place("bombing", "وفي إقليم كوشكان شرق البلاد أصيب جنديان أفغانيان بعد انفجار عبوة ناسفة "
                                   "زرعت على الطريق أمس.")
    assert (place.name, place.precision) == ("كوشكان", "admin1")


def test_an_egyptian_district_is_named_by_its_town() -> None:
    # "مركز ديرب نجم بمحافظة الشرقية": the district of the town, more specific than the governorate
    place = event_place("attack", "لقي أمين شرطة من قوة مركز ديرب نجم بمحافظة الشرقية مصرعه برصاص مجهولين أمس.")
    assert place.name == "Diyarb Najm"


def test_a_centre_is_no_town_of_its_name() -> None:
    place = event_place("bombing", "انفجرت عبوة ناسفة أمام مركز الملك سلمان للإغاثة في مدينة عدن أمس.")
    assert place.name == "Aden"


def test_an_arrest_from_a_quarter_is_made_there() -> None:
    # "اعتقلت ... شابين من حي X": where they were taken, not where they came from
    place = event_place("arrest", "واعتقلت الشرطة شابين من حي الزيتون شرق مدينة الخليل فجر اليوم.")
    assert place.name == "الزيتون"


def test_a_country_after_an_arrest_is_no_scene() -> None:
    place = event_place("arrest", "اعتقلت الشرطة التركية ثلاثة أشخاص قادمين من سوريا في مدينة غازي عنتاب أمس.")
    assert place.name == "Gaziantep"


def test_occupying_forces_arrest_in_the_land_they_occupy() -> None:
    place = event_place("arrest", "اعتقلت قوات الاحتلال الإسرائيلي خمسة شبان في مدينة الخليل فجر اليوم.")
    assert place.name == "Hebron"
