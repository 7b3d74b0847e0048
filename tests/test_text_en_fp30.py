"""English precision rules of session 30, round 3 (lane EN-FP30): look-alikes
that make no claim of their own. Every sentence here is our own; none is
taken from a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 3, 12)


def claims(text: str) -> list[tuple[str, list[str]]]:
    return [
        (c.kind, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language="en")
    ]


# ---- attacks repelled, told right after the fight they belong to ------------
# (merges._drop_fights_told_again: no place of their own, the same paragraph,
# the places of the fight before; one fight, not two)
@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "In the south, the enemy attacked 31 times near Lozova and Borova. "
            "Ukrainian units repelled 25 attacks.",
            ["Lozova", "Borova"],
        ),
        (
            "The enemy attacked near Lozova eight times. Defenders repelled five "
            "attacks; three clashes go on.",
            ["Lozova"],
        ),
        (
            "The occupiers attacked near Kurylivka nine times. Seven attacks were "
            "repulsed by our units.",
            ["Kurylivka"],
        ),
    ],
)
def test_attacks_repelled_after_the_fight_are_that_fight(
    text: str, places: list[str]
) -> None:
    assert claims(text) == [("fighting", places)], text


def test_a_fight_at_a_place_of_its_own_stays() -> None:
    text = (
        "The enemy attacked Kurylivka nine times. Seven attacks were repelled, "
        "and fighting went on near Borova."
    )
    assert claims(text) == [("fighting", ["Kurylivka"]), ("fighting", ["Borova"])]


def test_repelled_attacks_naming_their_place_stay() -> None:
    text = (
        "Near Lozova the enemy attacked 14 times. Our units repelled six "
        "attacks near Borova."
    )
    assert [k for k, _ in claims(text)] == ["fighting", "fighting"]


def test_a_fight_going_on_after_attacks_is_not_dropped() -> None:
    text = (
        "There were more attacks near Lozova. The enemy did not succeed, "
        "but fighting continued in the morning."
    )
    assert ("fighting", ["Lozova"]) in claims(text)


# ---- a headline's count of fights that the story tells again -----------------
# (merges._drop_headline_counts_told_again: the same number of attacks in a
# fight of the body; the body's fight is the claim)
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine says it repelled 40 attacks near Lozova\n\nThe general staff "
        "said Russian forces made 40 attacks near Lozova and Borova over the "
        "past day.",
        "War update: 73 clashes along the front, Borova under fire\n\nThe army "
        "said 73 clashes took place on Tuesday, most of them near Borova.",
        "Russia launched 112 assaults near Kurylivka, Kyiv says\n\nRussian "
        "troops carried out 112 assaults near Kurylivka and Lozova on Sunday, "
        "the military said.",
    ],
)
def test_a_headline_count_told_again_in_the_story_is_one_fight(text: str) -> None:
    got = extract_claims(text, published=PUB, language="en")
    fights = [c for c in got if c.kind == "fighting"]
    assert len(fights) == 1, text
    assert not fights[0].extra.get("headline"), text


def test_a_headline_count_the_story_does_not_repeat_stays() -> None:
    text = (
        "Ukraine says it repelled 40 attacks near Lozova\n\nThe general staff "
        "said Russian forces attacked near Borova on Monday."
    )
    got = extract_claims(text, published=PUB, language="en")
    assert sum(c.kind == "fighting" for c in got) == 2
