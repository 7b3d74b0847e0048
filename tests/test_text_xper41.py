"""Session 41, lane xper: period errors shared across the read sets, each fix
tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 10, 1)


def _spans(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    claims = extract_claims(text, published=PUB, language=lang)
    return [
        (
            c.kind,
            str(c.period_start) if c.period_start else None,
            str(c.period_end) if c.period_end else None,
        )
        for c in claims
    ]


# XPER41 (a): "since the start of the operation a week ago", "з початку
# наступу два тижні тому", "с начала операции десять дней назад": the event
# is dated by the count back from the statement day; it starts the total
@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        (
            "Kyiv's troops have freed nine villages since the counteroffensive "
            "began two weeks ago, a spokesman said.",
            "en",
            "2025-09-17",
        ),
        (
            "Since the start of the operation a week ago, Ukrainian units have "
            "retaken 120 square kilometres.",
            "en",
            "2025-09-24",
        ),
        (
            "Moscow's forces have pushed 6 km deep since the launch of their "
            "offensive ten days ago.",
            "en",
            "2025-09-21",
        ),
        (
            "З початку операції тиждень тому українські сили звільнили "
            "120 квадратних кілометрів.",
            "uk",
            "2025-09-24",
        ),
        (
            "Від початку контрнаступу два тижні тому наші бійці звільнили дев'ять "
            "сіл.",
            "uk",
            "2025-09-17",
        ),
        (
            "З початку наступу десять днів тому ворог просунувся на 6 км.",
            "uk",
            "2025-09-21",
        ),
        (
            "С начала операции неделю назад российские подразделения заняли "
            "120 квадратных километров.",
            "ru",
            "2025-09-24",
        ),
        (
            "С начала контрнаступления две недели назад ВСУ освободили девять "
            "сел.",
            "ru",
            "2025-09-17",
        ),
        (
            "С начала наступления десять дней назад противник продвинулся на 6 км.",
            "ru",
            "2025-09-21",
        ),
    ],
)
def test_since_an_event_counted_back(text: str, lang: str, start: str) -> None:
    spans = _spans(text, lang)
    assert spans, text
    assert all(s == start and e == str(PUB) for _, s, e in spans), spans


def test_since_an_event_without_a_count_has_no_start() -> None:
    spans = _spans(
        "Kyiv's troops have freed nine villages since the counteroffensive "
        "began, a spokesman said.",
        "en",
    )
    assert spans
    assert all(s is None and e == str(PUB) for _, s, e in spans), spans
