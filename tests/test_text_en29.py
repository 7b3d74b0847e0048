"""English recall families of session 29 (``lang/en.py`` EN29), each in three
phrasings of our own.

* a completed capture told with the verb in scare quotes, the adverb inside
  them ('had "completely taken" X', 'X had been "fully liberated"'): a
  settlement claim, active or passive.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 9, 12)


def claims(text: str) -> list[tuple[str, str | None, bool, list[str], str]]:
    """(kind, gainer, negated, places, rule) of every claim of an English text."""
    return [
        (c.kind, c.gainer, c.negated, [p.name for p in c.places], c.extra["rule"])
        for c in extract_claims(text, published=PUB, language="en")
    ]


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            'The Russian ministry said its marines had "completely taken" Hrodivka '
            "after a week of fighting.",
            "RU",
            "Hrodivka",
        ),
        (
            'Kyiv said on Friday the village of Zarichne had been "fully liberated".',
            "UA",
            "Zarichne",
        ),
        (
            'A brigade spokesman said Lozova was "entirely cleared" of Russian '
            "troops by noon.",
            "UA",
            "Lozova",
        ),
    ],
)
def test_a_capture_told_in_scare_quotes_is_a_settlement_claim(
    text: str, gainer: str, place: str
) -> None:
    got = claims(text)
    assert [(k, g, n, p) for k, g, n, p, _ in got] == [
        ("settlement_control", gainer, False, [place])
    ]
    assert got[0][4].startswith("settlement:")


def test_a_quoted_adverb_without_a_capture_verb_makes_no_claim() -> None:
    assert claims('The minister said the plan was "fully approved" on Friday.') == []
