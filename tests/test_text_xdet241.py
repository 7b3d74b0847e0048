"""Session 41, lane xdet2: missed and spurious claims the first detection
lane left, each rule tested on phrasings of our own."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-06-09"


def _claims(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# a region's edge ("межа") reached, then a second advance: two claims, as
# after "до кордону"
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Підрозділи вийшли до межі Луганської області і продовжують "
            "розвивати наступ на території Харківської області.",
            "Луганської області",
            "Харківської області",
        ),
        (
            "Наші бійці вийшли на межу Донецької області та розвивають наступ "
            "углиб Дніпропетровської області.",
            "Донецької області",
            "Дніпропетровської області",
        ),
        (
            "Сили оборони вийшли на межу Херсонської області й просуваються "
            "далі на південь до Каховки.",
            "Херсонської області",
            "Каховки",
        ),
    ],
)
def test_edge_of_region_reached_then_more_uk(
    text: str, first: str, second: str
) -> None:
    got = _claims(text, "uk")
    assert got == [("advance", "UA", [first]), ("advance", "UA", [second])]
