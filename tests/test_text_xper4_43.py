"""Session 43, lane xper4: period errors shared across the read sets, each fix
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


# XPER443 (a): a month named in the nominative as its sentence's subject or
# heading ("Листопад став рекордним: …", "Ноябрь на фронте: 505 кв. км",
# "рекордным стал ноябрь: за месяц …") dates the sentence's figure, and "over
# the month" after a month named in its sentence is that month
@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        ("Листопад став рекордним: ворог окупував 690 кв. км.", "uk", 690),
        ("Листопад на фронті: 640 квадратних кілометрів і десять сіл", "uk", 640),
        (
            "Найважчим для оборони виявився листопад: за місяць росіяни "
            "захопили 710 кв. км.",
            "uk",
            710,
        ),
        ("Ноябрь стал рекордным: российская армия заняла 690 кв. км.", "ru", 690),
        ("Ноябрь на фронте: 640 квадратных километров и десять сёл", "ru", 640),
        (
            "Самым тяжелым для ВСУ оказался ноябрь: за месяц армия РФ "
            "заняла 710 кв. км.",
            "ru",
            710,
        ),
        (
            "November was the worst month: over the month Russia took 710 sq km.",
            "en",
            710,
        ),
        (
            "In November there was a record: over the month Russia took 690 sq km.",
            "en",
            690,
        ),
        ("November: Russian forces seized 640 square kilometres.", "en", 640),
    ],
)
def test_nominative_month_subject(text: str, lang: str, area: float) -> None:
    got = _areas(text, lang, date(2024, 12, 20))
    assert (float(area), "2024-11-01", "2024-11-30") in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Листопад у цифрах: окупанти захопили 640 кв. км", "uk"),
        ("Ноябрь в цифрах: российские войска заняли 640 кв. км", "ru"),
        ("November in numbers: Russian forces seized 640 square kilometres.", "en"),
    ],
)
def test_month_heading_in_figures(text: str, lang: str) -> None:
    got = _areas(text, lang, date(2024, 12, 3))
    assert (640.0, "2024-11-01", "2024-11-30") in got


def test_nominative_month_without_its_frame_is_no_month() -> None:
    # "лютий бій" (a fierce battle) names no February
    claims = extract_claims(
        "Лютий бій триває під Покровськом, де ворог просунувся на 2 км.",
        published=date(2024, 10, 1),
        language="uk",
    )
    adv = [c for c in claims if c.kind == "advance"]
    assert adv
    assert all(c.period_start is None for c in adv)


def test_over_the_month_alone_keeps_its_month() -> None:
    got = _areas("Армия продвинулась за месяц на 300 кв. км.", "ru", date(2024, 12, 20))
    assert (300.0, "2024-12-01", "2024-12-31") in got
