"""English recall families of session 29 (``lang/en.py`` EN29), each in three
phrasings of our own.

* a completed capture told with the verb in scare quotes, the adverb inside
  them ('had "completely taken" X', 'X had been "fully liberated"'): a
  settlement claim, active or passive;
* an advance word whose clause is followed, past a comma, by an area figure
  with no word of its own ("advanced near X, …, gaining 6 sq km"): the advance
  is a claim and the figure another (rules/area.py); a figure that is the
  advance's own object ("advanced over 725 sq km") stays one area claim; the
  same for a town taken before the figure ("captured X on Monday, …, gaining
  about 10 sq km": a settlement claim, then an area);
* a capture noun followed by the month May ("the fall of X in May") is no
  modal prospect ("the fall of the hub may cut the road" stays one);
* a fight inside the town told before, no place named ("fighting for every
  house", "street by street", "in the streets"): fighting at that town.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import PUB, Row, claim_rows

from frontline.text.claims import extract_claims


def claims(text: str) -> list[Row]:
    """(kind, gainer, negated, places, rule) of every claim of an English text."""
    return claim_rows(text, "en")


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            'The Russian ministry said its marines had "completely taken" Hrodivka '
            "after a week of fighting.",
            "RU",
            "Hrodivka",
        ),
        (
            'Kyiv said on Friday the village of Zarichne had been "fully liberated".',
            "UA",
            "Zarichne",
        ),
        (
            'A brigade spokesman said Lozova was "entirely cleared" of Russian '
            "troops by noon.",
            "UA",
            "Lozova",
        ),
    ],
)
def test_a_capture_told_in_scare_quotes_is_a_settlement_claim(
    text: str, gainer: str, place: str
) -> None:
    got = claims(text)
    assert [(k, g, n, p) for k, g, n, p, _ in got] == [
        ("settlement_control", gainer, False, [place])
    ]
    assert got[0][4].startswith("settlement:")


def test_a_quoted_adverb_without_a_capture_verb_makes_no_claim() -> None:
    assert claims('The minister said the plan was "fully approved" on Friday.') == []


@pytest.mark.parametrize(
    ("text", "gainer", "places"),
    [
        (
            "Russian forces advanced near Hrodivka and Lozova, DeepState said on "
            "Friday, gaining about 6 square kilometres in two days.",
            "RU",
            ["Hrodivka", "Lozova"],
        ),
        (
            "Ukrainian units advanced south of Zarichne, a brigade officer said, "
            "covering some 3 sq km over the week.",
            "UA",
            ["Zarichne"],
        ),
        (
            "Russian marines moved forward east of Lozova, the ministry said, "
            "gaining nearly 4 square kilometres since Monday.",
            "RU",
            ["Lozova"],
        ),
    ],
)
def test_an_advance_told_before_its_area_figure_is_both_claims(
    text: str, gainer: str, places: list[str]
) -> None:
    got = claims(text)
    assert sorted((k, g, n) for k, g, n, _, _ in got) == [
        ("advance", gainer, False),
        ("area_change", gainer, False),
    ]
    advance = next(c for c in got if c[0] == "advance")
    assert advance[3] == places
    assert advance[4] == "advance:advance"


def test_an_area_figure_that_is_the_advance_s_object_stays_one_claim() -> None:
    got = claims(
        "Kremlin forces advanced over 725 square kilometers of Ukrainian "
        "territory, mainly near Pokrovsk, up from 610 square kilometers in October."
    )
    assert [k for k, *_ in got] == ["area_change", "area_change"]


@pytest.mark.parametrize(
    "second",
    [
        "Our men are fighting for every house, the company commander said.",
        "The battle now goes street by street, a medic told us.",
        "Heavy fighting is going on in the streets, the governor said.",
    ],
)
def test_a_fight_for_every_house_is_at_the_town_told_before(second: str) -> None:
    got = claims("Russian troops entered Hrodivka in May. " + second)
    fights = [c for c in got if c[0] == "fighting"]
    assert [(k, g, n, p) for k, g, n, p, _ in fights] == [
        ("fighting", None, False, ["Hrodivka"])
    ]


def test_a_fight_for_every_house_with_no_town_told_is_none() -> None:
    assert claims("They vowed to fight for every house.") == []


@pytest.mark.parametrize(
    ("text", "gainer", "places"),
    [
        (
            "Russian forces captured Lozova on Monday, DeepState said, gaining "
            "about 10 square kilometres.",
            "RU",
            ["Lozova"],
        ),
        (
            "Ukrainian troops liberated Zarichne last week, freeing some 20 square "
            "kilometres.",
            "UA",
            ["Zarichne"],
        ),
        (
            "Russian troops seized the village of Hrodivka on Friday, the ministry "
            "said, gaining almost 8 sq km.",
            "RU",
            ["Hrodivka"],
        ),
    ],
)
def test_a_town_taken_before_its_area_figure_is_both_claims(
    text: str, gainer: str, places: list[str]
) -> None:
    got = claims(text)
    assert sorted((k, g, n) for k, g, n, _, _ in got) == [
        ("area_change", gainer, False),
        ("settlement_control", gainer, False),
    ]
    town = next(c for c in got if c[0] == "settlement_control")
    assert town[3] == places
    assert town[4] == "settlement:capture"


def test_an_area_figure_near_towns_stays_one_area_claim() -> None:
    got = claims(
        "Russian forces have captured 12 square kilometres this week, mostly near "
        "Lozova and Hrodivka."
    )
    assert [k for k, *_ in got] == ["area_change"]


@pytest.mark.parametrize(
    ("text", "gainer", "place", "rule"),
    [
        (
            "Since the fall of Hrodivka in May, Russian troops have pushed west.",
            "RU",
            "Hrodivka",
            "settlement:capture",
        ),
        (
            "Kyiv confirmed the loss of Zarichne in May, a spokesman said.",
            "RU",
            "Zarichne",
            "settlement:withdraw",
        ),
        (
            "Moscow announced the capture of Lozova in May after a long siege.",
            "RU",
            "Lozova",
            "settlement:capture",
        ),
    ],
)
def test_a_capture_in_may_is_no_modal_prospect(
    text: str, gainer: str, place: str, rule: str
) -> None:
    towns = [c for c in claims(text) if c[0] == "settlement_control"]
    assert towns == [("settlement_control", gainer, False, [place], rule)]
    got = extract_claims(text, published=PUB, language="en")
    town = next(c for c in got if c.kind == "settlement_control")
    assert (town.period_start, town.period_end) == (date(2024, 5, 1), date(2024, 5, 31))


def test_a_capture_that_may_come_is_still_a_prospect() -> None:
    assert claims("The fall of the hub may cut the road to the north.") == []
