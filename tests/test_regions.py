"""Region specs: discs, boxes, files, 'all', and one-line errors on bad specs."""

from __future__ import annotations

import json

import pytest
import shapely
from shapely.geometry import box, mapping

from frontline.errors import FrontlineError
from frontline.geo.area import area_km2, geodesic_area_km2, to_equal_area
from frontline.geo.regions import parse_region
from frontline.geo.shapes import geodesic_disc
from frontline.regionspec import load_region


def test_disc_in_km_and_m_is_a_geodesic_disc():
    r = parse_region("48.5953,38.0003,25km")
    assert r.kind == "disc"
    assert r.params["radius_km"] == 25.0
    assert r.params["center"] == [48.5953, 38.0003]
    ref = geodesic_area_km2(geodesic_disc(48.5953, 38.0003, 25))
    assert r.area_km2 == pytest.approx(ref, rel=1e-4)
    assert r.area_km2 == pytest.approx(3.14159265 * 625, rel=1e-3)
    m = parse_region(" 48.5953 , 38.0003 , 2500m ")
    assert m.params["radius_km"] == pytest.approx(2.5)
    assert parse_region("48.5953,38.0003,25").params["radius_km"] == 25.0


@pytest.mark.parametrize(
    "spec",
    [
        "bbox:33.0,44.6,34.5,45.4",  # Crimea, near 45°N
        "bbox:24.0,51.6,26.0,52.2",  # Volyn, near 52°N
        "bbox:37.7,48.4,38.3,48.8",  # Bakhmut box
    ],
)
def test_bbox_area_agrees_with_geodesic_within_0_01_percent(spec):
    r = parse_region(spec)
    assert r.kind == "bbox"
    # the box is a lon/lat rectangle; its geometry follows the parallels
    assert geodesic_area_km2(r.geometry) == pytest.approx(r.area_km2, rel=1e-4)
    w, s, e, n = r.params["bbox"]
    assert r.geometry.bounds == pytest.approx((w, s, e, n))


@pytest.mark.parametrize("lat", [45.0, 52.0])
def test_disc_near_45_and_52_north_within_0_01_percent(lat):
    r = parse_region(f"{lat},30.0,40km")
    assert r.area_km2 == pytest.approx(geodesic_area_km2(r.geometry), rel=1e-4)


def test_all_has_no_geometry():
    r = parse_region("ALL")
    assert r.kind == "all" and r.geometry is None and r.projected is None


def _write(path, obj):
    path.write_text(json.dumps(obj))
    return str(path)


def test_geojson_file_forms_are_unioned(tmp_path):
    a, b = box(37.0, 48.0, 37.5, 48.5), box(37.4, 48.0, 38.0, 48.5)
    expected = area_km2(to_equal_area(shapely.union(a, b)))
    fc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"n": 1}, "geometry": mapping(a)},
            {"type": "Feature", "properties": {"n": 2}, "geometry": mapping(b)},
        ],
    }
    r = load_region(_write(tmp_path / "two.geojson", fc))
    assert r.kind == "file"
    assert r.area_km2 == pytest.approx(expected, rel=1e-9)
    feat = {"type": "Feature", "properties": {}, "geometry": mapping(a)}
    assert load_region(_write(tmp_path / "f.json", feat)).area_km2 == pytest.approx(
        area_km2(to_equal_area(a)), rel=1e-9
    )
    multi = mapping(shapely.MultiPolygon([a, box(38.5, 48.0, 39.0, 48.5)]))
    r = load_region(_write(tmp_path / "m.geojson", multi))
    assert len(shapely.get_parts(r.geometry)) == 2


def test_self_intersecting_file_polygon_is_repaired(tmp_path):
    bowtie = {
        "type": "Polygon",
        "coordinates": [[[37, 48], [38, 49], [38, 48], [37, 49], [37, 48]]],
    }
    r = load_region(_write(tmp_path / "bowtie.geojson", bowtie))
    assert r.geometry.is_valid and r.area_km2 > 0


def one_line_error(spec: str) -> str:
    with pytest.raises(FrontlineError) as info:
        load_region(spec)
    msg = str(info.value)
    assert "\n" not in msg
    return msg


@pytest.mark.parametrize(
    "spec, words",
    [
        ("98.5,38.0,25km", ["out of range", "swapped"]),
        ("38.0003,48.5953,25km", ["swapped"]),
        ("48.5,38.0,0km", ["radius must be positive"]),
        ("48.5,38.0,-5km", ["radius must be positive"]),
        ("48.5,38.0,99999km", ["too large"]),
        ("48.5,38.0,25 miles", ["LAT,LON,RADIUS"]),
        ("bbox:38.3,48.4,37.7,48.8", ["west", "east"]),
        ("bbox:37.7,48.8,38.3,48.4", ["south", "north"]),
        ("bbox:37.7,48.4,38.3", ["bbox:W,S,E,N"]),
        ("bbox:48.4,37.7,48.8,38.3", ["swapped"]),
        ("bbox:37.7,98.4,38.3,99.8", ["latitude", "out of range"]),
        ("", ["empty"]),
    ],
)
def test_bad_specs_are_one_line_errors(spec, words):
    msg = one_line_error(spec)
    for w in words:
        assert w in msg


def test_missing_and_bad_files(tmp_path):
    assert "file not found" in one_line_error(str(tmp_path / "nope.geojson"))
    bad = tmp_path / "bad.geojson"
    bad.write_text("this is not json")
    assert "not a GeoJSON" in one_line_error(str(bad))
    pts = tmp_path / "pts.geojson"
    pts.write_text(json.dumps({"type": "Point", "coordinates": [37.0, 48.0]}))
    assert "no Polygon" in one_line_error(str(pts))
    merc = tmp_path / "merc.geojson"
    merc.write_text(json.dumps(mapping(box(4.1e6, 6.1e6, 4.2e6, 6.2e6))))
    assert "out of lon/lat range" in one_line_error(str(merc))


def test_unknown_words_go_to_the_place_engine_or_fail_clearly():
    try:
        import frontline.places.regions  # noqa: F401
    except ModuleNotFoundError:
        msg = one_line_error("somewhere over the rainbow 123")
        assert "bbox:W,S,E,N" in msg and "LAT,LON,RADIUS" in msg
    else:  # handed over to the place engine, which rejects a nameless spec
        msg = one_line_error("oblast:")
        assert "region" in msg


def test_file_with_a_declared_projected_crs_is_reprojected(tmp_path):
    import numpy as np
    from pyproj import Transformer

    tr = Transformer.from_crs(4326, 3857, always_xy=True)
    lonlat = shapely.segmentize(box(37.0, 48.0, 37.5, 48.5), 0.01)
    merc = shapely.transform(lonlat, lambda xy: np.column_stack(tr.transform(*xy.T)))
    fc = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
        "features": [{"type": "Feature", "properties": {}, "geometry": mapping(merc)}],
    }
    r = load_region(_write(tmp_path / "merc.geojson", fc))
    assert r.geometry.bounds == pytest.approx((37.0, 48.0, 37.5, 48.5))
    assert r.area_km2 == pytest.approx(geodesic_area_km2(lonlat), rel=1e-4)


def test_region_file_with_lat_lon_swapped_is_an_error(tmp_path):
    # regression: a [lat, lon] GeoJSON polygon was taken as lying in Iran
    path = tmp_path / "swapped.geojson"
    path.write_text(json.dumps(mapping(box(48.4, 37.7, 48.8, 38.3))))
    with pytest.raises(FrontlineError, match="swapped") as err:
        load_region(str(path))
    assert "\n" not in str(err.value)
    path.write_text(json.dumps(mapping(box(37.7, 48.4, 38.3, 48.8))))
    assert load_region(str(path)).area_km2 == pytest.approx(1968.4, abs=0.1)


def test_the_geometry_engine_reads_no_files_and_loads_no_places(tmp_path):
    """geo parses shapes; files and names are loaded by frontline.regionspec
    and handed in (data flows one way: sources → engines)."""
    import ast
    from pathlib import Path

    import frontline.geo

    for path in Path(frontline.geo.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = [
            n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
        ] + [a.name for n in ast.walk(tree) if isinstance(n, ast.Import)
             for a in n.names]  # fmt: skip
        names = [m.removeprefix("frontline.") for m in imported]
        bad = [m for m in names if m.split(".")[0] in BELOW_GEO or m == "importlib"]
        assert not bad, f"{path.name} imports {bad}"
    spec = _write(tmp_path / "one.geojson", mapping(box(37.0, 48.0, 37.5, 48.5)))
    with pytest.raises(FrontlineError, match="not a shape"):
        parse_region(spec)
    assert load_region(spec).kind == "file"


BELOW_GEO = ("sources", "places", "store", "check", "cli", "api")
"""Packages the geometry engine must not import (relative imports)."""
