"""Session 33 round 2, English precision (EN-FP33b): spurious claims in English.

Each rule: three phrasings of our own, and a near phrasing that is a real
claim and stays one. Nothing here reads ``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

# --- a capture or push named as what something is for: a prospect ---

FOR_A_PUSH = [
    "Taking the ridge would clear the way for a push toward Kurakhove.",
    "Brigades in the south are massing for the recapture of Robotyne.",
    "The new bridges lay the ground for an advance on Tokmak, analysts said.",
]


@pytest.mark.parametrize("text", FOR_A_PUSH)
def test_a_push_or_capture_something_is_for_is_no_claim(text: str) -> None:
    """No advance and no settlement taken: the push is a purpose."""
    kinds = [r[0] for r in claim_rows(text, "en")]
    assert "advance" not in kinds
    assert "settlement_control" not in kinds


def test_troops_thanked_for_a_capture_keep_it() -> None:
    """Praise for a capture tells one that happened."""
    rows = claim_rows(
        "Gerasimov thanked Russian troops for the capture of Urozhaine on Sunday.",
        "en",
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("settlement_control", "RU", ["Urozhaine"])
    ]


def test_a_push_told_beside_its_purpose_stays_an_advance() -> None:
    """A push reported as done is still an advance."""
    rows = claim_rows(
        "Ukrainian troops pushed toward Tokmak on Monday, the army said.", "en"
    )
    assert [(r[0], r[1]) for r in rows] == [("advance", "UA")]
