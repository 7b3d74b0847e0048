"""Period families, third round (issue 8): periods stated once for a report.

Every sentence is written for this test (no dev, blind or article text); each
family is tried in three phrasings per language where it applies, through the
real extractor, from a publication day. The text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.period_rules import report_title, stated_now
from frontline.text.periods import find_periods, resolve

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


# ---- rows of the resolver table (three phrasings per language) -------------
# PUB is Thursday 17 October 2024: the previous Monday–Sunday is 7–13 October
D = date
ROW_CASES = [
    # "за минулий тиждень" is "over the past week": −7 … −1, as CONVENTIONS
    # reads "за тиждень" (PERIODS31; it was the calendar week before)
    ("uk", "За минулий тиждень ворог просунувся", (D(2024, 10, 10), D(2024, 10, 16))),
    ("uk", "бригада за минулий тиждень звільнила", (D(2024, 10, 10), D(2024, 10, 16))),
    ("uk", "і за минулий тиждень відбито 40 атак", (D(2024, 10, 10), D(2024, 10, 16))),
    # "за прошлую неделю" stays the calendar week before
    ("ru", "За прошлую неделю войска продвинулись", (D(2024, 10, 7), D(2024, 10, 13))),
    ("ru", "отряды за прошлую неделю заняли", (D(2024, 10, 7), D(2024, 10, 13))),
    ("ru", "а за прошлую неделю отражено 40 атак", (D(2024, 10, 7), D(2024, 10, 13))),
    # a duration of a change told now: the past N days or weeks
    ("en", "moved 600 metres in three days", (D(2024, 10, 14), D(2024, 10, 16))),
    ("en", "took 9 sq km over two weeks", (D(2024, 10, 3), D(2024, 10, 16))),
    ("en", "within four days the unit pushed on", (D(2024, 10, 13), D(2024, 10, 16))),
    ("uk", "протягом двох тижнів просунулися", (D(2024, 10, 3), D(2024, 10, 16))),
    ("uk", "впродовж трьох діб відбили", (D(2024, 10, 14), D(2024, 10, 16))),
    ("uk", "упродовж п'яти днів ворог", (D(2024, 10, 12), D(2024, 10, 16))),
    ("ru", "в течение двух недель продвинулись", (D(2024, 10, 3), D(2024, 10, 16))),
    ("ru", "в течение трёх суток отражали", (D(2024, 10, 14), D(2024, 10, 16))),
    ("ru", "в течение пяти дней противник", (D(2024, 10, 12), D(2024, 10, 16))),
    # a fight going on for N days: those days, the statement day included
    ("en", "fighting for the third day near", (D(2024, 10, 15), D(2024, 10, 17))),
    ("en", "have attacked for four days now", (D(2024, 10, 14), D(2024, 10, 17))),
    ("en", "for the fifth straight day", (D(2024, 10, 13), D(2024, 10, 17))),
    ("uk", "вже третій день штурмують", (D(2024, 10, 15), D(2024, 10, 17))),
    ("uk", "бої тривають уже другу добу", (D(2024, 10, 16), D(2024, 10, 17))),
    ("uk", "атакують четвертий день поспіль", (D(2024, 10, 14), D(2024, 10, 17))),
    ("ru", "уже третьи сутки штурмуют", (D(2024, 10, 15), D(2024, 10, 17))),
    ("ru", "бои идут пятый день подряд", (D(2024, 10, 13), D(2024, 10, 17))),
    ("ru", "атакуют уже второй день", (D(2024, 10, 16), D(2024, 10, 17))),
    # a ten-day part of a month
    ("en", "in the first ten days of October", (D(2024, 10, 1), D(2024, 10, 10))),
    ("en", "during the second decade of September", (D(2024, 9, 11), D(2024, 9, 20))),
    ("en", "in the last ten days of August 2023", (D(2023, 8, 21), D(2023, 8, 31))),
    ("uk", "у першій декаді жовтня", (D(2024, 10, 1), D(2024, 10, 10))),
    ("uk", "в другій декаді вересня", (D(2024, 9, 11), D(2024, 9, 20))),
    ("uk", "за останні десять днів серпня", (D(2024, 8, 21), D(2024, 8, 31))),
    ("ru", "в первой декаде октября", (D(2024, 10, 1), D(2024, 10, 10))),
    ("ru", "во второй декаде сентября", (D(2024, 9, 11), D(2024, 9, 20))),
    ("ru", "в последней декаде февраля 2024", (D(2024, 2, 21), D(2024, 2, 29))),
]


@pytest.mark.parametrize(("lang", "text", "span"), ROW_CASES)
def test_resolver_rows(lang: str, text: str, span: tuple[date, date]) -> None:
    found = find_periods(text, lang)
    assert found, text
    assert resolve(found[0], PUB) == span


# ---- "a week earlier": the week before the one named before it -------------
WEEK_BEFORE_CASES = [
    ("en", "Russia took 210 sq km last week, up from 150 sq km a week earlier."),
    (
        "en",
        "Over the past week the army gained 40 sq km, against 25 sq km the "
        "week before.",
    ),
    ("en", "Kyiv regained 12 sq km last week and 9 sq km the preceding week."),
    ("uk", "Минулого тижня росіяни захопили 210 кв. км, тижнем раніше — 150 кв. км."),
    ("uk", "За минулий тиждень ворог окупував 90 кв. км, а тижнем раніше — 70 кв. км."),
    ("uk", "Минулого тижня звільнено 12 кв. км, а за попередній тиждень — 9 кв. км."),
    ("ru", "На прошлой неделе войска заняли 210 кв. км, неделей ранее — 150 кв. км."),
    ("ru", "За прошлую неделю освобождено 90 кв. км, неделей раньше — 70 кв. км."),
    (
        "ru",
        "На прошлой неделе ВСУ потеряли 40 кв. км, а за предыдущую неделю — 25 кв. км.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), WEEK_BEFORE_CASES)
def test_a_week_earlier_is_the_week_before_the_named_one(lang: str, text: str) -> None:
    found = sorted(
        (c for c in claims(text, lang) if c.kind == "area_change"),
        key=lambda c: c.char_start,
    )
    assert len(found) == 2, [c.quote for c in found]
    first, second = found
    if first.period_start == D(2024, 10, 7):  # "last week": 7–13 October
        assert (second.period_start, second.period_end) == (
            D(2024, 9, 30),
            D(2024, 10, 6),
        )
    else:  # "over the past week": 10–16 October
        assert (first.period_start, first.period_end) == (
            D(2024, 10, 10),
            D(2024, 10, 16),
        )
        assert (second.period_start, second.period_end) == (
            D(2024, 10, 3),
            D(2024, 10, 9),
        )


def test_a_week_earlier_alone_is_a_day() -> None:
    p = find_periods("Moscow had said a week earlier that it took Dubrava", "en")[0]
    assert resolve(p, PUB) == (D(2024, 10, 10), D(2024, 10, 10))


# ---- reported speech: the present moved back is the state when said --------
# (English only: Ukrainian and Russian keep the present in reported speech,
# read by ``stated_now`` already)
BACKSHIFT_CASES = [
    "Petrenko said on Monday the brigade regained 4 sq km near Orlivka over the "
    "past week. He said the advance near Dubrava continued.",
    "Over the past week troops took 3 sq km near Orlivka, the general said on "
    "Monday. The general said his units were still advancing near Dubrava.",
    "Petrenko said on Monday that the army gained 2 sq km near Orlivka in the past "
    'week. "The enemy is not advancing near Dubrava," he added.',
]


@pytest.mark.parametrize("text", BACKSHIFT_CASES)
def test_said_it_continued_is_the_state_on_the_statement_day(text: str) -> None:
    monday = D(2024, 10, 14)
    c = claim_about(text, "en", "Dubrava")
    # (a fight told on a day is that day: the engine gives it a start too)
    assert c.period_end == monday and c.period_start in (None, monday)
    first = claim_about(text, "en", "Orlivka")
    assert (first.period_start, first.period_end) == (D(2024, 10, 7), D(2024, 10, 13))


def test_continued_for_a_span_is_no_present() -> None:
    assert stated_now("He said fighting continued for weeks near Y.", 8, "en") is None
    assert stated_now("He said fighting continued near Y.", 8, "en") is not None


# ---- "since <event> <date>": the claims after it run from that date ---------
# (the event told inside the span is a claim of its own, of that date)
SINCE_EVENT_CASES = [
    (
        "en",
        "Since the fall of Zorivka on October 2, Russian troops have advanced 6 km.",
        "advanced",
        D(2024, 10, 2),
    ),
    (
        "en",
        "Since capturing Zorivka in September, Russian forces have taken 90 sq km.",
        "taken",
        D(2024, 9, 1),
    ),
    (
        "en",
        "Since the capture of Zorivka on October 3, the army has seized 40 sq km.",
        "seized",
        D(2024, 10, 3),
    ),
    (
        "uk",
        "З моменту захоплення Зорівки 2 жовтня ворог просунувся на 6 км.",
        "просунувся",
        D(2024, 10, 2),
    ),
    (
        "uk",
        "З моменту падіння Зорівки 3 жовтня росіяни захопили 40 кв. км.",
        "захопили",
        D(2024, 10, 3),
    ),
    (
        "uk",
        "Відтоді, як росіяни захопили Зорівку 5 жовтня, вони просунулися на 4 км.",
        "просунулися",
        D(2024, 10, 5),
    ),
    (
        "ru",
        "С момента взятия Зоревки 2 октября войска продвинулись на 6 км.",
        "продвинулись",
        D(2024, 10, 2),
    ),
    (
        "ru",
        "С момента падения Зоревки 3 октября армия заняла 40 кв. км.",
        "заняла",
        D(2024, 10, 3),
    ),
    (
        "ru",
        "С тех пор как войска освободили Зоревку 5 октября, они продвинулись на 4 км.",
        "продвинулись на",
        D(2024, 10, 5),
    ),
]


@pytest.mark.parametrize(("lang", "text", "word", "start"), SINCE_EVENT_CASES)
def test_since_an_event_starts_the_claims_after_it(
    lang: str, text: str, word: str, start: date
) -> None:
    found = claims(text, lang)
    main = [c for c in found if word in c.quote and c.kind != "settlement_control"]
    assert main, [(c.kind, c.quote) for c in found]
    assert (main[-1].period_start, main[-1].period_end) == (start, PUB)
    assert main[-1].cumulative


# ---- the night: "overnight" is the statement day, "the night to Monday" is
# Monday's (PUB is Thursday 17 October; Monday is the 14th)
NIGHT_CASES = [
    ("en", "Overnight the enemy advanced near Stepky.", D(2024, 10, 17)),
    ("en", "Troops took Lypky late on Monday.", D(2024, 10, 14)),
    ("en", "On the night of October 14 the army retook Lypky.", D(2024, 10, 14)),
    ("uk", "Вночі ворог просунувся біля Степків.", D(2024, 10, 17)),
    ("uk", "Минулої ночі ЗСУ відбили Зорівку.", D(2024, 10, 17)),
    ("uk", "В ніч на понеділок ворог захопив Липки.", D(2024, 10, 14)),
    ("ru", "Ночью противник продвинулся у Степков.", D(2024, 10, 17)),
    ("ru", "Этой ночью ВСУ отбили Зоревку.", D(2024, 10, 17)),
    ("ru", "В ночь на понедельник войска заняли Липки.", D(2024, 10, 14)),
]


@pytest.mark.parametrize(("lang", "text", "day"), NIGHT_CASES)
def test_a_night_is_a_day(lang: str, text: str, day: date) -> None:
    found = claims(text, lang)
    assert len(found) == 1, [c.quote for c in found]
    assert (found[0].period_start, found[0].period_end) == (day, day)


# ---- an announcement's day is the announcement's, and a denial comes later --
# CONVENTIONS: "a claim only announced on a day": only period_end, that day
MONDAY = D(2024, 10, 14)
ANNOUNCED_CASES = [
    (
        "en",
        "The Russian ministry announced the capture of Lypky on Monday. Kyiv "
        "called the claim false.",
        "capture of Lypky",
    ),
    (
        "en",
        "Moscow claimed the capture of Lypky on Monday. Ukraine's army denied it.",
        "capture of Lypky",
    ),
    (
        "en",
        "On Monday the ministry announced the capture of Lypky. The General "
        "Staff rejected the claims.",
        "capture of Lypky",
    ),
    (
        "uk",
        "Міноборони Росії у понеділок заявило про захоплення Липок. У ЗСУ це "
        "спростували.",
        "захоплення Липок",
    ),
    (
        "uk",
        "Росіяни в понеділок оголосили про захоплення Липок. Генштаб ці "
        "твердження спростував.",
        "захоплення Липок",
    ),
    (
        "uk",
        "У понеділок окупанти заявили про захоплення Липок. Сили оборони це "
        "спростовують.",
        "захоплення Липок",
    ),
    (
        "ru",
        "Минобороны России в понедельник объявило об освобождении Липок. В ВСУ "
        "это опровергли.",
        "освобождении Липок",
    ),
    (
        "ru",
        "В понедельник в Москве заявили об освобождении Липок. Генштаб ВСУ эту "
        "информацию опроверг.",
        "освобождении Липок",
    ),
    (
        "ru",
        "Военные в понедельник объявили об освобождении Липок. Киев эти "
        "сведения опроверг.",
        "освобождении Липок",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), ANNOUNCED_CASES)
def test_a_denial_of_an_announcement_is_not_of_its_day(
    lang: str, text: str, words: str
) -> None:
    found = claims(text, lang)
    told = [c for c in found if words in c.quote and not c.negated]
    denied = [c for c in found if c.negated]
    assert told and denied, [(c.quote, c.negated) for c in found]
    assert (told[0].period_start, told[0].period_end) == (None, MONDAY)
    assert denied[-1].period_end == PUB


# ---- a span of weekdays: the latest such end day, and its start before it ---
WEEKDAY_SPAN_CASES = [
    ("en", "from Monday to Wednesday the brigade pushed on", (14, 16)),
    ("en", "between Saturday and Monday the enemy took", (12, 14)),
    ("en", "from Friday through Sunday troops advanced", (11, 13)),
    ("uk", "з понеділка по середу бригада просунулася", (14, 16)),
    ("uk", "від вівторка до четверга ворог атакував", (15, 17)),
    ("uk", "з п'ятниці по неділю війська просунулися", (11, 13)),
    ("ru", "с понедельника по среду бригада продвинулась", (14, 16)),
    ("ru", "со вторника до четверга противник атаковал", (15, 17)),
    ("ru", "с пятницы по воскресенье войска продвинулись", (11, 13)),
]


@pytest.mark.parametrize(("lang", "text", "days"), WEEKDAY_SPAN_CASES)
def test_a_span_of_weekdays(lang: str, text: str, days: tuple[int, int]) -> None:
    p = find_periods(text, lang)[0]
    assert resolve(p, PUB) == (D(2024, 10, days[0]), D(2024, 10, days[1]))


@pytest.mark.parametrize(
    "text", ["over the past fortnight", "in the last fortnight", "the past fortnight"]
)
def test_a_fortnight_is_two_weeks(text: str) -> None:
    p = find_periods(text, "en")[0]
    assert resolve(p, PUB) == (D(2024, 10, 3), D(2024, 10, 16))


# ---- a period stated once for a list: its items without a time of their own -
LIST_CASES = [
    (
        "en",
        "Over the past week, the General Staff reported:\n- Russian troops "
        "captured Orlivka;\n- the enemy advanced near Dubrava;\n- units took Stepky.",
        (D(2024, 10, 10), D(2024, 10, 16)),
    ),
    (
        "en",
        "In September, according to the analysts:\n• Russian forces took "
        "Orlivka;\n• they advanced 2 km near Dubrava.",
        (D(2024, 9, 1), D(2024, 9, 30)),
    ),
    (
        "en",
        "Last week's main changes:\n1. Russian troops entered Orlivka.\n2. "
        "Ukrainian units retook Dubrava.",
        (D(2024, 10, 7), D(2024, 10, 13)),
    ),
    (
        "uk",
        "За тиждень, за даними Генштабу:\n— ворог захопив Орлівку;\n— "
        "просунувся біля Дубрової.",
        (D(2024, 10, 10), D(2024, 10, 16)),
    ),
    (
        "uk",
        "У вересні, за оцінкою аналітиків:\n- росіяни окупували Орлівку;\n- "
        "ворог просунувся на 2 км біля Дубрової.",
        (D(2024, 9, 1), D(2024, 9, 30)),
    ),
    (
        "uk",
        "Минулого тижня на фронті:\n1) ворог зайшов в Орлівку;\n2) ЗСУ звільнили "
        "Дуброву.",
        (D(2024, 10, 7), D(2024, 10, 13)),
    ),
    (
        "ru",
        "За неделю, по данным Минобороны:\n- освобождена Орловка;\n- войска "
        "продвинулись у Дубравы на 2 км.",
        (D(2024, 10, 10), D(2024, 10, 16)),
    ),
    (
        "ru",
        "В сентябре, по оценке аналитиков:\n• войска заняли Орловку;\n• "
        "продвинулись у Дубравы.",
        (D(2024, 9, 1), D(2024, 9, 30)),
    ),
    (
        "ru",
        "На прошлой неделе на фронте:\n1. войска вошли в Орловку;\n2. ВСУ "
        "отбили Дубраву.",
        (D(2024, 10, 7), D(2024, 10, 13)),
    ),
]


@pytest.mark.parametrize(("lang", "text", "span"), LIST_CASES)
def test_a_lists_intro_dates_its_items(
    lang: str, text: str, span: tuple[date, date]
) -> None:
    found = claims(text, lang)
    assert len(found) >= 2, [c.quote for c in found]
    for c in found:
        assert (c.period_start, c.period_end) == span, c.quote


def test_a_list_ends_with_its_items() -> None:
    text = (
        "Over the past week, the General Staff reported:\n- Russian troops "
        "captured Orlivka.\nOn Wednesday Ukrainian units retook Dubrava."
    )
    last = claim_about(text, "en", "Dubrava")
    assert (last.period_start, last.period_end) == (DAY_BEFORE, DAY_BEFORE)


# ---- a weekly roundup's name is its week ("Итоги недели: …") ----------------
ROUNDUP_NAME_CASES = [
    ("en", "The week in review: Russian troops took Orlivka"),
    ("en", "Front line: the week in review"),
    ("en", "In the week in review, the army regained Dubrava"),
    ("uk", "Підсумки тижня: ворог захопив Орлівку"),
    ("uk", "За підсумками тижня ЗСУ звільнили Дуброву"),
    ("uk", "Головне: підсумки минулого тижня на фронті"),
    ("ru", "Итоги недели: освобождена Орловка"),
    ("ru", "По итогам недели войска заняли Дубраву"),
    ("ru", "Главное: итоги прошедшей недели на фронте"),
]


@pytest.mark.parametrize(("lang", "text"), ROUNDUP_NAME_CASES)
def test_a_weekly_roundups_name_is_its_week(lang: str, text: str) -> None:
    p = find_periods(text, lang)[0]
    assert resolve(p, PUB) == (D(2024, 10, 10), D(2024, 10, 16))


# ---- a sentence that goes on ("They also …") keeps the day of the one before
CONTINUED_CASES = [
    (
        "en",
        "On Monday Russian troops captured Orlivka. They also advanced near Dubrava.",
        "Dubrava",
    ),
    (
        "en",
        "Ukrainian units retook Orlivka on October 14. In addition, the brigade "
        "pushed forward near Dubrava.",
        "Dubrava",
    ),
    (
        "en",
        "On October 14 the enemy entered Orlivka. It also advanced 2 km near Dubrava.",
        "Dubrava",
    ),
    (
        "uk",
        "У понеділок російські війська захопили Орлівку. Також вони "
        "просунулися біля Дубрової.",
        "Дубрової",
    ),
    (
        "uk",
        "14 жовтня ЗСУ звільнили Орлівку. Крім того, бригада просунулася біля "
        "Дубрової.",
        "Дубрової",
    ),
    (
        "uk",
        "Ворог у понеділок зайшов в Орлівку. Він також просунувся на 2 км біля "
        "Дубрової.",
        "Дубрової",
    ),
    (
        "ru",
        "В понедельник российские войска заняли Орловку. Также они "
        "продвинулись у Дубравы.",
        "Дубравы",
    ),
    (
        "ru",
        "14 октября ВСУ отбили Орловку. Кроме того, бригада продвинулась у Дубравы.",
        "Дубравы",
    ),
    (
        "ru",
        "Противник в понедельник вошел в Орловку. Он также продвинулся на 2 км "
        "у Дубравы.",
        "Дубравы",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), CONTINUED_CASES)
def test_a_sentence_that_goes_on_keeps_the_day(
    lang: str, text: str, place: str
) -> None:
    c = claim_about(text, lang, place)
    assert (c.period_start, c.period_end) == (MONDAY, MONDAY)


def test_a_new_sentence_does_not_keep_the_day() -> None:
    text = "On Monday Russian troops captured Orlivka. Ukrainian units hold Dubrava."
    c = claim_about(text, "en", "Dubrava")
    assert c.period_end == PUB
