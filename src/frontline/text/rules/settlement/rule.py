"""The settlement rule over one sentence: every unused capture or withdrawal
trigger, its target found, tried by each step in turn (members of a count,
region-level, unnamed, ground, withdrawal, named, recalled) until one makes
its claims; then dated lists split into one claim per item."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ... import lexicon as lx
from ...context import SentenceContext, _blocked
from .counts import _MEMBERS, _member_claims
from .dated_lists import _split_dated_items
from .ground import _ground_claims
from .named import _named_claims
from .recalled import _anaphora_claims, _pointed_claims, _pronoun_claims
from .regions import _region_claims, _unnamed_claims
from .targets import _target
from .withdrawals import _withdraw_claims


def settlement_claims(ctx: SentenceContext) -> None:
    """Append the claims of this rule for the sentence of ``ctx`` to ``ctx.out``."""
    first = len(ctx.out)
    _settlement_claims(ctx)
    ctx.out[first:] = _split_dated_items(ctx, ctx.out[first:])


def _settlement_claims(ctx: SentenceContext) -> None:
    """The claims of a named settlement taken or lost in ``ctx``'s sentence."""
    cap_trigs = [tr for tr in ctx.captures if not tr.used]
    for trig in cap_trigs:
        if _skipped(ctx, trig):
            ctx.drop(trig, "question" if ctx.question else "skipped")
            continue
        g = _target(ctx, trig)
        if _MEMBERS.match(trig.text):
            _member_claims(ctx, trig, g)
            ctx.drop(trig, "members")  # (no drop when it made a claim)
            continue
        if (
            _region_claims(ctx, trig, g)
            or _unnamed_claims(ctx, trig, g)
            or _ground_claims(ctx, trig, g)
            or _withdraw_claims(ctx, trig, g)
            or _named_claims(ctx, trig, g)
        ):
            continue
        _anaphora_claims(ctx, trig, g)
        if not trig.used:
            _pointed_claims(ctx, trig, g)
        if not trig.used:
            _pronoun_claims(ctx, trig, g)
        if not trig.used:
            ctx.drop(trig, "no-place")
    for trig in cap_trigs:
        if trig.used and _ENTERED_WORD.match(trig.text):
            # "зашли в X и закрепились в южной части": the digging in is the
            # same capture in part, no advance of its own
            for tr in ctx.trigs:
                if (
                    tr.family == "advance"
                    and tr.start > trig.end
                    and _DUG_IN_WORD.match(tr.text)
                ):
                    tr.used = True


_ENTERED_WORD = re.compile(r"(?:вош|заш|увійш|зайш)", re.IGNORECASE)


_DUG_IN_WORD = re.compile(r"(?:закрепи|закріпи)", re.IGNORECASE)


def _skipped(ctx: SentenceContext, trig: Any) -> bool:
    """Whether capture trigger ``trig`` makes no claim of its own."""
    t = ctx.t
    if trig.text.lower() == "changed hands":
        return True  # only with a figure: "725 sq km changed hands"
    if ctx.question or _blocked(t, trig, ctx.lang):
        return True
    if _claimed_event(ctx, trig):
        return True  # "Moscow claimed X's capture": "capture" makes the claim
    if _HISTORY_RELATIVE.search(
        t[max(0, trig.start - 30) : trig.start]
    ) and _land_lookalike(t):
        return True  # "farmland near X, which was liberated in 2022": history
    return False


# LEFTEEN35: "claimed" before a place's possessive ("Moscow claimed X's
# capture"): the noun after the possessive is the claim's trigger
_CLAIM_WORD = re.compile(r"claim(?:s|ed)?$", re.IGNORECASE)
_POSSESSIVE_AHEAD = re.compile(r"\s+[A-Z][\w’'-]*['’]s\s+")


def _claimed_event(ctx: SentenceContext, trig: Any) -> bool:
    """Whether ``trig`` is "claimed" before a place's possessive whose noun
    is a capture trigger of its own ("Russia claimed Vuhledar's fall")."""
    if not _CLAIM_WORD.match(trig.text):
        return False
    ahead = _POSSESSIVE_AHEAD.match(ctx.t, trig.end)
    return ahead is not None and any(
        tr.start == ahead.end() for tr in ctx.captures if tr is not trig
    )


_HISTORY_RELATIVE = re.compile(
    r"\b(?:which|that|where)\s+(?:was|were|had been|has been)\s+$|"
    r"(?<![\w])(?:який|яке|яка|які|который|которое|которая|которые)\s+"
    r"(?:\w+\s+)?$"
)


@lru_cache(maxsize=1)
def _land_lookalike(t: str) -> bool:
    """Whether sentence ``t`` speaks of farmland or the like (asked once per
    sentence, not once per trigger: a long sentence stays linear)."""
    return lx.LAND_LOOKALIKE.search(t) is not None
