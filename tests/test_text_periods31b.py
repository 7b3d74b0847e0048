"""Periods, session 31 round 2 (the ``periods31b`` lane): dated lines.

A timeline's entries each open with a day of their own and a dash ("March 2
— …", "2 березня — …", "2 марта — …"); when two lines or more open so, with
no place or header before the day, none of them is the story's dateline, and
each line's day dates that line's claims (``dateline.timeline_lines``,
``sentence_context._sentence_frame``). A single such line in the head is
still a dateline, and a day with a place before it ("KYIV, March 2 — …") is
one too.

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.dateline import timeline_lines

PUB = date(2025, 3, 20)

# (language, text, [(kind, day of the line)])
_TIMELINES = [
    (
        "en",
        "Timeline\n\nThe key moments of the year.\n\n"
        "March 2 — Russian troops captured the village of Krasnyi Yar.\n\n"
        "March 9 — Ukrainian forces repelled 14 attacks near Zorivka.\n\n"
        "March 14 — The Russian army advanced 3 km west of Zorivka.",
        [
            ("settlement_control", date(2025, 3, 2)),
            ("fighting", date(2025, 3, 9)),
            ("advance", date(2025, 3, 14)),
        ],
    ),
    (
        "en",
        "Key dates\n\nMarch 3, 2025 — Ukrainian forces recaptured Dolynka.\n\n"
        "March 12, 2025 – Russian troops seized Zorivka.",
        [
            ("settlement_control", date(2025, 3, 3)),
            ("settlement_control", date(2025, 3, 12)),
        ],
    ),
    (
        "en",
        "Chronology\n\nFeb. 27 - Heavy fighting erupts on the outskirts of "
        "Zorivka.\n\nMarch 11 - Russian units took Krasnyi Yar.",
        [
            ("fighting", date(2025, 2, 27)),
            ("settlement_control", date(2025, 3, 11)),
        ],
    ),
    (
        "uk",
        "Хронологія\n\nЯк тривала битва.\n\n"
        "2 березня — російські війська захопили село Красний Яр.\n\n"
        "9 березня — Сили оборони відбили 14 атак біля Зорівки.\n\n"
        "14 березня — ворог просунувся на 3 км на захід від Зорівки.",
        [
            ("settlement_control", date(2025, 3, 2)),
            ("fighting", date(2025, 3, 9)),
            ("advance", date(2025, 3, 14)),
        ],
    ),
    (
        "uk",
        "Ключові дати\n\n3 березня 2025 — ЗСУ звільнили Долинку.\n\n"
        "12 березня 2025 — окупанти захопили Зорівку.",
        [
            ("settlement_control", date(2025, 3, 3)),
            ("settlement_control", date(2025, 3, 12)),
        ],
    ),
    (
        "uk",
        "Як це було\n\n27 лютого – бригада відбила штурм Зорівки.\n\n"
        "11 березня – ворог захопив Красний Яр.",
        [
            ("fighting", date(2025, 2, 27)),
            ("settlement_control", date(2025, 3, 11)),
        ],
    ),
    (
        "ru",
        "Хроника\n\nКак шла битва.\n\n"
        "2 марта — российские войска заняли село Красный Яр.\n\n"
        "9 марта — ВСУ отразили 14 атак у Зоровки.\n\n"
        "14 марта — армия продвинулась на 3 км западнее Зоровки.",
        [
            ("settlement_control", date(2025, 3, 2)),
            ("fighting", date(2025, 3, 9)),
            ("advance", date(2025, 3, 14)),
        ],
    ),
    (
        "ru",
        "Ключевые даты\n\n3 марта 2025 — ВСУ освободили Долинку.\n\n"
        "12 марта 2025 — российские войска взяли Зоровку.",
        [
            ("settlement_control", date(2025, 3, 3)),
            ("settlement_control", date(2025, 3, 12)),
        ],
    ),
    (
        "ru",
        "Как это было\n\n27 февраля – бригада отразила штурм Зоровки.\n\n"
        "11 марта – армия заняла Красный Яр.",
        [
            ("fighting", date(2025, 2, 27)),
            ("settlement_control", date(2025, 3, 11)),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), _TIMELINES)
def test_a_timeline_line_dates_its_claims(
    lang: str, text: str, want: list[tuple[str, date]]
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    got = [(c.kind, c.period_start, c.period_end) for c in claims]
    assert got == [(k, d, d) for k, d in want], got


# one dated line in the head is the story's dateline, dated or placed
_DATELINES = [
    ("en", "KYIV, March 19 (Wire) — Russian troops captured Krasnyi Yar."),
    ("en", "March 19 — Russian troops captured Krasnyi Yar.\n\nThey pressed on."),
    ("uk", "КИЇВ, 19 березня — Російські війська захопили Красний Яр."),
    ("ru", "МОСКВА, 19 марта — Российские войска заняли Красный Яр."),
]


@pytest.mark.parametrize(("lang", "text"), _DATELINES)
def test_a_single_dateline_is_no_timeline(lang: str, text: str) -> None:
    assert timeline_lines(text) == frozenset()


def test_a_placed_dateline_is_no_timeline_entry() -> None:
    text = "KYIV, March 2 — A.\nMarch 9 — B.\nMarch 14 — C."
    assert sorted(timeline_lines(text)) == [1, 2]
