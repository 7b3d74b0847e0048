"""Session 41, lane xkind: kind confusions shared across the read sets, each
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


# XKIND41 (a): further attacks repelled after an advance leave the advance
# standing (rules/advance._undone, lang REPELLED_NOT_MOVERS); the movers
# destroyed or thrown back still make it fighting
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "The enemy advanced 300 metres near Kolosky, but all further "
            "attacks were repelled.",
            "en",
            "Kolosky",
        ),
        (
            "Russian troops pushed toward Marivka, but their later assaults "
            "were repulsed.",
            "en",
            "Marivka",
        ),
        (
            "Russian units advanced near Hlybochok, but further attempts "
            "were repelled.",
            "en",
            "Hlybochok",
        ),
        (
            "Ворогу вдалося просунутися біля Колосків, але всі подальші атаки відбито.",
            "uk",
            "Колосків",
        ),
        (
            "Росіяни просунулися до Маріївки, проте наступні штурми були відбиті.",
            "uk",
            "Маріївки",
        ),
        (
            "Окупанти просунулися біля Глибочка, однак інші спроби відбито.",
            "uk",
            "Глибочка",
        ),
        (
            "Российские войска продвинулись у Колосков, но все последующие "
            "атаки отбиты.",
            "ru",
            "Колосков",
        ),
        (
            "Российские штурмовики продвинулись к Марьевке, однако дальнейшие "
            "попытки были отбиты.",
            "ru",
            "Марьевке",
        ),
        (
            "Российские подразделения продвинулись у Глубочка, но новые штурмы отбиты.",
            "ru",
            "Глубочка",
        ),
    ],
)
def test_further_attacks_repelled_leave_the_advance(
    text: str, lang: str, place: str
) -> None:
    ks = _kinds(text, lang)
    assert ("advance", "RU", [place], False) in ks, ks


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian infantry advanced toward Kolosky but was destroyed.", "en"),
        ("Противник просунувся до Колосків, але був знищений.", "uk"),
        ("Противник продвинулся к Марьевке, однако был отброшен.", "ru"),
    ],
)
def test_movers_thrown_back_still_undo_the_advance(text: str, lang: str) -> None:
    assert [k for k, *_ in _kinds(text, lang)] == ["fighting"], text


# XKIND41 (b): a region recalled by a pointer ("из региона", "звільнення
# області") that the trigger itself acts on is region-level area change, not
# a settlement (rules/settlement/recalled._region_itself; CONVENTIONS A)
@pytest.mark.parametrize(
    ("text", "lang", "place", "negated"),
    [
        (
            "Бои в Брянской области продолжаются. Губернатор заявил, что ВСУ "
            "вытеснены из региона.",
            "ru",
            "Брянской области",
            False,
        ),
        (
            "Киев отрицает успехи в Херсонской области. Заявление о полном "
            "освобождении области не соответствует действительности.",
            "ru",
            "Херсонской области",
            True,
        ),
        (
            "Обстановка в Белгородской области спокойная. По данным штаба, "
            "противник полностью выбит из области.",
            "ru",
            "Белгородской области",
            False,
        ),
        (
            "Бої на Сумщині тривають. Голова ОВА заявив, що окупантів "
            "витіснено з регіону.",
            "uk",
            "Сумщині",
            False,
        ),
        (
            "Бої на Сумщині тривають. Голова ОВА заявив, що окупантів вибили "
            "з області.",
            "uk",
            "Сумщині",
            False,
        ),
        (
            "Бої на Херсонщині тривають. Твердження про повне звільнення "
            "області не відповідає дійсності.",
            "uk",
            "Херсонщині",
            True,
        ),
    ],
)
def test_a_region_recalled_and_taken_is_region_level_area(
    text: str, lang: str, place: str, negated: bool
) -> None:
    cs = extract_claims(text, published=PUB, language=lang)
    got = [(c.kind, [p.name for p in c.places], bool(c.negated)) for c in cs]
    assert ("area_change", [place], negated) in got, got
    assert "settlement_control" not in [k for k, *_ in got], got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Бои в Харьковской области идут. ВСУ вытеснили противника из ряда "
            "сёл на севере области.",
            "ru",
        ),
        (
            "Бої на Харківщині тривають. ЗСУ звільнили кілька сіл на півночі області.",
            "uk",
        ),
    ],
)
def test_settlements_in_a_recalled_region_stay_settlements(
    text: str, lang: str
) -> None:
    kinds = [c.kind for c in extract_claims(text, published=PUB, language=lang)]
    assert "settlement_control" in kinds and "area_change" not in kinds, kinds


# XKIND41 (c): the territory OF a region taken ("the liberation of the
# territory of the X region", "звільнення території X області") is the whole
# region, region-level area change, not an advance
# (rules/settlement/ground._territory_of_region); territory NEAR a town in
# a region stays an advance
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        (
            "The minister reported the liberation of the territory of the "
            "Luhansk region.",
            "en",
            "UA",
            "Luhansk region",
        ),
        (
            "Ukrainian troops freed the territory of the Kyiv region in April.",
            "en",
            "UA",
            "Kyiv region",
        ),
        (
            "Russian forces seized the territory of the Kherson region in March 2022.",
            "en",
            "RU",
            "Kherson region",
        ),
        (
            "Міністр доповів про звільнення території Херсонської області.",
            "uk",
            "UA",
            "Херсонської області",
        ),
        (
            "ЗСУ звільнили територію Київської області від окупантів.",
            "uk",
            "UA",
            "Київської області",
        ),
        (
            "Окупанти захопили територію Луганської області влітку.",
            "uk",
            "RU",
            "Луганської області",
        ),
        (
            "Министр доложил об освобождении территории Херсонской области.",
            "ru",
            "RU",
            "Херсонской области",
        ),
        (
            "Российские войска заняли территорию Курской области.",
            "ru",
            "RU",
            "Курской области",
        ),
        (
            "Армия освободила территорию Запорожской области к лету.",
            "ru",
            "RU",
            "Запорожской области",
        ),
    ],
)
def test_the_territory_of_a_region_taken_is_region_level_area(
    text: str, lang: str, gainer: str, place: str
) -> None:
    ks = _kinds(text, lang)
    assert ("area_change", gainer, [place], False) in ks, ks
    assert "advance" not in [k for k, *_ in ks], ks


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian troops seized territory near Kupiansk in the Kharkiv region.", "en"),
        ("Окупанти захопили територію біля Куп’янська на Харківщині.", "uk"),
        ("Войска освободили территорию у Купянска в Харьковской области.", "ru"),
    ],
)
def test_territory_near_a_town_in_a_region_stays_an_advance(
    text: str, lang: str
) -> None:
    assert [k for k, *_ in _kinds(text, lang)] == ["advance"], text


# XKIND41 (d): a grey zone moved into or grown is a contest, fighting at the
# place, no advance (rules/advance._grey_move, lang GREY_ZONE; the English
# fight row for "the grey zone expanded")
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Near Toretsk the grey zone has grown.", "en", "Toretsk"),
        ("The gray zone around Siversk expanded this week.", "en", "Siversk"),
        ("Russian troops moved into the grey zone near Hlybochok.", "en", "Hlybochok"),
        ("Ворог зайшов у сіру зону біля Глибочка.", "uk", "Глибочка"),
        ("Біля Торецька сіра зона розширилася.", "uk", "Торецька"),
        ("Окупанти просунулися в сіру зону поблизу Сіверська.", "uk", "Сіверська"),
        ("Противник зашел в серую зону у Глубочка.", "ru", "Глубочка"),
        ("Под Торецком серая зона расширилась.", "ru", "Торецком"),
        (
            "Российские войска продвинулись в так называемую серую зону у Сиверска.",
            "ru",
            "Сиверска",
        ),
    ],
)
def test_a_grey_zone_entered_or_grown_is_fighting(
    text: str, lang: str, place: str
) -> None:
    assert _kinds(text, lang) == [("fighting", None, [place], False)], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The grey zone shrank as Ukrainian troops advanced near Siversk.", "en"),
        ("Окупанти просунулися біля Сіверська.", "uk"),
        ("Российские войска продвинулись у Сиверска.", "ru"),
    ],
)
def test_an_advance_outside_a_grey_zone_stays(text: str, lang: str) -> None:
    assert "advance" in [k for k, *_ in _kinds(text, lang)], text
