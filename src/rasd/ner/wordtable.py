"""The tagger's word table: the feature ids of the news vocabulary's commonest words, shipped.

The tagger sums each distinct word's feature weights once per process (rasd.ner.tagger).
For a word seen for the first time that means building its ~25 feature names and
looking each up among the model's 110,000: most of the tagger's cost on a fresh
process. This table holds, for the most frequent words of the news corpus, the ids of
the features each word gives itself and each neighbour (its ``own`` and ``around``
lists, features no model knows left out: their weight row is zero and adding it
changes no sum), so the tagger sums the same weights, in the same order, without
building a string. It also keeps each word's WordInfo (what the extractor's ``_compute``
finds: normalized form, stem, lexicon classes, clusters...), read instead of computed.
``ner_words.npz`` sits next to the model it was built from.

A table is used only when it still describes the running tagger: its fingerprint (the
model's feature names in id order and the extractor's word data: clusters, silver
lexicon, lexicon word classes, nisba adjectives) must match, and the first words' ids
and infos must equal freshly computed ones (which catches a change in the feature code itself).

Rebuilt by ``rasd train ner``; ``python -m rasd.ner.wordtable`` rebuilds it from the
shipped model alone (same words, or the commonest words of ``--news`` files).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy.sparse import csr_matrix

from rasd.ner.features import NEIGHBOURS, FeatureExtractor, WordInfo

if TYPE_CHECKING:
    from rasd.ner.tagger import Tagger

SLOTS = 1 + len(NEIGHBOURS)  # a word's own list, then one per neighbour offset
DEFAULT_SIZE = 80_000  # words: about 3.2 MB compressed, and 90% of a news article's distinct words
PROBE = 64  # words re-derived when a table is loaded


def words_path(model: str | Path) -> Path:
    """The word table that goes with a model file (``ner.crfsuite`` -> ``ner_words.npz``)."""
    p = Path(model)
    return p.with_name(p.name.replace(".crfsuite", "") + "_words.npz")


def frequent_words(paths: Iterable[str | Path], size: int = DEFAULT_SIZE) -> list[str]:
    """The ``size`` commonest tokens (as written) of JSONL news files, commonest first."""
    from rasd.ner.silver import news_documents

    counts: Counter[str] = Counter()
    for doc in news_documents(paths):
        for tokens in doc:
            counts.update(tokens)
    return [w for w, _ in counts.most_common() if "\n" not in w][:size]


def word_ids(extractor: FeatureExtractor, ids: dict[str, int], word: str) -> list[list[int]]:
    """Per slot (own, then each neighbour offset), the ids of the word's features ``ids`` knows."""
    wi = extractor.info(word)
    return [[ids[f] for f in part if f in ids] for part in (wi.own, *wi.around)]


# A word's WordInfo stored as one line: its fields apart by tabs, a tuple's items by unit separators
# (neither is ever inside a token, which whitespace ends, nor inside a class or silver name).
_FIELD, _ITEM = "\t", "\x1f"


def info_record(wi: WordInfo) -> str:
    """One line holding what :meth:`FeatureExtractor._compute` found about a word (its token aside).
    The normalized form is left empty when it is the token, the stem when it is the normalized
    form (most words): a value written out starts with "=", which tells "" from none."""
    key = "" if wi.key == wi.token else "=" + wi.key
    stem = "" if wi.stem == wi.key else "=" + wi.stem
    return _FIELD.join((key, stem, _ITEM.join(wi.classes), wi.shape, wi.cluster,
                        "" if wi.coarse is None else "=" + wi.coarse, _ITEM.join(wi.silver),
                        "al" if wi.article else ""))


def parse_info(token: str, record: str) -> WordInfo:
    """The WordInfo of :func:`info_record`'s line: equal to the one ``_compute`` gives."""
    key, stem, classes, shape, cluster, coarse, silver, article = record.split(_FIELD)
    key = key[1:] if key else token
    found = tuple(classes.split(_ITEM)) if classes else ()
    return WordInfo(key=key, stem=stem[1:] if stem else key, classes=found, person_title="title" in found, shape=shape,
                    cluster=cluster, silver=tuple(silver.split(_ITEM)) if silver else (), token=token,
                    coarse=coarse[1:] if coarse else None, article=article == "al")


def fingerprint(ids: dict[str, int], extractor: FeatureExtractor) -> str:
    """What a word's feature ids depend on: the feature names in id order and the word data."""
    from rasd.lexicon.geo import nisba_index

    h = hashlib.sha1()
    h.update("\n".join(ids).encode())
    for words in (extractor.clusters, extractor.silver):
        h.update(b"\0" + "\n".join(words).encode() + b"\0" + "\n".join(words.values()).encode())
    classes = getattr(extractor.lexicon, "_classes", None)
    h.update(b"\0" + repr(classes).encode())
    if classes is not None:  # the gazetteer also calls words nisba adjectives
        h.update(b"\0" + repr(nisba_index()).encode())
    return h.hexdigest()


@dataclass
class WordTable:
    """Words -> per-slot feature ids (a flat id array cut by per-slot counts)."""

    row: dict[str, int]  # word -> its number in the table
    counts: np.ndarray  # (words, SLOTS) how many ids each slot has
    offsets: np.ndarray  # (words * SLOTS + 1,) where each slot's ids start in ``ids``
    ids: np.ndarray  # all ids, word by word, slot by slot
    records: bytes = b""  # each word's :func:`info_record`, UTF-8, word by word (b"": none stored)
    record_ends: np.ndarray | None = None  # (words + 1,) where each word's record starts and ends

    def info(self, word: str) -> WordInfo | None:
        """The word's stored WordInfo (None when the table lacks the word or holds no records).
        Decoded on demand: a process meets a fraction of the table's words."""
        k = self.row.get(word)
        if k is None or self.record_ends is None:
            return None
        return parse_info(word, self.records[self.record_ends[k]:self.record_ends[k + 1]].decode())

    def slots(self, word: str) -> list[list[int]]:
        k = self.row[word] * SLOTS
        o = self.offsets
        return [self.ids[o[k + s]:o[k + s + 1]].tolist() for s in range(SLOTS)]

    def matrix(self, words: Sequence[str], width: int) -> csr_matrix:
        """(words * SLOTS, width) count matrix of the words' slots, as ``FeatureIndex.encode``
        of their feature lists less the features no model knows."""
        at = [self.row[w] for w in words]
        o = self.offsets
        cols = np.concatenate([self.ids[o[k * SLOTS]:o[(k + 1) * SLOTS]] for k in at])
        indptr = np.zeros(len(at) * SLOTS + 1, dtype=np.int64)
        np.cumsum(self.counts[at].ravel(), out=indptr[1:])
        return csr_matrix((np.ones(len(cols)), cols, indptr), shape=(len(at) * SLOTS, width))


def build_word_table(tagger: Tagger, words: Sequence[str], output: str | Path | None = None) -> dict[str, float]:
    """Write the word table of ``words`` for ``tagger`` (default: next to its model)."""
    ids = tagger._index.ids
    counts = np.zeros((len(words), SLOTS), dtype=np.uint8)
    flat: list[int] = []
    records: list[bytes] = []
    for k, w in enumerate(words):
        for s, part in enumerate(word_ids(tagger.extractor, ids, w)):
            counts[k, s] = len(part)
            flat.extend(part)
        wi = tagger.extractor._compute(w)
        records.append(info_record(wi).encode())
        if parse_info(w, records[-1].decode()) != wi:
            raise ValueError(f"the word data of {w!r} does not survive being stored")
    out = Path(output) if output else words_path(tagger.path)
    blob = np.frombuffer("\n".join(words).encode(), dtype=np.uint8)
    with open(out, "wb") as fh:
        np.savez_compressed(fh, words=blob, counts=counts, ids=np.asarray(flat, dtype=np.int32),
                 records=np.frombuffer(b"".join(records), dtype=np.uint8),
                 record_ends=np.cumsum([0, *map(len, records)], dtype=np.int64),
                 fingerprint=np.asarray(fingerprint(ids, tagger.extractor)))
    return {"words": len(words), "ids": len(flat), "mb": round(out.stat().st_size / 1e6, 2)}


def load_word_table(path: str | Path, ids: dict[str, int], extractor: FeatureExtractor) -> WordTable | None:
    """The table at ``path`` when it describes this feature index and extractor, else None."""
    if not Path(path).exists():
        return None
    with np.load(path, allow_pickle=False) as z:
        if str(z["fingerprint"]) != fingerprint(ids, extractor):
            return None
        words = z["words"].tobytes().decode().split("\n")
        counts, flat = z["counts"], z["ids"]
        # tables written before the records were stored still give their ids
        records = z["records"].tobytes() if "records" in z else b""
        record_ends = z["record_ends"] if "record_ends" in z else None
    offsets = np.zeros(counts.size + 1, dtype=np.int64)
    np.cumsum(counts.ravel(), out=offsets[1:])
    table = WordTable(dict(zip(words, range(len(words)), strict=True)), counts, offsets, flat,
                      records, record_ends)
    if any(table.slots(w) != word_ids(extractor, ids, w) for w in words[:PROBE]):
        return None  # the feature code changed since the table was built
    if record_ends is not None and any(table.info(w) != extractor._compute(w) for w in words[:PROBE]):
        return None  # so did the word data code
    return table


if __name__ == "__main__":  # python -m rasd.ner.wordtable [--news FILE ...] [--size N] [--model PATH]
    import argparse
    import json

    from rasd.ner.tagger import MODEL_PATH, Tagger

    ap = argparse.ArgumentParser(description="Rebuild the tagger's word table from the model files")
    ap.add_argument("--model", default=str(MODEL_PATH))
    ap.add_argument("--news", nargs="*", default=[], help="JSONL news files to take the commonest words from "
                    "(default: the words of the present table)")
    ap.add_argument("--size", type=int, default=DEFAULT_SIZE)
    ns = ap.parse_args()
    if ns.news:
        vocab = frequent_words(ns.news, ns.size)
    else:
        with np.load(words_path(ns.model), allow_pickle=False) as z:
            vocab = z["words"].tobytes().decode().split("\n")
    print(json.dumps(build_word_table(Tagger(ns.model, word_table=False), vocab)))
