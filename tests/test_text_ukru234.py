"""Session 34, uk/ru lane round 2: Ukrainian and Russian detection, each kept
rule in three phrasings of our own per language, and near phrasings that stay
as they were.

* digging in on a town's outskirts named by their side ("закрепились на
  западной окраине X", "закріпилися на південній околиці X") holds that part
  of the town: partial control, not an advance (rules/advance._entered; lang
  SIDE_OUTSKIRTS). A bare "на окраине X" stays an advance.
* uk: reaching a town's outskirts or approaches with their side named
  ("вийшов на східні околиці X") is an advance, as the bare "вийшли на
  околиці X" already was (lang uk advance row).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


def kinds(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    """(kind, gainer, places) of the claim rows of ``text`` (no fights)."""
    return [(r[0], r[1], r[3]) for r in claim_rows(text, lang) if r[0] != "fighting"]


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "place"),
    [
        (
            "ru",
            "Наши бойцы закрепились на восточной окраине Петровки.",
            "RU",
            "Петровки",
        ),
        (
            "ru",
            "Украинские подразделения закрепились лишь на южной окраине Ивановки.",
            "UA",
            "Ивановки",
        ),
        (
            "ru",
            "Противник закрепился на северо-западной окраине Сосновки.",
            "UA",
            "Сосновки",
        ),
        ("uk", "Окупанти закріпилися на південній околиці Вербівки.", "RU", "Вербівки"),
        (
            "uk",
            "Наші воїни закріпилися на північних околицях Березівки.",
            "UA",
            "Березівки",
        ),
        (
            "uk",
            "Ворог закріпився на східній околиці Кленового, бої тривають.",
            "RU",
            "Кленового",
        ),
    ],
)
def test_dug_in_on_a_named_side_of_the_outskirts_holds_a_part(
    lang: str, text: str, gainer: str, place: str
) -> None:
    assert kinds(text, lang) == [("settlement_control", gainer, [place])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "ВСУ закрепились на окраине Петровки."),
        ("uk", "Окупанти закріпилися на околиці Вербівки."),
    ],
)
def test_dug_in_on_bare_outskirts_stays_an_advance(lang: str, text: str) -> None:
    assert [k[0] for k in kinds(text, lang)] == ["advance"]


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("Ворог вийшов на східні околиці Вербівки.", "RU", "Вербівки"),
        ("Наші підрозділи вийшли до південної околиці Березівки.", "UA", "Березівки"),
        ("Окупанти вийшли на північно-західні підступи Кленового.", "RU", "Кленового"),
    ],
)
def test_uk_reached_named_side_of_outskirts_is_an_advance(
    text: str, gainer: str, place: str
) -> None:
    assert kinds(text, "uk") == [("advance", gainer, [place])]
