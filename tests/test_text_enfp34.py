"""Session 34, English precision (EN-FP34): spurious claims in English.

Each rule: three phrasings of our own, and near phrasings that stay claims.
Nothing here reads ``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

# --- a headline fight at a place the body tells only as a gain ---

HEADLINE_FIGHT_TOLD_AS_GAIN = [
    (
        "Heavy fighting in Zelene as Moscow claims the village\n\n"
        "Russia's defence ministry said on Tuesday its forces had captured "
        "the village of Zelene in the Donetsk region.",
        "settlement_control",
    ),
    (
        "Street battles rage in Novoselivka, Russians push in\n\n"
        "Russian troops have advanced 2 km near Novoselivka over the past week, "
        "a Ukrainian military spokesman said on Monday.",
        "advance",
    ),
    (
        "Kupiansk under assault as Russia gains ground\n\n"
        "Russian forces gained about 15 square kilometres around Kupiansk last "
        "week, the DeepState group said on Sunday.",
        "area_change",
    ),
]


@pytest.mark.parametrize(("text", "kind"), HEADLINE_FIGHT_TOLD_AS_GAIN)
def test_a_headline_fight_told_as_a_gain_is_no_fight(text: str, kind: str) -> None:
    """The body's gain stays; the headline's fight at its place is no claim."""
    rows = claim_rows(text, "en")
    kinds = [r[0] for r in rows]
    assert "fighting" not in kinds
    assert kind in kinds
    assert all(r[1] == "RU" for r in rows)


def test_a_headline_fight_the_body_tells_again_stays() -> None:
    """A body fight at the headline's place keeps the headline's fight."""
    rows = claim_rows(
        "Heavy fighting in Zelene as Moscow claims the village\n\n"
        "Russia's defence ministry said on Tuesday its forces had captured the "
        "village of Zelene. Ukrainian officials said fighting was continuing in "
        "Zelene.",
        "en",
    )
    assert [r[0] for r in rows].count("fighting") == 2


def test_a_headline_fight_at_a_place_the_body_does_not_claim_stays() -> None:
    """A gain elsewhere does not make the headline's fight a gain's colour."""
    rows = claim_rows(
        "Heavy fighting near Zelene\n\n"
        "Ukrainian forces pushed Russian troops out of Sokil on Monday, the army "
        "said.",
        "en",
    )
    assert ("fighting", None, False, ["Zelene"], "fighting:fight") in rows


# --- attacks with no place, told right before the attempt that names it ---

ATTACKS_THEN_ATTEMPT = [
    (
        "In the Lyman direction, the enemy attacked 12 times, trying to advance "
        "near Zelene and Torske.",
        ["Zelene", "Torske"],
    ),
    (
        "On the Siversk axis, Russian troops launched nine assaults, attempting "
        "to break through at Bilohorivka.",
        ["Bilohorivka"],
    ),
    (
        "The occupiers kept attacking in the Kupiansk direction, trying to "
        "push toward Synkivka and Petropavlivka.",
        ["Synkivka", "Petropavlivka"],
    ),
]


@pytest.mark.parametrize(("text", "places"), ATTACKS_THEN_ATTEMPT)
def test_placeless_attacks_told_with_their_attempt_are_one_fight(
    text: str, places: list[str]
) -> None:
    """One fight, spanning the attacks and the attempt, at the attempt's places."""
    rows = claim_rows(text, "en")
    assert len(rows) == 1
    kind, gainer, negated, named, _ = rows[0]
    assert (kind, gainer, negated) == ("fighting", None, False)
    assert set(places) <= set(named)


def test_attacks_with_a_place_of_their_own_stay_beside_the_attempt() -> None:
    """Attacks that name their own place are not folded into the attempt."""
    rows = claim_rows(
        "The enemy attacked 12 times near Zelene, trying to advance toward Torske.",
        "en",
    )
    assert any("Zelene" in r[3] for r in rows)
