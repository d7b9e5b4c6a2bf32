"""Quotations and who said them.

A *speech event* is a reporting cue (``reporting_verbs.tsv``: ``قال``، ``أضاف``، ``نقلت ... عن``،
``حسب``، participles like ``مشيراً``) or a stance cue (``stance_cues.tsv``: ``نفى``، ``استنكر``)
with its speaker: the subject after the verb (``وقال المسؤول``), before it (``فإن طالبان
تؤكد``، a headline ``طالبان تنفي``), after ``عن`` in a chain (``نقلت الصحيفة عن مسؤول ...
قوله``), or, when the clause names nobody (``وأضافت:``), the sentence's or the last speaker.

A *direct quote* is the text between matched quotation marks (« » “ ” ‘ ’ ") inside one
line of the article; a closer with no opener yields nothing. It is speech when a speech
event before it in its sentence governs it (a one-word quote only when the cue governs it
directly), when an after-cue follows it (``«...»، وفق ما أفاد به مصدر``), or when it is long
enough to be speech on its own. Names in quotation marks are not speech: a quote right
after a head or naming word (``تنظيم «داعش»``، ``منصة «إكس»``، ``يدعى «...»``), one that is an
entity mention or a known actor, or a string the article writes as a name elsewhere.
``قال ... إن ...`` without marks gives an indirect quote (``direct=False``).

The speaker is, in order of preference: a person named in the phrase (from
``doc.analysis.mentions``), an entity the phrase starts with, a known actor
(``rasd.lexicon.actors.lookup_actor`` when that module exists), the name after a head word
(``صحيفة «صباح»``، ``حركة طالبان``), an earlier speaker or name a definite head refers back to
(``الحركة``، ``المصدر``، ``الصحيفة``، ``البيان``), a name after a title (``الرئيس الأفغاني أشرف غني``),
a title that named a person earlier in the article, and otherwise the description the text
gives (``مصدر حكومي``، ``الناطق باسم حكومة الحركة``). A spokesman's principal (``باسم X``) is
kept for statements. Speaker words and function words are data (``quote_speaker_words.tsv``,
``quote_function_words.tsv``).

Word order: a verb may put its object first (``وأكد هذه الحصيلة [X]``); a verb with a plural
suffix (``كما اتهموا القوات ...``) has no subject after it, so the last speaker goes on; a
one-word definite head the entity tagger linked (``الحركة``، ``المسؤول``) refers back to the last
speaker with that head unless the tagged entity already spoke under it; ``بعض المتظاهرين``،
``أحد الشهود`` are descriptions of people.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

import regex

from rasd.arabic import sentences as split_sentences
from rasd.arabic import tokenize
from rasd.arabic.memo import shared, word_memo
from rasd.arabic.normalize import normalize_token, strip_diacritics
from rasd.arabic.tokens import normalized_tokens
from rasd.lexicon.speech import (
    Cue,
    WordClasses,
    bare_forms,
    charge_heads,
    function_words,
    given_names,
    is_event_noun,
    load_rows,
    needs_met,
    present_forms,
    publish_verbs,
    reporting_cues,
    speaker_words,
    stance_cues,
)
from rasd.model import Entity, Mention, Quote, Span

if TYPE_CHECKING:
    from rasd.pipeline import Doc

try:  # the actor lexicon is another stage's module; work without it
    from rasd.lexicon.actors import lookup_actor as _lookup_actor
except ImportError:  # pragma: no cover - depends on what is installed
    _lookup_actor = None

lookup_actor: Callable[[str], Entity | None] | None = _lookup_actor

OPENERS = {"«": "»", "“": "”", "‘": "’", "„": "“", '"': '"'}
CLOSERS = {v: k for k, v in OPENERS.items()}
# marks scraped copy closes a quote with: “...″ (a double prime)
ALT_CLOSERS = {"″": "“"}
# «قال :» إن ... «.»: guillemets printed the other way round open with » and close with « or »
REVERSED_OPENER = "»"
REVERSED_MARKS = frozenset({"»", "«"})
MAX_CARRY = 3  # line breaks a quote may run over when the copy wraps mid-sentence
MAX_NP = 10  # tokens in a speaker phrase
MEDIUM_REACH = 3  # tokens between a published medium and the verb that describes it («تسجيل فيديو الأربعاء يهدد»)
MEDIUM_NOTE_REACH = 8  # tokens after a speaker in which «في بيان» says what a later «البيان» is
RESUMPTIVE_IN = frozenset({"فيه", "فيها", "فيهما"})  # «بيانا أعلنت فيه»: «in it» refers back to the medium
# «المبعوث الدولي إلى»، «النائبة عن»، «السفير لدى»: prepositions that name a title's post (normalized)
POST_PREPOSITIONS = frozenset({"عن", "لدي"})
POST_WORDS = 4  # words of a post («إلى اليمن»، «عن التحالف المدني») before the name may come
MAX_SILENT_PARAGRAPHS = 2  # paragraphs after the last speech a subjectless verb may still continue it
MAX_BACK = 8  # tokens between a subject-first introducer (فإن، أن) and its verb
NAME_PREFIXES = {"عبد", "ابو", "بن", "ابن", "ام", "بنت", "ال"}  # name parts before an ال word
_NAME_PREFIXES_OR_ABI = frozenset(NAME_PREFIXES | {"ابي"})
NAME_STARTS = {"عبد", "ابو", "ام"}  # words that open a person's name
# Normalization folds ى into ي, so the preposition على reads as the name علي; compare raw.
RAW_STOPS = {"على", "إلى"}
BISM = {"باسم", "باسمه", "باسمها", "باسمهم", "بلسان"}  # «متحدث باسم X»، «الناطقة بلسان X»: speaks for X
ALSO = {"كما", "وكما"}  # «كما أعلن ...»: «he also announced»
NISBA_ENDINGS = ("يه", "يون", "يين")  # adjectives after a group word: جماعة يسارية
# stance cues found inside what someone said (the statements stage reads them), not speech events
SPOKEN_KINDS = frozenset({"phrase", "first_person"})
PEOPLE_PLURAL = ("ون", "ين")  # endings of a plural of people: المحتجون، المسلحين
PREDICATE_NEGATORS = frozenset({"لا", "لم", "لن", "ليس", "ليست"})  # normalized
MAX_NAME_WORDS = 4  # a quoted name longer than this is rather speech
AFFILIATED = "التابع"  # normalized start of «التابعة لـ»: what follows is the parent body
DEMONSTRATIVES = frozenset({"هذه", "هذا", "ذلك", "تلك", "هذين", "هاتين", "هولاء"})  # normalized


# ------------------------------------------------------------------ text view


@dataclass
class QuotePair:
    open_tok: int
    close_tok: int
    span: Span  # the text between the marks, trimmed


@dataclass
class Speaker:
    text: str  # what Quote.speaker holds: canonical name, or the name/description as written
    span: Span | None
    entity: str | None = None
    kind: str = "description"  # entity | name | description
    head: str | None = None  # the phrase's head word without ال, for back-reference
    principal: Speaker | None = None  # X in «متحدث باسم X»: who a statement is attributed to


@dataclass
class SpeechEvent:
    cue: tuple[int, int]  # token range of the cue
    kind: str  # say, add, describe, transmit, participle, after, or a stance kind (verb, noun, ...)
    sentence: int
    stance: Cue | None = None
    np: tuple[int, int] | None = None  # tokens of the speaker phrase as written
    speaker: Speaker | None = None
    channel: Speaker | None = None
    extent: int | None = None  # first token after the resolved speaker phrase
    content: int | None = None  # first token of what was said (after إن/أن or a colon)
    subject_first: bool = False
    explicit: bool = False  # the speaker is named in this clause
    entry: Cue | None = None  # the lexicon entry that matched the cue
    source_np: tuple[int, int] | None = None  # «نقلت الصحيفة عن [مسؤول]»
    chain_description: Span | None = None  # «عن مسؤول وصفته بأنه «[قيادي رفيع]» قوله»
    object_np: tuple[int, int] | None = None  # «وأكد [هذه الحصيلة] مسؤول»: an object before the subject
    own_words: bool = False  # ««...»، حسب قولهم»: the sentence's subject vouches for the quote before it
    embedded: bool = False  # a subjectless verb inside the sentence («أن هددت»): only its sentence's speaker


@dataclass
class SpeechText:
    """Tokens of one article with the indexes speech analysis needs."""

    text: str
    toks: list[tuple[int, int]]
    norms: list[str]
    sent_of: list[int]
    sent_tokens: list[tuple[int, int]]  # per sentence: token range
    barrier_before: list[bool]  # a line break precedes the token
    mention_at: list[Mention | None]
    entities: dict[str, Entity]
    pairs: list[QuotePair] = field(default_factory=list)
    pair_at_open: dict[int, int] = field(default_factory=dict)
    inside: list[int] = field(default_factory=list)  # token → pair index containing it, -1

    def span(self, a: int, b: int) -> Span:
        s, e = self.toks[a][0], self.toks[b - 1][1]
        return Span(s, e, self.text[s:e])

    @cached_property
    def tagged_norms(self) -> frozenset[str]:
        """Normalized words that are part of an entity mention somewhere in the article."""
        return frozenset(n for n, m in zip(self.norms, self.mention_at, strict=True) if m is not None)

    @cached_property
    def paragraph_of(self) -> list[int]:
        """Token → paragraph index (line breaks are fixed once the text is indexed)."""
        return list(itertools.accumulate(int(b) for b in self.barrier_before))

    def is_punct(self, i: int) -> bool:
        return not any(map(str.isalnum, self.text[self.toks[i][0]:self.toks[i][1]]))

    def raw(self, i: int) -> str:
        return self.text[self.toks[i][0]:self.toks[i][1]]


def build_text(doc: Doc) -> SpeechText:
    """Index ``doc`` for speech analysis: tokens, sentences, paragraphs, mentions, quote marks."""
    text = doc.text
    toks = list(doc.tokens) if doc.tokens else tokenize(text)  # a copy: offsets get adjusted here
    sents = doc.sentences or split_sentences(text)
    # a token of marks only normalizes to nothing; keep it as written so no norm is empty
    # (the article's normalized tokens are shared with the other stages when it has them)
    normalized = normalized_tokens(doc) if doc.tokens else [normalize_token(text[s:e]) for s, e in toks]
    norms = list(normalized)
    if "" in norms:  # rare: only those tokens are replaced
        norms = [n or text[s:e] for n, (s, e) in zip(normalized, toks, strict=True)]
    starts = [s for s, _ in toks]
    sent_of, sent_tokens = _sentence_index(starts, sents)
    barrier = _line_starts(text, toks, starts)
    mention_at: list[Mention | None] = [None] * len(toks)
    for m in sorted(doc.analysis.mentions, key=lambda m: m.span.end - m.span.start):
        # longest mention wins: assign shorter ones first, then overwrite
        lo = _first_token_at_or_after(starts, m.span.start, toks)
        for i in range(lo, len(toks)):
            if toks[i][0] >= m.span.end:
                break
            mention_at[i] = m
    entities = {e.id: e for e in doc.analysis.entities}
    st = SpeechText(text, toks, norms, sent_of, sent_tokens, barrier, mention_at, entities)
    _find_pairs(st)
    return st


def _sentence_index(starts: list[int], sents: list[tuple[int, int]]) -> tuple[list[int], list[tuple[int, int]]]:
    """Token → sentence, and each sentence's token range: a token belongs to the last sentence
    starting at or before it (sentences before the first token's and after the last's get
    empty ranges). Sentences are in text order, so each boundary is one bisection."""
    n = len(starts)
    bounds = [0] + [bisect.bisect_left(starts, s0) for s0, _ in sents[1:]] + [n]
    sent_of: list[int] = []
    for k in range(len(bounds) - 1):
        sent_of.extend([k] * (bounds[k + 1] - bounds[k]))
    sent_tokens = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
    return sent_of, sent_tokens


_NEWLINE_RE = regex.compile(r"\n")


def _line_starts(text: str, toks: list[tuple[int, int]], starts: list[int]) -> list[bool]:
    """Per token: does a line break come between it and the token before? (The first token
    always starts a line.) Found from the text's few line breaks, not from every gap."""
    out = [False] * len(toks)
    out[:1] = [True]
    for m in _NEWLINE_RE.finditer(text):
        p = m.start()
        i = bisect.bisect_right(starts, p)  # the first token after the break
        if 0 < i < len(toks) and toks[i - 1][1] <= p:
            out[i] = True
    return out


def _first_token_at_or_after(starts: list[int], pos: int, toks: list[tuple[int, int]]) -> int:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and toks[i][1] > pos:
        return i
    return max(i + 1, 0)


def _find_pairs(st: SpeechText) -> None:
    """Match quotation marks; a closer with no opener yields nothing.

    A quote stays inside its paragraph, unless the paragraph breaks off mid-sentence (scraped
    copy wraps lines inside a quote). A typographic opener never closed ends at a new clause
    of reported speech («وأضاف»), at the next opener of its kind, or at the paragraph end.
    """
    open_at: dict[str, list[int]] = {}  # open quotes of each kind, innermost last
    for i in _mark_or_line_tokens(st):  # any other token changes nothing below
        if st.barrier_before[i] and open_at:
            open_at.pop('"', None)  # an ASCII quote never crosses a line
            carried = {ch: xs for ch, xs in open_at.items() if xs and _broken_paragraph(st, i) and _closed_later(st, ch, i)}
            _close_unclosed(st, {ch: xs for ch, xs in open_at.items() if ch not in carried}, i)
            open_at = carried
        ch = st.raw(i)
        if ch == '"':
            # the cheap tests first: the clause search reads the whole open quote
            clause = _reported_clause_after(st, open_at['"'][0], i) \
                if open_at.get('"') and _ascii_opens(st, i) and not _ascii_closes(st, i) else None
            if clause is not None:
                # «من "تفكيك خلية ... (شمال). واضافت الوزارة ان ... ب"قادة"»: a mark glued to the
                # next word only opens; the earlier one was never closed, and a new clause of
                # reported speech came between, so it ended before that clause
                _close_ascii_before(st, open_at.pop('"')[0], clause)
            if open_at.get('"'):
                _add_pair(st, open_at.pop('"')[0], i)
            elif not _only_closes(st, i):
                open_at['"'] = [i]
            continue
        if ch in REVERSED_MARKS and not open_at.get("«"):
            if open_at.get(REVERSED_OPENER) and _reversed_opens(st, i) and not st.raw(i - 1) == REVERSED_OPENER:
                # a new «:»» while one is open: that one was never closed; it ended with its
                # sentence or at the clause that reports the new one («..وقال X :»»)
                a = open_at.pop(REVERSED_OPENER)[0]
                s0 = st.sent_tokens[st.sent_of[i]][0]
                _close_unclosed(st, {REVERSED_OPENER: [a]}, s0 if s0 > a + 1 else i)
                open_at[REVERSED_OPENER] = [i]
                continue
            if open_at.get(REVERSED_OPENER):
                if _mark_ends_quote(st, i):
                    _add_pair(st, open_at.pop(REVERSED_OPENER)[0], i)
                    continue
                if ch == REVERSED_OPENER:
                    if open_at[REVERSED_OPENER][-1] == i - 1:
                        open_at[REVERSED_OPENER][-1] = i  # «:»» إن»: the quote opens after the doubled mark
                    continue  # «الإداري»دون تهمة»»: a mark glued to the next word inside it
            elif ch == REVERSED_OPENER and _reversed_opens(st, i):
                open_at[REVERSED_OPENER] = [i]
                continue
        opener = ALT_CLOSERS.get(ch, CLOSERS.get(ch))
        if opener is not None and open_at.get(opener):
            _add_pair(st, open_at[opener].pop(), i)
        elif ch in OPENERS:
            open_at.setdefault(ch, []).append(i)  # nested in one of its kind, or that one was never closed
    _close_unclosed(st, open_at, len(st.toks))
    st.pairs.sort(key=lambda p: p.open_tok)
    st.inside = [-1] * len(st.toks)
    for k, p in enumerate(st.pairs):
        st.pair_at_open[p.open_tok] = k
        for i in range(p.open_tok, p.close_tok + 1):
            if st.inside[i] == -1 or st.pairs[st.inside[i]].open_tok < p.open_tok:
                st.inside[i] = k


QUOTE_MARKS = frozenset(OPENERS) | frozenset(CLOSERS) | frozenset(ALT_CLOSERS) | REVERSED_MARKS
_QUOTE_MARK_RE = regex.compile("[" + regex.escape("".join(sorted(QUOTE_MARKS))) + "]")


def _mark_or_line_tokens(st: SpeechText) -> list[int]:
    """Indexes, in order, of the tokens that are a quotation mark or start a line: the only
    ones that open, close or cut off a quote."""
    starts = [s for s, _ in st.toks]
    marks = []
    for m in _QUOTE_MARK_RE.finditer(st.text):
        p = m.start()
        i = bisect.bisect_left(starts, p)
        if i < len(starts) and st.toks[i] == (p, p + 1):  # the mark is a token of its own
            marks.append(i)
    lines = itertools.compress(range(len(st.toks)), st.barrier_before)
    return sorted(set(marks).union(lines))


def _reversed_opens(st: SpeechText, i: int) -> bool:
    """«قال X :» إن ...»: a closing guillemet right after a colon and before a word opens a
    quote (some papers print the marks the other way round)."""
    j = i + 1 if i + 1 < len(st.toks) and st.raw(i + 1) == REVERSED_OPENER else i  # «:»» إن»: doubled
    return (
        0 < i and j < len(st.toks) - 1
        and st.raw(i - 1) == ":"
        and not st.barrier_before[j + 1]
        and not st.is_punct(j + 1)
    )


def _mark_ends_quote(st: SpeechText, i: int) -> bool:
    """A guillemet before punctuation or a line end («... القطاع «..»، «... تهمة».») ends a
    reversed quote; one before a word («اعتقاله الإداري»دون تهمة») does not."""
    if i + 1 >= len(st.toks) or st.barrier_before[i + 1]:
        return True
    return st.is_punct(i + 1) and st.raw(i + 1) not in REVERSED_MARKS


PROCLITIC_LETTERS = frozenset("لبوفك")  # «ل"سلسلة ..."»، «ب"قادة"»: a letter that leans on the quoted word


def _ascii_opens(st: SpeechText, i: int) -> bool:
    """A straight quote mark with a space (or a one-letter proclitic) before it and a word after it."""
    s, e = st.toks[i]
    after = st.text[e] if e < len(st.text) else " "
    if not after.isalpha():
        return False
    before = st.text[s - 1] if s > 0 else " "
    if before.isspace() or before in "(":
        return True
    return before in PROCLITIC_LETTERS and (s < 2 or st.text[s - 2].isspace())


def _ascii_closes(st: SpeechText, i: int) -> bool:
    """A straight quote mark glued to the word before it."""
    s, _e = st.toks[i]
    return s > 0 and not st.text[s - 1].isspace() and st.text[s - 1] not in PROCLITIC_LETTERS


def _only_closes(st: SpeechText, i: int) -> bool:
    """A straight mark glued to the word before it with a space or a comma after it
    («الزعفرانية"، واخرى ...»): it ends a quote (whose opener was lost) and opens none."""
    _s, e = st.toks[i]
    after = st.text[e] if e < len(st.text) else " "
    return _ascii_closes(st, i) and (after.isspace() or after in "،,.؛;")


def _reported_clause_after(st: SpeechText, a: int, limit: int) -> int | None:
    """The first clause of reported speech («وأضاف»، «وقالت») between tokens ``a`` and ``limit``."""
    rep = reporting_cues()
    for j in range(a + 2, limit):
        if st.norms[j].startswith("و") and any(c.kind in {"say", "add"} for c, _ in rep.match(st.norms, j)):
            return j
    return None


def _close_ascii_before(st: SpeechText, a: int, end: int) -> None:
    """A straight opener never closed: the quote runs up to token ``end``."""
    while end > a + 1 and st.is_punct(end - 1):
        end -= 1
    if end - a > 3:  # three words at least: a lone stray mark quotes nothing
        st.pairs.append(QuotePair(a, end - 1, st.span(a + 1, end)))


def _broken_paragraph(st: SpeechText, i: int) -> bool:
    """The line before token ``i`` stops mid-sentence: no closing punctuation, a word last."""
    return i > 0 and not st.is_punct(i - 1)


def _closed_later(st: SpeechText, ch: str, i: int) -> bool:
    """Does a closer of ``ch`` come within the next few lines from token ``i``, before
    another opener of its kind? Only then did the line break fall inside the quote."""
    lines = 0
    for k in range(i, len(st.toks)):
        if st.barrier_before[k] and k > i:
            lines += 1
            if lines >= MAX_CARRY:
                return False
        mark = st.raw(k)
        if ALT_CLOSERS.get(mark, CLOSERS.get(mark)) == ch:
            return True
        if mark == ch:
            return False
    return False


def _close_unclosed(st: SpeechText, open_at: dict[str, list[int]], limit: int) -> None:
    """End each typographic opener left open before ``limit`` at the first clause of reported
    speech after it («... «المؤتمر عازم على المضي بالحوار وأضاف أن ...»), else before
    ``limit``. ASCII quotes are left alone: an odd one may as well close as open."""
    rep = reporting_cues()
    unclosed = {x for xs in open_at.values() for x in xs}
    for ch, a in ((ch, a) for ch, starts in open_at.items() for a in starts):
        if ch == '"':
            continue
        end = limit
        for j in range(a + 2, limit):
            if j in unclosed and st.raw(j) in OPENERS:
                end = j  # the next quote that was never closed either
                break
            if st.norms[j].startswith("و") and any(c.kind in {"say", "add"} for c, _ in rep.match(st.norms, j)):
                end = j
                break
        end = _sentence_end_before_next_quote(st, a, end)
        while end > a + 1 and st.is_punct(end - 1):
            end -= 1
        if end - a > 2:  # the quote's last word stands in for its closer
            span = st.span(a + 1, end)
            st.pairs.append(QuotePair(a, end - 1, span))


def _sentence_end_before_next_quote(st: SpeechText, a: int, end: int) -> int:
    """«متوعدة «سنأتيكم من حيث لا تتوقعون. ومن المتوقع ... «يقل عمرهما ...»»: an opener never
    closed, with a later sentence that quotes anew, ended with its own sentence (the new quote
    closed is no nested one: nothing closed the outer); else ``end`` stands."""
    first_sent = st.sent_of[a + 1] if a + 1 < len(st.toks) else st.sent_of[a]
    opens = {p.open_tok for p in st.pairs}
    sentence_end = None
    for j in range(a + 1, end):
        if st.sent_of[j] != first_sent:
            if sentence_end is None:
                sentence_end = j
            if j in opens:
                return sentence_end
    return end


def _add_pair(st: SpeechText, a: int, b: int) -> None:
    if b - a < 2:
        return
    s, e = st.toks[a][1], st.toks[b][0]
    while s < e and st.text[s].isspace():
        s += 1
    while e > s and st.text[e - 1].isspace():
        e -= 1
    if e > s:
        st.pairs.append(QuotePair(a, b, Span(s, e, st.text[s:e])))


# ------------------------------------------------------------------ word classes


# Per-word memos (rasd.arabic.memo): ~40 bytes an entry and interned keys, where an lru_cache
# kept ~100 bytes and its own copy of each word; the answers are shared objects (a few dozen
# distinct class sets), not one new frozenset (216 bytes, even empty) per word.
@word_memo(1 << 16)
def _fclasses(norm: str) -> frozenset[str]:
    fw = function_words()
    out = fw.get(norm)
    if not out and len(norm) >= 3 and norm[0] in "وف":
        out = fw.get(norm[1:])
    return shared(frozenset(out or ()))


def function_words_of(norm: str) -> frozenset[str]:
    """Classes of a normalized token in ``quote_function_words.tsv`` (complementizer, relative, ...)."""
    return _fclasses(norm)


@word_memo(1 << 16)
def _sclasses(norm: str) -> tuple[frozenset[str], bool]:
    """Speaker-word classes of a token and whether it carries the article ال."""
    classes, definite = _speaker_classes(norm)
    return shared((shared(classes), definite))


def _speaker_classes(norm: str) -> tuple[frozenset[str], bool]:
    sw = speaker_words()
    for form in bare_forms(norm):
        definite = form.startswith("ال") and len(form) > 3
        base = form[2:] if definite else form
        if base in sw:
            if "title_bare" in sw[base]:  # «خطيب جمعة» is a title, «الخطيب» rather a family name
                return (frozenset() if definite else frozenset({"title"})), definite
            return frozenset(sw[base]), definite
    return frozenset(), norm.startswith("ال")


def speaker_head(norm: str) -> bool:
    """Does a normalized token head a speaker phrase (a title, description, body, group, medium)?"""
    return bool(_sclasses(norm)[0])


def _head_word(norm: str) -> str:
    forms = bare_forms(norm)
    for form in forms:
        if form.startswith("ال") and len(form) > 3:
            return form[2:]
    sw = speaker_words()
    for form in forms:
        if form in sw:
            return form  # «وزير» is a head word, not و + «زير»
    return forms[-1]


def _is_definite(norm: str) -> bool:
    return any(f.startswith("ال") and len(f) > 3 for f in bare_forms(norm))


def _has_proclitic(norm: str, cue: Cue | None) -> bool:
    return cue is not None and norm != cue.words[0]


# ------------------------------------------------------------------ speech analysis


@dataclass
class SpeechAnalysis:
    """Everything the quote and statement stages need about one article's reported speech."""

    st: SpeechText
    events: list[SpeechEvent]
    consumed_pairs: set[int]  # quote pairs used as a speaker description, not speech
    aliases: dict[str, Speaker]
    names_after_heads: set[str]
    events_so_far: list[SpeechEvent] = field(default_factory=list)  # resolved so far, in order
    name_pairs: set[int] = field(default_factory=set)  # quote pairs judged to be names
    medium_speakers: dict[str, Speaker] = field(default_factory=dict)  # «في بيان» → who issued it
    mention_words: set[str] | None = None  # normalized one-word entity mentions, built when first asked


def analyze_speech(doc: Doc) -> SpeechAnalysis:
    """Speech events with resolved speakers, shared by the quote and statement stages."""
    st = build_text(doc)
    sa = SpeechAnalysis(st, [], set(), {}, set())
    # the article's words of each class, found at once (its words stay as they are until the
    # events are parsed); most words are in none
    heads, titles, reports, stances = SPEECH_WORDS.words_in(st.norms, "name_head", "title", "report", "stance")
    head_at, title_at, cue_at = positions_by_class(st.norms, heads, titles, reports | stances)
    _collect_names_after_heads(sa, head_at)
    _learn_aliases_from_mentions(sa)
    _learn_aliases_from_titles(sa, titles, title_at)
    events = _find_events(sa, cue_at)
    for ev in events:
        _parse_event(sa, ev)
    sa.events = [ev for ev in events if ev.kind != "drop"]
    _resolve_speakers(sa)
    return sa


def _find_events(sa: SpeechAnalysis, cue_at: list[int]) -> list[SpeechEvent]:
    """The speech events at the tokens that can start a reporting or stance cue (``cue_at``,
    ascending): two matches at each of them, none at the other tokens."""
    st = sa.st
    out: list[SpeechEvent] = []
    rep, stc = reporting_cues(), stance_cues()
    i = 0  # the first token not yet read (a cue read skips its words)
    for at in cue_at:
        if at < i:
            continue
        i = at
        rhits = rep.match(st.norms, i)
        stance_hits = stc.match(st.norms, i)
        if not rhits and not stance_hits:
            i += 1  # most tokens start no cue: the cheapest test first (every path below skips them)
            continue
        if (st.inside[i] != -1 and not _opens_quoted_stance(st, i)) or st.is_punct(i):
            i += 1
            continue
        if i > 0 and st.norms[i - 1] in _NAME_PREFIXES_OR_ABI:
            i += 1  # «ابن أبي طالب»: a name, not the verb طالب
            continue
        shits = [
            (c, e) for c, e in stance_hits
            if c.kind not in SPOKEN_KINDS and (not c.needs or needs_follow(st, c, e) or _needs_before_relative(st, c, i))
        ]
        if not rhits and not shits:
            i += 1
            continue
        if rhits and rhits[0][0].kind == "after" and rhits[0][0].words[0] == "كما" and not _follows_words(st, i):
            i += 1  # «كما أعلن انعقاد جلسة»: at a clause start كما is «also», and the verb is plain
            continue
        if rhits:
            cue, end = rhits[0]
            kind = cue.kind
        else:
            cue, end = shits[0]
            kind = "stance_" + cue.kind
        if kind == "quote_noun":
            i = end
            continue
        stance = shits[0][0] if shits else None
        if _negated(st, i) or _subjunctive(st, i):  # «لم تتبنّ»، «عدم كشف»: nothing was said or claimed
            i = end
            continue
        out.append(SpeechEvent(cue=(i, end), kind=kind, sentence=st.sent_of[i], stance=stance, entry=cue))
        i = end
    return out


def _opens_quoted_stance(st: SpeechText, i: int) -> bool:
    """«جاء فيه: «استنكرت قيادة الفرقة ...»»: a quoted communiqué that opens with a stance verb in
    the third person reports that stance; its subject follows inside the quote. So does a
    third-person stance verb anywhere in a quote with a named subject right after it («... يحث
    السيد ليون الأطراف على ...»), and one that opens words after «أنها» («أكدت أنها «تدين ...»»:
    the pronoun is the speaker)."""
    if not any(c.kind == "verb" for c, _e in stance_cues().match(st.norms, i)):
        return False
    if i - 1 in st.pair_at_open and i >= 2 and (st.raw(i - 2) == ":" or _pronoun_that(st, i - 2)):
        return True
    if i - 1 in st.pair_at_open and i >= 2 and st.sent_of[i - 2] == st.sent_of[i] and _named_before(st, i - 2):
        return True  # «واشنطن "تدين بشدة" الاعتداء»: a named subject, then its stance in its own words
    # «سبق واتهموا وحدات ...»: a plural verb carries its subject; the name after it is the object
    return not _plural_verb(st.norms[i]) and _named_subject_next(st, i + 1)


def _named_before(st: SpeechText, j: int) -> bool:
    """Does token ``j`` end the mention of a named body, place or person?"""
    m = st.mention_at[j]
    return m is not None and m.type in ("PER", "ORG", "LOC") and m.span.end <= st.toks[j][1]


def _pronoun_that(st: SpeechText, j: int) -> bool:
    """Is token ``j`` «أن/إن» with an attached pronoun («أنها»، «وإنه»), in the sentence of ``j + 1``?
    (Not «بأنه», which opens how something is described.)"""
    if j < 0 or st.sent_of[j] != st.sent_of[j + 1]:
        return False
    norm = st.norms[j]
    bare = norm[1:] if norm[:1] in {"و", "ف"} else norm
    return bare.startswith("ان") and bare.endswith(ATTACHED_PRONOUNS) and "complementizer" in _fclasses(norm)


def _named_subject_next(st: SpeechText, j: int) -> bool:
    """Does an entity mention start at ``j``, or a person's right after one title or honorific
    («السيد ليون»، «الوزير لافروف»)?"""
    if j < len(st.toks) and st.mention_at[j] is not None and st.mention_at[j].type in ("PER", "ORG"):
        return True
    k = j + 1
    honorific = k < len(st.toks) and ("title" in _sclasses(st.norms[j])[0] or _is_definite(st.norms[j]))
    return honorific and st.mention_at[k] is not None and st.mention_at[k].type == "PER"


def _follows_words(st: SpeechText, i: int) -> bool:
    """Is token ``i`` after a comma or a closing quote inside its sentence («...»، كما نقلت)?"""
    if i == st.sent_tokens[st.sent_of[i]][0]:
        return False
    return st.raw(i - 1) in {"،", ",", "»", "”", '"'}


# «برتبة عقيد»: the word after these is a rank (normalized)
RANK_OF = frozenset({"برتبه", "رتبه", "برتبته"})

# pronouns attached to a verb or a noun (normalized: ة is written ه): «تبنته»، «اتهامها»
ATTACHED_PRONOUNS = ("ه", "ها", "هما", "هم")

NEEDS_WINDOW = 8  # tokens after a cue in which the word it needs usually comes
# «وأعلنت ما تسمى مؤسسة الكنانة الإعلامية الناطقة بلسان جماعة (أجناد مصر) مسؤولية ...»: a verb-first
# subject with its description can push the needed word further
LONG_SUBJECT_WINDOW = 14


def needs_follow(st: SpeechText, cue: Cue, end: int, window: int = NEEDS_WINDOW) -> bool:
    """Does a word the cue needs («أعلن ... مسؤوليته») follow in the same clause? Past the
    usual window only a long verb-first subject can come between, and never a clause opened by
    أن/إن (what was announced, not the verb's object)."""
    sent = st.sent_of[end - 1]
    counted = 0  # words outside brackets and quotation marks
    for j in range(end, len(st.toks)):
        if counted >= LONG_SUBJECT_WINDOW:
            break
        if st.raw(j) in {"(", ")"}:
            continue  # «أعلنت ... جماعة (أجناد مصر) مسؤولية»: a bracketed name inside the subject
        if not _in_quoted_name(st, j, end - 1):
            counted += 1  # «... تطلق على نفسها اسم «...» ...»: a short quoted name adds no distance
        if counted > window and ("complementizer" in _fclasses(st.norms[j]) or _stance_verb_at(st, j)):
            break  # «... وحمل الحركة مسؤولية ...»: another verb's object
        if st.raw(j) in {"،", ","} and j + 1 < len(st.toks) and not _new_clause_word(st.norms[j + 1]):
            continue  # «بددت الداخلية، الشائعات»، «نفى الجيش، في بيان، الاتهامات»: a comma inside the clause
        if st.sent_of[j] != sent or (st.is_punct(j) and j not in st.pair_at_open and st.inside[j] == -1):
            break
        if "subordinator" in _fclasses(st.norms[j]):
            break  # «يتبنى تكتيكات ... [لأن] ... وقصفه»: a clause of time or reason is not the object
        if needs_met(cue.needs, st.norms[j]):
            return True
    return False


QUOTED_NAME_WORDS = 6  # «انصار داعش في بيت المقدس»: a quoted name is short


def _in_quoted_name(st: SpeechText, j: int, cue: int) -> bool:
    """Is token ``j`` part of a short quoted stretch (a name) that the cue is not inside?"""
    k = st.inside[j]
    if k == -1 or st.inside[cue] == k:
        return False
    p = st.pairs[k]
    # brackets inside the name («انصار (داعش) في بيت المقدس») are no words of it
    words = sum(1 for t in range(p.open_tok + 1, p.close_tok) if not st.is_punct(t))
    return words <= QUOTED_NAME_WORDS


def _new_clause_word(norm: str) -> bool:
    """A word after a comma that opens a new clause: و/ف + a word, or a complementizer."""
    return (len(norm) > 3 and norm[0] in "وف" and not norm.startswith("ال")) or "complementizer" in _fclasses(norm)


def _needs_before_relative(st: SpeechText, cue: Cue, i: int) -> bool:
    """«الهجوم الذي تبناه التنظيم»: the needed word is the noun the relative clause describes;
    after an indefinite noun Arabic drops the relative, and the verb's object pronoun points
    back alone: «في هجوم تبنته حركة طالبان»، «لتفجيرين تبناهما داعش»."""
    if i > 0 and "relative" in _fclasses(st.norms[i - 1]):
        s0 = st.sent_tokens[st.sent_of[i]][0]
        if any(needs_met(cue.needs, st.norms[j]) for j in range(max(s0, i - 4), i - 1)):
            return True
    return needed_word_before(st, cue, i) is not None


def needed_word_before(st: SpeechText, cue: Cue, i: int) -> int | None:
    """A verb with an object pronoun right after the noun it stands for («هجوم تبنته ...»,
    «تفجيرين مماثلين تبناهما ...»): that noun's token, which is the verb's object, not its subject."""
    if not cue.needs or not cue.words[-1].endswith(ATTACHED_PRONOUNS):
        return None
    s0 = st.sent_tokens[st.sent_of[i]][0]
    for j in range(i - 1, max(s0, i - 4) - 1, -1):
        if st.is_punct(j):
            break
        if needs_met(cue.needs, st.norms[j]):
            return j
    return _needed_word_before_relative(st, cue, i, s0)


RELATIVE_CLAUSE_REACH = 8  # tokens from a relative pronoun to a verb its clause goes on with
RELATIVE_HEAD_REACH = 5  # tokens from the noun a relative clause describes to the pronoun («تفجير خان بني سعد الذي»)


def _needed_word_before_relative(st: SpeechText, cue: Cue, i: int, s0: int) -> int | None:
    """«تفجير خان بني سعد الذي تبناه داعش»: a name can stand between the noun and its relative
    pronoun; «الهجوم الذي وقع يوم الاثنين وتبناه تنظيم داعش»: a verb joined by و goes on with
    the relative clause. The noun before the pronoun is the verb's object either way."""
    coordinated = st.norms[i][:1] == "و" or st.norms[i - 1] == "وقد"
    for j in range(i - 1, max(s0, i - RELATIVE_CLAUSE_REACH) - 1, -1):
        if st.is_punct(j):
            return None
        if "relative" not in _fclasses(st.norms[j]):
            continue
        if j != i - 1 and not coordinated:
            return None
        for k in range(j - 1, max(s0, j - RELATIVE_HEAD_REACH) - 1, -1):
            if st.raw(k) in CLOSERS:
                continue  # «"تدين الاعتداء المشين" الذي نسبته ...»: the noun ends a quotation
            if st.is_punct(k):
                return None
            if needs_met(cue.needs, st.norms[k]):
                return k
        return None
    return None


def _negated(st: SpeechText, i: int) -> bool:
    """A negator right before the cue (``لم تتبنّ``، ``ولا يعلن``)."""
    for j in (i - 1, i - 2):
        if j < 0 or st.sent_of[j] != st.sent_of[i]:
            return False
        if "negator" in _fclasses(st.norms[j]):
            return True
        if j == i - 1 and st.norms[j] not in {"قد", "بعد", "عاده"}:
            return False
    return False


SUBJUNCTIVE_PARTICLES = frozenset({"أن", "ان", "كي", "لكي"})  # raw, without diacritics


def _subjunctive(st: SpeechText, i: int) -> bool:
    """«محذرا من أن يقول الشعب كلمته»، «من المقرر أن يعلن»: a present-tense verb after أن or كي
    says what may or should be said, not what was said."""
    if i == 0 or st.sent_of[i - 1] != st.sent_of[i] or not _imperfective(st.norms[i]):
        return False
    return strip_diacritics(st.raw(i - 1)) in SUBJUNCTIVE_PARTICLES


def _parse_event(sa: SpeechAnalysis, ev: SpeechEvent) -> None:
    st = sa.st
    a, b = ev.cue
    kind = ev.kind
    sent_start = st.sent_tokens[ev.sentence][0]
    if kind in ("participle", "stance_participle", "stance_noun"):
        ev.content = _content_start(st, b, ev.sentence)
        return
    if kind == "after":
        j = b
        # «وفق ما أفاد به مصدر»: skip the verb and its به
        hits = reporting_cues().match(st.norms, j) if j < len(st.toks) else []
        if hits and hits[0][0].kind in ("say", "add"):
            j = hits[0][1]
        elif ev.entry is not None and ev.entry.words[-1] == "ما" and j < len(st.toks) and _plain_word(st, j):
            j += 1  # «بحسب ما نشره تنظيم ...»: ما opens a clause whose verb comes first
        if j < len(st.toks) and st.norms[j] in {"به", "بها", "بهم", "عنه"}:
            j += 1
        if j < len(st.toks) and st.norms[j] in {"قوله", "قولها", "قولهم", "تعبيره", "وصفه"}:
            ev.kind = "participle"  # «حسب قوله»: whoever speaks in this sentence
            ev.own_words = True
            ev.content = j + 1
            return
        if j < len(st.toks) and len(st.norms[j]) > 3 and st.norms[j][0] == "ل" and st.sent_of[j] == ev.sentence:
            _drop_preposition(st, j)  # «وفقا لمصدر أمني»: ل belongs to the cue
        np = _parse_np(sa, j, ev.sentence, allow_quoted_name=True)
        if np is None:
            ev.kind = "drop"
            return
        ev.np = np
        ev.explicit = True
        ev.content = None
        return
    if kind == "transmit":
        np = _parse_np(sa, b, ev.sentence, allow_quoted_name=True)
        j = np[1] if np else b
        ev.np = np
        # the source comes after عن, possibly after a time phrase: «... البريطانية هذا الأسبوع عن مسؤول»
        k = j
        while k < len(st.toks) and k < j + 4 and st.sent_of[k] == ev.sentence and "chain" not in _fclasses(st.norms[k]):
            k += 1
        if k < len(st.toks) and st.sent_of[k] == ev.sentence and "chain" in _fclasses(st.norms[k]):
            src = _parse_np(sa, k + 1, ev.sentence)
            ev.source_np = src
            after = src[1] if src else k + 1
            after = _chain_description(sa, ev, after)
            if after < len(st.toks) and st.norms[after] in {"قوله", "قولها", "قولهم"}:
                after += 1
            ev.content = _content_start(st, after, ev.sentence)
        else:
            ev.content = _content_start(st, j, ev.sentence)
            if ev.content is None:
                ev.kind = "drop"  # «آلية نقل صلاحيات الوزارات»: no source after عن, nothing said: a move, not a report
                return
        ev.explicit = np is not None or ev.source_np is not None
        return
    if ev.stance is not None and (_pronoun_that(st, a - 1) or (a - 1 in st.pair_at_open and _pronoun_that(st, a - 2))):
        ev.embedded = True  # «أكدت الحكومة أنها «تدين ...»»: the pronoun is whoever says so
        ev.content = _content_start(st, b, ev.sentence)
        return
    # verbs (say, add, describe, stance verbs): subject after the verb, or before it
    # «هجوم تبنته حركة طالبان»: the noun before a verb with an object pronoun is its object
    object_before = ev.stance is not None and needed_word_before(st, ev.stance, a) is not None
    sender = _sender_np(sa, a, b, ev.sentence) if ev.stance is not None else None
    if sender is None and ev.stance is not None and not object_before:
        sender = _relative_antecedent(st, a)  # «نوري المالكي الذي اتهم السعودية ...»
    if sender is not None:  # «اتصالا هاتفيا من [الملك ...] أعرب خلاله عن إدانته»
        ev.np = sender
        ev.subject_first = True
        ev.explicit = True
        ev.content = _content_start(st, b, ev.sentence)
        return
    back = None if object_before else _subject_before(sa, a, ev.sentence)
    if back is not None and _complement_phrase(sa, back):
        back = None  # «إنها [لعلامة سيئة] ــ يقول باسكال»: a ب/ل phrase is no subject
    present = _imperfective(st.norms[a]) and not _has_proclitic(st.norms[a], ev.entry)
    # «شريط فيديو أعلنت فيه»: a past verb whose «فيه» points back at the medium describes it too
    describes_medium = present or (b < len(st.toks) and st.norms[b] in RESUMPTIVE_IN)
    published = _publisher(sa, a, ev.sentence) if describes_medium and not object_before else None
    if published is not None:
        back = published  # «بث غزاويون ... تسجيل فيديو يدعو»: whoever published the video calls
    elif (
        back is not None and back[1] - back[0] >= 3 and _new_clause(st, back[0])
        and not _is_definite(st.norms[back[1] - 1]) and _embedded_present(st, a, ev)
    ):
        # «ورفع [المحتجون] شعارات تطالب ...»: the verb describes the slogans; whoever raised
        # them (the subject of the first verb) demands
        back = (back[0] + 1, back[1] - 1)
    if back is None and _embedded_present(st, a, ev):
        ev.kind = "drop"  # «شعارات تتهم إردوغان»: a clause describing a noun, not a speech act
        return
    if back is not None and not _has_proclitic(st.norms[a], ev.entry):
        ev.np = back
        ev.subject_first = True
        ev.explicit = True
        ev.content = _content_start(st, b, ev.sentence)
        return
    vos = _object_then_subject(sa, ev, b)
    if vos is not None:  # «وأكد هذه الحصيلة محمد وارا»: the object comes first, the subject after it
        ev.object_np, ev.np = vos
        ev.explicit = True
        ev.content = _content_start(st, ev.np[1], ev.sentence)
        return
    np = _parse_np(sa, b, ev.sentence, stop_needs=ev.stance.needs if ev.stance else ())
    if np is not None and _plural_verb(st.norms[a]):
        np = None  # «كما اتهموا القوات ...»: the verb carries its subject, what follows is the object
    if np is not None and _relative_object(st, a, np[0]):
        np = None  # «المجموعة التي أعلنت [ولاءها] لداعش»: the relative's noun is the subject
    if np is not None and _complement_phrase(sa, np):
        np = None  # «تابع [لسياسات] خارجية»، «تضيف [مزيداً] من»: no subject, so not a speaker
    if np is not None and ev.stance is not None and _act_noun(sa, np[0]):
        np = None  # «ونفى [مقتل] أي مدنيين»: an act is what is denied; the last speaker goes on
    # verbs whose object follows them; when the word a stance cue needs ends the phrase
    # («ووجه الادعاء [اتهامات]»), that word opens the object and the phrase is the subject
    needs_next = (
        np is not None and ev.stance is not None and bool(ev.stance.needs) and np[1] < len(st.toks)
        and st.sent_of[np[1]] == ev.sentence and needs_met(ev.stance.needs, st.norms[np[1]])
        and not _prepositional_object(st.norms[np[1]])
    )
    transitive = kind in ("describe", "stance_verb") and not needs_next
    also = a > 0 and st.norms[a - 1] in ALSO  # «كما أعلن انعقاد جلسة»: the last subject goes on
    if np is not None and (
        _object_then_complement(st, a, np[0])
        or (transitive and (_object_like(st, np[0]) or _complement_first(st, np[0])))
        or (also and _plain_word(st, np[0]) and st.mention_at[np[0]] is None and _actor(st.raw(np[0])) is None)
    ):
        np = None
    if np is not None:
        ev.np = np
        ev.explicit = True
        ev.content = _content_start(st, np[1], ev.sentence)
        return
    # no subject in the clause: a continuation («وأضافت:») or an embedded verb («تقارير أفادت بأن»)
    starts_clause = a == sent_start or st.is_punct(a - 1) or _has_proclitic(st.norms[a], ev.entry) or also
    if not starts_clause and _past_after_that(st, a, ev):
        ev.embedded = True  # «جماعات ... سبق لها أن هددت بإسقاط ...»: the sentence's subject did it
    elif not starts_clause:
        ev.kind = "drop"
        return
    ev.content = _content_start(st, b, ev.sentence)


def _publisher(sa: SpeechAnalysis, a: int, sent: int) -> tuple[int, int] | None:
    """In «بث غزاويون التحقوا بتنظيم داعش تسجيل فيديو يدعو»، «أصدرت المقاومة بيانا تطالب» the
    present verb at ``a`` describes the medium right before it; whoever published the medium
    speaks: the subject after the verb of publishing, or before it («الفرع المصري ... بث تسجيلا»)."""
    st = sa.st
    s0 = st.sent_tokens[sent][0]
    m = next((j for j in range(a - 1, max(s0, a - MEDIUM_REACH) - 1, -1) if "medium" in _fclasses(st.norms[j])), None)
    if m is None:
        return None
    while m - 1 > s0 and "medium" in _fclasses(st.norms[m - 1]):
        m -= 1  # «تسجيل فيديو»: the medium starts at its first word
    for p in range(m - 1, max(s0, m - MAX_NP - 2) - 1, -1):
        if not any(f in publish_verbs() for f in bare_forms(st.norms[p])):
            continue
        e = m
        while e > p + 1 and st.is_punct(e - 1):
            e -= 1  # «نشر تنظيم "جبهة النصرة" ذراع تنظيم القاعدة في سوريا، شريط فيديو»
        return (p + 1, e) if e > p + 1 else _subject_before(sa, p, sent)
    return None


# «خلاله»: «during it», like «فيه», refers back to a medium (a call, a meeting)
RESUMPTIVE_DURING = RESUMPTIVE_IN | frozenset({"خلاله", "خلالها"})
SENDER_REACH = 3  # words between a medium and the «من» that names who sent it («اتصالا هاتفيا أمس من»)
MEDIUM_BACK = 30  # tokens back from the verb to the medium it refers to (a sender's titles run long)


def _relative_antecedent(st: SpeechText, a: int) -> tuple[int, int] | None:
    """«تصريحات نوري المالكي الذي اتهم السعودية بدعم الإرهاب»: a stance verb right after a relative
    pronoun has for subject the named person or body the pronoun follows (its mention's tokens)."""
    if a < 2 or st.sent_of[a - 2] != st.sent_of[a] or "relative" not in _fclasses(st.norms[a - 1]):
        return None
    verb = st.norms[a]
    if any(verb.endswith(p) and stance_cues().can_start(verb[: -len(p)]) for p in ATTACHED_PRONOUNS):
        return None  # «المالكي الذي يتهمه المتظاهرون»: the pronoun is the object, the subject follows
    nxt = a + 1
    if nxt < len(st.toks) and st.sent_of[nxt] == st.sent_of[a] and (
            (st.mention_at[nxt] is not None and st.mention_at[nxt].type in ("PER", "ORG")) or speaker_head(st.norms[nxt])):
        return None  # «سالوبيك الذي هدد تنظيم داعش بإعدامه»: a named body or a person after the verb is its subject
    m = st.mention_at[a - 2]
    if m is None or m.type not in ("PER", "ORG") or m.span.end > st.toks[a - 2][1]:
        return None
    accuse = any(c.stance == "accuse" for c, _e in stance_cues().match(st.norms, a))
    if accuse and nxt < len(st.toks) and st.norms[nxt][:1] == "ب" and st.sent_of[nxt] == st.sent_of[a]:
        return None  # «الجيش الذي اتهم [بعدم حماية] السكان»: a charge right after the verb makes it passive
    s = a - 2
    while s - 1 >= st.sent_tokens[st.sent_of[a]][0] and st.mention_at[s - 1] is m:
        s -= 1
    if s == a - 2 and (st.norms[s].startswith(("ال", "لل")) or st.raw(s)[:1] in "بل"):
        return None  # «هذا التنظيم الذي يهدد»: a one-word description that refers back, not a name
    if m.type != "PER" and s > 0 and st.sent_of[s - 1] == st.sent_of[a] and _construct_head_agrees(st, s - 1, st.norms[a - 1]):
        return None  # «عملية حزب العمال التي تهدد»، «ميثاق المنظمة الذي يدعو»: the clause may describe the head
    return (s, a - 1)


def _construct_head_agrees(st: SpeechText, j: int, relative: str) -> bool:
    """Is token ``j`` a plain noun governing the body named after it («عملية حزب العمال»، «ميثاق
    المنظمة») that the relative pronoun agrees with (الذي after a masculine singular, التي after a
    word in ة or ات)? A word naming a kind of body («تنظيم داعش») is part of the name."""
    norm = st.norms[j]
    if st.is_punct(j) or norm.startswith("ال") or _fclasses(norm) or st.mention_at[j] is not None:
        return False
    if any(speaker_head(f) for f in bare_forms(norm, nouns=True)):
        return False
    feminine = norm.endswith(("ه", "ات"))
    return (relative == "الذي" and not feminine) or (relative == "التي" and feminine)


def _sender_np(sa: SpeechAnalysis, a: int, b: int, sent: int) -> tuple[int, int] | None:
    """«تلقى الأمير اتصالا هاتفيا من الملك محمد السادس أعرب خلاله عن إدانته»: a verb whose «خلاله/فيه»
    points back at a medium sent «من X» is X's (the phrase after من), not the receiver's."""
    st = sa.st
    if b >= len(st.toks) or st.norms[b] not in RESUMPTIVE_DURING:
        return None
    s0 = st.sent_tokens[sent][0]
    for m in range(a - 1, max(s0, a - MEDIUM_BACK) - 1, -1):
        norm = st.norms[m]
        if "medium" not in _fclasses(norm) and not (norm.endswith("ا") and "medium" in _fclasses(norm[:-1])):
            continue  # «اتصالاً»: an accusative with its alif
        for j in range(m + 1, min(m + 2 + SENDER_REACH, a)):
            if st.is_punct(j):
                break
            if st.norms[j] == "من":
                np = _parse_np(sa, j + 1, sent)
                return np if np is not None and np[1] <= a else None
        return None
    return None


def _past_after_that(st: SpeechText, a: int, ev: SpeechEvent) -> bool:
    """A past-tense stance verb right after «أن» with no subject states a fact about the
    sentence's subject («سبق لها أن هددت»); a present one is what should happen («أن تدين»)."""
    return (
        ev.kind == "stance_verb" and a > 0 and st.norms[a - 1] in {"ان", "وان"}
        and not _imperfective(st.norms[a])
    )


def _prepositional_object(norm: str) -> bool:
    """«طالب [بتكوين] ...»، «دعا [إلى] ...»: a complement with a preposition, not a noun object."""
    return norm[0] in "بل" or "stop" in _fclasses(norm) or "prep" in _fclasses(norm)


def _plural_verb(norm: str) -> bool:
    """A verb with a plural subject suffix (اتهموا، ينفون): a subject after the verb would make it
    singular («اتهم المسؤولون»), so with the suffix the subject is a pronoun."""
    for form in bare_forms(norm):
        if len(form) > 3 and (form.endswith("وا") or (form[0] in "يت" and form.endswith("ون"))):
            return True
    return False


def _object_then_subject(sa: SpeechAnalysis, ev: SpeechEvent, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Verb, object, subject: «وأكد هذه الحصيلة [محمد وارا]»، «ونفى صحة التقارير [مصدر أمني]».
    The object is a demonstrative with its noun, or the word a stance cue needs; the subject
    after it must look like one (a named entity, a speaker head word, a known actor, or after a
    demonstrative object a name)."""
    st = sa.st
    n = len(st.toks)
    if b >= n or st.sent_of[b] != ev.sentence:
        return None
    demonstrative = st.norms[b] in DEMONSTRATIVES
    needed = (
        ev.stance is not None and bool(ev.stance.needs) and needs_met(ev.stance.needs, st.norms[b])
        and not _prepositional_object(st.norms[b])
    )
    if not (demonstrative or needed):
        return None
    k = b + 1
    if demonstrative:
        if k >= n or not _is_definite(st.norms[k]) or st.mention_at[k] is not None or _sclasses(st.norms[k])[0]:
            return None  # «أكد ذلك أن ...»; «وأكد هذا المسؤول»: the demonstrative points at the subject
        k += 1
    # the rest of the object: definite words that agree with it or are its genitive
    while k < n and st.sent_of[k] == ev.sentence and _is_definite(st.norms[k]) and st.mention_at[k] is None:
        if not needed and _sclasses(st.norms[k])[0]:
            break
        k += 1
    if k >= n or st.sent_of[k] != ev.sentence or st.is_punct(k):
        return None
    if ev.stance is not None and ev.stance.needs and needs_met(ev.stance.needs, st.norms[k]):
        return None  # «أكد هذه المرة مقتل ...»: the object is still to come
    m = st.mention_at[k]
    subject_like = (
        (m is not None and m.type in ("PER", "ORG") and m.span.start >= st.toks[k][0])
        or bool(_sclasses(st.norms[k])[0])
        or _actor(st.raw(k)) is not None
        or (demonstrative and _plain_word(st, k) and _name_word(st, k))
    )
    if not subject_like:
        return None
    np = _parse_np(sa, k, ev.sentence)
    return ((b, k), np) if np is not None else None


def _embedded_present(st: SpeechText, a: int, ev: SpeechEvent) -> bool:
    """A present-tense verb right after a noun, with no و and no introducer, describes that noun."""
    if a == st.sent_tokens[ev.sentence][0] or _has_proclitic(st.norms[a], ev.entry):
        return False
    prev = st.norms[a - 1]
    if st.is_punct(a - 1) or _fclasses(prev) - {"medium"} or prev in {"ما", "كما"}:
        return False
    return _imperfective(st.norms[a])


def _relative_object(st: SpeechText, cue: int, j: int) -> bool:
    """After a relative pronoun (``التي أعلنت``) the verb's subject is the noun before it, so a
    possessed noun after the verb (``ولاءها``) is its object, unless it heads a speaker
    (``الذي قال رئيسها``)."""
    if cue == 0 or "relative" not in _fclasses(st.norms[cue - 1]):
        return False
    norm = st.norms[j]
    if len(norm) > 3 and norm[0] in "بل" and st.mention_at[j] is None and not _sclasses(norm[1:])[0]:
        return True  # «التقارير التي أفادت [بخطف] ثلاثة طيارين»: what was reported, not who
    if not _possessed(st, j):
        return False
    raw = strip_diacritics(st.raw(j))
    stem = raw[:-2] if raw.endswith(("ها", "هم")) else raw[:-1]
    return not _sclasses(normalize_token(stem) or stem)[0]


def _object_like(st: SpeechText, j: int) -> bool:
    """«ووصف الوضع ... بأنه»: a definite common noun that names no one is the object.
    Speakers are people and bodies: lexicon heads, known actors, family names in ال
    (الكبيسي), plurals of people (المحققون)."""
    norm = st.norms[j]
    if st.mention_at[j] is not None or not _is_definite(norm) or _sclasses(norm)[0]:
        return False
    # -ون is the subject case of a plural of people (المحققون); -ين after a verb is its object
    if norm.endswith(("ي", "ون")) or _fclasses(norm):
        return False
    return _actor(st.raw(j)) is None


def _complement_phrase(sa: SpeechAnalysis, np: tuple[int, int]) -> bool:
    """A subject after its verb is a bare nominative: a phrase opening with a ب/ل proclitic
    («أو تابع [لسياسات] خارجية») or with the accusative alif of an indefinite noun («تضيف
    [مزيداً] من الإثارة») is the verb's complement, unless some word in it names a speaker
    («وقال للصحافيين [الوزير]») or it is a name («بشير»)."""
    st = sa.st
    a, b = np
    if any(st.mention_at[j] is not None or _names_speaker(st.norms[j]) or _actor(st.raw(j)) for j in range(a, b)):
        return False
    norm = st.norms[a]
    if norm in given_names() or (len(norm) > 3 and norm[0] in "وف" and norm[1:] in given_names()):
        return False
    if norm in st.tagged_norms:
        return False  # «وتابع [بارز]»: part of a name tagged elsewhere in the article
    # ب/ل + a word of four letters or more: shorter ones are more often names (بشار، لؤي)
    if len(norm) > 4 and norm[0] in "بل" and not _sclasses(norm[1:])[0] and norm[1:] not in given_names():
        return True
    return _accusative(st, a)


@lru_cache(maxsize=1)
def _verbal_nouns() -> tuple[regex.Pattern[str], frozenset[str], frozenset[str]]:
    """The masdar table (``speech_verbal_nouns.tsv``): shapes, plain words, and those that speak."""
    rows = load_rows("speech_verbal_nouns.tsv")
    shapes = [r[0] for r in rows if len(r) > 1 and r[1] == "pattern"]
    words = frozenset(normalize_token(r[0]) for r in rows if len(r) > 1 and r[1] == "word")
    speaks = frozenset(normalize_token(r[0]) for r in rows if len(r) > 1 and r[1] == "speaks")
    return regex.compile("(?:" + "|".join(shapes) + ")(?:ات)?"), words, speaks


def _act_noun(sa: SpeechAnalysis, j: int) -> bool:
    """Is token ``j`` an indefinite verbal noun («مقتل»، «استغلال»، «اعتقال»): an act, which a
    stance verb is about but which holds no stance? Names, entities and speaker heads are not."""
    st = sa.st
    norm = st.norms[j]
    if st.mention_at[j] is not None or norm in st.tagged_norms:
        return False
    return _act_word(norm) and _actor(st.raw(j)) is None


def _act_word(norm: str) -> bool:
    """An indefinite verbal noun that names no speaker («مقتل»، «سقوط»; not «تحقيق»: «أكد تحقيق أممي»),
    no function word and no given name."""
    if _is_definite(norm) or _sclasses(norm)[0] or _fclasses(norm) or norm in given_names():
        return False
    shapes, words, speaks = _verbal_nouns()
    if norm in speaks:
        return False
    return norm in words or is_event_noun(norm) or shapes.fullmatch(norm) is not None


_CHARGE_HEAD_WORDS = 4  # indefinite words read at most before the definite one of what an official is in charge of


def _charge_end(st: SpeechText, k: int, sent: int) -> int:
    """The token after the noun phrase that starts at ``k`` («أمن المطار»، «الملف الأمني»):
    indefinite construct heads, then its definite word and the definite adjectives after it."""
    start = k
    while k < len(st.toks) and st.sent_of[k] == sent and not st.is_punct(k) and k - start < _CHARGE_HEAD_WORDS:
        if _is_definite(st.norms[k]):
            k += 1
            while k < len(st.toks) and st.sent_of[k] == sent and not st.is_punct(k) and _is_definite(st.norms[k]):
                k += 1
            return k
        k += 1
    return k


def _bi_act_noun(sa: SpeechAnalysis, j: int) -> bool:
    """«بسقوط»، «بمقتل»: ب on an indefinite verbal noun opens a verb's object («اعترف/أقر/طالب
    X بـ...»); a speaker is described by institutions («مسؤول بوزارة الداخلية»), not acts."""
    norm = sa.st.norms[j]
    return len(norm) >= 4 and norm[0] == "ب" and sa.st.mention_at[j] is None and _act_word(norm[1:])


def _names_speaker(norm: str) -> bool:
    """A word that heads a speaker wherever it stands: a title or description («مسؤول»), or a
    definite head («الوزارة»); an indefinite body word may be an adjective («سياسات خارجية»)."""
    cls, definite = _sclasses(norm)
    return bool(cls & {"title", "description"}) or (bool(cls) and definite)


def _complement_first(st: SpeechText, j: int) -> bool:
    """«يندد بإقفال الحقل»: after a stance verb, a ب-word that names no one is its complement."""
    norm = st.norms[j]
    return len(norm) > 3 and norm[0] == "ب" and st.mention_at[j] is None and _actor(st.raw(j)) is None


def _object_then_complement(st: SpeechText, cue: int, j: int) -> bool:
    """«واتهمته بدعم ...»، «ووصفه بـ«...»»: the pronoun is the object and ب opens the
    complement, so what follows is not the subject."""
    return st.norms[cue].endswith(("ه", "ها", "هم")) and st.norms[j].startswith("ب")


def _drop_preposition(st: SpeechText, j: int) -> None:
    """Let token ``j`` start after its ل (and a tatweel): the speaker is what follows it."""
    s, e = st.toks[j]
    k = s + 1
    while k < e and st.text[k] == "\u0640":
        k += 1
    if k < e:
        st.toks[j] = (k, e)
        st.norms[j] = normalize_token(st.text[k:e]) or st.text[k:e]


def _chain_description(sa: SpeechAnalysis, ev: SpeechEvent, j: int) -> int:
    """«عن مسؤول وصفته بأنه «قيادي رفيع في طالبان» قوله»: the quoted words describe the source."""
    st = sa.st
    if j >= len(st.toks) or st.norms[j] not in _DESCRIBE_SOURCE:
        return j
    k = j + 1
    if k < len(st.toks) and st.norms[k] in {"بانه", "بانها", "بانهم", "ب", "بكونه"}:
        k += 1
    if k in st.pair_at_open:
        pi = st.pair_at_open[k]
        p = st.pairs[pi]
        nxt = p.close_tok + 1
        if nxt < len(st.toks) and st.norms[nxt] in {"قوله", "قولها", "قولهم"}:
            sa.consumed_pairs.add(pi)
            ev.chain_description = p.span
            return nxt
    return j


_DESCRIBE_SOURCE = {"وصفته", "وصفها", "وصفه", "وصفتها", "وصفتهم", "وصفهم", "تصفه", "يصفه", "تصفها"}


def _content_start(st: SpeechText, j: int, sent: int, window: int = 7) -> int | None:
    """Where what was said begins: after إن/أن, a colon, or at a quotation mark."""
    for k in range(j, min(j + window, len(st.toks))):
        if st.sent_of[k] != sent and k not in st.pair_at_open:
            return None
        if k in st.pair_at_open:
            return k
        raw = st.raw(k)
        if raw == ":":
            return k + 1
        if "complementizer" in _fclasses(st.norms[k]):
            return k + 1 if st.norms[k] in {"ان", "بان", "لان"} else k
    return None


def _subject_before(sa: SpeechAnalysis, a: int, sent: int) -> tuple[int, int] | None:
    """Subject-first clause: ``فإن طالبان تؤكد``، ``غير أن مكتب ... أكد``، a headline ``طالبان تنفي``."""
    st = sa.st
    sent_start = st.sent_tokens[sent][0]
    j = a - 1
    while j >= sent_start and st.norms[j] in {"قد", "لقد"}:
        j -= 1
    if j > sent_start and j in st.pair_at_open:
        j -= 1  # «إن الولايات المتحدة «تدين بشدة ...»»: the verb opens its subject's own words
    end = j + 1
    count = 0
    while j >= sent_start:
        if st.raw(j) in CLOSERS or st.raw(j) in OPENERS:
            k = st.inside[j]
            if k == -1 or st.pairs[k].close_tok - st.pairs[k].open_tok > 5:
                return None
            j = st.pairs[k].open_tok - 1
            continue
        if st.is_punct(j) or strip_diacritics(st.raw(j)) in RAW_STOPS:
            return None  # «نشرت بوكو حرام شريطاً على تويتر أعلنت فيه»: a subject holds no على/إلى phrase
        cls = _fclasses(st.norms[j])
        if "sv_intro" in cls or "complementizer" in cls:
            break
        if cls & {"relative", "stop", "chain", "negator"} or reporting_cues().match(st.norms, j) or _stance_verb_at(st, j):
            return None
        count += 1
        if count > MAX_BACK:
            return None
        j -= 1
    start = j + 1
    if start >= end:
        return None
    if j < sent_start and not _imperfective(st.norms[a]):
        return None  # «طالبان تنفي» opens a headline; «وردا على سؤال ... قال» is verb-first
    return (start, end)


def _imperfective(norm: str) -> bool:
    """Present-tense verbs (يقول، تنفي) are the ones news headlines put after their subject."""
    return any(form in present_forms() for form in bare_forms(norm))


def _stance_verb_at(st: SpeechText, j: int) -> bool:
    return any(c.kind == "verb" for c, _ in stance_cues().match(st.norms, j))


def _parse_np(
    sa: SpeechAnalysis, i: int, sent: int, *, allow_quoted_name: bool = False, stop_needs: tuple[str, ...] = ()
) -> tuple[int, int] | None:
    """The speaker phrase that starts at token ``i`` (after a verb, عن, حسب ...)."""
    st = sa.st
    n = len(st.toks)
    head_cls: frozenset[str] = frozenset()
    head_def = False
    seen_title = False  # a title in the phrase: a name may follow its definite words
    while i < n and st.sent_of[i] == sent and "complement" in _fclasses(st.norms[i]):
        i += 1  # «أبلغت عنها مصادر محلية»، «أفاد به مصدر»
    i = _after_so_called(st, i, sent)
    if i < n and speech_participle_at(st, i):
        return None  # «وأضاف قائلا:»: a participle of saying says how, the subject is the last speaker
    j = i
    if i < n and st.sent_of[i] == sent:
        q = _quantified_end(st, i)
        if q is not None:
            if not _description_goes_on(st, q, sent):
                return _named_after(sa, q, sent) or (i, q)  # «بعض المتظاهرين [بمواصلة ...]»
            j = q + 1  # «أحد العاملين في جمارك الميناء»، «أحد المقربين من الرئيس»
            head_cls = frozenset({"description"})
    while j < n and j - i < MAX_NP and st.sent_of[j] == sent:
        if j in st.pair_at_open:
            p = st.pairs[st.pair_at_open[j]]
            prev_cls, prev_def = _sclasses(st.norms[j - 1]) if j > i else (frozenset(), False)
            names = bool(prev_cls & {"media", "group", "body"}) and not prev_def  # «صحيفة «صباح»»
            # «رئيسة «اتحاد جمعيات الصحافيين»»: a title over a quoted body names it
            names = names or (j == i + 1 and "title" in prev_cls and not prev_def and _quoted_body(st, p))
            short = p.close_tok - p.open_tok <= 5
            # «وقال "تجمع اهالي المعتقلين ... في سجون سلطة حماس" في بيان»: a quoted organisation
            # right after the verb and before «في بيان»/«إن» is who speaks, however long its name
            named_speaker = j == i and _quoted_body(st, p) and _names_then_speech(st, p)
            short = short or named_speaker
            # «وقال "الزوي": "..."»: a short quoted name with a colon after it is who speaks
            introduces = j == i and p.close_tok - p.open_tok <= 4 and p.close_tok + 1 < n and st.raw(p.close_tok + 1) == ":"
            if short and (names or (j == i and allow_quoted_name) or introduces or named_speaker):
                if introduces or named_speaker:
                    sa.consumed_pairs.add(st.pair_at_open[j])  # a name, not words said
                j = p.close_tok + 1
                if j == i:
                    break
                continue
            break
        named_head = (j == i + 1 and head_cls) or (j > i + 1 and st.norms[j - 2] in BISM and _sclasses(st.norms[j - 1])[0])
        if named_head and (head_cls if j == i + 1 else _sclasses(st.norms[j - 1])[0]) & {"media", "group", "body"}:
            # «جماعة (ولاية سيناء)»، «الناطقة بلسان جماعة (أجناد مصر)»: the name in brackets after its head
            close = _paren_close(st, j)
            if close is not None:
                j = close + 1
                continue
        post_word = strip_diacritics(st.raw(j)) in RAW_STOPS or st.norms[j] in POST_PREPOSITIONS
        if post_word and "title" in head_cls and j > i and _name_after_post(st, j, most=POST_WORDS):
            j += 1  # «المبعوث الدولي [إلى] اليمن إسماعيل ولد الشيخ»: the post, then the name
            continue
        if st.is_punct(j) or strip_diacritics(st.raw(j)) in RAW_STOPS:
            break
        norm = st.norms[j]
        if norm.isdecimal():
            break
        fcls = _fclasses(norm)
        if norm == "عن" and j > i and _head_word(st.norms[j - 1]) in charge_heads() and j + 1 < n and not st.is_punct(j + 1):
            # «المسؤول [عن الأمن] في المحافظة»: what the official is in charge of, a noun
            # phrase that ends with its definite word; an indefinite word after it is the object
            j = _charge_end(st, j + 1, sent)
            if j < n and st.sent_of[j] == sent and not _is_definite(st.norms[j]) and st.norms[j] not in {"في", "من", "مع"}:
                break
            continue
        if fcls & {"complementizer", "relative", "chain", "time", "medium", "names_next"}:
            break
        if _prophet_blessing(st, j):
            if j == i:  # «قال صلى الله عليه وسلم»: the blessing stands for the Prophet
                return (i, _blessing_end(st, i))
            break  # «رسول الله [صلى الله عليه وسلم]»: a blessing after the name is no part of it
        if stop_needs and needs_met(stop_needs, norm):
            break
        if j > i and st.norms[j - 1] in RANK_OF:
            j += 1  # «ضابط في الشرطة برتبة [عقيد]»: the rank belongs to the description
            continue
        if j > i and (reporting_cues().match(st.norms, j) or _stance_verb_at(st, j)):
            break
        describable = bool(head_cls & {"description", "body"})
        if norm in {"في", "من", "مع"}:
            # «قيادي رفيع في طالبان» but not «طالبان في بيان»
            # «الموفد الخاص للأمم المتحدة في الصومال نيكولاس كاي»: a title's post, then the name
            posted = "title" in head_cls and _name_after_post(st, j)
            if not (describable or posted) or j + 1 >= n or st.is_punct(j + 1) or _fclasses(st.norms[j + 1]) & {"medium", "time", "stop"}:
                break
            j += 1
            continue
        if "stop" in fcls or (j > i and "quantifier" in fcls):
            break  # «يقول الكاتب [كل] ما يود»: a quantifier opens another phrase
        if len(norm) > 4 and norm.startswith("بال"):
            break
        if j > i and _bi_act_noun(sa, j):
            break  # «واعترف المتحدث العسكري [بسقوط] الطائرة»: the verb's object, an act
        if norm.startswith("ل") and (_addressee(norm) or _to_medium(st, j)):
            break
        if j > i and _new_clause(st, j):
            break  # «وعاد»: a new clause, not part of the name
        if j > i and norm not in BISM and not fcls and _possessed(st, j) and _is_definite(st.norms[j - 1]):
            break  # «ووجه رئيس الهيئة [حديثه]»: after a whole phrase a possessed noun is the object
        if j >= i + 2 and describable and _accusative(st, j):
            break  # «اتهم ممثلو ادعاء بريطانيون [رجلاً]»: an indefinite accusative is the object
        if j == i:
            if _prepositional(norm):
                return None  # «تابع لقوات الطوارئ»: a subject never starts with a preposition
            head_cls, head_def = _sclasses(norm)
        elif (
            j == i + 1 and head_def and head_cls and "title" not in head_cls and not _is_definite(norm) and norm != "باسم"
            and not _name_follows(st, j, head_cls)
        ):
            break  # «الحركة مستخدمة»: adjectives agree in definiteness, so this is not one
        elif (
            j == i + 1 and head_def and _people_plural(st.norms[i]) and _is_definite(norm)
            and not norm.endswith(st.norms[i][-2:]) and st.mention_at[j] is None
        ):
            break  # «المحتجون [الطبقة]»، «المحتجون [المسلحين]»: an adjective agrees in number and case
        elif (
            j == i + 1 and head_def and "title" in head_cls and not _people_plural(st.norms[i])
            and _people_plural(norm) and st.mention_at[j] is None
        ):
            break  # «ودعا الرئيس [المواطنين] إلى»: a singular title takes no plural adjective; the object
        elif j >= i + 2 and describable and st.norms[j - 1] not in {"في", "من", "مع"} | BISM:
            if _sclasses(norm)[0] and not _is_definite(norm):
                break  # «وسائل إعلام مؤيدة للحكومة [حزب ...]»: a new noun phrase, the object
            prev = st.norms[j - 1]
            name_goes_on = "name_part" in _fclasses(prev) or prev in NAME_PREFIXES  # «ذبيح الله مجاهد»
            complement = norm[0] in "لب"  # «التابعة لمحافظة الحديدة»
            named = _name_follows(st, j, head_cls)  # «المتحدث العسكري [سمير داود]»
            if not (seen_title or name_goes_on or complement or named) and not _is_definite(norm) and _is_definite(prev) and not st.mention_at[j]:
                break  # «قيادة الفرقة السابعة [إيصال مواد]»: adjectives would agree; this is the object
        jcls = _sclasses(norm)[0]
        speaks_for = j + 1 < n and st.norms[j + 1] in BISM  # «مؤسسة الكنانة [الناطقة] بلسان ...»: an adjective
        if j > i and jcls and "title" not in jcls and _is_definite(norm) and _is_definite(st.norms[j - 1]) and not speaks_for:
            break  # «المعارضة الحكومة»: a definite noun takes no genitive, so this is the object
        if "title" in _sclasses(norm)[0]:
            seen_title = True
        j += 1
    if j == i:
        return None
    named = _named_after(sa, j, sent)
    return named or (i, j)


PROPHET = "رسول الله"  # who «صلى الله عليه وسلم» alone names
BLESSING_WORDS = 5  # «صلى الله عليه وآله وسلم»


def _blessing_end(st: SpeechText, i: int) -> int:
    """The token after «صلى الله عليه (وآله) وسلم» that starts at ``i``."""
    for k in range(i + 2, min(i + BLESSING_WORDS, len(st.toks))):
        if st.norms[k] == "وسلم":
            return k + 1
    return i + 2


def speech_participle_at(st: SpeechText, i: int) -> bool:
    """Is token i a participle of saying («قائلا»، «مضيفا»): it says how, it names no speaker?"""
    return any(c.kind == "participle" for c, _e in reporting_cues().match(st.norms, i))


def _prophet_blessing(st: SpeechText, a: int) -> bool:
    return "honorific" in _fclasses(st.norms[a]) and a + 1 < len(st.toks) and st.norms[a + 1] == "الله"


def _after_so_called(st: SpeechText, i: int, sent: int) -> int:
    """«أعلنت [ما تسمى] مؤسسة الكنانة»، «ما يعرف بـ(ولاية سيناء)»: "the so-called" distances the
    writer from a name; the speaker is the name after it."""
    n = len(st.toks)
    if not (i + 2 < n and st.sent_of[i + 2] == sent and st.norms[i] == "ما"
            and "so_called" in _fclasses(st.norms[i + 1])):
        return i
    i += 2
    if st.norms[i] in {"ب", "بـ"} and i + 1 < n and st.sent_of[i + 1] == sent:
        i += 1  # «ما يعرف بـ»: the ب written apart
    return i


def _named_after(sa: SpeechAnalysis, j: int, sent: int, most: int = 4) -> tuple[int, int] | None:
    """«أحد السكان ويدعى آبا أباجانا»: a description, then the person's name, who is the speaker."""
    st = sa.st
    n = len(st.toks)
    if j + 2 < n and st.raw(j) in {"،", ","} and "names_next" in _fclasses(st.norms[j + 1]):
        j += 1  # «أحد السكان، ويدعى ...»: the name set off by a comma
    if j + 1 >= n or st.sent_of[j] != sent or "names_next" not in _fclasses(st.norms[j]):
        return None
    a = k = j + 1
    m = st.mention_at[a]
    if m is not None:
        while k < n and st.toks[k][1] <= m.span.end:
            k += 1
        return (a, k) if k > a else None
    while k < n and k - a < most and st.sent_of[k] == sent and not st.is_punct(k):
        norm = st.norms[k]
        if _fclasses(norm) or (norm.startswith("ل") and k > a) or reporting_cues().match(st.norms, k):
            break
        k += 1
    return (a, k) if k > a else None


def _members_of(st: SpeechText, a: int, b: int) -> bool:
    """Is token ``a`` a plural of people in construct (متمردو، مقاتلو، مسلحو) before a group?"""
    norm = st.norms[a]
    if a + 1 >= b or len(norm) < 5 or not norm.endswith("و") or norm in NAME_PREFIXES or _sclasses(norm)[0]:
        return False
    m = st.mention_at[a + 1]
    if m is not None and m.type == "ORG" and m.span.start == st.toks[a + 1][0]:
        return True
    nxt_cls, nxt_def = _sclasses(st.norms[a + 1])
    return bool(nxt_cls & {"group"}) and not nxt_def


def _paren_close(st: SpeechText, j: int, most: int = 5) -> int | None:
    """The «)» that closes a bracket opened at token ``j`` within ``most`` words of one sentence."""
    if j >= len(st.toks) or st.raw(j) != "(":
        return None
    for k in range(j + 2, min(j + most + 2, len(st.toks))):
        if st.sent_of[k] != st.sent_of[j] or st.raw(k) in {"(", ".", "،", ","}:
            return None
        if st.raw(k) == ")":
            return k
    return None


def _marked_name(st: SpeechText, j: int) -> tuple[int, int] | None:
    """The words of a short name in quotes or brackets opened at token ``j``, as a token range
    (the closing mark right after it)."""
    close = _paren_close(st, j, MAX_NAME_WORDS)
    if close is None and j in st.pair_at_open:
        close = st.pairs[st.pair_at_open[j]].close_tok
    if close is None or not 1 <= close - j - 1 <= MAX_NAME_WORDS:
        return None
    if _is_definite(st.norms[j + 1]) or is_event_noun(st.norms[j + 1]):
        return None  # «الناطق باسم الحركة «الهجوم الجبان»»: the object, quoted
    if not all(_name_word(st, k) and not _accusative(st, k) and not _possessed(st, k) for k in range(j + 1, close)):
        return None  # «استنكر الناطق باسم الحكومة «هجوماً دنيئاً»»
    return j + 1, close


def _name_after_post(st: SpeechText, j: int, most: int = 2) -> bool:
    """Does a tagged person's name follow the place of a post («في [الصومال] نيكولاس كاي»),
    within ``most`` words after the preposition at ``j`` and its first word?"""
    for k in range(j + 2, j + 2 + most):
        if k >= len(st.toks) or st.sent_of[k] != st.sent_of[j] or st.is_punct(k - 1):
            return False
        m = st.mention_at[k]
        if m is not None and m.type == "PER" and m.span.start == st.toks[k][0]:
            return True
    return False


def _names_then_speech(st: SpeechText, p: QuotePair) -> bool:
    """Is a quotation followed by what follows a speaker: «في بيان»، «إن»، «:»?"""
    k = p.close_tok + 1
    if k >= len(st.toks) or st.sent_of[k] != st.sent_of[p.close_tok]:
        return False
    if st.raw(k) == ":" or "complementizer" in _fclasses(st.norms[k]):
        return True
    return st.norms[k] == "في" and k + 1 < len(st.toks) and "medium" in _fclasses(st.norms[k + 1])


def _quoted_body(st: SpeechText, p: QuotePair) -> bool:
    """Does a quotation name an organisation: it opens with a body/group/media word
    («اتحاد ...») or is one organisation mention?"""
    first = p.open_tok + 1
    if first >= p.close_tok:
        return False
    if _sclasses(st.norms[first])[0] & {"media", "group", "body"}:
        return True
    m = st.mention_at[first]
    return m is not None and m.type == "ORG" and m.span.end >= st.toks[p.close_tok - 1][1]


def _description_goes_on(st: SpeechText, q: int, sent: int) -> bool:
    """Does «في/من» + a noun continue a description at token ``q``?"""
    n = len(st.toks)
    if q + 1 >= n or st.norms[q] not in {"في", "من"} or st.sent_of[q + 1] != sent or st.is_punct(q + 1):
        return False
    return not _fclasses(st.norms[q + 1]) & {"medium", "time", "stop"}


def _quantified_end(st: SpeechText, i: int) -> int | None:
    """End of «بعض المتظاهرين»، «عدد من المسؤولين الأمنيين» starting at ``i``: the quantifier,
    an optional من, and the definite noun with its adjectives. None when ``i`` opens no such phrase."""
    if "quantifier" not in _fclasses(st.norms[i]):
        return None
    n = len(st.toks)
    k = i + 1
    if k < n and st.norms[k] in {"منهم", "منها", "منا"}:
        return k + 1  # «عدد منهم»
    if k < n and st.norms[k] == "من":
        k += 1
    start = k
    while k < n and st.sent_of[k] == st.sent_of[i] and not st.is_punct(k) and _is_definite(st.norms[k]):
        if k > start and (_fclasses(st.norms[k]) or (st.norms[k][0] == "و" and not st.norms[k].startswith("ال"))):
            break
        k += 1
    return k if k > start else None


def _people_plural(norm: str) -> bool:
    """«المحتجون»، «المسلحين»: a definite plural of people (not «الأمين»، «الحسين»: singulars
    that end the same way are short or titles)."""
    head = _head_word(norm)
    return _is_definite(norm) and head.endswith(PEOPLE_PLURAL) and len(head) >= 5 and "title" not in _sclasses(norm)[0]


def _nisba_plural(norm: str) -> bool:
    """«غزاويون»، «فلسطينيين»: an indefinite plural of a people or place (no name ends so)."""
    return not _is_definite(norm) and norm.endswith(("يون", "يين")) and len(norm) >= 6 and norm not in given_names()


def _name_follows(st: SpeechText, j: int, head_cls: frozenset[str]) -> bool:
    """«المتحدث [سمير داود]»: after a definite head for a person, a tagged name or two name
    words name that person (a group head's next word is rather a circumstantial, «الحركة مستخدمة»)."""
    m = st.mention_at[j]
    if m is not None and m.type == "PER":
        return True
    if "description" not in head_cls or j + 1 >= len(st.toks) or st.sent_of[j + 1] != st.sent_of[j]:
        return False
    return all(_plain_word(st, k) and _name_word(st, k) for k in (j, j + 1))


def _new_clause(st: SpeechText, j: int) -> bool:
    """A و-word that is not part of a name or a title («وعاد»، but not «وزير»، «وليد» after a title)."""
    norm = st.norms[j]
    if norm[0] != "و" or len(norm) <= 3 or _is_definite(norm) or st.mention_at[j] is not None:
        return False
    return not _sclasses(norm)[0] and "title" not in _sclasses(st.norms[j - 1])[0]


def _prepositional(norm: str) -> bool:
    """ل/ب attached to a definite or head word: «للتنظيم»، «بالاهتمام»، «لقوات»."""
    if len(norm) < 4 or norm[0] not in "لب":
        return False
    rest = norm[1:]
    if rest.startswith("ل"):
        return True  # لل = ل + ال
    return rest.startswith("ال") or bool(_sclasses(rest)[0])


def _addressee(norm: str) -> bool:
    """``لوكالة``، ``لصحافيين``، ``لـ``: who the words were said to, not part of the speaker."""
    rest = norm[1:]
    if not rest or rest in {"ه", "ها", "هم"}:
        return True
    if rest.startswith("ل"):  # للصحافيين → الصحافيين
        rest = "ا" + rest
    base = rest[2:] if rest.startswith("ال") else rest
    return "media" in speaker_words().get(base, set()) or base in {"صحافيين", "صحفيين", "صحافه", "صحفيه"}


def _to_medium(st: SpeechText, j: int) -> bool:
    """«سيف لفرانس برس»، «لرويترز»: ل before a known news medium says who was told, so the
    speaker phrase ends before it."""
    if len(st.norms[j]) < 3 or lookup_actor is None:
        return False
    for b in (j + 1, j + 2):
        if b > len(st.toks) or any(st.is_punct(k) for k in range(j, b)):
            break
        ent = _actor(st.span(j, b).text)
        if ent is not None and ent.kind == "media":
            return True
    return False


# ------------------------------------------------------------------ speaker resolution


def _entity_speaker(st: SpeechText, m: Mention) -> Speaker:
    ent = st.entities.get(m.entity_id) if m.entity_id else None
    name = ent.name if ent else m.span.text
    return Speaker(name, m.span, m.entity_id, "entity", _head_word(normalize_token(m.span.text.split()[0])))


def _actor(text: str) -> Entity | None:
    """A known actor; a place other than a country is not one here (a speaker called
    «الرمادي» is a person from Ramadi, and «واشنطن» is best left as written)."""
    if lookup_actor is None or not text.strip():
        return None
    try:
        ent = lookup_actor(text)
    except Exception:  # another stage's lexicon must never break quotes
        return None
    if ent is not None and ent.type == "LOC" and ent.kind not in ("country", None):
        return None
    return ent


def _actor_prefix(st: SpeechText, a: int, b: int) -> tuple[Entity, int] | None:
    """The longest prefix of tokens ``[a, b)`` that is a known actor."""
    if lookup_actor is None:
        return None
    for e in range(b, a, -1):
        ent = _actor(st.text[st.toks[a][0]:st.toks[e - 1][1]])
        if ent is not None:
            return ent, e
    return None


def _name_speaker(st: SpeechText, a: int, b: int, head: str | None = None) -> Speaker:
    span = st.span(a, b)
    ent = _actor(span.text)
    if ent is not None:
        return Speaker(ent.name, span, ent.id, "entity", head)
    return Speaker(span.text, span, None, "name", head)


_NAMING_HEAD_CLASSES = frozenset({"media", "group", "body"})  # heads a written name follows


def _collect_names_after_heads(sa: SpeechAnalysis, head_at: list[int]) -> None:
    """Strings written as names in this article (``حركة «طالبان»``، ``تنظيم داعش``) after its
    ``_names_head`` words (at ``head_at``, ascending)."""
    st = sa.st
    for i in head_at:
        if i + 1 >= len(st.toks):
            break
        if i + 1 in st.pair_at_open:
            sa.names_after_heads.add(_key(st.pairs[st.pair_at_open[i + 1]].span.text))
        elif not st.is_punct(i + 1) and not _is_definite(st.norms[i + 1]) and not st.norms[i + 1].endswith(NISBA_ENDINGS):
            sa.names_after_heads.add(st.norms[i + 1])


def _names_head(norm: str) -> bool:
    """An indefinite media, group or body word: a name may follow it."""
    cls, definite = _sclasses(norm)
    return not definite and not cls.isdisjoint(_NAMING_HEAD_CLASSES)


def _is_title(norm: str) -> bool:
    return "title" in _sclasses(norm)[0]


def _starts_a_report(norm: str) -> bool:
    return reporting_cues().can_start(norm)


def _starts_a_stance(norm: str) -> bool:
    return stance_cues().can_start(norm)


@lru_cache(maxsize=1)
def _speech_word_keys() -> frozenset[str]:
    """The keys the SPEECH_WORDS tests look a word's forms up in: speaker words, cues' first words."""
    return frozenset(speaker_words()) | frozenset(reporting_cues().by_first) | frozenset(stance_cues().by_first)


def _may_be_speech_word(norm: str) -> bool:
    """Necessary for every SPEECH_WORDS class: each test looks up the word less its first one to
    three letters (و/ف, ب/ل, ال) or ال + the word less two (لل); when none of those is a key, the
    word is in no class (most words), and its tests need not run."""
    keys = _speech_word_keys()
    return norm in keys or norm[1:] in keys or norm[2:] in keys or norm[3:] in keys or "ال" + norm[2:] in keys


# Classes of words the speech stages look for in every article (see WordClasses)
SPEECH_WORDS = WordClasses({
    "name_head": _names_head, "title": _is_title, "report": _starts_a_report, "stance": _starts_a_stance,
}, gate=_may_be_speech_word)


def positions_of(norms: list[str], words: set[str] | frozenset[str]) -> list[int]:
    """Where any of ``words`` stands in ``norms``, ascending."""
    if not words:
        return []  # (most articles for some tests): no pass over the tokens at all
    return [i for i, w in enumerate(norms) if w in words]


def positions_by_class(norms: list[str], *classes: set[str]) -> tuple[list[int], ...]:
    """``positions_of`` each word set, from one pass over the tokens (the sets' words are few)."""
    marked = positions_of(norms, set().union(*classes))
    return tuple([i for i in marked if norms[i] in words] for words in classes)


def _key(text: str) -> str:
    return " ".join(normalize_token(w) for w in text.split())


def _learn_aliases_from_mentions(sa: SpeechAnalysis) -> None:
    """«رئيس الوزراء التركي أحمد داود أوغلو»: the title before a person names that person later."""
    st = sa.st
    seen: set[int] = set()
    for i, m in enumerate(st.mention_at):
        if m is None or m.type != "PER" or id(m) in seen:
            continue
        seen.add(id(m))
        sp = _entity_speaker(st, m)
        j = i - 1
        while j >= 0 and not st.is_punct(j) and st.mention_at[j] is None and i - j <= 4:
            j -= 1
        _add_title_alias(sa, j + 1, i, sp)
        # «الأمير فيصل بن خالد، أمير منطقة عسير»: a title after the name
        e = _mention_end(st, i, len(st.toks))
        if e + 1 < len(st.toks) and st.raw(e) in {"،", ","} and "title" in _sclasses(st.norms[e + 1])[0]:
            np = _parse_np(sa, e + 1, st.sent_of[e + 1])
            if np is not None:
                _add_title_alias(sa, np[0], np[1], sp)


def _learn_aliases_from_titles(sa: SpeechAnalysis, titles: set[str], title_at: list[int]) -> None:
    """Without entity mentions: «الرئيس الأفغاني أشرف غني» anywhere in the text makes
    «الرئيس الأفغاني» name Ashraf Ghani. Only names of two words or known actors count.
    (``titles``: the article's title words; ``title_at``: where they stand, ascending.)"""
    st = sa.st
    n = len(st.toks)
    for i in title_at:
        if st.inside[i] != -1:
            continue
        if i > 0 and st.norms[i - 1] in titles:
            continue  # inside a longer title chain
        end = i
        while end < n and end - i < 7 and st.sent_of[end] == st.sent_of[i] and not st.is_punct(end):
            end += 1
        nm = _name_after_title(st, i, end)
        if nm is None or any(st.mention_at[j] is not None for j in range(i, nm[1])):
            continue
        sp = _name_speaker(st, nm[0], nm[1])
        if nm[1] - nm[0] >= 2 or sp.kind == "entity":
            _add_title_alias(sa, i, nm[0], sp)


def _add_title_alias(sa: SpeechAnalysis, a: int, b: int, sp: Speaker) -> None:
    st = sa.st
    if b <= a:
        return
    # the chain must start with a title word: «الرئيس الأفغاني»، «رئيس الوزراء التركي»
    while a < b and "title" not in _sclasses(st.norms[a])[0]:
        a += 1
    if a < b:
        sa.aliases.setdefault(_key(st.span(a, b).text), sp)


def _resolve_np(sa: SpeechAnalysis, a: int, b: int, before: int) -> tuple[Speaker, int]:
    """Who the phrase ``[a, b)`` names, and where that name ends."""
    st = sa.st
    if a in st.pair_at_open:
        p = st.pairs[st.pair_at_open[a]]
        m = st.mention_at[a + 1]
        if m is not None:
            return _entity_speaker(st, m), p.close_tok + 1
        ent = _actor(p.span.text)
        if ent is not None:
            return Speaker(ent.name, p.span, ent.id, "entity"), p.close_tok + 1
        return Speaker(p.span.text, p.span, None, "name"), p.close_tok + 1
    if _prophet_blessing(st, a) and st.norms[a] == "صلي":
        return Speaker(PROPHET, st.span(a, b), None, "description", "رسول"), b
    self_named = _self_named(sa, a, b)
    if self_named is not None:
        return self_named
    # 1. a person named anywhere in the phrase (titles before, apposition after), but not
    #    the person a spokesman speaks for («المتحدث باسم الرئيس أشرف غني»)
    skip_until = -1
    head_cls, head_def = _sclasses(st.norms[a])
    if "description" in head_cls and not head_def and "title" not in head_cls:
        skip_until = _unit_end(st, a + 1, b)  # «مكتب [رئيس الوزراء أحمد داود أوغلو]»
    for j in range(a, b):
        if st.norms[j] == "باسم":
            skip_until = _unit_end(st, j + 1, b)
            continue
        m = st.mention_at[j]
        if j < skip_until or m is None or _anaphor(st, j):
            continue  # «نائبة [المتحدث]»: a title the tagger linked back is no name here
        if m.type == "PER" and j == a and _title_tagged_as_name(st, a, b):
            nm = _name_after_title(st, a, b)
            assert nm is not None
            named = st.mention_at[nm[0]]
            sp = _entity_speaker(st, named) if named is not None and named.type == "PER" else _name_speaker(st, *nm, head=_head_word(st.norms[a]))
            _add_title_alias(sa, a, nm[0], sp)
            return sp, nm[1] if named is None else _mention_end(st, nm[0], b)
        if m.type == "PER":
            sp = _entity_speaker(st, m)
            first = _untagged_first_name(st, a, j)
            if first < j and sp.text == m.span.text:
                # «الكولونيل [توكور] غوساو»: the tagger took only the family name of a person it
                # does not know; the plain word between the title and it is the given name
                span = st.span(first, _mention_end(st, j, b))
                sp = Speaker(span.text, span, m.entity_id, "entity", sp.head)
            if j > a and "title" in head_cls:
                sp.head = _head_word(st.norms[a])  # «وزير الموارد معتز موسى»: «الوزير» later
            _add_title_alias(sa, a, j, sp)
            return sp, _mention_end(st, j, b)
    q = _quantified_end(st, a)
    if q is not None:  # «بعض المتظاهرين»، «أحد العاملين في الميناء»: a description of some people
        e = b if b > q and _description_goes_on(st, q, st.sent_of[a]) else q
        return Speaker(st.span(a, e).text, st.span(a, e), None, "description", _head_word(st.norms[q - 1])), e
    cls, definite = _sclasses(st.norms[a])
    head = _head_word(st.norms[a])
    # 2. the phrase starts with a named entity; a bare definite head («الحركة»، «المسؤول»)
    #    the tagger linked to an entity refers back to the last speaker of that kind first
    m = st.mention_at[a]
    if m is not None and m.span.start <= st.toks[a][1]:
        if _anaphor(st, a) and not _spoke_as(sa, m.entity_id, head):
            ref = _refer_back(sa, head, cls, before)
            if ref is not None:
                return ref, a + 1
        return _entity_speaker(st, m), _mention_end(st, a, b)
    # 3. «متمردو حركة الشباب»، «مقاتلو تنظيم داعش»: members (a plural in construct, -و) speak
    #    for the group named after them
    if _members_of(st, a, b):
        return _resolve_np(sa, a + 1, b, before)
    # 4. a known actor
    if not cls & {"description", "title"}:
        hit = _actor_prefix(st, a, b)
        if hit is not None:
            ent, e = hit
            return Speaker(ent.name, st.span(a, e), ent.id, "entity", head), e
    # 5. «صحيفة «صباح»»، «حركة طالبان»، «حكومة الحركة»: the name after a head word;
    #    «جماعة [حزب العمال الكردستاني]»: a head word before another names the inner one
    if cls & {"group"} and a + 1 < b and _sclasses(st.norms[a + 1])[0] & {"group", "body"}:
        if not _is_definite(st.norms[a + 1]):
            return _resolve_np(sa, a + 1, b, before)
    if cls & {"media", "group", "body"}:
        named = _name_after_head(sa, a, b, before)
        if named is not None:
            named[0].head = head
            return named
    # 6. a bare definite head refers back: «الحركة»، «المصدر»، «الصحيفة» (but in «المتحدث
    #    أندريه ليسينكو» the name after the title says who it is)
    named_after = bool(cls & {"title", "description"}) and a + 1 < b and _name_follows(st, a + 1, cls | {"description"})
    if definite and cls and (b - a == 1 or not _is_definite(st.norms[a + 1])) and not named_after:
        ref = _refer_back(sa, head, cls, before)
        if ref is not None:
            return ref, a + 1
    # 7. a title (or a definite description) followed by a name: «الرئيس الأفغاني أشرف غني»،
    #    «المتحدث العسكري أندريه ليسينكو»
    if "title" in cls or ("description" in cls and definite):
        nm = _name_after_title(st, a, b)
        if nm is not None:
            sp = _name_speaker(st, nm[0], nm[1], head)
            _add_title_alias(sa, a, nm[0], sp)
            return sp, nm[1]
    # 8. a title known to name a person in this article: «الرئيس الأفغاني» → Ashraf Ghani
    #    (a shorter title only when no other name follows it: not «الدكتور [الشمري]»)
    for e in range(b, a, -1):
        sp = sa.aliases.get(_key(st.span(a, e).text))
        if sp is not None and (e == b or not (_plain_word(st, e) or _is_definite(st.norms[e]))):
            return sp, e
    # 9. a description: «مصدر حكومي»، «الناطق باسم حكومة الحركة»; a body is named without the
    #    body it belongs to («خلية الصقور [التابعة لوزارة الداخلية]»)
    if cls & {"body", "group", "media"}:
        b = next((j for j in range(a + 2, b) if st.norms[j].startswith(AFFILIATED)), b)
    if cls:
        sp = Speaker(st.span(a, b).text, st.span(a, b), None, "description", head)
        bism = [j for j in range(a, b) if st.norms[j] in BISM]
        if bism:
            k = bism[0] + 1
            # «والمتحدث الرسمي باسمه عيد عماش»: the pronoun is the principal, a name follows
            u = k if st.norms[bism[0]] not in {"باسم", "بلسان"} else _unit_end(st, k, b)
            if u < b and _plain_word(st, u):
                # «المتحدث باسم طالبان ذبيح الله مجاهد»: the spokesman's own name follows
                e = _name_extent(st, u, b)
                return _name_speaker(st, u, e, head), e
            marked = _marked_name(st, u)
            if u <= b and marked is not None and st.sent_of[u] == st.sent_of[a]:
                # «المتحدث باسم الاحتلال “افيخاي ادرعي”»، «(أبو عبيدة)»: his name, quoted or bracketed
                if u in st.pair_at_open:
                    sa.consumed_pairs.add(st.pair_at_open[u])  # a name, not words said
                return _name_speaker(st, *marked, head), marked[1] + 1
            if k < u:
                sp.principal, _ = _resolve_np(sa, k, u, before)
                if sp.principal.kind != "description" and "title" in _sclasses(st.norms[k])[0]:
                    nm = _name_after_title(st, k, u)
                    if nm is not None:  # «باسم الرئيس الأفغاني أشرف غني» → «الرئيس الأفغاني» later
                        _add_title_alias(sa, k, nm[0], sp.principal)
            sp = Speaker(st.span(a, u).text, st.span(a, u), None, "description", head, sp.principal)
            return sp, u
        return sp, b
    # 10. no head word: most likely a name («داود أوغلو»، «عبد الهادي خالد الخبير ...»), or
    #     an unlisted title with a name after it («البرلماني الألماني نوي»)
    if definite and a + 1 < b and _is_definite(st.norms[a + 1]):
        nm = _name_after_title(st, a, b)
        if nm is not None:
            return _name_speaker(st, nm[0], nm[1], head), nm[1]
        return Speaker(st.span(a, b).text, st.span(a, b), None, "description", head), b
    if definite:  # «وقال الكبيسي»: a family name on its own; what follows is not part of it
        return _name_speaker(st, a, a + 1, head), a + 1
    if b - a > 1 and _nisba_plural(st.norms[a]):
        # «غزاويون التحقوا بتنظيم داعش»، «مسلحون موالون للتنظيم»: people described, not a name
        return Speaker(st.span(a, b).text, st.span(a, b), None, "description", head), b
    e = _name_extent(st, a, b)
    return _name_speaker(st, a, e, head), e


def _untagged_first_name(st: SpeechText, a: int, j: int) -> int:
    """Where a person's name starts that the tagger began at ``j``: one plain word before it that
    follows the title phrase opened at ``a`` («الكولونيل [توكور] غوساو»), else ``j``."""
    k = j - 1
    if k <= a or st.mention_at[k] is not None or not _plain_word(st, k) or not _name_word(st, k):
        return j
    if _accusative(st, k):
        return j  # «الوزير [سابقا] محمد سعيد»: an adverb, not a given name
    before = st.norms[k - 1]
    titled = "title" in _sclasses(before)[0] or _is_definite(before)
    return k if titled and st.mention_at[k - 1] is None else j


def _spoke_as(sa: SpeechAnalysis, entity_id: str | None, head: str) -> bool:
    """Has the entity the tagger linked a «الوزير» to already spoken under that head («وزير
    الموارد المائية معتز موسى»)? Then the link is as good as the last speaker's."""
    return entity_id is not None and any(
        ev.speaker is not None and ev.speaker.entity == entity_id and ev.speaker.head == head
        for ev in sa.events_so_far
    )


def _anaphor(st: SpeechText, j: int) -> bool:
    """A one-word mention that is a definite speaker head («الحركة»، «المتحدث»): the entity
    tagger's link of it is a guess, the speech context (the last speaker) knows better."""
    m = st.mention_at[j]
    if m is None or _mention_end(st, j, len(st.toks)) != j + 1 or (j > 0 and st.mention_at[j - 1] is m):
        return False
    cls, definite = _sclasses(st.norms[j])
    return bool(cls) and definite


SELF_NAMING_VERBS = frozenset({"تطلق", "يطلق", "تسمي", "يسمي"})  # normalized
REFLEXIVES = frozenset({"نفسها", "نفسه", "انفسهم", "نفسهم"})  # normalized
NAME_NOUNS = frozenset({"اسم", "تسميه"})  # normalized: «اسم»، «تسمية»


def _self_named(sa: SpeechAnalysis, a: int, b: int) -> tuple[Speaker, int] | None:
    """«جماعة متشددة تطلق على نفسها اسم «X»»، «مجموعة تسمي نفسها (X)»: a group that names
    itself is the group of that name; the speaker phrase ends after the name."""
    st = sa.st
    n = len(st.toks)
    k = next((j for j in range(a + 1, min(b + 1, n)) if st.norms[j] in SELF_NAMING_VERBS), None)
    if k is None or st.sent_of[k] != st.sent_of[a]:
        return None
    k += 1
    if k < n and st.norms[k] == "علي":
        k += 1
    if k >= n or st.norms[k] not in REFLEXIVES:
        return None
    k += 1
    if k < n and st.norms[k] in NAME_NOUNS:
        k += 1
    if k in st.pair_at_open:
        p = st.pairs[st.pair_at_open[k]]
        inner, end = p.span, p.close_tok + 1
    else:
        close = _paren_close(st, k) if k < n else None
        if close is None:
            return None
        inner, end = st.span(k + 1, close), close + 1
    ent = _actor(inner.text)
    if ent is not None:
        return Speaker(ent.name, inner, ent.id, "entity"), end
    m = st.mention_at[k + 1] if k + 1 < n else None
    if m is not None and m.type != "LOC" and m.span.end >= inner.end:  # the whole name, not a part
        return _entity_speaker(st, m), end
    return Speaker(inner.text, inner, None, "name"), end


def _title_tagged_as_name(st: SpeechText, a: int, b: int) -> bool:
    """«خطيب جمعة النجف صدر الدين القبانجي»: the tagger took the title words at the phrase's
    start for a person; a name that starts after that mention, still inside the phrase, is the
    person who speaks."""
    if "title" not in _sclasses(st.norms[a])[0]:
        return False
    nm = _name_after_title(st, a, b)
    return nm is not None and nm[0] >= _mention_end(st, a, b)


def _plain_word(st: SpeechText, j: int) -> bool:
    """A word that can start a name: no article, no lexicon class, not punctuation."""
    norm = st.norms[j]
    return not (st.is_punct(j) or _is_definite(norm) or _sclasses(norm)[0] or _fclasses(norm) or norm.isdecimal())


def _unit_end(st: SpeechText, j: int, b: int) -> int:
    """End of the entity right after a head or باسم: «باسم [الرئيس الأفغاني أشرف غني]»،
    «مكتب [رئيس الوزراء أحمد داود أوغلو]»، «باسم [طالبان] ذبيح الله مجاهد»."""
    if j >= b:
        return j
    if st.mention_at[j] is not None:
        return _mention_end(st, j, b)
    cls, _ = _sclasses(st.norms[j])
    k = j + 1
    if "title" in cls:
        while k < b and st.mention_at[k] is None and (_is_definite(st.norms[k]) or "title" in _sclasses(st.norms[k])[0]):
            k += 1
        if k < b and st.mention_at[k] is not None:
            return _mention_end(st, k, b)
        nm = _name_after_title(st, j, b)
        return nm[1] if nm else k
    while k < b and _is_definite(st.norms[k]):
        if st.mention_at[k] is not None:
            return _mention_end(st, k, b)  # «حكومة [الحركة]»: the entity ends the unit
        k += 1  # «حكومة الحركة»، «وزارة الداخلية السعودية»
    if k == j + 1 and cls & {"media", "group", "body"} and k < b and not _is_definite(st.norms[k]):
        k += 1  # «حركة طالبان»
    return k


def _mention_end(st: SpeechText, j: int, b: int) -> int:
    m = st.mention_at[j]
    k = j
    while k < len(st.toks) and st.mention_at[k] is m and (k < b or st.norms[k].isdecimal()):
        k += 1  # «الفرقة 30»: a phrase stops before a number, a unit's name does not
    return max(k, j + 1)


def _name_after_head(sa: SpeechAnalysis, a: int, b: int, before: int) -> tuple[Speaker, int] | None:
    st = sa.st
    j = a + 1
    # «وكالة أنباء «الأناضول»»: one more head word may come first
    nxt_cls, nxt_def = _sclasses(st.norms[j]) if j < b else (frozenset(), False)
    if nxt_cls & {"media", "group", "body"} and not nxt_def and j + 1 < b:
        j += 1
    if j >= b and (j not in st.pair_at_open or _is_definite(st.norms[j - 1])):
        return None  # «وطالبت الفرقة «...»»: a definite head is named already; the quote is what it said
    if j in st.pair_at_open:
        p = st.pairs[st.pair_at_open[j]]
        ent = _actor(p.span.text)
        if ent is not None:
            return Speaker(ent.name, p.span, ent.id, "entity"), p.close_tok + 1
        m = st.mention_at[j + 1]
        if m is not None:
            return _entity_speaker(st, m), p.close_tok + 1
        return Speaker(p.span.text, p.span, None, "name"), p.close_tok + 1
    close = _paren_close(st, j)
    if close is not None:  # «جماعة (ولاية سيناء)»
        inner = st.span(j + 1, close)
        m = st.mention_at[j + 1]
        if m is not None and m.type != "LOC":
            return _entity_speaker(st, m), close + 1
        ent = _actor(inner.text)
        if ent is not None:
            return Speaker(ent.name, inner, ent.id, "entity"), close + 1
        return Speaker(inner.text, inner, None, "name"), close + 1
    m = st.mention_at[j]
    if m is not None:
        return _entity_speaker(st, m), _mention_end(st, j, b)
    norm = st.norms[j]
    cls, definite = _sclasses(norm)
    k = j + 1
    if definite and cls and k < len(st.toks) and st.sent_of[k] == st.sent_of[j] and st.norms[k].isdecimal():
        # «قيادة الفرقة 30»: a numbered unit is named by its number, not the last group spoken of
        return Speaker(st.span(j, k + 1).text, st.span(j, k + 1), None, "name", _head_word(norm)), k + 1
    if definite and cls and (j + 1 >= b or not _is_definite(st.norms[j + 1])):
        # «حكومة الحركة»: the group named earlier
        ref = _refer_back(sa, _head_word(norm), cls, before)
        if ref is not None:
            return ref, j + 1
    hit = _actor_prefix(st, a, b) or _actor_prefix(st, j, b)
    if hit is not None:
        ent, e = hit
        return Speaker(ent.name, st.span(j, e), ent.id, "entity"), e
    if definite or norm.endswith(NISBA_ENDINGS) or cls or not _plain_word(st, j):
        return None  # «جماعة يسارية»، «وزارة الخارجية»: a description, not a name
    # one word: in «حركة طالبان السلطة» the next word is already the object; longer names
    # come quoted («حركة «أحرار الشام»») or from the actor lexicon, or are a construct of an
    # unknown word and a definite one («تنظيم [أحفاد الصحابة]»، «جماعة [جند الخلافة]»)
    if _construct_name(st, j, b):
        return _name_speaker(st, j, j + 2), j + 2
    return _name_speaker(st, j, j + 1), j + 1


def _construct_name(st: SpeechText, j: int, b: int) -> bool:
    """Is ``j`` and the definite word after it one name («أحفاد الصحابة»)? Not when that word
    is an attack or a cue's object («تنظيم جند الهجوم»، «مسؤوليته»)."""
    k = j + 1
    if k >= b or st.sent_of[k] != st.sent_of[j] or not _is_definite(st.norms[k]):
        return False
    if st.mention_at[j] is not None or _actor(st.raw(j)) is not None:
        return False  # a known name ends where the tagger or the lexicon says
    norm = st.norms[k]
    return not (_fclasses(norm) or _sclasses(norm)[0] or is_event_noun(norm) or not _name_word(st, k))


def _name_after_title(st: SpeechText, a: int, b: int) -> tuple[int, int] | None:
    """In «الرئيس الأفغاني أشرف غني» the name is the first plain word after a definite word;
    in «قائد شرطة كابل عبد الرحمن رحيمي» it starts at عبد."""
    j = a + 1
    while j < b:
        norm = st.norms[j]
        if norm == "باسم":
            return None  # a spokesman's principal follows, not the speaker's name
        if _sclasses(norm)[0]:
            j += 1  # «قائد شرطة كابل»، «نائب رئيس الوزراء»: still the title
            continue
        starts = norm in NAME_STARTS or (
            not _is_definite(norm) and _is_definite(st.norms[j - 1]) and st.norms[j - 1] not in NAME_PREFIXES
        )
        if starts and _name_word(st, j) and not _complement_not_name(st, j, b) and not _possessed(st, j):
            return (j, _name_extent(st, j, b))
        j += 1
    return None


def _accusative(st: SpeechText, j: int) -> bool:
    """«رجلاً»: an indefinite noun with the accusative alif (not a tagged name)."""
    raw = strip_diacritics(st.raw(j))
    return len(raw) >= 4 and raw.endswith("ا") and not raw.startswith("ال") and st.mention_at[j] is None


def _possessed(st: SpeechText, j: int) -> bool:
    """«ووجه رئيس الهيئة [حديثه]»: a noun with a possessive ـه/ـها/ـهم (written with ه, not ة)
    is an object, not a name."""
    raw = strip_diacritics(st.raw(j))
    return len(raw) >= 4 and raw.endswith(("ه", "ها", "هم")) and st.mention_at[j] is None


def _complement_not_name(st: SpeechText, j: int, b: int) -> bool:
    """«... الحكومية [بإطلاق] النار»: a ب-word is a complement unless it is a known name
    (بشار الأسد، بوتين)."""
    norm = st.norms[j]
    if len(norm) <= 3 or st.mention_at[j] is not None:
        return False
    if norm[0] == "ل":
        # «قائد القوة الجديدة [لقتال] الجماعة»: ل with a verbal noun before its definite object
        return j + 1 < b and _is_definite(st.norms[j + 1]) and _actor(st.raw(j)) is None
    if norm[0] != "ب":
        return False
    return _actor(st.raw(j)) is None and (j + 1 >= b or _actor(st.span(j, j + 2).text) is None)


def _name_extent(st: SpeechText, j: int, b: int) -> int:
    """End of a person's name that starts at ``j``: plain words, and ال words after عبد/أبو or
    that are name parts (ذبيح الله، صلاح الدين)."""
    e = j + 1
    while e < b:
        norm = st.norms[e]
        if norm == "باسم" or _sclasses(norm)[0] & {"title", "description"}:
            if _ends_phrase(st, e + 1) and not _is_definite(norm) and e - j >= 2:
                e += 1  # «محمد رحيم أمين، حاكم ...»: a title word heads nothing at the end; a name
            break
        fcls = _fclasses(norm)
        if "name_part" in fcls or st.norms[e - 1] in NAME_PREFIXES:
            e += 1
            continue
        if _is_definite(norm) and e - j <= 2 and not fcls and not _sclasses(norm)[0]:
            # a family name in ال: «منصور التركي», or any ال word that closes the phrase
            # («سامي الخطيب،»); in «أشرف غني الهجوم» the definite word is the object
            # («اياد البزم المتحدث باسم ...»: a title right after the ال word closes the name)
            titled = e + 1 < b and bool(_sclasses(st.norms[e + 1])[0] & {"title", "description"})
            if norm.endswith("ي") or titled or (e + 1 == b and _ends_phrase(st, e + 1)):
                return e + 1 if _name_word(st, e) else e
        complement = norm[0] == "ب" and len(norm) > 3 and not (_ends_phrase(st, e + 1) or _told_next(st, e + 1))
        if _is_definite(norm) or not _name_word(st, e) or complement:
            break  # «اوهورو كينياتا [بوجود] تهديد»: ب opens a complement (one that ends the phrase,
            # «مدجياوا بكاري.», is a name), names go on with بن only
        e += 1
    return e


def _told_next(st: SpeechText, j: int) -> bool:
    """Does «لوكالة ...»، «للصحافيين» (who was told) start at ``j``? A ب-word right before it ends
    the speaker's name («عبدالستار [بارز] لوكالة فرانس برس»), as a complement would not."""
    if j >= len(st.toks) or st.sent_of[j] != st.sent_of[j - 1]:
        return False
    norm = st.norms[j]
    return norm[:1] == "ل" and (_addressee(norm) or _to_medium(st, j))


def _ends_phrase(st: SpeechText, j: int) -> bool:
    """Does a phrase end before token ``j`` (punctuation, a complementizer, a time word, the end)?"""
    if j >= len(st.toks) or st.sent_of[j] != st.sent_of[j - 1] or st.is_punct(j):
        return True
    cls = _fclasses(st.norms[j])
    if _prophet_blessing(st, j):
        return True  # «عمر بن الخطاب [رضي الله عنه]»
    return bool(cls & {"complementizer", "time"})


def _name_word(st: SpeechText, j: int) -> bool:
    """Can token ``j`` be part of a person's name? Not a function word, a cue, a preposition
    phrase («لوكالة»), a new clause («وعاد») or punctuation."""
    norm = st.norms[j]
    if st.is_punct(j) or _fclasses(norm) or norm.isdecimal() or strip_diacritics(st.raw(j)) in RAW_STOPS:
        return False
    if _prepositional(norm) or (norm[0] == "ل" and (_addressee(norm) or _to_medium(st, j))) or _new_clause(st, j):
        return False
    return not (reporting_cues().match(st.norms, j) or _stance_verb_at(st, j))


def _numbered_unit_of(sp: Speaker, head: str) -> bool:
    """«قيادة الفرقة 30» spoke before; a later «الفرقة» is that unit."""
    words = sp.text.split()  # named as written, or the unit the entities stage found (local name)
    return sp.kind in ("name", "entity") and len(words) == 2 and words[1].isdecimal() and _head_word(normalize_token(words[0])) == head


def _refer_back(sa: SpeechAnalysis, head: str, cls: frozenset[str], before: int) -> Speaker | None:
    """The earlier speaker, channel or name that a definite head («الحركة») refers to."""
    st = sa.st
    if head in sa.medium_speakers:
        return sa.medium_speakers[head]
    for ev in reversed(sa.events_so_far):
        for sp in (ev.speaker, ev.channel):
            if sp is not None and (sp.head == head or _numbered_unit_of(sp, head)):
                return sp
    # «حركة طالبان»، «صحيفة «صنداي تايمز»» earlier in the text
    group_like = bool(cls & {"group"})
    last = min(before, len(st.toks)) - 2
    # only an indefinite media, group or body word can be that head (_names_head): the
    # article's few such words, latest first, not every word before
    (heads,) = SPEECH_WORDS.words_in(st.norms, "name_head")
    for j in reversed(positions_of(st.norms, heads)):
        if j > last:
            continue
        h = _head_word(st.norms[j])
        jcls, jdef = _sclasses(st.norms[j])
        if jdef or not (h == head or (group_like and "group" in jcls)) or not jcls & {"media", "group", "body"}:
            continue
        named = _name_after_head(sa, j, min(j + 4, len(st.toks)), j)
        if named is not None:
            sp = named[0]
            sp.head = head
            return sp
    return None


def _resolve_speakers(sa: SpeechAnalysis) -> None:
    sa.events_so_far = []
    last: Speaker | None = None
    last_at = (-1, -1)  # (paragraph, sentence) of the last explicit speaker
    last_event: SpeechEvent | None = None
    spoke_in = -1  # paragraph of the last event with a speaker
    st = sa.st
    paragraph_of = st.paragraph_of
    for ev in sa.events:
        if ev.kind == "transmit":
            if ev.np:
                ev.channel, _ = _resolve_np(sa, ev.np[0], ev.np[1], ev.cue[0])
            src, desc = ev.source_np, ev.chain_description
            if desc is not None:
                ev.speaker = Speaker(desc.text, desc, None, "description", _head_word(normalize_token(desc.text.split()[0])))
                ev.speaker.principal = _principal_in(sa, desc)
            elif src is not None:
                ev.speaker, ev.extent = _resolve_np(sa, src[0], src[1], ev.cue[0])
            else:
                ev.speaker = ev.channel
        elif ev.np is not None and last is not None and _same_source(st, ev.np):
            # «وبحسب المصدر نفسه»: the source last named, or the last one of the same head
            # («المصادر ذاتها» after «... نقلا عن مصادر أمنية»)
            ev.speaker, ev.extent = _same_head_speaker(sa, ev.np) or last, ev.np[1]
        elif ev.np is not None:
            ev.speaker, ev.extent = _resolve_np(sa, ev.np[0], ev.np[1], ev.cue[0])
            if st.pair_at_open.get(ev.np[1], -1) in sa.consumed_pairs and ev.extent > ev.np[1]:
                # «المتحدث باسم الجماعة “قاري حمزة” إن ...»: the quoted name ends the phrase; what
                # was said starts after it
                ev.content = _content_start(st, ev.extent, ev.sentence)
            if ev.speaker.kind == "description":
                named = _name_in_commas(sa, ev.np[1])
                if named is not None:  # «وقالت نائبة المتحدث باسم الحكومة، كريستيانه فيرتس، إن»
                    _add_title_alias(sa, ev.np[0], ev.np[1], named[0])
                    ev.speaker, ev.extent = named
        elif ev.kind in ("participle", "stance_participle", "stance_noun"):
            ev.speaker = _sentence_speaker(sa, ev) or last
        else:
            # «... الفرع المحلي لتنظيم داعش ...، وأعلن مسؤوليته»: a coordinated verb shares the
            # sentence's subject; «وأضافت:» at a sentence start continues the last speaker; a
            # stance verb right before its object and with no subject («ووجهت الاتهامات ...»,
            # likely passive) only the speaker of its paragraph or the sentence before
            near = (
                not _object_follows(st, ev) or last_at[0] == paragraph_of[ev.cue[0]] or last_at[1] >= ev.sentence - 1
            )
            # a speaker last heard several paragraphs back is no longer the one talking: news
            # names the speaker again after a stretch of narration («وقال في مذكراته» of another)
            recent = paragraph_of[ev.cue[0]] - spoke_in <= MAX_SILENT_PARAGRAPHS
            ev.speaker = _sentence_speaker(sa, ev) or (last if near and recent and not ev.embedded else None)
        if ev.speaker is not None:
            spoke_in = paragraph_of[ev.cue[0]]
        if ev.explicit and ev.speaker is not None and ev.kind != "after":
            if last_event is not None and paragraph_of[last_event.cue[0]] == paragraph_of[ev.cue[0]]:
                _name_for_title(sa, last_event, ev)
            last = ev.speaker
            last_event = ev
            last_at = (paragraph_of[ev.cue[0]], ev.sentence)
            if ev.extent is not None and ev.speaker.kind != "description":
                _learn_apposition(sa, ev.extent, ev.speaker)
            _note_medium(sa, ev)
        sa.events_so_far.append(ev)


SAME_WORDS = frozenset({"نفسه", "نفسها", "ذاته", "ذاتها"})  # normalized: «المصدر نفسه»، «المصادر ذاتها»


def _same_source(st: SpeechText, np: tuple[int, int]) -> bool:
    """«المصدر نفسه»، «نفس المصدر»: a speaker phrase that says it is the source named before."""
    a, b = np
    if b - a == 1 and b < len(st.toks) and st.sent_of[b] == st.sent_of[a]:
        b += 1  # the phrase may stop before «نفسه»
    if b - a != 2 or not _sclasses(st.norms[a + 1] if st.norms[a] == "نفس" else st.norms[a])[0]:
        return False
    return st.norms[b - 1] in SAME_WORDS or st.norms[a] == "نفس"


def _same_head_speaker(sa: SpeechAnalysis, np: tuple[int, int]) -> Speaker | None:
    """The latest speaker (a source cited through «نقلا عن» included) whose head word is the
    head of a «... نفسه/ذاته» phrase: «المصادر ذاتها» are the last «مصادر» named."""
    st = sa.st
    a = np[0] + 1 if st.norms[np[0]] == "نفس" else np[0]
    head = _head_word(st.norms[a])
    for ev in reversed(sa.events_so_far):
        if ev.speaker is not None and ev.speaker.head == head:
            return ev.speaker
    return None


def _name_for_title(sa: SpeechAnalysis, prev: SpeechEvent, ev: SpeechEvent) -> None:
    """«أعلنت رئيسة «اتحاد الصحافيين» أن ... وقالت إلسا غونزاليس ...»: a person named with no
    title in the sentence right after a speaker described only by a title is that speaker, so
    a later «رئيسة اتحاد الصحافيين» is she."""
    st = sa.st
    if prev.np is None or ev.np is None or prev.speaker is None or ev.speaker is None:
        return
    if prev.speaker.kind != "description" or ev.speaker.kind != "entity" or ev.sentence != prev.sentence + 1:
        return
    m = st.mention_at[ev.np[0]]
    if m is None or m.type != "PER" or "title" not in _sclasses(st.norms[prev.np[0]])[0]:
        return
    words = [st.norms[j] for j in range(prev.np[0], prev.np[1]) if not st.is_punct(j)]
    for n in range(2, len(words) + 1):
        sa.aliases.setdefault(" ".join(words[:n]), ev.speaker)


def _object_follows(st: SpeechText, ev: SpeechEvent) -> bool:
    """Is a stance verb followed right away by the noun it needs («وجهت [الاتهامات]»)?"""
    b = ev.cue[1]
    return (
        ev.kind == "stance_verb" and ev.stance is not None and bool(ev.stance.needs) and b < len(st.toks)
        and needs_met(ev.stance.needs, st.norms[b]) and not _prepositional_object(st.norms[b])
    )


def _name_in_commas(sa: SpeechAnalysis, j: int) -> tuple[Speaker, int] | None:
    """A name set off by commas right after a title: «، كريستيانه فيرتس،»."""
    st = sa.st
    n = len(st.toks)
    if j + 1 >= n or st.raw(j) not in {"،", ","} or st.sent_of[j + 1] != st.sent_of[j] or not _plain_word(st, j + 1):
        return None
    e = _name_extent(st, j + 1, min(j + 6, n))
    if e >= n:
        return None
    closes = st.raw(e) in {"،", ",", ":"} or bool(_fclasses(st.norms[e]) & {"time", "stop", "complementizer"})
    m = st.mention_at[j + 1]
    if closes and m is not None and m.type == "PER":  # a tagged name: its entity
        return _entity_speaker(st, m), e
    sp = _name_speaker(st, j + 1, e)
    if closes and (e - (j + 1) >= 2 or sp.kind == "entity"):
        return sp, e
    return None


def _note_medium(sa: SpeechAnalysis, ev: SpeechEvent) -> None:
    """«وقالت الرئاسة الفرنسية في بيان»: a later «البيان» is the presidency's."""
    st = sa.st
    start = ev.extent if ev.extent is not None else ev.cue[1]
    # «وقالت بعثة الأمم المتحدة [التي يرأسها برناردينو ليون] في بيان:»: a relative clause may come
    # between; what was said (a colon, a quote, إن) ends the search
    for j in range(start, min(start + MEDIUM_NOTE_REACH, len(st.toks) - 1)):
        if st.sent_of[j] != ev.sentence or st.raw(j) == ":" or j in st.pair_at_open:
            break
        if j > start + 3 and "complementizer" in _fclasses(st.norms[j]):
            break
        if st.norms[j] == "في" and "medium" in _fclasses(st.norms[j + 1]) and ev.speaker is not None:
            sa.medium_speakers[_head_word(st.norms[j + 1])] = ev.speaker
            break


def _learn_apposition(sa: SpeechAnalysis, e: int, sp: Speaker) -> None:
    """«الأمير فيصل بن خالد، أمير منطقة عسير»: the title after a name names that person later."""
    st = sa.st
    if e + 1 < len(st.toks) and st.raw(e) in {"،", ","} and "title" in _sclasses(st.norms[e + 1])[0]:
        np = _parse_np(sa, e + 1, st.sent_of[e + 1])
        if np is not None:
            _add_title_alias(sa, np[0], np[1], sp)


def _principal_in(sa: SpeechAnalysis, span: Span) -> Speaker | None:
    """«قيادي رفيع في طالبان»: a named actor inside a quoted description."""
    st = sa.st
    for j, (s, e) in enumerate(st.toks):
        m = st.mention_at[j]
        if s >= span.start and e <= span.end and m is not None:
            return _entity_speaker(st, m)
    return None


def _sentence_speaker(sa: SpeechAnalysis, ev: SpeechEvent) -> Speaker | None:
    """Who a participle («مشيراً») or a stance noun speaks for: this sentence's speaker."""
    for prev in reversed(sa.events_so_far):
        if prev.sentence != ev.sentence:
            break
        if prev.speaker is not None:
            return prev.speaker  # «وفق ما أفاد به مصدر حكومي ...، مشيراً»: the source goes on
    return _sentence_subject(sa, ev.sentence, ev.cue[0])


def _sentence_subject(sa: SpeechAnalysis, sent: int, before: int, *, speech: bool = True) -> Speaker | None:
    """The first person or organisation named in the sentence; without entity mentions, the
    phrase after a sentence-initial verb-like word («وحمل مسعود بارزاني ...»); with them, in a
    sentence with a speech cue (``speech``), a phrase of people after it («وتعهد بعض المتظاهرين»)."""
    st = sa.st
    s0 = st.sent_tokens[sent][0]
    for j in range(s0, before):
        m = st.mention_at[j]
        if m is not None and m.type in ("PER", "ORG") and not _prepositional(st.norms[j]):
            return _entity_speaker(st, m)  # «وصفت ... [بالميليشيات]»: a ب/ل phrase is no subject
    if s0 + 1 >= before:
        return None
    tagged = any(m is not None for m in st.mention_at)
    first = st.norms[s0]
    if first[0] in "وف" and len(first) > 3 and _plain_word(st, s0) and not reporting_cues().match(st.norms, s0):
        # with entity mentions, only a phrase that names people counts («وتعهد بعض المتظاهرين»),
        # not any noun after a verb («وشهدت المدينة»)
        if tagged and not (speech and _people_word(st, s0 + 1)):
            return None
        np = _parse_np(sa, s0 + 1, sent)
        if np is not None and np[1] <= before and not _complement_phrase(sa, np):
            return _resolve_np(sa, np[0], np[1], before)[0]
    return None


def _people_word(st: SpeechText, j: int) -> bool:
    """Does token ``j`` name people or a body: a quantifier (بعض، عدد), a speaker head word,
    a known actor, or a definite plural of people (المتظاهرون، المسلحين)?"""
    norm = st.norms[j]
    if st.is_punct(j):
        return False
    if "quantifier" in _fclasses(norm) or _sclasses(norm)[0] or _actor(st.raw(j)) is not None:
        return True
    return _is_definite(norm) and norm.endswith(("ون", "ين")) and not _fclasses(norm)


# ------------------------------------------------------------------ quotes


def _is_name(sa: SpeechAnalysis, p: QuotePair) -> bool:
    """Entity names in quotation marks are names, not speech."""
    st = sa.st
    k = st.pair_at_open[p.open_tok]
    if k in sa.name_pairs:
        return True
    if _names_quote(sa, p):
        sa.name_pairs.add(k)
        return True
    # «أولد ستريت» و«وايت تشابيل»: coordinated with a quoted name (names are short: after
    # «محطة «تي في أي»، «في الوقت الحاضر ...»» the second quote is what was said)
    if k > 0 and k - 1 in sa.name_pairs and _word_count(st, p) <= MAX_NAME_WORDS:
        prev = st.pairs[k - 1]
        between = [st.norms[j] for j in range(prev.close_tok + 1, p.open_tok)]
        if between and all(w in {"و", "او", ",", "،"} for w in between):
            sa.name_pairs.add(k)
            return True
    return False


def _names_quote(sa: SpeechAnalysis, p: QuotePair) -> bool:
    st = sa.st
    inner = range(p.open_tok + 1, p.close_tok)
    ms = {id(st.mention_at[j]) for j in inner if st.mention_at[j] is not None}
    # one name, or a list of them: «العريش والشيخ زويد ورفح» (a word the tagger named elsewhere
    # in the article counts as a name here too)
    if ms and all(
        st.mention_at[j] is not None or st.norms[j] == "و" or _named_elsewhere(sa, st.norms[j])
        for j in inner if not st.is_punct(j)
    ):
        return True
    for j in (p.open_tok - 1, p.open_tok - 2):
        if j < 0 or st.sent_of[j] != st.sent_of[p.open_tok]:
            break
        norm = st.norms[j]
        heads, definite = _sclasses(norm)
        if not heads and len(norm) > 3 and norm[0] in "لب":
            heads, definite = _sclasses(norm[1:])  # «لقناة «تي في إي»»
        fcls = _fclasses(norm)
        # «جاء فيه: «...»»: فيه normalizes as فئة does; the pronoun reading wins
        name_intro = "name_intro" in fcls and "complement" not in fcls
        if name_intro and norm in {"ل", "ب"} and _word_count(st, p) > MAX_NAME_WORDS:
            name_intro = False  # «يخططون لـ"سلسلة عمليات إرهابية في المغرب"»: a quoted phrase, not a name
        if name_intro or (heads & {"media", "group", "body"} and not definite):
            if j == p.open_tok - 1 or st.norms[p.open_tok - 1] in {"ب", "ل"} or st.raw(p.open_tok - 1) == ":":
                return True
        if j == p.open_tok - 1 and norm not in {"ب", "ل"} and st.raw(j) != ":":
            break
    key = _key(p.span.text)
    if key in sa.names_after_heads:
        return True
    # «الموقع المصري «الوطن»»: a medium and its adjective before a short quoted name
    j = p.open_tok - 1
    if j > 0 and _is_definite(st.norms[j]) and st.norms[j].endswith(("ي", "يه")) and _word_count(st, p) <= 3:
        if "media" in _sclasses(st.norms[j - 1])[0]:
            return True
    first_cls, first_def = _sclasses(st.norms[p.open_tok + 1])
    if first_cls & {"media", "group", "body"} and not first_def and _word_count(st, p) <= 4:
        return True
    if _kunya(st, p) or _speaker_name_word(sa, p):
        return True
    return _actor(p.span.text) is not None


KUNYA_STARTS = ("ابو", "ام")  # normalized: «أبو جعفر»، «أبوجعفر السوداني»، «أم محمد»
KUNYA_WORDS = 3


def _kunya(st: SpeechText, p: QuotePair) -> bool:
    """«إن «أبوجعفر السوداني» قام بتفجير ...»: a short quoted stretch opening with أبو/أم is a
    fighter's or a person's by-name, not speech."""
    first = st.norms[p.open_tok + 1]
    return _word_count(st, p) <= KUNYA_WORDS and (
        first in KUNYA_STARTS or (first.startswith("ابو") and len(first) > 4)
    )


def _speaker_name_word(sa: SpeechAnalysis, p: QuotePair) -> bool:
    """«وشدد "البزم" على أن ...»: one quoted word that is part of a speaker's name given before
    («الناطق باسم الوزارة إياد البزم») is that name."""
    st = sa.st
    if _word_count(st, p) != 1:
        return False
    word = st.norms[p.open_tok + 1]
    for ev in sa.events:
        sp = ev.speaker
        if ev.cue[0] >= p.open_tok:
            break
        if sp is not None and sp.kind in ("name", "entity") and sp.span is not None and sp.span.end <= st.toks[p.open_tok][0]:
            if word in {normalize_token(w) for w in sp.span.text.split()[1:]}:
                return True
    return False


def _named_elsewhere(sa: SpeechAnalysis, norm: str) -> bool:
    """Is a word (or it without a و) a one-word entity mention somewhere in the article?"""
    if sa.mention_words is None:
        st = sa.st
        sa.mention_words = {
            st.norms[j] for j, m in enumerate(st.mention_at)
            if m is not None and (j == 0 or st.mention_at[j - 1] is not m) and _mention_end(st, j, len(st.toks)) == j + 1
        }
    return any(form in sa.mention_words for form in bare_forms(norm))


def _word_count(st: SpeechText, p: QuotePair) -> int:
    text = st.text  # (not is_punct per token: this reads every token of every quote)
    return sum(1 for s, e in st.toks[p.open_tok + 1:p.close_tok] if any(map(str.isalnum, text[s:e])))


def governing_event(sa: SpeechAnalysis, p: QuotePair) -> tuple[SpeechEvent | None, SpeechEvent | None]:
    """The speech event before the quote in its sentence, and an after-cue («حسب X») after it."""
    st = sa.st
    sent = st.sent_of[p.open_tok]
    before = None
    for ev in sa.events:
        if ev.sentence == sent and ev.cue[1] <= p.open_tok and ev.speaker is not None:
            before = ev  # «ووفقا لمصدر أمني، تم نشر ... «...»»: a source before counts too
        if ev.cue[0] > p.open_tok:
            break
    if (
        before is not None and before.content is not None and _relative_between(st, before.content, p.open_tok)
        and not _negated_predicate(st, p)
    ):
        before = None  # «... بأنه «قائد» التي صنّفتها واشنطن «منظمة إرهابية»»: another clause
    after = None
    close_sent = st.sent_of[p.close_tok]
    for ev in sa.events:
        if (ev.kind == "after" or ev.own_words) and ev.cue[0] > p.close_tok and ev.sentence == close_sent:
            gap = [j for j in range(p.close_tok + 1, ev.cue[0]) if not st.is_punct(j)]
            if len(gap) <= 1:
                after = ev
            break
    return before, after


def _negated_predicate(st: SpeechText, p: QuotePair) -> bool:
    """«أن الشبكة التي ضبطت ... «لا علاقة لها» بالتفجير»: a quote that opens with a negator is
    the predicate of what was said, not a label inside the relative clause before it."""
    first = p.open_tok + 1
    return first < p.close_tok and st.norms[first] in PREDICATE_NEGATORS


def _relative_between(st: SpeechText, a: int, b: int) -> bool:
    return any(st.inside[j] == -1 and "relative" in _fclasses(st.norms[j]) for j in range(a, b))


def _tight(sa: SpeechAnalysis, ev: SpeechEvent, p: QuotePair) -> bool:
    """A one-word quote must be what the cue governs: «استنكر الناطق «...»»، «قوله إن هذه التقارير «...»»."""
    st = sa.st
    start = ev.content if ev.content is not None else (ev.extent or ev.cue[1])
    if ev.content is None and ev.np is not None:
        start = ev.np[1]
    words = [j for j in range(start, p.open_tok) if not st.is_punct(j) and st.norms[j] not in {"ب", "ل"}]
    return len(words) <= 3


def extract_quote_list(sa: SpeechAnalysis) -> list[Quote]:
    """Direct quotes (speech in quotation marks, not names) and indirect ones, in text order."""
    st = sa.st
    quotes: list[Quote] = []
    for k, p in enumerate(st.pairs):
        if k in sa.consumed_pairs or _is_name(sa, p):
            continue
        words = _word_count(st, p)
        ev, after = governing_event(sa, p)
        speaker: Speaker | None = None
        channel: Speaker | None = None
        cue: Span | None = None
        if ev is not None:
            if words == 1 and not _tight(sa, ev, p):
                continue
            speaker, channel, cue = ev.speaker, ev.channel, st.span(*ev.cue)
            if channel is None and after is not None and after.kind == "after":
                channel = after.speaker
        elif after is not None:
            speaker, cue = after.speaker, st.span(*after.cue)
        elif words >= 4 or (p.open_tok > 0 and st.raw(p.open_tok - 1) == ":" and words >= 2):
            source = _sentence_source(sa, p)
            if source is not None:
                speaker, cue = source.speaker, st.span(*source.cue)
            else:
                speaker = _fallback_speaker(sa, p.open_tok)
        else:
            continue
        if channel is None and ev is not None:
            channel = _channel_in_sentence(sa, st.sent_of[p.open_tok])
        quotes.append(_make_quote(p.span, speaker, cue, channel, True))
    quotes.extend(_indirect_quotes(sa))
    quotes.sort(key=lambda q: q.span.start)
    return quotes


def _sentence_source(sa: SpeechAnalysis, p: QuotePair) -> SpeechEvent | None:
    """«نفذتهما فتاتان «يقل عمرهما عن 15 عاما» ...، بحسب حاكم المنطقة»: a source set off by a
    comma at the end of the sentence vouches for all of it, so for an uncued quote in it too
    (unless another speech event comes between)."""
    st = sa.st
    sent = st.sent_of[p.close_tok]
    for ev in sa.events:
        if ev.sentence != sent or ev.cue[0] <= p.close_tok:
            continue
        if ev.kind == "after" and ev.speaker is not None and st.raw(ev.cue[0] - 1) in {"،", ","}:
            return ev
        return None
    return None


def _channel_in_sentence(sa: SpeechAnalysis, sent: int) -> Speaker | None:
    for ev in sa.events:
        if ev.sentence == sent and ev.kind == "after" and ev.speaker is not None:
            return ev.speaker
    return None


def _fallback_speaker(sa: SpeechAnalysis, tok: int) -> Speaker | None:
    st = sa.st
    # an uncued quote: «ومهمة الحكومة برأيه «...»» starts with a noun, not a verb, so only a
    # named subject counts here, else the last speaker goes on
    subject = _sentence_subject(sa, st.sent_of[tok], tok, speech=False)
    if subject is not None:
        return subject
    last = None
    spoke_at = -1  # token of the last event with a speaker
    for ev in sa.events:
        if ev.cue[0] >= tok:
            break
        if ev.speaker is not None:
            spoke_at = ev.cue[0]
        if ev.explicit and ev.speaker is not None and ev.kind != "after":
            last = ev.speaker
    if last is None or st.paragraph_of[tok] - st.paragraph_of[spoke_at] > MAX_SILENT_PARAGRAPHS:
        return None  # the last speaker is paragraphs back: the article has moved on
    return last


def _make_quote(span: Span, sp: Speaker | None, cue: Span | None, ch: Speaker | None, direct: bool) -> Quote:
    return Quote(
        span=span,
        speaker=sp.text if sp else None,
        speaker_span=sp.span if sp else None,
        speaker_entity=sp.entity if sp else None,
        cue=cue,
        channel=ch.text if ch else None,
        channel_span=ch.span if ch else None,
        direct=direct,
        confidence=1.0 if sp else 0.5,
    )


_INDIRECT_KINDS = {"say", "add", "transmit", "stance_verb"}


def _indirect_quotes(sa: SpeechAnalysis) -> list[Quote]:
    """«قال X إن ...» without quotation marks: the clause after إن/أن, to the sentence end."""
    st = sa.st
    out: list[Quote] = []
    for ev in sa.events:
        if ev.kind not in _INDIRECT_KINDS or ev.content is None or ev.content in st.pair_at_open:
            continue
        c = ev.content
        if c >= len(st.toks) or st.sent_of[c] != ev.sentence or st.inside[c] != -1:
            continue
        if c > 0 and st.raw(c - 1) == ":":
            continue
        end = st.sent_tokens[ev.sentence][1]
        e = c
        while e < end and e not in st.pair_at_open:
            e += 1
        while e > c and st.is_punct(e - 1):
            e -= 1
        if e - c < 2:
            continue
        out.append(_make_quote(st.span(c, e), ev.speaker, st.span(*ev.cue), ev.channel, False))
    return out


_last: list[tuple[Doc, SpeechAnalysis]] = []  # the quotes stage's analysis, reused by statements


def speech_of(doc: Doc) -> SpeechAnalysis:
    """The speech analysis of ``doc``, computed once for the quote and statement stages."""
    if _last and _last[0][0] is doc:
        return _last[0][1]
    sa = analyze_speech(doc)
    _last[:] = [(doc, sa)]
    return sa


def extract_quotes(doc: Doc) -> None:
    """Pipeline stage: direct and indirect quotations with speakers into ``doc.analysis.quotes``."""
    sa = speech_of(doc)
    doc.analysis.quotes.extend(extract_quote_list(sa))
