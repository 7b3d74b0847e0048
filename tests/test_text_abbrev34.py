"""Abbreviations and speakers, session 34; own phrasings only, nothing here
reads ``../shared``.

A page's speakers read sentences as the splitter does: no sentence ends after
an abbreviation ("on Jan. 3 that …"), so an earlier paragraph's analyst does
not take a claim whose own sentence names its speaker; "according to Gen. X Y"
names X Y, not "Gen"; and a rank before a speaker ("Brig. Gen. X Y said") is no
place."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claim_rows, claimants

ANALYST = "The Institute for the Study of War assessed that the offensive has stalled."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Russian Defence Ministry claimed on Jan. 3 that its forces had "
            "captured Kurakhove.",
            "The Russian Defence Ministry",
        ),
        (
            "Russia's defence ministry claimed on Nov. 14 that its troops had "
            "taken Vuhledar.",
            "Russia's defence ministry",
        ),
        (
            "Ukraine's General Staff claimed on Sept. 12 that its forces had "
            "liberated Robotyne.",
            "Ukraine's General Staff",
        ),
    ],
)
def test_a_dated_statement_keeps_its_own_speaker(sentence: str, speaker: str) -> None:
    text = f"{ANALYST}\n\n{sentence}"
    # XDET4_42: the analyst's stalled offensive is a claim of its own now (a
    # stall needs no place), keeping the analyst; the dated claim keeps its own
    analyst = "The Institute for the Study of War"
    assert claimants(text, "en", date(2024, 12, 27)) == [analyst, speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to Gen. Oleksandr Syrskyi, Ukrainian forces liberated Robotyne.",
            "Oleksandr Syrskyi",
        ),
        (
            "Ukrainian forces liberated Robotyne, according to Lt. Gen. Oleksandr "
            "Syrskyi.",
            "Oleksandr Syrskyi",
        ),
        (
            "According to Col. Ivan Petrenko, Russian troops captured Avdiivka.",
            "Ivan Petrenko",
        ),
    ],
)
def test_a_shortened_rank_is_no_source_of_its_own(text: str, speaker: str) -> None:
    """ "according to Gen. X Y": the stop after the rank ends no source."""
    assert claimants(text, "en", date(2024, 12, 27)) == [speaker]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Ukrainian troops liberated Klishchiivka, Dr. Mykola Bielieskov said.",
            ["Klishchiivka"],
        ),
        (
            "Ukraine regained control of 3 sq km near Robotyne on Dec. 25, Brig. "
            "Gen. Oleksandr Tarnavskyi said.",
            ["Robotyne"],
        ),
        (
            "Russia's army captured Novomykhailivka, Gov. Vadym Filashkin said.",
            ["Novomykhailivka"],
        ),
    ],
)
def test_a_shortened_rank_is_no_place(text: str, places: list[str]) -> None:
    """ "Col. X Y said": the rank before the speaker names no place."""
    rows = claim_rows(text, "en", date(2024, 12, 27))
    assert [row[3] for row in rows] == [places]
