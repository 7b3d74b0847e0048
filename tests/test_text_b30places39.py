"""Session 39, lane b30places: wrong places, figures and kinds from blind30's
errors, each tested on phrasings of our own (three per language where it
applies)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims
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


# B30PLACES39 (b): a place, a dash, then a predicate participle ("X —
# освобождена", "X — звільнена"): the place is the participle's subject,
# as it is with no dash
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Десантники сообщают: Андреевка — освобождена полностью.", "ru", "Андреевка"),
        ("Итог дня: Макеевка — освобождена.", "ru", "Макеевка"),
        ("Сводка: Авдеевка — освобождена.", "ru", "Авдеевка"),
        ("Командир доповів: Кліщіївка — звільнена повністю.", "uk", "Кліщіївка"),
        ("Бійці повідомили: Степове — звільнене.", "uk", "Степове"),
        ("Уточнення: Андріївка — окупована.", "uk", "Андріївка"),
    ],
)
def test_place_dash_participle(text: str, lang: str, place: str) -> None:
    claims = extract_claims(text, published="2025-06-09", language=lang)
    assert [c.kind for c in claims] == ["settlement_control"]
    assert [p.name for p in claims[0].places] == [place]
    assert claims[0].quote.startswith(place)


# B30PLACES39 (c): one kilometre told with a hedge and no figure ("близько
# кілометра", "почти километр", "до кілометра") is a distance of 1 km, as
# "на кілометр" is
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Наші бійці відновили позиції біля Степового, пройшли близько кілометра.",
            "uk",
        ),
        ("Ворог просунувся майже кілометр углиб біля Торецька.", "uk"),
        ("Росіяни просунулися до кілометра біля Курахового.", "uk"),
        ("Противник продвинулся почти километр у Работино.", "ru"),
        ("ВСУ продвинулись до километра у Вербового.", "ru"),
        ("Штурмовики продвинулись более километра у Работино.", "ru"),
    ],
)
def test_hedged_one_kilometre(text: str, lang: str) -> None:
    claims = extract_claims(text, published="2025-06-09", language=lang)
    assert [(c.kind, c.distance_km) for c in claims] == [("advance", 1.0)]
