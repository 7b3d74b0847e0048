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


# B33PER42 (b): "the whole / entire first quarter", "за весь перший
# квартал", "за весь первый квартал": the quarter's three months
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia took 725 sq km in November, more than in the whole first "
            "quarter combined (roughly 450 sq km).",
            "en",
        ),
        (
            "Analysts said Russian troops had captured 450 sq km over the "
            "entire first quarter.",
            "en",
        ),
        (
            "DeepState counted 450 sq km of Russian gains during the whole "
            "first quarter.",
            "en",
        ),
        (
            "За весь перший квартал російські війська окупували 450 кв. км.",
            "uk",
        ),
        (
            "Аналітики підрахували, що у всьому першому кварталі ворог "
            "захопив 450 кв. км.",
            "uk",
        ),
        (
            "За цілий перший квартал росіяни окупували 450 квадратних кілометрів.",
            "uk",
        ),
        (
            "За весь первый квартал российские войска заняли 450 кв. км.",
            "ru",
        ),
        (
            "Аналитики подсчитали, что во всём первом квартале противник "
            "захватил 450 кв. км.",
            "ru",
        ),
        (
            "За целый первый квартал армия заняла 450 квадратных километров.",
            "ru",
        ),
    ],
)
def test_whole_first_quarter(text: str, lang: str) -> None:
    got = _areas(text, lang, date(2024, 12, 30))
    assert (450, "2024-01-01", "2024-03-31") in got, got


# B33PER42 (b'): a claim whose clause holds only the compared time ("…: 725
# sq km, more than in the whole first quarter") keeps the sentence's own
# time, not none
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian forces captured about 3,980 sq km this year. November was "
            "the record: 725 sq km, more than in the whole first quarter combined.",
            "en",
        ),
        (
            "Russian forces captured about 3,980 sq km this year. November "
            "brought the biggest haul: 725 sq km, more than in the entire first "
            "quarter.",
            "en",
        ),
        (
            "Russia's gains peaked in November: 725 sq km, more than in the "
            "first quarter.",
            "en",
        ),
        (
            "Цього року росіяни окупували 3 980 кв. км. У листопаді був рекорд: "
            "725 кв. км, більше, ніж у першому кварталі.",
            "uk",
        ),
        (
            "Цього року ворог захопив 3 980 кв. км. Найбільше — у листопаді: "
            "725 кв. км, більше, ніж у першому кварталі.",
            "uk",
        ),
        (
            "Цього року окупанти захопили 3 980 кв. км. У листопаді темп зріс: "
            "725 кв. км, тобто більше, ніж за весь перший квартал.",
            "uk",
        ),
        (
            "В этом году российские войска заняли 3 980 кв. км. В ноябре был "
            "рекорд: 725 кв. км, больше, чем в первом квартале.",
            "ru",
        ),
        (
            "В этом году противник захватил 3 980 кв. км. Больше всего — в "
            "ноябре: 725 кв. км, больше, чем в первом квартале.",
            "ru",
        ),
        (
            "В этом году армия заняла 3 980 кв. км. В ноябре темп вырос: 725 "
            "кв. км, то есть больше, чем за весь первый квартал.",
            "ru",
        ),
    ],
)
def test_compared_time_leaves_the_sentence_time(text: str, lang: str) -> None:
    got = _areas(text, lang, date(2024, 12, 30))
    assert (725, "2024-11-01", "2024-11-30") in got, got
