"""The Store protocol on both backends: a real SQLite file, a real PostGIS DB."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
import shapely

from frontline.errors import FrontlineError
from frontline.instants import UTC, from_unix
from frontline.model import GREY, RU_HELD, Snapshot, SnapshotInfo
from frontline.store import open_store
from frontline.store.base import SQLStore, Store
from frontline.store.sqlite import SCHEMA_VERSION, SQLiteStore


def _snap(source: str, key: str, t: int, size: float = 1000.0) -> Snapshot:
    ru = shapely.box(0, 0, size, size)
    grey = shapely.box(size, 0, size + 10, 10)
    info = SnapshotInfo(
        source,
        key,
        from_unix(t),
        {RU_HELD: ru.area / 1e6, GREY: grey.area / 1e6},
        origin=f"/tmp/{key}.geojson",
        sha256="ab" * 32,
        meta={"era": "test", "n": 3},
    )
    return Snapshot(info, {RU_HELD: ru, GREY: grey})


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


def test_protocol_and_schema(store):
    assert isinstance(store, Store) and isinstance(store, SQLStore)
    assert store.schema_version == SCHEMA_VERSION
    tables = {"snapshots", "layers", "fetched", "corrections"}
    tables |= {"ledger_documents", "ledger_claims", "ledger_verdicts"}
    for table in tables:
        assert store.query(f"SELECT count(*) AS n FROM {table}") == [{"n": 0}]


def test_sqlite_file_is_wal(tmp_path):
    SQLiteStore(tmp_path / "db.sqlite").close()
    db = sqlite3.connect(tmp_path / "db.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_add_is_idempotent_and_roundtrips(store):
    assert store.add_snapshot(_snap("deepstate", "100", 100)) is True
    assert store.add_snapshot(_snap("deepstate", "100", 100, size=5)) is False
    assert store.has_snapshot("deepstate", "100")
    assert not store.has_snapshot("deepstate", "101")
    snap = store.load("deepstate", "100")
    assert snap.geometries[RU_HELD].equals(shapely.box(0, 0, 1000, 1000))
    assert snap.info.layers == {RU_HELD: 1.0, GREY: pytest.approx(1e-4)}
    assert snap.info.meta == {"era": "test", "n": 3}
    assert snap.info.sha256 == "ab" * 32
    assert snap.info.time == datetime(1970, 1, 1, 0, 1, 40, tzinfo=UTC)
    only = store.load("deepstate", "100", layers=[GREY])
    assert set(only.geometries) == {GREY}


def test_ordering_and_snapshot_at(store):
    for key, t in [("c", 300), ("a", 100), ("b", 200)]:
        store.add_snapshot(_snap("deepstate", key, t))
    store.add_snapshot(_snap("isw", "x", 150))
    assert [i.key for i in store.snapshots("deepstate")] == ["a", "b", "c"]
    assert [i.key for i in store.snapshots()] == ["a", "x", "b", "c"]
    assert store.sources() == ["deepstate", "isw"]
    assert store.snapshot_at("deepstate", from_unix(99)) is None
    assert store.snapshot_at("deepstate", from_unix(100)).key == "a"
    assert store.snapshot_at("deepstate", from_unix(250)).key == "b"
    naive = datetime(1970, 1, 1) + timedelta(seconds=1000)
    assert store.snapshot_at("deepstate", naive).key == "c"
    assert store.snapshot_at("isw", from_unix(1000)).key == "x"
    assert store.snapshot_at("nzz", from_unix(1000)) is None


def test_load_many_and_missing(store):
    for i in range(5):
        store.add_snapshot(_snap("s", str(i), i, size=100 * (i + 1)))
    snaps = store.load_many("s", ["3", "1", "nope"])
    assert [s.info.key for s in snaps] == ["3", "1"]
    assert snaps[0].geometries[RU_HELD].area == pytest.approx(400.0**2)
    with pytest.raises(FrontlineError, match="no snapshot s/nope"):
        store.load("s", "nope")


def test_failed_insert_leaves_store_unchanged(store):
    bad = Snapshot(
        SnapshotInfo("s", "k", from_unix(1), {RU_HELD: 1.0}),
        {RU_HELD: "not a geometry"},
    )
    with pytest.raises(TypeError):
        store.add_snapshot(bad)
    assert store.snapshots() == []
    assert store.add_snapshot(_snap("s", "k", 1)) is True


def test_fetched_records_and_reopen(db_url):
    s = open_store(db_url)
    s.record_fetch("http://h/a.gz", "/c/a.gz", "ff" * 32, 12, source="nzz", key="k")
    s.add_snapshot(_snap("nzz", "k", 5))
    s.record_fetch("http://h/a.gz", "/c/a.gz", "ee" * 32, 12, source="nzz", key="k")
    s.close()
    s2 = open_store(db_url)
    rec = s2.fetched("http://h/a.gz")
    assert rec["sha256"] == "ee" * 32 and rec["size"] == 12 and rec["key"] == "k"
    assert s2.fetched("http://h/b.gz") is None
    assert s2.keys("nzz") == {"k"}
    assert s2.delete_snapshot("nzz", "k") and not s2.has_snapshot("nzz", "k")
    s2.close()


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(FrontlineError, match="cannot open the database"):
        SQLiteStore(path)


def test_unwritable_location(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FrontlineError, match="cannot open the database"):
        SQLiteStore(blocker / "sub" / "db.sqlite")


def test_bare_path_opens_sqlite_in_a_new_directory(tmp_path):
    s = open_store(str(tmp_path / "x" / "db.sqlite"))
    assert isinstance(s, SQLiteStore)
    s.close()


def test_corrections_roundtrip(store):
    when = datetime(2024, 5, 7, 10, 30, 15, 999, tzinfo=UTC)
    first = store.add_correction(
        "d1", 10, 20, "Ravnopole", "it is Rivnopil", "web", when
    )
    naive = datetime(2024, 5, 8, 9, 0)
    second = store.add_correction("d2", 0, 4, "Kyiv", "", "api", naive)
    assert second > first
    rows = store.corrections()
    assert [r["id"] for r in rows] == [first, second]
    assert rows[0] == {
        "id": first,
        "doc_id": "d1",
        "char_start": 10,
        "char_end": 20,
        "selected_text": "Ravnopole",
        "comment": "it is Rivnopil",
        "client": "web",
        "created": "2024-05-07T10:30:15Z",
        "status": "pending",
    }
    assert rows[1]["created"] == "2024-05-08T09:00:00Z"
    assert [r["id"] for r in store.corrections(doc_id="d2")] == [second]
    assert store.corrections(status="accepted") == []
    assert len(store.corrections(doc_id="d1", status="pending")) == 1


def test_postgis_keeps_the_same_wkb_and_an_indexed_geometry(pg_url):
    s = open_store(pg_url)
    try:
        snap = _snap("deepstate", "7", 7, size=2500.0)
        s.add_snapshot(snap)
        rows = s.query(
            "SELECT l.layer, l.wkb, ST_Area(l.geom) AS area, ST_SRID(l.geom) AS srid"
            " FROM layers l ORDER BY l.layer"
        )
        by_layer = {r["layer"]: r for r in rows}
        assert bytes(by_layer[RU_HELD]["wkb"]) == shapely.to_wkb(
            snap.geometries[RU_HELD]
        )
        assert by_layer[RU_HELD]["area"] == 2500.0**2
        assert {r["srid"] for r in rows} == {990001}
        hit = s.query(
            "SELECT count(*) AS n FROM layers WHERE geom && ST_MakeEnvelope("
            "2400, 0, 2600, 5, 990001)"
        )
        assert hit == [{"n": 2}]
    finally:
        s.close()


@pytest.mark.parametrize(
    "url, message",
    [
        ("postgresql+psycopg://nobody@127.0.0.1:1/nowhere", "cannot open the database"),
        ("mysql://x/y", "unknown database URL"),
    ],
)
def test_bad_database_urls_are_one_line_errors(url, message):
    with pytest.raises(FrontlineError, match=message) as info:
        open_store(url)
    assert "\n" not in str(info.value)


def test_frontline_db_selects_postgis(pg_url, monkeypatch):
    monkeypatch.setenv("FRONTLINE_DB", pg_url)
    s = open_store()
    try:
        assert type(s).__name__ == "PostGISStore"
        assert s.sources() == []
    finally:
        s.close()


def test_a_database_without_postgis_that_the_role_cannot_extend(pg_server):
    import sqlalchemy as sa
    from pg_fixtures import _admin

    _admin(
        pg_server,
        "DROP DATABASE IF EXISTS frontline_t_plain",
        "DROP ROLE IF EXISTS frontline_t_owner",
        "CREATE ROLE frontline_t_owner LOGIN",
        "CREATE DATABASE frontline_t_plain OWNER frontline_t_owner",
    )
    url = sa.engine.make_url(pg_server).set(
        username="frontline_t_owner", password=None, database="frontline_t_plain"
    )
    try:
        with pytest.raises(FrontlineError, match="CREATE EXTENSION postgis"):
            open_store(url.render_as_string(hide_password=False))
    finally:
        _admin(
            pg_server,
            "DROP DATABASE IF EXISTS frontline_t_plain WITH (FORCE)",
            "DROP ROLE IF EXISTS frontline_t_owner",
        )
