"""Session 35, known defects left open by session 34: phrasings of our own.

* a word ending in the letter of a conjunction ("захопили", "заняли",
  "inland") before a time is no "и"/"а"/"and": the time after the verb dates
  its own claim, not only the next one; a comma and a direction ("…, на
  півдні за тиждень просунулися") still open the next claim
  (dating._AND_BEFORE, _COMMA_OPENER).
"""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims


def _periods(text: str, language: str) -> list[tuple[str, str | None]]:
    """(first place, period text) of every claim of ``text``."""
    return [
        (c.places[0].name if c.places else "", c.period_text)
        for c in extract_claims(text, published=PUB, language=language)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "place", "period"),
    [
        (
            "uk",
            "Росіяни захопили в січні Кліщіївку, українці звільнили Андріївку.",
            "Кліщіївку",
            "в січні",
        ),
        (
            "uk",
            "Окупанти захопили 12 січня Кринки, а ЗСУ звільнили Роботине.",
            "Кринки",
            "12 січня",
        ),
        (
            "uk",
            "Сили оборони звільнили в червні Старомайорське, росіяни захопили Кринки.",
            "Старомайорське",
            "в червні",
        ),
        (
            "ru",
            "Российские войска заняли в январе Крынки, украинцы освободили Работино.",
            "Крынки",
            "в январе",
        ),
        (
            "ru",
            "Армия России освободила в мае Уманское, ВСУ выбили противника из "
            "Работино.",
            "Уманское",
            "в мае",
        ),
        (
            "ru",
            "Штурмовики заняли 3 апреля Северное, а ВСУ освободили Работино.",
            "Северное",
            "3 апреля",
        ),
        (
            "en",
            "Ukrainian forces retook Robotyne after a push inland in August, "
            "Russian troops captured Krynky.",
            "Robotyne",
            "in August",
        ),
    ],
)
def test_a_verb_ending_in_a_conjunction_keeps_its_time(
    lang: str, text: str, place: str, period: str
) -> None:
    assert (place, period) in _periods(text, lang)


def test_a_comma_and_a_direction_still_open_the_next_claim() -> None:
    text = "ЗСУ звільнили Кліщіївку, на півдні за тиждень просунулися на 2 км."
    assert _periods(text, "uk")[0] == ("Кліщіївку", None)
