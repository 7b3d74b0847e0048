"""The claim extractor on a third, fresh corpus it was never tuned on.

``own_corpus3.jsonl`` holds 30 texts written for this project in styles the
first two own corpora lack (explainers and analysis pieces, Q&A interviews,
monthly and year-end roundups, both sides' claims side by side, DeepState/ISW
map analyses, bullet lists, scraped noise): 18 en, 6 uk, 6 ru, with gold claims
annotated per the shared CONVENTIONS.md. ``build_own_corpus3.py`` generates it.
This suite checks the fixture (exact offsets, valid fields, byte-for-byte
regeneration, no paragraph shared with the earlier corpora) and scores the real
extractor on it, asserting floors about 0.06 below the measured scores
(docs/own-corpus3.md). The scoring rules are the port of the shared scorer in
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

CORPUS = FIXTURES / "own_corpus3.jsonl"
BUILDER = FIXTURES / "build_own_corpus3.py"

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

DOCS = load(CORPUS)


@pytest.fixture(scope="module")
def predictions() -> dict[str, list[dict]]:
    return predict_all(DOCS)


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
        path = FIXTURES / name
        if path.exists():
            old |= paragraphs(path)
    if not old:
        pytest.skip("earlier corpora absent")
    check_fresh(DOCS, old)


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_gold_offsets_are_exact(doc):
    check_gold(doc, dated_periods=True)


def test_builder_regenerates_the_fixture():
    check_rebuilt(BUILDER, "build_own_corpus3", DOCS)


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
    assert len(negatives) >= 4
    found = [(d["id"], p["quote"]) for d in negatives for p in predictions[d["id"]]]
    assert len(found) <= MAX_CLAIMS_ON_NEGATIVES, found


def test_predictions_point_into_the_text(predictions):
    check_predictions(DOCS, predictions)
