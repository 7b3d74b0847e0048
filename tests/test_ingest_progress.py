"""Service progress is a callback: ingest calls it per file and draws nothing."""

from __future__ import annotations

import pytest
from conftest import shared_path

from frontline.ingest import import_paths
from frontline.store.sqlite import SQLiteStore


@pytest.mark.shared
def test_import_reports_each_file_to_the_callback(tmp_path, capsys):
    raw = shared_path("control", "deepstate_raw")
    files = sorted(raw.glob("*.geojson.gz"))[:2]
    steps: list[tuple[str, int, int, str]] = []
    store = SQLiteStore(tmp_path / "f.sqlite")
    summary = import_paths(
        store, "deepstate", files, progress=lambda *step: steps.append(step)
    )
    store.close()
    assert len(summary.added) == 2
    assert steps == [
        ("import deepstate", i, 2, f.name) for i, f in enumerate(files, start=1)
    ]
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
