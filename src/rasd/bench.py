"""`rasd bench`: throughput of the pipeline, its stages and the text core; search latency.

Figures are printed, never asserted in unit tests. Where speeds are compared (2
workers against 1) both runs happen in the same process invocation so the ratio
is measured under the same conditions.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import resource
import statistics
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from rasd.model import Article


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round((own + children) / 1024, 1)  # ru_maxrss is KiB on Linux


def _tree_pids(root: int) -> list[int]:
    """``root`` and every process below it (Linux /proc; only ``root`` elsewhere)."""
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                todo.extend(int(x) for x in f.read().split())
        except OSError:
            pass
    return pids


def _pss_kib(pid: int) -> int:
    """Proportional set size: private pages plus a share of pages shared with others."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class TreeMemory:
    """Peak memory of this process and its workers together, sampled while a run lasts.

    ru_maxrss cannot give it: RUSAGE_CHILDREN reports only the largest child, and RSS
    counts the model pages a forked worker shares with its parent once per process. The
    sum of PSS over the process tree counts every page once.
    """

    def __init__(self, every: float = 0.2):
        self.every = every
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self.available = os.path.exists(f"/proc/{os.getpid()}/smaps_rollup")

    def _sample(self) -> None:
        me = os.getpid()
        while True:
            total = sum(_pss_kib(pid) for pid in _tree_pids(me))
            self.peak_kib = max(self.peak_kib, total)
            if self._stop.wait(self.every):
                return

    def __enter__(self) -> TreeMemory:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.available:
            self._stop.set()
            self._thread.join()

    @property
    def peak_mb(self) -> float | None:
        return round(self.peak_kib / 1024, 1) if self.available else None


def load_articles(paths: list[str], limit: int | None) -> list[Article]:
    from rasd.sources import read_articles

    items = (a for a in read_articles(paths) if isinstance(a, Article))
    return list(itertools.islice(items, limit) if limit else items)


def bench_pipeline(articles: list[Article], workers: int = 1) -> dict[str, Any]:
    """Run the full analysis over ``articles``; per-stage seconds when in one process.

    Every run starts from the same state: the stages loaded (start-up, not throughput)
    and their per-word caches as loading left them. The one-worker run happens in a
    fork of this process, so a later run with workers (forked from here too) does not
    inherit caches warmed on these very articles.
    """
    from rasd.pipeline import load_stages

    load_stages()  # model loading is start-up, not throughput
    with TreeMemory() as memory:
        report = _in_fork(_bench_one, articles) if workers <= 1 else _bench_one(articles, workers)
    # this process (the articles, the loaded models) and its workers, every page once
    report["peak_memory_mb"] = memory.peak_mb
    return report


def _cpu_seconds() -> float:
    """User plus system CPU time of this process and of its children that have ended."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _in_fork(fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)`` in a forked copy of this process (or here, where there is no fork)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return fn(*args)
    with multiprocessing.get_context("fork").Pool(1) as pool:
        return pool.apply(fn, args)


def _bench_one(articles: list[Article], workers: int = 1) -> dict[str, Any]:
    from rasd.arabic.tokens import tokenize
    from rasd.pipeline import analyze, analyze_many

    timings: dict[str, float] = {}
    c0 = _cpu_seconds()
    t0 = time.perf_counter()
    if workers <= 1:
        for art in articles:
            analyze(art, timings)
    else:
        for _ in analyze_many(articles, workers=workers):
            pass
    seconds = time.perf_counter() - t0
    cpu = _cpu_seconds() - c0
    chars = sum(len(a.text) for a in articles)
    tokens = sum(len(tokenize(a.text)) for a in articles)
    return {
        "articles": len(articles),
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(articles) / seconds, 2) if seconds else None,
        "tokens_per_s": round(tokens / seconds) if seconds else None,
        "chars_per_s": round(chars / seconds) if seconds else None,
        # CPU seconds of this process and its finished workers: on a machine shared with
        # other work, articles per CPU second is the steadier figure of the code's own speed.
        "cpu_seconds": round(cpu, 3),
        "articles_per_cpu_s": round(len(articles) / cpu, 2) if cpu else None,
        "peak_rss_mb": _peak_rss_mb(),
        "workers": workers,
        "stage_seconds": {k: round(v, 3) for k, v in timings.items()},
        # The tagger's speed with its features: tokens through the entities stage per second.
        "entities_tokens_per_s": round(tokens / timings["entities"]) if timings.get("entities") else None,
    }


def bench_text_core(texts: Iterable[str]) -> dict[str, Any]:
    """normalize + tokenize throughput on one core (the text core's own benchmark)."""
    from rasd.arabic.bench import bench_text_core as run

    return dict(run(texts, quiet=True))


def bench_search(db: str, queries: list[str], repeat: int = 5) -> dict[str, Any]:
    """Latency of search and of event listing (pages of 100) on an existing store."""
    from rasd.store import open_store

    def pct(values: list[float], q: float) -> float:
        values = sorted(values)
        return round(values[min(len(values) - 1, int(q * len(values)))] * 1000, 2)

    search_ms: list[float] = []
    events_ms: list[float] = []
    with open_store(db) as store:
        for _ in range(repeat):
            for q in queries:
                t0 = time.perf_counter()
                store.search(q, limit=20)
                search_ms.append(time.perf_counter() - t0)
            for offset in (0, 100, 200):
                t0 = time.perf_counter()
                store.events(limit=100, offset=offset)
                events_ms.append(time.perf_counter() - t0)
        articles = store.stats().get("articles")
    return {
        "store_articles": articles,
        "search_queries": len(search_ms),
        "search_p50_ms": pct(search_ms, 0.5),
        "search_p95_ms": pct(search_ms, 0.95),
        "events_page_p50_ms": pct(events_ms, 0.5),
        "events_page_p95_ms": pct(events_ms, 0.95),
        "search_mean_ms": round(statistics.mean(search_ms) * 1000, 2),
    }


DEFAULT_QUERIES = [
    "حقاني", "انفجار", "داعش", "طالبان", "الموصل", "هجوم انتحاري", "وزير الخارجية", "اليمن",
    "الحوثيين", "تركيا", "\"مجلس الأمن\"", "قتلى", "اعتقال", "مظاهرات", "السعودية", "العراق",
]
