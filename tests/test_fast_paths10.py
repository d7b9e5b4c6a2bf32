"""The entities stage's shortcuts give the answers of the per-token passes they replace.

Each test runs the fast path and, next to it, the plain computation it stands for (written out
here as the stage used to do it). Sentences are invented news written for these tests.
"""

from __future__ import annotations

from collections import Counter

import pytest
from test_entities import needs_model, run

import rasd.extract.entities as ent
from rasd.arabic.tokens import sentences, tokenize
from rasd.lexicon.actors import _PARTICLES, _PUNCT, _skippable, alias_tokens, get_matcher
from rasd.lexicon.geo import country_of_nisba
from rasd.ner.features import norm_word

# Place heads (مدينة، بلدة، مستشفى، مناطق), state bodies without a country (وزارة الداخلية), verbs
# of saying (وقال، وأضاف), back-references (الوزير، الحركة), nisba adjectives and a long title.
ARTICLE = (
    "قال وزير الخارجية المصري إن وزارة الداخلية أعلنت اعتقال خمسة مسلحين في مدينة العريش. "
    "وأضاف الوزير أن القوات المسلحة سيطرت على مناطق جعولة وبير أحمد، وأن مستشفى العريش العسكري "
    "استقبل الجرحى. وقال آية الله العظمى علي السيستاني إن الحركة لن تتراجع، فيما نفت الحكومة "
    "التركية أي صلة بالهجوم. وأكد المتحدث باسم الجيش الليبي أن بلدة الطيبة هادئة."
)


def _words_and_norms(text: str) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    toks = tokenize(text)
    words = [text[s:e] for s, e in toks]
    groups = ent.sentence_groups(toks, sentences(text))
    return words, [norm_word(w) for w in words], groups


def _slow_context(words: list[str], norms: list[str], lex_by_group: list) -> dict:
    """The article context as one pass per fact over every token (the code the memo replaced)."""
    named: Counter[str] = Counter()
    for lex in lex_by_group:
        for m in lex:
            if m.named and not m.ambiguous and not m.alternatives and m.entity.type == "LOC" and m.entity.country:
                named[m.entity.country] += 1
    for n in norms:
        iso = country_of_nisba(n)
        if iso:
            named[iso] += 1
    in_title: set[int] = set()
    for k in range(len(norms)):
        length = ent._long_title_at(norms, k)
        if length:
            in_title.update(range(k, k + length))
    verbs = ent._speech_verbs()

    def after_verb(k: int) -> bool:
        prev = norms[k - 1] if k else ""
        return bool(prev) and (prev in verbs or (len(prev) > 3 and prev[0] in "وف" and prev[1:] in verbs))

    matcher = get_matcher()
    return {
        "countries": set(named),
        "main_country": named.most_common(1)[0][0] if named else None,
        "in_title": in_title,
        "place_heads": [k for k in range(len(norms)) if ent._any_place_head(norms[k])],
        "institution_heads": [k for k in range(len(norms)) if matcher._starts_at(norms[k])[1]],
        "after_speech_verbs": [k for k in range(len(norms)) if after_verb(k)],
        "coref_nouns": [k for k in range(len(norms)) if ent._coref_spec(norms[k]) is not None],
    }


def _fast_context(words: list[str], norms: list[str], lex_by_group: list) -> dict:
    ctx = ent._article_context(words, norms, lex_by_group)
    assert ctx.vocabulary == Counter(norms)
    return {key: getattr(ctx, key) for key in ("countries", "main_country", "in_title", "place_heads",
                                               "institution_heads", "after_speech_verbs", "coref_nouns")}


def _forget_words() -> None:
    ent._SEEN_WORDS.clear()
    ent._FACT_BITS.clear()
    ent._NISBA_OF.clear()


def test_article_context_from_the_word_memo_equals_the_passes_over_every_token():
    words, norms, groups = _words_and_norms(ARTICLE)
    lex_by_group = [get_matcher().find(norms[a:b]) for a, b in groups]
    slow = _slow_context(words, norms, lex_by_group)
    _forget_words()
    cold = _fast_context(words, norms, lex_by_group)  # every word new to the memo
    warm = _fast_context(words, norms, lex_by_group)  # every word read from it
    assert cold == slow and warm == slow
    # the article has something for every pass, so the comparison says something
    assert all(slow[k] for k in ("place_heads", "institution_heads", "after_speech_verbs", "coref_nouns",
                                 "in_title", "countries"))


def test_article_context_is_right_when_the_word_memo_fills_up_mid_article(monkeypatch):
    words, norms, groups = _words_and_norms(ARTICLE)
    slow = _slow_context(words, norms, [])
    _forget_words()
    first_half = norms[: len(norms) // 2]
    ent._know_words(set(first_half))
    # full now: the next article's new words empty the memo first, and its old words come back too
    monkeypatch.setattr(ent, "WORD_FACTS_LIMIT", len(ent._SEEN_WORDS))
    assert _fast_context(words, norms, []) == slow
    assert set(norms) <= ent._SEEN_WORDS


def test_nisba_countries_keep_the_order_of_their_first_token():
    # the most named country wins; on a tie, the one named first (Counter.most_common keeps order)
    for text in ("قال مسؤول تركي إن وفدا سوريا وآخر تركيا وصل، وإن مسؤولا سوريا رافقه.",
                 "وصل وفد سوري ثم وفد تركي إلى العاصمة.",
                 "وصل وفد تركي ثم وفد سوري إلى العاصمة."):
        words, norms, _ = _words_and_norms(text)
        _forget_words()
        assert _fast_context(words, norms, []) == _slow_context(words, norms, [])


def test_bare_institutions_and_head_places_visit_only_the_heads_with_the_same_result():
    words, norms, groups = _words_and_norms(ARTICLE)
    ctx = ent._article_context(words, norms, [])
    found_bodies = found_places = 0
    for a, b in groups:
        every = list(range(a, b))  # the old pass: every token tried (a non-head gives nothing)
        bodies = ent._bare_institutions(a, b, norms, [], ent._between(ctx.institution_heads, a, b))
        assert [(c.start, c.end, c.hint) for c in bodies] == \
            [(c.start, c.end, c.hint) for c in ent._bare_institutions(a, b, norms, [], every)]
        places = ent._head_places(a, b, norms, words, [], ent._between(ctx.place_heads, a, b))
        assert [(c.start, c.end, c.type, c.hint) for c in places] == \
            [(c.start, c.end, c.type, c.hint) for c in ent._head_places(a, b, norms, words, [], every)]
        found_bodies += len(bodies)
        found_places += len(places)
    assert found_bodies and found_places


def test_facilities_pass_changes_nothing_in_a_sentence_without_a_place_head():
    words, norms, groups = _words_and_norms("وقال الرئيس فلاديمير بوتين إن المحادثات كانت مثمرة.")
    ctx = ent._article_context(words, norms, [])
    assert not ctx.place_heads
    cands = [ent.Cand(2, 4, "PER", "lexicon"), ent.Cand(6, 7, "MISC", "tagger")]
    a, b = groups[0]
    assert ent._facilities_named_after(a, b, norms, words, cands) == cands


def test_sentence_end_by_bisection_equals_the_table_of_every_token():
    text = "مقدمة بلا نقطة\nوقال المتحدث إن الهجوم وقع. ثم أضاف أن التحقيق مستمر"
    toks = tokenize(text)
    groups = ent.sentence_groups(toks, sentences(text))
    table = {k: b for a, b in groups for k in range(a, b)}
    starts = [a for a, _ in groups]
    assert [ent._sentence_end(groups, starts, k) for k in range(len(toks) + 2)] == \
        [table.get(k, 0) for k in range(len(toks) + 2)]


def test_memoized_name_tests_equal_the_plain_ones():
    words, norms, _ = _words_and_norms(ARTICLE)
    for n in norms:
        assert ent._head_word(n) == any(ent.word_has_class(n, c) for c in ent._HEAD_CLASSES)
        assert ent._has_letter_or_digit(n) == any(ch.isalnum() for ch in n)
    for k in range(len(norms) - 1):
        span = norms[k:k + 2]
        assert ent._name_like(span) == ent._name_like_words.__wrapped__(tuple(span))


def _slow_lookup(text: str):
    """ActorMatcher.lookup without its memo and without the test that no token starts an alias."""
    matcher = get_matcher()
    toks = list(alias_tokens(text))
    while toks and (toks[0] in _PUNCT or toks[0] in _PARTICLES):
        toks.pop(0)
    while toks and toks[-1] in _PUNCT:
        toks.pop()
    for start in range(len(toks)):
        if start and toks[start - 1] not in _skippable() and not country_of_nisba(toks[start - 1]):
            break
        rest = toks[start:]
        for m in matcher.find(rest):
            if m.start == 0 and m.end == len(rest):
                return m.entity
    return None


@pytest.mark.parametrize("phrase", [
    "لطالبان", "و«داعش»", "وزارة الخارجية التركية", "الرئيس الروسي فلاديمير بوتين", "مصدر أمني مطلع",
    "شاهد عيان", "", "«»", "المتحدث باسم الحكومة اليمنية",
])
def test_actor_lookup_memo_and_shortcut_give_the_plain_answer(phrase):
    matcher = get_matcher()
    matcher._looked_up.pop(phrase, None)
    want = _slow_lookup(phrase)
    assert matcher.lookup(phrase) is want  # computed
    assert matcher.lookup(phrase) is want  # from the memo


def test_actor_lookup_memo_stays_bounded(monkeypatch):
    matcher = get_matcher()
    monkeypatch.setattr("rasd.lexicon.actors.LOOKUP_MEMO_LIMIT", 3)
    matcher._looked_up.clear()
    for phrase in ("مسؤول محلي", "لطالبان", "شاهد عيان", "وزارة الخارجية التركية", "مصدر أمني"):
        assert matcher.lookup(phrase) is _slow_lookup(phrase)
    assert len(matcher._looked_up) <= 3


def test_known_partial_reads_the_article_vocabulary_like_a_set_of_its_words():
    _, norms, _ = _words_and_norms("التقى جلال الدين بوفد، وقال حقاني إن المفاوضات مستمرة.")
    vocabulary = Counter(norms)
    for toks in (("جلال", "الدين"), ("جلال",), ("علي",), ("سراج", "الدين")):
        assert ent._known_partial(toks, vocabulary) == ent._known_partial(toks, set(norms))


@needs_model
def test_the_stage_gives_the_same_analysis_with_its_memos_cold_or_warm():
    def analysis() -> tuple:
        doc = run(ARTICLE, "وأوضح الوزير أن مدينة العريش تشهد هدوءا، وقالت حركة الشباب إن عناصرها انسحبوا، "
                             "وأكدت الحركة ذلك.")
        return ([(m.span.start, m.span.end, m.span.text, m.type, m.entity_id, m.source) for m in doc.analysis.mentions],
                [(e.id, e.name, e.type, tuple(e.mentions)) for e in doc.analysis.entities])

    _forget_words()
    ent._name_like_words.cache_clear()
    ent._strip_head.cache_clear()
    cold = analysis()
    warm = analysis()
    assert cold == warm and cold[0]
    # الحركة: a back-reference found (to حركة الشباب; القوات المسلحة, a state's body, is none it refers to)
    assert any(source == "coref" for *_, source in cold[0])
