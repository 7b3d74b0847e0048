"""Session 41, lane xper: period errors shared across the read sets, each fix
tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 10, 1)


def _spans(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    claims = extract_claims(text, published=PUB, language=lang)
    return [
        (
            c.kind,
            str(c.period_start) if c.period_start else None,
            str(c.period_end) if c.period_end else None,
        )
        for c in claims
    ]


# XPER41 (a): "since the start of the operation a week ago", "з початку
# наступу два тижні тому", "с начала операции десять дней назад": the event
# is dated by the count back from the statement day; it starts the total
@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        (
            "Kyiv's troops have freed nine villages since the counteroffensive "
            "began two weeks ago, a spokesman said.",
            "en",
            "2025-09-17",
        ),
        (
            "Since the start of the operation a week ago, Ukrainian units have "
            "retaken 120 square kilometres.",
            "en",
            "2025-09-24",
        ),
        (
            "Moscow's forces have pushed 6 km deep since the launch of their "
            "offensive ten days ago.",
            "en",
            "2025-09-21",
        ),
        (
            "З початку операції тиждень тому українські сили звільнили "
            "120 квадратних кілометрів.",
            "uk",
            "2025-09-24",
        ),
        (
            "Від початку контрнаступу два тижні тому наші бійці звільнили дев'ять сіл.",
            "uk",
            "2025-09-17",
        ),
        (
            "З початку наступу десять днів тому ворог просунувся на 6 км.",
            "uk",
            "2025-09-21",
        ),
        (
            "С начала операции неделю назад российские подразделения заняли "
            "120 квадратных километров.",
            "ru",
            "2025-09-24",
        ),
        (
            "С начала контрнаступления две недели назад ВСУ освободили девять сел.",
            "ru",
            "2025-09-17",
        ),
        (
            "С начала наступления десять дней назад противник продвинулся на 6 км.",
            "ru",
            "2025-09-21",
        ),
    ],
)
def test_since_an_event_counted_back(text: str, lang: str, start: str) -> None:
    spans = _spans(text, lang)
    assert spans, text
    assert all(s == start and e == str(PUB) for _, s, e in spans), spans


def test_since_an_event_without_a_count_has_no_start() -> None:
    spans = _spans(
        "Kyiv's troops have freed nine villages since the counteroffensive "
        "began, a spokesman said.",
        "en",
    )
    assert spans
    assert all(s is None and e == str(PUB) for _, s, e in spans), spans


# XPER41 (b): "the same month" / "той самий місяць" / "тот же месяц", "the
# same year" / "цей же рік" / "этот же год": the last span told of that
# length, a few sentences back and across a new speaker's statement
@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        (
            "In August Russian troops seized 470 sq km, analysts said. "
            "Since the start of the year they have taken 3,100 sq km. "
            "The gains were largest near Pokrovsk. "
            "Moscow's defence ministry claimed 28 villages over the same month.",
            "en",
            "2025-08-01",
            "2025-08-31",
        ),
        (
            "In 2024 the Russian army occupied about 4,000 sq km. "
            "In December its pace slowed to 590 sq km. "
            "Ukrainian forces recaptured only 60 sq km in the same year.",
            "en",
            "2024-01-01",
            "2024-12-31",
        ),
        (
            "Analysts counted 470 sq km taken by Russia in August. "
            "Kyiv's army said it had retaken 40 sq km during the same month.",
            "en",
            "2025-08-01",
            "2025-08-31",
        ),
        (
            "У серпні окупанти захопили 470 км², підрахували аналітики. "
            "З початку року — 3 100 км². "
            "Міноборони Росії за той самий місяць заявило про захоплення "
            "28 населених пунктів.",
            "uk",
            "2025-08-01",
            "2025-08-31",
        ),
        (
            "У 2024 році російська армія окупувала близько 4 000 км². "
            "У грудні темп знизився до 590 км². "
            "Сили оборони за той самий рік звільнили лише 60 км².",
            "uk",
            "2024-01-01",
            "2024-12-31",
        ),
        (
            "За підсумками серпня ворог просунувся на 470 км². "
            "ЗСУ за цей же місяць повернули 40 км².",
            "uk",
            "2025-08-01",
            "2025-08-31",
        ),
        (
            "В августе российские войска заняли 470 кв. км, подсчитали "
            "аналитики. С начала года — 3 100 кв. км. "
            "Минобороны России за тот же месяц заявило об освобождении "
            "28 населенных пунктов.",
            "ru",
            "2025-08-01",
            "2025-08-31",
        ),
        (
            "За 2024 год российская армия заняла около 4 000 кв. км. "
            "В декабре темп снизился до 590 кв. км. "
            "ВСУ за этот же год вернули лишь 60 кв. км.",
            "ru",
            "2024-01-01",
            "2024-12-31",
        ),
        (
            "По итогам августа противник продвинулся на 470 кв. км. "
            "ВСУ за тот же месяц вернули 40 кв. км.",
            "ru",
            "2025-08-01",
            "2025-08-31",
        ),
    ],
)
def test_the_same_month_or_year(text: str, lang: str, start: str, end: str) -> None:
    last = _spans(text, lang)[-1]
    assert last[1:] == (start, end), _spans(text, lang)


def test_the_same_month_with_no_month_told() -> None:
    # no calendar month before it: "the same month" finds nothing to point to
    spans = _spans(
        "Since the start of the year Russia has taken 3,100 sq km. "
        "Kyiv said it retook 40 sq km over the same month.",
        "en",
    )
    assert spans[-1][1] is None, spans


# XPER41 (c): "for a third straight day" / "третю добу поспіль" (no "вже"):
# the running days up to the statement day (ru had both forms already)
@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        (
            "Russian troops stormed Avdiivka for a third straight day.",
            "en",
            "2025-09-29",
        ),
        ("For a fourth day in a row, fighting raged near Toretsk.", "en", "2025-09-28"),
        (
            "Ukrainian units repelled attacks near Lyman for a second day.",
            "en",
            "2025-09-30",
        ),
        ("Третю добу поспіль росіяни штурмують Авдіївку.", "uk", "2025-09-29"),
        ("Четверту добу поспіль тривають бої за Торецьк.", "uk", "2025-09-28"),
        ("Другу добу поспіль ворог атакує поблизу Лимана.", "uk", "2025-09-30"),
        (
            "Третьи сутки подряд российские войска штурмуют Авдеевку.",
            "ru",
            "2025-09-29",
        ),
        ("Уже четвёртый день идут бои за Торецк.", "ru", "2025-09-28"),
        ("Второй день подряд противник атакует у Лимана.", "ru", "2025-09-30"),
    ],
)
def test_running_days(text: str, lang: str, start: str) -> None:
    spans = _spans(text, lang)
    assert spans, text
    assert all(s == start and e == str(PUB) for _, s, e in spans), spans


# XPER41 (d): "by the end of the year" / "на кінець року" / "на конец года":
# a holding's or a fight's day, 31 December of the year just ended (said in
# January), of last year, or of the year written
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukraine held about 600 sq km in Kursk by the end of the year.", "en"),
        ("At the end of last year Russian troops held 1,300 sq km in Kursk.", "en"),
        ("Fighting near Vovchansk continued through the end of 2024.", "en"),
        ("На кінець року ЗСУ контролювали близько 600 км² у Курській області.", "uk"),
        ("Станом на кінець минулого року окупанти утримували 80% Торецька.", "uk"),
        ("Бої за Часів Яр тривали до кінця 2024 року.", "uk"),
        ("На конец года ВСУ удерживали около 600 кв. км в Курской области.", "ru"),
        ("К концу прошлого года российские войска контролировали 80% Торецка.", "ru"),
        ("Бои за Часов Яр продолжались до конца 2024 года.", "ru"),
    ],
)
def test_the_end_of_the_year(text: str, lang: str) -> None:
    claims = extract_claims(text, published=date(2025, 1, 3), language=lang)
    assert claims, text
    assert all(
        c.period_start is None and str(c.period_end) == "2024-12-31" for c in claims
    ), [(c.kind, c.period_start, c.period_end) for c in claims]


def test_the_end_of_a_running_year_is_the_statement_day() -> None:
    # said in July, "by the end of the year" has no end yet
    claims = extract_claims(
        "Ukraine held about 600 sq km in Kursk by the end of the year.",
        published=date(2025, 7, 3),
        language="en",
    )
    assert claims
    assert all(str(c.period_end) == "2025-07-03" for c in claims)
