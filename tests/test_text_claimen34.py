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
