"""Settlements recalled rather than named: an anaphor ("the first village", "this
settlement", "both towns", a relative "which"), a pointer ("в центре города") or
the sentence before going on, and a pronoun ("retook it", "її захоплення")."""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon as lx
from ...anaphora import CLASS_OF_POINTER as _CLASS_OF_NOUN
from ...anaphora import introduced_as
from ...context import (
    SentenceContext,
    _partial,
    continued_place,
    continued_side,
    last_settlement,
    pointed_place,
)
from ...fastre import folded, keyed
from ...lang import en, ru, uk
from ...sides import opposite, side_of_text
from .regions import _A_TOWN
from .targets import _Target
from .words import _ACT_NOUN

# "either place", "both towns", "neither of them": the last two places named
_BOTH_PLACES = re.compile(
    r"\b(?:either|both|neither)\s+(?:of\s+(?:them|the\s+\w+)|(?:place|village|"
    r"town|settlement|localit(?:y|ie))s?)\b",
    re.IGNORECASE,
)
_BOTH_PLACES = keyed(folded(_BOTH_PLACES))  # speed: a case-folded twin, keyed


def _pointed_claims(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """A settlement named only by a pointer ("в центре города", "there") or
    by the sentence before when the subject goes on ("By evening they had
    taken the eastern districts."): see ``anaphora``."""
    span = (g.seg_before[0], g.seg_after[1])
    names, ptr = pointed_place(ctx, span)
    part = ptr is not None and ptr.part
    gainer = g.gainer
    if not names:
        names = continued_place(ctx, g.clause, trig.start)
        side = continued_side(ctx.st) if names else None
        if side is not None:  # "they": the actor of the sentence before
            gainer = opposite(side) if trig.family == "withdraw" else side
    nominal = trig.nominal or _ACT_NOUN.search(trig.text) is not None
    if not names or (nominal and set(names) <= set(ctx.st.last_claim_places)):
        return  # "освобождение города произошло при …": the capture told before
    part = part or bool(_partial(ctx.t[trig.end : g.clause[1]]))
    if _region_itself(ctx, trig, ptr):
        _region_recalled_claim(ctx, trig, g, names, gainer)
        return
    _recalled_claim(ctx, trig, g, names, gainer, partial=True if part else None)


def _region_itself(ctx: SentenceContext, trig: Any, ptr: Any) -> bool:
    """XKIND41: whether the trigger acts on the region a pointer recalls, no
    settlement noun between ("вытеснены из региона", "освобождение области"),
    not on settlements in it ("из ряда сёл на севере области")."""
    return (
        ptr is not None
        and ptr.kind == "region"
        # XKIND241: en's pointer may open on the trigger's particle ("driven
        # out | out of the region"): it ends after the trigger
        and ptr.end > trig.end
        and ptr.start - trig.end <= 40
        and not _A_TOWN.search(ctx.t[trig.end : max(trig.end, ptr.start)])
    )


def _region_recalled_claim(
    ctx: SentenceContext, trig: Any, g: _Target, names: list[str], gainer: str | None
) -> None:
    """A whole region recalled by a pointer taken or left: a region-level
    area change with no figure (CONVENTIONS A), not a settlement."""
    _recalled(ctx, "area_change", trig, g, names, gainer, region_level=True)


def _recalled_claim(
    ctx: SentenceContext,
    trig: Any,
    g: _Target,
    names: list[str],
    gainer: str | None,
    **extra: Any,
) -> None:
    """The settlement claim of ``trig`` on ``names`` recalled from before,
    quoting the trigger's whole segment; the trigger is used. A side pushed
    back from the ground its sentence told it gained is an advance of the
    other side there (``_pushed_back``)."""
    gained = _pushed_back(ctx, trig)
    if gained:
        _recalled(ctx, "advance", trig, g, gained, gainer)
    else:
        _recalled(ctx, "settlement_control", trig, g, names, gainer, **extra)


def _recalled(
    ctx: SentenceContext,
    kind: str,
    trig: Any,
    g: _Target,
    names: list[str],
    gainer: str | None,
    **extra: Any,
) -> None:
    """A claim of ``kind`` on recalled ``names``, quoting the trigger's whole
    segment; the trigger is used."""
    ctx.out.append(
        ctx.make(
            kind,
            trig.start,
            (g.seg_before[0], g.seg_after[1]),
            trig,
            gainer,
            names,
            negated=g.neg,
            anaphora=True,
            **extra,
        )
    )
    trig.used = True


_PUSHED_BACK = {
    code: re.compile(mod.PUSHED_BACK, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}


def _pushed_back(ctx: SentenceContext, trig: Any) -> list[str]:
    """B32DET41: the places of the gain a "pushed back" / "були вибиті" /
    "были выбиты" trigger undoes: an advance or a part of a settlement
    claimed before it in the same sentence, or []."""
    rx = _PUSHED_BACK.get(ctx.lang)
    if trig.family != "withdraw" or rx is None:
        return []
    if not rx.search(ctx.t, trig.start, trig.end + 12):
        return []
    gained = [
        c
        for c in ctx.out
        if c.places
        and c.gainer
        and not c.negated
        and c.char_end <= ctx.s.start + trig.start
        and (c.kind == "advance" or c.extra.get("partial"))
    ]
    # (an advance word before it, whose claim is made later, is not read:
    # it cost the unread pool 0.0006)
    return [p.name for p in gained[-1].places] if gained else []


def _anaphora_claims(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """A settlement named earlier: "the first village", "this settlement",
    relative "which" (a recipe: the pointer, its antecedent, the claim)."""
    ana_zone = ctx.t[g.seg_before[0] : g.seg_after[1]]
    ana = lx.SETTLEMENT_NOUN.search(ana_zone) or lx.ANAPHOR_PLACE.search(ana_zone)
    both = _BOTH_PLACES.search(ana_zone)
    if trig.family == "withdraw" and not (ana or both):
        antecedent = _left_just_told(ctx, trig, g)
    else:
        antecedent = _antecedent(ctx, trig, g, ana, both)
    if antecedent or ((ana or both) and g.regions):
        names = antecedent + [p.name for p in g.regions]
        if _told_in_sentence(ctx, trig, names, g):
            trig.used = True  # "…, an admission that both towns were lost"
            return
        _recalled_claim(ctx, trig, g, names, g.gainer)


def _told_in_sentence(
    ctx: SentenceContext, trig: Any, names: list[str], g: _Target
) -> bool:
    """Whether the English sentence already claims the recalled ``names`` for
    the same side, with no new side named between ("called its pullback from
    X and Y a regrouping, an admission that both towns had been abandoned"):
    the anaphor restates that claim. A side named between tells a claim of
    its own ("Kyiv admits leaving X while Moscow claims the town")."""
    if ctx.lang != "en":
        return False
    last = max((p.end for p in ctx.places if p.name in names), default=None)
    if last is None or any(last <= m.start < trig.start for m in ctx.mentions):
        return False
    return any(
        c.kind == "settlement_control"
        and [p.name for p in c.places] == names
        and c.gainer == g.gainer
        and bool(c.negated) == bool(g.neg)
        for c in ctx.out
    )


_RELATIVE_BEFORE = re.compile(
    r"(?:\bwhich|\bthat|\bwho|—|–)\s*(?:\w+\s+){0,4}$|"
    r",\s*$|\band\s+(?:then\s+|later\s+)?$"
)


_RELATIVE_HEAD = re.compile(r"\s*(?:which|який|яка|которы\w+)")

# how far before a trigger its relative word may stand: four words and their
# spaces ("which the army then took"); the bound keeps a long sentence linear
_RELATIVE_REACH = 200


def _antecedent(
    ctx: SentenceContext,
    trig: Any,
    g: _Target,
    ana: re.Match[str] | None,
    both: re.Match[str] | None,
) -> list[str]:
    """The settlement(s) an anaphor ``ana``, "both" or a relative clause of
    ``trig`` points back to: earlier in the sentence, else the last told."""
    st, t, clause = ctx.st, ctx.t, g.clause
    relative = None
    if trig.family != "withdraw":
        relative = _RELATIVE_BEFORE.search(
            t[max(0, clause[0] - 6, trig.start - _RELATIVE_REACH) : trig.start]
        ) or _RELATIVE_HEAD.match(t, clause[0], trig.start)
    prior = [p for p in ctx.places if p.start < g.seg_before[0] and not p.region]
    pool = [p.name for p in prior] or st.last_claim_places or st.last_places
    if both:
        return pool[-2:]
    if relative and prior:
        return [prior[-1].name]
    if ana:
        word = ana.group(0).lower()
        if "second" in word or "latter" in word:
            return pool[1:2] or pool[-1:]
        if "first" in word or "former" in word:
            return pool[:1]
        return _of_class(ctx, ana, prior) or pool[-1:]
    if relative is not None and st.last_places and not prior:
        return last_settlement(st)
    return []


def _of_class(ctx: SentenceContext, ana: re.Match[str], prior: list[Any]) -> list[str]:
    """ANAPH28: the settlement "the town" / "the village" points back to by
    its class: the last one before it in the sentence that is no actor
    ("Kyiv") nor of the other class, else the last one introduced with that
    class ("the eastern city of X") within reach; [] when neither is."""
    cls = _CLASS_OF_NOUN.search(ana.group(0))
    if cls is None:
        return []
    other = "village" if cls.lastgroup == "town" else "town"
    fit = [
        p
        for p in prior
        if side_of_text(p.name) is None and introduced_as(ctx.t, p.start) != other
    ]
    if fit:
        return [fit[-1].name]
    return ctx.st.told.introduced(cls.lastgroup or "", ctx.st.sentence_no)


_OUT_OR_BACK = re.compile(
    r"\b(?:out|back)\b|(?:вийшли|вышли|отошли|відійшли)", re.IGNORECASE
)


def _left_just_told(ctx: SentenceContext, trig: Any, g: _Target) -> list[str]:
    """ "Ukraine pulled its last units out overnight" right after a claim
    about one settlement: the same settlement."""
    st = ctx.st
    if (
        not g.after_pl
        and not g.before_pl
        and st.recent_settlement is not None
        and st.sentence_no - st.recent_settlement[0] <= 1
        and _OUT_OR_BACK.search(ctx.t[trig.start : trig.end + 40])
        and not lx.LOOKALIKE.search(ctx.t)
    ):
        return st.recent_settlement[1][:1]
    return []


# a pronoun for the settlement told just before: the object of the verb
# ("Ukrainian troops retook it", "окупанти захопили її", "ВСУ освободили его")
# or the owner of the capture noun ("Russia claimed its capture", "заявили про
# її захоплення", "сообщило о ее освобождении"); never of people taken
# prisoner ("звільнили його з полону")
_PRONOUN_OBJECT = {
    code: re.compile(mod.PRONOUN_OBJECT, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}


_PRONOUN_OWNER = {
    code: re.compile(mod.PRONOUN_OWNER, re.IGNORECASE)
    for code, mod in (("en", en), ("uk", uk), ("ru", ru))
}


_CAPTIVES = re.compile(
    r"\b(?:captiv|prisoner|hostage|detain)|(?<![\w])(?:полон|плен|заручник|"
    r"заложник|затрима|задерж)",
    re.IGNORECASE,
)


_PRONOUN_REACH = 2  # sentences back to the one that named the settlement


def _pronoun_claims(ctx: SentenceContext, trig: Any, g: _Target) -> None:
    """A settlement of the sentence just before, named by a pronoun."""
    lang, t, st = ctx.lang, ctx.t, ctx.st
    obj, owner = _PRONOUN_OBJECT.get(lang), _PRONOUN_OWNER.get(lang)
    if obj is None or owner is None or trig.family != "capture":
        return
    # (the pronoun before a verb is its object too: "її захопили")
    hit = owner.search(t, max(g.clause[0], trig.start - 30), trig.start) or (
        obj.match(t, trig.end, g.clause[1])
    )
    at, _ = st.told.last
    if (
        hit is None
        or st.sentence_no - at > _PRONOUN_REACH
        or _CAPTIVES.search(t)
        or any(g.clause[0] <= p.start < g.clause[1] for p in ctx.places)
    ):
        return
    names = st.told.recall("settlement", st.sentence_no, st.paragraph)
    if not names:
        return
    _recalled_claim(ctx, trig, g, names[:1], g.gainer)
