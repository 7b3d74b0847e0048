"""Security of the API's work endpoints: no fetch of a private address (a
local server counts its requests), 413 for oversized bodies, 429 past the
rate limits (on SQLite and PostGIS). Needs no shared data: the store is
empty."""

from __future__ import annotations

import http.server
import threading

import pytest
from fastapi.testclient import TestClient

from frontline.api import Settings, create_app


class _Counting(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):  # noqa: N802 - the http.server name
        type(self).hits += 1
        body = b"<html><body><p>Russian forces captured Ravnopole.</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    _Counting.hits = 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def client(tmp_path):
    settings = Settings(db=f"sqlite:///{tmp_path / 'f.sqlite'}", texts=tmp_path / "t")
    with TestClient(create_app(settings)) as c:
        yield c


def test_the_local_server_does_answer(local_server):
    import urllib.request

    port = local_server.server_address[1]
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as r:
        assert b"Ravnopole" in r.read()
    assert _Counting.hits == 1
    _Counting.hits = 0


@pytest.mark.parametrize("endpoint", ["/api/extract", "/api/check"])
@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "[::ffff:127.0.0.1]", "0.0.0.0", "127.1"]
)
def test_a_url_on_a_private_address_is_never_fetched(
    client, local_server, endpoint, host
):
    port = local_server.server_address[1]
    got = client.post(endpoint, json={"url": f"http://{host}:{port}/story.html"})
    assert got.status_code == 400, got.text
    assert (
        "refusing to fetch" in got.json()["error"] or "resolve" in got.json()["error"]
    )
    assert "--allow-private" not in got.json()["error"]
    assert _Counting.hits == 0


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "x"])
def test_only_http_urls(client, url):
    got = client.post("/api/extract", json={"url": url})
    assert got.status_code == 400 and got.json()["error"]


def test_an_oversized_body_is_413(tmp_path):
    settings = Settings(db=f"sqlite:///{tmp_path / 'f.sqlite'}", max_body_bytes=10_000)
    with TestClient(create_app(settings)) as c:
        big = {"text": "Bakhmut. " * 5_000}
        got = c.post("/api/extract", json=big)
        assert got.status_code == 413
        assert "over 10,000 bytes" in got.json()["error"]

        def chunks():  # no Content-Length: counted while it arrives
            for _ in range(20):
                yield b" " * 1_000

        got = c.post(
            "/api/corrections",
            content=chunks(),
            headers={"content-type": "application/json"},
        )
        assert got.status_code == 413
        small = c.post("/api/extract", json={"text": "Bakhmut."})
        assert small.status_code == 200


def test_rate_limits_answer_429(tmp_path, db_url):
    settings = Settings(
        db=db_url,
        texts=tmp_path / "t",
        work_per_minute=3,
        corrections_per_minute=2,
    )
    with TestClient(create_app(settings)) as c:
        codes = [
            c.post("/api/extract", json={"text": "x"}).status_code for _ in range(4)
        ]
        assert codes == [200, 200, 200, 429]
        limited = c.post("/api/check", json={"text": "x"})
        assert limited.status_code == 429 and limited.headers["retry-after"] == "60"
        body = {"doc_id": "d", "char_start": 0, "char_end": 1, "selected_text": "x"}
        codes = [c.post("/api/corrections", json=body).status_code for _ in range(3)]
        assert codes == [404, 404, 429]
        assert c.get("/api/sources").json() == []  # reading is not limited
        assert c.get("/api/corrections").json() == {"corrections": []}


def test_errors_never_show_a_trace(client):
    for got in (
        client.post(
            "/api/extract",
            content=b"{not json",
            headers={"content-type": "application/json"},
        ),
        client.post(
            "/api/extract",
            content=b"\xff\xfe",
            headers={"content-type": "application/json"},
        ),
        client.get("/api/layers", params={"source": "deepstate", "zoom": "x"}),
        client.get("/api/nothing-here"),
    ):
        assert 400 <= got.status_code < 500
        assert "Traceback" not in got.text and got.json()["error"]
