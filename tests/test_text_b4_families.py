"""Families found on a fourth blind corpus (issue 8): distance ranges and
fractions, entering a settlement, season roundups, whose side in Russian
official texts, grey zones, and denials by a short verdict.

Every sentence is invented for the test (no corpus or article text, no
``../shared``); each family is tried in three phrasings of our own per language
where it applies. Place names are made up ("Kolosky", "Marivka").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.numbers import number_before, word_range
from frontline.text.periods import find_periods, resolve
from frontline.text.units import find_quantities

PUB = date(2025, 9, 3)
SC = "settlement_control"


def claims(text: str, lang: str = "en", pub: date = PUB):
    return extract_claims(text, published=pub, language=lang)


# ---- family 1: numbers: ranges take the upper bound, "and a half" ----------
@pytest.mark.parametrize(
    ("text", "lang", "value", "low"),
    [
        ("moved between 300 metres and 2 km", "en", 2.0, 0.3),
        ("gained from 800 metres to 1.5 km", "en", 1.5, 0.8),
        ("pushed between 2 km and 4 km deep", "en", 4.0, 2.0),
        ("просунулися на три-чотири кілометри", "uk", 4.0, 3.0),
        ("просунулися від 400 метрів до 2 км", "uk", 2.0, 0.4),
        ("відійшли на два-три км", "uk", 3.0, 2.0),
        ("продвинулись на пять-шесть километров", "ru", 6.0, 5.0),
        ("продвинулись от 700 метров до 2 км", "ru", 2.0, 0.7),
        ("отошли на два-три км", "ru", 3.0, 2.0),
    ],
)
def test_a_distance_range_is_its_upper_bound(
    text: str, lang: str, value: float, low: float
) -> None:
    qs = [q for q in find_quantities(text, lang) if q.measure == "distance"]
    assert [(q.value, round(q.range_low or 0, 4)) for q in qs] == [(value, low)], text


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("advanced two and a half kilometres", "en", 2.5),
        ("pushed one and a half km west", "en", 1.5),
        ("moved forward three and a half miles", "en", 3.5 * 1.609344),
        ("просунулися на два з половиною кілометри", "uk", 2.5),
        ("просунулися на півтора кілометра", "uk", 1.5),
        ("відійшли приблизно на кілометр", "uk", 1.0),
        ("продвинулись на три с половиной километра", "ru", 3.5),
        ("продвинулись на полтора километра", "ru", 1.5),
        ("продвинулись примерно на километр", "ru", 1.0),
    ],
)
def test_fractions_and_a_bare_unit_are_figures(
    text: str, lang: str, value: float
) -> None:
    qs = [q for q in find_quantities(text, lang) if q.measure == "distance"]
    assert [round(q.value, 4) for q in qs] == [round(value, 4)], text


def test_tens_and_units_are_one_number_not_a_range() -> None:
    assert word_range("twenty-five") is None
    assert word_range("два-три") == (2.0, 3.0)
    assert number_before("twenty-five km", 12, "en").value == 25.0


@pytest.mark.parametrize(
    ("text", "lang", "km"),
    [
        (
            "Russian troops pushed forward between 400 metres and 2 km near Kolosky.",
            "en",
            2.0,
        ),
        (
            "Ukrainian forces advanced one and a half kilometres south of Marivka.",
            "en",
            1.5,
        ),
        (
            "Російські війська просунулися на три-чотири кілометри біля Колосків.",
            "uk",
            4.0,
        ),
        (
            "Сили оборони просунулися на два з половиною кілометри біля Марівки.",
            "uk",
            2.5,
        ),
        (
            "Российские войска продвинулись на пять-шесть километров у Колосков.",
            "ru",
            6.0,
        ),
        (
            "Российские войска продвинулись на три с половиной километра у Марьевки.",
            "ru",
            3.5,
        ),
    ],
)
def test_an_advance_takes_the_upper_bound(text: str, lang: str, km: float) -> None:
    adv = [c for c in claims(text, lang) if c.kind == "advance"]
    assert [c.distance_km for c in adv] == [km], text


# ---- family 2: entering part of a settlement is partial control -----------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials said their troops had entered the northern part of Kolosky.", "en"),
        ("Russian assault units entered the eastern districts of Marivka.", "en"),
        ("The brigade entered the industrial zone of Kolosky overnight.", "en"),
        ("Вчора російські штурмовики зайшли в північну частину Колосків.", "uk"),
        ("Окупанти зайшли в промзону Марівки.", "uk"),
        ("Сили оборони увійшли у північні квартали Колосків.", "uk"),
        ("Наши подразделения зашли в южную часть Колосков.", "ru"),
        ("Штурмовики зашли в восточные кварталы Марьевки.", "ru"),
        ("Российские бойцы вошли в промзону Колосков.", "ru"),
    ],
)
def test_entering_part_of_a_settlement_is_partial_settlement_control(
    text: str, lang: str
) -> None:
    cs = claims(text, lang)
    assert [c.kind for c in cs] == [SC], text
    assert cs[0].extra.get("partial") is True, text
    assert cs[0].extra.get("rule") == "advance-entered:advance", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian troops entered the Dnipropetrovsk region for the first time.", "en"),
        # (session 33: digging in ON a named town's outskirts is partial
        # control, tests/test_text_ukru33.py; near or north of it stays)
        ("Окупанти закріпилися біля Колосків.", "uk"),
        ("Штурмовики закрепились севернее Колосков.", "ru"),
    ],
)
def test_entering_a_region_or_digging_in_outside_stays_an_advance(
    text: str, lang: str
) -> None:
    assert [c.kind for c in claims(text, lang)] == ["advance"], text


# ---- family 3: a season's roundup is that season, bounded ------------------
@pytest.mark.parametrize(
    ("text", "lang", "pub", "span"),
    [
        (
            "over the summer months",
            "en",
            date(2025, 9, 3),
            ("2025-06-01", "2025-08-31"),
        ),
        ("during the autumn", "en", date(2025, 12, 2), ("2025-09-01", "2025-11-30")),
        ("this winter", "en", date(2025, 2, 10), ("2024-12-01", "2025-02-28")),
        ("за осінь", "uk", date(2024, 12, 5), ("2024-09-01", "2024-11-30")),
        ("підсумки літа", "uk", date(2024, 9, 2), ("2024-06-01", "2024-08-31")),
        ("за весняні місяці", "uk", date(2024, 6, 2), ("2024-03-01", "2024-05-31")),
        ("итоги лета", "ru", date(2024, 9, 2), ("2024-06-01", "2024-08-31")),
        ("за осенние месяцы", "ru", date(2024, 12, 1), ("2024-09-01", "2024-11-30")),
        ("за зиму", "ru", date(2024, 3, 4), ("2023-12-01", "2024-02-29")),
    ],
)
def test_a_season_roundup_is_the_seasons_months(
    text: str, lang: str, pub: date, span: tuple[str, str]
) -> None:
    found = find_periods(text, lang)
    assert [m.kind for m in found] == ["season"], text
    a, b = resolve(found[0], pub)
    assert (a.isoformat(), b.isoformat()) == span, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Over the summer months Russian forces captured 40 villages.", "en"),
        ("За літні місяці окупанти захопили 40 сіл.", "uk"),
        ("За летние месяцы российские войска освободили 40 сёл.", "ru"),
    ],
)
def test_a_season_count_is_not_a_running_total(text: str, lang: str) -> None:
    cs = [c for c in claims(text, lang) if c.kind == SC]
    assert cs, text
    assert [(c.cumulative, str(c.period_start), str(c.period_end)) for c in cs] == [
        (False, "2025-06-01", "2025-08-31")
    ], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In total, 40 sq km were retaken by Ukrainian forces within the week.", "en"),
        ("Загалом за тиждень Сили оборони звільнили 12 км².", "uk"),
        ("Всего за неделю российские войска заняли 30 кв. км.", "ru"),
    ],
)
def test_in_total_within_a_week_is_the_weeks_increment(text: str, lang: str) -> None:
    cs = [c for c in claims(text, lang) if c.kind == "area_change"]
    assert [(c.cumulative, str(c.period_start), str(c.period_end)) for c in cs] == [
        (False, "2025-08-27", "2025-09-02")
    ], text


# ---- family 4: whose side; grey zones ---------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Начальник Генштаба Валерий Герасимов доложил, что за неделю "
            "освобождены 12 населённых пунктов.",
            "ru",
        ),
        (
            "Как сообщил начальник Генштаба Валерий Герасимов, освобождено ещё "
            "40 кв. км.",
            "ru",
        ),
        (
            "Russian General Staff chief Valery Gerasimov said 30 sq km had been "
            "liberated over the week.",
            "en",
        ),
    ],
)
def test_the_russian_chief_of_staff_speaks_for_russia(text: str, lang: str) -> None:
    cs = claims(text, lang)
    assert cs, text
    assert {c.gainer for c in cs} == {"RU"}, text


@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Украинский Генштаб захват села Колоски не подтверждает.", "ru", "RU"),
        ("ВСУ взятие Марьевки отрицают.", "ru", "RU"),
        ("Российское Минобороны занятие Колосков опровергает.", "ru", "UA"),
        ("Генштаб ЗСУ захоплення Колосків не підтверджує.", "uk", "RU"),
        ("Сили оборони захоплення Марівки заперечують.", "uk", "RU"),
        ("Міноборони РФ звільнення Колосків українцями не підтверджує.", "uk", None),
    ],
)
def test_a_capture_its_subject_denies_is_the_other_sides(
    text: str, lang: str, gainer: str | None
) -> None:
    cs = [c for c in claims(text, lang) if c.kind == SC]
    assert len(cs) == 1, text
    if gainer is not None:  # a side named after the noun is no subject denying
        assert cs[0].gainer == gainer, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kolosky is now a grey zone, the brigade said.", "en"),
        ("Troops hold the river bank; Marivka — grey zone, both sides say.", "en"),
        ("The village of Kolosky is a gray zone for weeks now.", "en"),
        ("Бої тривали біля Колосків. Колоски — сіра зона.", "uk"),
        ("Біля Марівки позиції наші, село в сірій зоні.", "uk"),
        ("Біля Колосків тихо. Колоски досі частково в сірій зоні.", "uk"),
        ("Противник атакует у Колосков. Колоски — серая зона.", "ru"),
        ("Под Марьевкой ничего не изменилось, там серая зона.", "ru"),
        ("У Колосков тихо. Колоски сейчас частично в серой зоне.", "ru"),
    ],
)
def test_a_grey_zone_is_fighting(text: str, lang: str) -> None:
    fights = [c for c in claims(text, lang) if c.kind == "fighting"]
    assert fights, text
    assert all(c.gainer is None for c in fights), text


def test_grey_zone_tactics_are_no_fighting() -> None:
    text = "Moscow's grey-zone tactics near Kolosky worry NATO planners."
    assert [c.kind for c in claims(text)] == []


# ---- family 5: denial by a short verdict or the next sentence ----------------
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Talk of the fall of Kolosky is premature, the brigade said.", "en", "UA"),
        ("Russian claims of the capture of Marivka are premature.", "en", "RU"),
        ("The capture of Kolosky by Russia is, for now, premature talk.", "en", "RU"),
        ("Говорити про звільнення Колосків поки що зарано.", "uk", "UA"),
        ("Про захоплення Марівки окупантами — рано.", "uk", "RU"),
        ("Повідомлення про звільнення Колосків передчасні.", "uk", "UA"),
        ("Говорить о взятии Колосков пока рано.", "ru", "RU"),
        ("Об освобождении Марьевки говорить преждевременно.", "ru", "RU"),
        ("Про полное освобождение Колосков — рано, бои идут.", "ru", "RU"),
    ],
)
def test_a_capture_called_premature_is_negated_and_keeps_its_side(
    text: str, lang: str, gainer: str
) -> None:
    cs = [c for c in claims(text, lang) if c.kind == SC]
    assert [(c.negated, c.gainer) for c in cs] == [(True, gainer)], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Російські війська рано вранці захопили Колоски.", "uk"),
        ("Рано утром российские войска взяли Марьевку.", "ru"),
        ("Russian troops took Kolosky early on Monday.", "en"),
    ],
)
def test_early_in_the_morning_is_no_verdict(text: str, lang: str) -> None:
    cs = [c for c in claims(text, lang) if c.kind == SC]
    assert [c.negated for c in cs] == [False], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Росіяни заявляють про звільнення Колосків — не вірте.", "uk"),
        ("Окупанти пишуть про захоплення Марівки — не віримо.", "uk"),
        ("Оккупанты заявили о захвате Колосков — не верьте.", "ru"),
    ],
)
def test_dont_believe_negates_the_other_sides_claim(text: str, lang: str) -> None:
    cs = [c for c in claims(text, lang) if c.kind == SC]
    assert [(c.negated, c.gainer) for c in cs] == [(True, "RU")], text


@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "Украинские каналы писали, что ВСУ вошли в Колоски. "
            "Минобороны России эти сведения опровергло.",
            "ru",
            "UA",
        ),
        (
            "Российские блогеры сообщали о взятии Марьевки. "
            "Генштаб ВСУ эти сообщения опроверг.",
            "ru",
            "RU",
        ),
        (
            "Росіяни заявили про захоплення Колосків. "
            "Сили оборони ці відомості спростували.",
            "uk",
            "RU",
        ),
    ],
)
def test_a_next_sentence_denial_is_a_negated_restatement(
    text: str, lang: str, gainer: str
) -> None:
    cs = claims(text, lang)
    denied = [c for c in cs if c.negated and c.extra.get("anaphora")]
    assert [c.gainer for c in denied] == [gainer], text


# ---- periods: a fight in a weekly roundup is the state as it is said ---------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Over the past week Ukrainian forces liberated 5 sq km near Kolosky, "
            "Maliar said. Fighting continues near Marivka. Near Kolosky 14 Russian "
            "attacks were repelled.",
            "en",
        ),
        (
            "За тиждень Сили оборони звільнили 5 км² біля Колосків, повідомила "
            "Маляр. Біля Марівки тривають бої. Біля Колосків відбито 14 атак.",
            "uk",
        ),
        (
            "За неделю российские войска заняли 12 кв. км, сообщили в Минобороны. "
            "У Марьевки идут бои. У Колосков отражены 14 контратак.",
            "ru",
        ),
    ],
)
def test_a_roundups_fight_is_of_the_statement_day_a_tally_of_the_week(
    text: str, lang: str
) -> None:
    fights = [c for c in claims(text, lang) if c.kind == "fighting"]
    assert [str(c.period_end) for c in fights] == ["2025-09-03", "2025-09-02"], text
    assert str(fights[1].period_start) == "2025-08-27", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Over the past week troops took Kolosky, and fighting now goes on near "
            "Marivka.",
            "en",
        ),
        (
            "In August the army advanced 5 km, while in Marivka fighting continues.",
            "en",
        ),
        ("This week Russia took Kolosky; fighting is now near Marivka.", "en"),
        (
            "За тиждень окупанти захопили Колоски, а біля Марівки зараз тривають бої.",
            "uk",
        ),
        ("За серпень армія просунулася на 5 км, а в самій Марівці тривають бої.", "uk"),
        ("За тиждень взяли Колоски, зараз бої біля Марівки.", "uk"),
        ("За неделю взяли Колоски, сейчас бои у Марьевки.", "ru"),
        (
            "За август продвижение составило 5 км, а в самой Марьевке "
            "продолжаются бои.",
            "ru",
        ),
        ("На прошлой неделе армия заняла Колоски, а у Марьевки идут бои.", "ru"),
    ],
)
def test_a_fight_going_on_now_is_not_dated_by_the_gain_before(
    text: str, lang: str
) -> None:
    fights = [c for c in claims(text, lang) if c.kind == "fighting"]
    assert [str(c.period_end) for c in fights] == ["2025-09-03"], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Over the past week Ukrainian forces liberated 5 sq km near Kolosky, "
            "Maliar said. Ukrainian troops still hold Marivka.",
            "en",
        ),
        (
            "За тиждень Сили оборони звільнили 5 км² біля Колосків, повідомила "
            "Маляр. Марівка залишається під контролем ЗСУ.",
            "uk",
        ),
        (
            "За неделю российские войска заняли 12 кв. км, сообщили в Минобороны. "
            "При этом ВСУ по-прежнему удерживают Марьевку.",
            "ru",
        ),
    ],
)
def test_a_holding_in_a_weekly_roundup_is_of_the_statement_day(
    text: str, lang: str
) -> None:
    held = [c for c in claims(text, lang) if c.extra.get("holding")]
    assert [(c.period_start, str(c.period_end)) for c in held] == [
        (None, "2025-09-03")
    ], text


@pytest.mark.parametrize(
    "text",
    [
        "Бої за Колоски тривають. У Міноборони РФ заявили, що «завершено "
        "звільнення» міста.",
        "Бої за Колоски тривають. Напередодні окупанти заявили про захоплення міста.",
        "Під Марівкою тиша. Росіяни звітують про захоплення селища.",
    ],
)
def test_a_capture_of_the_city_named_before_is_that_citys(text: str) -> None:
    cs = [c for c in claims(text, "uk") if c.kind == SC]
    assert [c.gainer for c in cs] == ["RU"], text
    assert cs[0].places and cs[0].places[0].name.startswith(("Колоск", "Марівк")), text


@pytest.mark.parametrize(
    ("text", "lang", "km"),
    [
        (
            "Russian forces advanced near Kolosky – roughly 2 km over the weekend.",
            "en",
            2.0,
        ),
        (
            "Ukrainian units advanced south of Marivka — about 800 metres.",
            "en",
            0.8,
        ),
        (
            "Russian troops pushed forward near Kolosky — some 3 km in a week.",
            "en",
            3.0,
        ),
        (
            "Аналітики фіксують просування ворога на околиці Колосків — за вихідні "
            "приблизно на кілометр.",
            "uk",
            1.0,
        ),
        ("Сили оборони просунулися біля Марівки — на 600 метрів.", "uk", 0.6),
        ("Окупанти просунулися біля Колосків — до 2 км за тиждень.", "uk", 2.0),
        (
            "Противник продвинулся у Колосков — за сутки примерно на 800 метров.",
            "ru",
            0.8,
        ),
        (
            "Российские войска продвинулись у Марьевки — на полтора километра.",
            "ru",
            1.5,
        ),
        ("Наши подразделения продвинулись у Колосков — до 3 км за неделю.", "ru", 3.0),
    ],
)
def test_a_distance_after_a_dash_belongs_to_the_advance(
    text: str, lang: str, km: float
) -> None:
    adv = [c for c in claims(text, lang) if c.kind == "advance"]
    assert [c.distance_km for c in adv] == [km], text


def test_a_location_after_a_dash_is_no_advance_distance() -> None:
    text = "Russian forces advanced near Kolosky – 5 km from the border."
    adv = [c for c in claims(text) if c.kind == "advance"]
    assert [c.distance_km for c in adv] == [None]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In August the army advanced 4 km near Kolosky, but it took Marivka only "
            "now.",
            "en",
        ),
        (
            "Russian forces gained 30 sq km in August. Marivka is now under Russian "
            "control.",
            "en",
        ),
        (
            "In August troops advanced near Kolosky; they have currently captured "
            "Marivka.",
            "en",
        ),
        (
            "У серпні армія просунулася біля Колосків на 4 км, а окупанти "
            "захопили Марівку лише зараз.",
            "uk",
        ),
        ("За серпень ворог захопив 30 км². Наразі окупанти захопили і Марівку.", "uk"),
        (
            "У серпні бої точилися біля Колосків, а росіяни захопили Марівку тільки "
            "зараз.",
            "uk",
        ),
        (
            "В августе армия продвинулась у Колосков на 4 км, но Марьевка перешла под "
            "контроль ВС РФ только сейчас.",
            "ru",
        ),
        (
            "За август армия заняла 30 кв. км. Сейчас войска освободили и Марьевку.",
            "ru",
        ),
        (
            "В августе шли бои у Колосков, а российские войска взяли Марьевку только "
            "сейчас.",
            "ru",
        ),
    ],
)
def test_a_capture_told_as_now_is_of_the_statement_day(text: str, lang: str) -> None:
    cs = [c for c in claims(text, lang) if c.kind == SC]
    assert [(c.period_start, str(c.period_end)) for c in cs] == [
        (None, "2025-09-03")
    ], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "09:05 Over the past day Ukrainian forces repelled 12 attacks near "
            "Kolosky.\n10:40 Weather update for the region.\n14:50 The Russian "
            "ministry claimed the capture of Marivka.",
            "en",
        ),
        (
            "09:05 За минулу добу Сили оборони відбили 12 атак біля Колосків.\n"
            "10:40 Синоптики обіцяють дощ.\n14:50 У Міноборони РФ заявили про "
            "захоплення Марівки.",
            "uk",
        ),
        (
            "09:05 За прошедшие сутки отражены 12 атак у Колосков.\n10:40 "
            "Синоптики обещают дождь.\n14:50 В Минобороны заявили об освобождении "
            "Марьевки.",
            "ru",
        ),
    ],
)
def test_a_live_blogs_later_entry_is_no_daily_reports(text: str, lang: str) -> None:
    cs = [c for c in claims(text, lang) if c.kind == SC]
    assert [str(c.period_end) for c in cs] == ["2025-09-03"], text


@pytest.mark.parametrize(
    ("text", "lang", "negated"),
    [
        ("Росіяни заявляють про повний контроль над Колосками — не вірте.", "uk", True),
        ("Окупанти звітують про «повний контроль» над Марівкою.", "uk", False),
        (
            "Окупанти пишуть про повний контроль над Колосками — це фейк.",
            "uk",
            True,
        ),
        ("Минобороны заявило о полном контроле над Колосками.", "ru", False),
        (
            "Про «полный контроль» над Марьевкой, который гуляет по пабликам, — рано.",
            "ru",
            True,
        ),
        ("Военкоры пишут про полный контроль над Колосками — пока рано.", "ru", True),
    ],
)
def test_a_nominal_claim_of_full_control_is_a_capture(
    text: str, lang: str, negated: bool
) -> None:
    cs = [c for c in claims(text, lang) if c.kind == SC]
    assert [(c.gainer, c.negated) for c in cs] == [("RU", negated)], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Російські штурмовики зачепилися за крайні будинки Колосків.", "uk"),
        ("Окупанти зачепилися за посадку біля Марівки.", "uk"),
        ("Сили оборони зачепилися за околицю Колосків.", "uk"),
        ("Российские штурмовики зацепились за посадку у Марьевки.", "ru"),
        ("Наши подразделения зацепились за окраину Колосков.", "ru"),
        ("Штурмовые группы ВС РФ зацепились за крайние дома Марьевки.", "ru"),
    ],
)
def test_a_foothold_is_an_advance(text: str, lang: str) -> None:
    assert [c.kind for c in claims(text, lang)] == ["advance"], text


@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "Russia completed the withdrawal of its troops from the right bank of the "
            "Dnipro.",
            "en",
            "UA",
        ),
        ("Ukrainian units pulled back from the left bank of the Oskil.", "en", "RU"),
        (
            "Russian forces abandoned the western bank of the river Kolosianka.",
            "en",
            "UA",
        ),
        ("Російські війська відійшли з правобережжя Херсонщини.", "uk", "UA"),
        ("Сили оборони відійшли з лівого берега Осколу.", "uk", "RU"),
        ("Окупанти залишили правий берег Дніпра.", "uk", "UA"),
        ("Российские войска отошли с правого берега Днепра.", "ru", "UA"),
        ("ВСУ отступили с левого берега Оскола.", "ru", "RU"),
        (
            "Российские подразделения оставили правобережье Херсонской области.",
            "ru",
            "UA",
        ),
    ],
)
def test_leaving_a_river_bank_is_an_area_change(
    text: str, lang: str, gainer: str
) -> None:
    cs = claims(text, lang)
    assert [(c.kind, c.gainer, c.area_km2) for c in cs] == [
        ("area_change", gainer, None)
    ], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukrainian troops withdrew from Kolosky to the left bank of the Oskil.", "en"),
        ("ЗСУ відійшли з Колосків на лівий берег Осколу.", "uk"),
        ("ВСУ отошли из Колосков на левый берег Днепра.", "ru"),
    ],
)
def test_leaving_a_settlement_for_a_bank_is_settlement_control(
    text: str, lang: str
) -> None:
    assert [c.kind for c in claims(text, lang)] == [SC], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In August Russian forces gained 30 sq km near Kolosky, while Ukrainian "
            "troops hold Marivka.",
            "en",
        ),
        (
            "Over the past week Russia took 12 sq km; Ukrainian units hold Kolosky.",
            "en",
        ),
        (
            "In July the army lost 8 sq km near Marivka, but Ukrainian troops "
            "control Kolosky.",
            "en",
        ),
        (
            "У серпні окупанти захопили 30 км² біля Колосків, а Марівка під контролем "
            "ЗСУ.",
            "uk",
        ),
        (
            "За тиждень ворог захопив 12 км², проте Колоски під контролем Сил оборони.",
            "uk",
        ),
        (
            "У липні армія втратила 8 км² біля Марівки, але ЗСУ контролюють Колоски.",
            "uk",
        ),
        (
            "В августе российские войска заняли 30 кв. км у Колосков, а ВСУ удерживают "
            "Марьевку.",
            "ru",
        ),
        ("За неделю армия заняла 12 кв. км, но Колоски под контролем ВСУ.", "ru"),
        ("В июле ВСУ потеряли 8 кв. км у Марьевки, но ВСУ контролируют Колоски.", "ru"),
    ],
)
def test_a_holding_takes_no_span_of_the_gain_before_it(text: str, lang: str) -> None:
    held = [c for c in claims(text, lang) if c.extra.get("holding")]
    assert held, text
    assert all(str(c.period_end) == "2025-09-03" for c in held), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бої йдуть у Колосках. Ворог намагається контратакувати.", "uk"),
        (
            "Сили оборони зайшли в північну частину Марівки. Противник контратакує.",
            "uk",
        ),
        (
            "Окупанти просунулися біля Колосків. Наші підрозділи контратакували вночі.",
            "uk",
        ),
        (
            "Наши штурмовики зашли в южную часть Колосков. Противник пытается "
            "контратаковать, но пока без результата.",
            "ru",
        ),
        ("Бои идут в Марьевке. ВСУ контратакуют.", "ru"),
        ("Подразделения продвинулись у Колосков. Противник контратаковал ночью.", "ru"),
    ],
)
def test_a_counterattack_is_fighting_at_the_place_just_named(
    text: str, lang: str
) -> None:
    fights = [
        c for c in claims(text, lang) if c.kind == "fighting" and "контратак" in c.quote
    ]
    assert len(fights) == 1, text
    assert fights[0].places, text


@pytest.mark.parametrize(
    ("text", "lang", "km2"),
    [
        ("На Бахмутському напрямку за тиждень повернуто 1,2 км².", "uk", 1.2),
        ("Біля Колосків Силами оборони повернуто під контроль ще 3 км².", "uk", 3.0),
        ("На півдні за місяць повернуто понад 20 квадратних кілометрів.", "uk", 20.0),
        ("За неделю российскими войсками возвращено под контроль 3 кв. км.", "ru", 3.0),
        ("На южном направлении за неделю возвращено 4 кв. км.", "ru", 4.0),
        ("С начала месяца возвращено более 12 квадратных километров.", "ru", 12.0),
    ],
)
def test_ground_returned_in_the_passive_is_an_area_change(
    text: str, lang: str, km2: float
) -> None:
    cs = [c for c in claims(text, lang) if c.kind == "area_change"]
    assert [c.area_km2 for c in cs] == [km2], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Родинам полонених повернуто 5 тисяч гривень.", "uk"),
        ("Аграріям повернуто 300 гектарів розмінованих полів.", "uk"),
        ("Жителям возвращено 200 тысяч рублей компенсаций.", "ru"),
    ],
)
def test_money_or_farmland_returned_is_no_claim(text: str, lang: str) -> None:
    assert claims(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Командир повідомив, що Колоски очищено від окупантів.", "uk", "UA"),
        ("Голова ОВА заявив, що Марівку повністю очищено від ворога.", "uk", "UA"),
        (
            "Президент повідомив, що Колоски очищено від російських військових.",
            "uk",
            "UA",
        ),
        (
            "В Минобороны сообщили, что Колоски полностью очищены от боевиков ВСУ.",
            "ru",
            "RU",
        ),
        ("Военкоры пишут, что Марьевка очищена от противника.", "ru", "RU"),
        ("Губернатор заявил, что Колоски очищены от украинских военных.", "ru", "RU"),
    ],
)
def test_a_place_cleared_of_the_enemy_is_taken(
    text: str, lang: str, gainer: str
) -> None:
    cs = [c for c in claims(text, lang) if c.kind == SC]
    assert [c.gainer for c in cs] == [gainer], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Поля біля Колосків очищено від вибухонебезпечних предметів.", "uk"),
        ("Територію Марьевки очищено від мін.", "uk"),
        ("Поля у Колосков очищены от взрывоопасных предметов.", "ru"),
    ],
)
def test_a_place_cleared_of_mines_is_no_claim(text: str, lang: str) -> None:
    assert [c for c in claims(text, lang) if c.kind == SC] == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Over the past day Ukrainian forces advanced 2 km near Kolosky, "
            "Syrskyi said. Zelensky also said Marivka had been liberated.",
            "en",
        ),
        (
            "За минулу добу Сили оборони просунулися на 2 км біля Колосків, "
            "повідомив Сирський. Зеленський також повідомив, що Марівку звільнено.",
            "uk",
        ),
        (
            "За прошедшие сутки войска продвинулись на 2 км у Колосков, сообщил "
            "Герасимов. Песков также заявил, что Марьевка освобождена.",
            "ru",
        ),
    ],
)
def test_another_speaker_in_a_daily_report_speaks_on_the_statement_day(
    text: str, lang: str
) -> None:
    cs = [c for c in claims(text, lang) if c.kind == SC]
    assert [(c.period_start, str(c.period_end)) for c in cs] == [
        (None, "2025-09-03")
    ], text
