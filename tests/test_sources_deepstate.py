"""DeepState raw history: each schema era and each classification rule.

The fixtures (tests/fixtures/ingest/*.geojson, made by make_fixtures.py) are
invented boxes with the property schema of each era.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from frontline.errors import FrontlineError
from frontline.geo.area import geodesic_area_km2, to_lonlat
from frontline.instants import from_unix
from frontline.model import GREY, LIBERATED, RU_HELD
from frontline.sources import deepstate
from frontline.sources.files import read_document

FIX = Path(__file__).parent / "fixtures" / "ingest"
CRIMEA = shapely.box(33.5, 44.8, 35.5, 45.8)
ORDLO = shapely.box(38.5, 47.8, 39.5, 48.5)
BOWTIE = shapely.make_valid(
    shapely.Polygon([(36.0, 47.0), (36.4, 47.4), (36.4, 47.0), (36.0, 47.4)])
)


def _check(snap, layer, expected_lonlat):
    """Stored area and geometry agree with the geodesic area (≤0.01%)."""
    want = geodesic_area_km2(expected_lonlat)
    assert snap.info.layers[layer] == pytest.approx(want, rel=1e-4)
    back = to_lonlat(snap.geometries[layer])
    assert geodesic_area_km2(back.symmetric_difference(expected_lonlat)) < 1e-3 * want


def test_uk_only_era_spring_2022():
    snap = deepstate.from_document(read_document(FIX / "1649000000.geojson"))
    assert snap.info.key == "1649000000"
    assert snap.info.time == from_unix(1649000000)
    assert snap.info.meta["name_scheme"] == "uk_only"
    # two adjacent occupied pieces dissolve; #000000 ORDLO and Crimea (inside a
    # GeometryCollection) are Russian-held; Transnistria (#880e4f) is dropped
    ru = shapely.union_all([shapely.box(37.0, 47.0, 38.0, 47.5), ORDLO, CRIMEA])
    _check(snap, RU_HELD, ru)
    assert snap.geometries[RU_HELD].geom_type == "MultiPolygon"
    assert len(snap.geometries[RU_HELD].geoms) == 3
    _check(snap, GREY, shapely.box(38.0, 47.0, 38.2, 47.5))
    _check(snap, LIBERATED, shapely.box(30.0, 50.5, 30.5, 51.0))
    assert any("Придністров" in k for k in snap.info.meta["not_stored"])


def test_uk_en_era_2023():
    snap = deepstate.from_document(read_document(FIX / "1692040140.geojson"))
    assert snap.info.meta["name_scheme"] == "uk_en"
    # the bowtie is repaired into its two triangles; Crimea + ORDLO included
    ru = shapely.union_all([BOWTIE, shapely.box(37.0, 47.0, 37.6, 47.5), CRIMEA, ORDLO])
    _check(snap, RU_HELD, ru)
    assert snap.info.meta["processing"]["repaired"] == 1
    # the grey GeometryCollection keeps its real part, drops the Arabian Sea one
    _check(snap, GREY, shapely.box(37.6, 47.0, 37.7, 47.5))
    assert snap.info.meta["processing"]["outside_front"] == 1
    # liberated is its own layer, never Russian-held
    _check(snap, LIBERATED, shapely.box(36.5, 47.3, 36.8, 47.5))
    assert not snap.geometries[RU_HELD].intersects(snap.geometries[LIBERATED])
    # #ff5252 (Transnistria, Karelia) and the Wagner overlay are not stored
    total = sum(snap.info.layers.values())
    assert total < geodesic_area_km2(ru) + 2000
    assert any("#ce93d8" in k for k in snap.info.meta["not_stored"])


def test_geojson_key_era_2024_with_unseen_fills():
    snap = deepstate.from_document(read_document(FIX / "1711314501.geojson"))
    assert snap.info.meta["name_scheme"] == "geojson_key"
    # the #b71c1c piece classifies by its key; Tuzla is Russian-held
    ru = shapely.union_all(
        [
            shapely.box(37.0, 47.0, 37.8, 47.5),
            CRIMEA,
            shapely.box(36.5, 45.2, 36.6, 45.25),
        ]
    )
    _check(snap, RU_HELD, ru)
    _check(snap, GREY, shapely.box(37.8, 47.0, 37.9, 47.5))
    _check(snap, LIBERATED, shapely.box(36.5, 47.3, 36.8, 47.5))  # dismissed_at


@pytest.mark.parametrize(
    ("props", "layer"),
    [
        ({"fill": "#a52714", "name": "Окуповано"}, RU_HELD),
        ({"fill": "#A52714", "name": "Окуповано /// Occupied"}, RU_HELD),
        ({"fill": "#880e4f", "name": "ОРДЛО /// CADR and CALR"}, RU_HELD),
        ({"fill": "#000000", "name": "Крим"}, RU_HELD),
        (
            {"fill": "#880e4f", "name": "Острів Тузла /// Occupied Tuzla Island"},
            RU_HELD,
        ),
        ({"fill": "#bcaaa4", "name": "Під питанням"}, GREY),
        ({"fill": "#bdbdbd", "name": "Статус невідомий /// Unknown status"}, GREY),
        ({"fill": "#757575", "name": "Під питанням /// Contensed"}, GREY),
        ({"fill": "#0f9d58", "name": "Звільнено 27.08 /// Liberated 27.08"}, LIBERATED),
        ({"fill": "#0288d1", "name": "Звільнено /// Taken back"}, LIBERATED),
        ({"fill": "#01579b", "name": "x /// geoJSON.status.dismissed"}, LIBERATED),
        # dropped: jokes, Transnistria whatever its fill, unknown overlays
        ({"fill": "#ff5252", "name": "Окупована Абхазія"}, None),
        ({"fill": "#880e4f", "name": "Придністров'я"}, None),
        ({"fill": "#880e4f", "name": "Придністров'я ///\xa0Transnistria"}, None),
        ({"fill": "#a52714", "name": "x /// geoJSON.territories.transnistria"}, None),
        ({"fill": "#ce93d8", "name": "Under the control of rebels-militants"}, None),
        # unseen fills fall back to the key, then to the words of the name
        ({"fill": "#123456", "name": "a /// b /// geoJSON.status.occupied"}, RU_HELD),
        ({"fill": "#123456", "name": "a /// b /// geoJSON.territories.ordlo"}, RU_HELD),
        ({"fill": "#123456", "name": "a /// b /// geoJSON.status.unknown"}, GREY),
        ({"fill": "#123456", "name": "a /// geoJSON.territories.karelia"}, None),
        ({"fill": None, "name": "Окуповано\xa0/// Occupied"}, RU_HELD),
        ({"fill": "", "name": "Статус невідомий /// Unknown status"}, GREY),
        ({"fill": "#abcdef", "name": "Звільнено /// Liberated"}, LIBERATED),
        ({"fill": "#abcdef", "name": "Багатокутник 21"}, None),
    ],
)
def test_classification_rules(props, layer):
    assert deepstate.classify(props) == layer


def test_api_last_wrapper_and_bad_ids(tmp_path):
    body = (FIX / "1692040140.geojson").read_text("utf-8")
    wrapped = tmp_path / "last.json"
    wrapped.write_text('{"id": 1692040140, "map": ' + body + "}", "utf-8")
    snap = deepstate.from_document(read_document(wrapped))
    assert snap.info.key == "1692040140"
    with pytest.raises(FrontlineError, match="<unix-id>.geojson"):
        deepstate.key_from_path("latest.geojson")
