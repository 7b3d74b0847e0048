"""Claimants, session 34 (CLAIMUK34): uk/ru speakers; own phrasings only, three
per rule and language; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claimants

from frontline.text.claims import extract_claims

PUB = date(2025, 5, 3)


def _claimants(text: str, lang: str) -> list[str | None]:
    """The claimant of every claim of ``text`` (in ``lang``)."""
    return claimants(text, lang, PUB)


# a speaker holding one «quoted» name before its speech verb
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Речник угруповання «Південь» заявив, що ворог просунувся біля Степового.",
            "uk",
            "«Південь»",
        ),
        (
            "Командир батальйону «Вовки» повідомив, що росіяни захопили Лісне.",
            "uk",
            "«Вовки»",
        ),
        (
            "Вночі аналітики проєкту «Мапа» повідомили, що окупанти зайняли Горбки.",
            "uk",
            "«Мапа»",
        ),
        (
            "Аналитики проекта «Сводная карта» сообщили, что ВСУ оставили Ивановку.",
            "ru",
            "«Сводная карта»",
        ),
        (
            "Командир отряда «Барс» заявил, что противник продвинулся у Садового.",
            "ru",
            "«Барс»",
        ),
        (
            "Пресс-служба группировки «Восток» сообщила, что войска освободили Зарю.",
            "ru",
            "«Восток»",
        ),
    ],
)
def test_quoted_name_before_verb(text: str, lang: str, name: str) -> None:
    names = _claimants(text, lang)
    assert names and all(n and n.endswith(name) for n in names), names


# "Раніше Y повідомило …": an earlier speaker's aside leaves the dated
# statement of the story going on after it
@pytest.mark.parametrize(
    ("text", "lang", "marker"),
    [
        (
            "Росіяни захопили Лісне, йдеться у звіті ISW за 1 травня.\n\n"
            "Раніше угруповання «Схід» повідомило, що наші сили відійшли з Лісного.\n\n"
            "Крім того, за даними ISW, росіяни просунулися біля Горбків.",
            "uk",
            "Крім того",
        ),
        (
            "Окупанти зайняли Степове, йдеться у звіті ISW за 1 травня.\n\n"
            "Раніше бригада «Хорт» повідомила, що наші сили відійшли зі Степового.\n\n"
            "Крім того, за даними ISW, окупанти просунулися біля Яру.",
            "uk",
            "Крім того",
        ),
        (
            "Ворог захопив Зорю, йдеться у звіті ISW за 1 травня.\n\n"
            "Раніше речник угруповання «Хортиця» заявив, що наші сили "
            "відійшли із Зорі.\n\n"
            "Крім того, за даними ISW, ворог просунувся біля Ставка.",
            "uk",
            "Крім того",
        ),
        (
            "Войска заняли Лесное, говорится в докладе ISW за 1 мая.\n\n"
            "Ранее группировка «Восток» сообщила, что ВСУ отошли из Лесного.\n\n"
            "Кроме того, по данным ISW, войска продвинулись у Горок.",
            "ru",
            "Кроме того",
        ),
        (
            "Армия заняла Степное, говорится в докладе ISW за 1 мая.\n\n"
            "Ранее бригада «Волк» сообщила, что ВСУ оставили Степное.\n\n"
            "Кроме того, по данным ISW, армия продвинулась у Яра.",
            "ru",
            "Кроме того",
        ),
        (
            "Противник занял Зарю, говорится в докладе ISW за 1 мая.\n\n"
            "Ранее пресс-служба отряда «Барс» сообщила, что ВСУ отошли из Зари.\n\n"
            "Кроме того, по данным ISW, противник продвинулся у Ставка.",
            "ru",
            "Кроме того",
        ),
    ],
)
def test_earlier_aside_keeps_statement_day(text: str, lang: str, marker: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    later = [c for c in claims if c.char_start >= text.index(marker)]
    assert later, [(c.quote, c.period_end) for c in claims]
    assert all(c.period_end == date(2025, 5, 1) for c in later), [
        (c.quote, c.claimant, c.period_end) for c in later
    ]


# a platform named alone after the verb ("…, написав у своєму Telegram") is the
# venue, not a speaker: the person named before goes on speaking
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Речник бригади Петро Коваль розповів про бої.\n\n"
            "«Росіяни захопили Лісне», — пише у своєму Telegram.",
            "uk",
        ),
        (
            "Речник бригади Петро Коваль розповів про бої.\n\n"
            "Ворог просунувся біля Горбків, повідомили в Телеграмі.",
            "uk",
        ),
        (
            "Речник бригади Петро Коваль розповів про бої.\n\n"
            "Окупанти зайняли Степове, повідомляє Telegram-канал.",
            "uk",
        ),
        (
            "Губернатор Иван Петров рассказал о боях.\n\n"
            "«Противник занял Лесное», — пишет в своем Telegram.",
            "ru",
        ),
        (
            "Губернатор Иван Петров рассказал о боях.\n\n"
            "Противник продвинулся у Горок, сообщили в Телеграме.",
            "ru",
        ),
        (
            "Губернатор Иван Петров рассказал о боях.\n\n"
            "Противник занял Степное, сообщает Telegram-канал.",
            "ru",
        ),
    ],
)
def test_platform_alone_is_no_speaker(text: str, lang: str) -> None:
    names = _claimants(text, lang)
    assert all(n and n.endswith(("Коваль", "Петров")) for n in names), names
