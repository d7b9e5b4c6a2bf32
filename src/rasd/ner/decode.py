"""Fast CRF inference over CRFsuite model files, in numpy.

CRFsuite trains rasd's taggers, but its Python binding tags one sentence at a
time and converts every feature string to a C++ attribute on each call: that
was two thirds of the entities stage. Here a model file is read once into a
weight matrix; a document's feature strings are looked up once in a dict shared
by all models, giving one sparse (tokens x attributes) matrix, and each model's
state scores are one sparse product. Viterbi and forward-backward then run over
all sentences of the document at once, padded to the longest.

The results are CRFsuite's: the same scores (weights are read bit for bit),
the same best path, and the same marginal probabilities up to rounding.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

# A feature record of the FEAT chunk: type (0 state, 1 transition), source
# (attribute or label id), destination label id, weight.
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")])


@dataclass
class CrfWeights:
    """One linear-chain CRF: label names, attribute names, and their weights."""

    labels: list[str]
    attributes: list[str]
    state: np.ndarray  # (attributes, labels)
    transition: np.ndarray  # (labels, labels): from row label to column label


def _cqdb_strings(buf: bytes, off: int) -> list[str]:
    """The strings of a CQDB chunk, by id (its backward array lists them in id order)."""
    chunk, _size, _flag, _order, count, bwd = struct.unpack_from("<4sIIIII", buf, off)
    if chunk != b"CQDB":
        raise ValueError("not a CRFsuite model (string table missing)")
    out = []
    for rec in np.frombuffer(buf, dtype="<u4", count=count, offset=off + bwd).tolist():
        _id, size = struct.unpack_from("<II", buf, off + rec)
        out.append(buf[off + rec + 8: off + rec + 7 + size].decode("utf-8"))  # size counts a NUL
    return out


def read_crfsuite(path: str | Path) -> CrfWeights:
    """Read a model written by CRFsuite (``pycrfsuite.Trainer.train``)."""
    buf = Path(path).read_bytes()
    head = struct.unpack_from("<4sI4sI8I", buf, 0)
    if head[0] != b"lCRF" or head[2] != b"FOMC":
        raise ValueError(f"{path}: not a CRFsuite first-order model")
    off_features, off_labels, off_attrs = head[7], head[8], head[9]
    labels = _cqdb_strings(buf, off_labels)
    attributes = _cqdb_strings(buf, off_attrs)
    chunk, _size, count = struct.unpack_from("<4sII", buf, off_features)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: feature table missing")
    feats = np.frombuffer(buf, dtype=_FEATURE, count=count, offset=off_features + 12)
    n_labels = len(labels)
    state = np.zeros((len(attributes), n_labels))
    st = feats[feats["type"] == 0]
    np.add.at(state, (st["src"].astype(np.intp), st["dst"].astype(np.intp)), st["w"])
    transition = np.zeros((n_labels, n_labels))
    tr = feats[feats["type"] == 1]
    np.add.at(transition, (tr["src"].astype(np.intp), tr["dst"].astype(np.intp)), tr["w"])
    return CrfWeights(labels, attributes, state, transition)


class FeatureIndex:
    """One id per attribute name across several models; each model's weights re-indexed to it.

    The last id stands for every attribute no model knows: its weight row is zero,
    so unknown features cost one dict miss and nothing else.
    """

    def __init__(self, models: Sequence[CrfWeights]):
        ids: dict[str, int] = {}
        for m in models:
            for a in m.attributes:
                ids.setdefault(a, len(ids))
        self.ids = ids
        self.unknown = len(ids)
        self.weights: list[np.ndarray] = []
        for m in models:
            w = np.zeros((len(ids) + 1, len(m.labels)))
            w[[ids[a] for a in m.attributes]] = m.state
            self.weights.append(w)

    def encode(self, feats: Sequence[Sequence[str]]) -> csr_matrix:
        """(tokens x attributes) count matrix of each token's features; repeats add up."""
        names = list(chain.from_iterable(feats))
        cols = np.fromiter(map(self.ids.get, names, repeat(self.unknown)), dtype=np.int64, count=len(names))
        indptr = np.zeros(len(feats) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, feats), dtype=np.int64, count=len(feats)), out=indptr[1:])
        return csr_matrix((np.ones(len(names)), cols, indptr), shape=(len(feats), self.unknown + 1))


_BATCH = 128  # sentences decoded together; sorted by length, so padding stays small


def _batches(lengths: Sequence[int]) -> list[list[int]]:
    """Sentence indices grouped by similar length, shortest first."""
    order = sorted((i for i, n in enumerate(lengths) if n > 0), key=lengths.__getitem__)
    return [order[k:k + _BATCH] for k in range(0, len(order), _BATCH)]


def _starts(lengths: Sequence[int]) -> list[int]:
    out, pos = [], 0
    for n in lengths:
        out.append(pos)
        pos += n
    return out


def _pad_by_time(scores: np.ndarray, starts: Sequence[int], lengths: Sequence[int],
                 batch: list[int]) -> np.ndarray:
    """(longest, sentences, labels) array of the batch's score rows, zero-padded: each
    step of a recursion then reads one contiguous (sentences, labels) slice."""
    out = np.zeros((max(lengths[b] for b in batch), len(batch), scores.shape[1]))
    for k, b in enumerate(batch):
        out[:lengths[b], k] = scores[starts[b]:starts[b] + lengths[b]]
    return out


def viterbi(scores: np.ndarray, lengths: Sequence[int], transition: np.ndarray) -> list[list[int]]:
    """Best label ids per sentence; ``scores`` stacks the sentences' token rows in order."""
    starts = _starts(lengths)
    paths: list[list[int]] = [[] for _ in lengths]
    into = np.ascontiguousarray(transition.T)  # [to, from]: the step reduces the last axis
    n_labels = transition.shape[0]
    for batch in _batches(lengths):
        s = _pad_by_time(scores, starts, lengths, batch)
        size = len(batch)
        delta = np.empty_like(s)
        back = np.zeros(s.shape, dtype=np.intp)
        delta[0] = s[0]
        # Buffers reused by every step: a step is a few numpy calls on small arrays, so
        # allocation and strided reductions are most of its cost. The best score is read at
        # the argmax (np.take) instead of a second reduction: the same value, at half the cost.
        cand = np.empty((size, n_labels, n_labels))  # [sentence, to, from]
        cells = np.arange(size * n_labels).reshape(size, n_labels) * n_labels
        at = np.empty((size, n_labels), dtype=np.intp)
        best = np.empty((size, n_labels))
        take = cand.reshape(-1).take
        # The batch is sorted by length: at step t only the sentences longer than t (a tail
        # of the batch, from ``lo``) go on, so each step works on that tail's rows alone
        # (the same operations on each of its rows; finished sentences are never read again).
        ends_at = [lengths[b] for b in batch]
        lo = 0
        for t in range(1, s.shape[0]):
            if ends_at[lo] <= t:
                while ends_at[lo] <= t:
                    lo += 1
                cand_, cells_, at_, best_ = cand[lo:], cells[lo:], at[lo:], best[lo:]
            elif t == 1:
                cand_, cells_, at_, best_ = cand, cells, at, best
            np.add(delta[t - 1, lo:, None, :], into, out=cand_)
            cand_.argmax(axis=2, out=back[t, lo:])
            np.add(back[t, lo:], cells_, out=at_)
            take(at_, out=best_)
            np.add(best_, s[t, lo:], out=delta[t, lo:])
        # Backtrack each sentence from the best label at its own end, in plain Python
        # over lists: a few hundred scalar steps cost less than numpy calls per position.
        last = [lengths[b] - 1 for b in batch]
        ends = delta[last, np.arange(size)].argmax(axis=1).tolist()
        by_sentence = back.transpose(1, 0, 2)
        for k, b in enumerate(batch):
            pointers = by_sentence[k, :lengths[b]].tolist()
            y = ends[k]
            path = [y] * lengths[b]
            for t in range(last[k], 0, -1):
                y = pointers[t][y]
                path[t - 1] = y
            paths[b] = path
    return paths


def marginals(scores: np.ndarray, lengths: Sequence[int], transition: np.ndarray,
              rows: Sequence[int] | None = None) -> list[np.ndarray]:
    """P(label | sentence) per token, by scaled forward-backward, sentences batched.

    ``rows``: each sentence's number of rows in ``scores`` when that differs from
    ``lengths`` (a sentence given length 0 is skipped and gets an empty array).
    """
    starts = _starts(rows if rows is not None else lengths)
    out: list[np.ndarray] = [np.empty((0, scores.shape[1])) for _ in lengths]
    et = np.exp(transition)
    et_t = et.T
    for batch in _batches(lengths):
        s = _pad_by_time(scores, starts, lengths, batch)  # (steps, sentences, labels)
        # A constant per position cancels in the normalized marginals, so rows
        # are shifted to their maximum before exp to stay in range.
        e = np.exp(s - s.max(axis=2, keepdims=True))
        alpha = np.empty_like(e)
        a = e[0]
        alpha[0] = a / a.sum(axis=1, keepdims=True)
        # Buffers reused by every step, each step's slices contiguous: no temporaries per step.
        moved = np.empty_like(e[0])
        total = np.empty((len(batch), 1))
        for t in range(1, s.shape[0]):
            a = alpha[t]
            np.matmul(alpha[t - 1], et, out=moved)
            np.multiply(moved, e[t], out=a)
            a /= a.sum(axis=1, keepdims=True, out=total)
        beta = np.ones_like(e)
        # The batch is sorted by length: the sentences ended by step t (beta 1 there) are a
        # head of it, ``done`` long. Each step computes into beta[t] through reused buffers and
        # puts the head back to 1: the values np.where(t >= last, 1.0, ...) gave, in fewer calls.
        ends = [lengths[b] - 1 for b in batch]
        done = len(batch)
        weighted = np.empty_like(e[0])
        for t in range(s.shape[0] - 2, -1, -1):
            while done and ends[done - 1] > t:
                done -= 1
            bt = beta[t]
            np.multiply(e[t + 1], beta[t + 1], out=weighted)
            np.matmul(weighted, et_t, out=bt)
            bt /= bt.sum(axis=1, keepdims=True, out=total)
            if done:
                bt[:done] = 1.0
        p = alpha * beta
        p /= p.sum(axis=2, keepdims=True)
        for k, b in enumerate(batch):
            out[b] = p[:lengths[b], k]
    return out
