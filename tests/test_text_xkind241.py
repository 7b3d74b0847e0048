"""Session 41, lane xkind2: kind families the first kind lane left, each rule
tested on phrasings of our own (three per language)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


def _kinds(text: str, lang: str) -> list[tuple[str, str | None, list[str], bool]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places], c.negated)
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# XKIND241 (a): English "out of / from the region" points back to the region
# named before (anaphora._EN); the trigger acting on it makes a region-level
# area change (rules/settlement/recalled._region_itself), as uk/ru do
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "Fighting in the Kursk region goes on. The governor said Ukrainian "
            "forces had been driven out of the region.",
            "RU",
        ),
        (
            "Heavy fighting hit the Kursk region. Moscow said Ukrainian units "
            "were expelled from the region on Tuesday.",
            "RU",
        ),
        (
            "Battles raged in the Kursk region for months. Russian troops "
            "finally forced the Ukrainians out of the region.",
            "RU",
        ),
    ],
)
def test_en_region_pointer_left_is_region_level(text: str, gainer: str) -> None:
    claims = [
        c
        for c in extract_claims(text, published=PUB, language="en")
        if c.kind != "fighting"
    ]
    assert len(claims) == 1
    c = claims[0]
    assert c.kind == "area_change"
    assert c.gainer == gainer
    assert [p.name for p in c.places] == ["Kursk region"]
    assert c.extra.get("region_level") is True


def test_en_villages_in_the_region_stay_settlements() -> None:
    text = (
        "Fighting in the Kursk region goes on. Ukrainian forces had been "
        "driven out of the villages in the region."
    )
    kinds = [k for k, *_ in _kinds(text, "en")]
    assert "area_change" not in kinds
