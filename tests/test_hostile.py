"""Hostile input, one family at a time: every case ends as exactly one line
``frontline: error: WHERE: WHAT`` with exit 2, no traceback, and the store
exactly as it was (a logical dump of every table compared before and after).

All inputs are made here, at test time, and are small: gzip bombs are
streams of identical gzip members (2 GiB inflated from about 2 MB written),
run in a child process whose address space is capped with
``resource.setrlimit``. Downloads come from a real ``http.server`` on
127.0.0.1 in a thread; nothing needs the internet.
"""

from __future__ import annotations

import csv
import ctypes
import gzip
import http.server
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import orjson
import pytest

from frontline.cli import run
from frontline.sources.files import MAX_FILE_BYTES, git_blob_sha1
from frontline.text.claims import extract_claims

# a warning printed by a library would be a second line on stderr
pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

FIX = Path(__file__).parent / "fixtures" / "ingest"
IDS = ("1649000000", "1692040140", "1711314501")
# The address space of a child: enough for frontline (about 0.5 GB mapped
# after its imports), far too little to inflate a 2 GiB bomb whole.
CHILD_MEMORY = 1536 * 1024 * 1024
BOMB_BYTES = 2 * 1024 * 1024 * 1024
ERROR_LINE = re.compile(r"^frontline: error: (?P<where>\S.*?): (?P<what>\S.*)$")
SQUARE = [[37.7, 48.4], [38.3, 48.4], [38.3, 48.8], [37.7, 48.8], [37.7, 48.4]]


# -- helpers ------------------------------------------------------------------
def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (sorted): the store's logical content."""
    con = sqlite3.connect(db)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names
        }
    finally:
        con.close()


def assert_one_error(code: int, err: str, where: str) -> str:
    """Exit 2, one ``frontline: error: WHERE: WHAT`` line naming ``where`` first."""
    assert "Traceback" not in err, err
    assert code == 2, (code, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    m = ERROR_LINE.match(lines[0])
    assert m, lines[0]
    rest = lines[0].removeprefix("frontline: error: ")
    assert rest.startswith(where), (where, lines[0])
    return m["what"]


def feature_collection(ring=SQUARE, props=None, crs=None) -> bytes:
    doc: dict = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": props or {},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        ],
    }
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    return orjson.dumps(doc)


def write_bomb(path: Path, inflated: int = BOMB_BYTES) -> Path:
    """A gzip file inflating to ``inflated`` bytes of zeros, written as a
    stream of identical 1 MiB members (never held in memory)."""
    member = gzip.compress(b"\0" * (1 << 20), compresslevel=9)
    with open(path, "wb") as fh:
        for _ in range(inflated >> 20):
            fh.write(member)
    return path


def _child_limits(drop_file_permissions: bool) -> None:  # runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))
    if drop_file_permissions:  # root: make file modes bind (PR_CAPBSET_DROP)
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            libc.prctl(24, cap, 0, 0, 0)


def child(*args: object, home: Path, readonly: bool = False):
    """``frontline ARGS`` in a child process with capped memory."""
    env = {**os.environ, "FRONTLINE_HOME": str(home)}
    env.pop("FRONTLINE_MIRROR", None)
    env.pop("FRONTLINE_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "frontline", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=lambda: _child_limits(readonly and os.geteuid() == 0),
    )


def cli(capsys, *args: object) -> tuple[int, str]:
    code = run([str(a) for a in args])
    return code, capsys.readouterr().err


# -- fixtures -----------------------------------------------------------------
@pytest.fixture
def store(tmp_path, capsys) -> Path:
    """A store holding one real snapshot (this repository's fixture)."""
    db = tmp_path / "store.sqlite"
    assert run(["import", "deepstate", str(FIX / "1692040140.geojson"),
                "--db", str(db), "--json"]) == 0  # fmt: skip
    capsys.readouterr()
    return db


def _mirror(root: Path) -> Path:
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
    return root


PAGE = ("Russian forces captured the village of Ravnopole, the ministry said. " * 400)[
    :24_500
].encode()


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: N802
        if self.path == "/short.html":  # announces 24,500 bytes, sends half
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE[: len(PAGE) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        super().do_GET()


@pytest.fixture
def http_root(tmp_path):
    """(directory served, base URL) of a real HTTP server on 127.0.0.1."""
    root = tmp_path / "served"
    root.mkdir()

    def handler(*a, **k):
        return _Handler(*a, directory=str(root), **k)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# -- dates at the edges of the calendar ------------------------------------------
REGION = "48.6,38.0,20km"


@pytest.mark.parametrize(
    ("args", "where"),
    [
        (["measure", "-s", "deepstate", "--region", REGION, "--from",
          "0001-01-01T00:00+01:00", "--to", "2023-08-20"], "--from"),
        (["measure", "-s", "deepstate", "--region", REGION, "--from", "2023-08-01",
          "--to", "9999-12-31T23:59-01:00"], "--to"),
        (["series", "-s", "deepstate", "--region", REGION, "--from", "2023-08-01",
          "--to", "9999-12-31", "--freq", "D"], "--to"),
        (["series", "-s", "deepstate", "--region", REGION, "--from", "2023-08-01",
          "--to", "9999-12-31", "--freq", "M"], "--to"),
        (["series", "-s", "deepstate", "--region", REGION, "--from", "1900-01-01",
          "--to", "2023-08-20", "--freq", "D"], "--from"),
        (["check", "{doc}", "--published", "9999-12-31"], "--published"),
        (["sync", "deepstate", "--since", "0001-01-01", "--mirror", "{mirror}"],
         "--since"),
        (["sync", "deepstate", "--until", "9999-12-31", "--mirror", "{mirror}"],
         "--until"),
        (["import", "vector", "{square}", "--time", "0001-01-01T00:00+05:00"],
         "--time"),
    ],
)  # fmt: skip
def test_dates_off_the_calendar(store, tmp_path, capsys, args, where):
    doc = tmp_path / "a.txt"
    doc.write_text("Russian forces captured the village of Ravnopole.\n")
    square = tmp_path / "square.geojson"
    square.write_bytes(feature_collection())
    mirror = _mirror(tmp_path / "mirror")
    args = [a.format(doc=doc, mirror=mirror, square=square) for a in args]
    before = dump(store)
    code, err = cli(capsys, *args, "--db", store)
    what = assert_one_error(code, err, where)
    assert "2014-01-01" in what  # the error says which range is accepted
    assert dump(store) == before


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("0.geojson", None),  # 1970
        ("32503680000.geojson", None),  # year 3000
        ("99999999999999999999.geojson", None),  # beyond time_t
    ],
)
def test_deepstate_ids_that_cannot_be_map_states(store, tmp_path, capsys, name, body):
    path = tmp_path / name
    shutil.copy(FIX / "1692040140.geojson", path)
    before = dump(store)
    code, err = cli(capsys, "import", "deepstate", path, "--db", store)
    assert "Unix time in range" in assert_one_error(code, err, str(path))
    assert dump(store) == before


def test_nzz_data_date_9999(store, tmp_path, capsys):
    doc = orjson.loads((FIX / "2023-08-21.json").read_bytes())
    value = doc.get("value", doc)
    for f in value["features"]:
        f.setdefault("properties", {})["date"] = "9999-12-31"
    path = tmp_path / "2023-08-21.json"
    path.write_bytes(orjson.dumps(doc))
    before = dump(store)
    code, err = cli(capsys, "import", "nzz", path, "--db", store)
    assert "after tomorrow" in assert_one_error(code, err, str(path))
    assert dump(store) == before


# -- gzip bombs (child process, memory capped) -------------------------------------
def test_gzip_bomb_import_is_refused_without_inflating_it(store, tmp_path):
    bomb = write_bomb(tmp_path / "1692040141.geojson.gz")
    assert bomb.stat().st_size < 4 * 1024 * 1024
    before = dump(store)
    proc = child("import", "deepstate", bomb, "--db", store, home=tmp_path / "h")
    what = assert_one_error(proc.returncode, proc.stderr, str(bomb))
    assert f"more than {MAX_FILE_BYTES:,} bytes" in what
    assert dump(store) == before


def test_an_endless_file_is_refused_after_the_cap(store, tmp_path):
    endless = tmp_path / "1692040142.geojson"
    endless.symlink_to("/dev/zero")
    before = dump(store)
    proc = child("import", "deepstate", endless, "--db", store, home=tmp_path / "h")
    what = assert_one_error(proc.returncode, proc.stderr, str(endless))
    assert f"is more than {MAX_FILE_BYTES:,} bytes" in what
    assert dump(store) == before


def test_gzip_bomb_vector_and_region_files(store, tmp_path):
    bomb = write_bomb(tmp_path / "map.geojson.gz")
    before = dump(store)
    proc = child("import", "vector", bomb, "--time", "2023-08-01", "--db", store,
                 home=tmp_path / "h")  # fmt: skip
    assert "gzip bomb" in assert_one_error(proc.returncode, proc.stderr, str(bomb))
    proc = child("measure", "-s", "deepstate", "--region", bomb, "--from",
                 "2023-08-01", "--to", "2023-08-20", "--db", store,
                 home=tmp_path / "h")  # fmt: skip
    assert "gzip bomb" in assert_one_error(proc.returncode, proc.stderr, "--region")
    assert dump(store) == before


def test_gzip_bomb_from_an_http_mirror(store, tmp_path, http_root):
    root, base = http_root
    raw = root / "deepstate_raw"
    raw.mkdir()
    write_bomb(raw / "1692040200.geojson.gz")
    (raw / "manifest.csv").write_text("file\n1692040200.geojson.gz\n")
    before = dump(store)
    proc = child("sync", "deepstate", "--since", "2023-08-14",
                 "--until", "2023-08-15", "--mirror", base, "--db", store,
                 home=tmp_path / "h")  # fmt: skip
    what = assert_one_error(proc.returncode, proc.stderr, f"{base}/deepstate_raw/")
    assert "gzip bomb" in what
    assert dump(store) == before


# -- stores -------------------------------------------------------------------------
def test_read_only_store(store, tmp_path):
    before = dump(store)
    store.chmod(0o444)
    probe = subprocess.run(  # can this user write a 0444 file anyway?
        [sys.executable, "-c", f"open({str(store)!r}, 'ab')"],
        capture_output=True,
        preexec_fn=lambda: _child_limits(os.geteuid() == 0),
    )
    if probe.returncode == 0:  # pragma: no cover - root without CAP_SETPCAP
        store.chmod(0o644)
        pytest.skip("file modes do not bind this user (root, capabilities kept)")
    try:
        proc = child("import", "deepstate", FIX / "1711314501.geojson", "--db",
                     store, home=tmp_path / "h", readonly=True)  # fmt: skip
    finally:
        store.chmod(0o644)
    what = assert_one_error(proc.returncode, proc.stderr, str(store))
    assert "readonly" in what or "read-only" in what
    assert dump(store) == before


def test_corrupt_store(store, tmp_path, capsys):
    data = bytearray(store.read_bytes())
    assert len(data) > 5 * 4096
    data[4096 * 2 : 4096 * 4] = b"\xff" * (4096 * 2)  # two pages of garbage
    store.write_bytes(bytes(data))
    for wal in (store.with_name(store.name + s) for s in ("-wal", "-shm")):
        wal.unlink(missing_ok=True)
    raw_before = store.read_bytes()
    for args in (
        ["measure", "-s", "deepstate", "--region", REGION, "--from", "2023-08-01",
         "--to", "2023-08-20"],
        ["import", "deepstate", FIX / "1711314501.geojson"],
        ["snapshots"],
    ):  # fmt: skip
        code, err = cli(capsys, *args, "--db", store)
        assert "corrupt" in assert_one_error(code, err, str(store))
    assert store.read_bytes() == raw_before  # not written to


def test_another_applications_database(tmp_path, capsys):
    db = tmp_path / "other-app.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE users (id INTEGER, name TEXT)")
    con.execute("INSERT INTO users VALUES (1, 'Olena')")
    con.commit()
    con.close()
    before = dump(db)
    for args in (["snapshots"], ["import", "deepstate", FIX / "1692040140.geojson"]):
        code, err = cli(capsys, *args, "--db", db)
        what = assert_one_error(code, err, str(db))
        assert "another application's tables (users)" in what
    assert dump(db) == before  # no frontline table was added


def test_a_file_that_is_not_sqlite(tmp_path, capsys):
    db = tmp_path / "notes.sqlite"
    db.write_bytes(b"Notes, not a database.\n" * 50)
    code, err = cli(capsys, "snapshots", "--db", db)
    assert_one_error(code, err, str(db))
    assert db.read_bytes() == b"Notes, not a database.\n" * 50


# -- mirrors, region files ----------------------------------------------------------
def test_manifest_of_random_bytes(store, tmp_path, capsys, http_root):
    noise = b"\xff\xfe\x00" + random.Random(11).randbytes(4000)
    local = tmp_path / "noise" / "deepstate_raw"
    local.mkdir(parents=True)
    (local / "manifest.csv").write_bytes(noise)
    root, base = http_root
    (root / "deepstate_raw").mkdir()
    (root / "deepstate_raw" / "manifest.csv").write_bytes(noise)
    before = dump(store)
    for mirror, where in (
        (tmp_path / "noise", str(local / "manifest.csv")),
        (base, f"{base}/deepstate_raw/manifest.csv"),
    ):
        code, err = cli(capsys, "sync", "deepstate", "--since", "2023-08-01",
                        "--mirror", mirror, "--db", store)  # fmt: skip
        assert "not UTF-8" in assert_one_error(code, err, where)
    assert dump(store) == before


def test_a_mirror_that_does_not_exist(store, tmp_path, capsys):
    before = dump(store)
    nowhere = tmp_path / "unplugged"
    for args in (
        ["sync", "deepstate", "--since", "2023-08-01"],
        ["measure", "-s", "deepstate", "--region", REGION, "--from", "2023-08-01",
         "--to", "2023-08-20"],
    ):  # fmt: skip
        code, err = cli(capsys, *args, "--mirror", nowhere, "--db", store)
        assert "does not exist" in assert_one_error(code, err, f"--mirror {nowhere}")
    with socket_nobody_listens() as url:
        code, err = cli(capsys, "sync", "deepstate", "--since", "2023-08-01",
                        "--mirror", url, "--db", store)  # fmt: skip
        assert "does not answer" in assert_one_error(code, err, f"--mirror {url}")
    assert dump(store) == before


class socket_nobody_listens:  # noqa: N801 - used as a context manager
    """A 127.0.0.1 URL on a port that was just free (connection refused)."""

    def __enter__(self) -> str:
        import socket

        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        return None


@pytest.mark.parametrize(
    ("ring", "crs", "message"),
    [
        ([[37.7, 48.4], [float("nan"), 48.4], [38.3, 48.8], [37.7, 48.4]], None,
         "not finite"),
        (SQUARE, "urn:ogc:def:crs:EPSG::999999", "unknown CRS"),
    ],
)  # fmt: skip
def test_region_files_that_are_no_region(store, tmp_path, capsys, ring, crs, message):
    path = tmp_path / "region.geojson"
    path.write_bytes(
        feature_collection(ring, crs=crs).replace(b"null", b"NaN")
    )  # orjson writes NaN as null; GeoJSON readers accept the NaN token
    before = dump(store)
    code, err = cli(capsys, "measure", "-s", "deepstate", "--region", path, "--from",
                    "2023-08-01", "--to", "2023-08-20", "--db", store)  # fmt: skip
    assert message in assert_one_error(code, err, "--region")
    assert dump(store) == before


# -- control maps that cannot be a real map state -------------------------------------
@pytest.mark.parametrize(
    ("source", "name", "body", "message"),
    [
        ("vector", "crs.geojson",
         feature_collection(crs="urn:ogc:def:crs:EPSG::999999"), "unknown CRS"),
        ("deepstate", "1692040150.geojson",
         feature_collection([[str(x), str(y)] for x, y in SQUARE],
                            props={"name": "Occupied", "fill": "#a52714"}),
         "must be numbers"),
        ("deepstate", "1692040151.geojson",
         feature_collection([[x, None] for x, _ in SQUARE]), "must be numbers"),
    ],
)  # fmt: skip
def test_maps_that_cannot_be_real(store, tmp_path, capsys, source, name, body, message):
    path = tmp_path / name
    path.write_bytes(body)
    extra = ["--time", "2023-08-01"] if source == "vector" else []
    before = dump(store)
    code, err = cli(capsys, "import", source, path, *extra, "--db", store)
    assert message in assert_one_error(code, err, str(path))
    assert dump(store) == before


# -- truncated downloads --------------------------------------------------------------
def test_a_page_cut_short_of_its_content_length(http_root, capsys):
    _root, base = http_root
    url = f"{base}/short.html"
    code, err = cli(capsys, "claims", url, "--allow-private")
    assert "Content-Length" in assert_one_error(code, err, url)


def test_a_download_cut_short_is_not_stored(store, tmp_path, http_root, capsys):
    root, base = http_root
    _mirror(root)
    full = root / "control" / "deepstate_raw" / "1711314501.geojson.gz"
    full.write_bytes(full.read_bytes()[: full.stat().st_size // 2])  # truncated
    before = dump(store)
    code, err = cli(capsys, "sync", "deepstate", "--since", "2024-03-01",
                    "--mirror", base, "--db", store)  # fmt: skip
    assert "gzip" in assert_one_error(code, err, f"{base}/control/deepstate_raw/")
    assert dump(store) == before


# -- one sentence listing thousands of figures ----------------------------------------
def test_a_sentence_of_thousands_of_figures_gives_short_quotes():
    n = 2000
    parts = [f"{i % 97 + 1} square kilometres near Village{i}" for i in range(n)]
    text = "Russian forces captured " + ", ".join(parts) + ", the ministry said."
    claims = extract_claims(text, language="en")
    assert len(claims) == n
    assert claims[0].quote.startswith("Russian forces captured 1 square kilometres")
    assert claims[-1].area_km2 == (n - 1) % 97 + 1
    # every quote is bounded (no figure is quoted with all those before it)
    assert max(len(c.quote) for c in claims) < 1000
    assert sum(len(c.quote) for c in claims) < 20 * len(text)


# -- every error line has the WHERE: WHAT shape ----------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["series", "-s", "deepstate", "--region", REGION, "--from", "2023-08-01",
         "--to", "2023-08-20", "--freq", "Y"],
        ["import", "vector", str(FIX / "1692040140.geojson")],
        ["measure", "-s", "deepstate", "--region", REGION, "--from", "2023-08-20",
         "--to", "2023-08-01"],
    ],
)  # fmt: skip
def test_errors_without_a_file_name_the_option_or_command(store, capsys, args):
    code, err = cli(capsys, *args, "--db", store)
    assert code == 2 and "Traceback" not in err
    line = err.strip()
    assert "\n" not in line and ERROR_LINE.match(line), line
    where = line.removeprefix("frontline: error: ").split(":")[0]
    assert where.startswith("--") or where in {"import", "time range"}, line


def test_bomb_module_helper_streams(tmp_path):
    """The bomb helper writes what it says (inflated size counted in a stream)."""
    bomb = write_bomb(tmp_path / "b.gz", 64 << 20)
    total, inflater = 0, zlib.decompressobj(wbits=31)
    with open(bomb, "rb") as fh:
        data = fh.read()
    while data:
        total += len(inflater.decompress(data))
        data = inflater.unused_data
        inflater = zlib.decompressobj(wbits=31)
    assert total == 64 << 20


# -- a sync killed at any write keeps snapshots and their fetch records together ---
KILLER = """
import os, signal, sys
from frontline.store import guard

target, seen, connect = int(sys.argv[1]), [0], guard.connect


def killing_connect(*args, **kwargs):
    db = connect(*args, **kwargs)

    def trace(sql):  # SQLite calls this as each statement starts
        if sql.lstrip().upper().startswith(("INSERT", "COMMIT")):
            seen[0] += 1
            if seen[0] == target:
                os.kill(os.getpid(), signal.SIGKILL)

    db.set_trace_callback(trace)
    return db


guard.connect = killing_connect
from frontline.cli import run

code = run(sys.argv[2:])
print("writes", seen[0])
sys.exit(code)
"""


def _sync_rows(db: Path) -> tuple[set, set, list]:
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchall()
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        if "snapshots" not in tables:  # killed before the schema was committed
            return set(), set(), ok
        snaps = {r[0] for r in con.execute("SELECT key FROM snapshots")}
        fetched = {r[0] for r in con.execute("SELECT key FROM fetched")}
    finally:
        con.close()
    return snaps, fetched, ok


def _content(db: Path) -> tuple[list, list]:
    """What a sync stores, without the times of the run."""
    con = sqlite3.connect(db)
    try:
        snaps = sorted(
            con.execute(
                "SELECT s.source, s.key, s.time_unix, s.sha256, l.layer, l.area_km2,"
                " l.wkb FROM snapshots s JOIN layers l ON l.snapshot_id = s.id"
            )
        )
        fetched = sorted(
            con.execute("SELECT url, sha256, size, source, key FROM fetched")
        )
    finally:
        con.close()
    return snaps, fetched


def test_sync_killed_at_every_write_never_loses_the_fetch_record(tmp_path, http_root):
    root, base = http_root
    _mirror(root)
    argv = ["sync", "deepstate", "--since", "2023-08-01", "--until", "2023-08-31",
            "--mirror", base, "--json"]  # fmt: skip
    env = {**os.environ, "FRONTLINE_HOME": str(tmp_path / "home")}

    def killer(target: int, db: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", KILLER, str(target), *argv, "--db", str(db)],
            env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    clean = tmp_path / "clean.sqlite"
    proc = killer(0, clean)  # counts the writes, kills nothing
    assert proc.returncode == 0, proc.stderr
    writes = int(proc.stdout.rsplit("writes", 1)[1])
    reference = _content(clean)
    assert len(reference[1]) == 2  # the snapshot in August and the one before
    for target in range(1, writes + 1):
        db = tmp_path / f"killed-{target}.sqlite"
        proc = killer(target, db)
        assert proc.returncode == -9, (target, proc.stderr)
        snaps, fetched, ok = _sync_rows(db)
        assert ok == [("ok",)]
        assert snaps == fetched, f"killed at write {target}: {snaps} vs {fetched}"
        assert run([*argv, "--db", str(db)]) == 0  # resume
        assert _content(db) == reference, f"killed at write {target}"
