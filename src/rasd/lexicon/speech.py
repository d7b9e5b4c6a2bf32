"""Lexicons of reported speech: reporting cues, stance cues, speaker words, function words.

The words live in ``lexicon/data`` (``reporting_verbs.tsv``, ``stance_cues.tsv``,
``quote_speaker_words.tsv``, ``quote_function_words.tsv``); this module loads them into
lookup tables keyed by normalized words. Matching a running-text token tries the token,
the token without a و/ف proclitic and, where a table allows it, without a further ب/ل
(``وقالت`` → ``قالت``; ``لاتهامها`` → ``اتهامها``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rasd.arabic.lexdata import word_set
from rasd.arabic.memo import MEMO_LIMIT
from rasd.arabic.normalize import normalize


def load_rows(name: str) -> list[list[str]]:
    """Rows of a lexicon TSV (``#`` lines and blank lines skipped, cells stripped)."""
    text = resources.files("rasd.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    return [
        [c.strip() for c in line.split("\t")]
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def bare_forms(norm_token: str, nouns: bool = False) -> list[str]:
    """A normalized token and its forms without a و/ف proclitic (and ب/ل when ``nouns``)."""
    return [form for form, _ in _bare_forms(norm_token, nouns)]


def _bare_forms(norm_token: str, nouns: bool, conjunctions: str = "وف") -> list[tuple[str, bool]]:
    """(form, whether a ب/ل was removed) for a token."""
    out = [(norm_token, False)]
    if len(norm_token) > 3 and norm_token[0] in conjunctions:
        out.append((norm_token[1:], False))
    if nouns:
        for w, _ in list(out):
            if len(w) > 3 and w[0] in "بل":
                out.append((w[1:], True))
    return out


@dataclass
class WordClasses:
    """Named tests of a normalized word that depend on the word alone (the lexicons, not the
    article), all answered when a word is first seen and kept across articles: an article's
    words then cost one set difference, whichever classes it asks for (probing the large memo
    is the costly part, so it is done once, not once per class). Emptied when full."""

    tests: dict[str, Callable[[str], bool]]
    # A cheap necessary test of every class (or None): a word it rejects is in none, and no test
    # runs on it. Most new words are in no class, and the tests fill large memos as they go.
    gate: Callable[[str], bool] | None = None
    asked: set[str] = field(default_factory=set)
    members: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.members = {name: set() for name in self.tests}

    def words_in(self, norms: list[str], *names: str) -> tuple[set[str], ...]:
        """For each class named, the distinct words of ``norms`` in it."""
        distinct = set(norms)
        new = distinct.difference(self.asked)
        if new:
            if len(self.asked) + len(new) > MEMO_LIMIT:
                self.asked.clear()
                for words in self.members.values():
                    words.clear()
                new = distinct
            self.asked.update(new)
            maybe = new if self.gate is None else list(filter(self.gate, new))
            for name, test in self.tests.items():
                self.members[name].update(filter(test, maybe))
        return tuple(distinct.intersection(self.members[name]) for name in names)


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: its normalized words and what it means."""

    words: tuple[str, ...]
    kind: str  # reporting class (say, add, ...) or stance kind (verb, participle, noun, phrase)
    stance: str | None = None
    needs: tuple[str, ...] = ()  # one of these must follow (prefix match when ending in *)
    noun: bool = False  # may carry a ب/ل proclitic


@dataclass
class CueTable:
    """Cues indexed by their first normalized word."""

    by_first: dict[str, list[Cue]] = field(default_factory=dict)
    conjunctions: str = "وف"  # proclitics a cue may carry
    # token -> the cues its forms can start (memoized: every token of every text is asked)
    _starts: dict[str, tuple[Cue, ...]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, cue: Cue) -> None:
        self.by_first.setdefault(cue.words[0], []).append(cue)
        self._starts.clear()

    def _cues_starting(self, first: str) -> tuple[Cue, ...]:
        got = self._starts.get(first)
        if got is None:
            if len(self._starts) >= MEMO_LIMIT:
                self._starts.clear()
            by_first = self.by_first
            # every form _cues_of_forms tries is the token less one or two letters, or «ال» + the
            # token less «لل»: when none of those starts a cue (most words), nothing is built
            if (first not in by_first and first[1:] not in by_first and first[2:] not in by_first
                    and "ال" + first[2:] not in by_first):
                got = ()
            else:
                got = self._cues_of_forms(first)
            self._starts[first] = got
        return got

    def _cues_of_forms(self, first: str) -> tuple[Cue, ...]:
        """The cues the token's forms (with and without proclitics) start."""
        forms = _bare_forms(first, nouns=True, conjunctions=self.conjunctions)
        if len(first) == 3 and first[0] in self.conjunctions:
            forms.append((first[1:], False))  # «وحث»: a two-letter verb with its و
        if len(first) > 5 and first.startswith("لل"):
            forms.append(("ال" + first[2:], True))  # «للتنديد ب»: a verbal noun of purpose, لـ + الـ
        return tuple(
            cue
            for form, without_bl in forms
            for cue in self.by_first.get(form, ())
            if cue.noun or not without_bl  # ب/ل only for nouns
        )

    def can_start(self, word: str) -> bool:
        """Can a normalized token (with its proclitics) start any cue of this table? A cheap
        first test before ``match``: most words of a text start none."""
        return bool(self._cues_starting(word))

    def match(self, norms: list[str], i: int) -> list[tuple[Cue, int]]:
        """Cues that start at token ``i`` of ``norms``, longest first, with their end index."""
        cues = self._starts.get(norms[i])  # the memo read inline: asked of every token
        if cues is None:
            cues = self._cues_starting(norms[i])
        if not cues:
            return []
        hits: list[tuple[Cue, int]] = []
        for cue in cues:
            n = len(cue.words)
            if n > 1 and tuple(norms[i + 1:i + n]) != cue.words[1:]:
                continue
            hits.append((cue, i + n))
        hits.sort(key=lambda h: -(h[1] - i))
        return hits


def _norm_words(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


@lru_cache(maxsize=1)
def reporting_cues() -> CueTable:
    table = CueTable()
    for row in load_rows("reporting_verbs.tsv"):
        flags = set(row[2].split(",")) if len(row) > 2 and row[2] else set()
        table.add(Cue(_norm_words(row[0]), row[1], noun="noun" in flags))
    return table


@lru_cache(maxsize=1)
def stance_cues() -> CueTable:
    table = CueTable(conjunctions="و")  # not ف: «فدان» (acres) is no «دان»
    for row in load_rows("stance_cues.tsv"):
        words = row[3].split("|") if len(row) > 3 and row[3] else []
        # the hamza of «مسؤولية» sits on waw or on ya in print («مسئولية»): both spellings are needed
        needs = tuple(dict.fromkeys(normalize(v) for w in words for v in (w, w.replace("ؤ", "ئ"))))
        table.add(Cue(_norm_words(row[0]), row[2], stance=row[1], needs=needs, noun=row[2] == "noun"))
    return table


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, set[str]]:
    """Normalized word (without ال) → its classes (title, description, media, group, body)."""
    out: dict[str, set[str]] = {}
    for word, cls in load_rows("quote_speaker_words.tsv"):
        w = normalize(word)
        out.setdefault(w[2:] if w.startswith("ال") else w, set()).add(cls)
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Normalized single given names (``given_names.tsv``): «بشير»، «لؤي» start with ب/ل and
    «هويدا» ends in alif, yet they name a speaker."""
    return frozenset(normalize(r[0]) for r in load_rows("given_names.tsv") if r and r[0] and " " not in r[0])


def stance_elicitors() -> frozenset[str]:
    """Normalized words before a stance noun that make it others' reaction (``stance_elicitors.tsv``):
    «أثارت العملية [استنكاراً]» is no one's statement of condemnation."""
    return word_set("stance_elicitors.tsv")


def stance_non_speakers() -> frozenset[str]:
    """Normalized nouns of gatherings (``stance_non_speakers.tsv``): «مظاهرات تطالب» is no one's demand."""
    return word_set("stance_non_speakers.tsv")


def publish_verbs() -> frozenset[str]:
    """Normalized verbs of publishing a message (``speech_publish_verbs.tsv``): «بث ... تسجيلا يدعو»."""
    return word_set("speech_publish_verbs.tsv")


def charge_heads() -> frozenset[str]:
    """Normalized nouns of an official in charge of something (``speech_charge_heads.tsv``):
    «المسؤول [عن الأمن]» is one speaker phrase."""
    return word_set("speech_charge_heads.tsv")


@lru_cache(maxsize=1)
def function_words() -> dict[str, set[str]]:
    """Normalized word → its classes (complementizer, relative, stop, medium, time, ...)."""
    out: dict[str, set[str]] = {}
    for word, cls in load_rows("quote_function_words.tsv"):
        if cls != "event_noun":  # content words, kept apart: see event_nouns()
            out.setdefault(normalize(word), set()).add(cls)
    return out


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Normalized nouns of attacks (without ال) that a pronoun such as «عنه» can refer back to."""
    return frozenset(normalize(w) for w, cls in load_rows("quote_function_words.tsv") if cls == "event_noun")


def is_event_noun(norm_token: str) -> bool:
    """Is a normalized token (with an optional و/ب/ل and ال) a noun of an attack?"""
    nouns = event_nouns()
    for form in bare_forms(norm_token, nouns=True):
        if form.startswith("لل"):  # ل + ال is written لل: «للهجوم»
            form = "ا" + form[1:]
        if form in nouns or (form.startswith("ال") and form[2:] in nouns):
            return True
    return False


@lru_cache(maxsize=1)
def present_forms() -> frozenset[str]:
    """Present-tense cue forms (يقول، تقول، تنفي): those with ي, and ت-forms whose ي-form is
    also listed (so تبنت and تحدث, past tense, are not)."""
    forms = {c.words[0] for t in (reporting_cues(), stance_cues()) for cues in t.by_first.values() for c in cues}
    return frozenset(f for f in forms if f.startswith("ي") or (f.startswith("ت") and "ي" + f[1:] in forms))


def needs_met(needs: tuple[str, ...], norm_token: str) -> bool:
    """Does a token (any of its bare forms) satisfy one of a cue's ``needs`` words?"""
    for form in bare_forms(norm_token, nouns=True):
        for w in needs:
            if w.endswith("*"):
                stem = w[:-1]
                if form.startswith(stem) or (len(stem) > 2 and form.startswith("ال" + stem)):
                    return True
            elif form == w:
                return True
    return False
