"""Periods, session 31 (the ``periods31`` lane).

"за минулий тиждень" is "over the past week": the seven days before the
statement day, as the CONVENTIONS table reads "(over) the past week" and
"за тиждень", not the calendar week before (``periods._PATTERNS``, uk
``past_week``); "минулого тижня" ("last week") stays the calendar week.

In a weekly roundup the writer tells (the head names a week, nobody is said
to name it), a claim told in a new statement ("…, the General Staff said") is
of the statement day, not of the week; a body that named the week goes on
listing it (``roundup_dates._date_by_topic_week``).

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


# A weekly roundup the writer tells (a week named in the head, by nobody said
# to name it), then a new statement ("…, the General Staff said"): of the
# statement day, not of the week (PERIODS31 in
# ``roundup_dates._date_by_topic_week``); a body that named the week goes on
# listing it
MONDAY = date(2023, 6, 12)  # the past week: 5-11 June
_STATEMENT_AFTER_WRITERS_WEEK = [
    (
        "en",
        "Over the past week Russian forces captured 120 sq km near Pokrovsk.\n\n"
        "Ukrainian troops advanced one kilometre near Zorivka, the General Staff "
        "said.",
    ),
    (
        "en",
        "Over the past week the occupiers seized 85 square kilometres in the "
        "east.\n\nThe army advanced 800 metres toward Orlivka, a spokesman said.",
    ),
    (
        "en",
        "During the past week Moscow's forces took 60 sq km of land.\n\n"
        "Ukrainian units advanced near Novoselivka, the brigade told reporters.",
    ),
    (
        "uk",
        "За тиждень окупанти захопили 120 кв. км біля Покровська.\n\n"
        "Сили оборони просунулися на кілометр біля Зорівки, повідомив Генштаб.",
    ),
    (
        "uk",
        "За останній тиждень ворог окупував 85 квадратних кілометрів на сході."
        "\n\nЗСУ просунулися на 800 метрів у бік Орлівки, заявив речник.",
    ),
    (
        "uk",
        "Протягом тижня російські війська захопили 60 кв. км.\n\n"
        "Українські підрозділи просунулися біля Новоселівки, повідомила бригада.",
    ),
    (
        "ru",
        "За неделю российские войска заняли 120 кв. км у Покровска.\n\n"
        "ВСУ продвинулись на километр у Зоревки, сообщил Генштаб.",
    ),
    (
        "ru",
        "За последнюю неделю противник занял 85 квадратных километров на "
        "востоке.\n\nВСУ продвинулись на 800 метров в сторону Орловки, заявил "
        "представитель.",
    ),
    (
        "ru",
        "В течение недели российские войска заняли 60 кв. км.\n\n"
        "Украинские подразделения продвинулись у Новоселовки, сообщила бригада.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _STATEMENT_AFTER_WRITERS_WEEK)
def test_a_statement_after_the_writers_week_is_of_its_day(lang: str, text: str) -> None:
    claims = extract_claims(text, published=MONDAY, language=lang)
    week = [c for c in claims if c.kind == "area_change"]
    later = [c for c in claims if c.kind == "advance"]
    assert week and later, [(c.kind, c.quote) for c in claims]
    assert (week[0].period_start, week[0].period_end) == (
        date(2023, 6, 5),
        date(2023, 6, 11),
    )
    assert (later[-1].period_start, later[-1].period_end) == (None, MONDAY)


# a body that named the week goes on listing it
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
