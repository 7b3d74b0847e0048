"""Session 42, lane b33per: blind33's period classes, each fix tested on
phrasings of our own (three per language)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims


def _areas(text: str, lang: str, pub: date) -> list[tuple[float | None, str, str]]:
    claims = extract_claims(text, published=pub, language=lang)
    return [
        (c.area_km2, str(c.period_start), str(c.period_end))
        for c in claims
        if c.kind == "area_change"
    ]


# B33PER42 (a): "a year earlier" / "роком раніше" / "годом ранее" after a
# span named in the sentence: that span a year back, as "the same period
# last year" (a comparison's other period)
@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        (
            "Russian troops seized 3,100 sq km of Ukrainian land in 2025, "
            "well above the 2,200 sq km a year earlier, analysts said.",
            "en",
            2200,
        ),
        (
            "Over 2025 the army lost 640 square kilometres, against "
            "410 square kilometres the year before.",
            "en",
            410,
        ),
        (
            "The monitors counted 1,800 sq km captured by Russia in 2025, "
            "up from 1,150 sq km a year before.",
            "en",
            1150,
        ),
        (
            "У 2025 році окупанти захопили 3 100 кв. км, тоді як роком раніше "
            "— 2 200 кв. км, підрахували аналітики.",
            "uk",
            2200,
        ),
        (
            "За 2025 рік росіяни окупували 1 800 кв. км, а у попередньому "
            "році — 1 150 кв. км.",
            "uk",
            1150,
        ),
        (
            "У 2025 році ворог захопив 640 квадратних кілометрів — більше, "
            "ніж роком раніше (410 квадратних кілометрів).",
            "uk",
            410,
        ),
        (
            "В 2025 году российские войска заняли 3 100 кв. км, а годом "
            "ранее — 2 200 кв. км, подсчитали аналитики.",
            "ru",
            2200,
        ),
        (
            "За 2025 год армия заняла 1 800 кв. км против 1 150 кв. км в "
            "предыдущем году.",
            "ru",
            1150,
        ),
        (
            "В 2025 году противник захватил 640 квадратных километров — "
            "больше, чем годом раньше (410 квадратных километров).",
            "ru",
            410,
        ),
    ],
)
def test_year_earlier_is_the_year_before_the_named_one(
    text: str, lang: str, area: float
) -> None:
    got = _areas(text, lang, date(2026, 1, 20))
    assert (area, "2024-01-01", "2024-12-31") in got, got
    assert all(a == area or s == "2025-01-01" for a, s, _ in got), got


def test_year_earlier_alone_adds_no_period() -> None:
    """Without a span before it, "a year earlier" dates nothing."""
    got = extract_claims(
        "Ukrainian forces liberated the village of Novoselivka, "
        "a year earlier than planned.",
        published=date(2025, 6, 3),
        language="en",
    )
    assert all(c.period_start is None for c in got), got
