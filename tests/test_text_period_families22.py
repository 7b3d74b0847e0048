"""Period families, session 22 (lane PERIODS): time expressions the finder
did not see, found by probing our own phrasings of each row of the period
table in the three languages.

- "in the first days of May" / "у перші дні травня" / "в первые дни мая":
  the month (as "in early May" already is);
- "у перший тиждень травня" / "в первую неделю мая": that week of the month
  (as "in the first week of May" already is);
- "last night": the night before the statement, as "overnight" (as
  "минулої ночі" / "прошлой ночью" already are);
- "a week ago": the day a week before the statement (as "тиждень тому" /
  "неделю назад" already are);
- "минулих вихідних" with no preposition: the latest weekend;
- a part of a day next to a day ("у вівторок вранці", "вчера утром", "on
  June 9, overnight") is that day's, not the statement day (``_day_parts``);
  "during the night" alone is the statement day, as "overnight";
- a weekday of the claim's own words ("said on Monday it had captured X on
  Saturday", "… після того як у понеділок росіяни зайшли в село") dates it,
  not the statement's weekday (``dating._own_weekday``);
- "в минувшие сутки", "за минувший день", "за минулий день" (the past day),
  "з початку поточного тижня", "у поточному місяці", "в уходящем году"; and
  "у цьому / минулому році" with no digit in the sentence (the finder's
  quick filter did not know "році");
- "at the start of the year" / "на початку року" / "в начале года": an event
  early this year (as "earlier this year"); "на початку місяця" / "в начале
  месяца": this month so far; ru "в конце прошлого месяца": last month;
- "overnight into Tuesday", "on the night of Monday to Tuesday", "on the
  night of June 9 to 10", "у ніч проти вівторка": the day the night ends on;
- "in the past few days" (en) is vague, as its uk/ru twins.

Every sentence is written for this test (no dev, blind or article text); each
row is tried in three phrasings per language. The text tests never read
../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods, resolve

PUBLISHED = date(2025, 6, 12)  # a Thursday


def _only(text: str, lang: str) -> tuple[str, date | None, date | None]:
    """The one time expression of ``text``: its kind and its days."""
    (m,) = find_periods(text, lang)
    return (m.kind, *resolve(m, PUBLISHED))


# ---- the first or last days of a month: the month ---------------------------
FIRST_DAYS = [
    ("en", "In the first days of May the brigade pushed the enemy back."),
    ("en", "Troops held the bridgehead in the last days of May."),
    ("en", "In the first few days of May the enemy lost two positions."),
    ("uk", "У перші дні травня бригада відтіснила ворога."),
    ("uk", "Бійці втримали плацдарм в останні дні травня."),
    ("uk", "У перші кілька днів травня ворог утратив дві позиції."),
    ("ru", "В первые дни мая бригада отбросила противника."),
    ("ru", "Бойцы удержали плацдарм в последние дни мая."),
    ("ru", "В первые несколько дней мая противник потерял две позиции."),
]


@pytest.mark.parametrize(("lang", "text"), FIRST_DAYS)
def test_the_first_or_last_days_of_a_month_are_the_month(lang: str, text: str) -> None:
    assert _only(text, lang) == ("month", date(2025, 5, 1), date(2025, 5, 31))


# ---- a week of a month, by its ordinal ----------------------------------------
WEEK_OF_MONTH = [
    ("uk", "У перший тиждень травня ворог атакував щодня.", 1, 7),
    ("uk", "За другий тиждень травня бригада просунулася на кілометр.", 8, 14),
    ("uk", "В останній тиждень травня бої тривали біля села.", 25, 31),
    ("ru", "В первую неделю мая противник атаковал ежедневно.", 1, 7),
    ("ru", "На третьей неделе мая бригада продвинулась на километр.", 15, 21),
    ("ru", "За последнюю неделю мая бои шли у села.", 25, 31),
]


@pytest.mark.parametrize(("lang", "text", "first", "last"), WEEK_OF_MONTH)
def test_a_week_of_a_month_is_those_seven_days(
    lang: str, text: str, first: int, last: int
) -> None:
    assert _only(text, lang) == (
        "week_of_month",
        date(2025, 5, first),
        date(2025, 5, last),
    )


# ---- "last night", "a week ago" (en), "минулих вихідних" (uk) ---------------
EN_DAYS = [
    ("Russian troops entered the village last night.", "today", 12, 12),
    ("Last night the brigade repelled four assaults.", "today", 12, 12),
    ("Drones struck the bridge late last night, officials said.", "today", 12, 12),
    ("A week ago the army retook the farm.", "week_before", 5, 5),
    ("The village fell a week ago, the commander said.", "week_before", 5, 5),
    ("Ukrainian units pushed forward two kilometres a week ago.", "week_before", 5, 5),
]


@pytest.mark.parametrize(("text", "kind", "first", "last"), EN_DAYS)
def test_last_night_and_a_week_ago_are_days(
    text: str, kind: str, first: int, last: int
) -> None:
    assert _only(text, "en") == (kind, date(2025, 6, first), date(2025, 6, last))


UK_WEEKEND = [
    "Минулих вихідних ворог штурмував позиції біля села.",
    "Бригада просунулася на кілометр минулих вихідних.",
    "Останніх вихідних противник тричі атакував місто.",
]


@pytest.mark.parametrize("text", UK_WEEKEND)
def test_a_weekend_with_no_preposition_is_the_latest_weekend(text: str) -> None:
    assert _only(text, "uk") == ("weekend", date(2025, 6, 7), date(2025, 6, 8))


# ---- the rows date claims ------------------------------------------------------
CLAIMS = [
    (
        "en",
        "In the first days of May Ukrainian troops liberated Zorivka.",
        (date(2025, 5, 1), date(2025, 5, 31)),
    ),
    (
        "uk",
        "У перший тиждень травня ЗСУ звільнили Зорівку.",
        (date(2025, 5, 1), date(2025, 5, 7)),
    ),
    (
        "ru",
        "В первые дни мая ВСУ освободили Зоревку.",
        (date(2025, 5, 1), date(2025, 5, 31)),
    ),
]


@pytest.mark.parametrize(("lang", "text", "span"), CLAIMS)
def test_the_new_rows_date_a_capture(
    lang: str, text: str, span: tuple[date, date]
) -> None:
    (c,) = extract_claims(text, published=PUBLISHED, language=lang)
    assert c.kind == "settlement_control"
    assert c.gainer == "UA"
    assert (c.period_start, c.period_end) == span
    assert c.cumulative is False


def test_a_night_word_alone_is_no_time() -> None:
    assert find_periods("The night sky was clear over the city.", "en") == []


# ---- a part of a day next to a day is that day's ---------------------------------
# (PUBLISHED is a Thursday: Tuesday the 10th, yesterday the 11th)
DAY_PARTS = [
    ("en", "Ukrainian troops liberated Zorivka on Tuesday, in the morning.", 10),
    ("en", "Yesterday, in the evening, Ukrainian troops liberated Zorivka.", 11),
    ("en", "On June 9, overnight, Ukrainian troops liberated Zorivka.", 9),
    ("uk", "У вівторок вранці ЗСУ звільнили Зорівку.", 10),
    ("uk", "ЗСУ звільнили Зорівку вчора вночі.", 11),
    ("uk", "Зранку 9 червня Сили оборони звільнили Зорівку.", 9),
    ("ru", "Во вторник утром ВСУ освободили Зоревку.", 10),
    ("ru", "ВСУ освободили Зоревку вчера ночью.", 11),
    ("ru", "Утром 9 июня ВСУ освободили Зоревку.", 9),
]


@pytest.mark.parametrize(("lang", "text", "day"), DAY_PARTS)
def test_a_part_of_a_day_next_to_a_day_is_that_day(
    lang: str, text: str, day: int
) -> None:
    (c,) = extract_claims(text, published=PUBLISHED, language=lang)
    assert c.kind == "settlement_control"
    assert c.gainer == "UA"
    assert (c.period_start, c.period_end) == (date(2025, 6, day), date(2025, 6, day))


DAY_PARTS_ALONE = [
    ("en", "Ukrainian troops liberated Zorivka during the night."),
    ("uk", "Сьогодні вранці ЗСУ звільнили Зорівку."),
    ("ru", "Ночью ВСУ освободили Зоревку."),
]


@pytest.mark.parametrize(("lang", "text"), DAY_PARTS_ALONE)
def test_a_part_of_a_day_alone_is_the_statement_day(lang: str, text: str) -> None:
    (c,) = extract_claims(text, published=PUBLISHED, language=lang)
    assert (c.period_start, c.period_end) == (PUBLISHED, PUBLISHED)


# ---- a weekday right after the claim is its own day, not the statement's -----
# (PUBLISHED is Thursday 12 June; "on Monday" said of the 9th, Saturday the 7th)
OWN_WEEKDAY = [
    ("en", "The army said on Monday it had captured Zorivka on Saturday."),
    ("en", "On Monday the ministry said its troops took Zorivka on Saturday."),
    ("en", "Kyiv reported on Monday that its forces had retaken Zorivka on Saturday."),
    ("uk", "Генштаб у понеділок заявив, що ЗСУ звільнили Зорівку в суботу."),
    ("uk", "У понеділок Міноборони повідомило, що війська взяли Зорівку в суботу."),
    ("uk", "У понеділок бригада розповіла, що звільнила Зорівку в суботу."),
    ("ru", "Генштаб в понедельник заявил, что ВСУ освободили Зоревку в субботу."),
    ("ru", "В понедельник Минобороны сообщило, что войска заняли Зоревку в субботу."),
    ("ru", "В понедельник бригада рассказала, что освободила Зоревку в субботу."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_WEEKDAY)
def test_a_weekday_after_the_claim_is_its_own_day(lang: str, text: str) -> None:
    (c,) = [
        c
        for c in extract_claims(text, published=PUBLISHED, language=lang)
        if c.kind == "settlement_control"
    ]
    assert (c.period_start, c.period_end) == (date(2025, 6, 7), date(2025, 6, 7))
    assert not c.extra.get("announced")


def test_a_weekday_only_of_the_statement_still_dates_the_announcement() -> None:
    (c,) = extract_claims(
        "The army said on Monday it had captured Zorivka.",
        published=PUBLISHED,
        language="en",
    )
    assert (c.period_start, c.period_end) == (None, date(2025, 6, 9))
    assert c.extra.get("announced") is True


FIGHT_THEN_ENTRY = [
    (
        "en",
        "Fighting went on near Zorivka on Wednesday, after Russian troops "
        "entered the village on Monday.",
    ),
    (
        "uk",
        "Бої біля Зорівки тривали в середу, після того як у понеділок "
        "росіяни зайшли в село.",
    ),
    (
        "ru",
        "Бои у Зоревки шли в среду, после того как в понедельник "
        "российские войска вошли в село.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FIGHT_THEN_ENTRY)
def test_an_entry_after_a_fight_keeps_its_own_weekday(lang: str, text: str) -> None:
    found = extract_claims(text, published=PUBLISHED, language=lang)
    days = {c.kind: (c.period_start, c.period_end) for c in found}
    assert days["fighting"] == (date(2025, 6, 11), date(2025, 6, 11))
    entry = [c for c in found if c.kind != "fighting"]
    assert entry and all(c.period_end == date(2025, 6, 9) for c in entry)


# ---- the past day, this week / month / year in more words (uk / ru) ----------
# (PUBLISHED is Thursday 12 June 2025)
MORE_WORDS = [
    ("ru", "Бригада в минувшие сутки отразила пять атак.", "yesterday", (11, 11)),
    ("ru", "В прошедшие сутки противник потерял два танка.", "yesterday", (11, 11)),
    ("ru", "За минувший день войска продвинулись на километр.", "yesterday", (11, 11)),
    ("uk", "За минулий день бригада відбила п'ять атак.", "yesterday", (11, 11)),
    ("uk", "Ворог за попередній день втратив два танки.", "yesterday", (11, 11)),
    ("uk", "За минулий день війська просунулися на кілометр.", "yesterday", (11, 11)),
    ("uk", "З початку поточного тижня ворог атакував сім разів.", "this_week", (9, 12)),
    ("uk", "У поточному місяці бригада звільнила два села.", "this_month", (1, 12)),
    ("uk", "Цей рубіж утримують і в поточному місяці.", "this_month", (1, 12)),
    ("ru", "В уходящем году войска продвинулись на 40 км.", "ytd", None),
    ("ru", "За уходящий год бригада освободила шесть сел.", "ytd", None),
    ("uk", "У цьому році бригада звільнила шість сіл.", "ytd", None),
    ("uk", "У минулому році ворог захопив два села.", "last_year", None),
    ("uk", "Цей рубіж у поточному році втрачено.", "ytd", None),
]


@pytest.mark.parametrize(("lang", "text", "kind", "days"), MORE_WORDS)
def test_more_words_for_the_day_week_month_and_year(
    lang: str, text: str, kind: str, days: tuple[int, int] | None
) -> None:
    found_kind, start, end = _only(text, lang)
    assert found_kind == kind
    if days is not None:
        assert (start, end) == (date(2025, 6, days[0]), date(2025, 6, days[1]))
    elif kind == "ytd":
        assert (start, end) == (date(2025, 1, 1), PUBLISHED)
    else:
        assert (start, end) == (date(2024, 1, 1), date(2024, 12, 31))


# a weekday past a clause break is another clause's: the statement's day stays
OTHER_CLAUSE_WEEKDAY = [
    (
        "en",
        "On Monday, Russia said its forces captured Zorivka, and on Tuesday "
        "Kyiv denied it.",
    ),
    (
        "uk",
        "У понеділок Росія заявила, що захопила Зорівку, а у вівторок Київ "
        "це спростував.",
    ),
    (
        "ru",
        "В понедельник Россия заявила, что заняла Зоревку, а во вторник Киев "
        "это опроверг.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_CLAUSE_WEEKDAY)
def test_a_weekday_past_a_clause_break_is_not_the_claims(lang: str, text: str) -> None:
    found = extract_claims(text, published=PUBLISHED, language=lang)
    capture = [c for c in found if c.extra.get("rule") == "settlement:capture"]
    assert capture
    assert all(c.period_end == date(2025, 6, 9) for c in capture)
    assert all(c.period_start is None for c in capture)


# ---- the start of this year / month, the end of last month ------------------------
START_OF = [
    ("en", "At the start of the year the brigade retook two villages.", "y"),
    ("en", "Russian forces gained ground in the beginning of the year.", "y"),
    ("en", "In the beginning of this year the enemy lost Lisove.", "y"),
    ("uk", "На початку року бригада звільнила два села.", "y"),
    ("uk", "На початку цього року ворог утратив Лісове.", "y"),
    ("uk", "На початку місяця бригада звільнила два села.", "m"),
    ("ru", "В начале года бригада освободила два села.", "y"),
    ("ru", "В начале этого года противник потерял Лесное.", "y"),
    ("ru", "В начале месяца бригада освободила два села.", "m"),
    ("ru", "В конце прошлого месяца бригада освободила два села.", "last"),
    ("ru", "В середине минувшего месяца противник потерял Лесное.", "last"),
    ("ru", "В начале прошлого месяца войска продвинулись на километр.", "last"),
]


@pytest.mark.parametrize(("lang", "text", "span"), START_OF)
def test_the_start_of_this_year_or_month_and_the_end_of_last_month(
    lang: str, text: str, span: str
) -> None:
    _, start, end = _only(text, lang)
    expected = {
        "y": (date(2025, 1, 1), PUBLISHED),
        "m": (date(2025, 6, 1), PUBLISHED),
        "last": (date(2025, 5, 1), date(2025, 5, 31)),
    }[span]
    assert (start, end) == expected


# "in the past few days" (en) is vague, as "за останні кілька днів" /
# "за последние несколько дней": no start, the statement day as its end
FEW_DAYS = [
    ("en", "Troops advanced near Lisove in the past few days."),
    ("en", "In the last couple of days the enemy lost two positions."),
    ("en", "Over the past several weeks the brigade held the line."),
    ("uk", "За останні кілька днів бригада відбила шість атак."),
    ("ru", "За последние несколько дней бригада отразила шесть атак."),
]


@pytest.mark.parametrize(("lang", "text"), FEW_DAYS)
def test_a_few_days_is_vague(lang: str, text: str) -> None:
    assert _only(text, lang) == ("vague", None, PUBLISHED)


# the night that ends on a day is of that day (as "у ніч на вівторок" already
# is); PUBLISHED is Thursday 12 June: Tuesday the 10th
NIGHTS = [
    ("en", "Overnight into Tuesday the brigade repelled four assaults.", 10),
    ("en", "On the night of Monday to Tuesday drones struck the bridge.", 10),
    ("en", "On the night of June 9 to 10 the enemy lost two positions.", 10),
    ("uk", "У ніч проти вівторка бригада відбила чотири атаки.", 10),
    ("uk", "У ніч з понеділка проти вівторка дрони уразили міст.", 10),
    ("uk", "Ворог утратив дві позиції в ніч проти вівторка.", 10),
]


@pytest.mark.parametrize(("lang", "text", "day"), NIGHTS)
def test_the_night_that_ends_on_a_day_is_of_that_day(
    lang: str, text: str, day: int
) -> None:
    _, start, end = _only(text, lang)
    assert (start, end) == (date(2025, 6, day), date(2025, 6, day))
