"""Session 27, paraphrase lane round 2: sentence structure reworded.

Found by ``benchmarks/paraphrase_claims.py`` (en_time_front, en_close_to,
en_said_after): a time word moved to the front of a sentence ("Overnight, 300
people were taken out") is no place; "close to X" reads like "near X"; a
trailing speaker may have more of the sentence after it.
Every sentence is invented for the test (no corpus or article text, no
``../shared``); three phrasings of our own each. Places are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)


def claims(text: str):
    return extract_claims(text, published=PUB, language="en")


def names(claim) -> list[str]:
    return [p.name for p in claim.places]


@pytest.mark.parametrize(
    "text",
    [
        "Zarichne was shelled. Overnight, about 200 residents were taken out.",
        "Zarichne was shelled again. Yesterday, 40 families were taken out.",
        "Lypove was hit. Overnight, some 90 people were taken out by bus.",
    ],
)
def test_opening_time_word_is_no_place(text: str) -> None:
    got = [n for c in claims(text) for n in names(c)]
    assert not {"Overnight", "Yesterday"} & set(got)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said the grey zone close to Zarichne had widened.",
        "Russian units were probing close to Hirne, the General Staff said.",
        "Ukrainian troops clashed with Russian infantry close to Lypove.",
    ],
)
def test_close_to_reads_like_near(text: str) -> None:
    near = [(c.kind, names(c)) for c in claims(text.replace("close to", "near"))]
    assert near and [(c.kind, names(c)) for c in claims(text)] == near


UA_BEFORE = "Kyiv said Ukrainian troops retook 40 square kilometres last month.\n"


@pytest.mark.parametrize(
    "text",
    [
        UA_BEFORE + "Its forces had taken Zarichne, the Russian defence ministry "
        "said, adding that fighting went on.",
        UA_BEFORE + "Its troops have captured Hirne, the Russian military said on "
        "Monday in a statement on Telegram.",
        UA_BEFORE + "They took Lypove, Russia's defence ministry reported, citing "
        "its units in the area.",
    ],
)
def test_trailing_speaker_with_more_after_it(text: str) -> None:
    got = [c for c in claims(text) if c.kind == "settlement_control"]
    assert got and got[-1].gainer == "RU"
