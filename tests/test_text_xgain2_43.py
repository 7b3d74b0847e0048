"""Session 43, lane xgain2: gainer shapes left across the read sets.

Phrasings of our own (never corpus sentences), three per language a fix
applies to.
"""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


def _gainers(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [
        (c.kind, c.gainer)
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind != "fighting"
    ]


# (1) an opening header line naming the post's voice as one side's channel:
# the first person after it is that side's (sides.header_side)
HEADER_CASES = [
    (
        "en",
        "[Translated from a pro-Russian Telegram channel, March 9]\n\n"
        "Our units advanced 1.5 km west of Kotlyne over the past day.",
        "RU",
    ),
    (
        "en",
        "\U0001f1f7\U0001f1fa Pokrovsk direction\n\n"
        "Our assault groups advanced 600 metres near Kotlyne.",
        "RU",
    ),
    (
        "en",
        "(From a Russian war blogger's channel, translated)\n\n"
        "Our guys took control of the eastern part of Dachne yesterday.",
        "RU",
    ),
    (
        "uk",
        "[Переклад із російського військового телеграм-каналу, 9 березня]\n\n"
        "Наші штурмовики просунулися на 800 метрів біля Котлиного.",
        "RU",
    ),
    (
        "uk",
        "Проросійський телеграм-канал «Сіверний вітер» пише:\n\n"
        "Наші підрозділи закріпилися в східній частині Дачного.",
        "RU",
    ),
    (
        "uk",
        "\U0001f1f7\U0001f1fa Покровський напрямок\n\n"
        "Наші хлопці просунулися на кілометр біля Котлиного.",
        "RU",
    ),
    (
        "ru",
        "[Из украинского военного телеграм-канала, 9 марта]\n\n"
        "Наши штурмовики продвинулись на 800 метров у Котлиного.",
        "UA",
    ),
    (
        "ru",
        "Украинский телеграм-канал бригады пишет:\n\n"
        "Наши подразделения закрепились в восточной части Дачного.",
        "UA",
    ),
    (
        "ru",
        "\U0001f1fa\U0001f1e6 Покровское направление\n\n"
        "Наши бойцы продвинулись на километр у Котлиного.",
        "UA",
    ),
]


@pytest.mark.parametrize(("lang", "text", "side"), HEADER_CASES)
def test_header_voice_sets_first_person(lang: str, text: str, side: str) -> None:
    got = _gainers(text, lang)
    assert got, text
    assert all(g == side for _, g in got), got


def test_headline_reporting_a_channel_is_no_header() -> None:
    # a headline telling what a side's channels say is the narrator's, not
    # the channel's voice: no header
    from frontline.text.sides import header_side

    text = "Russian channels claim the capture of Dachne\n\nOur units held."
    assert header_side(text) is None


# (2) a second speaker opening the denying part of a sentence that began with
# the other side's claim: the denied capture is still the claimant's
# (context._second_speaker_side)
DENIAL_CASES = [
    (
        "en",
        "Russia claimed the capture of Dachne; Ukraine said the village has "
        "not been captured.",
    ),
    (
        "en",
        "Moscow announced the capture of Dachne, but the Ukrainian army said "
        "the village had not been captured.",
    ),
    (
        "en",
        "Russian bloggers claimed Dachne was taken; Ukrainian officials said "
        "it has not been captured.",
    ),
    (
        "uk",
        "Міноборони РФ заявило про захоплення Дачного; Сили оборони тоді "
        "заявили, що село не захоплене.",
    ),
    (
        "uk",
        "Росіяни заявили про захоплення Дачного, але Сили оборони заявили, "
        "що село не захоплене.",
    ),
    (
        "uk",
        "Окупанти оголосили про захоплення Дачного; ЗСУ повідомили, що Дачне "
        "не захоплене.",
    ),
    (
        "ru",
        "Минобороны России заявило о взятии Дачного, но в ВСУ заявили, что "
        "село не захвачено.",
    ),
    (
        "ru",
        "Российские блогеры объявили о взятии Дачного; ВСУ сообщили, что "
        "Дачное не захвачено.",
    ),
    (
        "ru",
        "Москва заявила о захвате Дачного, однако украинские военные "
        "заявили, что село не взято.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DENIAL_CASES)
def test_second_speakers_denial_keeps_the_capturer(lang: str, text: str) -> None:
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "settlement_control"
    ]
    assert len(claims) == 2, claims
    assert [c.negated for c in claims] == [False, True]
    assert [c.gainer for c in claims] == ["RU", "RU"]
