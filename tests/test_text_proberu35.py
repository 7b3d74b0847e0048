"""Session 35, Russian defect probe: phrasings of our own.

* a settlement's kind written as an initialism with stops and no space ("н.п.
  Синьковка") ends no sentence, so the name after it is the place taken
  (clean.ABBREVIATIONS, toponyms._ends_sentence; lang uk/ru
  TOWN_ABBREVIATIONS).
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
