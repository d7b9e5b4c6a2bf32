"""The shipped tagger: a CRF fed by an auxiliary CRF, loaded once per process, tagging BIO.

Model files in ``rasd/models`` (rebuilt by ``rasd train ner``, see rasd.ner.train):
``ner.crfsuite`` (the tagger), ``ner.aux.crfsuite`` (auxiliary tagger trained on
WikiFANE, whose tags are features of the tagger), and the word data they were
trained with, ``ner_clusters.tsv`` and ``ner_silver.tsv``; ``ner_words.npz`` holds the feature
ids of the news vocabulary's commonest words (rasd.ner.wordtable).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain, compress, filterfalse
from pathlib import Path

import numpy as np

from rasd.ner.corpus import bio_spans
from rasd.ner.decode import FeatureIndex, marginals, read_crfsuite, viterbi
from rasd.ner.features import (
    NEIGHBOURS,
    POSITION_SLOTS,
    DocContext,
    FeatureExtractor,
    WordInfo,
    forget_feature_lists,
    pair_feature_ids,
)
from rasd.ner.wordtable import WordTable, load_word_table, words_path

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
                 silver_path: str | None = None, word_table: bool = True):
        """``word_table``: read the feature ids of common words from the model's word table
        (rasd.ner.wordtable) when it matches; the scores are the same either way."""
        self.path = str(model)
        self.extractor = extractor or base_extractor(silver_path=silver_path)
        self._main = read_crfsuite(self.path)
        self._aux = read_crfsuite(aux_path(model)) if aux_path(model).exists() else None
        models = [self._main] if self._aux is None else [self._main, self._aux]
        self._index = FeatureIndex(models)
        # Both models' weights side by side: one product scores a feature for both.
        self._weights = np.hstack(self._index.weights)
        self._n_main = len(self._main.labels)
        self._aux_weights = self._aux_feature_weights()
        self._pairs = pair_feature_ids(self._index.ids, self._index.unknown)
        # Each distinct word's summed weights, for its own features and for each list
        # it gives its neighbours (rows of ``_word_table``, found by ``_word_row``).
        self._word_row: dict[str, int] = {}
        self._word_table = np.zeros((4096, 1 + len(NEIGHBOURS), self._weights.shape[1]))
        self._shipped: WordTable | None = None
        self._shipped_pending = word_table  # loaded when the first words are tagged

    def shipped_words(self) -> WordTable | None:
        """The model's word table, when it exists and matches this tagger (loaded once)."""
        if self._shipped_pending:
            self._shipped_pending = False
            self._shipped = load_word_table(words_path(self.path), self._index.ids, self.extractor)
        return self._shipped

    def _decode(self, sentences: Sequence[Sequence[str]], confidence: bool
                ) -> list[tuple[list[str], list[float]]]:
        lengths = [len(x) for x in sentences]
        if not any(lengths):
            return [([], []) for _ in sentences]
        both = self._scores(sentences)
        scores = both[:, :self._n_main]
        if self._aux is not None:
            aux_paths = viterbi(both[:, self._n_main:], lengths, self._aux.transition)
            scores = scores + self._aux_scores(aux_paths)
        paths = viterbi(scores, lengths, self._main.transition)
        names = self._main.labels
        tags = [[names[k] for k in p] for p in paths]
        if not confidence:
            out = [(t, [1.0] * len(t)) for t in tags]
        else:
            # Confidence is only asked of names: sentences tagged all O skip forward-backward.
            named = [len(p) if t.count("O") != len(t) else 0 for t, p in zip(tags, paths, strict=True)]
            probs = marginals(scores, named, self._main.transition, lengths)
            # per token: few are named, and a numpy call per sentence costs more than reading them
            out = [(t, [float(pr[i, k]) if t[i] != "O" else 1.0 for i, k in enumerate(p)] if m else [1.0] * len(t))
                   for t, p, pr, m in zip(tags, paths, probs, named, strict=True)]
        spread_person_names(sentences, out, self._may_be_surname)
        return out if confidence else [(t, []) for t, _ in out]

    def _may_be_surname(self, token: str) -> bool:
        """Whether the last word of a person's name may stand for the person alone: not a word
        rasd's lexicons know as something else (a title, a given name, a nisba adjective...),
        nor one the raw news named only as a place, organization or thing (silver lexicon)."""
        wi = self.extractor.info(token)
        return not wi.classes and (not wi.silver or any(x == "O" or x.startswith("PER") for x in wi.silver))

    def _scores(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """(tokens x labels of both models) state scores of the document.

        A linear CRF's state score is a sum of feature weights, and most features
        belong to a word (its own, or the ones it gives its neighbours), so each
        distinct word's sums are computed once and kept: a token's score is its
        word's row plus its neighbours' rows plus the weights of its position's
        features, the same sum ``FeatureIndex.encode(features) @ weights`` gives.
        """
        shipped = self.shipped_words()  # also holds the common words' infos, found without computing
        infos, hits, ctx = self.extractor.document_words(sentences, shipped.info if shipped is not None else None)
        rows = self._rows(sentences, infos)
        table = self._word_table[rows]  # (tokens, 1 + neighbours, labels)
        scores = table[:, 0].copy()
        at = np.concatenate([np.arange(len(x)) for x in sentences])
        size = np.repeat([len(x) for x in sentences], [len(x) for x in sentences])
        for k, (off, _) in enumerate(NEIGHBOURS, start=1):
            took = np.flatnonzero((at + off >= 0) & (at + off < size))
            scores[took] += table[took + off, k]
        return scores + self._position_scores(sentences, infos, hits, ctx)

    def _position_scores(self, sentences: Sequence[Sequence[str]], infos: list[list[WordInfo]],
                         hits: list[list[str]], ctx: DocContext) -> np.ndarray:
        """Each token's summed weights of its position's features (BOS, pairs, lexicon tag,
        document context), added kind by kind in the order the feature list has them: the
        same additions as ``FeatureIndex.encode(positions) @ weights``, whose row sums run
        over a position's features in order. A feature no model knows adds nothing."""
        unknown = self._index.unknown
        cols = self.extractor.position_ids(sentences, infos, hits, ctx, self._index.ids, unknown, self._pairs)
        weights = self._weights
        scores = weights[cols[:, 0]]
        for k in range(1, POSITION_SLOTS):
            col = cols[:, k]
            took = np.flatnonzero(col != unknown)
            if len(took):
                scores[took] += weights[col[took]]
        return scores

    def _rows(self, sentences: Sequence[Sequence[str]], infos: list[list[WordInfo]]) -> np.ndarray:
        """Each token's row of ``_word_table``, adding the words seen for the first time."""
        row_of = self._word_row
        if len(row_of) >= 100_000:  # bound memory on huge runs
            row_of.clear()
        tokens = list(chain.from_iterable(sentences))
        # The document's distinct words in order of first use (a C-level pass), then only
        # those without a row visited in Python: a word recurs about twice per article.
        new = list(filterfalse(row_of.__contains__, dict.fromkeys(tokens)))
        if new:
            info_of = dict(zip(tokens, chain.from_iterable(infos), strict=True))  # a word's tokens share one
            fresh = {t: info_of[t] for t in new}
            # Words of the shipped table are summed from their stored ids, the others from
            # their feature names: the same weights added in the same order either way.
            shipped = self.shipped_words()
            listed = [t for t in fresh if t in shipped.row] if shipped is not None else []
            named = [wi for t, wi in fresh.items() if t not in shipped.row] if listed else list(fresh.values())
            blocks = []
            if listed:
                blocks.append(shipped.matrix(listed, len(self._weights)) @ self._weights)
            if named:
                parts = [part for wi in named for part in (wi.own, *wi.around)]
                blocks.append(self._index.encode(parts) @ self._weights)
                for wi in named:  # the row now holds their sum: the lists (~1.5 KB a word) would only sit in memory
                    forget_feature_lists(wi)
            sums = (blocks[0] if len(blocks) == 1 else np.concatenate(blocks)).reshape(
                len(fresh), 1 + len(NEIGHBOURS), -1)
            if listed:  # rows in the order of the blocks: the listed words first
                fresh = {**dict.fromkeys(listed), **fresh}
            base = len(row_of)
            if base + len(fresh) > len(self._word_table):  # grow by doubling
                grown = np.zeros((2 * (base + len(fresh)), *self._word_table.shape[1:]))
                grown[:base] = self._word_table[:base]
                self._word_table = grown
            self._word_table[base:base + len(fresh)] = sums
            # interned keys: the same string objects as the feature extractor's word cache
            row_of.update(zip(map(sys.intern, fresh), range(base, base + len(fresh)), strict=True))
        return np.fromiter(map(row_of.__getitem__, tokens), dtype=np.intp, count=len(tokens))

    def _aux_feature_weights(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The tagger's weights for ``with_aux``'s three features, by auxiliary label id:
        the token's own tag, its previous one (last row: none, BOS) and its next (EOS)."""
        labels = self._aux.labels if self._aux is not None else []
        w = self._index.weights[0]
        ids, unknown = self._index.ids, self._index.unknown

        def rows(prefix: str, edge: str | None) -> np.ndarray:
            names = [f"{prefix}={x}" for x in labels] + ([f"{prefix}={edge}"] if edge else [])
            return w[[ids.get(n, unknown) for n in names]]

        return rows("ax", None), rows("ax-1", "BOS"), rows("ax+1", "EOS")

    def _aux_scores(self, paths: list[list[int]]) -> np.ndarray:
        """The tagger's scores from the auxiliary tags (``with_aux``'s features), per token."""
        own, prev, nxt = self._aux_weights
        edge = len(own)  # the BOS/EOS row
        tags = np.fromiter(chain.from_iterable(paths), dtype=np.intp)
        before = np.concatenate([[edge] + p[:-1] for p in paths if p])
        after = np.concatenate([p[1:] + [edge] for p in paths if p])
        return own[tags] + prev[before] + nxt[after]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence (token strings) of one document."""
        return [t for t, _ in self._decode(sentences, confidence=False)]

    def tag_document_with_confidence(self, sentences: Sequence[Sequence[str]]
                                     ) -> list[tuple[list[str], list[float]]]:
        """BIO tags and, per token, the marginal probability of its tag."""
        return self._decode(sentences, confidence=True)


def spread_person_names(sentences: Sequence[Sequence[str]], tagged: list[tuple[list[str], list[float]]],
                        surname: Callable[[str], bool] | None = None) -> None:
    """Tag the untagged repeats of a person's name found elsewhere in the same document.

    A CRF decides each sentence alone, so a foreign name it recognized once (after a
    title, say) is often missed where it recurs bare. Exact repeats of the whole name
    as written, wholly untagged, are filled, with the confidence the name had; with
    ``surname`` (a word -> may it name the person alone), so are the bare repeats of
    the last word of a name of two words or more (``السقاف`` after ``عمر السقاف``),
    when that word has three letters or more and ``surname`` accepts it.
    Measured on ANERcorp's held-out folds (rasd.ner.train): whole names F1 +0.004 and
    +0.003; last words, given the tagger's lexicon-class test, another +0.003 and +0.001.
    """
    known: dict[tuple[str, ...], float] = {}
    for tokens, (tags, probs) in zip(sentences, tagged, strict=True):
        for s, e, typ in bio_spans(tags):
            if typ == "PER":
                conf = min(probs[s:e], default=1.0)
                key = tuple(tokens[s:e])
                known[key] = max(known.get(key, 0.0), conf)
                if surname is not None and e - s > 1 and len(tokens[e - 1]) > 2 and surname(tokens[e - 1]):
                    last = (tokens[e - 1],)
                    known[last] = max(known.get(last, 0.0), conf)
    if not known:
        return
    longest = max(map(len, known))
    firsts = {k[0] for k in known}
    for tokens, (tags, probs) in zip(sentences, tagged, strict=True):
        after = 0  # the first token not inside a name filled in here
        # only the tokens that begin a known name are visited
        for i in compress(range(len(tokens)), map(firsts.__contains__, tokens)):
            if i < after:
                continue
            for n in range(min(longest, len(tokens) - i), 0, -1):
                conf = known.get(tuple(tokens[i:i + n]))
                if conf is not None and all(t == "O" for t in tags[i:i + n]) \
                        and (i + n == len(tags) or not tags[i + n].startswith("I-")):
                    tags[i:i + n] = ["B-PER"] + ["I-PER"] * (n - 1)
                    probs[i:i + n] = [conf] * n
                    after = i + n
                    break


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
