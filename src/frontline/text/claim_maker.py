"""The ``make`` of a sentence (``_claim_maker``): builds a claim from a span
and the fields a rule passes, its quote led by the actor of its trigger
(``_actor_lead``) and the rule that made it in ``extra["rule"]``.

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..model import Claim, Place
from . import lexicon as lx
from .claimants import (
    Claimant,
)
from .clauses import _trim
from .clean import Sentence
from .context import (
    _QUOTE_LEAD,
    _clause_of,
    _mentions_in,
    _Trig,
)
from .sides import (
    SideMention,
)
from .toponyms import other_names


def _claim_maker(
    s: Sentence,
    clauses: list[tuple[int, int]],
    mentions: list[SideMention],
    claimant: Claimant | None,
    section: Callable[[], str],
) -> Callable[..., Claim]:
    """The ``make`` of a sentence: builds a claim from a span and its fields (a
    recipe: the quote led by its actor, the claim and its source, the rule that
    made it, the fields the rule passes)."""
    t = s.text
    hedge: list[bool] = []  # speed: asked once, when the first claim is made

    def make(
        kind: str,
        anchor: int,
        span: tuple[int, int],
        trig: _Trig | None,
        gainer: str | None,
        pl: list[str],
        **kw: Any,
    ) -> Claim:
        a, b = _trim(t, _actor_lead(t, clauses, mentions, trig, span[0]), span[1])
        if not hedge:
            hedge.append(bool(lx.HEDGE.search(t)))
        cl = Claim(
            doc_id="",
            kind=kind,
            quote=t[a:b],
            char_start=s.start + a,
            char_end=s.start + b,
            gainer=gainer,
            places=[Place(name=n) for n in other_names(t, list(dict.fromkeys(pl)))],
            sector=kw.pop("sector", None),
            claimant=claimant.name if claimant else None,
            claimant_role=claimant.role if claimant else None,
            hedged=hedge[0],
        )
        cl.extra["trigger"] = trig.text if trig else None
        # the rule that made the claim: section of the engine and trigger family
        sec = section()
        cl.extra["rule"] = f"{sec}:{trig.family}" if trig else sec
        cl.extra["_anchor"] = anchor
        if s.headline:
            cl.extra["headline"] = True
        _set_claim_fields(cl, kw)
        return cl

    return make


def _actor_lead(
    t: str,
    clauses: list[tuple[int, int]],
    mentions: list[SideMention],
    trig: _Trig | None,
    a: int,
) -> int:
    """Where a claim's quote starts: at the actor of its trigger ("Russian
    troops captured ...", with its "the"/"its") when the quote starts at the
    trigger, else at ``a``."""
    if trig is None or not trig.start - 1 <= a <= trig.start + _QUOTE_LEAD:
        return a
    cs = _clause_of(clauses, trig.start)[0]
    for sm in reversed(_mentions_in(mentions, cs, trig.start)):
        if not sm.after_preposition and sm.side != "PRO" and trig.start - sm.end <= 40:
            det = re.search(r"(?:\bthe\s+|\bits\s+)$", t[cs : sm.start])
            return cs + det.start() if det else sm.start
    return a


def _set_claim_fields(cl: Claim, kw: dict[str, Any]) -> None:
    """Set the fields a rule passed to ``make``: ``approx`` as a flag and its
    word, the claim's own fields, anything else (not None) in ``extra``."""
    for k, v in kw.items():
        if k == "approx":
            cl.approx = bool(v)
            if v:
                cl.extra["approx"] = v
        elif k in ("area_km2", "distance_km", "negated", "cumulative"):
            setattr(cl, k, v)
        elif v is not None:
            cl.extra[k] = v
