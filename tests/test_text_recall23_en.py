"""English recall families of session 23 (``lang/en.py`` EN23R), each in three
phrasings of our own: claims told without the usual trigger word.

* a withdrawal called a regrouping, from a place: the other side's gain;
* a push told by a distance in words or "as much as N km": an advance;
* footholds or bridgeheads established (plural): an advance;
* a fight that continues or rages, for a named place: fighting.
"""

from __future__ import annotations

import pytest
from claim_rows import Row, claim_rows


def claims(text: str) -> list[Row]:
    """(kind, gainer, negated, places, rule) of every claim of an English text."""
    return claim_rows(text, "en")


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Moscow said its units had been regrouped from the Kupiansk area to "
            "the south.",
            "settlement_control",
            "Kupiansk",
        ),
        (
            "Russia's defence ministry announced a 'regrouping' of its troops "
            "from Lyman.",
            "settlement_control",
            "Lyman",
        ),
        (
            "Russia said it was regrouping forces from the Kherson region.",
            "area_change",
            "Kherson region",
        ),
    ],
)
def test_regrouping_from_a_place_is_a_withdrawal(text, kind, place):
    assert claims(text) == [(kind, "UA", False, [place], "settlement:withdraw")]


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Ukrainian troops pushed about two kilometres toward Novoprokopivka.",
            "UA",
            "Novoprokopivka",
        ),
        ("Russian units pushed as much as 4 km west of Selydove.", "RU", "Selydove"),
        (
            "The Ukrainian brigade pushed several kilometres beyond Robotyne last "
            "week.",
            "UA",
            "Robotyne",
        ),
    ],
)
def test_push_by_a_distance_in_words(text, gainer, place):
    assert claims(text) == [("advance", gainer, False, [place], "advance:advance")]


@pytest.mark.parametrize(
    ("text", "gainer", "places"),
    [
        ("Ukrainian marines established two footholds near Krynky.", "UA", ["Krynky"]),
        (
            "Russian forces have established new bridgeheads on the Oskil near "
            "Kupiansk.",
            "RU",
            ["Oskil", "Kupiansk"],
        ),
        (
            "Ukrainian troops established several footholds across the river near "
            "Kozachi Laheri.",
            "UA",
            ["Kozachi Laheri"],
        ),
    ],
)
def test_footholds_established(text, gainer, places):
    assert claims(text) == [("advance", gainer, False, places, "advance:advance")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Avdiivka fight continues", "Avdiivka"),
        ("The fight for Chasiv Yar continues, the brigade said.", "Chasiv Yar"),
        ("The fight for Toretsk rages on.", "Toretsk"),
    ],
)
def test_fight_for_a_place_continues(text, place):
    assert claims(text) == [("fighting", None, False, [place], "fighting:fight")]


def test_a_fight_without_a_place_is_no_claim():
    assert claims("The fight continues, the commander said.") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Ukrainian units were clearing out pockets of Russian infiltrators in "
            "the northern districts of Kupiansk.",
            ["Kupiansk"],
        ),
        (
            "Russian troops are mopping up the remaining pockets of resistance in "
            "Toretsk.",
            ["Toretsk"],
        ),
        ("Ukrainian marines were clearing the last pockets near Krynky.", ["Krynky"]),
    ],
)
def test_clearing_pockets_is_fighting(text, places):
    assert claims(text) == [("fighting", None, False, places, "fighting:fight")]
