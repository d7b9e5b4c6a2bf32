"""The Spark job in local[2] gives exactly the single-process output."""

from __future__ import annotations

import json
import shutil

import pytest

from rasd.demo import sample_dir
from rasd.model import Article, to_dict
from rasd.pipeline import analyze
from rasd.sources import read_articles

pyspark = pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.mark.slow
def test_spark_local_matches_single_process(tmp_path):
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime")
    from rasd.spark import read_parquet_articles, run_spark

    corpus = str(sample_dir() / "003_feed.jsonl")
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    for p in sample_dir().glob("*.txt"):
        shutil.copy(p, dumps / p.name)
    out = tmp_path / "out"
    counts = run_spark([corpus, str(dumps)], str(out), master="local[2]")
    assert counts["articles"] >= 6

    expected = {}
    for art in read_articles([corpus, str(dumps)]):
        if isinstance(art, Article):
            expected[art.id] = json.dumps(to_dict(analyze(art)), sort_keys=True, ensure_ascii=False)
    got = {a.id: json.dumps(to_dict(an), sort_keys=True, ensure_ascii=False)
           for a, an in read_parquet_articles(str(out / "articles"))}
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == value, key

    # `rasd ingest OUTPUT` loads the Parquet with its analyses, without analyzing again.
    from rasd.ingest import run_ingest
    from rasd.store import open_store

    summary = run_ingest([str(out)], str(tmp_path / "spark.db"))
    assert summary["articles_read"] == len(expected)
    with open_store(str(tmp_path / "spark.db")) as store:
        stored = {a.id: an for a, an in store.iter_articles() if an is not None}
    for key, analysis in stored.items():
        assert json.dumps(to_dict(analysis), sort_keys=True, ensure_ascii=False) == expected[key]
