"""Session 34, uk/ru defect probe: phrasings of our own.

* a settlement's kind shortened with a stop before its name ("с.
  Старомайорське", "г. Авдеевка") no longer reads its stop as a sentence end,
  so the name after it is a place and the claim is kept (toponyms
  ._ends_sentence; lang uk/ru TOWN_ABBREVIATIONS).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "place"),
    [
        ("uk", "ЗСУ звільнили с. Старомайорське.", "UA", "Старомайорське"),
        (
            "uk",
            "Окупанти захопили с. Архангельське, — заявив речник.",
            "RU",
            "Архангельське",
        ),
        ("ru", "ВСУ отступили из с. Прогресс Донецкой обл.", "RU", "Прогресс"),
        ("ru", "Российские войска освободили с. Уманское.", "RU", "Уманское"),
    ],
)
def test_town_abbreviation_keeps_the_place(
    lang: str, text: str, gainer: str, place: str
) -> None:
    rows = [r for r in claim_rows(text, lang) if r[0] == "settlement_control"]
    assert [(r[1], r[3][0]) for r in rows] == [(gainer, place)]
