"""Session 43, lane xper4: period errors shared across the read sets, each fix
tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims


def _areas(text: str, lang: str, pub: date) -> list[tuple[float | None, str, str]]:
    claims = extract_claims(text, published=pub, language=lang)
    return [
        (c.area_km2, str(c.period_start), str(c.period_end))
        for c in claims
        if c.kind == "area_change"
    ]


# XPER443 (a): a month named in the nominative as its sentence's subject or
# heading ("Листопад став рекордним: …", "Ноябрь на фронте: 505 кв. км",
# "рекордным стал ноябрь: за месяц …") dates the sentence's figure, and "over
# the month" after a month named in its sentence is that month
@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        ("Листопад став рекордним: ворог окупував 690 кв. км.", "uk", 690),
        ("Листопад на фронті: 640 квадратних кілометрів і десять сіл", "uk", 640),
        (
            "Найважчим для оборони виявився листопад: за місяць росіяни "
            "захопили 710 кв. км.",
            "uk",
            710,
        ),
        ("Ноябрь стал рекордным: российская армия заняла 690 кв. км.", "ru", 690),
        ("Ноябрь на фронте: 640 квадратных километров и десять сёл", "ru", 640),
        (
            "Самым тяжелым для ВСУ оказался ноябрь: за месяц армия РФ "
            "заняла 710 кв. км.",
            "ru",
            710,
        ),
        (
            "November was the worst month: over the month Russia took 710 sq km.",
            "en",
            710,
        ),
        (
            "In November there was a record: over the month Russia took 690 sq km.",
            "en",
            690,
        ),
        ("November: Russian forces seized 640 square kilometres.", "en", 640),
    ],
)
def test_nominative_month_subject(text: str, lang: str, area: float) -> None:
    got = _areas(text, lang, date(2024, 12, 20))
    assert (float(area), "2024-11-01", "2024-11-30") in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Листопад у цифрах: окупанти захопили 640 кв. км", "uk"),
        ("Ноябрь в цифрах: российские войска заняли 640 кв. км", "ru"),
        ("November in numbers: Russian forces seized 640 square kilometres.", "en"),
    ],
)
def test_month_heading_in_figures(text: str, lang: str) -> None:
    got = _areas(text, lang, date(2024, 12, 3))
    assert (640.0, "2024-11-01", "2024-11-30") in got


def test_nominative_month_without_its_frame_is_no_month() -> None:
    # "лютий бій" (a fierce battle) names no February
    claims = extract_claims(
        "Лютий бій триває під Покровськом, де ворог просунувся на 2 км.",
        published=date(2024, 10, 1),
        language="uk",
    )
    adv = [c for c in claims if c.kind == "advance"]
    assert adv
    assert all(c.period_start is None for c in adv)


def test_over_the_month_alone_keeps_its_month() -> None:
    got = _areas("Армия продвинулась за месяц на 300 кв. км.", "ru", date(2024, 12, 20))
    assert (300.0, "2024-12-01", "2024-12-31") in got


def _towns(text: str, lang: str, pub: date) -> list[tuple[str, str, str]]:
    claims = extract_claims(text, published=pub, language=lang)
    return [
        (c.places[0].name, str(c.period_start), str(c.period_end))
        for c in claims
        if c.kind == "settlement_control" and c.places
    ]


# XPER443 (b): a bounded time earlier in the claim's clause than "during the
# counteroffensive" after the claim dates it (before: the offensive's running
# total up to the statement day); English read it already (controls)
@pytest.mark.parametrize(
    ("text", "lang", "town", "span"),
    [
        (
            "Нагадаємо, у вересні 2022 року Балаклія була звільнена в ході "
            "Харківської контрнаступальної операції.",
            "uk",
            "Балаклія",
            ("2022-09-01", "2022-09-30"),
        ),
        (
            "У листопаді 2022 року Херсон звільнили під час контрнаступу на півдні.",
            "uk",
            "Херсон",
            ("2022-11-01", "2022-11-30"),
        ),
        (
            "Торік у червні військові звільнили Сторожове в ході контрнаступу.",
            "uk",
            "Сторожове",
            ("2023-06-01", "2023-06-30"),
        ),
        (
            "Напомним, в сентябре 2022 года Балаклея была освобождена в ходе "
            "Харьковского контрнаступления ВСУ.",
            "ru",
            "Балаклея",
            ("2022-09-01", "2022-09-30"),
        ),
        (
            "В ноябре 2022 года Херсон был освобожден во время контрнаступления "
            "на юге.",
            "ru",
            "Херсон",
            ("2022-11-01", "2022-11-30"),
        ),
        (
            "В июне 2023 года ВСУ заняли Сторожевое в ходе контрнаступления.",
            "ru",
            "Сторожевое",
            ("2023-06-01", "2023-06-30"),
        ),
        (
            "Recall that in September 2022 Ukraine retook Kupiansk in the course "
            "of the Kharkiv counteroffensive.",
            "en",
            "Kupiansk",
            ("2022-09-01", "2022-09-30"),
        ),
        (
            "In June 2023, troops took Storozheve in the course of the "
            "counteroffensive.",
            "en",
            "Storozheve",
            ("2023-06-01", "2023-06-30"),
        ),
    ],
)
def test_time_before_during_the_offensive(
    text: str, lang: str, town: str, span: tuple[str, str]
) -> None:
    assert (town, *span) in _towns(text, lang, date(2024, 5, 15))


def test_offensive_begun_in_a_month_keeps_its_running_total() -> None:
    # the month of a relative clause after the offensive is the offensive's
    claims = extract_claims(
        "Сили оборони звільнили 500 кв. км у ході контрнаступу, що почався в червні.",
        published=date(2023, 9, 1),
        language="uk",
    )
    areas = [c for c in claims if c.kind == "area_change"]
    assert areas and areas[0].period_start is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "У середині вересня президент заявив, що військові звільнили "
            "Балаклію в ході контрнаступу.",
            "uk",
        ),
        (
            "In early September, the president said troops retook Balakliia "
            "during the counteroffensive.",
            "en",
        ),
    ],
)
def test_statements_month_before_the_offensive_is_not_the_claims(
    text: str, lang: str
) -> None:
    # the month dates the statement, not the capture during the offensive
    claims = extract_claims(text, published=date(2022, 10, 8), language=lang)
    towns = [c for c in claims if c.kind == "settlement_control"]
    assert towns and all(c.period_start is None for c in towns)


# XPER443 (c): a nominative month of last year ("Серпень минулого року, коли
# …", "Август прошлого года, когда …") is that month (before: uk the whole
# year, ru no time); English read "Last August" / "November of last year"
# already (controls)
@pytest.mark.parametrize(
    ("text", "lang", "kind", "span"),
    [
        (
            "Серпень минулого року, коли українські війська зайшли в Суджу, "
            "губернатор назвав найважчим часом.",
            "uk",
            "settlement_control",
            ("2024-08-01", "2024-08-31"),
        ),
        (
            "Листопад минулого року став рекордним: ворог захопив 700 кв. км.",
            "uk",
            "area_change",
            ("2024-11-01", "2024-11-30"),
        ),
        (
            "Лютий минулого року: ворог захопив Авдіївку.",
            "uk",
            "settlement_control",
            ("2024-02-01", "2024-02-29"),
        ),
        (
            "Август прошлого года, когда украинские войска заняли Суджу, "
            "губернатор назвал самым тяжелым временем.",
            "ru",
            "settlement_control",
            ("2024-08-01", "2024-08-31"),
        ),
        (
            "Ноябрь прошлого года стал рекордным: армия заняла 700 кв. км.",
            "ru",
            "area_change",
            ("2024-11-01", "2024-11-30"),
        ),
        (
            "Февраль минувшего года: российская армия заняла Авдеевку.",
            "ru",
            "settlement_control",
            ("2024-02-01", "2024-02-29"),
        ),
        (
            "Last August, when Ukrainian troops seized Sudzha, was the hardest "
            "time, the governor said.",
            "en",
            "settlement_control",
            ("2024-08-01", "2024-08-31"),
        ),
        (
            "November of last year was a record: Russia took 700 sq km.",
            "en",
            "area_change",
            ("2024-11-01", "2024-11-30"),
        ),
    ],
)
def test_nominative_month_of_last_year(
    text: str, lang: str, kind: str, span: tuple[str, str]
) -> None:
    claims = extract_claims(text, published=date(2025, 3, 17), language=lang)
    got = [(str(c.period_start), str(c.period_end)) for c in claims if c.kind == kind]
    assert span in got


# XPER443 (d): "квартали" / "кварталы" in the plural are a town's blocks, not
# a quarter of the year ("бої за останні квартали" dated October–December
# before); one quarter's forms still are ("за останній квартал", "в первом
# квартале 2025 года"); English "the last quarters" named no time (controls)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бої точаться за останні квартали Покровська.", "uk"),
        ("Ворог просунувся в останніх кварталах Торецька.", "uk"),
        ("Штурмовики закріпилися у останніх кварталах Часового Яру.", "uk"),
        ("Бои идут за последние кварталы Покровска.", "ru"),
        ("Противник продвинулся в последних кварталах Торецка.", "ru"),
        ("Штурмовики закрепились в последних кварталах Часова Яра.", "ru"),
        ("Fighting continues for the last quarters of Pokrovsk.", "en"),
        ("Russian troops advanced in the last quarters of Toretsk.", "en"),
    ],
)
def test_city_blocks_are_no_quarter(text: str, lang: str) -> None:
    claims = extract_claims(text, published=date(2024, 12, 30), language=lang)
    assert claims
    assert all(str(c.period_start) != "2024-10-01" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("За останній квартал ворог окупував 1 100 кв. км.", "uk"),
        ("За последний квартал российская армия заняла 1 100 кв. км.", "ru"),
        ("Over the last quarter Russia took 1,100 sq km.", "en"),
    ],
)
def test_one_quarter_still_is(text: str, lang: str) -> None:
    got = _areas(text, lang, date(2024, 12, 30))
    assert any(a == 1100.0 and s == "2024-10-01" for a, s, _ in got)
