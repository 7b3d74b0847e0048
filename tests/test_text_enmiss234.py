"""English missed advances, session 34 round 2 (enmiss2 lane): own phrasings
only, three per rule; nothing here reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


# an advance told of a town's flanks ("on the flanks", "along both flanks")
# is located enough to be a claim
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ukrainian troops pushed forward on both flanks of the town.", "UA"),
        (
            "The commander said Russian units had moved forward along the eastern "
            "and western flanks.",
            "RU",
        ),
        (
            "Heavy fighting goes on in Hrabove. Our troops advanced on the "
            "village's southern flank over the past day, the brigade said.",
            "UA",
        ),
    ],
)
def test_flanks_locate_an_advance(text: str, gainer: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "advance"]
    assert [r[1:3] for r in rows] == [(gainer, False)]


def test_a_flank_attack_is_no_advance() -> None:
    text = "The brigade feared a flank attack by Russian forces."
    assert [r for r in claim_rows(text, "en") if r[0] == "advance"] == []
