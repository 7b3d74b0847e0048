"""Session 41, lane xplaces: places and gainers from error families shared by
several read sets, each tested on phrasings of our own (three per language
where the family applies)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, published="2025-03-10", language=lang)


def _names(claim) -> list[str]:
    return [p.name for p in claim.places]


# XPLACES41 (a): a place lost and won back in one sentence with nobody named
# ("X was occupied in 2022 and liberated in September"): the winning back is
# the word's side, not the actor of the sentence before (whose side made it
# the loss's twin and dropped it)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian units captured Ploske on Tuesday, the ministry said.\n\n"
            "Balakliia, a railway town, was occupied in March 2022 and "
            "liberated in September 2022.",
            "Balakliia",
        ),
        (
            "Moscow's forces pushed 2 km toward Siversk, the ministry said. "
            "Izium was seized early in the invasion and later recaptured in "
            "September.",
            "Izium",
        ),
        (
            "Russian troops took Hrekivka, the defence ministry said. Lyman "
            "was seized in May 2022 and then retaken in October.",
            "Lyman",
        ),
    ],
)
def test_won_back_after_a_loss_is_the_other_side(text: str, place: str) -> None:
    claims = [c for c in _claims(text, "en") if place in _names(c)]
    assert any(c.gainer == "UA" for c in claims), [
        (c.kind, c.gainer, c.quote) for c in claims
    ]
