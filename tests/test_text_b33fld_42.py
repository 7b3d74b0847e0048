"""Session 42, blind33's fields and kinds (lane b33fld): phrasings of our own,
three per language where the class applies.

* B33FLD42 (1): one side's held ground changing "by" a figure ("Russian-
  controlled territory grew by 464 sq km", "the Ukrainian-held area shrank by
  a further 12 sq km") was read as a size held by the side named (holding,
  running total, and for "-controlled" the wrong side): growth is the
  holder's gain, shrinking the other side's, an increment (rules/area.
  _held_change, lang HELD_*); "shrunk to N" stays a size held.
* B33FLD42 (2): a figure compared with the one before it ("…, down from 634
  sq km in July", "проти 80 кв. км у лютому", "чем в августе (464 кв. км)")
  was given a side of its own (the speaker's, the nearest side word): it is
  the same side's measure of another period (rules/area._compared, lang
  COMPARED_WITH); and a side word right before a gain noun ("російські
  здобутки", "российские приобретения") holds a free figure before any other
  side word of its clause (lang GAIN_NOUNS, rules/area._figure_gainer).
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
            "Площа, яку контролюють Сили оборони, збільшилася на 30 кв. км за місяць.",
            "UA",
            30,
        ),
        (
            "ru",
            "Подконтрольная России территория увеличилась на 464 кв. км в августе.",
            "RU",
            464,
        ),
        (
            "ru",
            "Территория, подконтрольная ВСУ, уменьшилась на 12 кв. км за неделю.",
            "RU",
            12,
        ),
        (
            "ru",
            "Площадь под контролем российской армии сократилась на 25 кв. км за месяц.",
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


@pytest.mark.parametrize(
    ("lang", "text", "gainers"),
    [
        (
            "en",
            "Ukrainian-held territory shrank by 30 sq km in May, down from 45 "
            "sq km in April.",
            ["RU", "RU"],
        ),
        (
            "en",
            "Moscow-controlled ground grew by 210 sq km in June, up from 150 "
            "sq km in May, the analysts said.",
            ["RU", "RU"],
        ),
        (
            "en",
            "The Ukrainian project DeepState put Russian gains at 380 sq km "
            "last month, against 500 sq km the month before.",
            ["RU", "RU"],
        ),
        (
            "uk",
            "Український проєкт DeepState оцінив російські здобутки за місяць "
            "у 310 кв. км, що менше, ніж у липні (420 кв. км).",
            ["RU", "RU"],
        ),
        (
            "uk",
            "Підконтрольна ЗСУ територія зросла на 40 кв. км у червні, проти "
            "25 кв. км у травні.",
            ["UA", "UA"],
        ),
        (
            "uk",
            "Аналітики з України оцінили російське просування у 150 кв. км за "
            "тиждень, порівняно з 90 кв. км тижнем раніше.",
            ["RU", "RU"],
        ),
        (
            "ru",
            "Украинский проект DeepState оценил российские приобретения за "
            "месяц в 259 кв. км, почти вдвое меньше, чем в августе (464 кв. км).",
            ["RU", "RU"],
        ),
        (
            "ru",
            "Территория под контролем ВСУ сократилась на 60 кв. км в марте "
            "против 80 кв. км в феврале.",
            ["RU", "RU"],
        ),
        (
            "ru",
            "Украинские аналитики оценили российское продвижение в 120 кв. км "
            "за неделю, по сравнению с 70 кв. км неделей ранее.",
            ["RU", "RU"],
        ),
    ],
)
def test_a_compared_figure_is_the_same_sides(
    lang: str, text: str, gainers: list[str]
) -> None:
    claims = _areas(text, lang)
    assert [c.gainer for c in claims] == gainers
    assert not any(c.extra.get("holding") for c in claims)
