"""Hostile input to the claim extractor: sentences of many repeated items, and
a failure inside it (a gap with a warning, never a silent zero).

The time these take is measured in ``benchmarks/bench_long_sentence.py
--shapes`` (no timed assertion here); these tests pin what comes out.
"""

from __future__ import annotations

import logging
from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims
from frontline.text.context import CLAUSE_REACH, _clause_of

PUB = date(2024, 5, 7)


def records(text: str, lang: str) -> list[dict]:
    return [
        claim_to_record(c) for c in extract_claims(text, published=PUB, language=lang)
    ]


@pytest.mark.parametrize(
    ("lang", "item", "kind"),
    [
        ("en", "Russian forces captured Bakhmut, ", "settlement_control"),
        ("uk", "окупанти захопили Бахмут, ", "settlement_control"),
        ("ru", "ВС РФ освободили Бахмут, ", "settlement_control"),
        ("en", "fighting near Bakhmut, ", "fighting"),
        ("ru", "бои у Бахмута, ", "fighting"),
    ],
)
def test_a_sentence_of_many_items_makes_one_claim_each(
    lang: str, item: str, kind: str
) -> None:
    recs = records(item * 300, lang)
    assert len(recs) == 300
    assert {r["kind"] for r in recs} == {kind}
    assert all(
        r["places"][0]["name"].startswith("Бахмут")
        or r["places"][0]["name"] == "Bakhmut"
        for r in recs
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "captured " * 400),
        ("uk", "захопили " * 400),
        ("en", "5 km² " * 400),
    ],
)
def test_a_sentence_of_trigger_words_alone_claims_nothing(lang: str, text: str) -> None:
    assert records(text, lang) == []


def test_a_clause_is_read_within_its_reach_of_the_word() -> None:
    long_clause = [(0, 5), (5, 5 + 4 * CLAUSE_REACH)]
    assert _clause_of(long_clause, 5 + 2 * CLAUSE_REACH) == (
        5 + CLAUSE_REACH,
        5 + 3 * CLAUSE_REACH,
    )
    assert _clause_of(long_clause, 3) == (0, 5)  # short clauses stay whole


def test_a_failure_inside_is_a_warning_not_a_silent_zero(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # a stored date of the wrong type makes the extractor fail inside
    with caplog.at_level(logging.WARNING, logger="frontline.claims"):
        out = extract_claims(
            "Russian forces captured Bakhmut.", doc_id="d-7", stored=12345
        )
    assert out == []
    [line] = [r.getMessage() for r in caplog.records]
    assert line.startswith("frontline: warning: claims: d-7: no claims read")
    assert "TypeError" in line
