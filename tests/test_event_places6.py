"""Event places, sixth round: a facility named after a town keeps its name when the capital
word stands between them ("مطار العاصمة كابول" is Kabul's airport, not Kabul).

All sentences are invented news."""

from __future__ import annotations

from event_docs import event_place as place_of

from rasd.arabic.normalize import normalize
from rasd.extract import places as placelib


def test_airport_of_the_capital_named_by_its_town() -> None:
    p = place_of("bombing", "انفجرت سيارة مفخخة صباح اليوم قرب مدخل مطار العاصمة كابول ما أدى إلى مقتل "
                 "أربعة أشخاص في أفغانستان.")
    assert p.precision == "facility"
    assert normalize(p.name) == normalize("مطار العاصمة كابول")
    assert p.country == "AF"


def test_capital_word_alone_still_means_the_capital() -> None:
    # "في العاصمة" with no facility word before it stays the capital itself
    p = place_of("bombing", "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في العاصمة الأفغانية كابول أمس.")
    assert p.name == "Kabul"


def test_word_before_skips_the_capital_word_only_after_a_facility_word() -> None:
    norm = [normalize(w) for w in "قرب مطار العاصمة كابول".split()]
    assert placelib.word_before(norm, 3) == 1
    norm = [normalize(w) for w in "في مدينة العاصمة كابول".split()]
    assert placelib.word_before(norm, 3) == 2
