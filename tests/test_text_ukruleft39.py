"""Session 39, Ukrainian and Russian left-overs of the probeukru lane:
phrasings of our own.

* "За неперевіреною інформацією", "за неперевіреними даними", "згідно з
  неперевіреними даними" hedge a claim as the Russian "по непроверенной
  информации" did (lang uk UNVERIFIED, read by lexicon.HEDGE).
* a speaker's own page named by a common noun, no platform ("пишет в своём
  канале военкор X", "у своєму блозі воєнкор X") is no part of the role
  (claimants._LEAD_PLATFORM; lang uk/ru SPEECH_OWN_PAGE).
* a day opening the sentence before a lower-case speaker ("12 марта ряд
  провластных телеграм-каналов сообщил", "3 червня російські воєнкори
  написали") is no part of the speaker (claimants._LEAD_DAY).
"""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2024-10-15"


def _only(text: str, lang: str):
    claims = extract_claims(text, published=PUB, language=lang)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    "text",
    [
        "За неперевіреною інформацією, росіяни зайняли Новоселівку.",
        "За неперевіреними даними, ворог просунувся біля Торецька.",
        "Згідно з неперевіреними даними, окупанти захопили Курахове.",
    ],
)
def test_uk_unverified_information_hedges(text: str):
    c = _only(text, "uk")
    assert c.hedged
    assert not c.negated
    assert c.gainer == "RU"


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "ru",
            "Российские войска заняли Новоселовку, пишет в своём канале военкор Коц.",
            "Коц",
            "военкор",
        ),
        (
            "ru",
            "ВС РФ продвинулись у Торецка, сообщил в своём блоге военкор Стешин.",
            "Стешин",
            "военкор",
        ),
        (
            "ru",
            "Противник занял Кураховку, написал на своей странице блогер Мурз.",
            "Мурз",
            "блогер",
        ),
        (
            "uk",
            "Російські війська зайняли Новоселівку, пише у своєму каналі воєнкор Коц.",
            "Коц",
            "воєнкор",
        ),
        (
            "uk",
            "Ворог просунувся біля Торецька, повідомив у своєму блозі воєнкор Стешин.",
            "Стешин",
            "воєнкор",
        ),
        (
            "uk",
            "Росіяни захопили Курахове, написав на своїй сторінці блогер Мурз.",
            "Мурз",
            "блогер",
        ),
    ],
)
def test_own_page_is_no_part_of_the_role(lang: str, text: str, name: str, role: str):
    c = _only(text, lang)
    assert c.claimant == name
    assert c.claimant_role == role


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "ru",
            "12 марта ряд провластных телеграм-каналов сообщил о захвате Торецка.",
            "ряд провластных телеграм-каналов",
        ),
        (
            "ru",
            "3 июня российские военкоры написали о взятии Кураховки.",
            "российские военкоры",
        ),
        (
            "ru",
            "20 мая украинские паблики сообщили, что противник занял Новоселовку.",
            "украинские паблики",
        ),
        (
            "uk",
            "12 березня низка проросійських телеграм-каналів повідомила про "
            "захоплення Торецька.",
            "низка проросійських телеграм-каналів",
        ),
        (
            "uk",
            "3 червня російські воєнкори написали про взяття Курахового.",
            "російські воєнкори",
        ),
        (
            "uk",
            "20 травня українські паблики повідомили, що ворог зайняв Новоселівку.",
            "українські паблики",
        ),
    ],
)
def test_leading_day_before_lower_case_speaker_is_cut(lang: str, text: str, name: str):
    c = _only(text, lang)
    assert c.claimant == name
