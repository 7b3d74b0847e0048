"""Session 42, lane xkind3: kind confusions shared across the read sets, each
rule tested on phrasings of our own (three per language)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


def _kinds(text: str, lang: str) -> list[tuple[str, str | None, list[str], bool]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places], c.negated)
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# XKIND3-42 (a): a town's territory, whole or a share of it, is the town
# (settlement_control, CONVENTIONS B), not a region-level area change nor
# ground taken (an advance): "taken the whole territory of the town", "80% of
# the territory of X", "всю територію X", "95% территории города"
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        (
            "Moscow said its troops had captured the entire territory of Toretsk.",
            "en",
            "RU",
            "Toretsk",
        ),
        (
            "Battles raged in Vuhledar all week. On Friday a Russian general "
            "claimed his men had seized the whole territory of the town.",
            "en",
            "RU",
            "Vuhledar",
        ),
        (
            "Ukrainian troops have retaken 60% of the territory of Kupiansk, "
            "the brigade said.",
            "en",
            "UA",
            "Kupiansk",
        ),
        (
            "Речник заявив, що росіяни захопили всю територію Торецька.",
            "uk",
            "RU",
            "Торецька",
        ),
        (
            "Бої за Вугледар тривали тиждень. Тепер окупанти захопили всю "
            "територію міста, визнав речник.",
            "uk",
            "RU",
            "Вугледар",
        ),
        (
            "За словами командира, ЗСУ звільнили 70 відсотків території Куп'янська.",
            "uk",
            "UA",
            "Куп'янська",
        ),
        (
            "Минобороны сообщило, что войска заняли всю территорию Торецка.",
            "ru",
            "RU",
            "Торецка",
        ),
        (
            "Бои за Угледар шли неделю. В пятницу генерал заявил, что его "
            "бойцы освободили 90% территории города.",
            "ru",
            "RU",
            "Угледар",
        ),
        (
            "По данным штаба, ВСУ освободили 60 процентов территории Купянска.",
            "ru",
            "UA",
            "Купянска",
        ),
    ],
)
def test_town_territory_is_the_town(
    text: str, lang: str, gainer: str, place: str
) -> None:
    got = [k for k in _kinds(text, lang) if k[0] != "fighting"]
    assert got == [("settlement_control", gainer, [place], False)]


# the territory of a region, whole or a share, stays a region-level area change
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Kyiv said it had liberated 40% of the territory of the Kursk region.",
            "en",
            "Kursk region",
        ),
        (
            "Ukraine freed the entire territory of the Kharkiv region.",
            "en",
            "Kharkiv region",
        ),
        ("ЗСУ звільнили всю територію Сумщини.", "uk", "Сумщини"),
        ("ЗСУ звільнили 40% території Курщини.", "uk", "Курщини"),
        (
            "ВСУ освободили всю территорию Херсонской области.",
            "ru",
            "Херсонской области",
        ),
        ("Армия освободила 60% территории Курской области.", "ru", "Курской области"),
    ],
)
def test_region_territory_stays_area(text: str, lang: str, place: str) -> None:
    got = _kinds(text, lang)
    assert [(k[0], k[2]) for k in got] == [("area_change", [place])]


# a share of the ground seized, no town named, stays an area change
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukraine has liberated 54% of the territory Russia seized.", "en"),
        ("Росія втратила 40% захопленої території.", "uk"),
        ("Россия потеряла 40% захваченной территории.", "ru"),
    ],
)
def test_share_of_ground_stays_area(text: str, lang: str) -> None:
    assert [k[0] for k in _kinds(text, lang)] == ["area_change"]


# XKIND3-42 (b): a share of a town's territory held is a partial hold of the
# town, as a share of the town is ("control 80% of X" made one, "control 80%
# of the territory of X" none); a share of a country or a region stays no claim
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        (
            "Russian units now control 70% of the territory of Toretsk.",
            "en",
            "RU",
            "Toretsk",
        ),
        (
            "Battles go on in Vuhledar. Ukrainian troops still hold about 20% "
            "of the territory of the town.",
            "en",
            "UA",
            "Vuhledar",
        ),
        (
            "Moscow said its forces controlled over 90% of the territory of Kupiansk.",
            "en",
            "RU",
            "Kupiansk",
        ),
        ("Росіяни контролюють понад 70% території Торецька.", "uk", "RU", "Торецька"),
        (
            "Бої за Вугледар тривають. Сили оборони утримують близько 20% "
            "території міста.",
            "uk",
            "UA",
            "Вугледар",
        ),
        (
            "За даними штабу, ворог контролює 90% території Куп'янська.",
            "uk",
            "RU",
            "Куп'янська",
        ),
        (
            "Российские войска контролируют более 70% территории Торецка.",
            "ru",
            "RU",
            "Торецка",
        ),
        (
            "Бои за Угледар продолжаются. ВСУ удерживают около 20% территории города.",
            "ru",
            "UA",
            "Угледар",
        ),
        (
            "По данным ISW, российские подразделения контролируют 90% "
            "территории Купянска.",
            "ru",
            "RU",
            "Купянска",
        ),
    ],
)
def test_share_of_town_territory_held(
    text: str, lang: str, gainer: str, place: str
) -> None:
    got = [k for k in _kinds(text, lang) if k[0] != "fighting"]
    assert got == [("settlement_control", gainer, [place], False)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia controls about 18% of the territory of Ukraine.", "en"),
        ("Росія контролює близько 18% території України.", "uk"),
        ("Россия контролирует около 18% территории Украины.", "ru"),
    ],
)
def test_share_of_country_held_is_no_claim(text: str, lang: str) -> None:
    assert _kinds(text, lang) == []
