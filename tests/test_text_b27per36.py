"""Session 36, b27per: statement days and review periods of blind27's errors.

A speaker dated by a broadcast ("в ефірі телемарафону у вівторок", "в среду
в эфире «…»") or by answering a host ("відповів на запитання", "ответил на
вопросы") states his claims that day: relative times ("за добу", "за сутки")
count from it and undated claims end on it. Phrasings are our own; nothing
here reads ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

THU = date(2024, 5, 16)  # a Thursday; the Tuesday before is 14 May


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Речник бригади у вівторок в ефірі телемарафону:\n"
            "«За добу ворог просунувся на 2 км біля Часового Яру».",
            "uk",
        ),
        (
            "Командир батальйону у вівторок відповів на запитання журналістів.\n"
            "— За добу окупанти просунулися на 3 км поблизу Торецька.",
            "uk",
        ),
        (
            "Офіцер у вівторок увечері в ефірі національного телемарафону:\n"
            "«За минулу добу противник просунувся на 1 км біля Сіверська».",
            "uk",
        ),
        (
            "Военкор во вторник вечером в эфире телеканала:\n"
            "«За сутки наши войска продвинулись на 2 км у Часова Яра».",
            "ru",
        ),
        (
            "Командир во вторник ответил на вопросы ведущего.\n"
            "— За сутки наши подразделения продвинулись на 3 км под Торецком.",
            "ru",
        ),
        (
            "Губернатор во вторник в прямом эфире:\n"
            "«За минувшие сутки противник продвинулся на 1 км у Волчанска».",
            "ru",
        ),
    ],
)
def test_a_broadcast_day_dates_the_speakers_past_day(text: str, language: str):
    claims = extract_claims(text, published=THU, language=language)
    advances = [c for c in claims if c.kind == "advance"]
    assert advances, text
    assert advances[0].period_start == date(2024, 5, 13)
    assert advances[0].period_end == date(2024, 5, 13)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Речник угруповання у вівторок в ефірі телемарафону:\n"
            "«Бої тривають за Кругляківку».",
            "uk",
        ),
        (
            "Генерал во вторник в эфире «Первого канала»:\n"
            "«Бои идут в районе Работино».",
            "ru",
        ),
        (
            "Командир во вторник ответил на вопросы журналистов.\n"
            "— Бои идут за Волчанск.",
            "ru",
        ),
    ],
)
def test_a_broadcast_day_ends_the_speakers_fights(text: str, language: str):
    claims = extract_claims(text, published=THU, language=language)
    fights = [c for c in claims if c.kind == "fighting"]
    assert fights, text
    assert fights[0].period_end == date(2024, 5, 14)


MON = date(2024, 10, 21)  # a Monday; the weekend before is 19-20 October


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        (
            "Огляд фронту за вихідні (19–20 жовтня)\n\nВорог просунувся біля Торецька.",
            "uk",
            date(2024, 10, 19),
            date(2024, 10, 20),
        ),
        (
            "Підсумки за 20 жовтня\n\nОкупанти захопили село Гірник.",
            "uk",
            date(2024, 10, 20),
            date(2024, 10, 20),
        ),
        (
            "Наш огляд подій за вихідні\n\nСили оборони звільнили село Кліщіївка.",
            "uk",
            date(2024, 10, 19),
            date(2024, 10, 20),
        ),
        (
            "Обзор за 20 октября\n\nВС РФ продвинулись на 2 км западнее Курахово.",
            "ru",
            date(2024, 10, 20),
            date(2024, 10, 20),
        ),
        (
            "Итоги выходных (19–20 октября)\n\nРоссийские войска заняли село Невское.",
            "ru",
            date(2024, 10, 19),
            date(2024, 10, 20),
        ),
        (
            "Канал | Обзор фронта за выходные\n\nВСУ освободили село Работино.",
            "ru",
            date(2024, 10, 19),
            date(2024, 10, 20),
        ),
        (
            "Weekend review: October 19-20\n\nRussian troops captured Hirnyk.",
            "en",
            date(2024, 10, 19),
            date(2024, 10, 20),
        ),
        (
            "Front roundup for October 20\n\nRussian forces advanced near Toretsk.",
            "en",
            date(2024, 10, 20),
            date(2024, 10, 20),
        ),
        (
            "Review: the front over the weekend\n\n"
            "Ukrainian troops liberated Klishchiivka.",
            "en",
            date(2024, 10, 19),
            date(2024, 10, 20),
        ),
    ],
)
def test_a_review_title_dates_its_items(text, language, start, end):
    claims = extract_claims(text, published=MON, language=language)
    assert claims, text
    assert (claims[0].period_start, claims[0].period_end) == (start, end)


def test_a_review_day_leaves_the_past_week_alone():
    text = "Обзор за 20 октября\n\nЗа неделю ВС РФ заняли около 120 кв. км."
    claims = extract_claims(text, published=MON, language="ru")
    start, end = claims[0].period_start, claims[0].period_end
    assert start is not None and end is not None
    assert (end - start).days == 6  # seven days, not the review's one


@pytest.mark.parametrize(
    "title",
    [
        "Сводка на утро 20 октября",
        "Зведення станом на 20 жовтня",
        "Update as of October 20",
    ],
)
def test_a_title_as_of_a_day_covers_no_day(title: str):
    text = f"{title}\n\nRussian troops captured Hirnyk."
    claims = extract_claims(text, published=MON, language="en")
    assert claims and claims[0].period_start is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Front news\n\nCommander Ivan Petrenko said Russian forces advanced 2 km "
            "near Toretsk. He made the remarks on Tuesday in a televised address.",
            "en",
        ),
        (
            "Front news\n\nGeneral Olena Kovalenko said Ukrainian troops liberated "
            "Klishchiivka. She gave the figures on Tuesday at a briefing.",
            "en",
        ),
        (
            "Front news\n\nSpokesman Petro Bondar said Russian troops captured "
            "Hirnyk. He said so on Tuesday in an interview.",
            "en",
        ),
        (
            "Новини фронту\n\nКомандир бригади Іван Петренко сказав, що ворог "
            "просунувся на 2 км біля Торецька. Він зробив цю заяву у вівторок.",
            "uk",
        ),
        (
            "Новини фронту\n\nРечниця Олена Коваленко повідомила, що Сили оборони "
            "звільнили село Кліщіївка. Вона написала про це у вівторок.",
            "uk",
        ),
        (
            "Новини фронту\n\nГенерал Петро Бондар сказав, що окупанти захопили "
            "село Гірник. Він розповів про це у вівторок в інтерв'ю.",
            "uk",
        ),
        (
            "Новости фронта\n\nКомандир Иван Петров сказал, что ВС РФ продвинулись "
            "на 2 км у Торецка. Он заявил об этом во вторник.",
            "ru",
        ),
        (
            "Новости фронта\n\nГенерал Ольга Смирнова сообщила, что российские "
            "войска заняли село Невское. Она написала об этом во вторник.",
            "ru",
        ),
        (
            "Новости фронта\n\nПредставитель Пётр Иванов сказал, что ВСУ освободили "
            "село Работино. Он рассказал об этом во вторник в интервью.",
            "ru",
        ),
    ],
)
def test_a_pronoun_dating_the_lede_keeps_its_speaker(text: str, language: str):
    claims = extract_claims(text, published=THU, language=language)
    assert claims, text
    assert claims[0].period_end == date(2024, 5, 14)
