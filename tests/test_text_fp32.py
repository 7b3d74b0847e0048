"""Session 32 precision rules (FP32): spurious claims in en/uk/ru.

Each rule: three phrasings of our own per language where it applies, and a
near phrasing that is a real claim and stays one. Nothing here reads
``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


def _kinds(text: str, lang: str) -> list[tuple[str, list[str]]]:
    """(kind, places) of every claim of ``text``."""
    return [(r[0], r[3]) for r in claim_rows(text, lang)]


# --- a place described by what it has long withstood, for a counted span ---

LONG_COUNTED_SPAN = [
    "Moscow said it had taken Kreminna, a river town that its troops have "
    "been trying to seize for more than a year.",
    "The army said it had captured Marinka, a suburb that its units had "
    "been attempting to storm for nearly two years.",
    "Russia claimed it had occupied Siversk, which its forces have been "
    "trying to take for 18 months.",
]


@pytest.mark.parametrize("text", LONG_COUNTED_SPAN)
def test_attempts_over_a_counted_span_in_a_clause_are_background(text: str) -> None:
    """The clause describes the place; the capture is the only claim."""
    kinds = _kinds(text, "en")
    assert [k for k, _ in kinds] == ["settlement_control"]


def test_attempts_told_as_news_stay_a_fight() -> None:
    """An attempt at a place that is the news is still a fight."""
    kinds = _kinds(
        "Russian troops tried to storm Kreminna twice on Tuesday, the army said.",
        "en",
    )
    assert ("fighting", ["Kreminna"]) in kinds
