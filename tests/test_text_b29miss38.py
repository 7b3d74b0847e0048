"""Missed and spurious claims from blind29's error classes, session 38 (lane
b29miss): own phrasings only, three per language where the rule applies;
nothing here reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims


def _advances(text: str, lang: str) -> list[tuple[str | None, float | None, str]]:
    """(gainer, distance, quote) of every advance claim of ``text``."""
    return [
        (c.gainer, c.distance_km, c.quote)
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "advance"
    ]


# ground taken near a place and a depth joined by "and" are one advance: the
# depth of that ground (one claim, its distance, both in its quote)
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "km"),
    [
        (
            "Our assault groups cleared a tree line east of Kupiansk and "
            "advanced 600 metres, the brigade said.",
            "en",
            "UA",
            0.6,
        ),
        (
            "Ukrainian troops pushed the enemy back near Robotyne and advanced 1.5 km.",
            "en",
            "UA",
            1.5,
        ),
        (
            "The Russian units took better positions south of Toretsk and "
            "advanced 2 km, the ministry said.",
            "en",
            "RU",
            2.0,
        ),
        (
            "Окупанти просунулися на 2 км і зайняли вигідніші рубежі біля Торецька.",
            "uk",
            "RU",
            2.0,
        ),
        (
            "Наші підрозділи відбили позиції біля Роботиного та просунулися на 1,5 км.",
            "uk",
            "UA",
            1.5,
        ),
        (
            "Штурмовики ЗСУ зачистили лісосмугу північніше Куп'янська і "
            "просунулися на 700 метрів.",
            "uk",
            "UA",
            0.7,
        ),
        (
            "Российские подразделения продвинулись на 2 километра и заняли "
            "более выгодные рубежи северо-западнее Степового.",
            "ru",
            "RU",
            2.0,
        ),
        (
            "Российские штурмовые группы зачистили лесополосу севернее "
            "Купянска и продвинулись на 700 метров.",
            "ru",
            "RU",
            0.7,
        ),
        (
            "Украинские штурмовики заняли позиции у Работино и продвинулись на "
            "1,5 километра.",
            "ru",
            "UA",
            1.5,
        ),
    ],
)
def test_depth_of_ground_taken_is_one_advance(
    text: str, lang: str, gainer: str, km: float
) -> None:
    (got,) = _advances(text, lang)
    assert got[:2] == (gainer, km)
    assert " и " in got[2] or " і " in got[2] or " та " in got[2] or " and " in got[2]


# a line reached beside the depth stays a claim of its own, and so does a
# depth told with a side of its own
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian forces advanced 2 km on the Avdiivka front and reached the "
            "outskirts of Stepove.",
            "en",
        ),
        (
            "За місяць окупанти просунулися на 3 км і вийшли до околиць Степового.",
            "uk",
        ),
        (
            "За месяц российские силы продвинулись на 3 км и вышли к окраинам "
            "Степового.",
            "ru",
        ),
    ],
)
def test_depth_and_line_reached_stay_two(text: str, lang: str) -> None:
    got = _advances(text, lang)
    assert len(got) == 2
    assert any(km for _, km, _ in got)


# an advance near a place and ground taken with no place of its own, joined by
# "and", are one advance (no depth in either)
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "Ukrainian troops advanced in several areas near Robotyne and took "
            "up better positions.",
            "en",
            "UA",
        ),
        (
            "Russian units pushed forward near Avdiivka and took more "
            "advantageous positions, the ministry said.",
            "en",
            "RU",
        ),
        (
            "The brigade advanced on two sectors near Kupiansk and cleared "
            "several tree lines.",
            "en",
            None,
        ),
        (
            "Українські підрозділи просунулися на кількох ділянках біля "
            "Роботиного та зайняли вигідніші позиції.",
            "uk",
            "UA",
        ),
        (
            "Російські війська просунулися біля Авдіївки і зайняли вигідніші рубежі.",
            "uk",
            "RU",
        ),
        (
            "Окупанти просунулися в районі Торецька та зайняли кілька лісосмуг.",
            "uk",
            "RU",
        ),
        (
            "Российские подразделения продвинулись на нескольких участках в "
            "районе Авдеевки и заняли более выгодные позиции у терриконов.",
            "ru",
            "RU",
        ),
        (
            "Российские войска продвинулись у Торецка и заняли более выгодные рубежи.",
            "ru",
            "RU",
        ),
        (
            "ВСУ продвинулись в районе Работино и заняли несколько опорных пунктов.",
            "ru",
            "UA",
        ),
    ],
)
def test_ground_taken_beside_an_advance_is_one_advance(
    text: str, lang: str, gainer: str | None
) -> None:
    got = _advances(text, lang)
    assert len(got) == 1
    if gainer:
        assert got[0][0] == gainer


# one side's gain and the other's retreat joined by "and" stay two (ru makes
# no claim of a retreat "на более выгодные позиции" yet)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian forces advanced near Avdiivka and Ukrainian units withdrew "
            "to more advantageous positions.",
            "en",
        ),
        (
            "Російські війська просунулися біля Авдіївки, і українські "
            "підрозділи відійшли на вигідніші позиції.",
            "uk",
        ),
    ],
)
def test_gain_and_retreat_stay_two(text: str, lang: str) -> None:
    assert len(_advances(text, lang)) == 2
