"""Session 36, claimant defect probe in English wire and newsroom copy:
phrasings of our own.

* a role, a name and a comma before a clause ("According to military
  spokesman Nazar Voloshyn, Russian forces captured X") made X the role's
  name, no place, and the claim was lost (toponyms._person_or_actor,
  _CLAUSE_AFTER_COMMA).
* a hedge between the auxiliary and "taken" ("had likely taken X", ISW's
  manner) made no capture (lang en, the "capture" extra words).
* the speech verb after a comma, then a speaker by description ("…, said a
  spokesman for the defence ministry.", "…, says the Russian Ministry of
  Defence.") named no claimant (claimants._COMMA_VERB_ROLE).
"""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims


def claims_of(text: str) -> list:
    """The claims of English ``text`` (at least one)."""
    claims = extract_claims(text, published=PUB, language="en")
    assert claims, text
    return claims


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        (
            "According to military spokesman Nazar Voloshyn, Russian forces "
            "captured Berdychi.",
            "Berdychi",
            "Nazar Voloshyn",
        ),
        (
            "According to military analyst Petro Ivanov, Ukrainian troops "
            "liberated Klishchiivka on Monday.",
            "Klishchiivka",
            "Petro Ivanov",
        ),
        (
            "According to Ukrainian army spokesman Ivan Kovalenko, the enemy "
            "took Semenivka.",
            "Semenivka",
            "Ivan Kovalenko",
        ),
    ],
)
def test_role_name_then_comma_ends_the_name(text: str, place: str, name: str) -> None:
    (c,) = claims_of(text)
    assert [p.name for p in c.places] == [place]
    assert c.claimant == name


@pytest.mark.parametrize(
    ("text", "place", "who"),
    [
        ("Russian troops have likely taken Berdychi.", "Berdychi", None),
        (
            "The ISW said Russian forces had probably taken the village of Ocheretyne.",
            "Ocheretyne",
            "ISW",
        ),
        (
            "Russian troops have apparently taken Semenivka, DeepState said.",
            "Semenivka",
            "DeepState",
        ),
    ],
)
def test_hedge_before_taken_is_a_capture(
    text: str, place: str, who: str | None
) -> None:
    (c,) = claims_of(text)
    assert c.kind == "settlement_control"
    assert c.gainer == "RU"
    assert c.hedged
    assert [p.name for p in c.places] == [place]
    assert (c.claimant or "").split()[-1:] == ([who] if who else [])


@pytest.mark.parametrize(
    ("text", "last_word"),
    [
        (
            "Russian troops took Berdychi, said a spokesman for the Russian "
            "defence ministry.",
            "ministry",
        ),
        (
            "Russian troops took Berdychi, says the Russian Ministry of Defence.",
            "Defence",
        ),
        (
            "Ukrainian forces recaptured Robotyne, said one Western official.",
            "official",
        ),
    ],
)
def test_comma_verb_then_described_speaker(text: str, last_word: str) -> None:
    (c,) = claims_of(text)
    assert c.claimant is not None
    assert c.claimant.split()[-1] == last_word


def test_comma_verb_then_report_is_no_speaker() -> None:
    (c,) = claims_of("Russian troops took Berdychi, said the report.")
    assert c.claimant is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian troops advanced near Robotyne, two Ukrainian soldiers told "
            "the Kyiv Independent.",
            "two Ukrainian soldiers",
        ),
        (
            "Russian troops took Berdychi, a Kremlin source told Reuters.",
            "Kremlin source",
        ),
        (
            "Ukrainian forces recaptured Klishchiivka, several Western officials "
            "said on condition of anonymity.",
            "several Western officials",
        ),
    ],
)
def test_described_voice_with_a_capitalised_qualifier(text: str, name: str) -> None:
    (c,) = claims_of(text)
    assert c.claimant is not None
    assert c.claimant.endswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops advanced near Robotyne, a Ukrainian soldier, who asked "
        "not to be named, told AFP.",
        "Russian troops took Berdychi, one commander, speaking on condition of "
        "anonymity, told Reuters.",
        "Ukrainian forces recaptured Klishchiivka, a platoon commander, who "
        "gave only his call sign, told the BBC.",
    ],
)
def test_the_outlet_told_is_no_speaker(text: str) -> None:
    (c,) = claims_of(text)
    assert c.claimant is not None
    assert c.claimant.split()[-1] == "commander" or "soldier" in c.claimant


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Per the General Staff, Russian troops advanced near Robotyne.",
            "General Staff",
        ),
        ("Russian troops have captured Berdychi, per DeepState.", "DeepState"),
        (
            "Ukrainian forces liberated Klishchiivka on Monday (per the Third "
            "Assault Brigade).",
            "Third Assault Brigade",
        ),
    ],
)
def test_per_names_the_source(text: str, name: str) -> None:
    (c,) = claims_of(text)
    assert c.claimant == name


def test_per_day_names_no_source() -> None:
    (c,) = claims_of("Russian troops advanced 2 km per day near Robotyne.")
    assert c.claimant is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian troops advanced near Robotyne, according to a post on the "
            "Telegram channel of the 65th Brigade.",
            "65th Brigade",
        ),
        (
            "According to a statement from Ukraine's General Staff, Russian "
            "troops advanced near Robotyne.",
            "Ukraine's General Staff",
        ),
        (
            "Ukrainian forces liberated Klishchiivka, according to a Telegram "
            "post by the Third Assault Brigade.",
            "Third Assault Brigade",
        ),
    ],
)
def test_according_to_a_document_names_its_owner(text: str, name: str) -> None:
    (c,) = claims_of(text)
    assert c.claimant == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian forces captured Berdychi, a spokesperson for the 47th "
            "Mechanized Brigade said.",
            "47th Mechanized Brigade",
        ),
        (
            "A spokesman for the 3rd Assault Brigade said Russian forces had "
            "advanced near Avdiivka.",
            "3rd Assault Brigade",
        ),
        (
            "Ukrainian forces recaptured Klishchiivka, said the commander of the "
            "93rd Brigade.",
            "93rd Brigade",
        ),
    ],
)
def test_a_unit_keeps_its_number(text: str, name: str) -> None:
    (c,) = claims_of(text)
    assert c.claimant == name
