"""Periods, session 28 (the ``periods28`` lane).

- a calendar month named in its own month of publication is this year's
  month ("In December alone they gained 350 sq km", published on 31 December
  after a comparison with the year before): only a review published in
  January names last year's January by "in January" (PERIODS28 in
  ``periods._r_month``);
- a time past a compared figure ("holds 600 sq km, down from 1,300 sq km in
  August", "проти 1 200 км² у вересні", "по сравнению с 1 200 кв. км в
  сентябре") is that figure's: the claim before it is told as of the
  statement (PERIODS28 in ``dating._period_for``), while an approximate
  figure ("and more than 100 sq km over the past five days") still shares
  the time after it.

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


JANUARY_THIRD = date(2025, 1, 3)

# a size held now, compared with a size held in a month before
_COMPARED_FIGURE = [
    (
        "en",
        "Ukraine still holds around 800 sq km of Russia's Kursk region, Kyiv "
        "says, down from a peak of 1,376 sq km claimed in late August.",
        800.0,
    ),
    (
        "en",
        "Ukraine still controls about 600 sq km in the Kursk region, down from "
        "1,300 sq km in August.",
        600.0,
    ),
    (
        "en",
        "The Ukrainian foothold in Kursk had shrunk to roughly 500 sq km, "
        "compared with about 1,200 sq km in September.",
        500.0,
    ),
    (
        "uk",
        "Сили оборони утримують близько 800 км² Курської області, порівняно з "
        "1 300 км² у серпні.",
        800.0,
    ),
    (
        "uk",
        "Під контролем ЗСУ залишається 600 км² Курщини проти 1 200 км² у вересні.",
        600.0,
    ),
    (
        "uk",
        "ЗСУ контролюють 500 км² у Курській області порівняно з 1 100 км² у жовтні.",
        500.0,
    ),
    (
        "ru",
        "ВСУ удерживают около 800 кв. км Курской области против 1 300 кв. км в "
        "августе.",
        800.0,
    ),
    (
        "ru",
        "Под контролем ВСУ остается 600 кв. км, по сравнению с 1 200 кв. км в "
        "сентябре.",
        600.0,
    ),
    (
        "ru",
        "ВСУ контролируют 500 кв. км в Курской области против 1 100 кв. км в октябре.",
        500.0,
    ),
]


@pytest.mark.parametrize(("lang", "text", "held"), _COMPARED_FIGURE)
def test_a_time_past_a_compared_figure_is_that_figures(
    lang: str, text: str, held: float
) -> None:
    claims = extract_claims(text, language=lang, published=JANUARY_THIRD)
    (c,) = [c for c in claims if c.area_km2 == held]
    assert c.kind == "area_change"
    assert c.period_text is None
    assert (c.period_start, c.period_end) == (None, JANUARY_THIRD)
    assert c.cumulative


# an approximate figure ("more than", "більше ніж", "более чем") is no
# compared one: the time after it dates both claims
_APPROXIMATE_FIGURE = [
    (
        "en",
        "The ministry said its troops had retaken 12 settlements and more than "
        "100 square kilometres over the past five days.",
    ),
    (
        "uk",
        "Міноборони заявило, що війська звільнили 12 населених пунктів і "
        "більше ніж 100 квадратних кілометрів за останні п'ять днів.",
    ),
    (
        "ru",
        "В Минобороны заявили, что войска освободили 12 населенных пунктов и "
        "более чем 100 квадратных километров за последние пять суток.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _APPROXIMATE_FIGURE)
def test_an_approximate_figure_shares_the_time_after_it(lang: str, text: str) -> None:
    claims = extract_claims(text, language=lang, published=JANUARY_THIRD)
    assert {c.kind for c in claims} >= {"area_change", "settlement_control"}
    for c in claims:
        assert (c.period_start, c.period_end) == (
            date(2024, 12, 29),
            date(2025, 1, 2),
        ), (c.kind, c.period_text)
