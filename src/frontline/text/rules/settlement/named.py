"""Named settlements taken or lost: a river bank, a town's outskirts (an advance),
one claim per date ("on 1 Oct X and Y were taken, on the 2nd - Z"), and a whole
town and part of another in one group (partial control)."""

from __future__ import annotations

import re
from typing import Any

from ...context import SentenceContext, _partial, paragraph_sector
from .ground import _ground_claim
from .targets import _Target
from .words import _whole_region

# the edge of a town: "the eastern outskirts of X", "X's outskirts"
_OUTSKIRTS = re.compile(
    r"\boutskirts\b|(?<![\w])(?:окраїн|окраин|околиц)", re.IGNORECASE
)


_OUTSKIRTS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?outskirts\b", re.I)


def _sentence_end(t: str, start: int, limit: int) -> int:
    m = re.search(r"[.;]\s", t[start:limit])
    return start + m.start() if m else limit


# a river bank taken or left: "the right bank of the Dnipro", "правобережжя
# Херсонщини", "с правого берега Днепра"
_BANK = re.compile(
    r"\W*(?:(?-i:[a-zа-яіїєґё’'-]+)\s+){0,4}?(?:(?:right|left|east(?:ern)?|"
    r"west(?:ern)?)"
    r"\s+bank\b|правобережж\w*|лівобережж\w*|правобережь\w*|левобережь\w*|"
    r"(?:прав|лів|лев|восточн|західн|східн|западн|противоположн|протилежн)\w+"
    r"\s+берег\w*)",
    re.IGNORECASE,
)


_PART_BEFORE = re.compile(
    r"(?:частин\w*|част(?:ь|и|ью)|part of(?: the)?)\s+$", re.IGNORECASE
)


def _part_of(t: str, place: Any) -> bool:
    """Whether ``place`` is written as a part of it ("західною частиною X")."""
    return _PART_BEFORE.search(t, max(0, place.start - 30), place.start) is not None


def _named_claims(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Named settlements taken (one claim per date), or ground or a whole
    region taken: the first step that fits makes the claims."""
    if (g.obj or trig.family == "withdraw") and _BANK.match(g.tail):
        # "отошли с правого берега Днепра": a bank is ground, no settlement
        ctx.out.append(_whole_region(ctx.make, trig, g.span, g.gainer, g.obj, g.neg))
    elif g.settlements and trig.family == "capture" and _at_outskirts(ctx.t, trig, g):
        ctx.out.append(_outskirts_claim(ctx, trig, g))
    elif g.settlements:
        _dated_settlement_claims(ctx, trig, g)
    elif not _ground_claim(ctx, trig, g):
        return False
    trig.used = True
    return True


def _at_outskirts(t: str, trig: Any, g: _Target) -> bool:
    """Whether the settlements taken are only a town's outskirts."""
    first = g.settlements[0]
    return bool(
        _OUTSKIRTS.search(t, trig.end, first.start)
        or _OUTSKIRTS_AFTER.match(t, first.end)
    )


def _outskirts_claim(ctx: SentenceContext, trig: Any, g: _Target) -> Any:
    """ "seized X's eastern outskirts", "захопили околиці X": ground at the
    edge of a town is an advance (the corpora agree), not the town."""
    names = [re.sub(r"['’]s$", "", p.name) for p in g.settlements]
    return ctx.make(
        "advance",
        trig.start,
        g.span,
        trig,
        g.gainer,
        names,
        negated=g.neg,
        sector=paragraph_sector(ctx.st, ctx.sector),
        partial=True,
    )


def _dated_settlement_claims(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """ "on 1 Oct X and Y were taken, on the 2nd - Z": one claim per date."""
    groups, pool = _date_groups(ctx, trig, g)
    for gi, (g0, g1) in enumerate(groups):
        g_pl = [p for p in pool if g0 <= p.start < g1]
        if any(not p.region for p in g_pl):
            _group_claims(ctx, trig, g, trig.start if gi == 0 else g0, (g0, g1), g_pl)


def _date_groups(
    ctx: SentenceContext, trig: Any, g: _Target
) -> tuple[list[tuple[int, int]], list[Any]]:
    """The spans cut by the dates after the first settlement, and the places
    to share out among them (one span, the object, when no date cuts)."""
    t, span = ctx.t, g.span
    ext_end = g.nxt if g.nxt < len(t) else len(t)
    cuts = [
        p.start
        for p in ctx.periods
        if p.kind in ("date", "day_of_month")
        and g.settlements[0].start < p.start < ext_end
    ]
    if not any(p.start >= trig.end for p in g.obj):
        cuts = []  # "X had been taken on July 2": one dated claim
    groups: list[tuple[int, int]] = []
    lo = span[0]
    for cut in cuts:
        groups.append((lo, cut))
        lo = cut
    groups.append((lo, span[1] if not cuts else _sentence_end(t, lo, ext_end)))
    pool = g.obj if not cuts else [p for p in ctx.places if p.start >= trig.end]
    return groups, pool


def _group_claims(
    ctx: SentenceContext,
    trig: Any,
    g: _Target,
    at: int,
    span: tuple[int, int],
    g_pl: list[Any],
) -> None:
    """The claims of one dated group of places: "над Ізюмом і західною
    частиною Куп'янська": a whole town and part of another are two claims."""
    parts = [p for p in g_pl if not p.region and _part_of(ctx.t, p)]
    wholes = [p for p in g_pl if not p.region and p not in parts]
    if not (parts and wholes):
        parts = []
    names = [p.name for p in g_pl if not p.region and p not in parts] + [
        p.name for p in g_pl if p.region
    ]
    g0, g1 = span
    ctx.out.append(
        ctx.make(
            "settlement_control",
            at,
            (g0, max(p.end for p in wholes)) if parts else span,
            trig,
            g.gainer,
            names,
            negated=g.neg,
            partial=_partial(g.tail) if not parts else None,
            sector=paragraph_sector(ctx.st, ctx.sector),
        )
    )
    if parts:
        ctx.out.append(
            ctx.make(
                "settlement_control",
                at,
                span,
                trig,
                g.gainer,
                [p.name for p in parts],
                negated=g.neg,
                partial=True,
                sector=paragraph_sector(ctx.st, ctx.sector),
            )
        )
