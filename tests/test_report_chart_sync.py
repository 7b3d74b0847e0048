"""A report's weekly chart does not depend on what the store held before.

The chart's first bar is the change from the state at its first week's start;
that state must be fetched with the week ends, or a first run on an empty store
draws a chart without it and the same command run again draws another. Reads
../shared/data in place (skips when absent).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED

from frontline.cli import run

pytestmark = [pytest.mark.shared, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Ukrainian forces recaptured the village of Urozhaine on 16 August 2023.\n"


def _report(db: Path, out: Path, article: Path) -> bytes:
    code = run(
        [
            "check",
            str(article),
            "--published",
            "2023-08-21",
            "--source",
            "deepstate",
            "--mirror",
            str(SHARED),
            "--db",
            f"sqlite:///{db}",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    (chart,) = out.glob("*-weekly.png")
    return chart.read_bytes()


def test_weekly_chart_does_not_depend_on_what_the_store_held(tmp_path):
    if not (SHARED / "control" / "deepstate_raw").exists():
        pytest.skip(f"real data not available: {SHARED}/control is absent")
    article = tmp_path / "urozhaine.txt"
    article.write_text(TEXT, "utf-8")
    fresh = _report(tmp_path / "fresh.sqlite", tmp_path / "fresh", article)
    # a store that already holds the days before the chart's first week
    warm = tmp_path / "warm.sqlite"
    code = run(
        [
            "sync",
            "deepstate",
            "--from",
            "2023-07-07",
            "--to",
            "2023-07-09",
            "--mirror",
            str(SHARED),
            "--db",
            f"sqlite:///{warm}",
        ]
    )
    assert code == 0
    assert _report(warm, tmp_path / "warm", article) == fresh
