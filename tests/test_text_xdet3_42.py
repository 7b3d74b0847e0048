"""Session 42, lane xdet3: missed and spurious claims shared across the read
sets, each rule tested on phrasings of our own."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-06-09"


def _claims(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# "most of the gains were / came near X" tells where a month's gains lay: an
# advance at X (the read golds, 7 in 6 sets)
@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Russian troops took 410 square kilometres in May, the analysts "
            "said. Most of the gains were near Zorivka and Lypove.",
            ["Zorivka", "Lypove"],
        ),
        (
            "Moscow's forces seized 380 square kilometres last month. Most "
            "gains came west of Dubrivka and around Kalynivske.",
            ["Dubrivka", "Kalynivske"],
        ),
        (
            "Russia captured some 300 square kilometres in April. Most of "
            "April's gains have come around Stepove and Orikhove.",
            ["Stepove", "Orikhove"],
        ),
    ],
)
def test_most_of_the_gains_near_places_is_an_advance(
    text: str, places: list[str]
) -> None:
    adv = [c for c in _claims(text, "en") if c[0] == "advance"]
    assert len(adv) == 1
    assert adv[0][1] == "RU"
    assert adv[0][2] == places


# ... but with a "where" clause that tells the gains themselves, the share is
# no claim of its own: only the "where" clause's claim stands
@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Most of the gains came in the Kharkiv region, where Russian "
            "troops captured Zorivka on Tuesday.",
            "settlement_control",
            "Zorivka",
        ),
        (
            "Much of the June advance came on the Lyman axis, where Russian "
            "forces took Dubrivka.",
            "settlement_control",
            "Dubrivka",
        ),
        (
            "Most of the week's progress was made south of Lypove, where "
            "Russian troops captured Kalynivske.",
            "settlement_control",
            "Kalynivske",
        ),
    ],
)
def test_a_share_told_in_its_where_clause_is_no_advance(
    text: str, kind: str, place: str
) -> None:
    got = _claims(text, "en")
    assert not [c for c in got if c[0] == "advance"]
    assert [c for c in got if c[0] == kind and place in c[2]]


# a fraction of the gains stays no claim: it apportions ones counted before
def test_a_fraction_of_the_advances_is_no_claim() -> None:
    text = (
        "Two-thirds of last month's Russian advances were in the eastern "
        "Kharkiv region, the analysts said."
    )
    assert not [c for c in _claims(text, "en") if c[0] == "advance"]


# "gains were" after anything but a place preposition stays no claim
def test_gains_were_without_a_place_is_no_claim() -> None:
    assert _claims("The gains were in line with what we expected.", "en") == []


# a side's troops stopped or halted in the passive: the stopped side's
# advance, negated (was nothing for "stopped", the other side for "halted")
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("Russian troops have been stopped outside Zorivka.", "RU", "Zorivka"),
        (
            "Ukrainian units were halted near Lypove, the bloggers wrote.",
            "UA",
            "Lypove",
        ),
        (
            "Moscow says Ukrainian forces pushed forward near Dubrivka, but "
            "they have been stopped short of Kalynivske.",
            "UA",
            "Kalynivske",
        ),
    ],
)
def test_troops_stopped_in_the_passive_are_a_negated_advance(
    text: str, gainer: str, place: str
) -> None:
    got = [
        c
        for c in extract_claims(text, published=PUB, language="en")
        if c.kind == "advance" and place in [p.name for p in c.places]
    ]
    assert len(got) == 1
    assert got[0].gainer == gainer
    assert got[0].negated is True


def test_something_else_stopped_is_no_claim() -> None:
    assert _claims("Traffic was stopped near the bridge at Zorivka.", "en") == []
