"""Two happenings of one family in one sentence (invented news, through the whole pipeline)."""

from __future__ import annotations

from event_docs import typed_places as _typed_places


def test_another_car_bomb_joined_by_and_is_another_bombing():
    got = _typed_places("قتل خمسة أشخاص أمس الثلاثاء في انفجار سيارة مفخخة في حي الكرادة وسط بغداد، "
                        "وسيارة مفخخة أخرى استهدفت سوقا في حي الشعب شمالي العاصمة.")
    assert [t for t, _ in got] == ["bombing", "bombing"]
    # the same bomb told again with no "another" stays one
    got = _typed_places("قتل خمسة أشخاص أمس الثلاثاء في انفجار سيارة مفخخة في حي الكرادة وسط بغداد، "
                        "والسيارة المفخخة كانت مركونة قرب سوق.")
    assert [t for t, _ in got] == ["bombing"]
