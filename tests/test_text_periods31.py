"""Periods, session 31 (the ``periods31`` lane).

"за минулий тиждень" is "over the past week": the seven days before the
statement day, as the CONVENTIONS table reads "(over) the past week" and
"за тиждень", not the calendar week before (``periods._PATTERNS``, uk
``past_week``); "минулого тижня" ("last week") stays the calendar week.

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

TUESDAY = date(2025, 3, 11)  # the week before: 3-9 March; −7 … −1: 4-10 March

# "за минулий тиждень" (over the past week): −7 … −1
_PAST_WEEK_UK = [
    "За минулий тиждень ворог просунувся на 3 км біля Зорівки.",
    "Сили оборони за минулий тиждень звільнили 12 кв. км на півдні.",
    "Бригада повідомила, що за минулий тиждень окупанти захопили село Красний Яр.",
]


@pytest.mark.parametrize("text", _PAST_WEEK_UK)
def test_past_week_is_the_seven_days_before(text: str) -> None:
    claims = extract_claims(text, published=TUESDAY, language="uk")
    assert claims, text
    c = claims[0]
    assert c.period_text is not None and "тиждень" in c.period_text
    assert (c.period_start, c.period_end) == (date(2025, 3, 4), date(2025, 3, 10))


# "минулого тижня" (last week) stays the calendar week before
_LAST_WEEK_UK = [
    "Минулого тижня ворог просунувся на 3 км біля Зорівки.",
    "Сили оборони минулого тижня звільнили 12 кв. км на півдні.",
    "На минулому тижні окупанти захопили село Красний Яр.",
]


@pytest.mark.parametrize("text", _LAST_WEEK_UK)
def test_last_week_is_the_calendar_week(text: str) -> None:
    claims = extract_claims(text, published=TUESDAY, language="uk")
    assert claims, text
    c = claims[0]
    assert (c.period_start, c.period_end) == (date(2025, 3, 3), date(2025, 3, 9))


# A weekly roundup (a week named in the head by a speaker), then a person's
# own statement ("…, Maliar added"): of the statement day, not of the week
# (PERIODS31 in ``roundup_dates._date_by_topic_week``); a body's report goes
# on listing the week
MONDAY = date(2023, 6, 12)  # the past week: 5-11 June
_PERSON_AFTER_WEEK = [
    (
        "en",
        "Ukrainian forces liberated 7 sq km over the past week, Deputy Defence "
        "Minister Hanna Maliar said.\n\nTroops advanced one kilometre near "
        "Zorivka, Maliar added.",
    ),
    (
        "en",
        "Over the past week the army regained 9 square kilometres in the south, "
        "spokesman Ivan Petrenko said.\n\nUkrainian units advanced 800 metres "
        "toward Orlivka, Petrenko told reporters.",
    ),
    (
        "en",
        "Kyiv's forces retook 5 sq km during the past week, Maliar said on "
        "Telegram.\n\nUkrainian troops moved forward near Novoselivka, "
        "she wrote.",
    ),
    (
        "uk",
        "За тиждень Сили оборони звільнили 7 кв. км, повідомила Ганна Маляр.\n\n"
        "Війська просунулися на кілометр біля Зорівки, додала Маляр.",
    ),
    (
        "uk",
        "За тиждень армія повернула 9 квадратних кілометрів на півдні, сказав "
        "речник Іван Петренко.\n\nПідрозділи просунулися на 800 метрів у бік "
        "Орлівки, зазначив Петренко.",
    ),
    (
        "uk",
        "За останній тиждень ЗСУ звільнили 5 кв. км, написала Маляр.\n\n"
        "Українські війська просунулися біля Новоселівки, повідомила вона.",
    ),
    (
        "ru",
        "За неделю ВСУ вернули 7 кв. км, сообщила Анна Маляр.\n\n"
        "Войска продвинулись на километр у Зоревки, добавила Маляр.",
    ),
    (
        "ru",
        "За неделю армия вернула 9 квадратных километров на юге, сказал "
        "представитель Иван Петренко.\n\nПодразделения продвинулись на 800 "
        "метров в сторону Орловки, отметил Петренко.",
    ),
    (
        "ru",
        "За последнюю неделю ВСУ вернули 5 кв. км, написала Маляр.\n\n"
        "Украинские войска продвинулись у Новоселовки, сообщила она.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _PERSON_AFTER_WEEK)
def test_a_persons_statement_after_a_week_is_of_its_day(lang: str, text: str) -> None:
    claims = extract_claims(text, published=MONDAY, language=lang)
    week = [c for c in claims if c.kind == "area_change"]
    later = [c for c in claims if c.kind == "advance"]
    assert week and later, [(c.kind, c.quote) for c in claims]
    assert (week[0].period_start, week[0].period_end) == (
        date(2023, 6, 5),
        date(2023, 6, 11),
    )
    assert (later[-1].period_start, later[-1].period_end) == (None, MONDAY)


# a body's weekly report goes on listing the week
_BODY_AFTER_WEEK = [
    (
        "en",
        "Russian forces took three villages over the past week, the defence "
        "ministry said.\n\nBattlegroup South units advanced near Orlivka, the "
        "ministry said.",
    ),
    (
        "uk",
        "За тиждень російські війська захопили три села, повідомило "
        "міністерство оборони РФ.\n\nПідрозділи угруповання просунулися біля "
        "Орлівки, повідомило міністерство.",
    ),
    (
        "ru",
        "За неделю российские войска освободили три населенных пункта, сообщило "
        "Минобороны России.\n\nПодразделения группировки продвинулись у "
        "Орловки, сообщило министерство.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _BODY_AFTER_WEEK)
def test_a_bodys_weekly_report_lists_the_week(lang: str, text: str) -> None:
    claims = extract_claims(text, published=MONDAY, language=lang)
    later = [c for c in claims if c.kind == "advance"]
    assert later, [(c.kind, c.quote) for c in claims]
    assert (later[-1].period_start, later[-1].period_end) == (
        date(2023, 6, 5),
        date(2023, 6, 11),
    )
