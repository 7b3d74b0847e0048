"""Regions and places of the check on the real gazetteer and boundaries
(../shared/data; skipped when absent)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SHARED

from frontline.model import Claim, Place

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def places():
    if not (SHARED / "boundaries" / "geoBoundaries-UKR-ADM1.geojson.gz").exists():
        pytest.skip(f"real data not available: {SHARED}/boundaries (needs ../shared)")
    from frontline.check import Places

    return Places(str(SHARED))


def _claim(*names, sector=None, area=100.0):
    return Claim(
        "d", "area_change", "took 100 sq km", 0, 1, gainer="RU", area_km2=area,
        places=[Place(n) for n in names], sector=sector,
        period_end=date(2024, 3, 1),
    )  # fmt: skip


def test_an_oblast_is_measured_on_the_full_resolution_boundary(places):
    import shapely

    region, note = places.region(_claim("Sumy Oblast"), [], "in Sumy Oblast")
    assert region is not None and region.params.get("iso") == "UA-59", note
    assert "full resolution" in region.description
    assert shapely.get_num_coordinates(region.geometry) > 5000


def test_donbas_is_two_oblasts_and_a_country_is_the_whole_map(places):
    donbas, _ = places.region(_claim(sector="Donbas"), [], "")
    assert donbas is not None and donbas.params["iso"] == ["UA-14", "UA-09"]
    assert 52_000 < donbas.area_km2 < 57_000  # land 53.2k + some Azov waters
    whole, _ = places.region(_claim("на Украине"), [], "")
    assert whole is not None and whole.kind == "all"
    (country,) = places.resolve(_claim("на Украине"), "")
    assert country.lat is None  # never the village Ukrainske


def test_near_pokrovsk_in_2024_is_the_city_whatever_the_front(places):
    def near_the_coast(lon: float, lat: float) -> float:  # a hostile front hook
        return abs(lat - 47.05) * 111 + abs(lon - 37.47) * 74

    (p,) = places.resolve(_claim("Pokrovsk"), "", front_distance=near_the_coast)
    assert p.resolved_name == "Pokrovsk" and 48.2 < p.lat < 48.35
