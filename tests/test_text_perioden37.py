"""Session 37, perioden: period defects on phrasings of our own.

Each case is checked against the periods table of CONVENTIONS.md; nothing
here reads ``../shared`` or any corpus text.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

WED = date(2025, 11, 5)  # a Wednesday; the Sunday before is 2 November


def _only(text: str, published: date = WED, language: str = "en"):
    claims = extract_claims(text, published=published, language=language)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Tuesday that its troops had captured the village "
        "of Pishchane on Sunday.",
        "The Russian defence ministry said on Tuesday that its troops had "
        "captured the village of Pishchane in the Kharkiv region on Sunday.",
        "Russia's defence ministry said on Tuesday that its forces had taken "
        "the settlement of Pishchane in Kharkiv region's Kupiansk district "
        "on Sunday.",
    ],
)
def test_weekday_after_a_long_object_is_the_claims(text: str) -> None:
    """A weekday closing the claim's own clause, past a long object, dates
    the capture (not the statement's weekday before it)."""
    c = _only(text)
    assert (c.period_start, c.period_end) == (date(2025, 11, 2), date(2025, 11, 2))
