"""The rasd command line. Verbs mirror the library: analyze, ingest, stats, eval, ...

Exit codes: 0 ok; 1 nothing could be read / a target failed; 2 usage error.
Heavy modules are imported inside the commands so ``rasd --help`` stays instant.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

app = typer.Typer(add_completion=False, no_args_is_help=True, help="rasd (رصد): Arabic news to coded events.")
eval_app = typer.Typer(no_args_is_help=True, help="Score rasd against gold data.")
train_app = typer.Typer(no_args_is_help=True, help="Rebuild rasd's shipped models.")
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")

console = Console(stderr=True)
out = Console(soft_wrap=True)

DEFAULT_DB = "rasd.db"
DbOption = Annotated[str, typer.Option("--db", envvar="RASD_DB", help="SQLite path or postgresql:// URL")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON object")]


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def _report_problem(problem: object) -> None:
    # One line whatever the terminal width; a file named "[/x].txt" is text, not rich markup.
    line = " ".join(str(problem).splitlines())
    console.print(f"[yellow]skipped[/yellow] {escape(line)}", highlight=False, soft_wrap=True)


# ------------------------------------------------------------------ analyze


@app.command()
def analyze(
    files: Annotated[list[str] | None, typer.Argument(help="Files, folders or globs; '-' for stdin")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date for relative times (ISO)")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json (JSON lines) or text")] = "text",
) -> None:
    """Analyze input without storing it."""
    from rasd.model import Problem, article_json
    from rasd.pipeline import analyze as run
    from rasd.sources import read_articles
    from rasd.summary import render_analysis

    read = problems = 0
    for item in read_articles(files or ["-"]):
        if isinstance(item, Problem):
            problems += 1
            _report_problem(item)
            continue
        read += 1
        if published:
            item.published = published
        analysis = run(item)
        if fmt == "json":
            sys.stdout.write(json.dumps(article_json(item, analysis), ensure_ascii=False) + "\n")
        else:
            render_analysis(out, item, analysis)
    if read == 0:
        console.print("[red]nothing could be read[/red]")
        raise typer.Exit(1)


# ------------------------------------------------------------------ ingest / stats


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, '-' or Parquet from `rasd spark`")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(help="Analysis processes (default: number of cores)")] = 0,
    json_out: JsonFlag = False,
) -> None:
    """Read, clean, de-duplicate, analyze and store articles (idempotent)."""
    from rasd.ingest import run_ingest

    summary = run_ingest(paths, db, workers=workers or os.cpu_count() or 1, console=console,
                         on_problem=_report_problem)
    if json_out:
        _print_json(summary)
    else:
        out.print(
            f"read {summary['articles_read']} articles: {summary['stored']} new, "
            f"{summary['already_stored']} already stored, {summary['duplicates']} duplicates; "
            f"{summary['problems']} problems"
        )
    if summary["articles_read"] == 0 and summary["problems"] > 0:
        raise typer.Exit(1)


@app.command()
def stats(db: DbOption = DEFAULT_DB, json_out: JsonFlag = False) -> None:
    """Counts of what the store holds, duplicates included."""
    from rasd.store import open_store

    with open_store(db) as store:
        s = store.stats()
    if json_out:
        _print_json(s)
        return
    for key, value in s.items():
        out.print(f"{key:>20}  {value}")


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="SQLite file to write")] = "rasd-demo.db",
) -> None:
    """Run the whole pipeline on rasd's own sample news into a SQLite file."""
    from rasd.demo import run_demo

    run_demo(db, out, console)


# ------------------------------------------------------------------ eval


def _eval_inputs(paths: list[Path], suffix: str) -> list[str]:
    """Files to score: a folder stands for its ``*suffix`` files (sorted); a path that does
    not exist, or a folder with none, stops the command with exit 2 before anything is scored."""
    files: list[str] = []
    for p in paths:
        if p.is_dir():
            found = sorted(str(f) for f in p.glob(f"*{suffix}") if f.is_file())
            if not found:
                console.print(f"[red]{escape(str(p))}: no *{suffix} files in this folder[/red]", soft_wrap=True)
                raise typer.Exit(2)
            files.extend(found)
        elif p.is_file():
            files.append(str(p))
        else:
            console.print(f"[red]{escape(str(p))}: no such file or folder[/red]", soft_wrap=True)
            raise typer.Exit(2)
    return files



@eval_app.command("gold")
def eval_gold(
    paths: Annotated[list[Path], typer.Argument(help="Gold JSON files or folders of them (../shared/gold/dev)")],
    shared: Annotated[Path, typer.Option(help="Folder that gold inputs resolve against")] = Path("../shared"),
    json_out: JsonFlag = False,
) -> None:
    """Score rasd against gold annotation files (shared/gold/SCHEMA.md)."""
    from rasd.evaluate.gold import evaluate_gold, render_gold_report

    report = evaluate_gold(_eval_inputs(paths, ".json"), shared=str(shared), on_problem=_report_problem)
    if json_out:
        _print_json(report)
    else:
        render_gold_report(out, report)


@eval_app.command("agreement")
def eval_agreement(
    reference: Annotated[list[Path], typer.Argument(help="One annotator's gold files or folder")],
    other: Annotated[Path, typer.Option("--other", help="The second annotator's gold files of the same articles (a folder)")],
    with_optional: Annotated[bool, typer.Option(
        "--with-optional", help="Count the other side's optional items as found (as rasd's output would be)")] = False,
    json_out: JsonFlag = False,
) -> None:
    """Inter-annotator agreement: two annotations of the same articles, scored by the gold scorer both ways."""
    from rasd.evaluate.agreement import evaluate_agreement, render_agreement_report

    report = evaluate_agreement(_eval_inputs(reference, ".json"), _eval_inputs([other], ".json"), with_optional)
    if not report["documents"]:
        console.print("[red]error:[/red] no document is annotated on both sides (files pair up by doc_id)")
        raise typer.Exit(2)
    if json_out:
        _print_json(report)
    else:
        render_agreement_report(out, report)


@eval_app.command("timeml")
def eval_timeml(
    paths: Annotated[list[Path], typer.Argument(help="TimeML .tml files or folders of them")],
    dct: Annotated[str | None, typer.Option(help="Document creation time when a file has none")] = None,
    baseline: Annotated[str | None, typer.Option(help="Also score a baseline: dateparser")] = None,
    corrections: Annotated[Path | None, typer.Option(
        help="Gold values judged wrong (TSV with reasons; the shipped one is rasd/data/timeml_corrections.tsv): "
             "score against the corrected gold, the uncorrected figures under 'raw'")] = None,
    json_out: JsonFlag = False,
) -> None:
    """Score time expressions on TimeML files."""
    from rasd.evaluate.timeml import evaluate_timeml, render_timeml_report

    try:
        report = evaluate_timeml(_eval_inputs(paths, ".tml"), dct=dct, baseline=baseline, corrections=corrections)
    except (OSError, ValueError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if json_out:
        _print_json(report)
    else:
        render_timeml_report(out, report)


@eval_app.command("ner")
def eval_ner(
    path: Annotated[Path, typer.Argument(help="`token TAG` file (BIO)")],
    model: Annotated[Path | None, typer.Option(help="Model file (default: the shipped one)")] = None,
    json_out: JsonFlag = False,
) -> None:
    """CoNLL exact-span P/R/F1 of the tagger on a `token TAG` file."""
    from rasd.evaluate.ner import evaluate_ner, render_ner_report

    report = evaluate_ner(str(path), model=str(model) if model else None)
    if json_out:
        _print_json(report)
    else:
        render_ner_report(out, report)


@eval_app.command("events")
def eval_events(
    paths: Annotated[list[Path], typer.Argument(help="UniversalPetrarch-style XML files or folders of them")],
    json_out: JsonFlag = False,
) -> None:
    """Event recall, category confusion and actor overlap on coded sentences."""
    from rasd.evaluate.events import evaluate_events, render_events_report

    report = evaluate_events(_eval_inputs(paths, ".xml"))
    if json_out:
        _print_json(report)
    else:
        render_events_report(out, report)


# ------------------------------------------------------------------ train


@train_app.command("ner")
def train_ner(
    corpus: Annotated[list[Path] | None, typer.Option(help="Training files (default: shared NER corpora)")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Model file to write")] = None,
    shared: Annotated[Path, typer.Option(help="The shared data folder")] = Path("../shared"),
    json_out: JsonFlag = False,
) -> None:
    """Train the NER tagger from the shared corpora and write the model file."""
    from rasd.ner.train import train_ner_model

    report = train_ner_model(
        corpora=[str(c) for c in corpus] if corpus else None,
        output=str(output) if output else None,
        shared=str(shared),
        console=console,
    )
    if json_out:
        _print_json(report)
    else:
        for key, value in report.items():
            out.print(f"{key}: {value}")


# ------------------------------------------------------------------ serve / export / bench


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to bind (loopback by default)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    token: Annotated[str | None, typer.Option(envvar="RASD_TOKEN", help="Enables POST /api/ingest for this bearer token")] = None,
) -> None:
    """Serve the HTTP API and the web UI over a store."""
    import uvicorn

    from rasd.web.app import allowed_hosts_for, create_app

    app_ = create_app(db, token=token, allowed_hosts=allowed_hosts_for(host, port))
    uvicorn.run(app_, host=host, port=port, log_level="warning")


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", help="jsonl | acled-csv | plover-json | geojson")] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default stdout)")] = None,
) -> None:
    """Export stored articles and events."""
    from rasd.export import FORMATS, export_events
    from rasd.store import open_store

    if fmt not in FORMATS:
        console.print(f"[red]unknown format {escape(repr(fmt))}; choose one of {', '.join(FORMATS)}[/red]")
        raise typer.Exit(2)
    with open_store(db) as store:
        rows = (row for row in store.iter_articles() if row[1] is not None)
        if output:
            with output.open("w", encoding="utf-8", newline="") as fh:
                n = export_events(rows, fmt, fh)
        else:
            n = export_events(rows, fmt, sys.stdout)
    console.print(f"exported {n} records as {fmt}")


@app.command()
def bench(
    paths: Annotated[list[str] | None, typer.Argument(help="Corpus (JSONL, folder, files)")] = None,
    workers: Annotated[int, typer.Option(help="Also run with this many workers and print the speed-up")] = 1,
    limit: Annotated[int | None, typer.Option(help="At most this many articles")] = None,
    search: Annotated[bool, typer.Option("--search", help="Search and event-listing latency on --db")] = False,
    db: DbOption = DEFAULT_DB,
    json_out: JsonFlag = False,
) -> None:
    """Throughput of the pipeline (per stage) and the text core; search latency."""
    from rasd import bench as b

    report: dict[str, object] = {}
    if search:
        report["search"] = b.bench_search(db, b.DEFAULT_QUERIES)
    if paths:
        articles = b.load_articles(paths, limit)
        report["text_core"] = b.bench_text_core(a.text for a in articles)
        one = b.bench_pipeline(articles, workers=1)
        report["pipeline"] = one
        if workers > 1:
            many = b.bench_pipeline(articles, workers=workers)
            many["speedup_vs_1_worker"] = round(one["seconds"] / many["seconds"], 2) if many["seconds"] else None
            report["pipeline_parallel"] = many
    if not report:
        console.print("nothing to measure: give a corpus path and/or --search")
        raise typer.Exit(2)
    if json_out:
        _print_json(report)
    else:
        for section, values in report.items():
            out.rule(section)
            for k, v in values.items():  # type: ignore[union-attr]
                out.print(f"{k:>24}  {v}")


@app.command()
def spark(
    inputs: Annotated[list[str], typer.Argument(help="INPUT... OUTPUT: JSONL, Parquet, text/HTML folders or WARC; then the output folder")],
    master: Annotated[str, typer.Option(help="Spark master URL")] = "local[2]",
    partitions: Annotated[int | None, typer.Option(help="Minimum input partitions")] = None,
    json_out: JsonFlag = False,
) -> None:
    """Run the same analysis on Apache Spark and write Parquet tables."""
    if len(inputs) < 2:
        console.print("[red]give at least one INPUT and the OUTPUT folder[/red]")
        raise typer.Exit(2)
    try:
        from rasd.spark import run_spark
    except ImportError as exc:
        console.print(f"[red]{exc}: install the spark extra: pip install 'rasd[spark]'[/red]")
        raise typer.Exit(1) from None
    counts = run_spark(inputs[:-1], inputs[-1], master=master, partitions=partitions)
    if json_out:
        _print_json(counts)
    else:
        out.print(", ".join(f"{k} {v}" for k, v in counts.items()) + f" → {inputs[-1]}")


@app.command()
def soak(
    examples: Annotated[int, typer.Option(help="Random inputs through the whole pipeline")] = 10_000,
    seed: Annotated[int | None, typer.Option(help="Repeat an earlier fuzzing run (its report gives the seed)")] = None,
    articles: Annotated[int, typer.Option(help="Corpus size for kill-and-resume")] = 400,
    clients: Annotated[int, typer.Option(help="Concurrent clients in the load test")] = 50,
    seconds: Annotated[float, typer.Option(help="Load test duration")] = 30.0,
    db: Annotated[str | None, typer.Option("--db", help="Store for the load test (default: a demo store)")] = None,
    json_out: JsonFlag = False,
) -> None:
    """Hostile input, SIGKILL mid-ingest and resume, and a load test; exit 1 on any failure."""
    import tempfile

    from rasd import soak as s

    report: dict[str, dict] = {}
    console.print(f"fuzzing the pipeline with {examples} examples …")
    report["fuzz"] = s.fuzz_pipeline(examples, seed=seed)
    console.print("kill-and-resume …")
    report["kill_and_resume"] = s.kill_and_resume(articles)
    if db is None:
        from rasd.demo import run_demo

        db = str(Path(tempfile.mkdtemp(prefix="rasd-soak-")) / "load.db")
        silent = Console(quiet=True)
        run_demo(db, silent, silent)
    console.print(f"load test: {clients} clients for {seconds:.0f} s …")
    report["load"] = s.load_test(db, clients=clients, seconds=seconds)
    failed = (report["fuzz"]["failures"] > 0 or not report["kill_and_resume"]["ok"]
              or report["load"]["errors"] > 0)
    if json_out:
        _print_json(report)
    else:
        for section, values in report.items():
            out.rule(section)
            for k, v in values.items():
                out.print(f"{k:>24}  {v}", markup=False, highlight=False)  # fuzz inputs hold "[...]"
    if failed:
        raise typer.Exit(1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
