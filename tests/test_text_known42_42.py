"""Session 42, lane known42: defects earlier sessions left, each rule tested on
phrasings of our own (three per language where the class applies)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


def _claims(text: str, lang: str) -> list[tuple[str, str | None, float | None]]:
    return [
        (c.kind, c.gainer, c.area_km2)
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# KNOWN42 (1): a shrinking holding named as under a side's control keeps that
# side as its gainer after the other side's advance
@pytest.mark.parametrize(
    ("text", "lang", "holder", "area"),
    [
        (
            "Russian forces advanced near Sudzha. The area under Ukrainian "
            "control had shrunk to 140 square kilometers.",
            "en",
            "UA",
            140.0,
        ),
        (
            "Ukrainian troops pushed forward near Robotyne. The territory under "
            "Russian control there has shrunk to 60 sq km.",
            "en",
            "RU",
            60.0,
        ),
        (
            "Moscow's troops gained ground around Korenevo. Land under Kyiv's "
            "control in the region has contracted to about 300 square kilometres.",
            "en",
            "UA",
            300.0,
        ),
        (
            "Російські війська просунулися біля Суджі. Територія під контролем "
            "ЗСУ скоротилася до 140 квадратних кілометрів.",
            "uk",
            "UA",
            140.0,
        ),
        (
            "Окупанти просунулися біля Кореневого. Площа під контролем "
            "українських військ зменшилася до 300 кв. км.",
            "uk",
            "UA",
            300.0,
        ),
        (
            "ЗСУ просунулися біля Роботиного. Територія під російським "
            "контролем там скоротилася до 60 кв. км.",
            "uk",
            "RU",
            60.0,
        ),
        (
            "Российские войска продвинулись у Суджи. Территория под контролем "
            "ВСУ сократилась до 140 квадратных километров.",
            "ru",
            "UA",
            140.0,
        ),
        (
            "ВС РФ продвинулись у Коренево. Площадь под контролем украинских "
            "войск уменьшилась до 300 кв. км.",
            "ru",
            "UA",
            300.0,
        ),
        (
            "ВСУ продвинулись у Работино. Территория под российским контролем "
            "там сократилась до 60 кв. км.",
            "ru",
            "RU",
            60.0,
        ),
    ],
)
def test_shrinking_holding_keeps_its_holder(
    text: str, lang: str, holder: str, area: float
) -> None:
    got = [c for c in _claims(text, lang) if c[0] == "area_change"]
    assert got and all(g[1] == holder for g in got), got
    assert any(g[2] == area for g in got), got


# KNOWN42 (1a, XKIND241's fix (a) again): English "out of / from the region"
# points back to the region named before; a side driven out of it makes a
# region-level area change, as uk/ru did already
@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "Clashes went on in the Belgorod region all week. Officials said the "
            "raiders had been pushed out of the region by Sunday.",
            "en",
            "Belgorod region",
        ),
        (
            "Kyiv's troops entered the Kursk region in August. In March Ukrainian "
            "units were driven out of the region, Moscow said.",
            "en",
            "Kursk region",
        ),
        (
            "The Bryansk region saw a small incursion. Russian forces expelled the "
            "attackers from the region on Monday.",
            "en",
            "Bryansk region",
        ),
        (
            "Бої в Курській області тривали місяцями. Російські війська витіснили "
            "ЗСУ з області.",
            "uk",
            "Курській області",
        ),
        (
            "Бои в Курской области шли месяцами. Российские войска вытеснили ВСУ "
            "из области.",
            "ru",
            "Курской области",
        ),
    ],
)
def test_driven_out_of_the_region_is_region_level(
    text: str, lang: str, region: str
) -> None:
    areas = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "area_change"
    ]
    assert len(areas) == 1, areas
    assert areas[0].gainer == "RU"
    assert [p.name for p in areas[0].places] == [region]


def test_driven_out_of_the_villages_in_the_region_stays_settlements() -> None:
    text = (
        "Fighting in the Kursk region goes on. Ukrainian forces had been "
        "driven out of the villages in the region."
    )
    kinds = [c.kind for c in extract_claims(text, published=PUB, language="en")]
    assert "area_change" not in kinds


# KNOWN42 (8): fighting that reached or neared a place is fighting, no side's
# advance (lang FIGHT_SUBJECT, rules/skips.py)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Fighting reached the outskirts of Zorivka.", "en"),
        ("The fighting has now reached the outskirts of Pokrovsk.", "en"),
        ("Heavy fighting has approached Kostiantynivka.", "en"),
        ("Бої дійшли до околиць Зорівки.", "uk"),
        ("Бойові дії вже підійшли до околиць Покровська.", "uk"),
        ("Бої наблизилися до Костянтинівки.", "uk"),
        ("Бои дошли до окраин Зоревки.", "ru"),
        ("Боевые действия уже подошли к окраинам Покровска.", "ru"),
        ("Бои приблизились к Константиновке.", "ru"),
    ],
)
def test_fighting_that_reached_a_place_is_no_advance(text: str, lang: str) -> None:
    kinds = [k for k, _, _ in _claims(text, lang)]
    assert kinds == ["fighting"], kinds


def test_troops_that_reached_a_place_still_advance() -> None:
    text = "Russian troops reached the outskirts of Zorivka as fighting raged."
    assert ("advance", "RU", None) in _claims(text, "en")


# KNOWN42 (7): a side halted is the side whose advance stalled (CONVENTIONS and
# the read golds: a negated advance of that side, not fighting)
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Russian troops were halted outside Zorivka.", "RU"),
        ("The Russian assault was halted near Toretsk.", "RU"),
        ("Russian troops were halted by Ukrainian forces outside Zorivka.", "RU"),
        ("Ukrainian forces were halted near Robotyne.", "UA"),
    ],
)
def test_halted_side_is_the_stalled_advance(text: str, gainer: str) -> None:
    negated = [
        c
        for c in extract_claims(text, published=PUB, language="en")
        if c.kind == "advance"
    ]
    assert len(negated) == 1, negated
    assert negated[0].gainer == gainer
    assert negated[0].negated is True
