"""The period resolver, one case per CONVENTIONS row and language (own words).

Each row of the CONVENTIONS period table (and the expressions the claims issue
lists as failing on unseen text) is resolved in English, Ukrainian and Russian
from a publication day; the cumulative rule (a completed year told after it
ended is bounded, a year-to-date total is not) and the claim-level decisions
are checked through the real extractor on sentences written for this test.
"""

from __future__ import annotations

import doctest
import importlib
from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.period_rules import statement_day
from frontline.text.periods import find_periods, is_cumulative, resolve

WED = date(2024, 3, 6)  # a Wednesday
MON_4 = date(2024, 3, 4)  # a Monday in the first week of March
D = date

# (row, publication day, expected span, {language: phrase})
ROWS = [
    (
        "last week",
        WED,
        (D(2024, 2, 26), D(2024, 3, 3)),
        {
            "en": "the brigade pushed forward last week",
            "uk": "бригада просунулася минулого тижня",
            "ru": "бригада продвинулась на прошлой неделе",
        },
    ),
    (
        "past week",
        WED,
        (D(2024, 2, 28), D(2024, 3, 5)),
        {
            "en": "over the past seven days the line moved",
            "uk": "за останній тиждень лінія зрушила",
            "ru": "за минувшую неделю линия сдвинулась",
        },
    ),
    (
        "this week",
        WED,
        (D(2024, 3, 4), WED),
        {
            "en": "gains reported this week",
            "uk": "успіхи цього тижня",
            "ru": "успехи на этой неделе",
        },
    ),
    (
        "past two weeks",
        WED,
        (D(2024, 2, 21), D(2024, 3, 5)),
        {
            "en": "in the last two weeks",
            "uk": "за останні два тижні",
            "ru": "за последние две недели",
        },
    ),
    (
        "this year",
        WED,
        (D(2024, 1, 1), WED),
        {
            "en": "so far this year",
            "uk": "цьогоріч",
            "ru": "в текущем году",
        },
    ),
    (
        "since the beginning of the year",
        WED,
        (D(2024, 1, 1), WED),
        {
            "en": "from the start of the year",
            "uk": "з початку поточного року",
            "ru": "с начала этого года",
        },
    ),
    (
        "since the start of an explicit year",
        D(2025, 5, 20),
        (D(2025, 1, 1), D(2025, 5, 20)),
        {
            "en": "since the start of 2025",
            "uk": "з початку 2025 року",
            "ru": "с начала 2025 года",
        },
    ),
    (
        "in November",
        WED,
        (D(2023, 11, 1), D(2023, 11, 30)),
        {"en": "in November", "uk": "у листопаді", "ru": "в ноябре"},
    ),
    (
        "over the month (published early in the next month)",
        MON_4,
        (D(2024, 2, 1), D(2024, 2, 29)),
        {"en": "over the month", "uk": "за місяць", "ru": "за месяц"},
    ),
    (
        "last month",
        WED,
        (D(2024, 2, 1), D(2024, 2, 29)),
        {"en": "last month", "uk": "минулого місяця", "ru": "в прошлом месяце"},
    ),
    (
        "two named months",
        WED,
        (D(2024, 1, 1), D(2024, 2, 29)),
        {
            "en": "in the months of January and February",
            "uk": "у січні та лютому",
            "ru": "в январе и феврале",
        },
    ),
    (
        "an explicit dated event",
        WED,
        (D(2024, 2, 12), D(2024, 2, 12)),
        {"en": "on Feb. 12", "uk": "12 лютого", "ru": "12 февраля"},
    ),
    (
        "a weekday (latest on or before publication)",
        WED,
        (D(2024, 2, 29), D(2024, 2, 29)),
        {"en": "on Thursday", "uk": "у четвер", "ru": "в четверг"},
    ),
    (
        "a weekday that is the publication day",
        WED,
        (WED, WED),
        {"en": "on Wednesday", "uk": "у середу", "ru": "в среду"},
    ),
    (
        "over the past day",
        WED,
        (D(2024, 3, 5), D(2024, 3, 5)),
        {"en": "over the past day", "uk": "за минулу добу", "ru": "за сутки"},
    ),
    (
        "the day before",
        WED,
        (D(2024, 3, 5), D(2024, 3, 5)),
        {"en": "a day earlier", "uk": "напередодні", "ru": "накануне"},
    ),
    (
        "last year",
        WED,
        (D(2023, 1, 1), D(2023, 12, 31)),
        {"en": "last year", "uk": "торік", "ru": "в прошлом году"},
    ),
    (
        "over the last three days",
        WED,
        (D(2024, 3, 3), D(2024, 3, 5)),
        {
            "en": "over the last three days",
            "uk": "за останні три дні",
            "ru": "за последние три дня",
        },
    ),
    (
        "a dated range across years",
        WED,
        (D(2022, 2, 24), D(2023, 10, 27)),
        {
            "en": "from 24 February 2022 up to 27 October 2023",
            "uk": "з 24 лютого 2022 року до 27 жовтня 2023 року",
            "ru": "с 24 февраля 2022 года по 27 октября 2023 года",
        },
    ),
    (
        "a range of days",
        WED,
        (D(2024, 2, 3), D(2024, 2, 9)),
        {
            "en": "from February 3 to February 9",
            "uk": "з 3 по 9 лютого",
            "ru": "с 3 по 9 февраля",
        },
    ),
    (
        "a range of months",
        WED,
        (D(2022, 11, 1), D(2023, 8, 31)),
        {
            "en": "from November 2022 to August 2023",
            "uk": "з листопада 2022 року по серпень 2023 року",
            "ru": "с ноября 2022 года по август 2023 года",
        },
    ),
    (
        "the past year",
        WED,
        (D(2023, 3, 6), D(2024, 3, 5)),
        {
            "en": "over the past year",
            "uk": "за останній рік",
            "ru": "за последний год",
        },
    ),
    (
        "half of a month",
        WED,
        (D(2024, 1, 16), D(2024, 1, 31)),
        {
            "en": "in the second half of January",
            "uk": "у другій половині січня",
            "ru": "во второй половине января",
        },
    ),
    (
        "a month of last year",
        WED,
        (D(2023, 10, 1), D(2023, 10, 31)),
        {
            "en": "in October of last year",
            "uk": "у жовтні минулого року",
            "ru": "в октябре прошлого года",
        },
    ),
    (
        "a whole year",
        WED,
        (D(2023, 1, 1), D(2023, 12, 31)),
        {"en": "in 2023", "uk": "у 2023 році", "ru": "в 2023 году"},
    ),
    (
        "a running total without a start date",
        WED,
        (None, WED),
        {
            "en": "as of today",
            "uk": "станом на сьогодні",
            "ru": "на сегодняшний день",
        },
    ),
    (
        "during a counteroffensive (no start written)",
        WED,
        (None, WED),
        {
            "en": "during the counteroffensive",
            "uk": "під час контрнаступу",
            "ru": "в ходе контрнаступления",
        },
    ),
    (
        "since the full-scale invasion",
        WED,
        (D(2022, 2, 24), WED),
        {
            "en": "since the start of the full-scale invasion",
            "uk": "з початку повномасштабного вторгнення",
            "ru": "с начала СВО",
        },
    ),
]
CASES = [
    pytest.param(phrase, lang, pub, span, id=f"{row} [{lang}]")
    for row, pub, span, phrases in ROWS
    for lang, phrase in phrases.items()
]


@pytest.mark.parametrize(("phrase", "lang", "pub", "span"), CASES)
def test_every_row_in_every_language(phrase, lang, pub, span):
    found = find_periods(phrase, lang)
    assert found, phrase
    assert resolve(found[0], pub) == span


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [("last week", "en"), ("за місяць", "uk"), ("в ноябре", "ru")],
)
def test_relative_rows_stay_open_without_a_publication_day(phrase, lang):
    assert resolve(find_periods(phrase, lang)[0], None) == (None, None)


def test_months_in_a_list_take_the_year_written_before_them():
    text = "627 km² in November 2024, 569 in December and 427 in January"
    got = [resolve(p, None) for p in find_periods(text, "en")]
    assert got == [
        (D(2024, 11, 1), D(2024, 11, 30)),
        (D(2024, 12, 1), D(2024, 12, 31)),
        (D(2025, 1, 1), D(2025, 1, 31)),
    ]


@pytest.mark.parametrize(
    ("phrase", "lang", "pub", "running"),
    [
        # a completed year told after it ended: a bounded increment
        ("in 2023", "en", D(2024, 1, 10), False),
        ("у 2023 році", "uk", D(2024, 1, 10), False),
        ("в 2023 году", "ru", D(2024, 1, 10), False),
        # the same year told before it ended: year to date
        ("in 2023", "en", D(2023, 12, 31), True),
        ("у 2023 році", "uk", D(2023, 7, 1), True),
        ("в 2023 году", "ru", D(2023, 9, 30), True),
        ("since January 1", "en", WED, True),
        ("з 1 січня", "uk", WED, True),
        ("с 1 января", "ru", WED, True),
        ("from 1 January to 29 February", "en", WED, True),
        ("last week", "en", WED, False),
        ("за місяць", "uk", WED, False),
        ("с начала спецоперации", "ru", WED, True),
    ],
)
def test_cumulative_by_expression(phrase, lang, pub, running):
    assert is_cumulative(find_periods(phrase, lang)[0], pub) is running


def _one(text: str, lang: str, pub: date, kind: str = "area_change"):
    return [
        c for c in extract_claims(text, published=pub, language=lang) if c.kind == kind
    ]


def test_a_completed_year_reported_later_is_not_cumulative():
    text = "Russian forces captured 500 square kilometres in 2023, analysts said."
    (later,) = _one(text, "en", D(2024, 1, 10))
    assert not later.cumulative
    assert (later.period_start, later.period_end) == (D(2023, 1, 1), D(2023, 12, 31))
    (same,) = _one(text, "en", D(2023, 12, 29))
    assert same.cumulative
    assert (same.period_start, same.period_end) == (D(2023, 1, 1), D(2023, 12, 29))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "As of today, Ukrainian troops hold 640 square kilometres of the region.",
            "en",
        ),
        (
            "На сьогодні українські війська контролюють 640 квадратних кілометрів.",
            "uk",
        ),
        (
            "На сегодняшний день украинские войска контролируют 640 квадратных "
            "километров.",
            "ru",
        ),
    ],
)
def test_a_running_total_ends_on_the_statement_day(text, lang):
    (c,) = _one(text, lang, WED)
    assert c.cumulative
    assert c.period_end == WED


def test_a_named_capture_is_never_a_running_total():
    text = (
        "Since the start of the offensive, Ukrainian forces have liberated the "
        "village of Zorivka."
    )
    claims = extract_claims(text, published=WED, language="en")
    assert claims and not any(c.cumulative for c in claims)


def test_a_time_expression_belongs_to_its_own_clause():
    text = (
        "Russian troops seized 120 square kilometres in January, while in "
        "February Ukrainian units regained 30 square kilometres."
    )
    got = sorted((c.area_km2, c.period_start) for c in _one(text, "en", D(2024, 3, 20)))
    assert got == [(30.0, D(2024, 2, 1)), (120.0, D(2024, 1, 1))]


def test_a_weekly_roundup_dates_its_undated_claims_by_the_head_week():
    text = (
        "Армія за тиждень звільнила три села\n\n"
        "За минулий тиждень підрозділи звільнили три населені пункти. "
        "На Запорізькому напрямку звільнено село Зорівка."
    )
    claims = _one(text, "uk", WED, "settlement_control")
    named = [c for c in claims if any(p.name.startswith("Зорівк") for p in c.places)]
    assert named
    assert (named[0].period_start, named[0].period_end) == (
        D(2024, 2, 28),
        D(2024, 3, 5),
    )


@pytest.mark.parametrize(
    "name", ["frontline.text.periods", "frontline.text.period_rules"]
)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In total, the army has liberated 40 settlements, commanders say.", "en"),
        ("Командування каже, що війська вже звільнили 40 населених пунктів.", "uk"),
        ("В штабе заявили, что всего войска заняли 40 населенных пунктов.", "ru"),
    ],
)
def test_a_total_word_makes_a_count_a_running_total(text, lang):
    counts = [
        c
        for c in extract_claims(text, published=WED, language=lang)
        if c.extra.get("settlements_count") == 40
    ]
    assert counts and all(c.cumulative for c in counts)


def test_a_total_word_does_not_undo_a_bounded_span():
    text = "За сутки войска уже освободили 15 квадратных километров."
    (c,) = _one(text, "ru", WED)
    assert not c.cumulative
    assert (c.period_start, c.period_end) == (D(2024, 3, 5), D(2024, 3, 5))
    assert c.extra["period_rule"] == "yesterday"


@pytest.mark.parametrize(
    "text",
    [
        "In January the army seized 700 square kilometres, the most since 2022.",
        "In January the army seized 700 square kilometres, the largest gain since "
        "August.",
    ],
)
def test_a_superlative_since_is_a_comparison_not_the_span(text):
    (c,) = _one(text, "en", WED)
    assert (c.period_start, c.period_end) == (D(2024, 1, 1), D(2024, 1, 31))
    assert not c.cumulative


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The brigade launched its offensive operation in the Zorivka sector "
            "on March 1. As of today, the brigade holds 90 square kilometres there.",
            "en",
        ),
        (
            "Бригада розпочала наступальну операцію 1 березня і станом на "
            "сьогодні контролює 90 квадратних кілометрів.",
            "uk",
        ),
        (
            "Бригада начала наступательную операцию 1 марта и на сегодняшний "
            "день контролирует 90 квадратных километров.",
            "ru",
        ),
    ],
)
def test_a_running_total_starts_when_the_operation_was_launched(text, lang):
    areas = [c for c in _one(text, lang, WED) if c.area_km2 == 90]
    assert areas
    c = areas[0]
    assert c.cumulative
    assert (c.period_start, c.period_end) == (D(2024, 3, 1), WED)


def test_so_far_with_a_bounded_span_keeps_the_span():
    text = "Russian troops captured 50 square kilometres this week so far."
    (c,) = _one(text, "en", WED)
    assert (c.period_start, c.period_end) == (D(2024, 3, 4), WED)
    assert not c.cumulative


def test_a_total_told_before_the_launch_day_takes_it_too():
    text = (
        "Since the beginning of the operation, the brigade has taken 90 square "
        "kilometres. The brigade launched the operation in the Zorivka sector on "
        "March 1."
    )
    (c,) = [c for c in _one(text, "en", WED) if c.area_km2 == 90]
    assert c.cumulative
    assert (c.period_start, c.period_end) == (D(2024, 3, 1), WED)


# ---- families seen on unseen text (own phrasings, three per language) ----

SUN = D(2024, 3, 10)  # a Sunday


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("over the past four days", "en"),
        ("in the last 4 days", "en"),
        ("during the previous four days", "en"),
        ("за останні чотири дні", "uk"),
        ("за минулі 4 доби", "uk"),
        ("за останні чотири доби", "uk"),
        ("за последние четыре дня", "ru"),
        ("за прошедшие четверо суток", "ru"),
        ("за минувшие 4 дня", "ru"),
        ("over the past 96 hours", "en"),
        ("за останні 96 годин", "uk"),
        ("за последние 96 часов", "ru"),
    ],
)
def test_past_n_days_ends_the_day_before(phrase, lang):
    assert _resolve_one(phrase, lang, WED) == (D(2024, 3, 2), D(2024, 3, 5))


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("over the past day", "en"),
        ("in the past 24 hours", "en"),
        ("during the last day", "en"),
        ("за минулу добу", "uk"),
        ("протягом доби", "uk"),
        ("за останні 24 години", "uk"),
        ("за сутки", "ru"),
        ("в течение суток", "ru"),
        ("за прошедшие 24 часа", "ru"),
    ],
)
def test_the_past_day_is_the_day_before(phrase, lang):
    assert _resolve_one(phrase, lang, WED) == (D(2024, 3, 5), D(2024, 3, 5))


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("Since the start of the year", "en"),
        ("since the beginning of this year", "en"),
        ("from the start of 2024", "en"),
        ("З початку року", "uk"),
        ("від початку поточного року", "uk"),
        ("з початку 2024-го", "uk"),
        ("С начала года", "ru"),
        ("с начала нынешнего года", "ru"),
        ("С начала текущего 2024 года", "ru"),
    ],
)
def test_since_the_start_of_the_year_starts_on_1_january(phrase, lang):
    assert _resolve_one(phrase, lang, WED) == (D(2024, 1, 1), WED)


def _resolve_one(phrase: str, lang: str, pub: date):
    (m,) = find_periods(phrase, lang)
    return resolve(m, pub)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Over the past day, Russian units captured the hamlet of Zorivka. "
            "Ukrainian defenders repelled 14 assaults near Kalynove. "
            "The enemy also advanced near Stepky.",
            "en",
        ),
        (
            "In the last 24 hours our troops fought off 30 attacks near Kalynove. "
            "Russian forces captured the hamlet of Zorivka.",
            "en",
        ),
        (
            "General Staff update\n\nDuring the past day the invaders assaulted "
            "our positions near Kalynove 12 times. Russian units seized Zorivka.",
            "en",
        ),
        (
            "За минулу добу ворог 14 разів атакував позиції біля Калинового. "
            "Окупанти захопили село Зорівка.",
            "uk",
        ),
        (
            "Протягом доби окупанти просунулися біля Степків. "
            "Російські війська захопили село Зорівка.",
            "uk",
        ),
        (
            "Генштаб: за останні 24 години відбулося 90 боєзіткнень\n\n"
            "Сили оборони відбили 14 атак біля Калинового. "
            "Окупанти захопили село Зорівка.",
            "uk",
        ),
        (
            "За сутки подразделения освободили населенный пункт Зоревка. "
            "Также войска продвинулись у Степков.",
            "ru",
        ),
        (
            "В течение суток штурмовые группы улучшили положение у Степков. "
            "Войска освободили населенный пункт Зоревка.",
            "ru",
        ),
        (
            "Минобороны: за прошедшие сутки отражено 20 атак\n\n"
            "Подразделения отразили 20 атак у Калинового. "
            "Войска освободили населенный пункт Зоревка.",
            "ru",
        ),
    ],
)
def test_a_daily_report_dates_its_undated_claims_by_its_day(text, lang):
    claims = extract_claims(text, published=WED, language=lang)
    last = [c for c in claims if c.char_start > text.find(". ")]
    assert last
    for c in last:
        assert (c.period_start, c.period_end) == (D(2024, 3, 5), D(2024, 3, 5))


def test_a_day_named_deep_in_a_news_story_is_no_report_day():
    text = (
        "Russian troops captured the village of Zorivka. "
        "The army also took the hamlet of Stepky, officials said. "
        "Over the past day Ukrainian units repelled 14 attacks near Kalynove. "
        "Fighting continues near Zorivka."
    )
    claims = extract_claims(text, published=WED, language="en")
    last = [c for c in claims if c.quote.startswith("Fighting")]
    assert last and last[0].period_end == WED


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Army units took the village of Zorivka. Over the past day the enemy "
            "lost 300 soldiers. Troops also advanced near Stepky.",
            "en",
        ),
        (
            "Brigades pushed forward near Stepky. In the last 24 hours air defence "
            "downed 12 drones. The army seized Zorivka.",
            "en",
        ),
        (
            "Units entered Zorivka. The enemy lost 40 tanks over the past day. "
            "Fighting goes on near Stepky.",
            "en",
        ),
        (
            "Підрозділи звільнили село Зорівка. За добу ворог втратив 300 "
            "військових. Війська також просунулися біля Степків.",
            "uk",
        ),
        (
            "Бригади просунулися біля Степків. За минулу добу ППО збила 12 "
            "дронів. Армія захопила Зорівку.",
            "uk",
        ),
        (
            "Війська увійшли до Зорівки. Протягом доби збито 40 ракет. "
            "Тривають бої біля Степків.",
            "uk",
        ),
        (
            "Подразделения освободили населенный пункт Зоревка. За сутки потери "
            "противника составили 300 военнослужащих. Войска продвинулись у Степков.",
            "ru",
        ),
        (
            "Штурмовые группы продвинулись у Степков. За прошедшие сутки сбиты 12 "
            "беспилотников. Армия заняла Зоревку.",
            "ru",
        ),
        (
            "Войска вошли в Зоревку. В течение суток сбито 40 ракет. "
            "Продолжаются бои у Степков.",
            "ru",
        ),
    ],
)
def test_a_day_named_after_the_first_claim_is_no_report_day(text, lang):
    """A daily report names its day before or in its first claim; a "past
    day" told later (losses, drones) dates its own sentence only."""
    claims = extract_claims(text, published=WED, language=lang)
    assert claims
    for c in claims:
        assert c.period_end == WED, (c.quote, c.period_end)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Front Line Review, March 5, 2024\n\nTroops seized Zorivka.", "en"),
        ("Daily battlefield update: 5 March 2024\n\nUnits advanced near Stepky.", "en"),
        ("Situation report, 05.03.2024\n\nFighting continues near Zorivka.", "en"),
        ("Огляд фронту, 5 березня 2024 року\n\nВійська звільнили Зорівку.", "uk"),
        (
            "Зведення станом на 5 березня 2024\n\nБригади просунулися біля Степків.",
            "uk",
        ),
        ("Ситуація на фронті 05.03.2024\n\nТривають бої біля Зорівки.", "uk"),
        ("Обзор фронта, 5 марта 2024 года\n\nВойска освободили Зоревку.", "ru"),
        (
            "Сводка по состоянию на 5 марта 2024 г.\n\nВойска продвинулись у Степков.",
            "ru",
        ),
        ("Обстановка на 05.03.2024\n\nПродолжаются бои у Зоревки.", "ru"),
    ],
)
def test_a_report_titled_with_its_day_dates_its_undated_claims(text, lang):
    """A title line ending in a date names the report's day; the report is
    published on the day after."""
    claims = extract_claims(text, published=WED, language=lang)
    assert claims
    for c in claims:
        assert c.period_end == D(2024, 3, 5), (c.quote, c.period_end)


def test_a_headline_with_a_dated_claim_sets_no_report_day():
    text = "Troops seized Zorivka on March 2, 2024\n\nUnits advanced near Stepky."
    claims = extract_claims(text, published=WED, language="en")
    later = [c for c in claims if "Stepky" in c.quote]
    assert later and later[0].period_end == WED


FRI = D(2024, 3, 8)  # a Friday; the Sunday before it is 3 March


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Gerasimov told Putin on Sunday evening that troops had seized Zorivka.",
            "en",
            D(2024, 3, 3),
        ),
        (
            "The ministry said on Sunday its units had taken Zorivka.",
            "en",
            D(2024, 3, 3),
        ),
        (
            "On February 27, the General Staff said Zorivka was retaken.",
            "en",
            D(2024, 2, 27),
        ),
        (
            "Міноборони заявило у неділю, що війська зайняли Зорівку.",
            "uk",
            D(2024, 3, 3),
        ),
        (
            "У неділю Генштаб повідомив, що армія звільнила Зорівку.",
            "uk",
            D(2024, 3, 3),
        ),
        ("27 лютого Генштаб повідомив про звільнення Зорівки.", "uk", D(2024, 2, 27)),
        (
            "Минобороны сообщило в воскресенье, что войска заняли Зоревку.",
            "ru",
            D(2024, 3, 3),
        ),
        (
            "В воскресенье штаб заявил, что армия освободила Зоревку.",
            "ru",
            D(2024, 3, 3),
        ),
        (
            "27 февраля Минобороны сообщило об освобождении Зоревки.",
            "ru",
            D(2024, 2, 27),
        ),
    ],
)
def test_a_day_by_the_statement_verb_is_the_statement_day(text, lang, day):
    said = statement_day(text, lang, FRI)
    assert said is not None and said[1] == day
    claims = extract_claims(text, published=FRI, language=lang)
    assert claims
    for c in claims:
        # only announced that day: no start, the end is the statement day
        assert (c.period_start, c.period_end) == (None, day)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Troops took Zorivka on Sunday, the ministry said.", "en"),
        ("Moscow says its troops seized Zorivka on Sunday.", "en"),
        ("Війська зайняли Зорівку в неділю, повідомив штаб.", "uk"),
        ("Армия освободила Зоревку в воскресенье, сообщил штаб.", "ru"),
    ],
)
def test_a_day_by_the_claim_verb_is_the_event_day(text, lang):
    claims = extract_claims(text, published=FRI, language=lang)
    assert claims
    for c in claims:
        assert (c.period_start, c.period_end) == (D(2024, 3, 3), D(2024, 3, 3))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "General Petrenko told the president on Sunday evening that troops had "
            "seized Zorivka. Petrenko said units had also advanced near Stepky.",
            "en",
        ),
        (
            "The ministry said on Sunday its units had taken Zorivka. Troops "
            "were also advancing near Stepky, the ministry said.",
            "en",
        ),
        (
            "Army takes village, general says\n\nOn March 3, General Petrenko "
            "said troops had seized Zorivka. He said units had also advanced "
            "near Stepky.",
            "en",
        ),
        (
            "У неділю Генштаб повідомив, що армія звільнила Зорівку. Також "
            "війська просунулися біля Степків.",
            "uk",
        ),
        (
            "Генерал Петренко доповів у неділю, що армія звільнила Зорівку. За "
            "словами Петренка, війська також просунулися біля Степків.",
            "uk",
        ),
        (
            "3 березня Генштаб повідомив про звільнення Зорівки. Також війська "
            "просунулися біля Степків.",
            "uk",
        ),
        (
            "В воскресенье Минобороны сообщило, что армия освободила Зоревку. "
            "Также войска продвинулись у Степков.",
            "ru",
        ),
        (
            "Генерал Петренко в воскресенье вечером доложил, что армия освободила "
            "Зоревку. По словам Петренко, войска также продвинулись у Степков.",
            "ru",
        ),
        (
            "3 марта штаб сообщил об освобождении Зоревки. Также войска "
            "продвинулись у Степков.",
            "ru",
        ),
    ],
)
def test_the_next_sentences_of_a_dated_statement_keep_its_day(text, lang):
    claims = extract_claims(text, published=FRI, language=lang)
    later = [
        c
        for c in claims
        if any(
            p.name.startswith("Степк") or p.name.startswith("Stepk") for p in c.places
        )
    ]
    assert later
    assert later[0].period_end == D(2024, 3, 3)


def test_another_speaker_after_a_dated_statement_speaks_on_the_publication_day():
    text = (
        "General Petrenko said on Sunday that troops had seized Zorivka. "
        "Colonel Marchenko told reporters that units had advanced near Stepky."
    )
    claims = extract_claims(text, published=FRI, language="en")
    later = [c for c in claims if "Stepky" in c.quote]
    assert later and later[0].period_end == FRI


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "General Petrenko said on Sunday that troops had seized Zorivka. "
            "ISW said units had advanced near Stepky.",
            "en",
        ),
        (
            "The ministry said on Sunday its units took Zorivka. Analysts at DSM "
            "reported that troops also advanced near Stepky.",
            "en",
        ),
        (
            "Colonel Marchenko told reporters on Sunday that Zorivka had been "
            "retaken. The UAF command said troops advanced near Stepky.",
            "en",
        ),
        (
            "Міноборони РФ у неділю заявило про захоплення Зорівки. Генштаб прямо "
            "не підтвердив втрату Степків.",
            "uk",
        ),
        (
            "Генерал Петренко у неділю повідомив, що війська звільнили Зорівку. "
            "За даними ISW, армія просунулася біля Степків.",
            "uk",
        ),
        (
            "Полковник Марченко в неділю заявив про взяття Зорівки. Аналітики DSM "
            "повідомили, що ворог просунувся біля Степків.",
            "uk",
        ),
        (
            "Минобороны России в воскресенье объявило о взятии Зоревки. Генштаб "
            "прямо не подтвердил потерю Степков.",
            "ru",
        ),
        (
            "Генерал Петренко в воскресенье сообщил, что войска освободили Зоревку. "
            "По данным ISW, армия продвинулась у Степков.",
            "ru",
        ),
        (
            "Полковник Марченко в воскресенье заявил о взятии Зоревки. Аналитики "
            "DSM сообщили, что противник продвинулся у Степков.",
            "ru",
        ),
    ],
)
def test_a_speaker_known_by_an_acronym_or_with_short_words_is_another(text, lang):
    """The speaker check reads the words of a name that say who it is: an
    acronym counts, a particle caught in the name ("прямо не") does not."""
    claims = extract_claims(text, published=FRI, language=lang)
    first = [c for c in claims if "Зор" in c.quote or "Zor" in c.quote]
    later = [c for c in claims if "Степк" in c.quote or "Stepky" in c.quote]
    assert first and first[0].period_end == D(2024, 3, 3)
    assert later and later[0].period_end == FRI


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("from Sept. 6 to 14", "en"),
        ("between 6 and 14 September", "en"),
        ("on Sept. 6-14", "en"),
        ("з 6 до 14 вересня", "uk"),
        ("від 6 по 14 вересня", "uk"),
        ("протягом 6–14 вересня", "uk"),
        ("6 і 14 вересня", "uk"),
        ("бої 6 та 14 вересня", "uk"),
        ("с 6 по 14 сентября", "ru"),
        ("с 6-го по 14-е сентября", "ru"),
        ("в период 6-14 сентября", "ru"),
        ("6 и 14 сентября", "ru"),
    ],
)
def test_a_range_of_days_in_one_month(phrase, lang):
    (m,) = find_periods(phrase, lang)
    assert resolve(m, WED) == (D(2023, 9, 6), D(2023, 9, 14))


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("from 24 February 2022 up to 27 October 2024", "en"),
        ("from February 24, 2022, to October 27, 2024", "en"),
        ("between Feb. 24, 2022 and Oct. 27, 2024", "en"),
        ("з 24 лютого 2022 року по 27 жовтня 2024 року", "uk"),
        ("від 24 лютого 2022 до 27 жовтня 2024", "uk"),
        ("з 24 лютого 2022 р. до 27 жовтня 2024 р.", "uk"),
        ("с 24 февраля 2022 года по 27 октября 2024 года", "ru"),
        ("от 24 февраля 2022 до 27 октября 2024", "ru"),
        ("с 24 февраля 2022 г. по 27 октября 2024 г.", "ru"),
    ],
)
def test_a_range_over_years_is_a_running_total(phrase, lang):
    (m,) = find_periods(phrase, lang)
    assert resolve(m, D(2024, 11, 1)) == (D(2022, 2, 24), D(2024, 10, 27))
    assert is_cumulative(m, D(2024, 11, 1))


@pytest.mark.parametrize(
    ("phrase", "lang", "span"),
    [
        ("this week", "en", (D(2024, 3, 4), WED)),
        ("на цьому тижні", "uk", (D(2024, 3, 4), WED)),
        ("на текущей неделе", "ru", (D(2024, 3, 4), WED)),
        ("last month", "en", (D(2024, 2, 1), D(2024, 2, 29))),
        ("у минулому місяці", "uk", (D(2024, 2, 1), D(2024, 2, 29))),
        ("в минувшем месяце", "ru", (D(2024, 2, 1), D(2024, 2, 29))),
        ("during February", "en", (D(2024, 2, 1), D(2024, 2, 29))),
        ("протягом лютого", "uk", (D(2024, 2, 1), D(2024, 2, 29))),
        ("в течение февраля", "ru", (D(2024, 2, 1), D(2024, 2, 29))),
        ("last Thursday", "en", (D(2024, 2, 29), D(2024, 2, 29))),
        ("у минулий четвер", "uk", (D(2024, 2, 29), D(2024, 2, 29))),
        ("в прошлый четверг", "ru", (D(2024, 2, 29), D(2024, 2, 29))),
        ("on Wednesday", "en", (WED, WED)),
        ("в середу", "uk", (WED, WED)),
        ("в среду", "ru", (WED, WED)),
    ],
)
def test_weeks_months_and_weekdays_from_the_publication_day(phrase, lang, span):
    (m,) = find_periods(phrase, lang)
    assert resolve(m, WED) == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The army took 900 square kilometres in 2023, and 300 since the "
            "start of 2024.",
            "en",
        ),
        ("Troops seized 900 sq km in 2023, but only 300 since January 1.", "en"),
        (
            "Russia gained 900 square kilometres last year, and 300 so far this year.",
            "en",
        ),
        (
            "Росія окупувала 900 квадратних кілометрів у 2023 році, а 300 — "
            "з початку 2024 року.",
            "uk",
        ),
        ("Війська захопили 900 кв. км у 2023 році, і ще 300 з 1 січня.", "uk"),
        (
            "Росія окупувала 900 квадратних кілометрів торік, а 300 — з початку року.",
            "uk",
        ),
        (
            "Армия заняла 900 квадратных километров в 2023 году, а 300 — "
            "с начала 2024 года.",
            "ru",
        ),
        ("Войска заняли 900 кв. км в 2023 году, и еще 300 с 1 января.", "ru"),
        (
            "Армия заняла 900 квадратных километров в прошлом году, а 300 — "
            "с начала года.",
            "ru",
        ),
    ],
)
def test_a_bounded_figure_before_a_running_total_stays_bounded(text, lang):
    first = [c for c in _one(text, lang, D(2024, 5, 6)) if c.area_km2 == 900]
    assert first
    assert not first[0].cumulative
    assert (first[0].period_start, first[0].period_end) == (
        D(2023, 1, 1),
        D(2023, 12, 31),
    )


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Kyiv launched a raid into the region last summer, but Russia has "
            "since recaptured the village of Zorivka.",
            "en",
            "Zorivka",
        ),
        (
            "The brigade lost ground in March, but Ukraine has now retaken Stepky.",
            "en",
            "Stepky",
        ),
        (
            "Fighting flared there in the spring, yet Russian troops have captured "
            "Kalynove.",
            "en",
            "Kalynove",
        ),
        (
            "Наступ почався минулого літа, але Росія вже захопила село Зорівка.",
            "uk",
            "Зорівка",
        ),
        (
            "Бригада відступила у березні, однак ЗСУ звільнили Степки.",
            "uk",
            "Степки",
        ),
        (
            "Бої точилися навесні, проте росіяни захопили Калинове.",
            "uk",
            "Калинове",
        ),
        (
            "Рейд начался прошлым летом, но Россия уже заняла село Зоревка.",
            "ru",
            "Зоревка",
        ),
        (
            "Бригада отступила в марте, однако ВСУ освободили Степки.",
            "ru",
            "Степки",
        ),
        (
            "Бои шли весной, но российские войска заняли Калиново.",
            "ru",
            "Калиново",
        ),
    ],
)
def test_a_time_before_but_and_a_new_subject_is_not_the_claims(text, lang, place):
    claims = extract_claims(text, published=WED, language=lang)
    mine = [c for c in claims if any(p.name.startswith(place[:5]) for p in c.places)]
    assert mine
    assert mine[0].period_end == WED
    assert mine[0].period_start is None


@pytest.mark.parametrize(
    ("phrase", "lang", "span"),
    [
        ("last summer", "en", (D(2023, 6, 1), D(2023, 8, 31))),
        ("in the summer of 2023", "en", (D(2023, 6, 1), D(2023, 8, 31))),
        ("over the winter", "en", (D(2023, 12, 1), D(2024, 2, 29))),
        ("минулого літа", "uk", (D(2023, 6, 1), D(2023, 8, 31))),
        ("влітку 2023 року", "uk", (D(2023, 6, 1), D(2023, 8, 31))),
        ("взимку", "uk", (D(2023, 12, 1), D(2024, 2, 29))),
        ("прошлым летом", "ru", (D(2023, 6, 1), D(2023, 8, 31))),
        ("летом 2023 года", "ru", (D(2023, 6, 1), D(2023, 8, 31))),
        ("зимой", "ru", (D(2023, 12, 1), D(2024, 2, 29))),
    ],
)
def test_a_season_is_its_three_months(phrase, lang, span):
    (m,) = find_periods(phrase, lang)
    assert resolve(m, WED) == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian gains reached 700 sq km in October, in November – 500 sq km, "
            "in December – 300 sq km.",
            "en",
        ),
        (
            "The army took 700 square kilometres in October; in November: 500 "
            "square kilometres; in December: 300 square kilometres.",
            "en",
        ),
        (
            "Russia captured 700 sq km in October, in November — about 500 sq km, "
            "in December — 300 sq km.",
            "en",
        ),
        (
            "Росіяни захопили 700 кв. км у жовтні, у листопаді – 500 кв. км, у "
            "грудні – 300 кв. км.",
            "uk",
        ),
        (
            "У жовтні окупанти захопили 700 квадратних кілометрів, у листопаді — "
            "500, у грудні — 300 квадратних кілометрів.",
            "uk",
        ),
        (
            "Просування росіян у жовтні склало 700 км², у листопаді – 500 км², у "
            "грудні – близько 300 км².",
            "uk",
        ),
        (
            "ВС РФ заняли 700 кв. км в октябре, в ноябре – 500 кв. км, в декабре – "
            "300 кв. км.",
            "ru",
        ),
        (
            "В октябре российские войска заняли 700 квадратных километров, в ноябре "
            "— 500, в декабре — 300 квадратных километров.",
            "ru",
        ),
        (
            "Продвижение ВС РФ в октябре составило 700 км², в ноябре – 500 км², в "
            "декабре – около 300 км².",
            "ru",
        ),
    ],
)
def test_a_list_of_months_with_dashes_dates_each_figure_by_its_month(text, lang):
    claims = extract_claims(text, published=D(2025, 1, 15), language=lang)
    got = {c.area_km2: c.period_start for c in claims if c.area_km2}
    assert got.get(700.0) == D(2024, 10, 1)
    assert got.get(300.0) == D(2024, 12, 1)
    if 500.0 in got:
        assert got[500.0] == D(2024, 11, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian troops captured Zorivka on Monday and have advanced 3 km near "
            "Stepky since the start of the month.",
            "en",
        ),
        (
            "Росіяни захопили Зорівку в понеділок і з початку місяця просунулися "
            "на 3 км біля Степків.",
            "uk",
        ),
        (
            "Российские войска заняли Зоревку в понедельник и с начала месяца "
            "продвинулись на 3 км у Степков.",
            "ru",
        ),
    ],
)
def test_an_event_weekday_does_not_move_the_statement_day(text, lang):
    claims = extract_claims(text, published=WED, language=lang)
    running = [c for c in claims if c.distance_km == 3]
    assert running
    assert (running[0].period_start, running[0].period_end) == (D(2024, 3, 1), WED)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The army said yesterday it had seized Zorivka. Fighting continues "
            "near Stepky.",
            "en",
        ),
        (
            "Генштаб учора повідомив про звільнення Зорівки. Бої тривають біля "
            "Степків.",
            "uk",
        ),
        (
            "Накануне Минобороны сообщило об освобождении Зоревки. Бои идут у Степков.",
            "ru",
        ),
    ],
)
def test_said_yesterday_is_a_statement_day_not_a_report_day(text, lang):
    claims = extract_claims(text, published=WED, language=lang)
    first = [c for c in claims if c.char_start < text.find(". ")]
    # only announced the day before: no start
    assert first and (first[0].period_start, first[0].period_end) == (
        None,
        D(2024, 3, 5),
    )


def test_a_genitive_weekday_is_the_latest_such_day():
    (m,) = find_periods("минулої неділі", "uk")
    assert resolve(m, WED) == (D(2024, 3, 3), D(2024, 3, 3))


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("over the weekend", "en"),
        ("during the weekend", "en"),
        ("last weekend", "en"),
        ("на вихідних", "uk"),
        ("за минулі вихідні", "uk"),
        ("протягом вихідних", "uk"),
        ("на выходных", "ru"),
        ("за прошедшие выходные", "ru"),
        ("в минувшие выходные", "ru"),
    ],
)
def test_the_weekend_is_the_latest_saturday_and_sunday(phrase, lang):
    (m,) = find_periods(phrase, lang)
    assert resolve(m, WED) == (D(2024, 3, 2), D(2024, 3, 3))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The general reported big territorial gains in February. According to "
            "him, troops captured 500 square kilometres, including 40 villages.",
            "en",
        ),
        (
            "The army made sweeping gains in February. It captured 500 square "
            "kilometres and 40 settlements, the commander said.",
            "en",
        ),
        (
            "Russian forces advanced rapidly in February. They took 500 square "
            "kilometres, including 40 villages, analysts said.",
            "en",
        ),
        (
            "У лютому росіяни активно просувалися. За даними аналітиків, вони "
            "захопили 500 квадратних кілометрів, зокрема 40 населених пунктів.",
            "uk",
        ),
        (
            "У лютому окупанти просунулися на кількох напрямках. Вони захопили 500 "
            "квадратних кілометрів та 40 населених пунктів.",
            "uk",
        ),
        (
            "Росіяни у лютому просунулися на сході. Вони окупували 500 квадратних "
            "кілометрів, у тому числі 40 сіл.",
            "uk",
        ),
        (
            "В феврале российские войска продвинулись на востоке. Они заняли 500 "
            "квадратных километров, в том числе 40 населенных пунктов.",
            "ru",
        ),
        (
            "ВС РФ в феврале продвинулись на нескольких направлениях. Они заняли 500 "
            "квадратных километров и 40 населенных пунктов.",
            "ru",
        ),
        (
            "В феврале армия продвинулась у Покровска. Войска заняли 500 "
            "квадратных километров, включая 40 сел.",
            "ru",
        ),
    ],
)
def test_a_count_of_settlements_carries_the_time_of_the_sentence_before(text, lang):
    claims = extract_claims(text, published=WED, language=lang)
    counts = [c for c in claims if c.extra.get("settlements_count") == 40]
    assert counts
    assert (counts[0].period_start, counts[0].period_end) == (
        D(2024, 2, 1),
        D(2024, 2, 29),
    )


@pytest.mark.parametrize(
    ("text", "lang", "announced"),
    [
        ("The ministry on Sunday, March 3, said its units took Zorivka.", "en", True),
        ("The army on Sunday, March 3, announced the capture of Zorivka.", "en", True),
        ("Troops took Zorivka on Sunday, March 3, the ministry said.", "en", False),
        ("Міноборони у неділю, 3 березня, заявило про захоплення Зорівки.", "uk", True),
        ("Генштаб у неділю, 3 березня, повідомив про звільнення Зорівки.", "uk", True),
        ("Війська зайняли Зорівку в неділю, 3 березня, повідомив штаб.", "uk", False),
        (
            "Минобороны в воскресенье, 3 марта, сообщило об освобождении Зоревки.",
            "ru",
            True,
        ),
        ("Штаб в воскресенье, 3 марта, заявил об освобождении Зоревки.", "ru", True),
        ("Армия освободила Зоревку в воскресенье, 3 марта, сообщил штаб.", "ru", False),
    ],
)
def test_a_weekday_with_its_date_in_apposition(text, lang, announced):
    claims = extract_claims(text, published=FRI, language=lang)
    assert claims
    day = D(2024, 3, 3)
    want = (None, day) if announced else (day, day)
    assert (claims[0].period_start, claims[0].period_end) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("As of March 3, Ukrainian forces controlled 600 sq km of the region.", "en"),
        ("As of 3 March, Ukraine still held 600 square kilometres there.", "en"),
        ("As of March 3 the brigade holds 600 square kilometres.", "en"),
        ("Станом на 3 березня ЗСУ контролюють 600 квадратних кілометрів.", "uk"),
        ("Станом на 3 березня під контролем ЗСУ 600 кв. км.", "uk"),
        ("На 3 березня Україна утримує 600 квадратних кілометрів.", "uk"),
        ("По состоянию на 3 марта ВСУ контролируют 600 квадратных километров.", "ru"),
        ("На 3 марта под контролем ВСУ оставалось 600 кв. км.", "ru"),
        ("По состоянию на 3 марта Украина удерживает 600 кв. км.", "ru"),
    ],
)
def test_an_area_held_as_of_a_day_is_a_running_total_ending_that_day(text, lang):
    held = [c for c in _one(text, lang, FRI) if c.area_km2 == 600]
    assert held
    assert held[0].cumulative
    assert (held[0].period_start, held[0].period_end) == (None, D(2024, 3, 3))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In early February the brigade launched an assault near Zorivka. "
            "Its troops captured 12 villages and by mid-February reached Stepky.",
            "en",
        ),
        (
            "Heavy fighting raged near Zorivka in February. Russian forces seized "
            "12 villages, and by mid-February took control of Stepky.",
            "en",
        ),
        (
            "Fierce battles were fought near Zorivka in February. The army "
            "captured 12 villages, and by mid-February it had reached Stepky.",
            "en",
        ),
        (
            "На початку лютого бригада почала штурм біля Зорівки. Окупанти "
            "захопили 12 сіл і до середини лютого увійшли до Степків.",
            "uk",
        ),
        (
            "У лютому тривали бої біля Зорівки. Росіяни захопили 12 сіл, а до "
            "середини лютого встановили контроль над Степками.",
            "uk",
        ),
        (
            "У лютому точилися запеклі бої за Зорівку. Окупанти захопили 12 "
            "населених пунктів і до середини лютого увійшли до Степків.",
            "uk",
        ),
        (
            "В начале февраля бригада начала штурм у Зоревки. Войска заняли 12 сел "
            "и к середине февраля установили контроль над Степками.",
            "ru",
        ),
        (
            "В феврале шли бои у Зоревки. Российские войска заняли 12 населенных "
            "пунктов, а к середине февраля вошли в Степки.",
            "ru",
        ),
        (
            "В феврале продолжались ожесточенные бои за Зоревку. Армия заняла 12 "
            "сел и к середине февраля вошла в Степки.",
            "ru",
        ),
    ],
)
def test_a_month_of_fighting_dates_the_count_in_the_next_sentence(text, lang):
    claims = extract_claims(text, published=WED, language=lang)
    counts = [c for c in claims if c.extra.get("settlements_count") == 12]
    assert counts
    assert (counts[0].period_start, counts[0].period_end) == (
        D(2024, 2, 1),
        D(2024, 2, 29),
    )


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("over the past three weeks", "en"),
        ("in the last 3 weeks", "en"),
        ("during the previous three weeks", "en"),
        ("за останні три тижні", "uk"),
        ("за минулі 3 тижні", "uk"),
        ("за три тижні", "uk"),
        ("за последние три недели", "ru"),
        ("за прошедшие 3 недели", "ru"),
        ("за три недели", "ru"),
    ],
)
def test_past_n_weeks(phrase, lang):
    (m,) = find_periods(phrase, lang)
    assert resolve(m, WED) == (D(2024, 2, 14), D(2024, 3, 5))


@pytest.mark.parametrize(
    ("text", "lang", "count", "running"),
    [
        (
            "Ukrainian forces have liberated 120 towns and villages in the region.",
            "en",
            120,
            True,
        ),
        ("The army said it had recaptured more than 300 settlements.", "en", 300, True),
        ("Russian troops captured three villages near Zorivka.", "en", 3, False),
        ("ЗСУ звільнили 421 населений пункт в області.", "uk", 421, True),
        ("Сили оборони деокупували понад 300 міст і сіл.", "uk", 300, True),
        ("Окупанти захопили два села біля Зорівки.", "uk", 2, False),
        ("ВСУ заняли 74 населенных пункта в области.", "ru", 74, True),
        ("Армия освободила более 300 населенных пунктов.", "ru", 300, True),
        ("Войска освободили два села у Зоревки.", "ru", 2, False),
    ],
)
def test_a_large_count_without_a_span_is_a_running_total(text, lang, count, running):
    counts = [
        c
        for c in extract_claims(text, published=WED, language=lang)
        if c.extra.get("settlements_count") == count
    ]
    assert counts
    assert counts[0].cumulative is running


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Since the start of the day, 40 clashes took place. Russian units "
            "captured Zorivka.",
            "en",
        ),
        (
            "Today the enemy attacked 30 times near Stepky. Russian units "
            "captured Zorivka.",
            "en",
        ),
        (
            "Overnight the invaders assaulted positions near Stepky. Russian "
            "units captured Zorivka.",
            "en",
        ),
        (
            "З початку доби ворог 30 разів атакував біля Степків. Окупанти "
            "захопили Зорівку.",
            "uk",
        ),
        (
            "Від початку поточної доби відбулося 40 боєзіткнень біля Степків. "
            "Окупанти захопили Зорівку.",
            "uk",
        ),
        (
            "Сьогодні ворог 30 разів атакував біля Степків. Окупанти захопили Зорівку.",
            "uk",
        ),
        (
            "С начала суток противник 30 раз атаковал у Степков. Войска "
            "освободили Зоревку.",
            "ru",
        ),
        (
            "С начала текущих суток отражено 30 атак у Степков. Войска "
            "освободили Зоревку.",
            "ru",
        ),
        (
            "Сегодня противник 30 раз атаковал у Степков. Войска освободили Зоревку.",
            "ru",
        ),
    ],
)
def test_an_evening_report_dates_its_undated_claims_by_the_day(text, lang):
    claims = extract_claims(text, published=WED, language=lang)
    last = [c for c in claims if c.char_start > text.find(". ")]
    assert last
    assert (last[0].period_start, last[0].period_end) == (WED, WED)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        (
            "Kyiv has held the area since August, when its troops captured 1,000 "
            "square kilometres.",
            "en",
            D(2023, 8, 1),
            D(2023, 8, 31),
        ),
        (
            "The town has been Russian since February 17, when its troops "
            "captured Zorivka.",
            "en",
            D(2024, 2, 17),
            D(2024, 2, 17),
        ),
        (
            "Fighting has raged there since early August, when Ukraine seized "
            "1,000 square kilometres.",
            "en",
            D(2023, 8, 1),
            D(2023, 8, 31),
        ),
        (
            "ЗСУ утримують район з початку серпня, коли вони захопили 1000 "
            "квадратних кілометрів.",
            "uk",
            D(2023, 8, 1),
            D(2023, 8, 31),
        ),
        (
            "Село окуповане з 17 лютого, коли окупанти захопили Зорівку.",
            "uk",
            D(2024, 2, 17),
            D(2024, 2, 17),
        ),
        (
            "Бої тривають від початку серпня, коли ЗСУ зайняли 1000 "
            "квадратних кілометрів.",
            "uk",
            D(2023, 8, 1),
            D(2023, 8, 31),
        ),
        (
            "ВСУ удерживают район с начала августа, когда они заняли 1000 "
            "квадратных километров.",
            "ru",
            D(2023, 8, 1),
            D(2023, 8, 31),
        ),
        (
            "Село занято с 17 февраля, когда войска освободили Зоревку.",
            "ru",
            D(2024, 2, 17),
            D(2024, 2, 17),
        ),
        (
            "Бои идут с начала августа, когда ВСУ заняли 1000 квадратных километров.",
            "ru",
            D(2023, 8, 1),
            D(2023, 8, 31),
        ),
    ],
)
def test_a_claim_in_the_when_clause_of_a_since_is_that_event(text, lang, start, end):
    claims = [
        c
        for c in extract_claims(text, published=WED, language=lang)
        if c.area_km2 or c.kind == "settlement_control"
    ]
    assert claims
    c = claims[-1]
    assert (c.period_start, c.period_end) == (start, end)
    assert not c.cumulative


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "By mid-February Ukrainian forces had established control over part of the "
            "Kursk region.",
            "en",
        ),
        ("Since January Russian troops have seized part of the Kursk region.", "en"),
        (
            "By the end of February Ukraine had established control over part of "
            "the Kursk region.",
            "en",
        ),
        (
            "До середини лютого ЗСУ встановили контроль над частиною Курської області.",
            "uk",
        ),
        ("З початку лютого ЗСУ взяли під контроль частину Курської області.", "uk"),
        (
            "До кінця лютого ЗСУ встановили контроль над ділянкою Курської області.",
            "uk",
        ),
        (
            "К середине февраля ВСУ установили контроль над участком Курской области.",
            "ru",
        ),
        ("С начала февраля ВСУ взяли под контроль часть Курской области.", "ru"),
        ("К концу февраля ВСУ взяли под контроль часть Курской области.", "ru"),
    ],
)
def test_an_area_without_a_figure_is_no_running_total(text, lang):
    areas = _one(text, lang, WED)
    assert areas
    assert not any(c.cumulative for c in areas)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Earlier, on March 3, the ministry said its units took Zorivka.", "en"),
        ("Separately, on March 3, the army said it had seized Zorivka.", "en"),
        ("Previously, on March 3, officials said troops captured Zorivka.", "en"),
        ("Раніше, 3 березня, Генштаб повідомив про звільнення Зорівки.", "uk"),
        ("Днем раніше, 3 березня, штаб заявив про захоплення Зорівки.", "uk"),
        ("Напередодні, 3 березня, командир повідомив, що ЗСУ звільнили Зорівку.", "uk"),
        ("Днем ранее, 3 марта, штаб сообщил об освобождении Зоревки.", "ru"),
        ("Ранее, 3 марта, Минобороны заявило, что войска заняли Зоревку.", "ru"),
        ("Накануне, 3 марта, командир сообщил об освобождении Зоревки.", "ru"),
    ],
)
def test_a_dated_statement_after_a_short_opener(text, lang):
    claims = extract_claims(text, published=FRI, language=lang)
    assert claims
    assert (claims[0].period_start, claims[0].period_end) == (None, D(2024, 3, 3))


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("in January-February", "en"),
        ("during January–February", "en"),
        ("over January and February", "en"),
        ("у січні–лютому", "uk"),
        ("за січень-лютий", "uk"),
        ("в січні й лютому", "uk"),
        ("в январе–феврале", "ru"),
        ("за январь-февраль", "ru"),
        ("в январе и феврале", "ru"),
    ],
)
def test_two_months_joined_by_a_dash(phrase, lang):
    (m,) = find_periods(phrase, lang)
    assert resolve(m, WED) == (D(2024, 1, 1), D(2024, 2, 29))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On February 20, the ministry said its units took Zorivka. Troops "
            "also seized Stepky on Monday, it said.",
            "en",
        ),
        (
            "20 лютого Генштаб повідомив про звільнення Зорівки. Війська також "
            "зайняли Степки в понеділок, зазначили в штабі.",
            "uk",
        ),
        (
            "20 февраля Минобороны сообщило об освобождении Зоревки. Войска также "
            "заняли Степки в понедельник, отметили в ведомстве.",
            "ru",
        ),
    ],
)
def test_a_weekday_counts_from_the_publication_day_not_an_earlier_statement(text, lang):
    claims = extract_claims(text, published=WED, language=lang)
    later = [c for c in claims if c.char_start > text.find(". ")]
    assert later
    assert later[0].period_end == D(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The army said today it had seized Zorivka. Its troops also advanced "
            "near Stepky.",
            "en",
        ),
        (
            "Генштаб сьогодні повідомив про звільнення Зорівки. Також окупанти "
            "просунулися біля Степків.",
            "uk",
        ),
        (
            "Минобороны сегодня сообщило об освобождении Зоревки. Также войска "
            "продвинулись у Степков.",
            "ru",
        ),
    ],
)
def test_said_today_is_no_report_day(text, lang):
    claims = extract_claims(text, published=WED, language=lang)
    later = [c for c in claims if c.char_start > text.find(". ")]
    # not a daily report: the next claim has no start day of its own
    assert later and (later[0].period_start, later[0].period_end) == (None, WED)


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("during the month the brigade advanced", "en"),
        ("over the month units moved forward", "en"),
        ("in the month the army took 20 km²", "en"),
        ("протягом місяця бригада просунулася", "uk"),
        ("упродовж місяця армія звільнила 20 км²", "uk"),
        ("впродовж цього місяця війська просунулися", "uk"),
        ("в течение месяца бригада продвинулась", "ru"),
        ("на протяжении месяца армия освободила 20 км²", "ru"),
        ("в течение этого месяца войска продвинулись", "ru"),
    ],
)
def test_during_the_month_is_the_calendar_month(phrase, lang):
    """ "Over the month" told in the first days of the next month is the
    month just ended; told later, the whole calendar month (CONVENTIONS.md:
    "in November", "over the month"; KNOWN36: it was the month so far)."""
    (m,) = find_periods(phrase, lang)
    assert resolve(m, D(2025, 11, 1)) == (D(2025, 10, 1), D(2025, 10, 31))
    assert resolve(m, D(2025, 11, 20)) == (D(2025, 11, 1), D(2025, 11, 30))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Petrenko: troops took five villages over the past week\n\nUnits also "
            "entered Zorivka, Petrenko said. Russian bloggers admitted that their "
            "troops had left Stepky.",
            "en",
        ),
        (
            "Over the past week the army liberated 40 km², General Petrenko "
            "said.\n\nThe brigade also retook Zorivka. Military bloggers conceded "
            "that units withdrew from Stepky.",
            "en",
        ),
        (
            "Marchenko: the army seized three villages in the past week\n\nTroops "
            "entered Zorivka. Ukrainian analysts at DSM said the enemy took Stepky.",
            "en",
        ),
        (
            "Петренко: за тиждень армія звільнила п'ять сіл\n\nВійська також зайшли в "
            "Зорівку. Російські воєнкори визнали, що підрозділи відійшли зі Степків.",
            "uk",
        ),
        (
            "За останній тиждень армія звільнила 40 км², повідомив генерал "
            "Петренко.\n\nБригада також повернула Зорівку. Блогери визнали, що "
            "війська відійшли зі Степків.",
            "uk",
        ),
        (
            "Марченко: за тиждень армія захопила три села\n\nВійська увійшли в "
            "Зорівку. Аналітики DSM повідомили, що ворог захопив Степки.",
            "uk",
        ),
        (
            "Петренко: за неделю армия освободила пять сел\n\nВойска также вошли в "
            "Зоревку. Военкоры признали, что подразделения отошли из Степков.",
            "ru",
        ),
        (
            "За прошедшую неделю армия освободила 40 км², сообщил генерал "
            "Петренко.\n\nБригада также вернула Зоревку. Блогеры признали, что войска "
            "отошли из Степков.",
            "ru",
        ),
        (
            "Марченко: за неделю армия захватила три села\n\nВойска вошли в Зоревку. "
            "Аналитики DSM сообщили, что противник захватил Степки.",
            "ru",
        ),
    ],
)
def test_a_roundup_week_is_its_speakers_not_another_speakers(text, lang):
    """A weekly roundup dates its speaker's undated claims by its week; a
    claim another speaker makes later is of the publication day."""
    claims = extract_claims(text, published=WED, language=lang)
    other = [c for c in claims if "Степк" in c.quote or "Stepky" in c.quote]
    assert other and (other[0].period_start, other[0].period_end) == (None, WED)
    week = [c for c in claims if c not in other]
    assert week
    for c in week:
        assert (c.period_start, c.period_end) == (D(2024, 2, 28), D(2024, 3, 5))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "From 1 to 7 March the army liberated four villages, the ministry "
            "said.\n\nUnits advanced near Stepky. Fighting went on near Zorivka.",
            "en",
        ),
        (
            "Between March 2 and March 8, troops took 30 square kilometres, the "
            "ministry said.\n\nThe brigade moved forward near Stepky. Five attacks "
            "were repelled near Zorivka.",
            "en",
        ),
        (
            "In the period from March 1 to 7, the army captured three "
            "villages.\n\nTroops advanced near Stepky. Clashes continued near "
            "Zorivka.",
            "en",
        ),
        (
            "З 1 по 7 березня армія звільнила чотири села, повідомило "
            "міністерство.\n\nПідрозділи просунулися біля Степків. Тривали бої біля "
            "Зорівки.",
            "uk",
        ),
        (
            "У період з 2 по 8 березня війська захопили 30 квадратних "
            "кілометрів.\n\nБригада просунулася біля Степків. Біля Зорівки відбито "
            "п'ять атак.",
            "uk",
        ),
        (
            "Протягом 1–7 березня армія захопила три села.\n\nВійська просунулися "
            "біля Степків. Тривали бої біля Зорівки.",
            "uk",
        ),
        (
            "С 1 по 7 марта армия освободила четыре села, сообщило "
            "министерство.\n\nПодразделения продвинулись у Степков. Продолжались бои "
            "у Зоревки.",
            "ru",
        ),
        (
            "В период с 2 по 8 марта войска заняли 30 квадратных "
            "километров.\n\nБригада продвинулась у Степков. У Зоревки отражены пять "
            "атак.",
            "ru",
        ),
        (
            "В период 1-7 марта армия захватила три села.\n\nВойска продвинулись у "
            "Степков. Продолжались бои у Зоревки.",
            "ru",
        ),
    ],
)
def test_a_report_week_written_as_dates_dates_its_list(text, lang):
    """A weekly report's head naming its week by dates ("from 1 to 7 March",
    out a day or two later) dates the undated gains and fights listed after
    it, as "over the past week" would."""
    claims = extract_claims(text, published=D(2024, 3, 9), language=lang)
    assert {c.kind for c in claims} >= {"advance", "fighting"}
    spans = {(c.period_start, c.period_end) for c in claims}
    assert len(spans) == 1
    ((a, b),) = spans
    assert (b - a).days == 6 and b in (D(2024, 3, 7), D(2024, 3, 8))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "DSM: in October the enemy seized 400 km²\n\nThe biggest advance was near "
            "Stepky. The army also captured 12 villages, including Zorivka.",
            "en",
        ),
        (
            "Analysts: Russia took 400 square kilometres in October\n\nMost gains "
            "came near Stepky. Troops also captured Zorivka.",
            "en",
        ),
        (
            "Over October, Russian forces occupied 400 km², analysts said.\n\nThe "
            "troops advanced near Stepky. They also seized Zorivka.",
            "en",
        ),
        (
            "DSM: у жовтні ворог захопив 400 км²\n\nНайбільше просування зафіксовано "
            "біля Степків. Окупанти також захопили 12 сіл, серед яких Зорівка.",
            "uk",
        ),
        (
            "Аналітики: за жовтень росіяни окупували 400 км²\n\nВорог просунувся біля "
            "Степків. Окупанти також захопили Зорівку.",
            "uk",
        ),
        (
            "Протягом жовтня російські війська окупували 400 км², повідомили "
            "аналітики.\n\nВорог просунувся біля Степків. Також окупанти захопили "
            "Зорівку.",
            "uk",
        ),
        (
            "DSM: в октябре противник захватил 400 км²\n\nНаибольшее продвижение "
            "зафиксировано у Степков. Армия также захватила 12 сел, среди них "
            "Зоревка.",
            "ru",
        ),
        (
            "Аналитики: за октябрь российские войска заняли 400 км²\n\nПротивник "
            "продвинулся у Степков. Войска также захватили Зоревку.",
            "ru",
        ),
        (
            "В течение октября армия заняла 400 км², сообщили аналитики.\n\nПротивник "
            "продвинулся у Степков. Также войска захватили Зоревку.",
            "ru",
        ),
    ],
)
def test_a_monthly_report_dates_its_list_by_its_month(text, lang):
    """A report whose head names the month just ended ("in October", told on
    2 November) dates the undated gains listed after it by that month."""
    claims = extract_claims(text, published=D(2025, 11, 2), language=lang)
    assert len(claims) >= 2
    for c in claims:
        assert (c.period_start, c.period_end) == (D(2025, 10, 1), D(2025, 10, 31))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ukrainian troops regained 4 square kilometres last week, taking the "
            "total there to 57 square kilometres.",
            "en",
        ),
        (
            "The army liberated 6 km² over the past week, and 120 km² in total since "
            "the operation began.",
            "en",
        ),
        (
            "Over the past week the brigades retook 5 square kilometres, bringing the "
            "total to 88 square kilometres.",
            "en",
        ),
        ("За тиждень там звільнено 4 кв. км, а загалом — 57 кв. км.", "uk"),
        ("Минулого тижня війська звільнили 6 км², а всього — 120 км².", "uk"),
        (
            "За минулий тиждень бригади звільнили 5 квадратних кілометрів, а загалом "
            "уже 88 квадратних кілометрів.",
            "uk",
        ),
        ("За неделю там освобождено 4 кв. км, а всего — 57 кв. км.", "ru"),
        (
            "На прошлой неделе войска освободили 6 км², а в общей сложности — 120 км².",
            "ru",
        ),
        (
            "За прошедшую неделю бригады освободили 5 квадратных километров, а всего "
            "уже 88 квадратных километров.",
            "ru",
        ),
    ],
)
def test_a_total_in_its_own_clause_after_a_bounded_figure_runs_to_the_statement(
    text, lang
):
    """ "3 km² last week, taking the total to 43 km²": the week is the first
    figure's; the total in the clause after it is a running total ending on
    the statement day."""
    bounded, total = sorted(
        extract_claims(text, published=WED, language=lang), key=lambda c: c.area_km2
    )
    assert not bounded.cumulative and bounded.period_start is not None
    assert total.cumulative
    assert (total.period_start, total.period_end) == (None, WED)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In total, troops retook 57 square kilometres within a week.", "en"),
        ("Загалом за тиждень війська звільнили 57 км².", "uk"),
        ("Всего за неделю войска освободили 57 км².", "ru"),
    ],
)
def test_a_total_in_the_clause_of_its_week_stays_bounded(text, lang):
    (c,) = extract_claims(text, published=WED, language=lang)
    assert not c.cumulative and c.period_start is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Last year Russian forces captured 4,000 square kilometres in 2025, "
            "analysts said.",
            "en",
        ),
        ("In 2025, last year, the army took 3,600 square kilometres.", "en"),
        (
            "Analysts said Russia seized 4,100 square kilometres in 2025, last year.",
            "en",
        ),
        ("Торік, у 2025 році, росіяни захопили 4000 км².", "uk"),
        ("У 2025 році, тобто минулого року, армія захопила 3600 км².", "uk"),
        ("За минулий рік, у 2025 році, ворог окупував 4100 км².", "uk"),
        ("В прошлом году, в 2025 году, российские войска заняли 4000 км².", "ru"),
        ("В 2025 году, то есть в прошлом году, армия заняла 3600 км².", "ru"),
        ("За прошлый год, в 2025 году, противник захватил 4100 км².", "ru"),
    ],
)
def test_a_year_the_text_calls_last_year_is_completed_without_a_day(text, lang):
    """With no publication day a year's figure is read as year-to-date, unless
    the text calls that year "last year": then it is a completed period."""
    (c,) = extract_claims(text, language=lang)
    assert not c.cumulative
    if "2025" in (c.period_text or ""):
        assert (c.period_start, c.period_end) == (D(2025, 1, 1), D(2025, 12, 31))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian forces likely seized Zorivka, ISW said in its report for October "
            "1.\n\nISW also said Russian troops advanced near Stepky.",
            "en",
        ),
        (
            "In its assessment of October 1, ISW wrote that Russian troops had "
            "captured Zorivka.\n\nRussian forces also advanced near Stepky, ISW said.",
            "en",
        ),
        (
            "According to the daily update on October 1, Russian troops took "
            "Zorivka.\n\nThey also advanced near Stepky.",
            "en",
        ),
        (
            "Російські війська, ймовірно, захопили Зорівку, йдеться у звіті ISW за 1 "
            "жовтня.\n\nЗа даними ISW, росіяни також просунулися біля Степків.",
            "uk",
        ),
        (
            "У зведенні ISW за 1 жовтня йдеться, що росіяни захопили "
            "Зорівку.\n\nТакож вони просунулися біля Степків.",
            "uk",
        ),
        (
            "Згідно зі звітом аналітиків ISW від 1 жовтня, ворог захопив "
            "Зорівку.\n\nРосіяни також просунулися біля Степків.",
            "uk",
        ),
        (
            "Российские войска, вероятно, заняли Зоревку, говорится в отчете ISW за 1 "
            "октября.\n\nПо данным ISW, войска также продвинулись у Степков.",
            "ru",
        ),
        (
            "В сводке ISW за 1 октября сказано, что российские войска заняли "
            "Зоревку.\n\nТакже они продвинулись у Степков.",
            "ru",
        ),
        (
            "Согласно докладу аналитиков ISW от 1 октября, армия заняла "
            "Зоревку.\n\nВойска также продвинулись у Степков.",
            "ru",
        ),
    ],
)
def test_a_relayed_report_for_a_day_dates_its_claims(text, lang):
    """ "ISW's report for October 1" (published on the 3rd): the report's
    claims, and those relayed from it after, were stated on the 1st."""
    claims = extract_claims(text, published=D(2024, 10, 3), language=lang)
    assert len(claims) == 2
    assert [c.period_end for c in claims] == [D(2024, 10, 1)] * 2


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("in its report for October 1.", (D(2024, 10, 1), D(2024, 10, 1))),
        ("in October 12 villages fell", (D(2024, 10, 1), D(2024, 10, 31))),
        ("the update for October 1, 2024, said", (D(2024, 10, 1), D(2024, 10, 1))),
    ],
)
def test_a_month_followed_by_its_day_is_that_day(phrase, span):
    (m,) = find_periods(phrase, "en")
    assert resolve(m, D(2024, 11, 3)) == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In October the enemy advanced near Zorivka.\n\nStepky remains a grey "
            "zone, fighting is going on in the village.",
            "en",
        ),
        (
            "Russia took 400 km² in October, analysts said.\n\nFierce battles "
            "continue near Stepky.",
            "en",
        ),
        (
            "Over October, Russian forces advanced near Zorivka.\n\nClashes are under "
            "way near Stepky.",
            "en",
        ),
        (
            "У жовтні ворог просунувся біля Зорівки.\n\nСтепки залишаються сірою "
            "зоною, бої точаться в селі.",
            "uk",
        ),
        (
            "За жовтень росіяни захопили 400 км², повідомили аналітики.\n\nТривають "
            "запеклі бої біля Степків.",
            "uk",
        ),
        (
            "Протягом жовтня ворог просунувся біля Зорівки.\n\nБіля Степків тривають "
            "бої.",
            "uk",
        ),
        (
            "В октябре противник продвинулся у Зоревки.\n\nСтепки остаются серой "
            "зоной, бои идут в поселке.",
            "ru",
        ),
        (
            "За октябрь российские войска заняли 400 км², сообщили "
            "аналитики.\n\nПродолжаются ожесточенные бои у Степков.",
            "ru",
        ),
        (
            "В течение октября противник продвинулся у Зоревки.\n\nУ Степков идут бои.",
            "ru",
        ),
    ],
)
def test_a_fight_in_a_monthly_report_is_of_the_day_it_is_told(text, lang):
    """A monthly report's month dates its gains, not a fight told in the
    present ("remains a grey zone, fighting is going on")."""
    gain, fight = extract_claims(text, published=D(2025, 11, 2), language=lang)
    assert (gain.period_start, gain.period_end) == (D(2025, 10, 1), D(2025, 10, 31))
    assert fight.kind == "fighting" and fight.period_end == D(2025, 11, 2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The army has liberated 300 square kilometres of the territory, which the "
            "enemy seized in August.",
            "en",
        ),
        (
            "Troops retook 300 km² of land, which the invaders had occupied in August.",
            "en",
        ),
        (
            "Ukrainian forces have regained 300 square kilometres, which Russia "
            "captured in August.",
            "en",
        ),
        ("Армія звільнила 300 км² території, захопленої ворогом у серпні.", "uk"),
        (
            "Війська повернули 300 квадратних кілометрів, які окупанти захопили в "
            "серпні.",
            "uk",
        ),
        ("Сили оборони звільнили 300 км² землі, яку ворог окупував у серпні.", "uk"),
        ("Освобождено 300 кв. км территории, захваченной противником в августе.", "ru"),
        ("Войска освободили 300 км² земли, которую противник занял в августе.", "ru"),
        (
            "Армия освободила 300 квадратных километров, оккупированных врагом в "
            "августе.",
            "ru",
        ),
    ],
)
def test_the_time_of_a_modifier_after_the_claim_is_not_the_claims(text, lang):
    """ "…, which the enemy seized in August", "…, захваченной противником в
    августе": the month dates the seizure of the land, not its liberation."""
    (c,) = extract_claims(text, published=D(2024, 12, 16), language=lang)
    assert c.period_text is None and c.period_end == D(2024, 12, 16)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kyiv denies the fall of Zorivka\n\nRussia's defence ministry said on "
            "Sunday its troops had taken Zorivka.",
            "en",
        ),
        (
            "DSM: the enemy advanced near Stepky\n\nGeneral Petrenko said on Sunday "
            "that troops had seized Zorivka.",
            "en",
        ),
        (
            "Ukraine's army rejects reports of the capture of Zorivka\n\nMoscow said "
            "on Sunday that Zorivka was captured.",
            "en",
        ),
        (
            "У ЗСУ спростували заяву про захоплення Зорівки\n\nМіноборони РФ у неділю "
            "заявило, що війська захопили Зорівку.",
            "uk",
        ),
        (
            "DSM: ворог просунувся біля Степків\n\nГенерал Петренко у неділю "
            "повідомив, що армія захопила Зорівку.",
            "uk",
        ),
        (
            "Генштаб ЗСУ спростував захоплення Зорівки\n\nУ неділю Міноборони РФ "
            "заявило про захоплення Зорівки.",
            "uk",
        ),
        (
            "В ВСУ опровергли заявление о взятии Зоревки\n\nМинобороны России в "
            "воскресенье заявило о взятии Зоревки.",
            "ru",
        ),
        (
            "DSM: противник продвинулся у Степков\n\nГенерал Петренко в воскресенье "
            "сообщил, что армия заняла Зоревку.",
            "ru",
        ),
        (
            "Генштаб ВСУ опроверг захват Зоревки\n\nВ воскресенье Минобороны России "
            "объявило о захвате Зоревки.",
            "ru",
        ),
    ],
)
def test_a_headline_of_another_speaker_than_the_dated_lede_is_the_publication_days(
    text, lang
):
    """A headline tells the lede's news and day only when its speaker is the
    lede's: "Kyiv denies …" over "Moscow said on Sunday …" is of the day
    published."""
    head, lede = extract_claims(text, published=FRI, language=lang)
    assert head.period_end == FRI
    assert lede.period_end == D(2024, 3, 3)
    # the day before the speaker is not part of the name ("У неділю Міноборони")
    assert lede.claimant[0].isupper() and len(lede.claimant) > 4
    assert not lede.claimant.lower().startswith(("у ", "в "))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Petrenko said the troops held Zorivka, which Kyiv said it had retaken on "
            "Wednesday, and were advancing toward Stepky.",
            "en",
        ),
        (
            "The brigade entered Zorivka, which the enemy had seized in January, and "
            "advanced toward Stepky.",
            "en",
        ),
        (
            "Units reinforced positions near Zorivka, which was liberated on Tuesday, "
            "and pushed forward near Stepky.",
            "en",
        ),
        (
            "Війська закріпилися в Зорівці, яку звільнили в середу, і просунулися "
            "біля Степків.",
            "uk",
        ),
        (
            "Бригада утримує Зорівку, захоплену ворогом у січні, та просунулася біля "
            "Степків.",
            "uk",
        ),
        (
            "Підрозділи посилили позиції біля Зорівки, яку повернули у вівторок, і "
            "просунулися до Степків.",
            "uk",
        ),
        (
            "Войска закрепились в Зоревке, которую освободили в среду, и продвинулись "
            "у Степков.",
            "ru",
        ),
        (
            "Бригада удерживает Зоревку, захваченную противником в январе, и "
            "продвинулась у Степков.",
            "ru",
        ),
        (
            "Подразделения усилили позиции у Зоревки, которую вернули во вторник, и "
            "продвинулись к Степкам.",
            "ru",
        ),
    ],
)
def test_the_time_of_a_modifier_closed_before_the_claim_is_not_the_claims(text, lang):
    """ "Zorivka, which Kyiv retook on Wednesday, and were advancing near
    Stepky": the weekday is the retaking's, not the advance's."""
    claims = extract_claims(text, published=FRI, language=lang)
    later = [c for c in claims if "Степк" in c.quote or "Stepky" in c.quote]
    assert later
    for c in later:
        assert c.period_text is None and c.period_end == FRI
