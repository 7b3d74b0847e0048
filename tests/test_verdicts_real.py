"""Real claims outsiders judged (tests/real_verdicts.py): how many verdicts
agree on the judge's map (ISW's published areas for AFP/ISW nationwide
figures, DeepState otherwise). Reads ../shared/data in place; skips when it
is absent."""

from __future__ import annotations

import os

import pytest
from real_verdicts import CAPTURED, CASES, SHARED, score

pytestmark = [pytest.mark.shared, pytest.mark.slow]

AGREE_FLOOR = 29
"""Measured on this branch: 29 of 30 (15 before issue 9; 22 judging every
case on DeepState). AFP/ISW nationwide figures are judged on ISW's published
daily areas (``isw-totals``), where they agree within 3.5 % (AFP) and 0.85–1.20
(ISW's own monthly figures). The one miss: Gerasimov's 6,640 km² for 2025,
which ISW called inflated, is claimed/measured 1.19 on ISW's own areas —
inside the 0.8–1.25 band, so ``consistent`` (the band is not narrowed to fit
it); on DeepState it is ``overstated`` (1.53)."""


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    if not (SHARED / "claims" / "dev.jsonl").exists():
        pytest.skip(f"real data not available: {SHARED} (needs ../shared)")
    from frontline.check import CheckOptions, Places
    from frontline.store import open_store

    home = tmp_path_factory.mktemp("real")
    saved = os.environ.get("FRONTLINE_HOME")
    os.environ["FRONTLINE_HOME"] = str(home)
    try:
        store = open_store(f"sqlite:///{home / 'f.sqlite'}")
        opts = CheckOptions(mirror=str(SHARED))
        yield score(store, Places(opts.mirror), opts)
    finally:
        if saved is None:
            os.environ.pop("FRONTLINE_HOME", None)
        else:
            os.environ["FRONTLINE_HOME"] = saved


def test_agreement_with_outside_judgements(rows):
    agree = sum(ok for _, _, _, ok, _ in rows)
    misses = [f"{c.doc}#{c.index} {v}: {r[:120]}" for c, v, r, ok, _ in rows if not ok]
    assert len(rows) == len(CASES)
    assert agree >= AGREE_FLOOR, "\n".join(misses)


def test_towns_announced_captured_are_never_a_bare_not_visible(rows):
    for case, verdict, reason, *_ in rows:
        if "already on the map" in case.expected:
            assert verdict != "not visible", (case.doc, reason)


def test_settlement_evidence_has_shares_and_first_appearance(rows):
    already = [r for c, v, r, *_ in rows if v == "already on the map"]
    assert already and all("on the map since" in r for r in already)


def test_only_nationwide_figures_are_judged_on_published_totals(rows):
    """AFP/ISW nationwide monthly and yearly figures are judged on ISW's
    published areas; towns and sector figures never are."""
    on_totals = [(c, v) for c, v, _, _, src in rows if src == "isw-totals"]
    assert len(on_totals) == 15
    assert all("ISW" in c.judge and c.expected != CAPTURED for c, _ in on_totals)
