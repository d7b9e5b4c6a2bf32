"""Fast paths of the event phrase matcher, round 15: per-word memos read in C, a prefix test
that spares new words their first-word keys, and an index built in C loops. Each must give
the very results of the slower path it replaces (invented Arabic sentences)."""

from __future__ import annotations

from rasd.arabic.memo import WordMemo
from rasd.arabic.normalize import normalize_token
from rasd.arabic.tokens import tokenize
from rasd.extract.events import lexicons
from rasd.lexicon import events as lex
from rasd.lexicon.events import PhraseMatcher

SENTENCES = [
    "وقال المتحدث إن الانفجار الذي استهدف سوقا شعبيا في المدينة أدى إلى مقتل عشرة أشخاص",
    "وشنت الطائرات غارتها الثالثة على مواقع المسلحين بعد هجومين على نقاط التفتيش",
    "واعتقلت قوات الأمن خمسة مشتبهين بتفجير سيارة مفخخة قرب مبنى البلدية للمرة الثانية",
    "وتظاهر آلاف الطلاب أمام الوزارة احتجاجا على قرار الحكومة بفرض ضرائب جديدة",
    "والتقى الرئيس بوزير الخارجية لبحث اتفاق وقف إطلاق النار ومسؤوليته عن الهدنة",
    "فالقصف المدفعي الذي تعرضت له القرية أسفر عن إصابة عشرين شخصا بجروح خطرة",
]
EXTRA_WORDS = ["غارتها", "غاراتهم", "بمسؤوليته", "والهجومان", "للهجوم", "تتهم", "قصفته", "ته", "تتها",
               "و", "ب", "", "ال", "بالقرب", "فجرته", "كتب", "زززز"]


def _tokens(text: str) -> list[str]:
    return [normalize_token(text[s:e]) for s, e in tokenize(text)]


def _words() -> list[str]:
    out = [t for s in SENTENCES for t in _tokens(s)]
    return out + [normalize_token(w) for w in EXTRA_WORDS]


def _first_keys_slow(cands: tuple[str, ...]) -> tuple[str, ...]:
    """The keys as first written: every suffix length tried on every form."""
    lengths = sorted({len(x) for x in lex.SUFFIXES}, reverse=True)
    out: dict[str, None] = {}
    for c in cands:
        n = len(c)
        for length in lengths:
            if length > n or (length and c[n - length:] not in lex._SUFFIX_SET):
                continue
            base = c[: n - length]
            if len(base) < 2:
                continue
            out.setdefault(base)
            if base.endswith("ت"):
                out.setdefault(base[:-1] + "ه")
    return tuple(out)


def test_per_word_memos_are_bounded_and_answer_as_computed() -> None:
    for fn in (lex.candidate_forms, lex.token_first_keys):
        assert isinstance(fn, WordMemo) and 0 < fn.limit <= 262_144
    for w in _words():
        assert lex.candidate_forms(w) == tuple(lex._compute_candidates(w))
        assert lex.token_first_keys(w) == _first_keys_slow(lex.candidate_forms(w)), w
        assert lex._first_keys(lex.candidate_forms(w)) == _first_keys_slow(lex.candidate_forms(w))


def test_the_prefix_test_never_drops_a_word_that_starts_a_first_word() -> None:
    lexicons()  # every event lexicon registered
    assert lex._first_prefixes
    for w in _words() + sorted(lex._all_first_words)[:400]:
        forms = lex.candidate_forms(w)
        starts = not lex._all_first_words.isdisjoint(lex.token_first_keys(w))
        if starts:
            assert lex._may_start_first_word(forms), w
        slow = not starts and not any(c.startswith(lex._all_wild_needs) for c in forms)
        lex._inert_everywhere.discard(w)
        lex._starting_somewhere.discard(w)
        assert lex._starts_nothing(w) == slow, w  # computed
        assert lex._starts_nothing(w) == slow, w  # remembered
        assert (w in lex._starting_somewhere) == (not slow)


def test_the_index_finds_what_a_scan_finds() -> None:
    lx = lexicons()
    matchers = [m for m in vars(lx).values() if isinstance(m, PhraseMatcher)]
    tokens = [t for s in SENTENCES for t in _tokens(s)]
    n = len(tokens)
    assert len(matchers) > 5
    hits = 0
    for m in matchers:
        scanned = m._find_scanning(tokens, 0, n)
        m._index = None
        index = m._index_for(list(tokens), n)  # asked of the whole list: indexed at once
        assert index is not None
        assert m._hits_at(index.tokens, n, index.starts, index.firsts) == scanned
        hits += len(scanned)
        for lo, hi in ((0, 7), (5, 20), (15, n)):
            assert m.find(index.tokens, lo, hi) == m._find_scanning(tokens, lo, hi)
        assert index.starts == [i for i, t in enumerate(tokens) if m._firsts_of(t)]
    assert hits > 5  # the sentences hold triggers, cues and actors
