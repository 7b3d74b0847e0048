"""Session 43, lane xkind5: kind confusions shared across the read sets, each
rule tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


def _claims(text: str, lang: str) -> list[tuple[str, str | None, float | None]]:
    return [
        (c.kind, c.gainer, c.distance_km)
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# XKIND5-43 (a): uk/ru "відбили / отбили" with a depth in kilometres is ground
# won back (an advance of that depth), as "відвоювали 2 км"; "відбили атаку за
# 2 км від X" and "відбили 14 штурмів" stay fighting
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "km"),
    [
        ("Українські сили відбили близько 2 км у районі Торецька.", "uk", "UA", 2.0),
        ("ЗСУ відбили ще півтора кілометра біля Працюків.", "uk", "UA", 1.5),
        ("За тиждень бійці ЗСУ відбили 3 км поблизу Часового Яру.", "uk", "UA", 3.0),
        ("Украинские военные отбили около 3 км под Суджей.", "ru", "UA", 3.0),
        ("ВСУ отбили полтора километра у Работино.", "ru", "UA", 1.5),
        ("Украинские морпехи отбили ещё 2 км у Крынок.", "ru", "UA", 2.0),
    ],
)
def test_depth_won_back_is_an_advance(
    text: str, lang: str, gainer: str, km: float
) -> None:
    assert ("advance", gainer, km) in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Оборонці відбили атаку за 2 км від Торецька.", "uk"),
        ("ЗСУ відбили 14 штурмів біля Покровська.", "uk"),
        ("ВСУ отбили атаку в 2 км от Торецка.", "ru"),
    ],
)
def test_attack_repelled_near_a_figure_stays_fighting(text: str, lang: str) -> None:
    assert all(kind != "advance" for kind, _, _ in _claims(text, lang))


# XKIND5-43 (b): uk/ru a line held ("утримують лінію по річці X", "тримають
# рубіж", "удерживают линию вдоль реки X") is ground, no settlement holding
# (the river is no town), as English "hold the line"; a town held stays
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ЗСУ утримують лінію по річці Оскіл.", "uk"),
        ("Наші підрозділи тримають рубіж біля Торецька.", "uk"),
        ("Захисники утримують лінію вздовж річки Вовча.", "uk"),
        ("ВСУ удерживают линию по реке Оскол.", "ru"),
        ("ВСУ удерживают линию обороны у Торецка.", "ru"),
        ("Российские войска удерживают линию вдоль реки Волчья.", "ru"),
        ("Ukrainian forces hold the line along the Oskil river.", "en"),
        ("Ukrainian units still hold their lines near Toretsk.", "en"),
        ("Our troops are holding the line on the Vovcha river.", "en"),
    ],
)
def test_a_line_held_is_no_settlement(text: str, lang: str) -> None:
    assert all(kind != "settlement_control" for kind, _, _ in _claims(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Речник заявив, що ворог не просунувся в місті Куп’янськ і що ЗСУ "
            "утримують лінію по річці Оскіл.",
            "uk",
        ),
        (
            "Представитель заявил, что враг не продвинулся в Купянске и что ВСУ "
            "удерживают линию по реке Оскол.",
            "ru",
        ),
    ],
)
def test_no_advance_then_a_line_held_is_one_negated_advance(
    text: str, lang: str
) -> None:
    got = extract_claims(text, published=PUB, language=lang)
    assert [(c.kind, c.negated) for c in got] == [("advance", True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ЗСУ утримують Куп’янськ.", "uk"),
        ("ВСУ удерживают Купянск.", "ru"),
        ("Ukrainian forces still hold Kupiansk.", "en"),
    ],
)
def test_a_town_held_stays(text: str, lang: str) -> None:
    assert ("settlement_control", "UA", None) in _claims(text, lang)
