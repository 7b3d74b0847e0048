"""measure: store-backed held/gained/lost on constructed snapshots, CLI, errors."""

from __future__ import annotations

import json

import pytest
import shapely
from test_measure_fixtures import (
    GAINED,
    GREY_1,
    GREY_2,
    HELD_1,
    HELD_2,
    LOST,
    T1,
    T2,
    demo_db,
    demo_store,
)

from frontline import query
from frontline.cli import run
from frontline.errors import FrontlineError
from frontline.geo.area import densify_geodesic, geodesic_area_km2
from frontline.geo.regions import parse_region
from frontline.instants import parse_instant


@pytest.fixture
def store(tmp_path):
    s = demo_store(tmp_path / "engine.sqlite")
    yield s
    s.close()


@pytest.fixture
def db(tmp_path, db_url):
    return demo_db(tmp_path, db_url)  # a SQLite file, then a PostGIS database


def test_measure_everywhere_exact_against_geod(store):
    m = query.measure(store, "demo", parse_region("all"), T1, T2)
    assert m.start.snapshot_id == "1" and m.end.snapshot_id == "2"
    assert m.ru_held_start_km2 == pytest.approx(geodesic_area_km2(HELD_1), rel=1e-6)
    assert m.ru_held_end_km2 == pytest.approx(geodesic_area_km2(HELD_2), rel=1e-6)
    assert m.ru_gained_km2 == pytest.approx(geodesic_area_km2(GAINED), rel=1e-6)
    assert m.ru_lost_km2 == pytest.approx(geodesic_area_km2(LOST), rel=1e-6)
    assert m.net_ru_km2 == pytest.approx(
        geodesic_area_km2(GAINED) - geodesic_area_km2(LOST), rel=1e-5
    )
    assert m.grey_start_km2 == pytest.approx(geodesic_area_km2(GREY_1), rel=1e-6)
    assert m.grey_end_km2 == pytest.approx(geodesic_area_km2(GREY_2), rel=1e-6)


def test_measure_within_region_matches_geodesic_intersections(store):
    region = parse_region("bbox:37.5,48.05,38.5,49.05")
    m = query.measure(store, "demo", region, T1, T2)
    g = region.geometry  # a lon/lat rectangle with segmentized parallels

    def ref(geom):  # snapshot edges are geodesics: densify them the same way
        return geodesic_area_km2(shapely.intersection(densify_geodesic(geom), g))

    assert m.ru_held_start_km2 == pytest.approx(ref(HELD_1), rel=1e-4)
    assert m.ru_held_end_km2 == pytest.approx(ref(HELD_2), rel=1e-4)
    assert m.ru_gained_km2 == pytest.approx(ref(GAINED), rel=1e-4)
    assert m.ru_lost_km2 == pytest.approx(ref(LOST), rel=1e-4)


def test_as_of_is_latest_at_or_before(store):
    # a bare date is the end of that UTC day: 2023-08-08 → snapshot 2 (20:00Z)
    m = query.measure(
        store,
        "demo",
        parse_region("all"),
        parse_instant("2023-08-07"),
        parse_instant("2023-08-08"),
    )
    assert (m.start.snapshot_id, m.end.snapshot_id) == ("1", "2")
    same = query.measure(
        store,
        "demo",
        parse_region("all"),
        parse_instant("2023-08-08T19:59"),
        parse_instant("2023-08-08T20:00"),
    )
    assert (same.start.snapshot_id, same.end.snapshot_id) == ("1", "2")
    # identical maps at both ends (2 and 3 share geometry) → exactly zero change
    z = query.measure(
        store, "demo", parse_region("all"), T2, parse_instant("2023-08-09")
    )
    assert z.end.snapshot_id == "3"
    assert z.ru_gained_km2 == pytest.approx(0.0, abs=1e-9)
    assert z.ru_lost_km2 == pytest.approx(0.0, abs=1e-9)


def test_no_grey_layer_gives_none(store):
    m = query.measure(store, "nogrey", parse_region("all"), T1, T2)
    assert m.grey_start_km2 is None and m.grey_end_km2 is None
    assert m.ru_gained_km2 == pytest.approx(geodesic_area_km2(GAINED), rel=1e-6)


def test_held_at_and_change_geometries(store):
    region = parse_region("all")
    held = query.held_at(store, "demo", region, T1)
    assert held == pytest.approx(geodesic_area_km2(HELD_1), rel=1e-6)
    assert query.held_at(store, "nogrey", region, T1, layer="grey") is None
    gained, lost = query.change_geometries(store, "demo", region, T1, T2)
    # lon/lat back; edges are geodesics (bowing ~0.001° from the lon/lat box)
    assert geodesic_area_km2(gained) == pytest.approx(
        geodesic_area_km2(GAINED), rel=1e-6
    )
    assert gained.hausdorff_distance(GAINED) < 0.002
    assert lost.hausdorff_distance(LOST) < 0.002


@pytest.mark.parametrize(
    "args, words",
    [
        (("nosuch", T1, T2), ["unknown source", "demo"]),
        (("demo", parse_instant("2023-07-01"), T2), ["before the first demo"]),
        (("demo", T2, T1), ["after"]),
        (("isw", T1, T2), ["no isw snapshots", "frontline import isw"]),
    ],
)
def test_measure_errors_are_one_line(store, args, words):
    source, a, b = args
    with pytest.raises(FrontlineError) as info:
        query.measure(store, source, parse_region("all"), a, b)
    msg = str(info.value)
    assert "\n" not in msg
    for w in words:
        assert w in msg


def test_cli_measure_json(db, capsys):
    code = run(
        [
            "measure",
            "--source",
            "demo",
            "--region",
            "bbox:36.5,47.5,38.5,49.5",
            "--from",
            "2023-08-01",
            "--to",
            "2023-08-08",
            "--json",
            "--db",
            db,
        ]
    )
    assert code == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["source"] == "demo"
    assert obj["from"]["requested"] == "2023-08-01T23:59:59.999999Z"
    assert obj["from"]["snapshot_id"] == "1"
    assert obj["to"]["snapshot_time"] == "2023-08-08T20:00:00Z"
    assert obj["region"]["geometry"]["type"] == "Polygon"
    assert obj["region"]["params"]["bbox"] == [36.5, 47.5, 38.5, 49.5]
    assert obj["region"]["area_km2"] > 0
    assert obj["ru_held_km2"]["from"] == pytest.approx(
        geodesic_area_km2(HELD_1), rel=1e-4
    )
    assert obj["ru_gained_km2"] == pytest.approx(geodesic_area_km2(GAINED), rel=1e-4)
    assert obj["ru_lost_km2"] == pytest.approx(geodesic_area_km2(LOST), rel=1e-4)
    assert obj["net_ru_km2"] == pytest.approx(
        obj["ru_gained_km2"] - obj["ru_lost_km2"], abs=2e-3
    )
    assert set(obj["grey_km2"]) == {"from", "to"}
    assert "attribution" in obj


def test_cli_measure_table_and_null_grey(db, capsys):
    args = ["measure", "-s", "nogrey", "--from", "2023-08-01", "--to", "2023-08-09"]
    assert run([*args, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Russian-held" in out and "gained by Russia" in out
    assert run([*args, "--db", db, "--json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["grey_km2"] == {"from": None, "to": None}
    assert obj["region"]["geometry"] is None


@pytest.mark.parametrize(
    "extra, words",
    [
        (
            ["-s", "nosuch", "--from", "2023-08-01", "--to", "2023-08-08"],
            "unknown source",
        ),
        (
            ["-s", "demo", "--from", "2022-01-01", "--to", "2023-08-08"],
            "before the first",
        ),
        (
            [
                "-s",
                "demo",
                "--from",
                "2023-08-01",
                "--to",
                "2023-08-08",
                "--region",
                "98,38,25km",
            ],
            "out of range",
        ),
        (
            ["-s", "demo", "--from", "01/08/2023", "--to", "2023-08-08"],
            "not an ISO date",
        ),
    ],
)
def test_cli_measure_bad_input_exit_2_one_line(db, capsys, extra, words):
    assert run(["measure", *extra, "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


def test_region_known_only_projected_is_still_clipped(store):
    from shapely.geometry import box

    from frontline.geo.area import to_equal_area
    from frontline.model import Region

    lonlat = box(37.0, 48.5, 38.0, 49.5)
    region = Region(geometry=None, projected=to_equal_area(lonlat), description="p")
    m = query.measure(store, "demo", region, T1, T2)
    ref = geodesic_area_km2(shapely.intersection(densify_geodesic(HELD_1), lonlat))
    assert m.ru_held_start_km2 == pytest.approx(ref, rel=1e-4)


def test_naive_datetimes_are_utc(store):
    from datetime import datetime

    naive = query.measure(
        store,
        "demo",
        parse_region("all"),
        datetime(2023, 8, 1, 21),
        datetime(2023, 8, 9),
    )
    assert (naive.start.snapshot_id, naive.end.snapshot_id) == ("1", "2")
    assert query.measurement_json(naive)["from"]["requested"] == "2023-08-01T21:00:00Z"
