"""Negation, denial, stalled advances and hedging (own sentences)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _one(text: str, lang: str = "en"):
    claims = [c for c in extract_claims(text, language=lang) if c.kind != "fighting"]
    assert len(claims) == 1, claims
    return claims[0]


def test_denials_and_non_confirmation_are_negated_claims():
    c = _one("The army denied that Russian forces had captured Zorivka.")
    assert (c.kind, c.gainer, c.negated) == ("settlement_control", "RU", True)
    c = _one(
        "There is no confirmed information about the enemy's capture of "
        "Zorivka, a Ukrainian spokesman said."
    )
    assert (c.gainer, c.negated) == ("RU", True)
    c = _one("Russian forces have not captured Zorivka.")
    assert c.negated


def test_stalled_and_failed_advances_are_negated():
    c = _one("Russian columns advancing on Zorivka have stalled.")
    assert (c.kind, c.gainer, c.negated) == ("advance", "RU", True)
    c = _one("Ukrainian troops were unable to advance near Zorivka.")
    assert (c.kind, c.negated) == ("advance", True)


def test_ukrainian_and_russian_negation():
    c = _one("Генштаб спростував інформацію про захоплення Зорівки.", "uk")
    assert c.negated and c.gainer == "RU"
    c = _one("ЗСУ не залишали Зорівку, заявив речник.", "uk")
    assert c.negated
    c = _one("Российские войска не продвинулись у Зоревки.", "ru")
    assert c.kind == "advance" and c.negated


def test_plain_claims_are_not_negated():
    c = _one("Ukrainian units retook Zorivka and held it overnight.")
    assert not c.negated


def test_hedging():
    assert _one("Russian forces likely captured Zorivka, analysts said.").hedged
    assert _one("Ймовірно, окупанти захопили Зорівку.", "uk").hedged
    assert not _one("Russian forces captured Zorivka.").hedged


def test_prospective_statements_are_not_claims():
    for text in (
        "Ukrainian forces are close to liberating Zorivka.",
        "Russia plans to capture Zorivka by the summer.",
        "The army will try to retake Zorivka in the coming weeks.",
        "If Ukrainian troops break through near Zorivka, the front may collapse.",
    ):
        assert [
            c.kind for c in extract_claims(text, language="en") if c.kind != "fighting"
        ] == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The General Staff of Ukraine called the claim of the capture of Zorivka "
            "false.",
            "en",
        ),
        ("Kyiv called the reports about the capture of Zorivka a fabrication.", "en"),
        (
            "Ukraine's army on Friday called that claim about Russia's capture of "
            "Zorivka a lie.",
            "en",
        ),
        ("Генштаб ЗСУ назвав заяву про захоплення Зорівки брехнею.", "uk"),
        ("Твердження про захоплення Зорівки — фейк.", "uk"),
        ("У ЗСУ назвали повідомлення про захоплення Зорівки вигадкою.", "uk"),
        ("Генштаб ВСУ назвал заявление о взятии Зоревки ложью.", "ru"),
        ("Заявление россиян о захвате Зоревки — ложь, сообщили в ВСУ.", "ru"),
        ("В ВСУ назвали сообщения о захвате Зоревки фейком.", "ru"),
    ],
)
def test_calling_a_capture_claim_a_lie_denies_it(text, lang):
    """ "called the claim … false", "назвал заявление о взятии X ложью",
    "твердження про захоплення X — фейк": a denied capture by the other side."""
    (c,) = extract_claims(text, language=lang)
    assert (c.kind, c.gainer, c.negated) == ("settlement_control", "RU", True)
