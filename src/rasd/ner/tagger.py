"""The shipped tagger: two stacked CRFs, loaded once per process, tagging BIO.

The models (``rasd/models/ner.crfsuite`` and its first pass
``ner.stage1.crfsuite``) are rebuilt by ``rasd train ner``; the word clusters
they were trained with live next to them (``ner_clusters.tsv``).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from rasd.ner.features import FeatureExtractor, stacked_features

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "ner.crfsuite"


def stage1_path(model: str | Path) -> Path:
    """The first-pass model that goes with a (second-pass) model file."""
    p = Path(model)
    return p.with_name(p.name.replace(".crfsuite", "") + ".stage1.crfsuite")


@lru_cache(maxsize=1)
def default_extractor() -> FeatureExtractor:
    """The feature extractor the shipped model was trained with (lexicons + clusters)."""
    from rasd.ner.clusters import load_clusters
    from rasd.ner.gazetteer import get_gazetteer

    return FeatureExtractor(get_gazetteer(), load_clusters())


class Tagger:
    """The two CRFsuite models plus their feature extractor."""

    def __init__(self, model: str | Path, extractor: FeatureExtractor | None = None):
        import pycrfsuite

        self.path = str(model)
        self.extractor = extractor or default_extractor()
        self._first = pycrfsuite.Tagger()
        self._first.open(str(stage1_path(model)))
        self._crf = pycrfsuite.Tagger()
        self._crf.open(self.path)
        self._lock = threading.Lock()  # a CRFsuite tagger holds per-sequence state

    def _features(self, sentences: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        base = self.extractor.document_features(sentences)
        first = [list(self._first.tag(x)) if x else [] for x in base]
        return stacked_features(self.extractor, sentences, base, first)

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
