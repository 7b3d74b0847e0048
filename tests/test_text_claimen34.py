"""English claimants, session 34 (CLAIMANT34, lane claimen): own phrasings
only, three per rule; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claims_after

PUB = date(2025, 6, 14)


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
