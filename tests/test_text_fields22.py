"""Claimants (session 22, lane FIELDS): own sentences, three
phrasings per rule and language; no shared data."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claimants import find_claimant
from frontline.text.claims import extract_claims
from frontline.text.page_speakers import channel_header

PUB = date(2025, 3, 14)


def _claimants(text: str, lang: str) -> list[str | None]:
    return [c.claimant for c in extract_claims(text, published=PUB, language=lang)]


# ---- a time of day after the speaker, a day before it ----------------------
TIME_AROUND = [
    ("uk", "Про це повідомив Генштаб ЗСУ увечері.", "Генштаб ЗСУ"),
    ("uk", "Про бої розповів речник Іван Коваль вчора ввечері.", "Іван Коваль"),
    ("uk", "Вчора Генштаб повідомив про відбиті атаки.", "Генштаб"),
    ("ru", "Об этом сообщил командир Иван Петров вечером.", "Иван Петров"),
    ("ru", "Об этом заявил командир бригады Олег Серов сегодня утром.", "Олег Серов"),
    ("ru", "Вчера Минобороны сообщило о новых боях.", "Минобороны"),
    ("en", "Yesterday the brigade said the line held.", "the brigade"),
    ("en", "Today the governor said two villages were evacuated.", "the governor"),
    ("en", "Overnight the General Staff reported 40 clashes.", "General Staff"),
]


@pytest.mark.parametrize(("lang", "text", "want"), TIME_AROUND)
def test_a_time_word_is_no_part_of_the_speaker(lang, text, want):
    c = find_claimant(text, lang)
    assert c is not None and c.name is not None
    assert c.name.endswith(want)
    assert not c.name.lower().startswith(("yesterday", "today", "overnight", "вчор"))


# ---- a bare body in the genitive points back to the one named before -------
BARE_GENITIVE = [
    ("uk", "За даними міністерства, ворог відступив."),
    ("uk", "За даними проєкту, росіяни просунулися."),
    ("uk", "За даними штабу, атаки відбито."),
    ("ru", "По данным министерства, противник отступил."),
    ("ru", "По данным проекта, войска продвинулись."),
    ("ru", "По данным командования, атаки отбиты."),
]


@pytest.mark.parametrize(("lang", "text"), BARE_GENITIVE)
def test_a_bare_genitive_body_points_back(lang, text):
    c = find_claimant(text, lang)
    assert c is not None and c.pronoun and c.name is None


# ---- a channel's header line speaks for its post ---------------------------
CHANNELS = [
    (
        "en",
        "Trench Notes 🇺🇦 | evening\n\nOur unit took back Zorivka on Monday. "
        "The enemy attacked near Kolosky three times.",
        "Trench Notes",
    ),
    (
        "en",
        "FRONT DIARY | short\n\nOur guys advanced 600 metres west of Tykhe. "
        "Russians claim they took Zorivka. They did not.",
        "FRONT DIARY",
    ),
    (
        "en",
        "Assault battalion «Wolves» | official\n\nWe liberated Kolosky this "
        "week and hold it.",
        "Assault battalion",
    ),
    (
        "uk",
        "Окопні записки | вечір\n\nНаші штурмовики зайшли в Зорівку. Росіяни "
        "пишуть, що захопили Колоски, але це не так.",
        "Окопні записки",
    ),
    (
        "uk",
        "Штурмовий батальйон «Лис» | офіційно\n\nЗа тиждень ми звільнили Зорівку.",
        "Штурмовий батальйон «Лис»",
    ),
    (
        "uk",
        "ЛІНІЯ ОБОРОНИ | аналітика\n\nУ березні росіяни окупували 120 км².",
        "ЛІНІЯ ОБОРОНИ",
    ),
    (
        "ru",
        "Южный рубеж 🇷🇺 | сводка\n\nНаши штурмовики зашли в Зоревку. "
        "Противник атаковал у Колосков.",
        "Южный рубеж",
    ),
    (
        "ru",
        "ФРОНТОВОЙ БЛОКНОТ | срочно\n\nНаши войска взяли Зоревку.",
        "ФРОНТОВОЙ БЛОКНОТ",
    ),
    (
        "ru",
        "Записки сапёра | утро\n\nЗа неделю продвинулись на 2 км у Колосков.",
        "Записки сапёра",
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CHANNELS)
def test_a_channel_header_speaks_for_the_post(lang, text, want):
    who = _claimants(text, lang)
    assert who, text
    assert who[0] is not None and who[0].startswith(want.split("«")[0].strip())
    assert channel_header(text) is not None


def test_a_named_speaker_in_a_channel_post_keeps_the_claim():
    text = (
        "Южный рубеж | сводка\n\nНаши взяли Зоревку. Губернатор Иван Петров "
        "заявил, что противник отступил из Колосков."
    )
    assert "Иван Петров" in _claimants(text, "ru")


NO_HEADER = [
    "Kyiv holds the line | analysis",  # one line: a title, no header
    "Our troops took Zorivka, the army said.\nThe enemy retreated.",
    "A long line with many words that is not a channel name at all | note\nX.",
]


@pytest.mark.parametrize("text", NO_HEADER)
def test_no_channel_header(text):
    assert channel_header(text) is None
