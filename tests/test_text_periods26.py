"""Periods, session 26 (the ``periods`` lane).

- an outlet's masthead above the headline ("Kharkiv Daily", "Курская
  Неделя": one to three capitalised words) leaves the next line the
  headline (``clean.sentences``), so the lede's statement day ("said on
  Tuesday") is read and dates the claims told after it;
- a tally over one weekday ("за четвер", "за минувший вторник") is that
  weekday, as "у четвер" / "в четверг" (PERIODS26 in ``periods.py``);
- "earlier in the week", "at the start of the week" are this week, as
  "earlier this week" (PERIODS26 in ``periods.py``);
- "за неделю", "протягом тижня", "over the past week" under a title naming
  the week by its dates ("(с 12 по 18 октября 2024 г.)") is that week
  (``dating._resolved_span``), not the seven days before publication;
- "the first three weeks of October", "за перші два тижні жовтня", "в
  течение первых трёх недель октября": the month's first 21 or 14 days
  (PERIODS26, the ``week_of_month`` row);
- a summary, digest, recap, "підсумки", "огляд", "итоги", "обзор" "for" /
  "за" a day names the day its report is about, as "report for" did
  (``period_rules.report_day``): its claims are of that day.

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.clean import sentences
from frontline.text.period_rules import report_day
from frontline.text.periods import find_periods, resolve

WEDNESDAY = date(2025, 9, 24)
TUESDAY = date(2025, 9, 23)

_MASTHEAD = [
    (
        "en",
        "Kharkiv Daily\n\nSyniehubov: Russians attack near Kupiansk\n\n"
        "Regional governor Oleh Syniehubov said on Tuesday that Russian forces "
        "attacked near Kupiansk nine times.\n\n"
        "He added that Ukrainian troops hold Petropavlivka.",
    ),
    (
        "en",
        "Odesa Herald\n\nKyiv says troops hold Kherson islands\n\n"
        "A military spokesman said on Tuesday that Russian forces attacked near "
        "Antonivka.\n\nHe added that Ukrainian troops hold Krynky.",
    ),
    (
        "en",
        "Donbas Post\n\nFilashkin: enemy pushes toward Kostiantynivka\n\n"
        "Regional head Vadym Filashkin said on Tuesday that Russian troops "
        "attacked near Kostiantynivka.\n\n"
        "He added that Ukrainian forces still hold Chasiv Yar.",
    ),
    (
        "uk",
        "Вінницькі Новини\n\nЗСУ відбили атаки біля Покровська\n\n"
        "Речник угруповання Віктор Трегубов у вівторок заявив, що ворог атакував "
        "позиції біля Покровська.\n\nЗа його словами, наші воїни утримують "
        "Мирноград.",
    ),
    (
        "uk",
        "Полтавський Вісник\n\nСинєгубов: ворог штурмує Куп'янськ\n\n"
        "Голова ОВА Олег Синєгубов у вівторок увечері повідомив, що окупанти "
        "атакували біля Куп'янська.\n\nЗа його словами, Сили оборони тримають "
        "Петропавлівку під своїм контролем.",
    ),
    (
        "uk",
        "Донбас Сьогодні\n\nФілашкін: ворог тисне на Костянтинівку\n\n"
        "Голова ОВА Вадим Філашкін у вівторок повідомив, що росіяни намагаються "
        "прорватися до Костянтинівки.\n\nЗа його словами, Сили оборони "
        "утримують Часів Яр.",
    ),
    (
        "ru",
        "Белгородская Правда\n\nГладков: ВСУ атакуют Журавлёвку\n\n"
        "Губернатор Вячеслав Гладков во вторник заявил, что ВСУ атаковали "
        "позиции у Журавлёвки.\n\nПо его словам, российские войска удерживают "
        "Нехотеевку.",
    ),
    (
        "ru",
        "Брянский Вестник\n\nБогомаз: противник отброшен\n\n"
        "Губернатор Александр Богомаз во вторник вечером сообщил, что противник "
        "пытался прорваться у Климово.\n\nПо его словам, российские войска "
        "контролируют Сушаны.",
    ),
    (
        "ru",
        "Курская Неделя\n\nХинштейн: бои идут у Теткино\n\n"
        "Врио губернатора Александр Хинштейн во вторник заявил, что у Теткино "
        "идут бои.\n\nПо его словам, под контролем российских войск остается "
        "Глушково.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _MASTHEAD)
def test_masthead_leaves_the_next_line_the_headline(lang: str, text: str) -> None:
    sents = sentences(text)
    assert sents[0].headline and sents[1].headline
    assert not sents[2].headline


@pytest.mark.parametrize(("lang", "text"), _MASTHEAD)
def test_masthead_lede_statement_day_dates_later_claims(lang: str, text: str) -> None:
    claims = extract_claims(text, doc_id="t", published=WEDNESDAY, language=lang)
    held = [c for c in claims if c.kind == "settlement_control" and c.char_start > 60]
    assert held, claims
    assert held[-1].period_end == TUESDAY
    assert held[-1].period_start is None


@pytest.mark.parametrize(
    "line",
    ["Kyiv Independent", "Запоріжжя.Онлайн", "Курские Известия"],
)
def test_a_masthead_line(line: str) -> None:
    assert sentences(f"{line}\n\nA headline here\n\nBody text.")[1].headline


@pytest.mark.parametrize(
    "first",
    ["Russia takes Avdiivka", "Росія захопила Авдіївку", "BREAKING: Russia"],
)
def test_a_headline_is_no_masthead(first: str) -> None:
    sents = sentences(f"{first}\n\nA standfirst without a stop\n\nBody text.")
    assert sents[0].headline and not sents[1].headline


FRIDAY = date(2023, 10, 13)


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("uk", "Лише за четвер ворог здійснив понад 20 атак біля Авдіївки.", 12),
        (
            "uk",
            "За минулу середу росіяни 14 разів штурмували позиції біля Степового.",
            11,
        ),
        ("uk", "Тільки за вівторок наші воїни відбили 9 атак біля Куп'янська.", 10),
        ("ru", "Только за четверг противник 20 раз атаковал позиции у Авдеевки.", 12),
        ("ru", "За минувшую среду ВСУ 14 раз штурмовали позиции у Работино.", 11),
        ("ru", "За вторник российские войска отбили 9 атак у Кременной.", 10),
    ],
)
def test_tally_over_a_weekday(lang: str, text: str, day: int) -> None:
    (p,) = find_periods(text, lang)
    assert p.kind == "weekday"
    assert resolve(p, FRIDAY) == (date(2023, 10, day), date(2023, 10, day))
    (c,) = extract_claims(text, doc_id="t", published=FRIDAY, language=lang)
    assert c.kind == "fighting"
    assert (c.period_start, c.period_end) == (date(2023, 10, day),) * 2


@pytest.mark.parametrize("text", ["за тиждень", "за неделю"])
def test_a_week_is_no_weekday(text: str) -> None:
    assert [p.kind for p in find_periods(text, "uk" if "тиж" in text else "ru")] == [
        "past_week"
    ]


MARCH_4 = date(2025, 3, 4)
MARCH_3 = date(2025, 3, 3)

_SUMMARY_FOR = [
    (
        "en",
        "Siversk axis: evening summary for March 3\n\n"
        "- Our units took a strongpoint near Vyimka.\n"
        "- The enemy still holds the eastern part of Bilohorivka.",
    ),
    (
        "en",
        "Front recap for March 3\n\nRussian forces advanced 500 metres near "
        "Pishchane. Ukrainian troops hold Kindrashivka.",
    ),
    (
        "en",
        "Zaporizhzhia front: our digest for March 3\n\nUkrainian units repelled "
        "four assaults near Stepove. Russian troops captured Pavlivka.",
    ),
    (
        "uk",
        "Торецький напрямок: підсумки за 3 березня\n\n- Наші підрозділи "
        "закріпилися в центрі Щербинівки.\n- Ворог утримує північну частину Дружби.",
    ),
    (
        "uk",
        "Огляд фронту за 3 березня\n\nРосійські війська просунулися на 500 метрів "
        "біля Піщаного. Сили оборони утримують Кіндрашівку.",
    ),
    (
        "uk",
        "Головні підсумки дня за 3 березня\n\nЗСУ відбили чотири атаки біля "
        "Степового. Окупанти захопили Павлівку.",
    ),
    (
        "ru",
        "Торецкое направление: итоги за 3 марта\n\n- Наши подразделения "
        "закрепились в центре Щербиновки.\n- Противник удерживает северную часть "
        "Дружбы.",
    ),
    (
        "ru",
        "Обзор фронта за 3 марта\n\nРоссийские войска продвинулись на 500 метров "
        "у Песчаного. ВСУ удерживают Кондрашовку.",
    ),
    (
        "ru",
        "Военные итоги дня за 3 марта\n\nВСУ отбили четыре атаки у Степового. "
        "Российские войска освободили Павловку.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _SUMMARY_FOR)
def test_summary_for_a_day_dates_its_claims(lang: str, text: str) -> None:
    title = text.partition("\n")[0]
    assert report_day(title, lang, MARCH_4)[1] == MARCH_3
    claims = extract_claims(text, doc_id="t", published=MARCH_4, language=lang)
    assert len(claims) == 2
    assert {c.kind for c in claims} <= {"advance", "settlement_control", "fighting"}
    assert all(c.period_end == MARCH_3 for c in claims)


def test_a_summary_with_a_claim_is_no_report_day() -> None:
    assert report_day("Summary: troops took Dubrava on March 3", "en", MARCH_4) is None


SATURDAY = date(2024, 2, 17)
WEEK_SO_FAR = (date(2024, 2, 12), SATURDAY)  # Monday of the week to the day


@pytest.mark.parametrize(
    ("text", "kind", "gainer"),
    [
        (
            "Russian war bloggers said earlier in the week that Russian units "
            "had reached the coke plant near Avdiivka.",
            "advance",
            "RU",
        ),
        (
            "Early in the week, Russian troops captured the village of Lastochkyne.",
            "settlement_control",
            "RU",
        ),
        (
            "At the start of the week Ukrainian forces advanced 2 km near Robotyne.",
            "advance",
            "UA",
        ),
    ],
)
def test_earlier_in_the_week_is_this_week(text: str, kind: str, gainer: str) -> None:
    (c,) = extract_claims(text, doc_id="t", published=SATURDAY, language="en")
    assert (c.kind, c.gainer) == (kind, gainer)
    assert (c.period_start, c.period_end) == WEEK_SO_FAR


@pytest.mark.parametrize(
    "text", ["at the start of the week of June 3", "earlier in the week before"]
)
def test_another_week_is_not_this_week(text: str) -> None:
    assert all(p.kind != "this_week" for p in find_periods(text, "en"))


OCT_19 = date(2024, 10, 19)
TITLED_WEEK = (date(2024, 10, 12), date(2024, 10, 18))


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "ru",
            "Сводка о ходе операции (с 12 по 18 октября 2024 г.)\n\nЗа неделю "
            "подразделения группировки «Центр» освободили населенный пункт Острое.",
            "settlement_control",
        ),
        (
            "ru",
            "Бюллетень министерства (с 12 по 18 октября 2024 г.)\n\nВ течение "
            "недели подразделения группировки «Юг» продвинулись на 3 км у Торецка.",
            "advance",
        ),
        (
            "ru",
            "Отчет штаба за период с 12 по 18 октября 2024 г.\n\nЗа прошедшую "
            "неделю противник 20 раз атаковал позиции у Часова Яра.",
            "fighting",
        ),
        (
            "uk",
            "Зведення (з 12 по 18 жовтня 2024 р.)\n\nЗа тиждень Сили оборони "
            "звільнили село Іванівка.",
            "settlement_control",
        ),
        (
            "uk",
            "Звіт міністерства (з 12 по 18 жовтня 2024 р.)\n\nПротягом тижня "
            "підрозділи угруповання просунулися на 3 км біля Торецька.",
            "advance",
        ),
        (
            "uk",
            "Бюлетень штабу за період з 12 по 18 жовтня 2024 р.\n\nЗа тиждень "
            "ворог 20 разів атакував позиції біля Часового Яру.",
            "fighting",
        ),
        (
            "en",
            "Weekly summary (12-18 October 2024)\n\nOver the past week Russian "
            "troops captured the village of Ostre.",
            "settlement_control",
        ),
        (
            "en",
            "Ministry bulletin (12-18 October 2024)\n\nDuring the week the brigade "
            "advanced 3 km near Toretsk.",
            "advance",
        ),
        (
            "en",
            "Staff report for the period 12-18 October 2024\n\nOver the past week "
            "the enemy attacked 20 times near Chasiv Yar.",
            "fighting",
        ),
    ],
)
@pytest.mark.parametrize("published", [OCT_19, date(2024, 10, 18)])
def test_the_week_under_a_dated_title_is_the_titles(
    lang: str, text: str, kind: str, published: date
) -> None:
    # published on the week's own last day too (a summary issued that evening)
    (c,) = extract_claims(text, doc_id="t", published=published, language=lang)
    assert c.kind == kind
    assert c.period_text is not None
    assert (c.period_start, c.period_end) == TITLED_WEEK


OCT_24 = date(2024, 10, 24)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "days"),
    [
        (
            "en",
            "Russian forces took more than 400 square kilometres in the first "
            "three weeks of October, analysts said.",
            "area_change",
            21,
        ),
        (
            "en",
            "In the first two weeks of October, Ukrainian troops advanced 3 km "
            "near Robotyne.",
            "advance",
            14,
        ),
        (
            "en",
            "Russian troops captured five villages during the first three weeks "
            "of October.",
            "settlement_control",
            21,
        ),
        (
            "uk",
            "За перші три тижні жовтня російські війська захопили понад 400 кв. км.",
            "area_change",
            21,
        ),
        (
            "uk",
            "У перші два тижні жовтня Сили оборони просунулися на 3 км біля "
            "Роботиного.",
            "advance",
            14,
        ),
        (
            "uk",
            "Протягом перших трьох тижнів жовтня окупанти захопили п'ять сіл.",
            "settlement_control",
            21,
        ),
        (
            "ru",
            "За первые три недели октября российские войска освободили более "
            "400 кв. км.",
            "area_change",
            21,
        ),
        (
            "ru",
            "В первые две недели октября ВСУ продвинулись на 3 км у Работино.",
            "advance",
            14,
        ),
        (
            "ru",
            "В течение первых трёх недель октября российские войска освободили "
            "пять сёл.",
            "settlement_control",
            21,
        ),
    ],
)
def test_the_first_weeks_of_a_month(lang: str, text: str, kind: str, days: int) -> None:
    (c,) = extract_claims(text, doc_id="t", published=OCT_24, language=lang)
    assert c.kind == kind
    assert (c.period_start, c.period_end) == (date(2024, 10, 1), date(2024, 10, days))
