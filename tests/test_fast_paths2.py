"""Second round of speed shortcuts: each gives the answer of the plain computation it replaces."""

from __future__ import annotations

from itertools import chain, repeat

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from rasd.extract import times as tx
from rasd.ner.decode import marginals, viterbi
from rasd.ner.features import pair_feature_ids

# Invented news, several sentences: titles, a quotation, a lexicon name, repeats, a number.
_DOC = [
    ["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "إن", "بلاده", "ستدعم", "الحكومة", "العراقية", "."],
    ["وأضاف", "ماكرون", "«", "لن", "نتخلى", "عن", "بغداد", "»", "."],
    [],
    ["وزار", "وزير", "الخارجية", "التركي", "مدينة", "الموصل", "يوم", "الأحد", "."],
    ["ماكرون"],
]


def _plain_viterbi(scores: np.ndarray, transition: np.ndarray) -> list[int]:
    """Textbook Viterbi over one sentence (first best label on ties, as numpy's argmax)."""
    delta = scores[0].copy()
    back = []
    for t in range(1, len(scores)):
        cand = delta[:, None] + transition
        back.append(cand.argmax(axis=0))
        delta = cand.max(axis=0) + scores[t]
    path = [int(delta.argmax())]
    for b in reversed(back):
        path.append(int(b[path[-1]]))
    return path[::-1]


def test_viterbi_reads_the_best_score_at_its_argmax_and_keeps_first_best_on_ties():
    rng = np.random.default_rng(3)
    lengths = [4, 0, 1, 7, 2, 7]
    # rounded scores: many ties between paths, so the tie rule is exercised
    scores = rng.integers(-2, 3, size=(sum(lengths), 5)).astype(float)
    transition = rng.integers(-1, 2, size=(5, 5)).astype(float)
    paths = viterbi(scores, lengths, transition)
    start = 0
    for n, path in zip(lengths, paths, strict=True):
        assert path == (_plain_viterbi(scores[start:start + n], transition) if n else [])
        start += n


def test_marginals_sum_to_one_and_skip_sentences_given_no_length():
    rng = np.random.default_rng(5)
    lengths = [3, 5, 2]
    scores = rng.normal(size=(10, 4))
    transition = rng.normal(size=(4, 4))
    probs = marginals(scores, [3, 0, 2], transition, lengths)
    assert probs[1].shape == (0, 4)
    assert probs[0].shape == (3, 4) and probs[2].shape == (2, 4)
    for p in (probs[0], probs[2]):
        assert np.allclose(p.sum(axis=1), 1.0)
    # the same sentence alone gives the same probabilities
    alone = marginals(scores[8:10], [2], transition)[0]
    assert np.allclose(alone, probs[2])


def test_pair_feature_ids_finds_every_pair_also_with_a_bar_inside_a_word():
    ids = {"w-1w=قال|الرئيس": 0, "ww+1=قال|الرئيس": 1, "ww+1=في|بغداد": 2, "w-1w=|||": 3, "b": 4}
    pairs = pair_feature_ids(ids, 9)
    assert pairs[("قال", "الرئيس")] == (0, 1)
    assert pairs[("في", "بغداد")] == (9, 2)
    assert pairs[("|", "|")] == (3, 9) and pairs[("", "||")] == (3, 9)
    assert ("b", "") not in pairs


@pytest.fixture(scope="module")
def tagger():
    from rasd.ner.tagger import get_tagger

    try:
        return get_tagger()
    except FileNotFoundError:
        pytest.skip("NER model not built (rasd train ner)")


def test_position_scores_equal_the_sum_of_each_positions_feature_list(tagger):
    """The column-by-column position scores are bit for bit the sparse product over the
    feature lists ``_positions`` writes (the features training sees)."""
    ex = tagger.extractor
    infos, positions = ex.document_layout(_DOC)
    _, hits, ctx = ex.document_words(_DOC)
    ids, unknown = tagger._index.ids, tagger._index.unknown
    flat = list(chain.from_iterable(positions))
    names = list(chain.from_iterable(flat))
    cols = np.fromiter(map(ids.get, names, repeat(unknown)), dtype=np.int64, count=len(names))
    indptr = np.concatenate([[0], np.cumsum([len(f) for f in flat])])
    x = csr_matrix((np.ones(len(cols)), cols, indptr), shape=(len(flat), unknown + 1))
    expected = x @ tagger._weights
    got = tagger._position_scores(_DOC, infos, hits, ctx)
    assert np.array_equal(got, expected)
    # and the ids column by column are the known features of each list, in its order
    slots = ex.position_ids(_DOC, infos, hits, ctx, ids, unknown, tagger._pairs)
    for row, feats in zip(slots, flat, strict=True):
        assert [int(i) for i in row if i != unknown] == [ids[f] for f in feats if f in ids]


def test_tagging_a_document_gives_the_tags_of_the_feature_lists(tagger):
    """Tags from the fast scores equal a decode of the plain feature lists' scores."""
    from rasd.ner.decode import viterbi as plain_viterbi

    ex = tagger.extractor
    feats = ex.document_features(_DOC)
    lengths = [len(s) for s in _DOC]
    both = tagger._index.encode(list(chain.from_iterable(feats))) @ tagger._weights
    aux = plain_viterbi(both[:, tagger._n_main:], lengths, tagger._aux.transition)
    scores = both[:, :tagger._n_main] + tagger._aux_scores(aux)
    paths = plain_viterbi(scores, lengths, tagger._main.transition)
    expected = [[tagger._main.labels[k] for k in p] for p in paths]
    got = tagger.tag_document(_DOC)
    # spread_person_names may only add tags to untagged repeats
    for e, g in zip(expected, got, strict=True):
        assert all(x == y or x == "O" for x, y in zip(e, g, strict=True))


def test_time_phrase_matching_tries_only_lengths_a_table_has():
    """A phrase is found at the end of a sentence, after a clitic read apart, and never past the end."""
    view = tx._View(["منذ", "صباح", "أمس"])
    plain = {}
    for name, table in tx._lex().items():
        for key in table:
            plain.setdefault(name, set()).add(key)
    for name in tx._lex():
        for i in range(4):
            got = tx._match(view, i, name)
            if got is not None:
                assert tuple(view.at(k) for k in range(i, got[0])) in plain[name]
                assert got[0] <= len(view.words)
    first_words = {key[0] for key in plain["pods"] if len(key) == 1}
    word = sorted(first_words)[0]
    view = tx._View(["و" + word])
    view.i0, view.first = 0, word
    assert tx._match(view, 0, "pods") is not None
    view = tx._View(["قال", word])
    assert tx._match(view, 1, "pods")[0] == 2
    assert tx._match(view, 2, "pods") is None
