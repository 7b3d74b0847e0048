"""Period families, session 21 (issue 8): "since the beginning of the year"
in a text with no publication day starts on 1 January of the year the text
writes (its end, the statement day, stays unknown).

Every sentence is written for this test (no dev, blind or article text); each
row is tried in three phrasings per language. The text tests never read
../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods, resolve

# headline with "this year", then a body that writes the year
YEAR_TO_DATE_NO_DAY = [
    (
        "en",
        "Since the start of the year the army has taken 900 square kilometres\n\n"
        "In March 2024 the ministry published its tally.",
    ),
    (
        "en",
        "Since the beginning of the year Russian forces have captured 450 sq km\n\n"
        "The figures cover the first quarter of 2024, officials said.",
    ),
    (
        "en",
        "Since the start of this year, troops have liberated 120 square kilometres.\n\n"
        "The report was compiled in spring 2024.",
    ),
    (
        "uk",
        "З початку року ворог захопив 900 квадратних кілометрів\n\n"
        "Такі дані наводить звіт за березень 2024 року.",
    ),
    (
        "uk",
        "Від початку року росіяни окупували 450 кв. км\n\n"
        "Підсумки першого кварталу 2024 року оприлюднили аналітики.",
    ),
    (
        "uk",
        "З початку року Сили оборони звільнили 120 квадратних кілометрів.\n\n"
        "Звіт склали навесні 2024 року.",
    ),
    (
        "ru",
        "С начала года российские войска заняли 900 квадратных километров\n\n"
        "Такие данные приводятся в отчете за март 2024 года.",
    ),
    (
        "ru",
        "С начала года армия освободила 450 кв. км\n\n"
        "Итоги первого квартала 2024 года опубликовали аналитики.",
    ),
    (
        "ru",
        "С начала года ВСУ потеряли 120 квадратных километров.\n\n"
        "Отчет составлен весной 2024 года.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), YEAR_TO_DATE_NO_DAY)
def test_year_to_date_with_no_day_starts_in_the_year_written(
    lang: str, text: str
) -> None:
    (c,) = [c for c in extract_claims(text, language=lang) if c.area_km2]
    assert c.period_start == date(2024, 1, 1)
    assert c.period_end is None
    assert c.cumulative is True


def test_year_to_date_with_no_day_and_no_year_stays_unresolved() -> None:
    (c,) = extract_claims(
        "Since the start of the year the army has taken 900 square kilometres.",
        language="en",
    )
    assert (c.period_start, c.period_end) == (None, None)


def test_year_to_date_with_a_day_still_ends_on_it() -> None:
    (m,) = find_periods("since the start of the year", "en")
    assert resolve(m, date(2025, 6, 12), context_year=2024) == (
        date(2025, 1, 1),
        date(2025, 6, 12),
    )


# a total told after a span that starts: the total since that start
TOTAL_AFTER_A_START = [
    ("en", "Since June 10 Ukraine has freed 12 villages and, in total, 400 sq km."),
    (
        "en",
        "Since the start of June the brigade retook six villages, in all 150 sq km.",
    ),
    ("en", "Since June 10, troops liberated 9 villages and altogether 210 sq km."),
    (
        "uk",
        "Від 10 червня Сили оборони звільнили 12 населених пунктів, "
        "а загалом понад 400 квадратних кілометрів.",
    ),
    ("uk", "З 10 червня бригада звільнила шість сіл, загалом 150 кв. км."),
    (
        "uk",
        "Від початку червня наші воїни звільнили дев'ять сіл, "
        "а загалом 210 квадратних кілометрів.",
    ),
    (
        "ru",
        "С 10 июня ВСУ освободили 12 населенных пунктов, "
        "а всего более 400 квадратных километров.",
    ),
    ("ru", "С 10 июня бригада освободила шесть сел, всего 150 кв. км."),
    (
        "ru",
        "С начала июня войска освободили девять сел, "
        "а в общей сложности 210 квадратных километров.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TOTAL_AFTER_A_START)
def test_a_total_after_a_span_that_starts_keeps_its_start(lang: str, text: str) -> None:
    (c,) = [
        c
        for c in extract_claims(text, published=date(2025, 7, 20), language=lang)
        if c.area_km2
    ]
    assert c.period_start in (date(2025, 6, 10), date(2025, 6, 1))
    assert c.period_end == date(2025, 7, 20)
    assert c.cumulative is True


def test_a_total_after_a_bounded_span_has_no_start() -> None:
    (c,) = [
        c
        for c in extract_claims(
            "Last week troops regained 3 sq km, taking the total to 43 sq km.",
            published=date(2025, 7, 20),
            language="en",
        )
        if c.area_km2 == 43
    ]
    assert c.period_start is None
    assert c.cumulative is True


# a running total in the sentence after a span that starts counts from it
TOTAL_NEXT_TO_A_START = [
    (
        "en",
        "Since June 10 the army has liberated 300 square kilometres. "
        "In total, 40 settlements have been freed.",
    ),
    (
        "en",
        "Since June 10, troops advanced 12 km near Vovchansk. "
        "Altogether 15 villages were retaken.",
    ),
    (
        "en",
        "Ukrainian units have pushed 8 km forward since June 10. "
        "In all, they have liberated 21 settlements.",
    ),
    (
        "uk",
        "Від 10 червня Сили оборони просунулися на 12 км. "
        "Загалом звільнено 40 населених пунктів.",
    ),
    (
        "uk",
        "З 10 червня бригада звільнила 300 квадратних кілометрів. "
        "Усього визволено 15 сіл.",
    ),
    (
        "uk",
        "З початку червня наші воїни просунулися на 8 км. "
        "Загалом звільнено 21 населений пункт.",
    ),
    (
        "ru",
        "С 10 июня ВСУ продвинулись на 12 км. Всего освобождено 40 населенных пунктов.",
    ),
    (
        "ru",
        "С 10 июня бригада освободила 300 квадратных километров. "
        "В общей сложности освобождено 15 сел.",
    ),
    (
        "ru",
        "С начала июня войска продвинулись на 8 км. "
        "Всего освобожден 21 населенный пункт.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TOTAL_NEXT_TO_A_START)
def test_a_total_after_a_sentence_with_a_start_counts_from_it(
    lang: str, text: str
) -> None:
    (c,) = [
        c
        for c in extract_claims(text, published=date(2025, 7, 20), language=lang)
        if c.extra.get("settlements_count")
    ]
    assert c.period_start in (date(2025, 6, 10), date(2025, 6, 1))
    assert c.period_end == date(2025, 7, 20)
    assert c.cumulative is True


def test_an_increment_after_a_sentence_with_a_start_is_not_carried() -> None:
    text = (
        "Since June 10 the army has liberated 300 square kilometres. "
        "Troops also took 4 more villages."
    )
    (c,) = [
        c
        for c in extract_claims(text, published=date(2025, 7, 20), language="en")
        if c.extra.get("settlements_count")
    ]
    assert c.period_start is None
