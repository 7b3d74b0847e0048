"""Shared code for the own claim-corpus tests (``test_text_own_corpora.py``).

The matching rules of ``shared/tools/score_claims.py``, ported so that the
tests run without ../shared (``score``), the extractor run (``predict_all``),
the shared scorer run as a subprocess (``shared_scores``, to check the port),
and the checks every own corpus must pass (``check_gold``,
``check_predictions``). Not a test module itself: pytest puts ``tests/`` on
``sys.path``, so the corpus tests ``import corpus_scoring``.

>>> score([{"id": "d", "gold": []}], {"d": []})
{'detection': 0.0, 'frame': 0.0}
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

from frontline.text.claims import claim_to_record, extract_claims

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "claims"
KINDS = ("area_change", "settlement_control", "advance", "fighting")
IGNORED_FLAGS = ("optional", "boilerplate")


def load(path: Path) -> list[dict]:
    """The documents of a JSONL corpus."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_module(path: Path, name: str):
    """Import a Python file by path (the corpus builders are not a package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the scorer's rules (shared/tools/score_claims.py), ported ---------------


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c for c in text.lower() if c.isalnum() or c == " ").strip()


def _same_place(a: str, b: str) -> bool:
    a, b = _fold(a), _fold(b)
    if not a or not b:
        return False
    if a == b or a in b or b in a:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 5 and n >= min(len(a), len(b)) - 3


def _close(a, b, rel: float = 0.01) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-9)


def _place_names(claim: dict) -> list[str]:
    out = []
    for p in claim.get("places") or []:
        out.append(
            (p.get("name") or p.get("text") or "") if isinstance(p, dict) else str(p)
        )
    return [p for p in out if p]


def _span(claim: dict) -> tuple[int, int] | None:
    s, e = claim.get("char_start"), claim.get("char_end")
    return (int(s), int(e)) if s is not None and e is not None else None


def _overlaps(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


CHECKS = [
    (
        "gainer",
        lambda g: True,
        lambda g, p: (g.get("gainer") or None) == (p.get("gainer") or None),
    ),
    (
        "area_km2",
        lambda g: g.get("area_km2") is not None,
        lambda g, p: _close(g.get("area_km2"), p.get("area_km2")),
    ),
    (
        "distance_km",
        lambda g: g.get("distance_km") is not None,
        lambda g, p: _close(g.get("distance_km"), p.get("distance_km")),
    ),
    (
        "cumulative",
        lambda g: True,
        lambda g, p: bool(g.get("cumulative")) == bool(p.get("cumulative")),
    ),
    (
        "period_start",
        lambda g: g.get("period_start") is not None,
        lambda g, p: g.get("period_start") == p.get("period_start"),
    ),
    (
        "period_end",
        lambda g: g.get("period_end") is not None,
        lambda g, p: g.get("period_end") == p.get("period_end"),
    ),
    (
        "negated",
        lambda g: True,
        lambda g, p: bool(g.get("negated")) == bool(p.get("negated")),
    ),
]
SOFT = [
    (
        "claimant",
        lambda g: bool(g.get("claimant")),
        lambda g, p: (
            bool(p.get("claimant"))
            and _same_place(
                str(g["claimant"]).split()[-1], str(p["claimant"]).split()[-1]
            )
        ),
    ),
    (
        "places",
        lambda g: bool(_place_names(g)),
        lambda g, p: all(
            any(_same_place(a, b) for b in _place_names(p)) for a in _place_names(g)
        ),
    ),
]


def _agreement(g: dict, p: dict) -> int:
    return sum(1 for _, applies, ok in CHECKS + SOFT if applies(g) and ok(g, p))


def _match(golds: list[dict], preds: list[dict]):
    candidates = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            if g.get("kind") == p.get("kind") and _overlaps(_span(g), _span(p)):
                candidates.append((_agreement(g, p), i, j))
    candidates.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((golds[i], preds[j]))

    def ignored(g: dict) -> bool:
        return any(g.get(flag) for flag in IGNORED_FLAGS)

    kept = [(g, p) for g, p in pairs if not ignored(g)]
    missed = [g for i, g in enumerate(golds) if i not in used_g and not ignored(g)]
    spurious = [p for j, p in enumerate(preds) if j not in used_p]
    return kept, missed, spurious


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score(docs: list[dict], preds: dict[str, list[dict]]) -> dict[str, float]:
    """Detection and frame F1 exactly as score_claims.py computes them."""
    tp = fp = fn = frame_tp = 0
    for doc in docs:
        pairs, missed, spurious = _match(doc["gold"], preds.get(doc["id"], []))
        tp, fp, fn = tp + len(pairs), fp + len(spurious), fn + len(missed)
        for g, p in pairs:
            wrong = [n for n, applies, ok in CHECKS if applies(g) and not ok(g, p)]
            frame_tp += not wrong
    return {
        "detection": _f1(tp, fp, fn),
        "frame": _f1(frame_tp, fp + (tp - frame_tp), fn + (tp - frame_tp)),
    }


def shared_scores(
    scorer: Path,
    corpus: Path,
    docs: list[dict],
    predictions: dict[str, list[dict]],
    tmp_path: Path,
    lang: str | None = None,
) -> dict[str, float]:
    """Detection and frame F1 from the shared scorer itself (a subprocess)."""
    pred_path = tmp_path / "pred.jsonl"
    with pred_path.open("w", encoding="utf-8") as fh:
        for doc in docs:
            for rec in predictions[doc["id"]]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    args = [sys.executable, str(scorer), str(corpus), str(pred_path), "--json"]
    if lang:
        args += ["--lang", lang]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    theirs = json.loads(out[: out.rindex("}") + 1])  # then a summary line
    return {"detection": theirs["detection"]["f1"], "frame": theirs["frame"]["f1"]}


# -- running the extractor ---------------------------------------------------


def predict(doc: dict) -> list[dict]:
    """The real extractor's claims on one document, as JSON records."""
    pub = date.fromisoformat(doc["published"]) if doc["published"] else None
    claims = extract_claims(
        doc["text"], doc_id=doc["id"], published=pub, language=doc["language"]
    )
    return [json.loads(json.dumps(claim_to_record(c), default=str)) for c in claims]


def predict_all(docs: list[dict]) -> dict[str, list[dict]]:
    return {doc["id"]: predict(doc) for doc in docs}


# -- checks shared by the corpus tests ---------------------------------------


def check_gold(doc: dict, *, dated_periods: bool = False) -> None:
    """Exact offsets and valid fields for every gold claim of ``doc``.

    With ``dated_periods``, a resolved period needs a publication date (or a
    note saying where it comes from).
    """
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
        if dated_periods and (claim["period_start"] or claim["period_end"]):
            assert doc["published"] is not None or claim.get("note")
        restates = claim.get("restates")
        if restates is not None:
            assert 0 <= restates < len(doc["gold"])
            assert doc["gold"][restates] is not claim


def check_rebuilt(builder: Path, name: str, docs: list[dict]) -> None:
    """The builder script regenerates exactly the documents of the fixture."""
    built = load_module(builder, name).build()
    assert [json.loads(json.dumps(d, ensure_ascii=False)) for d in built] == docs


def check_floor(
    docs: list[dict],
    predictions: dict[str, list[dict]],
    floors: dict[str | None, dict[str, float]],
    lang: str | None,
) -> None:
    """The ported scores on ``docs`` (one language, or all) reach the floors."""
    docs = [d for d in docs if lang is None or d["language"] == lang]
    got = score(docs, predictions)
    floor = floors[lang]
    assert got["detection"] >= floor["detection"], (lang, got)
    assert got["frame"] >= floor["frame"], (lang, got)


def check_predictions(docs: list[dict], predictions: dict[str, list[dict]]) -> None:
    """Every predicted claim has a known kind and a span inside its text."""
    for doc in docs:
        for rec in predictions[doc["id"]]:
            s, e = rec["char_start"], rec["char_end"]
            assert 0 <= s < e <= len(doc["text"])
            assert rec["kind"] in KINDS


def paragraphs(path: Path) -> set[str]:
    """The paragraphs longer than 60 characters of a corpus's texts."""
    with path.open(encoding="utf-8") as fh:
        return {
            para.strip()
            for line in fh
            if line.strip()
            for para in json.loads(line)["text"].split("\n\n")
            if len(para.strip()) > 60
        }


def check_fresh(docs: list[dict], old: set[str]) -> None:
    """No document shares a paragraph with ``old``."""
    for doc in docs:
        for para in doc["text"].split("\n\n"):
            assert para.strip() not in old, (doc["id"], para[:60])
