"""Structure checks for the blind claim corpora (no extractor is run here).

``tests/fixtures/claims/blind_corpus*.jsonl`` hold news-style texts in en/uk/ru
written by project members who had read neither the extractor's rules nor any
dev text, with gold claims annotated per ``shared/data/claims/CONVENTIONS.md``.
``benchmarks/score_splits.py`` scores the extractor on them: blind to blind14
are development sets (their errors are read when rules are written; blind2,
blind3 and blind5 since session 23, blind9 and blind10 since session 24, blind11
and blind12 since session 25, blind13 and blind14 since session 26, blind21
since session 30, blind22 since session 32, blind23 since session 33, blind24
since session 34, blind25 since session 35, blind27 since session 36, blind28
since session 37, blind29 since session 38, blind30 since session 39, blind31
since session 40, blind32 since session 41, blind33 since session 42, blind34
since session 43); blind15 to blind20 and blind26 are never read by a rule
author (summary lines only).
These tests only guard the files: they parse, every offset points at its quote,
and the fields take valid values.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "claims"
KINDS = {"area_change", "settlement_control", "advance", "fighting"}
DOC_FIELDS = {"id", "source", "published", "language", "negative", "text", "gold"}
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


class Corpus(NamedTuple):
    prefix: str  # every id starts "<prefix>-<language>-"
    languages: dict[str, int]
    negatives: int
    undated: int
    restates_back: bool = False  # a restatement names an earlier claim


CORPORA = {
    "blind_corpus.jsonl": Corpus("bl", {"en": 12, "uk": 12, "ru": 12}, 4, 0, True),
    "blind_corpus2.jsonl": Corpus("b2", {"en": 10, "uk": 10, "ru": 10}, 3, 2),
    "blind_corpus3.jsonl": Corpus("b3", {"en": 12, "uk": 12, "ru": 12}, 3, 3),
    "blind_corpus4.jsonl": Corpus("b4", {"en": 12, "uk": 12, "ru": 12}, 3, 3),
    "blind_corpus5.jsonl": Corpus("b5", {"en": 20, "uk": 5, "ru": 5}, 3, 2),
    "blind_corpus6.jsonl": Corpus("b6", {"en": 16, "uk": 7, "ru": 7}, 2, 2),
    "blind_corpus7.jsonl": Corpus("b7", {"en": 30}, 4, 3),
    "blind_corpus8.jsonl": Corpus("b8", {"uk": 15, "ru": 15}, 3, 2),
    "blind_corpus9.jsonl": Corpus("b9", {"en": 12, "uk": 12, "ru": 12}, 4, 3),
    "blind_corpus10.jsonl": Corpus("b10", {"en": 12, "uk": 12, "ru": 12}, 3, 3),
    "blind_corpus11.jsonl": Corpus("b11", {"en": 12, "uk": 12, "ru": 12}, 3, 3),
    "blind_corpus12.jsonl": Corpus("b12", {"en": 12, "uk": 12, "ru": 12}, 3, 2),
    "blind_corpus13.jsonl": Corpus("b13", {"en": 18, "uk": 9, "ru": 9}, 3, 3),
    "blind_corpus14.jsonl": Corpus("b14", {"en": 20, "uk": 8, "ru": 8}, 3, 3, True),
    "blind_corpus15.jsonl": Corpus("b15", {"en": 20, "uk": 8, "ru": 8}, 3, 3),
    "blind_corpus16.jsonl": Corpus("b16", {"en": 20, "uk": 8, "ru": 8}, 3, 3),
    "blind_corpus17.jsonl": Corpus("b17", {"en": 20, "uk": 8, "ru": 8}, 3, 3, True),
    "blind_corpus18.jsonl": Corpus("b18", {"en": 20, "uk": 8, "ru": 8}, 3, 3, True),
    "blind_corpus19.jsonl": Corpus("b19", {"en": 24, "uk": 6, "ru": 6}, 3, 3, True),
    "blind_corpus20.jsonl": Corpus("b20", {"en": 24, "uk": 6, "ru": 6}, 3, 3, True),
    "blind_corpus21.jsonl": Corpus("b21", {"en": 24, "uk": 6, "ru": 6}, 3, 3, True),
    "blind_corpus22.jsonl": Corpus("b22", {"en": 24, "uk": 6, "ru": 6}, 3, 3, True),
    "blind_corpus23.jsonl": Corpus("b23", {"en": 24, "uk": 6, "ru": 6}, 3, 3, True),
    "blind_corpus24.jsonl": Corpus("b24", {"en": 24, "uk": 6, "ru": 6}, 3, 3, True),
    "blind_corpus25.jsonl": Corpus("b25", {"en": 14, "uk": 11, "ru": 11}, 3, 3, True),
    "blind_corpus26.jsonl": Corpus("b26", {"en": 20, "uk": 10, "ru": 10}, 3, 3, True),
    "blind_corpus27.jsonl": Corpus("b27", {"en": 14, "uk": 13, "ru": 13}, 3, 3, True),
    "blind_corpus28.jsonl": Corpus("b28", {"en": 14, "uk": 13, "ru": 13}, 3, 3, True),
    "blind_corpus29.jsonl": Corpus("b29", {"en": 14, "uk": 13, "ru": 13}, 3, 3, True),
    "blind_corpus30.jsonl": Corpus("b30", {"en": 14, "uk": 13, "ru": 13}, 3, 3, True),
    "blind_corpus31.jsonl": Corpus("b31", {"en": 14, "uk": 13, "ru": 13}, 3, 3, True),
    "blind_corpus32.jsonl": Corpus("b32", {"en": 14, "uk": 13, "ru": 13}, 3, 3, True),
    "blind_corpus33.jsonl": Corpus("b33", {"en": 14, "uk": 13, "ru": 13}, 3, 3, True),
    "blind_corpus34.jsonl": Corpus("b34", {"en": 14, "uk": 13, "ru": 13}, 3, 3, True),
}


def _docs(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


DOCS = {name: _docs(name) for name in CORPORA}
ALL_DOCS = [(name, d) for name, docs in DOCS.items() for d in docs]
ALL_CLAIMS = [(d, i, g) for _, d in ALL_DOCS for i, g in enumerate(d["gold"])]


@pytest.mark.parametrize("name", CORPORA)
def test_languages_negatives_and_undated_documents(name: str) -> None:
    want, docs = CORPORA[name], DOCS[name]
    assert Counter(d["language"] for d in docs) == want.languages
    assert len({d["id"] for d in docs}) == len(docs)
    assert sum(d["negative"] for d in docs) == want.negatives
    assert sum(d["published"] is None for d in docs) == want.undated


@pytest.mark.parametrize("name", CORPORA)
def test_every_kind_in_every_language(name: str) -> None:
    seen = {(d["language"], g["kind"]) for d in DOCS[name] for g in d["gold"]}
    languages = CORPORA[name].languages
    assert seen == {(lang, kind) for lang in languages for kind in KINDS}


@pytest.mark.parametrize(("name", "doc"), ALL_DOCS, ids=[d["id"] for _, d in ALL_DOCS])
def test_document_fields(name: str, doc: dict) -> None:
    assert DOC_FIELDS <= set(doc)
    assert doc["id"].startswith(f"{CORPORA[name].prefix}-{doc['language']}-")
    assert 60 <= len(doc["text"].split()) <= 400
    if doc["published"] is not None:
        dt.date.fromisoformat(doc["published"])
    assert doc["negative"] == (not doc["gold"])
    for index, claim in enumerate(doc["gold"]):
        assert doc["text"][claim["char_start"] : claim["char_end"]] == claim["quote"]
        assert all(place in doc["text"] for place in claim["places"])
        if "restates" in claim:
            assert 0 <= claim["restates"] < len(doc["gold"])
            assert claim["restates"] != index
            if CORPORA[name].restates_back:
                assert claim["restates"] < index  # an earlier claim


@pytest.mark.parametrize(
    ("doc", "index", "claim"),
    ALL_CLAIMS,
    ids=[f"{d['id']}#{i}" for d, i, _ in ALL_CLAIMS],
)
def test_claim_fields(doc: dict, index: int, claim: dict) -> None:
    assert CLAIM_FIELDS <= set(claim)
    assert claim["kind"] in KINDS
    if claim["kind"] == "fighting":
        assert claim["gainer"] is None
    elif claim["gainer"] is None:
        # "no advance by either side": a negated claim with no gainer
        assert claim.get("negated"), (doc["id"], index)
    else:
        assert claim["gainer"] in {"UA", "RU"}
    for key in ("period_start", "period_end"):
        if claim[key] is not None:
            dt.date.fromisoformat(claim[key])
    if claim["period_start"] and claim["period_end"]:
        assert claim["period_start"] <= claim["period_end"]
    assert isinstance(claim["places"], list)
    assert isinstance(claim["cumulative"], bool)
