"""Integration on the real data pack (../shared/data/control; skipped if absent).

Reference values are from control/SOURCES.md (geodesic areas computed by the
pack's author) and DeepState's published monthly figures.
"""

from __future__ import annotations

import csv
import http.server
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from frontline.ingest import ensure_snapshots, import_paths, sync
from frontline.instants import UTC, end_of_day
from frontline.model import GREY, LIBERATED, RU_HELD
from frontline.sources import deepstate_daily
from frontline.sources.deepstate import from_document
from frontline.sources.files import read_document
from frontline.store.sqlite import SQLiteStore

pytestmark = pytest.mark.shared


def _manifest(folder: Path) -> list[dict[str, str]]:
    with open(folder / "manifest.csv", newline="") as fh:
        return list(csv.DictReader(fh))


def _raw_file(folder: Path, utc_prefix: str) -> Path:
    rows = [r for r in _manifest(folder) if r["snapshot_utc"].startswith(utc_prefix)]
    assert rows, f"no snapshot {utc_prefix} in the pack"
    return folder / rows[-1]["file"]


@pytest.fixture
def store(tmp_path):
    s = SQLiteStore(tmp_path / "real.sqlite")
    yield s
    s.close()


@pytest.mark.parametrize(
    ("utc", "ru_held", "scheme"),
    [
        ("2022-04-03", 106_881, "uk_only"),
        ("2023-06-04", 109_271, "uk_en"),
        ("2023-08-06", 108_873, "uk_en"),
        ("2023-08-13T08", 108_865, "uk_en"),
        ("2023-08-20", 108_843, "uk_en"),
        ("2023-08-21", 108_840, "uk_en"),
        ("2023-08-27", 108_657, "uk_en"),
        ("2024-07-07", 109_365, "geojson_key"),
        ("2025-08-03", 114_329, "geojson_key"),
    ],
)
def test_deepstate_ru_held_matches_reference(shared, utc, ru_held, scheme):
    folder = shared("control", "deepstate_raw")
    path = _raw_file(folder, utc)
    snap = from_document(read_document(path))
    assert snap.info.layers[RU_HELD] == pytest.approx(ru_held, rel=1e-3)
    assert snap.info.meta["name_scheme"] == scheme
    row = next(r for r in _manifest(folder) if r["file"] == path.name)
    pack = {"uk_only": "uk_only", "uk_en": "uk_en", "uk_en_i18nkey": "geojson_key"}
    assert pack[row["name_scheme"]] == scheme
    # liberated ground is its own layer and never overlaps Russian-held ground
    assert snap.info.layers[LIBERATED] > 15_000
    overlap = snap.geometries[RU_HELD].intersection(snap.geometries[LIBERATED]).area
    assert overlap / 1e6 < 0.01 * snap.info.layers[LIBERATED]


@pytest.mark.parametrize("utc", ["2023-08-13T08", "2023-08-20", "2023-08-21"])
def test_deepstate_grey_zone_august_2023(shared, utc):
    path = _raw_file(shared("control", "deepstate_raw"), utc)
    snap = from_document(read_document(path))
    assert 370 <= snap.info.layers[GREY] <= 390
    assert snap.info.meta["processing"]["outside_front"] == 1  # Arabian Sea part


def test_isw_assessed_control_2023_08_21(shared, store):
    path = shared("control", "isw_nikkei", "20230821.geojson.gz")
    summary = import_paths(store, "isw", [path])
    assert summary.added == [str(path)]
    info = store.snapshot_at("isw", datetime(2023, 8, 22, tzinfo=UTC))
    assert info.key == "20230821"
    assert info.layers[RU_HELD] == pytest.approx(106_606.5, rel=1e-3)
    assert set(info.layers) == {RU_HELD, "ru_advances", "ru_claimed", "ua_claimed"}
    assert info.meta["null_geometries"] > 0


def test_nzz_losses_near_staromaiorske(shared, store):
    path = shared("control", "nzz_liveuamap", "2023-08-21.json.gz")
    import_paths(store, "nzz", [path])
    (info,) = store.snapshots("nzz")
    assert info.key == "2023-08-18" and info.meta["window_from"] == "2023-08-12"
    assert info.layers["ru_losses"] == pytest.approx(10.2 + 4.9, abs=0.3)
    assert 80_000 < info.layers[RU_HELD] < 81_000  # no Crimea in NZZ's map


def _month_end(y: int, m: int) -> datetime:
    first_next = date(y + (m == 12), m % 12 + 1, 1)
    return end_of_day(first_next - timedelta(days=1))


@pytest.mark.parametrize(
    ("year", "month", "published"),
    [(2024, 8, 363), (2024, 11, 730), (2025, 1, 325), (2025, 9, 259)],
)
def test_daily_archive_monthly_net_vs_deepstate(shared, store, year, month, published):
    folder = shared("control", "deepstate_occupied")
    prev = (year, month - 1) if month > 1 else (year - 1, 12)
    ends = [_month_end(*prev), _month_end(year, month)]
    # the files around each month end (file date = the day after the map)
    files = []
    for end in ends:
        for back in range(-1, 5):
            day = end.date() + timedelta(days=1 - back)
            p = folder / f"deepstatemap_data_{day:%Y%m%d}.geojson.gz"
            if p.exists():
                files.append(p)
    import_paths(store, "deepstate-daily", files)
    start, stop = (store.snapshot_at("deepstate-daily", t) for t in ends)
    assert stop.time.month == month  # the map of the evening of the last day
    net = stop.layers[RU_HELD] - start.layers[RU_HELD]
    assert net == pytest.approx(published, rel=0.05)


def test_sync_from_the_pack_as_local_mirror(shared, store):
    control = shared("control")
    since = datetime(2023, 8, 20, tzinfo=UTC)
    until = end_of_day(date(2023, 8, 21))
    summary = ensure_snapshots(store, "deepstate", since, until, mirror=str(control),
                               progress=False)  # fmt: skip
    keys = [i.key for i in store.snapshots("deepstate")]
    assert len(summary.added) == len(keys) >= 2
    assert store.snapshot_at("deepstate", since).time < since  # the one before
    again = ensure_snapshots(store, "deepstate", since, until, mirror=str(control),
                             progress=False)  # fmt: skip
    assert again.added == [] and not again.rejected


def test_sync_real_files_over_http(shared, store, tmp_path):
    control = shared("control")

    def handler(*a, **k):
        return http.server.SimpleHTTPRequestHandler(*a, directory=str(control), **k)

    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}"
        summary = sync(store, "isw", datetime(2023, 8, 21, tzinfo=UTC),
                       end_of_day(date(2023, 8, 21)), mirror=url)  # fmt: skip
    finally:
        httpd.shutdown()
        httpd.server_close()
    # the manifest lists the files; git blob ids verified on download
    assert summary.added == ["20230820.geojson", "20230821.geojson"]
    assert store.snapshot_at("isw", end_of_day(date(2023, 8, 21))).key == "20230821"


@pytest.mark.slow
def test_every_raw_snapshot_in_the_pack_classifies(shared):
    """Every 2nd raw file: plausible totals, era as the manifest says, no joke."""
    folder = shared("control", "deepstate_raw")
    pack = {"uk_only": "uk_only", "uk_en": "uk_en", "uk_en_i18nkey": "geojson_key"}
    previous = None
    for row in _manifest(folder)[::2]:
        snap = from_document(read_document(folder / row["file"]))
        held = snap.info.layers[RU_HELD]
        assert 100_000 < held < 126_000, row["file"]
        assert snap.info.layers.get(GREY, 0) < 10_000, row["file"]
        assert snap.info.meta["name_scheme"] == pack[row["name_scheme"]], row["file"]
        # what is left out: jokes (#ff5252), Transnistria, the Wagner overlay
        for label in snap.info.meta["not_stored"]:
            assert label.startswith(("#ff5252", "#ce93d8")) or "Придністров" in label
        if previous is not None:  # largest real move: Kharkiv, Sep 2022
            assert abs(held - previous) < 15_000, row["file"]
        previous = held


@pytest.mark.parametrize(
    "utc", ["2024-07-07", "2024-11-10", "2025-02-02", "2025-03-16", "2025-07-20"]
)
def test_daily_file_holds_the_map_of_the_previous_evening(shared, utc):
    """The instant rule of deepstate-daily, checked against the raw history.

    File D+1 equals the raw snapshot published on the evening of D, less
    Tuzla Island (about 4.3 km², which the daily archive drops).
    """
    raw = from_document(
        read_document(_raw_file(shared("control", "deepstate_raw"), utc))
    )
    day = raw.info.time.date() + timedelta(days=1)
    path = shared("control", "deepstate_occupied",
                  f"deepstatemap_data_{day:%Y%m%d}.geojson.gz")  # fmt: skip
    daily = deepstate_daily.from_document(read_document(path))
    assert daily.info.time.date() == raw.info.time.date()
    gap = raw.info.layers[RU_HELD] - daily.info.layers[RU_HELD]
    assert 3.5 < gap < 5.5
