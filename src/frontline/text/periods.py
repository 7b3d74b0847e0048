"""Time expressions and their resolution (the CONVENTIONS.md table).

Two tables: ``_PATTERNS`` (per language, rows of ``(kind, regex)``, first
listed wins at a position) finds expressions; ``RULES`` maps each kind to the
rule that resolves it from the statement day (the publication day unless the
text says "on Friday"). Relative kinds stay unresolved without that day; a
calendar name then takes a year written before it in the text.

| expression (en / uk / ru)                      | kind          | resolved as
|------------------------------------------------|---------------|-------------------
| last week / минулого тижня / на прошлой неделе | last_week     | previous Mon–Sun
| past week / за (минулий) тиждень / за неделю   | past_week     | −7 … −1
| this week / цього тижня / на этой неделе       | this_week     | Monday … statement
| past two / three days / weeks / 72 hours       | past_days     | −N … −1
| past day / за минулу добу / за сутки           | yesterday     | −1 … −1
| past 24 hours / за останні 24 години           | last_24h      | −1 … −1
| this year / з початку року / с начала года     | ytd           | 1 Jan … statement
| since the start of 2025 / з початку 2025 року  | ytd_year      | 1 Jan 2025 … stmt
| in November / у листопаді / в ноябре           | month         | that calendar month
| by mid-month / до середини місяця / к середине | by_mid_month  | … the 15th (of the
| месяца                                         |               | month before if
|                                                |               | said before it)
| over the year / across the year                | the_year      | 1 Jan … stmt (the
|                                                |               | year before in
|                                                |               | 1st week of Jan)
| over the month / за місяць / за месяц          | the_month     | the whole month (the
| протягом місяця / в течение месяца             |               | one before in 1st wk)
| last month / минулого місяця / в прошлом месяце| last_month    | previous month
| past month / за останній місяць / за последний | past_month    | −30 … −1
| месяц                                          |               |
| in March and April / у березні та квітні       | span          | 1 Mar … 30 Apr
| from 24 Feb 2022 to 27 Oct 2024 / з … до …     | running_span  | those days
| from Feb 3 to 9 / з 3 по 9 лютого / с 3 по 9 … | span          | those days
| Sept. 6-14 / 6–14 вересня / с 6-го по 14-е …   | span          | those days
| over the weekend / на вихідних / на выходных   | weekend       | latest Sat–Sun
| since the weekend                              | since_weekend | its Sat … stmt
| last summer / минулого літа / прошлым летом    | season        | those 3 months
| past year / last 12 months / за останній рік   | past_year     | −1 year … −1
| in 2023 / у 2023 році / в 2023 году            | year          | that year (to stmt)
| on Nov. 11 / 5 октября / 2 числа               | date, …       | that day
| on Thursday / у четвер / в четверг             | weekday       | latest on/before
| за четвер / за минувший вторник                | weekday       | latest on/before
| earlier in the week / at the start of the week | this_week     | Monday … stmt
| first three weeks of October / за перші два    | week_of_month | 1–21 / 1–14
| тижні жовтня / в первые две недели октября     |               |
| as of today / на сьогодні / на сегодня         | as_of         | … statement
| since the offensive / під час контрнаступу     | since_start,  | (launch day) … stmt
|                                                | during_offensive
| since Friday / з п'ятниці / с пятницы          | since_weekday | that day … stmt
| past three months / за два місяці / за полгода | past_months   | −N months … −1
| the same day / того ж дня / в тот же день      | same_day      | the day named last
| the same evening / того ж вечора / тем же      | same_day      | the day named last
| вечером (morning, night: the same)             |               |
| the next day / наступного дня / на следующий   | next_day      | the day after it
| день                                           |               |
| two days later / через тиждень / спустя неделю | days_later    | that many days
|                                                |               | after it
| since then / відтоді / с тех пор               | since_then    | the day named last
|                                                |               | … stmt
| in two days / протягом двох тижнів / в течение | past_days     | −N … −1
| трёх суток                                     |               |
| for the third day / вже третій день / третьи   | running_days  | −(N−1) … statement
| сутки                                          |               |
| first ten days of May / у першій декаді травня | decade        | 1–10, 11–20, 21–end
| a week earlier / тижнем раніше / неделей ранее | week_before   | the week before the
|                                                |               | one named before
| за прошлую неделю                              | calendar_week | previous Mon–Sun
| from Monday to Wednesday / з понеділка по      | weekday_span  | latest such days
| середу / с понедельника по среду               |               |
| on Tuesday and Wednesday / у вівторок і середу | weekday_span  | latest such days
| / во вторник и среду                           |               |
| two days ago / два дні тому / два дня назад    | days_ago      | that day
| a month earlier / місяцем раніше / месяцем     | month_before  | the day a month
| ранее / a month ago / місяць тому / месяц назад|               | before
| a year ago (today) / рік тому / год назад      | year_ago      | the day a year
|                                                |               | before
| since the start of spring / з початку весни /  | since_season  | its first day …
| с начала весны / since autumn 2024             |               | statement
| from March 1 (not "from March 1 to 9")         | since_date    | that day … stmt
| first quarter / у першому кварталі / в первом | quarter       | its months (to
| квартале                                       |               | stmt if running)
| "October (610 km²) and November … of last year"| month         | the list's year
| in the first three days / за перші три дні /    | first_days    | the day named
| за первые три дня (XPER241)                    |               | before … + N − 1

Whether a span makes a claim a running total is ``is_cumulative``.

>>> from datetime import date
>>> m = find_periods("liberated 2 sq km last week", "en")[0]
>>> resolve(m, date(2023, 9, 18))
(datetime.date(2023, 9, 11), datetime.date(2023, 9, 17))
>>> resolve(find_periods("в ноябре", "ru")[0], date(2024, 12, 2))
(datetime.date(2024, 11, 1), datetime.date(2024, 11, 30))
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import ModuleType

from .fastre import folded, keyed
from .lang import en, ru, uk

# the month and weekday numbers by stem (the words are data in lang/)
MONTHS_EN = {stem: n for n, stem in enumerate(en.MONTH_STEMS, 1)}
MONTHS_UK = {stem: n for n, stem in enumerate(uk.MONTH_STEMS, 1)}
MONTHS_RU = {stem: n for n, stem in enumerate(ru.MONTH_STEMS, 1)}
WEEKDAYS = {
    stem: n
    for module in (en, uk, ru)
    for n, stems in enumerate(module.WEEKDAY_STEMS)
    for stem in stems.split("|")
}

_EN_MONTH = rf"(?P<mon>{en.MONTH_NAMES})\.?"
_UK_MONTH_GEN = rf"(?P<mon>{uk.MONTHS_GEN}|(?:{uk.MONTH_ABBREVIATIONS})\.)"
_UK_MONTH_LOC = f"(?P<mon>{uk.MONTHS_LOC})"
_RU_MONTH_GEN = rf"(?P<mon>{ru.MONTHS_GEN})\.?"
_RU_MONTH_LOC = f"(?P<mon>{ru.MONTHS_LOC})"


def _month_subject(lang: ModuleType) -> tuple[str, str]:
    """XPER443: a nominative month as its sentence's subject or heading
    (before a copula, a colon with a figure, a bracketed figure, "on the
    front", "in figures"), and a month after a copula ending its clause ("рекордним став
    листопад:")."""
    nom, verbs, front = (
        lang.MONTHS_NOM,
        lang.MONTH_SUBJECT_VERBS,
        lang.MONTH_HEADING_AFTER,
    )
    return (
        rf"(?P<mon>{nom})(?= (?:{verbs})(?![\w])|\s*:\s*(?:[^\W\d]+\s+){{0,3}}\d"
        rf"| \(\s*\d| (?:{front})(?![\w]))",
        rf"(?:{verbs}) (?P<mon>{nom})(?=\s*[:—–])",
    )


_UK_MONTH_SUBJECT, _UK_SUBJECT_MONTH = _month_subject(uk)
_RU_MONTH_SUBJECT, _RU_SUBJECT_MONTH = _month_subject(ru)
_WEEKDAY_EN = f"(?P<wd>{en.WEEKDAY_WORDS})"
_WEEKDAY_UK = f"(?P<wd>{uk.WEEKDAYS_ACC})"
_WEEKDAY_RU = f"(?P<wd>{ru.WEEKDAYS_ACC})"

_OFFENSIVE = (
    r"(?:counter-?offensive|offensive(?: operations?)?|counteroffensive|"
    r"operation|invasion|war|full-scale invasion|hostilities|incursion)"
)

# XPER41: "since the start of the operation a week ago", "з початку наступу
# два тижні тому", "с начала операции десять дней назад": the start N back
_AGO_EN = (
    r" (?P<ago>(?:a|one|two|three|four|five|six|ten|\d{1,2}) (?:days?|weeks?)) ago"
)
_AGO_UK = (
    r" (?P<ago>(?:(?:два|дві|три|чотири|п['’]ять|шість|десять|\d{1,2}) )?"
    r"(?:тиждень|тижні|тижнів|дні|днів)) тому"
)
_AGO_RU = (
    r" (?P<ago>(?:(?:две|два|три|четыре|пять|шесть|десять|\d{1,2}) )?"
    r"(?:неделю|недели|недель|дня|дней)) назад"
)

# month names without a group, for spans with two ends ("from X to Y")
_MON_EN = rf"(?:{en.MONTH_NAMES})\.?"
# month stems in any case form, as patterns (rules/skips.py uses them too)
MONTH_RX_UK = rf"(?:{'|'.join(uk.MONTH_STEMS)})\w*"
MONTH_RX_RU = ru.MONTH_FORMS
_END_EN = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {_MON_EN}|{_MON_EN} \d{{1,2}}(?:st|nd|rd|th)?|"
    rf"{_MON_EN})(?:,? \d{{4}})?"
)
_END_UK = rf"(?:\d{{1,2}} {MONTH_RX_UK}|{MONTH_RX_UK})(?: \d{{4}})?(?: року| р\.)?"
_END_RU = rf"(?:\d{{1,2}} {MONTH_RX_RU}|{MONTH_RX_RU})(?: \d{{4}})?(?: года| г\.)?"
_AS_OF_EN = (
    r"as of (?:today|now|this (?:morning|evening))|as of "
    + _WEEKDAY_EN
    + r"|(?:as of|to) date|"
    r"so far(?! this| in| during| over| on| last)|"
    r"currently|at present|at the moment"
)
_WAR_YEAR = (
    r"in the (?P<nth>first|second|third|fourth) year of (?:the |its |their |"
    r"Russia's |Russia’s )?(?:full-scale )?(?:invasion|war)"
)

# UKRU22B: a day and a month in figures with no year ("12.03", "з 3.03 по
# 9.03"): a two-digit month, not a figure's decimals ("12.03 км"), not a clock
# time ("в 10.05", "о 10.05")
_DAY_MONTH_NUM = (
    r"(?<![\d.,:])(?<!в )(?<!о )(?<!об )(?<!около )"
    r"(?P<day_n>0?[1-9]|[12]\d|3[01])\.(?P<monnum_n>0[1-9]|1[0-2])"
    r"(?![\d.,:]\d)(?!\s*(?:км|кв|м\b|%|тис|тыс|млн|млрд|год|час|ч\b|хв|мин|"
    r"гектар|га\b))"
)

# KNOWNLEFT38: an American date in figures in English text, month first: "on
# 10/3", "as of 10/03/2024", "10/3/24" (a bare month/day only after "on" or
# "as of", not a ratio or a fraction: "1/3 of the town", "cut by 1/3",
# "24/7"); uk/ru "10.03.2024" stays day first
_US_DATE = (
    r"(?:(?:on|by|as of) )?(?<![\d/.,])"
    r"(?P<monnum_us>0?[1-9]|1[0-2])/(?P<day_us>0?[1-9]|[12]\d|3[01])"
    r"/(?P<year_us>20\d\d|\d\d)(?![\d/.,]\d|/)|"
    r"(?:on|as of) "
    r"(?P<monnum_us2>0?[1-9]|1[0-2])/(?P<day_us2>0?[1-9]|[12]\d|3[01])"
    r"(?![\d/]|[.,]\d|\s+of\b)"
)

# UKRU22B: "з 3.03 по 9.03", "с 03.03.2025 по 09.03.2025": a span in figures
_NUM_SPAN = (
    r"(?:з|із|від|с|со|от) (?P<a3>(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])"
    r"(?:\.\d{4})?) (?:по|до) (?P<b3>(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])"
    r"(?:\.\d{4})?)"
)

# PERIODS23: rows listed first in their language (no older row matches them)
_WD_GEN_UK = uk.WEEKDAYS_GEN
_WD_GEN_RU = ru.WEEKDAYS_GEN
_PERIODS23_UK: list[tuple[str, str]] = [
    (
        "weekday",
        r"(?:ранку|ранок|вечора|вечір|(?:у|в) ніч|вночі|уночі|зранку|вранці|"
        r"ввечері|увечері) (?:минул\w+ )?(?P<wd>" + _WD_GEN_UK + r")",
    ),
    (
        "weekday",
        r"(?:цього|цієї) (?P<wd>" + _WD_GEN_UK + r")|(?:у|в) (?:цей|цю) "
        r"(?P<wd2>" + uk.WEEKDAYS_ACC + r")",
    ),
    ("today", r"за (?:минулу |цю )?ніч"),
    ("past_week", r"за звітний тиждень"),
]
_PERIODS23_RU: list[tuple[str, str]] = [
    (
        "weekday",
        r"(?:утр(?:ом|о|а)|вечер(?:ом|а)?|ночью|днём|днем) (?:прошл\w+ |"
        r"минувш\w+ )?(?P<wd>" + _WD_GEN_RU + r")",
    ),
    ("weekday", r"(?:в|во) (?:этот|эту) (?P<wd>" + ru.WEEKDAYS_ACC + r")"),
    ("past_week", r"за (?:отч[её]тную|истекшую) неделю"),
]
# PERIODS26: "earlier in the week", "at the start of the week": this week,
# as "earlier this week" (another week named after it is left alone)
_PERIODS26_EN: list[tuple[str, str]] = [
    (
        "this_week",
        r"(?:(?:earlier|early) in|(?:at|by) the (?:start|beginning) of) the "
        r"week(?! (?:of|before|after|to|ending|since|when|in)\b)",
    ),
]
# PERIODS26: a tally over one weekday, "за четвер ворог здійснив 20 атак",
# "за минувший вторник": that day, as "у четвер" / "в четверг"
_PERIODS26_UK: list[tuple[str, str]] = [
    ("weekday", r"за (?:минул\w+ )?" + _WEEKDAY_UK),
]
_PERIODS26_RU: list[tuple[str, str]] = [
    ("weekday", r"за (?:прошл\w+ |минувш\w+ )?" + _WEEKDAY_RU),
]


# PERIODS37: a weekday of last week ("on Thursday last week", "у четвер
# минулого тижня", "в четверг на прошлой неделе"): that day of the calendar
# week before (``_r_weekday``), not the whole week
_WEEKDAY_OF_LAST_WEEK = {
    "en": r"(?:on )?" + _WEEKDAY_EN + r",? (?:of )?last week",
    "uk": r"(?:у|в) " + _WEEKDAY_UK + r" (?:минулого|попереднього) тижня",
    "ru": r"(?:в|во) "
    + _WEEKDAY_RU
    + r" (?:на (?:прошлой|минувшей) неделе|(?:прошлой|минувшей) недели)",
}
# (kind, regex); order matters: longer, more specific first.
_PATTERNS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("weekday", _WEEKDAY_OF_LAST_WEEK["en"]),
        (
            "date_num",
            r"(?:on |станом на |по состоянию на |as of )?(?P<day>\d{1,2})\."
            r"(?P<monnum>\d{1,2})\.(?P<year>\d{4})|"
            r"(?P<year_i>\d{4})-(?P<monnum_i>\d{2})-(?P<day_i>\d{2})|" + _US_DATE,
        ),
        ("including_month", r"including " + _EN_MONTH),
        (
            "ytd_year",
            r"(?:since|from) the (?:beginning|start) of (?P<year>20\d\d)",
        ),
        ("war_year", _WAR_YEAR),
        ("since_year", r"since (?P<year>20\d\d)(?![\w-])"),
        ("by_year", r"by (?P<year>20\d\d)(?![\w-])"),
        (
            "season",
            r"(?:its |their |the |this year's |this year’s )?"
            r"(?P<season_d>summer|spring|autumn|fall|winter) campaign",
        ),
        (
            # "in the week to June 8", "in the seven days to Sunday": the
            # seven days ending that day
            "week_to",
            r"(?:in|over|during) the (?:week|seven days) (?:to|up to|ending|ended|"
            r"through|until) (?:(?:" + _EN_MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?"
            r"(?:,? (?P<year>\d{4}))?)|" + _WEEKDAY_EN + r")",
        ),
        (
            "since_date",
            r"since (?:hostilities began |the war began )?(?:on )?"
            + _EN_MONTH
            + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?",
        ),
        (
            "since_date",
            r"since (?:on )?(?P<day>\d{1,2}) " + _EN_MONTH + r"(?: (?P<year>\d{4}))?",
        ),
        (
            # "launched an offensive on October 10 and has since advanced 2 km"
            "since_date",
            r"(?:on )?"
            + _EN_MONTH
            + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?"
            r",? and (?:has|have|had) since",
        ),
        (
            "ytd",
            r"(?:since|from) the (?:beginning|start) of (?:the |this )?year|"
            r"since (?:the )?new year|since January 1(?:st)?|"
            r"(?:so far )?(?<!earlier )this year|year[- ]to[- ]date",
        ),
        (
            # "since the start of the offensive on Friday": from that day
            "since_weekday",
            r"(?:since|from) the (?:beginning|start|launch|outset) of "
            r"(?:the |this |their |its |a |our )?(?:[\w’'-]+ ){0,2}"
            + f"(?:{_OFFENSIVE}|assault)"
            + r" (?:on|last) "
            + _WEEKDAY_EN,
        ),
        (
            "since_start",
            r"(?:since|from) the (?:beginning|start|launch|outset) of "
            r"(?:the |this |their |its |a |our )?(?:[\w’'-]+ ){0,3}"
            + _OFFENSIVE
            # "… of their counteroffensive last week": when it began, not a
            # span of its own; XPER41: "… of the operation a week ago" dates it
            + r"(?: (?:last|earlier this) (?:week|month|year|spring|summer|autumn|"
            r"fall|winter)|" + _AGO_EN + ")?",
        ),
        (
            "since_start",
            r"since (?:it|they|Russia|Ukraine|Moscow|Kyiv|the army|(?:\w+ )?(?:forces|"
            r"troops)) (?:began|started|launched) (?:its|their|the|a) (?:\w+ )?"
            r"(?:counter-?offensive|offensive|assault|operation|incursion)"
            r"(?: (?:early|late|in|on|last|west|east|north|south) [\w ]+?(?=[,.;]|$))?|"
            r"since (?:hostilities|the (?:full-scale )?(?:war|invasion))"
            r" began|since (?:the|its|their|our|a) (?:[\w’'-]+ )?(?:counter-?offensive|"
            r"offensive|operation|invasion|incursion|war|assault) (?:began|started|"
            r"was launched)(?:"
            + _AGO_EN
            + r"| (?:early|late|in|on|last) [\w ]+?(?=[,.;]|$))?|"
            r"since (?:the|its|their|our|a) (?:\w+ )?(?:counter-?offensive|"
            r"offensive|incursion|invasion)(?= last (?:week|month|year|summer|"
            r"spring|autumn|fall|winter|(?-i:[A-Z])\w+)| in (?:(?-i:[A-Z])\w+|"
            r"\d{4}))",
        ),
        (
            "span",
            rf"(?:from|between) (?P<a>{_END_EN}),? (?:to|until|till|up to|through|"
            rf"and|-|–) (?P<b>{_END_EN})",
        ),
        (
            # PERIODS37: a dash across two months with no "from" ("Oct.
            # 27-Nov. 2", "over 27 Oct-2 Nov"): the whole span
            "span",
            rf"(?:(?:from|between|on|in|during|over|throughout) )?"
            rf"(?P<a>{_MON_EN} \d{{1,2}}|\d{{1,2}} {_MON_EN})\s?[-–]\s?"
            rf"(?P<b>{_MON_EN} \d{{1,2}}(?:,? \d{{4}})?|\d{{1,2}} {_MON_EN}"
            rf"(?:,? \d{{4}})?)",
        ),
        (
            # "from Sept. 6 to 14", "between 6 and 14 September", "Sept. 6-14"
            "span",
            rf"(?:(?:from|between|on|in|during|over|throughout) )?"
            rf"(?P<a>{_MON_EN} \d{{1,2}})(?: (?:to|until|"
            rf"through|and) |[-–])(?P<b>\d{{1,2}}(?:,? \d{{4}})?)|"
            rf"(?:(?:from|between|during|over|throughout) )?(?P<a2>\d{{1,2}})"
            rf"(?: (?:to|until|through|and) "
            rf"|[-–])(?P<b2>\d{{1,2}} {_MON_EN}(?:,? \d{{4}})?)",
        ),
        (
            # LEFTRUPER35: ordinal days, the month after the second ("between
            # the 1st and 15th of October", "from the 3rd to the 9th of May")
            "span",
            rf"(?:from|between) (?:the )?(?P<a4>\d{{1,2}})(?:st|nd|rd|th) "
            rf"(?:to|until|through|and) (?:the )?(?P<b4>\d{{1,2}}(?:st|nd|rd|th) "
            rf"(?:of )?{_MON_EN}(?:,? \d{{4}})?)",
        ),
        (
            # "in the months of March and April"; XPER40: a list of months
            # is one span of them all ("in October, November and December")
            "span",
            rf"(?:in|during|over|throughout) (?:the months of )?(?P<a>{_MON_EN})"
            rf"(?:(?:, {_MON_EN})+,? and | and |\s?[-–—]\s?)"
            rf"(?P<b>{_MON_EN}(?:,? \d{{4}})?)",
        ),
        (
            # "From March 1, troops have …" (not "from March 1 to 9", above)
            "since_date",
            r"from " + _EN_MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?"
            r"(?:,? (?P<year>\d{4}))?(?![\w-]|,? (?:to|until|till|through|and) |"
            r"\s?[-–])",
        ),
        (
            # PERIODS34: "since the weekend", "since last weekend"
            "since_weekend",
            r"since (?:the (?:past |last )?|last |this )?weekend",
        ),
        (
            "weekend",
            r"(?:over|during|at|on) the weekend|this (?:past )?weekend|last weekend|"
            # PERIODS24: "throughout the weekend", "across the past weekend"
            r"(?:through|throughout|across|over) the (?:past |last )?weekend",
        ),
        (
            "since_month",
            r"since (?:the (?:start|beginning|middle|end) of |early |late |mid-)?"
            + _EN_MONTH
            + r"(?: (?P<year>\d{4}))?(?![\w-])",
        ),
        (
            "during_offensive",
            r"(?:over(?:all)? |in total )?(?:in|during) "
            r"(?:the |a |its |their |this |our )?(?:new |first |second |current |"
            r"ongoing |summer |autumn |spring |winter |southern )?"
            + _OFFENSIVE
            + r"(?: that began [\w ]+?(?=[,.;]|$))?",
        ),
        (
            # "in the first ten days of October", "the last decade of May"
            "decade",
            r"(?:in |during |over )?the (?P<nth>first|second|third|last) "
            r"(?:(?:ten|10) days|decade) of (?:"
            + _EN_MONTH
            + r"(?:,? (?P<year>\d{4}))?|(?P<cur>the|this|the current) month)",
        ),
        (
            "past_days",
            r"(?:over |in |during |within )?(?:the )?(?:past|last|previous)"
            r" (?:two|2) weeks|(?:over |in |during |within )?(?:the )?(?:past|last|"
            r"previous) fortnight",
        ),
        (
            "past_days",
            r"(?:over |in |during |within )?(?:the )?(?:past|last|previous)"
            r" (?P<nw>\d+|three|four|five|six) weeks",
        ),
        (
            "past_days",
            r"(?:over |in |during |within )?(?:the )?(?:past|last|previous)"
            r" (?P<n>\d+|two|three|four|five|six|seven|ten) days",
        ),
        (
            # "for the third day", "for three days now": up to the statement day
            "running_days",
            # XPER41: "for a third straight day" too
            r"for (?:the|a) (?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth|"
            r"tenth) (?:straight |consecutive |successive )?day(?: running| in a row)?|"
            r"for (?P<n>\d+|two|three|four|five|six|seven|ten) (?:straight |"
            r"consecutive )?days (?:now|running|in a row)",
        ),
        (
            # XPER241: "in the first three days" of an event told before
            "first_days",
            r"(?:in|over|during|within|for) the first (?:(?P<n>\d{1,2}|two|three|"
            r"four|five|six|seven|ten|few) )?days(?! of (?:the )?(?:year|month|"
            r"week|war|full-scale|invasion|" + en.MONTH_NAMES + r"))",
        ),
        (
            # "700 metres in two days", "over three weeks": a duration told
            # of a change reported now, as "the past N days / weeks"
            "past_days",
            r"(?:in|over|within|during) (?P<n>\d+|two|three|four|five|six|seven|"
            r"ten) days(?! ago| earlier| later| before| after| of)|"
            r"(?:in|over|within|during) (?P<nw>\d+|two|three|four|five|six) "
            r"weeks(?! ago| earlier| later| before| after| of)",
        ),
        (
            # "down from 520 sq km a week earlier": the week before the one
            # named before it, else the day a week before the statement
            "week_before",
            r"a week (?:earlier|before|ago)|the week before(?! last)|"
            r"the preceding week",
        ),
        # KNOWN37: "a month earlier", "a month ago": the day a month before
        ("month_before", r"a month (?:earlier|before|ago)"),
        # KNOWN2-41: "a year ago (today)": the day a year before the statement
        ("year_ago", r"(?:just )?(?:a|one) year ago(?: today)?"),
        (
            # B28PER37: "in the last three months of 2024": that year's end
            "last_months",
            r"(?:in|during|over|for|throughout) the (?:last|final) (?P<nm>\w+) "
            r"months of (?:the year|(?P<year>20\d\d)|(?P<prev>last year))",
        ),
        (
            # "over the past three months": −3 months … −1 day
            "past_months",
            r"(?:over |in |during |within )?(?:the )?(?:past|last|previous)"
            r" (?P<nm>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve) months",
        ),
        (
            "past_week",
            r"(?:over |in |during )?the (?:last|past) week of (?:fighting|combat|"
            r"battles?|hostilities|the offensive)",
        ),
        ("last_week", r"(?:over |in |during )?(?:the )?last week(?! of)"),
        (
            "past_week",
            r"(?:over |in |during |within )?(?:the )?(?:past|previous) "
            r"(?:week|seven days)|within (?:a|the) week|over the week|in a week|"
            # PERIODS25B: "3 sq km were liberated during the week" (a roundup's)
            r"during the week(?! (?:of|before|after|to|ending|since|when|in)\b)|"
            # a weekly roundup's name: "The week in review: …"
            r"the week in review",
        ),
        *_PERIODS26_EN,
        (
            "this_week",
            r"(?:earlier |so far )?this week(?: alone| so far)?|"
            r"(?:since|from) the (?:start|beginning) of (?:the|this) week",
        ),
        (
            # "since the start of the summer": that season's first day … now
            "since_season",
            r"since (?:the (?:start|beginning) of )?(?:the |this |last )?"
            r"(?P<season>summer|spring|autumn|fall|winter)(?: (?P<year>20\d\d))?"
            r"(?! campaign| (?:counter-?)?offensive)",
        ),
        ("this_month", r"earlier this month"),
        (
            "season",
            r"(?:in|during|over|throughout) (?:the )?(?:(?:early|late) )?"
            r"(?P<season>summer|spring|autumn|fall|winter)(?: of)? (?P<year>20\d\d)|"
            r"(?:this|last) (?P<season_b>summer|spring|autumn|fall|winter)|"
            # "over the summer": the latest such season (no year written)
            r"(?:in|during|over|throughout) the (?:(?:early|late) )?"
            r"(?P<season_c>summer|spring|autumn|fall|winter)(?![\w-]| of| \d|"
            r" (?:counter-?)?offensive| campaign)",
        ),
        (
            "half",
            # B28PER37: "the" may go ("in first half of 2026", a headline's)
            r"(?:in|during|over|for|throughout) (?:the )?(?P<half>first|second) "
            r"half of (?:the year|this year|(?P<year>20\d\d)|(?P<prev>last year))",
        ),
        (
            # "in the first quarter (of 2025)": those three months
            "quarter",
            r"(?:in|during|over|for|throughout) the (?:whole |entire |full )?"
            r"(?P<nth>first|second|third|"
            r"fourth|last) quarter(?: of (?:(?:the|this) year|(?P<year>20\d\d))|"
            r"(?! of))|"
            # B28PER37: "in Q3", "Q1 2025" (a headline's)
            r"(?:(?:in|during|over|for|throughout) )?(?-i:Q)(?P<qn>[1-4])"
            r"(?: (?P<year_b>20\d\d))?",
        ),
        (
            # "in the first five months of the year": January to that month
            "first_months",
            r"(?:in|during|over|for|throughout) the first (?P<nm>\w+) months of "
            r"(?:the year|this year|(?P<year>20\d\d))",
        ),
        (
            "half_month",
            r"(?:in|during|over) the (?P<half>first|second) half of "
            + _EN_MONTH
            + r"(?:,? (?P<year>\d{4}))?",
        ),
        (
            "week_of_month",
            r"(?:in |during |over )?the (?P<wk>first|second|third|fourth|last) "
            # PERIODS26: "the first three weeks of October": its first 21 days
            r"(?:(?P<wks>two|three|2|3) weeks|week) of "
            + _EN_MONTH
            + r"(?: (?P<year>\d{4}))?",
        ),
        (
            "this_year_event",
            # PERIODS22: "at the start of the year": an event early this year
            r"earlier this year|(?:at|in) the (?:start|beginning) of (?:the|this) year",
        ),
        # LEFTRUPER35: a named month to date ("In October so far", "so far in
        # October"): from its 1st to the statement day, a running total
        ("month_so_far", r"(?:(?:in|during) )?" + _EN_MONTH + r" so far"),
        ("month_so_far", r"so far in " + _EN_MONTH),
        (
            "mtd",
            r"(?:since|from) the (?:beginning|start) of (?:the |this )?month|"
            # LEFTRUPER35: "month to date", "month-to-date"
            r"(?:the |this )?month[- ]to[- ]date",
        ),
        # "over the past month": the 30 days before (as "the past week");
        # "last month" is the calendar month before
        (
            "past_month",
            r"(?:over |in |during |within )?(?:the )?past month|"
            r"(?:over|during|within|in) the last month(?! of)",
        ),
        (
            "last_month",
            r"(?:over |in |during )?(?:the )?(?:last|previous) month(?! of)",
        ),
        # "so far this month": a running total to date
        ("mtd", r"so far this month|this month so far"),
        ("this_month", r"(?:over |in |during )?this month"),
        ("the_month", r"(?:(?:over|in|during) )?the month"),
        (
            # B28PER37: "in the same period of 2025 / last year": the span
            # named before it in the sentence, in that year
            "same_period",
            r"(?:in|during|over|for) the (?:same|corresponding|equivalent|"
            r"comparable) period(?: (?:of|in) (?:(?P<year>20\d\d)|(?P<prev>last "
            r"year|the previous year))| (?P<prev_b>a year (?:earlier|before|ago)|"
            r"last year))?",
        ),
        (
            # B33PER42: "3,980 sq km in 2024, up from 580 a year earlier": the
            # span named before it in the sentence, a year back (dropped alone)
            "same_period",
            r"(?P<prev>a year (?:earlier|before)|the year before)"
            r"(?! last| (?:the|it|that|its|this)\b)",
        ),
        # B28PER37: a quarter with no ordinal ("over the quarter", "last
        # quarter", "this quarter"): the review's quarter
        (
            "last_quarter",
            r"(?:(?:over|in|during|for) )?(?:the (?:past|previous|preceding)|"
            r"last) quarter(?![\w-]| of| century| mile)",
        ),
        ("this_quarter", r"(?:(?:over|in|during) )?this quarter(?![\w-]| of)"),
        (
            "the_quarter",
            r"(?:over|in|during|for|through|throughout|across) the (?:whole |"
            r"entire )?quarter(?![\w-]| of| century| mile| before| earlier| ago)",
        ),
        (
            # XPER41: "by the end of the year", "at the end of last year": a
            # holding's day, 31 December
            "year_end",
            r"(?:by|at|through|until|till|as of|to) the end of (?:(?P<prev>last) |"
            r"the )?year|(?:by|at|through|until|till|as of) the end of "
            r"(?P<year>20\d\d)",
        ),
        (
            # PERIODS34: "over the year", "across the year", "over the course
            # of the year" (not "the year before", "the year since …")
            "the_year",
            r"(?:over|during|across|throughout) the (?:course of the )?year"
            r"(?![\w-]| (?:before|earlier|ago|since|after|that|when)\b)",
        ),
        (
            "past_year",
            r"(?:(?:over|in|during|within) )?the (?:past|last|previous) (?:year|"
            r"12 months|twelve months)|(?:past|last) (?:12|twelve) months",
        ),
        (
            "month_last_year",
            r"(?:in |during )?" + _EN_MONTH + r" (?:of )?last year",
        ),
        ("last_named_month", r"last " + _EN_MONTH),
        ("last_year", r"last year"),
        ("month_of_that_year", r"in " + _EN_MONTH + r" of that year"),
        # KNOWN3: "by mid-month", "by the middle of the month": up to the
        # 15th of the statement's month
        (
            "by_mid_month",
            r"by (?:the )?(?:mid-|middle of (?:the |this )?)month",
        ),
        (
            "by_month",
            r"by (?:early |late |mid-|the (?:start|beginning|middle) of )?"
            + _EN_MONTH
            + r"(?: (?P<year>\d{4}))?(?![\w-])(?!,? \d)",
        ),
        (
            "month",
            # a month as the subject: "December was slower", "October saw"
            r"(?P<mon>" + en.MONTHS + r")(?= (?:was|saw|brought|had|added|"
            r"accounted|alone)|"
            # B28PER37: a month's own figure: "July's 502 sq km", "January's
            # total of 510 sq km", "September's gains"
            r"['’]s (?:(?:total|tally|figure|gains?|haul) (?:of )?)?"
            r"(?:about |some |nearly |roughly |around |almost |over )?\d|"
            r"['’]s (?:total|tally|figure|gains?|haul)\b|"
            r"\s*:\s*(?:about |some |nearly |roughly |around |almost |over )?\d|"
            # a month heading its figure: "October (610 square kilometres)"
            r" \((?:about |some |nearly |roughly |around |almost |over )?\d|"
            # XPER443: a roundup's heading: "October in numbers: …"
            rf" (?:{en.MONTH_HEADING_AFTER})(?![\w]))",
        ),
        (
            # PERIODS22: "on the night of November 18 to 19": the 19th
            "date",
            r"(?:on )?the night of "
            + _EN_MONTH
            + r" \d{1,2}(?:st|nd|rd|th)?(?: to | into |[-–])(?P<day>\d{1,2})"
            r"(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?",
        ),
        (
            "date",
            r"(?:on |by |as of )?(?:the (?:morning|evening|night) of )?"
            + _EN_MONTH
            + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<year>\d{4}))?",
        ),
        (
            "date",
            r"(?:on |by |as of )?(?:the (?:morning|evening|night) of )?"
            r"(?P<day>\d{1,2})(?:st|nd|rd|th)? "
            + _EN_MONTH
            + r"(?:,? (?P<year>\d{4}))?",
        ),
        # "on the 12th of March": that day
        (
            "date",
            r"(?:on |by |as of )?the (?P<day>\d{1,2})(?:st|nd|rd|th) of "
            + _EN_MONTH
            + r"(?:,? (?P<year>\d{4}))?",
        ),
        # PERIODS37: "on the 3rd" with no month: a day of the reference's
        # month (as "2 числа"), not a unit ("on the 93rd brigade's lines")
        # nor a span's first day ("on the 3rd and 4th")
        (
            "day_of_month",
            r"(?:on (?:the (?:morning|evening|night) of )?|in the early hours of )"
            r"the (?P<day>\d{1,2})(?:st|nd|rd|th)(?: of this month|"
            r" (?P<prevm>of last month)|(?=\s*(?:[.,;:)!?—–]|$)|\s+(?:when|after|"
            r"before|as|amid|while|but|following|in|near|at|around|"
            r"and (?!the \d|\d))))",
        ),
        (
            "month",
            r"(?:(?:in|during|over|throughout|for|at the (?:end|beginning|start) of|"
            # PERIODS22: "in the first days of May" is told as the month
            r"in the (?:first|last|final|opening|closing) (?:few )?days of|"
            r"by the end of) (?:early |late |mid-)?"
            + _EN_MONTH
            # "for October 1." is that day, not the month
            + r"(?: (?P<year>\d{4}))?(?! \d{1,2}(?:st|nd|rd|th)?(?:[.,;:)]|$))|"
            + r"(?:early |late |mid-)?"
            + _EN_MONTH.replace("(?P<mon>", "(?P<mon_b>")
            + r" (?P<year_b>\d{4}))(?![\w-])",
        ),
        (
            "year",
            r"(?:in|during|throughout|for (?:all of )?|over|(?:over|in) the course of)"
            r" (?P<year>(?:19|20)\d\d)"
            r"(?![\w-])",
        ),
        ("two_days_ago", r"(?:on )?the day before yesterday"),
        (
            "yesterday",
            r"yesterday|(?:over|in|during) the (?:past|last|previous) day|"
            r"a day earlier|the (?:day before|previous day)(?! (?:yesterday|\w+day))",
        ),
        (
            "last_24h",
            r"(?:over|in|during|within) the (?:past|last|previous) 24 hours",
        ),
        (
            "past_days",
            r"(?:over |in |during |within )?the (?:past|last|previous) "
            r"(?P<nh>48|72|96) hours",
        ),
        ("as_of", _AS_OF_EN),
        (
            # PERIODS22: "overnight into Tuesday", "on the night of Monday to
            # Tuesday": the night that ends on Tuesday is of Tuesday (as "у ніч
            # на вівторок")
            "weekday",
            r"overnight (?:into|to) "
            + _WEEKDAY_EN
            + r"|(?:on )?the night of (?:"
            + en.WEEKDAY_WORDS
            + r") (?:to|into) (?P<wd2>"
            + en.WEEKDAY_WORDS
            + r")",
        ),
        (
            "today",
            r"today|this morning|in the morning|tonight|overnight|last night|"
            r"during the night|"
            r"since the (?:start|beginning) of the day|"
            # LEFTPER36: the statement's own day, as "today"
            r"since midnight|during the day|in the course of the day",
        ),
        (
            # "from Monday to Wednesday", "between Monday and Wednesday"
            "weekday_span",
            r"(?:from|between) "
            + _WEEKDAY_EN
            + r" (?:to|through|until|till|and) "
            + _WEEKDAY_EN.replace("(?P<wd>", "(?P<wd_end>"),
        ),
        (
            # "on Tuesday and Wednesday": both days
            "weekday_span",
            r"(?:on )?"
            + _WEEKDAY_EN
            + r" (?:and|&) (?:on )?"
            + _WEEKDAY_EN.replace("(?P<wd>", "(?P<wd_end>"),
        ),
        ("since_weekday", r"since " + _WEEKDAY_EN),
        ("weekday", r"(?:on |late |early )?" + _WEEKDAY_EN),
        ("days_ago", r"(?P<n>\d|two|three|four|five|six|seven|ten) days ago"),
        (
            "vague",
            r"in recent (?:days|weeks|months)|weeks ago|days ago|"
            r"over the last (?:few|several) days|"
            # PERIODS22: as "за останні кілька днів"
            r"(?:in|over|during) the (?:past|last) (?:few|couple of|several) "
            r"(?:days|weeks)",
        ),
        # "the same day": the day the text named last (``claims``)
        (
            "same_day",
            r"(?:on )?the same day|on that (?:same )?day|"
            # PERIODS34c: "Hours later, X announced …": the day named last
            r"hours later|(?:just|only|a few|several|some) hours later|"
            r"later (?:that|the same) day|later on that day|"
            # "The same evening, X said …": the day named last, too
            r"(?:on |in )?the same (?:evening|morning|night|afternoon)|"
            r"later (?:that|the same) (?:evening|morning|night|afternoon)",
        ),
        # "the next day": the day after the one the text named last (``claims``)
        ("next_day", r"(?:on )?the (?:next|following) day|a day later"),
        # B32PER41: "two days later", "a week later": that many days after the
        # day the text named last (``dating``)
        (
            "days_later",
            r"(?P<n>\d|two|three|four|five|six|seven|ten) days later|"
            r"(?:a|one|(?P<nw>two|three|four)) weeks? later",
        ),
        # B30MISS239: "since then": from the day the text named last (``claims``)
        ("since_then", r"(?:ever )?since then"),
    ],
    "uk": [
        # PERIODS23: a part of a named day ("ранку середи", "вечора четверга"):
        # that day; "цього понеділка", "у цю середу": this week's day; "за
        # ніч": the night before, as "вночі"; "за звітний тиждень": the week
        ("weekday", _WEEKDAY_OF_LAST_WEEK["uk"]),
        *_PERIODS23_UK,
        *_PERIODS26_UK,
        (
            "date_num",
            r"(?:on |станом на |по состоянию на |as of )?(?P<day>\d{1,2})\."
            r"(?P<monnum>\d{1,2})\.(?P<year>\d{4})|"
            r"(?P<year_i>\d{4})-(?P<monnum_i>\d{2})-(?P<day_i>\d{2})|" + _DAY_MONTH_NUM,
        ),
        ("span", _NUM_SPAN),
        (
            "span",
            # XPER40: "протягом жовтня та листопада", "у жовтні, листопаді й
            # грудні": a list of months is one span of them all
            r"(?:у|в|за|протягом|упродовж|впродовж) (?P<a>"
            + MONTH_RX_UK
            + r")(?:(?:, "
            + MONTH_RX_UK
            + r")*(?: (?:та|і|й) )|\s?[-–—]\s?)(?P<b>"
            + MONTH_RX_UK
            + r"(?: "
            r"\d{4})?(?: року)?)",
        ),
        (
            "ytd_year",
            r"(?:з|із|від) початку (?:поточного |цього )?(?P<year>20\d\d)"
            r"(?:-?го)?(?: року| р\.)?",
        ),
        (
            "ytd",
            r"(?:з|із|від) початку (?:поточного |цього |\d{4} )?року|цього року|"
            r"цьогоріч|"
            r"(?:у|в) (?:цьому|поточному) році|за (?:цей|поточний) рік",
        ),
        ("past_year", r"за (?:останній рік|останні (?:12|дванадцять) місяців)"),
        (
            # B28PER37: "за останні три місяці 2024 року": that year's end
            "last_months",
            r"(?:у|в|за) останн\w* (?P<nm>[\w'’]+) місяц\w* (?:(?P<year>20\d\d)"
            r"(?:-го)?(?: року| р\.)?|(?P<prev>минулого) року)",
        ),
        (
            "past_months",
            r"(?:за|протягом|упродовж|впродовж) (?:останні |минулі |останніх )?"
            r"(?P<nm>[2-9]|два|дві|три|чотири|п['’]ять|шість|двох|трьох|чотирьох)"
            r" місяц(?:і|ів)(?! до)|за (?:останні |минулі )?пів ?року(?! до)",
        ),
        (
            "month_last_year",
            r"(?:у|в) " + _UK_MONTH_LOC + r" минулого року",
        ),
        # XPER443: a nominative month of last year ("Серпень минулого року,
        # коли …")
        ("month_last_year", r"(?P<mon>" + uk.MONTHS_NOM + r") минулого року"),
        (
            "last_year",
            r"минулого року|за минулий рік|(?:у|в) минулому році|торік|минулоріч",
        ),
        (
            "war_year",
            r"(?:у|в|за) (?P<nth>перш|друг|трет|четверт)\w* рік (?:\w+ )?"
            r"(?:війни|вторгнення)",
        ),
        (
            "month",
            r"за (?:весь |увесь )?(?P<mon>" + uk.MONTHS_NOM + r")(?: (?P<year>\d{4}))?",
        ),
        (
            "since_month",
            r"(?:з|із|від) початку " + _UK_MONTH_GEN + r"(?: (?P<year>\d{4}))?",
        ),
        (
            # "з серпня 2024 року" (not "з серпня по жовтень", a span)
            "since_month",
            r"(?:з|із|від) (?:кінця |середини )?"
            + _UK_MONTH_GEN
            + r"(?!(?: \d{4})?(?: року| р\.)? (?:по|до|і|та|й) )"
            + r"(?: (?P<year>\d{4}))?(?: року| р\.)?",
        ),
        (
            "span",
            rf"(?:з|із|від) (?P<a>\d{{1,2}}|{_END_UK}) (?:по|до) (?P<b>{_END_UK})|"
            rf"(?P<a2>\d{{1,2}})(?:\s?[-–—]\s?| і | та | й )"
            rf"(?P<b2>\d{{1,2}} {MONTH_RX_UK}(?: \d{{4}})?)|"
            # XPER342: a dash across two months ("31 січня – 6 лютого 2026 р.")
            rf"(?P<a3>\d{{1,2}} {MONTH_RX_UK})\s?[-–—]\s?"
            rf"(?P<b3>\d{{1,2}} {MONTH_RX_UK}(?: \d{{4}})?(?: року| р\.)?)",
        ),
        (
            "since_date",
            r"(?:з|із|від) (?P<day>\d{1,2}) "
            + _UK_MONTH_GEN
            + r"(?: (?P<year>\d{4}))?",
        ),
        (
            "year",
            # B3140: "за увесь 2025 рік", "упродовж усього 2024 року"
            r"(?:за|у|в|протягом|впродовж|упродовж) (?:весь |увесь |всього |усього |"
            r"цілий )?(?P<year>(?:19|20)\d\d)"
            r"(?:(?:-?го)? (?:рік|року|році)|"
            # B33PER2: the year with its ending alone ("у 2025-му", "за
            # 2024-й", "протягом 2025-го")
            r"-(?:му|й|ий|го)(?![\w-]))",
        ),
        ("mtd", r"(?:з|із|від) початку (?:поточного |цього )?місяця"),
        (
            "half_month",
            r"(?:у|в|за) (?P<half>перш|друг)\w* половин\w* "
            + _UK_MONTH_GEN
            + r"(?: (?P<year>\d{4}))?",
        ),
        (
            "during_offensive",
            r"(?:під час|в ході|у ході|за час) (?:\w+ ){0,2}(?:контрнаступу|"
            r"наступу|(?:контр)?наступальної операції|операції|"
            r"повномасштабного вторгнення|вторгнення|війни)",
        ),
        (
            "as_of",
            r"(?:станом )?на (?:сьогодні|сьогоднішній день|даний момент|цей момент|"
            r"поточний момент|теперішній час)|наразі|на цей час",
        ),
        (
            # PERIODS22: "у перший тиждень травня": that week of the month
            "week_of_month",
            r"(?:у|в|за|протягом) (?P<wk>перш|друг|трет|четверт|останн)\w* "
            r"(?:(?P<wks>два|дві|двох|три|трьох|2|3) )?тижн?\w* "
            + _UK_MONTH_GEN
            + r"(?: (?P<year>\d{4}))?",
        ),
        (
            "decade",
            r"(?:у|в|за) (?P<nth>перш|друг|трет|останн)\w* декад\w* (?:"
            + _UK_MONTH_GEN
            + r"(?: (?P<year>\d{4}))?|(?P<cur>(?:цього |поточного )?місяця))|"
            r"(?:у|в|за|протягом) (?P<nth2>перш|останн)\w* "
            r"(?:десять|десяти|10) днів "
            + _UK_MONTH_GEN.replace("(?P<mon>", "(?P<mon_c>")
            + r"(?: (?P<year_c>\d{4}))?",
        ),
        (
            "past_days",
            r"за (?:останні |минулі )?(?P<n>\d+|два|дві|три|чотири|п['’]ять|шість|"
            r"сім|десять) (?:дні|днів|доби|діб)",
        ),
        (
            # "влітку 2024 року", "минулого літа", "навесні"
            "season",
            r"(?P<season>влітку|улітку|навесні|восени|взимку|узимку)"
            r"(?: (?P<year>20\d\d)(?: року| р\.)?)?|"
            r"(?:минул\w+|цьог\w*|ці\w*) (?P<season_b>літа|весни|осені|зими)|"
            # a season's roundup: "за осінь", "підсумки літа", "за літні місяці"
            r"(?:за|протягом|підсумки|підсумок) (?P<season_c>літо|літа|осінь|осені|"
            r"весну|весни|зиму|зими|(?:літн|осінн|весня|зимов)\w+ місяц\w+)",
        ),
        (
            "half",
            r"(?:у|в|за|протягом) (?P<half>перш|друг)\w* піврічч[іяю](?: "
            r"(?P<year>20\d\d) (?:року|р\.)| (?:цього|поточного) року|"
            r" (?P<prev>минулого) року)?",
        ),
        (
            # "у першому кварталі 2025 року" (not a town's quarter)
            "quarter",
            r"(?:у|в|за|протягом) (?:(?:весь|увесь|цілий|усьому|всьому|цілому) )?"
            r"(?:(?P<nth>перш|друг|трет|четверт|останн)\w*|"
            # B28PER37: a Roman numeral ("у ІІ кварталі")
            r"(?-i:(?P<qr>[IІ]{1,3}|[IІ]V))) "
            # XPER443: one quarter's forms (the plural "за останні квартали"
            # is a town's last blocks)
            r"квартал(?:і|у|а)?(?![\w])(?: (?P<year>20\d\d)(?: року| р\.)?|"
            r" (?:цього|поточного) "
            r"року)?(?! (?:міста|селища|села|мікрорайону))",
        ),
        (
            # "з понеділка по середу", "від вівторка до четверга"
            "weekday_span",
            r"(?:з|із|від) (?P<wd>"
            + _WD_GEN_UK
            + r") (?:по|до) (?P<wd_end>понеділ\w*|вівтор\w*|серед\w*|"
            r"четвер\w*|п['’]ятниц\w*|субот\w*|неділ\w*)",
        ),
        (
            # "з початку наступу в п'ятницю", "з минулої п'ятниці"
            "since_weekday",
            r"(?:з|із|від) початку (?:\w+ ){0,2}(?:контрнаступу|наступу|"
            r"операції|наступальної операції) (?:у|в) "
            + _WEEKDAY_UK
            + r"|(?:з|із|від) (?:минул\w+ )?(?P<wd2>"
            + _WD_GEN_UK
            + r")",
        ),
        (
            "first_months",
            r"(?:у|в|за) перш\w* (?P<nm>[\w'’]+) місяц\w* (?:(?P<year>20\d\d) року|"
            r"(?:цього|поточного) року|року)",
        ),
        (
            "since_start",
            # UKRU22B: "від моменту початку операції"
            r"(?:з|із|від) (?:моменту )?початку (?:\w+ ){0,2}(?:контрнаступу|наступу|"
            r"війни|вторгнення|операції|наступальної операції|"
            r"(?:контр)?наступальн\w* (?:дій|операцій)|бойових дій)"
            r"(?: (?:минулого|цього) (?:тижня|місяця)|" + _AGO_UK + ")?",
        ),
        (
            "past_months",
            r"за (?:останні|минулі) (?P<nm>\d{1,2}|два|три|чотири|п['’]ять|шість|"
            r"сім|вісім|дев['’]ять|десять|одинадцять|дванадцять) місяц\w*",
        ),
        # B28PER37: "за попередні два тижні" too
        ("past_days", r"за (?:останні |минулі |попередні )?(?:два|2) тижні"),
        (
            "past_days",
            r"за (?:останні |минулі |попередні )?(?P<nw>\d+|три|чотири|п['’]ять|шість) "
            r"тижн(?:і|ів)(?! до)",
        ),
        ("last_week", r"(?:минулого|попереднього) тижня|на минулому тижні"),
        (
            "week_before",
            r"тижнем раніше|за попередній тиждень|тиждень тому",
        ),
        ("month_before", r"місяцем раніше|місяць тому"),
        ("year_ago", r"(?:рівно |саме )?рік тому(?: сьогодні)?"),
        (
            "past_days",
            # UKRU22B: "протягом останніх трьох днів"
            r"(?:протягом|упродовж|впродовж) (?:останніх |минулих )?"
            r"(?P<n>\d+|двох|трьох|чотирьох|п['’]яти|шести|семи|десяти) (?:днів|діб)|"
            r"(?:протягом|упродовж|впродовж) (?:останніх |минулих )?"
            r"(?P<nw>\d+|двох|трьох|чотирьох) тижнів",
        ),
        (
            "running_days",
            r"(?:вже |уже )(?P<nth>другий|третій|четвертий|п['’]ятий|шостий|сьомий|"
            r"восьмий|дев['’]ятий|десятий) день(?: поспіль)?|"
            r"(?:вже |уже )?(?P<nth2>другий|третій|четвертий|п['’]ятий|шостий|"
            r"сьомий|восьмий|дев['’]ятий|десятий) день поспіль|"
            # XPER41: "третю добу поспіль" with no "вже" too
            r"(?:вже |уже |(?=\w+ добу поспіль))(?P<nth3>другу|третю|четверту|"
            r"п['’]яту|шосту|сьому) добу(?: поспіль)?",
        ),
        (
            # XPER241: "за перші три дні операції": days from its launch
            "first_days",
            r"(?:за|у|в|протягом|впродовж) перш(?:і|их) (?:(?P<n>\d{1,2}|два|дві|"
            r"три|чотири|п['’]ять|двох|трьох|кілька|декілька) )?(?:дні|днів|доби|"
            r"діб)(?! (?:року|місяця|тижня|війни|повномасштаб\w*|вторгнення|"
            + uk.MONTHS_GEN
            + r"))",
        ),
        (
            "past_week",
            # PERIODS31: "за минулий тиждень" is "over the past week", as
            # CONVENTIONS reads "за тиждень" (−7 … −1), not the calendar week
            r"за (?:останній |минулий )?тиждень(?! до)|(?:протягом|упродовж|"
            r"впродовж) (?:останнього )?тижня|"
            # a weekly roundup's name: "Підсумки тижня: …"
            r"(?:за )?підсумк(?:и|ами|ом) (?:минулого |останнього )?тижня",
        ),
        (
            "this_week",
            r"цього тижня|на цьому тижні|з початку (?:цього |поточного )?тижня|"
            r"за (?:цей|поточний) тиждень(?! до)|"
            r"на початку (?:цього |поточного )?тижня",
        ),
        (
            "past_month",
            r"за останній місяць|(?:протягом|упродовж|впродовж) останнього місяця",
        ),
        (
            "last_month",
            r"(?:минулого|попереднього) місяця|за минулий місяць|"
            r"(?:у|в) минулому місяці",
        ),
        (
            "this_month",
            r"цього місяця|(?:у|в) (?:цьому|поточному) місяці|"
            r"на початку (?:цього |поточного )?місяця",
        ),
        ("this_year_event", r"на початку (?:цього |поточного )?року"),  # PERIODS22
        (
            "the_month",
            r"за місяць(?! до)|(?:протягом|упродовж|впродовж) (?:цього )?місяця",
        ),
        (
            "same_period",
            r"(?:за|у|в) (?:той самий|той же|аналогічний|відповідний|такий самий) "
            r"період(?: (?:(?P<year>20\d\d)(?:-го)?(?: року| р\.)?|"
            r"(?P<prev>минулого|попереднього) року))?",
        ),
        (
            # B33PER42: "ніж роком раніше", "проти попереднього року"
            "same_period",
            r"(?P<prev>роком (?:раніше|перед тим)|(?:у |в )?попередньому році|"
            r"(?:за )?попередн(?:ього|ій) р(?:оку|ік))",
        ),
        (
            "year_end",  # XPER41: "на кінець року", "наприкінці 2024 року"
            r"(?:(?:станом )?на|до|під) кін(?:ець|ці|ця) (?:(?P<prev>минулого) |"
            r"(?P<year>20\d\d) )?року|наприкінці (?:(?P<prev_b>минулого) |"
            r"(?P<year_b>20\d\d) )?року",
        ),
        (
            # B28PER37: "за рік" / "протягом року", as "over the year"
            "the_year",
            r"(?:протягом|упродовж|впродовж) року(?! до| тому)|"
            r"за рік(?! до| тому| війни| вторгнення| повномасштабн)",
        ),
        (
            "last_quarter",
            r"(?:минулого|попереднього) кварталу|за (?:минулий|попередній) квартал|"
            r"(?:у|в) (?:минулому|попередньому) кварталі",
        ),
        ("this_quarter", r"цього кварталу|(?:у|в) (?:цьому|поточному) кварталі"),
        (
            "the_quarter",
            r"за квартал(?! (?:від|до|міста|селища|села))|"
            r"(?:протягом|упродовж|впродовж) (?:цього )?кварталу",
        ),
        (
            "today",
            r"(?:від|з|із) початку (?:цієї |поточної )?доби|сьогодні|зранку|вранці|"
            # LEFTPER36: the statement's own day ("з півночі" is the north)
            r"(?:протягом|упродовж|впродовж) (?:цього )?дня|(?:з|від) опівночі|"
            # the night before the statement, as "overnight"
            r"(?:минулої |цієї |сьогодні )?(?:вночі|уночі)|(?:минулої|цієї) ночі",
        ),
        ("last_24h", r"за (?:останні |минулі )?24 години"),
        ("past_days", r"за (?:останні |минулі )?(?P<nh>48|72|96) годин[иу]?"),
        (
            "two_days_ago",
            r"позавчора|позаминулої доби",
        ),
        (
            "yesterday",
            # "за підсумками вчорашнього дня", "за вчорашній день"
            r"(?:за підсумками |протягом |за )?вчорашн(?:ього|ій) д(?:ня|ень)|"
            r"за (?:минулу |останню |попередню )?добу(?! до)|вчора|учора|"
            r"(?:протягом|упродовж|впродовж) (?:минулої |останньої )?доби|"
            r"минулої доби|напередодні|(?:днем|днём|за день) раніше|"
            r"добою раніше|добу тому|"  # UKRU22B
            r"за (?:минулий|попередній) день|"  # PERIODS22
            r"за підсумками (?:минулої )?доби",
        ),
        (
            "date",
            r"(?P<day>\d{1,2})(?:-?го)? " + _UK_MONTH_GEN + r"(?: (?P<year>\d{4}))?",
        ),
        ("day_of_month", r"(?P<day>\d{1,2})(?:-?го)? числа"),
        # PERIODS37: "у ніч на 3-тє" (no month): that day of the month
        (
            "day_of_month",
            r"(?:у|в) ніч на (?P<day>\d{1,2})-?(?:те|тє|є|е)(?: число)?(?![\w-])"
            rf"(?!\s+(?:{MONTH_RX_UK}))",
        ),
        ("month", r"(?:у|в) " + _UK_MONTH_LOC + r"(?: (?P<year>\d{4}))?"),
        # the next month of a list, heading its bracketed figure: "у жовтні
        # (610 кв. км) та листопаді (725 кв. км)"
        ("month", r"(?:та|і|й) " + _UK_MONTH_LOC + r"(?= \(\s*\d)"),
        # XPER443: a month in the nominative as its sentence's subject or
        # heading: "Листопад став рекордним", "Вересень: окупанти захопили 500",
        # "рекордним став листопад: …" ("лютий бій" without them is no month)
        ("month", _UK_MONTH_SUBJECT),
        ("month", _UK_SUBJECT_MONTH),
        # a roundup headline: "Підсумки січня: …"
        ("month", r"підсумк\w* " + _UK_MONTH_GEN + r"(?: (?P<year>\d{4}))?"),
        (
            "month",
            r"(?:наприкінці|на початку|в середині|у середині|до кінця|протягом|"
            # UKRU22B: "протягом усього травня", "у перших числах травня"
            r"(?:протягом|упродовж|впродовж) (?:усього|всього)|"
            r"(?:у|в) (?:перших|останніх) числах|"
            # PERIODS22: "у перші дні травня" is told as the month
            r"(?:у|в) (?:перші|останні) (?:кілька днів|дні)|"
            r"впродовж|упродовж|за весь період) "
            + _UK_MONTH_GEN
            + r"(?: (?P<year>\d{4}))?",
        ),
        (
            "weekend",
            # PERIODS24: "упродовж вихідних", "за підсумками вихідних"
            r"(?:на|у|в|за|протягом|упродовж|впродовж|за підсумками) "
            r"(?:минулих |минулі |цих |ці |останніх |останні )?"
            # PERIODS22: "минулих вихідних" with no preposition
            r"вихідн(?:их|і)|(?:минулих|цих|останніх) вихідних|"
            # UKRU22B: the instrumental "минулими вихідними"
            r"(?:минулими|цими|останніми) вихідними",
        ),
        (
            # "у вівторок і середу": both days
            "weekday_span",
            r"(?:у|в) "
            + _WEEKDAY_UK
            + r" (?:і|й|та) (?:(?:у|в) )?"
            + _WEEKDAY_UK.replace("(?P<wd>", "(?P<wd_end>"),
        ),
        ("days_ago", r"(?P<n>\d|два|дві|три|чотири|п['’]ять) (?:дні|днів) тому"),
        (
            "since_season",
            r"(?:з|із|від) (?:початку )?(?P<season>літа|весни|осені|зими)"
            r"(?: (?P<year>20\d\d)(?: року| р\.)?)?",
        ),
        # "у ніч на суботу": the night that ends on Saturday is of Saturday;
        # so is "у ніч з п'ятниці на суботу"
        (
            "weekday",
            r"(?:у|в) ніч (?:(?:з|із) (?:"
            + _WD_GEN_UK
            + r") )?(?:на|проти) "
            + _WEEKDAY_UK,
        ),
        (
            # PERIODS22: "у ніч проти вівторка" (the genitive)
            "weekday",
            r"(?:у|в) ніч (?:(?:з|із) (?:"
            + _WD_GEN_UK
            + r") )?проти (?P<wd>"
            + _WD_GEN_UK
            + r")",
        ),
        ("weekday", r"(?:у|в) (?:минул\w+ )?" + _WEEKDAY_UK),
        (
            "weekday",
            r"минул\w+ (?P<wd>" + _WD_GEN_UK + r")",
        ),
        ("by_mid_month", r"до середини (?:цього |поточного )?місяця"),
        (
            "by_month",
            r"до (?:середини|початку) " + _UK_MONTH_GEN + r"(?: (?P<year>\d{4}))?",
        ),
        (
            "vague",
            r"за останні (?:кілька|декілька) днів|протягом (?:кількох|"
            r"декількох) днів",
        ),
        (
            "same_day",
            r"того ж(?:е)? дня|того самого дня|(?:у|в) той же день|"
            r"того ж(?:е)? (?:вечора|ранку)|того самого (?:вечора|ранку)|"
            r"тієї ж(?:е)? ночі|(?:у|в) той же (?:вечір|ранок)",
        ),
        ("next_day", r"наступного дня|на наступний день"),
        (
            "days_later",
            r"через (?P<n>\d|два|дві|три|чотири|п['’]ять) (?:дні|днів|доби)|"
            r"(?P<n2>\d|два|дві|три|чотири|п['’]ять) (?:дні|днів) по тому|"
            r"через (?:тиждень|(?P<nw>два|три|чотири) тижні)|тиждень по тому",
        ),
        ("since_then", r"відтоді(?!,? як)|з тих пір(?!,? як)|з того часу(?!,? як)"),
    ],
    "ru": [
        # PERIODS23: "утром среды", "утро четверга", "вечером пятницы": that
        # day; "в этот понедельник", "в эту среду": this week's day; "за
        # отчетную неделю": the week
        ("weekday", _WEEKDAY_OF_LAST_WEEK["ru"]),
        *_PERIODS23_RU,
        *_PERIODS26_RU,
        (
            "date_num",
            r"(?:on |станом на |по состоянию на |as of )?(?P<day>\d{1,2})\."
            r"(?P<monnum>\d{1,2})\.(?P<year>\d{4})|"
            r"(?P<year_i>\d{4})-(?P<monnum_i>\d{2})-(?P<day_i>\d{2})|" + _DAY_MONTH_NUM,
        ),
        ("span", _NUM_SPAN),
        (
            "span",
            # XPER40: "в течение октября и ноября", "в октябре, ноябре и
            # декабре": a list of months is one span of them all
            r"(?:в|за|в течение|на протяжении) (?P<a>"
            + MONTH_RX_RU
            + r")(?:(?:, "
            + MONTH_RX_RU
            + r")* и |\s?[-–—]\s?)(?P<b>"
            + MONTH_RX_RU
            + r"(?: "
            r"\d{4})?(?: года)?)",
        ),
        (
            "ytd_year",
            r"(?:с|от) начала (?:текущего |нынешнего |этого )?(?P<year>20\d\d)"
            r"(?:-?го)?(?: года| г\.)?",
        ),
        (
            "ytd",
            r"(?:с|от) начала (?:этого |текущего |нынешнего |календарного )?года|"
            r"в (?:этом|текущем|нынешнем|уходящем) году|"
            r"за (?:этот|текущий|нынешний|уходящий) год",
        ),
        ("past_year", r"за (?:последний год|последние (?:12|двенадцать) месяцев)"),
        (
            # B28PER37: "за последние три месяца 2024 года": that year's end
            "last_months",
            r"(?:в|за) последни\w* (?P<nm>\w+) месяц\w* (?:(?P<year>20\d\d)"
            r"(?:-го)?(?: года| г\.)?|(?P<prev>прошлого) года)",
        ),
        (
            "past_months",
            r"(?:за|в течение) (?:последние |прошедшие |последних )?"
            r"(?P<nm>[2-9]|два|две|три|четыре|пять|шесть|двух|трех|трёх|четырех)"
            r" месяц(?:а|ев)(?! до)|за (?:последние )?полгода(?! до)",
        ),
        (
            "month_last_year",
            r"в " + _RU_MONTH_LOC + r" (?:прошлого|минувшего) года",
        ),
        # XPER443: "Август прошлого года, когда …"
        (
            "month_last_year",
            r"(?P<mon>" + ru.MONTHS_NOM + r") (?:прошлого|минувшего) года",
        ),
        ("last_year", r"в прошлом году|за прошлый год|в минувшем году"),
        (
            "war_year",
            r"(?:в|за) (?P<nth>перв|втор|трет|четверт)\w* год (?:\w+ )?"
            r"(?:войны|СВО|спецоперации)",
        ),
        (
            "month",
            r"за (?:весь )?(?P<mon>" + ru.MONTHS_NOM + r")(?: (?P<year>\d{4}))?",
        ),
        (
            "since_month",
            r"с начала " + _RU_MONTH_GEN + r"(?: (?P<year>\d{4}))?",
        ),
        (
            # "с августа 2024 года" (not "с августа по октябрь", a span)
            "since_month",
            r"с (?:конца |середины )?"
            + _RU_MONTH_GEN
            + r"(?!(?: \d{4})?(?: года| г\.)? (?:по|до|и) )"
            + r"(?: (?P<year>\d{4}))?(?: года| г\.)?",
        ),
        (
            "span",
            rf"(?:с|со|от) (?P<a>\d{{1,2}}(?:-?го)?|{_END_RU}) (?:по|до) "
            rf"(?P<b>(?:\d{{1,2}}(?:-?е)? {MONTH_RX_RU}|{MONTH_RX_RU})(?: \d{{4}})?"
            rf"(?: года| г\.)?)|"
            rf"(?P<a2>\d{{1,2}})(?:\s?[-–—]\s?| и )"
            rf"(?P<b2>\d{{1,2}} {MONTH_RX_RU}(?: \d{{4}})?)|"
            # XPER342: a dash across two months ("31 января – 6 февраля 2026 г.")
            rf"(?P<a3>\d{{1,2}} {MONTH_RX_RU})\s?[-–—]\s?"
            rf"(?P<b3>\d{{1,2}} {MONTH_RX_RU}(?: \d{{4}})?(?: года| г\.)?)",
        ),
        (
            "since_date",
            r"с (?P<day>\d{1,2}) " + _RU_MONTH_GEN + r"(?: (?P<year>\d{4}))?",
        ),
        (
            "year",
            # B3140: "на протяжении всего 2024 года", "за целый 2025 год"
            r"(?:за|в|в течение|на протяжении) (?:весь |всего |целый )?"
            r"(?P<year>(?:19|20)\d\d)(?:(?:-?го)? "
            r"(?:год|году|года)|"
            # B33PER2: the year with its ending alone ("в 2024-м", "за
            # 2025-й", "в течение 2025-го")
            r"-(?:м|й|ом|го)(?![\w-]))",
        ),
        ("mtd", r"с начала (?:этого |текущего )?месяца"),
        (
            "half_month",
            r"(?:во?|за) (?P<half>перв|втор)\w* половин\w* "
            + _RU_MONTH_GEN
            + r"(?: (?P<year>\d{4}))?",
        ),
        (
            "during_offensive",
            r"(?:в ходе|за время|во время) (?:\w+ ){0,2}(?:контрнаступления|"
            r"наступления|СВО|спецоперации|специальной военной операции|"
            r"операции|войны|вторжения)",
        ),
        (
            "as_of",
            r"(?:по состоянию )?на (?:сегодня|сегодняшний день|данный момент|"
            r"текущий момент|настоящий момент)|к настоящему времени|"
            r"в настоящее время",
        ),
        (
            "past_months",
            r"за (?:последние|прошедшие|прошлые) (?P<nm>\d{1,2}|два|три|четыре|пять|"
            r"шесть|семь|восемь|девять|десять|одиннадцать|двенадцать) месяц\w*",
        ),
        (
            # PERIODS22: "в первую неделю мая": that week of the month
            "week_of_month",
            r"(?:во?|за|на|в течение) (?P<wk>перв|втор|трет|четв[её]рт|последн)\w* "
            r"(?:(?P<wks>две|два|двух|три|тр[её]х|2|3) )?недел\w* "
            + _RU_MONTH_GEN
            + r"(?: (?P<year>\d{4}))?",
        ),
        (
            "decade",
            r"(?:во?|за) (?P<nth>перв|втор|трет|последн)\w* декад\w* (?:"
            + _RU_MONTH_GEN
            + r"(?: (?P<year>\d{4}))?|(?P<cur>(?:этого |текущего )?месяца))|"
            r"(?:во?|за|в течение) (?P<nth2>перв|последн)\w* "
            r"(?:десять|десяти|10) дней "
            + _RU_MONTH_GEN.replace("(?P<mon>", "(?P<mon_c>")
            + r"(?: (?P<year_c>\d{4}))?",
        ),
        (
            "past_days",
            r"за (?:последние |прошедшие |минувшие )?(?P<n>\d+|два|две|три|четыре|"
            r"пять|шесть|семь|десять|двое|трое|четверо|пятеро) (?:дня|дней|суток)",
        ),
        (
            # "летом 2024 года", "прошлым летом", "весной"
            "season",
            r"(?:(?:прошл|минувш|эт)\w+ )?(?P<season>летом|весной|осенью|зимой)"
            r"(?: (?P<year>20\d\d)(?: года| г\.)?)?|"
            # a season's roundup: "за осень", "итоги лета", "за летние месяцы"
            r"(?:за|в течение|итоги|итог) (?P<season_c>лето|лета|осень|осени|весну|"
            r"весны|зиму|зимы|(?:летн|осенн|весенн|зимн)\w+ месяц\w+)",
        ),
        (
            "half",
            r"(?:во?|за|в течение) (?P<half>перв|втор)\w* полугоди[еия](?: "
            r"(?P<year>20\d\d) (?:года|г\.)| (?:этого|текущего) года|"
            r" (?P<prev>прошлого) года)?",
        ),
        (
            # "в первом квартале 2025 года" (not a town's quarter)
            "quarter",
            r"(?:во?|за|в течение) (?:(?:весь|целый|вс[её]м|целом) )?"
            r"(?:(?P<nth>перв|втор|трет|четв[её]рт|последн)"
            # B28PER37: a Roman numeral ("во II квартале")
            r"\w*|(?-i:(?P<qr>I{1,3}|IV))) "
            # XPER443: one quarter's forms ("за последние кварталы": blocks)
            r"квартал(?:е|а|у)?(?![\w])(?: (?P<year>20\d\d)(?: года| г\.)?|"
            r" (?:этого|текущего) "
            r"года)?(?! (?:города|посёлка|поселка|села|микрорайона))",
        ),
        (
            # "с понедельника по среду", "со вторника до четверга"
            "weekday_span",
            r"со? (?P<wd>"
            + _WD_GEN_RU
            + r") (?:по|до) (?P<wd_end>понедельник\w*|вторник\w*|сред\w*|"
            r"четверг\w*|пятниц\w*|суббот\w*|воскресен\w*)",
        ),
        (
            # "с начала наступления в пятницу", "с прошлой пятницы"
            "since_weekday",
            r"с начала (?:\w+ ){0,2}(?:операции|контрнаступления|наступления) "
            r"в " + _WEEKDAY_RU + r"|со? (?:прошл\w+ )?(?P<wd2>" + _WD_GEN_RU + r")",
        ),
        (
            "first_months",
            r"(?:в|за) перв\w* (?P<nm>\w+) месяц\w* (?:(?P<year>20\d\d) года|"
            r"(?:этого|текущего) года|года)",
        ),
        (
            "since_start",
            # UKRU22B: "с момента начала", "с начала полномасштабного вторжения"
            r"с (?:момента )?начала (?:\w+ ){0,2}(?:СВО|спецоперации|операции|"
            r"вторжения|"
            r"контрнаступления|наступления|войны|"
            r"(?:контр)?наступательн\w* (?:действий|операций)|боевых действий)"
            r"(?: на (?:прошлой|этой) неделе| в (?:прошлом|этом) месяце|"
            + _AGO_RU
            + ")?",
        ),
        # B28PER37: "за предыдущие две недели" too
        (
            "past_days",
            r"за (?:последние |прошедшие |предыдущие |минувшие )?(?:две|2) недели",
        ),
        (
            "past_days",
            r"за (?:последние |прошедшие |минувшие |предыдущие )?"
            r"(?P<nw>\d+|три|четыре|пять|шесть) недел[иь](?! до)",
        ),
        (
            "last_week",
            r"на прошлой неделе|на минувшей неделе|"
            r"(?:в конце|в начале|в середине) (?:прошлой|минувшей) недели",
        ),
        # "за прошлую неделю": a roundup's week, the calendar one
        (
            "calendar_week",
            r"за прошлую неделю(?! до)|(?:в течение|на протяжении) прошлой недели",
        ),
        (
            "week_before",
            r"неделей (?:ранее|раньше)|за предыдущую неделю|на предыдущей неделе|"
            r"неделю назад",
        ),
        ("month_before", r"месяцем (?:ранее|раньше)|месяц назад"),
        ("year_ago", r"(?:ровно )?год назад(?: сегодня)?"),
        (
            "past_days",
            # UKRU22B: "на протяжении", "в течение последних трёх дней"
            r"(?:в течение|на протяжении) (?:последних |прошедших |минувших )?"
            r"(?P<n>\d+|двух|тр[её]х|четыр[её]х|пяти|шести|семи|"
            r"десяти) (?:дней|суток)|"
            r"(?:в течение|на протяжении) (?:последних |прошедших |минувших )?"
            r"(?P<nw>\d+|двух|тр[её]х|четыр[её]х) недель",
        ),
        (
            "running_days",
            r"(?:уже )(?P<nth>второй|третий|четв[её]ртый|пятый|шестой|седьмой|"
            r"восьмой|девятый|десятый) день(?: подряд)?|"
            r"(?:уже )?(?P<nth2>второй|третий|четв[её]ртый|пятый|шестой|седьмой|"
            r"восьмой|девятый|десятый) день подряд|"
            r"(?:уже )?(?P<nth3>вторые|третьи|четв[её]ртые|пятые|шестые|седьмые) "
            r"сутки",
        ),
        (
            # XPER241: "за первые три дня операции": days from its launch
            "first_days",
            r"(?:за|в|во|в течение) перв(?:ые|ых) (?:(?P<n>\d{1,2}|два|две|двое|"
            r"три|трое|четыре|пять|двух|тр[её]х|несколько) )?(?:дня|дней|дни|"
            r"суток)(?! (?:года|месяца|недели|войны|полномасштаб\w*|вторжения|"
            + ru.MONTHS_GEN
            + r"))",
        ),
        (
            "past_week",
            r"за (?:прошедшую |последнюю |минувшую |истекшую )?неделю(?! до)|"
            r"(?:в течение|на протяжении) (?:прошедшей |минувшей |последней )?"
            r"недели|"
            # a weekly roundup's name: "Итоги недели: …"
            r"(?:по )?итог(?:и|ам) (?:прошедшей |минувшей |последней )?недели",
        ),
        (
            "this_week",
            r"на (?:этой|текущей|нынешней) неделе|с начала (?:этой |текущей )?недели|"
            r"в начале (?:этой |текущей )?недели|за (?:эту|текущую) неделю(?! до)",
        ),
        (
            "past_month",
            r"за (?:последний|прошедший) месяц|"
            r"(?:в течение|на протяжении) последнего месяца",
        ),
        (
            "last_month",
            r"в (?:прошлом|минувшем|предыдущем) месяце|"
            r"за (?:прошлый|минувший|предыдущий) месяц|"
            # PERIODS22: "в конце прошлого месяца" (uk/en already so)
            r"(?:в конце|в начале|в середине) (?:прошлого|минувшего) месяца",
        ),
        (
            "this_month",
            r"в (?:этом|текущем) месяце|в начале (?:этого |текущего )?месяца",
        ),
        ("this_year_event", r"в начале (?:этого |текущего )?года"),  # PERIODS22
        (
            "the_month",
            r"за месяц(?! до)|(?:в течение|на протяжении) (?:этого )?месяца",
        ),
        (
            "same_period",
            r"(?:за|в) (?:тот же|аналогичный|соответствующий|такой же) период"
            r"(?: (?:(?P<year>20\d\d)(?: года| г\.)?|(?P<prev>прошлого|"
            r"предыдущего) года))?",
        ),
        (
            # B33PER42: "чем годом ранее", "против предыдущего года"
            "same_period",
            r"(?P<prev>годом (?:ранее|раньше|прежде)|(?:в )?предыдущем году|"
            r"(?:за )?предыдущ(?:его|ий) год(?:а)?)",
        ),
        (
            "year_end",  # XPER41: "на конец года", "к концу 2024 года"
            r"(?:(?:по состоянию )?на|к|до|в) кон(?:ец|це|цу|ца) "
            r"(?:(?P<prev>прошлого) |(?P<year>20\d\d) )?года",
        ),
        (
            # B28PER37: "за год" / "в течение года", as "over the year"
            "the_year",
            r"(?:в течение|на протяжении) года(?! до| назад)|"
            r"за год(?! до| назад| войны| СВО| спецоперации| полномасштабн)",
        ),
        (
            "last_quarter",
            r"в (?:прошлом|минувшем|предыдущем) квартале|"
            r"за (?:прошлый|минувший|прошедший|предыдущий) квартал",
        ),
        ("this_quarter", r"в (?:этом|текущем) квартале"),
        (
            "the_quarter",
            r"за квартал(?! (?:от|до|города|посёлка|поселка|села))|"
            r"(?:в течение|на протяжении) (?:этого )?квартала",
        ),
        ("last_24h", r"за (?:последние |прошедшие )?24 часа"),
        ("past_days", r"за (?:последние |прошедшие )?(?P<nh>48|72|96) час(?:а|ов)"),
        (
            "two_days_ago",
            r"позавчера",
        ),
        (
            "yesterday",
            # "по итогам вчерашнего дня", "за вчерашний день"
            r"(?:по итогам |в течение |за )?вчерашн(?:его|ий) д(?:ня|ень)|"
            r"за (?:минувшие |прошедшие |последние |истекшие )?сутки(?! до)|вчера|"
            # PERIODS22: "в минувшие сутки", "за минувший день"
            r"в (?:минувшие|прошедшие|последние|истекшие) сутки(?! до)|"
            r"за (?:минувший|прошедший|истекший) день|"
            r"по итогам (?:минувших |прошедших |истекших )?суток|"
            r"в течение (?:минувших |прошедших |последних |истекших )?суток|"
            r"накануне|"
            r"(?:днем|днём|за день) ранее|сутками ранее|сутки назад",
        ),
        (
            "today",
            r"(?:с|от) начала (?:этих |текущих )?суток|сегодня|утром|"
            # LEFTPER36: the statement's own day
            r"в течение (?:этого )?дня|в течение сегодняшнего дня|с полуночи|"
            # the night before the statement, as "overnight"
            r"(?:прошлой |этой |минувшей |сегодня )?ночью|"
            r"за (?:прошедшую |минувшую |прошлую |эту )?ночь",
        ),
        (
            "date",
            r"(?P<day>\d{1,2})(?:-?го|-е)? " + _RU_MONTH_GEN + r"(?: (?P<year>\d{4}))?",
        ),
        ("day_of_month", r"(?P<day>\d{1,2})(?:-?го)? числа"),
        # PERIODS37: "в ночь на 3-е" (no month): that day of the month
        (
            "day_of_month",
            r"в ночь на (?P<day>\d{1,2})-?е(?: число)?(?![\w-])"
            rf"(?!\s+(?:{MONTH_RX_RU}))",
        ),
        ("month", r"в " + _RU_MONTH_LOC + r"(?: (?P<year>\d{4}))?"),
        # "в октябре (610 кв. км) и ноябре (725 кв. км)"
        ("month", r"и " + _RU_MONTH_LOC + r"(?= \(\s*\d)"),
        # XPER443: a month in the nominative as its sentence's subject or
        # heading: "Ноябрь стал рекордным", "Сентябрь: 500 кв. км",
        # "рекордным стал ноябрь: …" ("май" without them is no month)
        ("month", _RU_MONTH_SUBJECT),
        ("month", _RU_SUBJECT_MONTH),
        ("month", r"итог\w* " + _RU_MONTH_GEN + r"(?: (?P<year>\d{4}))?"),
        (
            "month",
            r"(?:в конце|в начале|в середине|к концу|в течение|на протяжении|"
            # UKRU22B: "в течение всего мая", "в первых числах мая"
            r"в течение всего|на протяжении всего|в (?:первых|последних) числах|"
            # PERIODS22: "в первые дни мая" is told as the month
            r"в (?:первые|последние) (?:несколько дней|дни)) "
            + _RU_MONTH_GEN
            + r"(?: (?P<year>\d{4}))?",
        ),
        (
            "weekend",
            # PERIODS24: "в течение выходных", "по итогам выходных"
            r"(?:на|в|за|в течение|на протяжении|по итогам) (?:прошлых |прошедших |"
            r"минувших |этих |прошлые |"
            r"прошедшие |минувшие |эти )?выходн(?:ых|ые)",
        ),
        (
            # "во вторник и среду": both days
            "weekday_span",
            r"(?:в|во) "
            + _WEEKDAY_RU
            + r" и (?:(?:в|во) )?"
            + _WEEKDAY_RU.replace("(?P<wd>", "(?P<wd_end>"),
        ),
        ("days_ago", r"(?P<n>\d|два|две|три|четыре|пять) (?:дня|дней) назад"),
        (
            "since_season",
            r"с (?:начала )?(?P<season>лета|весны|осени|зимы)"
            r"(?: (?P<year>20\d\d)(?: года| г\.)?)?",
        ),
        # "в ночь на субботу": the night that ends on Saturday is of Saturday;
        # so is "в ночь с пятницы на субботу"
        (
            "weekday",
            r"в ночь (?:с (?:" + _WD_GEN_RU + r") )?на " + _WEEKDAY_RU,
        ),
        ("weekday", r"(?:в|во) (?:прошл\w+ |минувш\w+ )?" + _WEEKDAY_RU),
        ("by_mid_month", r"к середине (?:этого |текущего )?месяца"),
        (
            "by_month",
            r"к (?:середине|началу) " + _RU_MONTH_GEN + r"(?: (?P<year>\d{4}))?",
        ),
        ("vague", r"за последние (?:несколько|пару) дней"),
        (
            "same_day",
            r"в тот же день|того же дня|в этот же день|"
            r"тем же (?:вечером|утром|днём|днем)|той же ночью|"
            r"в тот же (?:вечер|день)|в то же утро|в ту же ночь|"
            r"того же (?:вечера|утра)",
        ),
        ("next_day", r"на следующий день|на другой день"),
        (
            "days_later",
            r"(?:через|спустя) (?P<n>\d|два|две|три|четыре|пять) (?:дня|дней|суток)|"
            r"(?:через|спустя) (?:неделю|(?P<nw>две|три|четыре) недели)",
        ),
        ("since_then", r"с тех пор(?!,? как)|с того времени(?!,? как)"),
    ],
}
_COMPILED = {
    lang: [
        (k, re.compile(r"(?<![\w])(?:" + p + r")(?![\w])", re.IGNORECASE))
        for k, p in pats
    ]
    for lang, pats in _PATTERNS.items()
}


# the words an English expression can start with: a cheap look-ahead that
# spares the whole alternation at every other word (2-3x faster); a new
# English row starting with another word must add it here
_FIRST_WORDS = {
    "en": (
        r"on|in|by|as|at|to|so|a |the|this|its|their|from|since|between|"
        r"including|during|over|through|across|within|for|last|past|previous|"
        r"earlier|late|early|mid|year|yesterday|today|tonight|currently|weeks|"
        r"days|станом|по|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|"
        r"tue|wed|thu|fri|sat|sun|summer|spring|autumn|fall|winter|"
        r"t(?:wo|hree|en)|f(?:our|ive)|s(?:ix|even)|hours|several|just|only|"
        r"q[1-4]|"
        # XPER241: "until the end of 2024" (the year_end row's own words)
        r"until|till"
    ),
}


def _combine(
    pats: list[tuple[str, str]], first: str | None = None
) -> tuple[re.Pattern[str], list[str]]:
    """One alternation for all patterns (first listed wins at a position)."""
    parts = []
    for i, (_, p) in enumerate(pats):
        q = re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<{m.group(1)}_{i}>", p)
        parts.append(f"(?P<k_{i}>{q})")
    ahead = f"(?={first})" if first else ""
    rx = re.compile(
        r"(?<![\w])" + ahead + "(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE
    )
    return rx, [k for k, _ in pats]


_COMBINED = {
    lang: _combine(pats, _FIRST_WORDS.get(lang)) for lang, pats in _PATTERNS.items()
}

CUMULATIVE_KINDS = {
    "by_year",
    "running_span",
    "since_year",
    "as_of",
    "ytd_year",
    "by_month",
    "by_mid_month",
    "ytd",
    "mtd",
    "month_so_far",
    "since_month",
    "since_start",
    "since_weekday",
    "during_offensive",
    "since_date",
    "since_season",
    "including_month",
}
# the kind a weekly roundup names its week with ("за неделю", "over the past
# week"; news saying "last week" is no roundup)
WEEK_KINDS = frozenset({"past_week", "calendar_week"})
# the kinds a daily report names its day with ("за сутки", "за минулу добу",
# "over the past day / 24 hours", "від початку доби")
DAY_KINDS = frozenset({"yesterday", "last_24h", "today"})
# a single day named relative to the statement ("said yesterday",
# "накануне", "заявив сьогодні"), not a span a report covers
NAMED_DAY = re.compile(
    r"yesterday|day (?:earlier|before)|today|вчора|учора|напередодні|сьогодні|"
    r"вчера|накануне|сегодня|(?:днем|днём) ран(?:ее|іше)",
    re.IGNORECASE,
)
# "year" is bounded here: a year-to-date total is told apart where the
# statement day is known (``year_to_date``)
BOUNDED_KINDS = {
    "first_days",
    "week_to",
    "last_year",
    "month_last_year",
    "last_named_month",
    "year",
    "span",
    "half_month",
    "the_month",
    "past_year",
    "past_months",
    "war_year",
    "last_24h",
    "season",
    "date_num",
    "this_year_event",
    "weekend",
    "last_week",
    "calendar_week",
    "past_week",
    "this_week",
    "past_days",
    "last_month",
    "past_month",
    "this_month",
    "month",
    "date",
    "day_of_month",
    "today",
    "yesterday",
    "month_of_that_year",
    "week_of_month",
    "quarter",
    "same_period",
    "last_months",
    "the_quarter",
    "last_quarter",
    "this_quarter",
    "running_days",
    "decade",
    "week_before",
    "month_before",
    "year_ago",
    "weekday_span",
    "days_ago",
}


@dataclass(frozen=True)
class PeriodMention:
    """A time expression found in a sentence (offsets into that sentence)."""

    start: int
    end: int
    text: str
    kind: str
    groups: dict = field(default_factory=dict)


_ANY_TIME = re.compile(
    r"\d|week|month|year|day|today|tonight|overnight|night|morning|since|"
    r"offensive|"
    r"operation|invasion|war\b|hostilities|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"recent|ago|тиж|місяц|рок|доб|сьогодн|вчора|учора|зранку|вранці|січ|лют|"
    r"берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|понеділ|вівтор|"
    r"серед|четвер|п.ятниц|субот|неділ|днів|початку|недел|месяц|год|сутки|"
    r"вчера|сегодня|утром|январ|феврал|март|апрел|мая|мае|июн|июл|август|"
    r"сентябр|октябр|ноябр|декабр|понедельник|вторник|среду|пятниц|"
    r"воскресен|дней|начала|числа|summer|spring|autumn|fall|winter|half|"
    r"півріч|полугод|дні|дня|рік|під час|в ході|у ході|в ходе|за время|"
    r"во время|(?-i:СВО)|наразі|currently|so far|present|moment|to date|"
    r"половин|годин|за час|діб|дни|суббот|цьогоріч|торік|минулоріч|напередодні|"
    r"накануне|суток|літ|весн|осен|осін|зим|лет|вихідн|выходн|день|момент|"
    r"времени|на цей час|ранее|раніше|декад|ноч|ночі|ніч|fortnight|quarter|"
    r"квартал|днем|днём|році|hours|evening|afternoon|вечер|вечор|вечір|ранк|утр",
    re.IGNORECASE,
)
_ANY_TIME = folded(_ANY_TIME)
_COMBINED = {lang: (folded(rx), kinds) for lang, (rx, kinds) in _COMBINED.items()}


# a span that starts on 1 January or on the day of the invasion is a total
_RUNNING_SPAN = re.compile(
    r"(?:1(?:st)? (?:jan|січ|янв)|jan\w*\.? 1(?:st)?\b|24(?:th)? (?:feb|лют|фев)|"
    r"feb\w*\.? 24)",
    re.IGNORECASE,
)


# "the most since 2022", "the smallest since March", "for the first time since"
_SUPERLATIVE_BEFORE = re.compile(
    # ("at least two places since …" is a count, no comparison)
    r"\b(?:(?<!\bat )most|(?<!\bat )least|\w{3,}est|first time|biggest|largest|highest|"
    r"fastest)"
    r"(?: \w+){0,3} $",
    re.IGNORECASE,
)
# speed: a case-folded twin, keyed
_SUPERLATIVE_BEFORE = keyed(folded(_SUPERLATIVE_BEFORE))
# the uk/ru words that make "за рік" / "за год" a comparison ("вперше за рік",
# "наибольшее продвижение за год", "рекордний за рік")
_RECORD_BEFORE = re.compile(
    r"(?<![\w])(?:вперше|впервые|найбільш\w*|наймен\w*|наибольш\w*|наименьш\w*|"
    r"сам\w+|рекорд\w*|максимальн\w*|мінімальн\w*|минимальн\w*)"
    r"(?: [\w-]+){0,3} $",
    re.IGNORECASE,
)
# B34PER43: a running span after a superlative or a record ("the slowest pace
# since the start of the year", "это наименьший показатель с начала лета",
# "найменший показник з початку літа") compares, it dates nothing; the
# running kinds it may take, and the uk/ru record words without the
# pronoun "сам / сама / самі / саме" ("themselves", "exactly") and the uk
# adverbs "найбільше / найменше" ("most of it this year")
_RUNNING_KINDS = frozenset({"ytd", "ytd_year", "mtd"})
# ... said with "since" ("this year", "цього року" are no comparison's)
_SINCE_WORD = re.compile(r"(?:since|from|з|із|від|с|со|от)\b", re.IGNORECASE)
_RECORD_BEFORE_SINCE = re.compile(
    r"(?<![\w])(?!(?:сам|сама|сами|самі|само|саме|найбільше|найменше)(?![\w]))"
    r"(?:най(?:вищ|нижч|швидш|повільн)\w*|"
    + _RECORD_BEFORE.pattern[len(r"(?<![\w])(?:") :],
    re.IGNORECASE,
)


def _group_names(rx: re.Pattern[str], n: int) -> list[list[tuple[str, str]]]:
    """Per combined pattern, its groups' (combined name, own name), in
    group order."""
    out: list[list[tuple[str, str]]] = [[] for _ in range(n)]
    for k in rx.groupindex:
        head, _, idx = k.rpartition("_")
        if head and not k.startswith("k_") and idx.isdigit() and int(idx) < n:
            out[int(idx)].append((k, head))
    return out


#: the groups of each pattern of _COMBINED (speed: no groupdict per match)
_GROUP_NAMES = {
    lang: _group_names(rx, len(kinds)) for lang, (rx, kinds) in _COMBINED.items()
}


def find_periods(text: str, lang: str = "en") -> list[PeriodMention]:
    """Non-overlapping time expressions in ``text``, left to right."""
    return list(_find_periods_cached(text, lang))


@functools.lru_cache(maxsize=2048)
def _find_periods_cached(text: str, lang: str) -> tuple[PeriodMention, ...]:
    """The time expressions of ``text`` (cached): the matches of the combined
    pattern that pass their kind's checks, left to right and not overlapping,
    then events, listed and chained years and "the week before" resolved."""
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    rx, kinds = _COMBINED.get(lang, _COMBINED["en"])
    names = _GROUP_NAMES[lang if lang in _COMBINED else "en"]
    gate = _ANY_TIME.search  # asked at the first match only, then dropped
    for m in rx.finditer(text):
        if gate is not None:
            # speed: a text with no time word holds no time expression; the
            # combined pattern finds none in most such texts sooner than the
            # time words are looked for (and no match leaves nothing anyway);
            # looked for from the match on first, where one nearly always is
            # (the pattern has no look-behind: a word found there is one)
            if gate(text, m.start()) is None and gate(text) is None:
                return ()
            gate = None
        s, e = m.start(), m.end()
        if taken and s < taken[-1][1]:  # matches come left to right
            continue
        kind, groups = _kind_and_groups(m, kinds, names)
        checked = _checked_kind(text, lang, m, kind, groups)
        if checked is None:
            continue
        taken.append((s, e))
        found.append(PeriodMention(s, e, m.group(0), checked, groups))
    if not found:
        return ()  # speed: nothing for the steps below to resolve
    # (found is in order: the matches come left to right)
    found = _chain_years(_list_years(_since_event(found, text, lang), text))
    return tuple(_week_before_of(_day_parts(found, text)))


# PERIODS22: a part of a day said alone ("вранці", "утром", "ночью")
_DAY_PART = folded(
    re.compile(
        r"(?:in the )?(?:morning|evening|night)|overnight|during the night|"
        r"зранку|вранці|уранці|ввечері|увечері|вночі|уночі|"
        r"утром|вечером|ночью|днем|днём",
        re.IGNORECASE,
    )
)
_ADJACENT = re.compile(r"[\s,]*")
# the days a part of a day belongs to when written next to one
_DAYS_WITH_PARTS = frozenset(
    {"weekday", "yesterday", "two_days_ago", "days_ago", "date", "date_num"}
)


def _day_parts(found: list[PeriodMention], text: str) -> list[PeriodMention]:
    """A part of a day written next to a day ("у вівторок вранці", "вчера
    утром", "ночью 3 марта") is that day's, not today: the part is dropped
    and the day dates the claim."""
    out: list[PeriodMention] = []
    for k, p in enumerate(found):
        if p.kind == "today" and _DAY_PART.fullmatch(p.text.strip()):
            near = found[max(0, k - 1) : k] + found[k + 1 : k + 2]
            if any(
                q.kind in _DAYS_WITH_PARTS
                and _ADJACENT.fullmatch(text, min(p.end, q.end), max(p.start, q.start))
                for q in near
            ):
                continue
        out.append(p)
    return out


def _kind_and_groups(
    m: re.Match[str], kinds: list[str], names: list[list[tuple[str, str]]]
) -> tuple[str, dict[str, str]]:
    """The kind of the pattern matched (the ``k_`` group that closed last) and
    its named groups that took part, by their short names."""
    idx = int((m.lastgroup or "")[2:])
    groups = {}
    for full, short in names[idx]:
        v = m.group(full)
        if v is not None:
            groups[short] = v
    return kinds[idx], groups


def _checked_kind(
    text: str, lang: str, m: re.Match[str], kind: str, groups: dict[str, str]
) -> str | None:
    """The kind of match ``m`` after its checks (a span over years is a running
    span), or None when it is no time: "the most since 2022", "may" and
    "march" as ordinary English words."""
    if kind == "span":
        kind = _span_kind(lang, m, groups)
        if kind is None:
            return None
    s = m.start()
    if kind.startswith("since") or (
        kind in _RUNNING_KINDS and _SINCE_WORD.match(m.group(0))
    ):
        if _SUPERLATIVE_BEFORE.search(text, max(0, s - 60), s) or (
            lang != "en" and _RECORD_BEFORE_SINCE.search(text, max(0, s - 60), s)
        ):
            return None  # "the most since 2022": a comparison, not a span
    if kind == "the_year" and _RECORD_BEFORE.search(text, max(0, s - 60), s):
        return None  # "вперше за рік", "самый большой за год": a comparison
    mon = groups.get("mon")
    if lang == "en" and mon:
        if not mon[:1].isupper():
            return None  # "may", "march" as ordinary words
        if (
            kind == "month"
            and mon.lower() == "may"
            and not re.match(
                r"(?:in|during|since|early|late|mid|over|at|by|for|throughout)",
                m.group(0),
                re.IGNORECASE,
            )
        ):
            return None
    return kind


def _span_kind(lang: str, m: re.Match[str], groups: dict[str, str]) -> str | None:
    """A span's kind: a running span over years or up to now ("from November
    2022 to August 2025", "from 1 January to 30 November"), else a span; None
    for an English span whose ends are no names ("from march to …")."""
    ends = (
        next((groups[k] for k in _SPAN_A if groups.get(k)), ""),
        next((groups[k] for k in _SPAN_B if groups.get(k)), ""),
    )
    if lang == "en" and not all(x[:1].isupper() or x[:1].isdigit() for x in ends):
        return None  # "from march to …"
    if _RUNNING_SPAN.match(groups.get("a", "")) or (
        len(set(re.findall(r"\d{4}", m.group(0)))) > 1
    ):
        # "from November 2022 to August 2025", "from 1 January to
        # 30 November": a total over years or year-to-date
        return "running_span"
    return "span"


# "the previous week / month" after another span of the sentence
_PREVIOUS_WEEK = re.compile(
    r"\b(?:previous|preceding)\b|(?<![\w])(?:попередн|предыдущ)\w*", re.IGNORECASE
)


# "the previous day", "the day before", "a day earlier" (not "yesterday")
_DAY_BEFORE_IT = re.compile(
    r"\b(?:previous|day before|earlier)\b|(?<![\w])(?:попередн|предыдущ|раніше|ранее|"
    r"напередодні|накануне)\w*",
    re.IGNORECASE,
)


# LEFTPER37: "over the same period" / "за той самий період" / "за тот же
# период" / "за то же время" with no other year: the span a claim of the
# sentence before was told in (``refers_to_told_span``)
# XPER41: "over the same month" / "за той самий місяць" / "за тот же месяц",
# "этот же год", "the same week": the last span told of that length
_SAME_SPAN_BACK = {
    "en": re.compile(
        r"\b(?:(?:over|in|during|for|across|within) the (?:same|corresponding|"
        r"equivalent|comparable) (?:period|time|timeframe|time ?frame|span|"
        r"(?P<month>month)|(?P<year>year)|(?P<week>week))"
        # XPER342: "over that time", "during this period" (said back)
        r"|(?:over|in|during|within) (?:all )?(?:that|this) (?:time|period))"
        r"(?! (?:of|in) (?:20\d\d|last|the previous)| a year| last year)\b",
        re.IGNORECASE,
    ),
    "uk": re.compile(
        r"(?<![\w])(?:за|у|в|протягом|упродовж|впродовж) (?:той самий|той же|"
        r"цей самий|цей же|цей|такий самий|такий же|аналогічний|відповідний) "
        r"(?:період|час|термін|проміжок(?: часу)?|(?P<month>місяць)|(?P<year>рік)|"
        r"(?P<week>тиждень))(?! \d| минулого| попереднього)(?![\w])",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w])(?:(?:за|в|в течение|на протяжении) (?:тот же|этот же|это же|"
        r"то же|такой же|аналогичный|соответствующий) (?:период|время|срок|"
        r"промежуток(?: времени)?|(?P<month>месяц)|(?P<year>год)|(?P<week>неделю))"
        # XPER342: "за это время", "за этот период" (said back)
        r"|(?:за|в течение) (?:вс[её] )?(?:это время|этот период))"
        r"(?! \d| прошлого| предыдущего)(?![\w])",
        re.IGNORECASE,
    ),
}
# the told spans' lengths a unit accepts, in days (a month, a year to date)
_SAME_UNIT_DAYS = {"month": (27, 30), "year": (28, 365), "week": (6, 6)}


def refers_to_told_span(text: str, lang: str) -> bool:
    """Whether ``text`` dates its claim by "the same period" with no year
    and no other time before it: the span told in an earlier sentence.

    >>> refers_to_told_span("Over the same period, Ukraine retook 90 sq km.", "en")
    True
    >>> refers_to_told_span("ВСУ за тот же период вернули 180 кв. км", "ru")
    True
    >>> refers_to_told_span("за аналогічний період минулого року", "uk")
    False
    """
    return told_span_unit(text, lang) is not None


def told_span_unit(text: str, lang: str) -> str | None:
    """The unit "the same …" of ``text`` points back with ("period" for any
    span told; "month", "year", "week" for one of that length), or None.

    >>> told_span_unit("Минобороны за тот же месяц заявило о 39 сёлах", "ru")
    'month'
    >>> told_span_unit("Over the same period, Ukraine retook 90 sq km.", "en")
    'period'
    """
    rx = _SAME_SPAN_BACK.get(lang)
    m = rx.search(text) if rx is not None else None
    if m is None or any(p.start < m.start() for p in find_periods(text, lang)):
        return None
    return next((u for u in ("month", "year", "week") if m.group(u)), "period")


def fits_told_unit(unit: str, start: date | None, end: date | None) -> bool:
    """Whether a told span ``start`` … ``end`` is one ``unit`` points back to
    (any for "period"; a calendar month, a span within one year from its 1
    January, seven days)."""
    if unit == "period":
        return True
    if start is None or end is None:
        return False
    days = (end - start).days
    low, high = _SAME_UNIT_DAYS[unit]
    if unit == "month":
        return start.day == 1 and start.month == end.month and low <= days <= high
    if unit == "year":
        return (start.month, start.day) == (1, 1) and start.year == end.year
    return low <= days <= high


def _week_before_of(found: list[PeriodMention]) -> list[PeriodMention]:
    """ "a week earlier" (or "the previous week") after a span in the same
    sentence ("last week, down from 520 sq km a week earlier") keeps that span
    as ``prior``."""
    out: list[PeriodMention] = []
    for p in found:
        if p.kind == "same_period" and not (
            out
            and (p.groups.get("year") or p.groups.get("prev") or p.groups.get("prev_b"))
        ):
            # "in the same period" with no other year, or no span before it in
            # the sentence: the span the text told last still dates the claim
            continue
        if p.kind == "past_week" and out and _PREVIOUS_WEEK.search(p.text):
            # PERIODS37: "200 sq km last week, up from 150 sq km the previous
            # week": the week before the one named, not the past seven days
            p = PeriodMention(p.start, p.end, p.text, "week_before", p.groups)
        elif p.kind == "yesterday" and out and _DAY_BEFORE_IT.search(p.text):
            # "12 sq km on Tuesday, up from 8 the previous day": the day
            # before the day named (``_r_yesterday``)
            p = PeriodMention(
                p.start, p.end, p.text, p.kind, dict(p.groups, prior=out[-1])
            )
        elif p.kind == "last_month" and out and _PREVIOUS_WEEK.search(p.text):
            # "540 sq km in October, up from 400 the previous month": the
            # month before the one named (``_r_last_month``)
            p = PeriodMention(
                p.start, p.end, p.text, p.kind, dict(p.groups, prior=out[-1])
            )
        if (
            p.kind in ("week_before", "same_period", "month_before", "by_mid_month")
            and out
        ):
            p = PeriodMention(
                p.start, p.end, p.text, p.kind, dict(p.groups, prior=out[-1])
            )
        out.append(p)
    return out


# the year a list of months ends with: "October (610 sq km) and November (725
# sq km) of last year", "у жовтні та листопаді минулого року"
_LIST_TAIL = re.compile(
    r"(?:\s*\([^()]{1,60}\))?"
    r"(?:\s*(?:,|and|та|і|й|и)\s*(?:in |у |в )?[^\W\d_]{3,12}\.?"
    r"(?:\s*\([^()]{1,60}\))?)*"
    r"\s+(?:of\s+)?(?P<tail>last year|(?:минулого|попереднього) року|"
    r"(?:прошлого|минувшего) года|(?P<y>20\d\d)(?:\s+(?:року|года))?)(?![\w])",
    re.IGNORECASE,
)


# the next month of such a list, after "and" or a comma
_LIST_WORD = re.compile(
    r"(?:,|\band\b|(?<![\w])(?:та|і|й|и)(?![\w]))\s*(?:(?:in|у|в)\s+)?"
    r"([^\W\d_]{3,12})",
    re.IGNORECASE,
)


def _list_years(found: list[PeriodMention], text: str) -> list[PeriodMention]:
    """A month without a year in a list that ends with one ("October (610 sq
    km) and November (725 sq km) of last year") takes that year; the
    "last year" consumed so is no mention of its own."""
    out: list[PeriodMention] = []
    consumed: set[int] = set()
    for p in found:
        g = p.groups
        if p.kind != "month" or g.get("year") or g.get("year_b") or not g.get("mon"):
            out.append(p)
            continue
        m = _LIST_TAIL.match(text, p.end)
        if m is None or not all(
            _month_number(w) for w in _LIST_WORD.findall(text, p.end, m.start("tail"))
        ):
            out.append(p)
            continue
        consumed.add(m.start("tail"))
        year = m.group("y") or "last"
        out.append(
            PeriodMention(p.start, p.end, p.text, p.kind, dict(g, list_year=year))
        )
    return [q for q in out if q.start not in consumed]


_CALENDAR_KINDS = {
    "month",
    "date",
    "half_month",
    "week_of_month",
    "by_month",
    "decade",
}


def _chain_years(found: list[PeriodMention]) -> list[PeriodMention]:
    """A month without a year after one with a year ("in November 2024 …, in
    December …, in January …") takes that year, the next one once the months
    wrap; kept as ``chain_year`` for texts without a publication day."""
    out: list[PeriodMention] = []
    year: int | None = None
    last_mon: int | None = None
    for p in found:
        g = p.groups
        mon_word = g.get("mon") or g.get("mon_b")
        mon = _month_number(mon_word) if mon_word else None
        written = g.get("year") or g.get("year_b") or g.get("year_i")
        if written:
            year, last_mon = int(written), mon
        elif year is not None and mon is not None and p.kind in _CALENDAR_KINDS:
            if last_mon is not None and mon < last_mon:
                year += 1
            last_mon = mon
            p = PeriodMention(
                p.start, p.end, p.text, p.kind, dict(g, chain_year=str(year))
            )
        out.append(p)
    return out


_SINCE = {
    "en": re.compile(r"\bsince\b", re.IGNORECASE),
    "uk": re.compile(
        r"(?<![\w])(?:з моменту|відтоді,? як|з того часу,? як)(?![\w])", re.IGNORECASE
    ),
    "ru": re.compile(r"(?<![\w])(?:с момента|с тех пор,? как)(?![\w])", re.IGNORECASE),
}
_SINCE_GAP = re.compile(r"[,.;:!?()\"“”«»]")
# between "з початку наступу" and the day it began: only where it was
# ("на Харківському напрямку", "в Курской области")
_OPERATION_GAP = re.compile(
    r"\s*(?:(?:на|в|у|під|под|біля|около)\s+[\w'’-]+\s+(?:(?:напрям\w*|"
    r"направлени\w*|ділянц\w*|участк\w*|област\w*|області)\s+)?)?",
    re.IGNORECASE,
)


def _since_event(
    found: list[PeriodMention], text: str, lang: str
) -> list[PeriodMention]:
    """A date after "since <event>" starts a running total.

    "since launching the assault on May 10", "since the city fell on Feb 17",
    "since the start of the counteroffensive in early June": the date (or
    month) is the start of the period, which runs to the statement day.
    """
    since_rx = _SINCE.get(lang)
    if since_rx is None:
        return found
    out = list(found)
    for p in found:
        if p.kind not in ("date", "month", "year") or p not in out:
            continue
        lo = max(0, p.start - 90)
        # "с начала наступления на харьковском направлении 10 мая": the start
        # of an operation, then its day
        opened = [
            q
            for q in out
            if q.kind == "since_start"
            and lo <= q.start
            and q.end <= p.start
            and _OPERATION_GAP.fullmatch(text, q.end, p.start)
        ]
        hits = list(since_rx.finditer(text, lo, p.start))
        if not hits and not opened:
            continue
        if opened:
            start, end_hit = opened[-1].start, opened[-1].end
        else:
            start, end_hit = hits[-1].start(), hits[-1].end()
        gap = text[end_hit : p.start]
        if _SINCE_GAP.search(gap) or len(gap.split()) > 12:
            continue
        if any(
            q is not p
            and start < q.start < p.start
            and q.start != start
            and not (opened and q is opened[-1])
            for q in out
        ):
            continue  # another time expression in between
        kind = {"date": "since_date", "month": "since_month"}.get(p.kind, "since_year")
        groups = dict(p.groups, inner_kind=p.kind, inner_start=p.start)
        merged = PeriodMention(start, p.end, text[start : p.end], kind, groups)
        out = [q for q in out if not (q.start < p.end and start < q.end)]
        out.append(merged)
    out.sort(key=lambda q: q.start)
    return out


def since_inner(
    found: list[PeriodMention], anchor: int, text: str
) -> PeriodMention | None:
    """The time of an event told inside a "since" span ("since seizing X in
    February": the seizure is of February) for a claim word at ``anchor``
    within it, else None; the claims after the span run from it.

    >>> t = "Since seizing X in February, they took 500 sq km."
    >>> since_inner(find_periods(t, "en"), 6, t).text
    'in February'
    >>> since_inner(find_periods(t, "en"), 33, t) is None
    True
    """
    for p in found:
        if "inner_kind" in p.groups and p.start < anchor < p.groups["inner_start"]:
            g = {k: v for k, v in p.groups.items() if not k.startswith("inner_")}
            a0 = p.groups["inner_start"]
            return PeriodMention(a0, p.end, text[a0 : p.end], p.groups["inner_kind"], g)
    return None


# "since the since-kind, the bounded kind of its day or month"
_EVENT_OF = {"since_month": "month", "since_date": "date", "since_year": "year"}


def event_of(p: PeriodMention) -> PeriodMention | None:
    """The bounded time inside a "since" span ("since August" -> "August"),
    for the event told in its "when" clause; None for other kinds.

    >>> event_of(find_periods("since August", "en")[0]).kind
    'month'
    """
    kind = _EVENT_OF.get(p.kind)
    if kind is None or p.kind == "since_month" and not p.groups.get("mon"):
        return None
    groups = {k: v for k, v in p.groups.items() if not k.startswith("inner_")}
    groups["event"] = "1"
    return PeriodMention(p.start, p.end, p.text, kind, groups)


# the stems of each table, longest first (sorted once)
_MONTH_STEMS = tuple(
    sorted(table.items(), key=lambda t: -len(t[0]))
    for table in (MONTHS_UK, MONTHS_RU, MONTHS_EN)
)
_WEEKDAY_STEMS = sorted(WEEKDAYS.items(), key=lambda t: -len(t[0]))


def _month_number(word: str) -> int | None:
    """The month a word names, whole or cut short ("вер." of "верес").

    >>> _month_number("вересня"), _month_number("вер."), _month_number("Sept.")
    (9, 9, 9)
    """
    w = word.lower().rstrip(".")
    for table in _MONTH_STEMS:
        for stem, n in table:
            if w.startswith(stem):
                return n
    for table in _MONTH_STEMS:
        for stem, n in table:
            if len(w) >= 3 and stem.startswith(w):
                return n
    return None


def _weekday_number(word: str) -> int | None:
    w = word.lower()
    for stem, n in _WEEKDAY_STEMS:
        if w.startswith(stem):
            return n
    return None


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _recent_year(month: int, day: int, ref: date) -> int:
    """Year of the latest (month, day) at or before ``ref``."""
    try:
        return ref.year if date(ref.year, month, day) <= ref else ref.year - 1
    except ValueError:
        return ref.year


def weekday_on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


Span = tuple[date | None, date | None]
_WAR_START = date(2022, 2, 24)
# "since the start of the full-scale invasion", "з початку повномасштабного
# вторгнення", "с начала СВО": a start every side dates the same
_FULL_SCALE = re.compile(
    r"full-scale|повномасштабн|полномасштабн|(?<![\w])СВО(?![\w])|спецоперац|"
    r"специальной военной",
    re.IGNORECASE,
)
_FULL_SCALE = keyed(folded(_FULL_SCALE))  # speed: a case-folded twin, keyed
_NONE: Span = (None, None)
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "ten": 10,
    "два": 2,
    "дві": 2,
    "две": 2,
    "три": 3,
    "чотири": 4,
    "четыре": 4,
    "пять": 5,
    "шість": 6,
    "шесть": 6,
    "сім": 7,
    "семь": 7,
    "десять": 10,
    "двое": 2,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    # genitive, after "протягом" / "в течение"
    "двох": 2,
    "трьох": 3,
    "чотирьох": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "десяти": 10,
    "двух": 2,
    "трех": 3,
    "трёх": 3,
    "четырех": 4,
    "четырёх": 4,
}
# ordinal stems: "for the third day", "вже третій день", "третьи сутки"
_DAY_ORDINALS = (
    ("sec", 2),
    ("thi", 3),
    ("fou", 4),
    ("fif", 5),
    ("six", 6),
    ("sev", 7),
    ("eig", 8),
    ("nin", 9),
    ("ten", 10),
    ("друг", 2),
    ("втор", 2),
    ("трет", 3),
    ("четв", 4),
    ("пят", 5),
    ("шост", 6),
    ("шест", 6),
    ("сьом", 7),
    ("седь", 7),
    ("вось", 8),
    ("девя", 9),
    ("деся", 10),
)
_SEASON_FIRST = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# uk/ru season words by stem: влітку, літа, летом; навесні, весни, весной; …
_SEASON_STEMS = (
    ("літ", 6),
    ("літк", 6),
    ("лет", 6),
    ("весн", 3),
    ("весен", 3),
    ("навесн", 3),
    ("осен", 9),
    ("восен", 9),
    ("осін", 9),
    ("зим", 12),
    ("взимк", 12),
    ("узимк", 12),
    ("влітк", 6),
    ("улітк", 6),
)
_PREVIOUS = re.compile(r"last|минул|прошл|минувш", re.IGNORECASE)


def _season_first(word: str) -> int | None:
    """The first month of a season named in en/uk/ru, else None."""
    w = word.lower()
    if w in _SEASON_FIRST:
        return _SEASON_FIRST[w]
    return next((m for stem, m in _SEASON_STEMS if w.startswith(stem)), None)


@dataclass(frozen=True)
class _Ctx:
    """What a rule sees: the mention, its groups and the reference days."""

    m: PeriodMention
    g: dict
    year: int | None  # a year written in the expression
    ref: date | None  # statement date, else publication date
    context_year: int | None  # the last year written before, in the text


def _latest_month_year(mon: int, ref: date) -> int:
    """Year of the latest calendar month ``mon`` that has begun by ``ref``."""
    return ref.year if mon <= ref.month else ref.year - 1


def _r_season(c: _Ctx) -> Span:
    g = c.g
    season = next(
        (g[k] for k in ("season", "season_b", "season_c", "season_d") if g.get(k)), ""
    )
    m0 = _season_first(season)
    if m0 is None:
        return _NONE
    year = _year_begun(c, m0, previous=bool(_PREVIOUS.search(c.m.text)))
    if year is None:
        return _NONE
    e_m, e_y = (m0 + 2 - 1) % 12 + 1, year + (m0 + 2 > 12)
    return date(year, m0, 1), _month_range(e_y, e_m)[1]


def _year_begun(c: _Ctx, month: int, *, previous: bool = False) -> int | None:
    """The year written, else the year of the latest 1st of ``month`` on or
    before the statement day (the one before that when ``previous``: "last
    summer"); None with neither.

    >>> c = _Ctx(None, {}, None, date(2025, 2, 10), None)
    >>> _year_begun(c, 6), _year_begun(c, 1), _year_begun(c, 1, previous=True)
    (2024, 2025, 2024)
    """
    if c.year is not None:
        return c.year
    if c.ref is None:
        return None
    return c.ref.year - 1 if previous else _latest_month_year(month, c.ref)


def _r_since_season(c: _Ctx) -> Span:
    """ "since the start of the summer": the first day of the latest such
    season begun by the statement day (or of the year written) … that day."""
    assert c.ref is not None
    start, _ = _r_season(c)
    if start is None or start > c.ref:
        return _NONE
    return start, c.ref


# the quarter an ordinal names, by its stem (en, uk, ru)
_QUARTERS = (
    ("fir", 1), ("sec", 2), ("thi", 3), ("fou", 4), ("las", 4),
    ("пер", 1), ("дру", 2), ("вто", 2), ("тре", 3), ("чет", 4), ("ост", 4),
    ("пос", 4),
)  # fmt: skip


_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _r_quarter(c: _Ctx) -> Span:
    """ "in the first quarter": its three months, of the year written, else of
    the latest such quarter begun by the statement day (up to that day)."""
    nth = (c.g.get("nth") or "").lower()
    q = next((n for stem, n in _QUARTERS if nth and nth.startswith(stem)), None)
    if c.g.get("qn"):
        q = int(c.g["qn"])
    elif c.g.get("qr"):
        # Roman, the Cyrillic "І" read as the Latin one
        q = _ROMAN_QUARTERS.get(c.g["qr"].replace("І", "I"))
    if q is None:
        return _NONE
    year = int(c.g["year_b"]) if c.g.get("year_b") else _year_begun(c, 3 * q - 2)
    if year is None:
        return _NONE
    start, end = date(year, 3 * q - 2, 1), _month_range(year, 3 * q)[1]
    if c.ref is not None and start <= c.ref < end:
        end = c.ref
    return start, end


def _quarter_range(year: int, q: int) -> Span:
    """The first and last day of quarter ``q`` of ``year``."""
    return date(year, 3 * q - 2, 1), _month_range(year, 3 * q)[1]


def _r_last_quarter(c: _Ctx) -> Span:
    """ "last quarter" / "за минулий квартал" / "в прошлом квартале": the
    quarter before the statement day's."""
    assert c.ref is not None
    q = (c.ref.month - 1) // 3 + 1
    return (
        _quarter_range(c.ref.year, q - 1)
        if q > 1
        else _quarter_range(c.ref.year - 1, 4)
    )


def _r_this_quarter(c: _Ctx) -> Span:
    """ "this quarter": its first day … the statement day."""
    assert c.ref is not None
    q = (c.ref.month - 1) // 3 + 1
    return _quarter_range(c.ref.year, q)[0], c.ref


def _r_the_quarter(c: _Ctx) -> Span:
    """ "over the quarter" / "за квартал": the quarter a review tells, the
    quarter just ended when said in a quarter's first month (as "over the
    month" in a month's first week), else the quarter to the statement day.

    >>> from datetime import date
    >>> m = find_periods("over the quarter", "en")[0]
    >>> resolve(m, date(2025, 4, 2))
    (datetime.date(2025, 1, 1), datetime.date(2025, 3, 31))
    """
    assert c.ref is not None
    if c.ref.month % 3 == 1:
        return _r_last_quarter(c)
    return _r_this_quarter(c)


def days_later(m: PeriodMention) -> int:
    """B32PER41: how many days "two days later" / "через тиждень" / "спустя
    три дня" counts on from the day named before it.

    >>> [days_later(find_periods(t, lang)[0]) for t, lang in (
    ...     ("Three days later", "en"), ("через два тижні", "uk"),
    ...     ("спустя неделю", "ru"))]
    [3, 14, 7]
    """
    g = m.groups
    days = g.get("n") or g.get("n2")
    if days:
        n = re.sub(r"['’]", "", days.lower())
        return int(n) if n.isdigit() else _NUMBER_WORDS[n]
    weeks = (g.get("nw") or "").lower()
    return 7 * (_NUMBER_WORDS[weeks] if weeks else 1)


def _r_days_ago(c: _Ctx) -> Span:
    """ "two days ago" / "два дні тому" / "два дня назад": that day."""
    assert c.ref is not None
    n = re.sub(r"['’]", "", c.g.get("n", "").lower())
    d = c.ref - timedelta(days=int(n) if n.isdigit() else _NUMBER_WORDS[n])
    return d, d


def _r_half(c: _Ctx) -> Span:
    second = c.g.get("half", "").lower()[:2] in ("se", "др", "вт")
    year = c.year
    if c.g.get("prev"):
        if c.ref is None:
            return _NONE
        year = c.ref.year - 1
    elif year is None:
        if c.ref is None:
            return _NONE
        year = c.ref.year - 1 if second and c.ref.month < 7 else c.ref.year
    if second:
        return date(year, 7, 1), date(year, 12, 31)
    return date(year, 1, 1), date(year, 6, 30)


# the number of months in "the first five months of the year" (en, uk, ru)
_MONTH_COUNT = {
    w: n
    for n, words in enumerate(
        (
            "",
            "one",
            "two два дві",
            "three три",
            "four чотири четыре",
            "five п'ять п’ять пять",
            "six шість шесть",
            "seven сім семь",
            "eight вісім восемь",
            "nine дев'ять дев’ять девять",
            "ten десять",
            "eleven одинадцять одиннадцать",
            "twelve дванадцять двенадцать",
        )
    )
    for w in words.split()
}


def _r_first_months(c: _Ctx) -> Span:
    nm = c.g.get("nm", "").lower()
    n = int(nm) if nm.isdigit() else _MONTH_COUNT.get(nm)
    if n is None or not 1 <= n <= 12:
        return _NONE
    year = _year_begun(c, 1)
    if year is None:
        return _NONE
    return date(year, 1, 1), _month_range(year, n)[1]


def _r_last_months(c: _Ctx) -> Span:
    """ "the last three months of 2024": October … December of that year
    (of last year, or the latest such months begun by the statement day)."""
    nm = c.g.get("nm", "").lower()
    n = int(nm) if nm.isdigit() else _MONTH_COUNT.get(nm)
    if n is None or not 1 <= n <= 12:
        return _NONE
    if c.g.get("prev"):
        if c.ref is None:
            return _NONE
        year: int | None = c.ref.year - 1
    else:
        year = _year_begun(c, 13 - n)
    if year is None:
        return _NONE
    return date(year, 13 - n, 1), date(year, 12, 31)


def _r_week_to(c: _Ctx) -> Span:
    """ "in the week to June 8": June 2 … June 8."""
    assert c.ref is not None
    wd = _weekday_number(c.g.get("wd") or "")
    mon = _month_number(c.g.get("mon") or "")
    if wd is not None:
        end = weekday_on_or_before(c.ref, wd)
    elif mon is not None:
        day = int(c.g["day"])
        year = c.year or _recent_year(mon, day, c.ref)
        try:
            end = date(year, mon, day)
        except ValueError:
            return _NONE
    else:
        return _NONE
    return end - timedelta(days=6), end


def _r_week_of_month(c: _Ctx) -> Span:
    mon = _month_number(c.g.get("mon", ""))
    if mon is None:
        return _NONE
    year = _year_begun(c, mon)
    if year is None:
        return _NONE
    last = _month_range(year, mon)[1]
    if c.g.get("wks"):  # PERIODS26: "the first three weeks of October"
        weeks = 3 if c.g["wks"].lower()[:2] in ("th", "3", "тр") else 2
        return date(year, mon, 1), date(year, mon, 7 * weeks)
    n = _WEEK_NTH.get(c.g["wk"].lower()[:4])
    if n is None:  # the last week
        return last - timedelta(days=6), last
    return date(year, mon, 7 * n + 1), date(year, mon, 7 * n + 7)


# the week of a month by the first four letters of its ordinal (en / uk / ru);
# "last" / "останній" / "последний" is absent: the month's last seven days
_WEEK_NTH = {
    "firs": 0,
    "seco": 1,
    "thir": 2,
    "four": 3,
    "перш": 0,
    "перв": 0,
    "друг": 1,
    "втор": 1,
    "трет": 2,
    "четв": 3,
}


def _r_date_num(c: _Ctx) -> Span:
    g = c.g
    if g.get("monnum_us") or g.get("monnum_us2"):
        return _us_date(c)
    if g.get("year_i"):
        d = date(int(g["year_i"]), int(g["monnum_i"]), int(g["day_i"]))
    elif g.get("day_n"):
        return _day_month(c, int(g["day_n"]), int(g["monnum_n"]))
    else:
        d = date(int(g["year"]), int(g["monnum"]), int(g["day"]))
    return d, d


def _us_date(c: _Ctx) -> Span:
    """An American date in figures ("10/3", "10/03/2024", "10/3/24"): month
    first; with no year the latest such day on or before the reference."""
    g = c.g
    if not g.get("monnum_us"):
        return _day_month(c, int(g["day_us2"]), int(g["monnum_us2"]))
    year = int(g["year_us"])
    try:
        d = date(
            year if year > 99 else 2000 + year, int(g["monnum_us"]), int(g["day_us"])
        )
    except ValueError:
        return _NONE
    return d, d


def _day_month(c: _Ctx, day: int, mon: int) -> Span:
    """The latest such day on or before the reference day ("12.03" said on
    15 March 2025 is 12 March 2025), else in the year written before."""
    if c.ref is not None:
        year = c.ref.year if (mon, day) <= (c.ref.month, c.ref.day) else c.ref.year - 1
    elif c.context_year is not None:
        year = c.context_year
    else:
        return _NONE
    try:
        d = date(year, mon, day)
    except ValueError:
        return _NONE
    return d, d


def _r_since_month(c: _Ctx) -> Span:
    mon = _month_number(c.g.get("mon", ""))
    if mon is None:
        return _NONE
    year = _year_begun(c, mon)
    if year is None:
        return _NONE
    return date(year, mon, 1), c.ref


def _r_weekend(c: _Ctx) -> Span:
    if c.ref is None:
        return _NONE
    sunday = c.ref if c.ref.weekday() == 6 else weekday_on_or_before(c.ref, 6)
    return sunday - timedelta(days=1), sunday


def _r_since_weekend(c: _Ctx) -> Span:
    """ "since the weekend": the Saturday of the latest weekend … statement."""
    saturday = _r_weekend(c)[0]
    return (saturday, c.ref) if saturday is not None else _NONE


def _r_date(c: _Ctx) -> Span:
    mon = _month_number(c.g.get("mon", ""))
    day = int(c.g["day"])
    if mon is None:
        return _NONE
    year = c.year
    if year is None:
        if c.ref is None:
            return _NONE
        year = _recent_year(mon, day, c.ref)
    d = date(year, mon, day)
    return (d, c.ref) if c.m.kind == "since_date" else (d, d)


def _r_month(c: _Ctx) -> Span:
    k = c.m.kind
    mon = _month_number(c.g.get("mon", ""))
    if mon is None:
        return _NONE
    year = c.context_year if k == "month_of_that_year" else c.year
    listed = c.g.get("list_year")
    if year is None and listed:
        # "October … of last year": the year the list ends with
        if listed.isdigit():
            year = int(listed)
        elif c.ref is not None:
            year = c.ref.year - 1
    if year is None:
        if c.ref is None:
            return _NONE
        year = _latest_month_year(mon, c.ref)
        if (
            c.context_year == c.ref.year - 1
            and mon == c.ref.month == 1
            and k == "month"
        ):
            # a review of last year published early in January:
            # "In January they took 82 sq km" is last year's January (a
            # December named on 31 December is this one: PERIODS28)
            year = c.context_year
    s, e = _month_range(year, mon)
    if k == "by_month":
        low = c.m.text.lower()
        if re.search(r"mid|middle|середин", low):
            return None, s.replace(day=15)
        if re.search(r"start|beginning|початк|начал", low):
            return None, s
        return None, e
    if k == "including_month":
        return date(year, 1, 1), e
    if c.m.text.lower().startswith("since") and not c.g.get("event"):
        return s, c.ref
    return _month_third(c.m.text, s, e)


# B28PER37: a month's third ("in late March", "наприкінці серпня", "в
# последних числах сентября", "in mid-September"): days 21-end, 11-20
_LATE_IN_MONTH = re.compile(
    r"^(?:in |during )?late |^наприкінці |^(?:в|у) (?:кінці|останніх числах) |"
    r"^в (?:конце|последних числах) ",
    re.IGNORECASE,
)
_MID_MONTH = re.compile(
    r"^(?:in |during )?mid-|^(?:в|у) середині |^в середине ", re.IGNORECASE
)


def _month_third(text: str, s: date, e: date) -> Span:
    """The days of month ``s``…``e`` that ``text`` ("in late March", "у
    середині травня") narrows it to; the whole month when it does not."""
    if _LATE_IN_MONTH.search(text):
        return s.replace(day=21), e
    if _MID_MONTH.search(text):
        return s.replace(day=11), s.replace(day=20)
    return s, e


def _r_month_last_year(c: _Ctx) -> Span:
    """ "in October of last year", "у жовтні минулого року"."""
    assert c.ref is not None
    mon = _month_number(c.g.get("mon", ""))
    return _month_range(c.ref.year - 1, mon) if mon else _NONE


def _r_last_named_month(c: _Ctx) -> Span:
    """ "last October": the latest October before the statement's month."""
    assert c.ref is not None
    mon = _month_number(c.g.get("mon", ""))
    if mon is None:
        return _NONE
    return _month_range(c.ref.year if mon < c.ref.month else c.ref.year - 1, mon)


def _r_year(c: _Ctx) -> Span:
    assert c.year is not None
    s, e = date(c.year, 1, 1), date(c.year, 12, 31)
    if c.ref is not None and c.ref.year == c.year:
        e = c.ref
    return s, e


def _r_day_of_month(c: _Ctx) -> Span:
    """A day of the reference's month ("2 числа", "on the 3rd"); one after
    the reference day is of the month before ("on the 28th" said on
    5 November: 28 October), and a day the month lacks is none."""
    if c.ref is None:
        return _NONE
    day, y, m = int(c.g["day"]), c.ref.year, c.ref.month
    if day > c.ref.day or c.g.get("prevm"):  # "on the 30th of last month"
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    try:
        return (date(y, m, day),) * 2
    except ValueError:
        return _NONE


def _r_past_days(c: _Ctx) -> Span:
    assert c.ref is not None
    n, weeks, hours = c.g.get("n"), c.g.get("nw"), c.g.get("nh")
    n = n and re.sub(r"['’]", "", n.lower())
    if hours:  # "the past 72 hours": three days
        days = int(hours) // 24
    elif weeks:  # "the past three weeks": −21 … −1
        w = re.sub(r"['’]", "", weeks.lower())
        days = 7 * (int(w) if w.isdigit() else _NUMBER_WORDS[w])
    else:
        days = 14 if n is None else int(n) if n.isdigit() else _NUMBER_WORDS[n]
    return c.ref - timedelta(days=days), c.ref - timedelta(days=1)


_MONTH_COUNTS = {
    "двох": 2,
    "двух": 2,
    "трьох": 3,
    "трех": 3,
    "трёх": 3,
    "чотирьох": 4,
    "четырех": 4,
}


def _r_past_months(c: _Ctx) -> Span:
    """ "over the past three months", "за останні два місяці", "за полгода":
    the same day N months back … the day before."""
    assert c.ref is not None
    w = re.sub(r"['’]", "", (c.g.get("nm") or "6").lower())
    n = (
        int(w)
        if w.isdigit()
        else _NUMBER_WORDS.get(w) or _MONTH_COUNT.get(w) or _MONTH_COUNTS.get(w, 6)
    )
    y, m = divmod(c.ref.year * 12 + c.ref.month - 1 - n, 12)
    day = min(c.ref.day, calendar.monthrange(y, m + 1)[1])
    return date(y, m + 1, day), c.ref - timedelta(days=1)


def _r_yesterday(c: _Ctx) -> Span:
    """The day before the reference, or before the single day named earlier
    in the sentence ("on Tuesday, up from 8 sq km the previous day": Monday)."""
    assert c.ref is not None
    prior = c.g.get("prior")
    if isinstance(prior, PeriodMention):
        a, b = resolve(prior, c.ref)
        if a is not None and a == b:
            return a - timedelta(days=1), a - timedelta(days=1)
    return c.ref - timedelta(days=1), c.ref - timedelta(days=1)


def _r_last_month(c: _Ctx) -> Span:
    """The calendar month before the reference's, or before the whole month
    named earlier in the sentence ("in October, up from 400 sq km the
    previous month": September)."""
    assert c.ref is not None
    ref = c.ref
    prior = c.g.get("prior")
    if isinstance(prior, PeriodMention):
        a, b = resolve(prior, c.ref)
        if a is not None and b is not None and (a, b) == _month_range(a.year, a.month):
            ref = a
    first = ref.replace(day=1) - timedelta(days=1)
    return _month_range(first.year, first.month)


def _r_since_start(c: _Ctx) -> Span:
    # "since the counteroffensive began on June 4": that day
    assert c.ref is not None
    d = re.search(
        _EN_MONTH + r" (?P<day>\d{1,2})\b(?:,? (?P<year>\d{4}))?",
        c.m.text,
        re.IGNORECASE,
    ) or re.search(  # INV27: the day before the month ("began on 4 June")
        r"\b(?P<day>\d{1,2}) " + _EN_MONTH + r"(?:,? (?P<year>\d{4}))?",
        c.m.text,
        re.IGNORECASE,
    )
    mon = _month_number(d.group("mon")) if d else None
    if _FULL_SCALE.search(c.m.text):
        return _WAR_START, c.ref
    ago = c.g.get("ago")
    if ago:  # XPER41: "since the start of the operation two weeks ago"
        *count, unit = re.sub(r"['’]", "", ago.lower()).split()
        n = count[0] if count else "1"
        k = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 1)
        week = unit.startswith(("week", "тиж", "недел"))
        return c.ref - timedelta(days=k * (7 if week else 1)), c.ref
    if d and mon:
        day = int(d.group("day"))
        y = int(d.group("year")) if d.group("year") else None
        return date(y or _recent_year(mon, day, c.ref), mon, day), c.ref
    said = c.g.get("wd") or next(
        (m.group(1) for m in _ON_WEEKDAY.finditer(c.m.text) if _weekday_number(m[1])),
        "",
    )
    wd = _weekday_number(said)
    if wd is not None:  # "since the assault began on Friday"
        return weekday_on_or_before(c.ref, wd), c.ref
    return None, c.ref


_ON_WEEKDAY = re.compile(r"\b(?:on|last)\s+(\w+)", re.IGNORECASE)


def _r_weekday_span(c: _Ctx) -> Span:
    """ "from Monday to Wednesday": the latest such Wednesday on or before the
    publication day, and the Monday before it."""
    assert c.ref is not None
    first = _weekday_number(c.g.get("wd", ""))
    last = _weekday_number(c.g.get("wd_end", ""))
    if first is None or last is None:
        return _NONE
    end = weekday_on_or_before(c.ref, last)
    return weekday_on_or_before(end, first), end


def _r_weekday(c: _Ctx) -> Span:
    assert c.ref is not None
    wd = _weekday_number(c.g.get("wd") or c.g.get("wd2", ""))
    d = weekday_on_or_before(c.ref, wd) if wd is not None else None
    if d == c.ref and _LAST_WEEKDAY.match(c.m.text):
        d = d - timedelta(days=7)  # "минулої п'ятниці" said on a Friday
    if wd is not None and _OF_LAST_WEEK.search(c.m.text):
        # "on Thursday last week": that day of the calendar week before
        d = c.ref - timedelta(days=c.ref.weekday() + 7 - wd)
    return (d, d) if c.m.kind == "weekday" else (d, c.ref)


# "on Thursday last week", "у четвер минулого тижня", "в четверг на прошлой
# неделе"
_OF_LAST_WEEK = re.compile(r"last week|тижня|недел[еи]", re.I)
# "last Friday" said on a Friday is the Friday before, not that day
_LAST_WEEKDAY = re.compile(r"(?:last|минул\w*|(?:в|во) прошл\w*|прошл\w*)\s", re.I)


def _days(a: int, b: int) -> Callable[[_Ctx], Span]:
    """ref + a … ref + b days."""

    def rule(c: _Ctx) -> Span:
        assert c.ref is not None
        return c.ref + timedelta(days=a), c.ref + timedelta(days=b)

    return rule


def _ordinal(word: str) -> int | None:
    w = re.sub(r"['’]", "", word.lower())
    return next((n for stem, n in _DAY_ORDINALS if w.startswith(stem)), None)


def _r_running_days(c: _Ctx) -> Span:
    """ "for the third day", "for three days now", "вже третій день", "третьи
    сутки": the N days up to the statement day, that day included."""
    assert c.ref is not None
    g = c.g
    nth = g.get("nth") or g.get("nth2") or g.get("nth3")
    n = _ordinal(nth) if nth else None
    if n is None and g.get("n"):
        w = g["n"].lower()
        n = int(w) if w.isdigit() else _NUMBER_WORDS.get(w)
    if n is None:
        return _NONE
    return c.ref - timedelta(days=n - 1), c.ref


def _r_decade(c: _Ctx) -> Span:
    """ "in the first ten days of October", "у другій декаді жовтня", "в
    последней декаде мая": days 1–10, 11–20 or 21 to the month's end; "of
    the month", "місяця", "этого месяца": the statement's month."""
    g = c.g
    if g.get("cur") and c.ref is not None:
        mon, year = c.ref.month, c.ref.year
    else:
        mon = _month_number(g.get("mon") or g.get("mon_c") or "")
        year = c.year or (int(g["year_c"]) if g.get("year_c") else None)
    if mon is None:
        return _NONE
    if year is None:
        if c.ref is None:
            return _NONE
        year = _latest_month_year(mon, c.ref)
    first, last = _month_range(year, mon)
    nth = (g.get("nth") or g.get("nth2") or "").lower()
    k = 0 if nth[:2] in ("fi", "пе") else 1 if nth[:2] in ("se", "др", "вт") else 2
    return first.replace(day=1 + 10 * k), last if k == 2 else first.replace(
        day=10 * (k + 1)
    )


WEEK_DAYS = range(5, 9)  # a week named before: five to eight days
_A_DAY_BEFORE = re.compile(r"earlier|before|ago|раніше|тому|ранее|раньше|назад", re.I)


def _r_week_before(c: _Ctx) -> Span:
    """ "a week earlier", "тижнем раніше", "неделей ранее": the week before
    the week named before it in the sentence ("380 sq km last week, down
    from 520 a week earlier"); alone, the day a week before the statement
    ("a week earlier") or the past week ("за попередній тиждень")."""
    assert c.ref is not None
    prior = c.g.get("prior")
    if isinstance(prior, PeriodMention):
        a, b = resolve(prior, c.ref)
        if a is not None and b is not None and (b - a).days + 1 in WEEK_DAYS:
            return a - timedelta(days=7), b - timedelta(days=7)
    if _A_DAY_BEFORE.search(c.m.text):
        return c.ref - timedelta(days=7), c.ref - timedelta(days=7)
    return c.ref - timedelta(days=7), c.ref - timedelta(days=1)


def _r_same_period(c: _Ctx) -> Span:
    """ "the same period of 2025 / last year" / "за аналогічний період
    минулого року" / "за тот же период": the span named before it in the
    sentence, moved to that year (the same span when no year is said).

    >>> from datetime import date
    >>> m = find_periods(
    ...     "870 sq km this year, against 1,410 in the same period of 2025", "en")
    >>> resolve(m[1], date(2026, 3, 9))
    (datetime.date(2025, 1, 1), datetime.date(2025, 3, 9))
    """
    assert c.ref is not None
    prior = c.g.get("prior")
    if not isinstance(prior, PeriodMention):
        return _NONE
    a, b = resolve(prior, c.ref)
    if a is None or b is None:
        return _NONE
    if c.year is not None:
        shift = c.year - b.year
    elif c.g.get("prev") or c.g.get("prev_b"):
        shift = -1
    else:
        shift = 0
    return _year_moved(a, shift), _year_moved(b, shift)


def _year_moved(d: date, years: int) -> date:
    """``d`` that many years later (29 February becomes the 28th)."""
    day = min(d.day, calendar.monthrange(d.year + years, d.month)[1])
    return date(d.year + years, d.month, day)


def _r_month_before(c: _Ctx) -> Span:
    """KNOWN37: "a month earlier", "місяцем раніше", "месяц назад": the day a
    month before the statement, as "a week earlier" alone is the day a week
    before (the last day of a shorter month when it has no such day). After a
    whole month named in the sentence ("1,200 sq km in September, up from 900
    a month earlier") it is the calendar month before that one (KNOWNLEFT38).
    A holding ("20% now, up from 18% a month earlier") has no span before it
    and keeps the day a month before. After a rolling span of some days
    (KNOWN39: "over the past 30 days, up from 900 a month earlier") it is the
    month-long span right before it, or a shorter span a month back."""
    assert c.ref is not None
    prior = c.g.get("prior")
    if isinstance(prior, PeriodMention):
        a, b = resolve(prior, c.ref)
        if a is not None and b is not None and (a, b) == _month_range(a.year, a.month):
            first = a - timedelta(days=1)
            return _month_range(first.year, first.month)
        if a is not None and b is not None and a < b:
            days = (b - a).days + 1
            if 28 <= days <= 31:
                return a - timedelta(days=days), a - timedelta(days=1)
            return _a_month_before(a), _a_month_before(b)
    d = _a_month_before(c.ref)
    return d, d


def _r_year_ago(c: _Ctx) -> Span:
    """KNOWN2-41: "a year ago (today)", "рік тому", "год назад": the day a year
    before the statement (29 February the 28th)."""
    assert c.ref is not None
    d = _year_moved(c.ref, -1)
    return d, d


def _a_month_before(day: date) -> date:
    """The same day a calendar month before (the month's last day when it has
    no such day)."""
    year, month = divmod(day.year * 12 + day.month - 2, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _r_last_week(c: _Ctx) -> Span:
    assert c.ref is not None
    monday = c.ref - timedelta(days=c.ref.weekday() + 7)
    return monday, monday + timedelta(days=6)


def _r_this_week(c: _Ctx) -> Span:
    assert c.ref is not None
    return c.ref - timedelta(days=c.ref.weekday()), c.ref


def _r_month_to_date(c: _Ctx) -> Span:
    assert c.ref is not None
    return c.ref.replace(day=1), c.ref


def _r_month_so_far(c: _Ctx) -> Span:
    """LEFTRUPER35: a named month to date ("In October so far"): its 1st to
    the statement day (the month's end when the day is later or unknown)."""
    start, end = _r_month(c)
    if start is None or end is None or c.ref is None:
        return start, end
    return start, min(end, c.ref)


def first_days_count(m: PeriodMention) -> int | None:
    """XPER241: the N of "in the first N days", "за перші три дні", "в
    первые двое суток" (None: "the first days", "перші кілька днів").

    >>> first_days_count(find_periods("in the first three days", "en")[0])
    3
    >>> first_days_count(find_periods("в первые дни", "ru")[0]) is None
    True
    """
    n = re.sub(r"['’]", "", (m.groups.get("n") or "").lower())
    return int(n) if n.isdigit() else _NUMBER_WORDS.get(n)


def _r_year_end(c: _Ctx) -> Span:
    """ "by the end of the year", "на кінець року", "на конец года": 31
    December of the year written, of last year, or (with neither) of the year
    just ended when said in its first quarter; said later, the statement
    day (a year still running has no end yet)."""
    assert c.ref is not None
    year = c.year or (c.g.get("year_b") and int(c.g["year_b"]))
    if c.g.get("prev") or c.g.get("prev_b"):
        year = c.ref.year - 1
    elif year is None:
        year = c.ref.year - 1 if c.ref.month <= 3 else c.ref.year
    return None, min(date(int(year), 12, 31), c.ref)


def _r_last_year(c: _Ctx) -> Span:
    assert c.ref is not None
    return date(c.ref.year - 1, 1, 1), date(c.ref.year - 1, 12, 31)


def _r_year_to_date(c: _Ctx) -> Span:
    assert c.ref is not None
    return date(c.ref.year, 1, 1), c.ref


def _r_up_to_ref(c: _Ctx) -> Span:
    return None, c.ref


def _r_as_of(c: _Ctx) -> Span:
    """ "as of today", "currently", "as of Thursday": a state on that day."""
    assert c.ref is not None
    wd = _weekday_number(c.g.get("wd") or "")
    return None, (weekday_on_or_before(c.ref, wd) if wd is not None else c.ref)


def _r_the_month(c: _Ctx) -> Span:
    """ "over the month": the whole calendar month (CONVENTIONS.md, as "in
    November"; KNOWN36: it was the month to date); in the first week of a
    month, the month before."""
    assert c.ref is not None
    if c.ref.day <= 7:
        return _r_last_month(c)
    return _month_range(c.ref.year, c.ref.month)


def _r_by_mid_month(c: _Ctx) -> Span:
    """ "by mid-month", "до середини місяця", "к середине месяца": up to the
    15th of the statement's month (of the month before when said earlier);
    after a day or month named in the sentence, the 1st to the 15th of its
    month."""
    assert c.ref is not None
    prior = c.g.get("prior")
    if isinstance(prior, PeriodMention):
        # "6 августа ВСУ вторглись …; к середине месяца …": that month's
        a, b = resolve(prior, c.ref)
        if a is None or b is None or (a.year, a.month) != (b.year, b.month):
            return _NONE
        return a.replace(day=1), a.replace(day=15)
    first = c.ref.replace(day=1)
    if c.ref.day < 15:
        first = (first - timedelta(days=1)).replace(day=1)
    return None, first.replace(day=15)


def _r_the_year(c: _Ctx) -> Span:
    """ "over the year": the year to the statement day; in the first week
    of January, the year just ended (as "over the month" then is the month
    before)."""
    assert c.ref is not None
    return _r_last_year(c) if _year_just_ended(c.ref) else _r_year_to_date(c)


def _year_just_ended(ref: date) -> bool:
    """Whether "the year" said on ``ref`` is the year before it."""
    return ref.month == 1 and ref.day <= 7


def _r_past_year(c: _Ctx) -> Span:
    assert c.ref is not None
    day = min(c.ref.day, calendar.monthrange(c.ref.year - 1, c.ref.month)[1])
    return c.ref.replace(year=c.ref.year - 1, day=day), c.ref - timedelta(days=1)


def _r_since_year(c: _Ctx) -> Span:
    """ "since 2023": 1 January … statement day; "since it invaded in 2022":
    from an event in that year (day unknown) … statement day."""
    assert c.year is not None
    if c.g.get("inner_kind"):
        return None, c.ref
    return date(c.year, 1, 1), c.ref


def _r_by_year(c: _Ctx) -> Span:
    """ "by 2025, Russian forces had captured …" said in 2025: year to date."""
    assert c.year is not None and c.ref is not None
    return (date(c.year, 1, 1), c.ref) if c.ref.year == c.year else _NONE


def _r_ytd_year(c: _Ctx) -> Span:
    """ "since the start of 2025": 1 January of that year … statement day."""
    assert c.year is not None
    return date(c.year, 1, 1), c.ref


_ORDINALS = {"fir": 0, "sec": 1, "thi": 2, "fou": 3}
_ORDINALS.update({"пер": 0, "дру": 1, "вто": 1, "тре": 2, "чет": 3})


def _r_war_year(c: _Ctx) -> Span:
    """ "in the first year of the invasion": from 24 February 2022."""
    n = _ORDINALS[c.g["nth"].lower()[:3]]
    start = _WAR_START.replace(year=_WAR_START.year + n)
    return start, start.replace(year=start.year + 1) - timedelta(days=1)


def _r_half_month(c: _Ctx) -> Span:
    mon = _month_number(c.g.get("mon", ""))
    if mon is None:
        return _NONE
    year = _year_begun(c, mon)
    if year is None:
        return _NONE
    s, e = _month_range(year, mon)
    if c.g.get("half", "").lower()[:2] in ("fi", "пе"):
        return s, s.replace(day=15)
    return s.replace(day=16), e


_DAY = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")
_YEAR4 = re.compile(r"\d{4}")


_NUM_END = re.compile(r"(\d{1,2})\.(\d{2})(?:\.(\d{4}))?")


def _end_parts(text: str) -> tuple[int | None, int | None, int | None]:
    """(day, month, year) written in one end of a span."""
    num = _NUM_END.fullmatch(text.strip())
    if num:  # "9.03", "9.03.2025"
        year = int(num.group(3)) if num.group(3) else None
        return int(num.group(1)), int(num.group(2)), year
    y = _YEAR4.search(text)
    d = _DAY.search(_YEAR4.sub("", text))
    mon = next(
        (n for w in re.findall(r"[^\W\d_]+", text) if (n := _month_number(w))), None
    )
    return (
        int(d.group(1)) if d else None,
        mon,
        int(y.group(0)) if y else None,
    )


# the groups a span's first and second ends are written in
_SPAN_A = ("a", "a2", "a3", "a4")
_SPAN_B = ("b", "b2", "b3", "b4")


def _r_span(c: _Ctx) -> Span:
    """ "from 24 February 2022 up to 27 October 2024", "in March and April",
    "с 10 по 16 февраля": first day of the first end … last of the second."""
    da, ma, ya = _end_parts(next((c.g[k] for k in _SPAN_A if c.g.get(k)), ""))
    db, mb, yb = _end_parts(next((c.g[k] for k in _SPAN_B if c.g.get(k)), ""))
    ma, mb = ma or mb, mb or ma  # "з 6 до 14 вересня", "from Sept. 6 to 14"
    if ma is None or mb is None:
        return _NONE
    in_order = (ma, da or 1) <= (mb, db or 1)
    if yb is None and ya is not None:
        yb = ya if in_order else ya + 1
    if yb is None:
        if c.ref is not None:
            yb = _recent_year(mb, db or 1, c.ref)
        elif c.year is not None:
            yb = c.year
        else:
            return _NONE
    if ya is None:
        ya = yb if in_order else yb - 1
    return date(ya, ma, da or 1), date(yb, mb, db or _month_range(yb, mb)[1].day)


# kind -> (rule, needs a reference day). A rule that needs none resolves
# written dates alone; one that does gets (None, None) without it.
RULES: dict[str, tuple[Callable[[_Ctx], Span], bool]] = {
    "season": (_r_season, False),
    "half": (_r_half, False),
    "first_months": (_r_first_months, False),
    "last_months": (_r_last_months, False),
    "week_to": (_r_week_to, True),
    "week_of_month": (_r_week_of_month, False),
    "date_num": (_r_date_num, False),
    "since_month": (_r_since_month, False),
    "weekend": (_r_weekend, False),
    "since_weekend": (_r_since_weekend, True),
    "date": (_r_date, False),
    "since_date": (_r_date, False),
    "month": (_r_month, False),
    "month_of_that_year": (_r_month, False),
    "including_month": (_r_month, False),
    "by_month": (_r_month, False),
    "by_mid_month": (_r_by_mid_month, True),
    "year": (_r_year, False),
    "day_of_month": (_r_day_of_month, False),
    "last_week": (_r_last_week, True),
    "calendar_week": (_r_last_week, True),
    "past_week": (_days(-7, -1), True),
    "past_days": (_r_past_days, True),
    "past_months": (_r_past_months, True),
    "this_week": (_r_this_week, True),
    "last_month": (_r_last_month, True),
    "past_month": (_days(-30, -1), True),
    "this_month": (_r_month_to_date, True),
    "mtd": (_r_month_to_date, True),
    "month_so_far": (_r_month_so_far, False),
    "last_year": (_r_last_year, True),
    "ytd": (_r_year_to_date, True),
    "this_year_event": (_r_year_to_date, True),
    "since_start": (_r_since_start, True),
    "during_offensive": (_r_since_start, True),
    "today": (_days(0, 0), True),
    "last_24h": (_days(-1, -1), True),  # "past 24 hours" = "past day"
    "yesterday": (_r_yesterday, True),
    "two_days_ago": (_days(-2, -2), True),
    "days_ago": (_r_days_ago, True),
    "quarter": (_r_quarter, False),
    "the_quarter": (_r_the_quarter, True),
    "last_quarter": (_r_last_quarter, True),
    "this_quarter": (_r_this_quarter, True),
    "since_season": (_r_since_season, True),
    "weekday": (_r_weekday, True),
    "since_weekday": (_r_weekday, True),
    "vague": (_r_up_to_ref, True),
    "as_of": (_r_as_of, True),
    "the_month": (_r_the_month, True),
    "the_year": (_r_the_year, True),
    "year_end": (_r_year_end, True),
    "past_year": (_r_past_year, True),
    "month_last_year": (_r_month_last_year, True),
    "last_named_month": (_r_last_named_month, True),
    "ytd_year": (_r_ytd_year, False),
    "by_year": (_r_by_year, True),
    "war_year": (_r_war_year, False),
    "half_month": (_r_half_month, False),
    "span": (_r_span, False),
    "running_span": (_r_span, False),
    "since_year": (_r_since_year, False),
    "running_days": (_r_running_days, True),
    "first_days": (_r_up_to_ref, True),
    "decade": (_r_decade, False),
    "week_before": (_r_week_before, True),
    "same_period": (_r_same_period, True),
    "month_before": (_r_month_before, True),
    "year_ago": (_r_year_ago, True),
    "weekday_span": (_r_weekday_span, True),
}
_WEEKDAY_KINDS = frozenset({"weekday", "since_weekday", "weekday_span"})
# where no publication day is known, a calendar name takes the year written
# before it in the sentence, else the last year the text named
_YEAR_FROM_CONTEXT = _CALENDAR_KINDS | {"span", "running_span", "since_month"}


def resolve(
    m: PeriodMention,
    published: date | None,
    statement: date | None = None,
    context_year: int | None = None,
    stored: date | None = None,
) -> Span:
    """(period_start, period_end) of a mention; None where unresolved.

    ``stored``: with no publication day, the last day of the month the text
    was stored in; a month named without a year is the latest such month by
    then ("За март", stored in April 2025, is March 2025).

    >>> m = find_periods("in March", "en")[0]
    >>> resolve(m, None, stored=date(2025, 4, 30))
    (datetime.date(2025, 3, 1), datetime.date(2025, 3, 31))
    >>> resolve(m, None, stored=date(2025, 2, 28))[0]
    datetime.date(2024, 3, 1)
    """
    g = m.groups
    if g.get("mon_b"):
        g = {"mon": g["mon_b"], "year": g.get("year_b")}
    year = int(g["year"]) if g.get("year") else None
    rule = RULES.get(m.kind)
    # a weekday is the latest such day on or before the publication day
    # (CONVENTIONS), whatever day the statement was made
    ref = (
        (published or statement) if m.kind in _WEEKDAY_KINDS else statement or published
    )
    if year is None and ref is None and m.kind in _YEAR_FROM_CONTEXT:
        chained = m.groups.get("chain_year")
        mon = _month_number(g.get("mon") or "") if stored else None
        if chained:
            year = int(chained)
        elif stored is not None and mon is not None:
            year = _latest_month_year(mon, stored)
        else:
            year = context_year
    if ref is None and m.kind == "ytd" and context_year is not None:
        # "since the beginning of the year" in a text with no day but a year
        # written before: it starts on 1 January of that year; its end (the
        # statement day) stays unknown (dev2 gold)
        return date(context_year, 1, 1), None
    if rule is None or (rule[1] and ref is None):
        return _NONE
    try:
        return rule[0](_Ctx(m, g, year, ref, context_year))
    except (ValueError, KeyError, TypeError, AssertionError):
        return _NONE


def is_cumulative(
    m: PeriodMention, published: date | None, statement: date | None = None
) -> bool | None:
    """Whether a claim timed by ``m`` is a running total (CONVENTIONS).

    True for totals since a start and year-to-date figures, False for bounded
    increments (a completed year told after it ended: "in 2023", said in
    2024), None when the expression alone does not say.

    >>> m = find_periods("in 2023", "en")[0]
    >>> is_cumulative(m, date(2024, 1, 5)), is_cumulative(m, date(2023, 12, 31))
    (False, True)
    """
    if m.kind == "year":
        # without a statement day a year's figure is read as year-to-date,
        # the common case in running reporting
        ref = statement or published
        return ref is None or ref.year == int(m.groups["year"])
    if m.kind == "the_year":
        # a year to date is a running total; the year just ended is not
        ref = statement or published
        return ref is None or not _year_just_ended(ref)
    if m.kind == "half":
        # a half to date is a running total, as a year is; a half of a year
        # already over is a completed period
        return not _half_of_a_past_year(m, statement or published)
    if m.kind in CUMULATIVE_KINDS:
        return True
    if m.kind in BOUNDED_KINDS:
        return False
    return None


def _half_of_a_past_year(m: PeriodMention, ref: date | None) -> bool:
    """Whether a half-year ``m`` lies in a year before ``ref``'s: a completed
    period told after it ended, a bounded increment (CONVENTIONS).

    >>> m = find_periods("in the second half of 2023", "en")[0]
    >>> _half_of_a_past_year(m, date(2024, 1, 5))
    True
    >>> m = find_periods("in the first half of the year", "en")[0]
    >>> _half_of_a_past_year(m, date(2024, 10, 16))
    True
    >>> _half_of_a_past_year(m, date(2024, 5, 16))
    False
    """
    g = m.groups
    if g.get("prev"):
        return True
    if ref is None:
        return False
    first = g.get("half", "").lower()[:2] in ("fi", "пе")
    if g.get("year"):
        # S36REST: the first half of this year told from July on is over
        return int(g["year"]) < ref.year or (
            first and int(g["year"]) == ref.year and ref.month >= 7
        )
    # "the second half" said before July is last year's; S36REST: "the first
    # half of the year" told from July on is a half already over
    second = g.get("half", "").lower()[:2] in ("se", "др", "вт")
    return (second and ref.month < 7) or (first and ref.month >= 7)


def statement_weekday(text: str, lang: str, published: date | None) -> date | None:
    """The day a statement was made when the text says "on Friday"."""
    if published is None:
        return None
    for m in find_periods(text, lang):
        if m.kind == "weekday":
            wd = _weekday_number(m.groups.get("wd", ""))
            if wd is not None:
                return weekday_on_or_before(published, wd)
    return None
