"""Bad files through the real `rasd ingest` command: each costs one line on stderr naming the file
and the problem (or is read correctly), the rest of the batch is stored, the --json summary counts
what was skipped and why, and a re-run is idempotent and loses nothing.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from rasd.store import open_store

STORY = ("قُتل خمسة أشخاص وأصيب ثمانية آخرون، صباح الثلاثاء، في انفجار سيارة مفخخة قرب سوق شعبي "
         "في مدينة الحلة، بحسب ما أعلنت الشرطة المحلية في بيان.")
MEETING = "اجتمع وزراء خارجية دول الجوار، الأحد، في عمّان لبحث ملف اللاجئين وإعادة الإعمار."
PAGE = ("<!doctype html><html><head><meta charset='utf-8'><title>انفجار في الحلة</title></head><body>"
        "<article><h1>انفجار سيارة مفخخة في الحلة</h1><p>{body}</p><p>وقال مصدر أمني إن التحقيق بدأ لمعرفة "
        "الجهة المسؤولة عن الهجوم الذي وقع في ساعة الذروة.</p></article></body></html>")


def _ingest(paths: list[Path | str], db: Path) -> tuple[dict, list[str], int]:
    """`rasd ingest --json` as a user runs it, on a narrow terminal: (summary, stderr lines, exit code)."""
    env = dict(os.environ, COLUMNS="60")  # a problem line must stay one line however narrow
    proc = subprocess.run([sys.executable, "-m", "rasd.cli", "ingest", *map(str, paths), "--db", str(db), "--json",
                           "--workers", "1"], capture_output=True, text=True, env=env, timeout=900)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    return json.loads(proc.stdout), lines, proc.returncode


def _records(n: int, prefix: str) -> list[str]:
    return [json.dumps({"title": f"خبر رقم {i} من {prefix}", "url": f"https://example.org/{prefix}/{i}",
                        "content": f"{STORY}\nوهذا هو الخبر {i} في سلسلة {prefix} عن الحادث رقم {i * 31 % 97}.",
                        "date": "2025-03-04", "source": "wire"}, ensure_ascii=False) for i in range(n)]


def _warc(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, html in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                      http_headers=http,
                                                      warc_headers_dict={"WARC-Date": "2025-03-04T10:00:00Z"}))
    return out.getvalue()


def _bad_batch(folder: Path) -> dict[str, str]:
    """A folder of bad and good files; returns {file name: the problem kind expected for it}."""
    folder.mkdir()
    lines = _records(3, "good")
    deep = "[" * 100_000 + "]" * 100_000  # deeper than the JSON parser recurses
    (folder / "good.jsonl").write_text("\n".join([lines[0], "{broken", lines[1], "not json at all", "[1, 2]",
                                                  deep, lines[2], ""]) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\t\n  ")
    (folder / "binary.txt").write_bytes(bytes(random.Random(7).randrange(256) for _ in range(4000)) + b"\x00" * 50)
    whole = gzip.compress(("\n".join(_records(200, "gz")) + "\n").encode("utf-8"))
    (folder / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    html = PAGE.format(body=STORY)
    (folder / "cut.html").write_text(html[: html.index("</article>")], encoding="utf-8")
    warc = _warc([("https://example.org/w/1", PAGE.format(body=STORY)),
                  ("https://example.org/w/2", PAGE.format(body=MEETING + " " + STORY))])
    (folder / "cut.warc.gz").write_bytes(warc[: int(len(warc) * 0.8)])
    (folder / "arabic-1256.txt").write_bytes(f"{MEETING}\n\n{STORY}\n".encode("cp1256"))
    (folder / "[red]x.txt").write_bytes(b"")  # rich markup in a file name is still just the name
    return {"good.jsonl:2": "invalid JSON", "good.jsonl:4": "invalid JSON", "good.jsonl:5": "not a record",
            "good.jsonl:6": "invalid JSON",
            "empty.txt": "empty file", "blank.txt": "empty file", "binary.txt": "binary file",
            "cut.jsonl.gz": "truncated gzip", "cut.html": "truncated HTML", "cut.warc.gz": "truncated WARC",
            "[red]x.txt": "empty file", "missing.txt": "not found"}


def _stored(db: Path) -> dict[str, str]:
    with closing(sqlite3.connect(db)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return dict(con.execute("SELECT id, text FROM articles"))


def test_bad_files_cost_one_line_each_and_the_batch_goes_on(tmp_path: Path):
    folder = tmp_path / "batch"
    expected = _bad_batch(folder)
    db = tmp_path / "store.db"
    summary, lines, code = _ingest([folder, tmp_path / "missing.txt"], db)
    assert code == 0, lines

    problems = [line for line in lines if line.startswith("skipped ")]
    assert len(problems) == summary["problems"] == len(expected), lines
    for name, kind in expected.items():
        mine = [line for line in problems if f"{name}: " in line]
        assert len(mine) == 1 and f"{name}: {kind}" in mine[0], (name, mine, problems)
    kinds: dict[str, int] = {}
    for kind in expected.values():
        kinds[kind] = kinds.get(kind, 0) + 1
    assert summary["problems_by_kind"] == kinds

    texts = _stored(db)
    assert summary["stored"] == len(texts) and summary["articles_read"] == len(texts)
    joined = "\n".join(texts.values())
    assert sum("من good" in t for t in texts.values()) == 3  # the good lines around the bad ones
    assert 0 < sum("من gz" in t for t in texts.values()) < 200  # what arrived before the gzip was cut
    assert MEETING in joined  # Windows-1256 read as Arabic
    assert "انفجار سيارة مفخخة في الحلة" in joined  # the truncated page and the archive's first page
    with open_store(str(db)) as store:
        stats = store.stats()
        assert stats["problems"] == len(expected)
        assert stats["analyzed"] == stats["unique_articles"]
        assert store.search("الحلة")["total"] >= 2


def test_rerun_is_idempotent_and_loses_nothing(tmp_path: Path):
    folder = tmp_path / "batch"
    _bad_batch(folder)
    db = tmp_path / "store.db"
    first, _, _ = _ingest([folder], db)
    before = _stored(db)
    with closing(sqlite3.connect(db)) as con:
        analyses = dict(con.execute("SELECT article_id, data FROM analyses"))
    again, lines, code = _ingest([folder], db)
    assert code == 0
    assert again["stored"] == 0 and again["already_stored"] == first["articles_read"] == len(before)
    assert again["problems_by_kind"] == first["problems_by_kind"]  # still told, still not stored
    assert _stored(db) == before
    with closing(sqlite3.connect(db)) as con:
        assert dict(con.execute("SELECT article_id, data FROM analyses")) == analyses

    # New input later: the new article is added, everything stored before is still there unchanged.
    (folder / "later.jsonl").write_text(_records(1, "later")[0] + "\n", encoding="utf-8")
    third, _, _ = _ingest([folder], db)
    after = _stored(db)
    assert third["stored"] == 1 and len(after) == len(before) + 1
    assert all(after[k] == v for k, v in before.items())


@pytest.mark.slow
def test_a_50_mb_single_line_file_is_stored_and_said_to_be_too_long(tmp_path: Path):
    folder = tmp_path / "big"
    folder.mkdir()
    line = (STORY.replace("،", "") + " ") * 300_000
    (folder / "huge.txt").write_text(line.strip(), encoding="utf-8")
    assert (folder / "huge.txt").stat().st_size > 50_000_000
    (folder / "small.jsonl").write_text(_records(1, "small")[0] + "\n", encoding="utf-8")
    db = tmp_path / "big.db"
    summary, lines, code = _ingest([folder], db)
    assert code == 0
    (problem,) = [line for line in lines if line.startswith("skipped ")]
    assert "huge.txt: too long:" in problem and "stored unanalyzed" in problem
    assert summary["problems_by_kind"] == {"too long": 1}
    assert summary["stored"] == 2  # nothing lost: the long text is kept (and searchable), only not analyzed
    with open_store(str(db)) as store:
        stats = store.stats()
        assert stats["articles"] == 2 and stats["analyzed"] == 2 and stats["analysis_errors"] == 1


@pytest.mark.skipif(sys.platform != "linux", reason="file names that are not UTF-8 are a POSIX matter")
def test_a_file_name_that_is_not_utf8(tmp_path: Path):
    folder = tmp_path / "names"
    folder.mkdir()
    try:
        (folder / os.fsdecode(b"\xca\xd3\xdc.txt")).write_text(STORY, encoding="utf-8")
        (folder / os.fsdecode(b"\xca\xd3\xdd.txt")).write_bytes(b"")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses file names that are not UTF-8")
    summary, lines, code = _ingest([folder], tmp_path / "names.db")
    assert code == 0 and summary["stored"] == 1 and summary["problems_by_kind"] == {"empty file": 1}
    assert len([line for line in lines if line.startswith("skipped ")]) == 1
