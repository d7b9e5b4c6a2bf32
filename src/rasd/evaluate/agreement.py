"""Inter-annotator agreement: one annotator's gold files read as if they were rasd's output and
scored by the gold scorer against another annotator's files of the same articles.

It tells how far the gold itself can be trusted: a score rasd cannot be expected to beat by
much, and the arguments where annotators disagree (conventions to settle) apart from those where
rasd is wrong. Files pair up by their ``doc_id`` and articles by their order in the file. Spans
in the pseudo-analysis carry the annotated words only (offsets are not scored).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rasd.evaluate.gold import GROUPS, Counts, group_scores, render_group_scores, score_article
from rasd.model import Analysis, Entity, Event, Place, Quantity, Quote, Span, Statement, TimeExpr


def _span(text: str | None) -> Span:
    """A span of the annotated words alone: the scorer matches text, not offsets."""
    return Span(0, len(text or ""), text or "")


def analysis_from_gold(article: dict, with_optional: bool = False) -> Analysis:
    """An annotator's article as the analysis rasd would have written: required items only,
    unless ``with_optional`` (a system reports what it finds and cannot mark it optional)."""
    def keep(item: dict) -> bool:
        return with_optional or not item.get("optional")

    an = Analysis(article_id=str(article.get("title", "")))
    for i, e in enumerate(x for x in article.get("entities", []) if keep(x)):
        an.entities.append(Entity(id=f"e{i}", name=e["name"], type=e["type"], mentions=list(e.get("mentions", []))))
    an.times = [TimeExpr(_span(t["text"]), t["value"]) for t in article.get("times", []) if keep(t)]
    an.quantities = [Quantity(_span(n["text"]), n["value"]) for n in article.get("numbers", []) if keep(n)]
    an.quotes = [Quote(_span(q["text"]), q.get("speaker")) for q in article.get("quotes", []) if keep(q)]
    an.statements = [Statement(s["stance"], s.get("speaker"), _span(s.get("about")), _span(""))
                     for s in article.get("statements", []) if keep(s)]
    for e in article.get("events", []):
        if not keep(e):
            continue
        place = None
        if e.get("place") or e.get("country"):
            place = Place(e.get("place") or e["country"], e.get("country"),
                          precision="city" if e.get("place") else "country")
        an.events.append(Event(
            type=e["type"], evidence=_span(e.get("evidence")), date=e.get("date"), place=place,
            actor1=e.get("actor1"), actor2=e.get("actor2"), killed=e.get("killed"), killed_min=e.get("killed_min"),
            injured=e.get("injured"), injured_min=e.get("injured_min"), claim=e.get("claim"),
            certainty=e.get("certainty") or "reported"))
    return an


def _by_doc(paths: list[str]) -> dict[str, dict]:
    """Gold files by their ``doc_id`` (or file name), so that two annotators' files pair up."""
    out: dict[str, dict] = {}
    for p in paths:
        gold = json.loads(Path(p).read_text(encoding="utf-8"))
        out[gold.get("doc_id") or Path(p).stem] = gold
    return out


def _score(reference: dict[str, dict], other: dict[str, dict], with_optional: bool) -> dict[str, Any]:
    """``other``'s articles as analyses, scored against ``reference``'s, over the documents both hold."""
    counts = {g: Counts() for g in GROUPS}
    for doc_id, ref in reference.items():
        if doc_id not in other:
            continue
        # a group is scored only where both annotations cover it (a file may limit its `scope`)
        scope = set(ref.get("scope") or GROUPS) & set(other[doc_id].get("scope") or GROUPS)
        for g, o in zip(ref["articles"], other[doc_id]["articles"], strict=False):
            score_article(g, analysis_from_gold(o, with_optional), counts, scope)
    return group_scores(counts)


def evaluate_agreement(reference: list[str], other: list[str], with_optional: bool = False) -> dict[str, Any]:
    """Score ``other``'s files against ``reference``'s and the reverse (the scorer is not
    symmetric: optional items absorb matches only on the reference side)."""
    a, b = _by_doc(reference), _by_doc(other)
    shared = sorted(set(a) & set(b))
    return {
        "documents": shared,
        "only_in_reference": sorted(set(a) - set(b)),
        "only_in_other": sorted(set(b) - set(a)),
        # articles pair up by their order: documents whose files hold different numbers of
        # articles are scored on the pairs they have, and named here
        "article_count_differs": [d for d in shared if len(a[d]["articles"]) != len(b[d]["articles"])],
        "with_optional": with_optional,
        "other_against_reference": _score(a, b, with_optional),
        "reference_against_other": _score(b, a, with_optional),
    }


def render_agreement_report(console: Any, report: dict[str, Any]) -> None:
    console.print(f"{len(report['documents'])} documents annotated twice"
                  + (f"; only in the reference: {', '.join(report['only_in_reference'])}" if report["only_in_reference"] else "")
                  + (f"; only in the other: {', '.join(report['only_in_other'])}" if report["only_in_other"] else ""))
    if report["article_count_differs"]:
        console.print("[yellow]different numbers of articles (scored on the pairs they have):[/yellow] "
                      + ", ".join(report["article_count_differs"]))
    render_group_scores(console, report["other_against_reference"], "the other annotator scored against the reference")
    render_group_scores(console, report["reference_against_other"], "the reference scored against the other annotator")
