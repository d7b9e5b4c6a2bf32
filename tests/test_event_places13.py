"""Event places, thirteenth round: a later telling names the happening's place."""

from __future__ import annotations

from event_docs import typed_places as _places


def test_a_name_known_only_abroad_does_not_part_a_later_telling() -> None:
    # "منطقة ليجي" is Lecce (Italy) to the gazetteers; in a story on Syria it is an unknown area,
    # so the later telling is the lead's bombing, placed more precisely
    got = _places("قتل جنديان سوريان وأصيب ثلاثة آخرون مساء الأحد في انفجار سيارة مفخخة استهدف دورية "
                  "عسكرية في محافظة إدلب شمال غرب سوريا.\n\nوقالت مصادر أمنية إن السيارة انفجرت عند مرور "
                  "الدورية في منطقة ليجي قرب الطريق الدولي.")
    assert got == [("bombing", "ليجي")]


def test_both_neighbours_of_a_border_are_no_scene() -> None:
    # "على الحدود مع العراق وإيران": Iran is a neighbour too, not where the blast was
    got = _places("قتل أربعة جنود أتراك أمس في انفجار عبوة ناسفة في جنوب شرق تركيا.\n\nوقالت مصادر أمنية "
                  "إن مسلحين فجروا العبوة أثناء مرور قافلة عسكرية بقرية كوملو على الحدود مع العراق وإيران.")
    assert got == [("bombing", "كوملو")]


def test_tellings_in_two_named_provinces_are_two_happenings() -> None:
    got = _places("قتل أربعة جنود أتراك أمس في انفجار عبوة ناسفة في جنوب شرق تركيا.\n\nوقالت مصادر أمنية "
                  "إن مسلحين فجروا العبوة أثناء مرور قافلة عسكرية بقرية كوملو في مقاطعة بيتلسو.\n\n"
                  "واستهدف انفجار أمس خط سكة حديد في مقاطعة كارس الشرقية.")
    assert got == [("bombing", "كوملو"), ("bombing", "Kars Province")]


def test_what_followed_a_happening_is_another() -> None:
    got = _places("قتل مستوطن إسرائيلي أمس برصاص مسلحين قرب مدينة نابلس.\n\nوأعقب هذا الحادث مواجهات "
                  "بين الجيش الإسرائيلي وشبان فلسطينيين في بلدة حوارة.")
    assert got == [("attack", "Nablus"), ("riot", "Huwwarah")]  # youths, not an armed side: a riot
