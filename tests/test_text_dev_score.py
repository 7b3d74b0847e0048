"""The shared scorer on the real dev set and the seed (skips without ../shared).

The thresholds guard against regressions; the measured figures are in
docs/claims-engine.md.
"""

from __future__ import annotations

import json
import runpy
from datetime import date
from pathlib import Path

from frontline.text.claims import claim_to_record, extract_claims


def _score(shared, gold: Path, tmp_path: Path, lang: str | None = None) -> dict:
    tools = shared("..", "tools", "score_claims.py")
    scorer = runpy.run_path(str(tools))
    pred = tmp_path / "pred.jsonl"
    with open(gold, encoding="utf-8") as fh, open(pred, "w", encoding="utf-8") as out:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            pub = date.fromisoformat(doc["published"]) if doc.get("published") else None
            for c in extract_claims(
                doc["text"],
                doc_id=str(doc["id"]),
                published=pub,
                language=doc.get("language"),
            ):
                out.write(json.dumps(claim_to_record(c), ensure_ascii=False) + "\n")
    result_file = tmp_path / "score.json"
    import contextlib
    import io

    buf = io.StringIO()
    argv = [str(gold), str(pred), "--json"] + (["--lang", lang] if lang else [])
    with contextlib.redirect_stdout(buf):
        scorer["main"](argv)
    text = buf.getvalue()
    result_file.write_text(text)
    return json.loads(text[: text.rindex("}") + 1])


def test_dev_frame_f1(shared, tmp_path):
    gold = shared("claims", "dev.jsonl")
    res = _score(shared, gold, tmp_path)
    assert res["frame"]["f1"] >= 0.80, res
    assert res["detection"]["f1"] >= 0.85, res


def test_dev_per_language(shared, tmp_path):
    gold = shared("claims", "dev.jsonl")
    for lang in ("en", "uk", "ru"):
        res = _score(shared, gold, tmp_path, lang)
        assert res["frame"]["f1"] >= 0.75, (lang, res)


def test_seed(shared, tmp_path):
    gold = shared("seed", "seed_gold.jsonl")
    res = _score(shared, gold, tmp_path)
    assert res["frame"]["f1"] >= 0.80, res
