"""Session 39, known defects left open by session 38: phrasings of our own
(three per language where it applies).

* KNOWN39 (1): researchers named after a claim ("…, researchers at the Kyiv
  School of Economics said") gave no claimant: "researchers" is a voice
  described (lang en DESCRIBED_VOICES), and a school, college, university,
  academy, foundation or team is a body (claimants._ORG_WORD), so "Kyiv School
  of Economics" is no person "of Economics". uk/ru ("заявили дослідники …")
  named the speaker already.
"""

from __future__ import annotations

import pytest
from claim_rows import PUB, claimants

from frontline.text.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Ukrainian forces retook Robotyne, researchers at the Kyiv School of "
            "Economics said.",
            "Kyiv School of Economics",
        ),
        (
            "Russian troops captured Pervomaiske, researchers from the Conflict "
            "Intelligence Team said on Monday.",
            "Conflict Intelligence Team",
        ),
        (
            "Russian troops have advanced three kilometres near Vuhledar, "
            "researchers at King's College London wrote.",
            "King's College London",
        ),
        (
            "Ukrainian forces retook Robotyne, according to researchers at the "
            "Kyiv School of Economics.",
            "Kyiv School of Economics",
        ),
    ],
)
def test_researchers_at_a_body_speak(text: str, who: str) -> None:
    assert claimants(text, "en") == [who]
    places = [p.name for c in extract_claims(text, published=PUB, language="en")
              for p in c.places]
    assert not any(who.startswith(p) for p in places)
