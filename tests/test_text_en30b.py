"""English detection rules of session 30, round 2 (EN30b), each in three
phrasings of our own.

* "still held" told in the past is a status the writer tells, as "still
  holds" is: a part of a town still held is partial control of it
  (rules/holding.py); a time that sets the hold back ("…, still held by
  Ukrainian forces at the time") keeps it background, no claim; people
  "still held" in a country or by a side are captives (rules/skips.py);
* "still controlled" reads as "still held" does (lang/en.py, the hold
  family);
* a past "controlled" with a part of a town for its object tells the part's
  status ("Russian forces controlled several blocks in the east of X"),
  unless "at the time" or "back then" sets it back (rules/holding.py).
"""

from __future__ import annotations

import pytest
from claim_rows import Row, claim_rows


def claims(text: str) -> list[Row]:
    """(kind, gainer, negated, places, rule) of every claim of an English text."""
    return claim_rows(text, "en")


def holdings(text: str) -> list[Row]:
    """The holding rule's claims of ``text``."""
    return [r for r in claims(text) if r[4] == "holding:hold"]


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Street battles went on in Siversk. Ukrainian marines still held a "
            "few blocks in the west of the town, the brigade said.",
            "UA",
            "Siversk",
        ),
        (
            "The assault on Kreminna dragged into its third week. Russian "
            "troops still held several streets near the railway station.",
            "RU",
            "Kreminna",
        ),
        (
            "Toretsk has been shelled for months. By Friday Ukrainian "
            "defenders still held the northern districts of Toretsk.",
            "UA",
            "Toretsk",
        ),
    ],
)
def test_a_part_still_held_is_partial_control(
    text: str, gainer: str, place: str
) -> None:
    rows = holdings(text)
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("settlement_control", gainer, False, [place])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The hamlet fell in May to troops moving round the flanks of Toretsk, "
        "still held by Ukrainian forces at the time.",
        "Russian units reached the ridge above Kreminna, still held by "
        "their own garrison back then.",
        "The convoy drove past Siversk, still held by Ukrainian troops at the "
        "time, and on to the river.",
    ],
)
def test_still_held_at_the_time_is_background(text: str) -> None:
    assert holdings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said about 2,000 Ukrainians still held in Russia had been identified.",
        "The ombudsman listed the civilians still held by Russian forces "
        "since the siege.",
        "Families of prisoners still held captive rallied in the capital.",
    ],
)
def test_people_still_held_are_captives(text: str) -> None:
    assert holdings(text) == []


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Ukrainian troops still controlled the centre of Siversk on "
            "Friday, the governor said.",
            "UA",
            "Siversk",
        ),
        (
            "By the evening Russian forces still controlled a few streets in Kreminna.",
            "RU",
            "Kreminna",
        ),
        (
            "Reporters found that the marines still controlled the northern "
            "districts of Toretsk.",
            "UA",
            "Toretsk",
        ),
    ],
)
def test_still_controlled_is_a_status(text: str, gainer: str, place: str) -> None:
    rows = holdings(text)
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("settlement_control", gainer, False, [place])
    ]


def test_still_controlled_at_the_time_is_background() -> None:
    text = "The column passed Siversk, still controlled by Ukraine at the time."
    assert holdings(text) == []


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Ukrainian marines controlled several blocks in the south of Kreminna.",
            "UA",
            "Kreminna",
        ),
        (
            "Russian troops controlled most of the town of Toretsk on Friday.",
            "RU",
            "Toretsk",
        ),
        (
            "By nightfall Russian units controlled a few streets of Siversk, "
            "the governor said.",
            "RU",
            "Siversk",
        ),
    ],
)
def test_a_part_controlled_is_a_status(text: str, gainer: str, place: str) -> None:
    rows = holdings(text)
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("settlement_control", gainer, False, [place])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Back then Russian forces controlled several blocks in the south of Siversk.",
        "Russian forces controlled a few streets of Siversk at the time.",
        "At the time Ukrainian units controlled most of the town of Toretsk.",
    ],
)
def test_a_part_controlled_back_then_is_background(text: str) -> None:
    assert holdings(text) == []
