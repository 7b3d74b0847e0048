"""The context the rules share for one sentence (``_sentence_context``, a
recipe): its frame (who states it and when, ``_sentence_frame``; the triggers
that only date a running total left out), its places (less speakers' names,
trigger and side words), its sector, and the ``SentenceContext`` assembled
from them.

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import functools
import re
import weakref
from bisect import bisect_left
from datetime import date
from typing import NamedTuple

from . import lexicon as lx
from .claim_maker import _claim_maker
from .claimants import (
    Claimant,
)
from .clauses import _clauses
from .clean import Sentence
from .context import (
    SentenceContext,
    _clause_of,
    _DocState,
    _Trig,
)
from .negation import _negation_check
from .periods import (
    PeriodMention,
    find_periods,
)
from .questions import _is_question
from .rules.area import may_hold_front_figure
from .sides import (
    SideMention,
    side_mentions,
    you_side,
)
from .speakers import _sentence_claimant
from .statement_days import _dateline, _statement_date
from .toponyms import PlaceMention, find_places
from .triggers import _find_triggers
from .units import find_quantities


def _trim_trigger_words(
    places: list[PlaceMention], trigs: list[_Trig], t: str
) -> list[PlaceMention]:
    """A capitalised trigger glued to a name ("Звільнено Сторожеве") is cut off."""
    out = []
    starts = [tr.start for tr in trigs]  # sorted: the matches of one search
    for p in places:
        i = bisect_left(starts, p.start)
        tr = trigs[i] if i < len(trigs) and trigs[i].start < p.end else None
        if tr is None:
            out.append(p)
            continue
        if tr.start == p.start and tr.end < p.end:
            a = tr.end + (len(t[tr.end : p.end]) - len(t[tr.end : p.end].lstrip()))
            if a < p.end and t[a : p.end][:1].isupper():
                out.append(PlaceMention(a, p.end, t[a : p.end], p.region))
                continue
        out.append(p)
    return out


class _Frame(NamedTuple):
    """Who states a sentence and when: what ``_sentence_frame`` decides."""

    claimant: Claimant | None
    own: Claimant | None  # the speaker the sentence names itself
    perspective: str | None
    periods: list[PeriodMention]
    trigs: list[_Trig]  # less those that only date a running total
    stmt: date | None
    said: PeriodMention | None


def _sentence_context(
    s: Sentence,
    st: _DocState,
    lang: str,
    next_text: str = "",
    pls: list[PlaceMention] | None = None,
) -> SentenceContext | None:
    """The context the rules share for sentence ``s``; None with no trigger.

    A recipe: the triggers, or a bare front figure, decide whether the sentence
    is read at all; ``_sentence_frame`` decides who states it, when, and which
    triggers still make claims (none: no context); ``_sentence_places`` decides
    the places before ``_note_sector`` moves the document's sector on;
    ``_new_context`` assembles what the rules share.
    """
    t = s.text
    trigs = _find_triggers(t, lang)
    if not trigs and st.item_factor is None and not may_hold_front_figure(t, lang):
        return None  # (an item of a list of bare figures is read: B30MISS39)
    frame = _sentence_frame(s, st, lang, trigs, next_text)
    if frame is None:
        return None
    mentions = you_side(
        side_mentions(t, lang), st.perspective or lx.HOME_SIDE.get(lang)
    )
    sector_ms = list(lx.SECTOR.get(lang, lx.SECTOR["en"]).finditer(t))
    places = _sentence_places(
        t, lang, st, pls, frame.claimant, frame.own, frame.trigs, mentions, sector_ms
    )
    return _new_context(s, st, lang, frame, mentions, places, sector_ms)


def _sentence_frame(
    s: Sentence, st: _DocState, lang: str, trigs: list[_Trig], next_text: str
) -> _Frame | None:
    """Who states sentence ``s`` and when, in this order: the claimant
    (``_sentence_claimant``, which may read ``next_text``); the periods less
    datelines (a timeline entry's day is no dateline); the triggers left once
    those only dating a running total go (None if none is left); the day of
    the statement (``_statement_date``)."""
    t = s.text
    claimant, own, pronoun, perspective = _sentence_claimant(t, st, lang, next_text)
    entry = s.line_index in st.timeline  # a timeline's day is its line's
    periods = [p for p in find_periods(t, lang) if entry or not _dateline(t, p)]
    kept = _undated_triggers(trigs, periods, st)
    if kept is None:
        return None
    stmt, said = _statement_date(
        s, st, lang, claimant, pronoun, periods, kept, own is not None
    )
    said_at = said[0] if said is not None else None
    return _Frame(claimant, own, perspective, periods, kept, stmt, said_at)


def _note_sector(st: _DocState, sector_ms: list[re.Match[str]]) -> str | None:
    """The sector the sentence names first, if any; naming one moves the
    document's last sector on and forgets the quiet sentences of the last."""
    sector = sector_ms[0].group(0) if sector_ms else None
    if sector:
        st.last_sector = sector
        st.sector_paragraph = st.paragraph
        st.quiet_texts.clear()
    return sector


def _new_context(
    s: Sentence,
    st: _DocState,
    lang: str,
    frame: _Frame,
    mentions: list[SideMention],
    places: list[PlaceMention],
    sector_ms: list[re.Match[str]],
) -> SentenceContext:
    """The context of ``s`` from its frame, mentions and places; the text alone
    decides the rest. (``make`` reaches the section through a weak reference: a
    closure over ``ctx`` held by ``ctx`` made a cycle, and every sentence's
    context and mentions waited for the garbage collector; speed.)"""
    t = s.text
    clauses = _clauses(t, lang)
    quantities = find_quantities(t, lang)
    ctx = SentenceContext(
        s=s,
        st=st,
        lang=lang,
        t=t,
        trigs=frame.trigs,
        clauses=clauses,
        mentions=mentions,
        places=places,
        quantities=quantities,
        question=_is_question(s, lang),
        perspective=frame.perspective,
        sector=_note_sector(st, sector_ms),
        out=[],
        make=_claim_maker(s, clauses, mentions, frame.claimant, lambda: own().section),
        clause_span=functools.partial(_clause_of, clauses),
        negated_near=_negation_check(t, lang),
        periods=frame.periods,
        stmt=frame.stmt,
        total_word=bool(lx.TOTAL.search(t)),
        said=frame.said,
    )
    own = weakref.ref(ctx)
    return ctx


def _undated_triggers(
    trigs: list[_Trig], periods: list[PeriodMention], st: _DocState
) -> list[_Trig] | None:
    """``trigs`` less those that only date a running total; None if none is left."""
    # "since launching the assault on May 10": the date starts a running
    # total and the fighting word inside only dates it; "since seizing
    # Avdiivka in February": a capture inside is a claim of its own, dated
    # by the inner expression
    since_spans = [(p.start, p.end) for p in periods if p.kind in ("since_start",)]
    for p in periods:
        if "inner_kind" in p.groups and not any(
            p.start < tr.start < p.end and tr.family in ("capture", "withdraw")
            for tr in trigs
        ):
            since_spans.append((p.start, p.end))
    if not since_spans:
        return trigs
    dating = trigs
    trigs = [
        tr
        for tr in trigs
        if tr.family in ("capture", "withdraw")
        or not any(a < tr.start and tr.end <= b for a, b in since_spans)
    ]
    if st.why is not None:
        for tr in dating:
            if tr not in trigs:
                st.why.note(tr.start, tr.end, "since-span")
    # B30MISS39: a sentence with no trigger (a free figure's) keeps its frame
    return trigs or (None if dating else [])


# the head of a sector that points at a settlement: "в напрямку X", "в
# направлении X" (the settlement ends the sector phrase)
_DIRECTION_OF = re.compile(r"(?:напрямку|направлении)\s+$")


def _sentence_places(
    t: str,
    lang: str,
    st: _DocState,
    pls: list[PlaceMention] | None,
    claimant: Claimant | None,
    own: Claimant | None,
    trigs: list[_Trig],
    mentions: list[SideMention],
    sector_ms: list[re.Match[str]],
) -> list[PlaceMention]:
    """The places of ``t``, less speakers' names, trigger and side words."""
    places = (
        pls
        if pls is not None
        else find_places(t, lang, exclude=st.people, known=st.known_places)
    )
    if (
        claimant is not None
        and claimant.name
        and any(w in claimant.name.split() for p in places for w in p.name.split())
    ):
        places = [
            p
            for p in places
            if not any(w in claimant.name.split() for w in p.name.split())
        ]
    if own is not None and own.name:
        places = [
            p
            for p in places
            if not (own.start <= p.start < own.end and p.name in own.name)
        ]
    places = _trim_trigger_words(places, trigs, t)
    # side words read as names ("«Наші хлопці зайшли…»") are no places
    side_words = {
        (m.start, m.end) for m in mentions if m.side in ("WE", "ENEMY", "PRO")
    }
    places = [p for p in places if (p.start, p.end) not in side_words]
    sector_spans = [(m.start(), m.end()) for m in sector_ms]
    if lang != "en":
        # "Покровському напрямку" names a sector, no place; the settlement a
        # direction points at ("в напрямку Костянтинівки") is one (PLACES28)
        places = [
            p
            for p in places
            if not any(
                a <= p.start < b and not _DIRECTION_OF.search(t, a, p.start)
                for a, b in sector_spans
            )
        ]
    return places
