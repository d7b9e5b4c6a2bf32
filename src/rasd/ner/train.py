"""Train the shipped tagger (``rasd train ner``) and cross-validate it.

The tagger is two stacked CRFs. The first tags each sentence from the word, its
neighbours, rasd's lexicons and word clusters; the second sees the same features
plus what the first decided here and elsewhere in the document (see
``rasd.ner.features.stacked_features``). The second CRF is trained on first-pass
tags of text the first pass did not train on (jackknifing), as it will see at
run time.

Training data (``{shared}/data/ner``): the ANERcorp training part, cut into
pseudo-documents of 20 consecutive sentences (it has no article breaks).
WikiFANE and AQMAR were measured and left out: mapped to the four types they
lowered the cross-validated F1 on ANERcorp (their MISC means other things and
Wikipedia prose differs from news); pass them with ``--corpus`` to use them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rasd.ner.corpus import Sentence, group_documents, read_corpus
from rasd.ner.features import FeatureExtractor, stacked_features
from rasd.ner.tagger import MODEL_PATH, default_extractor, stage1_path

# L1/L2 regularization and a bounded number of L-BFGS iterations keep each model
# a few MB and its training well under a minute on one core.
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.minfreq": 1,
          "feature.possible_transitions": True}
ANERCORP = "data/ner/anercorp/ANERCorp.train.txt"
DOC_SIZE = 20  # sentences per pseudo-document
JACKKNIFE = 4  # parts for the first pass's out-of-sample tags

Doc = list[Sentence]
Feats = list[list[list[str]]]  # per sentence, per token, feature strings


def featurize_docs(extractor: FeatureExtractor, docs: Sequence[Doc]) -> list[Feats]:
    return [extractor.document_features([toks for toks, _ in d]) for d in docs]


def train_crf(xs: Sequence[list[list[str]]], ys: Sequence[list[str]], output: str | Path,
              params: dict[str, Any] | None = None) -> float:
    """Train and write one CRFsuite model; returns the seconds it took."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys, strict=True):
        if x:
            trainer.append(x, y)
    trainer.set_params({**PARAMS, **(params or {})})
    t0 = time.perf_counter()
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    return time.perf_counter() - t0


def _flat(docs_feats: Sequence[Feats]) -> list[list[list[str]]]:
    return [x for d in docs_feats for x in d]


def _tags(docs: Sequence[Doc]) -> list[list[str]]:
    return [tags for d in docs for _, tags in d]


def _tag_docs(model: str | Path, docs_feats: Sequence[Feats]) -> list[list[list[str]]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    try:
        return [[list(tagger.tag(x)) if x else [] for x in d] for d in docs_feats]
    finally:
        tagger.close()


def _stack(extractor: FeatureExtractor, docs: Sequence[Doc], feats: Sequence[Feats],
           first: Sequence[list[list[str]]]) -> list[Feats]:
    return [stacked_features(extractor, [toks for toks, _ in d], f, t)
            for d, f, t in zip(docs, feats, first, strict=True)]


def train_stacked(extractor: FeatureExtractor, docs: Sequence[Doc], feats: Sequence[Feats],
                  output: str | Path, params: dict[str, Any] | None = None, workdir: str = "/tmp"
                  ) -> dict[str, float]:
    """Train both passes on ``docs`` and write ``output`` and its first-pass model next to it."""
    t0 = time.perf_counter()
    first: list[list[list[str]]] = [[] for _ in docs]
    bounds = [round(k * len(docs) / JACKKNIFE) for k in range(JACKKNIFE + 1)]
    tmp = Path(workdir) / f"rasd-ner-jack-{os.getpid()}.crfsuite"
    for k in range(JACKKNIFE):
        a, b = bounds[k], bounds[k + 1]
        train_crf(_flat([*feats[:a], *feats[b:]]), _tags([*docs[:a], *docs[b:]]), tmp, params)
        first[a:b] = _tag_docs(tmp, feats[a:b])
    tmp.unlink(missing_ok=True)
    t1 = train_crf(_flat(feats), _tags(docs), stage1_path(output), params)
    stacked = _stack(extractor, docs, feats, first)
    t2 = train_crf(_flat(stacked), _tags(docs), output, params)
    return {"seconds": round(time.perf_counter() - t0, 1), "stage1_seconds": round(t1, 1),
            "stage2_seconds": round(t2, 1)}


def tag_stacked(extractor: FeatureExtractor, model: str | Path, docs: Sequence[Doc],
                feats: Sequence[Feats]) -> list[list[list[str]]]:
    first = _tag_docs(stage1_path(model), feats)
    return _tag_docs(model, _stack(extractor, docs, feats, first))


def cross_validate(sentences: list[Sentence], folds: int = 5, extractor: FeatureExtractor | None = None,
                   params: dict[str, Any] | None = None, only_folds: Sequence[int] | None = None,
                   stacked: bool = True, workdir: str = "/tmp") -> dict[str, Any]:
    """Contiguous k-fold cross-validation over pseudo-documents.

    Contiguous folds keep one story's repeated names inside one fold, as unseen
    test data would. Returns micro scores over all tested folds, per type, and
    each fold's F1 (first pass alone under ``first_pass``).
    """
    from rasd.evaluate.ner import conll_scores

    fx = extractor or default_extractor()
    docs = group_documents(sentences, DOC_SIZE)
    feats = featurize_docs(fx, docs)
    bounds = [round(k * len(docs) / folds) for k in range(folds + 1)]
    gold: list[list[str]] = []
    pred: list[list[str]] = []
    pred1: list[list[str]] = []
    per_fold = []
    model = Path(workdir) / f"rasd-ner-cv-{os.getpid()}.crfsuite"
    for k in range(folds):
        if only_folds is not None and k not in only_folds:
            continue
        a, b = bounds[k], bounds[k + 1]
        train_docs, train_feats = [*docs[:a], *docs[b:]], [*feats[:a], *feats[b:]]
        if stacked:
            train_stacked(fx, train_docs, train_feats, model, params, workdir)
            p = _flatten_tags(tag_stacked(fx, model, docs[a:b], feats[a:b]))
            pred1.extend(_flatten_tags(_tag_docs(stage1_path(model), feats[a:b])))
        else:
            train_crf(_flat(train_feats), _tags(train_docs), stage1_path(model), params)
            p = _flatten_tags(_tag_docs(stage1_path(model), feats[a:b]))
            pred1.extend(p)
        g = _tags(docs[a:b])
        per_fold.append(conll_scores(g, p)["f1"])
        gold.extend(g)
        pred.extend(p)
    for path in (model, stage1_path(model)):
        Path(path).unlink(missing_ok=True)
    report = conll_scores(gold, pred)
    report["folds"] = per_fold
    report["first_pass"] = {k: v for k, v in conll_scores(gold, pred1).items() if k in ("p", "r", "f1")}
    return report


def _flatten_tags(docs_tags: Sequence[list[list[str]]]) -> list[list[str]]:
    return [t for d in docs_tags for t in d]


def train_ner_model(corpora: list[str] | None, output: str | None, shared: str, console: Any = None,
                    cv_folds: int = 0) -> dict[str, Any]:
    """Train the tagger and write it (default: the shipped model). Returns what it did.

    ``corpora``: `token TAG` files or folders (default: ANERcorp's training part
    under ``shared``). Word clusters are learned from ``{shared}/data/news`` first
    when the package has none. ``cv_folds`` > 0 also cross-validates (slower).
    """
    from rasd.ner import clusters as cl

    def say(msg: str) -> None:
        if console is not None:
            console.print(msg)

    t_start = time.perf_counter()
    report: dict[str, Any] = {}
    news = sorted((Path(shared) / "data" / "news").glob("*.jsonl"))
    if not cl.CLUSTERS_PATH.exists() and news:
        say("learning word clusters from the news corpus ...")
        report["clusters"] = cl.build_clusters(news)
        cl.load_clusters.cache_clear()
        default_extractor.cache_clear()
    paths = corpora or [str(Path(shared) / ANERCORP)]
    sentences: list[Sentence] = []
    for p in paths:
        if not Path(p).exists():
            raise FileNotFoundError(f"NER corpus not found: {p}")
        sentences.extend(read_corpus(p))
    report.update(corpora=paths, sentences=len(sentences), tokens=sum(len(t) for t, _ in sentences))
    fx = default_extractor()
    if cv_folds:
        say(f"{cv_folds}-fold cross-validation ...")
        cv = cross_validate(sentences, folds=cv_folds, extractor=fx)
        report["cv"] = {k: cv[k] for k in ("p", "r", "f1", "folds", "first_pass")}
        report["cv_by_type"] = {t: v["f1"] for t, v in cv["by_type"].items()}
    say(f"training on {report['tokens']} tokens ...")
    docs = group_documents(sentences, DOC_SIZE)
    out = Path(output) if output else MODEL_PATH
    report.update(train_stacked(fx, docs, featurize_docs(fx, docs), out))
    report["model"] = str(out)
    report["model_mb"] = round((out.stat().st_size + stage1_path(out).stat().st_size) / 1e6, 2)
    report["total_seconds"] = round(time.perf_counter() - t_start, 1)
    return report
