"""Session 33, round 2, uk/ru lane: Ukrainian and Russian detection, each kept
rule in three phrasings of our own per language.

* a capture a speaker announces ("заявили про «звільнення» X", "объявило о
  взятии X") and that the same sentence leaves unconfirmed ("…, у ЗСУ не
  підтверджують", "…, но эта информация не подтверждена") is the speaker's
  claim, not a denied one (negation._announced_unconfirmed; lang
  ANNOUNCED_ABOUT, UNCONFIRMED).
"""

from __future__ import annotations

import pytest
from claim_rows import Row, claim_rows


def captures(text: str, lang: str) -> list[Row]:
    """The settlement rows of ``text`` made by the capture rule."""
    return [r for r in claim_rows(text, lang) if r[4] == "settlement:capture"]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "uk",
            "Окупанти заявили про «звільнення» Ольхівки, у Силах оборони цього "
            "не підтверджують.",
            "Ольхівки",
        ),
        (
            "uk",
            "Міноборони РФ повідомило про захоплення Малинівки, але ця "
            "інформація поки не підтверджена.",
            "Малинівки",
        ),
        (
            "uk",
            "Кремль оголосив про взяття Вербівки, проте Генштаб ЗСУ цього не "
            "підтвердив.",
            "Вербівки",
        ),
        (
            "ru",
            "Минобороны России объявило об освобождении Ольховки, в ВСУ это не "
            "подтверждают.",
            "Ольховки",
        ),
        (
            "ru",
            "Российские военные сообщили о взятии Малиновки, но эта информация "
            "не подтверждена.",
            "Малиновки",
        ),
        (
            "ru",
            "Герасимов доложил о захвате Вербовки, украинская сторона этого не "
            "подтвердила.",
            "Вербовки",
        ),
    ],
)
def test_announced_capture_left_unconfirmed_stands(
    lang: str, text: str, place: str
) -> None:
    rows = captures(text, lang)
    assert rows, text
    kind, gainer, negated, places, _ = rows[0]
    assert (kind, gainer, negated) == ("settlement_control", "RU", False)
    assert places[0] == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the capture noun with no announcing verb before it: a denial
        ("uk", "Інформацію про захоплення Ольхівки в ЗСУ не підтверджують."),
        ("ru", "Украинский Генштаб захват Ольховки не подтверждает."),
        # announced, then called false: still denied
        (
            "uk",
            "Росіяни заявили про захоплення Ольхівки, але це не відповідає дійсності.",
        ),
        ("ru", "Россияне заявили о взятии Ольховки, однако это неправда."),
    ],
)
def test_unconfirmed_or_false_otherwise_stays_denied(lang: str, text: str) -> None:
    rows = captures(text, lang)
    assert rows, text
    assert rows[0][2] is True
