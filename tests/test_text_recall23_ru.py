"""Russian recall families of session 23 (``lang/ru.py`` RU23R), each in three
phrasings of our own: claims told without the usual trigger word.

* a place cleared, the short participle closing the clause ("полностью
  зачищен."): a capture; cleared of mines is none;
* places returned, counted in the passive ("возвращено 12 населенных
  пунктов"): a counted capture; prisoners returned are none;
* a defence held at a place ("держат оборону у X"), a clearing still going on
  ("зачистка ... продолжается"), the enemy being knocked out ("выбивают ВСУ из
  посадок у X"), a side clinging to buildings ("держатся за промзону"):
  fighting.
"""

from __future__ import annotations

import pytest
from claim_rows import Row, claim_rows


def claims(text: str) -> list[Row]:
    """(kind, gainer, negated, places, rule) of every claim of a Russian text."""
    return claim_rows(text, "ru")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Поселок Рабочий полностью зачищен.", "Рабочий"),
        ("Город Угледар окончательно очищен, заявили в Минобороны.", "Угледар"),
        ("Село Пески уже зачищено.", "Пески"),
    ],
)
def test_place_cleared_in_the_short_form(text, place):
    assert claims(text) == [
        ("settlement_control", "RU", False, [place], "settlement:capture")
    ]


def test_cleared_of_mines_is_no_claim():
    assert claims("Поле у Суджи полностью очищено от мин.") == []


@pytest.mark.parametrize(
    "text",
    [
        "За неделю возвращено еще 12 населенных пунктов.",
        "С начала месяца было возвращено более 20 сел.",
        "Всего возвращено 5 поселков.",
    ],
)
def test_places_returned_counted(text):
    assert claims(text) == [
        ("settlement_control", "RU", False, [], "settlement-count:capture")
    ]


def test_prisoners_returned_are_no_claim():
    assert claims("В ходе обмена возвращено 84 военнослужащих.") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Бойцы держат оборону в районе Работино.", "Работино"),
        ("Десантники держали круговую оборону у Крынок.", "Крынок"),
        ("Морпехи держат оборону на окраинах Угледара.", "Угледара"),
        ("Зачистка промзоны Торецка еще продолжается.", "Торецка"),
        ("Зачистка окраин Волчанска идет.", "Волчанска"),
        ("Зачистка центра Курахово все еще продолжается.", "Курахово"),
        ("Штурмовики выбивают противника из лесополос у Работино.", "Работино"),
        ("Наши бойцы выбивают ВСУ с позиций у Кременной.", "Кременной"),
        ("Десантники выбивают противника из домов в Волчанске.", "Волчанске"),
        ("ВСУ держатся за промзону в Торецке.", "Торецке"),
        ("Противник цепляется за окраины Курахово.", "Курахово"),
        (
            "Украинские подразделения держатся за высотки в центре Часова Яра.",
            "Часова Яра",
        ),
    ],
)
def test_fighting_without_a_fighting_word(text, place):
    assert claims(text) == [("fighting", None, False, [place], "fighting:fight")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Село Нелеповка наше полностью.", "Нелеповка"),
        ("Село Пески наше целиком.", "Пески"),
        ("Город Торецк наш окончательно, заявил командир.", "Торецк"),
    ],
)
def test_town_called_ours_with_an_adverb_is_held(text, place):
    assert claims(text) == [
        ("settlement_control", "RU", False, [place], "holding:hold")
    ]
