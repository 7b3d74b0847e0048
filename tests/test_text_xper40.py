"""Session 40, lane xper: period errors shared across the read sets, each fix
tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 10, 1)


def _periods(text: str, lang: str) -> list[tuple[float | None, str | None, str | None]]:
    claims = extract_claims(text, published=PUB, language=lang)
    return [
        (c.area_km2, str(c.period_start) if c.period_start else None, str(c.period_end))
        for c in claims
        if c.kind == "area_change"
    ]


# XPER40 (a): a running total's start or a span heading a figure after a
# dash at the head of a sentence ("С начала года — 3 980 км²") is no
# dateline: it dates the figure (it was dropped as "KYIV, Aug 28 -")
@pytest.mark.parametrize(
    ("text", "lang", "figure", "start"),
    [
        (
            "Russian troops seized 310 km² in September. "
            "Since January — 2,870 km², the analysts estimate.",
            "en",
            2870.0,
            "2025-01-01",
        ),
        (
            "The enemy gained 280 sq km last month. "
            "Since the start of the year: 3,150 sq km in all.",
            "en",
            3150.0,
            "2025-01-01",
        ),
        (
            "Russian forces took 260 square kilometres in September. "
            "Since March 1 — 1,940 square kilometres.",
            "en",
            1940.0,
            "2025-03-01",
        ),
        (
            "Окупанти захопили у вересні 318 км². З початку року — 2 760 км².",
            "uk",
            2760.0,
            "2025-01-01",
        ),
        (
            "У вересні ворог окупував 295 км² української території. "
            "З 1 січня — понад 2 900 км².",
            "uk",
            2900.0,
            "2025-01-01",
        ),
        (
            "Росіяни просунулися на 270 км² за вересень. "
            "Від початку 2025 року — близько 3 050 км².",
            "uk",
            3050.0,
            "2025-01-01",
        ),
        (
            "Российские войска заняли в сентябре 330 км². С начала года — 2 980 км².",
            "ru",
            2980.0,
            "2025-01-01",
        ),
        (
            "В сентябре армия освободила 305 кв. км. "
            "С начала 2025 года — около 3 200 кв. км.",
            "ru",
            3200.0,
            "2025-01-01",
        ),
        (
            "За сентябрь войска заняли 290 кв. км. С 1 марта — 2 100 кв. км.",
            "ru",
            2100.0,
            "2025-03-01",
        ),
    ],
)
def test_running_start_heading_a_figure_is_no_dateline(
    text: str, lang: str, figure: float, start: str
) -> None:
    got = _periods(text, lang)
    assert (figure, start, "2025-10-01") in got, got


# XPER40 (a): a dateline still names its day ("KYIV, Aug 28 -")
def test_a_dateline_is_still_a_dateline() -> None:
    text = "KYIV, Sept 28 - Russian troops captured 12 sq km near Kupiansk."
    claims = extract_claims(text, published=PUB, language="en")
    assert claims and all(c.period_text != "Sept 28" for c in claims)


# XPER40 (b): a list of months ("in October, November and December",
# "протягом жовтня та листопада", "в октябре, ноябре и декабре") is one span
# from the first month's first day to the last month's last day
@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        (
            "Russian troops seized 640 sq km in July, August and September.",
            "en",
            "2025-07-01",
            "2025-09-30",
        ),
        (
            "During June, July, and August Ukrainian forces liberated 95 sq km.",
            "en",
            "2025-06-01",
            "2025-08-31",
        ),
        (
            "The enemy occupied about 410 square kilometres over May, June "
            "and July, the analysts said.",
            "en",
            "2025-05-01",
            "2025-07-31",
        ),
        (
            "Протягом липня та серпня окупанти захопили 520 км².",
            "uk",
            "2025-07-01",
            "2025-08-31",
        ),
        (
            "У червні, липні й серпні Сили оборони звільнили 37 км².",
            "uk",
            "2025-06-01",
            "2025-08-31",
        ),
        (
            "Упродовж травня і червня ворог окупував 380 км².",
            "uk",
            "2025-05-01",
            "2025-06-30",
        ),
        (
            "В течение июля и августа российские войска заняли 600 кв. км.",
            "ru",
            "2025-07-01",
            "2025-08-31",
        ),
        (
            "В июне, июле и августе ВСУ вернули около 45 кв. км.",
            "ru",
            "2025-06-01",
            "2025-08-31",
        ),
        (
            "На протяжении мая и июня армия освободила 350 кв. км.",
            "ru",
            "2025-05-01",
            "2025-06-30",
        ),
    ],
)
def test_a_list_of_months_is_one_span(
    text: str, lang: str, start: str, end: str
) -> None:
    got = _periods(text, lang)
    assert got and all(g[1:] == (start, end) for g in got), got


_WEEK_PUB = date(2025, 10, 8)


# XPER40 (c): a denial or an unconfirmed capture in a week's or a month's
# roundup is as it is said (the statement day), not an increment of the
# roundup's week; the week still dates the undated gains around it
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Weekly review: over the past week Russian forces advanced 3 km near "
            "Siversk and seized 42 sq km.\n\nThey also entered the outskirts of "
            "Kupiansk.\n\nUkraine's military did not confirm the capture of "
            "Zvanivka.",
            "en",
        ),
        (
            "Over the past week Ukrainian troops liberated 12 square kilometres "
            "near Robotyne.\n\nRussian forces pushed toward Orikhiv.\n\nKyiv "
            "denied Moscow's claim that Huliaipole had been captured.",
            "en",
        ),
        (
            "Over the past week the enemy advanced up to 2 km near Pokrovsk and "
            "took 30 sq km.\n\nThey also moved closer to Rodynske.\n\nThe capture "
            "of Myrnohrad claimed by Moscow has not been confirmed.",
            "en",
        ),
        (
            "За минулий тиждень окупанти просунулися на 3 км біля Сіверська і "
            "захопили 42 км².\n\nТакож ворог зайшов на околиці Куп'янська.\n\nУ "
            "Генштабі ЗСУ не підтвердили захоплення Званівки.",
            "uk",
        ),
        (
            "За тиждень Сили оборони звільнили 12 км² біля Роботиного.\n\n"
            "Росіяни просунулися в бік Оріхова.\n\nІнформацію про захоплення "
            "Гуляйполя в ЗСУ спростували.",
            "uk",
        ),
        (
            "За минулий тиждень ворог просунувся на 2 км біля Покровська.\n\n"
            "Також окупанти наблизилися до Родинського.\n\nЗахоплення "
            "Мирнограда, про яке заявили росіяни, не підтверджується.",
            "uk",
        ),
        (
            "За неделю российские войска продвинулись на 3 км у Северска и "
            "заняли 42 кв. км.\n\nТакже войска вошли на окраины Купянска.\n\n"
            "ВСУ не подтвердили взятие Звановки.",
            "ru",
        ),
        (
            "За прошедшую неделю ВСУ освободили 12 кв. км у Работино.\n\n"
            "Российские войска продвинулись к Орехову.\n\nВ Киеве опровергли "
            "сообщения о взятии Гуляйполя.",
            "ru",
        ),
        (
            "За неделю противник продвинулся на 2 км у Покровска.\n\nТакже "
            "войска приблизились к Родинскому.\n\nИнформация о взятии "
            "Мирнограда не подтверждается.",
            "ru",
        ),
    ],
)
def test_a_denial_in_a_weekly_roundup_is_of_its_day(text: str, lang: str) -> None:
    claims = extract_claims(text, published=_WEEK_PUB, language=lang)
    denied = [c for c in claims if c.kind == "settlement_control" and c.negated]
    assert denied, [(c.kind, c.quote) for c in claims]
    for c in denied:
        assert c.period_end == _WEEK_PUB and c.period_start is None, c
    week = (date(2025, 10, 1), date(2025, 10, 7))
    gains = [c for c in claims if not c.negated and c.kind != "fighting"]
    assert gains and all((c.period_start, c.period_end) == week for c in gains)
