"""Session 35, Russian defect probe: phrasings of our own.

* a settlement's kind written as an initialism with stops and no space ("н.п.
  Синьковка") ends no sentence, so the name after it is the place taken
  (clean.ABBREVIATIONS, toponyms._ends_sentence; lang uk/ru
  TOWN_ABBREVIATIONS).
* Ukraine's name in a Russian case ("Сил обороны Украины", "ВС Украины") and
  a national guard ("Нацгвардии") are no place (toponyms._STOP; lang ru
  NO_PLACE_WORDS).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "place"),
    [
        (
            "ru",
            "Группировка «Запад» освободила н.п. Синьковка Харьковской области.",
            "RU",
            "Синьковка",
        ),
        ("ru", "ВСУ оставили н.п. Невельское, сообщил Генштаб.", "RU", "Невельское"),
        ("uk", "ЗСУ звільнили н.п. Кругляківка на Харківщині.", "UA", "Кругляківка"),
    ],
)
def test_town_initialism_keeps_the_place(
    lang: str, text: str, gainer: str, place: str
) -> None:
    rows = [r for r in claim_rows(text, lang) if r[0] == "settlement_control"]
    assert [(r[1], r[3][0]) for r in rows] == [(gainer, place)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Подразделения Сил обороны Украины продвинулись у Работино.", "Работино"),
        ("Бойцы ВС Украины закрепились на окраине Работино.", "Работино"),
        ("Бойцы Нацгвардии Украины закрепились на окраине Работино.", "Работино"),
    ],
)
def test_country_and_guard_in_a_body_are_no_place(text: str, place: str) -> None:
    assert [r[3] for r in claim_rows(text, "ru")] == [[place]]
