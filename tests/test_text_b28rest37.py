"""Session 37, b28rest: blind28's wrong gainers, places, kinds and figures,
in general form.

Phrasings are our own; nothing here reads ``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

# --- every form of an English denial verb --------------------------------
# "Ukrainian sources dispute the capture of X": the capture denied is the
# other side's gain, whatever the verb's form.


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ukrainian sources dispute the capture of Synkivka.", "RU"),
        ("Ukrainian officials reject reports of the capture of Synkivka.", "RU"),
        ("Russian military bloggers refute the recapture of Krynky.", "UA"),
        ("Kyiv's commanders dismiss the reported fall of Synkivka.", "RU"),
    ],
)
def test_denial_verb_forms(text: str, gainer: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "settlement_control"]
    assert [(r[1], r[2]) for r in rows] == [(gainer, True)], rows
