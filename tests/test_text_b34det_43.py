"""Session 43, blind34's missed and spurious claims and kinds (lane b34det):
phrasings of our own, three per language where the class applies.

* B34DET43 (1): a situation told only as harder than another place's ("У
  X ситуація ще складніша", "под X обстановка сложнее") compares two places
  and reports no fight (rules/skips.py, uk/ru; en reads no comparative as a
  fight). A situation told as hard, not as harder, stays a fight.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2025, 6, 12)


def _fights(text: str, language: str) -> list[list[str]]:
    return [
        [p.name for p in c.places]
        for c in extract_claims(text, published=_PUB, language=language)
        if c.kind == "fighting"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Водночас у Торецьку ситуація ще складніша.", "uk"),
        ("На лівому березі Осколу обстановка значно важча.", "uk"),
        ("Під Куп'янськом ситуація зараз напруженіша, ніж улітку.", "uk"),
        ("А вот под Торецком обстановка ещё сложнее.", "ru"),
        ("В Курской области ситуация гораздо тяжелее.", "ru"),
        ("На Покровском направлении ситуация сейчас напряжённее.", "ru"),
    ],
)
def test_a_harder_situation_only_compares(text: str, language: str) -> None:
    assert _fights(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Ситуація біля Торецька залишається складною.", "uk", "Торецька"),
        ("Ситуация под Торецком остается сложной.", "ru", "Торецком"),
        ("Обстановка у Часова Яра остается напряженной.", "ru", "Часова Яра"),
    ],
)
def test_a_hard_situation_stays_a_fight(text: str, language: str, place: str) -> None:
    assert _fights(text, language) == [[place]]
