"""Session 37, Ukrainian and Russian tallies and official reports: phrasings
of our own.

* a hedge between the speaker and the verb ("Міноборони РФ нібито заявило",
  "Минобороны России якобы заявило", "the ministry, apparently, said") is no
  part of the speaker's name (claimants._TRAIL; lang SPEAKER_HEDGES).
"""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2024-10-15"


def _only(text: str, lang: str):
    claims = extract_claims(text, published=PUB, language=lang)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "Міноборони РФ нібито заявило про захоплення Новогродівки.",
            "Міноборони РФ",
        ),
        ("uk", "Генштаб ЗСУ ймовірно підтвердив відхід з Вугледара.", "Генштаб ЗСУ"),
        (
            "ru",
            "Минобороны России якобы заявило об освобождении Новогродовки.",
            "Минобороны России",
        ),
        ("ru", "Пушилин предположительно сообщил о взятии Курахово.", "Пушилин"),
        (
            "en",
            "The Russian ministry, apparently, said its forces captured Avdiivka.",
            "The Russian ministry",
        ),
    ],
)
def test_hedge_after_speaker_is_no_part_of_name(lang, text, claimant):
    claim = _only(text, lang)
    assert claim.claimant == claimant
    assert claim.hedged or lang == "en"
