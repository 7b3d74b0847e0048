"""Session 39, unconf lane: "not confirmed" read as a denial; each kept rule
in three phrasings of our own per language.

* a capture a speaker announces and the other side "does not confirm" keeps
  the speaker's gain, in the claim and in the denial the other side makes
  of it: the other side of the one that does not confirm
  (``context.announced_unconfirmed``, moved from ``negation`` and shared by
  it and ``context._agentless_unconfirmed``).
* the perfective past of "confirm" closing a capture's clause ("захоплення X
  не підтвердили.", "захват X не подтвердил.") denies it as the present
  does (``lexicon.NEGATION_AFTER``, ``context._DENIES_AFTER``,
  ``_NOT_YET_CONFIRMED``, ``_UNCONFIRMED``); with an object after it, not.
* a capture with no actor that a side named after it does not confirm is
  the other side's gain, not the voice's enemy's ("Захват X в Генштабе
  Украины не подтверждают": RU; ``context._agentless_unconfirmed``).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 9, 12)


def capture_claims(text: str, lang: str) -> list:
    """The settlement claims of ``text`` (at least one)."""
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "settlement_control"
    ]
    assert claims, text
    return claims


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "uk",
            "Шойгу доповів про захоплення Зеленого Поля, українські військові "
            "цього не підтверджують.",
            "Зеленого Поля",
        ),
        (
            "uk",
            "Лапін доповів про взяття Степового, українські військові це не "
            "підтверджують.",
            "Степового",
        ),
        (
            "uk",
            "Герасимов заявив про захоплення Іванівки, українська армія цього "
            "не підтверджує.",
            "Іванівки",
        ),
        (
            "ru",
            "Шойгу доложил о захвате Зеленого Поля, украинские военные этого "
            "не подтверждают.",
            "Зеленого Поля",
        ),
        (
            "ru",
            "Лапин доложил о взятии Степового, украинская сторона этого не "
            "подтверждает.",
            "Степового",
        ),
        (
            "ru",
            "Командующий группировкой сообщил о взятии Ивановки, Генштаб ВСУ "
            "этого не подтверждает.",
            "Ивановки",
        ),
    ],
)
def test_announced_capture_not_confirmed_keeps_speakers_gain(
    lang: str, text: str, place: str
) -> None:
    claims = capture_claims(text, lang)
    assert all(c.gainer == "RU" for c in claims), [
        (c.gainer, c.negated) for c in claims
    ]
    assert claims[0].negated is False
    assert claims[0].places[0].name == place


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "uk",
            "В українському командуванні взяття Степового не підтвердили.",
            "Степового",
        ),
        ("uk", "Захоплення Іванівки у Силах оборони не підтвердили.", "Іванівки"),
        (
            "uk",
            "Речник угруповання «Хортиця» захоплення Зеленого Поля не підтвердив.",
            "Зеленого Поля",
        ),
        ("ru", "Украинские военные захват Ивановки не подтвердили.", "Ивановки"),
        ("ru", "Генштаб ВСУ захват Зеленого Поля не подтвердил.", "Зеленого Поля"),
        ("ru", "Пресс-служба ВСУ захват Степового не подтвердила.", "Степового"),
    ],
)
def test_past_not_confirmed_closing_the_clause_denies(
    lang: str, text: str, place: str
) -> None:
    claims = capture_claims(text, lang)
    assert [(c.gainer, c.negated) for c in claims] == [("RU", True)]
    assert claims[0].places[0].name == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a past "confirm" with its own object after it is no denial of the
        # capture before it
        ("uk", "Росіяни захопили Іванівку, у ЗСУ не підтвердили втрат."),
        ("ru", "Российские войска захватили Ивановку, в ВСУ не подтвердили потерь."),
    ],
)
def test_past_not_confirmed_with_an_object_is_no_denial(lang: str, text: str) -> None:
    claims = capture_claims(text, lang)
    assert claims[0].gainer == "RU"
    assert claims[0].negated is False


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("uk", "Захоплення Торецька в Генштабі ЗСУ не підтверджують.", "Торецька"),
        (
            "uk",
            "Взяття Іванівки в українському командуванні не підтвердили.",
            "Іванівки",
        ),
        ("uk", "Захоплення Степового у Силах оборони не підтверджують.", "Степового"),
        ("ru", "Захват Торецка в Генштабе Украины не подтверждают.", "Торецка"),
        ("ru", "Взятие Ивановки в украинском командовании не подтвердили.", "Ивановки"),
        ("ru", "Взятие Степового в ВСУ не подтверждают.", "Степового"),
    ],
)
def test_agentless_capture_not_confirmed_by_a_named_side(
    lang: str, text: str, place: str
) -> None:
    claims = capture_claims(text, lang)
    assert [(c.gainer, c.negated) for c in claims] == [("RU", True)]
    assert claims[0].places[0].name == place
