"""Session 34, lane probeper: period defects against the CONVENTIONS table,
on phrasings of our own."""

from datetime import date

import pytest

from frontline.text.claims import extract_claims


def _period(text: str, published: date, lang: str) -> tuple:
    claims = extract_claims(text, published=published, language=lang)
    assert claims, text
    c = claims[0]
    return c.period_start, c.period_end


# a shortened month's stop opening a sentence ("12 сент. российские …") is no
# dateline's closing stop: the date is the claim's day
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Бои продолжаются. 12 сент. российские войска заняли село Орловка.", "ru"),
        ("12 сент. российские войска заняли 40 квадратных километров.", "ru"),
        ("12 Sept. troops of the 47th brigade liberated 3 square kilometres.", "en"),
    ],
)
def test_shortened_month_opening_a_sentence(text: str, lang: str) -> None:
    day = date(2024, 9, 12)
    assert _period(text, date(2024, 9, 20), lang) == (day, day)


# a Ukrainian or Russian month cut short ("12 вер.", "3 нояб.", "12 авг. 2024
# г.") dates the claim, and its stop ends no sentence before the year
@pytest.mark.parametrize(
    "text, lang, day",
    [
        ("12 вер. російські війська захопили село Орлівка.", "uk", date(2024, 9, 12)),
        (
            "Російські війська 3 листоп. захопили 40 квадратних кілометрів, "
            "повідомили в Генштабі.",
            "uk",
            date(2023, 11, 3),
        ),
        (
            "Российские войска 12 авг. 2024 г. заняли 40 квадратных километров.",
            "ru",
            date(2024, 8, 12),
        ),
        (
            "Российские войска 3 нояб. заняли 40 квадратных километров, "
            "сообщили в Минобороны.",
            "ru",
            date(2023, 11, 3),
        ),
    ],
)
def test_month_cut_short_uk_ru(text: str, lang: str, day: date) -> None:
    assert _period(text, date(2024, 9, 20), lang) == (day, day)


# "on the 12th of March" is that day, as "on March 12th" is
@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Russian forces captured the village of Orlivka on the 12th of March, "
            "the ministry said.",
            date(2024, 3, 12),
        ),
        (
            "Ukraine's army said it withdrew from Orlivka on the 1st of March.",
            date(2024, 3, 1),
        ),
        (
            "On the 22nd of February 2024 Russian troops advanced 2 km near "
            "Robotyne, the General Staff said.",
            date(2024, 2, 22),
        ),
    ],
)
def test_ordinal_day_of_month_en(text: str, day: date) -> None:
    assert _period(text, date(2024, 3, 20), "en") == (day, day)


# "the first ten days of the month", "у першій декаді місяця", "во второй
# декаде этого месяца": the statement's month, days 1–10 or 11–20
@pytest.mark.parametrize(
    "text, lang, start, end",
    [
        (
            "Russian forces captured 40 square kilometres in the first ten days "
            "of the month, analysts said.",
            "en",
            date(2024, 3, 1),
            date(2024, 3, 10),
        ),
        (
            "У першій декаді місяця російські війська захопили 40 квадратних "
            "кілометрів.",
            "uk",
            date(2024, 3, 1),
            date(2024, 3, 10),
        ),
        (
            "Во второй декаде этого месяца российские войска заняли 40 "
            "квадратных километров.",
            "ru",
            date(2024, 3, 11),
            date(2024, 3, 20),
        ),
    ],
)
def test_decade_of_the_current_month(
    text: str, lang: str, start: date, end: date
) -> None:
    assert _period(text, date(2024, 3, 25), lang) == (start, end)
