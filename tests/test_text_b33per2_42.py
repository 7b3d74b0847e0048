"""Session 42, lane b33per2: periods of figures left by b33per, each fix
tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims


def _areas(text: str, lang: str, pub: date) -> list[tuple[float | None, str, str]]:
    claims = extract_claims(text, published=pub, language=lang)
    return [
        (c.area_km2, str(c.period_start), str(c.period_end))
        for c in claims
        if c.kind == "area_change"
    ]


# B33PER2 (a): a year written with its case ending alone ("у 2024-му",
# "за 2024-й", "протягом 2024-го"; "в 2024-м", "за 2024-й", "в течение
# 2024-го") is that year
@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        ("У 2024-му ворог захопив 3 600 кв. км, підрахували аналітики.", "uk", 3600),
        ("За 2024-й окупанти захопили майже 4 000 кв. км.", "uk", 4000),
        ("Протягом 2024-го російські війська окупували 3 650 кв. км.", "uk", 3650),
        ("В 2024-м российские войска заняли 3 600 кв. км.", "ru", 3600),
        (
            "За 2024-й российская армия заняла почти 4 000 кв. км, "
            "подсчитали аналитики.",
            "ru",
            4000,
        ),
        ("В течение 2024-го войска РФ заняли 3 650 кв. км.", "ru", 3650),
    ],
)
def test_year_with_its_ending_alone(text: str, lang: str, area: float) -> None:
    got = _areas(text, lang, date(2025, 3, 4))
    assert (float(area), "2024-01-01", "2024-12-31") in got


def test_year_with_its_ending_compared_is_not_the_claims() -> None:
    # the compared year stays the compared figure's (the claim keeps its own)
    got = _areas(
        "У 2025 році ворог окупував 4 100 кв. км — майже вдвічі більше, ніж у 2024-му.",
        "uk",
        date(2026, 1, 5),
    )
    assert (4100.0, "2025-01-01", "2025-12-31") in got


# B33PER2 (b): "already" after a later month's own time, with the earlier
# figure in a clause of its own, is no running total of the later figure
# ("400 sq km in October; in November, already more than 500"): the later
# figure keeps its month
@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        (
            "Russia took 400 sq km in October; in November, already more "
            "than 500 sq km.",
            "en",
            500,
        ),
        (
            "Russian forces captured 120 sq km in October, in November — "
            "already about 300 sq km.",
            "en",
            300,
        ),
        (
            "Ukrainian troops retook 40 sq km in October; in November, "
            "already 90 sq km, the general said.",
            "en",
            90,
        ),
        (
            "У жовтні ворог захопив 400 кв. км, а в листопаді — вже понад 500 кв. км.",
            "uk",
            500,
        ),
        (
            "Ворог захопив 120 кв. км у жовтні, а в листопаді — вже близько "
            "300 кв. км.",
            "uk",
            300,
        ),
        (
            "На початку року росіяни окуповували 12 кв. км на добу, у "
            "листопаді — вже 25 кв. км на добу.",
            "uk",
            25,
        ),
        (
            "В октябре армия заняла 400 кв. км, а в ноябре — уже более 500 "
            "кв. км, подсчитали аналитики.",
            "ru",
            500,
        ),
        (
            "Российские войска заняли около 120 кв. км в октябре, а в ноябре "
            "— уже около 300 кв. км.",
            "ru",
            300,
        ),
        (
            "В октябре российская армия захватывала около 10 кв. км в сутки, "
            "в ноябре — уже около 30 кв. км в сутки.",
            "ru",
            30,
        ),
    ],
)
def test_already_after_a_later_month_keeps_the_month(
    text: str, lang: str, area: float
) -> None:
    got = _areas(text, lang, date(2025, 12, 3))
    assert (float(area), "2025-11-01", "2025-11-30") in got


def test_total_after_a_bounded_figure_of_its_own_clause_stays() -> None:
    # (the bounded figure in the total's own clause keeps it a total)
    got = _areas(
        "За тиждень звільнено 2 кв. км, а загалом — 262 кв. км.",
        "uk",
        date(2025, 12, 3),
    )
    assert (262.0, "None", "2025-12-03") in got


# B33PER2 (c): a rate told in a sentence of its own, after the figure it
# divides, takes that figure's span (the span whose figure, cut into the
# rate's unit, gives the rate), not the statement day nor the last month named
@pytest.mark.parametrize(
    ("text", "lang", "rate", "start", "end"),
    [
        (
            "In the third quarter Russia took 1,200 sq km, 450 sq km of it in "
            "September. That is about 13 sq km a day.",
            "en",
            13,
            "2025-07-01",
            "2025-09-30",
        ),
        (
            "In the first half of 2025 Russian troops captured 2,400 sq km, "
            "including 560 sq km in June. That is on average 400 sq km per "
            "month.",
            "en",
            400,
            "2025-01-01",
            "2025-06-30",
        ),
        (
            "Ukrainian forces retook 90 sq km over the past two weeks. On "
            "average that is about 45 sq km a week.",
            "en",
            45,
            "2025-11-19",
            "2025-12-02",
        ),
        (
            "За третій квартал ворог окупував 1 200 кв. км, у вересні — 450 "
            "кв. км. Тобто близько 13 кв. км на добу.",
            "uk",
            13,
            "2025-07-01",
            "2025-09-30",
        ),
        (
            "За перше півріччя 2025 року ворог окупував 2 400 кв. км, у "
            "червні — 560 кв. км. Тобто щомісяця в середньому по 400 кв. км.",
            "uk",
            400,
            "2025-01-01",
            "2025-06-30",
        ),
        (
            "За останні два тижні Сили оборони звільнили 90 кв. км. У "
            "середньому це близько 45 кв. км на тиждень.",
            "uk",
            45,
            "2025-11-19",
            "2025-12-02",
        ),
        (
            "За третий квартал армия заняла 1 200 кв. км, в сентябре — 450 "
            "кв. км. То есть около 13 кв. км в сутки.",
            "ru",
            13,
            "2025-07-01",
            "2025-09-30",
        ),
        (
            "За первое полугодие 2025 года армия заняла 2 400 кв. км, в июне "
            "— 560 кв. км. То есть ежемесячно в среднем по 400 кв. км.",
            "ru",
            400,
            "2025-01-01",
            "2025-06-30",
        ),
        (
            "За последние две недели ВСУ вернули 90 кв. км. В среднем это "
            "около 45 кв. км в неделю.",
            "ru",
            45,
            "2025-11-19",
            "2025-12-02",
        ),
    ],
)
def test_rate_takes_the_span_of_its_figure(
    text: str, lang: str, rate: float, start: str, end: str
) -> None:
    got = _areas(text, lang, date(2025, 12, 3))
    assert (float(rate), start, end) in got


def test_rate_that_fits_no_figure_keeps_its_date() -> None:
    # 1,200 sq km over the quarter is about 13 a day, not 30: no span taken
    got = _areas(
        "In the third quarter Russia took 1,200 sq km, 450 sq km of it in "
        "September. At the peak the pace was about 30 sq km a day.",
        "en",
        date(2025, 12, 3),
    )
    assert not any(a == 30.0 and s == "2025-07-01" for a, s, _ in got)


# B33PER2 (d): a second statement's written day after the first's in one
# sentence ("on May 3 the ministry said …, and on May 10 it said …") is of
# the publication's year, not the year before the first statement's day
@pytest.mark.parametrize(
    ("text", "lang", "area", "day"),
    [
        (
            "On August 12 Syrskyi said Ukrainian troops had taken 1,000 sq km, "
            "and on August 19 the General Staff said they had taken 1,150 sq km.",
            "en",
            1150,
            "2025-08-19",
        ),
        (
            "On May 3 the ministry said Russian forces had seized 40 sq km, and "
            "on May 10 it said they had seized another 55 sq km.",
            "en",
            55,
            "2025-05-10",
        ),
        (
            "DeepState said on March 2 that Russia had captured 20 sq km, and "
            "on March 9 it said Russia had captured 35 sq km more.",
            "en",
            35,
            "2025-03-09",
        ),
        (
            "12 серпня Сирський заявив, що ЗСУ звільнили 1000 кв. км, а 19 "
            "серпня Генштаб повідомив, що звільнено 1150 кв. км.",
            "uk",
            1150,
            "2025-08-19",
        ),
        (
            "3 травня міністерство повідомило, що ворог захопив 40 кв. км, а "
            "10 травня заявило, що росіяни захопили ще 55 кв. км.",
            "uk",
            55,
            "2025-05-10",
        ),
        (
            "DeepState 2 березня повідомив, що росіяни окупували 20 кв. км, а "
            "9 березня — що окупували ще 35 кв. км.",
            "uk",
            35,
            "2025-03-09",
        ),
        (
            "12 августа Сырский заявил, что ВСУ заняли 1000 кв. км, а 19 "
            "августа Генштаб сообщил, что заняты 1150 кв. км.",
            "ru",
            1150,
            "2025-08-19",
        ),
        (
            "3 мая министерство сообщило, что противник захватил 40 кв. км, а "
            "10 мая заявило, что россияне захватили ещё 55 кв. км.",
            "ru",
            55,
            "2025-05-10",
        ),
        (
            "DeepState 2 марта сообщил, что Россия заняла 20 кв. км, а 9 марта "
            "сообщил, что она заняла ещё 35 кв. км.",
            "ru",
            35,
            "2025-03-09",
        ),
    ],
)
def test_second_statement_day_keeps_the_year(
    text: str, lang: str, area: float, day: str
) -> None:
    got = _areas(text, lang, date(2025, 8, 27))
    ends = [(s, e) for a, s, e in got if a == float(area)]
    assert ends
    assert all(e == day and s in ("None", day) for s, e in ends)


# B33PER2 (d2): a written day later than the statement day carried from the
# sentence before ("Сирський 12 березня заявив …. Станом на 13 березня …")
# is of the publication's year too
@pytest.mark.parametrize(
    ("text", "lang", "area", "day"),
    [
        (
            "Syrskyi said on March 12 that troops had moved to better lines. "
            "On March 14 Russian forces captured 10 sq km near Sudzha.",
            "en",
            10,
            "2025-03-14",
        ),
        (
            "On June 4 the governor said the situation was difficult. By June 6 "
            "Russian forces had captured about 15 sq km near the border.",
            "en",
            15,
            "2025-06-06",
        ),
        (
            "The General Staff said on October 2 that fighting continued. On "
            "October 5 Ukrainian troops liberated 12 sq km near the village.",
            "en",
            12,
            "2025-10-05",
        ),
        (
            "Сирський 12 березня заявив про маневр на вигідніші рубежі. Станом "
            "на 13 березня під контролем ЗСУ залишалося близько 200 кв. км.",
            "uk",
            200,
            "2025-03-13",
        ),
        (
            "Губернатор 4 червня заявив, що ситуація складна. До 6 червня "
            "російські війська захопили близько 15 кв. км поблизу кордону.",
            "uk",
            15,
            "2025-06-06",
        ),
        (
            "Генштаб 2 жовтня повідомив, що бої тривають. 5 жовтня українські "
            "війська звільнили 12 кв. км поблизу села.",
            "uk",
            12,
            "2025-10-05",
        ),
        (
            "Сырский 12 марта заявил о маневре на более выгодные рубежи. На 13 "
            "марта под контролем ВСУ оставалось около 200 кв. км.",
            "ru",
            200,
            "2025-03-13",
        ),
        (
            "Губернатор 4 июня заявил, что ситуация сложная. К 6 июня "
            "российские войска захватили около 15 кв. км у границы.",
            "ru",
            15,
            "2025-06-06",
        ),
        (
            "Генштаб 2 октября сообщил, что бои продолжаются. 5 октября "
            "украинские войска освободили 12 кв. км у села.",
            "ru",
            12,
            "2025-10-05",
        ),
    ],
)
def test_later_day_after_a_carried_statement_day_keeps_the_year(
    text: str, lang: str, area: float, day: str
) -> None:
    got = _areas(text, lang, date(2025, 10, 20))
    ends = [(s, e) for a, s, e in got if a == float(area)]
    assert ends
    assert all(e == day and s in ("None", day) for s, e in ends)
