"""Session 27, paraphrase lane: a claim reworded must be read the same.

Found by ``benchmarks/paraphrase_claims.py`` (the same claim in other words):
the subject pronoun after an "according to" opening stands for the speaker it
names ("According to Moscow, its forces had taken X" = "Moscow said its forces
had taken X"); English "seized" with nobody named is no side's word, like
"captured" (not "occupied"); a side named as the subject of land taken in the
simple past ("Ukraine recaptured territory") is read like "Ukraine has
recaptured territory". Every sentence is invented for the test (no corpus or
article text, no ``../shared``); three phrasings of our own each. Places are
made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)
# a sentence before that names the other side acting, so that the story alone
# would give the wrong gainer
UA_BEFORE = "Kyiv said Ukrainian troops retook 40 square kilometres last month.\n"
RU_BEFORE = "Moscow said Russian troops took 40 square kilometres last month.\n"


def claims(text: str, lang: str = "en"):
    return extract_claims(text, published=PUB, language=lang)


@pytest.mark.parametrize(
    ("text", "kind", "gainer"),
    [
        (
            UA_BEFORE + "According to Moscow, its forces had taken Zarichna Balka.",
            "settlement_control",
            "RU",
        ),
        (
            UA_BEFORE + "According to the Russian defence ministry, its units "
            "seized Kamianyi Brid.",
            "settlement_control",
            "RU",
        ),
        (
            UA_BEFORE + "According to the Kremlin, on Friday they had captured "
            "ground near Lypova Hirka.",
            "advance",
            "RU",
        ),
        (
            RU_BEFORE + "According to Ukraine's General Staff, its troops "
            "recaptured Zarichna Balka.",
            "settlement_control",
            "UA",
        ),
    ],
)
def test_according_to_speaker_is_the_pronoun_subject(
    text: str, kind: str, gainer: str
) -> None:
    last = [c for c in claims(text) if c.kind == kind]
    assert last, text
    assert last[-1].gainer == gainer
    assert last[-1].places


def test_according_to_does_not_override_a_named_actor() -> None:
    text = UA_BEFORE + "According to Moscow, Ukrainian troops retook Zarichna Balka."
    got = [c for c in claims(text) if c.kind == "settlement_control"]
    assert got and got[-1].gainer == "UA"


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops pushed south on Monday. The village of Zarichna Balka "
        "was seized after a short battle.",
        "Ukrainian brigades kept moving on Tuesday. Kamianyi Brid was seized "
        "by evening.",
        "Ukrainian forces attacked at dawn. By noon Lypova Hirka had been seized.",
    ],
)
def test_seized_with_no_actor_follows_the_story(text: str) -> None:
    got = [c for c in claims(text) if c.kind == "settlement_control"]
    assert got and got[-1].gainer == "UA"


def test_occupied_with_no_actor_stays_russian() -> None:
    text = "Ukrainian troops pushed south. Zarichna Balka was occupied in 2022."
    got = [c for c in claims(text) if c.kind == "settlement_control"]
    assert all(c.gainer == "RU" for c in got)


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Since Wednesday, Ukraine recaptured territory the size of a city.", "UA"),
        ("Russia captured villages near Zarichna Balka this week.", "RU"),
        ("Over the past month Russians seized ground around Lypova Hirka.", "RU"),
    ],
)
def test_side_subject_of_land_in_simple_past(text: str, gainer: str) -> None:
    got = claims(text)
    assert got, text
    assert got[0].gainer == gainer


@pytest.mark.parametrize(
    "text",
    [
        "Russia captured Ukrainian soldiers near Zarichna Balka.",
        "the captured territory was mined",
        "Moscow-installed officials praised captured towns.",
    ],
)
def test_captured_people_or_adjective_is_no_claim(text: str) -> None:
    assert not [c for c in claims(text) if c.kind == "settlement_control"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Командир бригади розповів про хід зіткнень на Донеччині.", "uk"),
        ("Генерал розповів журналістам про хід боєзіткнень біля Гірного.", "uk"),
        ("Комбриг розповів про перебіг зіткнень на півдні.", "uk"),
        ("Командир рассказал о ходе столкновений в Курской области.", "ru"),
        ("Генерал рассказал о ходе боёв на юге.", "ru"),
        ("Комбат рассказал, как идут столкновения у Горного.", "ru"),
        (
            "The general spoke about the course of the clashes near Zarichna Balka.",
            "en",
        ),
        ("He told reporters about the progress of the hostilities in the south.", "en"),
        ("She wrote about the course of the fighting near Lypova Hirka.", "en"),
    ],
)
def test_the_course_of_the_fighting_is_a_topic_in_any_word(
    text: str, lang: str
) -> None:
    assert not [c for c in claims(text, lang) if c.kind == "fighting"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Біля Гірного тривають запеклі зіткнення.", "uk"),
        ("У районе Горного идут столкновения.", "ru"),
        ("Clashes continue near Zarichna Balka.", "en"),
    ],
)
def test_clashes_reported_stay_fighting(text: str, lang: str) -> None:
    assert [c for c in claims(text, lang) if c.kind == "fighting"]


@pytest.mark.parametrize(
    ("text", "kind", "gainer"),
    [
        (
            UA_BEFORE + "Its forces had taken Zarichna Balka, Russia's defence "
            "ministry said.",
            "settlement_control",
            "RU",
        ),
        (
            UA_BEFORE + "It had taken the settlement of Kamianyi Brid in full, the "
            "Russian defence ministry said on Monday.",
            "settlement_control",
            "RU",
        ),
        (
            UA_BEFORE + "Earlier on Friday they had captured ground near Lypova "
            "Hirka, Russian forces said.",
            "advance",
            "RU",
        ),
        (
            RU_BEFORE + "Its troops recaptured Zarichna Balka, Ukraine's General "
            "Staff reported.",
            "settlement_control",
            "UA",
        ),
    ],
)
def test_trailing_speaker_is_the_pronoun_subject(
    text: str, kind: str, gainer: str
) -> None:
    got = [c for c in claims(text) if c.kind == kind]
    assert got, text
    assert got[-1].gainer == gainer
