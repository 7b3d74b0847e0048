"""What one capture or withdrawal trigger acts on (:class:`_Target`): its clause,
the segments before and after it, their places, the object (after an active
verb, before a passive one, a topic or a subject put first, an appositive's
head), and the span of its claim."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from ... import lexicon as lx
from ...context import SentenceContext
from ...lang import en, ru, uk
from ...toponyms import PlaceMention
from .gainers import _gainer_and_negation
from .words import _ENTIRE, _NEAR_BEFORE, _REFERENCE_BEFORE

_APPOSITIVE_BEFORE = re.compile(
    r",\s+(?:(?:which|that|які|яке|який|яку|которое|который|которую|которые)\s+"
    r"(?:[\w'’-]+\s+){0,6})?$"
)


# EN31c: a noun-phrase aside between a settlement and its verb ("X, a village
# of 300 people, was captured on Monday", "X, a town near the border, fell")
_NOUN_ASIDE_BEFORE = re.compile(
    r",\s+(?:a|an|the|once|one)\s[^,.;:!?()\"“”]{0,80},\s+"
    r"(?:(?:was|were|has|have|had|is|are)\s+(?:been\s+)?)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


# a status given to a place with "as" ("marks X as occupied"): the place
# right before it alone, not the places before that
_AS_END = re.compile(
    r"\bas\s+(?:(?:fully|completely|entirely|partially|partly|now|already)\s+)?$",
    re.IGNORECASE,
)


@dataclass
class _Target:
    """What one capture trigger acts on: its clause, segments and places."""

    clause: tuple[int, int]
    nxt: int
    seg_before: tuple[int, int]
    seg_after: tuple[int, int]
    after_pl: list[PlaceMention]
    before_pl: list[PlaceMention]
    obj: list[PlaceMention]
    appos: PlaceMention | None
    settlements: list[PlaceMention]
    regions: list[PlaceMention]
    tail: str
    gainer: str | None
    neg: bool
    span: tuple[int, int]


# a place that fell, as the subject before its verb: "Зорівка впала", "X не
# пала" (the withdraw family: a loss for the side telling it)
# (and a place declared lost or denied to have fallen: "X не втрачена", "X
# did not fall", "X never fell", "X is gone")
_FELL = re.compile(
    r"(?:впа|упа|па)(?:в|ла|ло|ли)$|fallen$|fell$|fall$|lost$|gone$|"
    r"втрачен\w*$|зда(?:ли|в|ла)$",
    re.IGNORECASE,
)


# a verb whose object stood first ("Зорівку ворог так і не взяв."): the
# place before it is what it took
_OBJECT_FIRST = re.compile(r"(?:взя|узя)(?:ли|в|ла)$", re.IGNORECASE)


# an object announced as a list after a colon
_LIST_AHEAD = re.compile(
    r"[^:.;!?]{0,40}?\b(?:the following|these|such)\b[^:.;!?]{0,40}:\s*|"
    r"[^:.;!?]{0,40}?(?<![\w])(?:такі|таких|таке|наступн\w+|следующ\w+|таки[ех]|"
    r"ці|цих|эти|этих)(?![\w])[^:.;!?]{0,40}:\s*",
    re.IGNORECASE,
)
# KNOWN39: settlements in the plural, no count, right after the verb, then a
# colon ("заняли населенные пункты в Донецкой области: X и Y", "зайняли
# населені пункти: X та Y", "took the villages of the region: X and Y"): the
# list after the colon is the object (a place before it says where they lie)
_PLURAL_AHEAD = re.compile(
    r"\s+(?:the\s+)?(?:"
    + "|".join((en.SETTLEMENT_PLURALS, uk.SETTLEMENT_PLURALS, ru.SETTLEMENT_PLURALS))
    + r")(?![\w-])"
    # only where they lie may stand before the colon ("в Донецкой области",
    # "near Pokrovsk"), so a genitive ("освобождении города назвали …:") is
    # no list's head
    r"(?:\s+(?:в|у|на|під|под|біля|около|поблизу|вблизи|in|near|around|of)"
    r"\s[^:.;!?]{0,50})?:\s*",
    re.IGNORECASE,
)


# session 40 (xnonplace): a capture's list goes on after a comma ("took X, as
# well as the villages of A and B", "освободили X, а также населенные пункты
# A и B", "над X, а также над населенными пунктами A, B"): the places after
# it are objects too (lang ALSO_LIST; a settlement plural or its instrumental)
_ALSO_LIST = re.compile(
    r",\s*(?:"
    + "|".join((en.ALSO_LIST, uk.ALSO_LIST, ru.ALSO_LIST))
    + r")\s+(?:(?:the|над|з|із|из|from)\s+)?(?:(?:"
    + "|".join((en.SETTLEMENT_PLURALS, uk.SETTLEMENT_PLURALS, ru.SETTLEMENT_PLURALS))
    + r"|населеними\s+пунктами|насел[её]нными\s+пунктами|селами|с[её]лами)"
    r"\s+(?:of\s+)?)?(?-i:(?=[A-ZА-ЯІЇЄҐЁ]))",
    re.IGNORECASE,
)


# the end of such a list: a stop, or a comma before a word written small
_LIST_STOP = re.compile(r"[.;!?]|,\s+(?![A-ZА-ЯІЇЄҐЁ])")


def _target(ctx: SentenceContext, trig: Any) -> _Target:
    """The clause, segments, places, gainer and negation of ``trig``: a
    recipe of the steps below (segments, object, gainer, span)."""
    clause = ctx.clause_span(trig.start)
    prv, nxt = _neighbours(ctx, trig)
    seg_after = (trig.end, min(clause[1], nxt))
    seg_before = (max(clause[0], prv), trig.start)
    seg_after, after_pl = _after_places(ctx, trig, seg_after, nxt)
    before_pl = [p for p in ctx.places_in(*seg_before) if not _since_place(ctx.t, p)]
    obj, appos = _object(ctx, trig, clause, after_pl, before_pl)
    settlements = [p for p in obj if not p.region]
    gainer, neg = _gainer_and_negation(ctx, trig, clause)
    span = (
        min(
            seg_before[0] if trig.passive or not settlements else trig.start,
            trig.start,
        ),
        max(seg_after[1], trig.end),
    )
    if appos is not None:
        span = (appos.start, max(seg_after[1], trig.end))
    return _Target(
        clause,
        nxt,
        seg_before,
        seg_after,
        after_pl,
        before_pl,
        obj,
        appos,
        settlements,
        [p for p in obj if p.region],
        ctx.t[trig.end : seg_after[1]],
        gainer,
        neg,
        span,
    )


def _neighbours(ctx: SentenceContext, trig: Any) -> tuple[int, int]:
    """The end of the movement trigger before ``trig`` (0: none) and the start
    of the one after it (the sentence length: none), by bisection in the
    sentence's sorted movement bounds (a sentence of many triggers stays
    linear)."""
    ends, starts = ctx.movement_bounds
    i = bisect_right(ends, trig.start)
    j = bisect_right(starts, trig.start)
    return (ends[i - 1] if i else 0), (starts[j] if j < len(starts) else len(ctx.t))


def _after_places(
    ctx: SentenceContext, trig: Any, seg_after: tuple[int, int], nxt: int
) -> tuple[tuple[int, int], list[PlaceMention]]:
    """The segment after ``trig`` and its places; with none in its clause, a
    list announced after a colon ("майорить у таких селах: X, Y", "liberated
    the following villages: X, Y") is the object."""
    t = ctx.t
    after_pl = _named_not_reference(
        t, [p for p in ctx.places_in(*seg_after) if not _since_place(t, p)]
    )
    after_pl = _without_locators(t, after_pl)
    also = _ALSO_LIST.match(t, seg_after[1]) if after_pl else None
    if also is not None and also.start() < nxt:
        stop = _LIST_STOP.search(t, also.end())
        end = min(stop.start() if stop else len(t), nxt)
        more = ctx.places_in(also.end(), end)
        if more:
            return (trig.end, end), after_pl + list(more)
    ahead = _LIST_AHEAD.match(t, trig.end) if not after_pl else None
    ahead = ahead or _PLURAL_AHEAD.match(t, trig.end)
    if ahead is None:
        return seg_after, after_pl
    stop = re.compile(r"[.;!?]").search(t, ahead.end())
    seg_after = (trig.end, min(stop.start() if stop else len(t), nxt))
    return seg_after, ctx.places_in(ahead.end(), seg_after[1])


def _named_not_reference(t: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """``places`` without a reference point after an unnamed settlement ("two
    villages near Pokrovsk: A and B" gives A and B), when others are left (an
    unnamed settlement near X alone keeps X, as "a village in X region" keeps
    the region: its location).

    Found by the leften lane (session 36)."""
    kept = [
        p
        for p in places
        if not _REFERENCE_BEFORE.search(t, max(0, p.start - 60), p.start)
    ]
    return kept if kept and len(kept) < len(places) else places


_LOCATOR_BETWEEN = re.compile(en.LOCATOR_BETWEEN, re.IGNORECASE)


def _without_locators(t: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """``places`` without those a location phrase ties to the settlement
    before them ("seized X (northeast of Y)": X alone).

    Found by the leften lane (session 37)."""
    kept = places[:1]
    for prev, p in zip(places, places[1:], strict=False):
        between = t[prev.end : p.start]
        if prev.region or not _LOCATOR_BETWEEN.fullmatch(between):
            kept.append(p)
    return kept


# LEFTEEN35: a place after "since" names a past reference point ("the
# largest town captured since Avdiivka"), not what the trigger acts on
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _since_place(t: str, place: PlaceMention) -> bool:
    """Whether ``place`` stands right after "since" in sentence ``t``."""
    return _SINCE_BEFORE.search(t, max(0, place.start - 8), place.start) is not None


def _object(
    ctx: SentenceContext,
    trig: Any,
    clause: tuple[int, int],
    after_pl: list[PlaceMention],
    before_pl: list[PlaceMention],
) -> tuple[list[PlaceMention], PlaceMention | None]:
    """The places ``trig`` acts on, and the place put first that the claim's
    quote starts at (None: none). The places after an active trigger, before a
    passive one; else a topic before it, else an appositive's head."""
    if trig.passive and before_pl:
        obj = before_pl
        last = before_pl[-1]
        if _AS_END.search(ctx.t, last.end, trig.start) or lx.AS_STATUS_BEFORE.search(
            ctx.t, last.end, trig.start
        ):
            # S33: "officials in X list Y as occupied": Y alone; "the area
            # near Y is marked as occupied": no settlement
            near = _NEAR_BEFORE.search(ctx.t, max(0, last.start - 30), last.start)
            obj = [] if near else [last]
    else:
        obj = after_pl or []
    appos = None
    if not after_pl and not trig.passive and before_pl:
        topic = _topic_before(ctx, trig, clause, before_pl)
        obj = [topic] if topic is not None else obj
        appos = topic  # the claim's quote starts at the place put first
    if not [p for p in obj if not p.region]:
        appos = _appositive(ctx, trig, appos)
        if appos is not None:
            obj = [appos]
    return obj, appos


def _appositive(ctx: SentenceContext, trig: Any, appos: Any) -> Any:
    """The place an appositive clause of ``trig`` hangs on ("Avdiivka,
    abandoned by Ukraine in February", "Vuhledar, which Kyiv's troops left in
    October"): None if no place ends where it starts; ``appos`` when there
    is no such clause."""
    t = ctx.t
    m_app = _APPOSITIVE_BEFORE.search(t, max(0, trig.start - 60), trig.start)
    if not m_app and ctx.lang == "en":
        m_app = _NOUN_ASIDE_BEFORE.search(t, max(0, trig.start - 130), trig.start)
    if not m_app:
        return appos
    return next(
        (p for p in ctx.places if p.end == m_app.start() and not p.region), None
    )


def _topic_before(
    ctx: SentenceContext,
    trig: Any,
    clause: tuple[int, int],
    before_pl: list[PlaceMention],
) -> Any:
    """The place before an active trigger with no place after it that is its
    object (None: none): a topic, the object of an impersonal form, the
    subject of a predicate participle, or a place that fell."""
    t, last = ctx.t, before_pl[-1]
    topic = _topical_object(ctx, last, trig)
    if topic is not None:
        return topic
    if _IMPERSONAL.search(trig.text):
        # "Село Колоски було звільнено": the impersonal form's object
        # stands before it (not "біля X звільнено ...")
        near = _NEAR_BEFORE.search(t, max(0, last.start - 30), last.start)
        common = lx.SETTLEMENT_NOUN.fullmatch(last.name)  # "Город освобожден"
        return None if near or last.region or common else last
    if _PARTICIPLE.search(trig.text) and _PARTICIPLE_GAP.fullmatch(
        t, last.end, trig.start
    ):
        return _participle_subject(ctx, before_pl, clause)
    if (
        trig.family == "withdraw"
        and _FELL.fullmatch(trig.text)
        or trig.family == "capture"
        and _OBJECT_FIRST.fullmatch(trig.text)
    ) and not last.region:
        return last  # "Зорівка не впала": the place fell
    return None


def _participle_subject(
    ctx: SentenceContext, before: list[Any], clause: tuple[int, int]
) -> Any:
    """The place a predicate participle after it was done to, or None.

    "Роботине вже звільнене", "Город X освобожден", "X была взята", "майже
    вся Харківська область деокупована" (a region only whole); a district
    after its settlement stays with it ("Роботине Пологівського району
    звільнене"); not a place after a preposition ("біля X звільнено") nor a
    common noun ("Город освобожден").
    """
    t = ctx.t
    subj = before[-1]
    if (
        subj.region
        and len(before) > 1
        and not before[-2].region
        and not t[before[-2].end : subj.start].strip()
    ):
        subj = before[-2]
    if (
        _PREP_END.search(t, max(0, subj.start - 8), subj.start)
        or _NEAR_BEFORE.search(t, max(0, subj.start - 30), subj.start)
        or lx.SETTLEMENT_NOUN.fullmatch(subj.name)
    ):
        return None
    if subj.region and not _ENTIRE.search(t, clause[0], clause[1]):
        return None
    return subj


_PREP_END = re.compile(
    r"(?<![\w])(?:на|в|у|біля|під|поблизу|возле|около|под|до|від|от|з|із|из|с)\s+$",
    re.IGNORECASE,
)


# an impersonal passive (uk "-но/-то", ru short neuter): "звільнено", "занято"
_IMPERSONAL = re.compile(r"(?-i:[а-яіїєґё]+(?:но|то))$")


# a short or predicative passive participle agreeing with the place before
# it: "Город X освобожден", "X была взята", "село захоплене", "Роботине вже
# звільнене", "деокупована" (not across a clause: "… в X ночью, мост уже
# потерян"; the impersonal "-но/-то" is _IMPERSONAL's)
_PARTICIPLE = re.compile(
    r"(?-i:[а-яіїєґё]+(?:[еаіё]н(?:[аеіоы]|ий)?|ян[аы]?|[яу]т(?:[аеіы]|ий)?))$"
)


# B33DET242: the participle perhaps in scare quotes ("Горналь — «освобождён»",
# "Ямпіль «повністю звільнений»")
_PARTICIPLE_GAP = re.compile(r"\s+(?:[—–]\s+)?(?:[«\"“„]?[\w-]+\s+){0,3}[«\"“„]?")


# a place put first, then the subject and the verb (uk/ru word order):
# "Колоски ми залишили", "з Марівки вони вийшли", "Колоски окупанти захопили"
_TOPIC_HEAD = re.compile(r"(?:^|[\s«\"„“—–-])(?:(?:з|із|зі|из|с)\s+)?$", re.I)


_TOPIC_GAP = re.compile(r"\s+(?:\w+\s+)?$")


def _topical_object(ctx: SentenceContext, place: Any, trig: Any) -> Any:
    """``place`` when it is the object put before the subject of ``trig``."""
    t = ctx.t
    if place.region or not _TOPIC_HEAD.search(t, max(0, place.start - 6), place.start):
        return None
    subj = [m for m in ctx.mentions if place.end <= m.start and m.end <= trig.start]
    if len(subj) != 1 or subj[0].side not in ("UA", "RU", "WE", "ENEMY"):
        return None
    if (
        not _TOPIC_GAP.fullmatch(t, subj[0].end, trig.start)
        or t[place.end : subj[0].start].strip()
    ):
        return None
    return place
