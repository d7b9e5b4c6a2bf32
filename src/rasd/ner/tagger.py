"""The shipped tagger: a CRF fed by an auxiliary CRF, loaded once per process, tagging BIO.

Model files in ``rasd/models`` (rebuilt by ``rasd train ner``, see rasd.ner.train):
``ner.crfsuite`` (the tagger), ``ner.aux.crfsuite`` (auxiliary tagger trained on
WikiFANE, whose tags are features of the tagger), and the word data they were
trained with, ``ner_clusters.tsv`` and ``ner_silver.tsv``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from rasd.ner.features import FeatureExtractor, with_aux

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
    """The CRFsuite models plus their feature extractor."""

    def __init__(self, model: str | Path, extractor: FeatureExtractor | None = None,
                 silver_path: str | None = None):
        import pycrfsuite

        self.path = str(model)
        self.extractor = extractor or base_extractor(silver_path=silver_path)
        self._aux = None
        if aux_path(model).exists():
            self._aux = pycrfsuite.Tagger()
            self._aux.open(str(aux_path(model)))
        self._crf = pycrfsuite.Tagger()
        self._crf.open(self.path)
        self._lock = threading.Lock()  # a CRFsuite tagger holds per-sequence state

    def _features(self, sentences: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        base = self.extractor.document_features(sentences)
        if self._aux is not None:
            base = [with_aux(x, self._aux.tag(x)) if x else x for x in base]
        return base

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence (token strings) of one document."""
        with self._lock:
            feats = self._features(sentences)
            return [list(self._crf.tag(x)) if x else [] for x in feats]

    def tag_document_with_confidence(self, sentences: Sequence[Sequence[str]]
                                     ) -> list[tuple[list[str], list[float]]]:
        """BIO tags and, per token, the marginal probability of its tag."""
        out = []
        with self._lock:
            for x in self._features(sentences):
                if not x:
                    out.append(([], []))
                    continue
                tags = list(self._crf.tag(x))
                probs = [self._crf.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)]
                out.append((tags, probs))
        return out


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
