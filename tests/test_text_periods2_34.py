"""Periods, session 34 (the uk/ru ``periods2`` lane).

A daily report's day named in its lead ("За минулу добу …", "За прошедшие
сутки …") dates its items: the next paragraph, and any later paragraph that
names a direction or counts a tally. A later section that does neither
("Село перебуває в сірій зоні", a denial) is told on the statement day, not
the report's day (``roundup_dates._past_report_day_reach``).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 10)
DAY_BEFORE = PUB - timedelta(days=1)

_LATER_SECTION = [
    (
        "uk",
        "Ситуація на ранок 10 червня.\n\nЗа минулу добу ворог 5 разів атакував "
        "біля Зорівки.\n\nУ Харкові тривають відновлювальні роботи.\n\n"
        "Окупанти захопили Липове, повідомили у штабі.",
        "Липове",
    ),
    (
        "uk",
        "За минулу добу зафіксовано 40 бойових зіткнень.\n\nОкупанти обстріляли "
        "Херсон.\n\nСили оборони відбили Березове біля кордону.",
        "Березове",
    ),
    (
        "uk",
        "Звіт штабу.\n\nЗа минулу добу ворог 7 разів атакував біля Зорівки.\n\n"
        "Тривають евакуаційні заходи.\n\nВорог просунувся біля Сосонівки.",
        "Сосонівки",
    ),
    (
        "ru",
        "Сводка на утро 10 июня.\n\nЗа прошедшие сутки противник 5 раз атаковал "
        "у Зорьки.\n\nВ Белгороде восстановлено электроснабжение.\n\n"
        "Российские войска заняли Липовое.",
        "Липовое",
    ),
    (
        "ru",
        "За сутки отражено 12 атак у Зорьки.\n\nВ городе продолжается "
        "эвакуация.\n\nВСУ отбили Березовое у границы.",
        "Березовое",
    ),
    (
        "ru",
        "Сводка штаба.\n\nЗа прошедшие сутки противник 7 раз атаковал у "
        "Зорьки.\n\nИдет эвакуация жителей.\n\nПротивник продвинулся у Сосновки.",
        "Сосновки",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), _LATER_SECTION)
def test_a_later_section_is_not_of_the_reports_day(
    lang: str, text: str, place: str
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    later = [c for c in claims if any(p.name == place for p in c.places)]
    assert later, [(c.kind, c.quote) for c in claims]
    for c in later:
        assert c.period_start is None
        assert c.period_end == PUB


_REPORT_ITEMS = [
    (
        "uk",
        "За минулу добу зафіксовано 40 бойових зіткнень.\n\nНа Харківському "
        "напрямку ворог атакував біля Зорівки.\n\nНа Покровському напрямку "
        "ворог 9 разів штурмував позиції. Противник просунувся біля Липового.",
        "Липового",
    ),
    (
        "uk",
        "За минулу добу відбулося 50 боїв.\n\nОкупанти обстріляли Херсон.\n\n"
        "Сили оборони відбили 12 атак біля Березового.",
        "Березового",
    ),
    (
        "uk",
        "За минулу добу ворог 7 разів атакував біля Зорівки.\n\nНа Лиманському "
        "напрямку ворог атакував біля Ямполя.\n\nНа Курахівському напрямку "
        "тривали бої. Ворог просунувся біля Сосонівки.",
        "Сосонівки",
    ),
    (
        "ru",
        "За прошедшие сутки отражено 30 атак.\n\nНа Купянском направлении "
        "противник атаковал у Зорьки.\n\nНа Покровском направлении шли бои. "
        "Противник продвинулся у Липового.",
        "Липового",
    ),
    (
        "ru",
        "За сутки произошло 50 боев.\n\nВ городе идет эвакуация.\n\nОтражено "
        "12 атак у Березового.",
        "Березового",
    ),
    (
        "ru",
        "За прошедшие сутки противник 7 раз атаковал у Зорьки.\n\nНа Лиманском "
        "направлении шли бои у Ямполя.\n\nНа Северском направлении противник "
        "атаковал. Противник продвинулся у Сосновки.",
        "Сосновки",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), _REPORT_ITEMS)
def test_a_reports_items_keep_its_day(lang: str, text: str, place: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    items = [c for c in claims if any(p.name == place for p in c.places)]
    assert items, [(c.kind, c.quote) for c in claims]
    for c in items:
        assert c.period_end == DAY_BEFORE


def test_the_next_paragraph_keeps_the_reports_day() -> None:
    text = (
        "За минулу добу ворог 5 разів атакував біля Зорівки.\n\n"
        "Окупанти просунулися біля Липового."
    )
    claims = extract_claims(text, published=PUB, language="uk")
    later = [c for c in claims if any(p.name == "Липового" for p in c.places)]
    assert later and all(c.period_end == DAY_BEFORE for c in later)
