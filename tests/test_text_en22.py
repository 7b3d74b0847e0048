"""English families of session 22 (``lang/en.py`` EN22), each in three
phrasings of our own.

* a town cleared, the enemy unnamed ("cleared the village of X", "X has been
  fully cleared, the army said"): a capture; demining is none;
* the enemy driven from a town ("pushed the Ukrainians from X"), and the same
  told by the side driven ("were driven from the village of X");
* ground given near a place ("gave ground near X"): the other side's advance;
* a river forded or forced, a move up to a place, villages swept through, a
  breach or bridgehead widened: advances;
* battling a side at a part of a place ("on the outskirts of X", "west of
  X"): fighting.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 9, 12)


def claims(text: str) -> list[tuple[str, str | None, bool, list[str]]]:
    """(kind, gainer, negated, places) of every claim of an English text."""
    return [
        (c.kind, c.gainer, c.negated, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language="en")
    ]


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Moscow said its paratroopers cleared the town of Hrodivka after a "
            "week of street fighting.",
            "RU",
            "Hrodivka",
        ),
        (
            "Kyiv says its units cleared the village of Zarichne on Sunday.",
            "UA",
            "Zarichne",
        ),
        (
            "The town of Ivanivka has been fully cleared, a Ukrainian brigade "
            "spokesman said.",
            "UA",
            "Ivanivka",
        ),
        (
            "Russian marines pushed the Ukrainians from the village of Lozova, the "
            "ministry said.",
            "RU",
            "Lozova",
        ),
        (
            "Ukrainian paratroopers drove the occupiers from Hrodivka on Tuesday.",
            "UA",
            "Hrodivka",
        ),
        (
            "The enemy was driven from the village of Zarichne, the Ukrainian "
            "brigade said.",
            "UA",
            "Zarichne",
        ),
        (
            "Ukrainian units had been pushed from Lozova by Thursday, a soldier "
            "admitted.",
            "RU",
            "Lozova",
        ),
    ],
)
def test_a_town_cleared_or_the_enemy_driven_from_it_is_taken(
    text: str, gainer: str, place: str
) -> None:
    assert ("settlement_control", gainer, False, [place]) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian engineers cleared the village of Zarichne of mines by June.",
        "More than 500 hectares have been cleared near Hrodivka this year.",
        "Sappers cleared the town of Lozova of unexploded ordnance.",
    ],
)
def test_demining_is_no_capture(text: str) -> None:
    assert not [c for c in claims(text) if c[0] == "settlement_control"]


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "The Ukrainian brigade gave ground near Hrodivka last week, its "
            "commander admitted.",
            "RU",
            "Hrodivka",
        ),
        (
            "Russian units have been giving ground around Zarichne, Kyiv said.",
            "UA",
            "Zarichne",
        ),
        (
            "Ukrainian troops yielded some ground outside Lozova, the army said.",
            "RU",
            "Lozova",
        ),
        (
            "Russian infantry forded the Vovcha near Hrodivka on Monday.",
            "RU",
            "Hrodivka",
        ),
        ("Ukrainian marines forced the Dnipro near Lozova.", "UA", "Lozova"),
        (
            "Russian assault groups forced a crossing of the Oskil near Zarichne.",
            "RU",
            "Zarichne",
        ),
        ("Russian units moved up to the outskirts of Hrodivka.", "RU", "Hrodivka"),
        (
            "Ukrainian troops swept through three villages south of Zarichne.",
            "UA",
            "Zarichne",
        ),
        ("Russian troops swept into the village of Lozova on Friday.", "RU", "Lozova"),
        ("Russian forces widened their bridgehead near Lozova.", "RU", "Lozova"),
        (
            "Ukrainian units widened the breach near Hrodivka, Kyiv said.",
            "UA",
            "Hrodivka",
        ),
        (
            "The Russians have widened their foothold north of Zarichne.",
            "RU",
            "Zarichne",
        ),
    ],
)
def test_ground_given_crossings_and_sweeps_are_advances(
    text: str, gainer: str, place: str
) -> None:
    got = [c for c in claims(text) if c[0] == "advance"]
    assert got and got[0][1] == gainer and place in got[0][3]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ukrainian soldiers battled the enemy on the outskirts of Hrodivka.",
            "Hrodivka",
        ),
        ("Russian troops are battling Ukrainian units west of Zarichne.", "Zarichne"),
        (
            "Marines battled Russian infantry along the river bank near Lozova.",
            "Lozova",
        ),
    ],
)
def test_battling_at_a_part_of_a_place_is_fighting(text: str, place: str) -> None:
    assert ("fighting", None, False, [place]) in claims(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kyiv's marines conducted counteroffensive operations near Hrodivka "
            "on Sunday.",
            "Hrodivka",
        ),
        ("Russian units continued assault operations around Zarichne.", "Zarichne"),
        ("Moscow's troops resumed ground operations outside Lozova.", "Lozova"),
        ("The Russians have intensified operations around Hrodivka.", "Hrodivka"),
        ("Russian commanders stepped up assaults near Zarichne this week.", "Zarichne"),
        ("Moscow ramped up pressure around Lozova, Kyiv said.", "Lozova"),
        (
            "Ukrainian paratroopers are holding back Russian infantry near Hrodivka.",
            "Hrodivka",
        ),
        ("The brigade held back the enemy outside Zarichne for a week.", "Zarichne"),
        ("Marines hold back two Russian battalions around Lozova.", "Lozova"),
        ("Ukrainian units are engaged near Hrodivka.", "Hrodivka"),
        (
            "Two Russian regiments were engaged on the outskirts of Zarichne.",
            "Zarichne",
        ),
        (
            "Ukrainian reservists remain engaged around Lozova, the general said.",
            "Lozova",
        ),
    ],
)
def test_operations_kept_up_and_enemies_held_back_are_fighting(
    text: str, place: str
) -> None:
    assert ("fighting", None, False, [place]) in claims(text)


def test_engaged_in_talks_is_no_fighting() -> None:
    assert claims("The company was engaged in talks in Kyiv.") == []


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Russian infantry came out onto the highway between Hrodivka and Lozova.",
            "RU",
            "Hrodivka",
        ),
        (
            "Ukrainian scouts went out to the eastern outskirts of Zarichne.",
            "UA",
            "Zarichne",
        ),
        ("Russian units got out onto the railway north of Lozova.", "RU", "Lozova"),
        (
            "Russia's troops gained a few hundred metres near Hrodivka.",
            "RU",
            "Hrodivka",
        ),
        (
            "Ukrainian units gained several kilometres around Zarichne in August.",
            "UA",
            "Zarichne",
        ),
        (
            "Russian forces have gained another hundred metres outside Lozova.",
            "RU",
            "Lozova",
        ),
        (
            "Russian forces enlarged their zone of control near Hrodivka.",
            "RU",
            "Hrodivka",
        ),
        (
            "Ukrainian troops broadened their area of control north of Zarichne.",
            "UA",
            "Zarichne",
        ),
    ],
)
def test_roads_reached_and_metres_gained_are_advances(
    text: str, gainer: str, place: str
) -> None:
    got = [c for c in claims(text) if c[0] == "advance"]
    assert got and got[0][1] == gainer and not got[0][2] and place in got[0][3]


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Russian paratroopers took the railway station in Hrodivka.",
            "RU",
            "Hrodivka",
        ),
        ("Ukrainian troops took over a coke plant near Zarichne.", "UA", "Zarichne"),
        (
            "Russian units took the cement plant on the outskirts of Lozova.",
            "RU",
            "Lozova",
        ),
    ],
)
def test_a_site_taken_is_told_as_captured_is(
    text: str, gainer: str, place: str
) -> None:
    got = claims(text)
    assert got and got[0][1] == gainer and place in got[0][3]


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Russian marines failed to make any progress near Hrodivka.",
            "RU",
            "Hrodivka",
        ),
        (
            "Ukrainian brigades failed to gain ground around Zarichne, Moscow said.",
            "UA",
            "Zarichne",
        ),
        (
            "The Russians failed to achieve significant gains near Lozova.",
            "RU",
            "Lozova",
        ),
    ],
)
def test_a_failure_to_progress_is_a_denied_advance(
    text: str, gainer: str, place: str
) -> None:
    assert ("advance", gainer, True, [place]) in claims(text)


@pytest.mark.parametrize(
    ("text", "kind", "gainer", "place"),
    [
        (
            "Russia takes Hrodivka after months of fighting",
            "settlement_control",
            "RU",
            "Hrodivka",
        ),
        (
            "Ukraine frees the village of Zarichne",
            "settlement_control",
            "UA",
            "Zarichne",
        ),
        (
            "Russia secures Lozova, defence ministry says",
            "settlement_control",
            "RU",
            "Lozova",
        ),
        ("Russian army overruns Hrodivka", "settlement_control", "RU", "Hrodivka"),
        (
            "Ukraine drives the Russians out of Zarichne",
            "settlement_control",
            "UA",
            "Zarichne",
        ),
        (
            "Ukraine loses Lozova as Russia presses east",
            "settlement_control",
            "RU",
            "Lozova",
        ),
        (
            "Russia encircles Hrodivka, cutting the last road",
            "advance",
            "RU",
            "Hrodivka",
        ),
        ("Ukraine surrounds Zarichne", "advance", "UA", "Zarichne"),
        ("Russia breaks through near Lozova", "advance", "RU", "Lozova"),
        ("Russia storms Hrodivka from three sides", "fighting", None, "Hrodivka"),
    ],
)
def test_headline_present_tense(
    text: str, kind: str, gainer: str | None, place: str
) -> None:
    got = [c for c in claims(text) if c[0] == kind]
    assert got and got[0][1] == gainer and place in got[0][3]


@pytest.mark.parametrize(
    "text",
    [
        "Russia takes Ukrainian prisoners near Hrodivka, a video shows",
        "Moscow takes Kyiv's proposal seriously, the Kremlin says",
        "Russia loses Western markets for its gas",
    ],
)
def test_present_tense_without_a_settlement_object_is_no_capture(text: str) -> None:
    assert not [c for c in claims(text) if c[0] == "settlement_control"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            'Moscow said Hrodivka had been "liberated" after a week of assaults.',
            "Hrodivka",
        ),
        (
            "The village of Zarichne was ‘captured’, the Russian ministry claimed.",
            "Zarichne",
        ),
        ("Lozova has been “freed”, Russia's defence ministry said.", "Lozova"),
        ("Russia's military said it had 'taken' Hrodivka.", "Hrodivka"),
        ('Moscow said its units have "taken" Zarichne.', "Zarichne"),
        ("The Russian ministry said paratroopers had “taken” Lozova.", "Lozova"),
    ],
)
def test_a_capture_verb_in_scare_quotes_is_still_one(text: str, place: str) -> None:
    assert ("settlement_control", "RU", False, [place]) in claims(text)


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("The biggest Russian gains were made near Hrodivka.", "RU", "Hrodivka"),
        (
            "Ukraine's gains were concentrated around Zarichne, analysts said.",
            "UA",
            "Zarichne",
        ),
        (
            "Russian gains have come mostly west of Lozova, DeepState said.",
            "RU",
            "Lozova",
        ),
    ],
)
def test_gains_told_where_they_came_are_advances(
    text: str, gainer: str, place: str
) -> None:
    got = [c for c in claims(text) if c[0] == "advance"]
    assert got and got[0][1] == gainer and place in got[0][3]


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("Ukrainian troops threw the Russians out of Hrodivka.", "UA", "Hrodivka"),
        (
            "Kyiv's paratroopers rooted the occupiers out of Zarichne.",
            "UA",
            "Zarichne",
        ),
        (
            "Russian marines squeezed the Ukrainians out of the town of Lozova.",
            "RU",
            "Lozova",
        ),
        (
            "The Russians were thrown out of Hrodivka, the brigade said.",
            "UA",
            "Hrodivka",
        ),
        ("Ukrainian units were squeezed out of Zarichne by Friday.", "RU", "Zarichne"),
        ("The Ukrainian garrison had been flushed out of Lozova.", "RU", "Lozova"),
    ],
)
def test_the_enemy_thrown_out_of_a_town(text: str, gainer: str, place: str) -> None:
    assert ("settlement_control", gainer, False, [place]) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces were pushed back from Hrodivka.",
        "Ukrainian units were driven back from Zarichne on Monday.",
        "Ukrainian troops had been pushed back from Lozova by then.",
    ],
)
def test_pushed_back_from_a_town_is_no_capture_by_the_pushed(text: str) -> None:
    assert not [c for c in claims(text) if c[1] == "UA"]


@pytest.mark.parametrize(
    ("text", "kind", "gainer", "place"),
    [
        (
            "Ukrainian units were forced to abandon Hrodivka.",
            "settlement_control",
            "RU",
            "Hrodivka",
        ),
        (
            "Ukraine had to give up the town of Zarichne.",
            "settlement_control",
            "RU",
            "Zarichne",
        ),
        (
            "The Ukrainian garrison was ordered to surrender Lozova, Kyiv said.",
            "settlement_control",
            "RU",
            "Lozova",
        ),
        (
            "Ukrainian forces beat the Russians back from Hrodivka.",
            "advance",
            "UA",
            "Hrodivka",
        ),
        (
            "Russian paratroopers beat Ukrainian units back to the river near "
            "Zarichne.",
            "advance",
            "RU",
            "Zarichne",
        ),
        (
            "Ukrainian marines beat the enemy back across the river near Lozova.",
            "advance",
            "UA",
            "Lozova",
        ),
    ],
)
def test_towns_given_up_under_orders_and_enemies_beaten_back(
    text: str, kind: str, gainer: str, place: str
) -> None:
    got = [c for c in claims(text) if c[0] == kind]
    assert got and got[0][1] == gainer and place in got[0][3]


def test_a_plan_abandoned_is_no_town_given_up() -> None:
    assert claims("The government decided to abandon the plan in March.") == []


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Ukrainian forces were encircled in Hrodivka, Moscow claimed.",
            "RU",
            "Hrodivka",
        ),
        ("Russian troops were surrounded near Zarichne.", "UA", "Zarichne"),
        ("The Ukrainian defences were breached near Lozova.", "RU", "Lozova"),
        ("Russian units were outflanked north of Hrodivka.", "UA", "Hrodivka"),
    ],
)
def test_the_side_encircled_or_broken_through_is_the_loser(
    text: str, gainer: str, place: str
) -> None:
    got = [c for c in claims(text) if c[0] == "advance"]
    assert got and got[0][1] == gainer and place in got[0][3]


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "Russian troops are dug in on the river bank near Hrodivka.",
            "RU",
            "Hrodivka",
        ),
        (
            "Ukrainian marines are entrenched on the left bank near Zarichne.",
            "UA",
            "Zarichne",
        ),
        ("Russian units were dug in near Lozova, the brigade said.", "RU", "Lozova"),
    ],
)
def test_troops_dug_in_are_no_passive(text: str, gainer: str, place: str) -> None:
    got = [c for c in claims(text) if c[0] == "advance"]
    assert got and got[0][1] == gainer and place in got[0][3]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kyiv is struggling to hold Hrodivka, a Ukrainian officer said.", "Hrodivka"),
        ("Ukrainian troops are fighting to keep the town of Zarichne.", "Zarichne"),
        ("The garrison battled to hold on to Lozova through the winter.", "Lozova"),
    ],
)
def test_a_town_struggled_for_is_fighting(text: str, place: str) -> None:
    assert ("fighting", None, False, [place]) in claims(text)


def test_a_council_struggled_for_is_no_fighting() -> None:
    assert claims("The party is struggling to hold Kyiv's city council.") == []
