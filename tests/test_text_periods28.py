"""Periods, session 28 (the ``periods28`` lane).

- a calendar month named in its own month of publication is this year's
  month ("In December alone they gained 350 sq km", published on 31 December
  after a comparison with the year before): only a review published in
  January names last year's January by "in January" (PERIODS28 in
  ``periods._r_month``).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

NEW_YEARS_EVE = date(2025, 12, 31)

# a year-end review: the year's total, the year before, then the month
_MONTH_OF_PUBLICATION = [
    (
        "en",
        "Russian forces took about 4,700 sq km in 2025, more than in 2024. "
        "In December alone they gained some 350 square kilometres.",
    ),
    (
        "en",
        "Moscow's army seized 1,900 square miles over 2025, up from 2024. "
        "In December its troops captured 140 square miles.",
    ),
    (
        "en",
        "Ukraine lost 4,000 sq km in 2025 against 3,600 sq km in 2024. "
        "The enemy occupied 400 sq km in December.",
    ),
    (
        "uk",
        "Росія у 2025 році окупувала 4 700 км², більше, ніж у 2024 році. "
        "У грудні окупанти захопили ще 350 квадратних кілометрів.",
    ),
    (
        "uk",
        "За 2025 рік ворог захопив 4 000 км² проти 3 600 км² у 2024 році. "
        "У грудні росіяни окупували 400 км².",
    ),
    (
        "uk",
        "У 2025 році армія РФ зайняла 4 500 км², а у 2024 році — 3 600 км². "
        "Лише у грудні окупанти захопили 300 км².",
    ),
    (
        "ru",
        "За 2025 год российские войска заняли 4 700 кв. км, больше, чем в "
        "2024 году. В декабре армия РФ заняла еще 350 кв. км.",
    ),
    (
        "ru",
        "В 2025 году ВС РФ освободили 4 000 кв. км против 3 600 кв. км в "
        "2024 году. В декабре войска освободили 400 кв. км.",
    ),
    (
        "ru",
        "Российская армия в 2025 году заняла 4 500 кв. км, а в 2024 году — "
        "3 600 кв. км. Только в декабре она заняла 300 кв. км.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _MONTH_OF_PUBLICATION)
def test_a_month_named_in_its_own_month_is_this_years(lang: str, text: str) -> None:
    claims = extract_claims(text, language=lang, published=NEW_YEARS_EVE)
    december = [c for c in claims if c.period_start == date(2025, 12, 1)]
    assert december, [(c.period_text, c.period_start) for c in claims]
    (c,) = december
    assert c.kind == "area_change"
    assert c.period_end == NEW_YEARS_EVE
    assert not any(c2.period_start == date(2024, 12, 1) for c2 in claims)


def test_a_january_review_still_names_last_years_january() -> None:
    claims = extract_claims(
        "Russia took 3,900 sq km in 2024. In January they took 82 sq km.",
        language="en",
        published=date(2025, 1, 3),
    )
    january = [c for c in claims if c.period_text == "In January"]
    assert [(c.period_start, c.period_end) for c in january] == [
        (date(2024, 1, 1), date(2024, 1, 31))
    ]
