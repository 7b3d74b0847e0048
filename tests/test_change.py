"""The pure engine: clip, gained, lost, net on exact constructed polygons."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import box

from frontline.geo import change
from frontline.geo.area import area_km2, geodesic_area_km2, to_equal_area
from frontline.geo.regions import parse_region

# Projected boxes in metres: areas are exact.
A = box(0, 0, 10_000, 10_000)  # 100 km²
B = box(2_000, 0, 12_000, 10_000)  # shifted 2 km east


def test_compare_shift_in_metres_is_exact():
    c = change.compare(A, B)
    assert c.held_start_km2 == 100.0 and c.held_end_km2 == 100.0
    assert c.gained_km2 == pytest.approx(20.0, abs=1e-9)
    assert c.lost_km2 == pytest.approx(20.0, abs=1e-9)
    assert c.net_km2 == pytest.approx(0.0, abs=1e-9)


def test_clip_to_region_and_no_region():
    region = box(5_000, 5_000, 20_000, 20_000)
    assert area_km2(change.clip(A, region)) == pytest.approx(25.0)
    assert change.clip(A, None) is A
    assert change.clip(A, box(50_000, 50_000, 60_000, 60_000)).is_empty
    assert change.clip(None, region).is_empty
    # a region containing everything returns the geometry itself
    assert change.clip(A, box(-1, -1, 20_000, 20_000)) is A


def test_clip_skips_far_parts_and_keeps_polygons_only():
    far = box(1e6, 1e6, 1e6 + 1_000, 1e6 + 1_000)
    multi = shapely.MultiPolygon([A, far])
    touching = box(10_000, 0, 20_000, 10_000)  # shares only an edge with A
    out = change.clip(multi, touching)
    assert out.geom_type in ("Polygon", "MultiPolygon")
    assert area_km2(out) == 0.0


def test_gained_lost_identity_and_empty():
    assert change.gained(A, A).is_empty and change.lost(A, A).is_empty
    assert area_km2(change.gained(change.EMPTY, A)) == 100.0
    assert area_km2(change.lost(change.EMPTY, A)) == 0.0


def test_held_km2_of_geodesic_box_matches_geod():
    lonlat = box(36.0, 47.0, 37.0, 47.5)
    got = change.held_km2(to_equal_area(lonlat))
    assert got == pytest.approx(geodesic_area_km2(lonlat), rel=1e-4)


@pytest.mark.parametrize("lat", [45.0, 52.0])
def test_shift_north_gained_lost_exact_against_geod(lat):
    """A 1°×1° box shifted 0.05° north: gained/lost are exact geodesic strips."""
    before = to_equal_area(box(30.0, lat, 31.0, lat + 1))
    after = to_equal_area(box(30.0, lat + 0.05, 31.0, lat + 1.05))
    c = change.compare(before, after)
    gained_ref = geodesic_area_km2(box(30.0, lat + 1, 31.0, lat + 1.05))
    lost_ref = geodesic_area_km2(box(30.0, lat, 31.0, lat + 0.05))
    assert c.gained_km2 == pytest.approx(gained_ref, rel=1e-6)
    assert c.lost_km2 == pytest.approx(lost_ref, rel=1e-6)
    assert c.net_km2 == pytest.approx(gained_ref - lost_ref, rel=1e-5)


def test_clip_with_disc_region_matches_geodesic_intersection():
    held = box(37.9, 48.0, 39.0, 49.0)  # covers the east part of the disc
    region = parse_region("48.5953,38.0003,25km")
    got = area_km2(change.clip(to_equal_area(held), region.projected))
    ref = geodesic_area_km2(shapely.intersection(held, region.geometry))
    assert got == pytest.approx(ref, rel=1e-4)
    assert 0 < got < region.area_km2


def test_invalid_input_is_repaired_not_raised():
    bowtie = shapely.Polygon(
        [(0, 0), (10_000, 10_000), (10_000, 0), (0, 10_000), (0, 0)]
    )
    assert not bowtie.is_valid
    region = box(0, 0, 10_000, 5_000)
    out = change.clip(bowtie, region)
    assert out.is_valid and area_km2(out) == pytest.approx(25.0, rel=1e-6)
    g = change.gained(region, bowtie)
    assert g.is_valid and area_km2(g) == pytest.approx(25.0, rel=1e-6)
