"""series: calendar periods (UTC, Monday–Sunday weeks), rows, formats, chart."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pyarrow.parquet as pq
import pytest
from test_measure_fixtures import GAINED, LOST, demo_db, demo_store

from frontline import query
from frontline.cli import run
from frontline.errors import FrontlineError
from frontline.geo.area import geodesic_area_km2
from frontline.geo.regions import parse_region
from frontline.instants import UTC, parse_instant


def spans(a: str, b: str, freq: str) -> list[tuple[str, str]]:
    return [
        (query.iso(s), query.iso(e))
        for s, e in query.periods(parse_instant(a), parse_instant(b), freq)
    ]


def test_weeks_are_monday_to_sunday_utc():
    got = spans("2023-08-02", "2023-08-20", "W")
    assert got == [
        ("2023-07-31T00:00:00Z", "2023-08-06T23:59:59.999999Z"),
        ("2023-08-07T00:00:00Z", "2023-08-13T23:59:59.999999Z"),
        ("2023-08-14T00:00:00Z", "2023-08-20T23:59:59.999999Z"),
    ]
    for s, _ in query.periods(
        parse_instant("2023-08-02"), parse_instant("2023-08-20"), "w"
    ):
        assert s.weekday() == 0 and s.utcoffset().total_seconds() == 0


def test_days_and_months_and_cut_at_to():
    assert spans("2023-08-30", "2023-09-01", "D") == [
        ("2023-08-30T00:00:00Z", "2023-08-30T23:59:59.999999Z"),
        ("2023-08-31T00:00:00Z", "2023-08-31T23:59:59.999999Z"),
        ("2023-09-01T00:00:00Z", "2023-09-01T23:59:59.999999Z"),
    ]
    months = spans("2023-11-15", "2024-02-10T12:00", "M")
    assert [m[0][:10] for m in months] == [
        "2023-11-01",
        "2023-12-01",
        "2024-01-01",
        "2024-02-01",
    ]
    assert months[1][1] == "2023-12-31T23:59:59.999999Z"  # across the year end
    assert months[-1][1] == "2024-02-10T12:00:00Z"  # the last period cut at --to
    assert spans("2024-02-01", "2024-02-29", "M")[0][1].startswith("2024-02-29T23")


def test_bad_freq_and_order():
    with pytest.raises(FrontlineError, match="--freq"):
        query.periods(parse_instant("2023-08-01"), parse_instant("2023-08-02"), "Q")
    with pytest.raises(FrontlineError, match="after"):
        query.periods(parse_instant("2023-08-03"), parse_instant("2023-08-02"), "D")


@pytest.fixture
def store(tmp_path):
    s = demo_store(tmp_path / "series.sqlite")
    yield s
    s.close()


def test_weekly_rows_sum_to_the_whole_change(store):
    rows = query.series(
        store,
        "demo",
        parse_region("all"),
        parse_instant("2023-07-25"),
        parse_instant("2023-08-13"),
        "W",
    )
    assert [r["period_start"][:10] for r in rows] == [
        "2023-07-24",
        "2023-07-31",
        "2023-08-07",
    ]
    first, second, third = rows
    # before the first snapshot: nothing known yet
    assert first["end_snapshot_id"] is None and first["ru_held_km2"] is None
    assert first["n_snapshots"] == 0
    # week of 07-31: snapshot 1 appears; no start state, so no change
    assert second["end_snapshot_id"] == "1" and second["start_snapshot_id"] is None
    assert second["ru_gained_km2"] is None and second["n_snapshots"] == 1
    # week of 08-07: from snapshot 1 to snapshot 3 (same map as 2)
    assert (third["start_snapshot_id"], third["end_snapshot_id"]) == ("1", "3")
    assert third["n_snapshots"] == 2
    assert third["ru_gained_km2"] == pytest.approx(geodesic_area_km2(GAINED), rel=1e-5)
    assert third["ru_lost_km2"] == pytest.approx(geodesic_area_km2(LOST), rel=1e-5)
    assert third["net_ru_km2"] == pytest.approx(
        third["ru_held_km2"] - third["ru_held_start_km2"], abs=0.01
    )
    assert third["grey_km2"] > 0


def test_daily_rows_put_the_change_on_its_day(store):
    rows = query.series(
        store,
        "nogrey",
        parse_region("all"),
        parse_instant("2023-08-01"),
        parse_instant("2023-08-10"),
        "D",
    )
    assert len(rows) == 10
    moved = [r["period_start"][:10] for r in rows if r["ru_gained_km2"]]
    assert moved == ["2023-08-08"]
    assert all(r["grey_km2"] is None for r in rows)
    days_with_snapshots = [r["period_start"][:10] for r in rows if r["n_snapshots"]]
    assert days_with_snapshots == ["2023-08-01", "2023-08-08"]


def test_series_before_first_snapshot_is_an_error(store):
    with pytest.raises(FrontlineError, match="before the first"):
        query.series(
            store,
            "demo",
            parse_region("all"),
            parse_instant("2020-01-01"),
            parse_instant("2020-02-01"),
            "M",
        )


@pytest.fixture
def db(tmp_path, db_url):
    return demo_db(tmp_path, db_url)  # a SQLite file, then a PostGIS database


def test_cli_series_csv_json_parquet_and_plot(db, tmp_path, capsys):
    base = [
        "series",
        "-s",
        "demo",
        "-r",
        "bbox:36.5,47.5,38.5,49.5",
        "--from",
        "2023-07-31",
        "--to",
        "2023-08-13",
        "--freq",
        "W",
        "--db",
        db,
    ]
    assert run(base) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["period_start"][:10] for r in rows] == ["2023-07-31", "2023-08-07"]
    assert float(rows[1]["ru_gained_km2"]) == pytest.approx(
        geodesic_area_km2(GAINED), rel=1e-4
    )
    assert rows[0]["ru_gained_km2"] == ""  # unknown, not zero

    assert run([*base, "--format", "json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["freq"] == "W" and len(obj["rows"]) == 2 and obj["attribution"]

    out, png = tmp_path / "s.parquet", tmp_path / "s.png"
    assert (
        run([*base, "--format", "parquet", "--out", str(out), "--plot", str(png)]) == 0
    )
    table = pq.read_table(out)
    assert table.num_rows == 2 and "net_ru_km2" in table.column_names
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


@pytest.mark.parametrize(
    "extra, words",
    [
        (["--freq", "Q"], "--freq"),
        (["--format", "xlsx"], "--format"),
        (["--format", "parquet"], "needs --out"),
        (["--plot", "/no/such/dir/x.png"], "directory does not exist"),
    ],
)
def test_cli_series_bad_options_exit_2(db, capsys, extra, words):
    argv = [
        "series",
        "-s",
        "demo",
        "--from",
        "2023-08-01",
        "--to",
        "2023-08-09",
        "--db",
        db,
        *extra,
    ]
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err


def test_series_uses_utc_not_local_time(store, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    rows = query.series(
        store,
        "nogrey",
        parse_region("all"),
        datetime(2023, 8, 8, tzinfo=UTC),
        datetime(2023, 8, 8, 23, tzinfo=UTC),
        "D",
    )
    assert rows[0]["period_start"] == "2023-08-08T00:00:00Z"
    assert rows[0]["end_snapshot_id"] == "b"


def test_cli_series_failed_plot_writes_no_data_file(db, tmp_path, capsys):
    # regression: --out was written before the chart failed, and the error
    # showed the path as PosixPath('...')
    out = tmp_path / "rows.csv"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    plot = str(blocker / "chart.png")
    argv = ["series", "-s", "demo", "--from", "2023-08-01", "--to", "2023-08-09",
            "--out", str(out), "--plot", plot, "--db", db]  # fmt: skip
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "PosixPath" not in err and "--plot" in err
    assert not out.exists()


def test_plot_subtitle_sums_the_rows():
    from frontline.report.chart import _summary

    rows = [
        {"period_start": "2023-08-01T00:00:00Z", "period_end": "2023-08-07T23:59Z",
         "ru_gained_km2": 2.0, "ru_lost_km2": 0.5, "net_ru_km2": 1.5},
        {"period_start": "2023-08-08T00:00:00Z", "period_end": "2023-08-14T23:59Z",
         "ru_gained_km2": 1.0, "ru_lost_km2": 3.0, "net_ru_km2": -2.0},
    ]  # fmt: skip
    assert _summary(rows) == (
        "2023-08-01 – 2023-08-14: gained 3.0 km², lost 3.5 km², net -0.5 km²"
    )
