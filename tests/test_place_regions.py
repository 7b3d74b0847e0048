"""Place-based regions: discs, half-discs, wedges, admin units, directions."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest
import shapely

from frontline.errors import FrontlineError
from frontline.geo.area import geodesic_area_km2
from frontline.places.gazetteer import Row, build_gazetteer
from frontline.places.regions import (
    NEAR_RADIUS_KM,
    SECTOR_RADIUS_KM,
    region_for_claim,
    region_from_spec,
)
from frontline.places.resolve import Resolver


def _shared(*parts: str) -> Path:
    """A path under ../shared/data (as tests/conftest.py finds it) or skip."""
    root = Path(__file__).resolve().parents[1]
    base = Path(os.environ.get("FRONTLINE_SHARED", root.parent / "shared")) / "data"
    path = base.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real data not available: {path} is absent (needs ../shared)")
    return path


LAT, LON = 48.5953, 38.0003  # our fixture "Bakhmut"


@pytest.fixture(scope="module")
def tiny():
    rows = [
        Row(
            "test",
            "1",
            [("Бахмут", "uk")],
            LAT,
            LON,
            name="Bakhmut",
            oblast="Donetsk",
            population=70000,
        ),
        Row(
            "test", "2", [("Старомайорське", "uk")], 47.7517, 36.7937, oblast="Donetsk"
        ),
    ]
    return Resolver(build_gazetteer(rows, label="tiny"))


def _centroid_offset(region):
    c = region.geometry.centroid
    return c.y - LAT, c.x - LON


def test_disc_default_and_radius(tiny):
    r = region_from_spec("Bakhmut", resolver=tiny)
    assert r.kind == "disc" and r.params["radius_km"] == SECTOR_RADIUS_KM
    assert r.area_km2 == pytest.approx(math.pi * 25**2, rel=0.01)
    assert r.area_km2 == pytest.approx(geodesic_area_km2(r.geometry), rel=0.001)
    assert r.params["centre"] == [LAT, LON]
    r15 = region_from_spec("Bakhmut:15km", resolver=tiny)
    assert r15.area_km2 == pytest.approx(math.pi * 15**2, rel=0.01)
    near = region_from_spec("near:Bakhmut", resolver=tiny)
    assert near.params["radius_km"] == NEAR_RADIUS_KM
    assert "Bakhmut" in r.description and r.provenance


@pytest.mark.parametrize(
    ("side", "dlat_sign", "dlon_sign"),
    [("south", -1, 0), ("north", 1, 0), ("east", 0, 1), ("west", 0, -1)],
)
def test_half_disc_lies_on_its_side(tiny, side, dlat_sign, dlon_sign):
    r = region_from_spec(f"{side}-flank:Bakhmut:25km", resolver=tiny)
    assert r.kind == "half-disc" and r.params["side"] == side
    assert r.area_km2 == pytest.approx(math.pi * 25**2 / 2, rel=0.01)
    dlat, dlon = _centroid_offset(r)
    if dlat_sign:
        assert dlat * dlat_sign > 0.05 and abs(dlon) < 0.01
    else:
        assert dlon * dlon_sign > 0.05 and abs(dlat) < 0.01


def test_wedge_south_of(tiny):
    r = region_from_spec("south-of:Bakhmut:20km", resolver=tiny)
    assert r.kind == "wedge"
    assert r.area_km2 == pytest.approx(math.pi * 20**2 / 4, rel=0.01)
    dlat, dlon = _centroid_offset(r)
    assert dlat < -0.05 and abs(dlon) < 0.01
    # the wedge is inside the southern half-disc of the same radius
    half = region_from_spec("south-flank:Bakhmut:20km", resolver=tiny)
    assert shapely.difference(r.geometry, half.geometry.buffer(1e-9)).area < 1e-9


@pytest.mark.parametrize(
    "spec", ["", "Nowhere", "Bakhmut:0km", "bad:Bakhmut", "up-flank:Bakhmut", "a:b:c"]
)
def test_bad_specs_raise_one_line_errors(tiny, spec):
    with pytest.raises(FrontlineError):
        region_from_spec(spec, resolver=tiny)


def test_claim_sector_phrases(tiny):
    res = region_for_claim("southern flank of the Bakhmut sector", [], resolver=tiny)
    assert res.region.kind == "half-disc" and res.params["side"] == "south"
    res = region_for_claim("Bakhmut direction", ["Bakhmut"], resolver=tiny)
    assert res.region.kind == "disc" and res.params["radius_km"] == 25
    res = region_for_claim("Bakhmut direction", [], resolver=tiny, radius_km=35)
    assert res.params["radius_km"] == 35
    res = region_for_claim("near Bakhmut", [], resolver=tiny)
    assert res.params["radius_km"] == NEAR_RADIUS_KM
    res = region_for_claim("south of Staromaiorske", [], resolver=tiny)
    assert res.region.kind == "wedge" and res.params["place"] == "Staromaiorske"
    res = region_for_claim(None, ["Бахмута"], resolver=tiny)
    assert res.region.kind == "disc" and res.params["written"] == "Бахмута"


def test_claim_unresolvable_is_explained(tiny):
    res = region_for_claim("southern front", [], resolver=tiny)
    assert res.region is None and "unresolvable" in res.description
    res = region_for_claim(None, ["Atlantis"], resolver=tiny)
    assert res.region is None and "unknown place" in res.description
    res = region_for_claim(None, [], resolver=tiny)
    assert res.region is None
    res = region_for_claim(None, ["Kharkiv Oblast"], resolver=tiny)
    assert res.region is None and "boundary" in res.description


# ---------------------------------------------------------------- real data


@pytest.fixture(scope="module")
def real():
    from frontline.sources.gazetteer import load_resolver

    _shared("boundaries")
    return load_resolver(str(_shared("gazetteer")))


@pytest.mark.shared
@pytest.mark.slow
def test_admin_regions(real):
    donetsk = region_from_spec("oblast:Donetsk", resolver=real)
    assert donetsk.kind == "admin" and 25000 < donetsk.area_km2 < 28000
    assert donetsk.area_km2 == pytest.approx(
        geodesic_area_km2(donetsk.geometry), rel=0.002
    )
    raion = region_from_spec("raion:Bakhmut", resolver=real)
    assert raion.geometry.contains(shapely.Point(LON, LAT))
    assert raion.area_km2 < donetsk.area_km2
    hromada = region_from_spec("hromada:Soledar", resolver=real)  # contains it
    assert hromada.params["name_uk"].startswith("Соледарська")
    assert hromada.geometry.contains(shapely.Point(38.089, 48.679))
    inflected = region_for_claim(None, ["Донецької області"], resolver=real)
    assert inflected.region.params["katottg"] == donetsk.params["katottg"]
    kursk = region_for_claim(None, ["Курської області"], resolver=real)
    assert kursk.region is None and "outside" in kursk.description


@pytest.mark.shared
@pytest.mark.slow
def test_direction_and_left_bank(real):
    d = region_from_spec("direction:Bakhmut", resolver=real)
    assert d.kind == "direction" and d.geometry.contains(shapely.Point(LON, LAT))
    ru = region_for_claim("Бахмутское направление", [], resolver=real)
    assert ru.region is not None and ru.params["direction"] == "bakhmut_kramatorsk"
    uk = region_for_claim("Покровському напрямку", [], resolver=real)
    assert uk.params["direction"] == "avdiivka_pokrovsk"
    ru = region_for_claim("на Покровском направлении", [], resolver=real)
    assert ru.params["direction"] == "avdiivka_pokrovsk"
    later = region_for_claim("Південно-Слобожанському напрямку", [], resolver=real)
    assert later.params["direction"] == "kharkiv"
    abroad = region_for_claim("Курському напрямку", [], resolver=real)
    assert abroad.region is None and "across the border" in abroad.description
    near = region_for_claim("під Бахмутом", [], resolver=real)
    assert near.params["radius_km"] == 10
    bank = region_for_claim(
        "left bank of the Dnipro in Kherson oblast", [], resolver=real
    )
    quote = "conducted tasks on the left bank of the Dnipro River in the Kherson region"
    river = region_for_claim(
        None, ["Dnipro River", "Kherson region"], resolver=real, context_text=quote
    )
    assert river.region.kind == "left-bank"
    alone = region_for_claim(None, ["Oskil River"], resolver=real)
    assert alone.region is None and "river" in alone.description
    geom = bank.region.geometry
    assert geom.contains(shapely.Point(33.0694, 46.7281))  # Krynky, left bank
    assert not geom.contains(shapely.Point(32.617, 46.635))  # Kherson city
    assert geom.contains(shapely.Point(32.73, 46.51))  # Oleshky


@pytest.mark.shared
@pytest.mark.slow
def test_spec_uses_the_environment_mirror(monkeypatch):
    from frontline.sources.gazetteer import load_resolver

    monkeypatch.setenv("FRONTLINE_MIRROR", str(_shared()))  # the data root
    # the data layer loads the gazetteer; the place engine does no I/O
    with pytest.raises(FrontlineError, match="no gazetteer given"):
        region_from_spec("south-flank:Bakhmut:25km")
    r = region_from_spec("south-flank:Bakhmut:25km", resolver=load_resolver(None))
    assert r.kind == "half-disc" and abs(r.params["centre"][0] - LAT) < 0.03


def test_claim_region_uses_the_front_distance_hook():
    rows = [
        Row("test", "1", [("Андріївка", "uk")], 48.50, 37.97, oblast="Donetsk"),
        Row("test", "2", [("Андріївка", "uk")], 49.94, 37.50, oblast="Kharkiv"),
    ]
    r = Resolver(build_gazetteer(rows))

    def front(lon, lat):  # the front of the day runs through 49.9 N
        return abs(lat - 49.9) * 111.0

    res = region_for_claim(None, ["Andriivka"], resolver=r, front_distance=front)
    assert res.params["oblast"] == "Kharkiv"
    res = region_for_claim(
        None, ["Andriivka"], resolver=r, front_distance=lambda lon, lat: 0.0
    )
    assert res.region is not None
