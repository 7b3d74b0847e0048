"""Session 36, b27rest: blind27's wrong places, gainers, running totals and
denials, in general form.

Phrasings are our own; nothing here reads ``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

# --- a live blog's clock zone is no place --------------------------------
# "08:35 GMT — …": the zone after an entry time names no settlement.


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Live updates\n\n09:10 GMT — Ukraine's army says fighting continues "
            "in Toretsk.",
            "Toretsk",
        ),
        (
            "Live updates\n\n14:00 EET — Russia says its troops advanced 2 km "
            "near Robotyne.",
            "Robotyne",
        ),
        (
            "Live updates\n\n21:45 UTC — Kyiv said its forces had recaptured "
            "Klishchiivka.",
            "Klishchiivka",
        ),
    ],
)
def test_clock_zone_is_no_place(text: str, place: str) -> None:
    rows = claim_rows(text, "en")
    assert rows, text
    for row in rows:
        assert row[3] == [place], row
