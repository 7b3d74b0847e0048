"""Session 40, lane xplaces: places, gainers and running totals, from error
families shared by many read sets, each tested on phrasings of our own
(three per language where the family applies)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, published="2025-03-10", language=lang)


# XPLACES40 (a): a side owning a claim noun about a capture ("Russian claims
# about the capture of X", "Інформацію російських пабліків про захоплення
# X") is the claimer: the capture denied after it is that side's gain, not
# the other side's (the side is no denier)
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "Russian claims about the capture of Berestove are false, the "
            "brigade said.",
            "en",
            "RU",
        ),
        (
            "Kyiv's claims about the liberation of Berestove are a lie, the "
            "Russian ministry said.",
            "en",
            "UA",
        ),
        (
            "Ukrainian statements about the recapture of Dachne are untrue, "
            "the Russian command said.",
            "en",
            "UA",
        ),
        (
            "Інформацію російських пабліків про захоплення Берестового в "
            "DeepState не підтверджують.",
            "uk",
            "RU",
        ),
        (
            "Повідомлення російських каналів про взяття Дачного в Генштабі "
            "спростовують.",
            "uk",
            "RU",
        ),
        (
            "Заяви окупантів про захоплення Яблунівки в бригаді спростували.",
            "uk",
            "RU",
        ),
        (
            "Информацию украинских пабликов об освобождении Берестового в "
            "Минобороны России не подтверждают.",
            "ru",
            "UA",
        ),
        (
            "Сообщения российских каналов о взятии Дачного в ВСУ опровергают.",
            "ru",
            "RU",
        ),
        (
            "Заявления ВСУ об освобождении Яблоновки в штабе группировки не "
            "подтвердили.",
            "ru",
            "UA",
        ),
    ],
)
def test_claim_owner_is_the_gainer_denied(text: str, lang: str, gainer: str) -> None:
    claims = _claims(text, lang)
    assert [c.kind for c in claims] == ["settlement_control"]
    assert claims[0].gainer == gainer
    assert claims[0].negated


# XPLACES40 (b): a free area figure with neither verb nor time of its own,
# right after a claim sentence dated by a bounded span, is that span's
# increment ("… liberated three villages last week. The area of liberated
# territory is 40 sq km."), not a tally held (no holding, no running total)
@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        (
            "Over the past week, Ukrainian troops liberated three villages near "
            "Orikhiv, the general said. The area of liberated territory is 40 "
            "square kilometres.",
            "en",
            "2025-11-03",
        ),
        (
            "In October Russian forces captured 12 villages in Donetsk region, "
            "analysts said. The area they occupied came to 410 square kilometres.",
            "en",
            "2025-10-01",
        ),
        (
            "Last week the Defence Forces liberated Pryiutne and Zolota Nyva. "
            "The total area of liberated land is 25 sq km.",
            "en",
            "2025-11-03",
        ),
        (
            "У жовтні російські війська захопили 12 сіл на Донеччині. "
            "Окупована територія — 410 км².",
            "uk",
            "2025-10-01",
        ),
        (
            "Минулого тижня окупанти захопили Приютне і Золоту Ниву. Окупована "
            "площа — 25 кв. км.",
            "uk",
            "2025-11-03",
        ),
        (
            "За вересень окупанти захопили вісім сіл біля Покровська. Окупована "
            "площа — близько 300 км².",
            "uk",
            "2025-09-01",
        ),
        (
            "В октябре российские войска заняли 12 сел в Донецкой области. "
            "Площадь занятой территории — 410 кв. км.",
            "ru",
            "2025-10-01",
        ),
        (
            "На прошлой неделе российские войска заняли Приютное и Золотую Ниву. "
            "Площадь занятой территории — 25 кв. км.",
            "ru",
            "2025-11-03",
        ),
        (
            "За прошедшую неделю ВСУ потеряли три села под Купянском. Потерянная "
            "площадь — 35 кв. км.",
            "ru",
            "2025-11-03",
        ),
    ],
)
def test_free_figure_after_dated_gain(text: str, lang: str, start: str) -> None:
    claims = extract_claims(text, published="2025-11-10", language=lang)
    areas = [c for c in claims if c.kind == "area_change"]
    assert len(areas) == 1
    assert not areas[0].cumulative
    assert not areas[0].extra.get("holding")
    assert str(areas[0].period_start) == start


# XPLACES40 (c): the last place of a list before "та/и в напрямку X" is a
# place, not the name of a sector ("… Роботиного та в напрямку Малої
# Токмачки": "та в напрямку" is no "X та Y напрямки")
@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Ворог 20 разів атакував у районах Степового, Вербового, Роботиного "
            "та в напрямку Малої Токмачки.",
            "uk",
            ["Степового", "Вербового", "Роботиного", "Малої Токмачки"],
        ),
        (
            "Ворог атакував біля Терен, Кругляківки та в напрямку Куп'янська.",
            "uk",
            ["Терен", "Кругляківки", "Куп'янська"],
        ),
        (
            "Окупанти штурмували позиції поблизу Іванівки, Кліщіївки та у "
            "напрямку Часового Яру.",
            "uk",
            ["Іванівки", "Кліщіївки", "Часового Яру"],
        ),
        (
            "Противник 20 раз атаковал в районах Степового, Вербового, Работино "
            "и в направлении Малой Токмачки.",
            "ru",
            ["Степового", "Вербового", "Работино", "Малой Токмачки"],
        ),
        (
            "Бои шли у Синьковки, Петропавловки и в направлении Купянска.",
            "ru",
            ["Синьковки", "Петропавловки", "Купянска"],
        ),
        (
            "ВСУ пытались атаковать в районах Кременной, Диброво и в направлении "
            "Торского.",
            "ru",
            ["Кременной", "Диброво", "Торского"],
        ),
    ],
)
def test_list_before_towards_keeps_last_place(
    text: str, lang: str, places: list[str]
) -> None:
    claims = _claims(text, lang)
    assert [c.kind for c in claims] == ["fighting"]
    assert [p.name for p in claims[0].places] == places
