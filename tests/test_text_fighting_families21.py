"""Fighting families of session 21, and where one sentence holds two fights.

Families: the main thrust or blow aimed at a place ("the main thrust is aimed
at X", "основний удар ворог спрямовує на X", "основной удар противник
направляет на X"), pressure on a place that has not eased (English; the
Ukrainian and Russian nouns were told already), an offensive placed by a
compass adverb ("наступають західніше X", "наступают севернее X"). One
sentence: a second statement in a clause of its own at the place this rule's
claim in another clause named is a claim of its own ("Fighting near X goes on;
on Monday the enemy stormed X four times"); two fight words in one clause are
one fight. Look-alikes: political pressure on a capital. Every sentence is
invented for the test; the text tests never read ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 3, 12)


def fights(text: str, lang: str) -> list[list[str]]:
    """The places of each fighting claim of ``text``."""
    got = extract_claims(text, published=PUB, language=lang)
    return [[p.name for p in c.places] for c in got if c.kind == "fighting"]


def fight_at(text: str, lang: str, place: str) -> None:
    got = fights(text, lang)
    assert any(any(place in name for name in names) for names in got), (text, got)


# (lang, family, place, three phrasings of our own)
FAMILIES = [
    (
        "en",
        "the main thrust aimed at a place",
        "Kolosky",
        [
            "The main thrust of the Russian offensive is now aimed at Kolosky.",
            "Moscow's main push is focused on Kolosky, the brigade says.",
            "The enemy's main blows are directed against Kolosky this week.",
        ],
    ),
    (
        "en",
        "pressure on a place that has not eased",
        "Kolosky",
        [
            "Pressure on Kolosky has not eased, the spokesman said.",
            "Russian pressure on Kolosky has never slackened since May.",
            "The pressure on the village of Kolosky has not subsided this week.",
        ],
    ),
    (
        "uk",
        "the main blow aimed at a place",
        "Колоск",
        [
            "Основний удар ворог спрямовує на Колоски.",
            "Основні удари противник зосереджує на Колосках.",
            "Свій основний удар росіяни завдають по Колосках.",
        ],
    ),
    (
        "uk",
        "an offensive placed by a compass adverb",
        "Колоск",
        [
            "Окупанти наступають західніше Колосків.",
            "Росіяни наступали північніше Колосків.",
            "Ворог наступає південніше Колосків уже третій день.",
        ],
    ),
    (
        "ru",
        "the main blow aimed at a place",
        "Колоск",
        [
            "Основной удар противник направляет на Колоски.",
            "Основные удары ВСУ сосредоточили на Колосках.",
            "Свой основной удар противник наносит по Колоскам.",
        ],
    ),
    (
        "ru",
        "an offensive placed by a compass adverb",
        "Колос",
        [
            "Российские войска наступают севернее Колосок.",
            "ВСУ наступали южнее Колосок.",
            "Наши подразделения наступают северо-западнее Колосок.",
        ],
    ),
]


@pytest.mark.parametrize(
    "lang,family,place,text",
    [
        (lang, family, place, text)
        for lang, family, place, texts in FAMILIES
        for text in texts
    ],
)
def test_fighting_aimed_at_a_place(
    lang: str, family: str, place: str, text: str
) -> None:
    fight_at(text, lang, place)


POLITICAL = [
    ("en", "Western pressure on Moscow has not eased."),
    ("en", "Political pressure on Kyiv has not eased, the diplomats say."),
    ("uk", "Політичний тиск на Київ не слабшає."),
]


@pytest.mark.parametrize("lang,text", POLITICAL)
def test_political_pressure_is_no_fight(lang: str, text: str) -> None:
    assert fights(text, lang) == [], fights(text, lang)


# a second statement in a clause of its own at the same place: two claims
TWO_STATEMENTS = [
    (
        "en",
        "Heavy battles continue around Kolosky, and the Russians attacked "
        "Kolosky again overnight.",
    ),
    (
        "en",
        "Fighting near Kolosky goes on; on Monday the enemy stormed Kolosky "
        "four times.",
    ),
    (
        "en",
        "Kolosky is still contested, and on Tuesday Russian units assaulted "
        "Kolosky from the east.",
    ),
    (
        "uk",
        "Колоски досі в сірій зоні, а в понеділок ворог чотири рази штурмував Колоски.",
    ),
    ("uk", "Бої за Колоски тривають; вночі ворог знову атакував Колоски."),
    (
        "uk",
        "Колоски залишаються в сірій зоні; у вівторок окупанти штурмували "
        "Колоски зі сходу.",
    ),
    (
        "ru",
        "Колоски до сих пор в серой зоне, а в понедельник противник четыре "
        "раза штурмовал Колоски.",
    ),
    ("ru", "Бои за Колоски продолжаются; ночью противник снова атаковал Колоски."),
    (
        "ru",
        "Город Колоски остается в серой зоне; во вторник ВСУ штурмовали "
        "Колоски с востока.",
    ),
]


@pytest.mark.parametrize("lang,text", TWO_STATEMENTS)
def test_a_second_statement_in_its_own_clause_is_its_own_claim(
    lang: str, text: str
) -> None:
    got = fights(text, lang)
    assert len(got) == 2, got


# two fight words in one clause at one place: one fight
ONE_CLAUSE = [
    ("en", "Russian troops repelled attacks and counterattacks near Kolosky."),
    ("uk", "Біля Колосків наші воїни відбили атаки та контратаки ворога."),
    ("ru", "У Колосок наши подразделения отразили атаки и контратаки противника."),
]


@pytest.mark.parametrize("lang,text", ONE_CLAUSE)
def test_two_fight_words_in_one_clause_are_one_fight(lang: str, text: str) -> None:
    assert len(fights(text, lang)) == 1, fights(text, lang)
