"""A hedged figure ("around 250 square kilometres", "an estimated 500") after a
verb that looks ahead to a figure: every such verb reads one list of hedges
(``text/lang/en.py`` ``APPROX``).

Sentences are invented for the test; place names are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 4, 1)


@pytest.mark.parametrize(
    ("text", "gainer", "km2"),
    [
        ("Ukrainian forces have lost around 250 square kilometres.", "RU", 250.0),
        ("Russia lost roughly 40 square kilometres near Kolosky, Kyiv said.", "UA", 40),
        ("The invaders have lost approximately 12 sq km near Marivka.", "UA", 12.0),
        ("Moscow's troops took an estimated 500 square kilometres.", "RU", 500.0),
        ("Russian units took well over 300 square kilometres in March.", "RU", 300),
        ("Kyiv's forces claimed at least 15 square kilometres near Kolosky.", "UA", 15),
    ],
)
def test_a_hedged_area_after_lost_took_or_claimed(
    text: str, gainer: str, km2: float
) -> None:
    areas = [
        c
        for c in extract_claims(text, published=PUB, language="en")
        if c.kind == "area_change"
    ]
    assert len(areas) == 1, text
    assert areas[0].gainer == gainer
    assert areas[0].area_km2 == pytest.approx(km2)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops entered at least three villages near Kolosky.",
        "Ukrainian units entered roughly 12 settlements in the region.",
        "The brigade entered around five villages east of Marivka, it said.",
    ],
)
def test_entering_a_hedged_count_of_settlements(text: str) -> None:
    kinds = {c.kind for c in extract_claims(text, published=PUB, language="en")}
    assert kinds & {"settlement_control", "advance"}, text
