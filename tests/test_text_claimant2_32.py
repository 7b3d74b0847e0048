"""Claimants, session 32, second lane (CLAIMANT32b): own phrasings only,
three per rule and language; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 5, 3)


def _back_claims(text: str, lang: str = "en") -> list:
    """The claims of ``text`` made by pointing back (``pointing-back``)."""
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.extra.get("rule") == "pointing-back"
    ]
    assert claims, text
    return claims


# a stall after a place list ("… near A, B and C on May 2 and made no
# confirmed advances", "…, attacking without gaining ground") is said by the
# speaker named before, not by the tail of the clause it ends
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Steppe Institute said on Friday that Russian units regrouped.\n\n"
            "Russian units assaulted positions near Bilohorivka, Hryhorivka and "
            "Serebrianka on May 2 and made no confirmed advances.",
            "The Steppe Institute",
        ),
        (
            "The Frontline Monitor said on Monday that Russian forces kept up "
            "pressure.\n\nRussian forces conducted assaults west of Kreminna, "
            "near Nevske, Terny and Torske, attacking without gaining any "
            "meaningful ground.",
            "The Frontline Monitor",
        ),
        (
            "Ukraine's General Staff said the enemy lost 30 men.\n\nRussian "
            "forces attacked near Ivanivka, Klishchiivka and Andriivka but made "
            "no gains.",
            "Ukraine's General Staff",
        ),
    ],
)
def test_stall_tail_is_no_speaker(text: str, name: str) -> None:
    for c in _back_claims(text):
        assert c.claimant == name, (c.claimant, text)


# the denier before the words pointing back stays the speaker, a time
# expression after the name cut off
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian bloggers said troops captured Orikhove. Kyiv on Thursday "
            "denied it.",
            "Kyiv",
        ),
        (
            "Moscow said its forces took Stepove, but Ukraine's military "
            "yesterday rejected the claim.",
            "Ukraine's military",
        ),
        (
            "Pro-Russian channels said troops seized Nelipivka. The brigade "
            "denied that.",
            "The brigade",
        ),
    ],
)
def test_denier_stays_the_speaker(text: str, name: str) -> None:
    for c in _back_claims(text):
        assert c.claimant == name, (c.claimant, text)
