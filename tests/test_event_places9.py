"""Event places, ninth round: lists of places, the town that holds them."""

from __future__ import annotations

from event_docs import event_place


def test_a_quarter_and_a_street_listed_with_a_comma_lie_in_the_town_after_them() -> None:
    place = event_place("bombing", "وقالت مصادر محلية إن انفجارين هزا حي الميدان، وشارع النصر وسط مدينة دمشق "
                                   "صباح اليوم دون وقوع إصابات.")
    assert place.name == "Damascus"
