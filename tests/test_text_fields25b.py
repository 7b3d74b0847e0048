"""FIELDS25B: gainer rules of session 25, round 2 (own phrasings only).

* Moscow's English spellings of Ukrainian places ("Krasnoarmeysk",
  "Zaporozhye", "Kupyansk") are the voice of an English relay of Russian
  reports: a first person with no named speaker is Russia's.
* A verdict of falsehood after a capture noun ("talk of X's fall was
  nonsense") is the speaker's denial of the other side's gain; a side word
  that owns the report ("the Russian report of X's capture was false") is the
  claimer, whose own gain is denied.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.sides import side_of_document

DAY = date(2024, 5, 10)


def _claims(text: str) -> list:
    return extract_claims(text, published=DAY, language="en")


@pytest.mark.parametrize(
    "text",
    [
        "Our fighters have taken Sukha Balka north of Krasnoarmeysk. The enemy "
        "withdrew towards Dimitrov after heavy losses near Seversk.",
        "We pushed two kilometres west of Kupyansk this week, and our units "
        "entered Petropavlivka on the road to Kharkov.",
        "Our assault groups took control of Lisne in the Zaporozhye Region. "
        "The AFU retreated north.",
    ],
)
def test_russian_spellings_give_the_first_person_to_russia(text: str) -> None:
    assert side_of_document(text) == "RU"
    claims = _claims(text)
    assert claims
    assert all(c.gainer == "RU" for c in claims)


def test_ukrainian_spellings_keep_the_english_default() -> None:
    text = (
        "Our fighters have taken Sukha Balka north of Pokrovsk. The enemy "
        "withdrew towards Myrnohrad after heavy losses near Siversk."
    )
    assert side_of_document(text) is None
    assert [c.gainer for c in _claims(text)] == ["UA", "UA"]


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian commander said talk of Lymanske's fall was false.",
        "Ukraine's southern command said reports of Lypove's fall were a lie.",
        "Navy spokesman Dmytro Pletenchuk said the report of Lypove's capture "
        'was "a fake".',
    ],
)
def test_a_speakers_verdict_denies_the_other_sides_capture(text: str) -> None:
    (c,) = _claims(text)
    assert (c.kind, c.gainer, c.negated) == ("settlement_control", "RU", True)


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "Pletenchuk said on Friday that the Russian report of Lypove's "
            "capture was false.",
            "RU",
        ),
        ("Moscow's claim of Lypove's capture was a lie, the brigade said.", "RU"),
        (
            "Kyiv's report of the recapture of Lypove was false, a Russian "
            "officer said.",
            "UA",
        ),
    ],
)
def test_a_verdict_on_a_sides_own_report_keeps_its_side(text: str, gainer: str) -> None:
    (c,) = _claims(text)
    assert (c.gainer, c.negated) == (gainer, True)
