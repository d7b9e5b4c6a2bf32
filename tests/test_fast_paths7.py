"""Speed round 8: batched Viterbi steps only over the sentences still going (a batch is sorted by
length, so they are its tail), and bio_spans says "no names" in one pass for an all-O sentence.
These tests hold the fast paths to plain definitions: one sentence at a time, every step over
every label, and the tagger's output on invented news."""

from __future__ import annotations

import numpy as np
import pytest

from rasd.ner import decode as D
from rasd.ner.corpus import bio_spans


def _reference_viterbi(scores: np.ndarray, transition: np.ndarray) -> list[int]:
    """Textbook Viterbi over one sentence's (tokens, labels) scores: first best on ties."""
    n, labels = scores.shape
    delta = scores[0].copy()
    back = np.zeros((n, labels), dtype=np.intp)
    for t in range(1, n):
        cand = delta[None, :] + transition.T  # [to, from]
        back[t] = cand.argmax(axis=1)
        delta = cand[np.arange(labels), back[t]] + scores[t]
    path = [int(delta.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t][path[-1]]))
    return path[::-1]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_viterbi_matches_one_sentence_at_a_time(seed: int) -> None:
    rng = np.random.default_rng(seed)
    labels = 9
    # lengths with repeats, ones, an empty sentence and a long tail: the active tail shrinks unevenly
    lengths = [int(x) for x in rng.integers(1, 40, size=60)] + [0, 1, 1, 75, 3, 75]
    rng.shuffle(lengths)
    scores = rng.normal(size=(sum(lengths), labels))
    transition = rng.normal(size=(labels, labels))
    paths = D.viterbi(scores, lengths, transition)
    at = 0
    for n, path in zip(lengths, paths, strict=True):
        assert path == (_reference_viterbi(scores[at:at + n], transition) if n else [])
        at += n


def test_viterbi_over_several_batches() -> None:
    rng = np.random.default_rng(7)
    lengths = [int(x) for x in rng.integers(1, 12, size=D._BATCH * 2 + 5)]
    scores = rng.normal(size=(sum(lengths), 5))
    transition = rng.normal(size=(5, 5))
    starts = np.cumsum([0, *lengths[:-1]])
    paths = D.viterbi(scores, lengths, transition)
    assert all(p == _reference_viterbi(scores[s:s + n], transition)
               for p, s, n in zip(paths, starts, lengths, strict=True))


def test_viterbi_ties_take_the_first_label() -> None:
    # all scores equal: every step ties, and the first label wins as in a plain argmax
    lengths = [4, 2, 6]
    paths = D.viterbi(np.zeros((12, 3)), lengths, np.zeros((3, 3)))
    assert paths == [[0] * 4, [0] * 2, [0] * 6]


def test_bio_spans_all_outside_and_with_names() -> None:
    assert bio_spans(["O", "O", "O"]) == set()
    assert bio_spans([]) == set()
    assert bio_spans(("O", "B-PER", "I-PER", "O", "I-LOC")) == {(1, 3, "PER"), (4, 5, "LOC")}
    assert bio_spans(["B-ORG"]) == {(0, 1, "ORG")}


def test_tagger_still_finds_names_in_invented_news() -> None:
    from rasd.ner.tagger import MODEL_PATH, get_tagger

    if not MODEL_PATH.exists():
        pytest.skip("the NER model is not built (rasd train ner)")
    sentences = [
        "قال وزير الخارجية الأردني أيمن الصفدي إن عمان ترفض الهجوم".split(),
        "وأضاف أن الوضع هادئ".split(),
        "واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وفدا من البنك الدولي أمس الأول".split(),
    ]
    tagged = get_tagger().tag_document_with_confidence(sentences)
    assert [len(t) for t, _ in tagged] == [len(s) for s in sentences]
    names = {(k, s, e, typ) for k, (tags, _) in enumerate(tagged) for s, e, typ in bio_spans(tags)}
    assert any(typ == "PER" for _, _, _, typ in names)
    assert all(p == 1.0 for p in tagged[1][1]) or any(t != "O" for t in tagged[1][0])
