"""Session 34, lane probeper: period defects against the CONVENTIONS table,
on phrasings of our own."""

from datetime import date

import pytest

from frontline.text.claims import extract_claims


def _period(text: str, published: date, lang: str) -> tuple:
    claims = extract_claims(text, published=published, language=lang)
    assert claims, text
    c = claims[0]
    return c.period_start, c.period_end


# a shortened month's stop opening a sentence ("12 сент. российские …") is no
# dateline's closing stop: the date is the claim's day
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Бои продолжаются. 12 сент. российские войска заняли село Орловка.", "ru"),
        ("12 сент. российские войска заняли 40 квадратных километров.", "ru"),
        ("12 Sept. troops of the 47th brigade liberated 3 square kilometres.", "en"),
    ],
)
def test_shortened_month_opening_a_sentence(text: str, lang: str) -> None:
    day = date(2024, 9, 12)
    assert _period(text, date(2024, 9, 20), lang) == (day, day)
