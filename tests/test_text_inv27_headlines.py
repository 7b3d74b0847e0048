"""A title-case or all-capitals headline reads like the same words in
sentence case (session 27, invariance lane): a capitalised trigger word
("Took", "Captured") is no part of the place after it, and a Latin line in
capitals is read in title case. Own headlines, three phrasings.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.normalise import normalise

DAY = date(2024, 5, 6)
BODY = "\nThe ministry said on Monday its forces had advanced."


def _claims(text: str) -> list[tuple]:
    return [
        (c.kind, c.gainer, tuple(p.name for p in c.places))
        for c in extract_claims(text, published=DAY, language="en")
    ]


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (
            "Russia Says Its Troops Took Pervomaiske",
            ("settlement_control", "RU", ("Pervomaiske",)),
        ),
        (
            "Russian Forces Captured Vodiane, Moscow Claims Again",
            ("settlement_control", "RU", ("Vodiane",)),
        ),
        (
            "Kyiv Says Its Forces Retook Klishchiivka",
            ("settlement_control", "UA", ("Klishchiivka",)),
        ),
    ],
)
def test_a_headline_in_title_case_or_capitals(title: str, want: tuple) -> None:
    assert _claims(title + BODY)[:1] == [want]
    assert _claims(title.upper() + BODY)[:1] == [want]


def test_capitals_become_title_case_keeping_acronyms() -> None:
    assert normalise("DPR FORCES TAKE TWO VILLAGES NEAR AVDIIVKA\nX.")[0] == (
        "DPR Forces Take Two Villages near Avdiivka\nX."
    )
    assert normalise("ЗСУ ЗВІЛЬНИЛИ КЛІЩІЇВКУ")[0] == "ЗСУ ЗВІЛЬНИЛИ КЛІЩІЇВКУ"
    assert normalise("KYIV (Reuters) - Russia")[0] == "KYIV (Reuters) - Russia"
