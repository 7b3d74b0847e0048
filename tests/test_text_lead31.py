"""A long place name that fell (session 31, lead).

"X fell on Tuesday" reads a fall by its subject: a capitalised name. The
look-behinds that find the name stopped at twelve letters, so the long names
of this front ("Krasnohorivka", "Velykomykhailivka") never fell. Every sentence
is invented for the test (no corpus text, no ``../shared``); places are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Novozarichanivka fell on Tuesday after a long siege.", "Novozarichanivka"),
        ("Krasnopolivka fell in September, officials said.", "Krasnopolivka"),
        ("Moscow says Velykozorianivka fell on Thursday.", "Velykozorianivka"),
        ("Zorivka fell on Tuesday.", "Zorivka"),
    ],
)
def test_a_long_name_that_fell_is_its_holders_loss(text, place):
    (claim,) = extract_claims(text, published=PUB, language="en")
    assert claim.kind == "settlement_control"
    assert claim.gainer == "RU"
    assert [p.name for p in claim.places] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell in March.",
        "The shell fell on Tuesday near the market.",
        "Sales fell last month.",
    ],
)
def test_a_figure_or_a_thing_that_fell_is_no_claim(text):
    assert extract_claims(text, published=PUB, language="en") == []
