"""English claimants, session 34 (CLAIMANT34, lane claimen): own phrasings
only, three per rule; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claims_after

from frontline.text.page_speakers import channel_header

PUB = date(2025, 6, 14)


# a channel header led by a unit's ordinal and a longer name before a bar
# speaks the post's claims that name nobody
@pytest.mark.parametrize(
    ("text", "marker", "name"),
    [
        (
            "12th Separate Assault Brigade “Wolves” | news\n\n"
            "Our units advanced 800 metres west of Torske over the past day.",
            "Our units",
            "12th Separate Assault Brigade “Wolves”",
        ),
        (
            "🔰 47th Mechanised Brigade of the Guard | front diary\n\n"
            "The enemy attacked our positions near Novopil four times. "
            "We took back a tree line south of the village.",
            "We took",
            "47th Mechanised Brigade of the Guard",
        ),
        (
            "3rd Border Detachment Northern Shield | evening\n\n"
            "Heavy fighting continues on the outskirts of Vovchansk; "
            "the occupiers were pushed out of two streets.",
            "Heavy fighting",
            "3rd Border Detachment Northern Shield",
        ),
    ],
)
def test_ordinal_unit_channel_header(text: str, marker: str, name: str) -> None:
    assert channel_header(text).name == name
    for c in claims_after(text, marker, "en", PUB):
        assert c.claimant == name, (c.kind, c.claimant)


# a named project told with an article before its description ("The Kontur
# monitoring group said") is the project, its description the role
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Kontur monitoring group said on Friday that Russian troops had "
            "entered the centre of Torske.",
            "Kontur",
            "monitoring group",
        ),
        (
            "The open-source Frontlens mapping project reported that Ukrainian "
            "forces retook two villages near Robotyne.",
            "Frontlens",
            "open-source mapping project",
        ),
        (
            "A Stepnyak volunteer team says Russian forces advanced 1.5 km west of "
            "Novopil this week.",
            "Stepnyak",
            "volunteer team",
        ),
    ],
)
def test_article_before_a_named_project(text: str, name: str, role: str) -> None:
    claims = claims_after(text, text.split()[0], "en", PUB)
    for c in claims:
        assert (c.claimant, c.claimant_role) == (name, role), c.claimant
