"""Claimants, session 32, second lane (CLAIMANT32b): own phrasings only,
three per rule and language; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 5, 3)


def _back_claims(text: str, lang: str = "en") -> list:
    """The claims of ``text`` made by pointing back (``pointing-back``)."""
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.extra.get("rule") == "pointing-back"
    ]
    assert claims, text
    return claims


# a stall after a place list ("… near A, B and C on May 2 and made no
# confirmed advances", "…, attacking without gaining ground") is said by the
# speaker named before, not by the tail of the clause it ends
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Steppe Institute said on Friday that Russian units regrouped.\n\n"
            "Russian units assaulted positions near Bilohorivka, Hryhorivka and "
            "Serebrianka on May 2 and made no confirmed advances.",
            "The Steppe Institute",
        ),
        (
            "The Frontline Monitor said on Monday that Russian forces kept up "
            "pressure.\n\nRussian forces conducted assaults west of Kreminna, "
            "near Nevske, Terny and Torske, attacking without gaining any "
            "meaningful ground.",
            "The Frontline Monitor",
        ),
        (
            "Ukraine's General Staff said the enemy lost 30 men.\n\nRussian "
            "forces attacked near Ivanivka, Klishchiivka and Andriivka but made "
            "no gains.",
            "Ukraine's General Staff",
        ),
    ],
)
def test_stall_tail_is_no_speaker(text: str, name: str) -> None:
    for c in _back_claims(text):
        assert c.claimant == name, (c.claimant, text)


# the denier before the words pointing back stays the speaker, a time
# expression after the name cut off
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian bloggers said troops captured Orikhove. Kyiv on Thursday "
            "denied it.",
            "Kyiv",
        ),
        (
            "Moscow said its forces took Stepove, but Ukraine's military "
            "yesterday rejected those claims.",
            "Ukraine's military",
        ),
        (
            "Pro-Russian channels said troops seized Nelipivka. The brigade "
            "denied that.",
            "The brigade",
        ),
    ],
)
def test_denier_stays_the_speaker(text: str, name: str) -> None:
    for c in _back_claims(text):
        assert c.claimant == name, (c.claimant, text)


# a date is no speaker: a name that is only a month ("November alone added
# …") names nobody, and a date at either end of a name is cut ("Frontmap data
# as of 1 December", "Генштаб ЗСУ 3 березня", "5 марта 2025 | Минобороны")
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "The Frontline Monitor said Russian forces captured 300 square "
            "kilometres this autumn.\n\nNovember alone added 120 square "
            "kilometres around Kurakhove.",
            "en",
            "The Frontline Monitor",
        ),
        (
            "According to Frontmap data as of 1 December, Russian forces "
            "captured Ivanivka.",
            "en",
            "Frontmap",
        ),
        (
            "Channels posting on Telegram since Tuesday say Russian troops "
            "captured Stepove.",
            "en",
            "Channels",
        ),
        (
            "Ворог захопив Іванівку, повідомив Генштаб ЗСУ 3 березня.",
            "uk",
            "Генштаб ЗСУ",
        ),
        (
            "Як повідомив Генштаб ЗСУ 3 березня, ворог захопив Іванівку.",
            "uk",
            "Генштаб ЗСУ",
        ),
        (
            "Як зазначила пресслужба угруповання «Хортиця» 14 листопада, ворог "
            "захопив Іванівку.",
            "uk",
            "пресслужба угруповання «Хортиця»",
        ),
        (
            "Войска освободили Ивановку, сообщило Минобороны России 5 марта.",
            "ru",
            "Минобороны России",
        ),
        (
            "Как сообщило Минобороны России 5 марта, войска освободили Ивановку.",
            "ru",
            "Минобороны России",
        ),
        (
            "5 марта 2025 | Минобороны России сообщило, что войска освободили "
            "Ивановку.",
            "ru",
            "Минобороны России",
        ),
    ],
)
def test_date_is_no_speaker(text: str, lang: str, name: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert claims, text
    assert claims[-1].claimant == name, (claims[-1].claimant, text)
