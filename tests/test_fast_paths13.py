"""Thirteenth round of speed shortcuts in the NER tagger, each compared with the plain
computation it replaces: the backward pass of the marginals written into its buffers, the
known word pairs and the document's lexicon types looked up per match instead of per token,
and the words' keys handed to the lexicon in one C-level pass."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from rasd.ner.decode import _batches, _pad_by_time, _starts, marginals
from rasd.ner.features import FeatureExtractor, pair_feature_ids
from rasd.ner.tagger import MODEL_PATH, Tagger

# Invented news: titles, a quotation, lexicon names, repeated names and pairs, an empty sentence.
_DOC = [
    ["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "إن", "بلاده", "ستدعم", "الحكومة", "العراقية", "."],
    ["وأضاف", "ماكرون", "«", "لن", "نتخلى", "عن", "بغداد", "»", "."],
    [],
    ["وزار", "وزير", "الخارجية", "التركي", "مدينة", "الموصل", "يوم", "الأحد", "مع", "ماكرون", "."],
    ["ماكرون"],
    ["وقال", "الناطق", "باسم", "حركة", "حماس", "إن", "الحكومة", "العراقية", "ستجتمع", "في", "بغداد", "."],
]


def _plain_marginals(scores: np.ndarray, lengths: Sequence[int], transition: np.ndarray,
                     rows: Sequence[int] | None = None) -> list[np.ndarray]:
    """The forward-backward as it was written before: the backward step through np.where."""
    starts = _starts(rows if rows is not None else lengths)
    out: list[np.ndarray] = [np.empty((0, scores.shape[1])) for _ in lengths]
    et = np.exp(transition)
    et_t = et.T
    for batch in _batches(lengths):
        s = _pad_by_time(scores, starts, lengths, batch)
        e = np.exp(s - s.max(axis=2, keepdims=True))
        alpha = np.empty_like(e)
        a = e[0]
        alpha[0] = a / a.sum(axis=1, keepdims=True)
        moved = np.empty_like(e[0])
        total = np.empty((len(batch), 1))
        for t in range(1, s.shape[0]):
            a = alpha[t]
            np.matmul(alpha[t - 1], et, out=moved)
            np.multiply(moved, e[t], out=a)
            a /= a.sum(axis=1, keepdims=True, out=total)
        beta = np.ones_like(e)
        last = np.asarray([lengths[b] - 1 for b in batch])[:, None]
        for t in range(s.shape[0] - 2, -1, -1):
            bt = (e[t + 1] * beta[t + 1]) @ et_t
            bt /= bt.sum(axis=1, keepdims=True, out=total)
            beta[t] = np.where(t >= last, 1.0, bt)
        p = alpha * beta
        p /= p.sum(axis=2, keepdims=True)
        for k, b in enumerate(batch):
            out[b] = p[:lengths[b], k]
    return out


def test_marginals_are_bit_identical_to_the_plain_backward_pass():
    rng = np.random.default_rng(13)
    transition = rng.normal(size=(5, 5))
    lengths = [7, 1, 0, 12, 3, 12, 2]
    scores = rng.normal(size=(sum(lengths), 5)) * 4
    fast, plain = marginals(scores, lengths, transition), _plain_marginals(scores, lengths, transition)
    assert all(np.array_equal(a, b) for a, b in zip(fast, plain, strict=True))
    # sentences given length 0 are skipped, the others read at their own rows
    named = [7, 0, 0, 12, 0, 12, 2]
    fast = marginals(scores, named, transition, lengths)
    plain = _plain_marginals(scores, named, transition, lengths)
    assert all(np.array_equal(a, b) for a, b in zip(fast, plain, strict=True))
    assert [len(x) for x in fast] == named


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    if not MODEL_PATH.exists():
        pytest.skip("NER model not built (rasd train ner)")
    return Tagger(MODEL_PATH)


def test_the_shipped_tagger_marginals_equal_the_plain_ones(tagger):
    scores = tagger._scores(_DOC)[:, :tagger._n_main]
    lengths = [len(x) for x in _DOC]
    fast = marginals(scores, lengths, tagger._main.transition)
    plain = _plain_marginals(scores, lengths, tagger._main.transition)
    assert all(np.array_equal(a, b) for a, b in zip(fast, plain, strict=True))


def _plain_pair_and_lex_columns(fx: FeatureExtractor, ids: dict[str, int], unknown: int,
                                infos: list, ctx) -> tuple[list[int], list[int], list[int]]:
    """Columns w-1w, ww+1 and d_lex of position_ids, token by token from the feature names."""
    right, left, lex = [], [], []
    for row in infos:
        for i, wi in enumerate(row):
            right.append(ids.get(f"w-1w={row[i - 1].key}|{wi.key}", unknown) if i > 0 else unknown)
            left.append(ids.get(f"ww+1={wi.key}|{row[i + 1].key}", unknown) if i + 1 < len(row) else unknown)
            t = ctx.lex_type.get(wi.stem)
            lex.append(ids.get(f"d_lex={t}", unknown) if t else unknown)
    return right, left, lex


def test_pair_and_lexicon_type_columns_equal_the_ones_named_per_token(tagger):
    fx = tagger.extractor
    infos, hits, ctx = fx.document_words(_DOC)
    # an invented id space where every pair and lexicon type of the document is known
    ids: dict[str, int] = {}
    for row in infos:
        for a, b in zip(row, row[1:], strict=False):
            ids.setdefault(f"w-1w={a.key}|{b.key}", len(ids))
            ids.setdefault(f"ww+1={a.key}|{b.key}", len(ids))
    for t in set(ctx.lex_type.values()):
        ids.setdefault(f"d_lex={t}", len(ids))
    del ids[next(k for k in ids if k.startswith("ww+1="))]  # a pair known to one side only
    assert ctx.lex_type, "the invented document should hold lexicon matches"
    for table in (ids, {}):  # everything known, nothing known
        u = max(table.values(), default=-1) + 1  # no feature's id
        cols = fx.position_ids(_DOC, infos, hits, ctx, table, u, pair_feature_ids(table, u))
        right, left, lex = _plain_pair_and_lex_columns(fx, table, u, infos, ctx)
        assert cols[:, 3].tolist() == right
        assert cols[:, 4].tolist() == left
        assert cols[:, 8].tolist() == lex


def test_lexicon_hits_are_read_from_the_words_keys(tagger):
    fx = tagger.extractor
    for tokens in _DOC:
        row = [fx.info(t) for t in tokens]
        tags = [""] * len(row)
        for start, end, typ in fx.lexicon.span_hits([wi.key for wi in row]):
            tags[start:end] = ["B-" + typ] + ["I-" + typ] * (end - start - 1)
        assert fx._hits(row) == tags
