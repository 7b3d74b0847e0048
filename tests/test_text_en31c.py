"""English settlement misses, session 31 round 3 (EN31c): own phrasings only,
three per rule; nothing here reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


# a place held, told past an aside between it and its holding predicate
# ("X, which … , is under Ukrainian control", "X, a village …, is in … hands")
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Zorivka, which Russian units had occupied since the spring, is "
            "fully under Ukrainian control again, the brigade said.",
            "UA",
            "Zorivka",
        ),
        (
            "Hrabove, a hamlet of some forty houses, is now under Russian "
            "control, the regional governor said on Friday.",
            "RU",
            "Hrabove",
        ),
        (
            "Sokilne, which Moscow's commanders had vowed to storm by "
            "midsummer, is still in Ukrainian hands.",
            "UA",
            "Sokilne",
        ),
    ],
)
def test_held_place_past_an_aside(text: str, gainer: str, place: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[4] == "holding:hold"]
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("settlement_control", gainer, [place])
    ]


def test_place_in_a_relative_clause_after_a_verb_is_no_subject() -> None:
    """A place that is the object before the aside stays unclaimed."""
    rows = claim_rows(
        "Ukrainian troops shelled Zorivka, which is under Russian control.", "en"
    )
    assert not [r for r in rows if r[4] == "holding:hold"]


# a settlement taken, told past a noun-phrase aside between it and its verb
# ("X, a village of N people, was captured", "X, a small town, was retaken")
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Zorivka, a farming village of some 500 people, was captured by "
            "Russian forces on Monday.",
            "RU",
            "Zorivka",
        ),
        (
            "Hrabove, a small hamlet on the river, has been liberated by "
            "Ukrainian troops, the brigade said.",
            "UA",
            "Hrabove",
        ),
        (
            "Sokilne, the last village on the ridge, was finally retaken by "
            "Ukraine's marines overnight.",
            "UA",
            "Sokilne",
        ),
    ],
)
def test_taken_place_past_a_noun_aside(text: str, gainer: str, place: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "settlement_control"]
    assert [(r[1], r[3]) for r in rows] == [(gainer, [place])]
