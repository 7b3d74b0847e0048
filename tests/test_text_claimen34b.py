"""English claimants, session 34 round 2 (lane claimen2): own phrasings
only, three per rule; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claims_after

PUB = date(2025, 6, 14)
EARLIER = "Oleksandr Syrskyi said on Monday the situation was tense.\n\n"


# a role, then the person's name apposed to it with a rank: the name speaks,
# the role phrase is its role; and a boast or an assertion is speech too
@pytest.mark.parametrize(
    ("text", "marker", "name", "role"),
    [
        (
            EARLIER + "The brigade's commander, Colonel Petro Marchenko, asserted on "
            "Tuesday that his troops had retaken Pryiutne.",
            "The brigade's",
            "Petro Marchenko",
            "The brigade's commander",
        ),
        (
            EARLIER + "Ukraine's top general, General Ivan Koval, said that Russian "
            "forces were advancing near Torske.",
            "Ukraine's top",
            "Ivan Koval",
            "Ukraine's top general",
        ),
        (
            EARLIER + "The regional governor, Colonel Vadym Filashkin, wrote that "
            "Russian troops had entered the outskirts of Novopil.",
            "The regional",
            "Vadym Filashkin",
            "The regional governor",
        ),
    ],
)
def test_ranked_name_apposed_to_a_role(
    text: str, marker: str, name: str, role: str
) -> None:
    for c in claims_after(text, marker, "en", PUB):
        assert (c.claimant, c.claimant_role) == (name, role), c.claimant


@pytest.mark.parametrize(
    ("text", "marker", "name"),
    [
        (
            EARLIER + "Stepan Hrytsenko boasted that his men had retaken Pryiutne.",
            "Stepan",
            "Stepan Hrytsenko",
        ),
        (
            EARLIER + "Russian troops advanced 2 km west of Novopil, Andrii "
            "Kovalenko pointed out.",
            "Russian troops",
            "Andrii Kovalenko",
        ),
        (
            EARLIER + "Denys Yaroslavskyi argued that Russian forces had captured "
            "Torske.",
            "Denys",
            "Denys Yaroslavskyi",
        ),
    ],
)
def test_a_boast_or_an_assertion_is_speech(text: str, marker: str, name: str) -> None:
    for c in claims_after(text, marker, "en", PUB):
        assert c.claimant == name, c.claimant


# "Its analysts" / "Their mappers" are the analysts of the body named before:
# that body speaks, not a body called "Its"
@pytest.mark.parametrize(
    ("text", "marker", "name"),
    [
        (
            EARLIER + "The Kontur monitoring group marks Torske as contested. Its "
            "analysts say Russian forces did advance in Novopil over the past week.",
            "Its analysts",
            "Kontur",
        ),
        (
            EARLIER + "The Frontlens project said on Friday that its map was "
            "updated. Its mappers said Russian troops had entered the centre of "
            "Torske.",
            "Its mappers",
            "Frontlens",
        ),
        (
            EARLIER + "The Kontur group said it had updated its map. Their "
            "researchers estimate that Russia gained 300 sq km in May.",
            "Their researchers",
            "Kontur",
        ),
    ],
)
def test_its_analysts_point_back(text: str, marker: str, name: str) -> None:
    for c in claims_after(text, marker, "en", PUB):
        assert c.claimant is not None and name in c.claimant.split(), c.claimant
