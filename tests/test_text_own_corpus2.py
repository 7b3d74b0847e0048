"""The claim extractor on a second, fresh corpus it was never tuned on.

``own_corpus2.jsonl`` holds 45 longer texts written for this project in the
styles real outlets use (wire reports, live blogs, ISW-style assessments,
General Staff and MoD summaries, DeepState updates, interviews, scraped pages
with menus and teasers): 22 en, 12 uk, 11 ru, with gold claims annotated per the
shared CONVENTIONS.md. ``build_own_corpus2.py`` generates it. This suite checks
the fixture (exact offsets, valid fields, byte-for-byte regeneration) and scores
the real extractor on it, asserting floors about 0.05 below the measured scores
(docs/own-corpus2.md). The scoring rules are the port of the shared scorer in
``corpus_scoring.py``, checked against the shared scorer itself when ../shared
is present.
"""

from __future__ import annotations

from collections import Counter

import pytest
from corpus_scoring import (
    FIXTURES,
    check_floor,
    check_fresh,
    check_gold,
    check_predictions,
    check_rebuilt,
    load,
    paragraphs,
    predict_all,
    score,
    shared_scores,
)

CORPUS = FIXTURES / "own_corpus2.jsonl"
BUILDER = FIXTURES / "build_own_corpus2.py"

# Measured on 2026-11-25 (docs/own-corpus2.md) minus 0.05. Raise them as the
# extractor improves; never lower them to make a regression pass.
FLOORS = {
    None: {"frame": 0.74, "detection": 0.82},
    "en": {"frame": 0.66, "detection": 0.78},
    "uk": {"frame": 0.88, "detection": 0.89},
    "ru": {"frame": 0.71, "detection": 0.79},
}
# Claims the extractor reports on the fully negative documents (measured: 1,
# a "soldiers captured near Bakhmut" look-alike). Lower it when fixed.
MAX_CLAIMS_ON_NEGATIVES = 1

DOCS = load(CORPUS)


@pytest.fixture(scope="module")
def predictions() -> dict[str, list[dict]]:
    return predict_all(DOCS)


# -- the fixture itself ------------------------------------------------------


def test_corpus_shape():
    langs = Counter(doc["language"] for doc in DOCS)
    assert langs == {"en": 22, "uk": 12, "ru": 11}
    for doc in DOCS:
        assert doc["source"] == "frontline-own-2"
        assert doc["negative"] == (not doc["gold"])
        assert doc["id"].startswith(f"own2-{doc['language']}-")
    assert sum(len(d["gold"]) for d in DOCS) >= 250
    assert sum(d["negative"] for d in DOCS) >= 5
    assert sum(d["published"] is None for d in DOCS) >= 3


def test_texts_are_not_in_the_first_corpus():
    """Fresh texts: no document shares a paragraph with the first corpus."""
    first = FIXTURES / "own_corpus.jsonl"
    if not first.exists():
        pytest.skip("first corpus absent")
    check_fresh(DOCS, paragraphs(first))


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_gold_offsets_are_exact(doc):
    check_gold(doc, dated_periods=True)


def test_builder_regenerates_the_fixture():
    check_rebuilt(BUILDER, "build_own_corpus2", DOCS)


# -- the extractor on it -----------------------------------------------------


@pytest.mark.parametrize("lang", [None, "en", "uk", "ru"])
def test_scores_stay_above_the_floor(predictions, lang):
    check_floor(DOCS, predictions, FLOORS, lang)


def test_port_agrees_with_the_shared_scorer(shared, predictions, tmp_path):
    scorer = shared("..", "tools", "score_claims.py")
    theirs = shared_scores(scorer, CORPUS, DOCS, predictions, tmp_path)
    ours = score(DOCS, predictions)
    assert round(ours["detection"], 4) == theirs["detection"]
    assert round(ours["frame"], 4) == theirs["frame"]


def test_negative_documents_yield_almost_no_claims(predictions):
    negatives = [d for d in DOCS if d["negative"]]
    assert len(negatives) >= 5
    found = [(d["id"], p["quote"]) for d in negatives for p in predictions[d["id"]]]
    assert len(found) <= MAX_CLAIMS_ON_NEGATIVES, found


def test_predictions_point_into_the_text(predictions):
    check_predictions(DOCS, predictions)
