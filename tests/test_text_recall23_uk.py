"""Ukrainian recall families of session 23 (``lang/uk.py`` UK23R), each in
three phrasings of our own: claims told without the usual trigger word.

* a place cleared, the short form closing the clause ("повністю зачищено."):
  a capture; a field cleared of mines is none;
* a clearing still going on, its verb after ("зачистка ... триває"): fighting;
* the enemy being knocked out of ground near a place ("вибивають ворога з
  посадок біля X"): fighting.
"""

from __future__ import annotations

import pytest
from claim_rows import Row, claim_rows


def claims(text: str) -> list[Row]:
    """(kind, gainer, negated, places, rule) of every claim of a Ukrainian text."""
    return claim_rows(text, "uk")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Село Новомихайлівка повністю зачищено.", "Новомихайлівка"),
        ("Місто Вовчанськ остаточно очищене, заявили в штабі.", "Вовчанськ"),
        ("Село Роботине вже очищено.", "Роботине"),
    ],
)
def test_place_cleared_in_the_short_form(text, place):
    assert claims(text) == [
        ("settlement_control", "UA", False, [place], "settlement:capture")
    ]


def test_a_field_cleared_of_mines_is_no_claim():
    assert claims("Поле біля Ізюму повністю очищено від мін.") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Зачистка північних кварталів Куп'янська досі триває.", "Куп'янська"),
        ("Зачистка лісосмуги біля Кліщіївки продовжується.", "Кліщіївки"),
        ("Зачистка промзони Торецька ще триває, повідомив речник.", "Торецька"),
    ],
)
def test_clearing_still_going_on(text, place):
    assert claims(text) == [("fighting", None, False, [place], "fighting:fight")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Наші бійці вибивають росіян з посадок біля Андріївки.", "Андріївки"),
        ("Десантники вибивають ворога із будинків у Вовчанську.", "Вовчанську"),
        (
            "Штурмовики вибивають окупантів з позицій поблизу Роботиного.",
            "Роботиного",
        ),
    ],
)
def test_knocking_the_enemy_out_is_fighting(text, place):
    assert claims(text) == [("fighting", None, False, [place], "fighting:fight")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Роботине наше, і ми його не віддамо.", "Роботине"),
        ("Село Андріївка вже наше.", "Андріївка"),
        ("Місто Вовчанськ наше, — сказав командир.", "Вовчанськ"),
    ],
)
def test_town_called_ours_is_held(text, place):
    assert claims(text) == [
        ("settlement_control", "UA", False, [place], "holding:hold")
    ]


def test_positions_called_ours_hold_no_town():
    kinds = [c[0] for c in claims("Позиції там наші, село Калинівка в сірій зоні.")]
    assert "settlement_control" not in kinds
