"""Claimants left open by lane b27claim, session 36 (lane claimleft): own
phrasings only, three per language; nothing here reads ``../shared``.

A live blog's timed entry starts afresh: the speaker of one entry never
speaks the next one's claims, a city labelling an entry is no speaker, and
an entry's label names its speaker without the platform it posted on."""

from __future__ import annotations

import pytest
from claim_rows import claimants

from frontline.text.claimants import find_claimant
from frontline.text.speakers import opens_entry


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Live: Sunday on the front\n\n07:50 — Kharkiv: an air raid alert "
            "sounded overnight, two people were hurt.\n\n11:05 — The 47th "
            'Brigade on Telegram: "Our troops pushed the enemy back 500 metres '
            'near Avdiivka."',
            "en",
            ["The 47th Brigade"],
        ),
        (
            "Live updates\n\n08:10 — Odesa: the port was hit by drones.\n\n"
            '12:30 | 3rd Assault Brigade via Facebook: "We retook Klishchiivka."',
            "en",
            ["3rd Assault Brigade"],
        ),
        (
            "Day 900: the latest\n\n09:00 — Dnipro: a missile hit an industrial "
            "site.\n\n10:20 — The 65th Mechanised Brigade on Telegram: its "
            "troops advanced 600 metres near Robotyne.",
            "en",
            ["The 65th Mechanised Brigade"],
        ),
        (
            "Стрічка новин: неділя\n\n07:50 — Харків: уночі пролунали вибухи, є "
            "поранені.\n\n11:05 — 47-ма ОМБр «Маґура» у Facebook: «Ми відкинули "
            "ворога від Кліщіївки на 500 метрів.»",
            "uk",
            ["47-ма ОМБр «Маґура»"],
        ),
        (
            "Хроніка дня\n\n08:10 — Запоріжжя: по місту вдарили ракетою.\n\n"
            "12:30 — 65-та механізована бригада в Telegram: «Наші бійці "
            "звільнили Роботине.»",
            "uk",
            ["65-та механізована бригада"],
        ),
        (
            "Онлайн: війна, день 900\n\n09:40 — Дніпро: тривога триває.\n\n"
            "10:15 — 3-тя ОШБр у Telegram: «Ми просунулися на 700 метрів біля "
            "Андріївки.»",
            "uk",
            ["3-тя ОШБр"],
        ),
        (
            "Лента событий\n\n09:00 — Белгород: сирена, сбиты два беспилотника."
            "\n\n10:20 — 155-я бригада морпехов в Telegram: «Мы продвинулись на "
            "600 метров у Угледара.»",
            "ru",
            ["155-я бригада морпехов"],
        ),
        (
            "Онлайн-трансляция\n\n08:30 — Курск: ночью сбит беспилотник.\n\n"
            "11:45 — 810-я ОБрМП в Telegram: «Наши бойцы освободили Николаевку.»",
            "ru",
            ["810-я ОБрМП"],
        ),
        (
            "Хроника дня\n\n07:15 — Донецк: обстрел центра города.\n\n"
            "09:50 — 114-я бригада в своем Telegram-канале: «Мы продвинулись на "
            "400 метров у Авдеевки.»",
            "ru",
            ["114-я бригада"],
        ),
    ],
)
def test_a_timed_entry_starts_afresh(text: str, lang: str, expected: list) -> None:
    """The entry's label speaks its claims, never the city labelling the
    entry before it; the platform after the label is no part of the name."""
    assert claimants(text, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("09:15 — Kharkiv: two people were hurt overnight.", "en"),
        ("Odesa: the port was hit again.", "en"),
        ("10:00 — Lviv: power cuts are expected.", "en"),
        ("09:15 — Одеса: постраждалих немає.", "uk"),
        ("Харків: уночі пролунали вибухи.", "uk"),
        ("11:30 — Запоріжжя: обстріл триває.", "uk"),
        ("09:15 — Белгород: пострадавших нет.", "ru"),
        ("Курск: ночью сбит беспилотник.", "ru"),
        ("12:00 — Москва: аэропорты закрыты.", "ru"),
    ],
)
def test_a_city_label_is_no_speaker(sentence: str, lang: str) -> None:
    """A dateline's or an entry's city before its colon names nobody."""
    assert find_claimant(sentence, lang) is None


def test_opens_entry() -> None:
    """A time and a dash opening a line starts an entry; a figure does not."""
    assert opens_entry("09:15 — Одеса: тихо.", True)
    assert opens_entry("14:05", False)
    assert not opens_entry("09:15 — Одеса: тихо.", False)
    assert not opens_entry("12.50 km were taken.", True)


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("Офіційно Генштаб ЗСУ поки не підтвердив втрату села.", "uk", "Генштаб ЗСУ"),
        ("Офіційно ДПСУ поки не підтвердила прорив кордону.", "uk", "ДПСУ"),
        ("Офіційно ЗСУ поки не підтвердили відхід.", "uk", "ЗСУ"),
        (
            "Официально Минобороны России пока не подтвердило взятие Ивановки.",
            "ru",
            "Минобороны России",
        ),
        ("Официально МО пока об этом не сообщало, ждём.", "ru", "МО"),
        ("Официально ВСУ пока не подтвердили оставление села.", "ru", "ВСУ"),
    ],
)
def test_an_adverb_is_no_part_of_the_name(sentence: str, lang: str, name: str) -> None:
    """A speaker phrase ends at its subject: "официально", "офіційно",
    "пока", "поки" and what the verb is about ("об этом") are not the name."""
    c = find_claimant(sentence, lang)
    assert c is not None
    assert c.name == name


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Командувач Сил оборони Олександр Коваль, виступаючи на брифінгу в "
            "Києві, заявив, що війська звільнили Петрівку.\n\n«Ми просунулися "
            "ще на два кілометри», — сказав командувач.",
            "uk",
            ["Олександр Коваль", "Олександр Коваль"],
        ),
        (
            "Речник угруповання Іван Бондар, коментуючи бої біля Часового Яру, "
            "повідомив, що ворог захопив частину мікрорайону.",
            "uk",
            ["Іван Бондар"],
        ),
        (
            "Міністр оборони Петро Мельник, відповідаючи на запитання депутатів, "
            "заявив, що ЗСУ звільнили 12 сіл.\n\n«За тиждень ми просунулися на три "
            "кілометри», — додав міністр.",
            "uk",
            ["Петро Мельник", "Петро Мельник"],
        ),
        (
            "Министр обороны Иван Соколов, выступая на коллегии ведомства, "
            "заявил, что войска освободили 50 населённых пунктов.\n\n«За месяц "
            "мы продвинулись на 20 километров», — сказал министр.",
            "ru",
            ["Иван Соколов", "Иван Соколов"],
        ),
        (
            "Глава региона Сергей Орлов, комментируя обстановку у Курска, "
            "сообщил, что противник отошёл от Глушково.",
            "ru",
            ["Сергей Орлов"],
        ),
        (
            "Командир бригады генерал Олег Зуев, отвечая на вопросы журналистов, "
            "заявил, что бригада заняла Ивановку.\n\n«Продвинулись на три "
            "километра», — добавил генерал.",
            "ru",
            ["Олег Зуев", "Олег Зуев"],
        ),
    ],
)
def test_a_gerund_aside_keeps_speaker_and_title(
    text: str, lang: str, expected: list
) -> None:
    """A gerund's aside between a speaker and the verb ("X, выступая на
    коллегии, заявил") leaves X the speaker, and a bare title after it
    ("— сказал министр") is that person."""
    assert claimants(text, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        (
            "12:05 — Речник угруповання Іван Бондар в ефірі телемарафону: ворог "
            "просунувся біля Торецька.",
            "uk",
            "Речник угруповання Іван Бондар",
        ),
        (
            "11:00 — Речник угруповання Іван Бондар у коментарі агенції: ворог "
            "просунувся.",
            "uk",
            "Речник угруповання Іван Бондар",
        ),
        (
            "16:30 — Командир бригади Петро Шевчук в інтерв'ю радіо: ми "
            "відійшли з посадки.",
            "uk",
            "Командир бригади Петро Шевчук",
        ),
        (
            "09:30 — Пресс-служба группировки «Юг» в эфире «Звезды»: войска "
            "заняли Ивановку.",
            "ru",
            "Пресс-служба группировки «Юг»",
        ),
        (
            "10:10 — Командир бригады Олег Зуев в интервью агентству: бригада "
            "заняла Ивановку.",
            "ru",
            "Командир бригады Олег Зуев",
        ),
        (
            "08:45 — Пресс-секретарь группировки «Центр» в комментарии РИА: "
            "войска продвинулись.",
            "ru",
            "Пресс-секретарь группировки «Центр»",
        ),
    ],
)
def test_where_an_entry_spoke_is_no_name(sentence: str, lang: str, name: str) -> None:
    """An entry's label names its speaker without where it spoke ("в ефірі
    телемарафону", "в интервью агентству")."""
    c = find_claimant(sentence, lang)
    assert c is not None
    assert c.name == name
