"""Claimants, session 32 (CLAIMANT32): own phrasings only, three per rule
and language; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claims_after

from frontline.text.claims import extract_claims

PUB = date(2025, 5, 3)


def _claims_after(text: str, marker: str, lang: str) -> list:
    """The claims of ``text`` (in ``lang``) that start at or after ``marker``."""
    return claims_after(text, marker, lang, PUB)


# a uk/ru linking aside between commas ("X, в свою очередь, сообщает …",
# "X, своєю чергою, заявили …") leaves X the sentence's speaker, not the
# speaker named in the sentence before
@pytest.mark.parametrize(
    ("text", "marker", "lang", "name"),
    [
        (
            "Минобороны России заявило, что войска освободили Ивановку. "
            "Украинская сторона, в свою очередь, сообщает, что бои у Ивановки "
            "продолжаются.",
            "Украинская",
            "ru",
            "Украинская сторона",
        ),
        (
            "Генштаб ВСУ сообщил об отражении атак у Липовки. Российские "
            "военкоры, однако, признали, что ВСУ продвинулись на 2 км у Липовки.",
            "Российские",
            "ru",
            "Российские военкоры",
        ),
        (
            "Губернатор Иван Петров заявил, что враг отброшен от Лесного. "
            "Командование группировки, со своей стороны, сообщило, что бои у "
            "Лесного идут третий день.",
            "Командование",
            "ru",
            "Командование группировки",
        ),
        (
            "Генштаб ЗСУ повідомив, що ворог атакував біля Гаврилівки. "
            "Російські блогери, своєю чергою, заявили про захоплення Гаврилівки.",
            "Російські",
            "uk",
            "Російські блогери",
        ),
        (
            "Міноборони РФ заявило, що військам вдалося захопити Липове. "
            "Українська сторона, однак, повідомляє, що бої за Липове тривають.",
            "Українська",
            "uk",
            "Українська сторона",
        ),
        (
            "Речник Іван Коваль сказав, що ворог відступив від Зеленого. "
            "Командування бригади, зі свого боку, повідомило, що біля Зеленого "
            "тривають бої.",
            "Командування",
            "uk",
            "Командування бригади",
        ),
    ],
)
def test_link_aside_keeps_speaker(text: str, marker: str, lang: str, name: str) -> None:
    for c in _claims_after(text, marker, lang):
        assert c.claimant == name, (c.claimant, c.kind, text)


# "по информации X", "по заявлению X", "по утверждению X", "со слов X";
# "за інформацією X", "за заявою X", "за твердженням X", "зі слів X": X speaks
# its sentence, not the speaker named before it
@pytest.mark.parametrize(
    ("text", "marker", "lang", "name"),
    [
        (
            "Губернатор Иван Петров заявил, что враг отброшен. По информации "
            "канала «Полевой дневник», войска продвинулись на 2 км у Лесного.",
            "По информации",
            "ru",
            "канала «Полевой дневник»",
        ),
        (
            "Командир батальона рассказал о боях у Ручьевого. По заявлению "
            "Генштаба ВСУ, бои у Ручьевого продолжаются.",
            "По заявлению",
            "ru",
            "Генштаба ВСУ",
        ),
        (
            "Губернатор Иван Петров заявил, что враг отброшен. По утверждению "
            "Киева, украинские войска заняли Лесное.",
            "По утверждению",
            "ru",
            "Киева",
        ),
        (
            "Губернатор Олег Коваль заявив, що ворога відкинуто. За інформацією "
            "«Степового фронту», ворог просунувся на 2 км біля Зеленого.",
            "За інформацією",
            "uk",
            "Степового фронту",
        ),
        (
            "Командир батальйону розповів про бої біля Вербового. За заявою "
            "Генштабу ЗСУ, бої біля Вербового тривають.",
            "За заявою",
            "uk",
            "Генштабу ЗСУ",
        ),
        (
            "Губернатор Олег Коваль заявив, що ворога відкинуто. За твердженням "
            "окупантів, російські війська захопили Зелене.",
            "За твердженням",
            "uk",
            "окупантів",
        ),
    ],
)
def test_according_to_forms(text: str, marker: str, lang: str, name: str) -> None:
    for c in _claims_after(text, marker, lang):
        assert (c.claimant or "").strip("«»") == name.strip("«»"), (
            c.claimant,
            c.kind,
            text,
        )


# a house's own unnamed sources ("по информации наших источников") are no
# speaker: the channel that posts them speaks
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "🔥 Полевой дневник 🔥\n\nПо информации наших источников, войска "
            "зачистили Лесное.",
            "ru",
        ),
        (
            "🔥 Полевой дневник 🔥\n\nПо заявлению наших источников, войска "
            "продвинулись на 2 км у Лесного.",
            "ru",
        ),
        (
            "🔥 Степові вісті 🔥\n\nЗа інформацією наших джерел, ворог "
            "відступив із Зеленого.",
            "uk",
        ),
    ],
)
def test_our_sources_are_the_house(text: str, lang: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert claims, text
    for c in claims:
        assert c.claimant in ("Полевой дневник", "Степові вісті"), (c.claimant, text)


# a speech verb's participle as an adjective ("did not make confirmed
# advances", "have not made any confirmed advances") names no speaker: the
# sentence keeps the speaker named before, not a place list before the verb
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Steppe Institute said on Friday that Russian forces pressed on "
            "near Toretsk.\n\nRussian forces continued attacks near Kotlyne, "
            "Udachne and Novyi Trud in the Pokrovsk direction on May 2 but did "
            "not make confirmed advances.",
            "The Steppe Institute",
        ),
        (
            "Kyiv's General Staff said Russian troops attacked 40 times.\n\n"
            "Russian troops pressed attacks near Vovchansk, Lyptsi and Hlyboke on "
            "May 1 without making any confirmed gains.",
            "Kyiv's General Staff",
        ),
        (
            "The Frontline Monitor said on Monday that Ukrainian units held their "
            "lines.\n\nUkrainian forces attacked near Robotyne, Verbove and "
            "Novoprokopivka on May 2 but have not made any confirmed advances.",
            "The Frontline Monitor",
        ),
    ],
)
def test_participle_adjective_is_no_speech(text: str, name: str) -> None:
    claims = _claims_after(text, "\n\n", "en")
    for c in claims:
        assert c.claimant == name, (c.claimant, c.kind, text)
