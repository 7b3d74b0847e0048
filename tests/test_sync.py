"""``frontline sync`` against a real HTTP server on 127.0.0.1 and local mirrors.

The server serves a temporary directory laid out like shared/data/control,
filled with this repository's own small fixtures; it honours ``Range`` and
can be told to cut a download short (a killed transfer).
"""

from __future__ import annotations

import csv
import gzip
import http.server
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from frontline import config
from frontline.cli import run
from frontline.errors import FrontlineError
from frontline.ingest import ensure_snapshots, list_remotes, sync
from frontline.instants import UTC, end_of_day
from frontline.sources import fetch
from frontline.sources.files import git_blob_sha1
from frontline.store import open_store
from frontline.store.sqlite import SQLiteStore

FIX = Path(__file__).parent / "fixtures" / "ingest"
IDS = ("1649000000", "1692040140", "1711314501")


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with Range support; records requests; can cut transfers."""

    log: list[tuple[str, str | None]] = []
    cut: dict[str, int] = {}  # path -> bytes to send before dropping
    delay: dict[str, float] = {}  # path -> seconds to wait before answering

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: N802
        self.log.append((self.path, self.headers.get("Range")))
        time.sleep(self.delay.get(self.path, 0.0))
        path = Path(self.translate_path(self.path))
        if not path.is_file():
            return super().do_GET()  # 404s and directory listings
        data = path.read_bytes()
        start = 0
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes="):
            start = int(rng[6:].split("-")[0])
            if start >= len(data):
                self.send_response(416)
                self.end_headers()
                return
            self.send_response(206)
            self.send_header(
                "Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}"
            )
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        limit = self.cut.pop(self.path, None)
        if limit is not None:
            self.wfile.write(body[:limit])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body)


@pytest.fixture
def mirror_dir(tmp_path):
    """A data root: control/deepstate_raw (gz + manifest), daily, nzz, isw."""
    root = tmp_path / "mirror"
    raw = root / "control" / "deepstate_raw"
    raw.mkdir(parents=True)
    rows = []
    for key in IDS:
        body = (FIX / f"{key}.geojson").read_bytes()
        (raw / f"{key}.geojson.gz").write_bytes(gzip.compress(body))
        rows.append({"file": f"{key}.geojson.gz", "git_blob": git_blob_sha1(body)})
    with open(raw / "manifest.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, ["file", "git_blob"])
        w.writeheader()
        w.writerows(rows)
    daily = root / "control" / "deepstate_occupied"
    daily.mkdir()
    body = (FIX / "deepstatemap_data_20240708.geojson").read_bytes()
    for day in ("20240708", "20240709", "20240712"):  # 10 and 11 missing
        name = f"deepstatemap_data_{day}.geojson"
        (daily / f"{name}.gz").write_bytes(gzip.compress(body))
    nzz = root / "control" / "nzz_liveuamap"
    nzz.mkdir()
    for day in ("2023-08-21", "2023-08-22"):  # same NZZ data date twice
        shutil.copy(FIX / "2023-08-21.json", nzz / f"{day}.json")
    return root


@pytest.fixture
def server(mirror_dir):
    _Handler.log = []
    _Handler.cut = {}
    _Handler.delay = {}

    def handler(*a, **k):
        return _Handler(*a, directory=str(mirror_dir), **k)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def store(db_url):
    s = open_store(db_url)  # a new SQLite file, then a new PostGIS database
    yield s
    s.close()


def _file_requests():
    return [p for p, _ in _Handler.log if p.endswith((".gz", ".json", ".geojson"))]


def test_sync_over_http_is_idempotent(server, store):
    summary = sync(store, "deepstate", mirror=server)
    assert sorted(summary.added) == [f"{k}.geojson" for k in IDS]
    assert [i.key for i in store.snapshots("deepstate")] == list(IDS)
    cached = config.cache_dir() / "deepstate_raw"
    assert sorted(p.name for p in cached.iterdir()) == [f"{k}.geojson.gz" for k in IDS]
    rec = store.fetched(f"{server}/control/deepstate_raw/{IDS[1]}.geojson.gz")
    assert rec["key"] == IDS[1] and len(rec["sha256"]) == 64
    _Handler.log.clear()
    again = sync(store, "deepstate", mirror=server)
    assert again.added == [] and len(again.existing) == 3
    assert _file_requests() == []  # nothing downloaded twice


def test_sync_window_includes_the_snapshot_before_since(server, store):
    since = datetime(2023, 8, 15, tzinfo=UTC)
    until = datetime(2023, 8, 31, tzinfo=UTC)
    remotes = list_remotes("deepstate", since, until, mirror=server)
    assert [r.key for r in remotes] == ["1692040140"]  # 08-14: as of 08-15
    summary = sync(store, "deepstate", datetime(2024, 1, 1, tzinfo=UTC), None,
                   mirror=server)  # fmt: skip
    assert sorted(summary.added) == ["1692040140.geojson", "1711314501.geojson"]


def test_killed_download_resumes(server, store):
    path = f"/control/deepstate_raw/{IDS[0]}.geojson.gz"
    _Handler.cut[path] = 300
    first = sync(store, "deepstate", mirror=server)
    assert len(first.added) == 2
    ((name, reason),) = first.rejected
    assert name == f"{IDS[0]}.geojson" and "interrupted" in reason
    assert not store.has_snapshot("deepstate", IDS[0])  # nothing half-written
    part = config.cache_dir() / "deepstate_raw" / f"{IDS[0]}.geojson.gz.part"
    assert part.stat().st_size == 300
    _Handler.log.clear()
    second = sync(store, "deepstate", mirror=server)
    assert second.added == [f"{IDS[0]}.geojson"] and not second.rejected
    assert (path, "bytes=300-") in _Handler.log  # resumed, not restarted
    assert not part.exists()
    assert store.has_snapshot("deepstate", IDS[0])


def test_corrupt_files_are_rejected_and_not_kept(server, store, mirror_dir):
    raw = mirror_dir / "control" / "deepstate_raw"
    # a valid gzip whose content does not match the manifest's git blob id
    (raw / f"{IDS[1]}.geojson.gz").write_bytes(gzip.compress(b'{"type": "x"}'))
    # a truncated gzip stream
    good = (raw / f"{IDS[2]}.geojson.gz").read_bytes()
    (raw / f"{IDS[2]}.geojson.gz").write_bytes(good[: len(good) // 2])
    summary = sync(store, "deepstate", mirror=server)
    reasons = dict(summary.rejected)
    assert "git blob id" in reasons[f"{IDS[1]}.geojson"]
    assert "corrupt gzip" in reasons[f"{IDS[2]}.geojson"]
    assert [i.key for i in store.snapshots()] == [IDS[0]]
    cached = sorted(p.name for p in (config.cache_dir() / "deepstate_raw").iterdir())
    assert cached == [f"{IDS[0]}.geojson.gz"]  # no corrupt file or .part kept


def test_dated_source_without_manifest_over_http(server, store):
    since = datetime(2024, 7, 9, tzinfo=UTC)
    until = datetime(2024, 7, 12, 23, tzinfo=UTC)
    summary = ensure_snapshots(store, "deepstate-daily", since, until,
                               mirror=server, progress=False)  # fmt: skip
    # file 09 holds the map of 07-08 21:00 (the one before since), then 12;
    # 10, 11 and 13 are not there (404): tried as .gz, then plain
    assert sorted(summary.added) == [
        f"deepstatemap_data_{d}.geojson" for d in ("20240709", "20240712")
    ]
    assert set(summary.unavailable) == {
        f"deepstatemap_data_{d}.geojson" for d in ("20240710", "20240711", "20240713")
    }
    assert store.snapshot_at("deepstate-daily", since).key == "20240709"
    again = ensure_snapshots(store, "deepstate-daily", since, until, mirror=server,
                             progress=False)  # fmt: skip
    assert again.added == []


def test_nzz_repeated_data_date_stored_once(server, store):
    since = datetime(2023, 8, 21, 12, tzinfo=UTC)
    until = end_of_day(date(2023, 8, 22))
    summary = sync(store, "nzz", since, until, mirror=server)
    assert len(summary.added) == 1 and len(summary.existing) == 1
    assert [i.key for i in store.snapshots("nzz")] == ["2023-08-18"]
    _Handler.log.clear()
    again = sync(store, "nzz", since, until, mirror=server)
    assert again.added == [] and len(again.existing) == 2
    # the stored ones are known from `fetched`; only the missing days are
    # retried: 08-20, and 08-23..25 (an NZZ file's data date lags its name)
    missing = ("2023-08-20", "2023-08-23", "2023-08-24", "2023-08-25")
    assert {Path(p).name for p in _file_requests()} <= {
        f"{d}.json{gz}" for d in missing for gz in ("", ".gz")
    }


def test_nzz_window_reaches_files_named_after_until(mirror_dir, store):
    # regression: data dated 08-21 lives in the file named 08-22 (to= date);
    # a sync up to 08-21 used to stop at the file named 08-21 (data 08-18)
    shutil.copy(
        mirror_dir / "control" / "nzz_liveuamap" / "2023-08-21.json",
        mirror_dir / "control" / "nzz_liveuamap" / "2023-08-24.json",
    )
    until = end_of_day(date(2023, 8, 20))
    remotes = list_remotes("nzz", None, until, str(mirror_dir))
    assert [r.name for r in remotes] == ["2023-08-21.json", "2023-08-22.json"]


@pytest.mark.parametrize("level", ["data", "control", "folder"])
def test_local_mirror_layouts(mirror_dir, store, level):
    root = {
        "data": mirror_dir,
        "control": mirror_dir / "control",
        "folder": mirror_dir / "control" / "deepstate_raw",
    }[level]
    assert fetch.resolve_mirror(str(root), "deepstate").endswith("deepstate_raw")
    summary = sync(store, "deepstate", mirror=str(root))
    assert len(summary.added) == 3
    assert config.cache_dir().exists()
    assert not (config.cache_dir() / "deepstate_raw").exists()  # read in place


def test_sync_cli_with_env_mirror(server, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FRONTLINE_MIRROR", server)
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    args = ["sync", "deepstate", "--since", "2023-01-01", "--until", "2023-12-31"]
    assert run([*args, "--db", db]) == 0
    assert "2 added" in capsys.readouterr().out  # + the one before --since
    assert run([*args, "--db", db]) == 0
    assert "0 added, 2 already stored" in capsys.readouterr().out
    assert run(["sync", "isw", "--since", "2023-08-02", "--until", "2023-08-01",
                "--db", db]) == 2  # fmt: skip
    assert "before --since" in capsys.readouterr().err


def test_unreachable_mirror_is_one_line_error(store, tmp_path):
    with pytest.raises(FrontlineError, match="mirror directory does not exist"):
        sync(store, "deepstate", mirror=str(tmp_path / "nowhere"))
    assert store.snapshots() == []


def test_upstream_urls_follow_sources_md():
    day = datetime(2024, 7, 8, tzinfo=UTC).date()
    assert fetch.UPSTREAM["deepstate-daily"].format(
        name=fetch.file_name("deepstate-daily", day)
    ) == (
        "https://raw.githubusercontent.com/cyterat/deepstate-map-data/main/data/"
        "deepstatemap_data_20240708.geojson"
    )
    assert fetch.file_name("isw", day) == "20240708.geojson"
    assert fetch.file_name("nzz", day) == "2024-07-08.json"
    assert "DanielRose2310/deepstatemaps-history/git/trees" in fetch.GITHUB_TREE


def test_upstream_listing_github_tree_and_deepstate_api(
    server, mirror_dir, store, monkeypatch
):
    """The upstream code path, pointed at the local server instead of GitHub."""
    up = mirror_dir / "upstream"
    (up / "gh").mkdir(parents=True)
    tree = {"tree": [{"path": "README.md", "sha": "x"}]}
    for key in IDS[:2]:
        body = (FIX / f"{key}.geojson").read_bytes()
        (up / "gh" / f"{key}.geojson").write_bytes(body)
        tree["tree"].append({"path": f"geojsons/{key}.geojson",
                             "sha": git_blob_sha1(body)})  # fmt: skip
    (up / "tree.json").write_text(json.dumps(tree))
    # the API knows one id more (newer than the archive), and one it shares
    (up / "api" / IDS[2]).mkdir(parents=True)
    shutil.copy(FIX / f"{IDS[2]}.geojson", up / "api" / IDS[2] / "geojson")
    (up / "api" / "public").write_text(json.dumps([{"id": int(IDS[2])},
                                                   {"id": int(IDS[1])}]))  # fmt: skip
    monkeypatch.setattr(fetch, "GITHUB_TREE", f"{server}/upstream/tree.json")
    monkeypatch.setitem(fetch.UPSTREAM, "deepstate", f"{server}/upstream/gh/{{name}}")
    monkeypatch.setattr(fetch, "DEEPSTATE_API", f"{server}/upstream/api")
    remotes = list_remotes("deepstate", None, None)
    assert [r.key for r in remotes] == list(IDS)
    assert remotes[1].blob and remotes[2].location.endswith(f"api/{IDS[2]}/geojson")
    summary = sync(store, "deepstate")
    assert len(summary.added) == 3 and not summary.rejected
    cached = sorted(p.name for p in (config.cache_dir() / "deepstate_raw").iterdir())
    assert cached == [f"{k}.geojson" for k in IDS]
    # the GitHub tree down: the API alone still lists what it has
    monkeypatch.setattr(fetch, "GITHUB_TREE", f"{server}/upstream/missing.json")
    assert [r.key for r in list_remotes("deepstate", None, None)] == list(IDS[1:])
    # both down: a one-line error
    monkeypatch.setattr(fetch, "DEEPSTATE_API", f"{server}/upstream/none")
    with pytest.raises(FrontlineError, match="listing not found"):
        list_remotes("deepstate", None, None)


def test_isw_upstream_stops_at_the_archive_end():
    remotes = fetch.list_upstream(
        "isw", datetime(2023, 8, 20, tzinfo=UTC), datetime(2023, 9, 5, tzinfo=UTC)
    )
    assert remotes[-1].key == "20230824"
    assert remotes[0].location.endswith("/main/data/20230819.geojson")


def test_damaged_cache_is_fetched_again(server, store):
    sync(store, "deepstate", mirror=server)
    cached = config.cache_dir() / "deepstate_raw" / f"{IDS[0]}.geojson.gz"
    cached.write_bytes(b"\x1f\x8b damaged")
    assert store.delete_snapshot("deepstate", IDS[0])
    _Handler.log.clear()
    summary = sync(store, "deepstate", mirror=server)
    assert summary.added == [f"{IDS[0]}.geojson"] and not summary.rejected
    assert _file_requests() == [f"/control/deepstate_raw/{IDS[0]}.geojson.gz"]


def test_ensure_snapshots_offline_uses_what_is_stored(server, store, tmp_path):
    since, until = datetime(2023, 8, 1, tzinfo=UTC), datetime(2023, 8, 31, tzinfo=UTC)
    first = ensure_snapshots(store, "deepstate", since, until, mirror=server,
                             progress=False)  # fmt: skip
    assert sorted(first.added) == ["1649000000.geojson", "1692040140.geojson"]
    gone = str(tmp_path / "unplugged")
    summary = ensure_snapshots(store, "deepstate", since, until, mirror=gone,
                               progress=False)  # fmt: skip
    assert summary.added == [] and "does not exist" in summary.rejected[0][1]
    with pytest.raises(FrontlineError, match="does not exist"):  # nothing stored
        ensure_snapshots(store, "isw", since, until, mirror=gone, progress=False)
    assert ensure_snapshots(store, "my-map", since, until).added == []  # no syncer


@pytest.mark.parametrize(
    ("since", "until"), [("2020-01-01", "2020-02-01"), ("2025-01-01", None)]
)
def test_sync_cli_nothing_in_range_is_an_error_and_stores_nothing(
    mirror_dir, tmp_path, capsys, since, until
):
    # regression: a window with no file used to succeed silently (and the
    # 2025 one stored the last snapshot before --since)
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    args = ["sync", "deepstate", "--since", since, "--mirror", str(mirror_dir)]
    args += ["--until", until] if until else []
    assert run([*args, "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing to sync" in err
    s = SQLiteStore(tmp_path / "cli.sqlite")
    assert s.snapshots() == []
    s.close()


def test_sync_cli_mirror_without_the_source_is_an_error(tmp_path, capsys):
    empty = tmp_path / "empty"
    (empty / "control").mkdir(parents=True)
    (empty / "control" / "README.txt").write_text("nothing here")
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert run(["sync", "isw", "--mirror", str(empty), "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no isw file" in err


def test_sync_library_call_keeps_the_snapshot_before_since(mirror_dir, store):
    # ensure_snapshots/sync (not the CLI) still fetch "as of since" quietly
    summary = sync(store, "deepstate", since=end_of_day(date(2030, 1, 1)),
                   mirror=str(mirror_dir))  # fmt: skip
    assert summary.added == ["1711314501.geojson"]


def _stored_keys(db: Path) -> list[str]:
    store = SQLiteStore(db)
    try:
        for info in store.snapshots("deepstate"):  # whatever is stored is whole
            snap = store.load("deepstate", info.key)
            assert snap.geometries and set(snap.geometries) == set(info.layers)
        return sorted(i.key for i in store.snapshots("deepstate"))
    finally:
        store.close()


def test_killed_sync_process_leaves_whole_snapshots_and_rerun_adds_once(
    server, tmp_path
):
    """kill -9 a real ``frontline sync`` process while it waits for the second
    file (the first one stored), then run it again: nothing half-written,
    nothing twice."""
    db = tmp_path / "k.sqlite"
    env = {**os.environ, "FRONTLINE_HOME": str(tmp_path / "home")}
    argv = [
        sys.executable,
        "-c",
        "from frontline.cli import main; main()",
        "sync",
        "deepstate",
        "--mirror",
        server,
        "--db",
        f"sqlite:///{db}",
    ]
    _Handler.delay = {f"/control/deepstate_raw/{IDS[1]}.geojson.gz": 30.0}
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if any(IDS[1] in path for path, _ in _Handler.log):
                break  # the first file is stored; the second is on its way
            time.sleep(0.02)
        assert proc.poll() is None, "sync ended before it could be killed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert _stored_keys(db) == [IDS[0]]
    _Handler.delay = {}
    assert subprocess.run(argv, env=env, capture_output=True).returncode == 0
    assert subprocess.run(argv, env=env, capture_output=True).returncode == 0
    assert _stored_keys(db) == sorted(IDS)


def test_sync_cli_window_of_only_corrupt_files_names_the_corruption(
    mirror_dir, tmp_path, capsys
):
    raw = mirror_dir / "control" / "deepstate_raw"
    good = (raw / f"{IDS[2]}.geojson.gz").read_bytes()
    (raw / f"{IDS[2]}.geojson.gz").write_bytes(good[: len(good) // 2])
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    args = ["sync", "deepstate", "--since", "2024-01-01", "--mirror", str(mirror_dir)]
    assert run([*args, "--db", db]) == 2
    err = capsys.readouterr().err
    assert "corrupt gzip" in err and "nothing to sync" not in err
