"""The shortcuts taken for speed give the answers of the plain computation they replace."""

from __future__ import annotations

import itertools

import numpy as np

from rasd.arabic.numbers import parse_digits
from rasd.lexicon.actors import get_matcher
from rasd.ner.decode import viterbi
from rasd.ner.features import norm_word


def _brute_force_best(scores: np.ndarray, transition: np.ndarray) -> list[int]:
    """The best label sequence by trying them all (first best in enumeration order on ties)."""
    best, best_path = -np.inf, None
    for path in itertools.product(range(scores.shape[1]), repeat=len(scores)):
        total = sum(scores[t, y] for t, y in enumerate(path))
        total += sum(transition[a, b] for a, b in itertools.pairwise(path))
        if total > best + 1e-12:
            best, best_path = total, list(path)
    return best_path


def test_batched_viterbi_equals_brute_force_for_sentences_of_different_lengths():
    rng = np.random.default_rng(7)
    lengths = [3, 1, 0, 5, 2, 4]
    scores = rng.normal(size=(sum(lengths), 3))
    transition = rng.normal(size=(3, 3))
    paths = viterbi(scores, lengths, transition)
    start = 0
    for n, path in zip(lengths, paths, strict=True):
        assert path == (_brute_force_best(scores[start:start + n], transition) if n else [])
        start += n


def test_actor_matching_is_the_same_with_the_per_token_memo_warm_or_cold():
    matcher = get_matcher()
    # Invented news: a ministry with a nationality, a proclitic on a known name, plain words.
    words = "وقالت وزارة الخارجية التركية إن الرئيس فلاديمير بوتين وصل إلى وموسكو أمس".split()
    norms = [norm_word(w) for w in words]
    cold = matcher._find(norms)
    warm = matcher._find(norms)  # every token's starts now come from the memo
    assert [(m.start, m.end, m.entity.id, m.stripped) for m in cold] == \
        [(m.start, m.end, m.entity.id, m.stripped) for m in warm]
    assert any(m.start == 1 for m in cold)  # وزارة الخارجية التركية is found


def test_parse_digits_memo_keeps_int_and_float_apart():
    assert parse_digits("1,592") == 1592 and isinstance(parse_digits("1,592"), int)
    assert parse_digits("2,5") == 2.5 and isinstance(parse_digits("2,5"), float)
    assert parse_digits("قتلى") is None
