"""Claimants, session 31 round 2 (CLAIMANT31): own phrasings only, three
per rule and language; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 5, 3)


def _headline_claims(text: str) -> list:
    """The claims of ``text`` that lie in its first line."""
    end = text.index("\n")
    claims = [c for c in extract_claims(text, published=PUB, language="en")]
    head = [c for c in claims if c.char_start < end]
    assert head, text
    return head


# an English headline whose subject is a side acting in the present
# ("Russia retakes …", "Kyiv admits …") makes its clause's claim, not the
# first voice the article names after it
@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Russia retakes two villages near Lyman\n\n"
            "Russian forces have captured Torske and Zarichne, the Russian "
            "defence ministry said on Saturday.",
            "settlement_control",
            "Russia",
        ),
        (
            "Ukraine pulls its troops out of Krynky after months of fighting\n\n"
            "Ukrainian units left the village overnight, spokesman Dmytro "
            "Lykhovyi said on Saturday.",
            "settlement_control",
            "Ukraine",
        ),
        (
            "Kyiv holds the line in Chasiv Yar as Moscow claims the town\n\n"
            "Russian troops captured Chasiv Yar, the Russian defence ministry "
            "said; the General Staff said fighting went on in the town.",
            "settlement_control",
            "Moscow",
        ),
    ],
)
def test_headline_side_makes_its_claim(text: str, kind: str, name: str) -> None:
    found = [c for c in _headline_claims(text) if c.kind == kind]
    assert found, text
    assert found[0].claimant == name


def test_headline_with_a_voice_keeps_it() -> None:
    """A headline that names its own voice ("…, says X") is not the side's."""
    text = (
        "Russia retakes two villages near Lyman, says DeepState\n\n"
        "Russian forces captured Torske and Zarichne, DeepState said."
    )
    assert all(c.claimant != "Russia" for c in _headline_claims(text))


def _claimants(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.kind, c.claimant) for c in extract_claims(text, published=PUB, language="en")
    ]


# a named map source and what its map shows ("Frontmap shows X under Russian
# control", "mappers at Frontmap show …", "Frontmap still marks …") speaks
# its clause's claim, not the speaker carried from before nor the one that
# opens the sentence
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Governor Ivan Koval said shelling went on overnight. "
            "Frontmap shows the village of Torske under Russian control "
            "as of Monday.",
            "Frontmap",
        ),
        (
            "Spokesman Dmytro Lykhovyi said the attacks were repelled. "
            "Open-source mappers at Frontmap show that Russian forces "
            "captured Zarichne.",
            "Frontmap",
        ),
        (
            "The Russian defence ministry claims it has taken Lypove; "
            "the Frontmap monitoring group, close to the army, showed that "
            "Russian troops advanced 2 km west of Lypove.",
            "Frontmap",
        ),
    ],
)
def test_map_source_speaks_its_clause(text: str, name: str) -> None:
    found = _claimants(text)
    assert found, text
    assert found[-1][1] == name


def test_footage_or_a_month_is_no_map_source() -> None:
    """Evidence and calendar words before "shows" name no source."""
    from frontline.text.claimants import map_source

    assert map_source("Geolocated footage shows Russian troops in Lypove.") is None
    assert map_source("December showed a slowdown near Lypove.") is None
    assert map_source("Our map shows Russian troops in Lypove.") is None
