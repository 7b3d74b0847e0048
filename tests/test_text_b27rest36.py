"""Session 36, b27rest: blind27's wrong places, gainers, running totals and
denials, in general form.

Phrasings are our own; nothing here reads ``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

# --- a live blog's clock zone is no place --------------------------------
# "08:35 GMT — …": the zone after an entry time names no settlement.


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Live updates\n\n09:10 GMT — Ukraine's army says fighting continues "
            "in Toretsk.",
            "Toretsk",
        ),
        (
            "Live updates\n\n14:00 EET — Russia says its troops advanced 2 km "
            "near Robotyne.",
            "Robotyne",
        ),
        (
            "Live updates\n\n21:45 UTC — Kyiv said its forces had recaptured "
            "Klishchiivka.",
            "Klishchiivka",
        ),
    ],
)
def test_clock_zone_is_no_place(text: str, place: str) -> None:
    rows = claim_rows(text, "en")
    assert rows, text
    for row in rows:
        assert row[3] == [place], row


# --- a page's topic label is no speaker ----------------------------------
# "Soledar: live updates" names the topic; the town is still a place later.


@pytest.mark.parametrize(
    "title",
    ["Soledar: live updates", "Soledar: what we know", "Soledar: the latest"],
)
def test_topic_label_is_no_speaker(title: str) -> None:
    text = (
        f"{title}\n\nUkraine's military says fighting continues in Soledar.\n\n"
        "Russian forces had likely captured Soledar, analysts said."
    )
    rows = claim_rows(text, "en")
    assert [(r[0], r[3]) for r in rows] == [
        ("fighting", ["Soledar"]),
        ("settlement_control", ["Soledar"]),
    ]


# --- a gain noun denied right after it ------------------------------------
# "прорыва нет", "прориву не було", "продвижения противника нет": the advance
# the noun tells is negated, never a gain.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Противник атакует у Работино, но прорыва нет.", "ru"),
        ("Прорыва не было, позиции у Работино удержаны.", "ru"),
        ("У Работино продвижения противника нет.", "ru"),
        ("Біля Вовчанська просування ворога немає.", "uk"),
        ("Прориву немає, жодного метра біля Вовчанська ми не віддали.", "uk"),
        ("Командир сказав, що прориву не було біля Вовчанська.", "uk"),
    ],
)
def test_gain_noun_denied_after_is_negated(text: str, language: str) -> None:
    rows = claim_rows(text, language)
    assert rows, text
    assert not [r for r in rows if r[0] == "advance" and not r[2]], rows


# --- the agent of an attack noun is no subject of the verb after it -------
# "repelled attempts by Ukrainian units … and had regained X", "отбили атаки
# ВСУ и вернули X": the gain belongs to the subject, not to the attackers.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russia's defence ministry said its troops had repelled attempts by "
            "Ukrainian units to break through towards Korenevo and had regained "
            "control of the village of Krupets.",
            "en",
        ),
        (
            "Moscow said its forces beat off an attack by Ukrainian troops and "
            "then retook Krupets.",
            "en",
        ),
        (
            "The Russian ministry said its units fought off assaults by the "
            "Ukrainians and recaptured Krupets.",
            "en",
        ),
        (
            "Міноборони РФ заявило, що його війська відбили спроби ЗСУ "
            "прорватися до Коренева і повернули контроль над селом Крупець.",
            "uk",
        ),
        (
            "Минобороны России сообщило, что наши подразделения отбили атаки ВСУ "
            "и вернули контроль над Крупцом.",
            "ru",
        ),
        (
            "Минобороны России сообщило, что подразделения отразили штурм ВСУ и "
            "освободили Крупец.",
            "ru",
        ),
    ],
)
def test_attack_agent_is_no_subject(text: str, language: str) -> None:
    captures = [r for r in claim_rows(text, language) if r[0] == "settlement_control"]
    assert captures, text
    assert [r[1] for r in captures] == ["RU"], captures


# --- a town holding out is held by the speaker's side ----------------------
# "Покровськ тримається", "Покровск держится" closing the clause: the
# settlement is held (no longer fighting), by the side that speaks.


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Речник бригади сказав: «Покровськ тримається».", "uk", "Покровськ"),
        ("Генштаб ЗСУ повідомив, що Куп'янськ тримається.", "uk", "Куп'янськ"),
        ("Командир 93-ї бригади ЗСУ: Часів Яр тримається.", "uk", "Часів Яр"),
        ("Генштаб ВСУ сообщил, что Покровск держится.", "ru", "Покровск"),
        ("В ВСУ заявили: «Купянск держится».", "ru", "Купянск"),
        ("Пресс-служба ВСУ ответила, что Часов Яр держится.", "ru", "Часов Яр"),
    ],
)
def test_town_holding_out_is_held(text: str, language: str, place: str) -> None:
    rows = claim_rows(text, language)
    held = [r for r in rows if r[0] == "settlement_control"]
    assert [(r[1], r[3]) for r in held] == [("UA", [place])], rows


# --- a side driven out right after the verb is the loser --------------------
# "it has cleared Russian troops from X", "drove the Ukrainians out of X",
# after a story whose last actor was the other side.


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "Moscow said its forces had captured Stepnohirsk. Later the 3rd Army "
            "Corps said it has cleared Russian troops from Kindrashivka.",
            "UA",
        ),
        (
            "Russia said it had taken Robotyne. A brigade spokesman said it had "
            "driven Russian forces out of Verbove.",
            "UA",
        ),
        (
            "Kyiv said its troops had retaken Krynky. The Vostok group said it "
            "had pushed the Ukrainians back from Urozhaine.",
            "RU",
        ),
    ],
)
def test_side_driven_out_is_the_loser(text: str, gainer: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] != "fighting"]
    assert rows and rows[-1][1] == gainer, rows
