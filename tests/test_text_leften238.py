"""Session 38, leften2: English left-overs on phrasings of our own."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _claims(text: str):
    return extract_claims(text, published="2024-06-10", language="en")


def _places(text: str) -> list[list[str]]:
    return [[p.name for p in c.places] for c in _claims(text)]


@pytest.mark.parametrize(
    "text, town",
    [
        (
            "Russian forces captured Vovchansk, said Kharkiv's governor "
            "Oleh Syniehubov.",
            "Vovchansk",
        ),
        (
            "Ukrainian troops retook Krynky, Oleksandr Prokudin, the governor "
            "of the Kherson region, said on Monday.",
            "Krynky",
        ),
        (
            "Russian units entered Synkivka, the Kharkiv regional administration said.",
            "Synkivka",
        ),
    ],
)
def test_speakers_region_is_no_place(text, town):
    assert _places(text) == [[town]]


def test_building_of_a_town_keeps_other_place():
    text = "Russian troops hit Kupiansk's administration building and took Synkivka."
    assert _places(text) == [["Synkivka"]]


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Russian forces captured Vovchansk, said Oleh Syniehubov, "
            "governor of the Kharkiv region.",
            "Oleh Syniehubov",
            "governor of the Kharkiv region",
        ),
        (
            "Russian troops took Krynky, said Andriy Kovalenko, head of the "
            "Centre for Countering Disinformation.",
            "Andriy Kovalenko",
            "head of the Centre for Countering Disinformation",
        ),
        (
            "Ukrainian forces retook Robotyne, said Dmytro Lykhovyi, a "
            "spokesman for the Tavria group of forces, on Friday.",
            "Dmytro Lykhovyi",
            "a spokesman for the Tavria group of forces",
        ),
    ],
)
def test_role_apposed_after_said_name(text, name, role):
    (c,) = _claims(text)
    assert (c.claimant, c.claimant_role) == (name, role)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Kyiv disputed the Russian reports that Russian forces had "
            "captured Vovchansk.",
            "Kyiv",
        ),
        ("Ukraine disputed claims of Russian forces capturing Vovchansk.", "Ukraine"),
        (
            "Zelensky dismissed the Russian reports that Moscow's troops had "
            "seized Krynky.",
            "Zelensky",
        ),
    ],
)
def test_judging_verb_is_no_part_of_the_name(text, name):
    assert [c.claimant for c in _claims(text)] == [name]
