"""Session 36, known defects left open by session 35: phrasings of our own.

* "Data from DeepState showed …", "Figures from the DeepState project show
  …", "Mapping data from ISW indicated …": the source of the data speaks
  (claimants._MAP_SOURCE, _DATA_FROM).
"""

from __future__ import annotations

import pytest
from claim_rows import claimants


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Data from DeepState showed Russian forces captured Hostre.", "DeepState"),
        (
            "Figures from the DeepState project show that Russian troops took "
            "Hostre this week.",
            "DeepState",
        ),
        (
            "Mapping data from ISW indicated Ukrainian forces recaptured Robotyne.",
            "ISW",
        ),
    ],
)
def test_data_from_a_source(text: str, who: str) -> None:
    assert claimants(text, "en") == [who]
