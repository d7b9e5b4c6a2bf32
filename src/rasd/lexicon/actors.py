"""The actor lexicon: canonical entities with their Arabic names, and a matcher over text.

Data files (``rasd/lexicon/data``, written by rasd, one entity per line):
``actors_groups.tsv`` (armed groups, movements, parties), ``actors_states.tsv``
(governments, militaries, ministries, international bodies), ``actors_media.tsv``,
``actors_people.tsv`` (persons with their roles) and ``actors_peoples.tsv`` (ethnic and
religious communities, MISC); places come from :mod:`rasd.lexicon.geo`. Columns:
English name, Arabic spellings (``|``; a leading ``?`` marks a spelling that is
also an ordinary word), type, kind, country, parent, role.

``institutions.tsv`` names state bodies built from a head and a nationality
adjective (الحكومة الأفغانية → Government of Afghanistan) without listing each.

Matching works on normalized tokens and tolerates proclitics on the first token
(لطالبان، بداعش، وللحركة); the longest match wins.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import is_not

from rasd.arabic.lexdata import read_tsv
from rasd.arabic.normalize import normalize
from rasd.arabic.tokens import tokenize
from rasd.lexicon.geo import country_of_nisba, load_countries, load_places, slug, split_aliases
from rasd.model import Entity
from rasd.ner.features import clitic_variants, norm_word

ACTOR_FILES = ("actors_groups.tsv", "actors_states.tsv", "actors_media.tsv", "actors_people.tsv",
               "actors_peoples.tsv")


@dataclass
class ActorEntry:
    entity: Entity
    ambiguous: set[str] = field(default_factory=set)  # aliases that are also ordinary words
    role: str = ""
    priority: int = 0  # actors 0, places 1: an alias shared by both goes to the actor


def alias_tokens(alias: str) -> tuple[str, ...]:
    """Normalized tokens of an alias, split the way article text is tokenized."""
    return tuple(norm_word(alias[s:e]) for s, e in tokenize(alias))


@lru_cache(maxsize=1)
def _actor_entries() -> list[ActorEntry]:
    rows = [row for name in ACTOR_FILES for row in read_tsv(name)]
    ids: dict[str, str] = {}
    for row in rows:
        ids.setdefault(row[0], slug(row[0]))
    out: list[ActorEntry] = []
    titles = _title_words()
    for row in rows:
        row = row + ("",) * (7 - len(row))
        name, cell, typ, kind, country, parent, role = row[:7]
        aliases, amb = split_aliases(cell)
        # المهندس (Abu Mahdi al-Muhandis) is first "the engineer": a title alone is never a name; the
        # full name links, and the article's own full name lets the short form join it (entities stage).
        aliases = [a for a in aliases if len(alias_tokens(a)) > 1 or alias_tokens(a) not in titles]
        ent = Entity(id=ids[name], name=name, type=typ or "ORG", name_ar=aliases[0] if aliases else None,
                     kind=kind or None, country=country or None,
                     parent=ids.get(parent, slug(parent)) if parent else None, aliases=aliases)
        out.append(ActorEntry(ent, amb, role))
    return out


@lru_cache(maxsize=1)
def _title_words() -> frozenset[tuple[str, ...]]:
    """Person titles of titles.tsv as alias tokens (الرئيس، المهندس)."""
    return frozenset(alias_tokens(r[0]) for r in read_tsv("titles.tsv") if len(r) > 1 and r[1] == "title")


def load_actors() -> list[Entity]:
    """Every entity of the actor lexicon (copies: callers may change them)."""
    return [copy.deepcopy(a.entity) for a in _actor_entries()]


@lru_cache(maxsize=1)
def _all_entries() -> list[ActorEntry]:
    entries = list(_actor_entries())
    entries.extend(ActorEntry(p.entity, p.ambiguous, "", 1) for p in load_places())
    return entries


@lru_cache(maxsize=1)
def entries_by_id() -> dict[str, ActorEntry]:
    return {e.entity.id: e for e in _all_entries()}


# ------------------------------------------------------------------ institutions


@dataclass(frozen=True)
class Institution:
    head: tuple[str, ...]  # normalized tokens
    template: str
    kind: str
    named: bool
    bare: bool = True  # may name the article's own body without a nationality (وزارة الداخلية)


# kinds of body a head of several words names without its country (the article's own state's):
# ministries, the armed forces, the courts and prosecution, civil defence
_BARE_KINDS = frozenset({"ministry", "military", "judiciary", "civil_defense"})


@lru_cache(maxsize=1)
def _institutions() -> dict[str, list[Institution]]:
    """Institutions by the first token of their head, longest heads first."""
    out: dict[str, list[Institution]] = {}
    for row in read_tsv("institutions.tsv"):
        row = row + ("",) * (4 - len(row))
        named = row[3].lower()
        inst = Institution(alias_tokens(row[0]), row[1], row[2], named != "no", named != "with_country")
        out.setdefault(inst.head[0], []).append(inst)
    for heads in out.values():
        heads.sort(key=lambda i: -len(i.head))
    return out


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[tuple[str, ...], ...]:
    """Qualifiers that follow a government's name (institution_qualifiers.tsv), longest first."""
    rows = {alias_tokens(r[0]) for r in read_tsv("institution_qualifiers.tsv") if r and r[0]}
    return tuple(sorted(rows, key=len, reverse=True))


def institution_entity(head: Institution, iso2: str) -> Entity:
    c = load_countries()[iso2]
    adj = c.adj or c.name
    name = head.template.format(country=c.name, adj=adj)
    return Entity(id=slug(name), name=name, type="ORG", kind=head.kind, country=iso2)


# ------------------------------------------------------------------ matching


@dataclass
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    entity: Entity
    ambiguous: bool
    named: bool = True  # False for institutions that only resolve names (القوات الأميركية)
    stripped: str = ""  # the proclitic removed from the first token, if any
    alternatives: list[Entity] = field(default_factory=list)  # other entities with the same alias


_COMPOUND_FIRST = "عبد"  # عبد الله and عبدالله: news writes the compound name both ways
_COMPOUND_LAST = "الله"  # نصر الله and نصرالله, فضل الله and فضلالله: the theophoric second half too


def join_compounds(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The name with its compounds written as one word (عبد الله -> عبدالله، نصر الله -> نصرالله):
    one key for both spellings."""
    joined: list[str] = []
    k = 0
    while k < len(toks):
        if k + 1 < len(toks) and (toks[k] == _COMPOUND_FIRST or (
                toks[k + 1] == _COMPOUND_LAST and len(toks[k]) > 2 and not toks[k].startswith("ال"))):
            joined.append(toks[k] + toks[k + 1])
            k += 2
        else:
            joined.append(toks[k])
            k += 1
    return tuple(joined)


def compound_variants(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The alias tokens, plus the same name with its compounds joined (عبد الله -> عبدالله، نصر الله
    -> نصرالله) or split (عبدالله -> عبد الله): علي عبد الله صالح matches علي عبدالله صالح."""
    out = [toks]
    joined = join_compounds(toks)
    split: list[str] = []
    for t in toks:
        if t.startswith(_COMPOUND_FIRST) and len(t) > len(_COMPOUND_FIRST) + 2:
            split.extend((_COMPOUND_FIRST, t[len(_COMPOUND_FIRST):]))
        elif t.endswith(_COMPOUND_LAST) and len(t) > len(_COMPOUND_LAST) + 2 and not t.startswith("ال"):
            split.extend((t[: -len(_COMPOUND_LAST)], _COMPOUND_LAST))
        else:
            split.append(t)
    for variant in (tuple(joined), tuple(split)):
        if variant not in out:
            out.append(variant)
    return out


_STARTS_NOTHING: tuple[tuple[tuple[str, str], ...], bool] = ((), False)
LOOKUP_MEMO_LIMIT = 32_768  # phrases whose lookup is kept (cleared when full: bounded memory)


class ActorMatcher:
    """Longest-match lookup of lexicon aliases over normalized token sequences."""

    def __init__(self, entries: Sequence[ActorEntry]):
        # trie: dict token -> (children, payload); payload = list of (entry, ambiguous)
        self.root: dict[str, list] = {}
        # token -> what may start at it (see _starts_at); most tokens start nothing
        self._starts: dict[str, tuple[tuple[tuple[str, str], ...], bool]] = {}
        self._recent: dict[tuple[str, ...], tuple[Match, ...]] = {}
        self.index: dict[tuple[str, ...], list[tuple[ActorEntry, bool]]] = {}
        for entry in sorted(entries, key=lambda e: e.priority):
            for alias in entry.entity.aliases:
                for toks in compound_variants(alias_tokens(alias)):
                    self._add(toks, entry, alias in entry.ambiguous)
        self.max_len = max((len(k) for k in self.index), default=0)
        self._bodies: dict[str, Entity] | None = None  # built on first use, see _known_bodies
        # phrase -> what lookup found: quotes and events ask for the same speakers again and again
        self._looked_up: dict[str, Entity | None] = {}

    def _add(self, toks: tuple[str, ...], entry: ActorEntry, ambiguous: bool) -> None:
        if not toks:
            return
        payload = self.index.setdefault(toks, [])
        if any(p[0].entity.id == entry.entity.id for p in payload):
            return
        payload.append((entry, ambiguous))
        node = self.root
        for t in toks[:-1]:
            node = node.setdefault(t, [{}, None])[0]
        last = node.setdefault(toks[-1], [{}, None])
        last[1] = payload

    def _walk(self, first: str, norms: Sequence[str], i: int) -> tuple[int, list | None]:
        """Longest alias starting with ``first`` at position i; returns (end, payload)."""
        node = self.root.get(first)
        best_end, best = -1, None
        j = i
        while node is not None:
            if node[1] is not None:
                best_end, best = j + 1, node[1]
            j += 1
            if j >= len(norms):
                break
            node = node[0].get(norms[j])
        return best_end, best

    def find(self, norms: Sequence[str]) -> list[Match]:
        """Non-overlapping longest matches, left to right (norms: norm_word of each token).

        The entities stage and the tagger's lexicon features both match every
        sentence; the last sentences' results are kept so the second asks for free.
        """
        key = tuple(norms)
        known = self._recent.get(key)
        if known is None:
            if len(self._recent) >= 2048:
                self._recent.clear()
            known = self._recent[key] = tuple(self._find(norms))
        return list(known)

    def _find(self, norms: Sequence[str]) -> list[Match]:
        out: list[Match] = []
        i = 0  # where the next match may start: none starts inside the last one
        # each token's starts read from the memo in one pass, the new tokens' computed after;
        # only the tokens that start something are visited (most start nothing)
        starts = list(map(self._starts.get, norms))
        if None in starts:
            for k, got in enumerate(starts):
                if got is None:
                    starts[k] = self._starts_at(norms[k])
        for at in compress(range(len(norms)), map(is_not, starts, repeat(_STARTS_NOTHING))):
            if at < i:
                continue
            i = at
            best: tuple[int, list, str] | None = None
            forms, head = starts[i]
            for form, stripped in forms:
                end, payload = self._walk(form, norms, i)
                if payload is not None and stripped.endswith("ال"):
                    # السورية is "the Syrian", not ال + سورية: the article turns a place name into an adjective
                    payload = [p for p in payload if p[0].entity.type != "LOC"] or None
                if payload is not None and (best is None or end > best[0]):
                    best = (end, payload, stripped)
            inst = self._institution(norms, i) if head else None
            if inst is not None and (best is None or inst.end > best[0]):
                out.append(inst)
                i = inst.end
                continue
            if best is None:
                continue
            end, payload, stripped = best
            # An alias shared by several entities: the one for which it is not an ordinary word wins
            # (الشرق الأوسط: the region; the newspaper only in context, see alternatives).
            entry, amb = min(payload, key=lambda p: p[1])
            others = [p[0].entity for p in payload if p[0] is not entry]
            out.append(Match(i, end, entry.entity, amb, True, stripped, others))
            i = end
        return out

    def _starts_at(self, token: str) -> tuple[tuple[tuple[str, str], ...], bool]:
        """The token's forms (itself, then less its proclitics) that begin an alias, each
        with the proclitic cut off, and whether one of them is an institution head.
        Memoized per token: matching asks this of every token, and most begin nothing."""
        got = self._starts.get(token)
        if got is None:
            if len(self._starts) >= 200_000:  # bound memory on huge runs
                self._starts.clear()
            forms = (token, *clitic_variants(token))
            heads = _institutions()
            starts = tuple((form, token[: len(token) - len(form)] if k else "")
                           for k, form in enumerate(forms) if form in self.root)
            head = any(form in heads for form in forms)
            # one shared value for the common case: no new objects for the GC to track
            got = self._starts[token] = (starts, head) if starts or head else _STARTS_NOTHING
        return got

    def opens_institution(self, token: str) -> bool:
        """Is the token (or the token less its proclitics) the first word of an institution's head?"""
        return self._starts_at(token)[1]

    def _institution(self, norms: Sequence[str], i: int) -> Match | None:
        """Head + nationality adjective: الحكومة الأفغانية، وزارة الخارجية التركية."""
        heads = _institutions()
        candidates = [(inst, form) for form in (norms[i], *clitic_variants(norms[i])) for inst in heads.get(form, ())]
        for inst, form in candidates:
            h = len(inst.head)
            if i + h >= len(norms) or tuple(norms[i + 1:i + h]) != inst.head[1:]:
                continue
            iso2, end = country_of_nisba(norms[i + h]), i + h + 1
            # The token's forms before the bare head: a definite one (الحكومة) takes an adjective, not a name.
            written = (norms[i], *clitic_variants(norms[i]))[:-1] if norms[i] != inst.head[0] else ()
            if iso2 is None and not inst.head[0].startswith("ال") and not any(f.startswith("ال") for f in written):
                iso2, end = self._country_name(norms, i + h)  # جيش نيجيريا، حكومة الصومال
            if iso2 is None:
                continue
            generic = institution_entity(inst, iso2)
            # وزير الخارجية البريطاني: the body the lexicon names (British Foreign Office) however it is phrased
            ent = self._specific(norms[i:end]) or self._known_bodies().get(generic.id) or generic
            if ent.kind == "government":
                end = self._qualifiers_end(norms, end)
            # والجيش الليبي: say which proclitic was cut, so the mention leaves the و out
            return Match(i, end, ent, False, inst.named, norms[i][: len(norms[i]) - len(form)])
        return None

    def _known_bodies(self) -> dict[str, Entity]:
        """Lexicon entries that are a head + nationality institution (وزارة الخارجية البريطانية ->
        British Foreign Office), by the id of the generic entity the head would build, so that every
        phrasing of that body (الخارجية البريطاني، بوزارة الخارجية البريطانية) links to the one entry."""
        known = self._bodies
        if known is None:
            known = self._bodies = {}
            heads = _institutions()
            for toks, payload in self.index.items():
                ent = payload[0][0].entity
                if ent.type != "ORG" or len(toks) < 2:
                    continue
                for inst in heads.get(toks[0], ()):
                    h = len(inst.head)
                    if len(toks) == h + 1 and toks[1:h] == inst.head[1:]:
                        iso2 = country_of_nisba(toks[h])
                        if iso2 and iso2 == ent.country and iso2 in load_countries():
                            known.setdefault(institution_entity(inst, iso2).id, ent)
        return known

    def _qualifiers_end(self, norms: Sequence[str], end: int) -> int:
        """A government's name goes on over the words that say which one it is (الحكومة الليبية
        المؤقتة، الحكومة اليمنية المعترف بها دوليا): institution_qualifiers.tsv."""
        for quals in _qualifiers():
            if tuple(norms[end:end + len(quals)]) == quals:
                return end + len(quals)
        return end

    def _country_name(self, norms: Sequence[str], i: int) -> tuple[str | None, int]:
        """ISO2 and end of a country's name (not an ambiguous one) starting at token ``i``."""
        end, payload = self._walk(norms[i], norms, i)
        for entry, amb in payload or ():
            if entry.entity.kind == "country" and not amb and entry.entity.country:
                return entry.entity.country, end
        return None, i

    def bare_institution(self, norms: Sequence[str], i: int) -> tuple[int, str]:
        """End of a state body's head of several words written without its country (وزارة الداخلية،
        القوات المسلحة، القوات الخاصة), or 0: such a head names a body of the article's state, where a
        one-word head (الجيش، الحكومة) is too often a plain noun. Returns (end, the proclitic stripped)."""
        if not self._starts_at(norms[i])[1]:
            return 0, ""  # no form of the token is an institution's head (memoized: asked of every token)
        heads = _institutions()
        for form in (norms[i], *clitic_variants(norms[i])):
            for inst in heads.get(form, ()):
                h = len(inst.head)
                if h > 1 and inst.bare and inst.kind in _BARE_KINDS \
                        and tuple(norms[i + 1:i + h]) == inst.head[1:]:
                    return i + h, norms[i][: len(norms[i]) - len(form)]
        return 0, ""

    def _specific(self, toks: Sequence[str]) -> Entity | None:
        payload = self.index.get(tuple(toks))
        return payload[0][0].entity if payload else None

    def lookup(self, text: str) -> Entity | None:
        """The entity a whole phrase names (clitics, quotes and leading titles tolerated).
        Memoized per phrase (bounded): the answer depends on the phrase alone."""
        known = self._looked_up
        if text in known:
            return known[text]
        if len(known) >= LOOKUP_MEMO_LIMIT:
            known.clear()
        found = known[text] = self._lookup(text)
        return found

    def _lookup(self, text: str) -> Entity | None:
        toks = list(alias_tokens(text))
        while toks and (toks[0] in _PUNCT or toks[0] in _PARTICLES):  # و«طالبان»، لـ«داعش»
            toks.pop(0)
        while toks and toks[-1] in _PUNCT:
            toks.pop()
        if not toks or all(self._starts_at(t) is _STARTS_NOTHING for t in toks):
            return None  # no token begins an alias or an institution: no suffix can match (most phrases)
        for start in range(len(toks)):
            if start and toks[start - 1] not in _skippable() and not country_of_nisba(toks[start - 1]):
                break
            rest = toks[start:]
            for m in self.find(rest):
                if m.start == 0 and m.end == len(rest):
                    return m.entity
        return None


_PUNCT = frozenset('"\'()[]-–—.,:;!?«»')
_PARTICLES = frozenset({"و", "ف", "ب", "ل", "ك", "لل", "وب", "ول", "وك", "فب", "فل"})


@lru_cache(maxsize=1)
def _skippable() -> frozenset[str]:
    """Words that may precede a name in a speaker description: titles and nisba adjectives."""
    words = {normalize(r[0]) for r in read_tsv("titles.tsv") if len(r) > 1 and r[1] == "title"}
    return frozenset(words)


@lru_cache(maxsize=1)
def get_matcher() -> ActorMatcher:
    """The process-wide matcher over actors and places (built once, ~0.3 s)."""
    return ActorMatcher(_all_entries())


def lookup_actor(text: str) -> Entity | None:
    """The canonical entity a phrase names, or None: ``lookup_actor("لطالبان").name == "Taliban"``.

    Knows the actor lexicon, countries and places, and institutions named with a
    nationality (``"وزارة الخارجية التركية"``); leading titles are skipped
    (``"الرئيس الروسي فلاديمير بوتين"``). Returns a copy.
    """
    ent = get_matcher().lookup(text)
    return copy.deepcopy(ent) if ent is not None else None
