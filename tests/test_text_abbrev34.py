"""A page's speakers read sentences as the splitter does, session 34: no
sentence ends after an abbreviation ("on Jan. 3 that …"), so an earlier
paragraph's analyst does not take a claim whose own sentence names its
speaker. Own phrasings only; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claimants

ANALYST = "The Institute for the Study of War assessed that the offensive has stalled."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Russian Defence Ministry claimed on Jan. 3 that its forces had "
            "captured Kurakhove.",
            "The Russian Defence Ministry",
        ),
        (
            "Russia's defence ministry claimed on Nov. 14 that its troops had "
            "taken Vuhledar.",
            "Russia's defence ministry",
        ),
        (
            "Ukraine's General Staff claimed on Sept. 12 that its forces had "
            "liberated Robotyne.",
            "Ukraine's General Staff",
        ),
    ],
)
def test_a_dated_statement_keeps_its_own_speaker(sentence: str, speaker: str) -> None:
    text = f"{ANALYST}\n\n{sentence}"
    assert claimants(text, "en", date(2024, 12, 27)) == [speaker]
