"""Events: what happened, when, where, by whom, to whom, how many dead.

The stage works in three steps:

1. **Mentions.** Each sentence is cut into clauses at connectors that start a new
   happening (``بينما``, ``في حين``, ``، فيما``...). In each clause the trigger
   lexicon (``event_triggers.tsv``) is matched; the triggers of one family
   (violence, protest, arrest, meet, ...) make ONE mention, whose type is the most
   specific the words allow (``قُتل ... جراء تفجير ... انتحاري`` is one suicide
   bombing). Each mention reads its own arguments from the clause: date (times
   stage), place (places named in it), perpetrator and target (entity mentions,
   actor descriptions, noun phrases after target cues), casualty figures (numbers
   stage plus casualty cues), claim status and certainty cues.
2. **Happenings.** An article usually tells one happening several times (title,
   lead, a quote, a later paragraph). Mentions of compatible type, date, place,
   target and figures are merged into one event, each mention to the most recent
   compatible one; a mention whose date, place or target conflicts starts a new event.
3. **Defaults.** An event without a date of its own takes the date of the dated
   mention before it in the same paragraph, or (in the title and lead, or failing
   everything) the publication date; without a place, the place named in its
   sentence, else the article's main country. Claim status defaults to
   ``attributed`` when a perpetrator is named and ``unclaimed`` when none is.

Every event keeps its evidence (the clause of its most informative mention), the
rule that produced it and a confidence. The places stage resolves ``Event.place``
(left as the Arabic surface name here) to coordinates and ISO codes.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile
from typing import TYPE_CHECKING

from rasd.arabic.calendars import weekdays
from rasd.arabic.normalize import normalize
from rasd.arabic.numbers import number_words
from rasd.arabic.tokens import normalized_tokens
from rasd.extract import places as placelib
from rasd.lexicon import STATE_KINDS
from rasd.lexicon import events as lex
from rasd.model import Entity, Event, Place, Span, TimeExpr

if TYPE_CHECKING:
    from collections.abc import Collection

    from rasd.pipeline import Doc

try:  # canonical actors with clitic handling, when the entity lexicon is installed
    from rasd.lexicon.actors import entries_by_id as _lexicon_entries
    from rasd.lexicon.actors import lookup_actor as _lookup_actor
except ImportError:  # pragma: no cover - depends on another stage being present
    _lookup_actor = None
    _lexicon_entries = None

_DATE_RE = re.compile(r"^\d{4}(-(\d{2}|W\d{2}|SP|SU|FA|WI|H\d|Q\d)(-\d{2})?)?")
_DAYS_RE = re.compile(r"^P(\d{1,2})([DW])$")
_TIME_STOPS = frozenset({"منذ", "حتي", "مدي"})  # "since X" is not when the happening happened
_CONTRASTS = frozenset({"لكن", "ولكن", "لكنه", "لكنها", "لكنهم"})  # "but": what follows is another statement
_DEFINITE_WORDS = frozenset({"هذا", "هذه", "ذلك", "تلك", "نفس"})
_COPULA_PRONOUNS = frozenset({"هو", "هي", "وهو", "وهي"})  # "وهو أول هجوم من نوعه": says what it was
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_OPERATION = frozenset({"عمليه"})  # normalized, any clitics (read with ctx.has): "في عملية أمنية", "العملية التي جرت"
_OPERATION_WORDS = _OPERATION | {"و" + w for w in _OPERATION}  # as written: "عملية الخطف": the trigger is the word after
_SPLIT_PUNCT = frozenset({";", "؛"})
_LEAD_MIN_WORDS = 6  # a shorter first paragraph is a dateline or a byline, not the lead
_COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "وان"})
_BUT = _CONTRASTS | {"ولكنه", "ولكنها", "ولكنهم"}  # normalized "لكنّه"
_TITLES = frozenset({"وزير", "رئيس", "زعيم", "قائد", "امير", "ملك", "الرئيس", "الوزير", "الملك", "الامير", "مبعوث",
                     "سفير", "نظير", "نظيره", "نظيرته"})
_OTHER_WORDS = frozenset({"مماثل", "مماثله", "اخر", "اخري", "ثان", "ثاني", "ثانيه", "ثالث", "جديد", "جديده"})
# time words that may sit between a verb and its subject or object ("اغتالت قبل ظهر امس ناشطا")
_TIME_WORDS = frozenset({"قبل", "بعد", "امس", "اليوم", "صباح", "مساء", "فجر", "ظهر", "ليل", "الليله", "ليلا", "صباحا",
                         "ظهرا", "فجرا", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"})
_COMMAS = frozenset({",", "،"})
_OPENERS = frozenset({"(", "«", "\"", "“"})  # brackets and quotes that open a name
_CLAIMED_FOR = frozenset({"عن"})  # "مسؤوليتها عن هجوم ...": what a claim is made for
# Actor rank: who wins when several mentions of one happening name its actors.
RANK_PERSON, RANK_ORG, RANK_PLACE, RANK_DESCRIPTION, RANK_ANONYMOUS = 4, 3, 2, 1, 0
COMPATIBLE_VIOLENCE = {
    frozenset({"suicide_bombing", "bombing"}), frozenset({"air_strike", "shelling"}),
    frozenset({"assassination", "bombing"}), frozenset({"assassination", "suicide_bombing"}),
    frozenset({"assassination", "shelling"}), frozenset({"assassination", "armed_clash"}),
    frozenset({"assassination", "air_strike"}),
}
CLAIM_PRECEDENCE = {"claimed": 4, "denied": 3, "attributed": 2, "unclaimed": 1}


# ------------------------------------------------------------------ lexicons


@dataclass(frozen=True)
class Lexicons:
    triggers: lex.PhraseMatcher
    casualty: lex.PhraseMatcher
    claims: lex.PhraseMatcher
    certainty: lex.PhraseMatcher
    generic: lex.PhraseMatcher
    breaks: lex.PhraseMatcher
    targets: lex.PhraseMatcher
    reports: lex.PhraseMatcher
    no_casualty: lex.PhraseMatcher
    descriptions: lex.PhraseMatcher
    approx: lex.PhraseMatcher
    units: lex.PhraseMatcher
    negation: frozenset[str]
    agent_verbs: frozenset[str]
    actor_heads: frozenset[str]
    quantifiers: frozenset[str]
    np_stops: frozenset[str]
    bare_stops: frozenset[str]
    victims: dict[str, tuple[str, bool]]
    target_places: dict[str, bool]
    ontology: dict[str, lex.EventType]
    person_titles: lex.PhraseMatcher
    np_links: frozenset[str]
    state_heads: frozenset[str]
    offices: lex.PhraseMatcher


def _with_yaa_seat(rows: list[list[str]]) -> list[list[str]]:
    """The rows, then those naming responsibility (مسؤولية) again as several papers spell it
    (مسئولية): normalization keeps the two hamza seats apart."""
    return rows + [[r[0].replace("مسؤول", "مسئول"), *r[1:]] for r in rows if "مسؤول" in r[0]]


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    return Lexicons(
        triggers=lex.matcher("event_triggers.tsv"),
        casualty=lex.matcher("event_casualty_cues.tsv"),
        claims=lex.PhraseMatcher.from_rows(_with_yaa_seat(lex.load_tsv("event_claim_cues.tsv"))),
        certainty=lex.matcher("event_certainty_cues.tsv"),
        generic=lex.matcher("event_generic_cues.tsv"),
        breaks=lex.matcher("event_clause_breaks.tsv"),
        targets=lex.matcher("event_target_cues.tsv"),
        reports=lex.matcher("event_report_cues.tsv"),
        no_casualty=lex.matcher("event_no_casualty_cues.tsv"),
        descriptions=lex.matcher("event_actor_descriptions.tsv"),
        approx=lex.matcher("event_number_approx.tsv"),
        units=lex.matcher("event_number_units.tsv"),
        negation=lex.word_set("event_negation.tsv"),
        agent_verbs=lex.word_set("event_agent_verbs.tsv"),
        actor_heads=lex.word_set("event_actor_heads.tsv"),
        quantifiers=lex.word_set("event_quantifiers.tsv"),
        np_stops=lex.word_set("event_np_stops.tsv"),
        bare_stops=frozenset(normalize(r[0]) for r in lex.load_tsv("event_np_stops.tsv") if r[1:2] == ["yes"]),
        victims=lex.victim_nouns(),
        target_places={normalize(r[0]): (r[1:2] == ["yes"]) for r in lex.load_tsv("event_target_places.tsv")},
        ontology=lex.ontology(),
        person_titles=lex.matcher("event_person_titles.tsv"),
        np_links=lex.word_set("event_np_links.tsv"),
        state_heads=lex.word_set("event_state_heads.tsv"),
        offices=lex.matcher("event_leadership_offices.tsv"),
    )


def family_of(event_type: str) -> str:
    et = lexicons().ontology.get(event_type)
    return et.family if et else "other"


def types_compatible(a: str, b: str) -> bool:
    """Can two mentions' types name the same happening?"""
    if a == b:
        return True
    if family_of(a) != family_of(b):
        return False
    if family_of(a) != "violence":
        return True
    return "attack" in (a, b) or frozenset({a, b}) in COMPATIBLE_VIOLENCE


# ------------------------------------------------------------------ working structures


@dataclass
class Clause:
    start: int  # char offsets
    end: int
    ts: int  # token range
    te: int
    sentence: int  # index into the sentence list
    block: int  # index of the block (title, paragraph, ...) it is in
    lead: bool  # in the title or the first paragraph
    inherit: bool = False  # begins "بالإضافة إلى ...": shares the claim of the clause before
    title: bool = False  # in the title or subtitle
    # in the title or the first sentences of the lead paragraph: what tells the main story
    # (a lead paragraph may run on through the whole article)
    opening: bool = False
    lead_first: bool = False  # in the first sentence of the lead paragraph


@dataclass
class Actor:
    name: str | None  # canonical name or the description's words; None for an unnamed perpetrator
    span: Span | None
    entity_id: str | None
    rank: int
    known: bool = True  # an entity or a lexicon description, not just a noun phrase


@dataclass
class Figure:
    kind: str  # killed | injured
    value: int
    minimum: bool  # "at least" / "more than" / named dead without a total
    sentence: int
    update: bool = False  # a revised toll ("ارتفعت الحصيلة إلى")
    reported: bool = False  # attributed to a source in its clause ("تحدثت وسائل إعلام عن")
    # counted by a casualty word of its own after an earlier figure of the same kind: another
    # count ("بعد مذبحة بورسعيد التي قتل فيها 72"), not one more group of the same dead
    separate: bool = False
    # told for several happenings at once ("قتل 16 شخصا في هجومين"): not one of them's own toll
    several: bool = False


@dataclass
class EvMention:
    type: str
    clause: Clause
    anchor: int  # token index of the main trigger
    trigger: Span
    rule: str
    anaphoric: bool = False
    aggregate: bool = False
    casualty_only: bool = False
    context_only: bool = False  # dates the scene ("تعرض جنودها لهجومين ليل الاثنين") but is no event
    reference: bool = False  # only claims or counts: joins a happening told before, never starts one
    distinct: bool = False  # "هجوم مماثل", "هجوم آخر": another happening than those told before
    date: str | None = None
    date_span: Span | None = None
    place: placelib.PlaceMention | None = None
    place_ref: Place | None = None  # a place taken from context ("وسط المدينة")
    actor1: Actor | None = None
    actor2: Actor | None = None
    figures: list[Figure] = field(default_factory=list)
    claim: str | None = None
    claim_actor: Actor | None = None
    alleged: bool = False
    target_words: frozenset[str] = frozenset()
    resolved_place: placelib.PlaceMention | None = None  # a known place of the clause when m.place is not one
    # places the clause names only to locate its place ("جنوب كابل"): another mention placed
    # there ("غضب في كابل بعد غارة") does not contradict it
    reference_points: tuple[placelib.PlaceMention, ...] = ()
    # when the report was made ("قال مسؤولون اليوم إن ..."): the happening was then or before
    said_date: str | None = None
    said_span: Span | None = None
    # a toll alone told with the day of its announcing ("كشف العميد امس الخميس عن مقتل 42"):
    # the best guess at the happening's day when nothing of its own dates it
    announced_date: str | None = None

    clause_published: str | None = None  # the article's publication date
    event_forms: frozenset[str] = frozenset()  # forms of its event words ("person": "انتحاري")
    # dated by "هذا الصباح", "اليوم" in a source's quoted words: counted from when the source
    # spoke, which may be a day before the paper's date
    date_quoted: bool = False
    # refers back through a generic subject ("إن الهجوم نفذه انتحاريان"): the happening told
    # most recently, whatever type its own words give it
    subject_anaphor: bool = False
    projectile: bool = False  # told by a fired projectile ("صواريخ أطلقت"): rocket fire, not an air strike
    # a toll with no event word of its own that counts "others" ("وأصيب 11 شخصا آخرين"): more
    # victims of the happening just told
    more_victims: bool = False
    # the place word that names its place when no gazetteer knows it ("قرية" of "قرية بيتا")
    place_word: str | None = None
    # told after an opener that turns to another matter ("من جهة أخرى"): not the body's happening before
    other_matter: bool = False
    # its place is a name the gazetteers know only abroad, read here as a place they do not know
    namesake_abroad: bool = False
    # the names its clause gives after a province word ("في مقاطعة سيرناك"), known or not
    provinces: frozenset[str] = frozenset()
    crowd: bool = False  # a clash between forces and an unarmed crowd (``_crowd_clash``): a riot

    @property
    def family(self) -> str:
        return family_of(self.type)


@dataclass
class Happening:
    mentions: list[EvMention] = field(default_factory=list)

    @property
    def type(self) -> str:
        onto = lexicons().ontology
        best = max((m.type for m in self.mentions), key=lambda t: onto[t].rank if t in onto else 0)
        if best == "armed_clash" and _attack_then_response(self.mentions):
            return "attack"
        if best == "abduction" and _attack_then_hostages(self.mentions):
            return "attack"
        return best

    @property
    def family(self) -> str:
        return self.mentions[0].family

    def first(self, attr: str) -> object:
        for m in self.mentions:
            v = getattr(m, attr)
            if v:
                return v
        return None


# ------------------------------------------------------------------ article context


class ArticleContext:
    """Everything the rules read about one article, indexed by token."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.norm = normalized_tokens(doc)  # shared with the places lookups; read only
        self.cands = list(map(lex.candidate_forms.__getitem__, self.norm))  # a memo read per token, in C
        self.starts = [s for s, _ in self.tokens]
        self.lex = lexicons()
        self.entities: dict[str, Entity] = {e.id: e for e in doc.analysis.entities}
        # entity mentions by token range
        self.mention_at: dict[int, tuple[int, object]] = {}
        for m in doc.analysis.mentions:
            i, j = self.tok_range(m.span.start, m.span.end)
            if i < j and (i not in self.mention_at or self.mention_at[i][0] < j):
                self.mention_at[i] = (j, m)
        self.times = sorted(
            (t for t in doc.analysis.times if t.type in ("DATE", "TIME") and _DATE_RE.match(t.value or "")),
            key=lambda t: t.span.start,
        )
        self.time_tokens: set[int] = set()
        # a span of whole days or weeks ("يومين", "ثلاثة أيام", "أسبوع"), by its last token: (first token, days)
        self.day_spans: dict[int, tuple[int, int]] = {}
        for t in doc.analysis.times:
            i, j = self.tok_range(t.span.start, t.span.end)
            self.time_tokens.update(range(i, j))
            days = _DAYS_RE.match(t.value or "") if t.type == "DURATION" else None
            if days and i < j:
                self.day_spans[j - 1] = (i, int(days.group(1)) * (7 if days.group(2) == "W" else 1))
        self.time_starts = [t.span.start for t in self.times]
        self.quantities = sorted(doc.analysis.quantities, key=lambda q: q.span.start)
        self.quantity_starts = [q.span.start for q in self.quantities]
        # token -> the first quantity whose span covers the token's start (rules ask per token)
        self.quantity_at: dict[int, object] = {}
        for q in self.quantities:
            for k in range(bisect.bisect_left(self.starts, q.span.start), bisect.bisect_left(self.starts, q.span.end)):
                self.quantity_at.setdefault(k, q)
        self.places = placelib.find_places(doc)  # in text order
        self.place_tok_starts = [p.tok_start for p in self.places]
        self.place_char_starts = [p.start for p in self.places]
        self.known_place_starts = frozenset(p.tok_start for p in self.places if p.candidates)
        self.countries = placelib.article_countries(doc, self.places)
        self.nisbas = placelib.nisba_countries(doc)  # in text order
        self.nisba_tokens = [k for k, _ in self.nisbas]
        self.nisba_at = frozenset(self.nisba_tokens)
        self._country_places: list[placelib.PlaceMention] | None = None
        self.first_unknown_doer: int | None = None  # set by _first_unknown_doer when first asked
        self.lead_day: tuple[tuple[str, Span] | None] | None = None  # (the lead's day,): set by _lead_day when first asked
        self._found: dict[tuple[lex.PhraseMatcher, int, int], list[lex.Hit]] = {}
        self.sentences = doc.sentences or [(0, len(self.text))]
        self.sent_starts = [s for s, _ in self.sentences]
        blocks = doc.article.blocks
        self.block_starts = [b.start for b in blocks]
        # the lead is the first paragraph that says something: a dateline line ("عين اليوم – بيروت")
        # before it is not the lead
        first_para = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"
                           and len(self.text[b.start:b.end].split()) >= _LEAD_MIN_WORDS), None)
        self.lead_blocks = {i for i, b in enumerate(blocks) if b.kind == "title" or i == first_para}
        self.skip_blocks = {i for i, b in enumerate(blocks) if b.kind in ("caption", "heading")}
        self.title_blocks = {i for i, b in enumerate(blocks) if b.kind in ("title", "subtitle")}

    # The rules ask for the places, times and adjectives inside a window of the text many
    # times per clause; bisecting the sorted lists keeps the stage linear in article length.

    def places_in(self, ts: int, te: int) -> list[placelib.PlaceMention]:
        """Places lying within tokens [ts, te), in text order."""
        lo = bisect.bisect_left(self.place_tok_starts, ts)
        hi = bisect.bisect_left(self.place_tok_starts, te)
        return [p for p in self.places[lo:hi] if p.tok_end <= te]

    def places_before(self, ts: int) -> list[placelib.PlaceMention]:
        """Places ending at or before token ts, in text order."""
        hi = bisect.bisect_left(self.place_tok_starts, ts)
        return [p for p in self.places[:hi] if p.tok_end <= ts]

    def places_between_chars(self, s: int, e: int) -> list[placelib.PlaceMention]:
        """Places lying within characters [s, e), in text order."""
        lo = bisect.bisect_left(self.place_char_starts, s)
        hi = bisect.bisect_left(self.place_char_starts, e)
        return [p for p in self.places[lo:hi] if p.end <= e]

    def times_in(self, start: int, end: int) -> list:
        """Dated time expressions lying within characters [start, end), in text order."""
        lo = bisect.bisect_left(self.time_starts, start)
        hi = bisect.bisect_left(self.time_starts, end)
        return [t for t in self.times[lo:hi] if t.span.end <= end]

    def nisbas_in(self, ts: int, te: int) -> list[tuple[int, str]]:
        """Country adjectives at tokens [ts, te), in text order."""
        return self.nisbas[bisect.bisect_left(self.nisba_tokens, ts):bisect.bisect_left(self.nisba_tokens, te)]

    def country_places(self) -> list[placelib.PlaceMention]:
        """Places that are countries, in text order (computed once)."""
        if self._country_places is None:
            self._country_places = [p for p in self.places if p.candidates and p.candidates[0].kind == "country"]
        return self._country_places

    def triggers_in(self, ts: int, te: int) -> list[lex.Hit]:
        """Trigger hits within tokens [ts, te) (memoized: each clause is asked about many times)."""
        return self.found(self.lex.triggers, ts, te)

    def found(self, matcher: lex.PhraseMatcher, ts: int, te: int) -> list[lex.Hit]:
        """``matcher.find`` over tokens [ts, te), memoized: several rules ask one lexicon about
        the same clause. The list is shared: read it, never change it."""
        key = (matcher, ts, te)
        got = self._found.get(key)
        if got is None:
            got = self._found[key] = matcher.find(self.norm, ts, te)
        return got

    def tok_range(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.starts, start)
        if i > 0 and self.tokens[i - 1][1] > start:
            i -= 1
        j = bisect.bisect_left(self.starts, end)
        return i, j

    def span(self, ts: int, te: int) -> Span:
        s, e = self.tokens[ts][0], self.tokens[te - 1][1]
        return Span(s, e, self.text[s:e])

    def sentence_of(self, i: int) -> int:
        """Index in ``sentences`` of the sentence token i lies in (0 before the first)."""
        return max(0, bisect.bisect_right(self.sent_starts, self.tokens[i][0]) - 1)

    def block_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.block_starts, pos) - 1) if self.block_starts else 0

    def is_word(self, i: int) -> bool:
        return bool(self.norm[i]) and self.norm[i][0].isalpha()

    def has(self, i: int, words: frozenset[str]) -> bool:
        return any(c in words for c in self.cands[i])

    def is_stop(self, i: int) -> bool:
        """Does the word at token i end a noun phrase? A preposition with the article is
        another word ("أمام" in front of, "الإمام" the imam)."""
        forms = self.cands[i]
        return any(c in self.lex.np_stops and not (c in self.lex.bare_stops and "ال" + c in forms) for c in forms)


# ------------------------------------------------------------------ clauses


_LEAD_SENTENCES = 3  # a news lead tells the main story in its first few sentences


def clauses(ctx: ArticleContext) -> list[Clause]:
    """Sentences cut at connectors that open a new happening."""
    out: list[Clause] = []
    lx = ctx.lex
    first_sentence: dict[int, int] = {}  # block -> its first sentence
    for si, (s, e) in enumerate(ctx.sentences):
        block = ctx.block_of(s)
        if block in ctx.skip_blocks:
            continue
        opening = block in ctx.title_blocks or (
            block in ctx.lead_blocks and si - first_sentence.setdefault(block, si) < _LEAD_SENTENCES)
        ts, te = ctx.tok_range(s, e)
        if ts >= te:
            continue
        cuts: dict[int, bool] = {}
        for h in lx.breaks.find(ctx.norm, ts, te):
            when = h.pattern.value[0] if h.pattern.value else "always"
            prev = h.start - 1
            if h.start <= ts + 1:
                continue
            if when in ("comma", "report") and not (prev >= ts and ctx.norm[prev] in _COMMAS):
                continue
            if when == "report" and not _another_account(ctx, h.end, te):
                continue
            cuts[h.start] = "اضافه" in h.pattern.words[-2:] or h.pattern.words[0] in ("بالاضافه", "اضافه")
        if not _SPLIT_PUNCT.isdisjoint(ctx.norm[ts + 1:te]):  # (a set test in C: most sentences have none)
            for i in range(ts + 1, te):
                if ctx.norm[i] in _SPLIT_PUNCT:
                    cuts.setdefault(i + 1, False)
        for i in _coordinated_other_happenings(ctx, ts, te):
            cuts.setdefault(i, False)
        bounds = [ts, *sorted(c for c in cuts if ts < c < te), te]
        for a, b in zip(bounds, bounds[1:], strict=False):
            if a >= b:
                continue
            out.append(Clause(ctx.tokens[a][0], ctx.tokens[b - 1][1], a, b, si, block,
                              block in ctx.lead_blocks, inherit=cuts.get(a, False),
                              title=block in ctx.title_blocks, opening=opening,
                              lead_first=opening and block not in ctx.title_blocks and si == first_sentence[block]))
    return out


def _another_account(ctx: ArticleContext, i: int, te: int) -> bool:
    """Does a speech verb with its "إن" follow ("لكن المتحدث ... قال إن 22 قتلوا")?"""
    return any(h.end < te and ctx.norm[h.end] in _COMPLEMENTIZERS for h in ctx.lex.reports.find(ctx.norm, i, te))


def _coordinated_other_happenings(ctx: ArticleContext, ts: int, te: int) -> list[int]:
    """"دارت اشتباكات في البلدة وهاجمت طائرة حربية مواقع": a violent verb joined by "و" whose
    type cannot be the same happening as a violent trigger before it starts another happening."""
    hits = [h for h in ctx.triggers_in(ts, te) if _role(h) == "event" and family_of(h.pattern.value[0]) == "violence"]
    mods = [h for h in ctx.triggers_in(ts, te) if _role(h) == "modifier"]
    out = []
    for h in hits:
        if _form(h) == "verb" and h.start >= ts + 3 and ctx.norm[h.start - 1] == "كما":
            out.append(h.start - 1)  # "... كما قصفت قوات النظام": "also" opens another happening
            continue
        if h.start < ts + 3 or not ctx.norm[h.start].startswith("و") or h.pattern.words[0].startswith("و"):
            continue
        before = [b for b in hits if b.end < h.start]
        if before and _form(h) != "verb" and _another_of_kind(ctx, h, te):
            out.append(h.start)  # "انفجار سيارتين مفخختين في ...، وسيارة مفخخة أخرى استهدفت ..."
            continue
        if _form(h) != "verb":
            # "هاجموا فندقا ... وتبادلوا إطلاق النار": a noun pattern read as a verb of the
            # same plural subject goes on telling the same happening
            joined_verb = ctx.norm[h.start].endswith("وا") and not h.pattern.words[0].endswith("وا")
            if _clash_and_other(h, before) and not joined_verb:
                out.append(h.start)
            continue
        own = "air_strike" if _aircraft_subject([h], mods) else h.pattern.value[0]
        if before and not any(types_compatible(b.pattern.value[0], own) for b in before):
            out.append(h.start)
    out.extend(_joined_air_destructions(ctx, ts, te, hits, mods))
    out.extend(_more_victims_elsewhere(ctx, ts, hits))
    return out


def _joined_air_destructions(ctx: ArticleContext, ts: int, te: int, hits: list[lex.Hit],
                             mods: list[lex.Hit]) -> list[int]:
    """"دارت اشتباكات في المعسكر، ودمر طيران التحالف دبابتين": a destruction verb joined by
    "و" with aircraft as its subject right after it is a strike from the air, another
    happening than a fight (or any other type) told before it in the sentence."""
    found = [h for h in ctx.found(_air_destructions(), ts, te) if _col(h, 0) == "verb"]
    if not found:
        return []
    doers = {m.start for m in mods if m.pattern.value[0] == "air_strike" and _form(m) != "weak"}
    doers |= {d.start for d in ctx.found(_air_destructions(), ts, te) if _col(d, 0) == "doer"}
    out = []
    for h in found:
        if h.start < ts + 3 or not ctx.norm[h.start].startswith("و") or h.end not in doers:
            continue
        before = [b.pattern.value[0] for b in hits if b.end < h.start]
        if before and not any(types_compatible(b, "air_strike") for b in before):
            out.append(h.start)
    return out


_CLASH_SIDES_REACH = 4  # words from a clash noun to the "بين" naming its sides ("الاشتباكات العنيفة مستمرة بين")


def _strike_after_clash(ctx: ArticleContext, c: Clause, hits: list[lex.Hit]) -> int | None:
    """"ما زالت الاشتباكات مستمرة بين الفرقة الرابعة والفصائل ... ترافق مع تنفيذ الطيران الحربي
    10 ضربات", "دارت اشتباكات بين الوحدات الكردية وداعش ... بين الوحدات المدعمة بطائرات التحالف":
    a clause that opens with fighting between two named sides tells that fight; a strike from
    the air or by artillery named later in it is another happening, and must not retype the fight.
    Returns where the strike's words start."""
    told = sorted((h for h in hits if _role(h) != "casualty"), key=lambda h: h.start)
    if not told or told[0].pattern.value[0] != "armed_clash":
        return None
    first = told[0]
    sequel = next((h for h in told if h.start > first.end and h.pattern.value[0] in _FROM_AFAR
                   and _sequel_word(ctx, h.start - 1)), None)
    if sequel is not None:
        return sequel.start  # "شنت القوات عملية عسكرية أعقبتها غارة جوية": the strike came after
    if _form(first) == "verb":
        return None
    if not any(ctx.has(k, _BETWEEN) for k in range(first.end, min(c.te, first.end + _CLASH_SIDES_REACH + 1))):
        return None
    strike = next((h for h in told if h.start > first.end + 2 and h.pattern.value[0] in _FROM_AFAR), None)
    return strike.start if strike is not None else None


@lru_cache(maxsize=1)
def _sequel_words() -> frozenset[str]:
    return lex.word_set("event_sequel_words.tsv")


def _sequel_word(ctx: ArticleContext, k: int) -> bool:
    """Is the word at token k one that says what came next, with the pronoun of the happening
    before it ("أعقبتها", "تلته", "وتبعتها")? Without it the order turns ("العملية أعقبت غارات":
    the operation came after the strikes)."""
    words = _sequel_words()
    return any(_with_pronoun(f, words) for f in ctx.cands[k])


def _follows_told(ctx: ArticleContext, c: Clause, a: int) -> bool:
    """"الانفجار أعقبته اشتباكات", "وأعقب هذا الحادث مواجهات": the happening named right after
    a word of what came next, with the pronoun of a happening told or with "هذا" and its noun,
    came after that one: another happening."""
    if a - 1 >= c.ts and _sequel_word(ctx, a - 1):
        return True
    k = a - 3
    return k >= c.ts and ctx.norm[k + 1] in _DEFINITE_WORDS and ctx.has(k, _sequel_words())


_ANOTHER = frozenset({"اخر", "اخري", "ثان", "ثانيه", "ثالث", "ثالثه"})


def _another_of_kind(ctx: ArticleContext, h: lex.Hit, te: int) -> bool:
    """"وسيارة مفخخة أخرى", "وهجوم آخر": an event noun joined by "و" and told as "another"
    (or a second, a third) right after it is another happening of its kind."""
    return h.end < te and ctx.norm[h.end] in _ANOTHER


def _clash_and_other(h: lex.Hit, before: list[lex.Hit]) -> bool:
    """"في هجوم بمدينة العريش واشتباك بمدينة السويس", "إثر اشتباكات بين الطرفين وتفجيرين
    انتحاريين": a fight between two sides and a strike by one side, named by two nouns joined
    by "و", are two happenings."""
    own = h.pattern.value[0]
    kinds = {b.pattern.value[0] for b in before}
    if not kinds or own in kinds:
        return False
    return own == "armed_clash" or kinds == {"armed_clash"}


def _more_victims_elsewhere(ctx: ArticleContext, ts: int, hits: list[lex.Hit]) -> list[int]:
    """"قتل طفلان في غارة على مدينة ...، وامرأة وطفلها في قصف جوي على قرية ...": after a comma,
    more victims "in" another strike on another place are another happening."""
    out = []
    for h in hits:
        if _form(h) == "verb" or h.start < ts + 4 or ctx.norm[h.start - 1] != "في":
            continue
        # the comma and "و" opening the new victims, a few words before "في"
        k = next((k for k in range(h.start - 2, max(ts, h.start - 5), -1)
                  if ctx.norm[k - 1] in _COMMAS and ctx.norm[k].startswith("و")), None)
        if k is None or not any(b.end <= k and ctx.norm[b.start - 1] == "في" for b in hits if b is not h):
            continue
        out.append(k)
    return out


# ------------------------------------------------------------------ mentions in a clause


def _negated(ctx: ArticleContext, i: int, lo: int) -> bool:
    """Is the word at token i negated by one of the two words before it?"""
    return any(ctx.norm[k] in ctx.lex.negation for k in range(max(lo, i - 2), i))


def _suppressed(ctx: ArticleContext, c: Clause, hit: lex.Hit, before_hits: list[lex.Hit]) -> bool:
    """A trigger right after "منذ", "خطر", "إحباط", a negation ("ليس اعتداء", "لم يسفر عن
    قتلى"), or an arrest word with the lam of purpose ("للقبض عليهم") reports no happening."""
    if any(h.end <= hit.start and hit.start - h.end <= _CUE_REACH.get(_col(h, 0), 2) for h in before_hits):
        return True
    if _denied_alternative(ctx, hit, before_hits):
        return True
    if _is_anaphoric(ctx, hit, c) and any(
        _col(h, 0) == "definite" and h.end == hit.start - (ctx.norm[hit.start - 1] in _DEFINITE_WORDS)
        for h in _found_within(ctx, ctx.lex.generic, c, max(c.ts, hit.start - 2), hit.start)
    ) and not _dated_relative(ctx, c, hit):
        return True
    if _negated(ctx, hit.start, c.ts):
        return True
    if _standing_designation(ctx, c, hit):
        return True
    if family_of(hit.pattern.value[0]) == "arrest" and ctx.norm[hit.start].startswith("ل"):
        return True
    if _for_purpose(ctx, c, hit):
        return True
    if _as_a_role(ctx, hit):
        return True
    if any(ctx.has(k, _TIME_STOPS) for k in range(max(c.ts, hit.start - 2), hit.start)):  # "ومنذ تولي"
        return True
    return _in_since_phrase(ctx, c, hit)


def _as_a_role(ctx: ArticleContext, hit: lex.Hit) -> bool:
    """"استغلال الجماعة للأطفال كمفجرين انتحاريين": a noun for the perpetrator after the
    preposition ك ("as") names the role someone is used in, not a happening."""
    if _form(hit) != "person":
        return False
    if _with_as(ctx, hit):
        return True
    # "انتحاريين" read alone inside "كمفجرين انتحاريين"
    return any(h.start == hit.start - 1 and h.end >= hit.end and _form(h) == "person" and _with_as(ctx, h)
               for h in ctx.triggers_in(hit.start - 1, hit.end))


def _with_as(ctx: ArticleContext, hit: lex.Hit) -> bool:
    """Does the hit's first word carry the preposition ك ("كمفجرين"), not a ك of its own?"""
    w = ctx.norm[hit.start]
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    return w.startswith("ك") and not hit.pattern.words[0].startswith("ك")


def _standing_designation(ctx: ArticleContext, c: Clause, hit: lex.Hit) -> bool:
    """"المجموعة المتطرفة التي صنفتها الولايات المتحدة إرهابية", "الدول التي فرضت عقوبات على
    موسكو": a sanction verb right after a relative pronoun describes what its antecedent is or
    has done, not a step the article reports; a day named in the clause ("التي صنفتها واشنطن
    أمس") makes it one."""
    return (family_of(hit.pattern.value[0]) == "sanction" and _form(hit) == "verb" and hit.start > 0
            and ctx.norm[hit.start - 1] in _RELATIVES and not _day_dated(ctx, c))


_RELATIVE_DAY_REACH = 6  # words from "التي" to the day its clause names ("التي شنها الجيش التركي الجمعة")


def _dated_relative(ctx: ArticleContext, c: Clause, hit: lex.Hit) -> bool:
    """"إثر الضربات الجوية التي شنها الجيش التركي الجمعة والسبت على معسكرات": a happening
    after "إثر"/"بعد" that a relative clause tells with its own doer (an agent verb with the
    happening's pronoun, "شنها", "نفذه") and day is reported there, not only a time reference
    to one told before."""
    if hit.end + 1 >= c.te or ctx.norm[hit.end] not in _RELATIVES:
        return False
    verb = ctx.norm[hit.end + 1]
    if not _with_pronoun(verb, ctx.lex.agent_verbs):
        return False
    end = hit.end + 1
    while end < min(c.te, hit.end + 1 + _RELATIVE_DAY_REACH) and ctx.norm[end] not in _COMMAS:
        end += 1
    if end == hit.end + 1:
        return False
    return any(t.type == "TIME" or (t.type == "DATE" and t.precision == "day")
               for t in ctx.times_in(ctx.tokens[hit.end + 1][0], ctx.tokens[end - 1][1]))


_SINCE_PHRASE_REACH = 5  # words from "منذ" to a trigger inside the start it names ("منذ بدأت سلسلة الأعمال الإرهابية بتفجير")


def _in_since_phrase(ctx: ArticleContext, c: Clause, hit: lex.Hit) -> bool:
    """"منذ بدأت سلسلة الاعتداءات بتفجير المساجد", "منذ بدء القصف على المدينة": a happening
    named inside the start of a period ("since ... began") tells when the period began, not a
    happening the sentence reports; no comma may stand between, and a verb ("منذ بدء الهجوم
    قصفت الطائرات") tells a happening of its own."""
    if _form(hit) == "verb" or _role(hit) != "event":
        return False
    for k in range(hit.start - 2, max(c.ts, hit.start - _SINCE_PHRASE_REACH) - 1, -1):
        if ctx.norm[k] in _COMMAS or ctx.norm[k] in (".", "؛"):
            return False
        if ctx.has(k, _SINCE) and ctx.has(k + 1, _period_starts()):
            return True
    return False


# words a cue may stand before the trigger it governs: "call" names the act called for right
# after it ("دعا إلى الإضراب دعما للمتظاهرين": the strike is called for, the protesters are there)
_CUE_REACH = {"ahead": 4, "before": 2, "call": 1, "deny": 1}
_OR = frozenset({"او"})
_DENIED_REACH = 4  # words from a denial to the last of the alternatives it denies ("نافية أسر أو اعتقال أي")


def _denied_alternative(ctx: ArticleContext, hit: lex.Hit, before_hits: list[lex.Hit]) -> bool:
    """"نافية أسر أو اعتقال أي من أفرادها": happening words joined by "أو" right after a denial
    are all denied, not only the first (no comma between)."""
    if hit.start == 0 or ctx.norm[hit.start - 1] not in _OR:
        return False
    return any(_col(h, 0) == "deny" and h.end < hit.start - 1 <= h.end + _DENIED_REACH
               and not any(ctx.norm[k] in _COMMAS for k in range(h.end, hit.start))
               for h in before_hits)


def _for_purpose(ctx: ArticleContext, c: Clause, hit: lex.Hit) -> bool:
    """"يستخدمون هذه القنبلة لقتل الأمريكيين", "سيارة معدة لاستهداف القوات": a violent act
    named by a verbal noun with the lam of purpose is what something is for, not what
    happened; after "تعرض" (underwent: "تعرضت مناطق في قريتي ... بريف اللاذقية لقصف جوي", the
    subject and places between) or "محاولة" (an attempt) earlier in the clause it still reports one."""
    if _role(hit) != "event" or _form(hit) == "verb":
        return False
    cues = _found_within(ctx, ctx.lex.generic, c, c.ts, hit.end)
    if not any(_col(h, 0) == "purpose" and h.start == hit.start for h in cues):
        return False
    return not any(_col(h, 0) == "undergo" and h.end <= hit.start for h in cues)


def _day_dated(ctx: ArticleContext, c: Clause, any_date: bool = False) -> bool:
    """Does the clause name a day (or an hour) of its own ("أمس", "يوم الأحد", "في 26 يونيو"),
    or with any_date any time at all ("عام 1989")?"""
    return any(t.type == "TIME" or (t.type == "DATE" and (any_date or t.precision == "day"))
               for t in ctx.times_in(c.start, c.end))


_ONGOING_REACH = 4  # words from "واصل" to the trigger it governs ("واصل التنظيم أيضا شن هجمات")


def _undated_ongoing(ctx: ArticleContext, c: Clause, hit: lex.Hit, cues: list[lex.Hit]) -> bool:
    """"وواصل التنظيم شن هجمات خاطفة", "كثفت الحركة هجماتها في الأشهر الأخيرة": a campaign
    kept up or stepped up is no happening of its own unless the clause names its day ("وواصل
    طيران التحالف أمس قصف مواقع" reports that day's strikes). The doer stands between the
    verb and what it keeps up; "تواصلت الاشتباكات" (the fighting went on) reports fighting."""
    governing = [h for h in cues if h.end < hit.start and hit.start - h.end <= _ONGOING_REACH]
    if not governing or _day_dated(ctx, c):
        return False
    # "يواصلون هجماتهم": the imperfect tells a habit, whatever day the sentence names
    return any(h.pattern.words[0].startswith("ي") for h in governing) or not _sentence_day_dated(ctx, c)


def _sentence_day_dated(ctx: ArticleContext, c: Clause) -> bool:
    """"أحبطت القوات أمس هجوما ...، وصعدت قوات التحالف غاراتها": strikes stepped up in a
    sentence that names the day are that day's strikes, though a cut left the day in the
    clause before."""
    s, e = ctx.sentences[c.sentence]
    return any(t.type == "TIME" or (t.type == "DATE" and t.precision == "day") for t in ctx.times_in(s, e))


def detect(ctx: ArticleContext, c: Clause) -> list[EvMention]:
    """The happenings one clause reports: at most one per event family."""
    lx = ctx.lex
    conditional = _air_destruction_hits(ctx, c) + _capture_hits(ctx, c) + _execution_hits(ctx, c)
    if not ctx.triggers_in(c.ts, c.te) and not conditional and not _claims_or_counts(ctx, c):
        return []  # most clauses: no event word, and nothing a reference mention needs
    generic = ctx.found(lx.generic, c.ts, c.te)
    habit_from = _habit_scope(ctx, c, [h for h in generic if _col(h, 0) == "clause"])
    if habit_from == c.ts:
        return []  # "عادة", "في حال": happenings in general or hypothetically
    if any(_col(h, 0) == "summary" for h in generic) and not _day_dated(ctx, c, any_date=True):
        return []  # "واستغل داعش الفوضى وأعدم أجانب وشن هجمات": what a group has done over time
    ongoing = [h for h in generic if _col(h, 0) == "ongoing"]
    state = [h for h in generic if _col(h, 0) == "state"]
    if state and any(ctx.has(k, _SINCE) and k + 1 < c.te and ctx.norm[k + 1] not in _TIME_WORDS
                     for k in range(c.ts, c.te)):
        # "وتشهد المدينة معارك متواصلة منذ 2012": a state since a time past, not one happening
        # (since yesterday or this morning, "منذ أمس", "منذ صباح", it is that day's fighting)
        ongoing += state
    before_hits = [h for h in generic if _col(h, 0) in ("before", "ahead", "call", "deny")]
    seized = [h for h in generic if _col(h, 0) == "seized"]
    series = [h for h in generic if _col(h, 0) == "series"]
    # "هجوم الصيف", "هجومها السنوي": a season's campaign named by the word after the trigger
    campaign_starts = {h.start for h in generic if _col(h, 0) == "campaign"}
    # "كانوا يخططون لسلسلة عمليات ... وهجوم على مواقع": what a plan, intention or vow governs
    intent_end = min((h.end for h in generic if _col(h, 0) == "intent"), default=c.te + 1)
    figurative = _figurative_cues().find(ctx.norm, c.ts, c.te)
    halts = [h for h in generic if _col(h, 0) == "halt"]
    condemned = [h for h in generic if _col(h, 0) == "condemn"]
    releases = [h for h in generic if _col(h, 0) == "release"]
    told = ctx.triggers_in(c.ts, c.te)
    if conditional:
        told = sorted(told + conditional, key=lambda h: h.start)
    hits = [h for h in told
            if not _suppressed(ctx, c, h, before_hits) and not _is_time_word(ctx, h, c)
            and not _seized_weapon(h, seized) and not _in_series(ctx, c, h, series)
            and h.end not in campaign_starts and h.start < intent_end and not _figurative(ctx, c, h, figurative)
            and not _in_noun_list(ctx, c, h) and not _undated_ongoing(ctx, c, h, ongoing)
            and not _halted(h, halts) and not _hostages_freed(h, releases) and not _in_charge(ctx, c, h)
            and not _things_seized(ctx, h) and not _condemned_campaign(h, condemned)
            and not _waged_campaign(ctx, c, h) and h.start < habit_from]
    hits = _drop_nested(hits)
    by_family: dict[str, list[lex.Hit]] = {}
    for h in hits:
        by_family.setdefault(family_of(h.pattern.value[0]), []).append(h)
    out = []
    period = _period_statistics(ctx, c)
    part_of_year = _part_of_year(ctx, c)
    for family, fh in by_family.items():
        if (family == "violence" and period) or (family in ("violence", "arrest") and part_of_year):
            continue
        split = _strike_after_clash(ctx, c, fh) if family == "violence" else None
        if split is not None:  # the fight, then the strike told after it
            fight = _mention_for_family(ctx, c, family, [h for h in fh if h.start < split])
            strike = _mention_for_family(ctx, c, family, [h for h in fh if h.start >= split])
            if strike is not None:
                strike.figures = []  # the clause's toll stays with the fight it tells first
            out.extend(m for m in (fight, strike) if m is not None)
            continue
        m = _mention_for_family(ctx, c, family, fh)
        if m is not None:
            out.append(m)
    if any(m.family == "violence" for m in out):
        # "فجر نفسه خلال اجتماع لزعماء العشائر": the meeting is where it happened
        out = [m for m in out if not (m.family == "meet" and m.anchor > c.ts
                                      and ctx.norm[m.anchor - 1] in ("خلال", "اثناء", "لدي"))]
        # "استهدفت إحدى الغارات اجتماعا لمسلحين": a meeting right after the strike is its target
        struck_ends = {h.end for h in by_family.get("violence", []) if _role(h) == "event"}
        out = [m for m in out if not (m.family == "meet" and m.anchor in struck_ends)]
    out = _riots(ctx, out)
    out = [m for m in out if not _disposal(ctx, c, m) and not _charged(ctx, m)]
    if any(m.family == "arrest" for m in out):
        # "ضبط ... مع الانتحاري الذي تم اعتقاله": the bomber was caught, nothing exploded
        out = [m for m in out if not (m.family == "violence" and m.event_forms == {"person"})]
    if any(m.type == "abduction" for m in out) or any(m.family == "violence" for m in out) and any(
            h.pattern.value[0] == "abduction" and _role(h) == "event" for h in by_family.get("violence", [])):
        # "اختطفهم تنظيم الدولة ... قسم منهم تم اعتقاله": one seizure of people, told as an abduction
        # (also when the attack it was is what the clause reports: "هجوم ... عملية احتجاز رهائن")
        out = [m for m in out if m.family != "arrest"]
    if "violence" not in by_family and not out:  # "تفكيك خلية على علاقة بداعش" links the arrested, not an attack
        ref = _reference_mention(ctx, c)
        if ref is not None:
            out.append(ref)
    return out


def _habit_scope(ctx: ArticleContext, c: Clause, cues: list[lex.Hit]) -> int:
    """Where the happenings told in general begin: the clause's start, or, when a habit cue
    (third column "habit" in event_generic_cues.tsv) sits in a relative clause that describes
    a place or a group named after a trigger ("نفذتا تفجيرين في مروة المنطقة التي يستهدفها
    بانتظام المتمردون", "انفجار وقع في حانة التي تكون مكتظة عادة"), the relative pronoun: the
    trigger before it is still told.
    A relative right after the trigger ("الهجمات التي يشنها عادة") describes the happening
    itself, so the whole clause stays general. Past the clause's end when there is no cue."""
    if not cues:
        return c.te + 1
    if any(_col(h, 1) != "habit" for h in cues):
        return c.ts  # "في حال", "سوف": what is hypothetical or to come reaches the whole clause
    first = min(h.start for h in cues)
    rel = next((k for k in range(first - 1, c.ts, -1) if ctx.norm[k] in _RELATIVES), None)
    if rel is None:
        return c.ts
    before = [h for h in ctx.triggers_in(c.ts, rel) if h.end <= rel]
    if not before or any(h.end >= rel - 2 for h in before):
        return c.ts  # no trigger before the relative, or the relative describes the trigger
    return rel


def _waged_campaign(ctx: ArticleContext, c: Clause, hit: lex.Hit) -> bool:
    """"يخوض الجيش معارك طاحنة منذ أربعة أشهر", "الجبهة التي تخوض معارك": an imperfect verb of
    fighting told with "since" after it, or describing a noun through a relative pronoun, tells
    a campaign kept up, not one fight ("تخوض المعارضة معارك عنيفة في مدينة درعا" tells one)."""
    if _form(hit) != "verb" or not hit.pattern.words[0].startswith(("ي", "ت")):
        return False
    if hit.start > c.ts and ctx.norm[hit.start - 1] in _RELATIVES:
        return True
    return any(ctx.has(k, _SINCE) and _long_since(ctx, c, k) for k in range(hit.end, c.te))


_LONG_SINCE_REACH = 4  # words from "منذ" to the unit or month of the start it names ("منذ أكثر من عام")


def _long_since(ctx: ArticleContext, c: Clause, k: int) -> bool:
    """"منذ أربعة أشهر", "منذ أكثر من عام", "منذ كانون الثاني 2014": "since" a long period
    or a month or year ago ("منذ الصباح" is the same day's fight)."""
    hi = min(c.te, k + 1 + _LONG_SINCE_REACH)
    if any(ctx.has(t, _period_units()) for t in range(k + 1, hi)):
        return True
    sp = ctx.span(k, hi)
    return any(t.type == "DATE" and t.precision in _WHOLE_PERIODS for t in ctx.times_in(sp.start, sp.end))


_CONDEMN_REACH = 4  # words from "أدانت" to the plural happening it condemns (the condemner and a day between)


def _condemned_campaign(hit: lex.Hit, condemned: list[lex.Hit]) -> bool:
    """"أدانت الولايات المتحدة أمس هجمات الجماعة الانتحارية في البلدين": happenings condemned
    in the plural are a campaign, and the day the clause names is the condemnation's."""
    return _form(hit) == "plural" and any(
        0 <= hit.start - h.end <= _CONDEMN_REACH for h in condemned)


_SEIZE_WORDS = frozenset({"ضبط", "ضبطت"})
_COUNT_GAP = frozenset({"عدد", "من", "«", '"', "“"})  # "ضبط عدد من المطلوبين", "ضبط «عناصر"


def _things_seized(ctx: ArticleContext, hit: lex.Hit) -> bool:
    """"ضبط 25 شخصا" arrests people; "ضبط كمية من الأسلحة في منزل المتهم" seizes things: the
    people a seizure word arrests stand right after it, with at most their count between (a
    verb's subject may come first: "ضبطت الشرطة خمسة متهمين", but no preposition)."""
    if family_of(hit.pattern.value[0]) != "arrest" or hit.pattern.words[0] not in _SEIZE_WORDS:
        return False
    if _pronoun_after(ctx.norm[hit.end - 1], hit.pattern.words[-1].rstrip("*")):
        return True  # "وضبط عناصره": the members of whatever was named, a duty, nobody caught
    if _form(hit) == "verb":
        return any(ctx.is_stop(k) and ctx.norm[k] not in _COUNT_GAP and k not in ctx.time_tokens
                   for k in range(hit.start + 1, hit.end - 1))
    return not all(ctx.norm[k].isdecimal() or _in_quantity(ctx, k) or ctx.norm[k] in _COUNT_GAP
                   for k in range(hit.start + 1, hit.end - 1))


_HALT_REACH = 4  # words from "أوقفت القوات عمليات" / "قررت السماح" to the strikes it stops or permits


def _halted(hit: lex.Hit, halts: list[lex.Hit]) -> bool:
    """"أوقفت القوات العراقية عمليات القصف الجوي", "علقت جزئيا العمليات العسكرية من قصف جوي",
    "قررت السماح بغارات جوية": strikes stopped, suspended or permitted are no happening told;
    the halting verb itself ("أوقفت") arrests nobody."""
    for h in halts:
        if h.start <= hit.start < h.end:
            return True
        if family_of(hit.pattern.value[0]) == "violence" and 0 <= hit.start - h.end <= _HALT_REACH:
            return True
    return False


_RELEASE_REACH = 8  # words from "حرر" / "إنقاذ" to the hostages ("تم إنقاذ 178 شخصا كانوا محتجزين رهائن")


def _hostages_freed(hit: lex.Hit, releases: list[lex.Hit]) -> bool:
    """"حرر الجيش 30 رهينة", "تم إنقاذ 178 شخصا كانوا محتجزين رهائن": hostages freed tell a
    release, not a kidnapping (a kidnapping verb, "خطفهم مسلحون", still tells one)."""
    if hit.pattern.value[0] != "abduction" or _form(hit) == "verb":
        return False
    return any(0 <= hit.start - h.end <= _RELEASE_REACH for h in releases)


_SEIZED_WINDOW = 6  # tokens from a seizure word to the weapons it lists
_DEVICE_REACH = 6  # words from a detonation word to the devices it names ("فجرت قوات الأمن أمس سبع عبوات")


@lru_cache(maxsize=1)
def _disposal_cues() -> lex.PhraseMatcher:
    return lex.matcher("event_disposal_cues.tsv")


def _disposal(ctx: ArticleContext, c: Clause, m: EvMention) -> bool:
    """"فجرت قوات الأمن سبع عبوات ناسفة عثرت عليها", "وتم تفجير تسع عبوات ناسفة كانت معدة
    لاستهداف القوات": devices found or made ready, blown up by the forces that found them and
    hurting nobody, were disposed of; nothing was bombed."""
    if m.family != "violence" or m.type != "bombing" or any(f.value for f in m.figures):
        return False
    cues = _disposal_cues().find(ctx.norm, c.ts, c.te)
    detonations = [h for h in cues if _col(h, 0) == "detonation"]
    devices = [h for h in cues if _col(h, 0) == "device"]
    told = next(((d, v) for d in detonations for v in devices if 0 <= v.start - d.end <= _DEVICE_REACH
                 and d.start <= m.anchor < v.end), None)
    if told is None:
        return False
    device = told[1]
    if any(_col(h, 0) == "found" and h.start >= device.end for h in cues):
        return True
    a = m.actor1
    if a is None or a.span is None:
        return False
    i, _ = ctx.tok_range(a.span.start, a.span.end)
    return any(_col(h, 0) == "agent" and h.start == i for h in cues)


def _charged(ctx: ArticleContext, m: EvMention) -> bool:
    """"واتهمت المؤسسة الحكومة بأنها قصفت ثلاث مرات ناقلات نفط": what one side says another
    did, in the "بأن" clause of an accusation, is a charge the statements stage codes, not a
    happening the text reports (unless the clause counts its victims). A happening the charge
    names ("اتهمت الجماعة جبهة النصرة بخطف زعيمها") is still reported, as attributed."""
    if m.figures or m.anaphoric:
        return False
    k = m.anchor
    if not any(ctx.norm[j].startswith("بان") for j in range(max(0, k - 2), k)):
        return False
    pos = ctx.tokens[k][0]
    return any(st.stance == "accuse" and st.about is not None and st.about.start <= pos < st.about.end
               for st in ctx.doc.analysis.statements)


def _in_series(ctx: ArticleContext, c: Clause, hit: lex.Hit, series: list[lex.Hit]) -> bool:
    """"والهجوم هو الأخير في سلسلة هجمات استهدفت ...": the happenings after the cue are the
    series, and "الهجوم" only refers back; "يشكل اغتيال العميد ... الاعتداء الأخير في سلسلة"
    still reports the killing it names."""
    return bool(series) and (any(hit.start >= h.end for h in series) or _is_anaphoric(ctx, hit, c))


def _seized_weapon(hit: lex.Hit, seized: list[lex.Hit]) -> bool:
    """"تم ضبط عجلتين مفخختين وحزام ناسف": a weapon noun listed after a seizure word was found, not used."""
    return _form(hit) != "verb" and any(0 <= hit.start - h.end <= _SEIZED_WINDOW for h in seized)


def _in_noun_list(ctx: ArticleContext, c: Clause, hit: lex.Hit) -> bool:
    """"عانوا القهر والإذلال والاختطاف والسجن": a bare definite event noun in a list of three or
    more definite nouns joined by "و" names a kind of act, not one happening (unless the
    clause counts something: "القصف والغارات والاشتباكات أودت بحياة 20")."""
    if hit.end != hit.start + 1 or _form(hit) == "verb":
        return False

    def joined(k: int) -> bool:
        return c.ts <= k < c.te and ctx.is_word(k) and ctx.norm[k].startswith("وال")

    def opens(k: int) -> bool:
        return c.ts <= k < c.te and ctx.is_word(k) and ctx.norm[k].startswith(("ال", "بال", "وال"))

    first = hit.start
    while joined(first) and opens(first - 1):
        first -= 1
    last = hit.start
    while joined(last + 1):
        last += 1
    if last - first < 2:
        return False
    return not any(ctx.norm[k][:1].isdigit() for k in range(c.ts, c.te))


@lru_cache(maxsize=1)
def _figurative_cues() -> lex.PhraseMatcher:
    return lex.matcher("event_figurative_cues.tsv")


_FIGURATIVE_REACH = {"object": 2, "verbal": 6, "held": 6, "worn": 1, "goods": 0, "terrain": 0, "diplomatic": 10}  # words between cue and trigger


def _figurative(ctx: ArticleContext, c: Clause, hit: lex.Hit, cues: list[lex.Hit]) -> bool:
    """Is the trigger no happening of its type? "خطف الفريق اللقب" wins a trophy, "هاجم الوزير
    بانتقادات" speaks, "استولى المسلحون على صواريخ" takes arms, "استدعت الخارجية السفير احتجاجا
    على" is a diplomatic step, "توقيف شحنة أسلحة" seizes goods: the cue words (``cues``, the
    clause's, found once for all its triggers) say which."""
    etype = hit.pattern.value[0]
    for cue in cues:
        scope = _col(cue, 0)
        if etype not in _col(cue, 1).split(","):
            continue
        reach = _FIGURATIVE_REACH.get(scope)
        if scope in ("object", "goods", "terrain") and 0 <= cue.start - hit.end <= reach:
            return True
        if scope == "verbal" and _form(hit) == "verb" and (
                0 <= cue.start - hit.end <= reach
                or (0 <= hit.start - cue.end <= 2 and any(ctx.norm[k] in _RELATIVES for k in range(cue.end, hit.start)))):
            return True
        if scope == "dawn" and 0 <= hit.start - cue.end <= 1 and "فجر" in ctx.cands[hit.start] and all(
                ctx.norm[k] in _OPENERS for k in range(cue.end, hit.start)):
            # only the word "فجر" is also the dawn; "عملية تفجير" stays a bombing; a name may open
            # with a quotation mark after the word that says what it names: «ميليشيات "فجر ليبيا"»
            return True
        if scope in ("held", "worn") and _form(hit) != "verb" and 0 <= hit.start - cue.end <= reach:
            return True
        if scope == "diplomatic" and _form(hit) != "verb" and 0 <= hit.start - cue.end <= reach:
            return True  # the noun "احتجاجا" is the step's purpose; "تظاهر" after it is a protest of its own
    return False


def _riots(ctx: ArticleContext, out: list[EvMention]) -> list[EvMention]:
    """"اشتبك متظاهرون مع الشرطة", "أطلق محتجون النار": violence by the demonstrators of a
    protest told in the same clause makes the protest a riot, not a second happening."""
    protests = [m for m in out if m.family == "protest"]
    if not protests:
        return out
    keep = []
    for m in out:
        a = m.actor1
        if m.family == "violence" and m.type in ("armed_clash", "attack") and a is not None and a.span is not None:
            i, j = ctx.tok_range(a.span.start, a.span.end)
            if any(family_of(h.pattern.value[0]) == "protest" for h in ctx.lex.triggers.find(ctx.norm, i, j)):
                protests[0].type = "riot"
                if protests[0].actor2 is None:
                    protests[0].actor2 = m.actor2
                continue
        keep.append(m)
    return keep


def _claims_or_counts(ctx: ArticleContext, c: Clause) -> bool:
    """Does the clause hold a claim cue or a no-casualty cue? A clause without an event word
    speaks of a happening only through one (:func:`_reference_mention`)."""
    return bool(ctx.found(ctx.lex.claims, c.ts, c.te) or ctx.found(ctx.lex.no_casualty, c.ts, c.te))


def _reference_mention(ctx: ArticleContext, c: Clause) -> EvMention | None:
    """A clause that only claims, blames or counts ("أعلن تنظيم داعش مسؤوليته عنه", "ولم
    يصب أحد") speaks of the happening told just before it."""
    claims = ctx.found(ctx.lex.claims, c.ts, c.te)
    zero = ctx.found(ctx.lex.no_casualty, c.ts, c.te)
    if not claims and not zero:
        return None
    first = min(claims + zero, key=lambda h: h.start)
    m = EvMention(type="attack", clause=c, anchor=first.start, trigger=ctx.span(first.start, first.end),
                  rule=f"violence:{first.pattern.text}", anaphoric=True, casualty_only=True, reference=True,
                  figures=casualty_figures(ctx, c))
    read_claim(ctx, c, m)
    if m.claim is None and not m.figures:
        return None
    return m


_ANAPHOR_GAP_BREAKS = frozenset({"من", "في", "علي", "عن", "الي", "بعد", "قبل", "اثر", "عقب", "منذ"})


@lru_cache(maxsize=1)
def _projectile_words() -> frozenset[str]:
    return lex.word_set("event_projectile_words.tsv")


def _subject_anaphor(ctx: ArticleContext, m: EvMention) -> bool:
    """"إن الهجوم نفذه انتحاريان", "الهجوم كان سيارة مفخخة": a clause that names the attack told
    before ("الهجوم", "هذا التفجير") and goes straight on to say what it was retells that
    happening. ("ويأتي هذا الهجوم بعد ساعات من سقوط صاروخ": a preposition between them leads
    to another happening.)"""
    if m.anaphoric or m.distinct or m.family != "violence":
        return False
    c = m.clause
    for h in ctx.triggers_in(c.ts, m.anchor):
        if _role(h) != "event" or family_of(h.pattern.value[0]) != m.family or m.anchor - h.end > 2:
            continue
        if _is_anaphoric(ctx, h, c) and not any(ctx.norm[k] in _ANAPHOR_GAP_BREAKS for k in range(h.end, m.anchor)) \
                and not _governed(ctx, h, c):
            return True
    return False


def _clause_known_place(ctx: ArticleContext, c: Clause, own: placelib.PlaceMention) -> placelib.PlaceMention | None:
    """The most specific place the gazetteers know in the clause, for a mention whose own place
    they do not know; a known word right after the unknown name is the rest of that name
    ("بركي براك"), not a place."""
    known = [p for p in ctx.places_in(c.ts, c.te) if p.candidates and p is not own
             and not p.origin and p.rank() > 0 and p.tok_start != own.tok_end
             and not _bordering(ctx, p.tok_start)]
    return max(known, key=lambda p: p.rank(), default=None)


def _namesake_abroad(ctx: ArticleContext, p: placelib.PlaceMention | None) -> bool:
    """"وحدة دركيين في منطقة ليجي" in a story on Turkey: a name after a town or district word
    that the gazetteers know only abroad (Lecce, Italy), in a country the article gives no
    other weight, is a place they do not know (the places stage reads it so); it contradicts
    no town of the story's country."""
    if p is None or not p.candidates or p.prefix not in ("city", "district"):
        return False
    got = placelib.resolve_place(_place_of(ctx, p), ctx.countries, ctx.doc)
    # (a namesake at home the stage picks instead, "مدينة عربين" in Syria, is a known place)
    return got.lat is None and all(got.name != g.name for g in p.candidates)


def _place_naming(ctx: ArticleContext, m: EvMention) -> None:
    """"أعلنت الحركة مسؤوليتها عن هجوم قندوز": a happening named by its place is the one
    that happened there; with no place of its own the mention is placed there for merging."""
    if m.place is not None or m.resolved_place is not None or m.family != "violence":
        return
    _, j = ctx.tok_range(m.trigger.start, m.trigger.end)
    m.resolved_place = next((p for p in ctx.places_in(j, m.clause.te)
                             if p.tok_start == j and p.candidates and not p.origin), None)


_PREPOSITION_CLITICS = ("بال", "لل", "وبال", "ولل", "فبال", "كال")


def _governed(ctx: ArticleContext, h: lex.Hit, c: Clause) -> bool:
    """"وقبل أقل من 24 ساعة على هذا الهجوم دمر انفجار": a happening noun after a preposition
    is a point of reference, not the subject that the next words describe."""
    k = h.start - (h.start > c.ts and ctx.norm[h.start - 1] in _DEFINITE_WORDS)
    return ctx.norm[h.start].startswith(_PREPOSITION_CLITICS) or (k > c.ts and ctx.norm[k - 1] in _ANAPHOR_GAP_BREAKS)


def _is_time_word(ctx: ArticleContext, h: lex.Hit, c: Clause) -> bool:
    """"فجر أمس", "طلوع فجر اليوم": dawn, not "blew up"."""
    if h.start in ctx.time_tokens:
        return True
    if h.end - h.start == 1 and ctx.cands[h.start][-1] == "فجر":
        nxt = h.end < c.te and (h.end in ctx.time_tokens or ctx.norm[h.end] in _TIME_WORDS)
        prev = h.start > c.ts and ctx.norm[h.start - 1] in ("طلوع", "حتي", "قبيل", "منذ")
        return bool(nxt or prev)
    return False


def _period_statistics(ctx: ArticleContext, c: Clause) -> bool:
    """"بين الأول من يناير و30 يونيو قتل 1592 شخصا": a toll over a period, not a happening."""
    times = ctx.times_in(c.start, c.end)
    if len(times) < 2:
        return False
    i, _ = ctx.tok_range(times[0].span.start, times[0].span.end)
    # "من" opens the period right before its first time ("من غاراتها ليلا وصباح أمس": of the strikes)
    return any(ctx.norm[k] in ("بين", "وبين") for k in range(max(c.ts, i - 2), i + 1)) \
        or any(ctx.norm[k] == "من" for k in range(max(c.ts, i - 1), i + 1))


_PART_OF_YEAR = re.compile(r"^\d{4}-[HQ]\d$")


def _part_of_year(ctx: ArticleContext, c: Clause) -> bool:
    """"قتلوا أو اعتقلوا خلال النصف الأول من العام": killings or arrests counted over a half
    or a quarter of a year are a period's figures, not a happening."""
    return any(t.type == "DATE" and _PART_OF_YEAR.match(t.value or "") for t in ctx.times_in(c.start, c.end))


def _drop_nested(hits: list[lex.Hit]) -> list[lex.Hit]:
    """Keep the longest of overlapping hits ("تفجير انتحاري" over "تفجير")."""
    # on the same words, the pattern written closest to them wins ("هجومين" over "هجوم")
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start), -len(h.pattern.text)))
    out: list[lex.Hit] = []
    for h in hits:
        if any(o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start) for o in out):
            continue
        if any((o.start, o.end) == (h.start, h.end) and _role(o) == _role(h) for o in out):
            continue
        out.append(h)
    return out


def _found_within(ctx: ArticleContext, matcher: lex.PhraseMatcher, c: Clause, lo: int, hi: int) -> list[lex.Hit]:
    """``matcher.find(ctx.norm, lo, hi)`` for tokens [lo, hi) of clause c, read off the clause's
    hits (found once): a pattern holding at most one gap matches at a start the same way over
    the shorter range when it fits there, and not at all when it does not."""
    if lo < c.ts or hi > c.te or not _one_gap_at_most(matcher):
        return matcher.find(ctx.norm, lo, hi)
    return [h for h in ctx.found(matcher, c.ts, c.te) if h.start >= lo and h.end <= hi]


@lru_cache(maxsize=32)  # a few lexicons
def _one_gap_at_most(matcher: lex.PhraseMatcher) -> bool:
    """Does no pattern of the lexicon hold two gaps (which may match shorter over a shorter range)?"""
    return all(p.words.count(lex.GAP) <= 1 for p in matcher.patterns)


def _col(h: lex.Hit, i: int, default: str = "") -> str:
    """Column i (after the pattern) of a lexicon row."""
    return h.pattern.value[i] if len(h.pattern.value) > i else default


def _role(h: lex.Hit) -> str:
    return h.pattern.value[1] if len(h.pattern.value) > 1 else "event"


def _form(h: lex.Hit) -> str:
    return h.pattern.value[2] if len(h.pattern.value) > 2 else "noun"


def _choose_type(ctx: ArticleContext, family: str, hits: list[lex.Hit]) -> str | None:
    onto = ctx.lex.ontology
    events = [h for h in hits if _role(h) == "event"]
    casualty = [h for h in hits if _role(h) == "casualty"]
    mods = [h for h in hits if _role(h) == "modifier"]
    if not events and not casualty:
        return None
    base = max((h.pattern.value[0] for h in events), key=lambda t: onto[t].rank, default="attack")
    if family != "violence":  # "مظاهرة ... أعمال عنف": a modifier of a more specific type of the family
        return max([base, *(h.pattern.value[0] for h in mods)], key=lambda t: onto[t].rank if t in onto else 0)
    if base == "armed_clash" and _attack_verb_answered(events):
        base = "attack"
    if base == "shelling":
        base = _handheld_fire(ctx, events, base)
    downed = [h for h in mods if h.pattern.value[0] == "air_strike" and _downed(ctx, h)]
    if downed:  # "أسقطت المروحية بصاروخ": the aircraft was attacked, it struck nobody
        mods = [h for h in mods if h not in downed]
        if base in ("shelling", "air_strike") and all(h.pattern.value[0] == "shelling" for h in events):
            base = "attack"
    upgrades = {h.pattern.value[0] for h in mods if _form(h) != "weak"}
    weak = {h.pattern.value[0] for h in mods if _form(h) == "weak"}
    if "suicide_bombing" in upgrades and base in ("attack", "bombing"):
        return "suicide_bombing"
    if "bombing" in upgrades and base == "attack":
        return "bombing"
    if "air_strike" in upgrades and base in ("shelling", "air_strike"):
        return "air_strike"
    if base == "attack" and (_aircraft_subject(events, mods) or _aircraft_said_to_act(ctx, events, mods)):
        return "air_strike"  # "وهاجمت طائرة حربية مواقع": an aircraft attacking is an air strike
    if weak and base == "attack" and not any(_form(h) == "verb" for h in events):
        return "bombing"
    return base


_INSTRUMENT_REACH = 2  # words from the attack word to its weapon ("هجوم للمقاومة بقذيفة صاروخية")


@lru_cache(maxsize=1)
def _handheld_launchers() -> lex.PhraseMatcher:
    return lex.matcher("event_handheld_launchers.tsv")


def _handheld_fire(ctx: ArticleContext, events: list[lex.Hit], base: str) -> str:
    """"هجوم بقذيفة صاروخية على نقطة", "هجوم بقاذفة صواريخ شنه متمردون": a shoulder-fired
    launcher (RPG) is a weapon of close assault; when every shelling word stands inside such a
    phrase, told as the instrument ("ب") of an attack or clash word just before it, that attack
    or clash is the happening, not a shelling ("أمطرت البلدات بالقذائف الصاروخية ردا على هجوم"
    stays a shelling: the attack word comes after)."""
    others = [h for h in events if h.pattern.value[0] in ("attack", "armed_clash")]
    shell = [h for h in events if h.pattern.value[0] == "shelling"]
    if not others or not shell:
        return base
    ts, te = min(h.start for h in events), max(h.end for h in events)
    rpg = [r for r in ctx.found(_handheld_launchers(), ts, min(len(ctx.norm), te + 3))
           if ctx.norm[r.start].startswith("ب")
           and any(h.end <= r.start and r.start - h.end <= _INSTRUMENT_REACH for h in others)]
    if all(any(r.start <= h.start and h.end <= r.end for r in rpg) for h in shell):
        return max((h.pattern.value[0] for h in others), key=lambda t: ctx.lex.ontology[t].rank)
    return base


@lru_cache(maxsize=1)
def _downing_words() -> frozenset[str]:
    return lex.word_set("event_downing_words.tsv")


_DOWNING_REACH = 3  # words from "أسقط" to the aircraft it downed (its subject may stand between: "أسقطت طالبان مروحية")


def _downed(ctx: ArticleContext, h: lex.Hit) -> bool:
    """Is the aircraft word the object of a word of shooting down ("أسقطت المروحية", "إسقاط طائرة")?"""
    return any(ctx.has(k, _downing_words()) for k in range(max(0, h.start - _DOWNING_REACH), h.start))


def _attack_verb_answered(events: list[lex.Hit]) -> bool:
    """"هاجموا فندقا ... وتبادلوا إطلاق النار مع القوات": an attack verb told first, then the
    exchange of fire that answers it, is one attack (as ``_attack_then_response`` for a
    happening told in several clauses)."""
    first = min(events, key=lambda h: h.start, default=None)
    return (first is not None and _form(first) == "verb" and first.pattern.value[0] == "attack"
            and all(h.pattern.value[0] in ("attack", "armed_clash") for h in events))


_SUBJECT_REACH = 6  # tokens from an aircraft subject told first to the attack verb


def _aircraft_subject(events: list[lex.Hit], mods: list[lex.Hit]) -> bool:
    """Is an aircraft word the subject of an attack verb, right after it ("هاجمت مقاتلات")
    or told first ("إن طائرات حربية أغرقت سفينة وهاجمت سفينة أخرى")?"""
    return any(_form(e) == "verb" and m.pattern.value[0] == "air_strike"
               and (m.start == e.end or 0 <= e.start - m.end <= _SUBJECT_REACH)
               for e in events for m in mods)


_SAID_SUBJECT_REACH = 14  # words from aircraft named after "إن" to a verb joined to its first verb


def _aircraft_said_to_act(ctx: ArticleContext, events: list[lex.Hit], mods: list[lex.Hit]) -> bool:
    """"إن طائرات حربية أغرقت، يوم الأحد، سفينة، وهاجمت سفينة أخرى": aircraft named first
    after "إن" are the subject of each verb joined by "و" to the one they open, however long
    the time and object told between (up to another "إن", which opens another statement)."""
    for m in mods:
        if m.pattern.value[0] != "air_strike" or _form(m) == "weak" or m.start == 0 \
                or ctx.norm[m.start - 1] not in _COMPLEMENTIZERS:
            continue
        for e in events:
            if _form(e) == "verb" and ctx.norm[e.start].startswith("و") \
                    and 0 < e.start - m.end <= _SAID_SUBJECT_REACH \
                    and not any(ctx.norm[k] in _COMPLEMENTIZERS for k in range(m.end, e.start)):
                return True
    return False


def _weapons_used(ctx: ArticleContext, c: Clause, hits: list[lex.Hit]) -> list[lex.Hit]:
    """"ألقى مهاجمون قنابل يدوية على نقطة", "أطلقت طائرة بدون طيار صاروخا": a weapon an agent
    verb puts to use is a happening of the weapon's type, even without an event word."""
    return [lex.Hit(lex.Pattern(h.pattern.words, (h.pattern.value[0], "event", "noun"), h.pattern.text), h.start, h.end)
            for h in hits if _role(h) == "modifier"
            and any(ctx.has(k, ctx.lex.agent_verbs) and not _negated(ctx, k, c.ts)
                    for k in range(max(c.ts, h.start - 4), h.start))]


_AIR_DOER_REACH = 6  # words from an aircraft or air force told first to the destruction word ("نجحت طائرات التحالف العربي في تدمير")


@lru_cache(maxsize=1)
def _air_destructions() -> lex.PhraseMatcher:
    return lex.matcher("event_air_destructions.tsv")


def _air_destruction_hits(ctx: ArticleContext, c: Clause) -> list[lex.Hit]:
    """"دمرت طائرات التحالف مخزنا للأسلحة", "نجح الطيران في تدمير مواقع": a destruction word
    told of aircraft or an air force (right after it, or a few words before it) is an air
    strike's event word, with no strike word; the hits read as attack triggers with the "air"
    condition (the strike is kept only when its doer, once read, strikes from the air)."""
    found = ctx.found(_air_destructions(), c.ts, c.te)
    if all(_col(h, 0) == "doer" for h in found):
        return []
    aircraft = [h for h in ctx.triggers_in(c.ts, c.te)
                if _role(h) == "modifier" and h.pattern.value[0] == "air_strike" and _form(h) != "weak"]
    aircraft += [h for h in found if _col(h, 0) == "doer"]
    forces = [(k, ctx.mention_at[k][0]) for k in range(c.ts, c.te) if k in ctx.mention_at
              and getattr(ctx.entities.get(ctx.mention_at[k][1].entity_id), "name", None) in _air_forces()]
    out = []
    for h in found:
        if _col(h, 0) == "doer":
            continue
        # the aircraft or air force right after the word, or told a few words before it
        doer = next((k for k, j in [(a.start, a.end) for a in aircraft] + forces
                     if k == h.end or 0 <= h.start - j <= _AIR_DOER_REACH), None)
        if doer is not None:
            out.append(lex.Hit(lex.Pattern(h.pattern.words, ("attack", "event", _col(h, 0), "air", str(doer)),
                                           h.pattern.text), h.start, h.end))
    return out


def _air_doer(ctx: ArticleContext, c: Clause, m: EvMention, events: list[lex.Hit]) -> Actor | None:
    """Who struck from the air in a happening told by destruction words alone: the doer read
    if it is an air force or aircraft, else the aircraft or air force the words were told of
    ("نجحت طائرات التحالف في تدمير آليات للمتمردين": not the owner of the vehicles); None
    when no party is named there."""
    if _by_air(ctx, "attack", m.actor1) == "air_strike":
        return m.actor1
    k = int(_col(events[0], 4))  # where the aircraft or air force is named
    return party_or_none(ctx, noun_phrase(ctx, k, min(c.te, k + 6), allow_happening=True))


_CAPTURE_REACH = 5  # words from a word of taking to the place taken ("استعادة قوات الاتحاد الإفريقي لبلدة")


@lru_cache(maxsize=1)
def _captures() -> lex.PhraseMatcher:
    return lex.matcher("event_captures.tsv")


def _capture_hits(ctx: ArticleContext, c: Clause) -> list[lex.Hit]:
    """"تمكنت القوات الحكومية من السيطرة على معقل للحركة", "استعادة قوات الاتحاد الإفريقي
    لبلدة باردير الأربعاء": a place taken by force on a day the sentence names is an armed
    clash, though no fighting word is told; the words read as armed-clash triggers with the
    "capture" condition (they yield to any other event word of the clause)."""
    found = ctx.found(_captures(), c.ts, c.te)
    if all(_col(h, 0) == "place" for h in found):
        return []
    s, e = ctx.sentences[c.sentence]
    days = [ctx.tok_range(t.span.start, t.span.end)[0] for t in ctx.times_in(s, e)
            if t.type == "TIME" or (t.type == "DATE" and t.precision == "day")]
    if not days:
        return []
    places = _place_word_set()
    strongholds = {h.start for h in found if _col(h, 0) == "place"}
    out = []
    for h in found:
        if _col(h, 0) == "place" or (h.start > c.ts and ctx.norm[h.start - 1] in _RELATIVES):
            continue  # "تنظيم القاعدة الذي سيطر على المدينة في أبريل": the group described, no report
        # "السيطرة على بلدة": the place is the object right after "على"; "استعادة قوات
        # الاتحاد لبلدة": the object right after the word, or after the doer with "لـ"
        on = h.pattern.words[-1] == "علي"
        k, end = h.end, (h.end + 1 if on else h.end + _CAPTURE_REACH)
        while k < min(c.te, end) and ctx.norm[k] in _OPENERS:
            k, end = k + 1, end + 1
        while k < min(c.te, end) and ctx.norm[k] not in _COMMAS and ctx.norm[k] not in _ANAPHOR_GAP_BREAKS:
            if (on or k == h.end or ctx.norm[k].startswith("ل")) and (
                    k in ctx.known_place_starts or ctx.has(k, places) or k in strongholds):
                if all(d == k + 1 for d in days):
                    break  # "استعادت قصر 22 مايو": the day in the place's name dates nothing
                # "سيطرتها بشكل شبه كامل على": the noun with its pronoun has no subject in the gap
                form = _col(h, 0) if ctx.norm[h.start].lstrip("وف") == h.pattern.words[0] else "noun"
                out.append(lex.Hit(lex.Pattern(h.pattern.words, ("armed_clash", "event", form, "capture"),
                                               h.pattern.text), h.start, h.end))
                break
            k += 1
    return out


@lru_cache(maxsize=1)
def _executions() -> lex.PhraseMatcher:
    return lex.matcher("event_executions.tsv")


_EXECUTION_REACH = 6  # words before an execution word where its doer may be named ("التنظيم نفذ أمس حكم الإعدام")


def _militant_doer(ctx: ArticleContext, k: int, te: int) -> bool:
    """Is an armed group ("تنظيم داعش", "التنظيم" after one was named) or a militant
    description ("مسلحون", "الإرهابيين") named at token k?"""
    return _armed_group_at(ctx, k, te) is not None or ctx.has(k, _militant_words())


def _execution_hits(ctx: ArticleContext, c: Clause) -> list[lex.Hit]:
    """"أعدم تنظيم داعش 11 شابا", "التنظيم نفذ أمس حكم الإعدام رميا بالرصاص في أربعة
    سائقين", "إعدام عشرة أسرى على يد المسلحين": people put to death by an armed group are
    killed in an attack of that group. The words read as attack triggers only when the doer
    is an armed group or militants, named in the few words before the word, right after
    it, or after "على يد" later in the clause; a clause with a court word ("أصدرت المحكمة
    حكما بإعدام 24 متهما") tells a sentence, and an execution by a state is no conflict event."""
    found = ctx.found(_executions(), c.ts, c.te)
    if not found or any(_col(h, 0) == "court" for h in found):
        return []
    out = []
    for h in found:
        if h.start > c.ts and ctx.norm[h.start - 1] in _RELATIVES:
            continue  # "التنظيم الذي أعدم": the group described, no report
        after = h.end + 1 if h.end < c.te and ctx.has(h.end, ctx.lex.actor_heads) else h.end
        # the first doer told "على يد"/"بيد" (by the hand of) later in the clause
        hand = next((k + 1 for k in range(h.end, c.te - 1)
                     if ctx.norm[k] == "بيد" or (ctx.norm[k] == "يد" and ctx.norm[k - 1] == "علي")), None)
        doer = any(_militant_doer(ctx, k, c.te) for k in range(max(c.ts, h.start - _EXECUTION_REACH), h.start)) \
            or (after < c.te and _militant_doer(ctx, after, c.te)) \
            or (hand is not None and _militant_doer(ctx, hand, c.te))
        if doer:
            out.append(lex.Hit(lex.Pattern(h.pattern.words, ("attack", "event", _col(h, 0)), h.pattern.text),
                               h.start, h.end))
    return out


def _air_arm_strikes(ctx: ArticleContext, c: Clause, hits: list[lex.Hit]) -> bool:
    """"قصف طيران التحالف منزل قائد", "مواجهات وقصف لطيران التحالف", "طيران النظام قصف السوق": an
    air-arm word the trigger lexicon leaves out (it names an air arm only in construct with its
    owner) that is the doer of the strike word (right after it, told first as the subject of
    its verb, or the subject of a verb of carrying out or on before it: "استأنف طيران التحالف
    ... قصفه", "تنفيذ طيران التحالف 14 طلعة جوية") makes the strike an air strike; the word
    elsewhere in the clause ("يصعب على المقاومة وطيران التحالف معرفة مصدر النيران") does not.
    The word with the article ("الطيران") is the trigger lexicon's own."""
    doers = [h for h in ctx.found(_air_destructions(), c.ts, c.te) if _col(h, 0) == "doer"
             and not ctx.norm[h.start].lstrip("وف").startswith(("ال", "بال", "لل", "كال"))]
    if not doers:
        return False
    strikes = [h for h in hits if _role(h) == "event" and h.pattern.value[0] in ("shelling", "attack")]
    return any(d.start == e.end or _form(e) == "verb" and 0 <= e.start - d.end <= _SUBJECT_REACH
               or e.start >= d.end and d.start > c.ts and _carries_out(ctx, d.start - 1)
               for d in doers for e in strikes)


@lru_cache(maxsize=1)
def _carry_on_verbs() -> frozenset[str]:
    return lex.word_set("event_carry_on_verbs.tsv")


def _carries_out(ctx: ArticleContext, k: int) -> bool:
    """Is token k a verb of carrying out or carrying on ("شن", "نفذ", "تنفيذ", "استأنف", "واصل"),
    whose subject right after it does what the clause names next?"""
    return ctx.has(k, ctx.lex.agent_verbs) or ctx.has(k, _carry_on_verbs())


@lru_cache(maxsize=1)
def _breached_objects() -> frozenset[str]:
    return lex.word_set("event_breached_objects.tsv")


@lru_cache(maxsize=1)
def _wearing_verbs() -> frozenset[str]:
    return lex.word_set("event_wearing_verbs.tsv")


_WORN_REACH = 2  # words from a verb of wearing to the explosive word ("يرتدي سترة ناسفة")


def _blast_not_told(ctx: ArticleContext, h: lex.Hit) -> bool:
    """A bombing word that tells no blast of a happening: the door forces blow open in a raid
    ("وقامت بتفجير أبواب المنزل واقتحامه": a breach, the raid is the happening), or an explosive
    vest or belt told as worn ("قتل ثلاثة مهاجمين كان أحدهم يرتدي سترة ناسفة": what an attacker
    carried, not that it went off)."""
    if h.pattern.value[0] not in ("bombing", "suicide_bombing"):
        return False
    if h.end < len(ctx.norm) and ctx.has(h.end, _breached_objects()):
        return True
    return any(ctx.has(k, _wearing_verbs()) for k in range(max(0, h.start - _WORN_REACH), h.start))


def _mention_for_family(ctx: ArticleContext, c: Clause, family: str, hits: list[lex.Hit]) -> EvMention | None:
    if any(_role(h) == "event" and not _col(h, 3) for h in hits):
        # "دمر انفجار سيارة مفخخة حيا", "سيطرت القوات على البلدة بعد معارك": the conditional
        # words only tell what the happening named did
        hits = [h for h in hits if not _col(h, 3)]
    if family == "violence":
        hits = [h for h in hits if not _blast_not_told(ctx, h)]
    if family == "violence" and not any(_role(h) == "event" for h in hits):
        hits = hits + _weapons_used(ctx, c, hits)
    event_type = _choose_type(ctx, family, hits)
    if event_type is None:
        return None
    if family == "violence" and event_type in ("shelling", "attack") and _air_arm_strikes(ctx, c, hits):
        event_type = "air_strike"
    events = [h for h in hits if _role(h) == "event"]
    if family == "protest" and events and all(_form(h) == "gather" for h in events) and not _protest_signed(ctx, c):
        return None  # "وتجمع عشرات رجال الإطفاء في المكان": a crowd gathered, nothing protested
    figures = casualty_figures(ctx, c) if family == "violence" else []
    if event_type == "abduction" and any(f.kind == "killed" for f in figures) \
            and any(h.pattern.value[0] == "attack" for h in events):
        event_type = "attack"  # "قتل أربعة في هجوم ... عبارة عن عملية احتجاز رهائن": a deadly attack, whatever its aim
    plural_only = bool(events) and all(_form(h) == "plural" for h in events)
    # "ثلاث غارات على وادي ...", "خمسة انفجارات هزت الحي": a few counted strikes are told as one
    # happening (the later "السيارات الخمس التي تم تفجيرها" retells it), not a sum of several
    counted = family == "violence" and plural_only and _counted_plural(ctx, c, events)
    plural_only = plural_only and not counted
    if plural_only or (not counted and (_in_plural_happenings(ctx, c) or _toll_of_a_series(ctx, c, events))):
        _mark_several(figures)
    if family == "violence" and _toll_of_coordinated(ctx, c, events):
        figures = []
    context_only = wave = False
    if family == "violence":
        if plural_only and not figures and not _carried_out(ctx, c, events):
            # "الهجمات" in general, or a summary of happenings told one by one after it:
            # no event, but a dated summary sets the date of what follows
            context_only = True
        if not events and not figures:
            return None  # "قتل" alone: a killing needs a victim or a figure to be reported here
        if not events and (_toll_since(ctx, c, hits) or _toll_over_months(ctx, c) or _toll_of_a_month(ctx, c)):
            return None  # "ومنذ تولي بخاري الحكم قتل أكثر من 750 شخصا": a toll over a period
        if not events and _toll_of_a_wave(ctx, c):
            # "مقتل 11 وإصابة 17 في موجة عنف": a sum over happenings told one by one; no event,
            # but the day it was announced on dates the happenings told after it
            wave = context_only = True
    # the first indefinite trigger introduces the happening; "هذا الهجوم" only refers back
    fresh = [h for h in events if not _is_anaphoric(ctx, h, c)]
    anchor_hit = min(fresh or events or hits, key=lambda h: h.start)
    trigger = ctx.span(anchor_hit.start, anchor_hit.end)
    m = EvMention(
        type=event_type, clause=c, anchor=anchor_hit.start, trigger=trigger,
        rule=f"{family}:{anchor_hit.pattern.text}",
        casualty_only=not events, aggregate=plural_only, context_only=context_only,
        event_forms=frozenset(_form(h) for h in events),
        anaphoric=bool(events) and not fresh,
        figures=figures,
        distinct=(anchor_hit.end < c.te and ctx.norm[anchor_hit.end] in _OTHER_WORDS)
        or _separate(ctx, c, refers_back=bool(events) and not fresh)
        or (bool(fresh) and _other_victims(ctx, c, figures))
        or (bool(fresh) and _placed_after_reference(ctx, c, anchor_hit)),
    )
    # a toll alone is dated by the happening it belongs to, not by when it was reported; but
    # "مسلحون استهدفوا الجمعة حافلة ما أدى إلى مقتل السائق" tells the happening itself
    if events or any(_col(h, 0) == "object" and not _col(h, 1) and _col(h, 2) != "noun"
                     for h in ctx.found(ctx.lex.targets, c.ts, c.te)):
        m.date, m.date_span = clause_date(ctx, c, m.anchor, family=family)
        if m.date is None:
            m.date, m.date_span = _circumstance_date(ctx, c)
        m.said_date, m.said_span = clause_date(ctx, c, m.anchor, saying=True)
        m.date_quoted = _quoted_deictic_date(ctx, c, m.date, m.date_span)
    elif family == "violence":
        m.date, m.date_span = _date_after_killing(ctx, c, m.anchor)
        if m.date is None:
            m.announced_date = _announced_date(ctx, c, m.anchor)
    back, back_span = _counted_back(ctx, c, min(h.start for h in hits))
    if back_span is not None and (m.date_span is None or m.date_span.end <= back_span.start):
        # a day told before "بعد يومين من" is the later day it counts from, not this one's
        m.date, m.date_span, m.date_quoted = back, back_span, False
    if wave:
        # "أعلن مسؤولون امس الخميس مقتل 11 ... في موجة عنف": only the announced day counts
        m.date, m.date_span = m.announced_date or None, None
    if context_only:
        return m if m.date else None
    if not events and not any(f.kind == "killed" for f in figures) and not _wound_word(ctx, c):
        m.reference = True  # "الإصابة بمرض السكري": a toll of the hurt alone needs a happening to join
    m.more_victims = not events and bool(figures) and _others_counted(ctx, c)
    m.place, m.place_ref = clause_place(ctx, c, m.anchor, family=family)
    m.namesake_abroad = _namesake_abroad(ctx, m.place)
    m.provinces = frozenset(normalize(p.surface) for p in ctx.places_in(c.ts, c.te)
                            if p.prefix == "admin1" and (not p.candidates or p.candidates[0].kind == "admin1")
                            and not p.origin and not _bordering(ctx, p.tok_start))
    if m.place is not None and (not m.place.candidates or m.namesake_abroad):
        # "قرية برخ بوطان" unknown, "مدينة كوباني" known
        m.resolved_place = _clause_known_place(ctx, c, m.place)
    m.reference_points = tuple(p for p in ctx.places_in(c.ts, c.te) if p.candidates
                               and _located_by(ctx, c, p) is not None)
    read_actors(ctx, c, m, hits)
    if family == "arrest" and (_names_activity(ctx, m.actor2) or m.actor2 is None and any(
            _non_actor_class(ctx, k) == "activity" for k in range(m.anchor + 1, min(c.te, m.anchor + 7)))):
        return None  # "أوقفت الخطوط الجوية رحلاتها": flights were stopped, nobody was arrested
    m.actor1, m.actor2 = party_or_none(ctx, m.actor1), party_or_none(ctx, m.actor2)
    if events and all(_col(h, 3) == "air" for h in events):
        # destruction is a strike only when an air force or aircraft did it ("دمرت الحرب المدينة": none)
        m.actor1 = _air_doer(ctx, c, m, events)
        if m.actor1 is None:
            return None
        m.type = "air_strike"
    m.crowd = m.type == "armed_clash" and _crowd_clash(ctx, c, m, events)
    if family == "violence" and _site_words(ctx, m.actor1):
        m.actor1 = None  # "قصف حي بابا عمرو": a neighbourhood or a building is hit, it strikes nobody
    if family == "violence" and m.actor2 is not None and _same_span(m.actor2, m.actor1):
        m.actor1 = None  # "تفجير السفارة الأمريكية": the same words cannot be who struck and what was struck
    if _one_party(m.actor1, m.actor2):
        m.actor1 = None  # a party does not act on itself: the target, read again as the perpetrator
    if m.casualty_only and m.type == "attack" and _one_named_victim(ctx, m) and not _in_operation(ctx, c):
        m.type = "assassination"  # "أعلنت الحركة مسؤوليتها عن قتل نائب": a killing aimed at one office holder
    read_claim(ctx, c, m)
    if fresh and family == "violence" and m.claim is None and _told_later(ctx, c, anchor_hit):
        m.distinct = True  # (a claim told later, "وفي وقت لاحق أعلن تنظيم مسؤوليته", is of a happening told)
    if family == "violence" and _follows_told(ctx, c, m.anchor):
        m.distinct = True
    m.other_matter = bool(fresh) and m.claim is None and _opens_other_matter(ctx, c)
    if (family == "arrest" or m.type == "abduction") and fresh and all(_possessed(ctx, h) for h in fresh):
        # "احتجاجا على اعتقاله الإداري", "إخفاءهم واحتجازهم": the detention of someone already
        # named, held as a state; it joins a told arrest but reports none of its own
        m.reference = True
    if family == "arrest" and m.place is not None and _abroad(ctx, m, m.place):
        m.place = None  # "أعلنت السلطات الكويتية تفكيك خلية قاتل أفرادها في العراق": arrested at home
    m.alleged = is_alleged(ctx, c, m.anchor)
    if family == "leadership" and not any(a is not None and a.rank == RANK_PERSON for a in (m.actor1, m.actor2)):
        return None  # "تعيينه": a change of leader is coded only when the person is named
    if family == "leadership" and not ctx.lex.offices.find(ctx.norm, c.ts, c.te):
        return None  # "تعيين فلان على وظيفة مستشار": administration, not a change of leader
    if family == "meet" and not any(a is not None and (a.rank >= RANK_PLACE or _titled(ctx, a)) for a in (m.actor1, m.actor2)):
        return None  # "إلى اللقاء", "اجتماع أمني": a meeting is coded when we know who met
    if family == "protest" and m.actor1 is None and m.place is None and m.place_ref is None:
        return None  # "الشغب والتمرد" in general: a protest is somebody's, somewhere
    return m


@lru_cache(maxsize=1)
def _riot_cues() -> lex.PhraseMatcher:
    return lex.matcher("event_riot_cues.tsv")


def _crowd_clash(ctx: ArticleContext, c: Clause, m: EvMention, events: list[lex.Hit]) -> bool:
    """Is a clash told only by a clash noun ("مواجهات", "اشتباكات") one between forces and an
    unarmed crowd: a side named as youths or demonstrators ("بين الجيش والشبان الفلسطينيين"),
    or, no doer named, stones or petrol bombs thrown in its sentence or the next ("الشبان
    الملثمين قاموا برشق الحجارة باتجاه قوات الشرطة")? Then it is a riot."""
    clashes = [h for h in events if h.pattern.value[0] == "armed_clash"]
    if not clashes or not all(any(_col(r, 0) == "clash" and r.start == h.start and r.end == h.end
                                  for r in ctx.found(_riot_cues(), h.start, h.end)) for h in clashes):
        return False
    for a in (m.actor1, m.actor2):
        if a is not None and a.span is not None:
            i, j = ctx.tok_range(a.span.start, a.span.end)
            if any(_col(r, 0) == "side" for r in ctx.found(_riot_cues(), i, j)):
                return True
    if m.actor1 is not None:
        return False  # a named side that is no crowd: fighters
    last = min(len(ctx.sentences), c.sentence + 2)
    ts, te = ctx.tok_range(ctx.sentences[c.sentence][0], ctx.sentences[last - 1][1])
    return any(_col(r, 0) == "sign" for r in ctx.found(_riot_cues(), ts, te))


_POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")


def _with_pronoun(form: str, words: Collection[str], pronouns: tuple[str, ...] = _POSSESSIVE_SUFFIXES) -> bool:
    """Is the form one of the words carrying a pronoun ending ("نفذه", "أعقبتها", "مرافقيه")?"""
    return any(form.endswith(p) and form[:-len(p)] in words for p in pronouns)


def _pronoun_after(token: str, word: str) -> bool:
    """Does the token end in the word and a possessive pronoun ("اعتقاله", "وضبط عناصره")?"""
    at = token.rfind(word)
    return at >= 0 and token[at + len(word):] in _POSSESSIVE_SUFFIXES


@lru_cache(maxsize=1)
def _protest_signs() -> lex.PhraseMatcher:
    return lex.matcher("event_protest_signs.tsv")


def _protest_signed(ctx: ArticleContext, c: Clause) -> bool:
    """Does the sentence show a gathered crowd protesting ("وهم يرفعون صور المعتقلين",
    "رافعين لافتات", "مرددين هتافات")?"""
    ts, te = ctx.tok_range(*ctx.sentences[c.sentence])
    return bool(ctx.found(_protest_signs(), ts, te))


@lru_cache(maxsize=1)
def _passive_auxiliaries() -> frozenset[str]:
    return lex.word_set("event_passive_auxiliaries.tsv")


def _possessed(ctx: ArticleContext, h: lex.Hit) -> bool:
    """Is the trigger a one-word verbal noun carrying a possessive pronoun ("اعتقاله",
    "احتجازهم")? It speaks of what befell someone named before, not of a new happening."""
    if h.end - h.start != 1 or _form(h) == "verb" or len(h.pattern.words) != 1:
        return False
    if h.start > 0 and ctx.norm[h.start - 1] in _passive_auxiliaries():
        return False  # "الانتحاري الذي تم اعتقاله": a passive verb, the arrest is reported
    return _pronoun_after(ctx.norm[h.start], h.pattern.words[0])


def _one_named_victim(ctx: ArticleContext, m: EvMention) -> bool:
    """Is the victim of a bare killing one person named or titled ("نائب صومالي", "القيادي
    فلان"), with no toll above one? Then the killing was aimed at that person."""
    a = m.actor2
    if a is None or a.span is None or any(f.kind == "killed" and f.value > 1 for f in m.figures):
        return False
    if a.rank == RANK_PERSON:
        return True
    i, j = ctx.tok_range(a.span.start, a.span.end)
    return any(h.start == i for h in ctx.lex.person_titles.find(ctx.norm, i, min(j, i + 3)))


def _in_operation(ctx: ArticleContext, c: Clause) -> bool:
    """"مقتل القيادي ... في عملية أمنية شنتها قوى الأمن", "العملية التي جرت ... أدت إلى مقتل
    فلان": a leader killed in an operation (a raid, a strike) fell in that operation, not in a
    killing aimed at him alone."""
    return any(ctx.has(k, _OPERATION) for k in range(c.ts, c.te))


def _date_after_killing(ctx: ArticleContext, c: Clause, anchor: int) -> tuple[str | None, Span | None]:
    """"عن قتل نائب صومالي مع حارسيه السبت", "قتلوا خلال قتال ... يوم الاثنين": a day named
    after the killing word dates the killing (one named before it, "أعلن الجيش اليوم مقتل",
    dates the announcement), unless a speech verb stands between them ("وفق ما أعلنت اليوم")."""
    date, span = clause_date(ctx, c, anchor, family="violence")
    if span is None or span.start < ctx.tokens[anchor][1]:
        return None, None
    i, _ = ctx.tok_range(span.start, span.end)
    if ctx.lex.reports.find(ctx.norm, anchor + 1, i):
        return None, None
    return date, span


_AFTER_WORDS = frozenset({"بعد", "وبعد"})
_AFTER_HAPPENING_WORDS = _AFTER_WORDS | {"عقب", "اثر"}  # normalized "إثر"/"عقب" too: "after" a happening
_FROM_WORDS = frozenset({"من", "علي"})


def _counted_back(ctx: ArticleContext, c: Clause, first: int) -> tuple[str | None, Span | None]:
    """"تأتي تصريحاته بعد يومين من مقتل رضيع", "بعد ثلاثة أيام على هجوم انتحاري": a happening
    named (by its first trigger word, at token first) right after "بعد" + a span of days +
    "من"/"على" happened that many days before the day the sentence speaks of: the day it
    names before "بعد", else the lead's, else publication."""
    k = first - 1
    if k - 2 < c.ts or ctx.norm[k] not in _FROM_WORDS or k - 1 not in ctx.day_spans:
        return None, None
    start, days = ctx.day_spans[k - 1]
    if start == 0 or ctx.norm[start - 1] not in _AFTER_WORDS:
        return None, None
    s = ctx.sentences[c.sentence][0]
    before = [t for t in ctx.times_in(s, ctx.tokens[start - 1][0]) if len(t.value.split("T")[0]) == 10]
    lead = _lead_day(ctx)
    published = ctx.doc.article.published or ""
    ref = before[-1].value[:10] if before else lead[0] if lead else published[:10] if len(published) >= 10 else None
    if ref is None:
        return None, None
    return _day_after(ref, days=-days), ctx.span(start - 1, k + 1)


def _announced_date(ctx: ArticleContext, c: Clause, anchor: int) -> str | None:
    """"كشف العميد امس الخميس عن مقتل 42", "أفادت مصادر أمنية أمس بمقتل 24 مدنيا": the day told
    right after a verb of saying or announcing, before the killing word, is when the toll was
    told; not after the paper's own day."""
    date, span = clause_date(ctx, c, anchor, family="violence")
    published = (ctx.doc.article.published or "")[:10]
    if span is None or span.start >= ctx.tokens[anchor][0] or (published and date > published):
        return None
    i, _ = ctx.tok_range(span.start, span.end)
    return date if _saying_in(ctx, max(c.ts, i - 8), i) else None


def _toll_since(ctx: ArticleContext, c: Clause, hits: list[lex.Hit]) -> bool:
    """Does "منذ" (since) come before the first killing word of the clause? Then the toll
    counts the dead of a period ("تمردها المستمر منذ ست سنوات أدى إلى مقتل 15 ألف شخص")."""
    first = min(h.start for h in hits)
    return any(ctx.has(k, _SINCE) for k in range(c.ts, first))


_SINCE = frozenset({"منذ"})
_DURING = frozenset({"خلال", "طوال", "طيله"})


@lru_cache(maxsize=1)
def _period_units() -> frozenset[str]:
    return lex.word_set("event_period_units.tsv")


def _toll_over_months(ctx: ArticleContext, c: Clause) -> bool:
    """"خلفت الحرب أربعة آلاف قتيل خلال أربعة أشهر": a toll counted over months or years is
    a period's (a war's) count of the dead, not the toll of one happening."""
    return any(ctx.has(k, _DURING) and any(ctx.has(t, _period_units()) for t in range(k + 1, min(c.te, k + 4)))
               for k in range(c.ts, c.te))


_WHOLE_PERIODS = frozenset({"month", "season", "year", "decade"})


def _toll_of_a_month(ctx: ArticleContext, c: Clause) -> bool:
    """"قتل 29 جنديا وأصيب 175 في يوليو": a toll with no happening named, dated by a whole
    month, season or year rather than a day, counts a period's dead (a statistic); one
    happening's toll is dated by its day or told with its happening. The period is an adverb
    ("في يوليو", "خلال العام"); "- عام 2012 استشهاد جنديين" heads one line of a chronology."""
    for t in ctx.times_in(c.start, c.end):
        if t.type != "DATE" or t.precision not in _WHOLE_PERIODS:
            continue
        i, _ = ctx.tok_range(t.span.start, t.span.end)
        if any(ctx.has(k, _IN_PERIOD) for k in range(max(c.ts, i - 1), i + 1)):
            return True
    return False


_IN_PERIOD = _DURING | {"في"}


def _carried_out(ctx: ArticleContext, c: Clause, events: list[lex.Hit]) -> bool:
    """"وجهت القوات عدة ضربات جوية", "شن الطيران غارات": strikes someone carried out are
    reported happenings, not strikes in general."""
    for h in events:
        if _stepped_up(ctx, c, h):
            return True  # "كثفت طائرات التحالف من غاراتها ليلا وصباح أمس": that day's strikes
        if _dated_relative(ctx, c, h):
            return True  # "الضربات الجوية التي شنها الجيش الجمعة والسبت": those days' strikes
        counted = h.start - 2 >= c.ts and ctx.norm[h.start - 1] == "من" and ctx.has(h.start - 2, ctx.lex.quantifiers)
        if _is_anaphoric(ctx, h, c) and not counted:  # "في المعارك بين ...", "العمليات الإرهابية": in general
            lo = max(c.ts, h.start - 4)
            if any(ctx.has(k, ctx.lex.agent_verbs) and not _negated(ctx, k, c.ts) for k in range(lo, h.start)):
                return True
            continue
        if h.pattern.value[0] == "armed_clash" and any(
                ctx.has(k, _BETWEEN) for k in range(h.end, min(c.te, h.end + 5))):
            return True  # "معارك شرسة تدور بين المقاومة والمليشيا": a clash between named sides
        if _struck_after(ctx, c, h):
            return True  # "غارات عنيفة استهدفت مواقع المتمردين": strikes that hit something
        # the agent verb may stand before a long subject ("شن طيران التحالف صباح أمس غارات",
        # "شنت طائرات الأباتشي عددا من الغارات": the aircraft only refine the strikes)
        head = h.start - 2 if counted else h.start  # "عددا من الغارات": counted from the count word
        lo = max(c.ts, head - 8)
        for k in range(h.start - 1, lo - 1, -1):
            if k < head - 4 and any(_role(t) == "event" for t in ctx.triggers_in(k, k + 1)):
                break
            if ctx.has(k, ctx.lex.agent_verbs) and not _negated(ctx, k, c.ts):
                return True
    return False


def _struck_after(ctx: ArticleContext, c: Clause, h: lex.Hit) -> bool:
    """"غارات عنيفة استهدفت مواقع التمرد", "هجمات طالت مقرات": an indefinite plural trigger
    that is the subject of a past verb of hitting right after it (at most one adjective
    between) tells strikes that took place; "غارات تستهدف" (imperfect) or "الغارات التي
    استهدفت" (told through a relative) or a series ("سلسلة هجمات استهدفت") do not count here."""
    if _form(h) != "plural" or ctx.norm[h.start].startswith(("ال", "وال")):
        return False
    if any(ctx.has(k, _series_nouns()) for k in range(max(c.ts, h.start - 2), h.start)):
        return False  # "سلسلة هجمات استهدفت مدنيين": a series sums up happenings
    for k in range(h.end, min(c.te, h.end + 2)):
        if ctx.norm[k] in _RELATIVES:
            return False
        cue = next((t for t in ctx.found(ctx.lex.targets, k, k + 1) if t.start == k), None)
        if cue is not None:
            return (_col(cue, 0) == "object" and _col(cue, 2) != "noun"
                    and not cue.pattern.words[0].startswith(("ي", "ت", "س")))
    return False


_COUNTED_MAX = 30  # "ثلاث غارات", "5 هجمات": a few counted strikes; hundreds sum up a period


def _counted_plural(ctx: ArticleContext, c: Clause, events: list[lex.Hit]) -> bool:
    """"جراء ثلاث غارات لطيران التحالف على وادي ...": a plural trigger counted by a small
    number right before it tells those strikes, not strikes in general (unless the clause
    counts over a period: "منذ بداية العام", "خلال الشهر")."""
    if any(ctx.has(k, _SINCE | _DURING) for k in range(c.ts, c.te)):
        return False
    lo, hi = bisect.bisect_left(ctx.quantity_starts, c.start), bisect.bisect_left(ctx.quantity_starts, c.end)
    for q in ctx.quantities[lo:hi]:
        if q.value is None or not 2 <= q.value <= _COUNTED_MAX or q.approx == "vague":
            continue
        i, j = ctx.tok_range(q.span.start, q.span.end)
        # the numbers stage reads "ثلاث غارات" as one quantity of strikes; a bare digit ends before
        if any(i < h.start < j or j == h.start for h in events):
            return True
    return False


_BETWEEN = frozenset({"بين"})


def _stepped_up(ctx: ArticleContext, c: Clause, h: lex.Hit) -> bool:
    """Is the trigger governed by a verb that keeps up or steps up strikes ("واصل", "كثف",
    "صعد"), the subject between? (In a clause that names no day ``_undated_ongoing`` has
    already dropped it.) The imperfect ("يواصلون هجماتهم") tells a habit, not strikes made."""
    return any(_col(g, 0) == "ongoing" and g.end <= h.start and h.start - g.end <= _ONGOING_REACH
               and not g.pattern.words[0].startswith("ي")
               for g in ctx.found(ctx.lex.generic, c.ts, h.start))


def _separate(ctx: ArticleContext, c: Clause, refers_back: bool = False) -> bool:
    """Does the clause open with "في حادث منفصل" (another happening than the one before), or
    with "بعد أيام على" / "في أعقاب" before a happening it does not refer back to ("بعد أيام
    على مقتل سبعة جنود" recalls an earlier attack; "بعد ساعات على الهجوم" is the same one)?"""
    return any(h.start <= c.ts + 1 and (_col(h, 1) == "yes" or (_col(h, 1) == "earlier" and not refers_back))
               for h in ctx.lex.breaks.find(ctx.norm, c.ts, c.ts + 5))


_SEQUENCE_WORDS = frozenset({"بعد", "وبعد", "غداه", "عقب", "اثر", "قبل"})  # normalized: "after", "the day after", "before"
_REFERENCE_OPENING = 3  # words before a referring subject at the clause start ("ويأتي هذا الهجوم")
_SEQUENCE_REACH = 4  # words describing the referred happening before its "بعد" ("الهجوم على الحوثيين بعد")


def _placed_after_reference(ctx: ArticleContext, c: Clause, fresh: lex.Hit) -> bool:
    """"ويأتي الهجوم بعد أقل من أسبوع من مقتل عشرة في هجوم لانتحاريين": a clause that opens on
    the happening just told ("الهجوم", "هذا الهجوم") and places it after or before a happening of
    its kind names that other one in its own words, so the fresh trigger there is another
    happening. ("وجاءت الانفجارات عقب قصف الطيران": explosions after a strike are its effect.)"""
    anchor, kind = fresh.start, fresh.pattern.value[0]
    for h in ctx.triggers_in(c.ts, anchor):
        if h.start > c.ts + _REFERENCE_OPENING or _role(h) != "event" \
                or not types_compatible(h.pattern.value[0], kind) or not _is_anaphoric(ctx, h, c):
            continue
        for k in range(h.end, min(anchor, h.end + _SEQUENCE_REACH + 1)):
            if ctx.norm[k] in _SEQUENCE_WORDS:
                return True
            if not ctx.is_word(k) or ctx.norm[k] in _RELATIVES:
                break  # "ووقع الانفجار، الذي لم تتبن بعد أي جهة": "بعد" of another phrase ("yet")
    return False


@lru_cache(maxsize=1)
def _other_matter_openers() -> lex.PhraseMatcher:
    return lex.matcher("event_other_topic_openers.tsv")


def _opens_other_matter(ctx: ArticleContext, c: Clause) -> bool:
    """Does the clause open with "من جهة أخرى", "على صعيد آخر" (another matter)?"""
    return any(h.start <= c.ts + 1 for h in _other_matter_openers().find(ctx.norm, c.ts, min(c.te, c.ts + 5)))


@lru_cache(maxsize=1)
def _later_words() -> lex.PhraseMatcher:
    return lex.matcher("event_later_words.tsv")


def _told_later(ctx: ArticleContext, c: Clause, fresh: lex.Hit) -> bool:
    """"ولاحقا وقعت مواجهات بين المهاجمين والشرطة", "لقي اثنان حتفهم في تبادل لإطلاق النار
    لاحقا": a happening told as coming later, by a word opening its clause or right after its
    fresh trigger, is another one than that told before. (Elsewhere the word may date another
    verb: "هجوم أعلنت الجماعة لاحقا مسؤوليتها عنه".)"""
    return any(h.start <= c.ts + 1 or h.start == fresh.end for h in _later_words().find(ctx.norm, c.ts, c.te))


_OTHERS_AFTER_VICTIM = frozenset({"اخرين", "اخرون", "اخران", "اخريات"})


def _other_victims(ctx: ArticleContext, c: Clause, figures: list[Figure]) -> bool:
    """"وذكر مسعفون أن خمسة جنود آخرين قتلوا في انفجار قنبلة": the clause's first toll counts
    "other" dead, so its own (indefinite) trigger tells another happening than the one before.
    ("قتل جندي وأصيب ثلاثة آخرون" is one happening: there "others" follows a second figure.)"""
    return bool(figures) and figures[0].kind == "killed" and _others_counted(ctx, c)


def _others_counted(ctx: ArticleContext, c: Clause) -> bool:
    """Does "others" ("آخرين") follow the clause's first number ("أصيب 11 شخصا آخرين")?"""
    k = bisect.bisect_left(ctx.quantity_starts, c.start)
    if k >= len(ctx.quantities) or ctx.quantities[k].span.start >= c.end:
        return False
    q = ctx.quantities[k]
    i, j = ctx.tok_range(q.span.start, q.span.end)
    return any(ctx.norm[k] in _OTHERS_AFTER_VICTIM for k in range(j, min(c.te, j + 2)))


def _wound_word(ctx: ArticleContext, c: Clause) -> bool:
    return any(_col(h, 1) == "after" for h in ctx.found(ctx.lex.casualty, c.ts, c.te)
               if _col(h, 0) == "injured")


def _is_anaphoric_at(ctx: ArticleContext, k: int, c: Clause) -> bool:
    hits = [h for h in ctx.lex.triggers.find(ctx.norm, k, min(c.te, k + 3)) if h.start == k]
    return bool(hits) and all(_is_anaphoric(ctx, h, c) for h in hits)


@lru_cache(maxsize=1)
def _idiom_definites() -> dict[str, frozenset[str]]:
    return {normalize(r[0]): frozenset(normalize(v) for v in r[1].split("|"))
            for r in lex.load_tsv("event_idiom_definites.tsv")}


_LIGHT_VERB_REACH = 10  # words from "ألقت" to its "القبض" (the subject and a time may come between)


def _idiom_verbs(ctx: ArticleContext, k: int) -> frozenset[str] | None:
    """The light verbs of the idiom whose definite noun is token k ("القبض" -> ألقى، ألقت ...)."""
    return next((v for w, v in _idiom_definites().items() if w in ctx.cands[k]), None)


def _after_light_verb(ctx: ArticleContext, hit: lex.Hit, c: Clause) -> bool:
    """Is the definite noun the object of its idiom's light verb ("ألقت قوات الأمن ... القبض على")?"""
    verbs = _idiom_verbs(ctx, hit.start)
    return verbs is not None and any(ctx.norm[k] in verbs for k in range(max(c.ts, hit.start - _LIGHT_VERB_REACH), hit.start))


@lru_cache(maxsize=1)
def _rank_words() -> frozenset[str]:
    return lex.word_set("event_rank_words.tsv")


_SAID_IT = frozenset({"انه", "انها", "بانه", "بانها", "وانه", "وانها"})  # normalized "إنها", "بأنه": "that it (was)"
_ATTEMPT_WORDS = frozenset({"محاوله", "عمليه"})  # "إنها محاولة خطف": the attempt is the happening's name


def _copula_predicate(ctx: ArticleContext, hit: lex.Hit, c: Clause) -> bool:
    """"وهو أحدث هجوم يستهدف سفنا", "وهي أول عملية خطف": a happening noun said of a pronoun,
    at most an ordinal or superlative between, describes the happening just told; so does one
    said of the pronoun a speech verb's "that" carries ("وأضاف المصدر إنها محاولة خطف فاشلة",
    "وصف الهجوم بأنه عمل إرهابي"; a verb there, "أنه شن غارات", tells a deed of its own)."""
    k = hit.start - 1
    if k > c.ts and ctx.norm[k] in _rank_words():
        k -= 1
    if k < c.ts:
        return False
    if ctx.norm[k] in _COPULA_PRONOUNS:
        return True
    if k > c.ts and ctx.norm[k] in _ATTEMPT_WORDS:
        k -= 1  # (after "محاولة" even "خطف" is a verbal noun)
    elif _form(hit) == "verb":
        return False
    return ctx.norm[k] in _SAID_IT


def _is_anaphoric(ctx: ArticleContext, hit: lex.Hit, c: Clause) -> bool:
    """A definite trigger ("الهجوم") or one after a demonstrative ("هذا الهجوم") refers back."""
    tok = ctx.norm[hit.start]
    if tok.startswith(("ال", "بال", "وال", "فال", "لل", "وبال")) and not _after_light_verb(ctx, hit, c):
        return True
    if hit.start > c.ts and ctx.norm[hit.start - 1] in _DEFINITE_WORDS:
        return True
    if _copula_predicate(ctx, hit, c):
        return True
    if _form(hit) == "verb" and family_of(hit.pattern.value[0]) == "arrest" \
            and hit.start > c.ts and ctx.norm[hit.start - 1] in _RELATIVES:
        # "المرأة التي اعتقلت تبلغ 51 عاما": who was arrested describes a person already told of
        # (a violent verb there may tell a new happening: "المسلحون الذين هاجموا الجمعة نقطة تفتيش")
        return True
    if tok in _OPERATION_WORDS and hit.end - hit.start > 1 and ctx.norm[hit.start + 1].startswith("ال"):
        return True  # "عملية الخطف تمت على حاجز": the operation told before
    if hit.start > c.ts and ctx.norm[hit.start - 1] in _CLAIMED_FOR and hit.end < c.te \
            and hit.end in ctx.time_tokens and (hit.end - 1) not in ctx.time_tokens:
        return True  # "المسؤولية عن هجوم اليوم الاثنين": the attack of that day, told before
    # "هجوم سروج", "تفجير «الصادق»": a happening named by its place or its name is one already known
    return hit.end < c.te and (hit.end in ctx.known_place_starts or ctx.norm[hit.end] == '"')


# ------------------------------------------------------------------ dates


def _other_happenings(ctx: ArticleContext, c: Clause, family: str | None) -> list[int]:
    return _other_triggers(ctx, c.ts, c.te, family)


def _other_triggers(ctx: ArticleContext, ts: int, te: int, family: str | None) -> list[int]:
    """Where the clause names a happening of another family ("قبل محادثات سلام في مينسك",
    "بالتفجير الذي وقع الشهر الماضي"): the words after such a trigger are its own, not those
    of a trigger before it. A meeting during which it happened is its setting ("خلال اجتماع")."""
    if family is None:
        return []
    return [h.start for h in ctx.triggers_in(ts, te)
            if _role(h) == "event" and family_of(h.pattern.value[0]) != family
            and not (h.start > ts and ctx.norm[h.start - 1] in _SETTING_WORDS)]


_SETTING_WORDS = frozenset({"خلال", "اثناء", "لدي", "في"})


def _across_other(others: list[int], anchor: int, i: int, j: int) -> bool:
    """Does a trigger of another happening stand between the anchor and the words at [i, j)
    after it? (Words before the anchor may belong to both: "في 2013 عقب احتجاجات ... انتخب".)"""
    return i > anchor and any(anchor < o < i for o in others)


def clause_date(ctx: ArticleContext, c: Clause, anchor: int, saying: bool = False,
                family: str | None = None) -> tuple[str | None, Span | None]:
    """The time expression of the clause closest to the trigger (not one after "منذ", nor
    one that belongs to another happening named between them); with ``saying``, the time
    of the speech verb the trigger's clause depends on instead."""
    best = None
    others = _other_happenings(ctx, c, family)
    in_clause = ctx.times_in(c.start, c.end)
    for t in in_clause:
        i, j = ctx.tok_range(t.span.start, t.span.end)
        if others and _across_other(others, anchor, i, j):
            continue
        if _day_borrowed(t, in_clause):
            continue  # "نحو الساعة السابعة صباحا": a clock time alone does not say which day
        if _same_day_phrase(ctx, i, j):
            continue  # "وقتل في ذات اليوم": the day of the happening told before (``_same_day``), not today
        lo, hi = (anchor, i) if i >= anchor else (j, anchor)
        if any(ctx.norm[k] in _TIME_STOPS for k in range(max(c.ts, i - 2), i + 1)):
            continue  # "منذ بداية العام": since when, not when
        if i >= anchor and any(ctx.norm[k] in _TIME_STOPS for k in range(lo, hi)):
            continue  # "أول هجوم منذ سقوط الهدنة قبل عشرة أيام"
        if any(ctx.norm[k] in _CONTRASTS for k in range(lo, hi)):
            continue  # "سبب الهجوم ... لكن نشاطات المقاتلين ازدادت في العام الماضي": another statement's time
        if j <= anchor and any(ctx.norm[k] in _AFTER_HAPPENING_WORDS for k in range(max(j, anchor - 2), anchor)) \
                and not ctx.lex.casualty.find(ctx.norm, c.ts, i):
            # "دعت السلطات السبت ... بعد هجوم": Saturday is when they called, not when it happened;
            # but "أصيب ضابطان أمس الاثنين إثر تفجير": the wounding is the happening itself
            continue
        if family == "arrest" and i > anchor and _charge_between(ctx, anchor, i):
            continue  # "أوقفت فلانا المطلوب بجرائم خطف خلال عام 2014": when the crimes were, not the arrest
        if saying != ((j <= anchor and _dates_the_saying(ctx, c, i, j, anchor)) or _dates_a_later_saying(ctx, i, anchor)):
            continue  # "قال مسؤولون، اليوم، إن العشرات قتلوا في اشتباكات": today is when they said it
        dist = i - anchor if i >= anchor else anchor - j + 1
        if best is None or dist < best[0]:
            best = (dist, t)
    if best is None:
        return None, None
    shifted = None if saying else _counted_from_the_saying(ctx, c, best[1])
    if not shifted and not saying and (_night_between_days(best[1]) or _after_midnight_of(ctx, best[1])):
        shifted = _day_after(best[1].value.split("T")[0])
    return shifted or best[1].value.split("T")[0], best[1].span


def _night_between_days(t: TimeExpr) -> bool:
    """"قتل 13 شخصا ليل السبت الأحد": the night between two named days. The time stage dates it
    by the first day; a happening in it is told by the day it ended in, after midnight (a source
    that spoke that night, "ذكرت مصادر ليل الاثنين الثلاثاء أن ...", still speaks of the first)."""
    return t.value.endswith("TNI") and _weekdays_named(t) == 2


_MIDNIGHT = frozenset({"منتصف"})


def _after_midnight_of(ctx: ArticleContext, t: TimeExpr) -> bool:
    """"بعد منتصف ليل الأحد": past the midnight that ends the named day's night, so early on the
    day after it (the time stage dates the night by the day named)."""
    if not t.value.endswith("TNI") or _weekdays_named(t) != 1:
        return False
    i, _ = ctx.tok_range(t.span.start, t.span.end)
    return ctx.norm[i] in _MIDNIGHT and i > 0 and ctx.norm[i - 1] in _AFTER_WORDS


def _weekdays_named(t: TimeExpr) -> int:
    """How many weekday names the time's words hold ("ليل السبت الأحد": two, "صباح الأحد": one)."""
    days = weekdays()
    return sum(1 for w in re.findall(r"\w+", t.span.text) if normalize(w) in days)


@lru_cache(maxsize=1)
def _charge_words() -> frozenset[str]:
    return lex.word_set("event_charge_words.tsv")


_WHILE = frozenset({"بينما", "وبينما"})
_WAS = frozenset({"كان", "كانت", "كانوا", "كانا", "كن"})


def _circumstance_clause(ctx: ArticleContext, c: Clause) -> tuple[int, int] | None:
    """Tokens [start, end) of the clause cut at "بينما كان" right after c ("قتل في ضربة جوية
    بينما كان يتنقل في سيارة قرب بلدة سرمدا"), which tells the circumstances of c's happening:
    up to a happening, a speech verb or a connector that opens another clause."""
    k = c.te
    if k + 2 >= len(ctx.norm) or ctx.norm[k] not in _WHILE or ctx.norm[k + 1] not in _WAS:
        return None
    end = _sentence_end(ctx, k)
    stops = [h.start for h in ctx.triggers_in(k + 2, end) if _role(h) == "event"]
    stops += [h.start for h in ctx.lex.reports.find(ctx.norm, k + 2, end)]
    stops += [h.start for h in ctx.lex.breaks.find(ctx.norm, k + 2, end)]
    return k, min(stops, default=end)


def _circumstance_date(ctx: ArticleContext, c: Clause) -> tuple[str | None, Span | None]:
    """"قتل في ضربة جوية بينما كان يتنقل في سيارة قرب بلدة سرمدا في الثامن من يوليو": the day
    the circumstance clause names is that of the happening before it."""
    clause = _circumstance_clause(ctx, c)
    if clause is None:
        return None, None
    k, end = clause
    for t in ctx.times_in(ctx.tokens[k][0], ctx.tokens[end - 1][1]):
        i, _ = ctx.tok_range(t.span.start, t.span.end)
        if t.type in ("DATE", "TIME") and _DATE_RE.match(t.value) and len(t.value.split("T")[0]) == 10 \
                and not any(ctx.norm[x] in _TIME_STOPS for x in range(max(k, i - 2), i + 1)):
            return t.value.split("T")[0], t.span
    return None, None


@lru_cache(maxsize=1)
def _same_day_words() -> lex.PhraseMatcher:
    return lex.matcher("event_same_day.tsv")


def _same_day(ctx: ArticleContext, c: Clause, before: list[EvMention]) -> tuple[str | None, Span | None]:
    """"واستهدف أعنف التفجيرات الثلاثاء ... كما انفجرت سيارة في اليوم نفسه": a happening told
    as on the same day as the one before it takes the date of the last dated mention told before."""
    hit = next(iter(_same_day_words().find(ctx.norm, c.ts, c.te)), None)
    if hit is None:
        return None, None
    last = next((m for m in reversed(before) if m.date), None)
    if last is None:
        return None, None
    return last.date, ctx.span(hit.start, hit.end)


def _same_day_phrase(ctx: ArticleContext, i: int, j: int) -> bool:
    """Is the time at tokens [i, j) inside a same-day phrase ("في ذات اليوم", "اليوم نفسه")?"""
    return any(h.start <= i and h.end >= j for h in _same_day_words().find(ctx.norm, max(0, i - 1), j + 1))


def _charge_between(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Does a word naming what someone is wanted for or charged with ("المطلوب", "بتهمة") stand in [lo, hi)?"""
    return any(ctx.has(k, _charge_words()) for k in range(lo, hi))


def _in_charge(ctx: ArticleContext, c: Clause, hit: lex.Hit) -> bool:
    """"أوقفت المواطن فلان، المطلوب بجرائم ... والمشاركة في أعمال إرهابية": a violent word
    after an arrest and the charge word that follows it names the charge, not a happening."""
    if family_of(hit.pattern.value[0]) != "violence":
        return False
    arrests = [h.end for h in ctx.triggers_in(c.ts, hit.start) if family_of(h.pattern.value[0]) == "arrest"]
    return bool(arrests) and _charge_between(ctx, min(arrests), hit.start)


def _quoted_deictic_date(ctx: ArticleContext, c: Clause, date: str | None, span: Span | None) -> bool:
    """Is the date at span a "today"/"this morning" counted from publication, said inside a
    source's quoted words? The source may have spoken the day before. (Not when the date
    was already counted from the saying's known day.)"""
    if not date or span is None or not _inside_quotation(ctx.text, ctx.sentences[c.sentence][0], span.start):
        return False
    return any(t.span.start == span.start and t.resolution == "relative_to_publication"
               and t.value.startswith(date) for t in ctx.times_in(span.start, span.end))


def _day_borrowed(t: TimeExpr, in_clause: list) -> bool:
    """Is t a clock time whose day was taken from a date told elsewhere (the time resolver
    anchors "الساعة السابعة" to the last date it saw, often another happening's)?"""
    if t.type != "TIME" or t.resolution != "relative_to_date" or not t.anchor:
        return False
    return not any(o is not t and o.type == "DATE" and o.value.startswith(t.anchor[:10]) for o in in_clause)


def _inside_quotation(text: str, start: int, pos: int) -> bool:
    """Is pos inside quotation marks opened after start (the quoted words of a source)?"""
    before = text[start:pos]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") \
        or before.count('"') % 2 == 1


def _counted_from_the_saying(ctx: ArticleContext, c: Clause, t: TimeExpr) -> str | None:
    """"ذكر المرصد أمس الخميس" ... "وقال المرصد: «خطف عناصر مساء أمس ...»": a source the
    lead says spoke the day before publication counts its "أمس" from that day, not from the
    paper's; the day it names is one more day back. So does its "الليلة الماضية" told after
    "إن" ("وقال المسؤولون: إن ... في انفجار الليلة الماضية"). And a body that says "هذا
    الصباح" under a lead dated yesterday was written yesterday (a wire story printed a day later).
    In the lead's paragraph this holds only past the lead's own sentence (an article told in one
    long paragraph); a named weekday ("صباح الأحد", «فجر الجمعة» in the source's words under a
    lead "أعلن مصدر الجمعة") is that day however the story was written or told."""
    if t.resolution != "relative_to_publication":
        return None
    lead = _lead_day(ctx)
    if lead is None:
        return None
    if c.block in ctx.lead_blocks and ctx.sentence_of(ctx.tok_range(lead[1].start, lead[1].end)[0]) >= c.sentence:
        return None  # the lead's own sentence (or one before it) speaks from the paper's day
    if t.value.split("T")[0] == ctx.doc.article.published[:10] == _day_after(lead[0]) and not _weekdays_named(t):
        return lead[0]  # (a named day, "صباح الأحد", is that day whenever the story was written)
    if not t.value.startswith(lead[0]) or not _lead_day_of_a_saying(ctx, lead[1]):
        return None
    if _weekdays_named(t):
        return None  # "أعلن مصدر الجمعة" ... «أطلقت صاروخين فجر الجمعة»: the day it names, told by name
    ti, _ = ctx.tok_range(t.span.start, t.span.end)
    ss, _ = ctx.tok_range(*ctx.sentences[c.sentence])
    if not any(h.end <= ti for h in ctx.lex.reports.find(ctx.norm, ss, ti)):
        return None  # not in the words of a source
    quoted = _inside_quotation(ctx.text, ctx.sentences[c.sentence][0], t.span.start)
    # a plain "أمس" in reported words is often the paper's own (its day is the lead's);
    # a part of the day ("الليلة الماضية", "مساء أمس") is the source's wording
    if not quoted and not ("T" in t.value and _in_said_words(ctx, ss, ti)):
        return None
    return _day_after(lead[0], days=-1)


def _day_after(day: str, days: int = 1) -> str:
    from datetime import date as _date
    from datetime import timedelta

    return (_date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()


def _lead_day_of_a_saying(ctx: ArticleContext, span: Span) -> bool:
    """Is the lead's day told just after a verb of saying or announcing ("أعلن مسؤولون أمس")?"""
    li, _ = ctx.tok_range(span.start, span.end)
    return _saying_in(ctx, max(0, li - 8), li)


def _saying_in(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Does a verb of saying (a report cue) or of announcing stand within tokens [lo, hi)?
    (A cue found in [lo, hi) ends there: the matcher never reads past its range.)"""
    return bool(ctx.lex.reports.find(ctx.norm, lo, hi)) or any(ctx.has(k, _announce_verbs()) for k in range(lo, hi))


def _in_said_words(ctx: ArticleContext, lo: int, i: int) -> bool:
    """Is token i in the words a speech verb in [lo, i) introduces ("وقال المسؤولون: إن ...")?"""
    # ("وأشارت إلى مقتل 18 مدنيا ... الليلة الماضية": what the source pointed to)
    return any(ctx.norm[k] in _COMPLEMENTIZERS or ctx.norm[k] == ":" or (k == h.end and ctx.norm[k] == "الي")
               for h in ctx.lex.reports.find(ctx.norm, lo, i) if h.end <= i for k in range(h.end, i))


def _dates_a_later_saying(ctx: ArticleContext, i: int, anchor: int) -> bool:
    """"خطفت ... بحسب ما ذكر المرصد السوري لحقوق الإنسان أمس الخميس": the time after a speech
    verb told after the trigger is when the source spoke."""
    return i > anchor and any(h.start > anchor and h.end <= i and i - h.end <= 6
                              for h in ctx.lex.reports.find(ctx.norm, anchor + 1, i))


_SPEAKER_REACH = 10  # words from a speech verb to the time of the saying: the speaker, "في بيان"


def _speaker_between(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Do tokens [lo, hi) hold only who spoke and how (no "إن", no happening named)?"""
    return not any(ctx.norm[k] in _COMPLEMENTIZERS or ":" in ctx.norm[k] for k in range(lo, hi)) \
        and not any(_role(h) == "event" for h in ctx.triggers_in(lo, hi))


def _dates_the_saying(ctx: ArticleContext, c: Clause, i: int, j: int, anchor: int) -> bool:
    """Is the time at tokens i..j between a speech verb and its "إن" clause holding the trigger?
    The speaker and the channel may stand between the verb and the time ("قالت وزارة الدفاع
    (البنتاجون) في بيان أمس: إن"), when no "إن" and no happening come between them."""
    if not any(h.end <= i and (i - h.end <= 3 or _speaker_between(ctx, h.end, i))
               for h in ctx.lex.reports.find(ctx.norm, max(c.ts, i - _SPEAKER_REACH), i)):
        return False
    # past a weekday in brackets and a comma: "اليوم (الثلاثاء)، إن"
    return any(ctx.norm[k] in _COMPLEMENTIZERS for k in range(j, min(anchor, j + 6)))


# ------------------------------------------------------------------ places


def clause_place(ctx: ArticleContext, c: Clause, anchor: int,
                 family: str | None = None) -> tuple[placelib.PlaceMention | None, Place | None]:
    """The most specific place named in the clause, or one its words refer back to."""
    trigger_ends = {h.end for h in ctx.triggers_in(c.ts, c.te)}
    others = _other_happenings(ctx, c, family)
    found = [p for p in ctx.places_in(c.ts, c.te) if (not p.origin or family == "arrest" and _taken_from(ctx, p, anchor))
             and p.tok_start not in trigger_ends  # "هجوم سروج" names another happening
             and not (others and _across_other(others, anchor, p.tok_start, p.tok_end))
             and not _after_allegiance(ctx, p.tok_start) and not _bordering(ctx, p.tok_start)]
    speaker = _speaker_words(ctx, c, anchor)
    if speaker is not None:  # "وقالت المسؤولة المحلية بقرية الطيوري إن ثمانية قتلوا": where she works
        found = [p for p in found if not speaker[0] < p.tok_start < speaker[1]]
    # a place inside a relative clause after the trigger describes something else
    # ("... تنظيم داعش الذين ينشطون في سوريا")
    found = [p for p in found if p.rank() > 0 and not (p.level == "country" and _in_relative_clause(ctx, c, p, anchor))
             and not _government_of(ctx, p) and not _government_country(ctx, c, p)]
    found = _located_places(ctx, c, found)
    found = [p for p in found if not _told_before_saying(ctx, c, p, anchor)] or found
    # "الهجوم": only "الهجوم في كابل" names where; but "العمل الإجرامي الذي استهدف مسجدا
    # في منطقة عسير" describes the happening right there
    if _is_anaphoric_at(ctx, anchor, c) and not _described_after(ctx, anchor, c):
        near = [p for p in found if 0 < p.tok_start - anchor <= 4]
        scene = None if near else _scene_verb_at(ctx, anchor, c)
        found = near if scene is None else [p for p in found if p.tok_start > scene]
    if found:
        best = max(found, key=lambda p: (p.rank(), -abs(p.tok_start - anchor)))
        best = _capital_town(ctx, c, best) or best
        if best.level == "country":
            best = _circumstance_place(ctx, c, best) or best
        return _coordinated_scene(ctx, c, best) or best, None
    return None, _place_reference(ctx, c)


def _taken_from(ctx: ArticleContext, p: placelib.PlaceMention, anchor: int) -> bool:
    """"اعتقلت القوات ستة فلسطينيين من محافظة الخليل": a town or quarter after "من" that
    follows an arrest is where the people were taken, not where they came from; a country
    there is their nationality or origin ("اعتقال شخصين من سوريا")."""
    if p.level == "country" or p.tok_start <= anchor:
        return False
    k = placelib.word_before(ctx.norm, p.tok_start)
    if p.prefix is not None and k > 0:
        k = placelib.word_before(ctx.norm, k)  # "من | حي | عين اللوزة"
    return k > anchor and ctx.norm[k] == "من"


def _told_before_saying(ctx: ArticleContext, c: Clause, p: placelib.PlaceMention, anchor: int) -> bool:
    """"وفيما قتل 27 من عناصرها في بيجي، كشف مصدر عن قصف طائرات ... في الموصل": a place after
    another happening or toll and before the speech verb that tells the trigger's own news is
    that other happening's place."""
    if p.tok_end > anchor:
        return False
    verbs = _saying_verbs()
    # the verb opens a new statement right after a comma ("...، كشف مصدر")
    if not any(ctx.norm[k] in _COMMAS and any(f in verbs for f in ctx.cands[k + 1]) for k in range(p.tok_end, anchor - 1)):
        return False
    return any(_role(h) == "event" for h in ctx.triggers_in(c.ts, p.tok_start)) \
        or bool(ctx.lex.casualty.find(ctx.norm, c.ts, p.tok_start))


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    """Verbs of saying and announcing (reporting_verbs.tsv, class say), normalized."""
    return frozenset(normalize(r[0]) for r in lex.load_tsv("reporting_verbs.tsv") if len(r) > 1 and r[1] == "say")


def _circumstance_place(ctx: ArticleContext, c: Clause, country: placelib.PlaceMention) -> placelib.PlaceMention | None:
    """"قتل في ضربة جوية في سوريا بينما كان يتنقل في سيارة قرب بلدة سرمدا": the circumstance
    clause tells where the victim was when it happened; a town it names in the clause's country
    is more specific than the country."""
    clause = _circumstance_clause(ctx, c)
    if clause is None:
        return None
    k, end = clause
    cc = country.candidates[0].country if country.candidates else None
    found = [p for p in ctx.places_in(k + 2, end) if not p.origin and p.rank() >= placelib.LEVEL_RANK["city"]
             and (p.candidates[0].country if p.candidates else cc) == cc
             and not _government_of(ctx, p) and not _bordering(ctx, p.tok_start)]
    return found[0] if found else None


_CAPITAL_OF = "عاصمه"  # normalized: "X عاصمة ولاية Y", the town that is Y's seat
_MAX_CAPITAL_NAME = 3  # words of a town's name before "عاصمة"


def _capital_town(ctx: ArticleContext, c: Clause, best: placelib.PlaceMention) -> placelib.PlaceMention | None:
    """"في بولي علم عاصمة ولاية لوجار": the words after "في" and before "عاصمة" name a town
    in the province, a place more specific than the province, though no gazetteer knows it
    (a known town there outranks the province already)."""
    if best.level not in ("admin1", "region"):
        return None
    k = placelib.word_before(ctx.norm, best.tok_start) if best.prefix else best.tok_start
    k -= 1
    if k <= c.ts or _CAPITAL_OF not in ctx.cands[k]:
        return None
    for start in range(k - 1, max(c.ts, k - 1 - _MAX_CAPITAL_NAME), -1):
        word = ctx.norm[start]
        if not word.isalpha() or any(p.rank() > 0 for p in ctx.places_in(start, k)):
            return None  # a number or comma, or a known place (ranked on its own)
        clitic = 1 if word.startswith("ب") and start - 1 >= c.ts and ctx.norm[start - 1] != "في" else 0
        if ctx.norm[start - 1] == "في" or clitic:
            first = ctx.tokens[start][0] + clitic
            end = ctx.tokens[k - 1][1]
            fields = {f: getattr(best, f) for f in placelib.PlaceMention.__dataclass_fields__}
            fields.update(start=first, end=end, tok_start=start, tok_end=k, surface=ctx.text[first:end],
                          prefix=None, candidates=[], origin=False, named=True, tagged=False, landmark=False)
            return _RankedPlace(**fields, min_rank=placelib.LEVEL_RANK["city"])
    return None


_GOVERNMENT_WORDS = frozenset({"حكومه", "الحكومه"})  # normalized
_GOVERNMENT_DESCRIPTION = frozenset({"بها", "دوليا", "في"})  # normalized: "المعترف بها دوليا في ليبيا"
_GOVERNMENT_REACH = 4  # words from "الحكومة" to the country its description ends with


def _government_country(ctx: ArticleContext, c: Clause, p: placelib.PlaceMention) -> bool:
    """Is the country at p the end of a government's description ("سلاح الطيران التابع للحكومة
    الرسمية بليبيا", "الحكومة المعترف بها دوليا في ليبيا")? It says whose government, not
    where the happening was."""
    if p.level != "country":
        return False
    for k in range(p.tok_start - 1, max(c.ts, p.tok_start - 1 - _GOVERNMENT_REACH) - 1, -1):
        if ctx.has(k, _GOVERNMENT_WORDS):
            return k < p.tok_start - 1 or ctx.norm[p.tok_start].startswith("ب")
        w = ctx.norm[k]
        if not (w.startswith("ال") or w in _GOVERNMENT_DESCRIPTION) or ctx.places_in(k, k + 1):
            return False
    return False


_HOLDER_REACH = 2  # words from two coordinated places to the town that holds them ("... بالعاصمة صنعاء")


def _coordinated_scene(ctx: ArticleContext, c: Clause, best: placelib.PlaceMention) -> placelib.PlaceMention | None:
    """Two places joined by "و" share the happening: "في حي الجهوري والحصبة بالعاصمة صنعاء"
    is in Sanaa, the town holding both quarters; "في قضاء المقدادية وناحية كنعان" names a
    known town first, and the first named is the place (a known town lies in no other)."""
    clause_places = [p for p in ctx.places_in(c.ts, c.te) if not p.origin]
    earlier = next((q for q in clause_places if q.tok_end <= best.tok_start and q.tok_start < best.tok_start
                    and _joins(ctx, q.tok_end, best.tok_start)), None)
    first, second_end = (earlier, best.tok_end) if earlier is not None else (best, None)
    pair = [first, best]
    if second_end is None:
        k = best.tok_end
        comma = k < c.te - 1 and ctx.norm[k] in _COMMAS  # "حي X، وشارع Y"
        k += comma
        if k >= c.te or not ctx.norm[k].startswith("و") or len(ctx.norm[k]) < 3:
            return None
        later = next((q for q in clause_places if q.tok_start > best.tok_start and _joins(ctx, best.tok_end, q.tok_start)), None)
        if later is None and (comma or not ctx.norm[k].startswith("وال")):
            # "حي المنارة وأصيب": a verb, not a second quarter; "حي المنارة، والذي": a new clause
            return None
        # a bare second name after "و" ("والحصبة") may be one no table knows
        second_end = later.tok_end if later is not None else k + 1
        pair = [best, later]
    end_char = ctx.tokens[second_end - 1][1]
    holder = next((h for h in clause_places if second_end <= h.tok_start <= second_end + _HOLDER_REACH
                   and h.candidates and h.candidates[0].kind == "city"
                   and placelib.holds_place(ctx.text, end_char, h)), None)
    if holder is not None and not any(p is not None and p.candidates and p.candidates[0].kind == "city" for p in pair):
        return holder
    if first is not best and first.candidates and first.candidates[0].kind in ("city", "district"):
        return first
    return None


def _joins(ctx: ArticleContext, end: int, start: int) -> bool:
    """Do the words between two places join them as a pair ("X وY", "X وناحية Y", "حي X،
    وشارع Y": a comma may come before the "و" of a list)?"""
    while end < start and ctx.norm[end] in _COMMAS:
        end += 1
    if start == end:
        return ctx.norm[start].startswith("و")
    words = placelib.place_words()
    return start == end + 1 and ctx.norm[end].startswith("و") \
        and any(words.get(f) in ("city", "district", "admin1", "facility") for f in ctx.cands[end])


_NEAR_PREPOSITIONS = frozenset({"من", "عن"})
_MAX_LOCATED_GAP = 10  # tokens between a place and the cue that locates it


def _speaker_words(ctx: ArticleContext, c: Clause, anchor: int) -> tuple[int, int] | None:
    """(speech verb, complementizer) around the words that name who said it, when the
    trigger is told in the "إن" clause after them: "وقال عميد بلدية مدينة سبها إن ..."."""
    comp = next((k for k in range(anchor - 1, c.ts, -1) if ctx.norm[k] in _COMPLEMENTIZERS), None)
    if comp is None:
        return None
    reports = [h for h in ctx.lex.reports.find(ctx.norm, c.ts, comp) if h.end <= comp]
    verb = reports[0].start if reports else None
    if verb is not None and reports[-1].end == comp and reports[-1].start > c.ts + 1 \
            and not any(ctx.norm[k] in _SETTING_WORDS for k in (c.ts, c.ts + 1)):
        # "لكن المتحدث باسم حاكم ولاية قندوز قال إن ...": the speaker named before the verb
        return c.ts - 1, reports[-1].start
    return (verb, comp) if verb is not None else None


def _located_places(ctx: ArticleContext, c: Clause, found: list[placelib.PlaceMention]) -> list[placelib.PlaceMention]:
    """Replace a reference point by the place it locates: in "ولاية لوغار جنوب كابل" or
    "سبها الواقعة على مسافة 700 كيلومتر جنوب طرابلس" the happening is in Logar / Sabha.
    The located place keeps at least the reference's rank: a village too small for the
    gazetteers is still more specific than the city it is measured from."""
    out: list[placelib.PlaceMention] = []
    for p in found:
        located = _located_by(ctx, c, p) or _belonging_to(ctx, c, p)
        if located is None:
            out.append(p)
        elif all(q.tok_start != located.tok_start for q in out):
            out.append(_with_rank_of(located, p))
    return out


def _located_by(ctx: ArticleContext, c: Clause, p: placelib.PlaceMention) -> placelib.PlaceMention | None:
    """The place named just before the cue that makes ``p`` a reference point, if any."""
    cues = frozenset(placelib.relative_cues())
    k = p.tok_start - 1
    if k > c.ts and ctx.has(k, _capital_words()):
        k -= 1  # "شمال شرقي العاصمة باماكو": the capital word belongs to the reference
    if k > c.ts and ctx.norm[k] in _NEAR_PREPOSITIONS:
        k -= 1  # "إلى الشمال من بغداد", "بالقرب من كابل"
    if k < c.ts or not ctx.has(k, cues):
        return None
    # the cue may follow a distance ("تبعد نحو 175 كيلومترا إلى الشمال من"): look past it
    before = [q for q in ctx.places_in(c.ts, k) if k - q.tok_end <= _MAX_LOCATED_GAP
              and q.tok_start != p.tok_start and q.level != "country"]
    return before[-1] if before else None


_BELONGING_REACH = 3  # words from "التابعة" to the place it names ("التابعة لأطراف ناحية قرة تبة")


@lru_cache(maxsize=1)
def _place_belonging_words() -> frozenset[str]:
    """التابعة، التابع ... (place_belonging_words.tsv): a place held by the one after it."""
    return lex.word_set("place_belonging_words.tsv")


def _belonging_to(ctx: ArticleContext, c: Clause, p: placelib.PlaceMention) -> placelib.PlaceMention | None:
    """The place named just before "التابعة ل" when p is what it belongs to: in "قرى الكصيبة
    التابعة لناحية قرة تبة" the villages are where it happened, the district holds them."""
    for k in range(p.tok_start - 1, max(c.ts, p.tok_start - 1 - _BELONGING_REACH), -1):
        if ctx.has(k, _place_belonging_words()):
            return next((q for q in ctx.places_in(c.ts, k) if q.tok_end == k and q.level != "country"), None)
    return None


@lru_cache(maxsize=1)
def _capital_words() -> frozenset[str]:
    """Place words that stand for the capital ("العاصمة"): they may open a reference point."""
    return frozenset(w for w, role in placelib.place_words().items() if role == "refers_capital")


def _bordering(ctx: ArticleContext, k: int) -> bool:
    """Is the place at token k the neighbour a place is said to border ("المتاخم لإيران",
    "الحدودية مع سوريا")? It is not where anything happened."""
    p = k - 1
    if p >= 0 and ctx.norm[p] == "مع":
        p -= 1
    elif ctx.norm[k].startswith("و") and p >= 0:
        # "على الحدود مع العراق وسورية": the second neighbour of a border named with two
        before = next((x for x in ctx.places_in(max(0, k - placelib.MAX_NAME_WORDS), k) if x.tok_end == k), None)
        return before is not None and before.tok_start < k and _bordering(ctx, before.tok_start)
    elif not ctx.norm[k].startswith("ل"):
        return False
    return p >= 0 and ctx.has(p, placelib.border_words())


def _with_rank_of(located: placelib.PlaceMention, reference: placelib.PlaceMention) -> placelib.PlaceMention:
    if located.rank() >= reference.rank() and not located.origin:
        return located
    # "من سبها الواقعة ... جنوب طرابلس": said from Sabha, but Sabha is where it is
    fields = {f: getattr(located, f) for f in placelib.PlaceMention.__dataclass_fields__}
    return _RankedPlace(**{**fields, "origin": False}, min_rank=reference.rank())


@dataclass
class _RankedPlace(placelib.PlaceMention):
    """A located place ranked at least as its reference point."""

    min_rank: float = 0.0

    def rank(self) -> float:
        return max(super().rank(), self.min_rank)


@lru_cache(maxsize=1)
def _scene_verbs() -> frozenset[str]:
    return lex.word_set("place_scene_verbs.tsv")


def _scene_verb_at(ctx: ArticleContext, anchor: int, c: Clause) -> int | None:
    """The verb of taking place whose subject is the referring noun at ``anchor``:
    "واستمرت الاشتباكات ... في حي X", "الصاروخ، سقط على حي X". What follows it says
    where the happening was, however far from the noun."""
    verbs = _scene_verbs()
    if anchor - 1 >= c.ts and ctx.has(anchor - 1, verbs):
        return anchor - 1
    k = anchor + 1
    while k < c.te and ctx.norm[k] in _COMMAS:
        k += 1
    return k if k < c.te and ctx.has(k, verbs) else None


def _described_after(ctx: ArticleContext, anchor: int, c: Clause) -> bool:
    """Is the trigger at ``anchor`` followed (past its adjectives) by a relative clause?"""
    k = anchor + 1
    while k < min(c.te, anchor + 4) and ctx.norm[k] not in _RELATIVES:
        k += 1
    return k < c.te and ctx.norm[k] in _RELATIVES


def _in_relative_clause(ctx: ArticleContext, c: Clause, p: placelib.PlaceMention, anchor: int) -> bool:
    """Is the place inside a relative clause the trigger is not in ("... الذين ينشطون في سوريا")?"""
    for r in range(max(c.ts, p.tok_start - 6), p.tok_start):
        if ctx.norm[r] in _RELATIVES and not (r < anchor < p.tok_start):
            if not any(ctx.norm[k] in _COMMAS for k in range(r, p.tok_start)):
                return True
    return False


def _place_reference(ctx: ArticleContext, c: Clause) -> Place | None:
    """"وسط المدينة" is the city named before; "العاصمة الأفغانية" is Kabul."""
    words = placelib.place_words()
    for i in range(c.ts, c.te):
        role = next((words[x] for x in ctx.cands[i] if x in words), None)
        if role == "refers_city":
            # not a city someone flew to or came from ("توقف الرحلات الى طرابلس"); it may be
            # named earlier in the clause ("عميد بلدية مدينة سبها إن ... في ضواحي المدينة")
            prev = [p for p in ctx.places_before(i) if p.level == "city" and not p.origin]
            if prev:
                p = prev[-1]
                return Place(name=p.surface, span=Span(p.start, p.end, p.surface), precision="city")
        elif role == "refers_capital":
            cc = _nisba_after(ctx, i) or _main_country(ctx)
            cap = placelib.capital_of(cc) if cc else None
            if cap is not None:
                return placelib.to_place(cap, ctx.span(i, i + 1))
    return None


def _nisba_after(ctx: ArticleContext, i: int) -> str | None:
    for _k, cc in ctx.nisbas_in(i + 1, i + 2):
        return cc
    return None


def _main_country(ctx: ArticleContext) -> str | None:
    return ctx.countries.most_common(1)[0][0] if ctx.countries else None


# ------------------------------------------------------------------ casualties


def casualty_figures(ctx: ArticleContext, c: Clause) -> list[Figure]:
    """Killed and wounded figures stated in the clause ("لم يصب أحد": zero)."""
    lx = ctx.lex
    zero = [Figure(kind, 0, False, c.sentence)
            for h in ctx.found(lx.no_casualty, c.ts, c.te)
            for kind in (("killed", "injured") if _col(h, 0) == "both" else (_col(h, 0),))]
    if zero:
        return zero
    cues = ctx.found(lx.casualty, c.ts, c.te)
    mixed = ctx.found(_mixed_tolls(), c.ts, c.te) if cues else []
    if mixed:  # "ارتفعت الحصيلة إلى 66 قتيلا وجريحا": the dead and the wounded counted together
        cues = [h for h in cues if not any(x.start <= h.start < x.end for x in mixed)]
    if any(_col(h, 3) == "death" for h in cues) and not any(_role(h) == "event" for h in ctx.triggers_in(c.ts, c.te)):
        # "40 شخصا لقوا حتفهم" alone may be drowned migrants: a death counts for a happening told beside it
        cues = [h for h in cues if _col(h, 3) != "death"]
    if not cues:
        return _gapped_victims(ctx, c)
    numbers = _numbers(ctx, c)
    figures: list[Figure] = []
    ends: list[int] = []  # token end of each figure's number
    starts: list[int] = []  # token start of each figure's number
    prev_kind: str | None = None
    prev_end = -99
    for (i, j), value, approx in numbers:
        if _is_unit_after(ctx, j, c.te) or _subset_after(ctx, j, c.te, i) or _replaced_by_later(ctx, i, j, c.te):
            continue
        if _model_number(ctx, i):
            continue  # "طائرة من طراز بي29": a model's number counts nobody
        if any(i < x.start < j + _MIXED_REACH or 0 <= i - x.end < _MIXED_REACH for x in mixed):
            continue  # "سقوط 12 قتيلا وجريحا", "25 شخصا بين قتيل وجريح", "مقتل وإصابة 30": neither toll alone
        kind = _kind_for_number(ctx, cues, i, j, c)
        if kind is None and prev_kind and i - prev_end <= 8 and _coordinated(ctx, i):
            kind = prev_kind  # "12 من رجال الأمن، وثلاثة من العاملين"
        if kind is None:
            continue
        if _counted_over_period(ctx, j, c.te):
            continue  # "مقتل 15 ألف شخص منذ عام 2009": a period's dead, not one happening's toll
        minimum = approx in ("at_least", "more_than") or _approx_cue(ctx, i, j, c) == "at_least"
        update = _is_update(ctx, i, c)
        earlier = [end for f, end in zip(figures, ends, strict=True) if f.kind == kind]
        separate = bool(earlier) and _counted_anew(ctx, cues, kind, earlier[-1], i)
        figures.append(Figure(kind, int(value), minimum, c.sentence, update, separate=separate))
        ends.append(j)
        starts.append(i)
        prev_kind, prev_end = kind, j
    number_at = {i: (j, int(v)) for (i, j), v, _a in numbers}
    figures = _with_listed_victims(ctx, c, cues, figures, starts, number_at)
    covered = {k for (i, j), _v, _a in numbers for k in range(i, j)}
    for h in cues:  # dual nouns: "قتيلان", "جريحين" (unless the numbers stage counted them)
        if _col(h, 1) == "self" and h.start not in covered:
            figures.append(Figure(h.pattern.value[0], int(h.pattern.value[2]), False, c.sentence))
    figures += _victims_without_figure(ctx, c, cues, figures, number_at)
    if not numbers and not any(f.kind == "killed" for f in figures) and _violence_told(ctx, c.ts, c.te):
        # "لقي أمين شرطة من قوة المركز مصرعه إثر إطلاق النار عليه": the pronoun of the death
        # tells one dead (where no number counts anyone, and a violent happening is told)
        figures += [Figure("killed", int(_col(h, 2)), False, c.sentence)
                    for h in cues if _col(h, 3) == "death" and _col(h, 2).isdecimal()
                    and ctx.norm[h.end - 1].endswith(h.pattern.words[-1])][:1]  # ("مصرعها" is not "مصرعه")
    figures = _sum_same_kind(figures)
    if ctx.lex.reports.find(ctx.norm, c.ts, c.te):
        for f in figures:
            f.reported = True
    return figures


def _violence_told(ctx: ArticleContext, ts: int, te: int) -> bool:
    """Does a word in tokens [ts, te) name a violent happening ("هجوم", "قصف"), not only a toll?"""
    return any(_role(t) == "event" and family_of(_col(t, 0)) == "violence" for t in ctx.triggers_in(ts, te))


_MIXED_REACH = 3  # tokens from a number to the words that count its dead and wounded together ("شخصا بين قتيل")


@lru_cache(maxsize=1)
def _mixed_tolls() -> lex.PhraseMatcher:
    return lex.matcher("event_mixed_tolls.tsv")


def _gapped_victims(ctx: ArticleContext, c: Clause) -> list[Figure]:
    """"وقتل طفلان في غارة على معرة النعمان، وامرأة وطفلها في قصف على قرية جوزف", "قتل خمسة
    في هجوم على الحاجز، و3 في قصف على البلدة": a clause of the same sentence that lists its own
    victims and its own happening shares the casualty word told before it (the verb is not
    repeated)."""
    ss, _ = ctx.tok_range(*ctx.sentences[c.sentence])
    if c.ts <= ss or not ctx.norm[c.ts].startswith("و"):
        return []
    before = [h for h in ctx.lex.casualty.find(ctx.norm, ss, c.ts) if _col(h, 1) == "before" and _col(h, 3) != "death"]
    if not before:
        return []
    events = [h.start for h in ctx.triggers_in(c.ts, c.te) if _role(h) == "event"]
    if not events:
        return []
    number_at = {i: (j, int(v)) for (i, j), v, _a in _numbers(ctx, c) if not _is_unit_after(ctx, j, c.te)}
    first = c.ts + 1 if ctx.norm[c.ts] == "و" else c.ts  # "و 3 مدنيين": the conjunction written apart
    listed = _victim_conjuncts(ctx, first, min(events), number_at)
    if not listed or any(ctx.triggers_in(t, t + 1) for t, _n, _nm, _num in listed):
        return []
    kind = max(before, key=lambda h: h.start).pattern.value[0]
    count = sum(n for _t, n, _nm, _num in listed)
    return [Figure(kind, count, any(nm for _t, _n, nm, _num in listed), c.sentence)] if count else []


_UNTIL = frozenset({"حتي"})
_PERIOD_REACH = 4  # words from a toll's number to the "since" / "until" that makes it a period's count


@lru_cache(maxsize=1)
def _period_starts() -> frozenset[str]:
    return lex.word_set("event_period_starts.tsv")


def _counted_over_period(ctx: ArticleContext, j: int, te: int) -> bool:
    """"قتل 15 ألف شخص منذ عام 2009", "أصيب 400 حتى الأول من أغسطس": a toll told since the
    start of a long period, or up to a date, counts a war's or a campaign's dead."""
    for k in range(j, min(te, j + _PERIOD_REACH)):
        if ctx.norm[k] in (".", "،", ",", "؛"):
            return False
        if ctx.has(k, _UNTIL) and k + 1 in ctx.time_tokens:
            return True
        if ctx.has(k, _SINCE):
            after = range(k + 1, min(te, k + 4))
            return any(ctx.has(t, _period_units()) or ctx.has(t, _period_starts())
                       or (ctx.norm[t].isdecimal() and len(ctx.norm[t]) == 4) for t in after)
    return False


def _model_number(ctx: ArticleContext, i: int) -> bool:
    """"بي29", "F16": digits glued to letters, or after "طراز", name a model."""
    start = ctx.tokens[i][0]
    # two letters at least: "و3" is "and 3", a conjunction glued to the number
    glued = start > 1 and ctx.text[start - 1].isalpha() and ctx.text[start - 2].isalpha()
    return glued or (i > 0 and ctx.norm[i - 1] in ("طراز", "موديل"))


def _counted_anew(ctx: ArticleContext, cues: list[lex.Hit], kind: str, prev_end: int, i: int) -> bool:
    """Is the number at i counted by a casualty word or a happening of its own, after the
    earlier figure of the same kind ending at prev_end? "40 ألف في اليوم الأول وبانتهاء
    الحرب كان قد قتل 74 ألف": two counts of the dead, not two groups to add up."""
    if any(h.pattern.value[0] == kind and prev_end <= h.start < i for h in cues):
        return True
    return bool(ctx.triggers_in(prev_end, i))


def _numbers(ctx: ArticleContext, c: Clause) -> list[tuple[tuple[int, int], float, str | None]]:
    """Counts in the clause: the numbers stage's quantities, else bare digits."""
    out = []
    covered: set[int] = set()
    lo, hi = bisect.bisect_left(ctx.quantity_starts, c.start), bisect.bisect_left(ctx.quantity_starts, c.end)
    for q in ctx.quantities[lo:hi]:
        if q.span.end > c.end or q.value is None:
            continue
        i, j = ctx.tok_range(q.span.start, q.span.end)
        if any(k in ctx.time_tokens for k in range(i, j)):
            continue
        if q.unit not in (None, "people", "person", "persons", "count"):
            continue
        if not float(q.value).is_integer() or q.value < 0 or q.value > 1_000_000 or q.approx == "vague":
            continue  # "عشرات" (dozens) is no figure
        out.append(((i, j), q.value, q.approx))
        covered.update(range(i, j))
    for k in range(c.ts, c.te):
        if k in covered or k in ctx.time_tokens:
            continue
        t = ctx.norm[k]
        if t.isdecimal() and len(t) <= 6 and not (len(t) == 4 and 1900 <= int(t) <= 2100):  # "مواليد 1986"
            out.append(((k, k + 1), int(t), None))
    out.sort(key=lambda x: x[0][0])
    return out


def _is_unit_after(ctx: ArticleContext, j: int, te: int) -> bool:
    for h in ctx.lex.units.find(ctx.norm, j, min(te, j + 2)):
        if h.start == j and not _definite_time_word(ctx, h.start):
            return True
    return False


def _definite_time_word(ctx: ArticleContext, k: int) -> bool:
    """"وأصيب 40 اليوم الأحد": a counted noun is indefinite ("40 يوما"), so a definite time
    word after a number ("اليوم", "العام الماضي") dates the toll and counts nothing."""
    return k in ctx.time_tokens and ctx.norm[k].startswith(("ال", "وال"))


def _subset_after(ctx: ArticleContext, j: int, te: int, i: int | None = None) -> bool:
    """"ثلاثة منهم", "32 من الجرحى", "29 شخصا من أصل مائة", "بينهم أربعة": a part of a
    toll counted elsewhere ("إصابة تسعة بينهم أربعة": the nine is the toll, the four a part)."""
    subset = ("منهم", "منها", "بينهم", "بينها")
    if (j < te and ctx.norm[j] in ("منهم", "منها")) or ctx.norm[j - 1] in subset:
        return True
    if i is not None and i > 0 and ctx.norm[i - 1] in (*subset, "معظمهم", "غالبيتهم"):
        return True
    k = j if ctx.norm[j - 1] != "من" else j - 1
    if k < te - 1 and ctx.norm[k] == "من":
        nxt = ctx.norm[k + 1]
        return nxt == "اصل" or any(c in ("جرحي", "قتلي", "مصابين", "ضحايا") for c in ctx.cands[k + 1])
    return False


def _replaced_by_later(ctx: ArticleContext, i: int, j: int, te: int) -> bool:
    """"ارتفعت الحصيلة من 31 إلى 32": the first figure is the superseded one."""
    return i > 0 and ctx.norm[i - 1] == "من" and j < te - 1 and ctx.norm[j] in ("الي", "الى")


def _is_update(ctx: ArticleContext, i: int, c: Clause) -> bool:
    window = ctx.norm[max(c.ts, i - 6):i]
    return any(w.startswith(("ارتفع", "وارتفع", "بلغت", "وبلغت")) for w in window) or (
        i > 0 and ctx.norm[i - 1] in ("الي", "الى") and any(w.startswith(("ارتفع", "وارتفع")) for w in window)
    )


def _coordinated(ctx: ArticleContext, i: int) -> bool:
    return ctx.norm[i].startswith("و") or (i > 0 and ctx.norm[i - 1] in ("و", "اضافه"))


def _approx_cue(ctx: ArticleContext, i: int, j: int, c: Clause) -> str | None:
    for h in ctx.lex.approx.find(ctx.norm, max(c.ts, i - 4), min(c.te, j + 3)):
        side = h.pattern.value[1] if len(h.pattern.value) > 1 else "before"
        if (side == "before" and h.end <= i and i - h.end <= 1) or (side == "after" and h.start >= j and h.start - j <= 2):
            return h.pattern.value[0]
    return None


def _kind_for_number(ctx: ArticleContext, cues: list[lex.Hit], i: int, j: int, c: Clause) -> str | None:
    """killed / injured: a cue word just after the number, else the nearest just before it."""
    best: tuple[int, str] | None = None
    for h in cues:
        kind, side = h.pattern.value[0], (h.pattern.value[1] if len(h.pattern.value) > 1 else "before")
        if side == "after" and i <= h.start and h.start - j <= 2:
            dist = max(0, h.start - j)
        elif side == "before" and h.end <= i and i - h.end <= 4 and not any(
                ctx.norm[k] in _COMPLEMENTIZERS for k in range(h.end, i)) and not (
                _col(h, 3) == "verb" and any(f.startswith("ال") for f in ctx.cands[h.start])):
            # (a killing verb with the article is a verbal noun: "حياة مليئة بالقتل والدمار
            # عاشها نحو مليون مواطن" counts no dead)
            # "قتلوا وإن ستة آخرين أصيبوا": the number after "إن" is counted by its own verb
            dist = i - h.end + 1
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, kind)
    if best is None:
        # "خمسة مدنيين و11 من المتمردين قتلوا", "42 حوثيا قتلوا": the victims counted before
        # a passive verb, with no other cue between them
        after = [h for h in cues if h.start >= j and h.start - j <= 10]
        first = min(after, key=lambda h: h.start, default=None)
        # a word with the article is a verbal noun, not a verb: "ويهدد بالقتل كل من" counts no dead
        # "أطلقت امرأتان النار وقتل ثمانية": a verb joined by "و" opens its own clause, so the
        # number before it is the subject of the verb before ("أطلقت"), not its victims
        # "نفذ ألف شخص اعتصاما احتجاجا على قتل ضابط": after a preposition or a governing noun
        # the word is a verbal noun, and the number counts the protesters, not the dead
        if first is not None and _col(first, 3) == "verb" and not ctx.norm[first.start].startswith("و") and not any(
                f.startswith("ال") for f in ctx.cands[first.start]) and not any(
                ctx.norm[t] in (".", ":", "؛") for t in range(j, first.start)) and not (
                ctx.norm[first.start - 1] in _NOUN_GOVERNORS or ctx.norm[first.start - 1] in _governing_nouns()):
            return first.pattern.value[0]
    return best[1] if best else None


def _victims_without_figure(ctx: ArticleContext, c: Clause, cues: list[lex.Hit], figures: list[Figure],
                            number_at: dict[int, tuple[int, int]]) -> list[Figure]:
    """"قتل جندي" is one dead; "قتل الوزير فلان" names a dead person: at least one; "مقتل
    معاون المباحث والمجند" lists two."""
    out: list[Figure] = []
    kinds_with_figures = {f.kind for f in figures}
    skippable = _after_cue_starts(cues)
    for h in cues:
        kind = h.pattern.value[0]
        side = h.pattern.value[1] if len(h.pattern.value) > 1 else "before"
        if side != "before" or kind in kinds_with_figures or _negated(ctx, h.start, c.ts):
            continue
        k = h.end
        while k < c.te and not ctx.is_word(k):
            k += 1
        # a number first is the figures' own (a number they did not take counts nobody)
        listed = _victim_conjuncts(ctx, k, c.te, number_at, skippable) \
            if k < c.te and k not in number_at else []
        noun = (sum(n for _s, n, _nm, _num in listed), any(nm for _s, _n, nm, _num in listed)) if listed else None
        if noun is None and k < c.te and ctx.norm[k] in _ONE_OTHER:
            noun = (1, False)  # "قتل جندي وأصيب آخر": one more victim
        ends_clause = k >= c.te or not ctx.is_word(k) or ctx.is_stop(k)
        if noun is None and ends_clause:
            # "أن جنديا عاملا في الحلف قتل": the victim named before a passive verb (but not
            # across another casualty word: "أن جنديا قتل وأصيب آخرون" names the dead one only)
            lo = max([c.ts, h.start - 5, *(o.end for o in cues if o.end <= h.start)])
            last = next((b for b in range(h.start - 1, lo - 1, -1)
                         if _victim_noun(ctx, b) is not None), None)
            noun = _list_ending_at(ctx, c, last, h.start, number_at) if last is not None else None
        if noun is not None:
            count, is_named = noun
            if len(listed) == 1 and _singled_out(ctx, c, k):
                is_named = True
            out.append(Figure(kind, count, is_named, c.sentence))
            kinds_with_figures.add(kind)
    return out


_ONE_OTHER = frozenset({"اخر", "اخرا", "اخري"})  # "وأصيب آخر", "وأصيبت أخرى": one other person
_VICTIM_DESCRIPTION_REACH = 8  # words describing one listed victim ("معاون مباحث قسم شرطة ثالث العريش برتبة نقيب")
_WITH = frozenset({"مع"})  # "نائب صومالي مع حارسيه": listed with him
_COMPANIONS = frozenset({"كان", "كانوا", "معه", "معها", "معهم", "رافقه", "رافقهم"})  # "ومن كان معه": his companions


def _after_cue_starts(cues: list[lex.Hit]) -> frozenset[int]:
    """Where a casualty word that follows its victims starts ("بجروح"): it may sit inside a list."""
    return frozenset(h.start for h in cues if _col(h, 1) == "after")


def _victim_conjuncts(ctx: ArticleContext, k: int, te: int, number_at: dict[int, tuple[int, int]],
                      skippable: frozenset[int] = frozenset()) -> list[tuple[int, int, bool, bool]]:
    """(token, count, named, is a number) for each victim of a list joined by "و" or "مع" that
    starts at token k: "ضابط وثلاثة جنود" (1 + 3), "نائب صومالي مع حارسيه" (1 + 2), "ضابطا شرطة
    مصريان بجروح ومواطن مدني" (2 + 1). The first victim may be any word ("معاون مباحث")
    when a listed victim noun follows it; a list of one is returned only for a victim noun."""
    out: list[tuple[int, int, bool, bool]] = []
    open_first = False
    while k < te:
        if k in number_at:
            j, value = number_at[k]
            out.append((k, value, False, True))
            k = j
        else:
            noun = _victim_noun(ctx, k) or (_kin_noun(ctx, k) if out else None)
            if noun is None and out:
                break
            if noun is None:
                if not ctx.is_word(k) or ctx.is_stop(k) or k in ctx.time_tokens or ctx.triggers_in(k, k + 1):
                    break
                open_first, noun = True, (1, False)
            count, named = noun
            # "ضابطا شرطة مصريان": a dual construct, told by its dual adjective
            if count == 1 and ctx.norm[k].endswith("ا") and any(
                    ctx.norm[m].endswith("يان") for m in range(k + 1, min(te, k + 3))):
                count = 2
            out.append((k, count, named, False))
            k += 1
        nxt = None
        for m in range(k, min(te, k + _VICTIM_DESCRIPTION_REACH)):
            if m in skippable:
                continue
            if not ctx.is_word(m) or m in ctx.time_tokens or ctx.triggers_in(m, m + 1):
                break
            if ctx.norm[m] == "ومن" and m + 1 < te and ctx.norm[m + 1] in _COMPANIONS:
                out.append((m, 0, True, False))  # "النائب ومن كان معه": more dead, not counted
                break
            if ctx.norm[m] in _WITH or (ctx.norm[m] == "و" and m + 1 < te and m not in number_at):
                nxt = m + 1  # "مع حارسيه"; "و 12 من مرافقيه": the conjunction apart from the digits
                break
            if ctx.norm[m].startswith("و") and (m in number_at or _victim_noun(ctx, m) is not None
                                                  or _kin_noun(ctx, m) is not None):
                nxt = m
                break
            if ctx.is_stop(m):
                break
        if nxt is None:
            break
        k = nxt
    if open_first and not any(not num for _s, _n, _nm, num in out[1:]):
        return []  # an unknown word with no victim noun listed after it counts nobody
    return out


def _kin_noun(ctx: ArticleContext, k: int) -> tuple[int, bool] | None:
    """(count, named) for a kin noun with a possessive pronoun listed after a victim ("رجل
    وزوجته": one more, "امرأة وطفليها": two more); event_victim_kin.tsv."""
    kin = _kin_words()
    for cand in ctx.cands[k]:
        for p in _OBJECT_PRONOUNS:  # "زوجته", "طفلها" (at most one of them ends a word, so order is moot)
            if not cand.endswith(p) or len(cand) <= len(p) + 1:
                continue
            base = cand[: -len(p)]
            if base.startswith("ال"):
                continue
            if base.endswith("ت") and base[:-1] + "ه" in kin:
                return 1, False  # "زوجته": the feminine noun before the pronoun
            if base in kin:
                return 1, False
            if base.endswith(("ي", "ا")) and base[:-1] in kin:
                return 2, False  # "طفليه", "وطفلاها": two children
    return None


@lru_cache(maxsize=1)
def _kin_words() -> frozenset[str]:
    return lex.word_set("event_victim_kin.tsv")


def _singled_out(ctx: ArticleContext, c: Clause, k: int) -> bool:
    """"مقتل قائد كتائب الحسين" with no happening told beside it: a toll line naming one office
    of a named body singles out a known person, who may be one of a larger toll (at least one)."""
    info = next((ctx.lex.victims.get(f) for f in ctx.cands[k] if f in ctx.lex.victims), None)
    if info is None or info[0] != "officials" or k + 1 >= c.te:
        return False
    if ctx.mention_at.get(k + 1) is None and not ctx.norm[k + 1].startswith("ال"):
        return False
    return not any(_role(h) == "event" for h in ctx.triggers_in(c.ts, c.te))


def _list_ending_at(ctx: ArticleContext, c: Clause, last: int, cue: int,
                    number_at: dict[int, tuple[int, int]]) -> tuple[int, bool]:
    """(count, named) of the victims listed before a passive verb whose last victim noun is at
    token last: "ضابطي شرطة ومجندا أصيبوا" (2 + 1); the noun alone when no list leads to it."""
    for b in range(max(c.ts, last - _VICTIM_DESCRIPTION_REACH), last):
        if ctx.norm[b].startswith("و") or _victim_noun(ctx, b) is None:
            continue
        listed = _victim_conjuncts(ctx, b, cue, number_at)
        if any(t == last for t, _n, _nm, _num in listed):
            return sum(n for _t, n, _nm, _num in listed), any(nm for _t, _n, nm, _num in listed)
    return _victim_noun(ctx, last) or (1, False)


def _with_listed_victims(ctx: ArticleContext, c: Clause, cues: list[lex.Hit], figures: list[Figure],
                         starts: list[int], number_at: dict[int, tuple[int, int]]) -> list[Figure]:
    """"استشهاد ضابط و3 جنود", "قتل جندي دولي وثمانية مقاتلين", "لقي قيادي حوثي بارز و12 من
    مرافقيه مصرعهم": victims named without a number in the list of a counted group add to its
    figure (4, 9, 13). The list may open before the number or continue after it."""
    skippable = _after_cue_starts(cues)
    counted: set[int] = set()  # tokens of bare victims already added
    counted_nouns = {j for j, _v in number_at.values()}  # "12 جنديا": the noun a number counts
    added: list[tuple[int, Figure]] = []
    for n, s in enumerate(starts):
        heads = [b for b in range(max(c.ts, s - _VICTIM_DESCRIPTION_REACH), s)
                 if b not in counted_nouns and _victim_noun(ctx, b) is not None and not ctx.norm[b].startswith("و")]
        listed: list[tuple[int, int, bool, bool]] = []
        for b in [*heads, s]:
            listed = _victim_conjuncts(ctx, b, c.te, number_at, skippable)
            if any(t == s for t, _n, _nm, _num in listed):
                break
        bare = [(t, v, nm) for t, v, nm, num in listed if not num and t not in counted]
        if bare:
            counted.update(t for t, _v, _nm in bare)
            added.append((n, Figure(figures[n].kind, sum(v for _t, v, _nm in bare), any(nm for _t, _v, nm in bare),
                                    c.sentence)))
    out = list(figures)
    for at, f in sorted(added, key=lambda x: -x[0]):
        out.insert(at + 1, f)
    return out


def _victim_noun(ctx: ArticleContext, k: int) -> tuple[int, bool] | None:
    """(count, only a lower bound) for a victim named right after a casualty word."""
    hit = ctx.mention_at.get(k)
    if hit is not None and getattr(hit[1], "type", None) == "PER":
        return 1, True
    victims = ctx.lex.victims
    for cand in ctx.cands[k]:
        for suffix in ("", "ا", "ه", "ها", "ان", "ين", "ي", "يه", "يها", "يهم"):  # "وطفلها": one, her child
            base = cand[: len(cand) - len(suffix)] if suffix else cand
            if suffix and not cand.endswith(suffix):
                continue
            info = victims.get(base)
            if info is None:
                continue
            _category, dual = info
            # "ضابطي شرطة": a dual in a genitive; "حارسيه": with its owner's pronoun ("his two guards")
            if suffix in ("ان", "ين", "ي", "يه", "يها", "يهم"):
                return (2, False) if dual else None
            # a singular title word followed by a name ("الوزير خليل ...") is a named dead person
            nxt = ctx.mention_at.get(k + 1)
            if nxt is not None and getattr(nxt[1], "type", None) == "PER":
                return 1, True
            return 1, False
    return None


def _sum_same_kind(figures: list[Figure]) -> list[Figure]:
    """Figures of one kind in one clause add up (12 soldiers and 3 workers killed: 15)."""
    out: list[Figure] = []
    for kind in ("killed", "injured"):
        fs = [f for f in figures if f.kind == kind]
        if not fs:
            continue
        updates = [f for f in fs if f.update]
        if updates:
            out.append(updates[-1])
            continue
        # only the groups joined to the first count add up; a count of its own is another toll
        fs = fs[:next((n for n, f in enumerate(fs) if n and f.separate), len(fs))]
        total = sum(f.value for f in fs)
        out.append(Figure(kind, total, any(f.minimum for f in fs), fs[0].sentence))
    return out


# ------------------------------------------------------------------ actors


def _entity_actor(ctx: ArticleContext, ts: int, te: int, mention: object) -> Actor:
    while te - 1 > ts and not ctx.is_word(te - 1) and ctx.norm[te - 1] not in ('"', "'"):
        te -= 1  # "الجيش اللبناني،": a mention that took the comma after it
    span = ctx.span(ts, te)
    etype = getattr(mention, "type", "MISC")
    ent = ctx.entities.get(getattr(mention, "entity_id", None) or "")
    name = ent.name if ent is not None else None
    if name is None and _lookup_actor is not None:
        found = _lookup_actor(span.text)
        name = found.name if found is not None else None
    rank = {"PER": RANK_PERSON, "ORG": RANK_ORG, "LOC": RANK_PLACE}.get(etype, RANK_ORG)
    return Actor(name or span.text, span, ent.id if ent is not None else None, rank)


def noun_phrase(ctx: ArticleContext, i: int, limit: int, prefer_entity: bool = True,
                allow_happening: bool = False) -> Actor | None:
    """The actor or target named from token i: an entity mention if one starts there
    (after title words like "زعيم", "مقاتلي"), else a short noun phrase."""
    lx = ctx.lex
    while i < limit and (not ctx.is_word(i) or i in ctx.time_tokens or ctx.norm[i] in _TIME_WORDS):
        if ctx.norm[i] in _COMMAS or ctx.norm[i] in (".", ":"):
            return None
        i += 1
    if i >= limit or ctx.is_stop(i) or (ctx.norm[i][:1] in ("و", "ف") and ctx.norm[i][1:] in lx.np_stops):
        return None
    if _is_weapon(ctx, i):
        return None  # "قصف بالبراميل": the instrument tells the type, it is no actor
    if not allow_happening and i + 1 < limit and (ctx.has(i, lx.quantifiers) or ctx.norm[i] in _SEVERAL) \
            and i + 1 in _trigger_starts(ctx):
        return None  # "استهدف أكثر التفجيرات دموية", "عدة غارات": a number of attacks takes no part in them
    person = _titled_person(ctx, i)
    if person is not None:
        return person
    if prefer_entity:
        k = i
        while k < limit and k - i <= 3:
            hit = ctx.mention_at.get(k)
            if hit is not None:
                j, mention = hit
                # "زعيم طالبان الملا أختر منصور": the person after the group is the one meant
                # ("ميليشيات الحوثي وقوات صالح": a head with "و" opens a second party, not a title)
                nxt = ctx.mention_at.get(j) or (ctx.mention_at.get(j + 1) if j + 1 < limit and ctx.has(j, lx.actor_heads)
                                                and (ctx.norm[j] in lx.actor_heads or ctx.norm[j][:1] != "و") else None)
                if getattr(mention, "type", None) == "ORG" and nxt is not None and getattr(nxt[1], "type", None) == "PER":
                    return _entity_actor(ctx, j if j in ctx.mention_at else j + 1, nxt[0], nxt[1])
                if getattr(mention, "type", None) == "LOC" and k > i:
                    break  # "مدينة سروج": keep the description as the target
                if getattr(mention, "type", None) != "LOC":
                    actor = _entity_actor(ctx, k, min(j, limit), mention)
                    if k > i and actor.span is not None:  # "مقاتلي البيشمركة", "تنظيم «القاعدة»": as written
                        actor.span = ctx.span(i, min(j, limit))
                    return actor
                break
            if not ctx.has(k, lx.actor_heads) and ctx.norm[k] not in ("«", '"'):
                break
            k += 1
    j = _chunk_end(ctx, i, limit)
    span = ctx.span(i, j)
    if not ctx.has(i, _place_word_set()):
        # "مقاتلي حزب العمال الكردستاني", "تنظيم «داعش»": the actor after its head words
        for start in range(i, min(j, i + 3)):
            found = _lookup_span(ctx, start, j)
            if found is not None:
                if start > i and found.span is not None:  # "مقاتلي حركة الشباب": as written
                    found.span = ctx.span(i, j)
                return found
            if not ctx.has(start, lx.actor_heads):
                break
    desc = _description(ctx, i, j)
    if desc is not None:
        return desc
    if not allow_happening and any(h.start == i for h in ctx.lex.triggers.find(ctx.norm, i, max(j, i + 1))):
        return None  # "استهدف التفجير من تبقى": the happening itself, not its target
    return Actor(span.text, span, None, RANK_DESCRIPTION, known=False)


_SEVERAL = frozenset({"عده"})  # normalized "عدة غارات": "several", not in the quantifiers before a group


@lru_cache(maxsize=1)
def _instruments() -> frozenset[str]:
    return lex.word_set("event_instruments.tsv")


def _is_weapon(ctx: ArticleContext, i: int) -> bool:
    """"بالبراميل", "بعبوة ناسفة", "وبسيارة مفخخة": a weapon after the preposition ب."""
    return ctx.norm[i].startswith(("ب", "وب")) and any(
        c in _instruments() for c in ctx.cands[i] if c != ctx.norm[i])


def _sentence_end(ctx: ArticleContext, i: int) -> int:
    """Token index one past the end of the sentence that holds token i."""
    si = ctx.sentence_of(i)
    return ctx.tok_range(*ctx.sentences[si])[1]


def _titled_person(ctx: ArticleContext, i: int) -> Actor | None:
    """A person named after a role or an honorific, as one phrase from the role to the end
    of the name: "وكيل وزارة النفط العراقية عبد الجبار الوكاع", "رئيس الوزراء العراقي نوري
    المالكي". An honorific belongs with the name and a description before it does not
    ("رجل الدين الشيعي حجة الإسلام هشام سيموري" -> "حجة الإسلام هشام سيموري"); after an
    honorific the name is read even when the entity tagger missed it ("العميد فرنسوا الحاج")."""
    limit = min(_sentence_end(ctx, i), i + 10)
    titles = {h.start: h for h in _drop_nested(ctx.lex.person_titles.find(ctx.norm, i, limit))}
    if i not in titles and _victim_base(ctx, i) is None:
        return None  # the phrase must open with a title or a person noun ("رجل الدين ...")
    start, k = i, i
    while k < limit:
        hit = ctx.mention_at.get(k)
        if hit is not None:
            j, mention = hit
            etype = getattr(mention, "type", None)
            if etype == "PER":
                span = ctx.span(start, min(j, limit))
                ent = ctx.entities.get(getattr(mention, "entity_id", None) or "")
                return Actor(ent.name if ent is not None else span.text, span, ent.id if ent is not None else None,
                             RANK_PERSON)
            if k == i:
                return None
            k = j  # "وكيل وزارة النفط العراقية ...": the office's institution
            continue
        t = titles.get(k)
        prev_title = next((h for h in titles.values() if h.end == k), None)
        if t is not None and k > i and _col(t, 0) == "role" and (
                prev_title is None or ctx.norm[k - 1].startswith("ال")):
            # "الرئيس التونسي وزير الداخلية ...", "الرئيس وزير الدفاع": a second office opens another
            # person ("نائب رئيس الوزراء" is one office)
            break
        if t is not None:
            if _col(t, 0) == "honorific":
                start = k
                inner = next(((s, ctx.mention_at[s]) for s in range(k + 1, t.end) if s in ctx.mention_at
                              and getattr(ctx.mention_at[s][1], "type", None) == "PER"
                              and ctx.mention_at[s][0] > t.end), None)
                if inner is not None:  # the tagger took part of the title with the name ("الله علي السيستاني")
                    (_s, (j, mention)) = inner
                    span = ctx.span(start, min(j, limit))
                    ent = ctx.entities.get(getattr(mention, "entity_id", None) or "")
                    return Actor(ent.name if ent is not None else span.text, span,
                                 ent.id if ent is not None else None, RANK_PERSON)
                if t.end not in ctx.mention_at:
                    end = _name_after(ctx, t.end, limit)
                    if end > t.end:
                        span = ctx.span(start, end)
                        return Actor(span.text, span, None, RANK_PERSON)
            k = t.end
            continue
        t = ctx.norm[k]
        construct = k == i + 1 and i in titles and _col(titles[i], 0) == "role" and not ctx.norm[i].startswith("ال")
        if k > i and ctx.is_word(k) and k not in ctx.time_tokens and not ctx.is_stop(k) \
                and (t.startswith("ال") or construct) and not ctx.lex.triggers.find(ctx.norm, k, k + 1):
            k += 1  # "رئيس الوزراء العراقي", "رجل الدين الشيعي"
            continue
        if k > i and _given_name_at(ctx, k):  # "وكيل وزارة النفط العراقية عبد الجبار الوكاع"
            end = _name_after(ctx, k, limit)
            span = ctx.span(start, end)
            return Actor(span.text, span, None, RANK_PERSON)
        break
    return None


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """First words of common given names (the entity stage's list)."""
    return frozenset(normalize(r[0]).split()[0] for r in lex.load_tsv("given_names.tsv") if r and r[0])


_NISBA_ENDINGS = ("يا", "يه", "يين", "يون", "يات")


def _imperfective_verb(ctx: ArticleContext, k: int) -> bool:
    """A present-tense verb («يبلغ»، «يعمل»، «يقيم»): ي and three to five letters, no article,
    and neither a tagged name, a given name («يحيى»، «يوسف») nor a known place («يبرود»)."""
    word = ctx.norm[k]
    if not (4 <= len(word) <= 6 and word[0] == "ي") or k in ctx.mention_at or word in _given_names():
        return False
    if word.endswith(_NISBA_ENDINGS):
        return False  # «قتل 350 يمنيا»: a nisba noun
    return not placelib.lookup(word)


def _given_name_at(ctx: ArticleContext, k: int) -> bool:
    return ctx.norm[k] in _given_names()


def _name_after(ctx: ArticleContext, k: int, limit: int) -> int:
    """End of a personal name starting at token k (at most four words, up to a comma, a
    function word, a title or a word with a preposition attached)."""
    start = k
    while k < limit and k - start < 4:
        t = ctx.norm[k]
        if k == start and _given_name_at(ctx, k):
            k += 1  # "علي" is a name here, not the preposition "على"
            continue
        if not ctx.is_word(k) or k in ctx.time_tokens or ctx.is_stop(k) or t in _TIME_WORDS:
            break
        if ctx.lex.triggers.find(ctx.norm, k, k + 1) or ctx.lex.person_titles.find(ctx.norm, k, k + 1):
            break
        if k > start and (t[:1] in ("و", "ل", "ب", "ف", "ك") and t not in ("بن", "بنت") and len(t) > 3):
            break  # "... السيستاني لمحاولة", "... وزوجته"
        k += 1
    return k


def _lookup_span(ctx: ArticleContext, i: int, j: int) -> Actor | None:
    """A canonical actor for the words [i, j) from the actor lexicon, if it knows them."""
    if _lookup_actor is None or i >= j:
        return None
    span = ctx.span(i, j)
    found = _lookup_actor(span.text)
    if found is None or found.type == "LOC" and found.kind not in ("country", None):
        return None
    rank = RANK_PERSON if found.type == "PER" else RANK_PLACE if found.type == "LOC" else RANK_ORG
    return Actor(found.name, span, None, rank)


@lru_cache(maxsize=1)
def _place_word_set() -> frozenset[str]:
    return frozenset(placelib.place_words())


def _chunk_end(ctx: ArticleContext, i: int, limit: int) -> int:
    lx = ctx.lex
    j = i + 1
    cap = 5
    while j < limit and j - i < cap:
        t = ctx.norm[j]
        if ctx.norm[j - 1] in lx.np_links and ctx.is_word(j) and (t[:1] in ("ل", "ب") or t == "من"):
            # "التابعة لوزارة الداخلية", "المحيطة بقطاع غزة": the phrase goes on after the link
            j += 2 if t == "من" else 1
            cap = j - i + 3
            continue
        if _partitive_head(ctx, i, j, limit):
            # "اختطف مجهولون عنصراً من قوات النظام": one of a group, the group tells who he is
            j += 2
            cap = j - i + 2
            continue
        if t in _suspicion_verbs():
            # "مواقع يشتبه في أنها تابعة للمسلحين": the suspicion belongs to the description
            return _suspected_end(ctx, j, limit)
        if t in _RESUMPTIVE and _after_definite(ctx, j):
            # "الحكومة المعترف بها دوليا": the pronoun and its adverb close the adjective
            j += 1
            if j < limit and ctx.is_word(j) and ctx.norm[j].endswith("يا") and not ctx.is_stop(j):
                j += 1
            break
        named = _place_name_end(ctx, i, j, limit)
        if named:
            return named  # "أحد أحياء مدينة حلب": the phrase runs to the end of the place it names
        if t in ('"', "'") and ctx.has(j - 1, lx.actor_heads):
            # "تنظيم «داعش»": take the quoted name with its marks
            close = next((k for k in range(j + 1, min(limit, j + 5)) if ctx.norm[k] in ('"', "'")), None)
            if close is not None:
                return close + 1
        if not ctx.is_word(j) or ctx.is_stop(j) or j in ctx.time_tokens or t[:1] == "و" \
                or j in _trigger_starts(ctx):  # "ألقت السلطات الكويتية القبض": the phrase ends at the event word
            break
        if t in _OTHER_WORDS and not ctx.norm[j - 1].startswith("ال"):
            j += 1  # "سفينة أخرى", "هجوم مماثل": "another" closes the phrase it qualifies
            break
        if _non_actor_class(ctx, j) == "quantifier":
            break  # "هاجم مسلحون إحدى المدرعات": "one of", "many" open the next phrase (not a nisba "ـي")
        if t.startswith("ال") and ctx.norm[j - 1].startswith("ال") and ctx.has(j, _crowd_counts()):
            break  # "اعتقلت القوات الأمنية العشرات": a definite count is the object, no adjective
        if t in _locating_words() or t in _belonging_words():
            break  # "أحياء دار سعد الواقع بين ...", "قرية شمالي البلاد": where it lies is no part of it
        if t.startswith("ب") and (j in ctx.mention_at or j + 1 in ctx.mention_at) and (t[1:] in _place_word_set() or any(
                f != t and f in _place_word_set() for f in ctx.cands[j])):
            # "مركز شرطة بحي سلطان بيلي", "منزل بقرية المغيرة": the preposition opens the named
            # place it lies in (no nisba "ـي"); "منزل بقرية تقع جنوبي ..." names none, it stays
            break
        if _in_quantity(ctx, j) and not t.startswith("ال") and j not in ctx.nisba_at:
            break  # "اعتقلت الشرطة ثمانية أشخاص": a count opens the object (not a nisba "ـية")
        if lx.approx.find(ctx.norm, j, j + 1):
            break  # "سيارات محملة بحوالي 30 مهاجرا": "about" opens a figure (not a nisba "ـي")
        prev = ctx.norm[j - 1]
        if prev.startswith("ال") and t.startswith("ل") and not t.startswith("لل") and j > i + 1:
            break  # "استهداف الطيران الحربي لقرى": a definite phrase takes no indefinite adjective; the lam opens the object
        definite = t.startswith(("ال", "لل"))
        # an adjective agrees in definiteness: after a definite word an indefinite "ـي" word is
        # a name or the object ("اعتقلت الشرطة يحيى ...", "اختطف المسلحون يمنيا")
        nisba = t.endswith(("ي", "يه", "يا", "يين", "يون", "يتين")) and not (prev.startswith("ال") and not definite)
        # a noun in construct loses its ending: "متظاهرون"/"مسلحين" head no genitive ("متظاهرون قوات الأمن")
        construct = j == i + 1 and not prev.startswith("ال") and not (len(prev) > 3 and prev.endswith("ا")) \
            and not (len(prev) > 4 and prev.endswith(("ون", "ين"))) \
            and not t.endswith("وا")  # "حافلة كانوا يستقلونها": a plural verb starts a clause, it is no genitive
        construct = construct or _chain_goes_on(ctx, i, j)
        # "العميد فرنسوا الحاج": a name after a person's title; "الطيران مواقع": a force's object
        titled_name = ctx.has(j - 1, lx.actor_heads) and j - i <= 3 and (
            any(x in _TITLES for x in ctx.cands[j - 1])
            or (ctx.norm[j - 1].startswith("ال") and bool(lx.person_titles.find(ctx.norm, j - 1, j))))
        possessor = j == i + 1 and t.startswith("ل") and not t.startswith("لل") and len(t) > 3  # "موكبا لسفارة"
        if not (definite or nisba or construct or titled_name or possessor or _agreeing_participle(prev, t)):
            break
        j += 1
        if t.startswith("لل"):
            # "قاعدة للقوات الأجنبية": the possessor's own adjective (definite nisba) ends the phrase
            if j < limit and ctx.is_word(j) and ctx.norm[j].startswith("ال") and j not in _trigger_starts(ctx) \
                    and ctx.norm[j].endswith(("يه", "يين", "ي")) and j not in ctx.time_tokens:
                j += 1
            break
    return j


def _place_name_end(ctx: ArticleContext, i: int, j: int, limit: int) -> int:
    """A place word inside a chain ("أحد أحياء مدينة", "سوق بلدة") followed by a place's
    name (token j): where that name ends, or 0. Only deep in the chain: right after the
    head the construct rule already takes it ("مدينة سروج")."""
    hit = ctx.mention_at.get(j)
    if j < i + 2 or hit is None or getattr(hit[1], "type", None) != "LOC" or hit[0] > limit:
        return 0
    if not ctx.has(j - 1, _place_word_set()) or ctx.norm[j - 1].startswith(("ب", "ل", "و", "ف")):
        return 0  # "منزل بقرية X": the preposition opened where it is, the name belongs to the place
    return hit[0]


def _bare_construct_noun(w: str) -> bool:
    """Can the word be an indefinite noun in construct ("منزل", "حمام", "أحياء")? Not definite,
    not a nisba adjective, and without the endings a construct noun loses (ـون/ـين, tanwin ـا)."""
    return not w.startswith(("ال", "وال", "بال", "لل", "فال")) and not w.endswith(("ي", "يه", "يا", "يين", "يون", "ا")) \
        and not w.endswith("ت") and not (len(w) > 4 and w.endswith(("ون", "ين")))  # "والشرطة استمرت": a verb


def _chain_goes_on(ctx: ArticleContext, i: int, j: int) -> bool:
    """The third word of an indefinite construct chain: "منزل أمين شرطة", "أحياء دار سعد"
    (a genitive), or the accusative participle that agrees with the chain's head, "حمام سباحة
    مزدحما". Only when the first two words are both bare nouns: after an adjective
    ("طائرات حربية سفينة") a new indefinite noun is another phrase."""
    if j != i + 2 or not (_bare_construct_noun(ctx.norm[i]) and _bare_construct_noun(ctx.norm[i + 1])) \
            or ctx.norm[i + 1][:1] in ("ب", "ل", "ك", "ف") \
            or (ctx.norm[i + 1].startswith("م") and len(ctx.norm[i + 1]) >= 5):
        # "بمسجد بمنطقة عسير": a preposition already opened the next phrase; "عصابة مسلحة
        # قافلة": after a participle (an adjective) a new noun is the object
        return False
    if any(ctx.mention_at.get(s, (0, None))[0] == j for s in (i, i + 1)):
        return False  # "جنوب إسرائيل ردّ": a name closes the chain (it takes no genitive)
    t = ctx.norm[j]
    if t[:1] in ("ب", "ل", "ك", "ف") or ctx.has(j, ctx.lex.quantifiers) or t.isdecimal() or t in _DURING:
        return False  # "منزل أمين بحي الكرامة": a preposition opens the next phrase
    if t.endswith("ا"):
        return t.startswith("م") and len(t) > 4 and not t.endswith("وا")  # "مزدحما", not a new object
    return _bare_construct_noun(t) or t.endswith("يه")


@lru_cache(maxsize=1)
def _locating_words() -> frozenset[str]:
    """Single words that locate a phrase ("الواقعة", "قرب", "شمالي"); a definite direction
    ("الجنوب") may still be a genitive ("مدن الجنوب")."""
    return frozenset(w for w, role in placelib.relative_cues().items()
                     if " " not in w and (role != "direction" or not w.startswith("ال")))


def _agreeing_participle(noun: str, word: str) -> bool:
    """"مقاتلين متطرفين", "مسلحون مجهولون": an indefinite participle with the noun's own
    plural ending is its adjective (a new phrase would not agree in both)."""
    noun = noun[1:] if noun.startswith("و") else noun  # "ومقاتلين متطرفين": the second party
    return not noun.startswith("ال") and word.startswith("م") and len(word) > 5 \
        and any(noun.endswith(p) and word.endswith(p) for p in ("ين", "ون"))


_RESUMPTIVE = frozenset({"بها", "به", "بهم", "بهما"})  # "المعترف بها": the pronoun of a relative adjective


def _after_definite(ctx: ArticleContext, j: int) -> bool:
    """Is the word before token j a definite adjective ("المعترف" of "المعترف بها")?"""
    return j > 0 and ctx.norm[j - 1].startswith("ال") and len(ctx.norm[j - 1]) > 4


def _plain_victims(ctx: ArticleContext, v: Actor) -> bool:
    """Do the victim's words only count people ("15 شخصا", "أشخاص") without saying who they were?"""
    if v.span is None or v.rank >= RANK_PERSON:
        return False
    i, j = ctx.tok_range(v.span.start, v.span.end)
    words = [t for t in range(i, j) if ctx.is_word(t) and not ctx.norm[t].isdecimal()
             and not (t in ctx.quantity_at and ctx.norm[t] not in _plain_victim_words())]  # "أربعة أشخاص"
    if len(words) != 1 or ctx.norm[words[0]] not in _plain_victim_words():
        return False
    # a crowd counted ("15 شخصا", "ستة أشخاص"), not "قتل شخص" near a site: one dead is the one hit
    t = words[0]
    return t > 0 and (ctx.norm[t - 1].isdecimal() or t - 1 in ctx.quantity_at or t in ctx.quantity_at)


@lru_cache(maxsize=1)
def _plain_victim_words() -> frozenset[str]:
    return lex.word_set("event_plain_victims.tsv")


@lru_cache(maxsize=1)
def _directions() -> frozenset[str]:
    """Compass words ("جنوبي البلدة"): a place follows, the description has ended."""
    return frozenset(w for w, role in placelib.relative_cues().items() if role == "direction")


@lru_cache(maxsize=1)
def _suspicion_verbs() -> frozenset[str]:
    return lex.word_set("event_suspicion_verbs.tsv")


def _suspected_end(ctx: ArticleContext, j: int, limit: int) -> int:
    """End of a suspicion clause starting at the verb at token j: "يشتبه في أنها تابعة
    للمسلحين", "يشتبه في ضلوعهم في التفجيرات" (one more phrase after في)."""
    k = j + 1
    if k < limit and ctx.norm[k] in ("في", "ب"):
        k += 1
    if k < limit and (ctx.norm[k] in ("ان", "انها", "انهم", "انه", "انهما") or ctx.norm[k].startswith("بان")):
        k += 1
    if k >= limit or not ctx.is_word(k) or ctx.is_stop(k):
        return j
    e = _chunk_end(ctx, k, limit)
    if e < limit - 1 and ctx.norm[e] == "في" and ctx.norm[e + 1].startswith("ال"):
        e = _chunk_end(ctx, e + 1, limit)  # "ضلوعهم في التفجيرات"
    return e


def _partitive_head(ctx: ArticleContext, i: int, j: int, limit: int) -> bool:
    """Is token j the "من" of "عنصراً من قوات النظام", "جندياً من الجيش": a lone indefinite
    accusative noun for a person (a victim noun) followed by the group he belongs to?"""
    if j != i + 1 or ctx.norm[j] != "من" or j + 1 >= limit or not ctx.is_word(j + 1):
        return False
    head = ctx.norm[i]
    return len(head) > 3 and head.endswith("ا") and not head.startswith(("ال", "و")) \
        and _victim_base(ctx, i) is not None and not ctx.is_stop(j + 1) and j + 1 not in ctx.time_tokens \
        and not (i > 0 and (ctx.norm[i - 1].isdecimal() or i - 1 in ctx.quantity_at))  # "60 شخصاً من": counted


def _trigger_starts(ctx: ArticleContext) -> frozenset[int]:
    """Tokens where an event word starts (computed once per article)."""
    starts = getattr(ctx, "_trigger_start_set", None)
    if starts is None:
        starts = frozenset(h.start for h in ctx.lex.triggers.find(ctx.norm))
        ctx._trigger_start_set = starts  # type: ignore[attr-defined]
    return starts


def _description(ctx: ArticleContext, i: int, j: int) -> Actor | None:
    """A known description ("مسلحون مجهولون", "مدنيين") starting at token i."""
    for h in _drop_nested(ctx.lex.descriptions.find(ctx.norm, i, max(j, i + 3))):
        if h.start != i:
            continue
        d = lex.description_of(h)
        span = ctx.span(h.start, max(h.end, j) if not d.anonymous else h.end)
        if d.anonymous:
            return Actor(None, span, None, RANK_ANONYMOUS)
        return Actor(d.canonical or span.text, span, None, RANK_DESCRIPTION)
    return None


def read_actors(ctx: ArticleContext, c: Clause, m: EvMention, hits: list[lex.Hit]) -> None:
    """Perpetrator (actor1) and target (actor2) of a mention."""
    lx = ctx.lex
    verbs = [h for h in hits if _form(h) == "verb" and _role(h) in ("event", "casualty") and not _nominal(ctx, h)]
    actor1: Actor | None = None
    # 1. subject of an active trigger verb or of an agent verb ("شن المتمردون هجوما")
    agent_positions = [_verb_span(h) for h in verbs]
    event_starts = [h.start for h in hits if _role(h) == "event"]
    agent_positions += [(k, k + 1, c.te) for k in _agent_verbs_before(ctx, c, event_starts)]
    # "تمكن حرس الحدود من توقيف", "قام ثلاثة مقنعين بخطف": the support verb's subject did it
    # (the subject stands between the verb and the preposition: "الجهة التي قامت بتنفيذ" has none)
    support = _support_verbs_of(ctx, c, event_starts)
    agent_positions = [p for p in agent_positions if p[0] not in support]
    agent_positions += [(k, k + 1, lim) for k, lim in sorted(support.items())]
    open_subject = {h.start for h in verbs if _role(h) == "event"} | {
        k for k, _, _ in agent_positions if ctx.has(k, lx.agent_verbs)} | set(support)
    for vs, ve, lim in sorted(agent_positions):
        a = _subject(ctx, c, vs, ve, open_subject=vs in open_subject, group=m.family == "protest", limit=lim,
                     support=vs in support)
        if a is not None and (actor1 is None or a.rank > actor1.rank):
            actor1 = a
    if m.family == "protest" and (actor1 is None or actor1.rank < RANK_PERSON):
        # "خرج آلاف العراقيين ... احتجاجاً": the counted crowd before the protest noun protested
        actor1 = _crowd_before(ctx, c, m.anchor) or actor1
    # "تفجير انتحاري نفذته طالبان": an agent verb with the attack as its object pronoun, after it
    if actor1 is None or actor1.rank < RANK_PLACE:
        by = _agent_after_attack(ctx, c, hits)
        if by is not None:
            actor1 = by
    # 2. a description of the perpetrators anywhere in the clause
    if actor1 is None or actor1.rank < RANK_DESCRIPTION:
        others = _other_happenings(ctx, c, m.family)
        for h in _drop_nested(ctx.found(lx.descriptions, c.ts, c.te)):
            d = lex.description_of(h)
            if others and h.start > m.anchor and _across_other(others, m.anchor, h.start, h.end):
                continue  # "القبض على ... بالتفجير الذي نفذه انتحاري": the bomber of another happening
            if m.family == "violence" and h.start > m.anchor and _genitive(ctx, c, h.start):
                continue  # "قصفت المدفعية مواقع المتمردين": the owner of what was hit, not who hit it
            if m.family == "violence" and h.start - 2 >= c.ts and ctx.norm[h.start - 1] == "من" and (
                    ctx.norm[h.start - 2].isdecimal() or _in_quantity(ctx, h.start - 2)):
                continue  # "و11 من المتمردين قتلوا": a count of the dead, not who killed them
            if d.role in ("actor1", "both") and (actor1 is None or actor1.rank < RANK_ANONYMOUS + 1):
                span = ctx.span(h.start, _allegiance_end(ctx, h.end, c.te))
                cand = Actor(None if d.anonymous else (d.canonical or span.text), span, None,
                             RANK_ANONYMOUS if d.anonymous else RANK_DESCRIPTION)
                named = noun_phrase(ctx, h.start, min(c.te, h.start + 5))  # "مقاتلو حزب العمال"
                if named is not None and named.rank >= RANK_PLACE:
                    cand = named
                if actor1 is None or cand.rank > actor1.rank:
                    actor1 = cand
                break
    if actor1 is None and m.family in ("violence", "arrest"):
        actor1 = _passive_agent(ctx, c, m)  # "إطلاق النار عليه من قبل قوات الاحتلال"
    own = _self_reporter(ctx, c, m)
    if own is not None and (actor1 is None or actor1.rank <= own.rank or _site_words(ctx, actor1)):
        actor1 = own  # "أعلن الجيش النيجيري أنه قصف قرية بيتا": who says "it" did it
    if m.family == "violence" and m.type not in ("assassination", "abduction") and (
            actor1 is None or actor1.rank < RANK_ORG):
        # "غارات التحالف", "هجوم طالبان": the group named after the attack noun carried it out
        for h in hits:
            if _role(h) == "event" and _form(h) != "verb":
                agent = _trigger_genitive(ctx, _skip_trigger_adjectives(ctx, h.end, c.te), c.te)
                if agent is not None:
                    actor1 = agent
                    break
    if m.type in ("air_strike", "shelling") and (actor1 is None or actor1.rank < RANK_PLACE):
        actor1 = _nisba_perpetrator(ctx, c, hits) or actor1  # "طائرة مسيرة تركية", "غارات إسرائيلية"
    if m.type == "air_strike" and actor1 is None:
        actor1 = _country_coalition(ctx, c, hits)  # "طائرات التحالف" in Yemen: the Saudi-led coalition
    elif m.type == "air_strike" and actor1.entity_id is None and actor1.rank <= RANK_DESCRIPTION:
        actor1 = _coalition_arm(ctx, c, actor1) or actor1  # "قصف طيران التحالف منزل قائد"
    if m.type == "air_strike" and actor1 is None:
        actor1 = _described_aircraft(ctx, c, hits)  # "قصف الطيران المروحي": the aircraft as described
    if m.family == "arrest" and (actor1 is None or actor1.rank < RANK_ORG):
        actor1 = _light_verb_subject(ctx, c, hits) or actor1  # "ألقت قوات الأمن، فجر اليوم، القبض على"
    if m.family == "arrest" and (actor1 is None or actor1.rank < RANK_ORG):
        actor1 = _announcer(ctx, c, m.anchor) or actor1  # "أعلنت السلطات الكويتية عن تفكيك خلية"
    if m.family == "arrest" and (actor1 is None or actor1.rank <= RANK_ANONYMOUS):
        # "تم القبض على قيادي": the army or police told of ("اعتقال أحد المهاجمين": an
        # unnamed attacker is who was taken, not who took him)
        actor1 = _force_named_before(ctx, m.anchor) or actor1
    if actor1 is not None and actor1.rank <= RANK_DESCRIPTION:
        actor1 = _suspected_group(ctx, c, actor1) or _member_group(ctx, c, actor1) \
            or _group_adjective(ctx, c, actor1) or _group_anaphor(ctx, c, actor1) or actor1
    elif actor1 is None and m.family == "violence":
        # "وسيطر التنظيم على المدينة بعد قتال": the group that opens the clause
        for k in (c.ts, c.ts + 1):
            if k < m.anchor and ctx.norm[k] in _group_anaphors():
                actor1 = _group_anaphor(ctx, c, Actor(None, ctx.span(k, k + 1), None, RANK_DESCRIPTION))
                break
    first, second = _between_parties(ctx, c, m, hits)
    if first is not None and (actor1 is None or actor1.rank <= first.rank or _conjoined(actor1)):
        actor1 = first  # "اشتباكات بين قوات الحكومة ومقاتلي المعارضة"
    if second is None and actor1 is not None and (m.family in ("meet", "agreement") or m.type == "armed_clash"):
        second = _second_party(ctx, c, actor1)  # "وقعت الحكومة والمتمردون اتفاقا"
    m.actor1 = _spoken_for(ctx, actor1)
    m.actor2, targets = _target(ctx, c, m, hits)
    if m.family in ("arrest", "abduction") and m.actor2 is not None and m.actor2.rank < RANK_PLACE:
        m.actor2 = _belonging_group(ctx, c, m.actor2) or m.actor2  # "17 شخصا يشتبه في انتمائهم لتنظيم داعش"
    if second is not None and (m.actor2 is None or _same_span(m.actor2, actor1) or (
            first is not None and m.type == "armed_clash" and m.actor2.rank < RANK_PERSON)):
        m.actor2 = second  # "قتل 5 أشخاص خلال اشتباكات بين قوات الحكومة وجماعات مسلحة": the other side
    m.target_words = frozenset(w for t in targets if t.span is not None for w in _target_stems(t.span.text))


# who speaks for a body, by the word that links them ("المتحدث باسم", "الناطق بلسان", "مسؤول في")
_ON_BEHALF = {"باسم": ("المتحدث", "متحدث", "الناطق", "ناطق", "المتحدثه", "الناطقه"),
              "بلسان": ("الناطق", "ناطق", "الناطقه"), "في": ("مسوول", "المسوول")}


def _spoken_for(ctx: ArticleContext, a: Actor | None) -> Actor | None:
    """"تبنى المتحدث باسم حركة طالبان ذبيح الله مجاهد الهجوم", "مسؤول في الحركة": who a
    spokesman or an official speaks for is the actor, when it is a known group or body."""
    if a is None or a.span is None:
        return a
    i, j = ctx.tok_range(a.span.start, a.span.end)
    k = i + 1
    if not (k < len(ctx.norm) - 1 and ctx.norm[i] in _ON_BEHALF.get(ctx.norm[k], ())):
        return a
    # the body's own mention, not the spokesman's name after it ("حركة طالبان ذبيح الله مجاهد")
    for s in range(k + 1, min(len(ctx.norm), k + 4)):
        hit = ctx.mention_at.get(s)
        if hit is not None:
            if getattr(hit[1], "type", None) != "ORG":
                return a
            body = _entity_actor(ctx, s, hit[0], hit[1])
            return body if body.entity_id is not None else a
        if not ctx.has(s, ctx.lex.actor_heads) and ctx.norm[s] not in ("«", '"'):
            return a
    return a


_FORCE_KINDS = frozenset({"military", "police"})
_FORCE_REACH = 2  # sentences back to the force an agentless arrest is told of
_AIMED_AT = frozenset({"على", "ضد"})  # "هجمات على قوات الأمن": a force attacked, not one acting


def _force_named_before(ctx: ArticleContext, anchor: int) -> Actor | None:
    """"تم القبض على قيادي إرهابي", "جرى اعتقال إحدى المرأتين": an arrest that names no one
    making it was made by the army or police the text told of last, in this sentence before
    the arrest or in the few sentences before it (not across a heading)."""
    si = ctx.sentence_of(anchor)
    lo = ctx.tok_range(*ctx.sentences[max(0, si - _FORCE_REACH)])[0]
    bare = {h.start: h.end for h in _drop_nested(_unnamed_forces().find(ctx.norm, lo, anchor))}
    named = {x for s in range(lo, anchor) if s in ctx.mention_at for x in range(s, ctx.mention_at[s][0])}
    for t in range(anchor - 1, lo - 1, -1):
        if (t > 0 and ctx.norm[t - 1] in _AIMED_AT) or ctx.norm[t].startswith("لل"):
            continue  # "على قوات الأمن", "الموالية للجيش": the force is aimed at or leaned on
        hit = ctx.mention_at.get(t)
        ent = ctx.entities.get(getattr(hit[1], "entity_id", None) or "") if hit is not None else None
        if hit is not None and hit[0] <= anchor and ent is not None and ent.kind in _FORCE_KINDS:
            return _entity_actor(ctx, t, hit[0], hit[1])
        if t in bare and t not in named:  # "صاحت الشرطة ... جرى اعتقال": the police as the text words them
            # (not a word of another name: "مجلس الأمن", "الجيش الحر")
            span = ctx.span(t, bare[t])
            return Actor(span.text, span, None, RANK_DESCRIPTION)
    return None


@lru_cache(maxsize=1)
def _unnamed_forces() -> lex.PhraseMatcher:
    return lex.matcher("event_unnamed_forces.tsv")


_AGENT_REACH = 8  # words from an agent verb to the event word it governs ("شن طيران التحالف صباح أمس غارات")


def _agent_verbs_before(ctx: ArticleContext, c: Clause, event_starts: list[int]) -> list[int]:
    """Agent verbs ("شن", "نفذ") of the clause at most _AGENT_REACH words before an event word,
    ascending (only the words just before an event word are asked)."""
    near = {k for s in event_starts for k in range(max(c.ts, s - _AGENT_REACH), min(s, c.te))}
    return [k for k in sorted(near) if ctx.has(k, ctx.lex.agent_verbs)]


def _support_verbs_of(ctx: ArticleContext, c: Clause, event_starts: list[int]) -> dict[int, int]:
    """Support verbs ("قام", "تمكن") of the clause -> where the subject after each ends: at its
    verbal noun ("بخطف", "من توقيف"), at most 8 words on, which is an event word or an agent verb
    at most 4 words before one. Such a verb stands at most 12 words before the first event word
    and before the last: only those words are asked."""
    support: dict[int, int] = {}
    lo = max(c.ts, min(event_starts, default=c.ts) - 12)
    for k in range(lo, min(c.te, max(event_starts, default=lo))):
        if ctx.has(k, _support_verbs()):
            # "قامت بتنفيذ هذه المذبحة": the verbal noun may be an agent noun whose object is the event
            s = next((s for s in range(k + 1, min(c.te, k + 9)) if _verbal_noun_object(ctx, s) and (
                s in event_starts or (ctx.has(s, ctx.lex.agent_verbs) and any(0 < e - s <= 4 for e in event_starts)))),
                None)
            if s is not None:
                support[k] = s if ctx.norm[s - 1] not in _VERBAL_NOUN_PREPOSITIONS else s - 1
    return support


@lru_cache(maxsize=1)
def _belonging_words() -> frozenset[str]:
    return lex.word_set("event_belonging_words.tsv")


def _belonging_group(ctx: ArticleContext, c: Clause, a: Actor) -> Actor | None:
    """The named group the taken men are said to belong to: "17 شخصاً، يشتبه في انتمائهم
    لتنظيم داعش", "عناصر شبكة تنتمي إلى تنظيم داعش", "ثمانية عناصر من جبهة النصرة". Men
    arrested or abducted as members of a group are that group's (a cell "على علاقة" with a
    group, or men plotting "باسم" it, are not said to be its members)."""
    if a.span is None:
        return None
    k = ctx.tok_range(a.span.start, a.span.end)[1]
    while k < c.te and ctx.norm[k] in _COMMAS:
        k += 1
    if k < c.te - 1 and ctx.norm[k] == "من":
        hit = ctx.mention_at.get(k + 1)
        ent = ctx.entities.get(getattr(hit[1], "entity_id", None) or "") if hit is not None else None
        if hit is not None and hit[0] <= c.te and ent is not None and ent.kind == "armed_group":
            return _entity_actor(ctx, k + 1, hit[0], hit[1])
        return None
    if k < c.te and ctx.norm[k] in _suspicion_verbs():
        k += 1
        if k < c.te and ctx.norm[k] in ("في", "ب"):
            k += 1
    if k >= c.te - 1 or ctx.norm[k] not in _belonging_words():
        return None
    k += 1
    if ctx.norm[k] in ("الي", "الى"):
        k += 1
    if k >= c.te:
        return None
    group = noun_phrase(ctx, k, min(c.te, k + 6))
    if group is None and ctx.norm[k].startswith("ل") and len(ctx.cands[k]) > 1:
        # "لتنظيم داعش": the lam is the preposition; the name is read from the mention after it
        hit = ctx.mention_at.get(k) or ctx.mention_at.get(k + 1)
        group = _entity_actor(ctx, k if k in ctx.mention_at else k + 1, hit[0], hit[1]) if hit else None
    if group is None or group.rank < RANK_ORG or group.span is None:
        return None
    if group.span.start == ctx.tokens[k][0] and ctx.norm[k].startswith("ل") and len(ctx.cands[k]) > 1:
        s = group.span.start + _raw_prefix_len(ctx.text[ctx.tokens[k][0]:ctx.tokens[k][1]], 1)
        group.span = Span(s, group.span.end, ctx.text[s:group.span.end])  # "لتنظيم داعش": without the lam
    return group


def _light_verb_subject(ctx: ArticleContext, c: Clause, hits: list[lex.Hit]) -> Actor | None:
    """The subject of the light verb of an idiom whose noun is the trigger: "ألقت قوات الأمن
    التركية، فجر اليوم، القبض على" -> قوات الأمن التركية (the time between commas is no bar)."""
    for h in hits:
        verbs = _idiom_verbs(ctx, h.start)
        if verbs is None:
            continue
        for k in range(h.start - 1, max(c.ts, h.start - _LIGHT_VERB_REACH) - 1, -1):
            if ctx.norm[k] in verbs:
                a = noun_phrase(ctx, k + 1, h.start)
                return a if a is not None and a.rank >= RANK_DESCRIPTION else None
    return None


def _one_party(a: Actor | None, b: Actor | None) -> bool:
    """Do both roles name the same party (one entity, or the very same words)?"""
    if a is None or b is None:
        return False
    if a.entity_id is not None and a.entity_id == b.entity_id:
        return True
    return a.entity_id is None and b.entity_id is None and bool(a.name) and a.name == b.name


@lru_cache(maxsize=1)
def _non_actor_words() -> dict[str, str]:
    return {normalize(r[0]): r[1] for r in lex.load_tsv("event_non_actors.tsv") if len(r) > 1}


_POSSESSIVES = ("هما", "هم", "ها", "ه", "نا")
_ORDINALS = frozenset({"اول", "اولي"})  # "أول موقع": an ordinal before the noun it counts


def _non_actor_class(ctx: ArticleContext, k: int) -> str | None:
    """The class of the word at token k in event_non_actors.tsv, with or without a proclitic;
    a noun of activity or happening also with a possessive pronoun ("رحلاتها", "عملياته")."""
    words = _non_actor_words()
    for form in ctx.cands[k]:
        if form in words:
            return words[form]
    for form in ctx.cands[k]:
        for suffix in _POSSESSIVES:
            stem = form[:-len(suffix)]
            if form.endswith(suffix) and len(stem) >= 3:
                for base in (stem, stem[:-1] + "ه" if stem.endswith("ت") else stem):
                    if words.get(base) in ("event", "activity"):
                        return words[base]
    if _imperfective_verb(ctx, k):
        return "verb"  # «الرجل الذي اعتقل [يبلغ] من العمر»: the clause goes on with a verb
    numbers = number_words()
    definite = any(form.startswith("ال") for form in ctx.cands[k])
    for form in ctx.cands[k]:
        entry = numbers.get(form)
        if entry is not None and entry.kind in _COUNT_KINDS and not definite:
            return "number"  # "أصيب حوالى عشرة بجروح": a count, not who was hit ("خطف الثلاثة": those three)
        for suffix in _OBJECT_PRONOUNS:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3 and form[:-len(suffix)] in _pronoun_verbs():
                return "verb"  # "بحسب حصيلة أعلنها التلفزيون": a verb with its object pronoun
    return None


_COUNT_KINDS = frozenset({"unit", "compound", "tens", "hundred", "multiplier", "dual", "plural_multiplier",
                          "vague", "few"})
@lru_cache(maxsize=1)
def _pronoun_verbs() -> frozenset[str]:
    """Verbs that take the happening or its toll as an object pronoun ("أعلنها", "نفذته", "شنها")."""
    return frozenset(w for w, kind in _non_actor_words().items() if kind == "verb") \
        | _announce_verbs() | lex.word_set("event_agent_verbs.tsv")


def _site_words(ctx: ArticleContext, a: Actor | None) -> bool:
    """Does a bare noun phrase open with a building or site noun ("حي", "سوق", "مسجد")?"""
    if a is None or a.span is None or a.entity_id is not None:
        return False
    i, _ = ctx.tok_range(a.span.start, a.span.end)
    return any(f in ctx.lex.target_places for f in ctx.cands[i])


def _names_activity(ctx: ArticleContext, a: Actor | None) -> bool:
    """Is the object an activity or service ("رحلاتها", "العمل"), not people?"""
    if a is None or a.span is None or a.entity_id is not None:
        return False
    i, _ = ctx.tok_range(a.span.start, a.span.end)
    return _non_actor_class(ctx, i) == "activity"


def party_or_none(ctx: ArticleContext, a: Actor | None) -> Actor | None:
    """An actor is a noun phrase headed by a person, group, institution or place: a bare phrase
    that opens with a quantifier ("الكثير من الاعتقالات"), a number word ("15 ألف"), a preposition
    carrying a pronoun ("عليهم"), an event noun ("تنفيذ عمليتين") or a verb form ("رأيت") names
    no party and is dropped; "بحق الطالب" keeps the noun after the relation word."""
    if a is None or a.span is None or a.entity_id is not None:
        return a
    first, j = ctx.tok_range(a.span.start, a.span.end)
    i = first
    while i < j and _non_actor_class(ctx, i) == "relation":
        i += 1
    head = i
    while head < j:
        kind = _non_actor_class(ctx, head)
        if kind is None:
            break
        if kind == "manner" and ctx.norm[head] in _ORDINALS and head + 1 < j and ctx.is_word(head + 1) \
                and _non_actor_class(ctx, head + 1) is None and head + 1 not in _trigger_starts(ctx):
            head += 1  # "اقتحمت أول موقع تابع للدفاعات": the first of the sites is a site ("أولى الغارات" is none)
            continue
        if kind not in ("quantifier", "number"):
            return None
        head += 1  # "عشرات المتظاهرين", "عدد من المستوطنين": the people counted are the party
        if head < j and ctx.norm[head] == "من":
            head += 1
    if head >= j:
        return None
    end = j
    while end > head + 1 and _non_actor_class(ctx, end - 1) == "manner":
        end -= 1  # "الطائرات الجديدة أولى (الغارات)": the ordinal belongs to the happening
    if i == first and end == j:
        return a
    span = ctx.span(i, end)
    return Actor(span.text if a.name == a.span.text else a.name, span, None, a.rank, a.known)


@lru_cache(maxsize=1)
def _support_verbs() -> frozenset[str]:
    return lex.word_set("event_support_verbs.tsv")


_VERBAL_NOUN_PREPOSITIONS = frozenset({"من", "في", "علي", "الي"})
_NOUN_GOVERNORS = _VERBAL_NOUN_PREPOSITIONS | {"عن", "بعد", "قبل", "منذ"}  # words after which a verb-form cue is a verbal noun
_IT_PRONOUNS = ("ه", "ها", "هما")  # the happening's pronoun: one, or two ("تفجيرين نفذهما")
_BY_IT = frozenset("ب" + p for p in _IT_PRONOUNS)  # "قام بها": the preposition with the happening's pronoun


def _verbal_noun_object(ctx: ArticleContext, s: int) -> bool:
    """Is the event word at token s the prepositional object of a support verb ("بخطف",
    "من توقيف", "على تفجير")?"""
    return (ctx.norm[s][:1] == "ب" and len(ctx.cands[s]) > 1) or (
        s > 0 and ctx.norm[s - 1] in _VERBAL_NOUN_PREPOSITIONS)


@lru_cache(maxsize=1)
def _planting_verbs() -> frozenset[str]:
    return lex.word_set("event_planting_verbs.tsv")


def _agent_after_attack(ctx: ArticleContext, c: Clause, hits: list[lex.Hit]) -> Actor | None:
    """"تفجير انتحاري نفذته طالبان", "هجوم شنته جماعة": a named group as the subject of an
    agent verb whose object pronoun is the attack named just before it."""
    ends = [_verb_span(h)[1] for h in hits if _role(h) == "event" and _form(h) != "verb"
            and not _is_weapon(ctx, h.start)]  # "بصاروخ أطلقته": the weapon's, not the attack's
    # "هجوم انتحاري بسيارة ملغومة نفذه": the weapon told with the attack stands before the verb
    ends = [next((w.end for w in hits if w.start == e and _is_weapon(ctx, e)), e) for e in ends]
    for e in ends:
        # "قذيفة دبابة بعد منتصف ليل أمس أطلقتها قوات النظام": the time told between them is no word
        lim = e + 2
        while lim < c.te and (lim - 1) in ctx.time_tokens:
            lim += 1
        for k in range(e, min(c.te, lim)):
            if k in ctx.time_tokens:
                continue
            if k > e and (k - 1) not in ctx.time_tokens and (ctx.norm[k - 1][:1] == "و" or not ctx.is_word(k - 1)):
                break  # "أحدهما نفذته انتحارية والآخر شنه مقاتلو": the other attack's verb
            w = ctx.norm[k]
            # "عملية الاختطاف قام بها حزب العمال": the support verb's pronoun is on its preposition
            after = k + 2 if (w in _support_verbs() and k + 1 < c.te and ctx.norm[k + 1] in _BY_IT) else None
            if after is not None or _with_pronoun(w, ctx.lex.agent_verbs, _IT_PRONOUNS) \
                    or _with_pronoun(w, _planting_verbs(), _IT_PRONOUNS):
                after = after or k + 1  # "تفجيرين نفذهما التنظيم": a dual pronoun for two attacks
                if after in _trigger_starts(ctx):
                    return None  # "غارة شنتها طائرة أميركية": the aircraft's own rules name its state
                a = noun_phrase(ctx, after, min(c.te, after + 6))
                if a is not None and a.rank < RANK_PLACE:
                    # "نفذهما التنظيم": the one group the article named; "نفذه أعضاء من الحركة
                    # المتشددة", "نفذه مقاتلون من تنظيم داعش": the group the members are of
                    a = _group_anaphor(ctx, c, a) or _member_group(ctx, c, a)
                return a if a is not None and a.rank >= RANK_PLACE else None
    return None


_PASSIVE_AGENT_REACH = 8  # words from the happening to the "من قبل" that names who did it


def _passive_agent(ctx: ArticleContext, c: Clause, m: EvMention) -> Actor | None:
    """"أصيب فتى جراء إطلاق النار عليه من قبل قوات الاحتلال", "تتعرض لقصف من قبل طائرات
    التحالف": "من قبل" names the agent of the happening told before it (a time after "من قبل"
    is "before": "خرجوا من قبل في مظاهرات" names nobody)."""
    for k in range(m.anchor + 1, min(c.te - 2, m.anchor + _PASSIVE_AGENT_REACH)):
        if ctx.norm[k][:1] == "و" or ctx.norm[k] in _COMMAS:
            return None  # "حزام ناسف والمستخدم من قبل الموقوف": the agent of the next predicate
        if ctx.norm[k] != "من" or ctx.norm[k + 1] != "قبل":
            continue
        if _across_other(_other_happenings(ctx, c, m.family), m.anchor, k, k + 2):
            return None  # the agent of another happening told in between
        a = noun_phrase(ctx, k + 2, min(c.te, k + 8))
        return a if a is not None and a.name is not None and a.rank >= RANK_DESCRIPTION else None
    return None


def _member_group(ctx: ArticleContext, c: Clause, a: Actor) -> Actor | None:
    """"اقتحم متشددون من تنظيم الدولة الإسلامية": the group the described men belong to."""
    if a.span is None:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if j >= c.te - 1 or ctx.norm[j] != "من" or i in ctx.quantity_at or (
            i > 0 and (ctx.norm[i - 1].isdecimal() or i - 1 in ctx.quantity_at)):
        return None  # "قتل 11 مسلحا من تنظيم داعش": a count of the dead, not who struck
    hit = ctx.mention_at.get(j + 1)
    if hit is None or hit[0] > c.te:
        return None
    ent = ctx.entities.get(getattr(hit[1], "entity_id", None) or "")
    if ent is None or ent.kind != "armed_group":
        return None
    return _entity_actor(ctx, j + 1, hit[0], hit[1])


def _group_adjective(ctx: ArticleContext, c: Clause, a: Actor) -> Actor | None:
    """"كمين نصبه مسلحون حوثيون", "هاجم المسلحون الحوثيون": described men with the armed
    group's adjective after them (one word, definite as they are) are that group. A phrase
    headed by a building or site ("قصف منزل قائد حوثي", "قصف مواقع حوثية") is what was hit:
    the adjective tells whose it was, not who struck."""
    if a.span is None or _site_words(ctx, a):
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    definite = ctx.norm[i].startswith(("ال", "وال"))  # "والمسلحين الحوثيين": a second side's "و"
    for k in range(i + 1, min(j + 1, c.te)):
        hit = ctx.mention_at.get(k)
        if hit is None:
            continue
        ent = ctx.entities.get(getattr(hit[1], "entity_id", None) or "")
        if ent is None or ent.kind != "armed_group" or hit[0] != k + 1 \
                or ctx.norm[k].startswith("ال") != definite:
            return None
        return _entity_actor(ctx, k, hit[0], hit[1])
    return None


def _suspected_group(ctx: ArticleContext, c: Clause, a: Actor) -> Actor | None:
    """"مسلحين يشتبه بأنهم من جماعة بوكو حرام", "أفراد يعتقد أنهم من المقاومة الشعبية":
    the named group the described men are suspected to belong to is who acted."""
    if a.span is None:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    verb = next((t for t in range(i + 1, min(c.te, j + 1)) if ctx.norm[t] in _suspicion_verbs()), None)
    if verb is None:
        return None
    k = verb + 1
    if k < c.te and ctx.norm[k] in ("في", "ب"):
        k += 1
    if k < c.te and ctx.norm[k].lstrip("ب") in ("ان", "انهم", "انها", "انه", "انهما", "انهن"):
        k += 1
    if k >= c.te - 1 or ctx.norm[k] != "من":
        return None
    k = group_start = k + 1
    while k < c.te and ctx.norm[k] not in ("«", '"') and ctx.has(k, ctx.lex.actor_heads) and k not in ctx.mention_at:
        k += 1  # "من جماعة «بوكو حرام»": past the head word to the name
    if k < c.te and ctx.norm[k] in ("«", '"'):
        k += 1
    hit = ctx.mention_at.get(k)
    if hit is None or hit[0] > c.te or getattr(hit[1], "type", None) != "ORG":
        found = noun_phrase(ctx, group_start, c.te)
        return found if found is not None and found.rank >= RANK_ORG else None
    return _entity_actor(ctx, k, hit[0], hit[1])


@lru_cache(maxsize=1)
def _group_anaphors() -> frozenset[str]:
    return lex.word_set("event_group_anaphors.tsv")


def _group_anaphor(ctx: ArticleContext, c: Clause, a: Actor) -> Actor | None:
    """"التنظيم", "المتمردون" when the article named one armed group before: that group."""
    if a.span is None:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if j != i + 1 or ctx.norm[i] not in _group_anaphors():
        return None
    groups = {ent.id: ent for mn in ctx.doc.analysis.mentions if mn.span.end <= a.span.start
              for ent in [ctx.entities.get(mn.entity_id or "")] if ent is not None and ent.kind == "armed_group"}
    if len(groups) != 1:
        return None  # two groups named: which one is meant is not for a word rule to say
    (ent,) = groups.values()
    return Actor(ent.name, a.span, ent.id, RANK_PLACE)  # a guess from the article: below a group named here


def _announcer(ctx: ArticleContext, c: Clause, anchor: int) -> Actor | None:
    """The subject of "أعلن ... عن" / "كشف ... عن" right before an arrest word: authorities
    announce the arrests they made. Without "عن" ("أعلنت السلطات المغربية اعتقال ثمانية") the
    arrest word is the verb's object right after its subject, which must be a state body: a
    party or a family announces the arrest of its own people."""
    if anchor - 1 <= c.ts:
        return None
    about = ctx.norm[anchor - 1] == "عن"
    end = anchor - 1 if about else anchor
    verbs = _announce_verbs()
    for v in range(end - 1, max(c.ts, anchor - 9) - 1, -1):
        if ctx.has(v, verbs) and not _negated(ctx, v, c.ts):
            a = _subject(ctx, c, v, v + 1, open_subject=True, limit=end)
            if a is None or a.name is None:
                return None
            if not about and not _announcing_state(ctx, a, end):
                return None
            return a
    return None


def _announcing_state(ctx: ArticleContext, a: Actor, end: int) -> bool:
    """Is the announcer a state body (authorities, police, army, ministry) whose words end at
    token ``end`` (a time told between them: "أعلنت الشرطة اليوم اعتقال")?"""
    ent = ctx.entities.get(a.entity_id or "")
    if ent is None or ent.kind not in STATE_KINDS or a.span is None:
        return False
    return _told_up_to(ctx, ctx.tok_range(a.span.start, a.span.end)[1], end)


def _told_up_to(ctx: ArticleContext, k: int, end: int) -> bool:
    """Do a body's words ending at token k reach token ``end``, only a time between them?"""
    return _past_times(ctx, k, end) == end


_OWN_DEED = _SAID_IT | {"انهم", "بانهم"}  # normalized أنه/إنها/بأنهم
_OWN_DEED_GAP = 3  # words from "أنه" to the event word ("أنها تمكنت من قتل", "أنه شن غارات")
_SAYER_REACH = 8  # words from the verb of saying to "أنه" (the subject stands between them)


def _self_reporter(ctx: ArticleContext, c: Clause, m: EvMention) -> Actor | None:
    """"أعلن الجيش النيجيري أنه قصف قرية", "قالت جماعة سلفية إنها أطلقت الصاروخ": the subject
    of a verb of saying whose "أنه"/"إنها" opens the happening says it did it itself. Not a
    suicide bombing: "أشارت السلطات إلى أنه فجر نفسه" speaks of the bomber."""
    if m.type == "suicide_bombing":
        return None
    ss, _ = ctx.tok_range(*ctx.sentences[c.sentence])
    own = next((k for k in range(m.anchor - 1, max(ss, m.anchor - 1 - _OWN_DEED_GAP) - 1, -1)
                if ctx.norm[k] in _OWN_DEED or ctx.norm[k] in _COMPLEMENTIZERS or not ctx.is_word(k)), None)
    if own is None or ctx.norm[own] not in _OWN_DEED:
        return None
    nxt = _past_times(ctx, own + 1, m.anchor)
    if nxt != m.anchor and not ctx.has(nxt, ctx.lex.agent_verbs) and not ctx.has(nxt, _support_verbs()):
        return None  # "قال شهود إنهم سمعوا انفجارا": they heard it; only their own deed is claimed
    for v in range(own - 2, max(ss, own - _SAYER_REACH) - 1, -1):
        if not ctx.is_word(v) or ctx.norm[v] in _COMMAS:
            return None
        if not _saying_in(ctx, v, v + 1) or _negated(ctx, v, ss):
            continue
        k = _past_times(ctx, v + 1, own)  # "أعلنت قوات البيشمركة امس": the day told after the verb
        a = noun_phrase(ctx, k, own) if k < own else None
        if a is None or a.name is None or a.span is None or a.rank < RANK_DESCRIPTION \
                or _news_outlet(ctx, a) or _site_words(ctx, a):
            return None
        if a.entity_id is None and a.rank == RANK_DESCRIPTION and own - k <= 4:
            span = ctx.span(k, own)  # "جماعة سلفية صغيرة": the words up to "إنها" describe it
            a = Actor(span.text, span, None, RANK_DESCRIPTION, known=a.known)
        return a
    return None


_SPOKESMAN_REACH = 12  # words from the verb of saying to "إن" (the spokesman's title and name between)


def _spokesman_of_doer(ctx: ArticleContext, c: Clause, m: EvMention) -> Actor | None:
    """"وقال المتحدث باسم الحركة ذبيح الله مجاهد إن مقاتلي الحركة نفذوا الهجوم": a body's
    spokesman saying that the body itself did it claims it for the body (like "أعلن الجيش أنه
    قصف"). The doer must be the very body spoken for (a known entity, the same one)."""
    if m.actor1 is None or m.actor1.entity_id is None or m.actor1.span is None:
        return None
    ss, _ = ctx.tok_range(*ctx.sentences[c.sentence])
    first, _ = ctx.tok_range(m.actor1.span.start, m.actor1.span.end)
    lo = min(first, m.anchor)
    comp = next((k for k in range(lo - 1, max(ss, lo - 4) - 1, -1) if ctx.norm[k] in _COMPLEMENTIZERS), None)
    if comp is None:
        return None
    for v in range(comp - 1, max(ss, comp - _SPOKESMAN_REACH) - 1, -1):
        if not ctx.is_word(v) or ctx.norm[v] in _COMMAS:
            return None
        if _saying_in(ctx, v, v + 1):
            if _negated(ctx, v, ss):
                return None
            for k in range(v + 1, comp - 1):
                if ctx.norm[k + 1] in ("باسم", "بلسان") and ctx.norm[k] in _ON_BEHALF[ctx.norm[k + 1]]:
                    body = _spoken_for(ctx, Actor(None, ctx.span(k, k + 2), None, RANK_DESCRIPTION))
                    if body is not None and body.entity_id == m.actor1.entity_id:
                        return body
            return None
    return None


def _past_times(ctx: ArticleContext, k: int, limit: int) -> int:
    """The first token from k on (before ``limit``) that is no time word ("امس", "الخميس")."""
    while k < limit and (k in ctx.time_tokens or ctx.norm[k] in _TIME_WORDS):
        k += 1
    return k


@lru_cache(maxsize=1)
def _announce_verbs() -> frozenset[str]:
    return lex.word_set("event_announce_verbs.tsv")


def _allegiance_end(ctx: ArticleContext, j: int, te: int) -> int:
    """End of a description's allegiance ("متمردين موالين لروسيا", "مسلحين تابعين للحكومة",
    "الانفصاليين المدعومين من روسيا"): the side they are on describes them; it is not the actor."""
    if j + 1 >= te or not ctx.has(j, ctx.lex.np_links):
        return j
    k = j + 2 if ctx.norm[j + 1] == "من" else j + 1
    if k >= te or not (k > j + 1 or (ctx.norm[k][:1] in ("ل", "ب") and len(ctx.norm[k]) > 3)):
        return j
    hit = ctx.mention_at.get(k)
    if hit is not None and hit[0] <= te:
        return hit[0]
    return _chunk_end(ctx, k, te)


_LEADING_WORDS = frozenset({"تقوده", "تقودها", "بقياده", "يقوده", "يقودها"})


def _after_allegiance(ctx: ArticleContext, k: int) -> bool:
    """Does the word at token k name whom someone is allied to ("موالين لروسيا", "المدعومين
    من إيران")? Such a country describes a group; it is not where anything happened."""
    p = k - 1
    if p >= 0 and ctx.norm[p] in _LEADING_WORDS:
        return True  # "غارات جوية لتحالف تقوده الولايات المتحدة": who leads it, not where
    if p >= 0 and ctx.norm[p] == "من":
        p -= 1
    elif ctx.norm[k][:1] not in ("ل", "ب"):
        return False
    return p >= 0 and ctx.has(p, ctx.lex.np_links)


def _genitive(ctx: ArticleContext, c: Clause, k: int) -> bool:
    """Is the definite word at token k the possessor of the noun before it ("مواقع
    المتمردين", "مقر المحتجين")? Not after a verb, a trigger or a quantity word."""
    if k <= c.ts or not ctx.norm[k].startswith(("ال", "لل")):
        return False
    p = k - 1
    prev = ctx.norm[p]
    if not ctx.is_word(p) or prev.startswith(("ال", "و")) or ctx.is_stop(p) \
            or ctx.has(p, ctx.lex.quantifiers) or ctx.has(p, ctx.lex.agent_verbs) or p in ctx.time_tokens:
        return False
    return not ctx.lex.triggers.find(ctx.norm, p, p + 1) and not ctx.lex.targets.find(ctx.norm, p, p + 1)


def _between_parties(ctx: ArticleContext, c: Clause, m: EvMention, hits: list[lex.Hit]) -> tuple[Actor | None, Actor | None]:
    """"اشتباكات بين X و Y", "مفاوضات بين X و Y": the two sides of a clash or a meeting."""
    if m.family not in ("meet", "agreement") and m.type != "armed_clash":
        return None, None
    ends = [h.end for h in hits if _role(h) == "event"]
    for k in range(c.ts, c.te - 1):
        if ctx.norm[k] != "بين":
            continue
        near = any(0 <= k - e <= 3 and _attached(ctx, e, k) for e in ends)
        # "اشتباكات ليلية وقعت في حي الجهوري بالعاصمة بين X و Y": the setting may come
        # first; far from the clash noun, "بين" counts only when it joins two parties
        far = not near and any(0 <= k - e <= _FAR_BETWEEN and not _trigger_between(ctx, e, k) for e in ends)
        if not (near or far):
            continue
        if k + 1 < c.te and ctx.norm[k + 1] in _BOTH_SIDES:
            return _sides_named_before(ctx, k)  # "اشتباكات بين الطرفين": the parties named before
        first = noun_phrase(ctx, k + 1, min(c.te, k + 7), allow_happening=True)
        if first is None or first.name is None:
            return None, None
        first = _suspected_group(ctx, c, first) or first  # "بين أفراد يعتقد أنهم من المقاومة"
        second = _other_side(ctx, c, first) or _second_party(ctx, c, first)
        if far and second is None:
            return None, None
        return first, second
    return None, None


_FAR_BETWEEN = 16  # words of time and place a clash noun may have before its "بين"
_BOTH_SIDES = frozenset({"الطرفين", "الجانبين"})  # normalized "the two sides"
_SIDE_KINDS = frozenset({"armed_group", "military", "police", "party", "people", "government"})


def _sides_named_before(ctx: ArticleContext, k: int) -> tuple[Actor | None, Actor | None]:
    """"طردت المقاومة الحوثيين بعد معارك بين الطرفين", "واستغل مقاتلون من الطوارق وقبيلة تبو
    الفراغ ... الاشتباكات تفجرت بين الطرفين": the two sides are the first two parties (groups,
    forces, peoples; not persons, not the sources) named in the sentence before "بين", or
    else in the sentence before it. Fewer than two named: no sides."""
    si = ctx.sentence_of(k)
    for sj in (si, si - 1):
        if sj < 0:
            break
        lo, hi = ctx.tok_range(*ctx.sentences[sj])
        sides: list[Actor] = []
        t = lo
        while t < min(hi, k):
            hit = ctx.mention_at.get(t)
            if hit is None:
                t += 1
                continue
            ent = ctx.entities.get(getattr(hit[1], "entity_id", None) or "")
            if ent is not None and ent.kind in _SIDE_KINDS and getattr(hit[1], "type", None) != "PER" \
                    and all(a.entity_id != ent.id for a in sides):
                sides.append(_entity_actor(ctx, t, hit[0], hit[1]))
            t = max(t + 1, hit[0])
        if len(sides) >= 2:
            return sides[0], sides[1]
    return None, None


def _trigger_between(ctx: ArticleContext, e: int, k: int) -> bool:
    """Does another event word start between tokens e and k (then "بين" is that one's)?"""
    starts = _trigger_starts(ctx)
    return any(t in starts for t in range(e, k))


_SIDE_REACH = 8  # words from the first party to its "من جهة" ("بين الجيش والقبائل الموالية له من جهة")
_SIDE_WORDS = frozenset({"جهه", "جانب", "ناحيه"})  # normalized "من جهة"/"من جانب"/"من ناحية": one side


def _other_side(ctx: ArticleContext, c: Clause, first: Actor) -> Actor | None:
    """"بين الجيش وحلفائه من جهة، ومسلحي الحركة من جهة أخرى", "بين الشرطة من جانب
    والمحتجين من جانب آخر": the first side may hold several parties; the other side is the one
    after "من جهة" ("من جانب", "من ناحية")."""
    if first.span is None:
        return None
    _, j = ctx.tok_range(first.span.start, first.span.end)
    side = next((t for t in range(j, min(c.te - 2, j + _SIDE_REACH))
                 if ctx.norm[t] == "من" and ctx.norm[t + 1] in _SIDE_WORDS), None)
    if side is None:
        return None
    k = side + 2
    while k < c.te and ctx.norm[k] in _COMMAS:
        k += 1
    if k >= c.te or not ctx.norm[k].startswith("و") or len(ctx.norm[k]) < 3:
        return None
    a = noun_phrase(ctx, k, min(c.te, k + 6), allow_happening=True)
    if a is None or a.span is None or a.name is None:
        return None
    a = _without_conjunction(ctx, a, k)
    # "والمسلحين الحوثيين من جهة أخرى": described men with their group's adjective are the group
    return (_group_adjective(ctx, c, a) if a.rank <= RANK_DESCRIPTION else None) or a


def _second_party(ctx: ArticleContext, c: Clause, first: Actor) -> Actor | None:
    """The party joined to the first by "و" ("الحكومة والمتمردون"), without the "و"."""
    if first.span is None:
        return None
    _, j = ctx.tok_range(first.span.start, first.span.end)
    # "بين وحدات حماية الشعب الكردي وعناصر داعش": the first party's own adjectives (definite
    # nisbas the entity's words leave out) stand before the "و" of the second
    for _ in range(2):
        if j < c.te and _definite_nisba(ctx.norm[j]):
            j += 1
    relative = j < c.te and ctx.norm[j] in _RELATIVES
    if relative:
        # "بين قوات الحكومة التي يوجد مقرها في شرق ليبيا ومقاتلين متطرفين": past the relative clause
        j = next((t for t in range(j + 2, min(c.te, j + 10)) if ctx.norm[t].startswith("و")
                  and len(ctx.norm[t]) > 3 and ctx.is_word(t)), c.te)
    if j >= c.te or not ctx.norm[j].startswith("و") or len(ctx.norm[j]) < 3:
        return None
    a = noun_phrase(ctx, j, min(c.te, j + 6), allow_happening=True)
    if a is None or a.span is None or (relative and not (a.known or a.rank >= RANK_ORG
                                                         or ctx.has(j, ctx.lex.actor_heads))):
        return None
    a = _without_conjunction(ctx, a, j)
    return a if a.name is not None else None


def _without_conjunction(ctx: ArticleContext, a: Actor, k: int) -> Actor:
    """The party read from token k ("والمتمردون") without the "و" that joins it to the first."""
    if a.span is None or not a.span.text.startswith("و") or a.span.start != ctx.tokens[k][0]:
        return a
    s = a.span.start + 1
    span = Span(s, a.span.end, ctx.text[s:a.span.end])
    return Actor(a.name if a.name != a.span.text else span.text, span, a.entity_id,
                 max(a.rank, RANK_DESCRIPTION), a.known)


def _definite_nisba(t: str) -> bool:
    """"الكردي", "اليمنية", "السوريه": a definite nisba adjective (normalized)."""
    return t.startswith("ال") and len(t) > 5 and t.endswith(("ي", "يه"))


def _conjoined(a: Actor) -> bool:
    """Is the actor a second party after "و" ("ومقاتلي المعارضة")?"""
    return a.span is not None and a.span.text.startswith("و")


def _nominal(ctx: ArticleContext, h: lex.Hit) -> bool:
    """"بخطف", "الاعتقال": a verb-form trigger with a preposition or the article is a noun."""
    tok = ctx.norm[h.start]
    word = h.pattern.words[0].lstrip("=")
    if word.startswith("ال"):  # "التقى", "القت القبض" are verbs
        return False
    if h.start > 0 and ctx.norm[h.start - 1] in _governing_nouns() and any(tok == word + p for p in _OBJECT_PRONOUNS):
        return True  # "أثناء قصفها مدينة إدلب": a verbal noun; its pronoun did it, the town was hit
    return tok.startswith(("ب", "ل", "ال", "وب", "ول", "وال"))


@lru_cache(maxsize=1)
def _governing_nouns() -> frozenset[str]:
    return lex.word_set("event_governing_nouns.tsv")


def _nisba_perpetrator(ctx: ArticleContext, c: Clause, hits: list[lex.Hit]) -> Actor | None:
    """"قصف طائرات (اف 16) التركية", "غارات إسرائيلية": air and artillery strikes are the
    state's whose adjective follows the weapon."""
    ends = [h.end for h in hits if _role(h) in ("event", "modifier")]
    # "الطيران الحربي الإسرائيلي" names the air arm; "طائرة أميركية" is only a plane of that nation
    aircraft_ends = [h.end for h in hits if _role(h) == "modifier" and h.pattern.value[0] == "air_strike"
                     and ctx.norm[h.start].startswith("ال")]
    group = _weapon_group_adjective(ctx, c, ends)
    if group is not None:
        return group
    for k, cc in ctx.nisbas_in(c.ts, c.te):
        if any(0 <= k - e <= 4 for e in ends) and not ctx.has(k - 1, _land_nouns()):
            # "الطيران الحربي الإسرائيلي": a nation's air arm is its air force; not "مقذوف من
            # داخل الأراضي اليمنية": the land a shot came from
            force = (national_air_force(cc) if any(0 <= k - e <= 2 for e in aircraft_ends) else None) \
                or national_force(cc)
            if force is not None:  # "غارة أميركية": the state's armed forces struck (ranked as the state)
                return Actor(force[0], ctx.span(k, k + 1), force[1], RANK_PLACE)
            place = placelib.country_place(cc)
            if place is not None:
                return Actor(place.name, ctx.span(k, k + 1), None, RANK_PLACE)
    return None


@lru_cache(maxsize=1)
def _land_nouns() -> frozenset[str]:
    return lex.word_set("event_land_nouns.tsv")


@lru_cache(maxsize=1)
def _weapon_group_adjectives() -> dict[str, str]:
    return {row[0]: row[1] for row in lex.load_tsv("event_group_adjectives.tsv")}


def _weapon_group_adjective(ctx: ArticleContext, c: Clause, ends: list[int]) -> Actor | None:
    """"لمقذوفات حوثية", "قذائف حوثية": a group's adjective (indefinite, as the weapon is) right
    after the weapon or strike word (one more adjective between them at most) names the group
    that fired it."""
    if _lookup_actor is None:
        return None
    adjectives = _weapon_group_adjectives()
    for e in ends:
        for k in range(e, min(c.te, e + 2)):
            name = adjectives.get(ctx.norm[k])  # as written: "مليشيا الحوثي" is a genitive, not an adjective
            if name is None:
                continue
            ent = _lookup_actor(name)
            if ent is not None:
                return Actor(ent.name, ctx.span(k, k + 1), ent.id, RANK_ORG)
    return None


def _country_coalition(ctx: ArticleContext, c: Clause, hits: list[lex.Hit]) -> Actor | None:
    """"طائرات التحالف", "غارات التحالف": a bare "التحالف" right after the aircraft or strike
    word is the coalition that strikes in the article's country (event_coalition_by_country.tsv)."""
    k = next((h.end for h in hits if _role(h) in ("event", "modifier") and c.ts <= h.end < c.te
              and ctx.norm[h.end] == "التحالف" and (h.end + 1 >= c.te or h.end + 1 not in ctx.nisba_at)), None)
    ent = _coalition_striking_here(ctx) if k is not None else None
    return Actor(ent.name, ctx.span(k, k + 1), ent.id, RANK_ORG) if ent is not None else None


def _coalition_arm(ctx: ArticleContext, c: Clause, a: Actor) -> Actor | None:
    """"قصف طيران التحالف منزل قائد", "شنت مقاتلات التحالف غارات": a force or aircraft word
    before a bare "التحالف" (the subject the clause names) is the coalition that strikes in the
    article's country, as "طائرات التحالف" right after the strike word is."""
    if a.span is None:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if j != i + 2 or not ctx.has(i, ctx.lex.actor_heads) or ctx.norm[i + 1] != "التحالف" \
            or (j < c.te and j in ctx.nisba_at):
        return None
    ent = _coalition_striking_here(ctx)
    return Actor(ent.name, ctx.span(i + 1, j), ent.id, RANK_ORG) if ent is not None else None


def _coalition_striking_here(ctx: ArticleContext) -> Entity | None:
    """The coalition that strikes in the article's main country (event_coalition_by_country.tsv:
    the Saudi-led one in Yemen, the anti-IS one in Syria and Iraq), None elsewhere."""
    if _lookup_actor is None:
        return None
    cc = _main_country(ctx)
    name = _coalitions().get(cc) if cc else None
    return _lookup_actor(name) if name else None


@lru_cache(maxsize=1)
def _coalitions() -> dict[str, str]:
    return {row[0]: row[1] for row in lex.load_tsv("event_coalition_by_country.tsv")}


def _described_aircraft(ctx: ArticleContext, c: Clause, hits: list[lex.Hit]) -> Actor | None:
    """"الطيران المروحي", "الطيران الحربي والمروحي", "الطيران التابع للنظام": the definite
    aircraft word with the adjectives that tell whose or which aircraft struck; a bare
    "الطيران" or an indefinite "طائرة حربية" says too little to name a perpetrator."""
    for h in hits:
        if _role(h) != "modifier" or not ctx.norm[h.start].startswith("ال") or h.start < c.ts:
            continue
        j = _chunk_end(ctx, h.start, min(c.te, h.start + 8))
        # "والمروحي": a second adjective of the same aircraft
        while j < c.te and ctx.norm[j].startswith("وال") and ctx.norm[j].endswith(("ي", "يه")):
            j += 1
        if j <= h.start + 1 or ctx.lex.triggers.find(ctx.norm, h.start + 1, j):
            continue
        span = ctx.span(h.start, j)
        return Actor(span.text, span, None, RANK_DESCRIPTION, known=False)
    return None


def _national_unit(cc: str, heads: tuple[str, ...]) -> tuple[str, str] | None:
    """(canonical name, entity id) of the military body the actor lexicon names by one of
    ``heads`` with the country's adjective ("الجيش الأفغاني", "سلاح الجو التركي")."""
    if _lookup_actor is None:
        return None
    for row_cc, _en, _names, adjectives in placelib.country_rows():
        if row_cc != cc:
            continue
        for adj in adjectives:
            adj = adj if adj.startswith("ال") else "ال" + adj
            for head in heads:
                ent = _lookup_actor(f"{head} {adj}")
                if ent is not None and ent.kind == "military" and ent.country == cc:
                    return ent.name, ent.id
    return None


@lru_cache(maxsize=256)
def national_force(cc: str) -> tuple[str, str] | None:
    """A country's armed forces ("الجيش الأفغاني" -> Afghan National Army)."""
    return _national_unit(cc, ("الجيش",))


@lru_cache(maxsize=256)
def national_air_force(cc: str) -> tuple[str, str] | None:
    """A country's air force ("الطيران التركي"/"سلاح الجو التركي" -> Turkish Air Force)."""
    return _national_unit(cc, ("الطيران", "سلاح الجو"))


def _as_national_force(ctx: ArticleContext, a: Actor) -> Actor:
    """Soldiers of a nation are its army: "عشرة جنود أفغان", "10 من الجنود الأفغان", "جنديا
    أوكرانيا" -> the country's armed forces (police and security men stay as written)."""
    if a.span is None or a.rank >= RANK_PLACE:
        return a
    i, j = ctx.tok_range(a.span.start, a.span.end)
    forces = _force_nouns()
    while i < j and not ctx.has(i, forces) and (ctx.norm[i].isdecimal() or i in ctx.quantity_at or ctx.norm[i] == "من"):
        i += 1  # "عشرة جنود", "10 من الجنود"
    if i >= j or not ctx.has(i, forces):
        return a
    if i + 1 < j and ctx.has(i + 1, _police_words()):
        return a  # "ضابط شرطة تركي": a policeman, not the army
    cc = next((x for _k, x in ctx.nisbas_in(i + 1, min(j + 1, len(ctx.norm)))), None)
    force = national_force(cc) if cc else None
    if force is None:
        return a
    return Actor(force[0], a.span, force[1], RANK_ORG)


@lru_cache(maxsize=1)
def _force_nouns() -> frozenset[str]:
    return lex.word_set("event_force_nouns.tsv")


@lru_cache(maxsize=1)
def _police_words() -> frozenset[str]:
    return lex.word_set("event_police_words.tsv")


def _happening_is_subject(ctx: ArticleContext, c: Clause, vs: int) -> bool:
    """Does an attack noun stand right before the verb at vs as its subject ("عملية انتحارية
    بسيارة مفخخة استهدفت", "هجوم الذي استهدف")?"""
    for h in ctx.lex.triggers.find(ctx.norm, max(c.ts, vs - 6), vs):
        if _role(h) == "event" and _form(h) != "verb" and 0 <= vs - h.end <= 3 and _attached(ctx, h.end, vs) \
                and _description_ending_at(ctx, h.end, h.start) is None:  # "انتحارية نفذت": the bomber
            return True
    return False


def _verb_span(h: lex.Hit) -> tuple[int, int, int]:
    """(verb start, verb end, end of the subject's room) of a verb trigger. A pattern with a
    gap has its subject in the gap ("فرضت الولايات المتحدة عقوبات", "أطلقت امرأتان النار",
    "ألقت السلطات الكويتية القبض"): the verb is the words before the gap, and the subject
    ends where the words after the gap begin."""
    words = h.pattern.words
    if lex.GAP not in words:
        return h.start, h.end, h.end + 10
    before = words.index(lex.GAP)
    ve, lim = h.start + before, h.end - (len(words) - before - 1)
    if lim <= ve:  # nothing in the gap: "فتح النار" read by "فتح ... النار"
        return h.start, h.end, h.end + 10
    return h.start, ve, lim


def _subject(ctx: ArticleContext, c: Clause, vs: int, ve: int, open_subject: bool = False,
             group: bool = False, limit: int | None = None, support: bool = False) -> Actor | None:
    """Subject of the verb at [vs, ve): a named actor right before it (SVO: "بوتين اجتمع",
    "طالبان التي قتلت") or after it (VSO), else a known description of the perpetrators.
    For an active event verb (``open_subject``) any noun phrase in subject position will
    do ("إن وحدة اسرائيلية خاصة اغتالت", "هاجم مفجرون انتحاريون"); for a protest
    (``group``) quantity words before the group are skipped ("آلاف المتظاهرين"). The object
    of a ``support`` verb is the happening ("قام ثلاثة مقنعين بخطف"): a counted group after it
    is its subject."""
    if _happening_is_subject(ctx, c, vs):
        return None  # "هجوم انتحاري بسيارة مفخخة استهدف قافلة": the attack did it; the words after are its object
    k = vs - 1
    relative = k >= c.ts and ctx.norm[k] in _RELATIVES
    if relative:
        # "شبكة حقاني التي صنفتها واشنطن": a subject named after the verb wins over the antecedent
        after = noun_phrase(ctx, ve, min(c.te, ve + 6))
        if after is not None and after.rank >= RANK_PLACE:
            return after
        k -= 1
    if k >= c.ts and (ctx.norm[k] in _COMMAS or ctx.norm[k] == ":"):
        # "اتخذها الجيش اللبناني، احتشد المتظاهرون": a comma ends another clause;
        # "قال المرصد: قصف الطيران": the speaker before a colon reports, he did not strike;
        # "إن سلاح الجو، ومقره شرق البلاد، نفذ": a parenthesis between commas stands between
        # the subject and its verb
        opened = _parenthesis_start(ctx, c, k) if ctx.norm[k] in _COMMAS else None
        if opened is not None:
            head = _phrase_before(ctx, c, opened)
            if head is not None:
                return head
        k = opened - 1 if opened is not None else c.ts - 1
    while k > c.ts and ctx.norm[k] in ("قد", "لقد", "وقد"):
        k -= 1  # "التحالف قد أعلن": the subject before the particle
    if k >= c.ts and _time_word(ctx, k):
        # "هذا الصباح فجر انتحاري": a time before the verb is no subject ("الصباح" is also a
        # family), and what stands before the time is another clause's ("أعلنت الوزارة اليوم تنفيذ")
        k = c.ts - 1
    if k >= c.ts and (ctx.norm[k] in _OPEN_QUOTES or _quote_opens_after(ctx, k)):
        k = c.ts - 1  # "قال لفرانس برس «فجر انتحاري»": the speaker before a quote did not strike
    if k >= c.ts:
        for start in range(k, max(c.ts, k - 5) - 1, -1):
            hit = ctx.mention_at.get(start)
            if hit is not None and hit[0] == k + 1 and _can_be_subject(ctx, c, start, hit[1]):
                return _entity_actor(ctx, start, hit[0], hit[1])
        for start in range(k, max(c.ts, k - 3) - 1, -1):
            found = _lookup_span(ctx, start, k + 1)
            if found is not None and found.rank >= RANK_ORG and not _after_preposition(ctx, c, start):
                return found
    if k >= c.ts:
        owner = _unit_owner(ctx, c, k + 1)  # "إن قوة أمنية تابعة لقوات البيشمركة شنت"
        if owner is not None:
            return owner
    start_after = ve
    if group:
        while start_after < c.te and (ctx.has(start_after, ctx.lex.quantifiers) or ctx.norm[start_after].isdecimal()
                                      or start_after in ctx.time_tokens or ctx.norm[start_after] in _TIME_WORDS):
            start_after += 1
    after = noun_phrase(ctx, start_after, min(c.te, start_after + 6, limit or c.te))
    if group:
        counted = next((k for k in range(ve, start_after) if ctx.has(k, _crowd_counts())), None)
        crowd = _counted_crowd(ctx, counted, after) if counted is not None and after is not None else None
        if crowd is not None:
            return crowd  # "تظاهر عشرات الأكراد": the crowd as counted, not the nation it belongs to
    if not group and (ctx.norm[vs].endswith("وا") or (not support and (
            _counted_after(ctx, ve, c.te) or _passive(ctx, vs) or _victim_after(ctx, start_after, c.te)))
                      or ctx.norm[ve - 1].startswith(("نفس", "انفس"))):  # "فجر نفسه بالقرب من": the bomber is in the verb
        # "مجهولين اغتالوا رجل الدين": a plural verb has its subject before it or in it;
        # "خطف 23 متطوعا": a counted group after the verb is what it was done to
        after = None
    if after is not None and after.rank >= RANK_PLACE:
        return after
    if k >= c.ts:
        d = _description_ending_at(ctx, k + 1, c.ts)
        if d is not None:
            return d
    if after is not None and after.known and not _is_object_like(after):
        return after
    if open_subject:
        before = _bounded_subject(ctx, c, vs, but=True)
        if before is not None:
            return before
        # "وأطلقوا رصاص البنادق": a verb in the plural carries its subject; the words after are objects
        # "المرأة التي اعتقلت تبلغ من العمر": after a relative, words the lexicon does not know
        # are the sentence going on, not the verb's subject
        if after is not None and not _is_object_like(after) and not ctx.norm[vs].endswith("وا") \
                and not _lone_object(ctx, c, vs, ve, after) and not (relative and not after.known):
            return after
    return None


_UNIT_OF = frozenset({"تابعه", "التابعه", "تابع", "التابع"})  # normalized "تابعة لـ": a unit of
_OWNER_KINDS = frozenset({"military", "police", "armed_group"})
_UNIT_REACH = 3  # words of the unit itself before "تابعة" ("قوة أمنية", "وحدة خاصة")


def _unit_owner(ctx: ArticleContext, c: Clause, end: int) -> Actor | None:
    """"إن قوة أمنية تابعة لقوات البيشمركة الكردية شنت عملية": a unit said to belong to a
    named armed body, as the subject ending at token ``end``, is that body acting."""
    for t in range(end - 2, max(c.ts, end - 6) - 1, -1):
        if ctx.norm[t] not in _UNIT_OF:
            continue
        hit = ctx.mention_at.get(t + 1)
        ent = ctx.entities.get(getattr(hit[1], "entity_id", None) or "") if hit is not None else None
        if hit is None or ent is None or ent.kind not in _OWNER_KINDS:
            return None
        j = hit[0]
        while j < end and (j in ctx.nisba_at or (ctx.norm[j].startswith("ال") and ctx.norm[j].endswith(("ي", "يه")))):
            j += 1  # "قوات البيشمركة الكردية": the body's own adjective
        lo = t - 1
        while lo >= c.ts and t - lo <= _UNIT_REACH and ctx.is_word(lo) and ctx.norm[lo] not in _COMPLEMENTIZERS:
            lo -= 1
        unit_opens = lo < c.ts or ctx.norm[lo] in _COMPLEMENTIZERS or ctx.norm[lo] in _COMMAS
        if j != end or lo + 1 >= t or not unit_opens:
            return None
        return _entity_actor(ctx, t + 1, hit[0], hit[1])
    return None


def _phrase_before(ctx: ArticleContext, c: Clause, end: int) -> Actor | None:
    """The noun phrase between "إن"/"أن" (or the clause start) and token ``end``, read from its
    head: "إن سلاح الطيران التابع للحكومة بليبيا، ..." -> the air force, not the country."""
    lo = end - 1
    while lo >= c.ts and end - lo <= 8 and ctx.norm[lo] not in _COMPLEMENTIZERS and ctx.norm[lo] not in _COMMAS:
        lo -= 1
    if end - lo > 8 or lo + 1 >= end or (lo >= c.ts and ctx.norm[lo] in _COMMAS):
        return None
    a = noun_phrase(ctx, lo + 1, end)
    return a if a is not None and a.rank >= RANK_DESCRIPTION else None


_PARENTHESIS_OPENERS = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان", "وهو", "وهي", "وهم", "وهما"})


def _parenthesis_start(ctx: ArticleContext, c: Clause, close: int) -> int | None:
    """The comma that opens a parenthesis closed by the comma at token ``close``: a relative
    clause ("، الذي يحاصر المدينة،") or a circumstantial one with و and a pronoun ("، وهو ...،",
    "، ومقرها شرق البلاد،"), with a word before it to be the subject."""
    for j in range(close - 2, max(c.ts, close - 12) - 1, -1):
        if ctx.norm[j] not in _COMMAS:
            continue
        w = ctx.norm[j + 1]
        opens = w in _PARENTHESIS_OPENERS or (w.startswith("و") and len(w) > 4 and w.endswith(("ه", "ها", "هم")))
        return j if opens and j - 1 >= c.ts and ctx.is_word(j - 1) else None
    return None


def _lone_object(ctx: ArticleContext, c: Clause, vs: int, ve: int, after: Actor) -> bool:
    """Is the one unknown noun phrase after a transitive attack verb its object? "وهاجمت سفينة
    أخرى قرب ...", "واقتحمت أول موقع ...": with no second phrase after it there is no VSO
    order; the subject is in the verb, and what follows was hit. ("هاجم مسلحون مركزا" has both.)"""
    if after.known or after.span is None or not any(
            h.start <= vs < h.end and _col(h, 0, "object") == "object" and _col(h, 2) != "noun"
            for h in ctx.lex.targets.find(ctx.norm, vs, ve)) or not any(
            h.start == vs and family_of(h.pattern.value[0]) == "violence" for h in ctx.triggers_in(vs, ve)):
        return False
    k = _past_times(ctx, ctx.tok_range(after.span.start, after.span.end)[1], c.te)
    if k < c.te and (ctx.norm[k].isdecimal() or _in_quantity(ctx, k)):
        return False  # "اعتقلت القوات الأمنية 23 عنصرا": a counted object follows the subject
    if k >= c.te or not ctx.is_word(k) or ctx.is_stop(k):
        return True
    t = ctx.norm[k]
    return (t[:1] == "و" and len(t) > 3) or (t[:1] in ("ب", "ل") and len(ctx.cands[k]) > 1)


def _quote_opens_after(ctx: ArticleContext, k: int) -> bool:
    """Does a quotation open right after token k ("لفرانس برس «...")?"""
    if k + 1 >= len(ctx.tokens):
        return False
    gap = ctx.text[ctx.tokens[k][1]:ctx.tokens[k + 1][0]]
    return any(q in gap for q in _OPEN_QUOTES) or ctx.norm[k + 1] in _OPEN_QUOTES


_OPEN_QUOTES = ("«", '"', "“")


def _time_word(ctx: ArticleContext, k: int) -> bool:
    """Is token k part of a time expression or a time word ("الصباح", "امس", "هذا")?"""
    w = ctx.norm[k]
    return k in ctx.time_tokens or w in _TIME_WORDS or (w.startswith("ال") and w[2:] in _TIME_WORDS)


def _passive(ctx: ArticleContext, vs: int) -> bool:
    """"قُتل", "اختُطف": a damma written early in the verb marks the passive."""
    raw = ctx.text[ctx.tokens[vs][0]:ctx.tokens[vs][1]]
    if raw[:1] in ("و", "ف"):
        raw = raw[1:]
    return "\u064f" in raw[:5]


def _victim_after(ctx: ArticleContext, k: int, te: int) -> bool:
    """"اختطف صحافي فرنسي", "اغتيل مسؤول محلي": a civilian, a journalist or an official
    right after a violent verb is who it was done to (the verb is passive), not who did it."""
    while k < te and (k in ctx.time_tokens or ctx.norm[k] in _TIME_WORDS):
        k += 1
    base = _victim_base(ctx, k) if k < te else None
    return base is not None and ctx.lex.victims[base][0] in ("civilians", "journalists", "officials")


def _counted_after(ctx: ArticleContext, k: int, te: int) -> bool:
    """Does a figure open the words at token k ("23 متطوعا", "ثلاثة من الجنود")?"""
    while k < te and (k in ctx.time_tokens or ctx.norm[k] in _TIME_WORDS):
        k += 1
    return k < te and (ctx.norm[k].isdecimal() or (_in_quantity(ctx, k) and not _dual_noun(ctx, k)))


def _after_preposition(ctx: ArticleContext, c: Clause, start: int) -> bool:
    """Is the word at ``start`` the object of a preposition ("في بلدة الجزيرة")?"""
    if start <= c.ts:
        return False
    prev = ctx.norm[start - 1]
    return prev in ("في", "من", "على", "الى", "عن", "مع", "قرب") or prev in placelib.place_words()


def _can_be_subject(ctx: ArticleContext, c: Clause, start: int, mention: object) -> bool:
    """Persons and organisations can act; of places only countries ("قصفت تركيا")."""
    etype = getattr(mention, "type", None)
    if etype not in ("PER", "ORG", "LOC") or _after_preposition(ctx, c, start):
        return False
    if etype == "LOC":
        ent = ctx.entities.get(getattr(mention, "entity_id", None) or "")
        return ent is not None and ent.kind == "country"
    return True


def _bounded_subject(ctx: ArticleContext, c: Clause, vs: int, but: bool = False) -> Actor | None:
    """The words between "إن"/"أن" (or the clause start) and the verb: its subject. With
    ``but``, "لكن" opens the subject as "إن" does, and "لكنه فجر نفسه" has its subject in the
    pronoun (none to read)."""
    opens = _COMPLEMENTIZERS | _BUT if but else _COMPLEMENTIZERS
    lo = vs - 1
    while lo >= c.ts and vs - lo <= 4 and ctx.is_word(lo) and ctx.norm[lo] not in opens \
            and not ctx.is_stop(lo):
        lo -= 1
    if vs - lo > 4 or lo + 1 >= vs:
        return None
    if lo >= c.ts and ctx.norm[lo] not in opens and ctx.norm[lo] not in _COMMAS:
        return None
    start = lo + 1
    if start + 1 < vs and ctx.has(start, _announce_verbs()):
        start += 1  # "وأعلن الجيش شن ضربات": who announces the strike is the subject after the verb
    while start < vs and ctx.has(start, ctx.lex.quantifiers):
        start += 1
    if start >= vs:
        return None
    span = ctx.span(start, vs)
    return _lookup_span(ctx, start, vs) or _description(ctx, start, vs) or Actor(
        span.text, span, None, RANK_DESCRIPTION, known=False)


def _is_object_like(a: Actor) -> bool:
    return a.rank == RANK_DESCRIPTION and a.name is not None and (
        a.name == "civilians" or lex.civilian_description(a.name))


@lru_cache(maxsize=1)
def _crowd_counts() -> frozenset[str]:
    return lex.word_set("event_crowd_counts.tsv")


def _counted_crowd(ctx: ArticleContext, k: int, group: Actor) -> Actor | None:
    """A protesting crowd counted in round figures keeps its count: "عشرات الأكراد", "المئات
    من المواطنين", "آلاف العراقيين" (the words from the count at token k to the end of the
    group after it). A named person or organisation after the count is the actor itself."""
    if group.span is None:
        return None
    if group.entity_id is not None and getattr(ctx.entities.get(group.entity_id), "kind", None) != "people":
        return None  # "آلاف من أنصار حزب ...": an organisation named is the actor itself
    end = ctx.tok_range(group.span.start, group.span.end)[1]
    if end - k > 6:
        return None
    span = ctx.span(k, end)
    return Actor(span.text, span, None, RANK_DESCRIPTION, known=False)


def _crowd_before(ctx: ArticleContext, c: Clause, anchor: int) -> Actor | None:
    """A crowd counted in round figures between the clause start and the protest word at
    ``anchor``, not after a preposition ("خرج آلاف العراقيين في بغداد احتجاجاً")."""
    for k in range(c.ts, anchor):
        if ctx.has(k, _crowd_counts()) and not _after_preposition(ctx, c, k) and not ctx.norm[k].startswith(("ب", "ل")):
            j = k + 2 if k + 1 < anchor and ctx.norm[k + 1] == "من" else k + 1
            group = noun_phrase(ctx, j, min(anchor, j + 5)) if j < anchor else None
            return _counted_crowd(ctx, k, group) if group is not None else None
    return None


def _description_ending_at(ctx: ArticleContext, end: int, lo: int) -> Actor | None:
    for h in ctx.lex.descriptions.find(ctx.norm, max(lo, end - 3), end):
        if h.end == end:
            d = lex.description_of(h)
            if d.role in ("actor1", "both"):
                span = ctx.span(h.start, h.end)
                return Actor(None if d.anonymous else (d.canonical or span.text), span, None,
                             RANK_ANONYMOUS if d.anonymous else RANK_DESCRIPTION)
    return None


def _target(ctx: ArticleContext, c: Clause, m: EvMention, hits: list[lex.Hit]) -> tuple[Actor | None, list[Actor]]:
    """(target, what was hit): the target is the best of what follows a target cue
    ("استهدف", "هجوم على"), a site hit ("تفجير في حي سكني") and the victims ("قُتل
    الوزير فلان", "قتل طفل" -> civilians); what was hit (all but the victims) tells
    one happening from another."""
    lx = ctx.lex
    candidates: list[tuple[float, Actor, str]] = []
    event_ends = [h.end for h in hits if _role(h) == "event"]
    weapon_ends = event_ends + [h.end for h in hits if _role(h) == "modifier"]  # "ألقوا متفجرات على ثكنات"
    cue_hits = ctx.found(lx.targets, c.ts, c.te)
    # "القبض على خلية ... بتفجير": words of another happening's trigger name its own target
    other_spans = [(x.start, x.end) for x in ctx.triggers_in(c.ts, c.te)
                   if family_of(x.pattern.value[0]) != m.family]
    others = _other_happenings(ctx, c, m.family)
    heard_at: list[Actor] = []
    for h in cue_hits:
        if any(o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start for o in cue_hits):
            continue  # "على متن" over "على"
        if any(s <= h.start < e for s, e in other_spans):
            continue
        kind = _col(h, 0, "object")
        if _col(h, 1) and _col(h, 1) != m.family:
            continue  # "منذ تعيين الملا ..." names no target of an attack
        if kind == "after_trigger" and not any(0 <= h.start - e <= 4 and _attached(ctx, e, h.start)
                                               for e in weapon_ends):
            continue
        if kind == "after_trigger" and h.start > c.ts and ctx.has(h.start - 1, _locative_words()):
            continue  # "على الحدود مع تشاد": the border's neighbour, not the other side
        if kind == "demand":
            if m.family != "protest":
                continue
            a = _demanded(ctx, h.end, c.te)
            if a is not None:
                candidates.append((5.0 if a.rank >= RANK_PLACE else 3.5, a, kind))
            continue
        if kind == "subject" and not ctx.norm[h.start].startswith(("ب", "ل")):  # "القوات الاميركية تعرضت لهجوم"
            a = _bounded_subject(ctx, c, h.start) or _subject(ctx, c, h.start, h.end)
            if (a is None or a.name is None) and h.end < c.te and not ctx.norm[h.end].startswith("ل"):
                a = noun_phrase(ctx, h.end, min(c.te, h.end + 6))  # "تعرضت دورية أمنية لمقذوف": after the verb
            if a is not None and a.name is not None:
                candidates.append((4.5 if a.rank >= RANK_PLACE else 3.0, a, kind))
            continue
        start = h.end
        # "دمر انفجار شاحنة مفخخة حيا سكنيا": skip the happening itself (of a pattern with a
        # gap, only the words before the gap: "عين الملك فلانا وليا للعهد")
        spans = [(x.start, _verb_span(x)[1]) for x in hits
                 if not (m.family == "arrest" and x.start == h.start)]  # "تفكيك خلية": the cell was taken
        covering = [e for s, e in spans if s <= start < e]
        while covering:
            start = max(covering)
            covering = [e for s, e in spans if s <= start < e]
        if kind == "object":
            if start > h.end:
                start = _skip_trigger_adjectives(ctx, start, c.te)
                agent = _trigger_genitive(ctx, start, c.te)
                if agent is not None and agent.span is not None:  # "استهدفت غارات التحالف مواقع"
                    start = ctx.tok_range(agent.span.start, agent.span.end)[1]
                elif start < c.te and ctx.norm[start].startswith("ال") and start + 1 < c.te \
                        and ctx.is_word(start + 1):
                    start = _chunk_end(ctx, start, c.te)  # the possessor of the attack noun, then its object
            start = _object_start(ctx, start, c.te, after_subject=start > h.end)
        a = noun_phrase(ctx, start, min(c.te, start + 6))
        if ctx.norm[h.end - 1] == "علي" and a is not None and a.span is not None and ctx.has(
                ctx.tok_range(a.span.start, a.span.end)[0], _locative_words()):
            continue  # "انفجرت على مقربة من", "هجوم على الحدود": where it happened, not what was hit
        if kind == "object" and _col(h, 2) != "noun" and a is not None and a.span is not None and (
                _is_perpetrator_words(ctx, a) or _same_span(a, m.actor1)):
            # "استهدف مفجر انتحاري مركزا": the perpetrator comes first (VSO), the target after it;
            # "قصفت جماعة الحوثي والقوات الموالية لها مدينة عدن": so does a second one joined by "و"
            doer = a
            while a is not None and a.span is not None and (a is doer or (m.family == "violence" and _second_subject(ctx, a, doer))):
                second = a is not doer
                doer = a
                nxt, _ = ctx.tok_range(a.span.end, a.span.end)
                person = ctx.mention_at.get(nxt) if second else None
                if person is not None and getattr(person[1], "type", None) == "PER" and person[0] < c.te:
                    nxt = person[0]  # "والقوات الموالية للرئيس السابق علي صالح": the name ends the phrase
                nxt = _object_start(ctx, nxt, c.te)
                a, start = noun_phrase(ctx, nxt, min(c.te, nxt + 6)), nxt
        a = _with_count(ctx, start, a, c.te)
        if a is not None and a.name is None and a.span is not None:
            # "اشتبك الجيش مع مسلحين": unnamed gunmen are a target as the text describes them
            a = Actor(a.span.text, a.span, None, RANK_DESCRIPTION)
        if a is not None and a.name is not None:
            # what the attack was aimed at outranks casualties counted without a name ("قتل طفلان في
            # غارة على مدينة ..."), unless the object points back at them ("استهدفت دوريتهما")
            aimed = _AIMED_OBJECT if m.family == "violence" and not _theirs(a) else 3.0
            candidates.append((4.5 if a.rank >= RANK_PLACE else aimed, a, kind))
    # "هجوم بشاحنة مفخخة في حي سكني", "تفجير أمام مدخل أكاديمية الشرطة", "بمقر النيابة العامة"
    for h in hits:
        if _role(h) == "event" and _form(h) != "verb" and h.end < c.te:
            # "تفجير جامع الإمام الصادق", "قصف مستشفى": the building in the genitive was hit
            k = _skip_trigger_adjectives(ctx, h.end, c.te)
            site = _site_at(ctx, k, c.te, genitive=True) if k < c.te else None
            if site is not None:
                candidates.append((4.0, site[0], "site"))
                break
    for _dist, k in sorted((abs(k - m.anchor), k) for k in _site_positions(ctx, c)):
        if others and _across_other(others, m.anchor, k, k + 1):
            continue  # "القبض على أفرادها ... بالتفجير الذي وقع في مسجد": that happening's site
        site = _site_at(ctx, k, c.te)
        if site is not None and _source_premises(ctx, c, k):
            # "بحسب مصدر طبي في مستشفى الكندي": where the source works was not hit (its words
            # still tell this report from another one)
            heard_at.append(site[0])
            break
        if site is not None:
            # whose premises were hit ("بمقر النيابة العامة") says more than who died there
            candidates.append((3.9 if site[1] else 1.5, site[0], "site"))
            break
    for h in ctx.found(lx.casualty, c.ts, c.te) if m.family == "violence" else []:
        if _col(h, 1, "before") != "before":
            continue
        k = h.end
        while k < c.te and (ctx.norm[k] in ("«", '"') or k in ctx.time_tokens):
            k += 1
        approx = [a.end for a in lx.approx.find(ctx.norm, k, min(c.te, k + 4)) if a.start == k and _col(a, 1) == "before"]
        if approx:  # "قتل ما لا يقل عن 17 عنصرا": the figure and its group come after the hedge
            k = max(approx)
        killers = [d.end for d in ctx.lex.descriptions.find(ctx.norm, k, min(c.te, k + 3))
                   if d.start == k and lex.description_of(d).role == "actor1"]
        by_killers = bool(killers) and _col(h, 3) == "verb" and max(killers) < c.te \
            and _counted_after(ctx, max(killers), c.te)
        if by_killers:
            k = max(killers)  # "قتل مسلحين ثمانية أشخاص": the gunmen killed; the counted group died
        v = _victim_actor(ctx, c, k)
        if v is None and _col(h, 3) == "verb" and not (
                k < c.te and (ctx.norm[k].isdecimal() or _in_quantity(ctx, k))):
            v = _victim_before(ctx, c, h.start)  # "جنديان قتلا": only a verb has its victims before it
        if v is not None:
            # "أشخاص" says little about who was hit; "طفل", "جنديين" say more than a target word
            generic = v.span is not None and _description(ctx, *ctx.tok_range(v.span.start, v.span.end)) is not None
            score = 6.0 if v.rank >= RANK_PERSON else 2.5 if generic else 3.5 if v.known else 3.2
            if _col(h, 0) == "killed" and not generic:
                score += 0.3  # "قتل جنديان وأصيب تسعة عراقيين": the dead were the target more than the hurt
            if _plain_victims(ctx, v):
                if not by_killers:
                    continue  # "قتل 15 شخصا في هجوم", "مقتل 19 شخصا": a toll counts the dead, it names no target
                # "قتل مسلحين ثمانية أشخاص": the object of the killing, as written with its count
                span = ctx.span(k, ctx.tok_range(v.span.start, v.span.end)[1])
                v, score = Actor(span.text, span, None, RANK_DESCRIPTION), 1.2
            elif v.rank < RANK_PERSON and _militant_victims(ctx, v):
                score = max(score, 4.2)  # "صواريخ على منطقة ... فقتلت 32 متمردا": fighters are what a strike aims at
            elif v.rank < RANK_PERSON and _force_victims(ctx, v) and (any(
                    kind in ("object", "site", "vehicle") and not _theirs(a) for s, a, kind in candidates)
                    or _hit_vehicle(ctx, c, m, candidates)):
                # "استهدف حافلة ... أصيب 18 شرطيا", "انفجر لغم في عربة عسكرية فقتل جنديا": the bus,
                # the armoured car was the target, the men in it were hit
                rival = max(s for s, a, kind in candidates if kind in ("object", "site", "vehicle") and not _theirs(a))
                score = min(score, 2.9, rival - 0.1)
            if v.rank < RANK_PERSON and _own_men(ctx, v):
                # "تعرضت دورية أمنية لمقذوف ... نتج عنه استشهاد أحد أفرادها": the patrol, the post
                # named was hit; "its men" are its casualties
                rivals = [s for s, a, kind in candidates if kind in ("object", "site", "vehicle", "subject")
                          and not _theirs(a)]
                if rivals:
                    score = min(score, max(rivals) - 0.1)
            candidates.append((score, v, "victim"))
    if not candidates:
        area = _area_after(ctx, c, m)  # "جددت قصفها لمناطق في بلدة الطيبة": no object cue read it
        return area, heard_at + ([area] if area is not None else [])

    def near(x: tuple[float, Actor, str]) -> float:  # the words next to the trigger speak of it
        span = x[1].span
        if span is None:
            return x[0]
        k, _ = ctx.tok_range(span.start, span.end)
        return x[0] - min(1.0, 0.04 * abs(k - m.anchor))

    # "أصيب حوالى عشرة", "حصيلة أعلنها التلفزيون", "ضربت موجة تفجيرات", "على ارتفاع منخفض": a
    # count, a verb or a word of no party is no target; the best of the others is (all still
    # tell one happening from another)
    parties = [x for x in candidates if party_or_none(ctx, x[1]) is not None]
    if m.family in ("arrest", "abduction") and len(parties) < len(candidates) \
            and party_or_none(ctx, max(candidates, key=near)[1]) is None:
        parties = [x for x in parties if x[2] != "site"]  # "القبض على عدد منهم ... في المطار": not the airport
    if not parties:
        return None, [a for _s, a, kind in candidates if kind not in ("victim", "vehicle")] + heard_at
    best = max(parties, key=near)
    target = _as_national_force(ctx, _extend_target(ctx, best[1], c.te))
    target = _holder_group(ctx, target, c.te) or target  # "غارات على مواقع للحوثيين": the Houthis
    target = _named_person_after(ctx, m, target, c.te) or _area_within(ctx, target, c.te) or target
    target = _first_of_pair(ctx, c, target) or _relative_holder(ctx, target, c.te) or _so_called(ctx, target, c.te) or target
    return target, [a for _s, a, kind in candidates if kind not in ("victim", "vehicle")] + heard_at


_NAME_GAP = 4  # words of place between a described victim and his name ("زعيم داعش في أفغانستان وباكستان حافظ سعيد")


def _named_person_after(ctx: ArticleContext, m: EvMention, a: Actor, te: int) -> Actor | None:
    """"أوقفت المواطن فرحات علي فرحان", "اختطاف الشاب مارك الحاج موسى", "مقتل زعيم داعش في
    أفغانستان حافظ سعيد": a described person whose name follows (only where he serves) is that
    person. A name after "يدعى" is left alone: the text names him in passing. Of violence
    (abductions aside) only an official or leader is named so; "الجندي فلان", "المواطن فلان"
    stay described: one of the toll, not the aim."""
    if a.span is None or a.entity_id is not None or a.rank >= RANK_PERSON:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if any(ctx.norm[t].startswith("ل") for t in range(i + 1, j)):
        return None  # "القوات الموالية للرئيس السابق علي صالح": the name is the possessor's
    base = _victim_base(ctx, i)
    if m.family != "arrest" and m.type != "abduction" and (
            base is None or ctx.lex.victims[base][0] != "officials"):
        return None  # of violence only a leader or official named is the aim ("زعيم داعش فلان")
    inside = next((t for t in range(i + 1, j) if getattr(ctx.mention_at.get(t, (0, None))[1], "type", None) == "PER"), None)
    k = j if inside is None else inside  # "المواطن فادي": the phrase took the name's first word
    while k < te and k - j <= _NAME_GAP:
        hit = ctx.mention_at.get(k)
        if hit is not None and getattr(hit[1], "type", None) == "PER":
            if ctx.norm[k].startswith("و"):
                return None  # "حيي الميدان وسليمان الحلبي": a second party, not his name
            return _entity_actor(ctx, k, hit[0], hit[1])
        if hit is not None and getattr(hit[1], "type", None) == "LOC":
            k = hit[0]  # "في أفغانستان وباكستان": where he serves
        elif ctx.norm[k] == "في" or (ctx.norm[k] == "و" and k > j):
            k += 1
        elif k > j and ctx.norm[k].startswith("و") and ctx.mention_at.get(k, (0, None))[1] is not None:
            k += 1
        else:
            return None
    return None


@lru_cache(maxsize=1)
def _area_words() -> frozenset[str]:
    return lex.word_set("event_target_areas.tsv")


def _area_within(ctx: ArticleContext, a: Actor, te: int) -> Actor | None:
    """"قصفت قوات النظام مناطق في بلدة الطيبة بالغوطة": "areas" say nothing; the place they lie
    in ("بلدة الطيبة") is what was hit, as far as its own name goes (where it lies is no part of it)."""
    if a.span is None or a.entity_id is not None:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if j - i != 1 or not ctx.has(i, _area_words()) or j + 1 >= te or ctx.norm[j] != "في":
        return None
    end = _chunk_end(ctx, j + 1, te)
    for s, (e, _mn) in ctx.mention_at.items():
        if s < end < e <= te:
            end = e  # "المزارع المحيطة بمخيم خان الشيح": a name the chunk cut runs to its end
    if end <= j + 1 or not ctx.is_word(end - 1):
        return None
    if end < te and ctx.norm[end].startswith("و") and ctx.is_word(end):
        return None  # "مناطق في بلدتي نبل والزهراء": places joined on; the chunk would cut them
    span = ctx.span(j + 1, end)
    hit = ctx.mention_at.get(j + 1)
    if hit is not None and hit[0] == end:
        return _entity_actor(ctx, j + 1, hit[0], hit[1])
    return Actor(span.text, span, None, RANK_DESCRIPTION)


_AREA_REACH = 6  # words from the trigger to its "مناطق في" ("قصف الطيران بالبراميل صباح أمس مناطق في")


def _area_after(ctx: ArticleContext, c: Clause, m: EvMention) -> Actor | None:
    """A strike or shelling with no target read otherwise: "areas in" a place named soon after
    the trigger, with no other happening between, are where it hit."""
    if m.family != "violence":
        return None
    starts = _trigger_starts(ctx)
    for k in range(m.anchor + 1, min(c.te - 1, m.anchor + _AREA_REACH + 1)):
        if k in starts:
            return None
        if ctx.has(k, _area_words()) and ctx.norm[k + 1] == "في":
            return _area_within(ctx, Actor(None, ctx.span(k, k + 1), None, RANK_DESCRIPTION), c.te)
    return None


@lru_cache(maxsize=1)
def _vehicle_words() -> dict[str, bool]:
    return {normalize(r[0]): False for r in lex.load_tsv("event_target_vehicles.tsv")}


def _hit_vehicle(ctx: ArticleContext, c: Clause, m: EvMention, candidates: list[tuple[float, Actor, str]]) -> bool:
    """Add the soldiers' vehicle a bomb went off in ("انفجرت عبوة بمدرعة تابعة للشرطة") as a
    candidate target, scored as a site whose premises were hit; is there one? It stays out of
    the words that tell one happening from another (a witness may name the car, the report
    the market)."""
    if m.family != "violence":
        return False
    vehicles = _vehicle_words()
    for _dist, k in sorted((abs(k - m.anchor), k) for k in range(c.ts, c.te)
                           if not vehicles.keys().isdisjoint(ctx.cands[k])):
        site = _site_at(ctx, k, c.te, sites=vehicles)
        if site is not None:
            candidates.append((3.9, site[0], "vehicle"))
            return True
    return False


@lru_cache(maxsize=1)
def _locative_words() -> frozenset[str]:
    return lex.word_set("event_target_locatives.tsv")


_SOURCE_REACH = 4  # words from "بحسب"/"قال" to the premises of the source ("مصدر طبي في مستشفى")


def _source_premises(ctx: ArticleContext, c: Clause, k: int) -> bool:
    """Does the site at token k belong to the attribution of the report ("بحسب مصدر في
    وزارة الداخلية", "قال طبيب في مستشفى المدينة"), not to what happened?"""
    return any(h.end <= k and k - h.end <= _SOURCE_REACH and not any(
        t in _trigger_starts(ctx) or ctx.norm[t] in _COMMAS for t in range(h.end, k))
        for h in ctx.lex.reports.find(ctx.norm, max(c.ts, k - _SOURCE_REACH - 3), k))


@lru_cache(maxsize=1)
def _holding_words() -> frozenset[str]:
    return lex.word_set("event_target_holdings.tsv")


def _holder_group(ctx: ArticleContext, a: Actor, te: int) -> Actor | None:
    """The armed group whose positions were hit: "مواقع للحوثيين", "موقعا تابعا لكتائب القسام",
    "عدة مواقع للتنظيم", "أوكار داعش". A strike on a group's positions is a strike on the group
    (positions of an army or the police stay as described: only armed groups are read)."""
    if a.span is None or a.entity_id is not None or a.rank >= RANK_PLACE:
        return None
    i, _ = ctx.tok_range(a.span.start, a.span.end)
    k = i
    while k < te and k - i < 2 and (ctx.has(k, ctx.lex.quantifiers) or ctx.norm[k] in _SEVERAL
                                   or _non_actor_class(ctx, k) == "quantifier"):
        k += 1  # "بعض المواقع", "عدة مواقع"
    if k >= te or not ctx.has(k, _holding_words()):
        return None
    k += 1
    while k < te and (k in ctx.nisba_at or ctx.norm[k] in _OTHER_WORDS) and not ctx.norm[k].startswith("ل"):
        k += 1  # "مواقع عسكرية للحوثيين"
    if k < te and ctx.norm[k].startswith(("تابع", "التابع")):
        k += 1  # "موقعا تابعا لكتائب القسام"
    group = _armed_group_at(ctx, k, te) if k < te else None
    if group is not None and group.span is not None:  # the evidence is the whole phrase, "مواقع للحوثيين"
        group.span = Span(a.span.start, group.span.end, ctx.text[a.span.start:group.span.end])
    return group


@lru_cache(maxsize=1)
def _holder_verbs() -> frozenset[str]:
    return lex.word_set("event_target_holder_verbs.tsv")


_PRONOUN_PREPOSITIONS = frozenset({"عليها", "عليه", "فيها", "فيه", "بها", "به"})  # "يسيطر عليها داعش"


def _relative_holder(ctx: ArticleContext, a: Actor, te: int) -> Actor | None:
    """"نفذ ضربة جوية على منطقة كان مقاتلو داعش يحاولون السيطرة عليها", "قصفت قرية يتحصن
    فيها مسلحو التنظيم": an unnamed place hit, followed by a relative clause whose subject is
    a named armed group holding or using it, was a strike on that group."""
    if a.span is None or a.entity_id is not None or a.rank >= RANK_PLACE:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if j - i == 2 and ctx.has(i + 1, _holder_verbs()):
        j -= 1  # "قرية يتحصن": the phrase took the verb of the relative clause
    if j - i != 1 or j >= te or not (ctx.has(i, _area_words()) or ctx.has(i, _holding_words())
                                     or ctx.has(i, placelib.place_words())):
        return None
    if not ctx.has(j, _holder_verbs()):
        return None
    k = j + 1
    if k < te and ctx.norm[k] in _PRONOUN_PREPOSITIONS:
        k += 1
    if k >= te:
        return None
    group = None
    head = noun_phrase(ctx, k, min(te, k + 5))
    ent = ctx.entities.get(head.entity_id or "") if head is not None else None
    if head is not None and ent is not None and ent.kind == "armed_group":
        group = Actor(ent.name, head.span, ent.id, RANK_ORG)
    else:
        group = _armed_group_at(ctx, k, te) or (
            _armed_group_at(ctx, k + 1, te) if k + 1 < te and ctx.has(k, ctx.lex.actor_heads) else None)
    if group is None or group.span is None:
        return None
    group.span = Span(a.span.start, group.span.end, ctx.text[a.span.start:group.span.end])
    return group


@lru_cache(maxsize=1)
def _naming_verbs() -> frozenset[str]:
    return lex.word_set("event_naming_verbs.tsv")


def _so_called(ctx: ArticleContext, a: Actor, te: int) -> Actor | None:
    """"تفجير على تجمع ما أسموه بـ«صحوات الردة»", "قصف مواقع ما يسمى بالجيش الحر": a target
    word followed by "what is called" is the party so called, as the text names it."""
    if a.span is None or a.entity_id is not None or a.rank >= RANK_PLACE:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if j - i > 2 or j + 2 >= te or ctx.norm[j] != "ما" or not ctx.has(j + 1, _naming_verbs()):
        return None
    k = j + 2
    if k < te and ctx.norm[k] == "عليه":
        k += 1  # "ما يطلق عليه"
    cut = 0
    if k < te and ctx.norm[k] in ("ب", "باسم"):
        k += 1  # "بـ«...»": the preposition written apart
    elif k < te and ctx.norm[k].startswith("ب") and len(ctx.norm[k]) > 3:
        cut = 1  # "بالجيش الحر": the preposition on the name
    quoted = k < te and ctx.norm[k] in ('"', "«", "»")
    if quoted:
        k += 1
    if k >= te or not ctx.is_word(k):
        return None
    if quoted:
        end = next((t for t in range(k + 1, min(te, k + 6)) if ctx.norm[t] in ('"', "«", "»")), None)
    else:
        end = _chunk_end(ctx, k, te)
    if end is None or end <= k:
        return None
    hit = ctx.mention_at.get(k)
    if hit is not None and hit[0] == end and cut == 0:
        return _entity_actor(ctx, k, hit[0], hit[1])
    s = ctx.tokens[k][0] + (_raw_prefix_len(ctx.text[ctx.tokens[k][0]:ctx.tokens[k][1]], cut) if cut else 0)
    e = ctx.tokens[end - 1][1]
    found = _lookup_actor(ctx.text[s:e]) if _lookup_actor is not None else None
    if found is not None:
        return Actor(found.name, Span(s, e, ctx.text[s:e]), None, RANK_ORG)
    return Actor(ctx.text[s:e], Span(s, e, ctx.text[s:e]), None, RANK_DESCRIPTION, known=False)


def _first_of_pair(ctx: ArticleContext, c: Clause, a: Actor) -> Actor | None:
    """"أغرقت الطائرات سفينة، وهاجمت سفينة أخرى": "another ship" read as the target means the
    same noun named bare earlier in the sentence was hit first; that one is the target."""
    if a.span is None or a.entity_id is not None:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if j - i != 2 or ctx.norm[j - 1] not in _OTHER_WORDS or ctx.norm[i].startswith("ال"):
        return None
    lo = ctx.tok_range(*ctx.sentences[ctx.sentence_of(i)])[0]
    for k in range(i - 1, max(lo, i - 10) - 1, -1):
        if ctx.norm[k] == ctx.norm[i] and not _after_preposition(ctx, c, k) and not (
                k + 1 < len(ctx.norm) and ctx.norm[k + 1] in _OTHER_WORDS):
            return Actor(ctx.span(k, k + 1).text, ctx.span(k, k + 1), None, RANK_DESCRIPTION)
    return None


def _armed_group_at(ctx: ArticleContext, k: int, te: int) -> Actor | None:
    """An armed group named at token k, with or without the lam of possession ("للحوثيين",
    "لتنظيم داعش", "الحوثيين"), or "التنظيم" when the article named one armed group before."""
    hit = ctx.mention_at.get(k)
    if hit is None and k + 1 < te and ctx.norm[k].startswith("ل") and ctx.has(k, ctx.lex.actor_heads):
        hit = ctx.mention_at.get(k + 1)  # "لتنظيم داعش": the name after the head word
    if hit is not None and hit[0] <= te:
        ent = ctx.entities.get(getattr(hit[1], "entity_id", None) or "")
        if ent is not None and ent.kind == "armed_group":
            return Actor(ent.name, ctx.span(k, hit[0]), ent.id, RANK_ORG)
        return None
    for end in range(min(te, k + 4), k, -1):
        for form in ctx.cands[k]:
            text = " ".join([form, *ctx.norm[k + 1:end]])
            found = _lookup_actor(text) if _lookup_actor is not None else None
            if found is not None and found.kind == "armed_group":
                return Actor(found.name, ctx.span(k, end), None, RANK_ORG)
    if any(f in _group_anaphors() for f in ctx.cands[k]):
        groups = {ent.id: ent for mn in ctx.doc.analysis.mentions if mn.span.end <= ctx.tokens[k][0]
                  for ent in [ctx.entities.get(mn.entity_id or "")] if ent is not None and ent.kind == "armed_group"}
        if len(groups) == 1:  # "أوكار التنظيم": the one group the article named
            (ent,) = groups.values()
            return Actor(ent.name, ctx.span(k, k + 1), ent.id, RANK_PLACE)
    return None


_AIMED_OBJECT = 3.6  # an object description named as aimed at: above victims described by a noun (3.5)


def _militant_victims(ctx: ArticleContext, v: Actor) -> bool:
    """Are the victims fighters ("32 متمردا", "مقاتلا")? A strike that kills fighters aimed at them."""
    if v.span is None:
        return False
    i, j = ctx.tok_range(v.span.start, v.span.end)
    heads = [t for t in range(i, j) if ctx.is_word(t) and not ctx.norm[t].isdecimal()
             and not ctx.has(t, ctx.lex.quantifiers)]
    base = _victim_base(ctx, heads[0]) if heads else None
    return base is not None and ctx.lex.victims[base][0] == "militants"


def _theirs(a: Actor) -> bool:
    """"استهدفت دوريتهما": the victims' own patrol points back at them; they stay the target."""
    return a.span is not None and a.span.text.split()[0].endswith(("هم", "هما", "هن"))


def _own_men(ctx: ArticleContext, v: Actor) -> bool:
    """Are the victims the men of something named before, by a possessive pronoun on their
    noun ("أحد أفرادها", "اثنين من منسوبيه", "ثلاثة من عناصرها")?"""
    if v.span is None:
        return False
    i, j = ctx.tok_range(v.span.start, v.span.end)
    heads = [t for t in range(i, j) if ctx.is_word(t) and not ctx.norm[t].isdecimal()
             and not ctx.has(t, ctx.lex.quantifiers) and _non_actor_class(ctx, t) not in ("number", "quantifier")
             and ctx.norm[t] != "من"]
    if not heads:
        return False
    w = ctx.norm[heads[0]]
    if w.endswith(("ها", "هم", "هما")) and len(w) >= 6:
        return True
    return w.endswith("يه") and len(w) >= 6 and not w.startswith("ال")  # "منسوبيه", "مرافقيه"


def _force_victims(ctx: ArticleContext, v: Actor) -> bool:
    """Are the victims soldiers, policemen or guards ("18 شرطيا", "خمسة جنود", "ضابطا شرطة")?
    Such men are hit at their post, vehicle or checkpoint, which the text then names as the target."""
    if v.span is None:
        return False
    i, j = ctx.tok_range(v.span.start, v.span.end)
    heads = [t for t in range(i, j) if ctx.is_word(t) and not ctx.norm[t].isdecimal()
             and not ctx.has(t, ctx.lex.quantifiers)]
    if not heads:
        return False
    base = _victim_base(ctx, heads[0]) or next(  # "شرطيان", "حارسين": a dual of a victim noun
        (cand[:-2] for cand in ctx.cands[heads[0]] if cand.endswith(("ان", "ين")) and cand[:-2] in ctx.lex.victims), None)
    return (base is not None and ctx.lex.victims[base][0] in ("military", "police", "security")) \
        or ctx.has(heads[0], _force_nouns()) \
        or (j + 1 < len(ctx.norm) and ctx.norm[j] == "من" and ctx.has(j + 1, ctx.lex.state_heads))  # "عناصر من الجيش"


def _extend_target(ctx: ArticleContext, a: Actor, te: int) -> Actor:
    """The target as written in full: a member with the group or country he belongs to
    ("ناشطا في كتائب الأقصى", "23 متطوعا مسيحيا من كوريا الجنوبية") and named parties
    joined by "و" ("لإيران والولايات المتحدة وإسرائيل"). The name stays the first party's."""
    if a.span is None:
        return a
    i, j = ctx.tok_range(a.span.start, a.span.end)
    end = j
    if a.rank == RANK_DESCRIPTION and any(ctx.norm[t] in _suspicion_verbs() for t in range(i, j)):
        end = max(j, _chunk_end(ctx, i, min(te, i + 12)))  # "مواقع يشتبه في أنها تابعة للمليشيات المسلحة"
        end = next((t for t in range(j, end) if ctx.norm[t] in _directions()), end)  # not "جنوبي البلدة"
        if end > j and a.name == a.span.text:  # a description is named by its words
            span = ctx.span(i, end)
            return Actor(span.text, span, a.entity_id, a.rank, a.known)
    elif a.rank == RANK_DESCRIPTION and j < te - 1 and ctx.norm[j] in ("في", "من"):
        hit = ctx.mention_at.get(j + 1)
        if hit is not None and getattr(hit[1], "type", None) in ("ORG", "LOC") and hit[0] <= te and (
                getattr(hit[1], "type", None) == "ORG" or ctx.norm[j] == "من"):
            end = hit[0]
        elif hit is None:  # a group the actor lexicon knows ("ناشطا في كتائب الأقصى")
            end = next((e for e in range(min(te, j + 5), j + 1, -1)
                        if (g := _lookup_span(ctx, j + 1, e)) is not None and g.rank == RANK_ORG), j)
    elif a.rank == RANK_DESCRIPTION and j < te and ctx.norm[j].startswith("و") \
            and j in ctx.nisba_at:
        end = j + 1  # "أربعة أميركيين ونمساوي": another nationality of the same group
    elif a.rank >= RANK_PLACE:
        while end < te and ctx.norm[end].startswith("و") and end in ctx.mention_at \
                and ctx.mention_at[end][0] <= te:
            end = ctx.mention_at[end][0]
    if end == j:
        return a
    span = ctx.span(i, end)
    return Actor(a.name, span, a.entity_id, a.rank, a.known)


def _with_count(ctx: ArticleContext, k: int, a: Actor | None, te: int) -> Actor | None:
    """An object counted by a figure at token k is the figure, the counted noun and its
    modifiers as written: "اعتقلت أربعين مشتبها بهم", "توقيف 30 مهاجرا غير شرعي" (not the
    bare number, nor the noun without it). A named group or place keeps its name."""
    while k < te and not ctx.is_word(k) and not ctx.norm[k].isdecimal():
        k += 1
    if k >= te or not (ctx.norm[k].isdecimal() or _in_quantity(ctx, k)) or _dual_noun(ctx, k):
        return a
    if a is not None and (a.span is None or a.rank >= RANK_PLACE):
        return a
    q = ctx.quantity_at.get(k)
    n = ctx.tok_range(q.span.start, q.span.end)[1] if q is not None else k + 1
    while n < te and ctx.norm[n].isdecimal():
        n += 1
    if a is not None and ctx.tok_range(a.span.start, a.span.end)[1] > n:
        end = ctx.tok_range(a.span.start, a.span.end)[1]  # the counted noun was read with its phrase
    elif n < te and ctx.is_word(n) and not ctx.is_stop(n) and ctx.norm[n] != "من" and n not in ctx.time_tokens \
            and ctx.norm[n] not in _belonging_words() and ctx.norm[n] not in _suspicion_verbs():
        end = _chunk_end(ctx, n, te)
    elif a is None:
        return None
    else:
        end = n  # "اعتقال 12 من ...": the group after من is read elsewhere
    if end < te and ctx.norm[end] in _RESUMPTIVE and ctx.norm[end - 1].startswith("م"):
        end += 1  # "مشتبها بهم": the pronoun of the participle
    if end + 1 < te and ctx.norm[end] == "غير" and ctx.is_word(end + 1):
        end += 2  # "مهاجرا غير شرعي": a negated adjective
    if end <= k + 1 and q is None:
        return a
    span = ctx.span(k, end)
    return Actor(span.text, span, None, RANK_DESCRIPTION)


def _attached(ctx: ArticleContext, e: int, k: int) -> bool:
    """Can a preposition at token k attach to the trigger ending at e? Not across a comma or
    a new verb ("التفجير واتهمته بدعم داعش ضد أكراد سوريا")."""
    return not any(ctx.norm[t] in _COMMAS or (ctx.norm[t].startswith("و") and len(ctx.norm[t]) > 3
                                              and not ctx.norm[t].startswith("وال"))  # "البيض والبندورة على"
                   for t in range(e, k))


def _object_start(ctx: ArticleContext, k: int, te: int, after_subject: bool = False) -> int:
    """Where the object of a verb begins: past time words, an instrument ("اقتحم بجرار
    مفخخ باكرا، مركزا"), the comma that closes them (or closes the subject: "استهدف هجوم
    انتحاري، أمس، موكبا"), and a count or quantity word before "من" ("خطفوا عددا من
    الأشخاص", "احتجزوا أربعة من شرطة إسلام آباد")."""
    skipped = after_subject
    while k < te:
        if k in ctx.time_tokens or ctx.norm[k] in _TIME_WORDS:
            k, skipped = k + 1, True
        elif skipped and ctx.norm[k] in _COMMAS:
            k += 1
        elif ctx.norm[k].startswith("ب") and _is_instrument(ctx, k, te):
            k, skipped = _chunk_end(ctx, k, te), True
        elif (ctx.has(k, ctx.lex.quantifiers) or ctx.norm[k].isdecimal() or _in_quantity(ctx, k)) \
                and k + 2 < te and ctx.norm[k + 1] == "من":
            k += 2
        else:
            break
    return k


def _trigger_genitive(ctx: ArticleContext, k: int, te: int) -> Actor | None:
    """An armed group, army or state named right after an attack noun, as its possessor
    ("غارات التحالف", "هجوم طالبان", "قصف الحوثيين"); a place there names the target."""
    if k >= te or ctx.norm[k][:1] in ("و", "ف") and len(ctx.norm[k]) > 3 and ctx.norm[k][1:2] != "ل":
        return None
    hit = ctx.mention_at.get(k)
    if hit is not None:
        j, mention = hit
        if getattr(mention, "type", None) == "ORG" and j <= te:
            return _entity_actor(ctx, k, j, mention)
        return None
    for end in range(min(te, k + 4), k, -1):
        found = _lookup_span(ctx, k, end)
        if found is not None and found.rank == RANK_ORG:
            return found
    return None


def _skip_trigger_adjectives(ctx: ArticleContext, k: int, te: int) -> int:
    """Past the adjectives of a trigger ("الطائرات الحربية", "طائرة مسيرة تركية")."""
    nisba_at = ctx.nisba_at
    while k < te and (k in nisba_at or ctx.norm[k] in _OTHER_WORDS
                      or (ctx.norm[k].startswith("ال") and ctx.norm[k - 1].startswith("ال")
                          and ctx.norm[k].endswith(("ي", "يه", "يين")))):
        k += 1
    return k


def _is_instrument(ctx: ArticleContext, k: int, te: int) -> bool:
    """"بسيارة مفخخة", "بجرار مفخخ", "بقنبلة": a weapon named after ب, not what was hit."""
    end = _chunk_end(ctx, k, te)
    return bool(ctx.lex.triggers.find(ctx.norm, k, min(te, max(end, k + 2))))  # "بجرار مفخخ"


def _titled(ctx: ArticleContext, a: Actor) -> bool:
    """"وزير الخارجية", "رئيس الحكومة": a person named by a title."""
    if a.span is None:
        return False
    i, _ = ctx.tok_range(a.span.start, a.span.end)
    return ctx.has(i, ctx.lex.actor_heads) and any(c in _TITLES for c in ctx.cands[i])


def _same_span(a: Actor, b: Actor | None) -> bool:
    return b is not None and b.span is not None and a.span is not None and a.span.start == b.span.start


def _second_subject(ctx: ArticleContext, a: Actor, doer: Actor | None) -> bool:
    """"قصفت جماعة الحوثي والقوات الموالية لها مدينة عدن": a phrase joined by "و" right after
    the perpetrator (VSO) of an attack is a second perpetrator, not the object (of a meeting
    it is the other party: "التقى الرئيس الهندي والباكستاني"). A word that begins with
    "و" ("وزارة") is no conjunction."""
    if doer is None or doer.span is None or a.span is None or not _conjoined(a):
        return False
    i, _ = ctx.tok_range(a.span.start, a.span.end)
    _, e = ctx.tok_range(doer.span.start, doer.span.end)
    w = ctx.norm[i]
    return i == e and ((w.startswith("وال") and len(w) > 5) or (w.startswith("و") and w[1:] in ctx.lex.actor_heads))


def _is_perpetrator_words(ctx: ArticleContext, a: Actor) -> bool:
    if a.span is None:
        return False
    i, j = ctx.tok_range(a.span.start, a.span.end)
    for h in ctx.lex.descriptions.find(ctx.norm, i, j):
        if h.start == i and lex.description_of(h).role == "actor1":
            return True
    return False


def _demanded(ctx: ArticleContext, i: int, te: int) -> Actor | None:
    """What a protest is against: "مطالبين برحيل السلطات العسكرية" -> السلطات العسكرية."""
    while i < te and (not ctx.is_word(i) or i in ctx.time_tokens or ctx.norm[i] in _TIME_WORDS):
        i += 1  # "تطالب السبت باستقالة الرئيس"
    if i >= te:
        return None
    a = noun_phrase(ctx, i, min(te, i + 6), allow_happening=True)
    if a is not None and a.rank >= RANK_PLACE:
        return a
    # "برحيل السلطات", "ترشيح وزير الخارجية": the demanded act, then whom it concerns
    # (not "رئيس الوزراء البريطاني": a title is whom, not what)
    if not ctx.norm[i].startswith("ال") and i + 1 < te and not ctx.lex.person_titles.find(ctx.norm, i, i + 1) and (
            ctx.norm[i + 1].startswith("ال") or ctx.has(i + 1, ctx.lex.actor_heads)):
        b = noun_phrase(ctx, i + 1, min(te, i + 7), allow_happening=True)
        if b is not None and b.name is not None:
            return b
    return a if a is not None and a.name is not None else None


def _site_positions(ctx: ArticleContext, c: Clause) -> list[int]:
    """The clause's words naming a building or quarter: only there can :func:`_site_at` find a site."""
    sites = ctx.lex.target_places.keys()
    return [k for k in range(c.ts, c.te) if not sites.isdisjoint(ctx.cands[k])]


def _site_at(ctx: ArticleContext, k: int, te: int, genitive: bool = False,
             sites: dict[str, bool] | None = None) -> tuple[Actor, bool] | None:
    """A building or quarter named at token k after في/ب/أمام ("بمقر النيابة العامة"), or
    with ``genitive`` right after the attack noun ("تفجير جامع الإمام الصادق"), and
    whether the words name whose premises were hit: "بمقر النيابة العامة" -> النيابة
    العامة; "داخل مسجد في مقر قوات الطوارئ" -> قوات الطوارئ."""
    sites = ctx.lex.target_places if sites is None else sites
    for cand in ctx.cands[k]:
        if cand not in sites:
            continue
        if not genitive and not any(ctx.norm[k].startswith(p) for p in ("ب", "في", "وب")) and not (
            k > 0 and ctx.norm[k - 1] in ("في", "امام", "قرب", "داخل", "وسط", "لدى", "لدي", "عند")
        ) and not (  # "بالقرب من دوريتهم"
            k > 1 and ctx.norm[k - 1] == "من" and ctx.norm[k - 2] in ("بالقرب", "قريبا")
        ):
            return None
        start = k + 1 if sites[cand] and k + 1 < te else k
        a = noun_phrase(ctx, start, min(te, start + 5), prefer_entity=True)
        if a is None or a.name is None or a.span is None:
            continue
        if start > k:
            return a, True
        j = _chunk_end(ctx, k, te)
        if j < te - 1 and ctx.norm[j] in ("في", "داخل"):
            owner = _site_at(ctx, j + 1, te)
            if owner is not None and owner[1]:
                return owner
        if a.known is False:  # keep the words as written, without the preposition
            cut = len(ctx.norm[k]) - len(cand)
            if cut >= 2 and ctx.norm[k][cut - 2:cut] == "ال":
                cut -= 2  # "بالسوق المركزي" -> "السوق المركزي": the article stays with its noun
            s = ctx.tokens[k][0] + _raw_prefix_len(ctx.text[ctx.tokens[k][0]:ctx.tokens[k][1]], cut)
            e = ctx.tokens[j - 1][1]
            return Actor(ctx.text[s:e], Span(s, e, ctx.text[s:e]), None, RANK_DESCRIPTION, known=False), False
        return a, False
    return None


def _raw_prefix_len(raw: str, letters: int) -> int:
    """How many characters of a raw token hold its first ``letters`` normalized letters
    (diacritics and tatweel in between: "بمقرّ")."""
    cut = count = 0
    while count < letters and cut < len(raw):
        if normalize(raw[cut]).strip():
            count += 1
        cut += 1
    return cut


def _victim_actor(ctx: ArticleContext, c: Clause, k: int) -> Actor | None:
    """Who died or was hurt, named after a casualty word at token k: a person (possibly
    after a title), the group counted by a figure ("مقتل سبعة أشخاص", "32 من الناشطين"),
    a victim noun ("طفل" -> civilians) or the noun phrase itself ("أصيب سفير بولندا")."""
    if k >= c.te:
        return None
    group = _counted_group(ctx, k, c.te)
    if group is not None:  # a figure: the group it counts ("سبعة أشخاص", "ثلاثة من عناصر الجيش")
        a = noun_phrase(ctx, group, min(c.te, group + 6), prefer_entity=True)
        if a is not None and a.span is not None and a.rank < RANK_PLACE:
            # "11 مسلحا من تنظيم القاعدة": the organisation they belong to names them better
            _, j = ctx.tok_range(a.span.start, a.span.end)
            j = _past_hedge(ctx, j, c.te)
            if j < c.te - 1 and ctx.norm[j] == "من":
                b = noun_phrase(ctx, j + 1, min(c.te, j + 7))
                if b is not None and b.rank >= RANK_PLACE:
                    return b
            a = _their_members(ctx, a) or _their_principal(ctx, a) or a  # "اعترف حزب الله بمقتل اثنين من عناصره"
        return a if a is not None and a.name is not None else None
    if ctx.norm[k].isdecimal() or ctx.has(k, ctx.lex.quantifiers) or _in_quantity(ctx, k):
        return None  # a figure without the group it counts ("وقتل ثمانية") names no victim
    person = _titled_person(ctx, k)
    if person is not None:
        return person
    for off in range(0, 4):
        hit = ctx.mention_at.get(k + off)
        if hit is not None and getattr(hit[1], "type", None) == "PER":
            return _entity_actor(ctx, k + off, hit[0], hit[1])
        if k + off >= c.te or not (ctx.has(k + off, ctx.lex.actor_heads) or _victim_base(ctx, k + off)
                                   or (off > 0 and ctx.norm[k + off].startswith("ال"))):
            break
    base = _victim_base(ctx, k)
    if base is not None:
        category = ctx.lex.victims[base][0]
        j = _chunk_end(ctx, k, c.te)
        named = _appositive_name(ctx, j, c.te)
        if named is not None:
            return named
        if category == "civilians" and j == k + 1:
            return Actor("civilians", ctx.span(k, k + 1), None, RANK_DESCRIPTION)
        return Actor(ctx.span(k, j).text, ctx.span(k, j), None, RANK_DESCRIPTION)
    a = noun_phrase(ctx, k, min(c.te, k + 6))
    if a is not None and a.name is not None and not ctx.lex.casualty.find(ctx.norm, k, k + 1):
        return a
    return None


def _past_hedge(ctx: ArticleContext, j: int, te: int) -> int:
    """"28 عنصرا على الأقل من الفصائل": the hedge on a figure may stand between the counted
    noun and the group it belongs to; the token after the hedge (j when there is none)."""
    return max([h.end for h in ctx.lex.approx.find(ctx.norm, j, min(te, j + 3)) if h.start == j], default=j)


_MEMBER_PRONOUNS = ("ها", "ه", "هم")  # "عناصرها", "مقاتليه", "أعضائهم"


def _their_members(ctx: ArticleContext, a: Actor) -> Actor | None:
    """"اعترف حزب الله بمقتل اثنين من عناصره": members named by a head word with a possessive
    pronoun are the organisation the pronoun points back to, the nearest one named before
    them in the sentence."""
    if a.span is None:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if j != i + 1:
        return None
    word = ctx.norm[i]
    stems = [word[:-len(p)] for p in _MEMBER_PRONOUNS if word.endswith(p) and len(word) - len(p) >= 4]
    # "أعضائه" normalizes to "اعضايه": before a pronoun the hamza sits on ئ, which reads as ي
    stems += [s[:-1] + "ء" for s in stems if s.endswith("ي")]
    if not any(s in ctx.lex.actor_heads for s in stems):
        return None
    owner = _last_named_before(ctx, i, "ORG")
    if owner is None:
        return None
    ent = ctx.entities.get(getattr(owner[2], "entity_id", None) or "")
    if ent is None:
        return None
    return Actor(ent.name, a.span, ent.id, RANK_ORG)


def _last_named_before(ctx: ArticleContext, i: int, kind: str) -> tuple[int, int, object] | None:
    """The last name of the kind ("ORG", "PER") before token i in its sentence, ending by i,
    as (start token, end token, mention)."""
    lo = ctx.tok_range(*ctx.sentences[ctx.sentence_of(i)])[0]
    found = None
    for s in range(lo, i):
        hit = ctx.mention_at.get(s)
        if hit is not None and hit[0] <= i and getattr(hit[1], "type", None) == kind:
            found = (s, hit[0], hit[1])
    return found


@lru_cache(maxsize=1)
def _escort_nouns() -> frozenset[str]:
    return lex.word_set("event_escort_nouns.tsv")


def _their_principal(ctx: ArticleContext, a: Actor) -> Actor | None:
    """"أصيب النائب فلان واستشهد أربعة من مرافقيه", "مقتل اثنين من حراسه": escorts named with
    a possessive pronoun were killed or hurt about the person it points back to, the nearest
    person named before them in the sentence; he was the target."""
    if a.span is None:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    word = ctx.norm[i]
    if j != i + 1 or not _with_pronoun(word, _escort_nouns(), ("ه", "ها")):
        return None
    person = _last_named_before(ctx, i, "PER")
    return None if person is None else _entity_actor(ctx, *person)


def _counted_group(ctx: ArticleContext, k: int, te: int) -> int | None:
    """Token where the group counted by a figure at token k starts: after "من" ("12 من
    رجال الأمن"), or the noun after the number ("سبعة أشخاص"), inside or after the
    numbers stage's span."""
    q = ctx.quantity_at.get(k)
    if q is not None:
        a, b = ctx.tok_range(q.span.start, q.span.end)
    elif ctx.norm[k].isdecimal():
        a, b = k, k + 1
    else:
        return None
    words = [t for t in range(a, b) if ctx.norm[t] == "من"]
    if words:
        return words[0] + 1
    if b - a == 1 and _dual_noun(ctx, a):
        return a  # "قتل جنديان أميركيان": the dual noun is the group
    if b - a >= 2 and not ctx.norm[b - 1].isdecimal():
        return b - 1
    while b < te and ctx.has(b, ctx.lex.quantifiers) and ctx.norm[b] != "من":
        b += 1
    if b < te - 1 and ctx.norm[b] == "من":
        return b + 1
    if b < te - 1 and ctx.norm[b] in _SUBSET_WORDS:
        # a bare figure named by the part of it said next: "مقتل 13 معظمهم من أفراد الشرطة",
        # "إصابة عشرة بينهم ثلاثة من رجال الشرطة"
        k = b + 1
        while k < te and (ctx.norm[k].isdecimal() or _in_quantity(ctx, k)) and ctx.norm[k] != "من":
            k += 1
        if k < te - 1 and ctx.norm[k] == "من":
            return k + 1
    if b < te and ctx.norm[b][:1] in ("ب", "ل", "ف") and len(ctx.cands[b]) > 1 and ctx.norm[b] not in ctx.lex.victims:
        return None  # "وجرح 13 بمقر النيابة": a preposition, not the group counted
    return b if b < te else None


_SUBSET_WORDS = frozenset({"بينهم", "منهم", "معظمهم", "غالبيتهم", "اغلبهم", "جميعهم"})


def _dual_noun(ctx: ArticleContext, k: int) -> bool:
    """"جنديان", "شرطيين": a noun in the dual that the numbers stage counts as two."""
    q = ctx.quantity_at.get(k)
    if q is None or q.value != 2 or ctx.tok_range(q.span.start, q.span.end) != (k, k + 1):
        return False
    t = ctx.norm[k]
    return not t.isdecimal() and not lex.token_candidates(t)[-1].startswith("اثن")


def _in_quantity(ctx: ArticleContext, k: int) -> bool:
    return k in ctx.quantity_at and ctx.norm[k] not in ("من", "اصل") and not ctx.lex.casualty.find(ctx.norm, k, k + 1)


def _victim_before(ctx: ArticleContext, c: Clause, cue: int) -> Actor | None:
    """"جنديين عراقيين قتلا", "ثمانية اشخاص قتلوا": the victims named before a passive verb."""
    if cue - 2 > c.ts and ctx.norm[cue - 1] in _COMMAS:
        # "ثمانية أشخاص، بينهم طفلان، قتلوا": step over the part named between commas
        cue = next((p for p in range(cue - 2, max(c.ts, cue - 8), -1)
                    if ctx.norm[p] in _COMMAS and ctx.norm[p + 1] in _SUBSET_WORDS), cue)
    lo = cue - 1
    while lo >= c.ts and cue - lo <= 6 and ctx.is_word(lo) and ctx.norm[lo] not in _COMPLEMENTIZERS \
            and not ctx.is_stop(lo) and lo not in ctx.time_tokens:
        lo -= 1
    if lo > c.ts and ctx.norm[lo] == "من" and (ctx.norm[lo - 1].isdecimal() or _in_quantity(ctx, lo - 1)):
        lo -= 1  # "أربعة من حراس الأمن قتلوا": the count before "من" belongs to the victims
        while lo > c.ts and (ctx.norm[lo - 1].isdecimal() or _in_quantity(ctx, lo - 1)):
            lo -= 1
        lo -= 1
    start = lo + 1
    counted = ctx.norm[start].isdecimal() or _in_quantity(ctx, start)
    group = _counted_group(ctx, start, cue) if counted else None
    if group is not None and start < group < cue:
        start = group  # "أربعة من حراس الأمن قتلوا": the group the figure counts
    while start < cue and (ctx.norm[start].isdecimal() or _in_quantity(ctx, start) or ctx.norm[start] == "من") \
            and not _dual_noun(ctx, start) and group is None:
        start += 1
    if start >= cue or cue - start > 5:
        return None
    if lo >= c.ts and ctx.norm[lo] not in _COMPLEMENTIZERS and ctx.norm[lo] not in _COMMAS and ctx.norm[lo] != '"':
        return None
    span = ctx.span(start, cue)
    found = _lookup_span(ctx, start, cue) or _description(ctx, start, cue)
    if found is not None:
        return found
    if not counted and _victim_base(ctx, start) is None:
        return None  # "بالعاصمة تونس ونفذه مسلحان وقتلا": no count, no person: not the victims
    return Actor(span.text, span, None, RANK_DESCRIPTION, known=_victim_base(ctx, start) is not None)


def _appositive_name(ctx: ArticleContext, j: int, te: int) -> Actor | None:
    """"وزير اللاجئين الأفغاني، خليل الرحمن حقاني": the name set off after a title."""
    if j >= te - 1 or ctx.norm[j] not in _COMMAS:
        return None
    hit = ctx.mention_at.get(j + 1)
    if hit is not None and getattr(hit[1], "type", None) == "PER":
        return _entity_actor(ctx, j + 1, hit[0], hit[1])
    for end in range(min(te, j + 5), j + 2, -1):
        found = _lookup_span(ctx, j + 1, end)
        if found is not None and found.rank == RANK_PERSON:
            return found
    return None


def _victim_base(ctx: ArticleContext, k: int) -> str | None:
    victims = ctx.lex.victims
    for cand in ctx.cands[k]:
        for suffix in ("", "ا", "ه"):
            base = cand[: len(cand) - len(suffix)] if suffix else cand
            if (not suffix or cand.endswith(suffix)) and base in victims:
                return base
    return None


def _light_stems(text: str) -> list[str]:
    """Light stems of a phrase, to compare targets ("حيا سكنيا" ~ "منطقة سكنية")."""
    out = []
    for w in normalize(text).split():
        w = _strip_suffix(lex.token_candidates(w)[-1])
        if len(w) >= 3:
            out.append(w)
    return out


def _strip_suffix(w: str) -> str:
    """The word without one plural, nisba or feminine ending, when three letters stay ("سكنيه" -> "سكن")."""
    for suf in ("يين", "يون", "ات", "ين", "ون", "يا", "يه", "ا", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def _target_stems(text: str) -> list[str]:
    """Light stems of a target, each word in every reading of its proclitics: "فندق" bare
    reads "ندق" (as if "ف" were the conjunction) but "الفندق" reads "فندق", so the word's
    readings together let "فندق بوسط مقديشو" and "أبواب الفندق" name one target."""
    out: list[str] = []
    for w in normalize(text).split():
        for c in lex.token_candidates(w):
            c = _strip_suffix(c)
            if len(c) >= 3 and not c.startswith("ال") and c not in out:
                out.append(c)
    return out


# ------------------------------------------------------------------ claims and certainty


def read_claim(ctx: ArticleContext, c: Clause, m: EvMention) -> None:
    """Claim status from cue words, with the group named next to them. Only violence is
    claimed: "أعلن تنظيم داعش مسؤوليته" in a clause about an arrest speaks of the attack;
    of other happenings only who did it is read ("اعتقل على يد الشرطة")."""
    best: tuple[float, str, Actor | None] | None = None
    hits = ctx.found(ctx.lex.claims, c.ts, c.te)
    hits = hits + _long_claims(ctx, c, hits)
    if m.family != "violence":
        for h in hits:
            if _col(h, 2) == "yes" and not _negated(ctx, h.start, c.ts):
                a = _claim_actor(ctx, c, h, _col(h, 1))
                if a is not None and a.rank >= RANK_DESCRIPTION and (m.actor1 is None or a.rank >= m.actor1.rank):
                    m.actor1 = a
                    return
        owner = _genitive_perpetrator(ctx, c)  # "مباحثات لديمبسي في بغداد": his talks
        if owner is not None and owner[2] is not None and (m.actor1 is None or owner[2].rank >= m.actor1.rank):
            m.actor1 = owner[2]
        return
    # "لم تعلن أي جهة على الفور المسؤولية": the claim words inside a negated cue are negated too
    denials = [(h.start, h.end) for h in hits if _col(h, 0) == "unclaimed"]
    recalls = [g.start for g in _found_within(ctx, ctx.lex.generic, c, m.anchor + 1, c.te)
               if _col(g, 0) == "definite"]
    for h in hits:
        if any(r < h.start for r in recalls):
            # "قتل 21 في هجمات ... غداة تعرض مناطق مماثلة لتفجيرين تبناهما داعش": a claim told
            # after "غداة"/"بعد" is of the happening recalled there, not of this one
            continue
        if _claims_what_before(ctx, h) and not any(_role(t) == "event" for t in ctx.triggers_in(c.ts, h.start)):
            continue  # "السياسات التي تبناها الوزير": what "تبناها" claims is no happening
        status, where = (list(h.pattern.value) + ["", "none"])[:2]
        actor = None
        if status != "unclaimed" and (_negated(ctx, h.start, c.ts)
                                      or any(s <= h.start < e for s, e in denials)):
            status = "unclaimed"
        elif status != "unclaimed":
            actor = _claim_actor(ctx, c, h, where)
            if status == "attributed" and (actor is None or actor.rank < RANK_PLACE):
                continue  # "على أيدي أعتى المجرمين": blamed on nobody named is no attribution
        score = CLAIM_PRECEDENCE.get(status, 0) + (0.5 if actor is not None else 0)
        if best is None or score > best[0]:
            best = (score, status, actor)
    if best is None:
        own = _self_reporter(ctx, c, m) or _spokesman_of_doer(ctx, c, m)  # "أعلن الجيش أنه قصف": its own word claims it
        if own is not None:
            best = (CLAIM_PRECEDENCE["claimed"], "claimed", own)
    if best is None:
        best = _genitive_perpetrator(ctx, c, violence=True)
    if best is None:
        return
    _, m.claim, m.claim_actor = best
    m.claim_actor = _spoken_for(ctx, m.claim_actor)  # "تبنى المتحدث باسم الحركة": the group claimed it
    if m.claim_actor is not None and (m.actor1 is None or m.claim_actor.rank >= m.actor1.rank):
        m.actor1 = m.claim_actor


_LONG_CLAIM_REACH = 14  # words from "أعلن" to its "مسؤولية" when the subject is long
_LONG_CLAIM = lex.Pattern(("اعلن", lex.GAP, "مسووليه"), ("claimed", "inside"), "اعلن ... مسؤولية (long subject)")
_CLAIM_STOPS = frozenset({".", "؛", ";", ":"})


@lru_cache(maxsize=1)
def _long_claim_words() -> lex.PhraseMatcher:
    return lex.PhraseMatcher.from_rows(_with_yaa_seat(lex.load_tsv("event_claim_long.tsv")))


def _long_claims(ctx: ArticleContext, c: Clause, hits: list[lex.Hit]) -> list[lex.Hit]:
    """"وأعلنت ما تسمى مؤسسة الكنانة الإعلامية الناطقة بلسان جماعة (أجناد مصر) مسؤولية الجماعة
    عن التفجير": a subject longer than the claim cues' gap. The responsibility word must be
    for something ("مسؤولية ... عن"), so "أعلن أنه يتحمل المسؤولية السياسية" claims nothing."""
    found = _long_claim_words().find(ctx.norm, c.ts, c.te)
    verbs = [h.start for h in found if _col(h, 0) == "verb"]
    out: list[lex.Hit] = []
    for n in found:
        role = _col(n, 0)
        if role not in ("noun", "deed") or any(h.start <= n.start < h.end for h in hits):
            continue
        if role == "noun" and not any(ctx.norm[k] == "عن" for k in range(n.end, min(c.te, n.end + 2))):
            continue
        if role == "deed" and not _deed_of_violence(ctx, c, n):
            continue
        verb = max((v for v in verbs if v < n.start), default=None)
        if verb is None or any(ctx.norm[k] in _CLAIM_STOPS for k in range(verb, n.start)):
            continue
        if role == "deed" and any(ctx.norm[k] in _COMPLEMENTIZERS for k in range(verb, n.start)):
            continue  # "أعلن المرصد أن الطيران شن غارات": the voice reports another's deed
        if sum(ctx.is_word(k) for k in range(verb + 1, n.start)) > _LONG_CLAIM_REACH:
            continue  # (brackets around the group's name count no word)
        out.append(lex.Hit(_LONG_CLAIM, verb, n.end))
    return out


_DEED_REACH = 4  # tokens from "تنفيذ"/"شن" to the happening carried out ("تنفيذ أحد عناصرها الهجوم")


def _deed_of_violence(ctx: ArticleContext, c: Clause, n: lex.Hit) -> bool:
    """Is the carrying-out word ("تنفيذ", "شن") followed closely by a violent happening? Then
    "أعلن X تنفيذ/شن ..." claims it; "أعلن الوزير تنفيذ خطة" claims nothing. The word must
    carry no ending: "أعلنت ... بدء عملية حيث شنت هجمات" is a verb of a later sentence part."""
    if not ctx.norm[n.end - 1].endswith(n.pattern.words[-1]):
        return False
    return _violence_told(ctx, n.start, min(c.te, n.end + _DEED_REACH))


def _claims_what_before(ctx: ArticleContext, h: lex.Hit) -> bool:
    """Does the claim verb carry its object as a pronoun ("تبناه", "تبناها", "تبناهما")? It
    then claims a noun told before it in the clause, which must be a happening."""
    w = ctx.norm[h.start]
    return w.startswith(("تبنا", "يتبنا", "وتبنا")) and len(w) > len("تبنا")


def _claim_actor(ctx: ArticleContext, c: Clause, h: lex.Hit, where: str) -> Actor | None:
    if where == "after_lam":
        for k in range(h.end, min(c.te, h.end + 4)):
            if ctx.norm[k].startswith("ل") and not ctx.norm[k].startswith("لل") and len(ctx.norm[k]) > 3:
                a = noun_phrase(ctx, k, min(c.te, k + 6))
                return a if a is not None and a.rank >= RANK_ORG else None
        return None
    if where == "inside_last":
        for k in range(h.end - 2, h.start, -1):
            hit = ctx.mention_at.get(k)
            if hit is not None and hit[0] <= h.end:
                return _entity_actor(ctx, k, hit[0], hit[1])
            found = _lookup_span(ctx, k, h.end - 1)
            if found is not None:
                return found
        return None
    if where == "inside":
        if h.end - h.start <= 2:
            return None  # "أعلنت مسؤوليتها" with nothing between: the actor is named before
        for k in range(h.start + 1, h.end):
            hit = ctx.mention_at.get(k)
            if hit is not None and hit[0] <= h.end:
                return _entity_actor(ctx, k, hit[0], hit[1])
        a = noun_phrase(ctx, h.start + 1, h.end - 1)
        return a if a is not None and a.name is not None else None
    if where == "after":
        if ctx.triggers_in(h.end - 1, h.end):
            # "مرتبطا بتوقيف السلطات التشيكية لـ...": the cue ends on another happening; who
            # did that (the genitive after it) is not blamed for this one
            return None
        k = h.end
        # "وتبنت الهجوم جماعة ولاية سيناء": the object (the happening) may come before the group
        while k < c.te and (hit := next((t for t in ctx.triggers_in(k, min(c.te, k + 3)) if t.start == k), None)):
            k = hit.end
        a = noun_phrase(ctx, k, min(c.te, k + 6))
        if (a is None or not a.known) and k + 2 < c.te and ctx.norm[k + 1] in _OPENERS:
            # "جماعة (ولاية سيناء)", "تنظيم «داعش»": the group word, then its name in brackets
            a = noun_phrase(ctx, k + 2, min(c.te, k + 8))
        return a if a is not None and a.known and a.rank >= RANK_DESCRIPTION else None
    if where == "before":
        k = h.start
        for start in range(k - 1, max(c.ts, k - 6) - 1, -1):
            hit = ctx.mention_at.get(start)
            # "جماعة متعاطفة مع الأكراد أعلنت": a name after a preposition is not who claimed
            if hit is not None and hit[0] >= k - 1 and not _after_preposition(ctx, c, start):
                return _entity_actor(ctx, start, hit[0], hit[1])
        lo = c.ts
        # "قالت إن جماعة يسارية متعاطفة مع الأكراد أعلنت مسؤوليتها": the words after "إن"
        comp = next((b for b in range(k - 1, max(lo, k - 8) - 1, -1) if ctx.norm[b] in _COMPLEMENTIZERS), None)
        if comp is not None and 1 <= k - comp - 1 <= 6:
            span = ctx.span(comp + 1, k)
            return _lookup_span(ctx, comp + 1, k) or Actor(span.text, span, None, RANK_DESCRIPTION)
        for start in range(max(lo, k - 6), k):
            a = noun_phrase(ctx, start, k)
            if a is not None and a.known and a.name is not None and a.span and a.span.end >= ctx.tokens[k - 1][0]:
                return a
    return None


def _genitive_perpetrator(ctx: ArticleContext, c: Clause, violence: bool = False) -> tuple[float, str, Actor | None] | None:
    """"هجوم انتحاري لمتمردي حزب العمال", "هجمات لداعش", "هجمات مفترضة لحركة بوكو حرام",
    "هجومين جديدين ل «بوكو حرام»": a happening said to be a group's. Only a violent happening's
    adjectives or a لـ written apart are read past ("قال المتظاهرون لـ«الشرق الأوسط»" speak to it)."""
    for h in ctx.triggers_in(c.ts, c.te):
        if _role(h) != "event":
            continue
        k = h.end
        # of violence, the noun's adjectives come first: "هجمات مفترضة"، "هجومين جديدين"
        while violence and k < c.te and k - h.end < 2 and ctx.norm[k][0] not in "لبكوف" \
                and _claim_adjectives().find(ctx.norm, k, k + 1):  # "لمسلحي طالبان" is the لـ-phrase itself
            k += 1
        if violence and k < c.te and ctx.norm[k] == "ل":  # "ل «بوكو حرام»": the preposition written apart
            k += 2 if k + 1 < c.te and ctx.norm[k + 1] in _OPENERS else 1
        elif not (k < c.te and ctx.norm[k].startswith("ل") and not ctx.norm[k].startswith("لل")):
            continue
        a = noun_phrase(ctx, k, min(c.te, k + 6))
        if a is not None and a.rank >= RANK_ORG and not _news_outlet(ctx, a):
            return (CLAIM_PRECEDENCE["attributed"], "attributed", a)
    return None


def _news_outlet(ctx: ArticleContext, a: Actor) -> bool:
    """Is the actor a news outlet? "أحد منظمي المظاهرات لوكالة الصحافة الفرنسية": after لـ an
    agency or a paper is who was spoken to, not whose happening it was."""
    return getattr(ctx.entities.get(a.entity_id or ""), "kind", None) == "media"


@lru_cache(maxsize=1)
def _claim_adjectives() -> lex.PhraseMatcher:
    return lex.matcher("event_claim_adjectives.tsv")


def is_alleged(ctx: ArticleContext, c: Clause, anchor: int) -> bool:
    """"قيل إن", "أفادت تقارير", "ذكرت صحيفة ... أن": the happening is someone's claim."""
    s, e = ctx.sentences[c.sentence]
    ts, _ = ctx.tok_range(s, e)
    for h in ctx.lex.certainty.find(ctx.norm, ts, c.te):
        if h.start <= anchor:
            return True
    for st in ctx.doc.analysis.statements:
        if st.stance == "deny" and st.about is not None and st.about.start <= ctx.tokens[anchor][0] < st.about.end:
            return True
    return False


# ------------------------------------------------------------------ merging mentions into happenings


def _far_from(date: str, published: str | None, days: int = 3) -> bool:
    """Is the date more than a few days from publication (or in another month)?"""
    if not published:
        return False
    from datetime import date as _date

    if len(date) >= 10 and len(published) >= 10:
        try:
            return abs((_date.fromisoformat(published[:10]) - _date.fromisoformat(date[:10])).days) > days
        except ValueError:
            return False
    n = min(len(date), len(published), 7)
    return date[:n] != published[:n]


def _date_conflict(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] != b[:n]


def _place_key(m: EvMention) -> tuple[str, str | None] | None:
    if m.place is not None and m.place.candidates:
        g = m.place.candidates[0]
        return (g.name, g.country)
    return None


def _place_conflict(h: Happening, m: EvMention) -> bool:
    """Two places conflict unless equal or one contains the other (a city in its
    province or country)."""
    mine = _known_place(m)
    if mine is None:
        return False
    for other in h.mentions:
        theirs = _known_place(other)
        if _same_name(m.place, other.place):
            continue  # one name told twice ("في أريحا", "في مدينة أريحا"), however each is read
        if theirs is not None and not _readings_fit(theirs, mine) \
                and not _locates(m, theirs) and not _locates(other, mine):
            return True
    return False


def _provinces_differ(h: Happening, m: EvMention) -> bool:
    """"فجروا عبوة ... بمنطقة أراكوي في مقاطعة سيرناك" and "استهدف انفجار خط أنابيب ... في
    مقاطعة كارس": two tellings that each name a province by its province word, none the same,
    tell happenings in two provinces, whether the gazetteers know the names or not."""
    if not m.provinces or m.anaphoric:
        return False
    return any(x.provinces and not (x.provinces & m.provinces) for x in h.mentions)


def _same_name(a: placelib.PlaceMention | None, b: placelib.PlaceMention | None) -> bool:
    return a is not None and b is not None and normalize(a.surface) == normalize(b.surface)


def _named_places_differ(h: Happening, m: EvMention) -> bool:
    """"ضربات جوية على قرية بيتا" and "هجمات ... في قرية مالاري": two places no gazetteer
    knows, each named after the same place word (village and village, quarter and quarter),
    are two places when their names differ (neither holds the other). A word for an area of
    any size ("منطقة رميلان" holds "منطقة قلاج كورتك") tells no level."""
    if m.place_word is None or m.place is None:
        return False
    for other in h.mentions:
        if other.place_word == m.place_word and other.place is not None:
            a, b = normalize(m.place.surface), normalize(other.place.surface)
            if a not in b and b not in a:
                return True
    return False


@lru_cache(maxsize=1)
def _any_size_place_words() -> frozenset[str]:
    return lex.word_set("place_any_size_words.tsv")


def _unknown_place_word(ctx: ArticleContext, m: EvMention) -> str | None:
    """The place word before the mention's place when no gazetteer knows the place and the word
    names a level ("قرية", "حي", "بلدة"), not an area of any size ("منطقة")."""
    p = m.place
    if p is None or p.candidates or not p.prefix or not (p.named or p.tagged) or p.in_group_name \
            or p.landmark or p.tok_start == 0:
        return None
    k = p.tok_start - 1
    if ctx.has(k, _any_size_place_words()):
        return None
    return ctx.cands[k][-1]


def _readings_fit(a: placelib.PlaceMention, b: placelib.PlaceMention) -> bool:
    """Do two places fit, taking a town name two countries share ("رفح" in Egypt and in
    Gaza) in whichever country's reading fits?"""
    return any(_places_fit(x, y) for x in _country_readings(a) for y in _country_readings(b))


def _country_readings(p: placelib.PlaceMention) -> list[placelib.Gazetteer]:
    """The first reading of a place, and its first reading in each other country."""
    out: list[placelib.Gazetteer] = []
    for g in p.candidates:
        if all(g.country != x.country for x in out):
            out.append(g)
    return out


def _locates(m: EvMention, p: placelib.PlaceMention) -> bool:
    """Does mention m name place p only as the reference point of its own place?"""
    g = p.candidates[0]
    return any((r.candidates[0].name, r.candidates[0].country) == (g.name, g.country) for r in m.reference_points)


def _known_place(m: EvMention) -> placelib.PlaceMention | None:
    """The mention's place if the gazetteers know it, else a known place of its clause."""
    if m.place is not None and m.place.candidates and not m.namesake_abroad:
        return m.place
    return m.resolved_place


def _places_fit(a: placelib.Gazetteer, b: placelib.Gazetteer) -> bool:
    if (a.name, a.country) == (b.name, b.country):
        return True
    if any(g.country is None and g.kind == "region" for g in (a, b)):
        return True  # a continent ("أفريقيا", "الشرق الأوسط") holds any country's places
    if a.country != b.country:
        return False
    if _nearby(a, b):
        return True  # one town under two gazetteer spellings ("Tuz Khurmatu", "Ţūz Khūrmātū")
    kinds = {a.kind, b.kind}
    if "country" in kinds or "region" in kinds:
        return True
    if kinds == {"city", "admin1"}:
        city, province = (a, b) if a.kind == "city" else (b, a)
        return city.admin1 == province.name
    return False


_SAME_TOWN_KM = 10.0


def _nearby(a: placelib.Gazetteer, b: placelib.Gazetteer) -> bool:
    """Are two towns or quarters within a few kilometres (the same place)?"""
    if a.kind == "admin1" or b.kind == "admin1" or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    dlat = math.radians(b.lat - a.lat)
    dlon = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 6371.0 * math.hypot(dlat, dlon) <= _SAME_TOWN_KM


def _fire_and_air_strike(h: Happening, m: EvMention) -> bool:
    """Rockets fired ("سقوط صاروخ أطلق من غزة") and an air strike by aircraft ("قصفت طائرات
    سلاح الجو هدفا") are two happenings, often one answering the other; a mention that refers
    back ("القصف") may tell either."""
    if m.anaphoric:
        return False
    return any((x.projectile and m.type == "air_strike") or (m.projectile and x.type == "air_strike" and not x.anaphoric)
               for x in h.mentions)


@lru_cache(maxsize=1)
def _gunfire_words() -> frozenset[str]:
    return lex.word_set("event_gunfire_words.tsv")


def _gunfire(m: EvMention) -> bool:
    """Is the mention told by small-arms fire ("إطلاق النار عليه", "برصاص قناص")?"""
    words = _gunfire_words()
    return any(f in words for w in normalize(m.trigger.text).split() for f in lex.token_candidates(w))


_FROM_AFAR = frozenset({"air_strike", "shelling"})


def _shooting_apart(h: Happening, m: EvMention) -> bool:
    """"أصيب فتى الجمعة جراء إطلاق النار عليه ... شرق بلدة بيت حانون" after an air strike:
    a shooting told with its own day or town is not the strike or shelling told before (gunfire
    is neither); with neither ("المتمردون أطلقوا النار على المروحيات أولا") it may be part of it."""
    if m.anaphoric or not _gunfire(m) or not (m.date or _known_place(m)):
        return False
    return any(x.type in _FROM_AFAR and not x.anaphoric for x in h.mentions) \
        and not any(_gunfire(x) for x in h.mentions)


def _figure_conflict(h: Happening, m: EvMention) -> bool:
    mine = {f.kind: f for f in m.figures if not f.minimum}
    for other in h.mentions:
        for f in other.figures:
            g = mine.get(f.kind)
            if g is not None and not f.minimum and f.value != g.value:
                return True
    return False


def _same_toll(h: Happening, m: EvMention, none_too: bool = False) -> bool:
    """Does the happening count as many dead as m ("13 قتيلا", "13 شخصا على الاقل")? With
    none_too, "no dead" told by both counts as the same toll."""
    mine = {f.value for f in m.figures if f.kind == "killed" and (f.value or none_too)}
    return bool(mine) and any(f.kind == "killed" and f.value in mine for x in h.mentions for f in x.figures)


def compatible(h: Happening, m: EvMention) -> bool:
    """Can mention m tell the same happening as h? A conflicting date or place says no.
    A mention that refers back ("الهجوم") fits whatever it adds; one that names its own
    target must not contradict the happening's target; a differing toll blocks only a
    mention anchored by its own date, place or target (else it is another estimate)."""
    if h.family != m.family or not all(types_compatible(_told_type(x), _told_type(m)) for x in h.mentions):
        return False
    if m.distinct:
        return False
    if _found_apart(h, m):
        return False
    if h.mentions[0].aggregate != m.aggregate and not (m.aggregate and _headline_toll_repeated(h, m)):
        # a headline that tells one happening ("قصف") is the lead's "غارات" with the same dead
        return False
    if any(_date_conflict(x.date, m.date) and not _quoted_day_apart(x, m) for x in h.mentions):
        return False
    if m.family == "violence" and not m.anaphoric and m.date and not any(x.date for x in h.mentions) \
            and any(x.clause.lead for x in h.mentions) and _far_from(m.date, h.mentions[0].clause_published) \
            and not (m.clause.lead_first and all(x.clause.title for x in h.mentions)):
        # the lead tells today's news; a happening dated weeks before is another one (but the
        # headline's happening is the one the lead's first sentence dates, however long ago)
        return False
    if _headline_toll_repeated(h, m):
        return True  # "مقتل 4 جنود ... قبل محادثات في مينسك" and the lead's "4 جنود قتلوا في ..."
    if _place_conflict(h, m) or _named_places_differ(h, m) or _provinces_differ(h, m) or _fire_and_air_strike(h, m) \
            or _shooting_apart(h, m):
        return False
    if _other_sides(h, m) or _told_afresh_elsewhere(h, m) or _recalled_elsewhere(h, m):
        return False
    if m.other_matter and (m.figures or _telling_target(m)) and any(not x.clause.opening for x in h.mentions):
        # "من ناحية أخرى قال مسعفون إن جنديين قتلا في قتال": after the body told one happening,
        # a happening told afresh on another matter, with victims or a target of its own, is
        # another one (the headline's may be told again; "من جهة أخرى قال المتحدث إن الطائرات
        # قصفت هدفا" with nothing of its own may be the other side's account of it)
        return False
    if m.anaphoric or m.more_victims:
        return True  # (what "others" were hit in needs no target of its own)
    if h.family == "arrest" and _others_arrested(h, m):
        return False
    if h.family != "violence":
        return True
    if m.clause.opening and all(x.clause.opening for x in h.mentions) and (
            m.clause.title or any(x.clause.title for x in h.mentions)):
        return True  # the headline and the lead's first sentences tell the main story
    targets = [x.target_words for x in h.mentions if _telling_target(x)]
    if _telling_target(m) and targets and not any(t & m.target_words for t in targets) \
            and not _same_doer_same_toll(h, m):
        return False
    anchored = bool(m.date or m.place or m.target_words)
    return not (anchored and _figure_conflict(h, m))


def _found_apart(h: Happening, m: EvMention) -> bool:
    """"تم العثور على الضابطين مقتولين" beside "شهد الإقليم تفجيرا انتحاريا": bodies found (a
    trigger of form found) tell a killing of their own, not a bombing or strike told beside it;
    only a plain attack or killing may tell it again."""
    found_h = any("found" in x.event_forms for x in h.mentions)
    if ("found" in m.event_forms) == found_h:
        return False
    return any(x.type != "attack" for x in h.mentions) if not found_h else m.type != "attack"


def _told_type(m: EvMention) -> str:
    """"سلاح الجو قام بقصف تمركزات ..." then "قام سلاح الجو بتفجير مخزن ذخيرة": what an air
    force blows up it hits from the air, so the blast is the air strike told again (the event
    is retyped the same way when built)."""
    if m.type == "bombing" and m.actor1 is not None and m.actor1.name in _air_forces():
        return "air_strike"
    return m.type


def _sides(m: EvMention) -> list[Actor]:
    return [a for a in (m.actor1, m.actor2) if a is not None and a.name]


def _party_again(a: Actor, b: Actor) -> bool:
    """One party in two tellings: the same entity, or names sharing a word ("قوات النظام" ~
    "القوات الحكومية" do not, and are left to the caller's caution)."""
    if a.entity_id is not None and a.entity_id == b.entity_id:
        return True
    return a.name == b.name or bool(set(_light_stems(a.name or "")) & set(_light_stems(b.name or "")))


def _other_sides(h: Happening, m: EvMention) -> bool:
    """"استمرت الاشتباكات بين الفرقة الرابعة والفصائل في الزبداني ... كما دارت اشتباكات بين
    الوحدات الكردية وداعش في تل السمن": a fight told afresh between parties none of whom fought
    in the happening's fight is another fight. Needs one telling to name both sides and a named
    body (an entity) among the sides compared, so that "مسلحون" and "عناصر" prove nothing."""
    if m.type != "armed_clash" or m.anaphoric or m.more_victims or m.casualty_only:
        return False
    mine = _sides(m)
    if not mine:
        return False
    theirs = [(x, _sides(x)) for x in h.mentions if x.type == "armed_clash" and not x.clause.title]
    theirs = [(x, sides) for x, sides in theirs if sides]
    if not theirs:
        return False
    both = len(mine) == 2 or any(len(sides) == 2 for _x, sides in theirs)
    named = any(a.entity_id is not None for a in mine) and any(
        a.entity_id is not None for _x, sides in theirs for a in sides)
    if not (both and named):
        return False
    return not any(_party_again(a, b) for a in mine for _x, sides in theirs for b in sides)


def _told_afresh_elsewhere(h: Happening, m: EvMention) -> bool:
    """"خمسة جنود قتلوا في انفجار قنبلة زرعها إسلاميون بشقة" then "القوات تصدت لهجوم عنيف في
    محور بوعطني": a happening told afresh (not "الهجوم" referring back) in other words than
    the happening's, at a place of its own where the happening's tellings named none, is
    another happening, not the place of the one before."""
    if m.family != "violence" or m.anaphoric or m.casualty_only or m.more_victims or m.place is None:
        return False
    if any(x.place is not None or x.place_ref is not None or x.resolved_place is not None for x in h.mentions):
        return False
    if m.clause.opening and all(x.clause.opening for x in h.mentions):
        return False  # the headline and the lead's first sentences tell the main story
    # (a kind of the happening told before, "اغتالت" after "هجوم", may tell it more closely)
    told = [x for x in h.mentions if not x.casualty_only and not x.anaphoric]
    if _same_toll(h, m, none_too=True):
        return False  # "تقتل 5 في اشتباكات" then "قتل 5 ... في كمين": the same dead, the same happening
    return bool(told) and all(x.type != m.type and not _is_a(m.type, x.type) for x in told)


def _recalled_elsewhere(h: Happening, m: EvMention) -> bool:
    """"نفذتا هجوما على مركز للشرطة في المدينة قبل 3 سنوات" then "قتل اربعة عناصر من الشرطة في
    انفجار عبوة ... في منطقة سيلوبي": a happening told afresh, with no day of its own but at a
    known place, is not one recalled from long before whose tellings named no known place."""
    if m.family != "violence" or m.date or m.anaphoric or m.casualty_only or m.more_victims \
            or m.place is None or not m.place.candidates or not _recalled(h):
        return False
    if m.place.candidates[0].kind in ("country", "region"):
        return False  # "ماتوا في مواجهات ... عدا المطلوب الذي قتل في العراق": a country places no happening apart
    return all(_known_place(x) is None for x in h.mentions)


def _others_arrested(h: Happening, m: EvMention) -> bool:
    """"اعتقال مئات المشتبه بهم" then "جرى اعتقال إحدى المرأتين": an arrest told afresh (not
    "الاعتقالات" referring back) of people who share no word with those the happening's own
    tellings arrested is another arrest. (A headline and the lead may name them in other words.)"""
    if not _telling_target(m) or (m.clause.opening and any(x.clause.opening for x in h.mentions)):
        return False
    if m.actor2 is not None and m.actor2.rank == RANK_PERSON:
        # "اعتقلت قياديا" then "تم اعتقال عبد الخالق الحوثي": the name of one described before;
        # but a person named after another person arrested ("اعتقلت فلانا" ... "واعتقلت الفتى
        # فلانا آخر من حي ...") is another arrest
        return _other_person_arrested(h, m)
    # a headline names the arrested in its own short words
    targets = [x.target_words for x in h.mentions if _telling_target(x) and not x.anaphoric and not x.clause.title]
    return bool(targets) and not any(t & m.target_words for t in targets)


def _other_person_arrested(h: Happening, m: EvMention) -> bool:
    """Does the happening already hold the arrest of a named person who is not m's (no shared
    name, not one entity)? Then m, naming its own person, tells another arrest."""
    a = m.actor2
    if a is None or m.anaphoric:
        return False
    for x in h.mentions:
        b = x.actor2
        if x is not m and not x.anaphoric and b is not None and b.rank == RANK_PERSON and b.name \
                and not _party_again(a, b):
            return True
    return False


@lru_cache(maxsize=1)
def _generic_targets() -> frozenset[str]:
    return frozenset(w for r in lex.load_tsv("event_generic_targets.tsv") for w in _light_stems(r[0]))


def _attack_then_response(mentions: list[EvMention]) -> bool:
    """"هاجم مسلحون فندقا ... وتبادلوا إطلاق النار مع القوات": when the happening is first
    told as an attack on a target, the exchange of fire told after it is the forces' response,
    and the happening stays an attack."""
    told = _tellings(mentions)
    if not _told_first_as_attack(told):
        return False
    return all(m.type in ("attack", "armed_clash") for m in told)


def _attack_then_hostages(mentions: list[EvMention]) -> bool:
    """"قتل أربعة في هجوم استهدف فندقا ... وقال المصدر إن ما يجري هو أخذ رهائن": a deadly
    attack on a target told first, whose later tellings are the hostages taken in it, stays an
    attack: taking hostages during the assault is part of it, the attack's words tell it."""
    told = _tellings(mentions)
    if not _told_first_as_attack(told):
        return False
    if not any(f.kind == "killed" and f.value for m in mentions if m.type == "attack" for f in m.figures):
        return False
    return all(m.type in ("attack", "armed_clash", "abduction") for m in told)


def _tellings(mentions: list[EvMention]) -> list[EvMention]:
    """The mentions that tell the happening itself (not a toll alone), in the article's order."""
    return sorted((m for m in mentions if not m.casualty_only), key=lambda m: (m.clause.ts, m.anchor))


def _told_first_as_attack(told: list[EvMention]) -> bool:
    """Is the happening first told as an attack on a target? The tellings before any other
    kind are all attacks, and one of them names what was hit: a headline's bare "هجوم" may
    come before the lead's "فتح مسلحون النار على قافلة عسكرية"."""
    first = list(takewhile(lambda m: m.type == "attack", told))
    return any(_telling_target(m) for m in first)


def _telling_target(m: EvMention) -> bool:
    """Does the mention name what it hit ("موقعا للقسام")? "هدفا تخريبيا" names no target."""
    return bool(m.target_words) and not (m.target_words & _generic_targets())


def _same_doer_same_toll(h: Happening, m: EvMention) -> bool:
    """A retelling that names the target in other words ("غارة على موقع لتدريب المقاومة" and
    "قصف موقعا ... قرب مخيم النصيرات") is the same happening when the same named group did it
    and it counts the same victims."""
    if m.actor1 is None or m.actor1.name is None or m.actor1.rank < RANK_ORG:
        return False
    mine = {(f.kind, f.value) for f in m.figures if f.value and not f.minimum}
    return bool(mine) and any(
        x.actor1 is not None and x.actor1.name == m.actor1.name
        and any((f.kind, f.value) in mine for f in x.figures if not f.minimum) for x in h.mentions)


def _quoted_day_apart(a: EvMention, b: EvMention) -> bool:
    """Are two days at most one apart, one of them counted from a quoted source's "today"?"""
    if not (a.date_quoted or b.date_quoted) or not a.date or not b.date:
        return False
    return len(a.date) >= 10 and len(b.date) >= 10 and not _far_from(a.date, b.date, days=1)


def _headline_toll_repeated(h: Happening, m: EvMention) -> bool:
    """Does the lead repeat the headline's death toll? Then both tell the main story, even
    when one names a place the other does not (the headline may name where talks are held)."""
    if h.family != "violence" or not m.clause.opening or not all(x.clause.opening for x in h.mentions):
        return False
    if not (m.clause.title or any(x.clause.title for x in h.mentions)):
        return False
    mine = {f.value for f in m.figures if f.kind == "killed" and f.value}
    return bool(mine) and any(f.kind == "killed" and f.value in mine for x in h.mentions for f in x.figures)


def _recalled(h: Happening) -> bool:
    """Is the happening dated well before the article (a background event it recalls)?"""
    dated = next((x for x in h.mentions if x.date), None)
    return dated is not None and _far_from(dated.date or "", dated.clause_published)


def _happening_date(h: Happening) -> str:
    """The date of the happening's first dated mention ("" when none is dated)."""
    return next((x.date for x in h.mentions if x.date), None) or ""


def _headline_summary(h: Happening, happenings: list[Happening]) -> bool:
    """"مقتل 16 شخصا في هجومين جديدين": a headline that sums up several attacks the article
    then tells one by one is no happening of its own (it would count them twice)."""
    if h.family != "violence" or not all(m.aggregate and m.clause.lead for m in h.mentions):
        return False
    told = [x for x in happenings if x is not h and x.family == h.family
            and not any(m.aggregate for m in x.mentions)]
    return len(told) >= 2


def _is_a(kind: str, general: str) -> bool:
    """Is a happening of type ``kind`` also one of type ``general`` (a suicide bombing is a bombing)?"""
    return kind == general or lex.kind_of(kind, general)


def _bare_reference(m: EvMention) -> bool:
    """"لعمليات التفجير", "التفجير" with nothing told before it and nothing of its own (no
    date, place, actor, target or toll): talk about attacks in general, not a happening."""
    return m.anaphoric and not (m.date or m.place or m.place_ref or m.actor1 or m.actor2 or m.figures or m.claim)


_WHILE_OTHERS = _WHILE | {"فيما", "وفيما"}


def _toll_told_first(ctx: ArticleContext, mentions: list[EvMention]) -> list[EvMention]:
    """"أن اثنين من عناصر الصحوة قتلا، بينما أصيب اثنان آخران بجروح، بتفجير عبوة": a toll with
    no event word of its own, cut by "بينما"/"فيما" from the toll of other victims and the
    happening both belong to, is that happening's: it joins it (taken after it), not the
    happening told before it."""
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.casualty_only and not a.anaphoric and a.family == b.family == "violence" and not b.casualty_only \
                and b.clause.sentence == a.clause.sentence and ctx.norm[b.clause.ts] in _WHILE_OTHERS \
                and b.figures and not {f.kind for f in b.figures} & {f.kind for f in a.figures}:
            out[k], out[k + 1] = b, a
    return out


def merge(mentions: list[EvMention]) -> list[Happening]:
    """Each mention joins the most recent compatible happening, or starts one."""
    happenings: list[Happening] = []
    # per family (only one family's happenings can take a mention), the most recently told first
    recent: dict[str, list[Happening]] = {}
    for m in mentions:
        told = recent.setdefault(m.family, [])
        # (all the fitting happenings are needed only to choose among them below)
        need_all = bool(m.target_words) or not (m.date or m.anaphoric) or m.type != "attack"
        fits: list[Happening] = []
        for h in told:
            if compatible(h, m):
                fits.append(h)
                if not need_all:
                    break
        # the main story (told in the lead) when it names its target again ("حمام سباحة"),
        # else the most recent one
        target = next((h for h in fits if m.target_words and any(x.clause.lead for x in h.mentions)
                       and any(x.target_words & m.target_words for x in h.mentions)), None)
        named_again = target is not None
        if target is None and fits:
            target = fits[0]
            if m.anaphoric and m.type != "attack" and not m.subject_anaphor:
                # "والهجوم الانتحاري" refers back to the suicide bombing, not to a raid told since
                target = next((h for h in fits if any(_is_a(x.type, m.type) for x in h.mentions)), target)
        if target is not None and not m.date and not m.anaphoric and _recalled(target):
            # an undated retelling after a recalled attack ("وقال رئيس البلدية إن مهاجما
            # انتحاريا فجر سترته") goes on with the article's main story, not the recalled one
            # (or, when the main story is itself weeks old, the lead's later one than the recalled);
            # one that names its target again, only with a main story that named it too
            lead = [h for h in fits if h is not target and any(x.clause.lead for x in h.mentions)]
            if named_again:
                lead = [h for h in lead if any(x.target_words & m.target_words for x in h.mentions)]
            target = next((h for h in lead if not _recalled(h)), None) \
                or next((h for h in lead if _happening_date(h) > _happening_date(target)), target)
        if target is not None and len(fits) > 1 and not m.casualty_only and _figure_conflict(target, m):
            # "غداة هجوم انتحاري اسفر عن 13 قتيلا": a toll told again goes
            # with the happening that counted it, not with a more recent one that counted others
            # (a toll alone, "ارتفع العدد لأربعة قتلى", may update the one just told)
            target = next((h for h in fits if _same_toll(h, m)), target)
        if target is None:
            if not m.reference and not _bare_reference(m):
                target = Happening([m])
                happenings.append(target)
                told.insert(0, target)
        else:
            target.mentions.append(m)
            told.remove(target)
            told.insert(0, target)
    return happenings


# ------------------------------------------------------------------ from happenings to events


def _best_actor(actors: list[Actor | None]) -> Actor | None:
    best = None
    for a in actors:
        if a is not None and (best is None or a.rank > best.rank):
            best = a
    return best


_IN = frozenset({"في"})
_PLURAL_REACH = 2  # words past the clause end to "في هجومين"


def _in_plural_happenings(ctx: ArticleContext, c: Clause) -> bool:
    """"قتل 16 شخصا في هجومين منفصلين أحدهما نفذته انتحارية": the dead are told "in" plural
    happenings, though each is told beside. (The clause may end before "في هجومين".) A dual
    noun ("في تفجيرين") is plural too, and so are happenings of a series or a wave ("في موجة
    من الهجمات", "في سلسلة هجمات")."""
    _ss, se = ctx.tok_range(*ctx.sentences[c.sentence])
    hi = min(se, c.te + _PLURAL_REACH)
    return any(_role(h) == "event" and h.start > c.ts and _after_in(ctx, c, h.start)
               and (_form(h) == "plural" or (_form(h) == "noun" and _dual_noun(ctx, h.start)))
               for h in ctx.triggers_in(c.ts, hi))


@lru_cache(maxsize=1)
def _series_nouns() -> frozenset[str]:
    return lex.word_set("event_series_nouns.tsv")


def _after_in(ctx: ArticleContext, c: Clause, k: int) -> bool:
    """Is the trigger at k told "in" ("في هجومين"), maybe through a series noun ("في موجة من
    الهجمات", "في سلسلة هجمات")?"""
    if ctx.has(k - 1, _IN):
        return True
    if k - 1 > c.ts and ctx.norm[k - 1] == "من":
        k -= 1  # "موجة من الهجمات"
    return k - 2 >= c.ts and ctx.has(k - 1, _series_nouns()) and ctx.has(k - 2, _IN)


def _toll_of_a_wave(ctx: ArticleContext, c: Clause) -> bool:
    """"مقتل 11 وإصابة 17 في موجة عنف", "لقي 6 مصرعهم، بينما أصيب 13 آخرون ... في حوادث
    أمنية منفصلة": a toll told with no happening of its own, whose sentence goes on (no event
    word between) to say it fell in several happenings, sums them."""
    _ss, se = ctx.tok_range(*ctx.sentences[c.sentence])
    for h in ctx.found(ctx.lex.generic, c.ts, se):
        if _col(h, 0) == "wave" and (h.start < c.te or not any(
                _role(t) == "event" for t in ctx.triggers_in(c.te, h.start))):
            return True
    return False


def _toll_of_a_series(ctx: ArticleContext, c: Clause, events: list[lex.Hit]) -> bool:
    """"الهجوم الذي يأتي بعد سلسلة هجمات في كابول أوقعت 51 قتيلا": the clause's casualty
    words all follow a plural trigger told after its other happening words: the toll is the
    plural happenings' sum, not the happening the clause names first."""
    plural = [h for h in events if _form(h) == "plural"]
    if not plural or len(plural) == len(events):
        return False
    last = max(events, key=lambda h: h.start)
    if _form(last) != "plural":
        return False
    cues = ctx.found(ctx.lex.casualty, c.ts, c.te)
    return bool(cues) and all(h.start >= last.end for h in cues)


def _toll_of_coordinated(ctx: ArticleContext, c: Clause, events: list[lex.Hit]) -> bool:
    """"وقتل ضابطا شرطة ومجند ومسلح أمس في هجوم بمدينة العريش واشتباك بمدينة السويس": a toll
    told before "in" a happening noun, whose clause is cut at another happening noun joined by
    "و" (a clash beside an attack: two happenings), is told for both at once: neither one's
    toll (unlike "في هجومين", no happening of the article is their sum)."""
    _, se = ctx.tok_range(*ctx.sentences[c.sentence])
    if not events or c.te >= se or not ctx.norm[c.te].startswith("و"):
        return False
    if not any(h.start == c.te and _role(h) == "event" and _form(h) != "verb" for h in ctx.triggers_in(c.te, c.te + 3)):
        return False
    first = min(events, key=lambda h: h.start)
    if _form(first) == "verb" or not ctx.has(first.start - 1, _IN):
        return False
    cues = ctx.found(ctx.lex.casualty, c.ts, c.te)
    return bool(cues) and all(h.end <= first.start for h in cues)


def _mark_several(figures: list[Figure]) -> None:
    """"قتل 16 شخصا في هجومين منفصلين": a toll told with plural happenings only sums them."""
    for f in figures:
        f.several = True


def _own_figures(figs: list[Figure]) -> list[Figure]:
    """A happening's own figures, when it has any besides the sums of several happenings it
    was also told among ("في هجومين ... ما أدى إلى مقتل عشرة"): the sum is not its toll."""
    own = [f for f in figs if not f.several]
    return own or figs


def _figures(h: Happening, kind: str) -> tuple[int | None, int | None]:
    """(exact, minimum): the toll as first stated, revised by a later update ("ارتفعت
    الحصيلة إلى") or by a later exact figure at or above a first lower bound. Figures
    of one sentence add up ("قتل جندي ... في حين قتل ثمانية مدنيين"), except a
    differing one a source is quoted for, which is another estimate."""
    by_sentence: dict[int, list[Figure]] = {}
    for m in h.mentions:
        for f in m.figures:
            if f.kind == kind:
                by_sentence.setdefault(f.sentence, []).append(f)
    if not by_sentence:
        return None, None
    own = _own_figures([f for fs in by_sentence.values() for f in fs])
    by_sentence = {sent: [f for f in fs if f in own] for sent, fs in by_sentence.items()}
    by_sentence = {sent: fs for sent, fs in by_sentence.items() if fs}
    title_sentences = {m.clause.sentence for m in h.mentions if m.clause.title}
    # the body states the toll; a headline rounds it, so it only counts when the body is silent
    body = [s for s in sorted(by_sentence) if s not in title_sentences]
    statements = []
    for sent in body or sorted(by_sentence):
        fs = by_sentence[sent]
        updates = [f for f in fs if f.update]
        if updates:
            statements.append(Figure(kind, updates[-1].value, updates[-1].minimum, sent, True))
            continue
        parts = [fs[0]] + [f for f in fs[1:] if not (f.reported and f.value != fs[0].value)]
        statements.append(Figure(kind, sum(f.value for f in parts), any(f.minimum for f in parts), sent))
    chosen = statements[0]
    for f in statements[1:]:
        if f.update and f.value >= chosen.value:
            chosen = f
        elif chosen.minimum and not f.minimum and f.value >= chosen.value:
            chosen = f
    return (None, chosen.value) if chosen.minimum else (chosen.value, None)


def _claim(ctx: ArticleContext, h: Happening, actor1: Actor | None) -> str:
    statuses = [m.claim for m in h.mentions if m.claim]
    named = actor1 is not None and actor1.name is not None and (
        actor1.rank >= RANK_PLACE or _definite_doer(ctx, actor1))
    if named:
        statuses = [s for s in statuses if s != "unclaimed"]
    if statuses:
        return max(statuses, key=lambda s: CLAIM_PRECEDENCE[s])
    return "attributed" if named else "unclaimed"


def _definite_doer(ctx: ArticleContext, a: Actor) -> bool:
    """"فجرت فيه العناصر التكفيرية", "هاجم المسلحون", "أطلقها مقاتلو المعارضة": a known
    description made definite, or a construct noun whose next word is definite, points at a
    group the article knows, so the reporter blames it (attributed); "مسلحون" and "مجهولون"
    blame no one. Only lexicon descriptions count: a bare noun phrase ("القوات") may be noise.
    A definite description that takes up unknown doers told before ("مسلحون مجهولون" ...
    "المسلحون") still blames no one."""
    if not a.known or a.span is None or a.rank != RANK_DESCRIPTION:
        return False
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if i >= j:
        return False
    words = [_bare(ctx.norm[k]) for k in range(i, j)]
    # "مقاتلو المعارضة": the construct's second member, just after the description
    follower = _bare(ctx.norm[j]) if j < len(ctx.norm) and words[-1][-1:] in ("و", "ي") else ""
    if not words[0].startswith("ال") and not follower.startswith("ال"):
        return False
    return not any(_unknown_doer(w) for w in words + [follower]) and _first_unknown_doer(ctx) >= i


def _unknown_doer(bare: str) -> bool:
    """Does a word (its joined "و"/"ف" taken off) leave a doer unknown ("المجهولون", "ملثمون")?"""
    return any(bare.removeprefix("ال").startswith(u) for u in _unknown_doers())


def _first_unknown_doer(ctx: ArticleContext) -> int:
    """The article's first token that leaves a doer unknown (len(norm) when none), found
    once per article: every definite doer asks whether one was told before it."""
    if ctx.first_unknown_doer is None:
        ctx.first_unknown_doer = next((k for k, w in enumerate(ctx.norm) if _unknown_doer(_bare(w))), len(ctx.norm))
    return ctx.first_unknown_doer


def _bare(word: str) -> str:
    """The word without a joined "و"/"ف" ("والمسلحون")."""
    return word[1:] if word[:1] in ("و", "ف") and word[1:3] == "ال" else word


@lru_cache(maxsize=1)
def _unknown_doers() -> tuple[str, ...]:
    return tuple(r[0] for r in lex.load_tsv("event_claim_unknown_doers.tsv"))


@lru_cache(maxsize=1)
def _own_voices() -> lex.PhraseMatcher:
    return lex.matcher("event_own_voices.tsv")


def _happening_countries(ctx: ArticleContext, h: Happening) -> set[str | None]:
    """The countries of the places the happening's mentions name (the article's main country
    when they name none)."""
    found = {m.place.candidates[0].country for m in h.mentions if m.place is not None and m.place.candidates}
    return found or {_main_country(ctx)}


@lru_cache(maxsize=1)
def _militant_words() -> frozenset[str]:
    return lex.word_set("event_militant_words.tsv")


def _state_against_militants(ctx: ArticleContext, h: Happening, actor1: Actor | None, actor2: Actor | None) -> bool:
    """"شنت قوات الأمن الأفغانية عملية عسكرية ... قتل 18 متمردا في إقليم فارياب", "الجيش
    النيجيري شن هجوما على بوكو حرام": a state's own force fighting an armed group or militants
    in its own country does it openly and tells of it; analysts code it claimed, not blamed on
    it. Against civilians or a person ("قتل فلسطيني برصاص الجيش الإسرائيلي"), or abroad (a
    foreign air force's strike, told by others), it stays attributed."""
    if actor1 is None or actor2 is None:
        return False
    doer = _actor_entity(ctx, actor1.entity_id)
    if doer is None or doer.kind not in _OPERATING_STATES or _happening_countries(ctx, h) != {doer.country}:
        return False
    target = _actor_entity(ctx, actor2.entity_id)
    if target is not None:
        return target.kind == "armed_group"
    if actor2.span is None:
        return False
    i, j = ctx.tok_range(actor2.span.start, actor2.span.end)
    return any(ctx.has(k, _militant_words()) for k in range(i, j))


_SELF_CLAIMABLE = frozenset({"air_strike", "shelling", "attack", "bombing"})  # one side strikes (a clash has two)


def _self_announced(ctx: ArticleContext, h: Happening, actor1: Actor | None) -> bool:
    """"أعلن متحدثون عسكريون باسم الحكومة الليبية أن طائرات حربية أغرقت سفينة", "قال المتحدث
    باسم الجيش إن طائرات سلاح الجو قصفت هدفا": a strike by a state's forces, told by a military
    or government voice of that same state, is claimed by them."""
    if h.type not in _SELF_CLAIMABLE:
        return False
    for m in h.mentions:
        words = _official_voice(ctx, m)
        if words is None:
            continue
        lo, hi = words
        doer = actor1 or m.actor1
        if not _state_force(ctx, m, doer):
            continue
        if _same_side(ctx, lo, hi, doer):
            return True
    return False


_VOICE_REACH = 12  # words from an official voice to the "إن" of what it said


def _official_voice(ctx: ArticleContext, m: EvMention) -> tuple[int, int] | None:
    """Tokens [voice, complementizer) when the mention is told in the "إن"/"أن" clause of an
    official military or government voice ("أعلن متحدثون عسكريون ... أن", "قال المتحدث باسم
    الجيش ... إن")."""
    ss, _ = ctx.tok_range(*ctx.sentences[m.clause.sentence])
    comp = next((k for k in range(m.anchor - 1, ss, -1) if ctx.norm[k] in _COMPLEMENTIZERS), None)
    if comp is None:
        return _quoted_voice(ctx, m)
    voice = next(iter(_own_voices().find(ctx.norm, max(ss, comp - _VOICE_REACH), comp)), None)
    if voice is None:
        return _state_body_voice(ctx, max(ss, comp - _BODY_VOICE_REACH), comp)
    return (voice.start, comp)


_BODY_VOICE_REACH = 5  # words from a saying verb to the "إن" after the state body it has for subject


def _state_body_voice(ctx: ArticleContext, lo: int, comp: int) -> tuple[int, int] | None:
    """"قال الجيش المصري إن مروحيات الأباتشي قصفت", "أعلنت وزارة الدفاع الروسية أن طائراتها
    أغارت": a state's own army, police or ministry, the subject of the verb of saying right
    before the "إن", is an official voice too."""
    for k in range(lo, comp):
        hit = _state_body_at(ctx, k)
        if hit is None or hit[0] > comp or not _saying_in(ctx, max(lo, k - 2), k):
            continue
        if all(not ctx.is_word(b) or b in ctx.time_tokens or ctx.norm[b] in _TIME_WORDS for b in range(hit[0], comp)):
            return (k, comp)
    return None


def _quoted_voice(ctx: ArticleContext, m: EvMention) -> tuple[int, int] | None:
    """Tokens [voice, end of introduction) when the mention is inside a quotation of an official
    voice: «سلاح الجو قام بقصف ...» after "قال ناصر الحاسي -وهو متحدث باسم القوات الجوية-:"; the
    quotes stage gives a later «...» of "وأضاف قائلا:" the speaker introduced before, so the
    words that introduced the speaker are read."""
    at = ctx.tokens[m.anchor][0]
    for q in ctx.doc.analysis.quotes:
        if q.speaker_span is None or not q.span.start <= at < q.span.end:
            continue
        lo, _ = ctx.tok_range(q.speaker_span.start, q.speaker_span.end)
        if lo >= len(ctx.tokens):
            continue
        hi = min(_sentence_end(ctx, lo), lo + _VOICE_REACH)
        # the introduction ends where a quotation opens ("-: «")
        hi = next((k for k in range(lo, hi) if ctx.norm[k] in _OPENERS or ":" in ctx.norm[k]), hi)
        si = ctx.sentence_of(lo)
        ss, _ = ctx.tok_range(*ctx.sentences[si])
        voice = next(iter(_own_voices().find(ctx.norm, max(ss, lo - 4), hi)), None)
        if voice is not None:
            return (voice.start, hi)
    return None


_OPERATING_STATES = STATE_KINDS | {"country"}  # a state named as the doer ("أفغانستان") acts through its forces


def _state_body_at(ctx: ArticleContext, k: int) -> tuple[int, object] | None:
    """The tagged mention starting at token k, as (end token, mention), when it names a state
    body ("الجيش المصري", "وزارة الدفاع الروسية", "الشرطة"): one that speaks for its own deeds."""
    hit = ctx.mention_at.get(k)
    if hit is None:
        return None
    ent = ctx.entities.get(getattr(hit[1], "entity_id", None) or "")
    return hit if ent is not None and ent.kind in STATE_KINDS else None


def _actor_entity(ctx: ArticleContext, entity_id: str | None) -> Entity | None:
    """The entity of an actor: the article's, or the actor lexicon's for a body named by the
    event rules alone ("ضربة جوية أمريكية" -> the United States' armed forces, which no mention
    of the article names)."""
    if not entity_id:
        return None
    ent = ctx.entities.get(entity_id)
    if ent is None and _lexicon_entries is not None:
        entry = _lexicon_entries().get(entity_id)
        ent = entry.entity if entry is not None else None
    return ent


def _state_force(ctx: ArticleContext, m: EvMention, a: Actor | None) -> bool:
    """Is the doer a state's armed force: an army, air force or police body, its aircraft
    ("طائرات سلاح الجو"), or unnamed warplanes that make the happening an air strike?"""
    if a is not None and a.entity_id is not None:
        ent = _actor_entity(ctx, a.entity_id)
        if ent is None or ent.kind is not None:  # a body of no known kind ("سلاح الجو") is read by its words
            return ent is not None and ent.kind in STATE_KINDS
    if a is not None and (a.name in _air_forces() or _aircraft_words(ctx, a)):
        return True
    # "أن طائرات حربية أغرقت سفينة": warplanes as the verb's subject; not "استهدف الهجوم المروحية"
    hits = ctx.triggers_in(m.clause.ts, m.clause.te)
    events, mods = [h for h in hits if _role(h) == "event"], [h for h in hits if _role(h) == "modifier"]
    # "إن طائرات حربية أغرقت، يوم الأحد، سفينة، وهاجمت سفينة أخرى": the subject of each joined verb
    return _aircraft_subject(events, mods) or _aircraft_said_to_act(ctx, events, mods)


def _same_side(ctx: ArticleContext, lo: int, hi: int, doer: Actor | None) -> bool:
    """Do the speaker's words at tokens [lo, hi) speak for the doer: its own body or a state
    body of its country? A voice that names no side ("متحدث عسكري") speaks for a named state
    force; unnamed warplanes need a voice that names its state ("باسم الحكومة الليبية")."""
    ents = [ctx.entities.get(getattr(hit[1], "entity_id", None) or "") for k in range(lo, hi)
            if (hit := ctx.mention_at.get(k)) is not None and hit[0] <= hi]
    # a person named in the voice's words ("المتحدث باسم الجيش الكولونيل فلان") tells no side
    ents = [e for e in ents if e is not None and e.type != "PER"]
    states = {e.country for e in ents if e.kind in STATE_KINDS and e.country} | {cc for _k, cc in ctx.nisbas_in(lo, hi)}
    ent = _actor_entity(ctx, doer.entity_id) if doer is not None else None
    if ent is not None and any(e.id in (ent.id, ent.parent) or e.name == ent.parent for e in ents):
        return True
    country = ent.country if ent is not None else None
    if country is None and doer is not None and doer.span is not None:
        i, j = ctx.tok_range(doer.span.start, doer.span.end)
        country = next((cc for _k, cc in ctx.nisbas_in(i, j)), None)
    air_voice = any(_role(h) == "modifier" and h.pattern.value[0] == "air_strike" for h in ctx.triggers_in(lo, hi))
    # a body the voice names but nobody placed ("متحدث باسم القوات الجوية") tells no side
    unsided = all(e.kind is None and not e.country for e in ents)
    if country is not None:
        if states:
            return country in states  # "المتحدث باسم الحوثيين" speaks for another side
        return not ents or (unsided and air_voice)  # "متحدث باسم القوات الجوية" of "سلاح الجو الليبي"
    if doer is not None and _aircraft_words(ctx, doer) and air_voice:
        return True  # "متحدث باسم القوات الجوية" speaks for "سلاح الجو" of no named state
    if not ents and not states and ent is not None and ent.kind is None:
        return True  # "قال متحدث عسكري إن سلاح الطيران نفذ ضربة": an unplaced state force is the voice's own
    if ent is not None:
        return False  # a named body of no country ("التحالف الدولي") is claimed only by its own voice
    return bool(states) and all(e.kind in STATE_KINDS or e.kind == "country" for e in ents)


def _anchor_mention(h: Happening) -> EvMention:
    """The mention that best states the happening: the first outside the title, with most facts."""
    def facts(m: EvMention) -> int:
        return sum(bool(x) for x in (m.date, m.place or m.place_ref, m.actor1, m.actor2, m.figures)) + (
            0 if m.casualty_only else 1)
    body = [m for m in h.mentions if m.clause.block not in _title_blocks(m)]
    pool = body or h.mentions
    return max(pool, key=lambda m: (facts(m), -m.clause.start))


def _title_blocks(m: EvMention) -> set[int]:
    return {0} if m.clause.lead and m.clause.block == 0 else set()


def _default_date(ctx: ArticleContext, h: Happening, dated: list[EvMention]) -> tuple[str | None, Span | None]:
    for m in h.mentions:
        if m.date and not m.date_quoted:
            return m.date, m.date_span
    said = next((m for m in h.mentions if m.said_date), None)
    if said is not None:
        return said.said_date, said.said_span
    announced = next((m for m in h.mentions if m.announced_date), None)
    if announced is not None:  # the best guess, but the words date the telling: no span
        return announced.announced_date, None
    first = h.mentions[0]
    # the dated mention before it in the same paragraph sets the scene ("ليل الاثنين ... وفي إقليم ...")
    # (one long past, "قبل 3 سنوات", sets the scene only for the sentence after it: a paragraph
    # goes back to the present, "ووسط هذه الأجواء قتل أربعة")
    earlier = [d for d in dated if d.clause.block == first.clause.block and d.clause.start < first.clause.start
               and (first.clause.sentence - d.clause.sentence <= 1 or not _far_from(d.date or "", d.clause_published))]
    if earlier:
        return earlier[-1].date, earlier[-1].date_span
    # "في أعقاب تفجير ... كما قتل 15 شخصا في وقت سابق يوم الجمعة": a dated happening told
    # later in the same sentence sets the scene too; not one a new saying tells ("وقال
    # المسؤولون إن القوات شنت عملية ... وأشاروا إلى مقتل مدنيين في انفجار الليلة الماضية")
    later = [d for d in dated if d.clause.sentence == first.clause.sentence and d.clause.start > first.clause.start
             and not _new_saying_between(ctx, first.anchor, d.anchor)]
    if later:
        return later[0].date, later[0].date_span
    scene = _elaborated_sentence_time(ctx, first.clause)
    if scene is not None:
        return scene.value.split("T")[0], scene.span
    # a quoted "this morning" counts from a saying of unknown day: used when nothing else dates it
    quoted = next((m for m in h.mentions if m.date), None)
    if quoted is not None:
        return quoted.date, quoted.date_span
    lead = _lead_day(ctx)
    if lead is not None:
        own = [m for m in h.mentions if m.clause.start <= lead[1].start < m.clause.end]
        if not any(_time_before_after_word(ctx, m, lead[1]) for m in own):
            # a day its own clause names for the saying ("أعلن الجيش السبت مقتل") is the
            # best guess, but those words do not date the happening itself: no span
            return lead[0], (None if own else lead[1])
    return ctx.doc.article.published, None


def _elaborated_sentence_time(ctx: ArticleContext, c: Clause) -> TimeExpr | None:
    """"ومساء الجمعة، جرت أعمال عنف جديدة في غزة. فقد أطلقت جماعة صاروخا ...": a sentence
    opening with "فقد" tells in detail what the sentence before it, in the same paragraph, told
    in brief; that sentence's time (its last one) is the happening's."""
    if c.sentence == 0 or ctx.norm[c.ts] != "فقد":
        return None
    s, _ = ctx.sentences[c.sentence]
    if c.start - s > 2:  # the clause opens its sentence
        return None
    ps, pe = ctx.sentences[c.sentence - 1]
    block = ctx.doc.article.blocks[c.block]
    if ps < block.start:
        return None
    times = [t for t in ctx.times_in(ps, pe) if len(t.value.split("T")[0]) == 10]
    return times[-1] if times else None


def _new_saying_between(ctx: ArticleContext, i: int, j: int) -> bool:
    """Does a verb of saying or announcing stand between tokens i and j (another statement)?"""
    return _saying_in(ctx, i + 1, j)


def _time_before_after_word(ctx: ArticleContext, m: EvMention, span: Span) -> bool:
    """"دعت السلطات السبت ... بعد هجوم": the day is after the happening, never its day."""
    _, j = ctx.tok_range(span.start, span.end)
    return any(ctx.norm[k] in _AFTER_HAPPENING_WORDS for k in range(j, m.anchor))


def _lead_day(ctx: ArticleContext) -> tuple[str, Span] | None:
    """The one day the title and first paragraph name ("توعد القائد أمس"), when it is a day or
    two before publication: a paper's main story happened then, not on the day it is printed.
    Found once per article: every time expression asks."""
    if ctx.lead_day is None:
        ctx.lead_day = (_find_lead_day(ctx),)
    return ctx.lead_day[0]


def _find_lead_day(ctx: ArticleContext) -> tuple[str, Span] | None:
    pub = ctx.doc.article.published
    if not pub or len(pub) < 10:
        return None
    days = {}
    for b in ctx.lead_blocks:
        block = ctx.doc.article.blocks[b]
        for t in ctx.times_in(block.start, block.end):
            d = t.value.split("T")[0]
            if len(d) == 10 and d < pub[:10] and not _far_from(d, pub, days=2):
                days.setdefault(d, t.span)
    return next(iter(days.items())) if len(days) == 1 else None


def _default_place(ctx: ArticleContext, h: Happening) -> Place | None:
    anchor = _anchor_mention(h)
    places = [m.place for m in h.mentions if m.place is not None]
    # "غضب في كابل بعد غارة" + "غارة في ولاية لوغار جنوب كابل": Kabul only locates Logar
    located = [p for p in places if not (p.candidates and any(_locates(o, p) for o in h.mentions))]
    places = located or places
    # a continent ("أفريقيا") says less than any country or town a telling names
    places = [p for p in places if not (p.candidates and p.candidates[0].country is None
                                        and p.candidates[0].kind == "region")] or places
    refs = [m.place_ref for m in h.mentions if m.place_ref is not None]
    # of equal rank, a quarter inside a city told elsewhere ("مصر الجديدة" after "القاهرة") says more
    best = max(places, key=lambda p: (p.rank(), _inside_another(p, places), _unknown_village(ctx, p),
                                      p is anchor.place)) if places else None
    if refs and (best is None or placelib.LEVEL_RANK.get(refs[0].precision or "", 0) > best.rank()):
        # "جنوب ليبيا" in the lead, "في ضواحي المدينة" (Sabha) later: the city says more
        return refs[0]
    if best is not None:
        scene = _target_scene(ctx, h, best)
        if scene is None:
            return _place_of(ctx, best)
        place = _place_of(ctx, scene)
        if not scene.candidates and best.candidates:
            place.country = best.candidates[0].country  # an unknown quarter lies in the town it refines
        return place
    # a place named elsewhere in the sentence ("... بينما كانت قافلة تمر في مدينة مديات")
    for m in h.mentions:
        s, e = ctx.sentences[m.clause.sentence]
        others = _other_triggers(ctx, *ctx.tok_range(s, e), m.family)
        found = [p for p in ctx.places_between_chars(s, e) if not p.origin and p.rank() > 0
                 and not (others and _across_other(others, m.anchor, p.tok_start, p.tok_end))
                 and not _government_of(ctx, p) and not _after_allegiance(ctx, p.tok_start)
                 and not _bordering(ctx, p.tok_start)  # "قرب الحدود مع موريتانيا": the neighbour
                 and not _government_country(ctx, m.clause, p)
                 and not (h.family == "arrest" and _abroad(ctx, anchor, p))]
        if found:
            return _place_of(ctx, max(found, key=lambda p: p.rank()))
    home = _sanctioner_home(ctx, h)
    cc = home or _state_country(ctx, anchor.clause) or _leader_country(ctx, h) or _main_country(ctx)
    setting = None if home else _setting_place(ctx, anchor, cc)
    if setting is not None:
        return _place_of(ctx, setting)
    if cc:
        named = [p for p in ctx.country_places() if p.candidates[0].country == cc]
        if named:
            p = named[0]
            return Place(name=p.surface, span=Span(p.start, p.end, p.surface), precision="country")
        country = placelib.country_place(cc)
        if country is not None:
            return country
    return None


def _setting_place(ctx: ArticleContext, m: EvMention, cc: str | None) -> placelib.PlaceMention | None:
    """The scene a telling that names no place goes on in: the last town or finer place
    named before it in its paragraph, else in the paragraph before ("... في مدينة بنغازي.
    وذكر مسعفون أن خمسة جنود قتلوا في انفجار قنبلة"), in the happening's country."""
    blocks = ctx.doc.article.blocks
    at = ctx.tokens[m.anchor][0]
    b = next((k for k, blk in enumerate(blocks) if blk.start <= at < blk.end), None)
    if b is None:
        return None
    for s, e in _setting_scopes(ctx, b, at):
        found = [p for p in ctx.places_between_chars(s, e)
                 if not p.origin and p.rank() >= placelib.LEVEL_RANK["city"]
                 and (p.candidates[0].country if p.candidates else cc) == cc
                 and not _government_of(ctx, p) and not _after_allegiance(ctx, p.tok_start)]
        if found:
            return found[-1]
    return None


_SETTING_BACK = 3  # paragraphs a scene carries over when the ones between name no place


def _setting_scopes(ctx: ArticleContext, b: int, at: int) -> list[tuple[int, int]]:
    """Where to look for the scene of a telling at char ``at`` of paragraph b: its paragraph
    before it, then the paragraph before; past that one only while the paragraphs between
    name no place at all ("في منطقة واردوج" ... a paragraph of quotes ... "اعتقال قائد
    طالبان في المنطقة"): nothing has moved the story elsewhere."""
    blocks = ctx.doc.article.blocks
    scopes = [(blocks[b].start, at)]
    back = _SETTING_BACK if _refers_to_area(ctx, blocks[b].start, blocks[b].end) else 1
    for k in range(b - 1, max(-1, b - 1 - back), -1):
        scopes.append((blocks[k].start, blocks[k].end))
        if any(not p.origin and p.rank() > 0 for p in ctx.places_between_chars(blocks[k].start, blocks[k].end)):
            break
    return scopes


def _refers_to_area(ctx: ArticleContext, s: int, e: int) -> bool:
    """Do chars s..e say "the area", "the town" with no name after ("في المنطقة", "البلدة")?
    The paragraph then speaks of a place named before it."""
    words = placelib.place_words()
    i, j = ctx.tok_range(s, e)
    return any(any(f.startswith("ال") and words.get(f[2:]) in ("city", "district") for f in ctx.cands[k])
               and not any(p.tok_start == k + 1 for p in ctx.places_in(k + 1, k + 1 + placelib.MAX_NAME_WORDS))
               for k in range(i, j))


def _inside_another(p: placelib.PlaceMention, places: list[placelib.PlaceMention]) -> bool:
    """Is p a smaller place within a few kilometres of a larger one also named (a quarter
    or suburb of that city)? A telling that names the quarter is more specific."""
    if not p.candidates:
        return False
    g = p.candidates[0]
    return any(o.candidates and (o.candidates[0].name, o.candidates[0].country) != (g.name, g.country)
               and o.candidates[0].country == g.country and o.candidates[0].population > g.population
               and _nearby(g, o.candidates[0]) for o in places)


_TARGET_SCENE_REACH = 6  # words from a target named again to the place word of where it is


def _target_scene(ctx: ArticleContext, h: Happening, best: placelib.PlaceMention) -> placelib.PlaceMention | None:
    """A finer place where the article names the happening's target again: "أطلقت امرأتان
    النار على القنصلية الأمريكية في إسطنبول" ... "مبنى القنصلية الأمريكية في حي ساريير";
    "هاجموا فندقا في وسط مالي" ... "الفندق القريب من المطار في بلدة سيفاري". The target,
    told again with the article, is the same building, and where it stands is where it happened."""
    if h.family != "violence" or best.rank() >= placelib.LEVEL_RANK["district"]:
        return None
    targets = frozenset().union(*(m.target_words for m in h.mentions if _telling_target(m)))
    if not targets:
        return None
    first = min(m.clause.ts for m in h.mentions)
    sites = ctx.lex.target_places
    country = best.candidates[0].country if best.candidates else None
    for p in ctx.places:
        if p.tok_start <= first or p.origin or p.rank() <= best.rank() or _government_of(ctx, p) \
                or _bordering(ctx, p.tok_start) or _after_allegiance(ctx, p.tok_start):
            continue
        if p.candidates and country is not None and p.candidates[0].country != country:
            continue
        s, _ = ctx.sentences[bisect.bisect_right(ctx.sent_starts, p.start) - 1]
        lo = max(ctx.tok_range(s, s)[0], p.tok_start - _TARGET_SCENE_REACH - 1)
        # "فندق في العاصمة" ... "فندق الجزيرة": the building named at last, unless the
        # happening is already at a named one ("مخيم النصيرات" is not "مخيم المغازي")
        own = placelib.word_before(ctx.norm, p.tok_start) if p.prefix == "facility" and best.prefix != "facility" else -1
        # "غارات على قرية يسيطر عليها التنظيم" ... "على قرية قصر البريج": a village struck,
        # then named, is that village
        village = placelib.word_before(ctx.norm, p.tok_start) if p.prefix in ("city", "district") else -1
        # the building or site itself ("القنصلية", "الفندق", "فندق الجزيرة"), not its people
        # or an adjective
        if any(any((f.startswith("ال") and f[2:] in sites) or (k == own and f in sites)
                   or (k == village and f in placelib.VILLAGE_WORDS) for f in ctx.cands[k])
               and targets & set().union(*(_light_stems(f) for f in ctx.cands[k])) for k in range(lo, p.tok_start)):
            return p
    return None


def _unknown_village(ctx: ArticleContext, p: placelib.PlaceMention) -> bool:
    """Is p a village or small town no gazetteer knows ("بلدة المريسة")? Of two towns a
    happening is placed at ("قرب مدينة بنغازي" ... "قرب بلدة المريسة"), the one too small
    to be known says more."""
    if p.candidates or p.prefix != "city" or p.tok_start == 0:
        return False
    k = placelib.word_before(ctx.norm, p.tok_start)
    return k >= 0 and any(f in placelib.VILLAGE_WORDS for f in ctx.cands[k])


def _abroad(ctx: ArticleContext, m: EvMention, p: placelib.PlaceMention) -> bool:
    """Is the place in another country than the one whose authorities made the arrest?
    Authorities arrest at home; a foreign place in their clause tells the suspects' past."""
    home = _actor_home(ctx, m.actor1)
    if home and m.actor1 is not None and m.actor1.span is not None \
            and _OCCUPATION in ctx.norm[slice(*ctx.tok_range(m.actor1.span.start, m.actor1.span.end))]:
        return False  # "اعتقلت قوات الاحتلال الإسرائيلي ستة فلسطينيين في الخليل": occupying forces arrest abroad
    return bool(home and p.candidates and p.candidates[0].country and p.candidates[0].country != home)


_OCCUPATION = "الاحتلال"  # normalized


def _actor_home(ctx: ArticleContext, a: Actor | None) -> str | None:
    """The country of a state body acting ("السلطات الكويتية", "الشرطة التركية", a linked ministry)."""
    if a is None or a.span is None:
        return None
    i, j = ctx.tok_range(a.span.start, a.span.end)
    for k, cc in ctx.nisbas_in(i + 1, j):
        if ctx.has(k - 1, ctx.lex.state_heads):
            return cc
    ent = ctx.entities.get(a.entity_id or "")
    if ent is not None and ent.kind in ("government", "military", "police", "ministry"):
        return ent.country
    return None


def _leader_country(ctx: ArticleContext, h: Happening) -> str | None:
    """A change of leader with no place named happens in the leader's own country ("وتولى
    منصور زعامة الحركة" in an article about Moscow is Afghan news)."""
    if h.family != "leadership":
        return None
    for m in h.mentions:
        for a in (m.actor1, m.actor2):
            ent = ctx.entities.get(a.entity_id or "") if a is not None else None
            if ent is not None and ent.country:
                return ent.country
    return None


def _sanctioner_home(ctx: ArticleContext, h: Happening) -> str | None:
    """A sanction with no place named is imposed in the country of the state body that imposes
    it ("صنفته وزارة الخزانة الأميركية إرهابيا" in an article about Kabul is a step taken in the
    United States), not in the town the paragraph tells of."""
    if h.family != "sanction":
        return None
    return next((cc for m in h.mentions if (cc := _actor_home(ctx, m.actor1))), None)


def _government_of(ctx: ArticleContext, p: placelib.PlaceMention) -> bool:
    """"سلطات أنقرة", "حكومة بغداد": a capital standing for its government, not a place."""
    return p.tok_start > 0 and ctx.has(p.tok_start - 1, ctx.lex.state_heads)


def _state_country(ctx: ArticleContext, c: Clause) -> str | None:
    """"ألقت السلطات الكويتية القبض": the country whose authorities or forces act in the clause."""
    for k, cc in ctx.nisbas_in(c.ts + 1, c.te):
        if ctx.has(k - 1, ctx.lex.state_heads):
            return cc
    return None


def _place_of(ctx: ArticleContext, p: placelib.PlaceMention) -> Place:
    """The event's place as the places stage expects it: the Arabic name, with the place
    word before it ("بلدة الجزيرة", "إقليم أجدير") so the stage can tell a town or
    province from a homonym."""
    start = p.start
    if p.prefix and p.tok_start > 0:
        k = max(placelib.word_before(ctx.norm, p.tok_start), 0)  # "منطقة «الفاو»": past the quotation mark
        start = ctx.tokens[k][0] + _clitic_len(ctx.norm[k], p.prefix)
    end = p.end
    if p.prefix == "countryside":  # "ريف حلب الشمالي": the northern part, not the whole province
        k = placelib.compass_part_end(ctx.norm, p.tok_end, min(len(ctx.norm), p.tok_end + 2))
        end = ctx.tokens[k - 1][1] if k > p.tok_end else end
    return Place(name=ctx.text[start:end], span=Span(start, end, ctx.text[start:end]), precision=p.level)


def _clitic_len(token: str, _role: str) -> int:
    """Length of the proclitics before a place word ("وفي"/"ب" are not part of "بلدة")."""
    words = placelib.place_words()
    for cand in lex.token_candidates(token):
        if cand in words:
            # a short place word is listed with its clitic too ("بحي"): the name starts at "حي"
            while len(cand) > 2 and cand[0] in _PLACE_CLITICS and cand[1:] in words:
                cand = cand[1:]
            return len(token) - len(cand)
    return 0


_PLACE_CLITICS = frozenset("وبفل")


def _org_mentions(ctx: ArticleContext) -> list[tuple[int, int, object]]:
    """(start, end, mention) of the article's organisations, in text order (computed once)."""
    got = getattr(ctx, "_org_mention_list", None)
    if got is None:
        got = sorted((i, j, m) for i, (j, m) in ctx.mention_at.items() if getattr(m, "type", None) == "ORG")
        ctx._org_mention_list = got  # type: ignore[attr-defined]
    return got


def resolve_anaphor(ctx: ArticleContext, a: Actor | None) -> Actor | None:
    """A group named again by the first word of its name: "طيران التحالف" after "التحالف
    العربي", "بين المقاومة والمليشيا" after "مليشيا الحوثي", "أعضاء من الحركة" after "حركة
    الشباب". The most recent organisation named before whose name opens with that word."""
    if a is None or a.span is None or a.entity_id is not None or a.rank != RANK_DESCRIPTION:
        return a
    i, j = ctx.tok_range(a.span.start, a.span.end)
    k = i
    while k < j and k < i + 2 and (ctx.has(k, ctx.lex.actor_heads) or ctx.norm[k] == "من"):
        k += 1  # "طيران التحالف", "أعضاء من الحركة"
    words = {w for w in ctx.cands[k] if w.startswith("ال") and len(w) >= 5} if k < j else set()
    if not words or any(not ctx.norm[x].startswith("ال") for x in range(k + 1, j)):
        return a  # only the group word ("والمليشيا") and its adjectives ("الحركة المتشددة")
    orgs = _org_mentions(ctx)
    # the most recent before; failing that, the first after (a lead that says "المليشيا" first)
    for s, _e, m in [*reversed([x for x in orgs if x[0] < i]), *[x for x in orgs if x[0] >= j]]:
        first = lex.token_candidates(ctx.norm[s])[-1]
        if ctx.norm[s] in words or "ال" + first in words:
            ent = ctx.entities.get(getattr(m, "entity_id", None) or "")
            if ent is None or ("قوات" in ctx.cands[i] and ent.kind == "government"):
                return a  # "قوات الحكومة": a government's forces are not the government; kept as written
            return Actor(ent.name, a.span, ent.id, RANK_ORG)
    return a


@lru_cache(maxsize=1)
def _position_nouns() -> frozenset[str]:
    return lex.word_set("event_position_nouns.tsv")


def holder_of_positions(ctx: ArticleContext, a: Actor | None) -> Actor | None:
    """"غارات على مواقع وتجمعات للحوثيين", "استهدفت مباني تتمركز فيها مليشيا الحوثي": a
    strike on a group's positions targets the group; the group named within the next few
    words of the same phrase (no comma, no other sentence) is the target."""
    if a is None or a.span is None or a.rank != RANK_DESCRIPTION:
        return a
    i, j = ctx.tok_range(a.span.start, a.span.end)
    if not ctx.has(i, _position_nouns()):
        return a
    end = min(len(ctx.norm), _sentence_end(ctx, i), j + 5)
    for k in range(i + 1, end):
        if ctx.norm[k] in _COMMAS or ctx.norm[k] in (".", ":"):
            break
        hit = ctx.mention_at.get(k)
        if hit is not None and getattr(hit[1], "type", None) == "ORG":
            return _entity_actor(ctx, k, hit[0], hit[1])
    return a


def happening_actor1(h: Happening) -> Actor | None:
    """The perpetrator of a happening. Who claimed it or is blamed for it outranks the text's
    description of the gunmen ("فتح مسلحون النار" ... "جماعة يسارية أعلنت مسؤوليتها"): a tie
    goes to the claim; the body's words win over the headline's."""
    return _best_actor([a for title in (False, True) for claimer in (True, False) for m in h.mentions
                        if m.clause.title == title
                        for a in [(m.claim_actor if m.claim in ("claimed", "attributed") else None)
                                  if claimer else m.actor1]])


def share_responsibility(happenings: list[Happening], events: list[Event]) -> None:
    """"60 قتيلا في هجمات لبوكو حرام" ... "والهجوم المزدوج في مروة" ... "تفجيرين استهدفا
    محطتي حافلات": the one group a summary of the day's attacks is blamed on carried out each
    attack of that day the article tells without naming a perpetrator. Attacks of other days
    (recalled ones) and attacks of a day blamed on two groups are left alone."""
    summaries: list[tuple[Event, Actor]] = []
    for h, ev in zip(happenings, events, strict=True):
        a = happening_actor1(h)
        if h.family == "violence" and ev.date and any(m.aggregate for m in h.mentions) \
                and a is not None and a.name is not None and a.rank >= RANK_ORG:
            summaries.append((ev, a))
    # "قصف لطائرات النظام على حلب" ... "نفذ طيران التحالف عددا من الغارات على الرقة": strikes
    # of a kind the article tells another named group carried out that day are no one group's
    doers = [(ev, a) for h, ev in zip(happenings, events, strict=True) if h.family == "violence" and ev.date
             for a in [happening_actor1(h)] if a is not None and a.name is not None and a.rank >= RANK_ORG]
    for h, ev in zip(happenings, events, strict=True):
        if h.family != "violence" or any(m.aggregate for m in h.mentions) or not ev.date:
            continue
        covering = [(s, a) for s, a in summaries if _summary_covers(s, ev) and not any(
            b.name != a.name and o.date == ev.date and o.type in (ev.type, s.type) for o, b in doers)]
        if len({a.name for _s, a in covering}) != 1:
            continue
        a = happening_actor1(h)
        group = covering[0][1]
        claimed = all(s.claim == "claimed" for s, _a in covering)
        if a is not None and a.rank > RANK_ANONYMOUS:
            # "قتل 23 شخصا في هجومين تبنتهما طالبان" ... "في عملية انتحارية نفذتها طالبان": the
            # group claimed the day's attacks, so the one it is told to have carried out too
            if claimed and ev.claim == "attributed" and a.name == group.name \
                    and not any(m.claim == "attributed" for m in h.mentions):
                ev.claim = "claimed"
            continue
        ev.actor1, ev.actor1_span, ev.actor1_entity = group.name, group.span, group.entity_id
        if not any(m.claim for m in h.mentions):  # an explicit "لم تتبن أي جهة" stays unclaimed
            ev.claim = "attributed"


def _summary_covers(summary: Event, ev: Event) -> bool:
    """Does a summary of a day's attacks take in this attack? Same day, a kind of attack the
    summary's word can name (air strikes do not take in a car bomb), and not another country
    ("غارات جوية ... في سوريا" blames nobody for bombings in Baghdad)."""
    if summary.date != ev.date or not types_compatible(summary.type, ev.type):
        return False
    countries = (summary.place.country if summary.place else None, ev.place.country if ev.place else None)
    return None in countries or countries[0] == countries[1]


@lru_cache(maxsize=1)
def _unnamed_gunmen() -> frozenset[str]:
    return lex.word_set("event_unnamed_gunmen.tsv")


def _unnamed_perpetrator(ctx: ArticleContext, event_type: str, a: Actor | None) -> Actor | None:
    """"فجر مجهولون سيارات", "مسلحين تبادلوا اطلاق نار": gunmen the text cannot name, told only
    by indefinite words, name no perpetrator of an attack; the words stay as evidence. An
    abduction keeps them ("اختطف مجهولون"): kidnappers are coded by the words."""
    if a is None or a.span is None or a.entity_id is not None or a.rank != RANK_DESCRIPTION \
            or event_type == "abduction":
        return a
    i, j = ctx.tok_range(a.span.start, a.span.end)
    words = [_bare(ctx.norm[k]) for k in range(i, j)]
    if words and words[0][:1] == "و" and words[0][1:] in _unnamed_gunmen():
        words[0] = words[0][1:]  # "ومسلحون"
    if " ".join(words) not in _unnamed_gunmen():
        return a
    return Actor(None, a.span, None, RANK_ANONYMOUS)


def build_event(ctx: ArticleContext, h: Happening, dated: list[EvMention], index: int) -> Event:
    anchor = _anchor_mention(h)
    date, date_span = _default_date(ctx, h, dated)
    actor1 = resolve_anaphor(ctx, happening_actor1(h))
    if h.family == "violence":
        actor1 = _unnamed_perpetrator(ctx, h.type, actor1)
    # of equal rank, the body's words win: a headline shortens them ("بهجوم على مركز للدرك")
    actor2 = resolve_anaphor(ctx, holder_of_positions(ctx, _best_actor(
        [m.actor2 for m in h.mentions if not m.clause.title] + [m.actor2 for m in h.mentions if m.clause.title])))
    killed, killed_min = _figures(h, "killed")
    injured, injured_min = _figures(h, "injured")
    family = h.family
    alleged = sum(m.alleged for m in h.mentions) * 2 > len(h.mentions)
    c = anchor.clause
    evidence = Span(c.start, c.end, ctx.text[c.start:c.end])
    background = _is_background(ctx, date)
    facts = sum(bool(x) for x in (date, actor1, actor2, killed or killed_min, anchor.place))
    confidence = round(min(0.95, 0.5 + 0.08 * facts + 0.05 * (len(h.mentions) - 1)
                           - (0.15 if all(m.casualty_only for m in h.mentions) else 0.0)), 2)
    ev = Event(
        type=_crowd_riot(h, _by_air(ctx, h.type, actor1)), evidence=evidence, trigger=anchor.trigger, date=date, date_span=date_span,
        place=_default_place(ctx, h),
        actor1=actor1.name if actor1 else None, actor1_span=actor1.span if actor1 else None,
        actor1_entity=actor1.entity_id if actor1 else None,
        actor2=actor2.name if actor2 else None, actor2_span=actor2.span if actor2 else None,
        actor2_entity=actor2.entity_id if actor2 else None,
        killed=killed, killed_min=killed_min, injured=injured, injured_min=injured_min,
        claim=("claimed" if _self_announced(ctx, h, actor1) else _claim(ctx, h, actor1)) if family == "violence" else None,
        certainty="alleged" if alleged else "reported",
        background=background, confidence=confidence,
        rule=anchor.rule + (f"+{len(h.mentions) - 1}" if len(h.mentions) > 1 else ""),
    )
    _name_the_site(ctx, ev)
    if ev.claim == "attributed" and _state_against_militants(ctx, h, actor1, actor2):
        ev.claim = "claimed"
    if family == "violence" and (actor1 is None or actor1.rank <= RANK_ANONYMOUS) and not any(m.claim for m in h.mentions):
        own = _announced_own_kill(ctx, h)
        if own is not None:
            ev.actor1, ev.actor1_span, ev.actor1_entity, ev.claim = own.name, own.span, own.entity_id, "claimed"
    if ev.actor1 is None and ev.type == "air_strike":
        force = _announced_air_force(ctx, h)  # after the claim: that reads the unnamed warplanes
        if force is not None:
            ev.actor1, ev.actor1_span, ev.actor1_entity = force.name, force.span, force.entity_id
    ev.id = _event_id(ctx.doc.article.id, ev, index)
    return ev


def _crowd_riot(h: Happening, event_type: str) -> str:
    """A clash one of whose mentions is told between forces and an unarmed crowd
    (``_crowd_clash``) is a riot; its later retellings ("بعد اندلاع اشتباكات") stay with it."""
    return "riot" if event_type == "armed_clash" and any(m.crowd for m in h.mentions) else event_type


def _name_the_site(ctx: ArticleContext, ev: Event) -> None:
    """"هجوم على فندق" where the article names the scene "فندق الجزيرة", "هجوم على قرية" where
    it is "قرية كامونا": a bare site noun as the target is the named site of that kind the
    event took place at, written in full."""
    a, p = ev.actor2_span, ev.place.span if ev.place is not None else None
    if a is None or p is None or ev.actor2_entity is not None:
        return
    ai, aj = ctx.tok_range(a.start, a.end)
    pi, pj = ctx.tok_range(p.start, p.end)
    if aj != ai + 1 or pj - pi < 2 or ctx.norm[ai].startswith("ال") or pi == ai \
            or ctx.norm[ai] not in (ctx.norm[pi], *ctx.cands[pi]):  # "بقرية كامونا": the place span leaves the ب out
        return
    ev.actor2, ev.actor2_span = p.text, Span(p.start, p.end, p.text)


_KILL_NOUNS = frozenset({"مقتل", "ومقتل"})
_KILL_REACH = 16  # tokens from the death word ("مقتل") to the strike word ("إثر قصف جوي")
_DEAD_REACH = 5  # tokens after "مقتل" in which the dead are described ("مقتل ثمانية عناصر تكفيرية")
_ANNOUNCER_REACH = 8  # tokens from the verb of announcing to "مقتل" ("أعلن الجيش المصري أمس عن مقتل")


def _announced_own_kill(ctx: ArticleContext, h: Happening) -> Actor | None:
    """"أعلن الجيش المصري عن مقتل ثمانية عناصر تكفيرية إثر قصف جوي", "أعلنت الشرطة مقتل أربعة
    مسلحين في اشتباك": a state body (army, police, ministry) that announces militants killed
    tells of its own operation: it did it and says so. The death word must follow the body
    right away (a time and "عن" between them), and the dead must be militants: "أعلن الجيش
    مقتل ثلاثة جنود" announces its own losses, done by others."""
    for m in h.mentions:
        ss, _ = ctx.tok_range(*ctx.sentences[m.clause.sentence])
        kill = next((k for k in range(m.anchor - 1, max(ss, m.anchor - _KILL_REACH) - 1, -1)
                     if ctx.norm[k] in _KILL_NOUNS), None)
        if kill is None or not any(ctx.has(k, _militant_words()) for k in _words_until_comma(ctx, kill + 1, kill + 1 + _DEAD_REACH)):
            continue
        end = kill - 1 if kill > 0 and ctx.norm[kill - 1] == "عن" else kill
        for v in range(end - 1, max(ss, end - _ANNOUNCER_REACH) - 1, -1):
            if not ctx.has(v, _announce_verbs()) or _negated(ctx, v, ss):
                continue
            k = _past_times(ctx, v + 1, end)
            hit = _state_body_at(ctx, k)
            if hit is None or not _told_up_to(ctx, hit[0], end):
                break
            return _entity_actor(ctx, k, hit[0], hit[1])
    return None


def _words_until_comma(ctx: ArticleContext, i: int, j: int) -> range:
    """Tokens [i, j) up to the first comma or full stop."""
    stop = next((k for k in range(i, min(j, len(ctx.norm))) if ctx.norm[k] in _COMMAS or ctx.norm[k] == "."), min(j, len(ctx.norm)))
    return range(i, stop)


def _announced_air_force(ctx: ArticleContext, h: Happening) -> Actor | None:
    """"أعلن متحدثون عسكريون باسم الحكومة الليبية أن طائرات حربية أغرقت سفينة": unnamed
    warplanes whose strike the military voice of one named state announces as its own are
    that state's air force."""
    for m in h.mentions:
        words = _official_voice(ctx, m)
        if words is None or not _state_force(ctx, m, None):
            continue
        lo, hi = words
        states: dict[str, tuple[int, int]] = {}
        for k in range(lo, hi):
            hit = ctx.mention_at.get(k)
            ent = ctx.entities.get(getattr(hit[1], "entity_id", None) or "") if hit is not None else None
            if ent is not None and hit[0] <= hi and ent.kind in STATE_KINDS and ent.country:
                states.setdefault(ent.country, (k, hit[0]))
        for k, cc in ctx.nisbas_in(lo, hi):
            states.setdefault(cc, (k, k + 1))
        if len(states) != 1:
            continue  # a voice that names no state, or two, tells no one side
        (cc, (i, j)), = states.items()
        force = national_air_force(cc)
        if force is not None:
            return Actor(force[0], ctx.span(i, j), force[1], RANK_PLACE)
    return None


@lru_cache(maxsize=1)
def _air_forces() -> frozenset[str]:
    return frozenset(r[0] for r in lex.load_tsv("event_air_forces.tsv"))


def _by_air(ctx: ArticleContext, event_type: str, actor1: Actor | None) -> str:
    """"قصفت قوات التحالف مقرات الحوثي", "قام سلاح الجو بتفجير مخزن", "ألقى الطيران براميل
    متفجرة": what an air force or an aircraft strikes, bombards or blows up, it hits from the air."""
    if event_type not in ("shelling", "attack", "bombing") or actor1 is None:
        return event_type
    if actor1.name in _air_forces() or _aircraft_words(ctx, actor1):
        return "air_strike"
    return event_type


def _aircraft_words(ctx: ArticleContext, a: Actor) -> bool:
    """Do the actor's own words begin with an aircraft or an air arm ("الطيران السوري", "سلاح الجو")?"""
    if a.span is None:
        return False
    ts, te = ctx.tok_range(a.span.start, a.span.end)
    return any(h.start == ts and _role(h) == "modifier" and h.pattern.value[0] == "air_strike"
               for h in ctx.triggers_in(ts, te))


def _is_background(ctx: ArticleContext, date: str | None) -> bool:
    """A happening dated well before publication is one the article recalls."""
    pub = ctx.doc.article.published
    if not date or not pub:
        return False
    d, p = date[:10], pub[:10]
    if len(d) == 10 and len(p) == 10:
        from datetime import date as _date

        try:
            return (_date.fromisoformat(p) - _date.fromisoformat(d)).days > 3
        except ValueError:
            return False
    n = min(len(d), len(p))
    return d[:n] < p[:n]


def _event_id(article_id: str, ev: Event, index: int) -> str:
    key = f"{article_id}:{ev.evidence.start}:{ev.type}:{index}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# ------------------------------------------------------------------ the stage


def extract_events(doc: Doc) -> None:
    """Pipeline stage: the article's events, one per happening, with their arguments."""
    if not doc.tokens:
        return
    ctx = ArticleContext(doc)
    mentions: list[EvMention] = []
    prev: EvMention | None = None
    for c in clauses(ctx):
        try:
            found = detect(ctx, c)
        except Exception as exc:  # one bad clause must not lose the article's other events
            doc.analysis.errors.append(f"events: clause {c.start}-{c.end}: {type(exc).__name__}: {exc}")
            continue
        for m in found:
            if _subject_anaphor(ctx, m):
                m.anaphoric = m.subject_anaphor = True
            _place_naming(ctx, m)
            m.place_word = _unknown_place_word(ctx, m)
            # ("قتل بصاروخ أطلقته قوة": the weapon a killing was done with may come from the air)
            m.projectile = m.type == "shelling" and ctx.has(m.anchor, _projectile_words()) \
                and not ctx.norm[m.anchor].startswith(("ب", "وب"))
            if c.inherit and prev is not None and m.claim is None and prev.claim and m.family == "violence":
                m.claim, m.claim_actor = prev.claim, prev.claim_actor
                if m.actor1 is None or (prev.claim_actor and prev.claim_actor.rank > m.actor1.rank):
                    m.actor1 = prev.claim_actor
        for m in found:
            if m.date is None:
                m.date, m.date_span = _same_day(ctx, c, mentions)
        mentions.extend(found)
        if found:
            prev = found[-1]
    for m in mentions:
        m.clause_published = doc.article.published
    happenings = merge(_toll_told_first(ctx, [m for m in mentions if not m.context_only]))
    dated = [m for m in mentions if m.date]
    events = [build_event(ctx, h, dated, i) for i, h in enumerate(happenings)]
    share_responsibility(happenings, events)
    # a summary still lends its perpetrator to the attacks it sums up (above), then goes
    doc.analysis.events.extend(ev for h, ev in zip(happenings, events, strict=True)
                               if not _headline_summary(h, happenings))

