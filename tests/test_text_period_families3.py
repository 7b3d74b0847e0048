"""Period families, third round (issue 8): periods stated once for a report.

Every sentence is written for this test (no dev, blind or article text); each
family is tried in three phrasings per language where it applies, through the
real extractor, from a publication day. The text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.period_rules import report_title

PUB = date(2024, 10, 17)  # a Thursday
DAY_BEFORE = date(2024, 10, 16)


def claims(text: str, lang: str, published: date | None = PUB):
    return extract_claims(text, published=published, language=lang)


def claim_about(text: str, lang: str, place: str, published: date | None = PUB):
    """The claim whose quote names ``place`` (the last one, as told)."""
    found = [c for c in claims(text, lang, published) if place in c.quote]
    assert found, (text, [c.quote for c in claims(text, lang, published)])
    return found[-1]


# ---- a daily report under a title that names the report -------------------
# "over the past day" in the lead dates the report's later claims (the title
# is no claim sentence of its own)
REPORT_CASES = [
    (
        "en",
        "Daily summary of the defence ministry on the progress of the "
        "operation (17 October)\nOver the past day, units of the Western "
        "group improved their positions near Orlivka.\nUnits of the Southern "
        "group liberated "
        "the village of Dubrava.",
        "Dubrava",
    ),
    (
        "en",
        "Operational update on the fighting and advances\nOver the past day our "
        "troops repelled 12 attacks near Orlivka.\nThe enemy advanced near "
        "Dubrava.",
        "Dubrava",
    ),
    (
        "en",
        "Report on the progress of the operation, 17 October\nIn the past "
        "24 hours the assault units pushed forward near Orlivka.\nFive "
        "counterattacks were repelled in the area of Dubrava.",
        "Dubrava",
    ),
    (
        "uk",
        "Зведення Генштабу про бої на фронті\nЗа минулу добу сили "
        "оборони відбили 14 атак біля Орлівки.\nПідрозділи звільнили село "
        "Дуброва.",
        "Дуброва",
    ),
    (
        "uk",
        "Оперативне зведення про перебіг наступу, 17 жовтня\nПротягом минулої доби "
        "ворог наступав біля Орлівки.\nНаші воїни відбили шість штурмів "
        "біля Дубрової.",
        "Дубрової",
    ),
    (
        "uk",
        "Звіт командування про бойові дії\nЗа добу підрозділи просунулися "
        "біля Орлівки.\nВорог просунувся в районі Дубрової.",
        "Дубрової",
    ),
    (
        "ru",
        "Сводка Министерства обороны о продвижении войск (17 "
        "октября)\nЗа прошедшие сутки подразделения группировки улучшили "
        "положение у Орловки.\nПодразделения группировки освободили "
        "населенный пункт Дубрава.",
        "Дубрава",
    ),
    (
        "ru",
        "Итоги дня: бои на фронте\nЗа сутки отражено 14 атак у Орловки.\n"
        "Штурмовые отряды продвинулись у Дубравы.",
        "Дубравы",
    ),
    (
        "ru",
        "Сводка о ходе наступления и боях\nВ течение суток войска отразили атаки у "
        "Орловки.\nОтражены пять контратак в районе Дубравы.",
        "Дубравы",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), REPORT_CASES)
def test_a_report_title_leaves_the_lead_day_to_later_claims(
    lang: str, text: str, place: str
) -> None:
    c = claim_about(text, lang, place)
    assert (c.period_start, c.period_end) == (DAY_BEFORE, DAY_BEFORE)


@pytest.mark.parametrize(
    "title",
    [
        "Summary of the Ministry of Defence (17 October)",
        "Зведення Генштабу станом на 08:00",
        "Итоги недели на фронте",
    ],
)
def test_a_report_title_is_told_from_a_headline(title: str) -> None:
    assert report_title(title)
    assert not report_title("Troops take the village of Dubrava, ministry says")
