"""The README's main job and the CLI verbs, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from rasd.cli import app

runner = CliRunner()


def test_demo_runs_the_whole_pipeline_into_sqlite(tmp_path):
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert db.exists()
    stats = runner.invoke(app, ["stats", "--db", str(db), "--json"])
    data = json.loads(stats.stdout)
    assert data["articles"] >= 6
    assert data["duplicates"] >= 1
    assert data["events"] >= 3


def test_analyze_json_from_stdin():
    text = "تظاهر آلاف الطلاب، الاثنين، أمام وزارة التعليم في القاهرة للمطالبة بإلغاء الرسوم الجديدة."
    proc = subprocess.run([sys.executable, "-m", "rasd.cli", "analyze", "-", "--format", "json",
                           "--published", "2025-02-10"], input=text, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.splitlines()[0])
    assert out["analysis"]["sentences"]
    assert [t["value"] for t in out["analysis"]["times"]] == ["2025-02-10"]  # الاثنين, the publication day
    for t in out["analysis"]["times"]:
        assert out["text"][t["span"]["start"]:t["span"]["end"]] == t["span"]["text"]


def test_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["analyze", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
