"""Withdrawals that leave no settlement: a pull-back near a settlement or thrown
back from it, and a withdrawal to new positions (an advance where the line
stood, as deep as it moved back)."""

from __future__ import annotations

import re
from typing import Any

from ...context import SentenceContext, last_settlement
from ...lang import en, ru, uk
from .ground import _advance
from .targets import _Target
from .words import _NEAR_BEFORE, _NEW_POSITIONS

_BY_DISTANCE = re.compile(r"\s+(?:на|by)\s+", re.IGNORECASE)


# a withdrawal by a distance away from a place, which it did not leave:
# "отошли на 500 метров от X", "fell back 2 km from X"
_AWAY_FROM = re.compile(
    r"(?:км|km|метр\w*|кілометр\w*|километр\w*|metres|meters|miles?)\s+"
    r"(?:от|від|from)\s+$",
    re.IGNORECASE,
)


_LIST_JOIN = re.compile(r"\s*(?:,|and|та|і|й|и)\s*", re.IGNORECASE)


# where a withdrawal went, not what it left: "fell back to X", "відійшли до
# X", "отошли к X" (the line moved back toward X: an advance of the other side)
_TO_BEFORE = re.compile(
    r"(?:\b(?:to|as far as)|(?<![\w])(?:до|к|ко))\s+"
    r"(?:the\s+)?(?:(?:village|town|city|settlement)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


# XKIND241: thrown back over a line ("were pushed back across the river",
# "відкинуто за річку", "отброшен за границу"), right after the verb
_OVER_LINE = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{en.BACK_OVER_LINE}|{uk.BACK_OVER_LINE}|"
    rf"{ru.BACK_OVER_LINE})(?![\w])",
    re.IGNORECASE,
)


def _all_near(t: str, settlements: list[Any], also: Any = None) -> bool:
    """Whether every place is only a neighbourhood ("near X and Y", "з районів
    X та Y"): a place joined by "and" to a near one is near too. ``also``: a
    pattern of more words that make a place only a neighbourhood."""
    prev = None
    for p in settlements:
        before = t[max(0, p.start - 30) : p.start]
        near = (
            _NEAR_BEFORE.search(before)
            or (also is not None and also.search(before))
            or (prev is not None and _LIST_JOIN.fullmatch(t, prev.end, p.start))
        )
        if not near:
            return False
        prev = p
    return True


def _withdraw_claims(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """A withdrawal near a settlement or to new positions: an advance claim."""
    if trig.family != "withdraw":
        return False
    if _near_only(ctx, trig, g):
        _near_withdrawal_claim(ctx, trig, g)
        return True
    if _NEW_POSITIONS.search(g.tail) and not _from_places(ctx.t, g.settlements):
        _new_positions_claim(ctx, trig, g)
        return True
    if _over_line(ctx, trig, g):
        _new_positions_claim(ctx, trig, g)
        return True
    return False


def _over_line(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """XKIND241: a side thrown back over a line, leaving no place named: the
    line moved back, an advance of the other side."""
    return (
        _thrown_back(ctx.t, trig, [])
        and _OVER_LINE.match(ctx.t, trig.end) is not None
        and not _from_places(ctx.t, g.settlements)
    )


def _from_places(t: str, settlements: list[Any]) -> list[Any]:
    """The settlements left themselves: "from X", "from the eastern town of X"
    (not a distance away from it: "отошли на 500 метров от X")."""
    return [
        p
        for p in settlements
        if re.search(
            r"(?:\bfrom|\bout of|(?<![\w])(?:з|із|зі|из|от))\s+"
            r"(?:the\s+)?(?:\w+\s+){0,2}?(?:of\s+)?$",
            t[max(0, p.start - 40) : p.start],
            re.IGNORECASE,
        )
        and not _AWAY_FROM.search(t, max(0, p.start - 40), p.start)
    ]


def _near_only(ctx: SentenceContext, trig: Any, g: _Target) -> bool:
    """Whether the withdrawal only moved around its settlements: all of them
    named near it, or thrown back from them ("around X, which the troops
    left": a relative clause speaks of X itself, whatever stood before it)."""
    settlements = g.settlements
    if not settlements:
        return False
    if settlements != [g.appos] and _all_near(ctx.t, settlements, _TO_BEFORE):
        return True
    return _thrown_back(ctx.t, trig, settlements)


def _thrown_back(t: str, trig: Any, settlements: list[Any]) -> bool:
    """Thrown back from X: X did not change hands."""
    return bool(
        re.match(
            r"(?:pushed|driven|forced|thrown|beaten) back|отброш|оттесн|відкин|"
            r"відтісн",
            trig.text,
            re.IGNORECASE,
        )
    ) and all(
        re.search(
            r"(?:\b(?:from|away from)|(?<![\w])(?:от|від))\s+"
            r"(?:the\s+)?(?:(?:village|town|city)\s+(?:of\s+)?)?$",
            t[max(0, p.start - 30) : p.start],
            re.IGNORECASE,
        )
        for p in settlements
    )


def _near_withdrawal_claim(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """ "pulls back near X": movement around the place, not leaving it."""
    span = (g.seg_before[0], g.seg_after[1])
    ctx.out.append(_advance(ctx, trig, g, [p.name for p in g.settlements], span))
    trig.used = True


def _new_positions_claim(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """A withdrawal to new positions: an advance where it stood, as deep as
    the line moved back."""
    pl = [p.name for p in g.after_pl] or _fronted(ctx, trig, g)
    pl = pl or last_settlement(ctx.st)
    back = _depth_back(ctx, trig, g)
    ctx.out.append(
        ctx.make(
            "advance",
            trig.start,
            (g.seg_before[0], g.seg_after[1]),
            trig,
            g.gainer,
            pl,
            negated=g.neg,
            sector=ctx.sector,
            distance_km=back[0].value if back else None,
        )
    )
    trig.used = True


def _fronted(ctx: SentenceContext, trig: Any, g: _Target) -> list[str]:
    """The places fronted before the verb, also across a quote mark that cut
    the clause: "часть подразделений в районе X и Y «перешла на ...»"."""
    t = ctx.t
    near = [p for p in ctx.places if p.end <= trig.start < p.end + 60]
    return [
        p.name
        for p in (g.before_pl or near)
        if _NEAR_BEFORE.search(t[max(0, p.start - 30) : p.start])
        or re.search(r"\b(?:and|и|і|та)\s+$", t[max(0, p.start - 6) : p.start])
    ]


def _depth_back(ctx: SentenceContext, trig: Any, g: _Target) -> list[Any]:
    """How far the line moved back: "to prepared positions one to two
    kilometres west of the town", "отошли на 2 км западнее X" (the depth right
    after the verb)."""
    t, seg_after = ctx.t, g.seg_after
    return [
        q
        for q in ctx.quantities
        if q.measure == "distance"
        and not q.conversion
        and seg_after[0] <= q.start < seg_after[1]
        and (
            _NEW_POSITIONS.search(t, trig.end, q.start)
            and re.search(
                r"(?:positions|lines?|позиці\w*|позици\w*|рубеж\w*)\s+"
                r"(?:[\w-]+\s+){0,3}$",
                t[max(0, q.start - 40) : q.start],
                re.IGNORECASE,
            )
            or _BY_DISTANCE.fullmatch(t, trig.end, q.start) is not None
        )
    ]
