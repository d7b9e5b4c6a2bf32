"""Event places, second round: the most specific place of a happening — towns the tagger
finds after a town word, named facilities, quoted names, a group's name that is no place,
the Gaza Strip and the city, a province's countryside, and the scene a later telling goes on in.

All sentences are invented news."""

from __future__ import annotations

from event_docs import news_events as events_of

from rasd.arabic.tokens import segment_doc
from rasd.extract.places import find_places, lookup
from rasd.model import Analysis, Article
from rasd.pipeline import Doc


def place_of(*paragraphs: str) -> tuple[str | None, str | None]:
    """(name, precision) of the first event's place."""
    evs = [e for e in events_of(*paragraphs) if e.place is not None]
    assert evs, "no event with a place"
    return evs[0].place.name, evs[0].place.precision


def doc_of(text: str) -> Doc:
    art = Article.from_parts([("paragraph", text)], published="2024-01-05", id="p")
    doc = Doc(article=art, analysis=Analysis(article_id="p"))
    segment_doc(doc)
    return doc


# ------------------------------------------------------------------ facilities


def test_a_named_hotel_is_the_place_not_its_city():
    name, precision = place_of("قتل ستة أشخاص في تفجير انتحاري استهدف فندق النخيل في مقديشو أمس.")
    assert (name, precision) == ("فندق النخيل", "facility")


def test_an_airport_keeps_its_word_and_its_city():
    name, precision = place_of("قتل ثلاثة جنود في هجوم صاروخي على مطار قندهار أمس.")
    assert precision == "facility" and name.startswith("مطار")


def test_a_square_is_named_by_a_definite_word():
    name, precision = place_of("تظاهر الآلاف في ساحة الشهداء وسط العاصمة بيروت أمس احتجاجا على الغلاء.")
    assert (name, precision) == ("ساحة الشهداء", "facility")


def test_a_square_before_an_indefinite_word_is_a_common_noun():
    # "ساحة معارك": a battlefield, not a square named معارك
    doc = doc_of("تحولت المنطقة إلى ساحة معارك عنيفة في ولاية هلمند.")
    assert not any(p.prefix == "facility" for p in find_places(doc))


def test_a_market_name_does_not_start_with_a_preposition():
    doc = doc_of("انفجرت عبوة ناسفة قرب سوق للخضار في مدينة الموصل.")
    assert not any(p.prefix == "facility" for p in find_places(doc))


# ------------------------------------------------------------------ towns and quoted names


def test_a_town_the_tagger_finds_after_a_town_word_beats_the_capital_named_later():
    name, precision = place_of(
        "ألقت قوات الأمن التركية القبض على 12 شخصا في عمليات دهم بمدينة مانيسا غربي البلاد، "
        "بحسب ما أعلنت السلطات في العاصمة أنقرة.")
    assert precision == "city" and "مانيسا" in name


def test_a_quoted_name_after_a_place_word_is_the_name():
    name, _ = place_of("سيطرت قوات الجيش على منطقة «الحمراء» بعد مواجهات عنيفة مع المسلحين أمس في اليمن.")
    assert name == "الحمراء"


def test_a_quotation_after_a_place_word_is_no_name():
    doc = doc_of("وقال إن القاعدة «وإذا كانت الهجمات مستمرة فسنرد» ثابتة.")
    assert not any(p.named for p in find_places(doc))


# ------------------------------------------------------------------ names that are not places


def test_a_place_in_a_groups_name_is_not_where_it_happened():
    evs = events_of("قتل جنديان في انفجار عبوة ناسفة في مدينة رفح أمس، "
                    "وتبنت جماعة ولاية سيناء الهجوم في بيان.")
    assert evs and all(e.place is not None and e.place.name != "Sinai Peninsula" for e in evs)


# ------------------------------------------------------------------ Gaza, countryside


def test_bare_gaza_is_the_strip_and_after_a_town_word_the_city():
    assert lookup("غزة")[0].name == "Gaza Strip"
    assert lookup("غزة", prefix="city")[0].name == "Gaza City"
    assert place_of("قصفت طائرات إسرائيلية مواقع في غزة فجر أمس.")[0] == "Gaza Strip"
    assert place_of("انفجرت سيارة مفخخة في مدينة غزة صباح أمس.")[0] == "Gaza City"


def test_the_countryside_of_a_provinces_seat_is_the_province():
    assert place_of("قتل خمسة مدنيين في غارة جوية على ريف إدلب أمس.")[0] == "Idlib Governorate"
    assert place_of("اندلعت اشتباكات عنيفة في ريف دمشق أمس.")[0] == "Rif Dimashq Governorate"
    assert lookup("حلب", prefix="countryside")[0].kind == "admin1"


# ------------------------------------------------------------------ the scene goes on


def test_a_telling_without_a_place_goes_on_in_the_town_named_before():
    evs = events_of(
        "قال مسؤولون عسكريون إن عشرة جنود قتلوا خلال قتال مع مسلحين في مدينة بنغازي أمس.",
        "وذكر مسعفون أن خمسة جنود آخرين قتلوا في انفجار قنبلة زرعها مسلحون في شقة سكنية.")
    bombs = [e for e in evs if e.type == "bombing"]
    assert bombs and bombs[0].place is not None and bombs[0].place.name == "Benghazi"


def test_the_scene_stays_in_the_happenings_country():
    # the town named before is in another country than the one whose forces act
    evs = events_of(
        "زار الوزير مدينة إسطنبول الأسبوع الماضي.",
        "وألقت السلطات الكويتية القبض على خمسة أشخاص يشتبه في انتمائهم لتنظيم داعش.")
    arrests = [e for e in evs if e.type == "arrest"]
    assert arrests and arrests[0].place is not None and arrests[0].place.country == "KW"


def test_a_facility_the_place_was_near_does_not_beat_the_town():
    name, _ = place_of("واندلع القتال أمس في بلدة أجدابيا قرب ميناء البريقة النفطي وقتل خمسة مسلحين.")
    assert name == "Ajdabiya"
    # alone, the facility is still the most specific place named
    name, _ = place_of("وقتل خمسة أشخاص في انفجار سيارة مفخخة عند مدخل مطار كابول.")
    assert name == "مطار كابول"


def test_a_conjunction_after_a_facility_word_is_no_name():
    evs = events_of("مقتل أربعة في هجوم على فندق ومعركة بالأسلحة النارية وسط مالي.")
    assert all(e.place is None or "ومعركة" not in e.place.name for e in evs)
