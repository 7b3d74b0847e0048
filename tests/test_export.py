"""export: layers as of T and changed polygons, read back with geopandas/pyogrio."""

from __future__ import annotations

import json

import geopandas as gpd
import pyogrio
import pytest
from test_measure_fixtures import (
    GAINED,
    GREY_1,
    HELD_1,
    LOST,
    T1,
    T2,
    demo_db,
    demo_store,
)

from frontline import query
from frontline.cli import run
from frontline.errors import FrontlineError
from frontline.geo.area import geodesic_area_km2
from frontline.geo.regions import parse_region
from frontline.sources.export import write_features


@pytest.fixture
def db(tmp_path, db_url):
    return demo_db(tmp_path, db_url)  # a SQLite file, then a PostGIS database


def read(path):
    if str(path).endswith(".parquet"):
        return gpd.read_parquet(path)
    return gpd.read_file(path)


@pytest.mark.parametrize("ext", [".gpkg", ".geojson", ".parquet"])
def test_export_layers_at_round_trip(db, tmp_path, capsys, ext):
    out = tmp_path / f"layers{ext}"
    assert (
        run(
            [
                "export",
                "-s",
                "demo",
                "--at",
                "2023-08-01",
                "--out",
                str(out),
                "--db",
                db,
            ]
        )
        == 0
    )
    assert "2 layers" in capsys.readouterr().out
    gdf = read(out)
    assert gdf.crs.to_epsg() == 4326
    by_layer = {r.layer: r for r in gdf.itertuples()}
    assert set(by_layer) == {"ru_held", "grey"}
    assert by_layer["ru_held"].snapshot_id == "1"
    assert by_layer["ru_held"].area_km2 == pytest.approx(
        geodesic_area_km2(HELD_1), rel=1e-5
    )
    assert by_layer["grey"].area_km2 == pytest.approx(
        geodesic_area_km2(GREY_1), rel=1e-5
    )
    # the geometry read back is lon/lat and measures the same
    assert geodesic_area_km2(by_layer["ru_held"].geometry) == pytest.approx(
        by_layer["ru_held"].area_km2, rel=1e-5
    )
    assert not list(tmp_path.glob(".*tmp*"))  # no temp file left behind


@pytest.mark.parametrize("ext", [".gpkg", ".geojson", ".parquet"])
def test_export_changes_round_trip(db, tmp_path, ext):
    out = tmp_path / f"changes{ext}"
    args = "export -s demo --changes 2023-08-01 2023-08-08".split()
    assert run([*args, "--out", str(out), "--db", db]) == 0
    gdf = read(out)
    assert sorted(gdf["type"]) == ["gained", "lost"]  # slivers are not polygons
    g = gdf[gdf["type"] == "gained"].iloc[0]
    lo = gdf[gdf["type"] == "lost"].iloc[0]
    assert g.area_km2 == pytest.approx(geodesic_area_km2(GAINED), rel=1e-5)
    assert lo.area_km2 == pytest.approx(geodesic_area_km2(LOST), rel=1e-5)
    assert g.geometry.centroid.y > lo.geometry.centroid.y  # gained in the north
    assert (g.from_snapshot_id, g.to_snapshot_id) == ("1", "2")


def test_export_changes_clipped_to_region(db, tmp_path):
    out = tmp_path / "c.geojson"
    args = "export -s demo --changes 2023-08-01 2023-08-08".split()
    args += ["--region", "bbox:37.0,48.5,38.0,49.5"]
    assert run([*args, "--out", str(out), "--db", db]) == 0
    fc = json.loads(out.read_text())
    assert [f["properties"]["type"] for f in fc["features"]] == ["gained"]


def test_export_is_readable_with_pyogrio_layer_name(db, tmp_path):
    out = tmp_path / "x.gpkg"
    args = ["export", "-s", "demo", "--at", "2023-08-09"]
    assert run([*args, "--out", str(out), "--db", db]) == 0
    assert [name for name, _ in pyogrio.list_layers(out)] == ["demo_2023-08-09"]


def test_export_no_change_writes_an_empty_file(db, tmp_path):
    out = tmp_path / "none.geojson"
    args = "export -s demo --changes 2023-08-08T21:00 2023-08-09".split()
    assert run([*args, "--out", str(out), "--db", db]) == 0
    assert json.loads(out.read_text())["features"] == []


@pytest.mark.parametrize(
    "args, words",
    [
        (["--at", "2023-08-01", "--out", "{tmp}/x.shp"], "unsupported extension"),
        (["--out", "{tmp}/x.gpkg"], "exactly one of"),
        (
            [
                "--at",
                "2023-08-01",
                "--changes",
                "2023-08-01",
                "2023-08-08",
                "--out",
                "{tmp}/x.gpkg",
            ],
            "exactly one of",
        ),
        (["--at", "2020-01-01", "--out", "{tmp}/x.gpkg"], "before the first"),
        (["--at", "2023-08-01", "--out", "{tmp}/no/dir/x.gpkg"], "does not exist"),
        (  # regression: the message named --from/--to
            ["--changes", "2023-08-08", "2023-08-01", "--out", "{tmp}/x.gpkg"],
            "--changes T1 2023-08-08",
        ),
    ],
)
def test_export_bad_input_exit_2_and_nothing_written(db, tmp_path, capsys, args, words):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert run(["export", "-s", "demo", *argv, "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err
    assert not list(tmp_path.glob("x.*"))


def test_failed_write_keeps_the_old_file(tmp_path):
    out = tmp_path / "keep.geojson"
    out.write_text("old")
    bad = [{"geometry": object(), "type": "gained"}]  # not a geometry
    with pytest.raises((FrontlineError, TypeError)):
        write_features(bad, out, ["type"])
    assert out.read_text() == "old"
    assert not list(tmp_path.glob(".keep*"))


def test_query_layers_at_and_changed_polygons(tmp_path):
    store = demo_store(tmp_path / "q.sqlite")
    info, feats = query.layers_at(store, "nogrey", parse_region("all"), T1)
    assert info.key == "a" and [f["layer"] for f in feats] == ["ru_held"]
    a, b, polys = query.changed_polygons(store, "demo", parse_region("all"), T1, T2)
    assert (a.key, b.key) == ("1", "2") and len(polys) == 2
    store.close()
