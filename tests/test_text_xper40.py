"""Session 40, lane xper: period errors shared across the read sets, each fix
tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 10, 1)


def _periods(text: str, lang: str) -> list[tuple[float | None, str | None, str | None]]:
    claims = extract_claims(text, published=PUB, language=lang)
    return [
        (c.area_km2, str(c.period_start) if c.period_start else None, str(c.period_end))
        for c in claims
        if c.kind == "area_change"
    ]


# XPER40 (a): a running total's start or a span heading a figure after a
# dash at the head of a sentence ("С начала года — 3 980 км²") is no
# dateline: it dates the figure (it was dropped as "KYIV, Aug 28 -")
@pytest.mark.parametrize(
    ("text", "lang", "figure", "start"),
    [
        (
            "Russian troops seized 310 km² in September. "
            "Since January — 2,870 km², the analysts estimate.",
            "en",
            2870.0,
            "2025-01-01",
        ),
        (
            "The enemy gained 280 sq km last month. "
            "Since the start of the year: 3,150 sq km in all.",
            "en",
            3150.0,
            "2025-01-01",
        ),
        (
            "Russian forces took 260 square kilometres in September. "
            "Since March 1 — 1,940 square kilometres.",
            "en",
            1940.0,
            "2025-03-01",
        ),
        (
            "Окупанти захопили у вересні 318 км². З початку року — 2 760 км².",
            "uk",
            2760.0,
            "2025-01-01",
        ),
        (
            "У вересні ворог окупував 295 км² української території. "
            "З 1 січня — понад 2 900 км².",
            "uk",
            2900.0,
            "2025-01-01",
        ),
        (
            "Росіяни просунулися на 270 км² за вересень. "
            "Від початку 2025 року — близько 3 050 км².",
            "uk",
            3050.0,
            "2025-01-01",
        ),
        (
            "Российские войска заняли в сентябре 330 км². С начала года — 2 980 км².",
            "ru",
            2980.0,
            "2025-01-01",
        ),
        (
            "В сентябре армия освободила 305 кв. км. "
            "С начала 2025 года — около 3 200 кв. км.",
            "ru",
            3200.0,
            "2025-01-01",
        ),
        (
            "За сентябрь войска заняли 290 кв. км. С 1 марта — 2 100 кв. км.",
            "ru",
            2100.0,
            "2025-03-01",
        ),
    ],
)
def test_running_start_heading_a_figure_is_no_dateline(
    text: str, lang: str, figure: float, start: str
) -> None:
    got = _periods(text, lang)
    assert (figure, start, "2025-10-01") in got, got


# XPER40 (a): a dateline still names its day ("KYIV, Aug 28 -")
def test_a_dateline_is_still_a_dateline() -> None:
    text = "KYIV, Sept 28 - Russian troops captured 12 sq km near Kupiansk."
    claims = extract_claims(text, published=PUB, language="en")
    assert claims and all(c.period_text != "Sept 28" for c in claims)


# XPER40 (b): a list of months ("in October, November and December",
# "протягом жовтня та листопада", "в октябре, ноябре и декабре") is one span
# from the first month's first day to the last month's last day
@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        (
            "Russian troops seized 640 sq km in July, August and September.",
            "en",
            "2025-07-01",
            "2025-09-30",
        ),
        (
            "During June, July, and August Ukrainian forces liberated 95 sq km.",
            "en",
            "2025-06-01",
            "2025-08-31",
        ),
        (
            "The enemy occupied about 410 square kilometres over May, June "
            "and July, the analysts said.",
            "en",
            "2025-05-01",
            "2025-07-31",
        ),
        (
            "Протягом липня та серпня окупанти захопили 520 км².",
            "uk",
            "2025-07-01",
            "2025-08-31",
        ),
        (
            "У червні, липні й серпні Сили оборони звільнили 37 км².",
            "uk",
            "2025-06-01",
            "2025-08-31",
        ),
        (
            "Упродовж травня і червня ворог окупував 380 км².",
            "uk",
            "2025-05-01",
            "2025-06-30",
        ),
        (
            "В течение июля и августа российские войска заняли 600 кв. км.",
            "ru",
            "2025-07-01",
            "2025-08-31",
        ),
        (
            "В июне, июле и августе ВСУ вернули около 45 кв. км.",
            "ru",
            "2025-06-01",
            "2025-08-31",
        ),
        (
            "На протяжении мая и июня армия освободила 350 кв. км.",
            "ru",
            "2025-05-01",
            "2025-06-30",
        ),
    ],
)
def test_a_list_of_months_is_one_span(
    text: str, lang: str, start: str, end: str
) -> None:
    got = _periods(text, lang)
    assert got and all(g[1:] == (start, end) for g in got), got
