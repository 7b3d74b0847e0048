"""A gain whose sentence names no place takes the story's place (session 28),
and the checker does not locate it there.

The text layer lists the region (else the settlement) the story told of last
and marks the claim ``extra["story_place"]``: ``"document"`` when the place was
named only before the claim's sentence. A nationwide or unplaced figure in a
story of one region is no figure of that region, so the checker reads such a
claim as placed nowhere (an area claim: the whole map). Texts are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.check.regions import Places
from frontline.text.claims import extract_claims

PUB = date(2024, 9, 1)


def _area(text: str, language: str = "en"):
    claims = extract_claims(text, published=PUB, language=language)
    return next(c for c in claims if c.kind == "area_change")


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "Fighting raged in the Kursk region on Monday.\n\nRussian forces have "
            "freed 1,100 square kilometres since August, the ministry said.",
            "en",
            "Kursk region",
        ),
        (
            "Shelling went on across the Belgorod region overnight.\n\nThe army "
            "has regained 40 square kilometres this week, the governor said.",
            "en",
            "Belgorod region",
        ),
        (
            "Бої тривають на Курщині.\n\nЗСУ звільнили 100 квадратних кілометрів "
            "за тиждень, заявив Сирський.",
            "uk",
            "Курщині",
        ),
    ],
)
def test_story_place_from_an_earlier_sentence(
    text: str, language: str, place: str
) -> None:
    c = _area(text, language)
    assert [p.name for p in c.places] == [place]
    assert c.extra["story_place"] == "document"


def test_a_place_in_the_sentence_is_no_story_place() -> None:
    c = _area(
        "In the Kursk region, Russian forces have freed 1,100 square kilometres "
        "since August, the ministry said."
    )
    assert [p.name for p in c.places] == ["Kursk region"]
    assert "story_place" not in c.extra


def _no_gazetteer() -> Places:
    places = Places.__new__(Places)
    places.mirror, places.overrides, places.resolver, places.note = None, {}, None, ""
    return places


def test_checker_reads_a_story_place_as_no_place() -> None:
    c = _area(
        "Fighting raged in the Kursk region on Monday.\n\nRussian forces have "
        "freed 1,100 square kilometres since August, the ministry said."
    )
    region, how = _no_gazetteer().region(c, [], "context")
    assert region is not None and region.kind == "all"
    assert how.startswith("the whole map") and "story's place" in how
