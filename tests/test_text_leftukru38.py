"""Session 38, leftukru: Ukrainian and Russian left-overs, each on phrasings
of our own."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _places(text: str, language: str) -> list[list[str]]:
    """The place names of each claim of ``text``."""
    claims = extract_claims(text, published="2024-02-10", language=language)
    return [[p.name for p in c.places] for c in claims]


# (6) settlements after a numeral, then a colon: a list, its first name kept
@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Российские войска заняли два населённых пункта возле Авдеевки: "
            "Невельское и Тоненькое.",
            "ru",
            ["Невельское", "Тоненькое"],
        ),
        (
            "Минобороны РФ заявило о взятии трёх сёл: Богдановка, Тоненькое и Орловка.",
            "ru",
            ["Богдановка", "Тоненькое", "Орловка"],
        ),
        (
            "Российские войска заняли два поселка в Донецкой области: "
            "Первомайское и Невельское.",
            "ru",
            ["Первомайское", "Невельское"],
        ),
        (
            "Росіяни захопили два населені пункти біля Авдіївки: Невельське "
            "і Тоненьке.",
            "uk",
            ["Невельське", "Тоненьке"],
        ),
        (
            "ЗСУ звільнили три села: Роботине, Вербове та Копані.",
            "uk",
            ["Роботине", "Вербове", "Копані"],
        ),
        (
            "Окупанти захопили два села на Донеччині: Первомайське та Орлівка.",
            "uk",
            ["Первомайське", "Орлівка"],
        ),
    ],
)
def test_list_after_settlements_and_colon(text, language, names):
    got = _places(text, language)
    assert got, text
    assert all(n in got[0] or any(n in g for g in got) for n in names), got


# (4) a region in the speaker's title is no place of the claim
@pytest.mark.parametrize(
    ("text", "language", "place", "region"),
    [
        (
            "Глава Белгородской области Вячеслав Гладков сообщил, что ВСУ "
            "заняли село Красное.",
            "ru",
            "Красное",
            "Белгородской",
        ),
        (
            "Губернатор Курской области заявил, что российские войска вернули "
            "контроль над селом Плёхово.",
            "ru",
            "Плёхово",
            "Курской",
        ),
        (
            "Врио губернатора Запорожской области Евгений Балицкий сообщил, что "
            "ВСУ заняли Работино.",
            "ru",
            "Работино",
            "Запорожской",
        ),
        (
            "Голова Харківської області Олег Синєгубов повідомив, що ЗСУ "
            "звільнили село Вовчанськ.",
            "uk",
            "Вовчанськ",
            "Харківської",
        ),
        (
            "Очільник Сумської області розповів, що росіяни захопили село Безсалівка.",
            "uk",
            "Безсалівка",
            "Сумської",
        ),
        (
            "Начальник Донецької обласної адміністрації заявив, що ЗСУ "
            "звільнили Кліщіївку.",
            "uk",
            "Кліщіївк",
            "Донецьк",
        ),
    ],
)
def test_speakers_region_no_place(text, language, place, region):
    got = _places(text, language)
    assert got and any(place in n for n in got[0]), got
    assert not any(region in n for g in got for n in g), got


def _claimants(text: str, language: str) -> list[str | None]:
    """The claimant of each claim of ``text``."""
    claims = extract_claims(text, published="2024-02-10", language=language)
    return [c.claimant for c in claims]


# (3) a name in straight quotes after the verb does not cut the speaker
@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        (
            'Росіяни захопили село Невельське, повідомило джерело "Української '
            'правди" у Генштабі.',
            "uk",
            'джерело "Української правди" у Генштабі',
        ),
        (
            'Про це повідомило джерело "Української правди" у Генштабі: '
            "росіяни захопили село Невельське.",
            "uk",
            'джерело "Української правди" у Генштабі',
        ),
        (
            'ЗСУ звільнили Роботине, розповів співрозмовник "Суспільного" у '
            "штабі бригади.",
            "uk",
            'співрозмовник "Суспільного" у штабі бригади',
        ),
        (
            "Российские войска заняли Невельское, сообщил источник "
            '"Украинской правды" в Генштабе.',
            "ru",
            'источник "Украинской правды" в Генштабе',
        ),
        (
            'ВСУ оставили Тоненькое, рассказал собеседник "Медузы" в украинской армии.',
            "ru",
            'собеседник "Медузы" в украинской армии',
        ),
        (
            'Об этом сообщил источник "РИА Новостей" в силовых структурах: '
            "российские войска заняли Невельское.",
            "ru",
            'источник "РИА Новостей" в силовых структурах',
        ),
    ],
)
def test_straight_quoted_name_in_speaker(text, language, who):
    assert _claimants(text, language)[:1] == [who]
