"""Event places, seventh round: a town no gazetteer knows named as a province's capital
("في X عاصمة ولاية Y"), "the area" carrying a scene over paragraphs that name no place, and
a place something is "near" ("قرية قريبة من X") read as where it was, not where anyone came from.

All sentences are invented news."""

from __future__ import annotations

from event_docs import event_place as place_of
from event_docs import news_events

from rasd.arabic.normalize import normalize


def test_unknown_town_named_as_a_provinces_capital() -> None:
    p = place_of("attack", "قتل أربعة من رجال الشرطة صباح اليوم في هجوم مسلح على نقطة تفتيش في بير زاد "
                 "عاصمة ولاية هلمند.")
    assert normalize(p.name) == normalize("بير زاد")
    assert p.country == "AF"


def test_capital_town_after_a_b_clitic() -> None:
    p = place_of("bombing", "انفجرت سيارة مفخخة أمس قرب مركز للشرطة بكوت ملا عاصمة محافظة ننغرهار ما أسفر "
                 "عن مقتل ثلاثة أشخاص.")
    assert normalize(p.name) == normalize("كوت ملا")


def test_province_alone_stays_the_province() -> None:
    # no "عاصمة" before the province: nothing finer is named
    p = place_of("attack", "قتل أربعة من رجال الشرطة صباح اليوم في هجوم مسلح على نقطة تفتيش في ولاية هلمند.")
    assert p.name == "Helmand Province"


def _arrest_place(*paragraphs: str) -> str | None:
    arrests = [e for e in news_events(*paragraphs) if e.type == "arrest"]
    assert arrests
    return arrests[0].place.name if arrests[0].place else None


_CLASH = "اندلعت أمس اشتباكات عنيفة بين الجيش ومسلحي طالبان في منطقة خاكريز بولاية قندهار."
_QUOTE = "وقال المتحدث إن «المسلحين تكبدوا خسائر كبيرة وفروا تاركين أسلحتهم»."


def test_the_area_two_paragraphs_later_is_the_area_named_before() -> None:
    place = _arrest_place(_CLASH, _QUOTE, "وأضاف أن قوات الأمن اعتقلت قائدا محليا لطالبان في المنطقة.")
    assert normalize(place or "") == normalize("خاكريز")


def test_without_the_area_word_the_scene_does_not_reach_that_far() -> None:
    # two paragraphs back, and nothing in the telling's own paragraph speaks of a place
    place = _arrest_place(_CLASH, _QUOTE, "وأضاف أن قوات الأمن اعتقلت قائدا محليا لطالبان.")
    assert place == "Afghanistan"


def test_a_paragraph_naming_another_place_stops_the_scene() -> None:
    place = _arrest_place(_CLASH, "وفي ولاية هلمند قال المتحدث إن «المسلحين تكبدوا خسائر كبيرة».",
                          "وأضاف أن قوات الأمن اعتقلت قائدا محليا لطالبان في المنطقة.")
    assert normalize(place or "") != normalize("خاكريز")


def test_village_near_a_city_is_placed_at_the_city() -> None:
    p = place_of("attack", "قتل خمسة مدنيين أمس في هجوم شنه مسلحون على قرية قريبة من مايدوغوري في نيجيريا.")
    assert p.name == "Maiduguri"


def test_a_rank_after_a_place_starts_a_name_not_more_of_the_place():
    # "المقدم" (a rank) opens the spokesman's name; it is no word of the region's name
    place = place_of("shelling", "وقال المتحدث باسم الدفاع المدني بمنطقة جازان المقدم يحيى القحطاني إن مقذوفا "
                                 "سقط أمس على منزل في المنطقة دون وقوع إصابات.")
    assert "المقدم" not in place.name
