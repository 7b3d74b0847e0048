"""Advances in en / uk / ru on phrasings of our own, session 38 (lane
probeadv): three phrasings per language where the rule applies; nothing here
reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims


def _advances(text: str, lang: str) -> list:
    """The advance claims of ``text`` (at least one)."""
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "advance"
    ]
    assert claims, text
    return claims


# "більш ніж на 2 км" / "менш ніж на" / "менее чем на": the hedge before a
# Slavic distance is kept (as "більше ніж" and "более чем" were)
@pytest.mark.parametrize(
    ("text", "lang", "km", "approx"),
    [
        (
            "Ворог просунувся більш ніж на 2 км поблизу Покровська.",
            "uk",
            2.0,
            "більш ніж",
        ),
        (
            "Сили оборони просунулися більш ніж на 1,5 км південніше Бахмута.",
            "uk",
            1.5,
            "більш ніж",
        ),
        (
            "Ворог просунувся менше ніж на 700 метрів біля Авдіївки.",
            "uk",
            0.7,
            "менше ніж",
        ),
        ("Войска продвинулись менее чем на 1 км у Торецка.", "ru", 1.0, "менее чем"),
        (
            "Противник продвинулся менее чем на 500 метров у Работино.",
            "ru",
            0.5,
            "менее чем",
        ),
        (
            "Штурмовики продвинулись менее чем на 2,5 км под Угледаром.",
            "ru",
            2.5,
            "менее чем",
        ),
    ],
)
def test_slavic_hedge_before_distance(
    text: str, lang: str, km: float, approx: str
) -> None:
    (c,) = _advances(text, lang)
    assert c.distance_km == pytest.approx(km)
    assert c.approx is True
    assert c.extra["approx"] == approx


# "по фронту на 6 км": the width's own "на" before its figure; the figure is
# the front's width, not lost
@pytest.mark.parametrize(
    ("text", "lang", "km", "width"),
    [
        (
            "Штурмовые подразделения продвинулись вглубь обороны противника "
            "на 4 км и по фронту на 6 км у Угледара.",
            "ru",
            4.0,
            6.0,
        ),
        (
            "Войска продвинулись на глубину до 2 км и по фронту на 5 км у Работино.",
            "ru",
            2.0,
            5.0,
        ),
        (
            "Подразделения продвинулись на 1,5 км в глубину и по фронту на "
            "3 км у Торецка.",
            "ru",
            1.5,
            3.0,
        ),
        (
            "Противник просунувся вглиб на 3 км і по фронту на 7 км поблизу "
            "Покровська.",
            "uk",
            3.0,
            7.0,
        ),
        (
            "Сили оборони просунулися на глибину 2 км і по фронту на 4 км "
            "біля Роботиного.",
            "uk",
            2.0,
            4.0,
        ),
        (
            "Ворог просунувся на 1,5 км углиб та по фронту на 2 км біля Торецька.",
            "uk",
            1.5,
            2.0,
        ),
    ],
)
def test_width_with_its_own_na(text: str, lang: str, km: float, width: float) -> None:
    (c,) = _advances(text, lang)
    assert c.distance_km == pytest.approx(km)
    assert c.extra["front_width_km"] == pytest.approx(width)


# "gained 2 km of ground": the ground gained over, not a place still to go;
# the figure is the depth (English only: uk/ru write no "of ground")
@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("Russian forces gained 2km of ground west of Avdiivka.", 2.0),
        (
            "Ukrainian troops gained about 3 km of ground near Robotyne, the "
            "General Staff said.",
            3.0,
        ),
        (
            "Russian forces have gained 1.5 kilometres of territory near "
            "Pokrovsk, ISW said.",
            1.5,
        ),
    ],
)
def test_distance_of_ground(text: str, km: float) -> None:
    (c,) = _advances(text, "en")
    assert c.distance_km == pytest.approx(km)


# a range with its unit written twice and no opening word ("1.5 km to 2 km"):
# the distance is the upper bound, the first figure its lower one
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Russian forces advanced 1.5 km to 2 km near Toretsk.", 1.5, 2.0),
        (
            "Ukrainian troops pushed forward 500 metres to 1 km near Robotyne, "
            "the General Staff said.",
            0.5,
            1.0,
        ),
        ("Russian units advanced 2 km-3 km west of Avdiivka, ISW said.", 2.0, 3.0),
    ],
)
def test_range_unit_twice(text: str, low: float, high: float) -> None:
    (c,) = _advances(text, "en")
    assert c.distance_km == pytest.approx(high)
    assert c.extra["distance_range_km"] == pytest.approx([low, high])
