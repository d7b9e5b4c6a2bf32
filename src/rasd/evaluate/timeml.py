"""Score time expressions on TimeML files, with an optional dateparser baseline.

A ``.tml`` file is text with inline ``<TIMEX3 type=... value=...>`` tags. The tags
are stripped to get the text and the gold offsets; the file's document creation
time (a TIMEX3 with ``functionInDocument="CREATION_TIME"`` or a ``<DCT>`` element)
is used when there is one, ``--dct`` otherwise. Expressions match when their
spans overlap (one-to-one, greedy by overlap length); values are compared on
matched expressions only.

Value equivalence: equal strings; a decade written ``197X`` equals TimeML's
``197``; a gold value with a part of day (``2015-12-23TNI``) accepts the plain date.

Report: ``p``, ``r``, ``f1``, ``value_accuracy`` (on matched expressions),
``value_errors`` (gold expressions the system does not give their right value:
found with a wrong value, or not found — a system that abstains is not rewarded),
``wrong_values`` (the first part alone), ``missed``, ``spurious``, ``by_type`` (per
gold type), ``errors`` (each wrong value), and with a baseline the same keys under
``baseline``, plus ``error_ratio``: baseline value errors over rasd's.

Corrections (``--corrections FILE``, e.g. the shipped ``rasd/data/timeml_corrections.tsv``):
gold values this project judges wrong, each with its reason. With them, every system is
scored against the corrected gold (an expression corrected to ``-`` is left out of value
scoring, not of span scoring) and the uncorrected figures stay in the report under ``raw``.
A row that matches no gold expression is an error: the file would be stale.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from rasd.arabic.calendars import month_name
from rasd.arabic.normalize import normalize
from rasd.model import Analysis, Article, Block
from rasd.pipeline import Doc

_TAG = regex.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = regex.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    dct: bool = False
    scored: bool = True  # False: a corrected expression whose value is left out of value scoring


@dataclass
class TmlDoc:
    path: str
    text: str
    timexes: list[GoldTimex]
    dct: str | None
    dct_spans: list[tuple[int, int]]  # the creation time's own text: predictions there are not scored


def read_tml(path: str) -> TmlDoc:
    """The text of a TimeML file (tags stripped, entities decoded) and its TIMEX3 spans."""
    raw = Path(path).read_text(encoding="utf-8-sig")
    body_start = raw.find("<TimeML")
    if body_start >= 0:
        body_start = raw.index(">", body_start) + 1
    else:
        body_start = 0
    body_end = raw.rfind("</TimeML>")
    body = raw[body_start: body_end if body_end >= 0 else len(raw)]
    pieces: list[str] = []
    pos = 0
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    in_dct = False
    dct: str | None = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()]).replace("\ufeff", "")
        pieces.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2).upper(), dict(_ATTR.findall(m.group(3)))
        if name == "DCT":
            in_dct = not closing
        elif name == "TIMEX3" and not closing:
            if m.group(3).rstrip().endswith("/"):
                continue  # an empty TIMEX3 (no text): nothing to find
            open_timex.append((length, attrs))
        elif name == "TIMEX3" and closing and open_timex:
            start, attrs = open_timex.pop()
            is_dct = in_dct or attrs.get("functionInDocument") == "CREATION_TIME"
            if is_dct and attrs.get("value"):
                dct = attrs["value"]
            timexes.append(GoldTimex(start, length, "", attrs.get("type", "DATE"), attrs.get("value", ""), is_dct))
    chunk = html.unescape(body[pos:]).replace("\ufeff", "")
    pieces.append(chunk)
    text = "".join(pieces)
    for t in timexes:
        t.text = text[t.start:t.end]
    return TmlDoc(path, text, [t for t in timexes if not t.dct], dct, [(t.start, t.end) for t in timexes if t.dct])


@dataclass(frozen=True)
class Correction:
    file: str
    text: str
    gold: str
    corrected: str | None  # None: left out of value scoring
    reason: str


def read_corrections(path: str | Path) -> list[Correction]:
    """Rows of a corrections file: file, text, gold value, corrected value or ``-``, reason."""
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise ValueError(f"{path}:{n}: expected 5 tab-separated columns, found {len(cols)}")
        file, text, gold, corrected, reason = (c.strip() for c in cols)
        rows.append(Correction(file, text, gold, None if corrected == "-" else corrected, reason))
    return rows


def apply_corrections(docs: list[TmlDoc], corrections: list[Correction]) -> list[TmlDoc]:
    """Copies of the documents with corrected gold values (``None`` value: not value-scored)."""
    todo = {(c.file, c.text, c.gold): c for c in corrections}
    out = []
    for d in docs:
        timexes = []
        for t in d.timexes:
            c = todo.pop((Path(d.path).name, t.text, t.value), None)
            timexes.append(t if c is None else GoldTimex(t.start, t.end, t.text, t.type, c.corrected or "", t.dct,
                                                         scored=c.corrected is not None))
        out.append(TmlDoc(d.path, d.text, timexes, d.dct, d.dct_spans))
    if todo:
        missing = "; ".join(f"{f} «{x}» {v}" for f, x, v in todo)
        raise ValueError(f"corrections that match no gold expression: {missing}")
    return out


# ------------------------------------------------------------------ systems


def rasd_times(text: str, dct: str | None) -> list[tuple[int, int, str]]:
    """(start, end, value) of rasd's time expressions in ``text``."""
    from rasd.arabic.tokens import segment_doc
    from rasd.extract.times import extract_times

    article = Article(id="timeml", text=text, blocks=[Block("paragraph", 0, len(text))], published=dct)
    doc = Doc(article=article, analysis=Analysis(article_id=article.id))
    segment_doc(doc)
    extract_times(doc)
    return [(t.span.start, t.span.end, t.value) for t in doc.analysis.times]


_DIGITS = regex.compile(r"\d+")


def _precision_of(phrase: str) -> str:
    """The precision a date phrase states: day, month or year (relative words: day)."""
    words = normalize(phrase).split()
    has_month = any(month_name(words, i) for i in range(len(words)))
    numbers = [int(n) for n in _DIGITS.findall(normalize(phrase))]
    has_year = any(n >= 1000 for n in numbers)
    has_day = any(1 <= n <= 31 for n in numbers)
    if has_month and not has_day:
        return "month"
    if has_year and not has_month and not has_day:
        return "year"
    return "day"


def dateparser_times(text: str, dct: str | None) -> list[tuple[int, int, str]]:
    """The baseline: dateparser.search.search_dates (Arabic), values at the precision the phrase gives."""
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if dct:
        base = dct[:10]
        parts = [int(x) for x in base.split("-")] + [1, 1]
        settings["RELATIVE_BASE"] = dt.datetime(parts[0], parts[1], parts[2])
    found = search_dates(text, languages=["ar"], settings=settings) or []
    out: list[tuple[int, int, str]] = []
    pos = 0
    for phrase, when in found:
        start = text.find(phrase, pos)
        if start < 0:
            start = text.find(phrase)
            if start < 0:
                continue
        end = start + len(phrase)
        pos = end
        precision = _precision_of(phrase)
        value = {"day": when.strftime("%Y-%m-%d"), "month": when.strftime("%Y-%m"), "year": when.strftime("%Y")}[
            precision]
        out.append((start, end, value))
    return out


# ------------------------------------------------------------------ scoring


def same_value(gold: str, predicted: str) -> bool:
    g, p = gold.strip(), predicted.strip()
    if g == p:
        return True
    if regex.match(r"^\d{3}X$", p) and p[:3] == g:  # decade: 197X vs TimeML's 197
        return True
    if regex.match(r"^\d{2}XX$", p) and p[:2] == g:
        return True
    if "T" in g and g.split("T")[0] == p:  # 2015-12-23TNI accepts 2015-12-23
        return True
    return False


def _match(gold: list[GoldTimex], pred: list[tuple[int, int, str]]) -> list[tuple[GoldTimex, str | None]]:
    """Greedy one-to-one by overlap length. Each gold with the value of its match (None: missed)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, (s, e, _v) in enumerate(pred):
            overlap = min(g.end, e) - max(g.start, s)
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: dict[int, int] = {}
    used_p: set[int] = set()
    for _o, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g[gi] = pi
        used_p.add(pi)
    return [(g, pred[used_g[gi]][2] if gi in used_g else None) for gi, g in enumerate(gold)]


def _score(docs: list[TmlDoc], system: Any, dct: str | None) -> dict[str, Any]:
    tp = fp = fn = right = unscored = 0
    by_type: dict[str, dict[str, int]] = {}
    errors: list[dict[str, str]] = []
    for d in docs:
        pred = [p for p in system(d.text, d.dct or dct)
                if not any(p[0] < e and s < p[1] for s, e in d.dct_spans)]
        pairs = _match(d.timexes, pred)
        matched = sum(1 for _g, v in pairs if v is not None)
        tp += matched
        fn += len(pairs) - matched
        fp += len(pred) - matched
        for g, v in pairs:
            t = by_type.setdefault(g.type, {"gold": 0, "matched": 0, "valued": 0, "value_right": 0})
            t["gold"] += 1
            if v is None:
                continue
            t["matched"] += 1
            if not g.scored:
                unscored += 1
                continue
            t["valued"] += 1
            if same_value(g.value, v):
                right += 1
                t["value_right"] += 1
            else:
                errors.append({"file": Path(d.path).name, "text": g.text, "gold": g.value, "predicted": v})
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    for t in by_type.values():
        t["recall"] = round(t["matched"] / t["gold"], 4) if t["gold"] else 0.0  # type: ignore[assignment]
        t["value_accuracy"] = round(t["value_right"] / t["valued"], 4) if t["valued"] else 0.0  # type: ignore
    valued = tp - unscored
    return {
        "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
        "value_accuracy": round(right / valued, 4) if valued else 0.0,
        "value_errors": valued - right + fn, "wrong_values": valued - right, "missed": fn, "spurious": fp, "gold": tp + fn, "predicted": tp + fp,
        "by_type": dict(sorted(by_type.items())), "errors": errors,
    }


def evaluate_timeml(paths: list[str], dct: str | None = None, baseline: str | None = None,
                    corrections: str | Path | None = None) -> dict[str, Any]:
    """Score rasd (and a baseline) on TimeML files; see the module docstring for the keys."""
    docs = [read_tml(p) for p in paths]
    # the corrected and the raw scoring read the same texts: analyze each once
    system = functools.lru_cache(maxsize=None)(rasd_times)
    raw = None
    if corrections is not None:
        rows = read_corrections(corrections)
        raw, docs = _score(docs, system, dct), apply_corrections(docs, rows)
    report = {"files": len(docs), "dct": dct, **_score(docs, system, dct)}
    if raw is not None:
        report["corrections"] = {"file": str(corrections), "rows": len(rows)}
        report["raw"] = {k: v for k, v in raw.items() if k != "errors"}
    if baseline:
        if baseline != "dateparser":
            raise ValueError(f"unknown baseline {baseline!r} (known: dateparser)")
        base = _score(docs, dateparser_times, dct)
        report["baseline"] = {"name": baseline, **base}
        report["error_ratio"] = round(base["value_errors"] / report["value_errors"], 2) \
            if report["value_errors"] else None
    return report


def render_timeml_report(console: Any, report: dict[str, Any]) -> None:
    from rich.table import Table

    systems = [("rasd", report)]
    if "baseline" in report:
        systems.append((report["baseline"]["name"], report["baseline"]))
    t = Table(title=f"TimeML time expressions ({report['files']} files, dct {report.get('dct')})")
    for col in ("system", "P", "R", "F1", "value acc.", "value errors", "wrong", "missed", "spurious"):
        t.add_column(col)
    for name, r in systems:
        t.add_row(name, f"{r['p']:.2f}", f"{r['r']:.2f}", f"{r['f1']:.2f}", f"{r['value_accuracy']:.2f}",
                  str(r["value_errors"]), str(r["wrong_values"]), str(r["missed"]), str(r["spurious"]))
    console.print(t)
    bt = Table(title="by gold type (recall / value accuracy on matched)")
    bt.add_column("type")
    for name, _r in systems:
        bt.add_column(name)
    for typ, row in report["by_type"].items():
        cells = [f"{row['gold']} gold: {row['recall']:.2f} / {row['value_accuracy']:.2f}"]
        for _name, r in systems[1:]:
            o = r["by_type"].get(typ)
            cells.append(f"{o['recall']:.2f} / {o['value_accuracy']:.2f}" if o else "-")
        bt.add_row(typ, *cells)
    console.print(bt)
    if "raw" in report:
        raw = report["raw"]
        console.print(f"against the corrected gold ({report['corrections']['rows']} corrections, "
                      f"{report['corrections']['file']}); uncorrected: F1 {raw['f1']:.2f}, "
                      f"value acc. {raw['value_accuracy']:.3f}, {raw['wrong_values']} wrong values")
    if "error_ratio" in report:
        console.print(f"value errors (wrong or missed): {report['baseline']['value_errors']} "
                      f"({report['baseline']['name']}) vs {report['value_errors']} (rasd): "
                      f"{report['error_ratio']}x fewer")
