"""The blind claim corpus is well formed: schema, offsets, balance.

The corpus (``tests/fixtures/claims/blind_corpus.jsonl``) was written without
reading the extractor rules, to measure them on unseen text; these tests only
check that every line follows ``CONVENTIONS.md``'s schema so that scores on it
mean something.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "fixtures" / "claims" / "blind_corpus.jsonl"
KINDS = {"area_change", "settlement_control", "advance", "fighting"}
CLAIM_FIELDS = {
    "kind", "quote", "char_start", "char_end", "gainer", "area_km2", "distance_km",
    "places", "sector", "period_text", "period_start", "period_end", "cumulative",
    "claimant", "claimant_role",
}


def _items() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


ITEMS = _items()


def test_balance_of_languages_and_negatives() -> None:
    assert Counter(item["language"] for item in ITEMS) == {"en": 12, "uk": 12, "ru": 12}
    assert sum(item["negative"] for item in ITEMS) == 4
    assert len({item["id"] for item in ITEMS}) == len(ITEMS)


@pytest.mark.parametrize("item", ITEMS, ids=[item["id"] for item in ITEMS])
def test_claims_follow_the_schema(item: dict) -> None:
    text = item["text"]
    dt.date.fromisoformat(item["published"])
    assert item["negative"] == (not item["gold"])
    for index, claim in enumerate(item["gold"]):
        assert CLAIM_FIELDS <= claim.keys()
        assert text[claim["char_start"]:claim["char_end"]] == claim["quote"]
        assert claim["kind"] in KINDS
        assert (claim["gainer"] is None) == (claim["kind"] == "fighting")
        assert claim["gainer"] in {None, "UA", "RU"}
        assert all(place in text for place in claim["places"])
        for key in ("period_start", "period_end"):
            if claim[key] is not None:
                dt.date.fromisoformat(claim[key])
        if claim["period_start"] and claim["period_end"]:
            assert claim["period_start"] <= claim["period_end"]
        if "restates" in claim:
            assert 0 <= claim["restates"] < index
