"""English fighting and area misses, session 32 (enfight lane): own
phrasings only, three per rule; nothing here reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


# operations of a fighting kind kept up at a place, as the object of a
# continuing verb or as the subject ("defensive operations in X",
# "offensive operations continue near X")
@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Russian forces continued defensive operations in Zorivka on "
            "Thursday, the institute said.",
            ["Zorivka"],
        ),
        (
            "Offensive operations continue near Hrabove, the spokeswoman "
            "told reporters.",
            ["Hrabove"],
        ),
        (
            "Combat operations are ongoing in Sokilne and Zorivka, the "
            "governor wrote on Telegram.",
            ["Sokilne", "Zorivka"],
        ),
    ],
)
def test_operations_kept_up_at_a_place(text: str, places: list[str]) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "fighting"]
    assert [(r[1], r[2], r[3]) for r in rows] == [(None, False, places)]


def test_operations_with_no_place_make_no_fight() -> None:
    text = "Offensive operations continue, the spokeswoman said."
    assert [r for r in claim_rows(text, "en") if r[0] == "fighting"] == []


# a fight "under way" or "going on" with no place of its own is the fight
# going on at the place told just before, as "fighting continues" is
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian units broke into Zorivka at dawn. Heavy fighting is "
            "under way, the regional governor said.",
            "Zorivka",
        ),
        (
            "Ukrainian troops still hold Hrabove. Street battles are going on "
            "day and night, a medic told us.",
            "Hrabove",
        ),
        (
            "The enemy has reached the edge of Sokilne. Fighting goes on "
            "around the clock.",
            "Sokilne",
        ),
    ],
)
def test_fight_going_on_at_the_place_before(text: str, place: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "fighting"]
    assert [(r[1], r[2], r[3]) for r in rows] == [(None, False, [place])]


# the same for military, ground, active and counteroffensive operations or
# actions, object or subject ("counteroffensive actions continue near X")
@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Ukrainian units continued military operations in Zorivka on "
            "Friday, the brigade reported.",
            ["Zorivka"],
        ),
        (
            "Counteroffensive actions continue near Hrabove, a military "
            "spokesman said.",
            ["Hrabove"],
        ),
        (
            "Ground operations are continuing around Sokilne, the governor "
            "told local television.",
            ["Sokilne"],
        ),
    ],
)
def test_more_operations_kept_up(text: str, places: list[str]) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "fighting"]
    assert [(r[1], r[2], r[3]) for r in rows] == [(None, False, places)]


def test_operations_in_a_country_make_no_fight() -> None:
    text = "Military operations continue in Ukraine, the Kremlin said."
    assert [r for r in claim_rows(text, "en") if r[0] == "fighting"] == []
