"""Periods, session 30 (the ``periods30`` lane).

A claim only announced on a day the sentence names ("said on Tuesday it had
taken X", "у вівторок заявило про захоплення X") is dated that day, start
and end (PERIODS30 in ``dating._date_claim``); the day is still no bound
for a running total (``period_rules._bounded``: "said on Tuesday it had
taken 28 villages" stays a count held so far).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

THURSDAY = date(2025, 3, 13)
TUESDAY = date(2025, 3, 11)
MARCH_9 = date(2025, 3, 9)

# a capture or a withdrawal told as announced on a named day
_ANNOUNCED = [
    (
        "en",
        "Russia's defence ministry said on Tuesday its troops had captured "
        "the village of Krasnyi Yar.",
        TUESDAY,
    ),
    (
        "en",
        "The army's spokesman told reporters on Tuesday that his units had "
        "withdrawn from Orlivka.",
        TUESDAY,
    ),
    (
        "en",
        "Moscow claimed on March 9 that its forces had taken Novoselivka.",
        MARCH_9,
    ),
    (
        "uk",
        "Міноборони РФ у вівторок заявило про захоплення села Красний Яр.",
        TUESDAY,
    ),
    (
        "uk",
        "Речник угруповання у вівторок повідомив, що підрозділи вийшли з Орлівки.",
        TUESDAY,
    ),
    (
        "uk",
        "9 березня російське міністерство заявило, що його війська "
        "захопили Новоселівку.",
        MARCH_9,
    ),
    (
        "ru",
        "Минобороны России во вторник сообщило об освобождении села Красный Яр.",
        TUESDAY,
    ),
    (
        "ru",
        "Представитель группировки во вторник заявил, что подразделения "
        "отошли из Орловки.",
        TUESDAY,
    ),
    (
        "ru",
        "9 марта ведомство заявило, что войска заняли Новоселовку.",
        MARCH_9,
    ),
]


@pytest.mark.parametrize(("lang", "text", "day"), _ANNOUNCED)
def test_announced_claim_is_of_its_day(lang: str, text: str, day: date) -> None:
    claims = extract_claims(text, published=THURSDAY, language=lang)
    settle = [c for c in claims if c.kind == "settlement_control"]
    assert settle, text
    assert (settle[0].period_start, settle[0].period_end) == (day, day)


# a count of settlements held, announced on a day: still a running total
_ANNOUNCED_TOTAL = [
    (
        "en",
        "The governor said on Tuesday that the enemy held 28 settlements in "
        "the district.",
    ),
    (
        "uk",
        "Губернатор у вівторок заявив, що ворог контролює 28 населених пунктів району.",
    ),
    (
        "ru",
        "Губернатор во вторник заявил, что противник занял 28 населенных "
        "пунктов в районе.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _ANNOUNCED_TOTAL)
def test_announced_count_stays_a_total(lang: str, text: str) -> None:
    claims = extract_claims(text, published=THURSDAY, language=lang)
    counts = [c for c in claims if c.extra.get("settlements_count")]
    assert counts, text
    assert counts[0].period_end == TUESDAY
    assert counts[0].cumulative is True
