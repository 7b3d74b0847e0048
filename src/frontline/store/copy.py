"""Copy one store into another (a team moving its SQLite file to PostGIS, or a
PostGIS database to a SQLite file to take along).

Snapshots are copied with their stored geometries and areas (the WKB decodes
and re-encodes to the same bytes), one transaction each, skipping those the
target has. Ledger documents are copied one per transaction with their claims
and verdicts, replacing the target's check of the same document. Fetch records
are replaced by the source's; corrections are added unless the target has the
same one (same document, span, text, client and time).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import SQLStore

#: Snapshots read from the source per query.
CHUNK = 10
_CORRECTION_COLS = (
    "doc_id",
    "char_start",
    "char_end",
    "selected_text",
    "comment",
    "client",
    "created",
    "status",
)


def _insert(table: str, row: dict[str, Any]) -> str:
    cols = list(row)
    return (
        f"INSERT INTO {table} ({', '.join(cols)}) "
        f"VALUES ({', '.join(':' + c for c in cols)})"
    )


def copy_snapshots(src: Any, dst: Any, say: Callable[[str], None] | None = None) -> int:
    """Every snapshot of ``src`` that ``dst`` lacks; how many were copied.

    Both stores need ``keys`` and ``load_many`` (SQLite and PostGIS have them).
    """
    n = 0
    for source in src.sources():
        have = dst.keys(source)
        keys = [i.key for i in src.snapshots(source) if i.key not in have]
        for i in range(0, len(keys), CHUNK):
            for snap in src.load_many(source, keys[i : i + CHUNK]):
                n += dst.add_snapshot(snap)
        if say and keys:
            say(f"{source}: {len(keys)} snapshots copied")
    return n


def copy_ledger(src: SQLStore, dst: SQLStore) -> int:
    """Every checked document with its claims and verdicts; how many."""
    docs = src.query("SELECT * FROM ledger_documents ORDER BY doc_id")
    for doc in docs:
        key = {"doc_id": doc["doc_id"]}
        claims = src.query("SELECT * FROM ledger_claims WHERE doc_id = :doc_id", key)
        verdicts = src.query(
            "SELECT * FROM ledger_verdicts WHERE doc_id = :doc_id", key
        )
        with dst.transaction(lock=f"ledger:{doc['doc_id']}") as sql:
            for table in ("ledger_verdicts", "ledger_claims", "ledger_documents"):
                sql.run(f"DELETE FROM {table} WHERE doc_id = :doc_id", key)
            sql.run(_insert("ledger_documents", doc), doc)
            for row in claims:
                sql.run(_insert("ledger_claims", row), row)
            for row in verdicts:
                sql.run(_insert("ledger_verdicts", row), row)
    return len(docs)


def copy_fetched(src: SQLStore, dst: SQLStore) -> int:
    """The source's fetch records, replacing the target's for the same URL."""
    rows = src.query("SELECT * FROM fetched ORDER BY url")
    with dst.transaction() as sql:
        for row in rows:
            sql.run("DELETE FROM fetched WHERE url = :url", row)
            sql.run(_insert("fetched", row), row)
    return len(rows)


def copy_corrections(src: SQLStore, dst: SQLStore) -> int:
    """Corrections the target does not have yet; how many were added."""
    cols = ", ".join(_CORRECTION_COLS)
    same = " AND ".join(f"{c} = :{c}" for c in _CORRECTION_COLS if c != "status")
    n = 0
    with dst.transaction(lock="corrections") as sql:
        for row in src.query(f"SELECT {cols} FROM corrections ORDER BY id"):
            if not sql.run(f"SELECT 1 AS x FROM corrections WHERE {same}", row):
                sql.run(_insert("corrections", row), row)
                n += 1
    return n


def copy_store(
    src: Any, dst: Any, say: Callable[[str], None] | None = None
) -> dict[str, int]:
    """Everything of ``src`` into ``dst`` (both open stores); counts copied."""
    return {
        "snapshots": copy_snapshots(src, dst, say),
        "fetched": copy_fetched(src, dst),
        "ledger_documents": copy_ledger(src, dst),
        "corrections": copy_corrections(src, dst),
    }
