"""Ingest end to end into a real SQLite file: idempotent, duplicates kept, bad input counted."""

from __future__ import annotations

import json
import sqlite3

from rasd.ingest import run_ingest
from rasd.store import open_store

STORY = (
    "قُتل أربعة أشخاص وأصيب تسعة آخرون، مساء الخميس، بانفجار عبوة ناسفة استهدفت حافلة ركاب "
    "على الطريق الرئيسي شمال مدينة بعقوبة، بحسب ما أعلنت الشرطة العراقية في بيان."
)


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")


def records():
    return [
        {"title": "انفجار عبوة ناسفة قرب بعقوبة", "content": STORY + "\nوقال مصدر أمني إن التحقيق بدأ.",
         "url": "https://example.org/a", "date": "2025-01-09", "source": "wire"},
        # the same story re-published under another URL with one sentence changed: a near duplicate
        {"title": "انفجار عبوة ناسفة قرب بعقوبة", "content": STORY + "\nوقال مصدر في الشرطة إن التحقيق بدأ.",
         "url": "https://example.org/b", "date": "2025-01-09", "source": "wire"},
        {"title": "اجتماع وزراء الخارجية العرب في القاهرة", "url": "https://example.org/c", "source": "wire",
         "content": "اجتمع وزراء الخارجية العرب، الأحد، في القاهرة لبحث الأوضاع في السودان وليبيا."},
    ]


def test_ingest_is_idempotent_and_keeps_duplicates(tmp_path):
    src = tmp_path / "feed.jsonl"
    write_jsonl(src, records())
    db = str(tmp_path / "t.db")
    first = run_ingest([str(src)], db)
    assert first["articles_read"] == 3
    assert first["stored"] == 3
    assert first["duplicates"] == 1
    second = run_ingest([str(src)], db)
    assert second["stored"] == 0
    assert second["already_stored"] == 3
    with open_store(db) as store:
        stats = store.stats()
        assert stats["articles"] == 3
        dups = [a for a, an in store.iter_articles() if a.duplicate_of]
        assert len(dups) == 1 and dups[0].url == "https://example.org/b"
        originals = [(a, an) for a, an in store.iter_articles() if not a.duplicate_of]
        assert all(an is not None for _, an in originals)
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_bad_files_are_reported_and_the_batch_continues(tmp_path):
    good = tmp_path / "good.jsonl"
    write_jsonl(good, records()[2:])
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x", "content": "نص"}\n{broken\n', encoding="utf-8")
    seen = []
    summary = run_ingest([str(tmp_path)], str(tmp_path / "t.db"), on_problem=seen.append)
    assert summary["stored"] >= 2  # good.jsonl and the readable line of bad.jsonl
    assert summary["problems"] >= 3
    paths = " ".join(str(p) for p in seen)
    assert "empty.txt" in paths and "binary.txt" in paths and "bad.jsonl:2" in paths
