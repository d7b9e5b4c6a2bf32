"""Security: parameterized SQL, hostile search syntax, token-guarded writes, size limits, stored
XSS from a malicious article, security headers, no CDN, no directory traversal, loopback binding.

The store here holds one article built to attack the UI: markup in its title, body, source,
url, entity names, event actors, place names and quotes.
"""

from __future__ import annotations

import ast
import http.client
import socket
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
import regex

pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from rasd.model import (  # noqa: E402
    Analysis,
    Article,
    Entity,
    Event,
    Incident,
    Mention,
    Place,
    Quote,
    Span,
    Statement,
)
from rasd.soak import _free_port, _wait_for_port  # noqa: E402
from rasd.store import open_store  # noqa: E402
from rasd.web.app import create_app  # noqa: E402

SRC = Path(__file__).resolve().parents[1] / "src" / "rasd"
TOKEN = "correct-horse-battery-staple"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'
EVIL_ENTITY = "evil<x>"


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece), piece)


def _malicious() -> tuple[Article, Analysis]:
    art = Article.from_parts(
        [("title", f"{SCRIPT} انفجار في المدينة {IMG}"),
         ("paragraph", f"قال المتحدث {IMG} إن «{SCRIPT}» ثم نفى الجيش وقوع انفجار قتل خمسة أشخاص في السوق.")],
        source=f"src{IMG}", url="javascript:alert(3)", published="2024-05-01")
    text = art.text
    body = text.index("قال")
    who = Span(text.index(IMG, body), text.index(IMG, body) + len(IMG), IMG)
    said = _span(text, "«" + SCRIPT + "»")
    said = Span(said.start + 1, said.end - 1, SCRIPT)
    evidence = _span(text, "وقوع انفجار قتل خمسة أشخاص في السوق")
    an = Analysis(
        article_id=art.id,
        mentions=[Mention(who, "PER", EVIL_ENTITY)],
        entities=[Entity(EVIL_ENTITY, SCRIPT + IMG, "PER", name_ar=IMG, kind="person", aliases=[SCRIPT])],
        quotes=[Quote(said, speaker=IMG, speaker_span=who, speaker_entity=EVIL_ENTITY, channel=SCRIPT)],
        statements=[Statement("deny", IMG, evidence, _span(text, "نفى"), speaker_entity=EVIL_ENTITY)],
        events=[Event("bombing", evidence, trigger=Span(evidence.start + 5, evidence.start + 11, "انفجار"),
                      date="2024-05-01", place=Place(IMG, "IQ", SCRIPT, 33.3, 44.4, "city"),
                      actor1=SCRIPT, actor1_entity=EVIL_ENTITY, actor2=IMG, killed=5, rule=SCRIPT)],
    )
    return art, an


def _benign(n: int) -> tuple[Article, Analysis]:
    art = Article.from_parts([("title", f"اجتماع وزراء الخارجية رقم {n}"),
                              ("paragraph", "اجتمع وزراء الخارجية العرب في القاهرة لبحث الأوضاع في السودان.")],
                             source="wire", url=f"https://example.org/{n}", published="2024-04-0" + str(n))
    return art, Analysis(art.id)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("security") / "evil.db")
    evil, an = _malicious()
    with open_store(path) as store:
        store.save_batch([(evil, an, None), (*_benign(1), None), (*_benign(2), None)])
        store.replace_incidents([Incident("inc<script>", "bombing", "2024-05-01", Place(IMG, "IQ", None, 33.3, 44.4),
                                          event_ids=[f"{evil.id}:e0"], article_ids=[evil.id], sources=[SCRIPT])])
    return path


@pytest.fixture(scope="module")
def evil_id() -> str:
    return _malicious()[0].id


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=False)


# ------------------------------------------------------------------ SQL


# String-built SQL that was reviewed: only module constants are interpolated, never input.
REVIEWED_SQL_FORMATTING = {
    ("store/backends.py", 'text(f"VACUUM ANALYZE {name}")'),  # table names from a literal tuple
    ("store/backends.py", "literal_column(f\"'{weights}'::float4[]\")"),  # from TITLE_/BODY_WEIGHT constants
    ("store/testing.py", "conn.execute(f'CREATE SCHEMA \"{name}\"')"),  # test helper, generated name
    ("store/testing.py", "conn.execute(f'DROP SCHEMA \"{name}\" CASCADE')"),
}
_SQL_CALLS = {"execute", "executemany", "executescript", "exec_driver_sql", "text", "literal_column"}


def _formatted_sql_calls() -> set[tuple[str, str]]:
    """Calls like execute(f"...") or text("..." % x) anywhere in the package."""
    found = set()
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            arg = node.args[0]
            built = isinstance(arg, ast.JoinedStr | ast.BinOp) or (
                isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "format")
            if name in _SQL_CALLS and built:
                found.add((path.relative_to(SRC).as_posix(), ast.get_source_segment(path.read_text("utf-8"), node)))
    return found


def test_no_sql_is_built_from_strings_except_reviewed_constants():
    unexpected = _formatted_sql_calls() - REVIEWED_SQL_FORMATTING
    assert not unexpected, f"string-formatted SQL: use bound parameters instead: {sorted(unexpected)}"


HOSTILE_QUERIES = [
    "NEAR(a b)", "NEAR(انفجار المدينة, 2)", "NEAR(", '"', '"unbalanced', 'انفجار"', "*", "انفج*", "^انفجار", "-انفجار",
    "انفجار -المدينة", "AND", "OR", "NOT", "انفجار AND OR NOT المدينة", "OR OR", "(", ")", "(()", "{a b}",
    "title_terms:انفجار", "search_fts", "' OR 1=1 --", "'; DROP TABLE articles; --", '"; DROP TABLE search_fts; --',
    "1' UNION SELECT id, text FROM articles --", "%", "_", "\\", "\x00", "«انفجار", "انفجار»", "“قتل", "+", "|", "a OR",
    "OR a", "انفجار NEAR/2 المدينة", "x" * 999,
]


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_hostile_search_syntax_is_answered_never_500(client: TestClient, q: str):
    for path, param in [("/api/search", "q"), ("/search", "q"), ("/api/events", "q"), ("/events", "q"),
                        ("/api/entities", "q"), ("/entities", "q"), ("/api/events", "actor"),
                        ("/api/search", "entity"), ("/api/search", "source"), ("/api/incidents", "country")]:
        r = client.get(path, params={param: q})
        assert r.status_code in (200, 400), (path, param, q, r.status_code, r.text[:300])
        if r.status_code == 400 and path.startswith("/api/"):
            assert r.json()["detail"]


def test_injection_strings_match_only_their_words(client: TestClient, db: str):
    # If any of this reached SQL as syntax, "OR 1=1" would match every article.
    assert client.get("/api/search", params={"q": "zzzqqq' OR '1'='1"}).json()["total"] == 0
    assert client.get("/api/events", params={"actor": "zzzqqq' OR 1=1 --"}).json()["total"] == 0
    assert client.get("/api/entities", params={"q": "zzzqqq%' OR '%'='"}).json()["total"] == 0
    assert client.get("/api/search", params={"q": "انفجار"}).json()["total"] == 1
    with open_store(db) as store:  # and nothing was dropped
        assert store.stats()["articles"] == 3 and store.search("اجتماع")["total"] == 2


@pytest.mark.parametrize("params", [
    {"date_from": "2015' OR '1'='1"}, {"date_to": "2015-01-01; DROP TABLE articles"}, {"q": "x " * 600},
    {"q": "كلمة " * 40},
])
def test_bad_filters_are_a_clear_400(client: TestClient, params: dict):
    r = client.get("/api/search", params=params)
    assert r.status_code == 400 and r.json()["detail"]
    page = client.get("/search", params=params)
    assert page.status_code == 400 and "<html" in page.text


def test_limits_out_of_range_are_422_not_500(client: TestClient):
    for params in ({"limit": -1}, {"limit": 10**9}, {"offset": -5}, {"limit": "many"}):
        assert client.get("/api/events", params=params).status_code == 422


# ------------------------------------------------------------------ writes


@pytest.fixture
def fake_ingest(monkeypatch: pytest.MonkeyPatch) -> list:
    calls: list = []

    def ingest_texts(db: str, texts: list) -> dict:
        calls.append(texts)
        return {"stored": len(texts)}

    monkeypatch.setattr("rasd.ingest.ingest_texts", ingest_texts)
    return calls


def test_writes_are_off_without_a_token_and_with_an_empty_one(db: str, fake_ingest: list):
    for token in (None, "", "   "):
        r = TestClient(create_app(db, token=token)).post(
            "/api/ingest", json={"text": "خبر"}, headers={"Authorization": "Bearer "})
        assert r.status_code == 403, token
    assert not fake_ingest


def test_writes_need_the_exact_bearer_token(db: str, fake_ingest: list, monkeypatch: pytest.MonkeyPatch):
    import rasd.web.app as web

    compared: list = []
    real = web.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(web.hmac, "compare_digest", spy)
    writer = TestClient(create_app(db, token=TOKEN))
    body = {"name": "x", "text": "قتل خمسة أشخاص في انفجار."}
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Bearer wrong"},
                    {"Authorization": f"Bearer {TOKEN[:-1]}"}, {"Authorization": f"Bearer {TOKEN}x"},
                    {"Authorization": f"Basic {TOKEN}"}, {"Authorization": TOKEN}, {"X-Token": TOKEN}):
        r = writer.post("/api/ingest", json=body, headers=headers)
        assert r.status_code == 401, headers
        assert r.headers.get("www-authenticate") == "Bearer"
    assert writer.post(f"/api/ingest?token={TOKEN}", json=body).status_code == 401
    assert not fake_ingest
    assert compared, "the token must be checked with hmac.compare_digest (constant time)"
    ok = writer.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and fake_ingest == [[("x", body["text"])]]


def test_no_other_method_writes(client: TestClient, evil_id: str):
    for method in ("put", "delete", "patch"):
        for path in (f"/api/articles/{evil_id}", "/api/events", "/api/ingest", "/static/rasd.js"):
            assert getattr(client, method)(path).status_code in (404, 405), (method, path)
    assert client.get("/api/ingest").status_code == 405


def test_request_body_limit_is_413(db: str, fake_ingest: list):
    writer = TestClient(create_app(db, token=TOKEN, max_body_bytes=4096))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = ("خبر " * 2000).encode()
    assert writer.post("/api/ingest", content=big, headers=auth).status_code == 413
    assert writer.post("/api/ingest", content=big).status_code == 413  # refused before anything else

    def chunks():  # no Content-Length: counted while it arrives
        for _ in range(10):
            yield b"x" * 1000

    assert writer.post("/api/ingest", content=chunks(), headers=auth).status_code == 413
    assert not fake_ingest
    assert writer.post("/api/ingest", content="خبر قصير".encode(), headers=auth).status_code == 200


# ------------------------------------------------------------------ stored XSS


class _Tags(HTMLParser):
    """Every start tag with its attributes, as a browser would parse the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def _assert_inert(html: str, where: str) -> None:
    """No script, handler or javascript: URL that did not come from rasd's own templates."""
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        if tag == "script":
            assert attrs == {"src": "/static/rasd.js", "defer": ""}, (where, attrs)
        assert tag not in ("img", "iframe", "object", "embed", "base"), (where, tag, attrs)
        assert not [a for a in attrs if a.startswith("on")], (where, tag, attrs)
        for a in ("href", "src", "action", "formaction", "xlink:href"):
            assert not attrs.get(a, "").strip().lower().startswith(("javascript:", "data:")), (where, tag, attrs)


def test_malicious_article_is_escaped_on_every_page(client: TestClient, evil_id: str):
    pages = ["/", "/articles", f"/articles/{evil_id}", "/search?q=انفجار", "/search?q=المتحدث", "/events",
             "/events?type=bombing", "/entities", f"/entities/{quote(EVIL_ENTITY)}", "/incidents", "/map",
             "/timeline", "/docs"]
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:300])
        _assert_inert(r.text, path)
    article = client.get(f"/articles/{evil_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article and "&lt;img src=x onerror=alert(2)&gt;" in article
    assert "javascript:alert(3)" not in article  # a non-http url is not turned into a link
    assert "&lt;script&gt;" in client.get("/search", params={"q": "انفجار"}).text
    assert "&lt;script&gt;" in client.get("/events").text
    assert "&lt;script&gt;" in client.get(f"/entities/{quote(EVIL_ENTITY)}").text


def test_user_input_is_escaped_where_it_is_echoed(client: TestClient):
    for path, params in [("/search", {"q": SCRIPT + IMG}), ("/events", {"actor": IMG, "q": SCRIPT}),
                         ("/entities", {"q": IMG}), ("/map", {"actor": IMG}),
                         ("/search", {"q": "انفجار", "date_from": IMG}), ("/search", {"source": IMG}),
                         ("/articles/" + quote(SCRIPT, safe=""), {}), ("/entities/" + quote(IMG, safe=""), {})]:
        r = client.get(path, params=params)
        assert r.status_code in (200, 400, 404), (path, r.status_code)
        _assert_inert(r.text, path)


def test_snippets_in_the_api_are_escaped_html(client: TestClient):
    hits = client.get("/api/search", params={"q": "المتحدث"}).json()["hits"]
    assert hits and all("<img" not in h["snippet"] and "<script" not in h["snippet"] for h in hits)
    assert any("<mark>" in h["snippet"] for h in hits)


# ------------------------------------------------------------------ headers, CDN, traversal

HERE_WEB = SRC / "web"


def test_security_headers_on_every_kind_of_response(client: TestClient, evil_id: str):
    writer = TestClient(create_app(client.app.state.db_url, token=TOKEN, max_body_bytes=10))
    responses = [client.get(p) for p in ("/", f"/articles/{evil_id}", "/api/stats", "/static/rasd.css",
                                         "/nope", "/articles/nope", "/api/search?date_from=x", "/openapi.json")]
    responses.append(writer.post("/api/ingest", content=b"x" * 100))
    for r in responses:
        csp = r.headers.get("content-security-policy", "")
        assert "default-src 'self'" in csp and "script-src 'self'" in csp, r.url
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "*" not in csp
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
        assert r.headers.get("x-content-type-options") == "nosniff"
        assert r.headers.get("referrer-policy") == "no-referrer"


def test_no_cdn_or_remote_resource_in_templates_or_static_files():
    for path in [*(HERE_WEB / "templates").iterdir(), *(HERE_WEB / "static").iterdir()]:
        text = path.read_text("utf-8", errors="replace")
        text = regex.sub(r"""xmlns(?::\w+)?=["']http://www\.w3\.org/[^"']*["']""", "", text)  # names, not fetches
        remote = regex.findall(r"""(?:https?:)?//[a-z0-9-]+(?:\.[a-z0-9-]+)+""", text, flags=regex.I)
        assert not remote, (path.name, remote[:5])
        assert not regex.search(r"@import|\bstyle\s*=|<style\b|\son[a-z]+\s*=", text, flags=regex.I) or \
            path.suffix in (".css", ".geojson"), path.name


TRAVERSALS = [
    "/static/..%2f..%2fpyproject.toml", "/static/..%2f..%2f..%2f..%2fpyproject.toml", "/static/%2e%2e/app.py",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/pyproject.toml", "/static/..%5capp.py", "/static/%2fetc%2fpasswd",
    "/static/..%252f..%252fpyproject.toml", "/static/.%2e/app.py", "/static/%c0%ae%c0%ae/app.py",
    "/entities/..%2f..%2fpyproject.toml", "/api/entities/..%2f..%2f..%2fetc%2fpasswd",
]


def _leaked(body: str) -> bool:
    return "[project]" in body or "def create_app" in body or "root:x:0:0" in body


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_directory_traversal_through_the_app(client: TestClient, path: str):
    r = client.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert not _leaked(r.text)


# ------------------------------------------------------------------ a real server


@pytest.fixture(scope="module")
def server(db: str):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_port(port, 30)
        yield port
    finally:
        proc.terminate()
        proc.wait(10)


def _raw_get(port: int, target: str) -> tuple[int, str]:
    """A request line sent as written: no client normalizes the ../ away."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body.decode("utf-8", "replace")


def test_serve_binds_loopback_by_default(server: int):
    port = server
    listening = _listening_addresses(port)
    if listening is None:
        pytest.skip("/proc/net/tcp is not available to check the bound address")
    assert listening == {"127.0.0.1"}, listening
    from typer.testing import CliRunner

    from rasd.cli import app

    assert "127.0.0.1" in CliRunner().invoke(app, ["serve", "--help"], terminal_width=200).output


def _listening_addresses(port: int) -> set[str] | None:
    """Local addresses with a listening TCP socket on ``port`` (Linux /proc), or None."""
    found: set[str] = set()
    seen_any = False
    for name, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(name).read_text().splitlines()[1:]
        except OSError:
            continue
        seen_any = True
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, hexport = local.split(":")
            if state == "0A" and int(hexport, 16) == port:  # 0A: LISTEN
                if width == 8:
                    found.add(socket.inet_ntop(socket.AF_INET, bytes.fromhex(addr)[::-1]))
                else:
                    found.add("v6:" + addr)
    return found if seen_any else None


@pytest.mark.parametrize("target", ["/static/../../pyproject.toml", "/static/../app.py", "/static/./../app.py",
                                    "/static//etc/passwd", "/static/..\\app.py", "/static/%2e%2e/app.py",
                                    "/static/..%2f..%2f..%2fpyproject.toml", "/../../../../etc/passwd"])
def test_no_directory_traversal_over_the_wire(server: int, target: str):
    status, body = _raw_get(server, target)
    assert status in (400, 404), (target, status)
    assert not _leaked(body)


def test_real_server_answers_hostile_queries(server: int):
    conn = http.client.HTTPConnection("127.0.0.1", server, timeout=10)
    for q in ("NEAR(", '"', "' OR 1=1 --", "\x00"):
        conn.request("GET", "/api/search?q=" + quote(q))
        resp = conn.getresponse()
        resp.read()
        assert resp.status in (200, 400), q
    conn.close()


def test_no_api_parameter_names_a_file_or_folder(client: TestClient):
    # Exports stream from the store; nothing in the API reads or writes a path it is given.
    spec = client.get("/openapi.json").json()
    names = {p["name"].lower() for ops in spec["paths"].values() for op in ops.values()
             for p in op.get("parameters", [])}
    assert not names & {"path", "file", "filename", "output", "dir", "directory", "folder", "db"}, names


def test_a_bug_still_answers_500_with_the_security_headers(db: str):
    app = create_app(db)

    @app.get("/api/boom")
    def boom() -> dict:
        raise RuntimeError("a bug in a handler")

    r = TestClient(app, raise_server_exceptions=False).get("/api/boom")
    assert r.status_code == 500
    assert "default-src 'self'" in r.headers.get("content-security-policy", "")
    assert r.headers.get("x-frame-options") == "DENY"
    assert "a bug" not in r.text  # nothing of the error leaks to the client


def test_loopback_server_refuses_foreign_host_headers(db: str):
    from rasd.web.app import loopback_hosts

    guarded = TestClient(create_app(db, allowed_hosts=loopback_hosts(8000)), base_url="http://127.0.0.1:8000")
    assert guarded.get("/api/stats").status_code == 200
    assert guarded.get("/api/stats", headers={"host": "localhost:8000"}).status_code == 200
    rebound = guarded.get("/api/stats", headers={"host": "attacker.example:8000"})
    assert rebound.status_code == 400  # a page on attacker.example resolving to 127.0.0.1 reads nothing
    assert rebound.headers.get("x-content-type-options") == "nosniff"
    assert guarded.get("/", headers={"host": "127.0.0.1:9999"}).status_code == 400
