"""Third round of speed shortcuts: each gives the answer of the plain computation it replaces."""

from __future__ import annotations

import pytest

from rasd.extract import entities as en
from rasd.extract import times as tx
from rasd.lexicon import actors
from rasd.ner.features import norm_word

# Invented news covering many kinds of time expressions: dates with and without a year, paired
# months, years, Hijri dates, weekdays with parts of the day, offsets, durations with a clitic,
# sets, clock times, decades and centuries, seasons, vague references, anchored days.
_TIME_TEXT = (
    "قال المتحدث يوم الأحد 26 أبريل الماضي إن الاجتماع سيعقد في 3 حزيران (يونيو) 2016. "
    "وكانت الحكومة قد أعلنت مساء أمس الخميس عن خطة تمتد لثلاث سنوات، بعد يومين من الاحتجاجات. "
    "ووقع الانفجار الساعة 10:30 صباحا بتوقيت بغداد، أي قبل أسبوعين من الانتخابات المقررة في ربيع 2017. "
    "وفي الستينيات من القرن الماضي شهدت المدينة أحداثا مماثلة، كما حدث في 15 رمضان 1436 هـ. "
    "ومنذ بداية العام الحالي قتل أكثر من 200 شخص، وتعقد اللجنة اجتماعا كل أسبوع. "
    "وفي وقت سابق من الشهر الجاري زار الوزير المدينة، وفي اليوم التالي عاد إلى العاصمة. "
    "وأضاف أن المفاوضات ستستأنف الأسبوع المقبل أو خلال الأشهر الثلاثة المقبلة، وقصف الطيران البلدة ليلا. "
    "ولد الكاتب عام 1950 ورحل في 12/5/2014 بعد عقود من العمل، وفي الماضي كان يكتب في صحيفة اليوم."
)


def _plain_recognize(text: str) -> list[tuple[int, int, tx.TimeSpec]]:
    """recognize() trying every recognizer on every word that can start an expression."""
    saved = tx._recognizers_for
    tx._trigger_variants.cache_clear()
    tx._recognizers_for = lambda word: tx.RECOGNIZERS
    try:
        return [(f.start, f.end, f.spec) for f in tx.recognize(text)]
    finally:
        tx._recognizers_for = saved
        tx._trigger_variants.cache_clear()


def test_time_words_go_only_to_the_recognizers_that_can_start_with_them():
    plain = _plain_recognize(_TIME_TEXT)
    fast = [(f.start, f.end, f.spec) for f in tx.recognize(_TIME_TEXT)]
    assert len(plain) >= 15  # the text does hold many expressions
    assert fast == plain


def test_every_recognizer_has_its_first_words_and_a_word_outside_them_is_not_tried():
    starters = tx._starters()
    assert set(starters) == set(tx.RECOGNIZERS)
    assert tx._recognizers_for("الحكومة") == ()
    assert tx._rec_offset in tx._recognizers_for("قبل")
    assert tx._rec_clock not in tx._recognizers_for("قبل")
    # digits and number words go to the recognizers that read a number first, in RECOGNIZERS order
    by_digits = tx._recognizers_for("2015")
    assert {tx._rec_clock, tx._rec_date, tx._rec_year, tx._rec_duration} <= set(by_digits)
    assert list(by_digits) == [r for r in tx.RECOGNIZERS if r in by_digits]
    assert tx._rec_duration in tx._recognizers_for("ثلاث")


def test_a_word_no_recognizer_starts_with_yields_no_variant():
    assert tx._trigger_variants("المفاوضات") == ()
    variants = tx._trigger_variants("وقبل")  # read without its conjunction
    assert [v[0] for v in variants] == ["قبل"]
    assert tx._rec_offset in variants[0][3]


# ------------------------------------------------------------------ actors and entities


def _norms(text: str) -> list[str]:
    return [norm_word(w) for w in text.split()]


def _plain_find(matcher: actors.ActorMatcher, norms: list[str]) -> list[actors.Match]:
    """_find with every token examined in full: each of its forms walked, the institution
    reading tried, none skipped by the memo of what a token can start."""
    def every_form(token: str) -> tuple[tuple[tuple[str, str], ...], bool]:
        forms = (token, *actors.clitic_variants(token))
        return tuple((f, token[: len(token) - len(f)] if k else "") for k, f in enumerate(forms)), True

    saved = matcher._starts
    matcher._starts = {}
    matcher._starts_at = every_form  # type: ignore[method-assign]
    try:
        return matcher._find(norms)
    finally:
        del matcher._starts_at
        matcher._starts = saved


@pytest.mark.parametrize("text", [
    "وقالت وزارة الخارجية التركية إن الجيش الليبي والحكومة الأفغانية وطالبان وقعوا اتفاقا في الدوحة",
    "زار الرئيس الروسي فلاديمير بوتين دمشق وبغداد ثم عاد إلى موسكو",
    "وأعلنت وزارة الداخلية أن القوات الخاصة اعتقلت خمسة أشخاص في مدينة حلب",
    "لا شيء هنا يطابق أي اسم",
])
def test_actor_matching_visits_only_tokens_that_start_something(text):
    matcher = actors.get_matcher()
    norms = _norms(text)
    warm = matcher._find(norms)  # memo filled by the call before, or read now
    assert repr(matcher._find(norms)) == repr(warm)
    assert repr(_plain_find(matcher, norms)) == repr(warm)


def test_bare_institution_skips_a_token_that_heads_no_institution():
    matcher = actors.get_matcher()
    norms = _norms("وأعلنت وزارة الداخلية أن الطقس معتدل")
    assert matcher.bare_institution(norms, 0) == (0, "")
    assert matcher.bare_institution(norms, 4) == (0, "")
    end, stripped = matcher.bare_institution(norms, 1)
    assert end == 3 and stripped == ""


def test_head_places_visit_only_place_heads_and_read_lists_after_a_plural_head():
    """Only place heads are visited; after a name is found the next starts past its end."""
    words = "قصفت الطائرات قرية قصر البريج ومناطق جعولة وبير أحمد أمس".split()
    norms = [norm_word(w) for w in words]
    got = [(c.start, c.end, c.hint) for c in en._head_places(0, len(norms), norms, words, [])]
    assert got == [(3, 5, ""), (6, 7, ""), (7, 9, "و")]
    # a head right at the sentence's last token names nothing
    assert en._head_places(0, 3, norms, words, []) == []
    # a head covered by a name already taken is passed over
    taken = [en.Cand(2, 5, "LOC", "lexicon")]
    got = [(c.start, c.end) for c in en._head_places(0, len(norms), norms, words, taken)]
    assert got == [(6, 7), (7, 9)]


def test_article_context_finds_titles_of_several_words_only_where_they_open():
    words = "وقال آية الله العظمى علي السيستاني إن الوضع خطير".split()
    norms = [norm_word(w) for w in words]
    ctx = en._article_context(words, norms, [[]])
    opened = [k for k in range(len(norms)) if en._long_title_at(norms, k)]
    expected = set()
    for k in opened:
        expected.update(range(k, k + en._long_title_at(norms, k)))
    assert ctx.in_title == expected == {1, 2, 3}  # آية الله العظمى
