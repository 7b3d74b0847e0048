"""Session 37, claimant defect probe in English wire copy: phrasings of our
own.

* a rank shortened with a stop after a capitalised word ("said U.S. Army
  Gen. X Y", "according to Ukrainian Army Col. X Y") cut the speaker at the
  rank's stop ("U.S. Army Gen") and made the name a place; "said Mr. X"
  gave "Mr"; "Brig." ended a sentence (claimants._MID_TITLE_STOP, lang en
  TITLE_ABBREVIATIONS, clean.ABBREVIATIONS).
* a name with lower-case particles after the verb ("said Jean-Luc de la
  Fontaine", "said Ludwig von Mises") named no claimant and made the name's
  pieces places (claimants._EN_VERBED[2], lang en NAME_PARTICLES).
* "he"/"she" after a body's sentence ("Ukraine's General Staff said …. He
  said …") gave the body; the person named before it speaks
  (speakers._person_pointed, _DocState.last_individual).
* "according to X's Telegram channel" / "the 47th Brigade's Facebook page"
  gave the channel or "X's Telegram" with the role "channel": the owner
  speaks (lang en SOURCE_DOCUMENT).
* a role qualified by capitalised words and a field word after the verb
  ("claimed Russian military blogger Rybar", "said Kyiv-based analyst X Y")
  named no claimant (claimants._ROLE_BEFORE_NAME, lang en ROLE_FIELDS).
* a sentence-initial passive with "that" ("It was reported by the Russian
  Defence Ministry that its forces had captured X") named no claimant
  (claimants._PASSIVE_SPEECH).
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
    ("text", "place", "name", "role"),
    [
        (
            "Russian forces advanced near Pokrovsk, said U.S. Army Gen. "
            "Christopher Cavoli.",
            "Pokrovsk",
            "Christopher Cavoli",
            "U.S. Army Gen.",
        ),
        (
            "Ukrainian troops pushed forward near Robotyne, according to "
            "Ukrainian Army Col. Petro Hrytsenko, a brigade commander.",
            "Robotyne",
            "Petro Hrytsenko",
            "Ukrainian Army Col.",
        ),
        (
            "Russian troops gained ground near Kupiansk, U.S. Air Force Brig. "
            "Gen. Mark Dalton told reporters.",
            "Kupiansk",
            "Mark Dalton",
            "U.S. Air Force Brig. Gen.",
        ),
    ],
)
def test_rank_after_a_word_ends_the_role(
    text: str, place: str, name: str, role: str
) -> None:
    (c,) = claims_of(text)
    assert [p.name for p in c.places] == [place]
    assert (c.claimant, c.claimant_role) == (name, role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian forces seized Avdiivka, said Mr. Kofman.", "Kofman"),
        ("Russian troops advanced near Toretsk, said Ms. Lena Hart.", "Lena Hart"),
        ("Russian troops captured Vodiane, said Mrs. Olena Bondar.", "Olena Bondar"),
    ],
)
def test_courtesy_title_is_read_past(text: str, name: str) -> None:
    (c,) = claims_of(text)
    assert c.claimant == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian forces seized Avdiivka, said Jean-Luc de la Fontaine.",
            "Jean-Luc de la Fontaine",
        ),
        (
            "Russian troops advanced near Vuhledar, said Karl von Brandt, a "
            "German analyst.",
            "Karl von Brandt",
        ),
        (
            "Ukrainian troops recaptured Andriivka, said Pieter van der Berg.",
            "Pieter van der Berg",
        ),
    ],
)
def test_name_particles_after_the_verb(text: str, name: str) -> None:
    (c,) = claims_of(text)
    assert len(c.places) == 1
    assert c.claimant == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian troops captured Ivanivka, Kremlin spokesman Dmitry Peskov "
            "told reporters. Ukraine's General Staff said fighting went on near "
            "Kurakhove. He said Russian forces were advancing near Vuhledar.",
            "Dmitry Peskov",
        ),
        (
            "Hanna Maliar said Ukrainian forces had advanced near Bakhmut. The "
            "Defence Ministry later said Russian forces had attacked near "
            "Klishchiivka. She added that Ukrainian troops had retaken Andriivka.",
            "Hanna Maliar",
        ),
        (
            "Colonel Petro Hrytsenko visited the brigade. The General Staff "
            'said Russian troops had attacked near Pokrovsk. "We liberated '
            'Robotyne," he said.',
            "Petro Hrytsenko",
        ),
    ],
)
def test_he_or_she_after_a_body_is_the_person_before(text: str, name: str) -> None:
    claims = claims_of(text)
    body, last = claims[-2], claims[-1]
    assert body.claimant.endswith(("Staff", "Ministry"))
    assert last.claimant == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian troops have captured Nelipivka, according to Russian war "
            "blogger Yuri Podolyaka's Telegram channel.",
            "Yuri Podolyaka",
        ),
        (
            "Ukrainian forces retook Andriivka, according to the 47th Brigade's "
            "Facebook page.",
            "the 47th Brigade",
        ),
        (
            "Russian troops advanced near Pokrovsk, Andriy Tsaplienko's Telegram "
            "channel reported.",
            "Andriy Tsaplienko",
        ),
    ],
)
def test_owner_of_a_channel_or_page_speaks(text: str, name: str) -> None:
    (c,) = claims_of(text)
    assert c.claimant == name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Russian troops have captured Nelipivka, claimed Russian military "
            "blogger Rybar.",
            "Rybar",
            "Russian military blogger",
        ),
        (
            "Russian troops have advanced near Siversk, said Kyiv-based analyst "
            "Mykola Bielieskov.",
            "Mykola Bielieskov",
            "Kyiv-based analyst",
        ),
        (
            "Ukrainian troops pushed forward near Robotyne, said Ukraine's "
            "defence minister Rustem Umerov.",
            "Rustem Umerov",
            "Ukraine's defence minister",
        ),
    ],
)
def test_qualified_role_after_the_verb(text: str, name: str, role: str) -> None:
    (c,) = claims_of(text)
    assert (c.claimant, c.claimant_role) == (name, role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "It was reported by the Russian Defence Ministry that its forces "
            "had captured Zhelanne.",
            "Russian Defence Ministry",
        ),
        (
            "It was announced by Ukraine's General Staff that Russian troops had "
            "advanced near Pokrovsk.",
            "Ukraine's General Staff",
        ),
        (
            "It has been confirmed by DeepState that Russian troops captured "
            "Novohrodivka.",
            "DeepState",
        ),
    ],
)
def test_passive_then_that_names_the_agent(text: str, name: str) -> None:
    (c,) = claims_of(text)
    assert c.claimant == name
