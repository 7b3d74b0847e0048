"""The other adapters (daily, ISW, NZZ, vector) and the shared reading code."""

from __future__ import annotations

import gzip
import json
import zipfile
from datetime import datetime
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from frontline.errors import FrontlineError
from frontline.geo.area import geodesic_area_km2
from frontline.instants import UTC
from frontline.model import (
    GREY,
    RU_ADVANCES,
    RU_CLAIMED,
    RU_GAINS,
    RU_HELD,
    RU_LOSSES,
    UA_CLAIMED,
)
from frontline.sources import deepstate_daily, isw, nzz, vector
from frontline.sources.files import (
    git_blob_sha1,
    read_document,
    sha256_hex,
)

FIX = Path(__file__).parent / "fixtures" / "ingest"
CRIMEA = shapely.box(33.5, 44.8, 35.5, 45.8)
ORDLO = shapely.box(38.5, 47.8, 39.5, 48.5)
FRONT = shapely.box(37.0, 47.0, 37.8, 47.5)


def _km2(*geoms):
    return geodesic_area_km2(shapely.union_all(list(geoms)))


def test_daily_instant_is_previous_evening():
    snap = deepstate_daily.from_document(
        read_document(FIX / "deepstatemap_data_20240708.geojson")
    )
    assert snap.info.key == "20240708"
    assert snap.info.time == datetime(2024, 7, 7, 21, 0, tzinfo=UTC)
    assert snap.info.meta["downloaded"] == "2024-07-08T03:00:00Z"
    assert set(snap.geometries) == {RU_HELD}
    assert snap.info.layers[RU_HELD] == pytest.approx(_km2(FRONT, CRIMEA, ORDLO), 1e-4)
    assert deepstate_daily.key_for_time(snap.info.time) == "20240708"


def test_isw_layers_never_mixed():
    snap = isw.from_document(read_document(FIX / "20230821.geojson"))
    assert snap.info.key == "20230821"
    assert snap.info.time == datetime(2023, 8, 21, 23, 0, tzinfo=UTC)
    assert set(snap.geometries) == {RU_HELD, RU_ADVANCES, RU_CLAIMED, UA_CLAIMED}
    assert snap.info.layers[RU_HELD] == pytest.approx(_km2(FRONT, CRIMEA, ORDLO), 1e-4)
    adv = shapely.box(37.8, 47.0, 37.9, 47.5)
    assert snap.info.layers[RU_ADVANCES] == pytest.approx(_km2(adv), 1e-4)
    bowtie = shapely.make_valid(
        shapely.Polygon([(36.0, 47.0), (36.4, 47.4), (36.4, 47.0), (36.0, 47.4)])
    )
    assert snap.info.layers[RU_CLAIMED] == pytest.approx(_km2(bowtie), 1e-4)
    assert snap.info.meta["null_geometries"] == 2
    assert snap.info.meta["not_stored"] == {
        "VIEW_Reported_Ukrainian_Partisan_Warfare_V2": 1
    }
    # a renamed future version still classifies
    assert isw.layer_of("VIEW_RussiaCoTinUkraine_V4") == RU_HELD
    assert isw.layer_of("something else") is None


def test_nzz_window_end_and_change_layers():
    snap = nzz.from_document(read_document(FIX / "2023-08-21.json"))
    assert snap.info.key == "2023-08-18"  # NZZ's data date, not the request date
    assert snap.info.time == datetime(2023, 8, 18, 23, 59, 59, tzinfo=UTC)
    assert snap.info.meta["request_date"] == "2023-08-21"
    assert snap.info.meta["window_from"] == "2023-08-12"
    gains = shapely.box(37.8, 47.0, 37.9, 47.5)
    losses = shapely.box(36.9, 47.0, 37.0, 47.5)
    # held at the window end = nochange ∪ gains (losses are not held any more)
    assert snap.info.layers[RU_HELD] == pytest.approx(_km2(FRONT, ORDLO, gains), 1e-4)
    assert snap.info.layers[RU_GAINS] == pytest.approx(_km2(gains), 1e-4)
    assert snap.info.layers[RU_LOSSES] == pytest.approx(_km2(losses), 1e-4)


def _frame():
    return gpd.GeoDataFrame(
        {
            "side": ["occupied", "occupied", "contested", "ukraine"],
            "geometry": [
                shapely.box(37.0, 47.0, 37.5, 47.5),
                shapely.box(37.5, 47.0, 37.8, 47.5),
                shapely.box(37.8, 47.0, 37.9, 47.5),
                shapely.box(30.0, 50.0, 31.0, 51.0),
            ],
        },
        crs="EPSG:4326",
    )


@pytest.mark.parametrize(
    ("name", "driver"),
    [
        ("map.geojson", "GeoJSON"),
        ("map.gpkg", "GPKG"),
        ("map.fgb", "FlatGeobuf"),
        ("map.shp", "ESRI Shapefile"),
        ("map.kml", "KML"),
    ],
)
def test_vector_formats_and_mapping(tmp_path, name, driver):
    path = tmp_path / name
    frame = _frame()
    if driver in ("GPKG", "FlatGeobuf", "ESRI Shapefile"):
        frame = frame.to_crs("EPSG:3857")  # reprojected back to lon/lat on read
    frame.to_file(path, driver=driver)
    read = vector.read_vector(path)
    when = datetime(2023, 8, 21, 12, tzinfo=UTC)
    snap = vector.from_frame(
        read,
        time=when,
        source="mine",
        layer_field="side",
        mapping={"occupied": RU_HELD, "contested": GREY},
        origin=str(path),
    )
    assert snap.info.source == "mine" and snap.info.time == when
    assert snap.info.key == "20230821T120000Z"
    assert snap.info.layers[RU_HELD] == pytest.approx(_km2(FRONT), rel=1e-4)
    assert snap.info.layers[GREY] == pytest.approx(
        _km2(shapely.box(37.8, 47.0, 37.9, 47.5)), rel=1e-4
    )
    assert snap.info.meta["not_stored"] == {"ukraine": 1}


def test_vector_kmz_and_default_all_ru_held(tmp_path):
    kml = tmp_path / "doc.kml"
    _frame().to_file(kml, driver="KML")
    kmz = tmp_path / "map.kmz"
    with zipfile.ZipFile(kmz, "w") as zf:
        zf.write(kml, "doc.kml")
    snap = vector.from_frame(
        vector.read_vector(kmz), time=datetime(2023, 1, 1, tzinfo=UTC)
    )
    whole = shapely.union_all(list(_frame().geometry))
    assert snap.info.source == "vector"
    assert set(snap.geometries) == {RU_HELD}
    assert snap.info.layers[RU_HELD] == pytest.approx(geodesic_area_km2(whole), 1e-4)


def test_vector_errors(tmp_path):
    (tmp_path / "junk.gpkg").write_bytes(b"nope" * 10)
    with pytest.raises(FrontlineError, match="junk.gpkg: (not a readable|cannot)"):
        vector.read_vector(tmp_path / "junk.gpkg")
    with pytest.raises(FrontlineError, match="no attribute 'colour'"):
        vector.from_frame(
            _frame(), time=datetime(2023, 1, 1, tzinfo=UTC), layer_field="colour"
        )
    with pytest.raises(FrontlineError, match="expected VALUE=LAYER"):
        vector.parse_mapping(["occupied"])


def test_reading_gzip_encodings_and_hashes(tmp_path):
    body = (FIX / "20230821.geojson").read_bytes()
    gz = tmp_path / "20230821.geojson.gz"
    gz.write_bytes(gzip.compress(body))
    doc = read_document(gz)
    assert doc.sha256 == sha256_hex(body)  # hash of the decompressed bytes
    assert doc.data == json.loads(body)
    # a .geojson that is in fact gzip is read by its magic bytes
    odd = tmp_path / "odd.geojson"
    odd.write_bytes(gzip.compress(body))
    assert read_document(odd).data == doc.data
    # cp1251 and UTF-16 JSON are decoded
    text = json.dumps({"type": "FeatureCollection", "name": "Окуповано територія"})
    for enc in ("cp1251", "utf-16"):
        p = tmp_path / f"{enc}.json"
        p.write_bytes(text.encode(enc))
        assert read_document(p).data["name"] == "Окуповано територія"
    assert git_blob_sha1(b"hello\n") == "ce013625030ba8dba906f756967f9e9ca394464a"


def test_project_polygonal_equals_to_equal_area():
    """The vectorised densify+project gives the shared to_equal_area result."""
    from frontline.geo.area import to_equal_area
    from frontline.geo.project import project_polygonal

    shell = [(30.0, 45.0), (40.0, 45.01), (35.0, 52.0), (30.0, 45.0)]
    hole = [(33.0, 47.0), (34.0, 47.0), (34.0, 48.3), (33.0, 47.0)]
    geoms = [
        shapely.box(37.7, 48.4, 38.3, 48.8),
        shapely.Polygon(shell, [hole]),
        shapely.MultiPolygon(
            [shapely.box(30, 45, 31, 46), shapely.box(36, 47, 36.01, 47.01)]
        ),
    ]
    for g in geoms:
        want, got = to_equal_area(g), project_polygonal(g)
        assert shapely.get_num_coordinates(got) == shapely.get_num_coordinates(want)
        diff = abs(shapely.get_coordinates(got) - shapely.get_coordinates(want))
        assert diff.max() < 1e-6  # metres
        # Geod signs rings by orientation: orient (CCW shell, CW holes) first
        ref = geodesic_area_km2(shapely.orient_polygons(g))
        assert got.area == pytest.approx(ref * 1e6, rel=1e-5)
