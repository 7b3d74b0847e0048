"""Session 33 English precision rules (EN-FP33): spurious claims in English.

Each rule: three phrasings of our own, and a near phrasing that is a real
claim and stays one. Nothing here reads ``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

# --- "take place" / "take part in": idioms, no ground taken ---

TAKE_PLACE = [
    "By nightfall 64 clashes had taken place along the front, the staff said.",
    "Three brigades have taken part in the assault on Robotyne.",
    "Marines have taken part in the fighting near Kreminna since May.",
]


@pytest.mark.parametrize("text", TAKE_PLACE)
def test_take_place_or_part_is_no_capture(text: str) -> None:
    """No settlement is taken by an idiom of 'take'."""
    kinds = [r[0] for r in claim_rows(text, "en")]
    assert "settlement_control" not in kinds
    assert "advance" not in kinds


def test_taken_part_of_a_town_stays_a_capture() -> None:
    """'have taken part of X' is ground taken."""
    rows = claim_rows(
        "Russian troops have taken part of Vovchansk, the army said.", "en"
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("settlement_control", "RU", ["Vovchansk"])
    ]


# --- "the battle for X": a campaign named as a topic, no fighting told ---

BATTLE_FOR = [
    "The battle for Zaporizhzhia is far from over, the governor said.",
    "Analysts expect the battle for Kostiantynivka to last into the winter.",
    "Kyiv calls the battle of Kreminna a test of its new brigades.",
]


@pytest.mark.parametrize("text", BATTLE_FOR)
def test_the_battle_for_a_place_is_a_topic(text: str) -> None:
    """The named campaign reports no fighting of its own."""
    assert [r[0] for r in claim_rows(text, "en")] == []


def test_the_battle_for_a_place_told_as_raging_stays_a_fight() -> None:
    """'the battle for X rages' reports fighting going on."""
    rows = claim_rows(
        "The battle for Kostiantynivka rages on, the governor said.", "en"
    )
    assert [(r[0], r[3]) for r in rows] == [("fighting", ["Kostiantynivka"])]


def test_battles_near_a_place_stay_a_fight() -> None:
    """A battle told at a place and a time is still a fight."""
    rows = claim_rows("Fierce battles raged near Kreminna on Monday.", "en")
    assert [(r[0], r[3]) for r in rows] == [("fighting", ["Kreminna"])]


# --- fighting named as the time or setting of another event ---

FIGHT_AS_SETTING = [
    "Shops in Kupiansk closed after weeks of heavy fighting nearby.",
    "The bridge near Siversk was rebuilt despite the repeated attacks.",
    "Residents of Vovchansk fled during the fierce battles in May.",
]


@pytest.mark.parametrize("text", FIGHT_AS_SETTING)
def test_fighting_as_a_time_or_setting_is_no_fight(text: str) -> None:
    """'after / during / despite the fighting' dates another event."""
    assert [r[0] for r in claim_rows(text, "en")] == []


def test_fighting_told_with_a_later_event_stays() -> None:
    """A fight that is the news, with a time clause after it, stays."""
    rows = claim_rows(
        "Heavy fighting continued near Kreminna after the Russians attacked on Monday.",
        "en",
    )
    assert [(r[0], r[3]) for r in rows] == [("fighting", ["Kreminna"])]


# --- a foothold named by its place: the name of a position, no advance ---

NAMED_FOOTHOLD = [
    "Kyiv admits the loss of its Kozachi foothold on the left bank.",
    "Marines pull out of the Krynky bridgehead after months of shelling.",
    "Units supply the Kozachi Laheri foothold by boat at night.",
]


@pytest.mark.parametrize("text", NAMED_FOOTHOLD)
def test_a_named_foothold_is_no_advance(text: str) -> None:
    """The place's name before 'foothold' names it; no ground is gained."""
    assert "advance" not in [r[0] for r in claim_rows(text, "en")]


def test_a_foothold_gained_stays_an_advance() -> None:
    """A side's foothold gained at a place is still an advance."""
    rows = claim_rows("Russian troops gained a foothold in Vovchansk on Monday.", "en")
    assert [(r[0], r[1], r[3]) for r in rows] == [("advance", "RU", ["Vovchansk"])]


# --- "rejected the claim": no negated copy of the claim before it ---

REJECTED_THE_CLAIM = [
    "Moscow said its troops had taken Stepove. Kyiv rejected the claim.",
    "Russian bloggers said units entered Orikhove, but the brigade denied the claim.",
    "The ministry said it had liberated Nelipivka. Ukraine's army rejected the "
    "statement the same day.",
]


@pytest.mark.parametrize("text", REJECTED_THE_CLAIM)
def test_rejecting_the_claim_makes_no_negated_copy(text: str) -> None:
    """The claim told stays; the bare rejection adds no negated claim."""
    rows = claim_rows(text, "en")
    assert [r[2] for r in rows] == [False]


def test_denying_it_still_points_back() -> None:
    """'Kyiv denied it' is still a negated copy of the claim before."""
    rows = claim_rows("Moscow said its troops had taken Stepove. Kyiv denied it.", "en")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("settlement_control", False, ["Stepove"]),
        ("settlement_control", True, ["Stepove"]),
    ]


def test_refuting_the_claim_still_points_back() -> None:
    """'refuted the claim', a verdict on it, is still a negated copy."""
    rows = claim_rows(
        "Moscow said its troops had taken Stepove. Kyiv refuted the claim.", "en"
    )
    assert [r[2] for r in rows] == [False, True]
