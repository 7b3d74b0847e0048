"""Claimants from blind28's error classes, session 37 (lane b28claim): own
phrasings only, three per language where the rule applies; nothing here
reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import claimants


# the figures, numbers or statistics a body compiled or published, after
# "according to": the body speaks, not the figures
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian troops took 280 sq km in April, according to figures "
            "compiled by the Frontmap project and checked by our reporters.",
            "Frontmap",
        ),
        (
            "Ukrainian units retook 35 sq km near Kupiansk, according to "
            "numbers released by the General Staff in Kyiv.",
            "General Staff in Kyiv",
        ),
        (
            "Russian forces captured 150 square kilometres in June, according "
            "to statistics published by the Black Sea Monitor group.",
            "Black Sea Monitor",
        ),
    ],
)
def test_figures_compiled_by(text: str, expected: str) -> None:
    assert claimants(text, "en") == [expected]
