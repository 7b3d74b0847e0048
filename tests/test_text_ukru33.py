"""Session 33, uk/ru lane: Ukrainian and Russian detection and gainer, each
kept rule in three phrasings of our own per language.

* the reflexive "to take up, engage in" ("заняться разминированием X",
  "занялись укреплением обороны у X", "зайнятися евакуацією X") is no
  capture: lang/ru.py and lang/uk.py, the capture row's "занял/занят" and
  "зайнят" forms.
"""

from __future__ import annotations

import pytest
from claim_rows import Row, claim_rows


def kinds(text: str, lang: str, kind: str) -> list[Row]:
    """The rows of ``kind`` that ``text`` gives."""
    return [r for r in claim_rows(text, lang) if r[0] == kind]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Саперам предстоит заняться разминированием Ольховки."),
        ("ru", "Военные занялись укреплением обороны у Мирного."),
        ("ru", "Волонтеры занялась эвакуацией жителей Малиновки."),
        ("uk", "Військові мають зайнятися укріпленням оборони біля Мирного."),
        ("uk", "Рятувальникам доведеться зайнятися евакуацією Ольховки."),
        ("uk", "Саперам треба зайнятися розмінуванням полів біля Малинівки."),
    ],
)
def test_taking_up_a_task_is_no_capture(lang: str, text: str) -> None:
    assert kinds(text, lang, "settlement_control") == []


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ru", "ВС РФ заняли Ольховку.", "Ольховку"),
        ("ru", "Мирное занято российскими войсками.", "Мирное"),
        ("ru", "Российские войска заняли Малиновку.", "Малиновку"),
        ("uk", "Росіяни зайняли Ольховку.", "Ольховку"),
        ("uk", "Ольховка зайнята російськими військами.", "Ольховка"),
        ("uk", "Ворог зайняв Малинівку.", "Малинівку"),
    ],
)
def test_taking_a_town_stays_a_capture(lang: str, text: str, place: str) -> None:
    rows = kinds(text, lang, "settlement_control")
    assert [(r[1], r[3]) for r in rows] == [("RU", [place])]
