"""Session 35, Ukrainian defect probe: phrasings of our own.

* a settlement and its district whose adjective holds an apostrophe ("X
  Куп'янського району") are two places, not one region: the claim is kept
  (toponyms._ADJ_REGION_SPLIT).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


@pytest.mark.parametrize(
    ("text", "gainer", "places"),
    [
        (
            "Окупанти захопили Синьківку Куп'янського району.",
            "RU",
            ["Синьківку", "Куп'янського району"],
        ),
        (
            "Росіяни заявляють про взяття під контроль с. Петропавлівка "
            "Куп’янського району Харківської області.",
            "RU",
            ["Петропавлівка", "Куп’янського району", "Харківської області"],
        ),
        (
            "Сили оборони звільнили Степове Кам'янської громади.",
            "UA",
            ["Степове", "Кам'янської громади"],
        ),
    ],
)
def test_district_with_an_apostrophe_is_split_off(
    text: str, gainer: str, places: list[str]
) -> None:
    rows = [r for r in claim_rows(text, "uk") if r[0] == "settlement_control"]
    assert [(r[1], r[3]) for r in rows] == [(gainer, places)]
