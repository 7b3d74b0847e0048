"""Lists whose items carry their own time: "took X in February, Y in October
and much of Z by late December" is one claim per item."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Any

from ....model import Place
from ...anaphora import SETTLEMENT_NOM
from ...context import SentenceContext
from ...lang import en, every

# a time of its own after each item of a list that shares one verb: "took X in
# February, Y in October and much of Z by late December"
_MONTHS = f"(?:{en.MONTHS})"


_ITEM_DATE = re.compile(
    r"\b(?:in|by|on|since|during)\s+(?:(?:early|late|mid-?)\s*)?" + _MONTHS + r"\b|"
    r"(?<![\w])(?:у|в|во|до|наприкінці|на початку|в конце|в начале|к концу)\s+"
    r"(?:" + every("MONTH_WORDS") + r")\w*",
)


_ITEM_SEP = re.compile(r"\s*(?:,\s*(?:(?:and|а|і|и|та)\s+)?|\s(?:and|а|і|й|и|та)\s+)")


_ITEM_LEAD = re.compile(
    r"(?:(?:much|most|part|parts|all|the rest) of\s+|(?:частину|часть|більшу частину|"
    r"большую часть)\s+)?(?:(?:the )?(?:village|town|city) of\s+|"
    rf"(?:{SETTLEMENT_NOM})\s+)?"
)


# a longer "list" is a table or hostile input: one claim, linear time
_MAX_DATED_ITEMS = 12


def _more_dated_items(
    ctx: SentenceContext, items: list[Any], b: int
) -> tuple[list[Any], int]:
    """Items a dated list goes on with after the claim's end ("…, Y in May")."""
    t = ctx.t
    items = list(items)
    while len(items) <= _MAX_DATED_ITEMS:
        last = items[-1]
        date = _ITEM_DATE.search(t, last.end, min(len(t), last.end + 30))
        if date is None or not re.fullmatch(r"[\s\w-]*", t[last.end : date.start()]):
            return items, b
        sep = _ITEM_SEP.match(t, date.end())
        if sep is None:
            return items, b
        lead = _ITEM_LEAD.match(t, sep.end())
        pos = lead.end() if lead else sep.end()
        nxt = next(
            (p for p in ctx.places if p.start in (sep.end(), pos) and not p.region),
            None,
        )
        if nxt is None or not _ITEM_DATE.search(t, nxt.end, min(len(t), nxt.end + 30)):
            return items, b
        items.append(nxt)
        after = _ITEM_DATE.search(t, nxt.end, min(len(t), nxt.end + 30))
        b = max(b, after.end() if after else nxt.end)
    return items, b


def _split_dated_items(ctx: SentenceContext, claims: list[Any]) -> list[Any]:
    """One claim per list item when each item carries its own time: a recipe of
    the dated items a settlement claim lists, then the claim cut per item."""
    if not any(c.kind == "settlement_control" for c in claims):
        return claims
    ordered = sorted(ctx.places, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    out: list[Any] = []
    for c in claims:
        dated = None
        if c.kind == "settlement_control":
            dated = _dated_items(ctx, c, ordered, starts)
        out.extend(_item_claims(ctx, c, *dated) if dated else [c])
    return out


def _dated_items(
    ctx: SentenceContext, c: Any, ordered: list[Any], starts: list[int]
) -> tuple[list[Any], int] | None:
    """The places settlement claim ``c`` lists when each is followed by its own
    time, and the end of the last one's time (sentence offsets); None when the
    claim is no such list. ``ordered`` are the sentence's places by start."""
    t, base = ctx.t, ctx.s.start
    a, b = c.char_start - base, c.char_end - base
    names = {p.name for p in c.places}
    items = [
        p
        for p in ordered[bisect_left(starts, a) : bisect_left(starts, b)]
        if p.name in names and not p.region
    ]
    if not items or len(items) != len(c.places):
        return None
    items, b = _more_dated_items(ctx, items, b)
    if (
        not 2 <= len(items) <= _MAX_DATED_ITEMS
        or not all(
            _ITEM_DATE.search(t, x.end, y.start)
            for x, y in zip(items, items[1:], strict=False)
        )
        or not _ITEM_DATE.search(t, items[-1].end, b)
    ):
        return None
    return items, b


def _item_claims(ctx: SentenceContext, c: Any, items: list[Any], b: int) -> list[Any]:
    """Claim ``c`` cut into one claim per dated item: each quote runs to the
    separator before the next item; a later item anchors its own time."""
    t, base = ctx.t, ctx.s.start
    out: list[Any] = []
    lo = c.char_start - base
    for i, p in enumerate(items):
        hi, nxt = b, b
        if i + 1 < len(items):
            nxt = items[i + 1].start
            date = _ITEM_DATE.search(t, p.end, nxt)
            sep = _ITEM_SEP.search(t, date.end() if date else p.end, nxt)
            hi, nxt = (sep.start(), sep.end()) if sep else (nxt, nxt)
        piece = t[lo:hi].rstrip(" ,;.")
        extra = dict(c.extra)
        if i:
            extra["_anchor"] = p.start  # the item's own time follows it
        out.append(
            replace(
                c,
                places=[Place(name=p.name)],
                quote=piece,
                char_start=base + lo,
                char_end=base + lo + len(piece),
                extra=extra,
            )
        )
        lo = nxt
    return out
