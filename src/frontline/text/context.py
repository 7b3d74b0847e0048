"""What the claim rules of one sentence share (issue 8: the split of ``_analyse``).

:class:`SentenceContext` carries the sentence, the document state, the
language, its triggers, places, quantities, clauses and the claims appended so
far, and the few helpers every rule calls (``make`` builds a claim,
``clause_span`` finds the clause around a position, ``negated_near`` says
whether a trigger is negated). ``claims._analyse`` fills one per sentence and
runs the rule modules of :mod:`frontline.text.rules` over it. Small helpers
the rules share live here too, so that the rules never import ``claims``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import lexicon as lx

__all__ = ["SentenceContext"]


@dataclass
class SentenceContext:
    """One sentence under analysis and what its rules share."""

    s: Any  # clean.Sentence
    st: Any  # claims._DocState
    lang: str
    t: str
    trigs: list
    clauses: list
    mentions: list
    places: list
    quantities: list
    question: bool
    lookalike: re.Match[str] | None
    perspective: str | None
    sector: str | None
    out: list
    make: Callable[..., Any]
    clause_span: Callable[[int], tuple[int, int]]
    negated_near: Callable[..., bool]
    section: str = "area"
    area_q: list = field(default_factory=list)


def _sector_in(t: str, seg: tuple[int, int], lang: str) -> str | None:
    m = lx.SECTOR.get(lang, lx.SECTOR["en"]).search(t, seg[0], seg[1])
    return m.group(0) if m else None
