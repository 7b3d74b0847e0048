"""Session 43, blind34's missed claims and sides, second round (lane
b34det2): phrasings of our own, three per language where the class applies.

* B34DET2_43 (1): a position improved along the front edge with no place
  ("покращили положення по передньому краю", "улучшили положение по
  переднему краю", "improved their positions along the front line") is an
  advance told of the front: it needs no place (lang FRONT_EDGE,
  rules/advance._place_before). An improved position with neither place nor
  front edge still makes no claim.
* B34DET2_43 (2): English "took better lines and positions near X" (the
  Moscow ministry's style in English, as "more advantageous lines") is an
  advance (lang en TRIGGERS); better positions taken for a purpose with no
  place make no claim.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2025, 6, 12)


def _advances(text: str, language: str) -> list[tuple[str | None, list[str]]]:
    return [
        (c.gainer, [p.name for p in c.places])
        for c in extract_claims(text, published=_PUB, language=language)
        if c.kind == "advance"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Угруповання «Південь» покращило положення по передньому краю.", "uk"),
        (
            "Окупанти стверджують, що покращили тактичне положення по всьому "
            "передньому краю.",
            "uk",
        ),
        ("Росіяни поліпшили своє положення по передньому краю і завдали втрат.", "uk"),
        (
            "Подразделения группировки «Днепр» улучшили положение по переднему краю.",
            "ru",
        ),
        (
            "В сводке сказано, что российские войска улучшили свое тактическое "
            "положение по переднему краю.",
            "ru",
        ),
        (
            "Группировка «Юг» отразила три атаки и улучшила положение "
            "по переднему краю.",
            "ru",
        ),
        ("Russian units improved their positions along the forward edge.", "en"),
        (
            "Moscow said its troops had improved their positions along the entire "
            "front line.",
            "en",
        ),
        (
            "Russian forces improved their positions along the line of contact, "
            "the ministry said.",
            "en",
        ),
    ],
)
def test_a_position_improved_along_the_front_edge(text: str, language: str) -> None:
    assert _advances(text, language) == [("RU", [])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Росіяни покращили тактичне положення.", "uk"),
        ("Российские войска улучшили тактическое положение.", "ru"),
        ("Russian forces improved their tactical position, the ministry said.", "en"),
    ],
)
def test_a_position_improved_nowhere_makes_no_claim(text: str, language: str) -> None:
    assert _advances(text, language) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian troops took better lines and positions near Kupiansk.", "Kupiansk"),
        (
            "The ministry said Russian units had taken better positions west of "
            "Kreminna.",
            "Kreminna",
        ),
        (
            "Russian forces are taking better lines near Siversk, the ministry claims.",
            "Siversk",
        ),
    ],
)
def test_better_lines_taken(text: str, place: str) -> None:
    assert _advances(text, "en") == [("RU", [place])]


def test_better_positions_taken_nowhere_make_no_claim() -> None:
    assert _advances("Ukrainian troops took better positions to defend.", "en") == []
