"""English detection rules of session 31 (EN31), each in three phrasings of
our own.

* the share of a count of fights told at a place of its own after a comma
  ("N attacks near X, most of them around Y"; "N clashes on the X axis, with
  the heaviest near Y") is a fighting claim of its own beside the count's
  (rules/fighting.py, lang/en.py FIGHT_SHARE); with no place or sector for
  the count, the one claim stays whole;
* the members of a count told just before, named after "Among them" with
  one member ("Among them is X") or past an aside ("Among them, the
  governor said, are X and Y"), are one claim of the count's side
  (lang/en.py CORE capture, rules/settlement/counts._member_claims);
* a vague distance hedged by up to three words ("no more than a few
  hundred metres", "barely more than several hundred metres") reads as the
  bare vague distance does: an advance, placed at the story's town when its
  sentence names none (rules/advance._VAGUE_DISTANCE).
"""

from __future__ import annotations

import pytest
from claim_rows import Row, claim_rows

from frontline.text.claims import extract_claims


def claims(text: str) -> list[Row]:
    """(kind, gainer, negated, places, rule) of every claim of an English text."""
    return claim_rows(text, "en")


def fights(text: str) -> list[list[str]]:
    """The places of every fighting claim of ``text``, in order."""
    return [r[3] for r in claims(text) if r[0] == "fighting"]


@pytest.mark.parametrize(
    ("text", "count", "share"),
    [
        (
            "The General Staff said 52 Russian assaults were repelled near "
            "Kurakhove over the past day, most of them around Dachne.",
            ["Kurakhove"],
            ["Dachne"],
        ),
        (
            "Ukrainian units beat back 30 attacks near Toretsk on Sunday, the "
            "bulk of them near Shcherbynivka and Niu-York.",
            ["Toretsk"],
            ["Shcherbynivka", "Niu-York"],
        ),
        (
            "The army counted 41 clashes on the Lyman axis by evening, with the "
            "heaviest near Terny and Torske.",
            [],
            ["Terny", "Torske"],
        ),
    ],
)
def test_share_of_fights_is_a_claim_of_its_own(
    text: str, count: list[str], share: list[str]
) -> None:
    assert fights(text) == [count, share]


def test_share_quote_starts_at_its_marker() -> None:
    text = (
        "Ukraine reported 60 attacks near Pokrovsk on Monday, the bulk of them "
        "near Myrnohrad."
    )
    quotes = [c.quote for c in extract_claims(text, language="en")]
    assert quotes[-1].startswith("the bulk of them near Myrnohrad")
    assert "Myrnohrad" not in quotes[0]


@pytest.mark.parametrize(
    "text",
    [
        "The General Staff reported 120 combat clashes on Monday, with the "
        "fiercest fighting near Pokrovsk and Kurakhove.",
        "There were 95 clashes over the past day, most of them near Siversk.",
        "Kyiv logged 70 Russian assaults on Tuesday, most of them around Chasiv Yar.",
    ],
)
def test_share_of_an_unplaced_count_stays_one_claim(text: str) -> None:
    assert len(fights(text)) == 1


@pytest.mark.parametrize(
    ("text", "gainer", "members"),
    [
        (
            "Russian troops have taken five villages in the Kharkiv region. "
            "Among them is Hlyboke.",
            "RU",
            ["Hlyboke"],
        ),
        (
            "Ukrainian forces freed eleven settlements over the week. Among "
            "them, the general said, are Robotyne and Verbove.",
            "UA",
            ["Robotyne", "Verbove"],
        ),
        (
            "Moscow says its army seized four villages near Pokrovsk. Among "
            "them, according to the ministry, was Novohrodivka.",
            "RU",
            ["Novohrodivka"],
        ),
    ],
)
def test_members_of_a_count_one_or_past_an_aside(
    text: str, gainer: str, members: list[str]
) -> None:
    rows = [r for r in claims(text) if r[0] == "settlement_control"]
    assert rows[-1][1] == gainer
    assert rows[-1][3] == members
    assert len(rows) == 2


def test_an_aside_with_no_count_before_makes_no_members() -> None:
    text = "Among them, the governor said, is Hlyboke."
    assert [r for r in claims(text) if r[0] == "settlement_control"] == []


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "The assault on Chasiv Yar goes on. Russian units have moved forward "
            "no more than a few hundred metres a day, the brigade said.",
            "RU",
            "Chasiv Yar",
        ),
        (
            "The battle for Toretsk continues. Over the week the Russians "
            "advanced little more than several hundred metres.",
            "RU",
            "Toretsk",
        ),
        (
            "Fighting rages around Vuhledar. Russian troops have pushed forward "
            "barely more than a few hundred metres this month.",
            "RU",
            "Vuhledar",
        ),
    ],
)
def test_hedged_vague_distance_is_an_advance(
    text: str, gainer: str, place: str
) -> None:
    rows = [r for r in claims(text) if r[0] == "advance"]
    assert [(r[1], r[3]) for r in rows] == [(gainer, [place])]
