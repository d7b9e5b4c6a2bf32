"""Speed round 9: the numbers stage skips, on a memo read, words that can start no quantity;
``lookup_number_word`` rejects a word no prefix could make a number word with one set lookup per
prefix length; ``norm_word`` is memoized. These tests hold the fast paths to plain definitions
(the slow loop over every prefix, every word asked of ``_quantity``) on invented news."""

from __future__ import annotations

import pytest

from rasd.arabic.normalize import normalize, normalize_token
from rasd.arabic.ntokens import NormalizedText
from rasd.arabic.numbers import NUMBER_PREFIXES, lookup_number_word, number_words
from rasd.extract import numbers as N
from rasd.ner.features import norm_word

_NEWS = (
    "قتل ثلاثة أشخاص وأصيب 12 آخرون في انفجار وقع أمس، وقالت الشرطة إن قتيلين سقطا قرب السوق. "
    "وأعلنت الوزارة أن نحو خمسة آلاف لاجئ وصلوا خلال الأسبوع الماضي، وأن للجنة الثالثة عشرة "
    "اجتماعا في الساعة 10:30. وبالعشرات خرج المتظاهرون، ولثلاثة أيام أغلقت المدارس في 15/8/2022. "
    "وارتفعت الأسعار بنسبة 7.5 في المائة، ودمرت غارتان مبنيين، وقتل الخامس والعشرون من المسلحين."
)


def _slow_lookup(word: str) -> tuple[str, object] | None:
    """The definition: the word itself, else the first prefix whose rest is a number word."""
    lex = number_words()
    if word in lex:
        return "", lex[word]
    for prefix in NUMBER_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 3 and rest in lex:
            return prefix, lex[rest]
    return None


def _words() -> list[str]:
    nt = NormalizedText(_NEWS)
    words = [w for s in nt.sentences for w in s.words]
    # every number word with every prefix, and a few near misses
    for entry in list(number_words())[:60]:
        words.extend(p + entry for p in NUMBER_PREFIXES)
        words.extend((entry[1:], entry + "ات", "س" + entry))
    return words


def test_lookup_number_word_matches_the_prefix_loop() -> None:
    words = _words()
    assert any(_slow_lookup(w) for w in words) and not all(_slow_lookup(w) for w in words)
    for w in words:
        assert lookup_number_word(w) == _slow_lookup(w), w


def _slow_quantities(text: str) -> list:
    """find_quantities asking ``_quantity`` at every word, as before the memo."""
    nt = NormalizedText(text)
    out = []
    for s in nt.sentences:
        sent = N._Sentence(s, nt, [])
        i = 0
        while i < len(s.words):
            found = N._quantity(sent, i)
            if found is None:
                i += 1
                continue
            q, end = found
            if q is not None:
                out.append(q)
            i = max(end, i + 1)
    return out


def test_skipped_words_start_no_quantity() -> None:
    nt = NormalizedText(_NEWS)
    for s in nt.sentences:
        sent = N._Sentence(s, nt, [])
        for i, w in enumerate(s.words):
            if not N.may_start_quantity(w):
                assert N._quantity(sent, i) is None, w


def test_quantities_equal_the_every_word_loop() -> None:
    fast = N.find_quantities(_NEWS)
    assert fast == _slow_quantities(_NEWS)
    texts = {q.span.text for q in fast}
    assert {"ثلاثة أشخاص", "قتيلين"} <= texts  # a number word with its noun, a dual


@pytest.mark.parametrize("token", ["الرئيس", "الرئيسُ", "Reuters", "٢٠١٥", "«", "وللحركة", ""])
def test_norm_word_is_the_plain_definition(token: str) -> None:
    n = normalize_token(token)
    assert norm_word(token) == (n.lower() if n.isascii() else n)
    assert norm_word(token) is norm_word(token)  # a second read is the memo's, not a new string


def test_normalize_is_untouched_by_the_memo() -> None:
    assert normalize("  قتل   ثلاثة ") == "قتل ثلاثه"
