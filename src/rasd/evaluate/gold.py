"""Score rasd against gold annotation files, as ../shared/gold/SCHEMA.md describes.

For each gold file: read its input through rasd's own readers and cleaner, align the
predicted articles to the gold articles by title, give each the gold publication
date, analyze, and count matches field group by field group. Counts are summed
over all files (micro averages). Items marked ``optional`` neither reward nor
punish. A field group with nothing predicted scores 0; it is never skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.arabic.normalize import normalize
from rasd.model import Analysis, Article, Document, Problem
from rasd.pipeline import analyze

GROUPS = ("segmentation", "entities", "times", "numbers", "quotes", "statements", "events")
EVENT_ARGS = ("date", "place", "country", "actor1", "actor2", "killed", "injured", "claim", "certainty")
# A prediction one level more general than the gold type is accepted.
_TYPE_PARENT = {"suicide_bombing": "bombing", "bombing": "attack"}
_QUOTE_MARKS = str.maketrans({c: " " for c in "«»\"“”‘’'()[]:,.،؛;"})


def norm(text: str | None) -> str:
    """Normalization used for every text comparison in scoring."""
    return normalize(text or "").translate(_QUOTE_MARKS).replace("  ", " ").strip() if text else ""


def _tokens(text: str | None) -> list[str]:
    return norm(text).split()


def token_overlap(a: str | None, b: str | None) -> float:
    """Shared tokens over the longer of the two (so swallowing text is penalized)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    pool: dict[str, int] = {}
    for t in tb:
        pool[t] = pool.get(t, 0) + 1
    common = 0
    for t in ta:
        if pool.get(t, 0) > 0:
            common += 1
            pool[t] -= 1
    return common / max(len(ta), len(tb))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    def tally(self, name: str, right: bool) -> None:
        r = self.extra.setdefault(name, [0, 0])
        r[0] += int(right)
        r[1] += 1

    def prf(self) -> dict[str, float]:
        if self.tp == self.fp == self.fn == 0:
            # Nothing to find and nothing found is right; a field the gold fills but rasd
            # leaves empty still scores 0 (fn > 0).
            return {"p": 1.0, "r": 1.0, "f1": 1.0}
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}

    def ratio(self, name: str) -> float:
        right, total = self.extra.get(name, [0, 0])
        return round(right / total, 4) if total else 0.0


def _match(
    gold: list[dict], pred: list[Any], score: Callable[[dict, Any], float], counts: Counts
) -> list[tuple[dict, Any]]:
    """Greedy one-to-one matching by descending score (> 0 means compatible).

    Optional gold items that match absorb their prediction without counting.
    """
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                pairs.append((s, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _s, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        if not gold[gi].get("optional"):
            counts.tp += 1
            matched.append((gold[gi], pred[pi]))
    counts.fn += sum(1 for gi, g in enumerate(gold) if gi not in used_g and not g.get("optional"))
    counts.fp += len(pred) - len(used_p)
    return matched


# ------------------------------------------------------------------ entity aliases


class Aliases:
    """Names that refer to one gold entity: its canonical name and its mentions."""

    def __init__(self, gold_entities: list[dict], predicted_entities: list[dict] | None = None):
        """``predicted_entities`` as :func:`_pred_entities` gives them: a predicted canonical
        name then stands for its mentions too, the way entities are matched (two names for
        one ministry, "Egyptian Ministry of Interior" and "Ministry of Interior of Egypt",
        are one entity when they were found at the same words)."""
        self.by_name: dict[str, set[str]] = {}
        # A gold value written as the words of the text that are one of an entity's
        # mentions ("قوات النظام") names that entity too: the schema's "names the same
        # entity (any mention or the canonical name)".
        self.by_mention: dict[str, set[str]] = {}
        for e in gold_entities:
            forms = {norm(e["name"])} | {norm(m) for m in e.get("mentions", [])}
            self.by_name.setdefault(norm(e["name"]), set()).update(forms)
            for form in forms:
                self.by_mention.setdefault(form, set()).update(forms)
        self.predicted: dict[str, set[str]] = {}
        for e in predicted_entities or []:
            self.predicted.setdefault(norm(e["name"]), set()).update(e["mentions"])

    def same(self, gold_value: Any, predicted: Any) -> bool:
        """Is a predicted actor/speaker the same as the gold one?"""
        if gold_value is None or predicted is None:
            return gold_value is None and predicted is None
        g, p = norm(str(gold_value)), norm(str(predicted))
        if g == p:
            return True
        forms = self.by_name.get(g) or self.by_mention.get(g)
        return bool(forms and (p in forms or forms & self.predicted.get(p, set())))


# ------------------------------------------------------------------ group scorers


def score_segmentation(gold: dict, art: Article | None, counts: dict[str, Counts]) -> None:
    seg = counts["segmentation"]
    seg.tally("title", art is not None and norm(art.title) == norm(gold["title"]))
    seg.tally("subtitle", art is not None and norm(art.subtitle) == norm(gold.get("subtitle")))
    for key, name in (("captions", "caption"), ("headings", "heading"), ("paragraphs", "paragraph")):
        c = counts[name]
        g = [norm(x) for x in gold.get(key, [])]
        p = [norm(x) for x in (getattr(art, key) if art else [])]
        _match([{"t": x} for x in g], p, lambda gi, pi: 1.0 if gi["t"] == pi else 0.0, c)
    if art is not None:
        produced = {norm(x) for x in [art.title, art.subtitle or "", *art.captions, *art.headings, *art.paragraphs]}
        leaks = sum(1 for b in gold.get("boilerplate", []) if norm(b) in produced)
        seg.extra.setdefault("leak_count", [0, 0])[0] += leaks


def _pred_entities(analysis: Analysis) -> list[dict]:
    return [
        {"name": e.name, "type": e.type, "mentions": {norm(m) for m in [*e.mentions, e.name_ar or ""] if m}}
        for e in analysis.entities
    ]


def score_entities(gold: dict, analysis: Analysis, c: Counts) -> None:
    def score(g: dict, p: dict) -> float:
        if g["type"] != p["type"]:
            return 0.0
        gm = {norm(m) for m in g.get("mentions", [])} | {norm(g["name"])}
        if norm(p["name"]) in gm:
            return 2.0
        return 1.0 if gm & p["mentions"] else 0.0

    _match(gold.get("entities", []), _pred_entities(analysis), score, c)


def _distinct(items: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    seen: dict[str, Any] = {}
    for text, value in items:
        seen.setdefault(norm(text), (text, value))
    return list(seen.values())


def _time_value_right(gold_value: str, pred_value: Any) -> bool:
    if pred_value is None:
        return False
    g, p = str(gold_value), str(pred_value)
    return g == p or ("T" in g and g.split("T")[0] == p)


def score_times(gold: dict, analysis: Analysis, c: Counts) -> None:
    pred = _distinct([(t.span.text, t.value) for t in analysis.times])
    matched = _match(gold.get("times", []), pred, lambda g, p: 1.0 if norm(g["text"]) == norm(p[0]) else 0.0, c)
    for g, p in matched:
        c.tally("value", _time_value_right(g["value"], p[1]))


def _number_text_score(gold_text: str, pred_text: str) -> float:
    """Exact text, or one span inside the other at word boundaries.

    The gold is not consistent about what a number's span holds (`أكثر من 50 شخصا`
    with approximator and noun, `3 ملايين` without either), so a span that adds or
    omits the approximator or the counted noun still matches; its value is what is judged.
    """
    g, p = norm(gold_text), norm(pred_text)
    if g == p:
        return 2.0
    short, long_ = sorted((g, p), key=len)
    return 1.0 if short and f" {short} " in f" {long_} " else 0.0


def score_numbers(gold: dict, analysis: Analysis, c: Counts) -> None:
    # Vague quantities (عشرات, مئات) have no value to judge; the gold lists numbers only.
    pred = _distinct([(q.span.text, q.value) for q in analysis.quantities if q.approx != "vague"])
    matched = _match(gold.get("numbers", []), pred, lambda g, p: _number_text_score(g["text"], p[0]), c)
    for g, p in matched:
        c.tally("value", p[1] is not None and float(g["value"]) == float(p[1]))


def score_quotes(gold: dict, analysis: Analysis, c: Counts, aliases: Aliases) -> None:
    pred = [q for q in analysis.quotes if q.direct]

    def score(g: dict, q: Any) -> float:
        o = token_overlap(g["text"], q.span.text)
        return o if o >= 0.8 else 0.0

    for g, q in _match(gold.get("quotes", []), pred, score, c):
        c.tally("speaker", aliases.same(g.get("speaker"), q.speaker))


def score_statements(gold: dict, analysis: Analysis, c: Counts, aliases: Aliases) -> None:
    def score(g: dict, s: Any) -> float:
        if g["stance"] != s.stance:
            return 0.0
        speaker_ok = aliases.same(g.get("speaker"), s.speaker)
        about = token_overlap(g.get("about"), s.about.text) if s.about else 0.0
        # The gold `about` paraphrases; a statement matches on stance plus either the
        # right speaker or substantially the same subject.
        if not speaker_ok and about < 0.3:
            return 0.0
        return 1.0 + speaker_ok + about

    for g, s in _match(gold.get("statements", []), analysis.statements, score, c):
        c.tally("speaker", aliases.same(g.get("speaker"), s.speaker))


def _type_ok(gold_type: str, pred_type: str) -> bool:
    return gold_type == pred_type or _TYPE_PARENT.get(gold_type) == pred_type


def _date_ok(gold_date: str | None, pred_date: str | None) -> bool:
    if not gold_date:
        return True
    return bool(pred_date) and pred_date[: len(gold_date)] == gold_date


def _place_name(ev: Any) -> str | None:
    return ev.place.name if ev.place else None


def _place_country(ev: Any) -> str | None:
    return ev.place.country if ev.place else None


def _count_ok(g: dict, key: str, exact: int | None, minimum: int | None) -> bool:
    """Casualty figure check: exact, lower bound (`_min`) or any alternative (`_alt`)."""
    gold_min = g.get(f"{key}_min")
    gold_val = g.get(key)
    alts = g.get(f"{key}_alt") or []
    if not isinstance(alts, list):
        alts = [alts]  # one alternative figure written bare ("killed_alt": 4) means the same as [4]
    best = exact if exact is not None else minimum
    if gold_val is not None:
        return best is not None and (best == gold_val or best in alts)
    if gold_min is not None:  # SCHEMA: at or above the bound, or equal to another source's figure
        return best is not None and (best >= gold_min or best in alts)
    return best is None


def score_events(gold: dict, analysis: Analysis, c: Counts, aliases: Aliases) -> None:
    def score(g: dict, ev: Any) -> float:
        if not _type_ok(g["type"], ev.type) or not _date_ok(g.get("date"), ev.date):
            return 0.0
        place_ok = (
            (g.get("place") is None and g.get("country") is None)
            or (g.get("place") is not None and norm(g["place"]) == norm(_place_name(ev)))
            or (g.get("country") is not None and g["country"] == _place_country(ev))
        )
        if not place_ok:
            return 0.0
        return 1.0 + (g["type"] == ev.type) + token_overlap(g.get("evidence"), ev.evidence.text)

    for g, ev in _match(gold.get("events", []), analysis.events, score, c):
        if "date" in g:
            c.tally("date", _date_ok(g["date"], ev.date) and (not g["date"] or len(ev.date or "") >= len(g["date"])))
        if "place" in g:
            # A null gold place means no place more specific than the country: the country
            # itself, at country precision, says the same.
            country_only = g["place"] is None and ev.place is not None and ev.place.precision == "country" \
                and ev.place.country == g.get("country")
            c.tally("place", country_only or aliases.same(g["place"], _place_name(ev)))
        if "country" in g:
            c.tally("country", g["country"] == _place_country(ev))
        for key in ("actor1", "actor2"):
            if key in g:
                c.tally(key, aliases.same(g[key], getattr(ev, key)))
        for key in ("killed", "injured"):
            if any(k in g for k in (key, f"{key}_min")):
                c.tally(key, _count_ok(g, key, getattr(ev, key), getattr(ev, f"{key}_min")))
        if "claim" in g:
            c.tally("claim", g["claim"] == ev.claim)
        if "certainty" in g:
            c.tally("certainty", g["certainty"] == (ev.certainty or "reported"))


# ------------------------------------------------------------------ inputs


def resolve_input(gold_path: Path, rel: str, shared: Path) -> Path:
    for base in (gold_path.parent, shared):
        p = base / rel
        if p.exists():
            return p
    raise FileNotFoundError(f"{gold_path}: input {rel!r} not found next to the gold file or under {shared}")


def articles_for_gold(gold_path: Path, gold: dict, shared: Path) -> list[Article | Problem]:
    """Run rasd's readers and cleaner on the gold file's input."""
    from rasd.clean import articles_from_document
    from rasd.sources import read_articles

    if "input_jsonl" in gold:
        spec = gold["input_jsonl"]
        path = resolve_input(gold_path, spec["file"], shared)
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if lineno == spec["line"]:
                    record = json.loads(line)
                    break
            else:
                return [Problem(f"{path}:{spec['line']}", "no such line")]
        doc = Document(
            path=f"{path}:{spec['line']}", format="record", content=record.get("content", ""),
            title=record.get("title"), url=record.get("url"), source=record.get("source"),
        )
        return list(articles_from_document(doc))
    path = resolve_input(gold_path, gold["input"], shared)
    return list(read_articles([str(path)]))


def align(gold_articles: list[dict], predicted: list[Article]) -> list[Article | None]:
    """Pair each gold article with the predicted article whose title fits it best."""
    out: list[Article | None] = []
    used: set[int] = set()
    for g in gold_articles:
        best, best_score = None, 0.0
        for i, art in enumerate(predicted):
            if i in used:
                continue
            s = 2.0 if norm(art.title) == norm(g["title"]) else token_overlap(art.title, g["title"])
            if s > best_score:
                best, best_score = i, s
        if best is not None and best_score >= 0.5:
            used.add(best)
            out.append(predicted[best])
        else:
            out.append(None)
    return out


# ------------------------------------------------------------------ driver


def evaluate_gold(
    paths: list[str], shared: str = "../shared", on_problem: Callable[[Any], None] | None = None
) -> dict[str, Any]:
    shared_dir = Path(shared)
    names = ["segmentation", "caption", "heading", "paragraph", *GROUPS[1:]]
    counts = {n: Counts() for n in names}
    n_gold = n_found = 0
    documents = []
    stage_errors: dict[str, int] = {}
    for p in paths:
        gold_path = Path(p)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        scope = set(gold.get("scope") or GROUPS)
        try:
            items = articles_for_gold(gold_path, gold, shared_dir)
        except (OSError, ValueError) as exc:
            if on_problem:
                on_problem(Problem(str(gold_path), str(exc)))
            items = []
        predicted = [a for a in items if isinstance(a, Article)]
        for prob in (a for a in items if isinstance(a, Problem)):
            if on_problem:
                on_problem(prob)
        n_gold += len(gold["articles"])
        n_found += len(predicted)
        documents.append({"doc_id": gold.get("doc_id", gold_path.stem), "articles_gold": len(gold["articles"]),
                          "articles_found": len(predicted)})
        for g, art in zip(gold["articles"], align(gold["articles"], predicted), strict=True):
            if "segmentation" in scope:
                score_segmentation(g, art, counts)
            if art is None:
                analysis = Analysis(article_id="")
            else:
                if g.get("published"):
                    art.published = g["published"]
                    art.published_precision = None
                analysis = analyze(art)
                for err in analysis.errors:
                    stage_errors[err] = stage_errors.get(err, 0) + 1
            score_article(g, analysis, counts, scope)
    seg = counts["segmentation"]
    report: dict[str, Any] = {
        "segmentation": {
            "articles_gold": n_gold,
            "articles_found": n_found,
            "title_accuracy": seg.ratio("title"),
            "subtitle_accuracy": seg.ratio("subtitle"),
            "caption_f1": counts["caption"].prf()["f1"],
            "heading_f1": counts["heading"].prf()["f1"],
            "paragraph_f1": counts["paragraph"].prf()["f1"],
            "boilerplate_leaks": seg.extra.get("leak_count", [0, 0])[0],
        },
        **group_scores(counts),
        "documents": documents,
        "stage_errors": stage_errors,  # a degraded stage must be visible next to its scores
    }
    return report


def score_article(gold: dict, analysis: Analysis, counts: dict[str, Counts], scope: set[str] | None = None) -> None:
    """Score one analysis against one gold article, group by group (all groups but segmentation)."""
    scope = set(GROUPS) if scope is None else scope
    aliases = Aliases(gold.get("entities", []), _pred_entities(analysis))
    if "entities" in scope:
        score_entities(gold, analysis, counts["entities"])
    if "times" in scope:
        score_times(gold, analysis, counts["times"])
    if "numbers" in scope:
        score_numbers(gold, analysis, counts["numbers"])
    if "quotes" in scope:
        score_quotes(gold, analysis, counts["quotes"], aliases)
    if "statements" in scope:
        score_statements(gold, analysis, counts["statements"], aliases)
    if "events" in scope:
        score_events(gold, analysis, counts["events"], aliases)


def group_scores(counts: dict[str, Counts]) -> dict[str, Any]:
    """P/R/F1 and accuracies of the extraction groups, as the report gives them."""
    return {
        "entities": counts["entities"].prf(),
        "times": {**counts["times"].prf(), "value_accuracy": counts["times"].ratio("value")},
        "numbers": {**counts["numbers"].prf(), "value_accuracy": counts["numbers"].ratio("value")},
        "quotes": {**counts["quotes"].prf(), "speaker_accuracy": counts["quotes"].ratio("speaker")},
        "statements": {**counts["statements"].prf(), "speaker_accuracy": counts["statements"].ratio("speaker")},
        "events": {
            **counts["events"].prf(),
            "args": {a: counts["events"].ratio(a) for a in EVENT_ARGS},
        },
    }


def render_gold_report(console: Any, report: dict[str, Any]) -> None:
    from rich.table import Table

    seg = report["segmentation"]
    t = Table(title="segmentation", show_header=False)
    for k, v in seg.items():
        t.add_row(k, str(v))
    console.print(t)
    render_group_scores(console, report, "extraction (micro over all gold files)")
    for err, n in report.get("stage_errors", {}).items():
        console.print(f"[red]stage error in {n} articles:[/red] {err}")


def render_group_scores(console: Any, scores: dict[str, Any], title: str) -> None:
    """The extraction table and the event arguments line of :func:`group_scores`."""
    from rich.table import Table

    t = Table(title=title)
    for col in ("group", "P", "R", "F1", "accuracy"):
        t.add_column(col)
    for group, acc_key in (("entities", None), ("times", "value_accuracy"), ("numbers", "value_accuracy"),
                           ("quotes", "speaker_accuracy"), ("statements", "speaker_accuracy"), ("events", None)):
        g = scores[group]
        acc = f"{acc_key.split('_')[0]} {g[acc_key]:.2f}" if acc_key else ""
        t.add_row(group, f"{g['p']:.2f}", f"{g['r']:.2f}", f"{g['f1']:.2f}", acc)
    console.print(t)
    args = scores["events"]["args"]
    console.print("event arguments (accuracy on matched events): "
                  + ", ".join(f"{k} {v:.2f}" for k, v in args.items()))
