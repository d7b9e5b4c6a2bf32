"""CoNLL exact-span scoring of the NER tagger on `token TAG` files.

An entity counts as found only when its type and both boundaries agree with the
gold (CoNLL-2003 rules). Sentences end at blank lines and at sentence-final
punctuation, as in ANERcorp, which has no blank lines.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from rasd.ner.corpus import bio_spans

TYPES = ("PER", "ORG", "LOC", "MISC")


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def conll_scores(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Micro and per-type exact-span P/R/F1 over aligned tag sequences."""
    counts = {t: [0, 0, 0] for t in TYPES}  # tp, fp, fn
    for g_seq, p_seq in zip(gold, predicted, strict=True):
        g, p = bio_spans(g_seq), bio_spans(p_seq)
        for s in g & p:
            counts.setdefault(s[2], [0, 0, 0])[0] += 1
        for s in p - g:
            counts.setdefault(s[2], [0, 0, 0])[1] += 1
        for s in g - p:
            counts.setdefault(s[2], [0, 0, 0])[2] += 1
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    report: dict[str, Any] = _prf(tp, fp, fn)
    report["by_type"] = {t: {**_prf(*c), "support": c[0] + c[2]} for t, c in counts.items()}
    return report


def evaluate_ner(path: str, model: str | None = None) -> dict[str, Any]:
    """Tag a `token TAG` file with the tagger and score it (exact spans)."""
    from rasd.ner.corpus import group_documents, read_corpus
    from rasd.ner.tagger import get_tagger

    sentences = read_corpus(path)
    tagger = get_tagger(model)
    gold: list[list[str]] = []
    predicted: list[list[str]] = []
    n_tokens = sum(len(toks) for toks, _ in sentences)
    t0 = time.perf_counter()
    for doc in group_documents(sentences):
        predicted.extend(tagger.tag_document([toks for toks, _ in doc]))
        gold.extend(tags for _, tags in doc)
    seconds = time.perf_counter() - t0
    report = conll_scores(gold, predicted)
    report["sentences"] = len(sentences)
    report["tokens"] = n_tokens
    report["tokens_per_s"] = round(n_tokens / seconds) if seconds else 0
    return report


def render_ner_report(console: Any, report: dict[str, Any]) -> None:
    from rich.table import Table

    t = Table(title=f"NER exact-span scores ({report.get('tokens', 0)} tokens, "
                    f"{report.get('tokens_per_s', 0)} tokens/s)")
    for col in ("type", "P", "R", "F1", "gold"):
        t.add_column(col)
    for typ, s in report["by_type"].items():
        t.add_row(typ, f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f1']:.3f}", str(s.get("support", "")))
    t.add_row("micro", f"{report['p']:.3f}", f"{report['r']:.3f}", f"{report['f1']:.3f}", "")
    console.print(t)
