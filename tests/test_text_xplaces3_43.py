"""Session 43, places (lane xplaces3): phrasings of our own, three per
language where the class applies.

* XPLACES3-43 (1): a fight tally whose places follow its clause as its
  members ("62 attacks on the X direction, including near A and B",
  "57 боєзіткнень, найбільше — біля A, B та C", "40 боестолкновений, больше
  всего — у A и B") gave the sector alone: rules/fighting._members_after
  reads the list after the marker (lang FIGHT_MEMBERS) as the fight's places.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2024, 11, 20)


def _names(claim: object) -> list[str]:
    return [getattr(p, "name", p) for p in claim.places]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        (
            "The General Staff counted 45 Russian assaults on the Lyman "
            "direction over the past day, including near Torske and Zarichne.",
            "en",
            ["Torske", "Zarichne"],
        ),
        (
            "Defenders beat off 19 attacks in the Siversk direction on Monday, "
            "the heaviest — near Bilohorivka, Vyimka and Spirne.",
            "en",
            ["Bilohorivka", "Vyimka", "Spirne"],
        ),
        (
            "There were 33 clashes on the Huliaipole direction yesterday, "
            "including around Malynivka and Zaliznychne.",
            "en",
            ["Malynivka", "Zaliznychne"],
        ),
        (
            "За минулу добу на Лиманському напрямку відбулося 28 боєзіткнень, "
            "найбільше — біля Торського та Зарічного.",
            "uk",
            ["Торського", "Зарічного"],
        ),
        (
            "Ворог 21 раз штурмував позиції на Сіверському напрямку, "
            "найінтенсивніше — поблизу Білогорівки, Виїмки та Спірного.",
            "uk",
            ["Білогорівки", "Виїмки", "Спірного"],
        ),
        (
            "На Гуляйпільському напрямку тривали бої, переважно — в районі "
            "Малинівки і Залізничного.",
            "uk",
            ["Малинівки", "Залізничного"],
        ),
        (
            "За сутки на Лиманском направлении произошло 28 боестолкновений, "
            "больше всего — у Торского и Заречного.",
            "ru",
            ["Торского", "Заречного"],
        ),
        (
            "Противник 21 раз атаковал на Северском направлении, наиболее "
            "интенсивно — в районе Белогоровки, Выемки и Спорного.",
            "ru",
            ["Белогоровки", "Выемки", "Спорного"],
        ),
        (
            "На Гуляйпольском направлении продолжались бои, преимущественно — "
            "возле Малиновки и Железнодорожного.",
            "ru",
            ["Малиновки", "Железнодорожного"],
        ),
    ],
)
def test_fight_tally_members_are_its_places(
    text: str, language: str, places: list[str]
) -> None:
    fights = [
        c
        for c in extract_claims(text, published=_PUB, language=language)
        if c.kind == "fighting"
    ]
    assert fights
    assert any(_names(c) == places for c in fights)
    assert all(c.gainer is None for c in fights)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Fighting goes on in the Pokrovsk direction, including in the "
            "industrial zone.",
            "en",
        ),
        ("Бої тривають на Покровському напрямку, зокрема у промзоні.", "uk"),
        ("Бои идут на Покровском направлении, в том числе в промзоне.", "ru"),
    ],
)
def test_no_members_no_places(text: str, language: str) -> None:
    fights = [
        c
        for c in extract_claims(text, published=_PUB, language=language)
        if c.kind == "fighting"
    ]
    assert fights
    assert all(not _names(c) for c in fights)


@pytest.mark.parametrize(
    ("text", "language", "distance"),
    [
        (
            "Ворог вклинився в оборону біля Спірного на глибину до 1,5 км по "
            "фронту близько 4 км.",
            "uk",
            1.5,
        ),
        (
            "Російські війська просунулися на 800 м по фронту приблизно 3 км "
            "поблизу Торського.",
            "uk",
            0.8,
        ),
        (
            "Російські підрозділи просунулися на 2 км по фронту близько 6 км "
            "біля Зарічного.",
            "uk",
            2.0,
        ),
        (
            "Подразделения ВС РФ вклинились в оборону у Спорного на глубину до "
            "1,5 км по фронту около 4 км.",
            "ru",
            1.5,
        ),
        (
            "Российские войска продвинулись на 800 м по фронту примерно 3 км у "
            "Торского.",
            "ru",
            0.8,
        ),
        (
            "Штурмовики ВС РФ продвинулись на 2 км по фронту около 6 км возле "
            "Заречного.",
            "ru",
            2.0,
        ),
    ],
)
def test_depth_before_an_approximate_front_width(
    text: str, language: str, distance: float
) -> None:
    moves = [
        c
        for c in extract_claims(text, published=_PUB, language=language)
        if c.kind == "advance"
    ]
    assert [c.distance_km for c in moves] == [distance]
    assert moves[0].gainer == "RU"


@pytest.mark.parametrize(
    ("text", "language", "kind", "places"),
    [
        (
            "На ділянці Торське – Зарічне тривають бої.",
            "uk",
            "fighting",
            ["Торське", "Зарічне"],
        ),
        (
            "Ворог вклинився в нашу оборону на ділянці Білогорівка – Спірне на "
            "глибину до одного кілометра.",
            "uk",
            "advance",
            ["Білогорівка", "Спірне"],
        ),
        (
            "Бої точаться на рубежі Малинівка – Залізничне.",
            "uk",
            "fighting",
            ["Малинівка", "Залізничне"],
        ),
        (
            "На участке Торское — Заречное продолжаются бои.",
            "ru",
            "fighting",
            ["Торское", "Заречное"],
        ),
        (
            "Российские войска продвинулись на 2 км на участке Белогоровка — Спорное.",
            "ru",
            "advance",
            ["Белогоровка", "Спорное"],
        ),
        (
            "Бои идут на рубеже Малиновка — Железнодорожное.",
            "ru",
            "fighting",
            ["Малиновка", "Железнодорожное"],
        ),
        (
            "Fighting continues on the Torske – Zarichne section.",
            "en",
            "fighting",
            ["Torske", "Zarichne"],
        ),
        (
            "Russian troops advanced 2 km along the Bilohorivka – Spirne line.",
            "en",
            "advance",
            ["Bilohorivka", "Spirne"],
        ),
        (
            "Clashes went on along the Malynivka - Zaliznychne stretch.",
            "en",
            "fighting",
            ["Malynivka", "Zaliznychne"],
        ),
    ],
)
def test_a_stretch_names_both_ends(
    text: str, language: str, kind: str, places: list[str]
) -> None:
    claims = [
        c
        for c in extract_claims(text, published=_PUB, language=language)
        if c.kind == kind
    ]
    assert [_names(c) for c in claims] == [places]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Територія під контролем Росії у жовтні зросла на 464 кв. км.", "uk"),
        ("Площа під контролем окупантів за місяць зросла на 310 кв. км.", "uk"),
        ("Територію під контролем росіян за тиждень збільшено на 90 кв. км.", "uk"),
        ("Территория под контролем России в октябре выросла на 464 кв. км.", "ru"),
        ("Площадь под контролем ВС РФ за месяц выросла на 310 кв. км.", "ru"),
        (
            "Территории под контролем ВС РФ за месяц прибавилось на 300 кв. км.",
            "ru",
        ),
    ],
)
def test_a_ground_noun_opening_a_sentence_is_no_place(text: str, language: str) -> None:
    areas = [
        c
        for c in extract_claims(text, published=_PUB, language=language)
        if c.kind == "area_change"
    ]
    assert areas
    assert all(not _names(c) for c in areas)
    assert all(c.gainer == "RU" for c in areas)


@pytest.mark.parametrize(
    "text",
    [
        "Контрольована Росією площа за місяць зросла на 310 кв. км.",
        "За тиждень окупована Росією територія збільшилася на 90 кв. км.",
        "Захоплена Росією площа на Харківщині зросла на 120 кв. км.",
    ],
)
def test_uk_held_by_russia_in_the_instrumental(text: str) -> None:
    areas = [
        c
        for c in extract_claims(text, published=_PUB, language="uk")
        if c.kind == "area_change"
    ]
    assert [c.gainer for c in areas] == ["RU"]
    assert not any(n.startswith(("Росі", "Контрол")) for n in _names(areas[0]))
