"""The distributed path: the same ``analyze`` in Spark's ``mapPartitions``.

``rasd spark INPUT OUTPUT [--master local[2]]`` (or ``spark-submit -m rasd.spark``)
reads JSONL, Parquet (with rasd's article columns), text/HTML folders or WARC,
analyzes every article with the models loaded once per executor process, and
writes Parquet tables under OUTPUT: articles (with the full analysis as JSON),
mentions, entities, quotes, statements, events. ``rasd ingest OUTPUT/articles``
loads them into a store without analyzing again.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rasd.model import Analysis, Article, Document, article_json, from_dict, to_dict

TABLES = ("articles", "mentions", "entities", "quotes", "statements", "events")


def article_rows(article: Article, analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """Flatten one analyzed article into rows of each output table."""
    aid = article.id
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    rows["articles"].append({
        "id": aid, "source": article.source, "url": article.url, "published": article.published,
        "path": article.path, "title": article.title, "text": article.text,
        "article_json": json.dumps(to_dict(article), ensure_ascii=False, sort_keys=True),
        "analysis_json": json.dumps(to_dict(analysis), ensure_ascii=False, sort_keys=True),
    })
    for m in analysis.mentions:
        rows["mentions"].append({"article_id": aid, "start": m.span.start, "end": m.span.end,
                                 "text": m.span.text, "type": m.type, "entity_id": m.entity_id})
    for e in analysis.entities:
        rows["entities"].append({"article_id": aid, "entity_id": e.id, "name": e.name, "type": e.type,
                                 "kind": e.kind, "country": e.country, "mentions": "|".join(e.mentions)})
    for q in analysis.quotes:
        rows["quotes"].append({"article_id": aid, "start": q.span.start, "end": q.span.end, "text": q.span.text,
                               "speaker": q.speaker, "channel": q.channel, "direct": q.direct})
    for s in analysis.statements:
        rows["statements"].append({"article_id": aid, "stance": s.stance, "speaker": s.speaker,
                                   "about": s.about.text, "start": s.about.start, "end": s.about.end})
    for ev in analysis.events:
        p = ev.place
        rows["events"].append({
            "article_id": aid, "type": ev.type, "date": ev.date, "place": p.name if p else None,
            "country": p.country if p else None, "admin1": p.admin1 if p else None,
            "lat": p.lat if p else None, "lon": p.lon if p else None, "actor1": ev.actor1, "actor2": ev.actor2,
            "killed": ev.killed, "killed_min": ev.killed_min, "injured": ev.injured,
            "injured_min": ev.injured_min, "claim": ev.claim, "certainty": ev.certainty,
            "evidence": ev.evidence.text, "start": ev.evidence.start, "end": ev.evidence.end,
        })
    return rows


def _articles_from_file_bytes(path: str, data: bytes) -> Iterator[Article]:
    """Run rasd's own readers on one file's bytes (so Spark reads exactly as rasd does)."""
    from rasd.sources import read_articles

    suffix = "".join(os.path.basename(path).partition(".")[1:]) or ".txt"
    with tempfile.TemporaryDirectory() as tmp:
        local = os.path.join(tmp, "input" + (suffix if suffix.startswith(".") else "." + suffix))
        with open(local, "wb") as fh:
            fh.write(data)
        for item in read_articles([local]):
            if isinstance(item, Article):
                item.path = (item.path or local).replace(local, path)
                yield item


def _articles_from_jsonl_lines(lines: Iterable[tuple[str, int]], path: str) -> Iterator[Article]:
    """JSONL records through rasd's own record reader, so Spark reads exactly as `rasd ingest`."""
    from rasd.clean import articles_from_document
    from rasd.sources.jsonl import JsonlFields, record_document

    fields = JsonlFields()
    for line, index in lines:
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            continue  # `rasd ingest` reports unreadable lines; Spark analyzes what can be read
        if not isinstance(rec, dict):
            continue
        doc = record_document(rec, f"{path}:{index + 1}", fields)
        if isinstance(doc, Document):
            yield from articles_from_document(doc)


def _analyze_partition(articles: Iterable[Article]) -> Iterator[tuple[str, str]]:
    """Analyze a partition; models load once per executor process (module cache)."""
    from rasd.pipeline import analyze, load_stages

    load_stages()
    for art in articles:
        analysis = analyze(art)
        for table, rows in article_rows(art, analysis).items():
            for row in rows:
                yield table, json.dumps(row, ensure_ascii=False, sort_keys=True)


def run_spark(inputs: list[str], output: str, master: str = "local[2]", partitions: int | None = None) -> dict:
    """Analyze ``inputs`` on Spark and write one Parquet folder per table under ``output``."""
    from pyspark.sql import SparkSession

    # Executors must run the interpreter that has rasd installed (local mode and most clusters).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(master).appName("rasd")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    sc = spark.sparkContext
    try:
        rdds = []
        for inp in inputs:
            if inp.endswith((".jsonl", ".jsonl.gz", ".json")):
                lines = sc.textFile(inp, minPartitions=partitions or sc.defaultParallelism).zipWithIndex()
                rdds.append(lines.mapPartitions(lambda it, p=inp: _articles_from_jsonl_lines(it, p)))
            elif (table := articles_table(inp)) is not None:
                df = spark.read.parquet(table)
                rdds.append(df.rdd.map(lambda r: from_dict(Article, json.loads(r["article_json"]))))
            else:
                files = sc.binaryFiles(inp, minPartitions=partitions or sc.defaultParallelism)
                rdds.append(files.flatMap(lambda kv: _articles_from_file_bytes(kv[0], kv[1])))
        rdd = sc.union(rdds) if len(rdds) > 1 else rdds[0]
        tagged = rdd.mapPartitions(_analyze_partition).cache()
        counts = {}
        for table in TABLES:
            part = tagged.filter(lambda kv, t=table: kv[0] == t).map(lambda kv: kv[1])
            n = part.count()
            counts[table] = n
            if n:
                spark.read.json(part).write.mode("overwrite").parquet(os.path.join(output, table))
        return counts
    finally:
        spark.stop()


def articles_table(path: str) -> str | None:
    """The articles table of a `rasd spark` output (given as OUTPUT or OUTPUT/articles), else None."""
    p = Path(path)
    if p.is_dir() and (p / "articles").is_dir():
        p = p / "articles"
    if p.suffix == ".parquet" or (p.is_dir() and any(x.suffix == ".parquet" for x in p.iterdir())):
        return str(p)
    return None


def read_parquet_articles(path: str) -> Iterator[tuple[Article, Analysis]]:
    """Read the articles table a Spark run wrote (for `rasd ingest`), without Spark."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["article_json", "analysis_json"])
    for art_json, an_json in zip(table.column("article_json").to_pylist(),
                                 table.column("analysis_json").to_pylist(), strict=True):
        yield from_dict(Article, json.loads(art_json)), from_dict(Analysis, json.loads(an_json))


def main(argv: list[str] | None = None) -> None:
    """Entry point for spark-submit: ``spark-submit -m rasd.spark INPUT... OUTPUT``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        raise SystemExit("usage: python -m rasd.spark INPUT... OUTPUT")
    print(json.dumps(run_spark(args[:-1], args[-1], master=os.environ.get("RASD_SPARK_MASTER", "local[2]"))))


__all__ = ["run_spark", "article_rows", "read_parquet_articles", "article_json"]

if __name__ == "__main__":
    main()
