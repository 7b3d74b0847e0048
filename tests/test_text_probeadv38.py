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
