"""HTTP API and server-rendered UI, through FastAPI's test client, on a store the tests fill."""

from __future__ import annotations

import csv
import io
import sys
import types
from pathlib import Path

import pytest
import regex

pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from rasd.model import Analysis, Article, Incident, Place  # noqa: E402
from rasd.store import open_store  # noqa: E402
from rasd.store.testing import sample_items  # noqa: E402
from rasd.web.app import create_app  # noqa: E402

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "web.db")
    items = sample_items()
    hostile = Article.from_parts(
        [("title", "<script>alert('x')</script> عنوان"), ("paragraph", "نص فيه <img src=x onerror=alert(1)> وسوسة.")],
        source="=cmd|' /C calc'!A0", url="https://example.org/hostile", published="2015-07-01")
    with open_store(path) as store:
        store.save_batch(items + [(hostile, Analysis(hostile.id), None)])
        kabul, copy = items[0][0], items[3][0]
        store.replace_incidents([Incident(
            "inc-kabul", "bombing", "2015-07-15", Place("Kabul", "AF", None, 34.5, 69.2, "city"),
            event_ids=[f"{kabul.id}:e0"], article_ids=[kabul.id, copy.id], sources=["sample-news", "copy-paper"],
            killed_range=(12, 12))])
    return path


@pytest.fixture(scope="module")
def ids(db: str) -> dict[str, str]:
    items = sample_items()
    return {"kabul": items[0][0].id, "baghdad": items[1][0].id, "sanaa": items[2][0].id, "copy": items[3][0].id}


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(create_app(db))


@pytest.fixture(scope="module")
def writer(db: str) -> TestClient:
    return TestClient(create_app(db, token=TOKEN, max_body_bytes=4096))


# ------------------------------------------------------------------ API


def test_stats(client: TestClient):
    s = client.get("/api/stats").json()
    assert s["articles"] == 5 and s["duplicates"] == 1 and s["events"] == 4 and s["incidents"] == 1


def test_articles_list_and_detail_with_offsets(client: TestClient, ids: dict[str, str]):
    page = client.get("/api/articles", params={"limit": 2}).json()
    assert page["total"] == 4 and len(page["articles"]) == 2
    art = client.get(f"/api/articles/{ids['kabul']}").json()
    text = art["text"]
    assert art["title"].startswith("مقتل 12 شخصا") and art["headings"] == ["اعتقالات"]
    assert [b["kind"] for b in art["blocks"]][:3] == ["title", "subtitle", "caption"]
    an = art["analysis"]
    spans = [m["span"] for m in an["mentions"]] + [t["span"] for t in an["times"]] + \
        [q["span"] for q in an["quotes"]] + [e["evidence"] for e in an["events"]]
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)
    assert [e["type"] for e in art["events"]] == ["arrest", "bombing"]
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get(f"/api/articles/{ids['copy']}").json()["duplicate_of"] == ids["kabul"]


def test_events_filters_and_pagination(client: TestClient):
    assert client.get("/api/events").json()["total"] == 4
    assert client.get("/api/events", params={"type": "bombing"}).json()["events"][0]["killed"] == 12
    assert client.get("/api/events", params={"country": "AF"}).json()["total"] == 2
    assert client.get("/api/events", params={"actor": "التحالف العربي"}).json()["total"] == 1
    assert client.get("/api/events", params={"date_from": "2015-07-20", "date_to": "2015-08-31"}).json()["total"] == 2
    assert client.get("/api/events", params={"q": "المتظاهرين"}).json()["total"] == 1
    page = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 4 and page["events"][0]["type"] == "protest"
    assert client.get("/api/events", params={"limit": 5000}).status_code == 422
    assert client.get("/api/events", params={"date_from": "soon"}).status_code == 400


def test_events_csv(client: TestClient):
    r = client.get("/api/events.csv", params={"country": "AF"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sorted(x["type"] for x in rows) == ["arrest", "bombing"]
    assert {x["latitude"] for x in rows} == {"34.5281"}


def test_csv_neutralizes_formulas(client: TestClient):
    from rasd.web.app import _csv_safe

    assert _csv_safe("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"
    assert _csv_safe("-2+3") == "'-2+3" and _csv_safe("كابل") == "كابل" and _csv_safe(12) == 12


def test_incidents_entities_search_timeline(client: TestClient, ids: dict[str, str]):
    inc = client.get("/api/incidents").json()
    assert inc["total"] == 1 and len(inc["incidents"][0]["articles"]) == 2
    ents = client.get("/api/entities", params={"type": "ORG"}).json()
    assert {e["entity_id"] for e in ents["entities"]} == {"haqqani_network", "afghan_police", "arab_coalition"}
    haq = client.get("/api/entities/haqqani_network").json()
    assert haq["quotes_by"] and haq["mentions"][0]["article_id"] == ids["kabul"]
    assert client.get("/api/entities/nobody").status_code == 404
    hits = client.get("/api/search", params={"q": "لحقاني"}).json()
    assert hits["total"] == 3 and all("<mark>" in h["snippet"] for h in hits["hits"])
    assert client.get("/api/search", params={"q": "حقاني", "country": "YE"}).json()["total"] == 1
    assert client.get("/api/search", params={"q": "x" * 2000}).status_code == 400
    assert client.get("/api/search", params={"q": '"unbalanced OR ('}).status_code == 200
    tl = client.get("/api/timeline").json()
    assert {"date": "2015-07-15", "type": "bombing", "count": 1} in tl


def test_openapi_and_docs(client: TestClient):
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/incidents", "/api/entities",
                 "/api/entities/{entity_id}", "/api/search", "/api/stats", "/api/ingest"):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text and "writes are disabled" in docs.text


# ------------------------------------------------------------------ writes


def test_ingest_refused_without_server_token(client: TestClient):
    r = client.post("/api/ingest", json={"name": "x", "text": "خبر"})
    assert r.status_code == 403


def test_ingest_needs_the_right_bearer_token(writer: TestClient):
    assert writer.post("/api/ingest", json={"text": "خبر"}).status_code == 401
    r = writer.post("/api/ingest", json={"text": "خبر"}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = writer.post("/api/ingest", json={"text": "خبر"}, headers={"Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401


@pytest.fixture
def fake_ingest(monkeypatch: pytest.MonkeyPatch) -> list:
    calls: list = []
    module = types.ModuleType("rasd.ingest")

    def ingest_texts(db: str, texts: list[tuple[str, str]]) -> dict:
        calls.append((db, texts))
        return {"articles_read": len(texts), "stored": len(texts)}

    module.ingest_texts = ingest_texts  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "rasd.ingest", module)
    return calls


def test_ingest_with_token_passes_texts(writer: TestClient, fake_ingest: list, db: str):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = writer.post("/api/ingest", json={"name": "a.txt", "text": "خبر عاجل"}, headers=auth)
    assert r.status_code == 200 and r.json()["stored"] == 1
    assert fake_ingest[-1] == (db, [("a.txt", "خبر عاجل")])
    r = writer.post("/api/ingest", json={"texts": [{"name": "1", "text": "أ"}, {"text": "ب"}]}, headers=auth)
    assert r.json()["stored"] == 2
    raw = "خبر بترميز ويندوز".encode("cp1256")
    r = writer.post("/api/ingest?name=old.txt", content=raw, headers={**auth, "Content-Type": "text/plain"})
    assert r.status_code == 200 and fake_ingest[-1][1] == [("old.txt", "خبر بترميز ويندوز")]
    r = writer.post("/api/ingest", content="نص".encode("utf-16"), headers=auth)
    assert fake_ingest[-1][1][0][1] == "نص"
    assert writer.post("/api/ingest", json={"text": "  "}, headers=auth).status_code == 400
    assert writer.post("/api/ingest", json=["x"], headers=auth).status_code == 400


def test_ingest_body_size_limit(writer: TestClient, fake_ingest: list):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = writer.post("/api/ingest", content=b"x" * 5000, headers=auth)
    assert r.status_code == 413 and not fake_ingest

    def chunks():  # no Content-Length: the limit is enforced while reading
        for _ in range(10):
            yield b"y" * 1000

    r = writer.post("/api/ingest", content=chunks(), headers=auth)
    assert r.status_code == 413 and not fake_ingest


def test_ingest_501_when_pipeline_absent(writer: TestClient, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "rasd.ingest", types.ModuleType("rasd.ingest"))
    r = writer.post("/api/ingest", json={"text": "خبر"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 501


def test_real_ingest_when_available(tmp_path: Path):
    ingest = pytest.importorskip("rasd.ingest")
    pytest.importorskip("rasd.clean")
    if not hasattr(ingest, "ingest_texts"):
        pytest.skip("rasd.ingest.ingest_texts not present")
    from rasd.pipeline import load_stages

    try:
        load_stages()
    except ImportError as exc:
        pytest.skip(f"the analysis pipeline is not complete yet: {exc}")
    db = str(tmp_path / "ingest.db")
    c = TestClient(create_app(db, token=TOKEN))
    text = "انفجار في سوق المدينة\n\nقال مسؤول محلي إن انفجارا وقع صباح اليوم في سوق المدينة القديمة دون إصابات."
    r = c.post("/api/ingest", json={"name": "t.txt", "text": text}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    assert c.get("/api/search", params={"q": "الانفجار"}).json()["total"] >= 1


# ------------------------------------------------------------------ UI pages

PAGES = ["/", "/search?q=حقاني", "/events", "/events?type=bombing&country=AF", "/timeline", "/timeline?by=month",
         "/map", "/map?type=protest", "/entities", "/entities/haqqani_network", "/incidents", "/articles", "/docs"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_rtl_with_security_headers(client: TestClient, path: str):
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    html = r.text
    assert '<html lang="ar" dir="rtl">' in html
    csp = r.headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    # Nothing inline that the CSP would block, nothing fetched from elsewhere.
    assert not regex.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert not regex.search(r"\sstyle=|<style|\son[a-z]+=", html)
    assert not regex.search(r"""(?:src|href)=["'](?:https?:)?//""", html.replace('href="https://example.org', ""))


def test_article_page_highlights(client: TestClient, ids: dict[str, str]):
    html = client.get(f"/articles/{ids['kabul']}").text
    assert regex.search(r'<span class="ann ent ent-ORG" data-ann="m0">شبكة حقّاني</span>', html)
    assert 'class="ann time"' in html and 'class="ann quote"' in html and "ann event" in html
    assert 'id="e0"' in html and "bombing" in html and 'href="/entities/haqqani_network"' in html
    assert "<h2 class=\"blk blk-heading\">اعتقالات</h2>" in html
    assert "figcaption" in html


def test_duplicate_article_page_names_the_original(client: TestClient, ids: dict[str, str]):
    html = client.get(f"/articles/{ids['copy']}").text
    assert "duplicate of" in html and f'href="/articles/{ids["kabul"]}"' in html


def test_everything_is_escaped(client: TestClient):
    page = client.get("/search", params={"q": "وسوسة"}).text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<img src=x" not in page
    hostile = client.get("/api/search", params={"q": "وسوسة"}).json()["hits"][0]["article_id"]
    art = client.get(f"/articles/{hostile}").text
    assert "<script>alert" not in art and "<img src=x" not in art and "&lt;img src=x" in art
    q = client.get("/search", params={"q": '<b onmouseover="x">'}).text
    assert '<b onmouseover' not in q


def test_bad_search_is_400_page_not_500(client: TestClient):
    r = client.get("/search", params={"q": "انفجار", "date_from": "tomorrow"})
    assert r.status_code == 400 and "date_from" in r.text
    assert client.get("/search", params={"q": "كلمة " * 50}).status_code == 400
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/entities/nobody").status_code == 404


def test_map_draws_countries_and_events(client: TestClient):
    html = client.get("/map").text
    assert html.count('class="country') > 150
    assert 'data-iso="IQ"' in html and 'class="country has-events" d=' in html
    assert regex.search(r'<circle class="point t-bombing" cx="69.1723" cy="-34.5281"', html)
    assert html.count("<circle") == 4
    assert client.get("/map", params={"type": "protest"}).text.count("<circle") == 1


def test_static_files_are_served_from_the_package(client: TestClient):
    for name in ("rasd.css", "rasd.js", "countries.geojson", "favicon.svg"):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and r.headers["x-content-type-options"] == "nosniff"
    geo = client.get("/static/countries.geojson").json()
    assert {f["properties"]["iso_a2"] for f in geo["features"]} >= {"IQ", "SY", "YE", "AF", "SA", "EG", "BH"}


def test_api_on_postgresql():
    import os

    from rasd.store.testing import temporary_pg_schema

    url = os.environ.get("RASD_TEST_PG_URL")
    if not url:
        pytest.skip("RASD_TEST_PG_URL is not set (eval \"$(bash ci/postgres.sh)\" starts a local PostgreSQL)")
    with temporary_pg_schema(url) as schema_url:
        with open_store(schema_url) as store:
            store.save_batch(sample_items())
        app = create_app(schema_url)
        with TestClient(app) as c:
            assert c.get("/api/search", params={"q": "حقاني"}).json()["total"] == 3
            assert c.get("/api/events", params={"country": "AF"}).json()["total"] == 2
            assert c.get("/api/entities/haqqani_network").json()["quotes_by"]
            assert c.get("/map").text.count("<circle") == 4
            assert c.get("/search", params={"q": "انفجار", "date_from": "x"}).status_code == 400
