"""check/sync keeps no process-wide memory: each store and each run syncs for
itself, and the caller's options are never changed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import shared_path

from frontline.check.options import CheckOptions
from frontline.check.sync import SyncMemo, coverage_span, ensure
from frontline.instants import parse_instant
from frontline.store.sqlite import SQLiteStore


@pytest.mark.shared
def test_two_stores_in_one_process_each_get_their_snapshots(tmp_path):
    mirror = shared_path("control", "deepstate_raw").parents[1]
    opts = CheckOptions(sources=("deepstate",), mirror=str(mirror))
    t = parse_instant("2023-08-14")
    window = [(t - timedelta(days=2), t)]
    for name in ("a", "b"):  # same window, same options, a new store each time
        store = SQLiteStore(tmp_path / f"{name}.sqlite")
        notes: list[str] = []
        assert ensure(store, "deepstate", window, opts, notes), notes
        assert store.snapshot_at("deepstate", t) is not None
        store.close()
    assert opts.sync is True


def test_a_failed_sync_leaves_the_options_alone(tmp_path):
    opts = CheckOptions(sources=("deepstate",), mirror=str(tmp_path / "no-mirror"))
    store = SQLiteStore(tmp_path / "f.sqlite")
    t = parse_instant("2023-08-14")
    notes: list[str] = []
    memo = SyncMemo()
    ok = ensure(store, "deepstate", [(t - timedelta(days=2), t)], opts, notes, memo)
    assert not ok and "could not sync" in notes[0]
    assert opts.sync is True and memo.ensured == set()
    assert coverage_span(store, "deepstate", opts, memo) is None
    store.close()
