"""The shipped tagger: a CRF fed by an auxiliary CRF, loaded once per process, tagging BIO.

Model files in ``rasd/models`` (rebuilt by ``rasd train ner``, see rasd.ner.train):
``ner.crfsuite`` (the tagger), ``ner.aux.crfsuite`` (auxiliary tagger trained on
WikiFANE, whose tags are features of the tagger), and the word data they were
trained with, ``ner_clusters.tsv`` and ``ner_silver.tsv``.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

from rasd.ner.corpus import bio_spans
from rasd.ner.decode import FeatureIndex, marginals, read_crfsuite, viterbi
from rasd.ner.features import NEIGHBOURS, FeatureExtractor, WordInfo, with_aux

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "ner.crfsuite"


def _sibling(model: str | Path, suffix: str) -> Path:
    p = Path(model)
    return p.with_name(p.name.replace(".crfsuite", "") + suffix)


def aux_path(model: str | Path) -> Path:
    """The auxiliary (WikiFANE) model that goes with a model file."""
    return _sibling(model, ".aux.crfsuite")


@lru_cache(maxsize=8)
def base_extractor(with_silver: bool = True, silver_path: str | None = None) -> FeatureExtractor:
    """Features from rasd's lexicons, the word clusters and (unless told not to) the silver lexicon."""
    from rasd.ner.clusters import load_clusters
    from rasd.ner.gazetteer import get_gazetteer
    from rasd.ner.silver import load_silver

    silver = load_silver(silver_path or None) if with_silver and silver_path != "" else {}
    return FeatureExtractor(get_gazetteer(), load_clusters(), silver)


def default_extractor() -> FeatureExtractor:
    """The feature extractor the shipped model was trained with."""
    return base_extractor()


class Tagger:
    """The CRF models plus their feature extractor, decoded in numpy (rasd.ner.decode)."""

    def __init__(self, model: str | Path, extractor: FeatureExtractor | None = None,
                 silver_path: str | None = None):
        self.path = str(model)
        self.extractor = extractor or base_extractor(silver_path=silver_path)
        self._main = read_crfsuite(self.path)
        self._aux = read_crfsuite(aux_path(model)) if aux_path(model).exists() else None
        models = [self._main] if self._aux is None else [self._main, self._aux]
        self._index = FeatureIndex(models)
        self._aux_cache: dict[tuple[int, int, int], list[str]] = {}
        self._ids_of_word: dict[str, tuple[array, ...]] = {}

    def _decode(self, sentences: Sequence[Sequence[str]], confidence: bool
                ) -> list[tuple[list[str], list[float]]]:
        lengths = [len(x) for x in sentences]
        if not any(lengths):
            return [([], []) for _ in sentences]
        x = self._encode(sentences)
        w_main = self._index.weights[0]
        scores = x @ w_main
        if self._aux is not None:
            aux_paths = viterbi(x @ self._index.weights[1], lengths, self._aux.transition)
            scores = scores + self._index.encode(self._aux_features(aux_paths)) @ w_main
        paths = viterbi(scores, lengths, self._main.transition)
        names = self._main.labels
        tags = [[names[k] for k in p] for p in paths]
        if not confidence:
            out = [(t, [1.0] * len(t)) for t in tags]
        else:
            # Confidence is only asked of names: sentences tagged all O skip forward-backward.
            named = [len(p) if any(x != "O" for x in t) else 0 for t, p in zip(tags, paths, strict=True)]
            probs = marginals(scores, named, self._main.transition, lengths)
            out = [(t, [float(pr[i, k]) if t[i] != "O" else 1.0 for i, k in enumerate(p)])
                   for t, p, pr in zip(tags, paths, probs, strict=True)]
        spread_person_names(sentences, out)
        return out if confidence else [(t, []) for t, _ in out]

    def _encode(self, sentences: Sequence[Sequence[str]]) -> csr_matrix:
        """The document's feature matrix, as FeatureIndex.encode of its feature lists would give,
        built from each distinct word's attribute ids, looked up once (``_word_ids``)."""
        infos, positions = self.extractor.document_layout(sentences)
        get, unknown = self._index.ids.get, self._index.unknown
        cols = array("i")
        indptr = [0]
        for tokens, row, pos in zip(sentences, infos, positions, strict=True):
            words = [self._word_ids(t, wi) for t, wi in zip(tokens, row, strict=True)]
            n_tok = len(words)
            for i in range(n_tok):
                cols.extend(words[i][0])
                for off, k in NEIGHBOURS:
                    if 0 <= i + off < n_tok:
                        cols.extend(words[i + off][k + 1])
                cols.extend([get(f, unknown) for f in pos[i]])
                indptr.append(len(cols))
        data = np.ones(len(cols))
        return csr_matrix((data, np.frombuffer(cols, dtype=np.int32), np.asarray(indptr)),
                          shape=(len(indptr) - 1, unknown + 1))

    def _word_ids(self, token: str, wi: WordInfo) -> tuple[array, ...]:
        """Attribute ids of a word's own features and of each of its ``around`` lists."""
        got = self._ids_of_word.get(token)
        if got is None:
            if len(self._ids_of_word) >= 100_000:  # bound memory on huge runs
                self._ids_of_word.clear()
            ids, unknown = self._index.ids, self._index.unknown
            got = self._ids_of_word[token] = tuple(
                array("i", [ids.get(f, unknown) for f in part]) for part in (wi.own, *wi.around))
        return got

    def _aux_features(self, paths: list[list[int]]) -> list[list[str]]:
        """with_aux's features per token, built once per (previous, own, next) auxiliary tag."""
        labels = self._aux.labels if self._aux is not None else []
        cache = self._aux_cache
        out: list[list[str]] = []
        for p in paths:
            n = len(p)
            for i in range(n):
                key = (p[i - 1] if i else -1, p[i], p[i + 1] if i + 1 < n else -1)
                f = cache.get(key)
                if f is None:
                    window = [labels[k] for k in key if k >= 0]
                    f = cache[key] = with_aux([[] for _ in window], window)[1 if i else 0]
                out.append(f)
        return out

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence (token strings) of one document."""
        return [t for t, _ in self._decode(sentences, confidence=False)]

    def tag_document_with_confidence(self, sentences: Sequence[Sequence[str]]
                                     ) -> list[tuple[list[str], list[float]]]:
        """BIO tags and, per token, the marginal probability of its tag."""
        return self._decode(sentences, confidence=True)


def spread_person_names(sentences: Sequence[Sequence[str]], tagged: list[tuple[list[str], list[float]]]) -> None:
    """Tag the untagged repeats of a person's name found elsewhere in the same document.

    A CRF decides each sentence alone, so a foreign name it recognized once (after a
    title, say) is often missed where it recurs bare. Only exact repeats of the whole
    name as written, wholly untagged, are filled, with the confidence the name had.
    Measured on ANERcorp's held-out folds: F1 +0.004 and +0.007 (rasd.ner.train).
    """
    known: dict[tuple[str, ...], float] = {}
    for tokens, (tags, probs) in zip(sentences, tagged, strict=True):
        for s, e, typ in bio_spans(tags):
            if typ == "PER":
                key = tuple(tokens[s:e])
                known[key] = max(known.get(key, 0.0), min(probs[s:e], default=1.0))
    if not known:
        return
    longest = max(map(len, known))
    firsts = {k[0] for k in known}
    for tokens, (tags, probs) in zip(sentences, tagged, strict=True):
        i = 0
        while i < len(tokens):
            if tokens[i] not in firsts:
                i += 1
                continue
            for n in range(min(longest, len(tokens) - i), 0, -1):
                conf = known.get(tuple(tokens[i:i + n]))
                if conf is not None and all(t == "O" for t in tags[i:i + n]) \
                        and (i + n == len(tags) or not tags[i + n].startswith("I-")):
                    tags[i:i + n] = ["B-PER"] + ["I-PER"] * (n - 1)
                    probs[i:i + n] = [conf] * n
                    i += n
                    break
            else:
                i += 1


_TAGGERS: dict[str, Tagger] = {}


def get_tagger(model: str | None = None) -> Tagger:
    """The tagger for ``model`` (default: the shipped one), loaded once per process."""
    path = str(model or MODEL_PATH)
    tagger = _TAGGERS.get(path)
    if tagger is None:
        if not Path(path).exists():
            raise FileNotFoundError(f"NER model not found: {path} (build it with `rasd train ner`)")
        tagger = _TAGGERS[path] = Tagger(path)
    return tagger


def reset_models() -> None:
    """Forget loaded models and word data (after retraining in this process)."""
    from rasd.ner.silver import load_silver

    _TAGGERS.clear()
    load_silver.cache_clear()
    base_extractor.cache_clear()
