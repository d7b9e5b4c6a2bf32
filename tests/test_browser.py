"""The web UI in a real browser: Debian's chromium driven by Playwright, against a live uvicorn server.

Skipped with a reason when /usr/bin/chromium or the playwright package is missing
(`apt-get install -y chromium`; Playwright never downloads a browser here).
Set RASD_SCREENSHOT_DIR to keep a screenshot of each page (the README's pictures).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} not found (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn")

from rasd.model import Incident, Place  # noqa: E402
from rasd.store import open_store  # noqa: E402
from rasd.store.testing import sample_items  # noqa: E402
from rasd.web.app import create_app  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
SHOTS = os.environ.get("RASD_SCREENSHOT_DIR")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("browser") / "ui.db")
    items = sample_items()
    with open_store(db) as store:
        store.save_batch(items)
        kabul, copy = items[0][0], items[3][0]
        store.replace_incidents([Incident(
            "inc-kabul", "bombing", "2015-07-15", Place("Kabul", "AF", None, 34.5, 69.2, "city"),
            event_ids=[f"{kabul.id}:e0"], article_ids=[kabul.id, copy.id], sources=["sample-news", "copy-paper"],
            killed_range=(12, 12))])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # a free loopback port, held from here on: no race with other tests
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    pg = ctx.new_page()
    problems: list[str] = []
    # A CSP violation, a missing file or a script error shows up here: none is allowed.
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.problems = problems
    yield pg
    ctx.close()
    assert problems == []


def _shot(page: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))


def test_home(page, base_url: str):
    page.goto(base_url + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator(".count").first.is_visible()
    assert page.locator("table.events tbody tr").count() == 4
    _shot(page, "home")


def test_search_then_open_article_and_see_highlighted_entity(page, base_url: str):
    page.goto(base_url + "/")
    page.fill(".big-search input[name=q]", "حقاني")
    page.press(".big-search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    hits = page.locator(".hit")
    assert hits.count() == 3
    assert page.locator(".hit mark").first.is_visible()
    _shot(page, "search")
    page.locator(".hit-title", has_text="كابل").click()
    page.wait_for_url("**/articles/*")
    entity = page.locator(".doc .ann.ent-ORG", has_text="شبكة حقّاني")
    assert entity.is_visible()
    assert entity.evaluate("el => getComputedStyle(el).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    entity.click()
    active = page.locator(".panel .item.active")
    assert active.count() == 1 and "Haqqani Network" in active.inner_text()
    page.locator(".panel .item-event").first.click()
    assert page.locator(".doc .ann.event.focus").count() >= 1
    page.locator(".legend input[data-kind=ent]").uncheck()
    assert "hide-ent" in page.locator("#doc").get_attribute("class")
    assert entity.evaluate("el => getComputedStyle(el).backgroundColor") in ("rgba(0, 0, 0, 0)", "transparent")
    page.locator(".legend input[data-kind=ent]").check()
    _shot(page, "article")


def test_event_link_focuses_its_evidence(page, base_url: str):
    page.goto(base_url + "/events?type=bombing")
    page.locator("td.evidence a").first.click()
    page.wait_for_url("**/articles/*#e*")
    assert page.locator(".panel .item-event.active").count() == 1
    assert page.locator(".doc .ann.event.focus").count() >= 1


def test_filter_events(page, base_url: str):
    page.goto(base_url + "/events")
    assert page.locator("table.events tbody tr").count() == 4
    page.select_option("select[name=type]", "bombing")  # applies at once (autosubmit)
    page.wait_for_url("**/events?*type=bombing*")
    assert page.locator("table.events tbody tr").count() == 1
    page.goto(base_url + "/events")
    page.fill("input[name=country]", "AF")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**/events?*country=AF*")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 2
    csv_link = page.locator("a.csv").get_attribute("href")
    assert csv_link.startswith("/api/events.csv?") and "country=AF" in csv_link
    _shot(page, "events")


def test_map(page, base_url: str):
    page.goto(base_url + "/map")
    svg = page.locator("svg#map")
    assert svg.is_visible()
    assert page.locator("svg#map path.country").count() > 150
    assert page.locator("svg#map circle.point").count() == 4
    before = svg.get_attribute("viewBox")
    page.click("button[data-zoom=in]")
    assert svg.get_attribute("viewBox") != before
    page.click("button[data-zoom=reset]")
    assert svg.get_attribute("viewBox") == before
    page.locator("circle.point.t-air_strike").hover()
    assert "air_strike" in page.locator("#map-info").inner_text()
    _shot(page, "map")


def test_timeline_entities_incidents(page, base_url: str):
    page.goto(base_url + "/timeline")
    assert page.locator("svg.timeline rect.seg").count() == 4
    _shot(page, "timeline")
    page.goto(base_url + "/entities")
    page.locator("a", has_text="Haqqani Network").click()
    page.wait_for_url("**/entities/haqqani_network")
    assert page.locator("blockquote").first.is_visible()
    _shot(page, "entity")
    page.goto(base_url + "/incidents")
    assert page.locator(".incident .sources li").count() == 2
    _shot(page, "incidents")
