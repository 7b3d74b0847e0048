"""Claimants, session 30 round 2 (CLAIMANT30b): own phrasings only, three
per rule and language; nothing here reads ``../shared``."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str = "en") -> list:
    claims = extract_claims(text, language=lang)
    assert claims, text
    return claims


# a plural voice in the present ("local officials deny that …", "analysts
# estimate …", "Russian bloggers — often candid — concede that …") speaks its
# own sentence, not the speaker carried from the sentence before
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Governor Ivan Koval said shelling went on overnight. "
            "Ukrainian commanders concede that Russian troops advanced 3 km "
            "west of Ocheretyne.",
            "Ukrainian commanders",
        ),
        (
            "Mayor Petro Savchenko spoke of damage to the school. "
            "Local volunteers insist that Ukrainian forces still hold Krynky.",
            "Local volunteers",
        ),
        (
            "Spokesman Dmytro Lykhovyi said the attacks were repelled. "
            "Russian bloggers — who are often more candid — admit that "
            "Ukrainian troops have retaken Robotyne.",
            "Russian bloggers",
        ),
    ],
)
def test_plural_voice_speaks_its_sentence(text: str, name: str) -> None:
    claims = _claims(text)
    assert claims[-1].claimant == name


# the plural voice speaks its sentence only: the speaker named before goes on
# in the sentence after it
@pytest.mark.parametrize(
    ("text", "first", "voice"),
    [
        (
            "Oleksandr Syrskyi said Ukrainian troops took Robotyne. "
            "Russian channels deny that the village has fallen. "
            "Ukrainian forces also advanced 2 km near Verbove.",
            "Oleksandr Syrskyi",
            "Russian channels",
        ),
        (
            "Hanna Maliar said Ukrainian troops liberated Klishchiivka. "
            "Pro-Kremlin accounts claim that Russian forces still hold "
            "Klishchiivka. Ukrainian forces also advanced 1 km near Andriivka.",
            "Hanna Maliar",
            "Pro-Kremlin accounts",
        ),
        (
            "Serhii Cherevatyi said Russian troops advanced 1 km near Bakhmut. "
            "Local residents report that Russian troops captured Ivanivske. "
            "Russian forces also advanced near Klishchiivka.",
            "Serhii Cherevatyi",
            "Local residents",
        ),
    ],
)
def test_plural_voice_is_not_carried(text: str, first: str, voice: str) -> None:
    claims = _claims(text)
    names = [c.claimant for c in claims]
    assert names[0] == first
    assert voice in names
    assert names[-1] == first


# a possessive or a determiner before the noun "claim" or "report" is no
# speaker and verb: the speaker named before keeps the claim
@pytest.mark.parametrize(
    "text",
    [
        "Oleksandr Syrskyi said Russia's claim that its troops captured "
        "Robotyne is false.",
        "Oleksandr Syrskyi said the claim that Russian troops captured "
        "Robotyne is false.",
        "Oleksandr Syrskyi said their report that Russian forces took "
        "Robotyne was false.",
    ],
)
def test_noun_claim_is_no_speaker(text: str) -> None:
    from frontline.text.claimants import find_claimant

    c = find_claimant(text.split(" said ", 1)[1], "en")
    assert c is None or c.name not in ("Russia", "The", "the", "their")
