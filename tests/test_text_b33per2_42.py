"""Session 42, lane b33per2: periods of figures left by b33per, each fix
tested on phrasings of our own (three per language where it applies)."""

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


# B33PER2 (a): a year written with its case ending alone ("у 2024-му",
# "за 2024-й", "протягом 2024-го"; "в 2024-м", "за 2024-й", "в течение
# 2024-го") is that year
@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        ("У 2024-му ворог захопив 3 600 кв. км, підрахували аналітики.", "uk", 3600),
        ("За 2024-й окупанти захопили майже 4 000 кв. км.", "uk", 4000),
        ("Протягом 2024-го російські війська окупували 3 650 кв. км.", "uk", 3650),
        ("В 2024-м российские войска заняли 3 600 кв. км.", "ru", 3600),
        (
            "За 2024-й российская армия заняла почти 4 000 кв. км, "
            "подсчитали аналитики.",
            "ru",
            4000,
        ),
        ("В течение 2024-го войска РФ заняли 3 650 кв. км.", "ru", 3650),
    ],
)
def test_year_with_its_ending_alone(text: str, lang: str, area: float) -> None:
    got = _areas(text, lang, date(2025, 3, 4))
    assert (float(area), "2024-01-01", "2024-12-31") in got


def test_year_with_its_ending_compared_is_not_the_claims() -> None:
    # the compared year stays the compared figure's (the claim keeps its own)
    got = _areas(
        "У 2025 році ворог окупував 4 100 кв. км — майже вдвічі більше, ніж у 2024-му.",
        "uk",
        date(2026, 1, 5),
    )
    assert (4100.0, "2025-01-01", "2025-12-31") in got
