"""The store on both backends: round trips, idempotence, duplicates, crash safety, stats.

The postgresql parameter runs against RASD_TEST_PG_URL (see ci/postgres.sh), each
test in a schema of its own; it is skipped with a reason when the URL is unset.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from rasd.model import Analysis, Article, Incident, Place, to_dict
from rasd.store import SearchSyntaxError, engine_url, open_store
from rasd.store.testing import sample_items, temporary_pg_schema

PG_URL = os.environ.get("RASD_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        yield str(tmp_path / "rasd.db")
        return
    if not PG_URL:
        pytest.skip("RASD_TEST_PG_URL is not set (eval \"$(bash ci/postgres.sh)\" starts a local PostgreSQL)")
    with temporary_pg_schema(PG_URL) as url:
        yield url


@pytest.fixture
def store(store_url: str):
    with open_store(store_url) as s:
        yield s


def test_engine_urls():
    assert engine_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert engine_url("sqlite:///x.db") == "sqlite:///x.db"
    assert engine_url("rasd.db").startswith("sqlite:////") and engine_url("rasd.db").endswith("/rasd.db")


def test_round_trip_of_article_and_analysis(store):
    items = sample_items()
    assert store.save_batch(items) == 4
    for art, analysis, _ in items:
        got = store.get_article(art.id)
        assert got is not None
        got_art, got_an = got
        assert to_dict(got_art) == to_dict(art)
        assert got_art.title == art.title and got_art.captions == art.captions
        if art.duplicate_of:
            assert got_an is None
        else:
            assert to_dict(got_an) == to_dict(analysis)
    assert store.get_article("no-such-id") is None


def test_save_is_idempotent_and_skips_repeats_within_a_batch(store):
    items = sample_items()
    assert store.save_batch(items[:2]) == 2
    assert store.save_batch(items) == 2  # only the two not stored yet
    assert store.save_batch(items) == 0
    art, an, sig = items[0]
    assert store.save_batch([(art, an, sig), (art, an, sig)]) == 0
    stats = store.stats()
    assert stats["articles"] == 4 and stats["events"] == 4 and stats["analyzed"] == 3
    assert store.known_ids([a.id for a, _, _ in items] + ["nope"]) == {a.id for a, _, _ in items}


def test_duplicates_are_stored_not_analyzed_not_searchable(store):
    items = sample_items()
    store.save_batch(items)
    dup = next(a for a, _, _ in items if a.duplicate_of)
    got_art, got_an = store.get_article(dup.id)
    assert got_art.duplicate_of == dup.duplicate_of and got_an is None
    stats = store.stats()
    assert (stats["duplicates"], stats["duplicates_exact"], stats["duplicates_near"]) == (1, 1, 0)
    assert stats["unique_articles"] == 3
    assert stats["by_source"]["copy-paper"] == 1
    hits = store.search("كابل")["hits"]
    assert [h["article_id"] for h in hits] == [dup.duplicate_of]


def test_near_duplicate_counted_as_near(store):
    original = Article.from_parts([("title", "عنوان الخبر الأول"), ("paragraph", "نص الخبر كما نشرته الوكالة صباحا.")],
                                  source="a", url="https://example.org/a")
    near = Article.from_parts([("title", "عنوان الخبر الأول"), ("paragraph", "نص الخبر كما نشرته الوكالة مساء.")],
                              source="b", url="https://example.org/b")
    near.duplicate_of = original.id
    store.save_batch([(original, Analysis(original.id), b"s1"), (near, None, None)])
    stats = store.stats()
    assert (stats["duplicates_exact"], stats["duplicates_near"]) == (0, 1)


def test_signatures_of_non_duplicates_only(store):
    store.save_batch(sample_items())
    sigs = dict(store.signatures())
    assert sorted(sigs.values()) == [b"sig-baghdad", b"sig-kabul", b"sig-sanaa"]


def test_iter_articles_with_and_without_analysis(store):
    items = sample_items()
    store.save_batch(items)
    pairs = list(store.iter_articles())
    assert sorted(a.id for a, _ in pairs) == sorted(a.id for a, _, _ in items)
    assert sum(an is not None for _, an in pairs) == 3
    assert all(an is None for _, an in store.iter_articles(with_analysis=False))


def test_problems_and_stats_counts(store):
    store.save_batch(sample_items())
    store.record_problems([("bad.bin", "binary file"), ("empty.txt", "empty file")])
    s = store.stats()
    assert s["problems"] == 2
    assert (s["mentions"], s["times"], s["quantities"], s["quotes"], s["statements"]) == (10, 3, 3, 2, 1)
    assert s["entities"] == 6
    assert s["events_by_type"] == {"air_strike": 1, "arrest": 1, "bombing": 1, "protest": 1}


def test_events_filters_and_pagination(store):
    store.save_batch(sample_items())
    page = store.events()
    assert page["total"] == 4
    assert [e["date"] for e in page["events"]] == ["2015-08-04", "2015-07-31", "2015-07-16", "2015-07-15"]
    assert store.events(type="bombing")["events"][0]["killed"] == 12
    assert store.events(type="bombing,arrest")["total"] == 2
    assert store.events(country="AF")["total"] == 2
    assert store.events(country="Afghanistan")["total"] == 2  # names resolve to ISO codes
    assert store.events(actor="arab_coalition")["total"] == 1
    assert store.events(actor="التحالف")["total"] == 1  # Arabic words of the evidence
    assert store.events(actor="Saudi-led")["total"] == 1
    assert store.events(date_from="2015-07-16", date_to="2015-07-31")["total"] == 2
    assert store.events(date_to="2015-07")["total"] == 3
    assert store.events(q="مفخخة")["total"] == 1
    assert store.events(q="السيارات المفخخة")["total"] == 1  # analyzed like search
    two = store.events(limit=2, offset=1)
    assert two["total"] == 4 and [e["type"] for e in two["events"]] == ["protest", "arrest"]
    ev = store.events(type="air_strike")["events"][0]
    assert ev["evidence"]["text"].startswith("شن التحالف") and ev["title"].startswith("غارات")
    assert (ev["lat"], ev["lon"], ev["country"]) == (15.3694, 44.191, "YE")
    with pytest.raises(SearchSyntaxError):
        store.events(date_from="last week")


def test_entities_and_entity_page(store):
    store.save_batch(sample_items())
    listing = store.entities()
    assert listing["total"] == 6
    assert store.entities(q="حقاني")["entities"][0]["entity_id"] == "haqqani_network"
    assert store.entities(q="الحقانيون")["total"] == 1  # an alias
    assert store.entities(type="LOC")["total"] == 3
    assert store.entities(country="AF")["total"] == 3
    page = store.entity("haqqani_network")
    assert page["name"] == "Haqqani Network" and page["articles"] == 1
    assert [m["span"]["text"] for m in page["mentions"]] == ["شبكة حقّاني", "شبكة حقاني"]
    assert page["quotes_by"][0]["span"]["text"].startswith("لم نشارك")
    police = store.entity("afghan_police")
    assert [e["type"] for e in police["events_as_actor"]] == ["arrest"]
    assert store.entity("nobody") is None


def test_quotes_about_an_entity(store):
    store.save_batch(sample_items())
    about = store.entity("arab_coalition")["quotes_about"]
    assert [q["speaker"] for q in about] == ["متحدث حكومي"]
    assert about[0]["span"]["text"].startswith("عمليات التحالف العربي")
    # A quote by an entity is "by" it, not "about" it; Kabul is named in no quote.
    assert store.entity("haqqani_network")["quotes_about"] == []
    assert store.entity("kabul")["quotes_about"] == []


def test_incidents_replace_and_list(store):
    items = sample_items()
    store.save_batch(items)
    kabul = items[0][0]
    dup = items[3][0]
    inc = Incident("inc-1", "bombing", "2015-07-15", Place("Kabul", "AF", None, 34.5, 69.2, "city"),
                   event_ids=[f"{kabul.id}:e0"], article_ids=[kabul.id, dup.id], sources=["sample-news", "copy-paper"],
                   killed_range=(12, 12))
    assert store.replace_incidents([inc]) == 1
    assert store.replace_incidents([inc]) == 1  # replaced, not added
    page = store.incidents()
    assert page["total"] == 1
    got = page["incidents"][0]
    assert (got["type"], got["country"], got["killed_min"], got["n_articles"]) == ("bombing", "AF", 12, 2)
    assert {a["source"] for a in got["articles"]} == {"sample-news", "copy-paper"}
    assert got["event_ids"] == [f"{kabul.id}:e0"]
    assert store.stats()["incidents"] == 1
    assert store.incidents(country="IQ")["total"] == 0


def test_articles_listing(store):
    store.save_batch(sample_items())
    page = store.articles()
    assert page["total"] == 3 and page["articles"][0]["published"] == "2015-08-05"
    assert store.articles(duplicates=True)["total"] == 4
    assert store.articles(source="other-paper")["total"] == 1


def test_reopen_keeps_data(store_url):
    with open_store(store_url) as s:
        s.save_batch(sample_items())
    with open_store(store_url) as s:
        assert s.stats()["articles"] == 4
        assert s.search("حقاني")["total"] == 3


def test_analyzer_change_triggers_reindex(store_url):
    with open_store(store_url) as s:
        s.save_batch(sample_items())
        with s.engine.begin() as conn:  # pretend the store was built by another analyzer
            from rasd.store import schema as S

            conn.execute(S.meta_table.update().where(S.meta_table.c.key == "analyzer").values(value="old"))
            conn.execute(S.search_docs.update().values(body_terms="", title_terms=""))
        assert s.search("حقاني")["total"] == 0
    with open_store(store_url) as s:
        assert s.search("حقاني")["total"] == 3


_CRASH_SCRIPT = textwrap.dedent("""
    import os, sys
    from rasd.model import Analysis, Article
    from rasd.store import open_store
    url = sys.argv[1]
    def batch(start):
        arts = [Article.from_parts([("title", f"خبر رقم {i}"), ("paragraph", f"نص الخبر رقم {i} عن الانفجار.")],
                                   source="crash", url=f"https://example.org/{i}") for i in range(start, start + 5)]
        return [(a, Analysis(a.id), b"sig") for a in arts]
    with open_store(url) as store:
        store.save_batch(batch(0))
        store.save_batch(batch(5))
        import rasd.store.store as st
        real = st._Rows.write
        def die_halfway(self, conn):  # write some of the third batch, then get SIGKILLed
            for table, rows in list(self.by_table.items())[:2]:
                conn.execute(table.insert(), rows)
            os.kill(os.getpid(), 9)
        st._Rows.write = die_halfway
        store.save_batch(batch(10))
""")


def test_sigkill_mid_batch_loses_only_that_batch(tmp_path: Path):
    db = str(tmp_path / "crash.db")
    proc = subprocess.run([sys.executable, "-c", _CRASH_SCRIPT, db], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    with open_store(db) as store:
        assert store.stats()["articles"] == 10  # two committed batches; the third rolled back
        arts = [Article.from_parts([("title", f"خبر رقم {i}"), ("paragraph", f"نص الخبر رقم {i} عن الانفجار.")],
                                   source="crash", url=f"https://example.org/{i}") for i in range(15)]
        assert store.save_batch([(a, Analysis(a.id), b"sig") for a in arts]) == 5  # the re-run completes the rest
        assert store.stats()["articles"] == 15
        assert store.search("انفجار")["total"] == 15
