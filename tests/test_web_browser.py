"""The web page in a real browser: Debian's chromium driven by Playwright
against ``frontline``'s app served by uvicorn on 127.0.0.1, over a store of
real DeepState snapshots and an article checked through the API.

Screenshots go to ``tests/artifacts/`` (or ``$FRONTLINE_ARTIFACTS``), kept by
CI as artifacts."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
from api_data import ARTICLE, PUBLISHED, build_store, settings

from frontline.api import create_app
from frontline.web import leaflet_dir

pytestmark = [pytest.mark.shared, pytest.mark.slow]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
ARTIFACTS = Path(
    os.environ.get("FRONTLINE_ARTIFACTS", Path(__file__).parent / "artifacts")
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    assert leaflet_dir() is not None, "Leaflet missing: run 'npm ci --prefix web'"
    import uvicorn

    folder = tmp_path_factory.mktemp("web")
    app = create_app(settings(folder, build_store(folder)))
    port = _free_port()
    srv = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.1)
    checked = httpx.post(
        f"{base}/api/check",
        json={"text": ARTICLE, "published": PUBLISHED},
        timeout=120,
    )
    assert checked.status_code == 200, checked.text
    yield base, checked.json()["document"]["doc_id"]
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def test_map_slider_article_and_a_correction(server, browser):
    base, doc_id = server
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{base}/#view=48.45,37.9,9&region=48.5953,38.0003,25km")
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)

    # the held area and grey zone of the latest snapshot, a claim marker
    held = page.locator("path.layer-ru_held")
    assert held.count() >= 1
    assert page.locator("path.claim-marker").count() >= 1
    page.wait_for_selector("path.basemap-land")  # the offline basemap
    assert page.locator("path.basemap-oblast").count() >= 20
    assert "km²" in page.locator("#figures").inner_text()
    latest = page.get_attribute("body", "data-snapshot")
    shape_before = held.first.get_attribute("d")
    page.screenshot(path=str(ARTIFACTS / "map-latest.png"))

    # move the slider to the first snapshot (keyboard, as a person would)
    page.focus("#slider")
    page.keyboard.press("Home")
    page.wait_for_function(
        f"document.body.dataset.snapshot && document.body.dataset.snapshot != "
        f"'{latest}'",
        timeout=30_000,
    )
    first = page.get_attribute("body", "data-snapshot")
    assert first == "1685575455"
    assert "2023-05-31" in page.locator("#when").inner_text()
    page.wait_for_timeout(300)
    assert page.locator("path.layer-ru_held").first.get_attribute("d") != shape_before
    assert f"id={first}" in page.url  # the view is in the URL
    page.screenshot(path=str(ARTIFACTS / "map-first.png"))

    # the article with its claims highlighted
    page.locator("#claims li").first.click()
    page.wait_for_selector("#article:not([hidden])")
    assert page.locator("#article-text").inner_text() == ARTICLE
    assert page.locator("#article-text mark").count() >= 1
    assert f"doc={doc_id}" in page.url

    # select "40 square kilometres", Ctrl+Enter, send a correction
    wanted = "40 square kilometres"
    page.evaluate(
        """(wanted) => {
          const box = document.getElementById('article-text');
          const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.data.indexOf(wanted);
            if (i >= 0) {
              const r = document.createRange();
              r.setStart(n, i); r.setEnd(n, i + wanted.length);
              const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
              return;
            }
          }
          throw new Error('text not found');
        }""",
        wanted,
    )
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("dialog#correction[open]")
    assert page.locator("#correction-quote").inner_text() == wanted
    page.fill("#correction-comment", "DeepState shows about 42 km² by then")
    page.screenshot(path=str(ARTIFACTS / "correction-form.png"))
    page.click("#correction-send")
    page.wait_for_selector("#toast:not([hidden])")
    assert "Thank you" in page.locator("#toast").inner_text()
    page.screenshot(path=str(ARTIFACTS / "article.png"))
    assert errors == []

    stored = httpx.get(f"{base}/api/corrections", params={"doc_id": doc_id}).json()
    row = stored["corrections"][-1]
    start = ARTICLE.index(wanted)
    assert (row["char_start"], row["char_end"]) == (start, start + len(wanted))
    assert row["selected_text"] == wanted and row["status"] == "pending"
    assert row["comment"] == "DeepState shows about 42 km² by then"
    assert row["client"] == "127.0.0.1"
