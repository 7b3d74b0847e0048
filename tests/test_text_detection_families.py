"""Detection families for text nobody tuned for (issue 8): which sentence yields
which claim kind.

Every sentence is invented for the test (no dev or article text, no
``../shared``); each family is tried in three phrasings of our own per language
where it applies. Place names are made up ("Kolosky", "Marivka").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)
SC = "settlement_control"


def claims(text: str, lang: str = "en"):
    return extract_claims(text, published=PUB, language=lang)


def kinds(text: str, lang: str = "en") -> list[str]:
    return [c.kind for c in claims(text, lang)]


# ---- family 1: advance verbs without a figure ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a movement verb with a direction word and a place
        "Armoured columns were bearing down on Kolosky from two sides.",
        "A Russian battalion bore down on Marivka overnight.",
        "Kyiv's brigades surged into Kolosky after the bridge fell.",
        "The assault units surged past Marivka toward the river.",
        "The brigade continued toward Kolosky despite the losses.",
        "Moscow pressed its offensive toward Marivka this week.",
        "Infantry drove deeper into Kolosky on Tuesday.",
        "Ukrainian troops swept into Marivka at dawn.",
        "Russian marines marched on toward Kolosky.",
    ],
)
def test_a_movement_verb_toward_a_place_is_an_advance(text: str) -> None:
    cs = claims(text)
    assert [c.kind for c in cs] == ["advance"], text
    assert cs[0].places, text


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ukrainian forces mounted a successful counterattack near Kolosky.", "UA"),
        ("Russian units counterattacked successfully outside Marivka.", "RU"),
        (
            "Ukrainian troops have carried out a rapid counteroffensive near Kolosky.",
            "UA",
        ),
    ],
)
def test_a_counterattack_that_succeeded_is_an_advance_of_the_attacker(
    text: str, gainer: str
) -> None:
    cs = claims(text)
    assert [(c.kind, c.gainer) for c in cs] == [("advance", gainer)], text


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces mounted a counterattack near Kolosky.",
        "Russian units counterattacked outside Marivka twice.",
        "The brigade repelled a counterattack near Kolosky.",
    ],
)
def test_a_plain_counterattack_stays_fighting(text: str) -> None:
    assert kinds(text) == ["fighting"], text


# ---- family 2: fighting without a fight verb --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "There are ongoing conflicts near Kolosky, the governor said.",
        "Local conflicts around Marivka flared again on Sunday.",
        "Clean-up operations around Kolosky continue.",
        "Mop-up operations in Marivka were still going on.",
        "Russian ground operations near Kolosky have intensified.",
        "Assault operations outside Marivka resumed after the rain.",
        "Moscow continued its offensive in the Kolosky sector.",
        "Russia has resumed its summer offensive near Marivka.",
        "The army pursued its offensive around Kolosky all week.",
    ],
)
def test_a_local_conflict_or_operation_is_fighting(text: str) -> None:
    assert kinds(text) == ["fighting"], text


@pytest.mark.parametrize(
    "text",
    [
        "The conflict in Ukraine has lasted more than three years.",
        "Engineers carry out clearing operations in Kolosky after the floods.",
        "Sappers ran demining operations near Marivka all spring.",
    ],
)
def test_the_war_itself_or_demining_is_no_fighting(text: str) -> None:
    assert kinds(text) == [], text
