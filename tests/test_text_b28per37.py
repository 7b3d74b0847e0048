"""Session 37, b28per: blind28's period classes, in phrasings of our own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

APR2 = date(2025, 4, 2)  # the first days of the second quarter
AUG20 = date(2025, 8, 20)  # the middle of the third quarter


def _area(text: str, language: str, published: date):
    """The one area claim of ``text``."""
    found = [
        c
        for c in extract_claims(text, published=published, language=language)
        if c.kind == "area_change"
    ]
    assert len(found) == 1, [(c.kind, c.quote) for c in found]
    return found[0]


Q1 = (date(2025, 1, 1), date(2025, 3, 31))
Q2 = (date(2025, 4, 1), date(2025, 6, 30))
Q3_TO_DATE = (date(2025, 7, 1), AUG20)


@pytest.mark.parametrize(
    ("text", "language", "published", "span"),
    [
        ("Russian forces captured 500 sq km over the quarter, analysts said.",
         "en", APR2, Q1),
        ("Across the quarter, Russian troops occupied some 900 sq km.",
         "en", APR2, Q1),
        ("Ukraine regained 60 square kilometres last quarter, the count shows.",
         "en", AUG20, Q2),
        ("Russian units took about 700 sq km this quarter.", "en", AUG20,
         Q3_TO_DATE),
        ("За квартал російські війська захопили 1400 км², підрахували аналітики.",
         "uk", APR2, Q1),
        ("Ворог за минулий квартал окупував близько 900 км².", "uk", AUG20, Q2),
        ("Протягом кварталу окупанти просунулися на 640 кв. км.", "uk", AUG20,
         Q3_TO_DATE),
        ("За квартал российские войска заняли 1400 кв. км.", "ru", APR2, Q1),
        ("В прошлом квартале ВСУ вернули около 180 кв. км.", "ru", AUG20, Q2),
        ("В течение квартала армия России заняла 800 кв. км.", "ru", AUG20,
         Q3_TO_DATE),
    ],
)  # fmt: skip
def test_a_quarter_without_an_ordinal_is_the_reviews_quarter(
    text, language, published, span
):
    """ "over the quarter" / "за квартал" / "в течение квартала": the quarter
    just ended when said in a quarter's first month, else the quarter to the
    statement day; "last quarter" the one before; a bounded increment."""
    c = _area(text, language, published)
    assert (c.period_start, c.period_end) == span
    assert c.cumulative is False


JUL6 = date(2025, 7, 6)
H1 = (date(2025, 1, 1), date(2025, 6, 30))


@pytest.mark.parametrize(
    ("text", "language", "cumulative"),
    [
        ("Russian troops seized 1,650 sq km between January 1 and June 30.",
         "en", False),
        ("From January 1 to June 30, Russia took about 1,700 sq km.", "en", False),
        ("In total, Russian forces captured 1,650 sq km from 1 January to "
         "30 June.", "en", True),
        ("З 1 січня по 30 червня ворог окупував 1650 км², підрахували "
         "аналітики.", "uk", False),
        ("У період з 1 січня до 30 червня росіяни захопили 1700 кв. км.",
         "uk", False),
        ("Загалом з 1 січня по 30 червня окупанти захопили 1650 км².", "uk",
         True),
        ("В период с 1 января по 30 июня российские войска заняли 1650 кв. км.",
         "ru", False),
        ("С 1 января по 30 июня армия России заняла около 1700 кв. км.", "ru",
         False),
        ("Всего с 1 января по 30 июня Россия заняла 1650 кв. км.", "ru", True),
    ],
)  # fmt: skip
def test_a_span_from_1_january_ended_before_it_is_told_is_bounded(
    text, language, cumulative
):
    """A dated span from 1 January that ended before the day it is told on is
    a completed period, a bounded increment (CONVENTIONS), unless a total
    word calls it a total."""
    c = _area(text, language, JUL6)
    assert (c.period_start, c.period_end) == H1
    assert c.cumulative is cumulative


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russian troops have seized 1,650 sq km between January 1 and July 5.",
         "en"),
        ("З 1 січня по 5 липня ворог окупував 1650 км².", "uk"),
        ("С 1 января по 5 июля Россия заняла 1650 кв. км.", "ru"),
    ],
)  # fmt: skip
def test_a_span_from_1_january_to_the_day_before_is_a_year_to_date(text, language):
    """A span from 1 January to the day before it is told stays a running
    total (the year to date)."""
    assert _area(text, language, JUL6).cumulative is True


Q4_2024 = (date(2024, 10, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Russia took 1,500 sq km in first half of 2025, analysts said.", "en", H1),
        ("Russian units took about 600 sq km in Q2, analysts said.", "en", Q2),
        ("Ukraine lost 900 sq km in the last three months of 2024.", "en", Q4_2024),
        ("У ІІ кварталі 2025 року ворог окупував 1400 км².", "uk", Q2),
        ("За останні три місяці 2024 року росіяни захопили 1900 км².", "uk",
         Q4_2024),
        ("Протягом першого півріччя 2025 року окупанти захопили 2100 км².", "uk",
         H1),
        ("Во II квартале российские войска заняли 1400 кв. км.", "ru", Q2),
        ("За последние три месяца 2024 года армия России заняла 1900 кв. км.",
         "ru", Q4_2024),
        ("В течение первого полугодия 2025 года ВС РФ заняли 2100 кв. км.", "ru",
         H1),
    ],
)  # fmt: skip
def test_a_written_part_of_a_year_is_those_months(text, language, span):
    """A half without "the", a quarter as "Q2" or a Roman numeral, the last
    N months of a year: those months, a completed period told after it."""
    c = _area(text, language, JUL6)
    assert (c.period_start, c.period_end) == span
    assert c.cumulative is False


def _one(text: str, language: str, published: date):
    """The one claim of ``text``."""
    found = extract_claims(text, published=published, language=language)
    assert len(found) == 1, [(c.kind, c.quote) for c in found]
    return found[0]


APR3 = date(2025, 4, 3)
LATE_MARCH = (date(2025, 3, 21), date(2025, 3, 31))
MID_MARCH = (date(2025, 3, 11), date(2025, 3, 20))


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Russian troops captured the village of Novoolenivka in late March.",
         "en", LATE_MARCH),
        ("In late March, Ukrainian forces liberated Pishchane, the army said.",
         "en", LATE_MARCH),
        ("Russian forces took Kurakhove in mid-March, analysts said.", "en",
         MID_MARCH),
        ("Наприкінці березня росіяни захопили Новоолексіївку.", "uk",
         LATE_MARCH),
        ("ЗСУ звільнили Тарасівку в останніх числах березня.", "uk", LATE_MARCH),
        ("У середині березня окупанти зайняли Лисівку.", "uk", MID_MARCH),
        ("В последних числах марта ВСУ оставили Угледар.", "ru", LATE_MARCH),
        ("В конце марта российские войска заняли Курахово.", "ru", LATE_MARCH),
        ("В середине марта армия России взяла Дачное.", "ru", MID_MARCH),
    ],
)  # fmt: skip
def test_late_or_mid_month_is_that_third_of_it(text, language, span):
    """ "in late March" / "наприкінці березня" / "в последних числах марта":
    days 21 to the month's end; "mid-March" / "у середині березня": 11-20."""
    c = _one(text, language, APR3)
    assert (c.period_start, c.period_end) == span


MAR9 = date(2026, 3, 9)
YTD_2025 = (date(2025, 1, 1), MAR9.replace(year=2025))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Since the start of 2026, Russian troops have taken 870 sq km, compared "
         "with 1,410 sq km in the same period of 2025.", "en"),
        ("This year Russia has seized 870 sq km, against 1,410 sq km over the "
         "same period last year.", "en"),
        ("Since January 1, Russian units took 870 sq km, down from 1,410 sq km "
         "in the corresponding period of last year.", "en"),
        ("З початку року ворог окупував 870 км², тоді як за аналогічний період "
         "минулого року — 1410 км².", "uk"),
        ("З початку 2026 року окупанти захопили 870 км², а у той самий період "
         "2025 року — 1410 км².", "uk"),
        ("Від початку року росіяни окупували 870 км² проти 1410 км² за "
         "відповідний період 2025-го.", "uk"),
        ("С начала года российские войска заняли 870 кв. км, а за аналогичный "
         "период прошлого года — 1410 кв. км.", "ru"),
        ("С начала 2026 года ВС РФ заняли 870 кв. км против 1410 кв. км за тот "
         "же период 2025 года.", "ru"),
        ("С начала года армия России заняла 870 кв. км, тогда как в "
         "соответствующий период прошлого года — 1410 кв. км.", "ru"),
    ],
)  # fmt: skip
def test_the_same_period_of_another_year_keeps_its_own_year(text, language):
    """ "compared with 1,410 sq km in the same period of 2025": the span told
    before it in the sentence, moved to that year; a bounded increment."""
    found = [
        c
        for c in extract_claims(text, published=MAR9, language=language)
        if c.kind == "area_change"
    ]
    then = next(c for c in found if c.area_km2 == 1410)
    now = next(c for c in found if c.area_km2 == 870)
    assert (then.period_start, then.period_end) == YTD_2025
    assert then.cumulative is False
    assert (now.period_start, now.period_end) == (date(2026, 1, 1), MAR9)


JUL4 = date(2022, 7, 4)
TWO_WEEKS = (date(2022, 6, 20), date(2022, 7, 3))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Over the previous two weeks, Ukrainian troops withdrew from "
         "Sievierodonetsk.", "en"),
        ("Russian forces took 40 sq km in the past two weeks.", "en"),
        ("Ukraine regained 40 sq km over the last two weeks.", "en"),
        ("За попередні два тижні ЗСУ звільнили 40 км².", "uk"),
        ("Окупанти за попередні 2 тижні захопили Тошківку.", "uk"),
        ("За останні два тижні ворог просунувся на 40 кв. км.", "uk"),
        ("За предыдущие две недели украинские войска отошли из Северодонецка.",
         "ru"),
        ("Российские войска за предыдущие 2 недели заняли Горское.", "ru"),
        ("За прошедшие две недели ВСУ вернули 40 кв. км.", "ru"),
    ],
)  # fmt: skip
def test_the_previous_two_weeks_are_the_fourteen_days_before(text, language):
    """ "за попередні два тижні" / "за предыдущие две недели": −14 … −1 as
    "the past two weeks" (CONVENTIONS)."""
    c = _one(text, language, JUL4)
    assert (c.period_start, c.period_end) == TWO_WEEKS


DEC30 = date(2024, 12, 30)
YEAR_2024 = (date(2024, 1, 1), DEC30)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Over the year, Russian forces captured about 3,600 sq km.", "en"),
        ("За рік ворог захопив понад 3600 км², підрахували аналітики.", "uk"),
        ("Протягом року окупанти просунулися на 3600 кв. км.", "uk"),
        ("Упродовж року росіяни окупували близько 3600 км².", "uk"),
        ("За год российские войска заняли около 3600 кв. км.", "ru"),
        ("В течение года армия России заняла 3600 кв. км.", "ru"),
        ("На протяжении года ВС РФ заняли более 3600 кв. км.", "ru"),
    ],
)  # fmt: skip
def test_over_the_year_is_the_year_to_date(text, language):
    """ "за рік" / "протягом року" / "за год" / "в течение года": 1 January …
    the statement day, a running total, as "over the year"."""
    c = _area(text, language, DEC30)
    assert (c.period_start, c.period_end) == YEAR_2024
    assert c.cumulative is True


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Це найбільше просування за рік: ворог захопив 700 км².", "uk"),
        ("Вперше за рік ЗСУ звільнили 70 км² біля Купʼянська.", "uk"),
        ("Это самый большой показатель за год: армия России заняла 700 кв. км.",
         "ru"),
        ("Впервые за год ВСУ вернули 70 кв. км под Купянском.", "ru"),
    ],
)  # fmt: skip
def test_a_record_in_a_year_is_no_span(text, language):
    """ "вперше за рік", "самый большой за год": a comparison, not the year."""
    assert _area(text, language, DEC30).extra.get("period_rule") != "the_year"


SEP2 = date(2025, 9, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Russia took 460 sq km in August, down from July's 502 sq km.",
        "Russian forces gained 380 sq km in August, below July's total of 502 sq km.",
        "Russian troops seized about 400 sq km in August, less than July’s "
        "roughly 502 sq km.",
    ],
)
def test_a_months_own_figure_keeps_that_month(text):
    """ "July's 502 sq km": the compared figure is July's, not the month the
    sentence tells first (English; uk/ru say it with an adjective)."""
    found = extract_claims(text, published=SEP2, language="en")
    july = next(c for c in found if c.area_km2 == 502)
    assert (july.period_start, july.period_end) == (
        date(2025, 7, 1),
        date(2025, 7, 31),
    )
    first = next(c for c in found if c.area_km2 != 502)
    assert first.period_start == date(2025, 8, 1)
