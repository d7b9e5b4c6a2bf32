"""`rasd demo`: the whole pipeline on rasd's own invented sample news, into SQLite."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any


def sample_dir() -> Path:
    return Path(str(resources.files("rasd") / "data" / "sample"))


def run_demo(db: str, out: Any, console: Any) -> dict[str, Any]:
    from rasd.ingest import run_ingest
    from rasd.store import open_store
    from rasd.summary import render_analysis

    files = sorted(str(p) for p in sample_dir().iterdir() if p.suffix in (".txt", ".jsonl"))
    summary = run_ingest(files, db, workers=1, console=console,
                         on_problem=lambda p: console.print(f"[yellow]skipped[/yellow] {p}"))
    with open_store(db) as store:
        for article, analysis in store.iter_articles():
            if analysis is not None:
                render_analysis(out, article, analysis)
            else:
                out.rule(f"[dim]{article.title} — duplicate of {article.duplicate_of}[/dim]")
        stats = store.stats()
    out.rule("[bold]store[/bold]")
    out.print(f"{db}: " + ", ".join(f"{k} {v}" for k, v in stats.items() if not isinstance(v, dict)))
    out.print(
        f"this run: {summary['stored']} new articles, {summary['already_stored']} already stored, "
        f"{summary['duplicates']} duplicates, {summary['problems']} problems"
    )
    return summary
