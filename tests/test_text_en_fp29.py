"""English precision rules of session 29 (lane FP29): look-alikes that make no
claim. Every sentence here is our own; none is taken from a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 3, 12)


def kinds(text: str) -> list[str]:
    return [c.kind for c in extract_claims(text, published=PUB, language="en")]


# ---- a situation told as tense or difficult is a mood, no fighting -----------
# (lang/en.py: the "situation" alternative of the fight family is gone; the
# read sets had 4 such claims spurious to 1 matched, the unread pool 3 to 0)
@pytest.mark.parametrize(
    "text",
    [
        "Near Kolosky the situation is very tense, a brigade officer said.",
        "The situation on the Marivka front has become critical overnight.",
        "In Lugove the situation has deteriorated since Sunday, the governor said.",
    ],
)
def test_a_tense_or_difficult_situation_is_no_fighting(text: str) -> None:
    assert "fighting" not in kinds(text), text


def test_fighting_told_beside_the_situation_is_still_fighting() -> None:
    text = (
        "The situation near Kolosky is tense: Russian troops attacked the "
        "village four times on Tuesday."
    )
    assert kinds(text) == ["fighting"]


# ---- fighting a place has long seen, told in a relative clause ---------------
# (rules/skips.py, FP29 rows: background to the news, no report)
@pytest.mark.parametrize(
    "text",
    [
        "Lugove, which the marines had held for months against relentless "
        "assaults, was quiet on Monday.",
        "Medics reached Kolosky, a village that has been the focus of heavy "
        "fighting since the spring.",
        "Kyiv pulled its troops out of Marivka, the town it had defended since "
        "2023 against daily assaults.",
    ],
)
def test_long_fighting_in_a_relative_clause_is_background(text: str) -> None:
    assert "fighting" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops have attacked Kolosky for weeks, the brigade said.",
        "Heavy fighting has raged near Marivka since Sunday, officials said.",
        "Lugove, where fighting continues, was shelled again on Monday.",
    ],
)
def test_long_fighting_as_the_news_is_still_fighting(text: str) -> None:
    assert "fighting" in kinds(text), text


# ---- a counter-attack told with the town ground it won -----------------------
# (merges.py: the settlement claim only, no fighting beside it)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ukrainian troops counterattacked in Kolosky and now hold the western "
            "part of the village.",
            "Kolosky",
        ),
        (
            "A Ukrainian counterattack pushed the Russians out of the northern "
            "half of Lugove.",
            "Lugove",
        ),
        (
            "Marines counter-attacked in Marivka on Sunday and regained control "
            "of its eastern districts.",
            "Marivka",
        ),
    ],
)
def test_a_counterattack_with_the_town_it_won_is_that_gain(
    text: str, place: str
) -> None:
    got = extract_claims(text, published=PUB, language="en")
    assert [c.kind for c in got] == ["settlement_control"], text
    assert got[0].gainer == "UA"
    assert place in {p.name for p in got[0].places}


def test_a_counterattack_elsewhere_stays_fighting() -> None:
    text = (
        "Ukrainian troops counterattacked near Marivka, while Russian forces "
        "captured Kolosky."
    )
    assert sorted(kinds(text)) == ["fighting", "settlement_control"]
