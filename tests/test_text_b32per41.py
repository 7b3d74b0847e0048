"""Session 41, b32per: blind32's period classes (chronologies: a day told
relative to the day named before it, a year carried along a timeline), in
phrasings of our own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 3, 20)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "On 3 March Russian troops captured Vodiane. Two days later "
            "Ukrainian forces retook the village.",
            "en",
            date(2025, 3, 5),
        ),
        (
            "Russian forces took Lozova on 2 March, the ministry said. A week "
            "later, Ukrainian troops liberated Lozova again.",
            "en",
            date(2025, 3, 9),
        ),
        (
            "On 1 March, Ukrainian units liberated Yampil. Three days later "
            "Russian forces recaptured Yampil, bloggers said.",
            "en",
            date(2025, 3, 4),
        ),
        (
            "3 березня росіяни захопили Водяне. Через два дні українські "
            "військові звільнили село.",
            "uk",
            date(2025, 3, 5),
        ),
        (
            "2 березня ворог окупував Лозову. Через тиждень ЗСУ звільнили Лозову.",
            "uk",
            date(2025, 3, 9),
        ),
        (
            "1 березня Сили оборони звільнили Ямпіль, а три дні по тому "
            "окупанти знову захопили Ямпіль.",
            "uk",
            date(2025, 3, 4),
        ),
        (
            "3 марта российские войска взяли Водяное. Спустя неделю ВСУ "
            "освободили село.",
            "ru",
            date(2025, 3, 10),
        ),
        (
            "2 марта ВСУ оставили Лозовую. Через два дня российские войска "
            "заняли Лозовую полностью.",
            "ru",
            date(2025, 3, 4),
        ),
        (
            "1 марта армия России освободила Ямполь, однако спустя три дня "
            "ВСУ отбили Ямполь.",
            "ru",
            date(2025, 3, 4),
        ),
    ],
)
def test_days_later_count_on_from_the_day_named_last(text, language, day):
    """ "two days later" / "через тиждень" / "спустя три дня": that many days
    after the day the text named last (as "the next day" is one)."""
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=language)
        if c.kind == "settlement_control"
    ]
    assert len(claims) >= 2, [(c.kind, c.period_text) for c in claims]
    last = claims[-1]
    assert (last.period_start, last.period_end) == (day, day), last.period_text


ANNIVERSARY = date(2025, 9, 12)  # a look back, a year and more on


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "On 9 September 2024 Ukrainian forces liberated Hlyboke, which "
            "Russian troops had captured on 2 May.",
            "en",
            date(2024, 5, 2),
        ),
        (
            "Russian forces captured Kozacha Lopan on 30 October 2024. On 4 "
            "January, Ukrainian troops liberated Kozacha Lopan.",
            "en",
            date(2025, 1, 4),
        ),
        (
            "Ukrainian troops liberated Lozova on 1 August 2024. On 3 August, "
            "Russian forces recaptured Lozova, bloggers said.",
            "en",
            date(2024, 8, 3),
        ),
        (
            "9 вересня 2024 року ЗСУ звільнили Глибоке, яке окупанти захопили "
            "ще 2 травня.",
            "uk",
            date(2024, 5, 2),
        ),
        (
            "30 жовтня 2024 року росіяни захопили Козачу Лопань. 4 січня "
            "українські військові звільнили Козачу Лопань.",
            "uk",
            date(2025, 1, 4),
        ),
        (
            "1 серпня 2024 року Сили оборони звільнили Лозову. Напередодні, "
            "31 липня, ворог окупував Лозову.",
            "uk",
            date(2024, 7, 31),
        ),
        (
            "9 сентября 2024 года ВСУ освободили Глубокое, которое российские "
            "войска заняли ещё 2 мая.",
            "ru",
            date(2024, 5, 2),
        ),
        (
            "30 октября 2024 года армия России взяла Казачью Лопань. 4 января "
            "ВСУ освободили Казачью Лопань.",
            "ru",
            date(2025, 1, 4),
        ),
        (
            "1 августа 2024 года ВСУ освободили Лозовую. Накануне, 31 июля, "
            "российские войска заняли Лозовую.",
            "ru",
            date(2024, 7, 31),
        ),
    ],
)
def test_a_timeline_carries_its_year(text, language, day):
    """A day and month with no year told after a day of an earlier year: the
    year that puts it nearest that day, not the latest such day before
    publication."""
    claims = [
        c
        for c in extract_claims(text, published=ANNIVERSARY, language=language)
        if c.kind == "settlement_control" and c.period_text
    ]
    got = {(c.period_start, c.period_end) for c in claims}
    assert (day, day) in got, [(c.period_text, c.period_start) for c in claims]


YEAR_END = date(2025, 12, 30)  # a month-by-month look back at the year


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        (
            "The year on the Lyman front\n\nMarch: Russian troops captured "
            "Torske after weeks of assaults.\nJune: Ukrainian forces liberated "
            "Zarichne, the brigade said.",
            "en",
            (date(2025, 6, 1), date(2025, 6, 30)),
        ),
        (
            "How the front moved\n\nApril. The pace slowed.\nJuly. Russian "
            "forces advanced 4 km near Yampil, analysts said.",
            "en",
            (date(2025, 7, 1), date(2025, 7, 31)),
        ),
        (
            "Month by month\n\nAugust - September: Ukrainian troops pushed 6 km "
            "south of Kupiansk.",
            "en",
            (date(2025, 8, 1), date(2025, 9, 30)),
        ),
        (
            "Як рухався фронт\n\nБерезень. Росіяни захопили Торське.\nЧервень. "
            "ЗСУ звільнили Зарічне, повідомила бригада.",
            "uk",
            (date(2025, 6, 1), date(2025, 6, 30)),
        ),
        (
            "Рік на фронті\n\nЛипень: окупанти просунулися на 4 кілометри біля Ямполя.",
            "uk",
            (date(2025, 7, 1), date(2025, 7, 31)),
        ),
        (
            "Хроніка\n\nСерпень — вересень. Сили оборони просунулися на 6 "
            "кілометрів південніше Куп'янська.",
            "uk",
            (date(2025, 8, 1), date(2025, 9, 30)),
        ),
        (
            "Как менялся фронт\n\nМарт. Российские войска заняли Торское.\n"
            "Июнь. ВСУ освободили Заречное, сообщила бригада.",
            "ru",
            (date(2025, 6, 1), date(2025, 6, 30)),
        ),
        (
            "Итоги года\n\nИюль: российские войска продвинулись на 4 км у Ямполя.",
            "ru",
            (date(2025, 7, 1), date(2025, 7, 31)),
        ),
        (
            "Хроника\n\nАвгуст — сентябрь. ВСУ продвинулись на 6 км южнее Купянска.",
            "ru",
            (date(2025, 8, 1), date(2025, 9, 30)),
        ),
    ],
)
def test_a_month_heading_its_paragraph_dates_its_claims(text, language, span):
    """ "June: …" / "Червень. …" / "Август — сентябрь. …" opening a paragraph
    of a month-by-month explainer: its undated claims are of that month (or
    months), the latest such by publication."""
    claims = extract_claims(text, published=YEAR_END, language=language)
    assert claims, text
    last = claims[-1]
    assert (last.period_start, last.period_end) == span, last.period_text


def test_a_running_month_heading_is_told_of_now():
    """The month still running when the text is published dates nothing: its
    fights go on today."""
    text = (
        "The year on the front\n\nDecember: fighting continues in Siversk, the "
        "General Staff said."
    )
    claims = extract_claims(text, published=YEAR_END, language="en")
    assert claims
    assert claims[-1].period_end == YEAR_END
    assert claims[-1].period_start in (None, YEAR_END)


MONDAY = date(2025, 9, 15)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Last week Russian troops attacked near Siversk, and on Thursday "
            "Ukrainian forces advanced 2 km near Serebrianka.",
            "en",
            date(2025, 9, 11),
        ),
        (
            "Over the past week fighting raged near Lyman; on Saturday Ukrainian "
            "units liberated Torske.",
            "en",
            date(2025, 9, 13),
        ),
        (
            "Last week the enemy stormed positions near Kupiansk, but on "
            "Wednesday Ukrainian troops recaptured Kindrashivka.",
            "en",
            date(2025, 9, 10),
        ),
        (
            "Минулого тижня росіяни атакували біля Сіверська, а в четвер ЗСУ "
            "просунулися на 2 кілометри біля Серебрянки.",
            "uk",
            date(2025, 9, 11),
        ),
        (
            "За тиждень тривали бої біля Лимана, а в суботу українські "
            "підрозділи звільнили Торське.",
            "uk",
            date(2025, 9, 13),
        ),
        (
            "Минулого тижня ворог штурмував позиції біля Куп'янська, але в "
            "середу наші військові звільнили Кіндрашівку.",
            "uk",
            date(2025, 9, 10),
        ),
        (
            "На прошлой неделе ВСУ атаковали у Северска, а в четверг российские "
            "войска продвинулись на 2 км у Серебрянки.",
            "ru",
            date(2025, 9, 11),
        ),
        (
            "За неделю шли бои у Лимана, а в субботу российские подразделения "
            "заняли Торское.",
            "ru",
            date(2025, 9, 13),
        ),
        (
            "На прошлой неделе противник штурмовал позиции у Купянска, но в "
            "среду ВСУ освободили Кондрашовку.",
            "ru",
            date(2025, 9, 10),
        ),
    ],
)
def test_a_weekday_opening_its_own_clause_beats_the_span_before(text, language, day):
    """ "last week …, and on Thursday X advanced" / "минулого тижня …, а в
    четвер …" / "на прошлой неделе …, а в четверг …": the second claim is of
    its own day, not of the week told in the clause before."""
    claims = [
        c
        for c in extract_claims(text, published=MONDAY, language=language)
        if c.kind != "fighting"
    ]
    assert claims, text
    last = claims[-1]
    assert (last.period_start, last.period_end) == (day, day), last.period_text
