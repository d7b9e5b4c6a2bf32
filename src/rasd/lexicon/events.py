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

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

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
    """Rows of a lexicon TSV (``#`` lines and blank lines skipped, cells stripped)."""
    text = resources.files("rasd.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def token_candidates(norm_token: str) -> list[str]:
    """The token and its forms without proclitics (guarded by a minimum stem length)."""
    return list(candidate_forms(norm_token))


# Per-token results are memoized in plain dicts: news vocabulary repeats heavily, and the
# event rules ask about the same tokens over and over. Each memo is cleared when it grows
# past this many entries (about 5 MB; the commonest 50,000 words are nearly all of running
# text), so a long-running worker's memory stays bounded.
MEMO_LIMIT = 50_000
_forms_memo: dict[str, tuple[str, ...]] = {}


def candidate_forms(norm_token: str) -> tuple[str, ...]:
    """``token_candidates`` as a shared tuple (memoized): for lookups that only read it."""
    got = _forms_memo.get(norm_token)
    if got is None:
        if len(_forms_memo) >= MEMO_LIMIT:
            _forms_memo.clear()
        got = _forms_memo[norm_token] = tuple(_compute_candidates(norm_token))
    return got


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


def _wild_need(word: str) -> str:
    """The start every form matching the pattern word has (for a quick test)."""
    word = word.removeprefix("=")
    if word.endswith(("*", "!")):
        return word[:-1]
    return word[:-1] if word.endswith("ه") else word  # غارة: also غارت+suffix


_SUFFIX_SET = frozenset(SUFFIXES)
# Suffix lengths, longest first: a form ends with at most one suffix of each length, so
# this visits its suffixes in the order of SUFFIXES.
_SUFFIX_LENGTHS = tuple(sorted({len(x) for x in SUFFIXES}, reverse=True))
_first_keys_memo: dict[tuple[str, ...], tuple[str, ...]] = {}


def _first_keys(cands: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The first-word keys a token's forms can match, in matching order (the same for
    every lexicon, so computed once per token): each form less one suffix, and with a
    final ت read as a ta marbuta (غارتها → غاره)."""
    key = tuple(cands)
    got = _first_keys_memo.get(key)
    if got is not None:
        return got
    out: dict[str, None] = {}
    for c in cands:
        n = len(c)
        for length in _SUFFIX_LENGTHS:
            if length > n or (length and c[n - length:] not in _SUFFIX_SET):
                continue
            base = c[: n - length]
            if len(base) < 2:
                continue
            out.setdefault(base)
            if base.endswith("ت"):
                out.setdefault(base[:-1] + "ه")
    if len(_first_keys_memo) >= MEMO_LIMIT:
        _first_keys_memo.clear()
    got = _first_keys_memo[key] = tuple(out)
    return got


_token_keys_memo: dict[str, tuple[str, ...]] = {}


def token_first_keys(norm_token: str) -> tuple[str, ...]:
    """``_first_keys`` of a token's forms, memoized by token: every lexicon asks for it."""
    got = _token_keys_memo.get(norm_token)
    if got is None:
        if len(_token_keys_memo) >= MEMO_LIMIT:
            _token_keys_memo.clear()
        got = _token_keys_memo[norm_token] = _first_keys(candidate_forms(norm_token))
    return got


class PhraseMatcher:
    """Finds lexicon patterns in a sequence of normalized tokens."""

    def __init__(self, patterns: list[Pattern]):
        self.patterns = patterns
        self._by_first: dict[str, list[Pattern]] = {}
        self._wild: list[Pattern] = []
        self._firsts_memo: dict[str, tuple[tuple[Pattern, str | None], ...]] = {}
        for p in patterns:
            first = p.words[0]
            if first.endswith(("*", "!")) or first.startswith("="):
                self._wild.append(p)
            else:
                self._by_first.setdefault(first, []).append(p)
        self._first_words = frozenset(self._by_first)
        # What every form matching a wild first word starts with (see _word_matches)
        self._wild_needs = tuple({_wild_need(p.words[0]) for p in self._wild})

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
        got = self._firsts_memo.get(norm_token)
        if got is None:
            if len(self._firsts_memo) >= MEMO_LIMIT:
                self._firsts_memo.clear()
            keys = token_first_keys(norm_token)
            if not self._wild and self._first_words.isdisjoint(keys):
                got = ()  # the common case, without building anything
            else:
                got = tuple((p, p.words[1] if len(p.words) > 1 else None)
                            for p in self._firsts(candidate_forms(norm_token), keys))
            self._firsts_memo[norm_token] = got
        return got

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
        hits: list[Hit] = []
        memo = self._firsts_memo
        word_memo = _word_memo
        # the clause's tokens as a slice (no index per step); the memo read inline: this loop
        # is the events stage's hottest, and most tokens start no pattern
        for i, token in enumerate(tokens[start:end], start):
            firsts = memo.get(token)
            if firsts is None:
                firsts = self._firsts_of(token)
            for p, second in firsts:
                if second is None:
                    hits.append(Hit(p, i, i + 1))
                    continue
                if second != GAP:
                    # the second word tried here, its memo read inline: most patterns whose
                    # first word matched (في، من، على ...) fail on it
                    if i + 1 >= end:
                        continue
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
def victim_nouns() -> dict[str, tuple[str, bool]]:
    """Singular person nouns -> (category, has a dual distinct from its plural)."""
    out = {}
    for row in load_tsv("event_victim_nouns.tsv"):
        word, category, dual = (row + ["", "", "no"])[:3]
        out[normalize(word)] = (category, dual == "yes")
    return out


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-column word list, normalized."""
    return frozenset(normalize(r[0]) for r in load_tsv(name))


def norm_tokens(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Normalized form of each token span."""
    return [normalize_token(text[s:e]) for s, e in spans]
