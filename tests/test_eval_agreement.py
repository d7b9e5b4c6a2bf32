"""`rasd eval agreement`: two annotations of the same article scored by the gold scorer. The
articles are tiny and written for the tests; no analysis runs."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app
from rasd.evaluate.agreement import analysis_from_gold, evaluate_agreement

ARTICLE = {
    "title": "انفجار في سوق",
    "entities": [{"name": "Kirkuk", "type": "LOC", "mentions": ["كركوك"]},
                 {"name": "Islamic State", "type": "ORG", "mentions": ["داعش"]}],
    "times": [{"text": "أمس", "value": "2015-07-20"}],
    "numbers": [{"text": "خمسة", "value": 5}],
    "quotes": [],
    "statements": [{"stance": "claim_responsibility", "speaker": "Islamic State", "about": "الانفجار"}],
    "events": [
        {"type": "bombing", "date": "2015-07-20", "place": "Kirkuk", "country": "IQ", "actor1": "Islamic State",
         "killed": 5, "claim": "claimed", "evidence": "قتل خمسة في انفجار سيارة مفخخة في كركوك أمس"},
        {"type": "arrest", "date": "2015-07-21", "place": "Kirkuk", "country": "IQ", "optional": True,
         "evidence": "واعتقلت الشرطة مشتبها به"},
    ],
}


def _write(folder: Path, article: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "doc-1.json"
    path.write_text(json.dumps({"doc_id": "doc-1", "articles": [article]}, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_same_annotation_agrees_fully(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", ARTICLE)
    b = _write(tmp_path / "b", ARTICLE)
    report = evaluate_agreement([str(a)], [str(b)])
    for side in ("other_against_reference", "reference_against_other"):
        assert report[side]["events"]["f1"] == 1.0
        assert report[side]["entities"]["f1"] == 1.0
        assert report[side]["events"]["args"]["place"] == 1.0


def test_a_different_place_and_toll_show_in_the_arguments(tmp_path: Path) -> None:
    other = copy.deepcopy(ARTICLE)
    other["events"][0].update(place="Hawija", killed=6)
    report = evaluate_agreement([str(_write(tmp_path / "a", ARTICLE))], [str(_write(tmp_path / "b", other))])
    scores = report["other_against_reference"]["events"]
    assert scores["f1"] == 1.0  # same country: still the same event
    assert scores["args"]["place"] == 0.0 and scores["args"]["killed"] == 0.0


def test_optional_items_count_only_when_asked() -> None:
    assert [e.type for e in analysis_from_gold(ARTICLE).events] == ["bombing"]
    assert [e.type for e in analysis_from_gold(ARTICLE, with_optional=True).events] == ["bombing", "arrest"]


def test_cli_reports_both_ways_and_refuses_unpaired_files(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", ARTICLE)
    _write(tmp_path / "b", ARTICLE)
    result = CliRunner().invoke(app, ["eval", "agreement", str(a), "--other", str(tmp_path / "b"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["documents"] == ["doc-1"] and report["reference_against_other"]["events"]["f1"] == 1.0
    lone = tmp_path / "c" / "x.json"
    lone.parent.mkdir()
    lone.write_text(json.dumps({"doc_id": "x", "articles": [ARTICLE]}), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "agreement", str(a), "--other", str(lone.parent)])
    assert result.exit_code == 2


def test_scope_and_article_counts_are_respected(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", ARTICLE)
    other = copy.deepcopy(ARTICLE)
    other["events"] = []  # the second annotator did not code events ...
    b = tmp_path / "b" / "doc-1.json"
    b.parent.mkdir()
    # ... and says so with a scope; it also holds one article more
    b.write_text(json.dumps({"doc_id": "doc-1", "scope": ["entities", "times"], "articles": [other, other]},
                            ensure_ascii=False), encoding="utf-8")
    report = evaluate_agreement([str(a)], [str(b)])
    assert report["article_count_differs"] == ["doc-1"]
    side = report["other_against_reference"]
    assert side["entities"]["f1"] == 1.0
    # events were out of scope: nothing to find, nothing found
    assert (side["events"]["p"], side["events"]["r"]) == (1.0, 1.0)
