"""Periods, session 33 (the uk/ru ``periods2`` lane).

"Last week" ("минулого тижня", "на прошлой неделе") names a calendar week,
like a month: a claim sentence right after it with no time of its own is
told in that week too (``dating._CARRIED_KINDS``). What a side holds is held
as it is said: a holding inherits no span from the sentence before
(``dating._plan_periods``).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

WEDNESDAY = date(2025, 3, 12)
LAST_WEEK = (date(2025, 3, 3), date(2025, 3, 9))

_CARRIED = [
    (
        "uk",
        "Минулого тижня ворог захопив Зорівку. Також окупанти просунулися на 2 км "
        "біля Липового.",
    ),
    (
        "uk",
        "Минулого тижня російські війська окупували Зорівку на Покровському "
        "напрямку. Вони просунулися біля Липового та Сосонівки.",
    ),
    (
        "uk",
        "На минулому тижні російські війська захопили Зорівку. Окупанти також "
        "просунулися біля Липового.",
    ),
    (
        "ru",
        "На прошлой неделе российские войска заняли Зорьку. Они также "
        "продвинулись на 2 км у Липового.",
    ),
    (
        "ru",
        "На прошлой неделе ВСУ отошли из Зорьки. Российские подразделения "
        "продвинулись у Липового.",
    ),
    (
        "ru",
        "На минувшей неделе российские войска заняли Зорьку. Кроме того, они "
        "продвинулись у Липового.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _CARRIED)
def test_last_week_goes_on_into_the_next_claim_sentence(lang: str, text: str) -> None:
    claims = extract_claims(text, published=WEDNESDAY, language=lang)
    advances = [c for c in claims if c.kind == "advance"]
    assert advances and advances[-1].gainer == "RU"
    assert (advances[-1].period_start, advances[-1].period_end) == LAST_WEEK
    captures = [c for c in claims if c.kind == "settlement_control"]
    assert captures and (captures[0].period_start, captures[0].period_end) == LAST_WEEK


_HELD = [
    ("uk", "Минулого тижня ворог захопив Зорівку. Липове ми тримаємо."),
    (
        "uk",
        "Минулого тижня російські війська захопили Зорівку. Липове залишається під "
        "контролем ЗСУ.",
    ),
    ("uk", "Минулого тижня ворог окупував Зорівку. Сосонівку ми досі тримаємо."),
    (
        "ru",
        "На прошлой неделе российские войска заняли Зорьку. Село Липовое остается "
        "под контролем ВСУ.",
    ),
    (
        "ru",
        "На прошлой неделе российские войска заняли Зорьку. ВСУ удерживают Липовое.",
    ),
    (
        "ru",
        "На прошлой неделе российские войска заняли Зорьку. Село Сосновка "
        "остается под контролем ВСУ.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _HELD)
def test_a_holding_after_last_week_is_held_as_it_is_said(lang: str, text: str) -> None:
    claims = extract_claims(text, published=WEDNESDAY, language=lang)
    held = [c for c in claims if c.extra.get("holding")]
    assert held and held[-1].gainer == "UA"
    assert held[-1].period_start is None
    assert held[-1].period_end == WEDNESDAY


# an operation's dated span with no publication day known: a running total
_OPERATION_SPANS = [
    (
        "uk",
        "З 6 по 14 вересня в межах контрнаступу Сили оборони звільнили 8500 кв. км.",
    ),
    (
        "uk",
        "Під час наступальної операції з 10 по 20 травня українські війська "
        "повернули 300 кв. км.",
    ),
    (
        "uk",
        "У ході контрнаступу з 1 по 12 червня ЗСУ звільнили 120 кв. км території.",
    ),
    ("ru", "С 6 по 14 сентября в ходе контрнаступления ВСУ заняли 8 500 кв. км."),
    (
        "ru",
        "В ходе наступления с 10 по 20 мая российские войска заняли 300 кв. км.",
    ),
    (
        "ru",
        "За время операции с 1 по 12 июня армия России заняла 120 кв. км территории.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _OPERATION_SPANS)
def test_an_operations_span_told_on_no_known_day_is_running(
    lang: str, text: str
) -> None:
    claims = extract_claims(text, published=None, language=lang)
    areas = [c for c in claims if c.kind == "area_change"]
    assert areas and areas[0].cumulative is True
    assert areas[0].period_end is None


@pytest.mark.parametrize(("lang", "text"), _OPERATION_SPANS[:3] + _OPERATION_SPANS[4:])
def test_an_operations_span_told_months_later_is_bounded(lang: str, text: str) -> None:
    claims = extract_claims(text, published=date(2025, 10, 20), language=lang)
    areas = [c for c in claims if c.kind == "area_change"]
    assert areas and areas[0].cumulative is False
    assert areas[0].period_start is not None


# a launch day named before (with no claim of its own, or its date before the
# verb, or the operation before its verb) starts the totals since the launch
AUG_SEPT = date(2024, 9, 1)
_LAUNCHES = [
    (
        "uk",
        "6 серпня Сили оборони розпочали операцію в Курській області. Від початку "
        "операції ЗСУ взяли під контроль 1300 кв. км.",
    ),
    (
        "uk",
        "Курська операція, яка розпочалася 6 серпня, триває. Від початку операції "
        "ЗСУ взяли під контроль 1300 кв. км.",
    ),
    (
        "uk",
        "Наступ почався 6 серпня. З початку наступу українські війська звільнили "
        "90 населених пунктів і 1300 кв. км.",
    ),
    (
        "ru",
        "6 августа ВСУ начали наступление в Курской области. С начала наступления "
        "ВСУ заняли 1 300 кв. км.",
    ),
    (
        "ru",
        "Операция, которая началась 6 августа, продолжается. С начала операции ВСУ "
        "заняли 1 300 кв. км.",
    ),
    (
        "ru",
        "Вторжение началось 6 августа. С начала вторжения украинские войска заняли "
        "1 300 кв. км.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _LAUNCHES)
def test_a_launch_day_named_before_starts_the_total(lang: str, text: str) -> None:
    claims = extract_claims(text, published=AUG_SEPT, language=lang)
    areas = [c for c in claims if c.kind == "area_change"]
    assert areas and areas[0].gainer == "UA" and areas[0].cumulative is True
    assert (areas[0].period_start, areas[0].period_end) == (date(2024, 8, 6), AUG_SEPT)
