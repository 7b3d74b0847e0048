"""Session 26, rules2 lane: claims made by pointing back at the claim before
(``pointing_back.py``): a claim left unconfirmed by the other side
(BACK_UNCONFIRMED), an attack that gained no ground (BACK_STALL, the
attacker's negated advance), each in three phrasings of our own per language
(never a corpus sentence)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.model import Claim
from frontline.text.claims import extract_claims

PUB = date(2025, 9, 15)


def _back(text: str, lang: str) -> list[Claim]:
    """The claims of ``text`` that point back at a claim before."""
    claims = extract_claims(text, published=PUB, language=lang)
    return [c for c in claims if c.extra.get("anaphora")]


def _places(c: Claim) -> list[str]:
    return [p.name for p in c.places]


# --- a capture claimed, then left unconfirmed by the other side: a negated
# settlement claim of the claimant's side at the same place, dated by the
# day it is told (not by the claim's) ---------------------------------------
@pytest.mark.parametrize(
    "text, lang, place, claimant",
    [
        (
            "Moscow said Russian forces claimed Kurakhove on Sunday. Kyiv did "
            "not confirm it.",
            "en",
            "Kurakhove",
            "Kyiv",
        ),
        (
            "Russia's defence ministry said its troops had taken Pishchane. "
            "Ukraine has not confirmed the claim.",
            "en",
            "Pishchane",
            "Ukraine",
        ),
        (
            "Russian bloggers wrote that their units entered Siversk. The "
            "Ukrainian army would not confirm that.",
            "en",
            "Siversk",
            "The Ukrainian army",
        ),
        (
            "Міноборони РФ заявило, що його війська захопили Курахове. "
            "Українська сторона цього не підтвердила.",
            "uk",
            "Курахове",
            "Українська сторона",
        ),
        (
            "Росіяни стверджують, що взяли Зелений Гай. Генштаб ЗСУ не "
            "підтверджує цю інформацію.",
            "uk",
            "Зелений Гай",
            "Генштаб ЗСУ",
        ),
        (
            "Окупанти заявили про захоплення Торецька. У ЗСУ цього поки не "
            "підтвердили.",
            "uk",
            "Торецька",
            "ЗСУ",
        ),
        (
            "Минобороны РФ заявило, что войска освободили Угледар. Украинская "
            "сторона это не подтвердила.",
            "ru",
            "Угледар",
            "Украинская сторона",
        ),
        (
            "Российские военкоры пишут, что армия взяла Курахово. Киев не "
            "подтверждает эту информацию.",
            "ru",
            "Курахово",
            "Киев",
        ),
        (
            "В Минобороны сообщили о взятии Торецка. ВСУ этого пока не подтвердили.",
            "ru",
            "Торецка",
            "ВСУ",
        ),
    ],
)
def test_unconfirmed_claim_is_denied(
    text: str, lang: str, place: str, claimant: str
) -> None:
    (c,) = _back(text, lang)
    assert c.kind == "settlement_control"
    assert c.gainer == "RU"
    assert c.negated is True
    assert _places(c) == [place]
    assert c.claimant == claimant
    assert c.period_end == PUB  # the day it is told, not the claim's day


@pytest.mark.parametrize(
    "text, lang",
    [
        # a hedge on the speaker's own report, in the passive: no denial
        (
            "Аналітики вважають, що ЗСУ просунулися біля Вербового. Проте це "
            "не підтверджено.",
            "uk",
        ),
        (
            "Аналітики пишуть, що ЗСУ зайшли в Роботине. Утім, це поки не "
            "підтверджено геолокацією.",
            "uk",
        ),
        (
            "Блогеры пишут, что ВСУ заняли Работино. Официально это пока не "
            "подтверждено.",
            "ru",
        ),
    ],
)
def test_passive_unconfirmed_is_no_denial(text: str, lang: str) -> None:
    assert not [c for c in _back(text, lang) if c.kind == "settlement_control"]


# --- an attack told, then no ground gained: a negated advance of the
# attacker (not of the side whose positions were attacked, nor of the
# speaker) at the place of the attack -----------------------------------------
@pytest.mark.parametrize(
    "text, lang, place, gainer",
    [
        (
            "Russian sources said on Monday that Ukrainian troops attacked "
            "Russian positions near Robotyne but did not gain ground.",
            "en",
            "Robotyne",
            "UA",
        ),
        (
            "Russian troops assaulted Ukrainian positions near Toretsk but "
            "failed to gain ground.",
            "en",
            "Toretsk",
            "RU",
        ),
        (
            "Ukrainian units stormed the heights near Klishchiivka but could "
            "not gain any ground.",
            "en",
            "Klishchiivka",
            "UA",
        ),
        (
            "Ворог атакував позиції ЗСУ біля Авдіївки, але не досяг успіху.",
            "uk",
            "Авдіївки",
            "RU",
        ),
        (
            "Противник штурмував Кліщіївку, проте просунутися не зміг.",
            "uk",
            "Кліщіївку",
            "RU",
        ),
        (
            "Українські підрозділи атакували біля Вербового, однак успіху не мали.",
            "uk",
            "Вербового",
            "UA",
        ),
    ],
)
def test_attack_without_ground_is_attackers_stall(
    text: str, lang: str, place: str, gainer: str
) -> None:
    (c,) = _back(text, lang)
    assert c.kind == "advance"
    assert c.negated is True
    assert c.gainer == gainer
    assert _places(c) == [place]
    assert c.claimant != "але"


@pytest.mark.parametrize(
    "text",
    [
        "Росіяни тиснуть під Покровськом, проте просування противника "
        "вдалося зупинити.",
        "Окупанти штурмують Торецьк, але просування ворога зупинено.",
        "Росіяни атакують біля Куп'янська, однак просування противника зупинено.",
    ],
)
def test_enemy_stopped_is_voice_other_side(text: str) -> None:
    """The "enemy" of a Ukrainian text whose advance was stopped is Russia,
    and a bare opening conjunction names no claimant (XDET4_42: the advance
    rule now tells the stalled advance itself, a stall naming its advance noun
    needing no place, so the claim need not come from pointing back)."""
    claims = extract_claims(text, published=PUB, language="uk")
    (c,) = [c for c in claims if c.kind == "advance"]
    assert c.kind == "advance"
    assert c.negated is True
    assert c.gainer == "RU"
    assert c.claimant is None


# --- the claim just made denied in words of its own (en): "called the claim
# about X pure fiction", "Kyiv says that's not true" -----------------------------
@pytest.mark.parametrize(
    "text, place, claimant",
    [
        (
            "Russia's defence ministry said its troops had captured Siversk. "
            "Ukraine's army called the claim about Siversk pure fiction.",
            "Siversk",
            "Ukraine's army",
        ),
        (
            "Moscow says its forces took Chasiv Yar. Kyiv says that's not true.",
            "Chasiv Yar",
            "Kyiv",
        ),
        (
            "Russia said it had taken Toretsk. The brigade insisted this is false.",
            "Toretsk",
            "The brigade",
        ),
    ],
)
def test_denial_in_own_words(text: str, place: str, claimant: str) -> None:
    (c,) = _back(text, "en")
    assert c.kind == "settlement_control"
    assert c.gainer == "RU"
    assert c.negated is True
    assert _places(c) == [place]
    assert c.claimant == claimant


def test_not_true_that_is_a_clause_of_its_own() -> None:
    """A verdict "it is not true that …" opens a claim of its own: no pointing back."""
    text = (
        "Russian bloggers say their units entered Kupiansk. The Ukrainian "
        "command says it is not true that the town fell."
    )
    assert _back(text, "en") == []
