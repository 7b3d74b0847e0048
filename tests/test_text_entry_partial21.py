"""Entries and footholds of session 21, three phrasings of our own per
language.

An entry into a named town is partial control of it for the side that
entered, with no advance beside it (CONVENTIONS, the `partial` row: "entered
the southeastern part of Sieverne"), in uk/ru as in English. Digging in
inside a town ("закріпилися в X", "закрепились в северной части X") is the
same. Coming close, heading towards a town or reaching its outskirts stays
an advance, and so does digging in with no town after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 10, 2)


def claims(text: str, lang: str) -> list[tuple[str, str | None, bool, list[str]]]:
    return [
        (c.kind, c.gainer, bool(c.extra.get("partial")), [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind != "fighting"
    ]


ENTRIES = [
    ("Russian assault units entered Hrodivka on Tuesday.", "en", "RU", "Hrodivka"),
    ("Ukrainian troops have entered the town of Sudzha.", "en", "UA", "Sudzha"),
    (
        "Kremlin forces entered the village of Novohrodivka overnight.",
        "en",
        "RU",
        "Novohrodivka",
    ),
    (
        "Російські штурмовики зайшли в Гродівку, повідомили в бригаді.",
        "uk",
        "RU",
        "Гродівку",
    ),
    ("Сили оборони увійшли в Суджу.", "uk", "UA", "Суджу"),
    ("Окупанти вдерлися до Торецька.", "uk", "RU", "Торецька"),
    (
        "Российские штурмовики вошли в Гродовку, сообщил командир.",
        "ru",
        "RU",
        "Гродовку",
    ),
    ("ВСУ зашли в Суджу.", "ru", "UA", "Суджу"),
    ("Штурмовые группы ВС РФ ворвались в Торецк.", "ru", "RU", "Торецк"),
]


@pytest.mark.parametrize(("text", "lang", "gainer", "place"), ENTRIES)
def test_an_entry_into_a_town_is_partial_control(
    text: str, lang: str, gainer: str, place: str
) -> None:
    assert claims(text, lang) == [("settlement_control", gainer, True, [place])]


FOOTHOLDS = [
    ("Ворог закріпився в Гродівці, кажуть у бригаді.", "uk", "RU", "Гродівці"),
    ("Сили оборони закріпилися в північній частині Суджі.", "uk", "UA", "Суджі"),
    ("Окупанти закріпилися в кварталах Торецька.", "uk", "RU", "Торецька"),
    ("Российские штурмовики закрепились в Гродовке.", "ru", "RU", "Гродовке"),
    ("ВСУ закрепились в восточной части Суджи.", "ru", "UA", "Суджи"),
    ("Штурмовые группы закрепились в кварталах Торецка.", "ru", "RU", "Торецка"),
    (
        "Russian troops gained a foothold in the eastern part of Toretsk.",
        "en",
        "RU",
        "Toretsk",
    ),
    (
        "Ukrainian forces secured a foothold in the southern districts of Sudzha.",
        "en",
        "UA",
        "Sudzha",
    ),
    (
        "Russian units have a foothold in the northern part of Hrodivka.",
        "en",
        "RU",
        "Hrodivka",
    ),
]


@pytest.mark.parametrize(("text", "lang", "gainer", "place"), FOOTHOLDS)
def test_digging_in_inside_a_town_is_partial_control(
    text: str, lang: str, gainer: str, place: str
) -> None:
    assert claims(text, lang) == [("settlement_control", gainer, True, [place])]


STILL_ADVANCES = [
    ("Russian troops advanced towards Hrodivka.", "en", "RU"),
    ("Ukrainian units pushed to the outskirts of Sudzha.", "en", "UA"),
    ("Russian forces edged closer to Toretsk this week.", "en", "RU"),
    ("Окупанти просунулися в напрямку Гродівки.", "uk", "RU"),
    ("Сили оборони вийшли на околиці Суджі.", "uk", "UA"),
    # (session 33: ON a named town's outskirts is partial control)
    ("Ворог закріпився під Торецьком.", "uk", "RU"),
    ("Российские войска продвинулись в сторону Гродовки.", "ru", "RU"),
    ("ВСУ вышли к окраинам Суджи.", "ru", "UA"),
    ("Российские штурмовики закрепились южнее Торецка.", "ru", "RU"),
]


@pytest.mark.parametrize(("text", "lang", "gainer"), STILL_ADVANCES)
def test_approach_and_outskirts_stay_advances(
    text: str, lang: str, gainer: str
) -> None:
    got = claims(text, lang)
    assert [(k, g) for k, g, _, _ in got] == [("advance", gainer)], got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ворог закріпився і просувається далі біля Гродівки.", "uk"),
        ("Противник закрепился и продвигается дальше у Гродовки.", "ru"),
        ("Окупанти закріпилися на нових позиціях і просунулися біля Суджі.", "uk"),
    ],
)
def test_digging_in_with_no_town_stays_one_advance(text: str, lang: str) -> None:
    assert [k for k, _, _, _ in claims(text, lang)] == ["advance"]
