"""Area and distance units; the primary figure wins over bracketed conversions."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims
from frontline.text.units import SQ_MI_KM2, find_quantities


@pytest.mark.parametrize(
    ("text", "lang", "km2"),
    [
        ("gained 14 sq km", "en", 14),
        ("gained 14 sq. km", "en", 14),
        ("gained 14 km²", "en", 14),
        ("gained 14 km2", "en", 14),
        ("gained 14 square kilometres", "en", 14),
        ("gained 14 square kilometers", "en", 14),
        ("gained 10 square miles", "en", 10 * SQ_MI_KM2),
        ("gained 10 sq mi", "en", 10 * SQ_MI_KM2),
        ("gained 300 hectares", "en", 3),
        ("звільнили 14 кв. км", "uk", 14),
        ("звільнили 14 кв км", "uk", 14),
        ("звільнили 14 квадратних кілометрів", "uk", 14),
        ("звільнили 200 гектарів", "uk", 2),
        ("освободили 14 квадратных километров", "ru", 14),
        ("освободили 2,5 тыс. кв. км", "ru", 2500),
    ],
)
def test_area_units_to_km2(text, lang, km2):
    qs = [q for q in find_quantities(text, lang) if q.measure == "area"]
    assert qs and qs[0].value == pytest.approx(km2)


def test_bracketed_conversion_is_not_the_primary_figure():
    qs = find_quantities("took 4 square kilometres (1.5 square miles) of land")
    assert [q.conversion for q in qs] == [False, True]
    assert qs[0].value == 4


def test_primary_figure_wins_even_when_the_conversion_is_wrong():
    text = "Ukrainian troops recaptured 80 sq km (60 sq miles) near Zorivka."
    claims = extract_claims(text, language="en")
    assert [c.area_km2 for c in claims if c.kind == "area_change"] == [80]


def test_square_miles_as_primary_unit_are_converted():
    text = "Ukrainian forces liberated more than 200 square miles this week."
    (c,) = extract_claims(text, language="en")
    assert c.area_km2 == pytest.approx(200 * SQ_MI_KM2)
    assert c.extra.get("area_as_written") == "200 square miles"


@pytest.mark.parametrize(
    ("text", "lang", "km"),
    [
        ("advanced 2.5 km", "en", 2.5),
        ("advanced 3 kilometres", "en", 3),
        ("advanced two kilometers", "en", 2),
        ("advanced 800 metres", "en", 0.8),
        ("просунулися на 1,5 км", "uk", 1.5),
        ("просунулися на кілометр", "uk", 1),
        ("продвинулись на пять километров", "ru", 5),
    ],
)
def test_distances(text, lang, km):
    qs = [q for q in find_quantities(text, lang) if q.measure == "distance"]
    assert qs and qs[0].value == pytest.approx(km)


def test_depth_versus_front_width_and_ranges():
    text = "Russian units advanced 4 km deep along a 12 km front near Zorivka."
    (c,) = extract_claims(text, language="en")
    assert c.kind == "advance" and c.distance_km == 4
    assert c.extra["front_width_km"] == 12
    text = "Ukrainian troops pushed forward 6-9 km toward Zorivka."
    (c,) = extract_claims(text, language="en")
    assert c.distance_km == 9 and c.extra["distance_range_km"] == [6, 9]


def test_distance_to_go_is_not_an_advance():
    claims = extract_claims(
        "Russian troops are now within 6 km of Zorivka.", language="en"
    )
    assert all(c.distance_km is None for c in claims)
    claims = extract_claims(
        "The village lies 12 kilometres east of Zorivka.", language="en"
    )
    assert claims == []


def test_square_metres_where_km2_is_meant_is_flagged_not_kilometres():
    (q,) = find_quantities("troops recaptured 4 square metres near Zorivka")
    assert (q.value, q.unit_typo) == (4, True)
    (q,) = find_quantities("troops recaptured 12 square kilometres near Zorivka")
    assert not q.unit_typo
