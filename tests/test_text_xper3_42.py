"""Session 42, lane xper3: period families shared across the read sets, each
fix tested on phrasings of our own (three per language and a control)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 12, 16)


def _spans(text: str, lang: str) -> list[tuple[str, str | None, str | None, bool]]:
    claims = extract_claims(text, published=PUB, language=lang)
    return [
        (
            c.kind,
            str(c.period_start) if c.period_start else None,
            str(c.period_end) if c.period_end else None,
            bool(c.cumulative),
        )
        for c in claims
    ]


# XPER342 (a): a month written right beside "during the offensive" ("In
# November, during the offensive, …", "В ноябре в ходе наступления …") dates
# the claim: the whole month, no running total from the offensive's start
@pytest.mark.parametrize(
    ("text", "lang", "kind", "start", "end"),
    [
        (
            "In October, during the offensive, the brigade pushed forward 6 km "
            "west of the river.",
            "en",
            "advance",
            "2024-10-01",
            "2024-10-31",
        ),
        (
            "During the counteroffensive in August the marines advanced 4 "
            "kilometres near the village, the command said.",
            "en",
            "advance",
            "2024-08-01",
            "2024-08-31",
        ),
        (
            "The paratroopers gained 3 km during the summer offensive in July, "
            "their commander said.",
            "en",
            "advance",
            "2024-07-01",
            "2024-07-31",
        ),
        (
            "У жовтні в ході наступу бригада просунулася на 6 км на захід від річки.",
            "uk",
            "advance",
            "2024-10-01",
            "2024-10-31",
        ),
        (
            "У серпні, під час контрнаступу, морпіхи просунулися на 4 кілометри "
            "біля села.",
            "uk",
            "advance",
            "2024-08-01",
            "2024-08-31",
        ),
        (
            "Десантники під час наступу в липні просунулися на 3 км, повідомив "
            "командир.",
            "uk",
            "advance",
            "2024-07-01",
            "2024-07-31",
        ),
        (
            "В октябре в ходе наступления бригада продвинулась на 6 км к западу "
            "от реки.",
            "ru",
            "advance",
            "2024-10-01",
            "2024-10-31",
        ),
        (
            "В августе, в ходе контрнаступления, морпехи продвинулись на 4 "
            "километра у села.",
            "ru",
            "advance",
            "2024-08-01",
            "2024-08-31",
        ),
        (
            "Десантники в ходе наступления в июле продвинулись на 3 км, сообщил "
            "командир.",
            "ru",
            "advance",
            "2024-07-01",
            "2024-07-31",
        ),
    ],
)
def test_month_beside_the_offensive(
    text: str, lang: str, kind: str, start: str, end: str
) -> None:
    assert (kind, start, end, False) in _spans(text, lang)


# control: "during the offensive" alone is still a running total from the
# offensive's start (unknown here)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("During the offensive the brigade advanced 30 km, its commander said.", "en"),
        ("Під час наступу бригада просунулася на 30 км, сказав командир.", "uk"),
        ("В ходе наступления бригада продвинулась на 30 км, сказал командир.", "ru"),
    ],
)
def test_offensive_alone_stays_a_total(text: str, lang: str) -> None:
    assert ("advance", None, "2024-12-16", True) in _spans(text, lang)


PUB2 = date(2025, 3, 17)


def _area(text: str, lang: str) -> tuple[str | None, str | None, bool] | None:
    for c in extract_claims(text, published=PUB2, language=lang):
        if c.kind == "area_change":
            return (
                str(c.period_start) if c.period_start else None,
                str(c.period_end) if c.period_end else None,
                bool(c.cumulative),
            )
    return None


# XPER342 (b): "over that time" / "за это время" / "за цей час" points back
# to the span told before, even in a size said as held ("the area taken over
# that time exceeds 800 sq km"): a running total from that span's start
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Since the start of March the army has recaptured 25 villages. The "
            "ground it retook during that time exceeds 700 sq km.",
            "en",
        ),
        (
            "Since early March the army has recaptured 25 villages. Over that time "
            "it has won back more than 700 square kilometres.",
            "en",
        ),
        (
            "The army has recaptured 25 villages since the beginning of March. In "
            "that time the area back under its control has grown to 700 sq km.",
            "en",
        ),
        (
            "З початку березня армія повернула 25 сіл. Площа звільненої за цей час "
            "території перевищила 700 км².",
            "uk",
        ),
        (
            "Від початку березня армія звільнила 25 сіл. Під її контроль за цей "
            "час повернулося понад 700 км².",
            "uk",
        ),
        (
            "З початку березня військові звільнили 25 сіл. Площа території, "
            "поверненої за цей час, становить 700 км².",
            "uk",
        ),
        (
            "С начала марта армия освободила 25 сел. Площадь освобожденной за это "
            "время территории превысила 700 кв. км.",
            "ru",
        ),
        (
            "С начала марта армия освободила 25 сел. Площадь территории, "
            "возвращенной за все это время, составила 700 кв. км.",
            "ru",
        ),
        (
            "С начала марта военные вернули 25 сел. Под их контроль за этот период "
            "перешло более 700 кв. км.",
            "ru",
        ),
    ],
)
def test_area_over_that_time_is_the_told_span(text: str, lang: str) -> None:
    assert _area(text, lang) == ("2025-03-01", "2025-03-17", True)


# control: a size held with no pointer back is held as it is said (no start)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Since the start of March the army has recaptured 25 villages. It now "
            "controls 700 sq km of the region.",
            "en",
        ),
        (
            "З початку березня армія повернула 25 сіл. Зараз вона контролює 700 км² "
            "області.",
            "uk",
        ),
        (
            "С начала марта армия освободила 25 сел. Сейчас она контролирует 700 "
            "кв. км области.",
            "ru",
        ),
    ],
)
def test_held_size_without_pointer_has_no_start(text: str, lang: str) -> None:
    area = _area(text, lang)
    assert area is not None and area[0] is None


# XPER342 (c): two days of two months joined by a dash with no "from"
# ("31 января – 6 февраля 2026 г.", "28 жовтня - 3 листопада") are one span,
# not two dates (English had it: PERIODS37)
@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        (
            "За період 25 листопада – 1 грудня 2024 р. росіяни захопили 90 км².",
            "uk",
            "2024-11-25",
            "2024-12-01",
        ),
        (
            "У період 30 вересня — 6 жовтня ворог захопив 120 км² на сході.",
            "uk",
            "2024-09-30",
            "2024-10-06",
        ),
        (
            "Протягом 27 листопада - 3 грудня бригада просунулася на 2 км.",
            "uk",
            "2024-11-27",
            "2024-12-03",
        ),
        (
            "За период 25 ноября – 1 декабря 2024 г. российские войска заняли 90 "
            "кв. км.",
            "ru",
            "2024-11-25",
            "2024-12-01",
        ),
        (
            "В период 30 сентября — 6 октября противник занял 120 кв. км на востоке.",
            "ru",
            "2024-09-30",
            "2024-10-06",
        ),
        (
            "За 27 ноября - 3 декабря бригада продвинулась на 2 км.",
            "ru",
            "2024-11-27",
            "2024-12-03",
        ),
        (
            "In the period 25 November – 1 December 2024 Russian forces seized 90 "
            "sq km.",
            "en",
            "2024-11-25",
            "2024-12-01",
        ),
    ],
)
def test_dash_across_two_months_is_one_span(
    text: str, lang: str, start: str, end: str
) -> None:
    assert any(s == start and e == end for _, s, e, _c in _spans(text, lang))
