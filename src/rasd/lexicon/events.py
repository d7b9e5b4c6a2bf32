"""Event lexicons (triggers, casualty and claim cues, actor descriptions, ontology) and
the phrase matcher that finds them in Arabic text.

The lexicons are TSV files in ``lexicon/data`` (``event_*.tsv``); this module only
loads them. Matching happens on normalized tokens: a pattern word matches a token
when the token, after removing guarded proclitics (و ف ب ل ك ال لل), equals the
word or the word plus one inflectional/pronoun suffix. So ``تفجير`` matches
``والتفجير``, ``بتفجيرين`` and ``تفجيرها``; a ta marbuta word (``غارة``) also
matches its suffixed form (``غارتها``). A pattern word ending in ``*`` matches any
token that starts with it; one starting with ``=`` must not carry the article
(``=فجر`` is the verb "blew up", not ``الفجر`` "dawn"); a word ending in ``!`` takes no
suffix (``في حال!`` "in case", not ``في حالة خطرة`` "in a critical state"; ``اي!`` "any",
not ``ولاية`` read as و ل + ``اي`` + ه). ``...`` between words
allows a gap of a few tokens (``صنف ... ارهابي``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from sys import intern

from rasd.arabic.lexdata import read_tsv
from rasd.arabic.lexdata import word_set as word_set  # re-exported: the events stage reads lex.word_set
from rasd.arabic.memo import MEMO_LIMIT, WordMemo, word_memo
from rasd.arabic.normalize import normalize, normalize_token

# Endings a pattern word may carry in running text: case/plural/dual endings, the
# feminine -t of verbs and attached pronouns. Longest first so the loop below tries
# every split. Kept here (not in a data file) because it is grammar, not vocabulary.
SUFFIXES: tuple[str, ...] = (
    "تهما", "تهم", "تها", "هما", "هم", "ها", "ات", "ان", "ين", "ون", "وا", "تا", "ته", "ا", "ه", "ت", "و", "",
)
# (No nisba endings ي/ية: "اجتماعي" is "social", not "a meeting"; lexicons list such forms.)
GAP = "..."
MAX_GAP = 6


def load_tsv(name: str) -> list[list[str]]:
    """Rows of a lexicon TSV (``#`` lines and blank lines skipped, cells stripped), as lists."""
    return [list(row) for row in read_tsv(name)]


def token_candidates(norm_token: str) -> list[str]:
    """The token and its forms without proclitics (guarded by a minimum stem length)."""
    return list(candidate_forms(norm_token))


# Per-token results are memoized (rasd.arabic.memo.MEMO_LIMIT entries each): news vocabulary
# repeats heavily, and the event rules ask about the same tokens over and over.


@word_memo(MEMO_LIMIT)  # a known word is a C-level dict read: asked for every token by several stages
def candidate_forms(norm_token: str) -> tuple[str, ...]:
    """``token_candidates`` as a shared tuple (memoized): for lookups that only read it."""
    # interned: the forms are the words other memos are asked about (one string per word)
    return tuple(map(intern, _compute_candidates(norm_token)))


def _compute_candidates(norm_token: str) -> list[str]:
    out = [norm_token]
    heads = [norm_token]
    if len(norm_token) >= 3 and norm_token[0] in "وف":
        heads.append(norm_token[1:])
    for h in list(heads):
        if len(h) > 4 and h.startswith("لل"):
            heads.append("ال" + h[2:])
        elif len(h) > 3 and h[0] in "بلك":
            heads.append(h[1:])
    for h in heads:
        if h not in out:
            out.append(h)
        if len(h) > 4 and h.startswith("ال") and h[2:] not in out:
            out.append(h[2:])
    return out


@dataclass(frozen=True)
class Pattern:
    words: tuple[str, ...]  # normalized words; GAP allowed between words
    value: tuple[str, ...]  # the remaining TSV columns
    text: str  # the pattern as written in the file


@dataclass(frozen=True)
class Hit:
    pattern: Pattern
    start: int  # first token index
    end: int  # one past the last token index


_word_memo: dict[tuple[str, str], bool] = {}


def _word_matches_token(word: str, norm_token: str) -> bool:
    """``_word_matches`` of a pattern word against one normalized token, memoized."""
    key = (word, norm_token)
    got = _word_memo.get(key)
    if got is None:
        if len(_word_memo) >= MEMO_LIMIT:
            _word_memo.clear()
        got = _word_memo[key] = _word_matches(word, candidate_forms(norm_token))
    return got


def _word_matches(word: str, cands: list[str] | tuple[str, ...]) -> bool:
    if word.startswith("="):
        word = word[1:]
        # only forms that were not reached by removing the article
        cands = [c for c in cands if "ال" + c not in cands and "لل" + c[2:] not in cands]
    if word.endswith("*"):
        stem = word[:-1]
        return any(c.startswith(stem) for c in cands)
    if word.endswith("!"):
        return word[:-1] in cands
    for c in cands:
        if c == word:
            return True
        if c.startswith(word) and c[len(word):] in _SUFFIX_SET:
            return True
        # ta marbuta (normalized to ه) turns into ت before a suffix: غارة → غارتها
        if word.endswith("ه") and c.startswith(word[:-1] + "ت") and c[len(word):] in _SUFFIX_SET:
            return True
    return False


def _is_plain(word: str) -> bool:
    """A pattern word with no ``=``/``*``/``!`` mark and two letters or more: it matches a token
    exactly when it is among the token's ``_first_keys`` (a form less a suffix, with a final ت
    read as ta marbuta: the very cases ``_word_matches`` tries; keys are 2 letters or more)."""
    return len(word) >= 2 and word != GAP and not word.startswith("=") and not word.endswith(("*", "!"))


def _wild_need(word: str) -> str:
    """The start every form matching the pattern word has (for a quick test)."""
    word = word.removeprefix("=")
    if word.endswith(("*", "!")):
        return word[:-1]
    return word[:-1] if word.endswith("ه") else word  # غارة: also غارت+suffix


_SUFFIX_SET = frozenset(SUFFIXES)
# Suffix lengths by a form's last letter, longest first: a form ends with at most one suffix
# of each length, so this visits its suffixes in the order of SUFFIXES (and a form whose last
# letter ends no suffix tries only the empty one).
_SUFFIX_LENGTHS_BY_LAST: dict[str, tuple[int, ...]] = {
    s[-1]: tuple(sorted({len(x) for x in SUFFIXES if x.endswith(s[-1])} | {0}, reverse=True))
    for s in SUFFIXES if s
}
_NO_SUFFIX = (0,)


def _first_keys(cands: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The first-word keys a token's forms can match, in matching order (the same for
    every lexicon, so computed once per token): each form less one suffix, and with a
    final ت read as a ta marbuta (غارتها → غاره)."""
    out: dict[str, None] = {}
    for c in cands:
        n = len(c)
        if not n:
            continue
        for length in _SUFFIX_LENGTHS_BY_LAST.get(c[-1], _NO_SUFFIX):
            if length > n or (length and c[n - length:] not in _SUFFIX_SET):
                continue
            base = c[: n - length]
            if len(base) < 2:
                continue
            out.setdefault(base)
            if base.endswith("ت"):
                out.setdefault(base[:-1] + "ه")
    return tuple(map(intern, out))  # keys recur across tokens: one string each


@word_memo(MEMO_LIMIT)  # every lexicon asks for it: one entry per word
def token_first_keys(norm_token: str) -> tuple[str, ...]:
    """``_first_keys`` of a token's forms, memoized by token."""
    return _first_keys(candidate_forms(norm_token))


class PhraseMatcher:
    """Finds lexicon patterns in a sequence of normalized tokens."""

    def __init__(self, patterns: list[Pattern]):
        self.patterns = patterns
        self._by_first: dict[str, list[Pattern]] = {}
        self._wild: list[Pattern] = []
        # Patterns starting at a token, per token: a known token is a C-level dict read
        self._firsts_memo: WordMemo = WordMemo(self._firsts_at, MEMO_LIMIT)
        for p in patterns:
            first = p.words[0]
            if first.endswith(("*", "!")) or first.startswith("="):
                self._wild.append(p)
            else:
                self._by_first.setdefault(first, []).append(p)
        self._first_words = frozenset(self._by_first)
        # What every form matching a wild first word starts with (see _word_matches)
        self._wild_needs = tuple({_wild_need(p.words[0]) for p in self._wild})
        _register_starts(self._first_words, self._wild_needs)
        self._index: _StartIndex | None = None  # where patterns start in the list asked most lately
        self._asked_of: list[str] | None = None  # the list scanned without an index, and how much
        self._asked = 0
        # Second words without marks: such a word matches a token exactly when it is one of the
        # token's first-word keys (as a plain first word does), so no (word, token) memo is needed
        self._plain_seconds = frozenset(p.words[1] for p in patterns if len(p.words) > 1 and _is_plain(p.words[1]))

    @classmethod
    def from_rows(cls, rows: list[list[str]]) -> PhraseMatcher:
        pats = []
        for row in rows:
            words = tuple(_pattern_word(w) for w in row[0].split())
            if words:
                pats.append(Pattern(words, tuple(row[1:]), row[0]))
        return cls(pats)

    def _firsts_of(self, norm_token: str) -> tuple[tuple[Pattern, str | None], ...]:
        """Patterns whose first word matches the token, each with its second word (None for a
        one-word pattern), memoized per token."""
        return self._firsts_memo(norm_token)  # type: ignore[no-any-return]

    def _firsts_at(self, norm_token: str) -> tuple[tuple[Pattern, str | None], ...]:
        """``_firsts_of`` computed."""
        keys = token_first_keys(norm_token)
        if not self._wild and self._first_words.isdisjoint(keys):
            return ()  # the common case, without building anything
        return tuple((p, p.words[1] if len(p.words) > 1 else None)
                     for p in self._firsts(candidate_forms(norm_token), keys))

    def _firsts(self, cands: list[str] | tuple[str, ...], keys: tuple[str, ...]) -> list[Pattern]:
        """Patterns whose first word matches one of the forms (``keys``: their ``_first_keys``)."""
        found: list[Pattern] = []
        seen: set[Pattern] = set()  # equal patterns count once, as before
        by_first = self._by_first
        for key in keys:
            for p in by_first.get(key, ()):
                if p not in seen:
                    seen.add(p)
                    found.append(p)
        if not self._wild or not any(c.startswith(self._wild_needs) for c in cands):
            return found  # no form starts as a wild first word must
        matched: dict[str, bool] = {}  # several wild patterns share a first word ("استهدف*")
        for p in self._wild:
            word = p.words[0]
            ok = matched.get(word)
            if ok is None:
                ok = matched[word] = _word_matches(word, cands)
            if ok and p not in seen:
                seen.add(p)
                found.append(p)
        return found

    def find(self, tokens: list[str], start: int = 0, end: int | None = None) -> list[Hit]:
        """All pattern hits in ``tokens[start:end]`` (tokens already normalized)."""
        end = len(tokens) if end is None else min(end, len(tokens))
        start = max(0, start)
        index = self._index
        if index is None or index.tokens is not tokens or tokens[start:end] != index.snapshot[start:end]:
            index = self._index_for(tokens, end - start)
            if index is None:
                return self._find_scanning(tokens, start, end)
        # the hits depend on tokens[start:end] alone, and those are the indexed ones
        starts = index.starts
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        if lo == hi:
            return []
        return self._hits_at(tokens, end, starts[lo:hi], index.firsts[lo:hi])

    def _index_for(self, tokens: list[str], asked: int) -> _StartIndex | None:
        """The start index of ``tokens`` once this matcher has been asked to scan more than
        1/INDEX_AFTER of the list (the events stage scans every clause of an article with most
        lexicons), or None while it is worth no pass over the whole list."""
        if self._asked_of is not tokens:
            self._asked_of, self._asked = tokens, 0  # (held: no other list can take its id)
        self._asked += asked
        if self._asked * INDEX_AFTER <= len(tokens):
            return None
        self._asked_of, self._asked = None, 0
        live = _live_positions(tokens)
        # the live tokens' patterns, looked up and kept where there are some, in C loops
        firsts_all = list(map(self._firsts_memo.__getitem__, live.words))  # (a memo call, without the call slot)
        starts = list(compress(live.positions, firsts_all))
        firsts_at = list(filter(None, firsts_all))
        self._index = _StartIndex(tokens, live.snapshot, starts, firsts_at)
        return self._index

    def _find_scanning(self, tokens: list[str], start: int, end: int) -> list[Hit]:
        """``find`` without an index: the range's distinct tokens are looked up."""
        span = tokens[start:end]
        # Most tokens start no pattern of any lexicon: drop them as a set, in C, instead of
        # asking each one in a loop; what is left is looked up
        live = set(span).difference(_inert_everywhere)
        if not live:
            return []
        memo = self._firsts_memo
        starting: dict[str, tuple[tuple[Pattern, str | None], ...]] = {}
        for token in live:
            firsts = memo.get(token)
            if firsts is None:
                if _starts_nothing(token):
                    continue
                firsts = self._firsts_of(token)
            if firsts:
                starting[token] = firsts
        if not starting:
            return []
        positions = _positions(span, starting, start)
        return self._hits_at(tokens, end, positions, [starting[tokens[i]] for i in positions])

    def _hits_at(self, tokens: list[str], end: int, positions: list[int],
                 firsts_at: list[tuple[tuple[Pattern, str | None], ...]]) -> list[Hit]:
        """The hits of the patterns ``firsts_at`` starting at ``positions`` (ascending), as
        ``find`` returns them."""
        hits: list[Hit] = []
        word_memo = _word_memo
        plain_seconds = self._plain_seconds
        for i, firsts in zip(positions, firsts_at, strict=True):
            next_keys = None  # the next token's first-word keys, when a plain second word asks
            for p, second in firsts:
                if second is None:
                    hits.append(Hit(p, i, i + 1))
                    continue
                if second != GAP:
                    # the second word tried here: most patterns whose first word matched
                    # (في، من، على ...) fail on it
                    if i + 1 >= end:
                        continue
                    if second in plain_seconds:
                        if next_keys is None:
                            next_keys = token_first_keys(tokens[i + 1])
                        if second not in next_keys:
                            continue
                    else:
                        ok = word_memo.get((second, tokens[i + 1]))
                        if ok is None:
                            ok = _word_matches_token(second, tokens[i + 1])
                        if not ok:
                            continue
                    stop = _match_rest(p.words, 2, tokens, i + 2, end)
                else:
                    stop = _match_rest(p.words, 1, tokens, i + 1, end)
                if stop is not None:
                    hits.append(Hit(p, i, stop))
        return hits


# A matcher indexes a token list once it has scanned this fraction of it (1/16) range by range:
# an index costs about one scan of the list's few tokens that start anything, after which
# each range is two bisections; lexicons asked about a word or two never build one.
INDEX_AFTER = 16


@dataclass
class _StartIndex:
    """Where a matcher's patterns can start in one token list, and which ones (ascending)."""

    tokens: list[str]  # the list indexed
    snapshot: list[str]  # its tokens when indexed: an index serves a range only while they stay
    starts: list[int]
    firsts: list[tuple[tuple[Pattern, str | None], ...]]


@dataclass
class _LivePositions:
    """The positions of a token list whose token may start a pattern of some lexicon (not in
    ``_inert_everywhere``): shared by every matcher's index of that list."""

    tokens: list[str]
    snapshot: list[str]
    positions: list[int]
    words: list[str]  # the token at each position


_live: _LivePositions | None = None


def _live_positions(tokens: list[str]) -> _LivePositions:
    global _live
    if _live is not None and _live.tokens is tokens and _live.snapshot == tokens:
        return _live
    rest = set(tokens).difference(_inert_everywhere)
    # words known to start something are kept without asking (set operations in C)
    words = rest.intersection(_starting_somewhere)
    words.update([w for w in rest.difference(words) if not _starts_nothing(w)])
    positions = [i for i, t in enumerate(tokens) if t in words]
    _live = _LivePositions(tokens, list(tokens), positions, [tokens[i] for i in positions])
    return _live


def _positions(span: list[str], wanted: dict[str, object], offset: int) -> list[int]:
    """Where the ``wanted`` tokens stand in ``span``, ascending, plus ``offset`` (searched in C:
    a clause holds few of them)."""
    out: list[int] = []
    for token in wanted:
        j = -1
        for _ in range(span.count(token)):
            j = span.index(token, j + 1)
            out.append(j + offset)
    if len(wanted) > 1:
        out.sort()
    return out


# Every loaded lexicon's first words and wild-word starts: a token whose first-word keys meet
# none of them, and none of whose forms starts as a wild word must, starts no pattern of any
# lexicon (PhraseMatcher._firsts finds nothing for it). Such tokens are kept in one set shared
# by all matchers; it is emptied when a matcher is built, as the new words may start there.
_all_first_words: set[str] = set()
_all_wild_needs: tuple[str, ...] = ()
_inert_everywhere: set[str] = set()
# The first two to four letters of every first word (and of its spelling with a ta marbuta
# read as ت): a form one of whose first-word keys is a first word starts with one of them,
# so a new word none of whose forms does needs no keys computed (most new words).
_first_prefixes: set[str] = set()
# Words found to start a pattern of some lexicon: they still do once more lexicons are loaded
# (a matcher only adds first words), so the set is never emptied but when full.
_starting_somewhere: set[str] = set()


def _register_starts(first_words: frozenset[str], wild_needs: tuple[str, ...]) -> None:
    global _all_wild_needs, _live
    _all_first_words.update(first_words)
    for word in first_words:
        for spelling in (word, word[:-1] + "ت") if word.endswith("ه") else (word,):
            if len(spelling) >= 2:  # (keys have two letters or more: a shorter word matches none)
                _first_prefixes.add(spelling[:4])
    _all_wild_needs = tuple(dict.fromkeys(_all_wild_needs + wild_needs))
    _inert_everywhere.clear()
    _live = None  # its positions were found without the new matcher's words


def _starts_nothing(norm_token: str) -> bool:
    """Does the token start no pattern of any lexicon (remembered in ``_inert_everywhere``)?"""
    if norm_token in _starting_somewhere:
        return False
    forms = candidate_forms(norm_token)
    if (_may_start_first_word(forms) and not _all_first_words.isdisjoint(token_first_keys(norm_token))) or (
            _all_wild_needs and any(c.startswith(_all_wild_needs) for c in forms)):
        if len(_starting_somewhere) >= MEMO_LIMIT:
            _starting_somewhere.clear()
        _starting_somewhere.add(norm_token)
        return False
    if len(_inert_everywhere) >= MEMO_LIMIT:
        _inert_everywhere.clear()
    _inert_everywhere.add(norm_token)
    return True


def _may_start_first_word(forms: tuple[str, ...]) -> bool:
    """Does a form start as some first word does (``_first_prefixes``)? False: none of the
    token's first-word keys is a first word (a key is a form's start)."""
    prefixes = _first_prefixes
    for c in forms:
        if c[:4] in prefixes or c[:3] in prefixes or c[:2] in prefixes:
            return True
    return False


def _pattern_word(w: str) -> str:
    """A pattern word normalized, keeping its ``=`` and ``!`` marks."""
    if w == GAP:
        return w
    if w.startswith("="):
        return "=" + _pattern_word(w[1:])
    if w.endswith("!"):
        return normalize(w[:-1]) + "!"
    return normalize(w)


def _match_rest(words: tuple[str, ...], w: int, tokens: list[str], pos: int, end: int) -> int | None:
    """Where the pattern's words from ``w`` on end when matched at ``pos`` (tokens before ``end``)."""
    if w == len(words):
        return pos
    if words[w] == GAP:
        for skip in range(0, MAX_GAP + 1):
            got = _match_rest(words, w + 1, tokens, pos + skip, end)
            if got is not None:
                return got
        return None
    if pos >= end or not _word_matches_token(words[w], tokens[pos]):
        return None
    return _match_rest(words, w + 1, tokens, pos + 1, end)


# ------------------------------------------------------------------ loaded lexicons


@cache
def matcher(name: str) -> PhraseMatcher:
    """The phrase matcher over one lexicon file (first column = pattern)."""
    return PhraseMatcher.from_rows(load_tsv(name))


@dataclass(frozen=True)
class EventType:
    name: str
    family: str  # violence | protest | arrest | meet | sanction | leadership | agreement | other
    plover: str | None
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    rank: int  # higher = more specific within the family
    kind_of: str | None = None  # a less specific type it always also is (a suicide bombing is a bombing)


@lru_cache(maxsize=1)
def ontology() -> dict[str, EventType]:
    """rasd event type -> family, PLOVER and ACLED codes (event_ontology.tsv)."""
    out = {}
    for row in load_tsv("event_ontology.tsv"):
        name, family, plover, mode, acled, acled_sub, rank, kind_of = (row + [""] * 8)[:8]
        out[name] = EventType(name, family, plover or None, mode or None, acled or None, acled_sub or None,
                              int(rank or 0), kind_of or None)
    return out


def kind_of(a: str, b: str) -> bool:
    """Is type a always also type b (the ontology's 'kind of' column: a suicide bombing is a bombing)?"""
    et = ontology().get(a)
    return et is not None and et.kind_of == b


@dataclass(frozen=True)
class Description:
    canonical: str | None  # English canonical, or None to keep the Arabic text
    role: str  # actor1 | actor2 | both
    anonymous: bool  # an unnamed perpetrator ("مسلحون مجهولون"): no actor name


@lru_cache(maxsize=1)
def actor_descriptions() -> PhraseMatcher:
    """Descriptions of actors and victims (event_actor_descriptions.tsv)."""
    return matcher("event_actor_descriptions.tsv")


def description_of(hit: Hit) -> Description:
    canonical, role, anonymous = (list(hit.pattern.value) + ["", "both", "no"])[:3]
    return Description(canonical if canonical and canonical != "-" else None, role or "both", anonymous == "yes")


@lru_cache(maxsize=1)
def civilian_words() -> frozenset[str]:
    """Normalized words of the descriptions marked as civilian victims
    (event_actor_descriptions.tsv, fifth column): a target written as the text words it
    ("مدنيين") is still known for civilians by them."""
    return frozenset(normalize(w) for row in load_tsv("event_actor_descriptions.tsv")
                     if len(row) > 4 and row[4] == "civilians" for w in row[0].split())


def civilian_description(name: str) -> bool:
    """"مدنيين", "المدنيين": is a name kept as the text words it one of civilian victims?"""
    return any(w in civilian_words() for w in normalize(name).split())


@lru_cache(maxsize=1)
def victim_nouns() -> dict[str, tuple[str, bool]]:
    """Singular person nouns -> (category, has a dual distinct from its plural)."""
    out = {}
    for row in load_tsv("event_victim_nouns.tsv"):
        word, category, dual = (row + ["", "", "no"])[:3]
        out[normalize(word)] = (category, dual == "yes")
    return out


def norm_tokens(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Normalized form of each token span."""
    return [normalize_token(text[s:e]) for s, e in spans]
