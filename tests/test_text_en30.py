"""English detection and frame rules of session 30, each in three phrasings
of our own.

* a withdrawal or a regrouping from a town or from its area stays a
  settlement claim (the lane's rule that made a regrouping from "the X area"
  an advance was dropped at the merge: its never-read gain lay only in
  blind16/blind17, whose texts of that class were seen in session 26, and it
  cost blind18 a claim);
* counter-attacks that are the subject of an area won ("counterattacks near X
  clawed back 12 sq km") are that area claim, no fighting beside it
  (merges.py);
* an English count of the whole front's fights ("recorded 140 combat
  engagements along the front line") is a fight of the front, no place
  named (rules/fighting.py);
* a side's forces after a comma and "and" ("took X, and Ukrainian troops
  retook Y") open a clause of their own: its subject, not an object after a
  preposition (sides.py), so the second claim is theirs.
"""

from __future__ import annotations

import pytest
from claim_rows import PUB, Row, claim_rows

from frontline.text.claims import extract_claims


def claims(text: str) -> list[Row]:
    """(kind, gainer, negated, places, rule) of every claim of an English text."""
    return claim_rows(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said its forces were regrouping from Kupiansk to the Donbas.",
        "Kyiv said its brigades had pulled back from Vuhledar overnight.",
        "The army withdrew its troops from the town of Marinka.",
        "The ministry described a pullback from the Izium and Lyman areas.",
    ],
)
def test_withdrawal_from_a_town_stays_control(text: str) -> None:
    assert [k for k, *_ in claims(text)] == ["settlement_control"]


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "Ukrainian counterattacks in the Kharkiv region won back about 40 km² "
            "over the month.",
            "UA",
        ),
        (
            "Russian counterattacks recovered roughly 25 square kilometres near "
            "Robotyne.",
            "RU",
        ),
        (
            "Ukrainian counterattacks near Kupiansk clawed back some 12 sq km last "
            "week.",
            "UA",
        ),
    ],
)
def test_counterattacks_that_won_an_area_are_that_area(text: str, gainer: str) -> None:
    assert [(k, g) for k, g, *_ in claims(text)] == [("area_change", gainer)]


@pytest.mark.parametrize(
    "text",
    [
        "Over the past day, the General Staff recorded 140 combat engagements "
        "along the front line.",
        "The General Staff said 98 combat clashes took place on the front line on "
        "Tuesday.",
        "Ukrainian forces logged 120 combat engagements across the front over the "
        "past day.",
    ],
)
def test_a_tally_of_the_whole_front_is_a_fight_there(text: str) -> None:
    rows = claims(text)
    assert [(k, g, pl, r) for k, g, _, pl, r in rows] == [
        ("fighting", None, [], "fighting:fight")
    ]
    (claim,) = extract_claims(text, published=PUB, language="en")
    assert claim.sector == "front line"


def test_a_tally_at_a_place_keeps_the_place() -> None:
    rows = claims("Ukrainian defenders repelled 12 attacks near Kupiansk.")
    assert [(k, pl) for k, _, _, pl, _ in rows] == [("fighting", ["Kupiansk"])]


@pytest.mark.parametrize(
    ("text", "gainers"),
    [
        (
            "Russian troops took Kurdiumivka, and Ukrainian troops retook Kotlyne.",
            ["RU", "UA"],
        ),
        (
            "Ukrainian forces liberated Pishchane, and Russian forces captured "
            "Ivanivka the same day.",
            ["UA", "RU"],
        ),
        (
            "Moscow's units seized Hryhorivka; and Ukrainian soldiers cleared "
            "Mala Tokmachka.",
            ["RU", "UA"],
        ),
    ],
)
def test_a_side_after_comma_and_opens_its_own_clause(
    text: str, gainers: list[str]
) -> None:
    rows = [r for r in claims(text) if r[0] == "settlement_control"]
    assert [g for _, g, *_ in rows] == gainers


def test_sides_joined_by_and_stay_a_pair() -> None:
    rows = claims("Russian and Ukrainian troops clashed near Bakhmut.")
    assert [(k, pl) for k, _, _, pl, _ in rows] == [("fighting", ["Bakhmut"])]
