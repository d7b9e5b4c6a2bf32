"""Score event detection on UniversalPetrarch-style coded sentences (``rasd eval events``).

Each ``<Sentence>`` holds one Arabic sentence (``<Text>``), its PLOVER category
(``<EventCoding plover=...>``) and the words coded as source and target
(``<EventText sourcetext=... targettext=...>``). rasd reads every sentence as a
one-paragraph article and runs the whole pipeline. Per sentence:

- **recall**: an event of the coded PLOVER category was found (by category and overall);
- **confusion**: an event of another category was predicted (rate, and a matrix of
  coded category -> predicted categories);
- **source_f1 / target_f1**: token-overlap F1 between the coded source (target) words
  and rasd's actor1 (actor2) words — the best over rasd's events of the coded
  category, or over all its events if none has that category — averaged over the
  sentences whose coded source (target) text is not empty. Tokens compare after
  Arabic normalization, as a bag (the coded texts list words out of order).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from rasd.arabic.normalize import normalize
from rasd.lexicon.events import ontology
from rasd.model import Analysis, Article, Event

_PUNCT = str.maketrans({c: " " for c in "«»\"“”'()[]{}:,.،؛;!?؟-ـ"})


@dataclass
class CodedSentence:
    id: str
    category: str
    text: str
    codings: list[dict[str, str]] = field(default_factory=list)  # plover, source, target


def read_sentences(path: str) -> list[CodedSentence]:
    """Coded sentences of one file (those marked ``evaluate="false"`` are left out)."""
    root = etree.parse(path, etree.XMLParser(recover=True, huge_tree=True)).getroot()
    out = []
    for s in root.iter("Sentence"):
        if (s.get("evaluate") or "true").lower() == "false":
            continue
        text_el = s.find("Text")
        text = (text_el.text or "").strip() if text_el is not None else ""
        if not text:
            continue
        texts = {t.get("eid"): t for t in s.findall("EventText")}
        codings = []
        for coding in s.findall("EventCoding"):
            et = texts.get(coding.get("eid"))
            codings.append({
                "plover": coding.get("plover") or s.get("category") or "",
                "source": et.get("sourcetext", "") if et is not None else "",
                "target": et.get("targettext", "") if et is not None else "",
            })
        category = s.get("category") or (codings[0]["plover"] if codings else "")
        out.append(CodedSentence(s.get("id") or "", category, text, codings))
    return out


def tokens(text: str | None) -> list[str]:
    return normalize((text or "").translate(_PUNCT)).split()


def token_f1(gold: str | None, predicted: str | None) -> float:
    """F1 of the bags of normalized tokens."""
    g, p = Counter(tokens(gold)), Counter(tokens(predicted))
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def plover_of(event: Event) -> str | None:
    et = ontology().get(event.type)
    return et.plover if et else None


def _actor_text(event: Event, role: str) -> str | None:
    span = getattr(event, f"{role}_span")
    return span.text if span is not None else getattr(event, role)


def score_sentence(sentence: CodedSentence, analysis: Analysis) -> dict[str, Any]:
    """What one sentence contributes: found, wrong categories, actor overlaps."""
    predicted = [(plover_of(e), e) for e in analysis.events]
    categories = {c for c, _ in predicted if c}
    gold = sentence.category
    same = [e for c, e in predicted if c == gold] or [e for _, e in predicted]
    result: dict[str, Any] = {
        "id": sentence.id, "category": gold, "found": gold in categories,
        "wrong": sorted(categories - {gold}), "source_f1": None, "target_f1": None,
    }
    coding = next((c for c in sentence.codings if c["plover"] == gold), sentence.codings[0] if sentence.codings else None)
    if coding is not None:
        for key, role in (("source", "actor1"), ("target", "actor2")):
            if tokens(coding[key]):
                result[f"{key}_f1"] = max((token_f1(coding[key], _actor_text(e, role)) for e in same), default=0.0)
    return result


def evaluate_events(paths: list[str]) -> dict[str, Any]:
    """Recall by category, category confusion and actor overlap over coded sentence files."""
    from rasd.pipeline import analyze

    per_category: dict[str, list[int]] = {}
    matrix: dict[str, Counter[str]] = {}
    confused = 0
    source: list[float] = []
    target: list[float] = []
    n = 0
    files = []
    for path in paths:
        sentences = read_sentences(path)
        files.append({"file": Path(path).name, "sentences": len(sentences)})
        for s in sentences:
            art = Article.from_parts([("paragraph", s.text)], source="eval-events", id=f"up-{s.id}")
            r = score_sentence(s, analyze(art))
            n += 1
            counts = per_category.setdefault(s.category, [0, 0])
            counts[0] += int(r["found"])
            counts[1] += 1
            row = matrix.setdefault(s.category, Counter())
            for c in r["wrong"]:
                row[c] += 1
            if r["found"]:
                row[s.category] += 1
            if not r["found"] and not r["wrong"]:
                row["(none)"] += 1
            confused += bool(r["wrong"])
            if r["source_f1"] is not None:
                source.append(r["source_f1"])
            if r["target_f1"] is not None:
                target.append(r["target_f1"])
    found = sum(c[0] for c in per_category.values())
    recall = {cat: round(c[0] / c[1], 4) for cat, c in sorted(per_category.items()) if c[1]}
    recall["overall"] = round(found / n, 4) if n else 0.0
    return {
        "recall": recall,
        "confusion": {
            "rate": round(confused / n, 4) if n else 0.0,
            "matrix": {gold: dict(row.most_common()) for gold, row in sorted(matrix.items())},
        },
        "source_f1": round(sum(source) / len(source), 4) if source else 0.0,
        "target_f1": round(sum(target) / len(target), 4) if target else 0.0,
        "sentences": n,
        "scored_sources": len(source),
        "scored_targets": len(target),
        "files": files,
    }


def render_events_report(console: Any, report: dict[str, Any]) -> None:
    from rich.table import Table

    t = Table(title=f"event detection on {report['sentences']} coded sentences")
    t.add_column("coded category")
    t.add_column("recall", justify="right")
    t.add_column("predicted (sentences)")
    for cat, value in report["recall"].items():
        row = report["confusion"]["matrix"].get(cat, {})
        t.add_row(cat, f"{value:.2f}", ", ".join(f"{k} {v}" for k, v in row.items()))
    console.print(t)
    console.print(
        f"wrong category predicted in {report['confusion']['rate']:.0%} of sentences; "
        f"source F1 {report['source_f1']:.2f} ({report['scored_sources']} coded), "
        f"target F1 {report['target_f1']:.2f} ({report['scored_targets']} coded)"
    )
