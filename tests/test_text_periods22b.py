"""Period families, session 22 second round (lane CUMULATIVE AND RUSSIAN
PERIODS): Russian (and their Ukrainian twins) time expressions that did not
resolve, found by probing about a hundred phrasings of our own of every row
of the period table.

- a day and a month in figures with no year ("12.03", "вранці 11.03"): the
  latest such day on or before the statement day; not a figure's decimals
  ("12.03 км") and not a clock time ("в 10.05");
- a span in figures ("с 3.03 по 9.03", "з 03.03 до 09.03");
- "в течение / на протяжении последних трёх дней / двух недель",
  "протягом останніх трьох днів": the past days, as "за последние …";
- "в течение / на протяжении прошлой недели": the calendar week before, as
  "за прошлую неделю";
- "минулими вихідними" (instrumental): the latest weekend;
- "в первой половине февраля ВСУ продвинулись …" is a time, not a share of
  the advances ("половина продвижения").

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods, resolve

PUBLISHED = date(2025, 6, 12)  # a Thursday


def _one(text: str, lang: str) -> tuple[str, date | None, date | None]:
    """The kind of the only claim of ``text`` and its period."""
    (c,) = extract_claims(text, published=PUBLISHED, language=lang)
    return c.kind, c.period_start, c.period_end


# ---- a day and a month in figures ---------------------------------------------
DAY_MONTH = [
    ("ru", "10.06 штурмовики заняли село Зелёное.", date(2025, 6, 10)),
    ("ru", "Утром 11.06 десантники взяли посёлок Луговое.", date(2025, 6, 11)),
    ("ru", "Бригада освободила хутор Садовый 28.05.", date(2025, 5, 28)),
    ("uk", "09.06 десантники звільнили село Зелене.", date(2025, 6, 9)),
    ("uk", "Вранці 11.06 бригада зайняла селище Лугове.", date(2025, 6, 11)),
    ("uk", "Штурмовики звільнили хутір Садовий 30.05.", date(2025, 5, 30)),
]


@pytest.mark.parametrize(("lang", "text", "day"), DAY_MONTH)
def test_a_day_and_month_in_figures_is_that_day(
    lang: str, text: str, day: date
) -> None:
    assert _one(text, lang) == ("settlement_control", day, day)


def test_a_day_later_in_the_year_is_of_the_year_before() -> None:
    (m,) = find_periods("20.12 бригада зайняла село", "ru")
    assert resolve(m, PUBLISHED) == (date(2024, 12, 20), date(2024, 12, 20))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Бригада продвинулась на 12.05 км у Зелёного."),
        ("ru", "В 10.05 штурмовики вошли в село."),
        ("uk", "О 10.05 штурмовики зайшли в село."),
        ("uk", "Площа зросла на 12.03 кв. км."),
    ],
)
def test_figures_and_clock_times_are_no_day(lang: str, text: str) -> None:
    assert not [p for p in find_periods(text, lang) if p.kind == "date_num"]


NUM_SPAN = [
    ("ru", "С 2.06 по 8.06 бригада продвинулась на 3 км у Зелёного.", 2, 8),
    ("ru", "С 01.06 до 07.06 войска продвинулись на 4 км под Луговым.", 1, 7),
    ("ru", "За период с 3.06 по 9.06 десант продвинулся на 2 км у Садового.", 3, 9),
    ("uk", "З 2.06 по 8.06 бригада просунулася на 3 км біля Зеленого.", 2, 8),
    ("uk", "З 01.06 до 07.06 війська просунулися на 4 км під Луговим.", 1, 7),
    ("uk", "У період з 3.06 по 9.06 десант просунувся на 2 км біля Садового.", 3, 9),
]


@pytest.mark.parametrize(("lang", "text", "first", "last"), NUM_SPAN)
def test_a_span_in_figures_is_those_days(
    lang: str, text: str, first: int, last: int
) -> None:
    assert _one(text, lang) == ("advance", date(2025, 6, first), date(2025, 6, last))


# ---- "в течение / на протяжении последних N дней": the past days ---------------
PAST_DAYS = [
    ("ru", "В течение последних трёх дней бригада продвинулась на 3 км у Зелёного.", 9),
    ("ru", "На протяжении последних пяти суток десант продвинулся на 2 км.", 7),
    (
        "ru",
        "В течение последних двух недель войска продвинулись на 5 км у Лугового.",
        29,
    ),
    (
        "uk",
        "Протягом останніх трьох днів бригада просунулася на 3 км біля Зеленого.",
        9,
    ),
    ("uk", "Упродовж останніх п'яти діб десант просунувся на 2 км.", 7),
    (
        "uk",
        "Впродовж останніх двох тижнів війська просунулися на 5 км біля Лугового.",
        29,
    ),
]


@pytest.mark.parametrize(("lang", "text", "first"), PAST_DAYS)
def test_during_the_last_days_is_the_past_days(
    lang: str, text: str, first: int
) -> None:
    start = date(2025, 5, first) if first > 12 else date(2025, 6, first)
    assert _one(text, lang) == ("advance", start, date(2025, 6, 11))


LAST_WEEK = [
    "В течение прошлой недели бригада продвинулась на 3 км у Зелёного.",
    "На протяжении прошлой недели десант продвинулся на 2 км под Луговым.",
    "Войска в течение прошлой недели продвинулись на 4 км у Садового.",
]


@pytest.mark.parametrize("text", LAST_WEEK)
def test_during_last_week_is_the_calendar_week(text: str) -> None:
    assert _one(text, "ru") == ("advance", date(2025, 6, 2), date(2025, 6, 8))


WEEKEND = [
    "Минулими вихідними десантники звільнили село Зелене.",
    "Бригада минулими вихідними зайняла селище Лугове.",
    "Цими вихідними штурмовики звільнили хутір Садовий.",
]


@pytest.mark.parametrize("text", WEEKEND)
def test_the_instrumental_weekend_is_the_latest_weekend(text: str) -> None:
    assert _one(text, "uk") == (
        "settlement_control",
        date(2025, 6, 7),
        date(2025, 6, 8),
    )


# ---- half of a month is a time, not a share of the advances --------------------
HALF_MONTH = [
    ("ru", "В первой половине мая бригада продвинулась на 3 км у Зелёного.", 1, 15),
    ("ru", "Во второй половине мая десант продвинулся на 2 км под Луговым.", 16, 31),
    ("ru", "За первую половину мая войска продвинулись на 4 км у Садового.", 1, 15),
    (
        "uk",
        "У першій половині травня бригада просунулася на 3 км біля Зеленого.",
        1,
        15,
    ),
    ("uk", "У другій половині травня десант просунувся на 2 км під Луговим.", 16, 31),
    (
        "uk",
        "За першу половину травня війська просунулися на 4 км біля Садового.",
        1,
        15,
    ),
]


@pytest.mark.parametrize(("lang", "text", "first", "last"), HALF_MONTH)
def test_a_half_of_a_month_is_no_share_of_the_advances(
    lang: str, text: str, first: int, last: int
) -> None:
    assert _one(text, lang) == ("advance", date(2025, 5, first), date(2025, 5, last))


def test_a_half_of_the_advances_is_still_a_share() -> None:
    text = "Половина российского продвижения пришлась на Покровское направление."
    assert extract_claims(text, published=PUBLISHED, language="ru") == []


# ---- a spaced dash between days, a whole month, the first days in numbers ----
SPACED_SPAN = [
    ("ru", "2 – 8 июня бригада продвинулась на 3 км у Зелёного.", 2, 8),
    ("ru", "Войска 1 — 7 июня продвинулись на 4 км под Луговым.", 1, 7),
    ("ru", "За 3 - 9 июня десант продвинулся на 2 км у Садового.", 3, 9),
    ("uk", "2 – 8 червня бригада просунулася на 3 км біля Зеленого.", 2, 8),
    ("uk", "Війська 1 — 7 червня просунулися на 4 км під Луговим.", 1, 7),
    ("uk", "За 3 - 9 червня десант просунувся на 2 км біля Садового.", 3, 9),
]


@pytest.mark.parametrize(("lang", "text", "first", "last"), SPACED_SPAN)
def test_days_joined_by_a_spaced_dash_are_a_span(
    lang: str, text: str, first: int, last: int
) -> None:
    assert _one(text, lang) == ("advance", date(2025, 6, first), date(2025, 6, last))


WHOLE_MONTH = [
    ("ru", "В течение всего мая бригада продвинулась на 3 км у Зелёного."),
    ("ru", "За весь май десант продвинулся на 2 км под Луговым."),
    ("ru", "На протяжении всего мая войска продвинулись на 4 км у Садового."),
    ("uk", "Протягом усього травня бригада просунулася на 3 км біля Зеленого."),
    ("uk", "За весь травень десант просунувся на 2 км під Луговим."),
    ("uk", "Упродовж всього травня війська просунулися на 4 км біля Садового."),
    ("ru", "В первых числах мая бригада продвинулась на 3 км у Зелёного."),
    ("ru", "Войска в первых числах мая продвинулись на 4 км у Садового."),
    ("uk", "У перших числах травня бригада просунулася на 3 км біля Зеленого."),
    ("uk", "Війська у перших числах травня просунулися на 4 км біля Садового."),
]


@pytest.mark.parametrize(("lang", "text"), WHOLE_MONTH)
def test_the_whole_or_the_first_days_of_a_month_are_the_month(
    lang: str, text: str
) -> None:
    assert _one(text, lang) == ("advance", date(2025, 5, 1), date(2025, 5, 31))


# B28PER37: the last days of a month are its last third (blind28's gold and
# "in late May" alike), no longer the whole month
LAST_DAYS = [
    ("ru", "В последних числах мая десант продвинулся на 2 км под Луговым."),
    ("uk", "В останніх числах травня десант просунувся на 2 км під Луговим."),
]


@pytest.mark.parametrize(("lang", "text"), LAST_DAYS)
def test_the_last_days_of_a_month_are_its_last_third(lang: str, text: str) -> None:
    assert _one(text, lang) == ("advance", date(2025, 5, 21), date(2025, 5, 31))


DAY_EARLIER = [
    ("ru", "Сутками ранее штурмовики заняли село Зелёное."),
    ("ru", "Десантники сутками ранее взяли посёлок Луговое."),
    ("ru", "Сутки назад бригада освободила хутор Садовый."),
    ("uk", "Добою раніше штурмовики звільнили село Зелене."),
    ("uk", "Десантники добою раніше зайняли селище Лугове."),
    ("uk", "Добу тому бригада звільнила хутір Садовий."),
]


@pytest.mark.parametrize(("lang", "text"), DAY_EARLIER)
def test_a_day_earlier_is_the_day_before(lang: str, text: str) -> None:
    day = date(2025, 6, 11)
    assert _one(text, lang) == ("settlement_control", day, day)


NIGHT_OF_THE_NTH = [
    ("В ночь на 11-е июня штурмовики заняли село Зелёное.", 11),
    ("Десантники взяли посёлок Луговое в ночь на 10-е июня.", 10),
    ("На 9-е июня бригада освободила хутор Садовый.", 9),
]


@pytest.mark.parametrize(("text", "day"), NIGHT_OF_THE_NTH)
def test_a_day_written_with_its_ending_is_that_day(text: str, day: int) -> None:
    on = date(2025, 6, day)
    assert _one(text, "ru") == ("settlement_control", on, on)


# ---- the start of the invasion in Russian words, "с момента начала" ----------
INVASION = [
    ("ru", "С начала полномасштабного вторжения войска заняли 4000 кв. км."),
    ("ru", "С момента начала СВО армия заняла 5000 кв. км."),
    ("ru", "За время полномасштабного вторжения войска заняли 6000 кв. км."),
    ("uk", "З моменту початку повномасштабного вторгнення ворог захопив 4000 кв. км."),
    ("uk", "Від моменту початку повномасштабної війни ворог захопив 5000 кв. км."),
    ("uk", "З початку повномасштабного вторгнення ворог захопив 6000 кв. км."),
]


@pytest.mark.parametrize(("lang", "text"), INVASION)
def test_since_the_invasion_is_a_total_from_its_first_day(lang: str, text: str) -> None:
    (c,) = extract_claims(text, published=PUBLISHED, language=lang)
    assert (c.kind, c.period_start, c.period_end) == (
        "area_change",
        date(2022, 2, 24),
        PUBLISHED,
    )
    assert c.cumulative


OPERATION_MOMENT = [
    ("ru", "С момента начала операции бригада заняла 40 кв. км."),
    ("ru", "Войска с момента начала наступления заняли 50 кв. км."),
    ("ru", "С момента начала контрнаступления армия заняла 60 кв. км."),
    ("uk", "Від моменту початку операції бригада звільнила 40 кв. км."),
    ("uk", "Війська з моменту початку наступу звільнили 50 кв. км."),
    ("uk", "З моменту початку контрнаступу армія звільнила 60 кв. км."),
]


@pytest.mark.parametrize(("lang", "text"), OPERATION_MOMENT)
def test_since_the_moment_an_operation_began_is_a_total(lang: str, text: str) -> None:
    (c,) = extract_claims(text, published=PUBLISHED, language=lang)
    assert c.extra["period_rule"] == "since_start"
    assert c.cumulative and c.period_end == PUBLISHED
