"""Session 39, lane b30places: wrong places, figures and kinds from blind30's
errors, each tested on phrasings of our own (three per language where it
applies)."""

from __future__ import annotations

import pytest

from frontline.text.toponyms import find_places


# B30PLACES39 (a): a run a capitalised title opens, then a given name and a
# surname, is a person ("Военкор Александр Коц пишет:"), never a place a
# later "the first village" could be resolved to
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Военкор Игорь Петров пишет из Горловки:", "ru", "Горловки"),
        ("Обозреватель Сергей Иванов отмечает в Донецке:", "ru", "Донецке"),
        ("Комбат Дмитрий Орлов рассказывает о Курахово:", "ru", "Курахово"),
        ("Воєнкор Юрій Бутусов пише з Краматорська:", "uk", "Краматорська"),
        ("Оглядач Олег Жданов зазначає про Покровськ:", "uk", "Покровськ"),
        ("Комбат Дмитро Коваль розповідає про Торецьк:", "uk", "Торецьк"),
    ],
)
def test_titled_name_is_no_place(text: str, lang: str, place: str) -> None:
    assert [p.name for p in find_places(text, lang)] == [place]
