"""The claim extractor on a third, fresh corpus it was never tuned on.

``own_corpus3.jsonl`` holds 30 texts written for this project in styles the
first two own corpora lack (explainers and analysis pieces, Q&A interviews,
monthly and year-end roundups, both sides' claims side by side, DeepState/ISW
map analyses, bullet lists, scraped noise): 18 en, 6 uk, 6 ru, with gold claims
annotated per the shared CONVENTIONS.md. ``build_own_corpus3.py`` generates it.
This suite checks the fixture (exact offsets, valid fields, byte-for-byte
regeneration, no paragraph shared with the earlier corpora) and scores the real
extractor on it, asserting floors about 0.06 below the measured scores
(docs/own-corpus3.md). The scoring rules are the port in
``test_text_own_corpus.py`` when it is importable; otherwise the shared scorer
is run (and the test skips when ../shared is absent).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from frontline.text.claims import claim_to_record, extract_claims

TESTS = Path(__file__).resolve().parent
HERE = TESTS / "fixtures" / "claims"
CORPUS = HERE / "own_corpus3.jsonl"
BUILDER = HERE / "build_own_corpus3.py"

# Measured on 2026-11-25 (docs/own-corpus3.md) minus about 0.06. Raise them as
# the extractor improves; never lower them to make a regression pass.
FLOORS = {
    None: {"frame": 0.57, "detection": 0.71},
    "en": {"frame": 0.55, "detection": 0.70},
    "uk": {"frame": 0.53, "detection": 0.71},
    "ru": {"frame": 0.67, "detection": 0.72},
}
# Claims the extractor reports on the fully negative documents (measured: 2,
# "liberated in September 2022" about farmland and prisoners "captured during
# the defence of Mariupol"). Lower it when fixed.
MAX_CLAIMS_ON_NEGATIVES = 2

KINDS = ("area_change", "settlement_control", "advance", "fighting")


def _load() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


DOCS = _load()


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ported_score():
    """The first corpus test's port of score_claims.py, or None."""
    try:
        return _module(TESTS / "test_text_own_corpus.py", "_own_corpus_port").score
    except Exception:  # noqa: BLE001 - any failure means: use the shared scorer
        return None


def _predict(doc: dict) -> list[dict]:
    pub = date.fromisoformat(doc["published"]) if doc["published"] else None
    claims = extract_claims(
        doc["text"], doc_id=doc["id"], published=pub, language=doc["language"]
    )
    return [json.loads(json.dumps(claim_to_record(c), default=str)) for c in claims]


@pytest.fixture(scope="module")
def predictions() -> dict[str, list[dict]]:
    return {doc["id"]: _predict(doc) for doc in DOCS}


# -- the fixture itself ------------------------------------------------------


def test_corpus_shape():
    langs = Counter(doc["language"] for doc in DOCS)
    assert langs == {"en": 18, "uk": 6, "ru": 6}
    for doc in DOCS:
        assert doc["source"] == "frontline-own-3"
        assert doc["negative"] == (not doc["gold"])
        assert doc["id"].startswith(f"own3-{doc['language']}-")
    assert sum(len(d["gold"]) for d in DOCS) >= 150
    assert sum(d["negative"] for d in DOCS) >= 4
    assert sum(d["published"] is None for d in DOCS) >= 2


def test_texts_are_not_in_the_earlier_corpora():
    """Fresh texts: no document shares a paragraph with the first two corpora."""
    old = set()
    for name in ("own_corpus.jsonl", "own_corpus2.jsonl"):
        path = HERE / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            old |= {
                para.strip()
                for line in fh
                if line.strip()
                for para in json.loads(line)["text"].split("\n\n")
                if len(para.strip()) > 60
            }
    if not old:
        pytest.skip("earlier corpora absent")
    for doc in DOCS:
        for para in doc["text"].split("\n\n"):
            assert para.strip() not in old, (doc["id"], para[:60])


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_gold_offsets_are_exact(doc):
    text = doc["text"]
    for claim in doc["gold"]:
        s, e = claim["char_start"], claim["char_end"]
        assert text[s:e] == claim["quote"], claim["quote"]
        assert claim["kind"] in KINDS
        assert claim["gainer"] in (None, "UA", "RU")
        if claim["kind"] == "fighting":
            assert claim["gainer"] is None
        for key in ("period_start", "period_end"):
            if claim[key] is not None:
                date.fromisoformat(claim[key])
        if claim["period_start"] and claim["period_end"]:
            assert claim["period_start"] <= claim["period_end"]
        if claim["period_start"] or claim["period_end"]:
            assert doc["published"] is not None or claim.get("note")
        restates = claim.get("restates")
        if restates is not None:
            assert 0 <= restates < len(doc["gold"])
            assert doc["gold"][restates] is not claim


def test_builder_regenerates_the_fixture():
    built = _module(BUILDER, "build_own_corpus3").build()
    assert [json.loads(json.dumps(d, ensure_ascii=False)) for d in built] == DOCS


# -- the extractor on it -----------------------------------------------------


def _shared_scores(shared, predictions, tmp_path, lang):
    scorer = shared("..", "tools", "score_claims.py")
    pred_path = tmp_path / "pred.jsonl"
    with pred_path.open("w", encoding="utf-8") as fh:
        for doc in DOCS:
            for rec in predictions[doc["id"]]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    args = [sys.executable, str(scorer), str(CORPUS), str(pred_path), "--json"]
    if lang:
        args += ["--lang", lang]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    theirs = json.loads(out[: out.rindex("}") + 1])
    return {"detection": theirs["detection"]["f1"], "frame": theirs["frame"]["f1"]}


@pytest.mark.parametrize("lang", [None, "en", "uk", "ru"])
def test_scores_stay_above_the_floor(predictions, lang, request, tmp_path):
    score = _ported_score()
    if score is not None:
        docs = [d for d in DOCS if lang is None or d["language"] == lang]
        got = score(docs, predictions)
    else:
        shared = request.getfixturevalue("shared")
        got = _shared_scores(shared, predictions, tmp_path, lang)
    floor = FLOORS[lang]
    assert got["detection"] >= floor["detection"], (lang, got)
    assert got["frame"] >= floor["frame"], (lang, got)


def test_port_agrees_with_the_shared_scorer(shared, predictions, tmp_path):
    score = _ported_score()
    if score is None:
        pytest.skip("no ported scorer importable")
    theirs = _shared_scores(shared, predictions, tmp_path, None)
    ours = score(DOCS, predictions)
    assert round(ours["detection"], 4) == theirs["detection"]
    assert round(ours["frame"], 4) == theirs["frame"]


def test_negative_documents_yield_almost_no_claims(predictions):
    negatives = [d for d in DOCS if d["negative"]]
    assert len(negatives) >= 4
    found = [(d["id"], p["quote"]) for d in negatives for p in predictions[d["id"]]]
    assert len(found) <= MAX_CLAIMS_ON_NEGATIVES, found


def test_predictions_point_into_the_text(predictions):
    for doc in DOCS:
        for rec in predictions[doc["id"]]:
            s, e = rec["char_start"], rec["char_end"]
            assert 0 <= s < e <= len(doc["text"])
            assert rec["kind"] in KINDS
