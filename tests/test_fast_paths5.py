"""The event phrase matcher's second-word fast path: hits must be the very same as matching
each pattern's rest word by word."""

from __future__ import annotations

from rasd.arabic.normalize import normalize_token
from rasd.arabic.tokens import tokenize
from rasd.lexicon.events import Hit, PhraseMatcher, _match_rest

# Invented patterns: several start with the same word (as many lexicons start with في), one
# has a gap, one a word taking no suffix, one a wild first word, one a verb without article.
ROWS = [
    ["في", "one"],
    ["في حال!", "case"],
    ["في اطار", "frame"],
    ["في ... هجوم", "gap"],
    ["على خلفية", "background"],
    ["غارة جوية", "strike"],
    ["استهدف* موقع", "wild"],
    ["=فجر نفسه", "verb"],
    ["مقتل", "kill"],
]

# Invented news.
TEXT = (
    "وفي حال استمرار القصف، قال المسؤول في اطار المفاوضات إن غارتها الجوية على خلفية "
    "الهجوم استهدفت موقعا للمسلحين، وفي وقت لاحق من الهجوم فجر انتحاري في الفجر ثم فجر نفسه "
    "وأسفر عن مقتل خمسة في حالة خطرة في"
)


def _plain_find(m: PhraseMatcher, tokens: list[str], start: int, end: int) -> list[Hit]:
    """The matcher's hits, each pattern's rest matched word by word from its second word."""
    end = min(end, len(tokens))
    hits = []
    for i in range(max(0, start), end):
        for p, _second in m._firsts_of(tokens[i]):
            stop = _match_rest(p.words, 1, tokens, i + 1, end) if len(p.words) > 1 else i + 1
            if stop is not None:
                hits.append(Hit(p, i, stop))
    return hits


def _tokens() -> list[str]:
    return [normalize_token(TEXT[s:e]) for s, e in tokenize(TEXT)]


def test_find_equals_word_by_word_matching_on_every_range():
    m = PhraseMatcher.from_rows(ROWS)
    tokens = _tokens()
    for start in range(-1, len(tokens) + 1):
        for end in range(max(start, 0), len(tokens) + 2):
            assert m.find(tokens, start, end) == _plain_find(m, tokens, start, end), (start, end)


def test_find_reads_multi_word_patterns_sharing_a_first_word():
    m = PhraseMatcher.from_rows(ROWS)
    tokens = _tokens()
    found = {(h.pattern.value[0], " ".join(tokens[h.start:h.end])) for h in m.find(tokens)}
    assert ("case", "وفي حال") in found
    assert ("frame", "في اطار") in found
    assert ("background", "علي خلفيه") in found
    assert ("wild", "استهدفت موقعا") in found
    assert ("verb", "فجر نفسه") in found
    assert ("kill", "مقتل") in found
    assert ("gap", "وفي وقت لاحق من الهجوم") in found  # the gap reaches a few words on
    # "في حالة": "حال!" takes no suffix
    at = tokens.index("حاله") - 1
    assert not any(h.pattern.value[0] == "case" for h in m.find(tokens, at, at + 2))
    assert [h.pattern.value[0] for h in m.find(tokens, at, at + 2)] == ["one"]


def test_a_second_word_past_the_range_end_is_no_hit():
    m = PhraseMatcher.from_rows(ROWS)
    tokens = _tokens()
    at = tokens.index("اطار")
    assert any(h.pattern.value[0] == "frame" for h in m.find(tokens, at - 1, at + 1))
    assert not any(h.pattern.value[0] == "frame" for h in m.find(tokens, at - 1, at))
    # the one-word pattern "في" still matches there
    assert any(h.pattern.value[0] == "one" for h in m.find(tokens, at - 1, at))


def test_a_first_word_marked_with_bang_takes_no_suffix():
    # «أي» (any): with the proclitics stripped and ه read as a suffix, «ولاية» would be أي too
    m = PhraseMatcher.from_rows([["اي!", "before"]])
    tokens = [normalize_token(t) for t in ("وفي", "ولاية", "يوبي", "عن", "أي", "اعتداء", "وأي", "هجوم")]
    assert [h.start for h in m.find(tokens)] == [4, 6]
