"""Ingest: read → clean → de-duplicate → analyze → store, in committed batches.

Each batch is one transaction, so a crash loses at most the batches in flight (one,
or two with a pool of workers); ids are stable hashes, so a re-run skips what is
stored and completes the rest.
Duplicates are stored as duplicates of the first copy (never dropped) and are not
analyzed again.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from typing import Any

from rasd.model import Analysis, Article, Document, Problem
from rasd.pipeline import analyze, analyze_chunk, new_pool, too_long

BATCH_SIZE = 64
POOL_CHUNK = 4  # articles per task sent to a pool worker


@dataclass
class _Pending:
    """A batch read, checked against the store and de-duplicated; its analyses under way."""

    fresh: list[Article]  # to store
    signatures: dict[str, bytes | None]
    analyses: dict[str, Analysis]  # known so far (analyzed elsewhere)
    work: list[tuple[list[Article], Future[list[Analysis]]]]  # chunks in the pool
    here: list[Article]  # to analyze in this process (no pool)
    read: int  # articles read, for progress


Item = Article | Problem | tuple[Article, Analysis]  # a pair is an article analyzed elsewhere (Spark)


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_articles(
    items: Iterable[Item],
    store: Any,
    *,
    workers: int = 1,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> dict[str, Any]:
    """Store articles (and their analyses) from any source of articles and problems."""
    from rasd.clean import valid_text
    from rasd.clean.dedup import Deduplicator

    dedup = Deduplicator()
    dedup.load(store.signatures())
    summary: dict[str, Any] = {"articles_read": 0, "stored": 0, "already_stored": 0, "duplicates": 0,
                               "problems": 0}
    why: Counter[str] = Counter()
    t0 = time.perf_counter()
    pool: Executor | None = new_pool(workers) if workers > 1 else None
    # With a pool, one batch is analyzed while the one before it is saved: the workers
    # never wait on the database, nor on the slowest article of a batch.
    in_flight: deque[_Pending] = deque()
    unsaved: set[str] = set()  # ids read in batches not saved yet: already stored, for the batches after

    def report(problems: list[Problem]) -> None:
        for p in problems:
            why[p.message.split(":")[0]] += 1
            if on_problem:
                on_problem(p)
        if problems:  # a file name that is not UTF-8 arrives with lone surrogates: storable text only
            store.record_problems([(valid_text(p.path) or "", valid_text(p.message) or "") for p in problems])
        summary["problems"] += len(problems)

    def finish(b: _Pending) -> None:
        for chunk, future in b.work:
            b.analyses.update(zip((a.id for a in chunk), future.result(), strict=True))
        b.analyses.update((a.id, analyze(a)) for a in b.here)
        rows: list[tuple[Article, Analysis | None, bytes | None]] = [
            (a, b.analyses.get(a.id), b.signatures.get(a.id)) for a in b.fresh
        ]
        if rows:
            summary["stored"] += _save_rows(store, rows, report)
        unsaved.difference_update(a.id for a in b.fresh)
        if on_progress:
            on_progress(b.read)

    try:
        for batch in _batches(items, batch_size):
            given = {x[0].id: x[1] for x in batch if isinstance(x, tuple)}
            articles = [x[0] if isinstance(x, tuple) else x for x in batch if not isinstance(x, Problem)]
            report([p for p in batch if isinstance(p, Problem)])
            summary["articles_read"] += len(articles)
            known = store.known_ids([a.id for a in articles])
            fresh: list[Article] = []
            seen_in_batch: set[str] = set()
            for a in articles:
                if a.id in known or a.id in seen_in_batch or a.id in unsaved:
                    summary["already_stored"] += 1
                    continue
                seen_in_batch.add(a.id)
                fresh.append(a)
            # Stored and searchable but not analyzed (see pipeline.too_long): said like any problem.
            report([Problem(a.path or a.id, w) for a in fresh if a.id not in given and (w := too_long(a))])
            signatures: dict[str, bytes | None] = {}
            to_analyze: list[Article] = []
            for a in fresh:
                signature = dedup.signature(a.text)
                original = dedup.add_signed(a.id, signature)
                if original is not None:
                    a.duplicate_of = original
                    summary["duplicates"] += 1
                    signatures[a.id] = None
                else:
                    signatures[a.id] = signature
                    if a.id not in given:
                        to_analyze.append(a)
            analyses = {k: v for k, v in given.items() if signatures.get(k) is not None}
            work = [] if pool is None else [
                (chunk, pool.submit(analyze_chunk, chunk))
                for chunk in (to_analyze[k:k + POOL_CHUNK] for k in range(0, len(to_analyze), POOL_CHUNK))
            ]
            in_flight.append(_Pending(fresh, signatures, analyses, work, [] if pool else to_analyze, len(articles)))
            unsaved.update(a.id for a in fresh)
            while len(in_flight) > (1 if pool is not None else 0):
                finish(in_flight.popleft())
        while in_flight:
            finish(in_flight.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    summary["problems_by_kind"] = dict(why)
    summary["seconds"] = round(time.perf_counter() - t0, 3)
    return summary


def _save_rows(store: Any, rows: list[tuple[Article, Analysis | None, bytes | None]],
               report: Callable[[list[Problem]], None]) -> int:
    """save_batch; a batch the database refuses for its data is stored row by row, and only the
    rows refused are lost (and reported). Trouble with the database itself still stops the run."""
    from sqlalchemy.exc import OperationalError

    try:
        return store.save_batch(rows)
    except OperationalError:  # disk full, locked, I/O error: nothing to skip around
        raise
    except Exception as exc:
        if len(rows) == 1:
            art = rows[0][0]
            reason = (str(exc).splitlines() or [""])[0][:200]
            report([Problem(art.path or art.id, f"not stored: {type(exc).__name__}: {reason}")])
            return 0
    return sum(_save_rows(store, [row], report) for row in rows)


def run_ingest(
    paths: list[str],
    db: str,
    *,
    workers: int = 1,
    console: Any = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> dict[str, Any]:
    """The `rasd ingest` verb: read paths into the store at ``db`` with a progress bar."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from rasd.sources import read_articles
    from rasd.store import open_store

    def items() -> Iterator[Item]:
        # Parquet folders written by `rasd spark` carry their analyses; the rest is read here.
        from rasd.spark import articles_table

        tables = {p: articles_table(p) for p in paths}
        others = [p for p, table in tables.items() if table is None]
        for table in filter(None, tables.values()):
            from rasd.spark import read_parquet_articles

            yield from read_parquet_articles(table)
        if others:
            yield from read_articles(others)

    with open_store(db) as store, Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} articles"),
        TimeElapsedColumn(), console=console, transient=True, disable=console is None,
    ) as progress:
        task = progress.add_task("ingesting", total=None)
        summary = ingest_articles(
            items(), store, workers=workers, on_problem=on_problem,
            on_progress=lambda n: progress.advance(task, n),
        )
        if summary["stored"]:
            progress.update(task, description="merging incidents")
            summary["incidents"] = refresh_incidents(store)
            store.optimize()
        return summary


def refresh_incidents(store: Any) -> int:
    """Recompute incidents over every stored event (cross-article merging)."""
    from rasd.incidents import merge_incidents
    from rasd.store import event_id

    reports = []
    for article, analysis in store.iter_articles():
        if analysis is None:
            continue
        for i, ev in enumerate(analysis.events):
            ev.id = event_id(article.id, i, ev)
            reports.append((article.id, article.source, ev))
    return store.replace_incidents(merge_incidents(reports))


def ingest_texts(db: str, texts: list[tuple[str, str]]) -> dict[str, Any]:
    """Ingest raw texts (name, content) — what the HTTP API's POST /api/ingest uses."""
    from rasd.clean import articles_from_document
    from rasd.store import open_store

    def items() -> Iterator[Article | Problem]:
        for name, content in texts:
            if not content.strip():
                yield Problem(name, "empty text")
                continue
            yield from articles_from_document(Document(path=name, format="text", content=content))

    with open_store(db) as store:
        summary = ingest_articles(items(), store)
        if summary["stored"]:
            summary["incidents"] = refresh_incidents(store)
        return summary
