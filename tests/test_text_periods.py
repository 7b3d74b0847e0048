"""Time expressions resolved with the CONVENTIONS table (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods, resolve

WED = date(2024, 3, 6)  # a Wednesday


def _resolve(text: str, lang: str = "en", published: date | None = WED):
    (m,) = [p for p in find_periods(text, lang)][:1]
    return resolve(m, published)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("gains made last week", "en", date(2024, 2, 26), date(2024, 3, 3)),
        ("over the past week", "en", date(2024, 2, 28), date(2024, 3, 5)),
        ("this week", "en", date(2024, 3, 4), date(2024, 3, 6)),
        ("in the past two weeks", "en", date(2024, 2, 21), date(2024, 3, 5)),
        ("since the beginning of the year", "en", date(2024, 1, 1), WED),
        ("this year", "en", date(2024, 1, 1), WED),
        ("in February", "en", date(2024, 2, 1), date(2024, 2, 29)),
        ("in November", "en", date(2023, 11, 1), date(2023, 11, 30)),
        ("in August 2022", "en", date(2022, 8, 1), date(2022, 8, 31)),
        ("on Feb. 12", "en", date(2024, 2, 12), date(2024, 2, 12)),
        ("on 3 March", "en", date(2024, 3, 3), date(2024, 3, 3)),
        ("yesterday", "en", date(2024, 3, 5), date(2024, 3, 5)),
        ("минулого тижня", "uk", date(2024, 2, 26), date(2024, 3, 3)),
        ("за тиждень", "uk", date(2024, 2, 28), date(2024, 3, 5)),
        ("з початку року", "uk", date(2024, 1, 1), WED),
        ("у лютому", "uk", date(2024, 2, 1), date(2024, 2, 29)),
        ("2 березня", "uk", date(2024, 3, 2), date(2024, 3, 2)),
        ("на прошлой неделе", "ru", date(2024, 2, 26), date(2024, 3, 3)),
        ("за неделю", "ru", date(2024, 2, 28), date(2024, 3, 5)),
        ("с начала года", "ru", date(2024, 1, 1), WED),
        ("в январе", "ru", date(2024, 1, 1), date(2024, 1, 31)),
        ("5 марта", "ru", date(2024, 3, 5), date(2024, 3, 5)),
        ("4 числа", "ru", date(2024, 3, 4), date(2024, 3, 4)),
        ("from Feb. 26 to March 1", "en", date(2024, 2, 26), date(2024, 3, 1)),
        ("з 26 лютого по 1 березня", "uk", date(2024, 2, 26), date(2024, 3, 1)),
        ("с 10 по 16 февраля", "ru", date(2024, 2, 10), date(2024, 2, 16)),
        ("over the weekend", "en", date(2024, 3, 2), date(2024, 3, 3)),
        ("in the summer of 2023", "en", date(2023, 6, 1), date(2023, 8, 31)),
        ("since June", "en", date(2023, 6, 1), WED),
        ("з початку лютого", "uk", date(2024, 2, 1), WED),
        ("за весь 2023 рік", "uk", date(2023, 1, 1), date(2023, 12, 31)),
        ("за январь", "ru", date(2024, 1, 1), date(2024, 1, 31)),
        ("станом на 01.03.2024", "uk", date(2024, 3, 1), date(2024, 3, 1)),
        ("in the past 24 hours", "en", date(2024, 3, 5), date(2024, 3, 5)),
    ],
)
def test_resolution_table(text, lang, start, end):
    assert _resolve(text, lang) == (start, end)


def test_relative_expressions_stay_unresolved_without_a_publication_date():
    assert _resolve("last week", published=None) == (None, None)
    assert _resolve("in May", published=None) == (None, None)
    # a fully written date needs no publication date
    assert _resolve("on Feb. 24, 2022", published=None) == (
        date(2022, 2, 24),
        date(2022, 2, 24),
    )


def test_statement_weekday_moves_the_reference_day():
    text = (
        "The minister said on Friday that this week alone Ukrainian troops "
        "liberated 40 square kilometres near Zorivka."
    )
    (c,) = extract_claims(text, published=date(2024, 3, 9), language="en")
    assert (c.period_start, c.period_end) == (date(2024, 3, 4), date(2024, 3, 8))


def test_running_totals_versus_increments():
    pub = date(2024, 3, 6)
    total = extract_claims(
        "In total, Ukrainian forces have liberated 90 square kilometres since the "
        "start of the counteroffensive.",
        published=pub,
        language="en",
    )
    assert total[0].cumulative and total[0].period_start is None
    assert total[0].period_end == pub
    week = extract_claims(
        "In total, Ukrainian forces liberated 9 square kilometres within a week.",
        published=pub,
        language="en",
    )
    assert not week[0].cumulative
    months = extract_claims(
        "Russian forces took 410 square kilometres in January and 380 square "
        "kilometres in February.",
        published=pub,
        language="en",
    )
    assert [(c.area_km2, c.period_start.month) for c in months] == [(410, 1), (380, 2)]
    assert not any(c.cumulative for c in months)


def test_dated_settlement_list_gives_one_claim_per_date():
    text = (
        "3 березня під контроль взято село Зорівка, 4 числа - Степанівку "
        "Донецької області."
    )
    claims = extract_claims(text, published=WED, language="uk")
    assert [(c.places[0].name, c.period_start) for c in claims] == [
        ("Зорівка", date(2024, 3, 3)),
        ("Степанівку", date(2024, 3, 4)),
    ]
