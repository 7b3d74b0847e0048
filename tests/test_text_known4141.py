"""Session 41, known defects earlier sessions left open (lane known41):
phrasings of our own, three per language where the class applies.

* KNOWN41 (8): "Moscow did not confirm the liberation of X" gave X to Russia
  (the subject taken as the liberator); a denier is no taker for every
  capture noun, not for "capture"/"взятие" alone: the liberation is the
  other side's claim, denied (rules/settlement/gainers._denier_is_not_taker).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


@pytest.mark.parametrize(
    ("text", "language", "gainer"),
    [
        ("Moscow did not confirm the liberation of Robotyne.", "en", "UA"),
        ("Russia denied the recapture of Robotyne by Ukrainian troops.", "en", "UA"),
        ("Kyiv has not confirmed the liberation of Robotyne.", "en", "RU"),
        ("Москва не підтвердила звільнення Роботиного.", "uk", "UA"),
        ("Київ не підтвердив звільнення Степового.", "uk", "RU"),
        ("У Кремлі заперечили звільнення Роботиного.", "uk", "UA"),
        ("Москва не подтвердила освобождение Работино.", "ru", "UA"),
        ("Генштаб ВСУ не подтвердил освобождение Степового.", "ru", "RU"),
        ("В Кремле опровергли освобождение Работино.", "ru", "UA"),
    ],
)
def test_denied_liberation_is_the_other_sides(
    text: str, language: str, gainer: str
) -> None:
    rows = claim_rows(text, language)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("settlement_control", gainer, True)
    ], rows


@pytest.mark.parametrize(
    ("text", "language", "gainer"),
    [
        ("Moscow announced the liberation of Robotyne.", "en", "RU"),
        ("Київ оголосив про звільнення Роботиного.", "uk", "UA"),
        ("Москва объявила об освобождении Работино.", "ru", "RU"),
    ],
)
def test_announced_liberation_is_the_announcers(
    text: str, language: str, gainer: str
) -> None:
    rows = claim_rows(text, language)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("settlement_control", gainer, False)
    ], rows
