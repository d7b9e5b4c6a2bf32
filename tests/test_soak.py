"""The fast part of `rasd soak`: hostile input through the whole pipeline, a real SIGKILL of
`rasd ingest` and a resume, and a short load test on loopback."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from rasd import soak
from rasd.model import Analysis, Article, Document, Quantity, Span
from rasd.soak import check_analysis, check_document, hostile_documents


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(hostile_documents())
def test_hostile_documents_keep_every_invariant(doc: Document):
    # No exception; spans and blocks inside the text and equal to their slice; no stage error;
    # the same output twice; the analysis survives the store's JSON round trip.
    assert check_document(doc) == []


@pytest.mark.parametrize("doc", [
    Document("t.txt", "text", "قال «المتحدث \u202eإن «الهجوم» لم يقع\n" * 3 + "»" * 50),
    Document("t.html", "html", "<div>" * 3000 + "<p>انفجار في كابل</p>"),
    Document("t.jsonl:1", "record", "قتل \ud800 خمسة\x00 أشخاص \x1b في <p>انفجار</p><br>أمس", title="\udc00عنوان"),
    Document("t.txt", "text", "عاجل " + "1" * 5000 + " شخصاً قتلوا ²٣ سبتمبر", published="0001-01-01"),
    Document("t.txt", "text", "غادر أمس وعاد بعد غد في العام المقبل", published="9999-12-31"),
    Document("t.html", "html", '<h1>عنوان</h1><figure><img src="http://[bad/x.jpg"><figcaption>صورة</figcaption>'
                               "</figure><p>قتل خمسة أشخاص في انفجار ببغداد أمس الأربعاء.</p>"),
], ids=["quotes-bidi", "deep-html", "surrogates-controls", "huge-number", "calendar-edges", "bad-img-url"])
def test_inputs_that_once_broke_a_stage(doc: Document):
    assert check_document(doc) == []


def test_invariant_checks_catch_what_they_claim():
    art = Article.from_parts([("paragraph", "قتل خمسة أشخاص")])
    bad = Analysis(art.id, quantities=[Quantity(Span(0, 3, "قتل"), 5), Quantity(Span(4, 99, "x"), 5)],
                   errors=["times: ValueError: boom"])
    problems = check_analysis(art, bad)
    assert any("outside text" in p for p in problems) and any("stage error" in p for p in problems)
    off = Analysis(art.id, quantities=[Quantity(Span(0, 3, "خمس"), 5)])
    assert any("span text differs" in p for p in check_analysis(art, off))


def test_fuzz_pipeline_reports_its_figures():
    report = soak.fuzz_pipeline(12, seed=5)
    assert report["examples"] == 12 and report["failures"] == 0 and report["seed"] == 5
    assert sum(report["by_format"].values()) == 12 and report["slowest_s"] >= 0


def test_kill_and_resume_for_real(tmp_path: Path):
    # SIGKILL once the first batch is committed (polled in the SQLite file, not a fixed sleep),
    # with a pool of two analysis processes that must die with it.
    result = soak.kill_and_resume(150, workers=2, workdir=str(tmp_path))
    assert result["killed_mid_batch"], result
    assert 0 < result["stored_before_resume"] < 150, result
    assert result["stored_after_resume"] == 150 and result["lost"] == 0 and result["duplicated"] == 0, result
    assert result["resume_already_stored"] == result["stored_before_resume"], result
    assert result["resume_stored"] == 150 - result["stored_before_resume"], result
    assert result["integrity"] == "ok" and result["foreign_key_violations"] == 0, result
    assert result["unanalyzed"] == 0 and result["unindexed"] == 0 and result["ok"], result
    if Path("/proc/self/stat").exists():
        assert result["workers_killed_with_it"] == 2 and result["orphaned_workers"] == 0, result
    with closing(sqlite3.connect(tmp_path / "soak.db")) as con:
        assert con.execute("SELECT COUNT(*) FROM problems").fetchone()[0] == 0


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from rasd.store import open_store
    from rasd.store.testing import sample_items

    path = str(tmp_path_factory.mktemp("load") / "load.db")
    with open_store(path) as store:
        store.save_batch(sample_items())
    return path


def test_load_test_on_loopback(sample_db: str):
    result = soak.load_test(sample_db, clients=10, seconds=3)
    assert result["errors"] == 0, result
    assert result["requests"] > 10 and result["p99_ms"] is not None and result["p99_ms"] > 0


def test_soak_command_prints_figures_and_fails_on_any_failure(monkeypatch: pytest.MonkeyPatch, sample_db: str):
    from typer.testing import CliRunner

    from rasd.cli import app

    fuzz = {"examples": 7, "failures": 0, "seed": 3, "examples_of": {"k": "text: '[/x] «»'"}}
    resume = {"killed_mid_batch": True, "ok": True}
    load = {"requests": 99, "errors": 0, "p99_ms": 12.5}
    monkeypatch.setattr(soak, "fuzz_pipeline", lambda n, seed=None: dict(fuzz, examples=n, seed=seed))
    monkeypatch.setattr(soak, "kill_and_resume", lambda n: resume)
    monkeypatch.setattr(soak, "load_test", lambda db, clients, seconds: load)
    runner = CliRunner()
    ok = runner.invoke(app, ["soak", "--examples", "7", "--seed", "3", "--db", sample_db, "--json"])
    assert ok.exit_code == 0, ok.output
    report = json.loads(ok.stdout[ok.stdout.index("{"):])
    assert report["fuzz"]["examples"] == 7 and report["fuzz"]["seed"] == 3
    assert report["kill_and_resume"]["ok"] and report["load"]["p99_ms"] == 12.5
    text = runner.invoke(app, ["soak", "--examples", "7", "--db", sample_db])  # markup in fuzz inputs is text
    assert text.exit_code == 0 and "[/x]" in text.stdout and "p99_ms" in text.stdout
    load["errors"] = 1
    assert runner.invoke(app, ["soak", "--examples", "7", "--db", sample_db]).exit_code == 1
    load["errors"], fuzz["failures"] = 0, 2
    assert runner.invoke(app, ["soak", "--examples", "7", "--db", sample_db]).exit_code == 1
