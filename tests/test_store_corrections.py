"""Readers' corrections kept by the SQLite store: stored pending, filtered, kept
across a reopen, and all-or-nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from frontline.store.base import Store
from frontline.store.sqlite import SQLiteStore


def test_corrections_round_trip_and_filter(tmp_path):
    path = tmp_path / "f.sqlite"
    store = SQLiteStore(path)
    assert isinstance(store, Store)
    kyiv = timezone(timedelta(hours=3))
    first = store.add_correction(
        "doc-a",
        4,
        9,
        "Bakhm",
        "the town's name is cut",
        "127.0.0.1",
        datetime(2024, 5, 7, 12, 30, 15, 999, tzinfo=kyiv),
    )
    second = store.add_correction(
        "doc-b", 0, 3, "One", "", "10.0.0.9", datetime(2024, 5, 8, tzinfo=UTC)
    )
    assert second > first
    store.close()

    store = SQLiteStore(path)
    rows = store.corrections()
    assert [r["doc_id"] for r in rows] == ["doc-a", "doc-b"]
    assert rows[0] == {
        "id": first,
        "doc_id": "doc-a",
        "char_start": 4,
        "char_end": 9,
        "selected_text": "Bakhm",
        "comment": "the town's name is cut",
        "client": "127.0.0.1",
        "created": "2024-05-07T09:30:15Z",
        "status": "pending",
    }
    assert [r["id"] for r in store.corrections(doc_id="doc-b")] == [second]
    assert store.corrections(status="pending") == rows
    assert store.corrections(status="accepted") == []
    assert store.corrections(doc_id="nothing") == []
    store.close()
