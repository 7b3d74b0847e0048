"""Schema migrations (Alembic): an existing store upgrades instead of breaking."""

from __future__ import annotations

import sqlite3
import threading

import pytest
import shapely

from frontline.errors import FrontlineError
from frontline.instants import from_unix
from frontline.model import RU_HELD, Snapshot, SnapshotInfo
from frontline.store import open_store
from frontline.store.ledger import Ledger
from frontline.store.migrate import HEAD, known_revisions
from frontline.store.sqlite import SCHEMA_VERSION, SQLiteStore

# The schema frontline 0.1.0 created before the store had migrations (the
# SQLiteStore and Ledger DDL of that release, verbatim).
PRE_MIGRATION_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, key TEXT NOT NULL,
    time_unix INTEGER NOT NULL, time_iso TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL DEFAULT '{}', added_unix INTEGER NOT NULL,
    UNIQUE (source, key)
);
CREATE INDEX snapshots_source_time ON snapshots (source, time_unix);
CREATE TABLE layers (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
    layer TEXT NOT NULL, area_km2 REAL NOT NULL, wkb BLOB NOT NULL,
    PRIMARY KEY (snapshot_id, layer)
);
CREATE TABLE fetched (
    url TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL,
    size INTEGER NOT NULL, fetched_unix INTEGER NOT NULL, fetched_iso TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '', key TEXT
);
CREATE TABLE ledger_documents (
    doc_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL DEFAULT '', url TEXT,
    published TEXT, language TEXT, title TEXT, checked_iso TEXT NOT NULL,
    n_claims INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ledger_claims (
    doc_id TEXT NOT NULL REFERENCES ledger_documents (doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, kind TEXT NOT NULL, quote TEXT NOT NULL DEFAULT '',
    claimant TEXT, claimant_key TEXT NOT NULL, claimant_role TEXT, sector TEXT,
    sector_key TEXT NOT NULL, gainer TEXT, area_km2 REAL,
    cumulative INTEGER NOT NULL DEFAULT 0, negated INTEGER NOT NULL DEFAULT 0,
    period_start TEXT, period_end TEXT, anchor TEXT, region TEXT,
    record TEXT NOT NULL DEFAULT '{}', PRIMARY KEY (doc_id, idx)
);
CREATE INDEX ledger_claims_group ON ledger_claims (claimant_key, sector_key);
CREATE TABLE ledger_verdicts (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, source TEXT NOT NULL,
    verdict TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', claimed REAL,
    measured REAL, tolerance TEXT, evidence TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (doc_id, idx, source),
    FOREIGN KEY (doc_id, idx) REFERENCES ledger_claims (doc_id, idx)
        ON DELETE CASCADE
);
INSERT INTO schema_version VALUES (1);
"""
SQUARE = shapely.box(0, 0, 3000, 3000)


@pytest.fixture
def old_store(tmp_path):
    """A store as frontline 0.1.0 left it: one snapshot, a fetch, a checked claim."""
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(PRE_MIGRATION_SCHEMA)
    db.execute(
        "INSERT INTO snapshots VALUES (1, 'deepstate', '1691356872', 1691356872,"
        " '2023-08-06T21:21:12Z', 'x.geojson.gz', 'ab', '{\"era\": \"raw\"}', 0)"
    )
    db.execute(
        "INSERT INTO layers VALUES (1, ?, 9.0, ?)", (RU_HELD, shapely.to_wkb(SQUARE))
    )
    db.execute(
        "INSERT INTO fetched VALUES ('http://h/a', '/c/a', 'ff', 3, 0, "
        "'1970-01-01T00:00:00Z', 'deepstate', '1691356872')"
    )
    db.execute(
        "INSERT INTO ledger_documents VALUES ('d', '', NULL, '2023-08-14', 'en',"
        " NULL, '2023-08-14T10:00:00+00:00', 1)"
    )
    db.execute(
        "INSERT INTO ledger_claims (doc_id, idx, kind, claimant_key, sector_key,"
        " area_km2, cumulative) VALUES ('d', 0, 'area_change', 'maliar',"
        " 'bakhmut', 40.0, 1)"
    )
    db.commit()
    db.close()
    return path


def test_head_is_the_newest_shipped_revision():
    assert known_revisions()[-1] == HEAD
    assert known_revisions()[0] == "0001"


def test_a_store_without_migrations_upgrades_in_place(old_store):
    s = SQLiteStore(old_store)
    try:
        assert s.schema_version == SCHEMA_VERSION
        assert s.query("SELECT version_num FROM alembic_version") == [
            {"version_num": HEAD}
        ]
        snap = s.load("deepstate", "1691356872")
        assert snap.geometries[RU_HELD].equals(SQUARE)
        assert snap.info.meta == {"era": "raw"}
        assert s.fetched("http://h/a")["key"] == "1691356872"
        assert s.add_correction("d", 0, 3, "abc", "", "t", from_unix(0)) == 1
        with Ledger(s) as led:
            assert [c["area_km2"] for c in led.claims()] == [40.0]
        info = SnapshotInfo("deepstate", "2", from_unix(2), {RU_HELD: 9.0})
        assert s.add_snapshot(Snapshot(info, {RU_HELD: SQUARE}))
    finally:
        s.close()
    again = open_store(str(old_store))  # already current: opens without migrating
    assert again.keys("deepstate") == {"1691356872", "2"}
    again.close()


def test_a_store_from_a_newer_frontline_is_refused_untouched(old_store):
    SQLiteStore(old_store).close()
    db = sqlite3.connect(old_store)
    db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.commit()
    db.close()
    with pytest.raises(FrontlineError, match="9999 is newer than this frontline"):
        SQLiteStore(old_store)
    db = sqlite3.connect(old_store)
    assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [
        ("9999",)
    ]
    db.close()


def test_concurrent_first_opens_migrate_once(db_url):
    errors: list[BaseException] = []

    def open_close() -> None:
        try:
            open_store(db_url).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_close) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    s = open_store(db_url)
    try:
        assert s.query("SELECT version_num FROM alembic_version") == [
            {"version_num": HEAD}
        ]
        assert s.query("SELECT version FROM schema_version ORDER BY version") == [
            {"version": 1},
            {"version": 2},
        ]
    finally:
        s.close()
