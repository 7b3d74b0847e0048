"""Session 35, lane probeper: period defects against the CONVENTIONS table,
on phrasings of our own."""

from datetime import date

import pytest

from frontline.text.claims import extract_claims

WED = date(2024, 10, 16)


def _period(text: str, published: date | None, lang: str) -> tuple:
    claims = extract_claims(text, published=published, language=lang)
    assert claims, text
    c = claims[0]
    return c.period_start, c.period_end, c.cumulative


# the first / last ten days of a month written with digits ("the first 10
# days of October", "за перші 10 днів жовтня") or in the genitive
# ("протягом перших десяти днів", "в течение первых десяти дней"): days 1-10
# or 21 to the month's end, as "the first ten days" already were
@pytest.mark.parametrize(
    "text, lang, span",
    [
        (
            "In the first 10 days of October, Russian forces captured 200 "
            "square kilometres, analysts said.",
            "en",
            (date(2024, 10, 1), date(2024, 10, 10)),
        ),
        (
            "Протягом перших десяти днів жовтня російські війська захопили 200 "
            "квадратних кілометрів.",
            "uk",
            (date(2024, 10, 1), date(2024, 10, 10)),
        ),
        (
            "Российские войска заняли 200 квадратных километров за последние 10 "
            "дней сентября.",
            "ru",
            (date(2024, 9, 21), date(2024, 9, 30)),
        ),
        (
            "В течение первых десяти дней октября российские войска заняли 200 "
            "квадратных километров.",
            "ru",
            (date(2024, 10, 1), date(2024, 10, 10)),
        ),
    ],
)
def test_ten_days_of_a_month_in_digits_or_genitive(
    text: str, lang: str, span: tuple
) -> None:
    assert _period(text, WED, lang) == (*span, False)


# "during / over / throughout" before a day range of one month ("during March
# 1-15") keeps the range: the month alone was read ("during March")
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces captured 150 square kilometres during March 1-15.",
        "Over 1-15 March, Russian forces captured 150 square kilometres.",
        "Throughout March 1–15, Russian troops advanced 4 km near Pokrovsk, "
        "the ministry said.",
    ],
)
def test_during_a_day_range(text: str) -> None:
    assert _period(text, WED, "en") == (date(2024, 3, 1), date(2024, 3, 15), False)


# a figure of a measure ("2000 square kilometres", "2000 кв. км") is no year:
# in a text with no publication day "since the start of the year" started on
# 1 January 2000
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Since the start of the year, Russian forces have captured 2000 "
            "square kilometres, the ministry said.",
            "en",
        ),
        (
            "З початку року російські війська захопили 2000 квадратних кілометрів.",
            "uk",
        ),
        ("С начала года российские войска заняли 2000 кв. км.", "ru"),
    ],
)
def test_a_figure_is_no_year(text: str, lang: str) -> None:
    assert _period(text, None, lang) == (None, None, True)


def test_a_year_after_the_figure_still_counts() -> None:
    text = (
        "Since the start of the year, Russian forces have captured 2000 sq km, "
        "the ministry said in its review of 2024."
    )
    assert _period(text, None, "en")[:2] == (date(2024, 1, 1), None)


# "во втором полугодии" (the "во" before a consonant pair), "протягом першого
# півріччя", "в течение первого полугодия" and "… of last year / минулого /
# прошлого року" are half-years; before, ru "во" gave no period and "the
# second half of last year" the whole year
@pytest.mark.parametrize(
    "text, lang, span",
    [
        (
            "Во втором полугодии российские войска заняли 2000 квадратных километров.",
            "ru",
            (date(2024, 7, 1), date(2024, 12, 31)),
        ),
        (
            "Протягом першого півріччя російські війська захопили 1200 "
            "квадратних кілометрів.",
            "uk",
            (date(2024, 1, 1), date(2024, 6, 30)),
        ),
        (
            "Russian forces captured 2,000 square kilometres in the second half "
            "of last year, the ministry said.",
            "en",
            (date(2023, 7, 1), date(2023, 12, 31)),
        ),
    ],
)
def test_half_year_phrasings(text: str, lang: str, span: tuple) -> None:
    assert _period(text, WED, lang)[:2] == span


# a half of a year already over is a completed period told after it ended, a
# bounded increment (CONVENTIONS): "in the second half of 2023" said in 2024,
# "у другому півріччі" said on 3 January; a half to date stays a running total
@pytest.mark.parametrize(
    "text, lang, published, cumulative",
    [
        (
            "Russian forces captured 2,000 square kilometres in the second half "
            "of 2023.",
            "en",
            WED,
            False,
        ),
        (
            "У другому півріччі російські війська захопили 2000 квадратних кілометрів.",
            "uk",
            date(2025, 1, 3),
            False,
        ),
        (
            "Во втором полугодии прошлого года российские войска заняли 2000 "
            "квадратных километров.",
            "ru",
            WED,
            False,
        ),
        # session 36: told on 2 July, the first half is over: a completed
        # period reported after it ended, no running total (CONVENTIONS)
        (
            "In the first half of the year, Russian forces captured 1,200 square "
            "kilometres.",
            "en",
            date(2024, 7, 2),
            False,
        ),
        (
            "In the first half of the year, Russian forces captured 1,200 square "
            "kilometres.",
            "en",
            date(2024, 5, 2),
            True,
        ),
        (
            "У першому півріччі російські війська захопили 1200 квадратних кілометрів.",
            "uk",
            date(2024, 8, 5),
            False,
        ),
        (
            "В первом полугодии российские войска заняли 1200 квадратных километров.",
            "ru",
            date(2024, 9, 3),
            False,
        ),
    ],
)
def test_half_of_a_past_year_is_bounded(
    text: str, lang: str, published: date, cumulative: bool
) -> None:
    assert _period(text, published, lang)[2] is cumulative


# "since the end / middle of August" is a running total from the month, as
# "since late / mid-August", "з кінця серпня", "с середины августа" are (the
# month's first day, as the uk families test has it); the English "the … of"
# form gave no period
@pytest.mark.parametrize(
    "text, lang, start",
    [
        (
            "Since the end of August, Russian forces have captured 900 square "
            "kilometres.",
            "en",
            date(2024, 8, 1),
        ),
        (
            "Russian forces have captured 900 square kilometres since the middle "
            "of August, analysts said.",
            "en",
            date(2024, 8, 1),
        ),
        (
            "С середины августа российские войска заняли 900 квадратных километров.",
            "ru",
            date(2024, 8, 1),
        ),
        (
            "З кінця серпня російські війська захопили 900 квадратних кілометрів.",
            "uk",
            date(2024, 8, 1),
        ),
    ],
)
def test_since_part_of_a_month(text: str, lang: str, start: date) -> None:
    assert _period(text, WED, lang) == (start, WED, True)
