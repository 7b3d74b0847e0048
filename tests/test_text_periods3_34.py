"""Periods, session 34 round 2 (the ``periods3`` lane, English statement days).

"Hours later" / "later that day" (``same_day``): a statement told some hours
after a dated one is of that day, like "the same day" (CONVENTIONS: a claim
only announced ends on the statement day the text gives).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods

MONDAY = date(2025, 6, 16)  # publication
SATURDAY = date(2025, 6, 14)

_LATER_EN = [
    "The governor said on Saturday that fighting had reached the outskirts."
    " Hours later, the defence ministry said its troops had captured Zelenivka.",
    "The brigade reported on Saturday that the enemy was regrouping. Later"
    " that day, the ministry announced that its forces had taken Kamianka.",
    "A militia leader claimed on Saturday that his men had taken Lukivka."
    " Just hours later, Moscow said its units had seized the village of Dibrova.",
]


@pytest.mark.parametrize("text", _LATER_EN)
def test_hours_later_is_the_day_named_before(text: str) -> None:
    claims = extract_claims(text, published=MONDAY, language="en")
    taken = [c for c in claims if c.kind == "settlement_control"]
    assert taken, text
    assert taken[-1].period_end == SATURDAY


@pytest.mark.parametrize(
    "phrase", ["hours later", "Hours later", "several hours later", "later that day"]
)
def test_hours_later_is_a_same_day_mention(phrase: str) -> None:
    found = find_periods(f"The ministry said {phrase} that the town fell.", "en")
    assert [m.kind for m in found] == ["same_day"]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge took hours to repair.",
        "Crews worked for hours near the river.",
    ],
)
def test_hours_alone_is_no_time_of_a_day(text: str) -> None:
    assert not [m for m in find_periods(text, "en") if m.kind == "same_day"]
