"""English missed claims, session 32 (EN32): own phrasings only, three per
rule; nothing here reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


# a town cleared in part: the enemy cleared from a part of it, or a share of
# it cleared ("cleared … from the eastern quarters of X", "cleared 80% of X")
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Ukrainian assault units have cleared Russian infantry from the "
            "southern quarters of Hlyboke, the brigade said.",
            "UA",
            "Hlyboke",
        ),
        (
            "The marines reported that Ukrainian troops had cleared nearly "
            "60 per cent of Sokilne by Thursday.",
            "UA",
            "Sokilne",
        ),
        (
            "Russian forces cleared most of Zorivka on Sunday, the Russian "
            "Defence Ministry said.",
            "RU",
            "Zorivka",
        ),
    ],
)
def test_town_cleared_in_part(text: str, gainer: str, place: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "settlement_control"]
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        (gainer, False, [place], "settlement:capture")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sappers cleared most of Zorivka of mines over the summer.",
        "Volunteers cleared half of Sokilne of rubble after the shelling.",
        "Police cleared 30 protesters from the centre of Hlyboke.",
    ],
)
def test_cleared_mines_rubble_or_people_is_no_capture(text: str) -> None:
    assert not [r for r in claim_rows(text, "en") if r[0] == "settlement_control"]


# a claim denied with its topic between the noun and the verdict ("the claim
# about X was false", "the reports on X are untrue"): a negated copy of it
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Moscow said on Monday that its forces had seized Hlyboke. A "
            "Ukrainian army spokesman said the claim about Hlyboke was false.",
            "Hlyboke",
        ),
        (
            "Russian military bloggers wrote that Sokilne had fallen. The "
            "brigade said the reports about the village were simply untrue.",
            "Sokilne",
        ),
        (
            "The Russian Defence Ministry announced it had taken Zorivka. "
            "Kyiv said its statements regarding Zorivka were fake.",
            "Zorivka",
        ),
    ],
)
def test_claim_with_its_topic_called_false(text: str, place: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[4] == "pointing-back"]
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("settlement_control", "RU", True, [place])
    ]
