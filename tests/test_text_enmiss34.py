"""English missed claims, session 34 (enmiss lane): own phrasings only,
three per rule; nothing here reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


# an analyst's note that a capture claimed just before is not borne out
# ("has not observed confirmation of this claim") is a negated copy of it
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Russian milbloggers claimed that Russian forces captured Zorivka on "
            "May 2, but ISW has not observed confirmation of this claim.",
            "RU",
            "Zorivka",
        ),
        (
            "The Russian MoD claimed the capture of Hrabove. We have not seen any "
            "confirmation of these reports.",
            "RU",
            "Hrabove",
        ),
        (
            "Ukrainian sources said that Ukrainian troops liberated Sokilne. The "
            "analysts have not yet observed confirmation of these claims.",
            "UA",
            "Sokilne",
        ),
    ],
)
def test_unobserved_confirmation_negates_the_capture(
    text: str, gainer: str, place: str
) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "settlement_control"]
    assert (gainer, True, [place], "pointing-back") in [r[1:] for r in rows]
    assert (gainer, False, [place]) in [r[1:4] for r in rows]


def test_unobserved_confirmation_of_an_advance_makes_nothing() -> None:
    text = (
        "Russian sources claimed that Russian forces advanced near Zorivka. ISW "
        "has not observed confirmation of these claims."
    )
    assert [r for r in claim_rows(text, "en") if r[2]] == []


# a denied passive with no "been" ("X is not captured", "X was not
# liberated") is a negated capture of the place before it
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ('"Zorivka is not captured," the Ukrainian brigade said.', "RU", "Zorivka"),
        (
            "Hrabove was not liberated last week, the Russian army said.",
            "UA",
            "Hrabove",
        ),
        (
            "Kyiv called it a lie. Sokilne is still not occupied, the governor added.",
            "RU",
            "Sokilne",
        ),
    ],
)
def test_denied_passive_without_been_is_a_negated_capture(
    text: str, gainer: str, place: str
) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "settlement_control"]
    assert [r[1:4] for r in rows] == [(gainer, True, [place])]


def test_not_before_a_participle_noun_phrase_stays_an_adjective() -> None:
    text = "Residents of Zorivka are not occupied territory residents, he said."
    assert [r for r in claim_rows(text, "en") if r[0] == "settlement_control"] == []


# a place declared "ours" with any adverb between or the word quoted is a
# capture by the telling side
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Hrabove was shelled for weeks. The village is already ours, the "
            "Ukrainian commander said.",
            "Hrabove",
        ),
        ('We fought for Sokilne for a month. The town is "ours", he said.', "Sokilne"),
        ("Zorivka is fully ours again, the brigade said.", "Zorivka"),
    ],
)
def test_place_declared_ours_with_an_adverb_is_a_capture(text: str, place: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "settlement_control"]
    assert [r[1:4] for r in rows] == [("UA", False, [place])]


def test_something_else_declared_ours_is_no_capture() -> None:
    text = "The initiative is finally ours, the general said."
    assert claim_rows(text, "en") == []
