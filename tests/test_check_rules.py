"""Issue-9 rules on constructed geometries, places and texts of our own:
settlement footprints, the contact line, homonyms ordered by the front only,
region words and the full-resolution oblasts."""

from __future__ import annotations

import math

import pytest
from shapely.geometry import Point, box

from frontline.geo.area import to_equal_area
from frontline.geo.contact import contact_line, outline
from frontline.places.footprint import (
    MIN_RADIUS_KM,
    OsmExtent,
    footprint_radius_km,
    match_extent,
    settlement_footprint,
)
from frontline.places.gazetteer import Row, build_gazetteer
from frontline.places.regions import front_ranked
from frontline.places.regionwords import region_word
from frontline.places.resolve import Resolver

# -- footprints -----------------------------------------------------------------


def test_osm_box_gives_an_ellipse_of_the_box():
    e = OsmExtent(("Testivka", "Тестівка"), 48.0, 37.0, 36.98, 47.99, 37.02, 48.01)
    geom, how = settlement_footprint(48.0, 37.0, 500, e)
    ea = to_equal_area(geom)
    box_km2 = to_equal_area(box(36.98, 47.99, 37.02, 48.01)).area / 1e6
    assert ea.area / 1e6 == pytest.approx(box_km2 * math.pi / 4, rel=0.02)
    assert "OSM settlement boundary" in how


def test_population_sizes_the_disc_when_there_is_no_osm_boundary():
    geom, how = settlement_footprint(48.0, 37.0, 30_000)
    r = footprint_radius_km(30_000)
    assert to_equal_area(geom).area / 1e6 == pytest.approx(math.pi * r * r, rel=0.02)
    assert "population 30,000" in how
    _, village = settlement_footprint(48.0, 37.0, 0)
    assert f"{MIN_RADIUS_KM:.1f} km" in village and "village core" in village


def test_extent_matched_by_name_and_distance():
    e = OsmExtent(("Andriivka",), 48.50, 37.96, 37.95, 48.49, 37.97, 48.51)
    far = OsmExtent(("Andriivka",), 49.50, 36.00, 35.99, 49.49, 36.01, 49.51)
    assert match_extent(["Andriivka"], 48.501, 37.961, [far, e]) is e
    assert match_extent(["Klishchiivka"], 48.501, 37.961, [e]) is None


# -- contact line -----------------------------------------------------------------


def test_coast_and_state_border_are_not_the_contact_line():
    # a 200 km square country; Russia holds its south-east quarter, which
    # touches the "sea" (south edge) and the "state border" (east edge)
    land = outline(box(0, 0, 200_000, 200_000))
    held = box(100_000, -3_000, 203_000, 100_000)  # drawn a bit past coast/border
    line = contact_line(held, land)
    coast_town = Point(150_000, 1_000)  # on the held coast, 50 km from the front
    assert line.distance(coast_town) / 1000 == pytest.approx(50, abs=1.5)
    assert held.boundary.distance(coast_town) / 1000 < 5  # the old, wrong edge
    front_town = Point(95_000, 50_000)
    assert line.distance(front_town) / 1000 == pytest.approx(5, abs=0.5)


# -- homonyms -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def homonyms():
    rows = [
        Row("t", "1", [("Покровськ", "uk")], 48.28, 37.18, name="Pokrovsk",
            oblast="Donetsk", population=60000, feature_code="PPL.city"),
        Row("t", "2", [("Покровське", "uk")], 48.60, 38.10, name="Pokrovske",
            oblast="Donetsk", population=300),
        Row("t", "3", [("Андріївка", "uk")], 48.50, 37.96, name="Andriivka",
            oblast="Donetsk"),
        Row("t", "4", [("Андріївка", "uk")], 50.10, 30.10, name="Andriivka",
            oblast="Kyiv", population=900),
    ]  # fmt: skip
    return Resolver(build_gazetteer(rows, label="homonyms"))


def _front_near(lat: float, lon: float):
    def distance(x: float, y: float) -> float:
        return math.hypot((y - lat) * 111, (x - lon) * 74)

    return distance


def test_front_orders_homonyms_but_never_replaces_the_name(homonyms):
    near_pokrovske = _front_near(48.60, 38.10)
    plain = homonyms.candidates("Pokrovsk")
    ranked = front_ranked(homonyms, "Pokrovsk", near_pokrovske)
    assert plain[0].name == ranked[0].name == "Pokrovsk"
    near_donetsk_andriivka = _front_near(48.50, 37.96)
    first = front_ranked(homonyms, "Andriivka", near_donetsk_andriivka)[0]
    assert (first.oblast, first.lat) == ("Donetsk", 48.50)


# -- region words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Donbas", ("UA-14", "UA-09")),
        ("Донбасі", ("UA-14", "UA-09")),
        ("the south", ("UA-23", "UA-65")),
        ("Zaporizhzhia front", ("UA-23",)),
        ("Ukraine", ()),
        ("на Украине", ()),
        ("в Україні", ()),
    ],
)
def test_region_words(text, codes):
    hit = region_word(text)
    assert hit is not None and hit[1] == codes


@pytest.mark.parametrize("text", ["Ukrainske", "Bakhmut", "southern flank", None])
def test_not_region_words(text):
    assert region_word(text) is None


# -- pushing toward a town far behind the line -----------------------------------------


def test_the_front_facing_a_far_town_is_a_band_across_the_line():
    from shapely.geometry import LineString

    from frontline.geo.contact import front_facing

    front = LineString([(0, -200_000), (0, 200_000)])
    town = Point(70_000, 30_000)  # 76 km behind the line
    band = front_facing(front, town)
    assert band.contains(Point(0, 30_000)) and not band.contains(town)
    assert not band.contains(Point(0, 80_000))  # far along the front: not facing
    assert front_facing(LineString(), town) is None
