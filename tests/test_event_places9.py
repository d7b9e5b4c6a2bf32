"""Event places, ninth round: lists of places, the town that holds them."""

from __future__ import annotations

from event_docs import events_of_text


def test_a_quarter_and_a_street_listed_with_a_comma_lie_in_the_town_after_them() -> None:
    events = events_of_text("وقالت مصادر محلية إن انفجارين هزا حي الميدان، وشارع النصر وسط مدينة دمشق "
                            "صباح اليوم دون وقوع إصابات.")
    bombing = [e for e in events if e.type == "bombing"]
    assert bombing and bombing[0].place is not None
    assert bombing[0].place.name == "Damascus"
