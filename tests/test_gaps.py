"""A period, instant or mirror with no data is a gap or an error, never a zero."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from test_measure_fixtures import demo_db, demo_store

from frontline import query
from frontline.cli import run
from frontline.geo.regions import parse_region
from frontline.instants import parse_instant


@pytest.fixture
def store(tmp_path):
    s = demo_store(tmp_path / "gaps.sqlite")
    yield s
    s.close()


def test_weeks_without_a_snapshot_are_gaps_not_zero(store):
    rows = query.series(
        store, "demo", parse_region("all"),
        parse_instant("2023-08-07"), parse_instant("2023-08-27"), "W",
    )  # fmt: skip
    assert [r["n_snapshots"] for r in rows] == [2, 0, 0]
    assert rows[0]["ru_gained_km2"] > 0
    for r in rows[1:]:  # the map of 9 Aug carried over would read as "no change"
        assert r["end_snapshot_id"] == "3"
        for k in ("ru_held_km2", "ru_gained_km2", "ru_lost_km2", "net_ru_km2"):
            assert r[k] is None, k
    assert query.gaps(rows) == rows[1:]


def test_since_keeps_older_snapshots_out_of_the_first_period(store):
    args = (store, "demo", parse_region("all"), parse_instant("2023-08-07"),
            parse_instant("2023-08-13"), "W")  # fmt: skip
    whole = query.series(*args)[0]
    assert whole["start_snapshot_id"] == "1" and whole["ru_gained_km2"] > 0
    span_only = query.series(*args, since=parse_instant("2023-08-05"))[0]
    assert span_only["start_snapshot_id"] is None
    assert span_only["ru_gained_km2"] is None and span_only["ru_held_km2"] > 0


SERIES = ["series", "--source", "demo", "--from", "2023-08-07", "--to", "2023-08-27"]


def test_cli_series_csv_json_parquet_leave_gaps_empty(tmp_path, capsys):
    db = demo_db(tmp_path)
    assert run([*SERIES, "--db", db]) == 0
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["ru_gained_km2"] for r in rows][1:] == ["", ""]
    assert "warning: 2 of 3 periods have no snapshot" in err
    assert "2023-08-14, 2023-08-21" in err and "--mirror" in err
    assert run([*SERIES, "--db", db, "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [r["net_ru_km2"] for r in doc["rows"]][1:] == [None, None]
    pq_path = tmp_path / "s.parquet"
    assert run([*SERIES, "--db", db, "--format", "parquet", "--out", str(pq_path)]) == 0
    table = pq.read_table(pq_path).to_pydict()
    assert table["ru_held_km2"][1:] == [None, None]


def test_cli_export_at_warns_when_the_snapshot_is_far_older(tmp_path, capsys):
    db = demo_db(tmp_path)
    out = tmp_path / "x.geojson"
    args = ["export", "--source", "demo", "--db", db, "--out", str(out)]
    assert run([*args, "--at", "2023-08-10"]) == 0
    assert "warning" not in capsys.readouterr().err
    assert run([*args, "--at", "2024-03-01"]) == 0
    err = capsys.readouterr().err
    assert "warning: --at: the latest demo snapshot stored is from 2023-08-09" in err
    assert "205 days before 2024-03-01" in err


@pytest.mark.parametrize(
    "cmd",
    [
        ["measure", "--source", "demo", "--from", "2023-08-01", "--to", "2023-08-09"],
        SERIES,
        ["export", "--source", "demo", "--at", "2023-08-09", "--out", "x.geojson"],
    ],
)
def test_a_mirror_that_does_not_exist_is_an_error(tmp_path, capsys, cmd):
    db = demo_db(tmp_path)
    missing = str(tmp_path / "no-such-mirror")
    assert run([*cmd, "--db", db, "--mirror", missing]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        f"frontline: error: --mirror {missing}: mirror directory does not exist"
    ]


def test_exports_cite_their_source_and_name_layers_by_source_and_date(tmp_path):
    import geopandas as gpd
    import pyogrio

    db = demo_db(tmp_path)
    base = ["export", "--source", "demo", "--db", db]
    gj, gpkg, parquet = (tmp_path / f"c.{x}" for x in ("geojson", "gpkg", "parquet"))
    changes = ["--changes", "2023-08-01", "2023-08-08"]
    for out in (gj, gpkg, parquet):
        assert run([*base, *changes, "--out", str(out)]) == 0
    doc = json.loads(gj.read_text())
    assert doc["name"] == "demo_changes_2023-08-01_2023-08-08"  # not a temp name
    props = [f["properties"] for f in doc["features"]]
    assert {(p["type"], p["gained_by"]) for p in props} == {
        ("gained", "ru"),
        ("lost", "ua"),
    }
    assert all(p["attribution"] == "demo" for p in props)
    assert [n for n, _ in pyogrio.list_layers(gpkg)] == [doc["name"]]
    table = pq.read_table(parquet)
    assert str(table.schema.field("from_time").type).startswith("timestamp[")
    assert str(table.schema.field("from_time").type).endswith("tz=UTC]")
    frame = gpd.read_parquet(parquet)
    assert frame["to_time"].iloc[0].isoformat() == "2023-08-08T20:00:00+00:00"
    assert set(frame["attribution"]) == {"demo"}


@pytest.mark.shared
def test_series_with_a_mirror_syncs_the_span_and_without_leaves_gaps(
    tmp_path, capsys, shared
):
    mirror = str(shared("control").parent)
    db = f"sqlite:///{tmp_path / 'm.sqlite'}"
    span = ["series", "--source", "deepstate-daily", "--freq", "M", "--db", db,
            "--format", "json"]  # fmt: skip
    # without a mirror: only August is stored, the next months are gaps
    assert run(["sync", "deepstate-daily", "--from", "2024-08-01", "--to",
                "2024-08-31", "--mirror", mirror, "--db", db]) == 0  # fmt: skip
    capsys.readouterr()
    assert run([*span, "--from", "2024-08-01", "--to", "2024-10-31"]) == 0
    out, err = capsys.readouterr()
    rows = json.loads(out)["rows"]
    assert rows[0]["net_ru_km2"] > 0
    assert [r["net_ru_km2"] for r in rows[1:]] == [None, None]
    assert "2 of 3 periods have no snapshot" in err and "--mirror" in err
    # with the mirror: the months the span reads are synced, no gap is left
    assert run([*span, "--from", "2024-08-01", "--to", "2024-10-31",
                "--mirror", mirror]) == 0  # fmt: skip
    out, err = capsys.readouterr()
    rows = json.loads(out)["rows"]
    assert all(r["n_snapshots"] > 0 and r["net_ru_km2"] > 0 for r in rows), rows
    assert "warning" not in err
