"""Two happenings of one family in one sentence (invented news, through the whole pipeline)."""

from __future__ import annotations

from event_docs import events_of_text


def _typed_places(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.place.name if e.place else None) for e in events_of_text(text)]


def test_another_car_bomb_joined_by_and_is_another_bombing():
    got = _typed_places("قتل خمسة أشخاص أمس الثلاثاء في انفجار سيارة مفخخة في حي الكرادة وسط بغداد، "
                        "وسيارة مفخخة أخرى استهدفت سوقا في حي الشعب شمالي العاصمة.")
    assert [t for t, _ in got] == ["bombing", "bombing"]
    # the same bomb told again with no "another" stays one
    got = _typed_places("قتل خمسة أشخاص أمس الثلاثاء في انفجار سيارة مفخخة في حي الكرادة وسط بغداد، "
                        "والسيارة المفخخة كانت مركونة قرب سوق.")
    assert [t for t, _ in got] == ["bombing"]
