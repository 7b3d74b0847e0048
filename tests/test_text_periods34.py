"""Periods, session 34 (the ``periods34`` lane, English).

"since the weekend" (``since_weekend``): from the Saturday of the latest
weekend on or before the statement day up to that day, as "since Friday"
runs from that day (CONVENTIONS: a weekday is the latest such day; a span
"since" a day ends on the statement day).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods, resolve

THURSDAY = date(2025, 3, 13)  # the weekend before: 8-9 March
SATURDAY = date(2025, 3, 8)

_SINCE_WEEKEND_EN = [
    "Russian troops have advanced 2 km near Kalynove since the weekend.",
    "Since the weekend, Ukrainian units have recaptured 6 square kilometres"
    " south of Orlivka, the brigade said.",
    "The army said its forces had taken the village of Berezove since last weekend.",
]


@pytest.mark.parametrize("text", _SINCE_WEEKEND_EN)
def test_since_the_weekend_runs_from_its_saturday(text: str) -> None:
    claims = extract_claims(text, published=THURSDAY, language="en")
    assert claims, text
    c = claims[0]
    assert c.period_start == SATURDAY
    assert c.period_end == THURSDAY


def test_since_the_weekend_said_on_a_sunday_starts_the_day_before() -> None:
    m = find_periods("gains since the weekend", "en")[0]
    assert m.kind == "since_weekend"
    sunday = date(2025, 3, 9)
    assert resolve(m, sunday) == (SATURDAY, sunday)


def test_over_the_weekend_is_still_saturday_and_sunday() -> None:
    m = find_periods("gains over the weekend", "en")[0]
    assert m.kind == "weekend"
    assert resolve(m, THURSDAY) == (SATURDAY, date(2025, 3, 9))


# "over the year" (``the_year``): 1 January to the statement day, a running
# total; in the first week of January, the year just ended, a bounded one
_OVER_THE_YEAR_EN = [
    "Russian forces have captured about 3,000 square kilometres over the year.",
    "Across the year, Ukrainian troops regained 150 sq km near Kupiansk.",
    "The army said it had taken 40 square kilometres over the course of the year.",
]


@pytest.mark.parametrize("text", _OVER_THE_YEAR_EN)
def test_over_the_year_is_the_year_to_date(text: str) -> None:
    late = date(2024, 12, 28)
    claims = extract_claims(text, published=late, language="en")
    assert claims, text
    c = claims[0]
    assert (c.period_start, c.period_end) == (date(2024, 1, 1), late)
    assert c.cumulative is True


@pytest.mark.parametrize("text", _OVER_THE_YEAR_EN)
def test_over_the_year_said_in_early_january_is_the_year_before(text: str) -> None:
    claims = extract_claims(text, published=date(2025, 1, 3), language="en")
    assert claims, text
    c = claims[0]
    assert (c.period_start, c.period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert c.cumulative is False


def test_the_year_before_is_no_year_to_date() -> None:
    assert not [
        m
        for m in find_periods("gains over the year before the war", "en")
        if m.kind == "the_year"
    ]
