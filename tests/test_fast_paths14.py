"""Fast paths of round 14, each compared with the slow path it replaces on invented sentences."""

from __future__ import annotations

from rasd.arabic.normalize import normalize_token
from rasd.extract import quotes
from rasd.extract.times import find_times
from rasd.lexicon.speech import WordClasses

SENTENCES = [
    "وقال وزير الخارجية إن الاجتماع سيعقد صباح الأحد المقبل",
    "وأكدت المتحدثة باسم الوزارة للصحافيين أمس أن المفاوضات استمرت ثلاثة أشهر",
    "ونفى المسؤول في بيان منذ عدة أيام كل الاتهامات التي وجهت للحكومة",
    "وأدانت الجامعة العربية الهجوم الذي وقع قبل يومين في وقت متأخر من الليل",
    "والتقى الرئيس بالسفير مساء 5 أغسطس لمدة ساعتين في القصر",
    "وصرح الناطق بلسان الجيش بأن القوات ستنسحب خلال سنوات قليلة",
]


def _norms() -> list[str]:
    return [normalize_token(w) for s in SENTENCES for w in s.split()]


def test_speech_gate_keeps_every_classed_word() -> None:
    # the gate may only skip words that no test puts in a class
    norms = _norms()
    for w in norms:
        if not quotes._may_be_speech_word(w):
            assert not any(test(w) for test in quotes.SPEECH_WORDS.tests.values()), w


def test_gated_classes_equal_ungated() -> None:
    norms = _norms()
    tests = quotes.SPEECH_WORDS.tests
    names = tuple(tests)
    slow = WordClasses(dict(tests)).words_in(norms, *names)
    fast = WordClasses(dict(tests), gate=quotes._may_be_speech_word).words_in(norms, *names)
    assert fast == slow
    assert any(slow)  # the sentences do hold titles and cues


def test_day_and_duration_specs_unchanged() -> None:
    # the specs are now built only on a hit: the values are those of the slow path (hand-checked)
    got = [(t.span.text, t.value) for s in SENTENCES for t in find_times(s, "2015-06-10")]
    assert ("صباح الأحد المقبل", "2015-06-14TMO") in got
    assert ("ثلاثة أشهر", "P3M") in got
    assert ("ساعتين", "PT2H") in got
    assert any(text == "أمس" and value == "2015-06-09" for text, value in got)
