"""Period families, fourth round (issue 8): rolling months, pairs of weekdays,
days ago, since a season, quarters, parts of weeks, and a roundup's month
that a newer span ends.

Every sentence is written for this test (no dev, blind or article text); each
row is tried in three phrasings per language where it applies. The text tests
never read ../shared.
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.dateline import statement_dateline
from frontline.text.periods import find_periods, is_cumulative, resolve

PUB = date(2025, 6, 12)  # a Thursday


def only(text: str, lang: str):
    """The one time expression of ``text``."""
    (m,) = find_periods(text, lang)
    return m


# ---- "over the past month": the 30 days before (as "the past week") --------
PAST_MONTH = [
    ("en", "the brigade gained 4 km over the past month"),
    ("en", "in the past month the enemy took 30 sq km"),
    ("en", "during the last month our units pushed 2 km"),
    ("uk", "за останній місяць ворог просунувся на 3 км"),
    ("uk", "протягом останнього місяця сили оборони звільнили 12 кв. км"),
    ("uk", "впродовж останнього місяця бригада відбила два села"),
    ("ru", "за последний месяц противник продвинулся на 3 км"),
    ("ru", "за прошедший месяц войска заняли 25 кв. км"),
    ("ru", "в течение последнего месяца бригада продвинулась на 2 км"),
]


@pytest.mark.parametrize(("lang", "text"), PAST_MONTH)
def test_the_past_month_is_the_thirty_days_before(lang: str, text: str) -> None:
    m = only(text, lang)
    assert resolve(m, PUB) == (date(2025, 5, 13), date(2025, 6, 11))
    assert is_cumulative(m, PUB) is False


LAST_MONTH = [
    ("en", "the enemy took 30 sq km last month"),
    ("uk", "за минулий місяць ворог захопив 30 кв. км"),
    ("ru", "за прошлый месяц противник занял 30 кв. км"),
]


@pytest.mark.parametrize(("lang", "text"), LAST_MONTH)
def test_last_month_stays_the_calendar_month(lang: str, text: str) -> None:
    assert resolve(only(text, lang), PUB) == (date(2025, 5, 1), date(2025, 5, 31))


# ---- "on Tuesday and Wednesday": both days --------------------------------
WEEKDAY_PAIRS = [
    ("en", "troops repelled attacks on Tuesday and Wednesday", (10, 11)),
    ("en", "the enemy pushed forward on Saturday and on Sunday", (7, 8)),
    ("en", "assault groups attacked Monday and Tuesday", (9, 10)),
    ("uk", "у вівторок і середу ворог штурмував позиції", (10, 11)),
    ("uk", "в суботу та в неділю бригада просунулася", (7, 8)),
    ("uk", "у понеділок й вівторок тривали бої", (9, 10)),
    ("ru", "во вторник и среду противник штурмовал позиции", (10, 11)),
    ("ru", "в субботу и в воскресенье бригада продвинулась", (7, 8)),
    ("ru", "в понедельник и вторник шли бои", (9, 10)),
]


@pytest.mark.parametrize(("lang", "text", "days"), WEEKDAY_PAIRS)
def test_a_pair_of_weekdays_is_both_days(
    lang: str, text: str, days: tuple[int, int]
) -> None:
    m = only(text, lang)
    assert resolve(m, PUB) == (date(2025, 6, days[0]), date(2025, 6, days[1]))


# ---- "two days ago": that day ---------------------------------------------
DAYS_AGO = [
    ("en", "the village was taken two days ago", 10),
    ("en", "three days ago the unit withdrew from the hill", 9),
    ("en", "our troops entered the town 5 days ago", 7),
    ("uk", "два дні тому ворог зайшов у село", 10),
    ("uk", "бригада відійшла з висоти три дні тому", 9),
    ("uk", "п'ять днів тому війська звільнили хутір", 7),
    ("ru", "два дня назад противник вошёл в село", 10),
    ("ru", "бригада отошла с высоты три дня назад", 9),
    ("ru", "пять дней назад войска освободили хутор", 7),
]


@pytest.mark.parametrize(("lang", "text", "day"), DAYS_AGO)
def test_days_ago_is_that_day(lang: str, text: str, day: int) -> None:
    assert resolve(only(text, lang), PUB) == (date(2025, 6, day),) * 2


# ---- "since the start of the summer": the season's first day … now ---------
SINCE_SEASON = [
    ("en", "since the start of spring the enemy has taken 400 sq km", (2025, 3)),
    ("en", "since the beginning of the winter troops gained 90 sq km", (2024, 12)),
    ("en", "since autumn 2024 the front has moved 20 km", (2024, 9)),
    ("uk", "з початку весни ворог захопив 400 кв. км", (2025, 3)),
    ("uk", "від початку зими сили оборони звільнили 90 кв. км", (2024, 12)),
    ("uk", "з осені 2024 року фронт зсунувся на 20 км", (2024, 9)),
    ("ru", "с начала весны противник занял 400 кв. км", (2025, 3)),
    ("ru", "с начала зимы войска освободили 90 кв. км", (2024, 12)),
    ("ru", "с осени 2024 года фронт сдвинулся на 20 км", (2024, 9)),
]


@pytest.mark.parametrize(("lang", "text", "first"), SINCE_SEASON)
def test_since_a_season_runs_to_the_statement(
    lang: str, text: str, first: tuple[int, int]
) -> None:
    m = only(text, lang)
    assert resolve(m, PUB) == (date(*first, 1), PUB)
    assert is_cumulative(m, PUB) is True


def test_a_season_not_yet_begun_is_last_years() -> None:
    m = only("since the start of the summer the enemy took 50 sq km", "en")
    assert resolve(m, date(2025, 5, 2)) == (date(2024, 6, 1), date(2025, 5, 2))


# ---- "since the start of the week", "from March 1" ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "since the start of the week the enemy attacked 40 times",
        "from the beginning of the week troops advanced 2 km",
        "since the beginning of this week the brigade took two villages",
    ],
)
def test_since_the_start_of_the_week_is_this_week(text: str) -> None:
    assert resolve(only(text, "en"), PUB) == (date(2025, 6, 9), PUB)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("From March 1, the enemy has taken 600 sq km", (date(2025, 3, 1), PUB)),
        ("from April 3rd troops have advanced 9 km", (date(2025, 4, 3), PUB)),
        (
            "from May 2, 2024 the brigade has held the line",
            (date(2024, 5, 2), PUB),
        ),
        # a range stays a range
        (
            "from March 1 to March 9 troops took 40 sq km",
            (date(2025, 3, 1), date(2025, 3, 9)),
        ),
        ("from March 1-9 troops took 40 sq km", (date(2025, 3, 1), date(2025, 3, 9))),
    ],
)
def test_from_a_date_runs_to_the_statement(text: str, span: tuple[date, date]) -> None:
    assert resolve(only(text, "en"), PUB) == span


# ---- a roundup's month ends where a newer span is named --------------------
# published a week after the month: the head's month dates the undated claims
# that follow it, until a claim names a newer span of its own (the past seven
# days); later undated claims are of the publication day
ROUNDUP = date(2025, 6, 6)
ROUNDUP_CASES = [
    (
        "en",
        "Monthly tally: May.\n\nIn May the enemy seized 410 sq km of land. "
        "In the past seven days it advanced another 70 sq km.\n\n"
        "The enemy has also captured the village of Zorivka.",
        "Zorivka",
    ),
    (
        "en",
        "Our monthly map review.\n\nIn May Russian troops captured 380 sq km. "
        "Over the past week they gained a further 60 sq km.\n\n"
        "Russian units entered the village of Lisne.",
        "Lisne",
    ),
    (
        "en",
        "The month in maps.\n\nIn May Russia took 395 sq km. Over the last "
        "five days it took 40 sq km more.\n\nRussian forces captured Dubky.",
        "Dubky",
    ),
    (
        "uk",
        "Підсумки травня.\n\nУ травні ворог окупував 410 кв. км. За останні "
        "сім днів противник просунувся ще на 70 кв. км.\n\n"
        "Окупанти також захопили село Зорівка.",
        "Зорівка",
    ),
    (
        "uk",
        "Огляд карти за місяць.\n\nУ травні росіяни захопили 380 кв. км. "
        "За минулий тиждень вони окупували ще 60 кв. км.\n\n"
        "Ворог зайшов у село Лісне.",
        "Лісне",
    ),
    (
        "uk",
        "Місячний підсумок.\n\nУ травні окупанти зайняли 395 кв. км. За "
        "останні п'ять днів ворог захопив ще 40 кв. км.\n\n"
        "Противник окупував Дубки.",
        "Дубки",
    ),
    (
        "ru",
        "Итоги мая.\n\nВ мае противник занял 410 кв. км. За последние семь "
        "дней войска продвинулись ещё на 70 кв. км.\n\n"
        "Также войска заняли село Зорёвка.",
        "Зорёвка",
    ),
    (
        "ru",
        "Обзор карты за месяц.\n\nВ мае армия заняла 380 кв. км. За прошедшую "
        "неделю войска заняли ещё 60 кв. км.\n\nВойска вошли в село Лесное.",
        "Лесное",
    ),
    (
        "ru",
        "Месячный итог.\n\nВ мае армия заняла 395 кв. км. За последние пять "
        "дней войска заняли ещё 40 кв. км.\n\nВойска освободили Дубки.",
        "Дубки",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), ROUNDUP_CASES)
def test_a_newer_span_ends_the_roundups_month(lang: str, text: str, place: str) -> None:
    found = extract_claims(text, published=ROUNDUP, language=lang)
    may = (date(2025, 5, 1), date(2025, 5, 31))
    assert any((c.period_start, c.period_end) == may for c in found), found
    last = [c for c in found if place in c.quote]
    assert last, [c.quote for c in found]
    assert last[-1].period_end == ROUNDUP
    assert last[-1].period_start in (None, ROUNDUP)


# ---- "in the first quarter (of 2025)": its three months ----------------------
QUARTERS = [
    ("en", "in the first quarter of 2024 the enemy took 300 sq km", (2024, 1, 3)),
    (
        "en",
        "during the first quarter of this year troops gained 90 sq km",
        (2025, 1, 3),
    ),
    ("en", "over the fourth quarter of 2024 the front moved 9 km", (2024, 10, 12)),
    ("uk", "у першому кварталі 2024 року ворог захопив 300 кв. км", (2024, 1, 3)),
    (
        "uk",
        "за перший квартал цього року сили оборони звільнили 90 кв. км",
        (2025, 1, 3),
    ),
    (
        "uk",
        "протягом четвертого кварталу 2024 року фронт зсунувся на 9 км",
        (2024, 10, 12),
    ),
    ("ru", "в первом квартале 2024 года противник занял 300 кв. км", (2024, 1, 3)),
    ("ru", "за первый квартал этого года войска освободили 90 кв. км", (2025, 1, 3)),
    (
        "ru",
        "в течение четвёртого квартала 2024 года фронт сдвинулся на 9 км",
        (2024, 10, 12),
    ),
]


@pytest.mark.parametrize(("lang", "text", "months"), QUARTERS)
def test_a_quarter_is_its_three_months(
    lang: str, text: str, months: tuple[int, int, int]
) -> None:
    year, first, last = months
    end = date(year, last, calendar.monthrange(year, last)[1])
    assert resolve(only(text, lang), PUB) == (date(year, first, 1), end)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "in the second quarter the enemy took 120 sq km"),
        ("uk", "у другому кварталі ворог захопив 120 кв. км"),
        ("ru", "во втором квартале противник занял 120 кв. км"),
    ],
)
def test_the_quarter_under_way_runs_to_the_statement(lang: str, text: str) -> None:
    assert resolve(only(text, lang), PUB) == (date(2025, 4, 1), PUB)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "in the second quarter the enemy took two villages"),
        ("uk", "у другому кварталі ворог захопив два села"),
        ("ru", "во втором квартале противник занял два села"),
    ],
)
def test_a_quarter_with_no_figure_is_still_found(lang: str, text: str) -> None:
    # no digit in the sentence: the cheap time gate must know the quarter word
    assert resolve(only(text, lang), PUB) == (date(2025, 4, 1), PUB)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "fighting in the first quarter of the town went on"),
        ("uk", "бої у першому кварталі міста тривали"),
        ("ru", "бои в первом квартале города продолжались"),
    ],
)
def test_a_towns_quarter_is_no_time(lang: str, text: str) -> None:
    assert find_periods(text, lang) == []


# ---- early this week, late last week, overnight ---------------------------
WEEK_PARTS = [
    ("uk", "на початку тижня ворог зайшов у село", (date(2025, 6, 9), PUB)),
    ("uk", "на початку цього тижня бригада відбила висоту", (date(2025, 6, 9), PUB)),
    ("uk", "на початку поточного тижня ворог атакував", (date(2025, 6, 9), PUB)),
    ("ru", "в начале недели противник вошёл в село", (date(2025, 6, 9), PUB)),
    ("ru", "в начале этой недели бригада отбила высоту", (date(2025, 6, 9), PUB)),
    ("ru", "в начале текущей недели противник атаковал", (date(2025, 6, 9), PUB)),
    (
        "ru",
        "в конце прошлой недели противник вошёл в село",
        (date(2025, 6, 2), date(2025, 6, 8)),
    ),
    (
        "ru",
        "в середине прошлой недели бригада отбила высоту",
        (date(2025, 6, 2), date(2025, 6, 8)),
    ),
    (
        "ru",
        "в начале минувшей недели противник атаковал",
        (date(2025, 6, 2), date(2025, 6, 8)),
    ),
    ("ru", "за ночь противник атаковал позиции пять раз", (PUB, PUB)),
    ("ru", "за прошедшую ночь отражены три атаки", (PUB, PUB)),
    ("ru", "за минувшую ночь бригада отбила две атаки", (PUB, PUB)),
]


@pytest.mark.parametrize(("lang", "text", "span"), WEEK_PARTS)
def test_parts_of_weeks_and_nights(
    lang: str, text: str, span: tuple[date, date]
) -> None:
    assert resolve(only(text, lang), PUB) == span


# ---- a header line with a time: the day the story was told ------------------
HEADER_LINES = [
    ("en", "Tuesday, June 10, 2025 6:40 PM\nTroops took the village of Lisne."),
    ("en", "Updated: 10 June 2025 18:40 GMT+3\nTroops took the village of Lisne."),
    ("en", "June 10, 2025 at 9:05 a.m. ET\nTroops took the village of Lisne."),
    ("uk", "18:40, 10 червня 2025\nВорог захопив село Лісне."),
    ("uk", "10 червня 2025 | 18:40\nВорог захопив село Лісне."),
    ("uk", "Оновлено: 10.06.2025 18:40\nВорог захопив село Лісне."),
    ("ru", "10 июня 2025 г., 18:40 МСК\nВойска заняли село Лесное."),
    ("ru", "18:40, 10.06.2025\nВойска заняли село Лесное."),
    ("ru", "Обновлено: 10 июня 2025 18:40\nВойска заняли село Лесное."),
]


@pytest.mark.parametrize(("lang", "text"), HEADER_LINES)
def test_a_header_line_with_a_time_dates_the_story(lang: str, text: str) -> None:
    assert statement_dateline(text, PUB) == date(2025, 6, 10)
    found = extract_claims(text, published=PUB, language=lang)
    assert found, text
    assert found[-1].period_end == date(2025, 6, 10)


@pytest.mark.parametrize(
    "text",
    [
        "10 June troops took the village of Lisne, officials said.",
        "The 10 June fighting | details",
        "On June 10 troops took the village of Lisne.",
    ],
)
def test_a_date_in_a_sentence_is_no_header(text: str) -> None:
    assert statement_dateline(text, PUB) is None


# ---- the night from one day to the next is of the second; "9-го червня" -----
NIGHTS_AND_ORDINALS = [
    ("uk", "у ніч з суботи на неділю ворог атакував позиції", (8, 8)),
    ("uk", "в ніч із п'ятниці на суботу бригада відбила штурм", (7, 7)),
    ("uk", "у ніч з понеділка на вівторок ворог зайшов у село", (10, 10)),
    ("ru", "в ночь с субботы на воскресенье противник атаковал", (8, 8)),
    ("ru", "в ночь с пятницы на субботу бригада отбила штурм", (7, 7)),
    ("ru", "в ночь с понедельника на вторник противник вошёл в село", (10, 10)),
    ("uk", "9-го червня ворог зайшов у село", (9, 9)),
    ("uk", "бригада відбила висоту 3-го червня", (3, 3)),
    ("uk", "бої тривали 5-го числа", (5, 5)),
    ("ru", "9-го июня противник вошёл в село", (9, 9)),
    ("ru", "бригада отбила высоту 3-го июня", (3, 3)),
    ("ru", "бои шли 5-го числа", (5, 5)),
]


@pytest.mark.parametrize(("lang", "text", "days"), NIGHTS_AND_ORDINALS)
def test_nights_and_ordinal_days(lang: str, text: str, days: tuple[int, int]) -> None:
    span = resolve(only(text, lang), PUB)
    assert span == (date(2025, 6, days[0]), date(2025, 6, days[1]))


@pytest.mark.parametrize(
    ("lang", "text"),
    [("uk", "ворог атакує з суботи"), ("ru", "противник атакует с субботы")],
)
def test_since_a_weekday_stays_a_span(lang: str, text: str) -> None:
    assert resolve(only(text, lang), PUB) == (date(2025, 6, 7), PUB)


# ---- a headline told by the side that speaks on the lede's day --------------
# "Росія заявила про захоплення X" over "… заявили в середу в Міноборони РФ":
# the headline tells the lede's dated statement, whatever words name the side
TUESDAY = date(2025, 6, 10)
HEADLINE_CASES = [
    (
        "en",
        "Moscow claims the capture of Lisne\nTroops have taken the village of "
        "Lisne, Russia's defence ministry said on Tuesday.",
    ),
    (
        "en",
        "Kyiv says its forces retook Lisne\nUkrainian troops recaptured the "
        "village of Lisne, the General Staff of Ukraine's armed forces said on "
        "Tuesday.",
    ),
    (
        "en",
        "Russians claim Lisne\nRussian forces captured the village of Lisne, the "
        "Kremlin's defence ministry announced on Tuesday.",
    ),
    (
        "uk",
        "Росія заявила про захоплення Лісного\nРосійські війська захопили село "
        "Лісне, заявили у вівторок у Міноборони РФ.",
    ),
    (
        "uk",
        "ЗСУ заявили про звільнення Лісного\nУкраїнські війська звільнили село "
        "Лісне, повідомили у вівторок у Генштабі ЗСУ.",
    ),
    (
        "uk",
        "Кремль заявив про захоплення Лісного\nРосійські війська захопили село "
        "Лісне, повідомило у вівторок Міноборони Росії.",
    ),
    (
        "ru",
        "Россия заявила об освобождении Лесного\nРоссийские войска освободили "
        "село Лесное, сообщили во вторник в Минобороны РФ.",
    ),
    (
        "ru",
        "ВСУ заявили об освобождении Лесного\nУкраинские войска освободили "
        "село Лесное, сообщили во вторник в Генштабе ВСУ.",
    ),
    (
        "ru",
        "Москва объявила о взятии Лесного\nРоссийские войска взяли село Лесное, "
        "объявило во вторник Минобороны России.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), HEADLINE_CASES)
def test_a_headline_of_the_ledes_side_is_of_its_day(lang: str, text: str) -> None:
    found = extract_claims(text, published=PUB, language=lang)
    head = [c for c in found if c.char_start < text.index("\n")]
    body = [c for c in found if c.char_start > text.index("\n")]
    assert head and body, [(c.quote, c.period_end) for c in found]
    assert body[0].period_end == TUESDAY
    assert head[0].period_end == TUESDAY


def test_a_headline_of_the_other_side_is_of_publication() -> None:
    text = (
        "Ukraine denies Russian capture of Lisne\nRussia's defence ministry said "
        "on Tuesday its troops had captured Lisne. Kyiv denied it."
    )
    found = extract_claims(text, published=PUB, language="en")
    assert found[0].period_end == PUB


# ---- more report words: "за истекшие сутки", "за цей тиждень", … ------------
REPORT_WORDS = [
    ("ru", "за истекшие сутки отражены четыре атаки", (date(2025, 6, 11),) * 2),
    ("ru", "по итогам суток войска продвинулись на 2 км", (date(2025, 6, 11),) * 2),
    ("uk", "за підсумками доби ворог атакував п'ять разів", (date(2025, 6, 11),) * 2),
    (
        "ru",
        "за истекшую неделю войска заняли три села",
        (date(2025, 6, 5), date(2025, 6, 11)),
    ),
    ("uk", "за цей тиждень ворог захопив три села", (date(2025, 6, 9), PUB)),
    (
        "uk",
        "за поточний тиждень сили оборони звільнили 12 кв. км",
        (date(2025, 6, 9), PUB),
    ),
    ("ru", "за эту неделю противник занял три села", (date(2025, 6, 9), PUB)),
    ("ru", "за текущую неделю войска освободили 12 кв. км", (date(2025, 6, 9), PUB)),
    (
        "en",
        "this past weekend the enemy took two villages",
        (date(2025, 6, 7), date(2025, 6, 8)),
    ),
]


@pytest.mark.parametrize(("lang", "text", "span"), REPORT_WORDS)
def test_more_report_words(lang: str, text: str, span: tuple[date, date]) -> None:
    assert resolve(only(text, lang), PUB) == span


# ---- "the next day": the day after the one the text named last --------------
NEXT_DAY = [
    (
        "en",
        "Russia said on Monday it took Lisne. The next day Ukrainian forces "
        "retook the village of Lisne.",
    ),
    (
        "en",
        "Russian troops captured Lisne on June 9. The following day Ukrainian "
        "forces retook the village of Lisne.",
    ),
    (
        "en",
        "On June 9 Russian troops captured Lisne. A day later Ukrainian forces "
        "retook the village of Lisne.",
    ),
    (
        "uk",
        "Росія в понеділок заявила про захоплення Лісного. Наступного дня "
        "українські війська звільнили село Лісне.",
    ),
    (
        "uk",
        "9 червня ворог захопив Лісне. На наступний день українські війська "
        "звільнили село Лісне.",
    ),
    (
        "uk",
        "Росіяни захопили Лісне 9 червня. Вже наступного дня українські війська "
        "звільнили село Лісне.",
    ),
    (
        "ru",
        "Россия в понедельник заявила о взятии Лесного. На следующий день "
        "украинские войска освободили село Лесное.",
    ),
    (
        "ru",
        "9 июня противник занял Лесное. На другой день украинские войска "
        "освободили село Лесное.",
    ),
    (
        "ru",
        "Российские войска заняли Лесное 9 июня. Уже на следующий день "
        "украинские войска освободили село Лесное.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NEXT_DAY)
def test_the_next_day_is_the_day_after_the_one_named(lang: str, text: str) -> None:
    found = extract_claims(text, published=PUB, language=lang)
    second = [c for c in found if c.char_start > text.index(".")]
    assert second, [(c.quote, c.period_text) for c in found]
    assert (second[0].period_start, second[0].period_end) == (date(2025, 6, 10),) * 2


def test_the_next_day_with_no_day_named_is_the_statement_day() -> None:
    found = extract_claims(
        "The next day Ukrainian forces retook the village of Lisne.",
        published=PUB,
        language="en",
    )
    assert found and found[0].period_end == PUB


# ---- a bullet list right under a claim with a span of its own ----------------
LAST_WEEK = (date(2025, 6, 2), date(2025, 6, 8))
LIST_UNDER_CLAIM = [
    (
        "en",
        "Russia captured 60 sq km last week, analysts said.\n- Largest gain: "
        "near Lisne, where 20 sq km changed hands.\n- Other gains: 5 sq km near Dubky.",
    ),
    (
        "en",
        "Ukraine freed 30 sq km last week.\n* Near Lisne: 12 sq km retaken.\n"
        "* Near Dubky: 8 sq km retaken.",
    ),
    (
        "en",
        "The enemy advanced across 45 sq km last week.\n1) Near Lisne the enemy "
        "took 20 sq km.\n2) Near Dubky the enemy took 10 sq km.",
    ),
    (
        "uk",
        "Минулого тижня ворог захопив 60 кв. км.\n- Найбільше: біля Лісного, "
        "де ворог окупував 20 кв. км.\n- Біля Дубків ворог захопив 5 кв. км.",
    ),
    (
        "uk",
        "Минулого тижня сили оборони звільнили 30 кв. км.\n• Біля Лісного "
        "звільнено 12 кв. км.\n• Біля Дубків звільнено 8 кв. км.",
    ),
    (
        "uk",
        "Минулого тижня росіяни окупували 45 кв. км.\n1) Біля Лісного ворог "
        "захопив 20 кв. км.\n2) Біля Дубків ворог захопив 10 кв. км.",
    ),
    (
        "ru",
        "На прошлой неделе войска заняли 60 кв. км.\n- Главное: у Лесного, "
        "где войска заняли 20 кв. км.\n- У Дубков войска заняли 5 кв. км.",
    ),
    (
        "ru",
        "На прошлой неделе ВСУ освободили 30 кв. км.\n• У Лесного освобождено "
        "12 кв. км.\n• У Дубков освобождено 8 кв. км.",
    ),
    (
        "ru",
        "На прошлой неделе армия заняла 45 кв. км.\n1) У Лесного войска заняли "
        "20 кв. км.\n2) У Дубков войска заняли 10 кв. км.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LIST_UNDER_CLAIM)
def test_a_list_under_a_claim_takes_its_span(lang: str, text: str) -> None:
    found = extract_claims(text, published=PUB, language=lang)
    items = [c for c in found if c.char_start > text.index("\n")]
    assert items, [(c.quote, c.period_text) for c in found]
    for c in items:
        assert (c.period_start, c.period_end) == LAST_WEEK, c.quote


def test_a_line_of_dialogue_is_no_list_item() -> None:
    text = (
        "— Минулого тижня ми відбили три лісосмуги біля Лісного.\n"
        "— На околиці Дубків ми вже зайшли і закріпилися."
    )
    found = extract_claims(text, published=PUB, language="uk")
    second = [c for c in found if c.char_start > text.index("\n")]
    assert second and second[0].period_end == PUB


# ---- "at least two places since …" is a count, not "the least since" --------
@pytest.mark.parametrize(
    "text",
    [
        "troops crossed the river in at least two places since the start of the summer",
        "the enemy took at least 40 sq km since March",
        "the brigade lost at most two positions since May 3",
    ],
)
def test_at_least_is_no_superlative(text: str) -> None:
    (m,) = find_periods(text, "en")
    assert m.kind.startswith("since")


def test_the_least_since_is_a_comparison() -> None:
    assert find_periods("the least territory since March was taken", "en") == []


# ---- "since the assault began on Friday": from that day -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "nine villages were seized since the cross-border assault began on Friday",
        "troops took 40 sq km since the offensive began on Friday",
        "the army advanced 8 km since its incursion was launched last Friday",
    ],
)
def test_since_an_offensive_began_on_a_weekday(text: str) -> None:
    assert resolve(only(text, "en"), PUB) == (date(2025, 6, 6), PUB)


# ---- the time of what a ground went through is not the claim's ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has retaken 300 sq km of the territory that Russia seized in "
        "March 2022.",
        "Kyiv's troops recaptured 120 sq km of the land Russian forces occupied "
        "in the spring of 2022.",
        "Ukrainian units have freed 40 sq km of the ground they lost on May 3.",
    ],
)
def test_a_time_of_the_grounds_past_is_not_the_claims(text: str) -> None:
    found = extract_claims(text, published=PUB, language="en")
    assert found and found[0].period_end == PUB, [
        (c.quote, c.period_text) for c in found
    ]


# ---- one speaker's account goes on inside its quotation ---------------------
PAST_FORTNIGHT = (date(2025, 5, 29), date(2025, 6, 11))
QUOTED_ACCOUNT = [
    (
        "en",
        "“Over the past two weeks we pushed them back 2 km near Lisne. Near "
        "Dubky we took back 3 sq km,” the officer said.",
    ),
    (
        "en",
        "“In the past two weeks our brigade advanced 1 km near Lisne. Around "
        "Dubky we regained 4 sq km,” he said.",
    ),
    (
        "en",
        "“Over the last two weeks we advanced 2 km near Lisne. We also freed "
        "3 sq km near Dubky,” the commander told us.",
    ),
    (
        "uk",
        "«За останні два тижні ми відсунули їх на два кілометри біля Лісного. "
        "Біля Дубків забрали назад 3 квадратні кілометри», — каже він.",
    ),
    (
        "uk",
        "«За минулі два тижні бригада просунулася на кілометр біля Лісного. "
        "Біля Дубків ми звільнили 4 квадратні кілометри», — розповів офіцер.",
    ),
    (
        "uk",
        "«За останні два тижні ми просунулися на 2 км біля Лісного. Біля "
        "Дубків звільнили 3 квадратні кілометри», — сказав командир.",
    ),
    (
        "ru",
        "«За последние две недели мы отодвинули их на два километра у Лесного. "
        "У Дубков вернули 3 квадратных километра», — говорит он.",
    ),
    (
        "ru",
        "«За прошедшие две недели бригада продвинулась на километр у Лесного. "
        "У Дубков мы освободили 4 квадратных километра», — рассказал офицер.",
    ),
    (
        "ru",
        "«За последние две недели мы продвинулись на 2 км у Лесного. У "
        "Дубков освободили 3 квадратных километра», — сказал командир.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED_ACCOUNT)
def test_a_quoted_account_keeps_its_span(lang: str, text: str) -> None:
    found = extract_claims(text, published=PUB, language=lang)
    second = [c for c in found if c.char_start > text.index(". ")]
    assert second, [(c.quote, c.period_text) for c in found]
    assert (second[0].period_start, second[0].period_end) == PAST_FORTNIGHT


def test_a_span_stays_in_its_quotation() -> None:
    text = (
        "«За останні два тижні ми відсунули їх на два кілометри біля Лісного», "
        "— каже він. Біля Дубків ворог захопив 3 квадратні кілометри."
    )
    found = extract_claims(text, published=PUB, language="uk")
    second = [c for c in found if "Дубків" in c.quote]
    assert second and second[0].period_end == PUB


@pytest.mark.parametrize(
    "text",
    [
        "during the last month of 2024 the enemy took 500 sq km",
        "in the last month of the year troops gained 50 sq km",
        "in the last month of summer the brigade held the line",
    ],
)
def test_the_last_month_of_a_year_is_no_past_month(text: str) -> None:
    assert all(p.kind not in ("past_month", "last_month") for p in find_periods(text))
