"""Periods, session 23 (lane PERIODS: time expressions that govern claims in
other sentences, and period expressions not recognised).

- PERIODS23 lead: the time a report's lead sentence opens with (a span:
  "Over the past week, …", "За минулу добу …", "С 3 по 9 марта …") governs
  the report's later claims that name no time of their own; a day a lead
  opens with ("Yesterday, …", "On Monday, the ministry said …") is its
  statement's and governs nothing;
- PERIODS23 title: the date or span a title names governs the same way,
  but not a title's weekday (one event's day) nor the publication day itself
  (the day of the report: its claims are only announced on it);
- the reach ends at a sentence naming a time of its own or another speaker,
  and never covers a running total, a holding or a state told as now;
- PERIODS23 rows: a part of a named day ("утром среды", "ранку середи") is
  that day, not today; "this Monday" ("цього понеділка", "в эту среду");
  "за ніч"; "за отчетную неделю" / "за звітний тиждень".

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods, resolve

PUBLISHED = date(2025, 3, 13)  # a Thursday
PAST_WEEK = (date(2025, 3, 6), date(2025, 3, 12))
PAST_DAY = (date(2025, 3, 12), date(2025, 3, 12))


def _periods(text: str, lang: str) -> list[tuple[str, date | None, date | None]]:
    """The kind and period of every claim of ``text``."""
    return [
        (c.kind, c.period_start, c.period_end)
        for c in extract_claims(text, published=PUBLISHED, language=lang)
    ]


# ---- a lead that opens with a span governs the report -------------------------

_BODY = {
    "en": "\n\nIn the Pokrovsk direction, Russian troops advanced near Udachne."
    "\n\nUkrainian forces repelled 12 assaults near Toretsk.",
    "uk": "\n\nНа Покровському напрямку ворог просунувся біля Удачного."
    "\n\nСили оборони відбили 12 штурмів біля Торецька.",
    "ru": "\n\nНа Покровском направлении подразделения продвинулись у Удачного."
    "\n\nВСУ отразили 12 атак у Торецка.",
}


@pytest.mark.parametrize(
    ("lang", "lead", "span"),
    [
        ("en", "Over the past week, the situation at the front stayed tense.", 0),
        ("en", "During the past week, fighting went on along the whole line.", 0),
        ("en", "Over the past seven days, both armies kept up their pressure.", 0),
        ("uk", "Протягом останнього тижня ситуація на фронті лишалася напруженою.", 0),
        ("uk", "За останні сім днів обидві армії не послаблювали тиску.", 0),
        ("uk", "Упродовж минулої доби обстановка на фронті була напруженою.", 1),
        ("ru", "За последние семь дней обстановка оставалась напряжённой.", 0),
        ("ru", "В течение последних семи дней обе армии не ослабляли давления.", 0),
        ("ru", "За прошедшие сутки обстановка на фронте оставалась напряжённой.", 1),
    ],
)
def test_a_lead_opening_with_a_span_governs_the_report(
    lang: str, lead: str, span: int
) -> None:
    want = (PAST_WEEK, PAST_DAY)[span]
    got = _periods("Front update\n" + lead + _BODY[lang], lang)
    assert [k for k, _, _ in got] == ["advance", "fighting"]
    assert all((a, b) == want for _, a, b in got)


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("en", "Yesterday, the situation at the front stayed tense."),
        ("en", "On Tuesday, the General Staff described the situation as tense."),
        ("uk", "Вчора ситуація на фронті лишалася напруженою."),
        ("uk", "У вівторок Генштаб назвав ситуацію напруженою."),
        ("ru", "Вчера обстановка на фронте оставалась напряжённой."),
        ("ru", "Во вторник Генштаб назвал обстановку напряжённой."),
    ],
)
def test_a_day_a_lead_opens_with_governs_nothing(lang: str, lead: str) -> None:
    got = _periods("Front update\n" + lead + _BODY[lang], lang)
    advance = next(g for g in got if g[0] == "advance")
    assert advance[1:] == (None, PUBLISHED)


# ---- a title's date or span ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The front line on March 11\n"
            "Russian troops advanced near Udachne, the General Staff said.\n"
            "They also captured the village of Kotlyne.",
        ),
        (
            "uk",
            "Ситуація на фронті 11 березня\n"
            "Російські війська просунулися біля Удачного, повідомив Генштаб.\n"
            "Також ворог захопив село Котлине.",
        ),
        (
            "ru",
            "Обстановка на фронте 11 марта\n"
            "Российские войска продвинулись у Удачного, сообщил Генштаб.\n"
            "Также войска освободили село Котлино.",
        ),
    ],
)
def test_a_titles_date_governs_the_report(lang: str, text: str) -> None:
    day = date(2025, 3, 11)
    got = _periods(text, lang)
    assert [k for k, _, _ in got] == ["advance", "settlement_control"]
    assert all((a, b) == (day, day) for _, a, b in got)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Front update, March 13"),
        ("en", "Russians try to cross the river on Wednesday"),
        ("uk", "Фронт 13 березня"),
        ("uk", "Росіяни в середу намагалися форсувати річку"),
        ("ru", "Фронт 13 марта"),
        ("ru", "Россияне в среду пытались форсировать реку"),
    ],
)
def test_a_titles_weekday_or_publication_day_governs_nothing(
    lang: str, title: str
) -> None:
    body = {
        "en": "Russian troops advanced near Udachne, the General Staff said.",
        "uk": "Російські війська просунулися біля Удачного, повідомив Генштаб.",
        "ru": "Российские войска продвинулись у Удачного, сообщил Генштаб.",
    }[lang]
    ((kind, start, end),) = _periods(title + "\n" + body, lang)
    assert (kind, start, end) == ("advance", None, PUBLISHED)


# ---- what ends the reach, and what it never covers ------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Over the past week, the situation at the front stayed tense.\n"
            "On Wednesday, Russian troops advanced near Udachne.\n"
            "Russian troops also advanced near Kotlyne, the ministry said.",
        ),
        (
            "uk",
            "За останні сім днів ситуація на фронті лишалася напруженою.\n"
            "У середу ворог просунувся біля Удачного.\n"
            "Росіяни також просунулися біля Котлиного, повідомило міністерство.",
        ),
        (
            "ru",
            "За последние семь дней обстановка на фронте оставалась напряжённой.\n"
            "В среду подразделения продвинулись у Удачного.\n"
            "Подразделения также продвинулись у Котлино, сообщило министерство.",
        ),
    ],
)
def test_a_time_of_its_own_ends_the_reach(lang: str, text: str) -> None:
    got = _periods(text, lang)
    wednesday = date(2025, 3, 12)
    assert got[0] == ("advance", wednesday, wednesday)
    assert got[-1][2] != PAST_WEEK[1] or got[-1][1] != PAST_WEEK[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Over the past week, the situation at the front stayed tense, the "
            "General Staff said.\nRussian troops advanced near Udachne, "
            "Zelensky said.",
        ),
        (
            "uk",
            "За останні сім днів ситуація на фронті лишалася напруженою, "
            "повідомив Генштаб.\nВорог просунувся біля Удачного, заявив "
            "Зеленський.",
        ),
        (
            "ru",
            "За последние семь дней обстановка на фронте оставалась "
            "напряжённой, сообщил Генштаб.\nПодразделения продвинулись у "
            "Удачного, заявил Песков.",
        ),
    ],
)
def test_another_speaker_ends_the_reach(lang: str, text: str) -> None:
    ((kind, start, end),) = _periods(text, lang)
    assert (kind, start, end) == ("advance", None, PUBLISHED)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Over the past week, the situation at the front stayed tense.\n"
            "Fighting is currently going on near Udachne.",
        ),
        (
            "uk",
            "За останні сім днів ситуація на фронті лишалася напруженою.\n"
            "Зараз тривають бої біля Удачного.",
        ),
        (
            "ru",
            "За последние семь дней обстановка на фронте оставалась "
            "напряжённой.\nСейчас идут бои у Удачного.",
        ),
    ],
)
def test_a_state_told_as_now_is_not_governed(lang: str, text: str) -> None:
    ((kind, start, end),) = _periods(text, lang)
    assert kind == "fighting"
    assert (start, end) != PAST_WEEK


# ---- PERIODS23 rows ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("ru", "Утром среды войска продвинулись у села.", 12),
        ("ru", "Утро четверга началось с атаки у села.", 13),
        ("ru", "Вечером вторника войска продвинулись у села.", 11),
        ("uk", "Ранку середи війська просунулися біля села.", 12),
        ("uk", "Вечора вівторка війська просунулися біля села.", 11),
        ("uk", "Вночі понеділка війська просунулися біля села.", 10),
        ("uk", "Війська цього понеділка просунулися біля села.", 10),
        ("uk", "Війська у цю середу просунулися біля села.", 12),
        ("ru", "Войска в эту среду продвинулись у села.", 12),
        ("ru", "Войска в этот вторник продвинулись у села.", 11),
    ],
)
def test_a_named_days_part_and_this_weekday(lang: str, text: str, day: int) -> None:
    (p,) = find_periods(text, lang)
    assert p.kind == "weekday"
    assert resolve(p, PUBLISHED, None) == (date(2025, 3, day), date(2025, 3, day))


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("uk", "Ворог за ніч тричі атакував позиції.", "today"),
        ("uk", "Ворог за минулу ніч тричі атакував позиції.", "today"),
        ("uk", "За звітний тиждень ворог просунувся на 3 км.", "past_week"),
        ("ru", "За отчётную неделю противник продвинулся на 3 км.", "past_week"),
        ("ru", "За истекшую неделю противник продвинулся на 3 км.", "past_week"),
        ("ru", "За отчетную неделю войска заняли два села.", "past_week"),
    ],
)
def test_the_night_and_the_reporting_week(lang: str, text: str, kind: str) -> None:
    (p,) = find_periods(text, lang)
    assert p.kind == kind
