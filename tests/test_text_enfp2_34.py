"""English spurious claims, session 34 round 2 (ENFP2-34): own phrasings
only, three per rule; nothing here reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


def _fights(text: str) -> list:
    return [r for r in claim_rows(text, "en") if r[0] == "fighting"]


# a fight told over a span of many months ("since the start of the
# invasion") is the place's background, no fighting reported (each gives a
# fight with merges.LONG_FIGHT_DAYS out of reach)
@pytest.mark.parametrize(
    "text",
    [
        "Russian units have kept up assaults on Hrodivka since the beginning of "
        "the full-scale invasion, officials said.",
        "Ukrainian units have been fighting for Krynky since the beginning of the "
        "full-scale war.",
        "Russian forces have been attacking Stepove since the start of the "
        "full-scale invasion.",
    ],
)
def test_fight_over_a_long_span_is_background(text: str) -> None:
    assert _fights(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have been attacking Stepove since August.",
        "Russian forces attacked Stepove on Monday.",
        "Fighting has raged around Lozove since Friday, the brigade said.",
    ],
)
def test_fight_over_a_short_span_stays(text: str) -> None:
    rows = _fights(text)
    assert len(rows) == 1 and rows[0][3], rows
