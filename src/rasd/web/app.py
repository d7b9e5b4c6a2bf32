"""rasd's HTTP API and web UI, served by one FastAPI app.

Read-only by default; ``POST /api/ingest`` exists only when the app is created
with a token, which callers present as ``Authorization: Bearer <token>``.
Every page is server-rendered (Jinja2 with autoescape) in right-to-left Arabic
layout; the small JS and CSS it needs are package files under ``static/``, so the
UI works offline and under a strict Content-Security-Policy (no inline script or
style, no CDN, no tile server).
"""

from __future__ import annotations

import csv
import hmac
import io
import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rasd.model import EVENT_TYPES, article_json
from rasd.store import SearchSyntaxError, Store, open_store
from rasd.web import render
from rasd.web.geodata import svg_country_paths

HERE = Path(__file__).parent
MAX_BODY_BYTES = 20 * 1024 * 1024  # a POSTed dump larger than this is refused with 413
CSV_MAX_ROWS = 100_000

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


# ------------------------------------------------------------------ middleware


class _BodyTooLarge(Exception):
    pass


class LimitsAndHeaders:
    """Pure ASGI middleware: refuse bodies over ``max_body`` (413) and add security headers."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _plain_response(send, 413, "request body too large")
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:  # chunked bodies have no Content-Length to check up front
                    raise _BodyTooLarge
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                raw = list(message.get("headers", []))
                present = {k.lower() for k, _ in raw}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode() not in present:
                        raw.append((name.lower().encode(), value.encode()))
                message = {**message, "headers": raw}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _BodyTooLarge:
            if not started:
                await _plain_response(send, 413, "request body too large")
        except Exception:
            # A bug must still answer with the security headers; the error itself goes on
            # to the server's log (Starlette sends nothing more once a response started).
            if not started:
                await _plain_response(send, 500, "internal error")
            raise


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def loopback_hosts(port: int) -> list[str]:
    """Host headers a server bound to loopback answers: a web page elsewhere that resolves its
    own name to 127.0.0.1 (DNS rebinding) sends its own name and is refused."""
    names = [f"[{n}]" if ":" in n else n for n in LOOPBACK]
    return [*names, *(f"{n}:{port}" for n in names)]


def allowed_hosts_for(bind: str, port: int) -> list[str] | None:
    """Loopback names only for a server bound to loopback; None (any) where the operator
    bound another interface and chose who may reach it."""
    return loopback_hosts(port) if bind in LOOPBACK else None


class HostCheck:
    """Pure ASGI middleware: 400 for a request whose Host header is not one of ``allowed``."""

    def __init__(self, app: ASGIApp, allowed: list[str]) -> None:
        self.app = app
        self.allowed = {h.lower() for h in allowed}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
            if host not in self.allowed:
                await _plain_response(send, 400, "unexpected Host header")
                return
        await self.app(scope, receive, send)


async def _plain_response(send: Send, status: int, text: str) -> None:
    body = json.dumps({"detail": text}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# ------------------------------------------------------------------ helpers


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["EVENT_TYPES"] = EVENT_TYPES
    env.filters["qs"] = _query_string
    env.filters["num"] = lambda v: "" if v is None else (f"{v:,}" if isinstance(v, int) else v)
    env.filters["web_url"] = _web_url
    return env


def _query_string(params: dict[str, Any], **changes: Any) -> str:
    """``?a=1&b=2`` from params with changes applied; empty values dropped."""
    merged = {**params, **changes}
    clean = {k: v for k, v in merged.items() if v not in (None, "") and not (k == "offset" and not v)}
    return ("?" + urlencode(clean)) if clean else ""


def _web_url(url: str | None) -> str | None:
    """The URL if it is http(s); None for javascript:, data: and the like (a stored article's
    url comes from whatever was scraped, and a link to it must not run script)."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower() if url else ""
    except ValueError:  # "http://[::1" and other unparsable URLs
        return None
    return url.strip() if url and scheme in ("http", "https") else None


def _decode_upload(body: bytes) -> str:
    """Bytes of a posted file → text: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1256."""
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return body.decode("utf-16")
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return body.decode("cp1256", errors="replace")


def _csv_safe(value: Any) -> Any:
    """Neutralize spreadsheet formulas in exported text (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


CSV_COLUMNS = [
    "event_id", "date", "type", "country", "admin1", "place", "latitude", "longitude", "actor1", "actor2",
    "killed", "injured", "claim", "certainty", "source", "published", "article_id", "url", "title", "evidence",
]


def _csv_rows(store: Store, filters: dict[str, Any]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    offset = 0
    while offset < CSV_MAX_ROWS:
        page = store.events(**filters, limit=1000, offset=offset)
        for e in page["events"]:
            writer.writerow([_csv_safe(v) for v in (
                e["event_id"], e["date"], e["type"], e["country"], e["admin1"], e["place"], e["lat"], e["lon"],
                e["actor1"], e["actor2"], e["killed"], e["injured"], e["claim"], e["certainty"], e["source"],
                e["published"], e["article_id"], e["url"], e["title"], e["evidence"]["text"],
            )])
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
        offset += 1000
        if offset >= page["total"]:
            break


def _event_filters(type: str | None, country: str | None, actor: str | None, date_from: str | None,
                   date_to: str | None, q: str | None) -> dict[str, Any]:
    return {"type": type or None, "country": country or None, "actor": actor or None,
            "date_from": date_from or None, "date_to": date_to or None, "q": q or None}


# ------------------------------------------------------------------ the app


def create_app(db_url: str, token: str | None = None, *, max_body_bytes: int = MAX_BODY_BYTES,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The API + UI over the store at ``db_url``; ``token`` enables POST /api/ingest;
    ``allowed_hosts`` (Host header values, e.g. :func:`loopback_hosts`) refuses any other."""
    if token is not None and not token.strip():
        token = None  # an empty RASD_TOKEN must not open writes to an empty bearer token
    store = open_store(db_url)
    env = _templates()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="rasd", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
        description="Arabic news → articles, entities, times, quotes, statements and coded events.",
    )
    app.state.store = store
    app.state.db_url = db_url
    app.add_middleware(GZipMiddleware, minimum_size=2048)  # the map's country outlines compress ~4x
    if allowed_hosts is not None:
        app.add_middleware(HostCheck, allowed=allowed_hosts)
    app.add_middleware(LimitsAndHeaders, max_body=max_body_bytes)  # outermost: every answer gets the headers
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, code: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.setdefault("params", dict(request.query_params))
        ctx.setdefault("title", "rasd")
        return HTMLResponse(env.get_template(name).render(request_path=request.url.path, **ctx), status_code=code)

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api/") and request.url.path != "/openapi.json"

    @app.exception_handler(SearchSyntaxError)
    async def bad_query(request: Request, exc: SearchSyntaxError) -> Response:
        if wants_html(request):
            return page(request, "error.html", 400, title="Bad request", status=400, message=str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if wants_html(request) and exc.status_code == 404:
            return page(request, "error.html", 404, title="Not found", status=404, message=str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    # -------------------------------------------------------------- API (read)

    @app.get("/api/stats", tags=["api"])
    def api_stats() -> dict[str, Any]:
        """Counts of everything stored."""
        return store.stats()

    @app.get("/api/articles", tags=["api"])
    def api_articles(source: str | None = None, date_from: str | None = None, date_to: str | None = None,
                     duplicates: bool = False, limit: int = Query(50, ge=1, le=1000),
                     offset: int = Query(0, ge=0)) -> dict[str, Any]:
        """A page of articles, newest first (titles and metadata, no text)."""
        return store.articles(source=source, date_from=date_from, date_to=date_to, duplicates=duplicates,
                              limit=limit, offset=offset)

    @app.get("/api/articles/{article_id}", tags=["api"])
    def api_article(article_id: str) -> dict[str, Any]:
        """One article: text, structure (blocks with offsets) and every annotation with offsets."""
        got = store.get_article(article_id)
        if got is None:
            raise HTTPException(404, f"no article {article_id}")
        art, analysis = got
        out = article_json(art, analysis)
        out["events"] = store.events(article_id=article_id, limit=1000)["events"]
        return out

    @app.get("/api/events", tags=["api"])
    def api_events(type: str | None = None, country: str | None = None, actor: str | None = None,
                   date_from: str | None = None, date_to: str | None = None, q: str | None = None,
                   limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0)) -> dict[str, Any]:
        """Events, newest first. `type` may list several types separated by commas."""
        return store.events(**_event_filters(type, country, actor, date_from, date_to, q), limit=limit, offset=offset)

    @app.get("/api/events.csv", tags=["api"], response_class=StreamingResponse)
    def api_events_csv(type: str | None = None, country: str | None = None, actor: str | None = None,
                       date_from: str | None = None, date_to: str | None = None,
                       q: str | None = None) -> StreamingResponse:
        """The same events as CSV (one row per event), for spreadsheets and other tools."""
        filters = _event_filters(type, country, actor, date_from, date_to, q)
        store.events(**filters, limit=1)  # validate filters before the response starts (400, not a cut stream)
        return StreamingResponse(_csv_rows(store, filters), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="rasd-events.csv"'})

    @app.get("/api/timeline", tags=["api"])
    def api_timeline(by: str = Query("day", pattern="^(day|month)$"), type: str | None = None,
                     country: str | None = None) -> list[dict[str, Any]]:
        """Event counts per day (or month) and type."""
        return store.event_counts(by=by, type=type, country=country)

    @app.get("/api/incidents", tags=["api"])
    def api_incidents(type: str | None = None, country: str | None = None,
                      date_from: str | None = None, date_to: str | None = None,
                      limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)) -> dict[str, Any]:
        """Incidents (the same happening reported by several articles) with their sources."""
        return store.incidents(type=type, country=country, date_from=date_from, date_to=date_to,
                               limit=limit, offset=offset)

    @app.get("/api/entities", tags=["api"])
    def api_entities(q: str | None = None, type: str | None = None, kind: str | None = None,
                     country: str | None = None, limit: int = Query(50, ge=1, le=1000),
                     offset: int = Query(0, ge=0)) -> dict[str, Any]:
        """Entities across the store, most widely reported first."""
        return store.entities(q=q, type=type, kind=kind, country=country, limit=limit, offset=offset)

    @app.get("/api/entities/{entity_id:path}", tags=["api"])
    def api_entity(entity_id: str) -> dict[str, Any]:
        """One entity: mentions, quotes by and about it, events as actor and as target."""
        got = store.entity(entity_id)
        if got is None:
            raise HTTPException(404, f"no entity {entity_id}")
        return got

    @app.get("/api/search", tags=["api"])
    def api_search(q: str = "", date_from: str | None = None, date_to: str | None = None,
                   country: str | None = None, event_type: str | None = None, source: str | None = None,
                   entity: str | None = None, limit: int = Query(20, ge=1, le=100),
                   offset: int = Query(0, ge=0)) -> dict[str, Any]:
        """Ranked Arabic full-text search. Words are ANDed; "quoted phrases" and OR are understood.
        Snippets are HTML with matches in <mark> (everything else escaped)."""
        return store.search(q, limit=limit, offset=offset, date_from=date_from, date_to=date_to,
                            country=country, event_type=event_type, source=source, entity=entity)

    # -------------------------------------------------------------- API (write)

    @app.post("/api/ingest", tags=["api"])
    async def api_ingest(request: Request, name: str = "upload") -> dict[str, Any]:
        """Ingest posted text. JSON `{"name", "text"}` or `{"texts": [{"name", "text"}, ...]}`, or a raw
        file as the body (UTF-8, UTF-16 with BOM or Windows-1256). Needs `Authorization: Bearer <token>`."""
        if token is None:
            raise HTTPException(403, "writes are disabled: start the server with a token to allow ingest")
        given = request.headers.get("authorization", "")
        scheme, _, presented = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(presented.strip().encode(), token.encode()):
            raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})
        body = await request.body()
        texts: list[tuple[str, str]]
        if request.headers.get("content-type", "").startswith("application/json"):
            try:
                data = json.loads(body)
                items = data["texts"] if isinstance(data, dict) and "texts" in data else [data]
                texts = [(str(x.get("name") or name), str(x["text"])) for x in items]
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise HTTPException(400, 'expected {"name", "text"} or {"texts": [...]}') from exc
        else:
            texts = [(name, _decode_upload(body))]
        if not any(t.strip() for _, t in texts):
            raise HTTPException(400, "nothing to ingest: the text is empty")
        try:
            from rasd.ingest import ingest_texts
        except ImportError as exc:
            raise HTTPException(501, "ingest is not available in this build of rasd") from exc
        return await run_in_threadpool(ingest_texts, app.state.db_url, texts)

    # -------------------------------------------------------------- docs (offline, CSP-clean)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> HTMLResponse:
        spec = app.openapi()
        ops = []
        for path, methods in spec["paths"].items():
            for method, op in methods.items():
                params = [(p["name"], p.get("in"), p.get("required", False), p.get("schema", {}))
                          for p in op.get("parameters", [])]
                ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                            "description": op.get("description", ""), "params": params})
        return page(request, "docs.html", title="API", ops=ops, token=token is not None)

    # -------------------------------------------------------------- UI

    @app.get("/", include_in_schema=False, response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        return page(request, "home.html", title="rasd", stats=store.stats(),
                    events=store.events(limit=12)["events"], articles=store.articles(limit=8)["articles"])

    @app.get("/search", include_in_schema=False, response_class=HTMLResponse)
    def search_page(request: Request, q: str = "", date_from: str = "", date_to: str = "", country: str = "",
                    event_type: str = "", source: str = "", entity: str = "",
                    offset: int = Query(0, ge=0)) -> HTMLResponse:
        result = store.search(q, limit=20, offset=offset, date_from=date_from or None, date_to=date_to or None,
                              country=country or None, event_type=event_type or None, source=source or None,
                              entity=entity or None)
        return page(request, "search.html", title=f"Search: {q}" if q else "Search", q=q, result=result,
                    offset=offset, limit=20, sources=store.sources())

    @app.get("/articles", include_in_schema=False, response_class=HTMLResponse)
    def articles_page(request: Request, source: str = "", offset: int = Query(0, ge=0)) -> HTMLResponse:
        result = store.articles(source=source or None, limit=50, offset=offset)
        return page(request, "articles.html", title="Articles", result=result, offset=offset, limit=50)

    @app.get("/articles/{article_id}", include_in_schema=False, response_class=HTMLResponse)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        got = store.get_article(article_id)
        if got is None:
            raise HTTPException(404, f"no article {article_id}")
        art, analysis = got
        anns, panel = render.annotations(analysis)
        original = store.get_article(art.duplicate_of) if art.duplicate_of else None
        return page(request, "article.html", title=art.title or art.id, article=art, analysis=analysis,
                    blocks=render.annotated_blocks(art, anns), panel=panel,
                    original=original[0] if original else None)

    @app.get("/events", include_in_schema=False, response_class=HTMLResponse)
    def events_page(request: Request, type: str = "", country: str = "", actor: str = "",
                    date_from: str = "", date_to: str = "", q: str = "",
                    offset: int = Query(0, ge=0)) -> HTMLResponse:
        filters = _event_filters(type, country, actor, date_from, date_to, q)
        result = store.events(**filters, limit=100, offset=offset)
        return page(request, "events.html", title="Events", result=result, filters=filters, offset=offset,
                    limit=100)

    @app.get("/timeline", include_in_schema=False, response_class=HTMLResponse)
    def timeline_page(request: Request, by: str = Query("day", pattern="^(day|month)$"), type: str = "",
                      country: str = "") -> HTMLResponse:
        rows = store.event_counts(by=by, type=type or None, country=country or None)
        return page(request, "timeline.html", title="Timeline", chart=render.timeline_bars(rows, by), by=by,
                    filters={"type": type, "country": country})

    @app.get("/map", include_in_schema=False, response_class=HTMLResponse)
    def map_page(request: Request, type: str = "", country: str = "", actor: str = "",
                 date_from: str = "", date_to: str = "", q: str = "") -> HTMLResponse:
        filters = _event_filters(type, country, actor, date_from, date_to, q)
        located = store.events(**filters, located=True, limit=1000)  # newest first
        events = located["events"]
        view = render.map_view([(e["lon"], e["lat"]) for e in events])
        for e in events:
            e["r"] = render.point_radius(e["killed"], view[2])
        countries_with_events = {e["country"] for e in events}
        return page(request, "map.html", title="Map", events=events, total=located["total"], view=view,
                    filters=filters,
                    countries=svg_country_paths(), active=countries_with_events)

    @app.get("/entities", include_in_schema=False, response_class=HTMLResponse)
    def entities_page(request: Request, q: str = "", type: str = "",
                      offset: int = Query(0, ge=0)) -> HTMLResponse:
        result = store.entities(q=q or None, type=type or None, limit=50, offset=offset)
        return page(request, "entities.html", title="Entities", result=result, q=q, offset=offset, limit=50)

    @app.get("/entities/{entity_id:path}", include_in_schema=False, response_class=HTMLResponse)
    def entity_page(request: Request, entity_id: str) -> HTMLResponse:
        got = store.entity(entity_id)
        if got is None:
            raise HTTPException(404, f"no entity {entity_id}")
        return page(request, "entity.html", title=got["name"] or entity_id, entity=got)

    @app.get("/incidents", include_in_schema=False, response_class=HTMLResponse)
    def incidents_page(request: Request, type: str = "", country: str = "",
                       offset: int = Query(0, ge=0)) -> HTMLResponse:
        result = store.incidents(type=type or None, country=country or None, limit=50, offset=offset)
        return page(request, "incidents.html", title="Incidents", result=result, offset=offset, limit=50)

    return app

