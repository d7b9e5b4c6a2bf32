"""`rasd soak`: hostile input, kill-and-resume, and a bounded load test.

Each part returns a dict of figures; the CLI prints them and exits non-zero when
any part fails. The test suite runs small versions of each.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from rasd.model import Analysis, Article, Span, to_dict

# ------------------------------------------------------------------ invariants


def check_analysis(article: Article, analysis: Analysis) -> list[str]:
    """Every span lies inside the text and slices to its own text; returns violations."""
    problems: list[str] = []
    text = article.text

    def check(span: Span | None, where: str) -> None:
        if span is None:
            return
        if not (0 <= span.start <= span.end <= len(text)):
            problems.append(f"{where}: span {span.start}-{span.end} outside text of {len(text)}")
        elif text[span.start:span.end] != span.text:
            problems.append(f"{where}: span text differs from text[{span.start}:{span.end}]")

    def walk(obj: Any, where: str) -> None:
        if isinstance(obj, Span):
            check(obj, where)
        elif isinstance(obj, list):
            for i, x in enumerate(obj):
                walk(x, f"{where}[{i}]")
        elif hasattr(obj, "__dataclass_fields__"):
            for name in obj.__dataclass_fields__:
                walk(getattr(obj, name), f"{where}.{name}")

    walk(analysis, "analysis")
    for b in article.blocks:
        if not (0 <= b.start <= b.end <= len(text)):
            problems.append(f"block {b.kind} outside text")
    problems.extend(f"stage error: {e}" for e in analysis.errors)
    return problems


# ------------------------------------------------------------------ property-based fuzzing


def fuzz_pipeline(examples: int = 10_000, seed: int | None = None) -> dict[str, Any]:
    """Feed random Unicode, Arabic, bidi controls, quotes and huge lines through clean + analyze."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from rasd.clean import articles_from_document
    from rasd.model import Document
    from rasd.pipeline import analyze

    arabic = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
    marks = st.sampled_from(list("«»\"“”‘’()[]:.،؛؟!\n \u200f\u200e\u202b\u202c\u2067\u2069\u0640\ufeff"))
    words = st.sampled_from(["قُتل", "انفجار", "طالبان", "«داعش»", "قال", "نفت", "2024", "الأربعاء",
                             "سبتمبر (أيلول)", "TT", "(أ.ف.ب)", "<p>", "</div>", "نحو 10 أشخاص", "في كابل"])
    piece = st.one_of(st.text(min_size=0, max_size=30), st.text(arabic, max_size=30), marks,
                      words.map(lambda w: w + " "))
    texts = st.one_of(
        st.lists(piece, max_size=60).map("".join),
        st.tuples(words, st.integers(1, 2000)).map(lambda t: (t[0] + " ") * t[1]),  # enormous lines
        st.lists(st.sampled_from(["<div>", "<p>", "«", "»", "\""]), max_size=400).map("".join),
    )
    seen = {"examples": 0, "failures": 0, "first_failure": None}

    @settings(max_examples=examples, deadline=None, database=None, derandomize=seed is not None,
              suppress_health_check=list(HealthCheck))
    @given(texts)
    def run(text: str) -> None:
        seen["examples"] += 1
        try:
            doc = Document(path="fuzz", format="text", content=text)
            for art in articles_from_document(doc):
                a1 = analyze(art)
                a2 = analyze(art)
                problems = check_analysis(art, a1)
                if to_dict(a1) != to_dict(a2):
                    problems.append("non-deterministic output")
                if problems:
                    raise AssertionError("; ".join(problems[:3]))
        except Exception as exc:
            seen["failures"] += 1
            if seen["first_failure"] is None:
                seen["first_failure"] = f"{type(exc).__name__}: {exc} on {text[:120]!r}"

    run()
    return seen


# ------------------------------------------------------------------ kill and resume


def _write_corpus(path: Path, n: int) -> None:
    from rasd.demo import sample_dir

    base = [json.loads(line) for line in (sample_dir() / "003_feed.jsonl").read_text("utf-8").splitlines()]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(base[i % len(base)])
            rec["url"] = f"https://example.org/soak/{i}"
            # Distinct enough not to be near-duplicates of one another.
            rec["content"] = f"الخبر رقم {i} من سلسلة الاختبار {i * 7919 % 104729}.\n" + rec["content"] + f"\nرمز {i}."
            rec["title"] = f"{rec['title']} ({i})"
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def kill_and_resume(n: int = 400, kill_after_s: float = 4.0, workdir: str | None = None) -> dict[str, Any]:
    """SIGKILL `rasd ingest` mid-batch, run it again, and check the store."""
    tmp = Path(workdir or tempfile.mkdtemp(prefix="rasd-soak-"))
    corpus, db = tmp / "corpus.jsonl", tmp / "soak.db"
    _write_corpus(corpus, n)
    cmd = [sys.executable, "-m", "rasd.cli", "ingest", str(corpus), "--db", str(db), "--workers", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + kill_after_s
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    before = _count_articles(db)
    rerun = subprocess.run(cmd, capture_output=True, text=True)
    after = _count_articles(db)
    with sqlite3.connect(db) as con:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        distinct = con.execute("SELECT COUNT(DISTINCT id) FROM articles").fetchone()[0]
    ok = integrity == "ok" and after == n and distinct == after and rerun.returncode == 0
    return {"articles": n, "killed_mid_batch": killed, "stored_before_resume": before,
            "stored_after_resume": after, "integrity": integrity, "duplicated": after - distinct, "ok": ok}


def _count_articles(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as con:
        try:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.DatabaseError:
            return 0


# ------------------------------------------------------------------ load test


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_test(db: str, clients: int = 50, seconds: float = 30.0) -> dict[str, Any]:
    """Concurrent clients against search and event listing on a real server over loopback."""
    import http.client

    port = _free_port()
    env = dict(os.environ, RASD_DB=db)
    server = subprocess.Popen(
        [sys.executable, "-m", "rasd.cli", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )
    try:
        _wait_for_port(port, 20)
        paths = ["/api/search?q=%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1", "/api/events?limit=100",
                 "/api/search?q=%22unbalanced", "/api/stats"]
        latencies: list[float] = []
        errors = [0]
        lock = threading.Lock()
        stop = time.time() + seconds

        def client(k: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            i = k
            while time.time() < stop:
                path = paths[i % len(paths)]
                i += 1
                t0 = time.perf_counter()
                try:
                    conn.request("GET", path)
                    resp = conn.getresponse()
                    resp.read()
                    bad = resp.status >= 500
                except Exception:
                    bad = True
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    errors[0] += bad
            conn.close()

        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        latencies.sort()
        p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] * 1000 if latencies else None
        return {"clients": clients, "seconds": seconds, "requests": len(latencies), "errors": errors[0],
                "p99_ms": round(p99, 1) if p99 is not None else None}
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


def _wait_for_port(port: int, timeout: float) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"server did not start on port {port}")
