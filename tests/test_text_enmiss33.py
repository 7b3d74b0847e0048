"""English missed claims, session 33 (enmiss lane): own phrasings only,
three per rule; nothing here reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


# a search-and-X sweep by any spelling (spaces, hyphens, quotes) is fighting
# at its place, or at the town told before when it is told going on; the
# "strike" in its name is no air strike
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian troops hold most of Zorivka. Search-and-strike operations "
            "are continuing in its southern part, the brigade said.",
            "Zorivka",
        ),
        (
            'Ukrainian units conduct "search and clear" operations near Hrabove, '
            "the spokesman said.",
            "Hrabove",
        ),
        (
            "Search and destroy missions are under way in the eastern districts "
            "of Sokilne, a commander told us.",
            "Sokilne",
        ),
    ],
)
def test_search_and_strike_operations_are_fighting(text: str, place: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "fighting"]
    assert [(r[1], r[2], r[3]) for r in rows] == [(None, False, [place])]


def test_search_and_strike_operations_with_no_place_make_no_fight() -> None:
    text = "Search-and-strike operations continue, the spokesman said."
    assert [r for r in claim_rows(text, "en") if r[0] == "fighting"] == []


# a participle after "as" with no noun after it is the status a map or a
# list gives the place before "as" (not "as occupied territory", not a
# contrast "rather than as occupied")
@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        ("The analysts' map now marks Zorivka as occupied.", "Zorivka", "RU"),
        (
            "Kyiv's own list shows the village of Sokilne as occupied since May.",
            "Sokilne",
            "RU",
        ),
        (
            "Officials in Kyiv have listed Hrabove as occupied since the summer.",
            "Hrabove",
            "RU",
        ),
    ],
)
def test_place_marked_as_taken(text: str, place: str, gainer: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "settlement_control"]
    assert [(r[1], r[2], r[3]) for r in rows] == [(gainer, False, [place])]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow treats Zorivka as occupied territory of its own.",
        "The map shows Sokilne as a grey zone rather than as occupied.",
        "The fields around Hrabove are now shown as occupied.",
    ],
)
def test_as_with_a_noun_or_a_contrast_is_no_capture(text: str) -> None:
    assert [r for r in claim_rows(text, "en") if r[0] == "settlement_control"] == []


# a flag told back, up or flying over a place, an adverb or two between the
# verb and its state: a capture by the flag's side
@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        ("The Ukrainian flag is back over Zorivka, the brigade said.", "Zorivka", "UA"),
        (
            "Russian flags are now up over the administration building in Sokilne.",
            "Sokilne",
            "RU",
        ),
        (
            "After two days of street fighting the Ukrainian flag is once again "
            "flying over Hrabove.",
            "Hrabove",
            "UA",
        ),
    ],
)
def test_flag_back_over_a_place(text: str, place: str, gainer: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] == "settlement_control"]
    assert [(r[1], r[2], r[3]) for r in rows] == [(gainer, False, [place])]


def test_flag_back_over_a_building_with_no_town_makes_no_claim() -> None:
    text = "The teacher said the flag is back over the school."
    assert [r for r in claim_rows(text, "en") if r[0] == "settlement_control"] == []
