"""Session 42, blind33's fields and kinds (lane b33fld): phrasings of our own,
three per language where the class applies.

* B33FLD42 (1): one side's held ground changing "by" a figure ("Russian-
  controlled territory grew by 464 sq km", "the Ukrainian-held area shrank by
  a further 12 sq km") was read as a size held by the side named (holding,
  running total, and for "-controlled" the wrong side): growth is the
  holder's gain, shrinking the other side's, an increment (rules/area.
  _held_change, lang HELD_*); "shrunk to N" stays a size held.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 9, 1)


def _areas(text: str, lang: str) -> list:
    return [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "area_change"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "area"),
    [
        ("en", "Ukrainian-held territory shrank by 12 sq km last week.", "RU", 12),
        ("en", "The Russian-controlled area shrank by 40 sq km in June.", "UA", 40),
        (
            "en",
            "Moscow-held ground grew by about 90 square kilometres in July, "
            "analysts said.",
            "RU",
            90,
        ),
        (
            "uk",
            "Підконтрольна Росії територія зросла на 464 кв. км у серпні.",
            "RU",
            464,
        ),
        (
            "uk",
            "Територія під контролем ЗСУ скоротилася на 12 кв. км за тиждень.",
            "RU",
            12,
        ),
        (
            "uk",
            "Площа, яку контролюють Сили оборони, збільшилася на 30 кв. км "
            "за місяць.",
            "UA",
            30,
        ),
        (
            "ru",
            "Подконтрольная России территория увеличилась на 464 кв. км в "
            "августе.",
            "RU",
            464,
        ),
        (
            "ru",
            "Территория, подконтрольная ВСУ, уменьшилась на 12 кв. км за "
            "неделю.",
            "RU",
            12,
        ),
        (
            "ru",
            "Площадь под контролем российской армии сократилась на 25 кв. км "
            "за месяц.",
            "UA",
            25,
        ),
    ],
)
def test_held_ground_changed_by_a_figure(
    lang: str, text: str, gainer: str, area: float
) -> None:
    claims = _areas(text, lang)
    assert len(claims) == 1
    claim = claims[0]
    assert claim.gainer == gainer
    assert claim.area_km2 == area
    assert not claim.cumulative
    assert not claim.extra.get("holding")


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "area"),
    [
        (
            "en",
            "The area under Ukrainian control had shrunk to about 400 sq km, "
            "the analysts said.",
            "UA",
            400,
        ),
        ("ru", "Площадь под контролем ВСУ сократилась до 400 кв. км.", "UA", 400),
    ],
)
def test_held_ground_shrunk_to_a_size_stays_held(
    lang: str, text: str, gainer: str, area: float
) -> None:
    claims = _areas(text, lang)
    assert len(claims) == 1
    assert claims[0].gainer == gainer
    assert claims[0].area_km2 == area
    assert claims[0].extra.get("holding")
