"""Session 42, lane xper3: period families shared across the read sets, each
fix tested on phrasings of our own (three per language and a control)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 12, 16)


def _spans(text: str, lang: str) -> list[tuple[str, str | None, str | None, bool]]:
    claims = extract_claims(text, published=PUB, language=lang)
    return [
        (
            c.kind,
            str(c.period_start) if c.period_start else None,
            str(c.period_end) if c.period_end else None,
            bool(c.cumulative),
        )
        for c in claims
    ]


# XPER342 (a): a month written right beside "during the offensive" ("In
# November, during the offensive, …", "В ноябре в ходе наступления …") dates
# the claim: the whole month, no running total from the offensive's start
@pytest.mark.parametrize(
    ("text", "lang", "kind", "start", "end"),
    [
        (
            "In October, during the offensive, the brigade pushed forward 6 km "
            "west of the river.",
            "en",
            "advance",
            "2024-10-01",
            "2024-10-31",
        ),
        (
            "During the counteroffensive in August the marines advanced 4 "
            "kilometres near the village, the command said.",
            "en",
            "advance",
            "2024-08-01",
            "2024-08-31",
        ),
        (
            "The paratroopers gained 3 km during the summer offensive in July, "
            "their commander said.",
            "en",
            "advance",
            "2024-07-01",
            "2024-07-31",
        ),
        (
            "У жовтні в ході наступу бригада просунулася на 6 км на захід від "
            "річки.",
            "uk",
            "advance",
            "2024-10-01",
            "2024-10-31",
        ),
        (
            "У серпні, під час контрнаступу, морпіхи просунулися на 4 кілометри "
            "біля села.",
            "uk",
            "advance",
            "2024-08-01",
            "2024-08-31",
        ),
        (
            "Десантники під час наступу в липні просунулися на 3 км, повідомив "
            "командир.",
            "uk",
            "advance",
            "2024-07-01",
            "2024-07-31",
        ),
        (
            "В октябре в ходе наступления бригада продвинулась на 6 км к западу "
            "от реки.",
            "ru",
            "advance",
            "2024-10-01",
            "2024-10-31",
        ),
        (
            "В августе, в ходе контрнаступления, морпехи продвинулись на 4 "
            "километра у села.",
            "ru",
            "advance",
            "2024-08-01",
            "2024-08-31",
        ),
        (
            "Десантники в ходе наступления в июле продвинулись на 3 км, сообщил "
            "командир.",
            "ru",
            "advance",
            "2024-07-01",
            "2024-07-31",
        ),
    ],
)
def test_month_beside_the_offensive(
    text: str, lang: str, kind: str, start: str, end: str
) -> None:
    assert (kind, start, end, False) in _spans(text, lang)


# control: "during the offensive" alone is still a running total from the
# offensive's start (unknown here)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("During the offensive the brigade advanced 30 km, its commander said.", "en"),
        ("Під час наступу бригада просунулася на 30 км, сказав командир.", "uk"),
        ("В ходе наступления бригада продвинулась на 30 км, сказал командир.", "ru"),
    ],
)
def test_offensive_alone_stays_a_total(text: str, lang: str) -> None:
    assert ("advance", None, "2024-12-16", True) in _spans(text, lang)
