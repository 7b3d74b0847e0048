"""Structure checks for the sixth blind claim corpus (no extractor is run here).

``tests/fixtures/claims/blind_corpus6.jsonl`` holds 30 news-style texts (16 en,
7 uk, 7 ru; mostly advances and fighting: front reports, daily summaries,
assessments, channel posts) written by a project member who had read neither
the rules nor any dev text, with gold claims annotated per
``shared/data/claims/CONVENTIONS.md``. It is a development set: its errors are
read when rules are written. These tests
only guard the file itself: it parses, every offset points at its quote, and
the fields take valid values.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "fixtures" / "claims" / "blind_corpus6.jsonl"
KINDS = {"area_change", "settlement_control", "advance", "fighting"}
DOC_FIELDS = {
    "id",
    "source",
    "url",
    "published",
    "published_hint",
    "language",
    "origin",
    "negative",
    "notes",
    "text",
    "gold",
}
CLAIM_FIELDS = {
    "kind",
    "quote",
    "char_start",
    "char_end",
    "gainer",
    "area_km2",
    "distance_km",
    "places",
    "sector",
    "period_text",
    "period_start",
    "period_end",
    "cumulative",
    "claimant",
    "claimant_role",
}


def _docs() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


DOCS = _docs()
CLAIMS = [(d["id"], i, g) for d in DOCS for i, g in enumerate(d["gold"])]


def test_thirty_documents() -> None:
    assert len(DOCS) == 30
    assert Counter(d["language"] for d in DOCS) == {"en": 16, "uk": 7, "ru": 7}
    assert len({d["id"] for d in DOCS}) == 30


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_document_fields(doc: dict) -> None:
    assert set(doc) == DOC_FIELDS
    assert doc["id"].startswith(f"b6-{doc['language']}-")
    assert 60 <= len(doc["text"].split()) <= 380
    if doc["published"] is not None:
        dt.date.fromisoformat(doc["published"])
    assert doc["negative"] == (not doc["gold"])


def test_negatives_and_undated_documents() -> None:
    assert sum(d["negative"] for d in DOCS) == 2
    assert sum(d["published"] is None for d in DOCS) == 2


@pytest.mark.parametrize(
    "claim", [g for _, _, g in CLAIMS], ids=[f"{d}#{i}" for d, i, _ in CLAIMS]
)
def test_claim_fields(claim: dict) -> None:
    assert CLAIM_FIELDS <= set(claim)
    assert claim["kind"] in KINDS
    if claim["kind"] == "fighting":
        assert claim["gainer"] is None
    elif claim["gainer"] is None:
        # "no advance by either side": a negated claim with no gainer
        assert claim.get("negated")
    else:
        assert claim["gainer"] in {"UA", "RU"}
    for key in ("period_start", "period_end"):
        if claim[key] is not None:
            dt.date.fromisoformat(claim[key])
    if claim["period_start"] and claim["period_end"]:
        assert claim["period_start"] <= claim["period_end"]
    assert isinstance(claim["places"], list)
    assert isinstance(claim["cumulative"], bool)


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_offsets_point_at_quotes(doc: dict) -> None:
    for index, claim in enumerate(doc["gold"]):
        assert doc["text"][claim["char_start"] : claim["char_end"]] == claim["quote"]
        if "restates" in claim:
            assert 0 <= claim["restates"] < len(doc["gold"])
            assert claim["restates"] != index


def test_every_kind_in_every_language() -> None:
    seen = {(d["language"], g["kind"]) for d in DOCS for g in d["gold"]}
    assert seen == {(lang, kind) for lang in ("en", "uk", "ru") for kind in KINDS}
