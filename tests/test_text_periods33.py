"""Periods, session 33 (the ``periods`` lane).

An area figure with no time word of its own, told before a running total of
the same side and area ("X says 4,500 sq km retaken" heading a story whose
lede gives "4,500 square kilometres since the start of the month"), is that
running total: cumulative, with the total's start
(``claim_periods._totals_told_again``). A figure of another size, or one
with a time word of its own, stays as it is.

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2023, 10, 17)
MONTH_START = date(2023, 10, 1)

# a headline figure, then the lede's running total of the same area
_HEADLINE_TOTAL = [
    (
        "en",
        "Kovalenko says 4,500 sq km retaken in the south\n\n"
        "Ukrainian troops have retaken more than 4,500 square kilometres since "
        "the start of October, army chief Petro Kovalenko said on Monday.",
    ),
    (
        "en",
        "Army: 3,200 sq km freed as the front moves east\n\n"
        "Ukrainian forces have liberated 3,200 square kilometres of territory "
        "since the beginning of the month, the General Staff said.",
    ),
    (
        "en",
        "Russia says 780 sq km captured near Vuhlehirsk\n\n"
        "Russian troops have captured 780 square kilometres near Vuhlehirsk since "
        "the start of October, the Russian Defence Ministry said on Monday.",
    ),
    (
        "uk",
        "Сирота: звільнено 4 500 кв. км на півдні\n\n"
        "Українські війська з початку жовтня звільнили понад 4 500 кв. км "
        "території, заявив у понеділок командувач Петро Сирота.",
    ),
    (
        "uk",
        "Генштаб: 2 100 кв. км повернуто під контроль\n\n"
        "З початку місяця Сили оборони звільнили 2 100 кв. км, повідомив "
        "Генштаб ЗСУ.",
    ),
    (
        "uk",
        "Міноборони РФ заявило про захоплення 640 кв. км\n\n"
        "З початку жовтня російські війська захопили 640 кв. км біля "
        "Вугледарського, заявили в понеділок у Міноборони РФ.",
    ),
    (
        "ru",
        "Минобороны: освобождено 900 кв. км у Угледарского\n\n"
        "С начала октября российские войска освободили 900 кв. км у "
        "Угледарского, сообщило в понедельник Минобороны России.",
    ),
    (
        "ru",
        "ВСУ вернули 3 300 кв. км на востоке\n\n"
        "С начала месяца украинские войска вернули 3 300 кв. км территории, "
        "заявил в понедельник командующий Петр Сирота.",
    ),
    (
        "ru",
        "Генштаб ВСУ: освобождено 1 700 кв. км\n\n"
        "Украинские войска с начала октября освободили 1 700 кв. км, сообщил "
        "Генштаб ВСУ.",
    ),
]


def _areas(text: str, lang: str) -> list:
    return [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "area_change"
    ]


@pytest.mark.parametrize(("lang", "text"), _HEADLINE_TOTAL)
def test_headline_figure_is_the_ledes_total(lang: str, text: str) -> None:
    areas = _areas(text, lang)
    assert len(areas) >= 2
    head, total = areas[0], areas[-1]
    assert head.area_km2 == total.area_km2
    assert total.cumulative and total.period_start == MONTH_START
    assert head.cumulative
    assert head.period_start == MONTH_START


# another size, or a headline with a time word of its own: left as it is
_NOT_THE_TOTAL = [
    (
        "en",
        "Army says 20 sq km retaken over the past week\n\n"
        "Ukrainian troops have retaken more than 20 square kilometres since "
        "the start of October, army chief Petro Kovalenko said on Monday.",
    ),
    (
        "en",
        "Kovalenko says 35 sq km retaken near Zorivka\n\n"
        "Ukrainian troops have retaken more than 4,500 square kilometres since "
        "the start of October, army chief Petro Kovalenko said on Monday.",
    ),
    (
        "uk",
        "Сирота: за тиждень звільнено 40 кв. км\n\n"
        "Українські війська з початку жовтня звільнили 40 кв. км, заявив у "
        "понеділок командувач Петро Сирота.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _NOT_THE_TOTAL)
def test_other_figures_stay_increments(lang: str, text: str) -> None:
    areas = _areas(text, lang)
    assert len(areas) >= 2
    assert not areas[0].cumulative
    assert areas[-1].cumulative


# a headline figure, then the lede's figure of a span of days: that span
_HEADLINE_SPAN = [
    (
        "en",
        "Army: 90 sq km freed in the south\n\n"
        "Ukrainian troops retook 90 square kilometres in the south over the "
        "past week, the General Staff said.",
    ),
    (
        "en",
        "Russian forces capture 410 sq km near Vuhlehirsk\n\n"
        "Russian forces captured 410 square kilometres near Vuhlehirsk in "
        "September, according to the Russian Defence Ministry.",
    ),
    (
        "en",
        "Kovalenko: 55 sq km retaken near Zorivka\n\n"
        "Over the past two weeks Ukrainian units have retaken 55 square "
        "kilometres near Zorivka, army chief Petro Kovalenko said.",
    ),
    (
        "uk",
        "Генштаб: звільнено 90 кв. км на півдні\n\n"
        "За минулий тиждень Сили оборони звільнили 90 кв. км на півдні, "
        "повідомив Генштаб ЗСУ.",
    ),
    (
        "uk",
        "Росіяни захопили 410 кв. км біля Вугледарського\n\n"
        "У вересні російські війська захопили 410 кв. км біля Вугледарського, "
        "повідомили аналітики.",
    ),
    (
        "uk",
        "Сирота: повернуто 55 кв. км біля Зорівки\n\n"
        "За останні два тижні українські підрозділи звільнили 55 кв. км біля "
        "Зорівки, заявив командувач Петро Сирота.",
    ),
    (
        "ru",
        "Генштаб ВСУ: освобождено 90 кв. км на юге\n\n"
        "За прошедшую неделю украинские войска освободили 90 кв. км на юге, "
        "сообщил Генштаб ВСУ.",
    ),
    (
        "ru",
        "Минобороны: занято 410 кв. км у Угледарского\n\n"
        "В сентябре российские войска заняли 410 кв. км у Угледарского, "
        "сообщило Минобороны России.",
    ),
    (
        "ru",
        "ВСУ освободили 55 кв. км у Зоревки\n\n"
        "За последние две недели украинские подразделения освободили 55 кв. км "
        "у Зоревки, заявил командующий Петр Сирота.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _HEADLINE_SPAN)
def test_headline_figure_takes_the_ledes_span(lang: str, text: str) -> None:
    areas = _areas(text, lang)
    assert len(areas) >= 2
    head, lede = areas[0], areas[-1]
    assert head.area_km2 == lede.area_km2
    assert lede.period_start is not None and lede.period_end is not None
    assert lede.period_end > lede.period_start
    assert (head.period_start, head.period_end) == (
        lede.period_start,
        lede.period_end,
    )
    assert not head.cumulative


# a daily report's day is not carried to its headline's figure
_HEADLINE_DAY = [
    (
        "en",
        "Army: 12 sq km freed near Zorivka\n\n"
        "Over the past day Ukrainian troops retook 12 square kilometres near "
        "Zorivka, the General Staff said.",
    ),
    (
        "uk",
        "Генштаб: звільнено 12 кв. км біля Зорівки\n\n"
        "За минулу добу Сили оборони звільнили 12 кв. км біля Зорівки, "
        "повідомив Генштаб ЗСУ.",
    ),
    (
        "ru",
        "Генштаб ВСУ: освобождено 12 кв. км у Зоревки\n\n"
        "За прошедшие сутки украинские войска освободили 12 кв. км у Зоревки, "
        "сообщил Генштаб ВСУ.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _HEADLINE_DAY)
def test_headline_figure_keeps_its_day_over_a_daily_figure(
    lang: str, text: str
) -> None:
    areas = _areas(text, lang)
    assert len(areas) >= 2
    head, lede = areas[0], areas[-1]
    assert lede.period_start == lede.period_end
    assert head.period_start is None
