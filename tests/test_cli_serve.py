"""``frontline serve``: a real server process on 127.0.0.1 answers the API and
the page; a bad --db is one line and exit 2."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx

from frontline.cli import run


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_on_loopback(tmp_path):
    port = _free_port()
    db = f"sqlite:///{tmp_path / 'f.sqlite'}"
    env = {**os.environ, "FRONTLINE_HOME": str(tmp_path / "home")}
    cmd = [sys.executable, "-m", "frontline", "serve", "--port", str(port), "--db", db]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                got = httpx.get(f"{base}/api/sources", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert got.status_code == 200 and got.json() == []
        page = httpx.get(f"{base}/")
        assert page.status_code == 200 and "leaflet.js" in page.text
        assert httpx.get(f"{base}/openapi.json").json()["info"]["title"] == "frontline"
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=20)
    assert f"serving on http://127.0.0.1:{port}/" in out


def test_serve_with_a_bad_database_is_one_line(tmp_path, capsys):
    assert run(["serve", "--db", "nosuch://db"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("frontline: error: ") and err.count("\n") == 1
