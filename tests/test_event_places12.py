"""Event places, twelfth round: names after place words that no table knows."""

from __future__ import annotations

from event_docs import event_place


def test_an_unknown_province_after_its_word_is_more_specific_than_the_country() -> None:
    # "إقليم كوشكان": a province no table knows, not "the country" the clause refers to
    place = event_place("bombing", "وفي إقليم كوشكان شرق البلاد أصيب جنديان أفغانيان بعد انفجار عبوة ناسفة "
                                   "زرعت على الطريق أمس.")
    assert place.precision == "admin1"
    assert "كوشكان" in place.name
