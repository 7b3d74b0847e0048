"""Who gained by a capture or withdrawal and whether it is denied: a flag raised
or a place declared a side's again, a side that only tells of a fall, a denier
who is no taker, a capture noun told only to be denied."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ... import lexicon as lx
from ...claimants import EN_SPEECH_VERBS
from ...context import SentenceContext, _gainer_for
from ...fastre import folded, keyed
from ...sides import concrete, opposite
from .words import _ACT_NOUN, _CAPTURE_NOUN

# a side that denies or does not confirm a capture is not its taker:
# "Ukraine's General Staff called the claim of the capture of X a lie",
# "Kyiv did not confirm the capture of X"
_DENIAL_VERB = re.compile(
    r"\b(?:denied|denies|deny|dismissed|rejected|refuted|called|disputed|"
    r"disputes|(?:did|does|has|have) not confirm(?:ed)?|no truth|not true|untrue)\b|"
    r"(?<![\w])(?:спростува\w*|спростову\w*|заперечи\w*|заперечу\w*|назва\w*|"
    r"не підтверди\w*|не підтверджу\w*|опроверг\w*|опровер\w*|отрица\w*|"
    r"не подтверди\w*|не подтвержда\w*)(?![\w])",
    re.IGNORECASE,
)
_DENIAL_VERB = keyed(folded(_DENIAL_VERB))  # speed: a case-folded twin, keyed


def _denier_is_not_taker(
    ctx: SentenceContext, trig: Any, clause: tuple[int, int], gainer: str | None
) -> str | None:
    """The gainer of a denied capture noun whose subject is the denier (any
    capture noun: "Moscow did not confirm the liberation of X" is Kyiv's
    claim, KNOWN41)."""
    noun = trig.nominal or _ACT_NOUN.search(trig.text) or _CAPTURE_NOUN.match(trig.text)
    if gainer is None or not noun:
        return gainer
    t = ctx.t
    for den in _DENIAL_VERB.finditer(t, clause[0], trig.start):
        for sm in ctx.mentions:
            if clause[0] <= sm.start < den.start() and not sm.after_preposition:
                side = concrete(sm.side, ctx.perspective)
                if side == gainer:
                    return opposite(side) or gainer
    return gainer


# a flag raised over a place: whose flag it is ("український прапор", "флаг
# России", "the Russian flag"), else who raised it ("ВСУ установили флаг")
_FLAG_WORD = re.compile(r"(?<![\w])(?:прапор\w*|флаг\w*|flags?)(?![\w])", re.I)
_FLAG_WORD = keyed(_FLAG_WORD)  # speed: passed over texts lacking its keys


_RAISED_BY = re.compile(r"(?:ли|ют|ут|ят|ed)$", re.I)


def _flag_side(ctx: SentenceContext, trig: Any, clause: tuple[int, int]) -> str | None:
    """The side gaining the place a flag is raised over, or None."""
    t = ctx.t
    flag = _FLAG_WORD.search(t, max(clause[0], trig.start - 40), trig.end + 30)
    if flag is None:
        return None
    sides = [
        m
        for m in ctx.mentions
        if m.side in ("UA", "RU", "WE", "ENEMY")
        and (0 <= flag.start() - m.end <= 2 or 0 <= m.start - flag.end() <= 2)
    ]
    if not sides and _RAISED_BY.search(trig.text):
        sides = [
            m
            for m in ctx.mentions
            if clause[0] <= m.start < trig.start
            and not m.after_preposition
            and m.side in ("UA", "RU", "WE", "ENEMY")
        ][-1:]
    for m in sides:
        side = concrete(m.side, ctx.perspective)
        if side:
            return side
    return None


# a place declared one side's again: "X is Ukrainian again", "Колоски знову
# наші", "X снова российская" (the side word is inside the trigger)
_DECLARED = re.compile(
    r"(?:(?:once )?again |once more |знову? |снова |вновь |опять )?"
    r"(?:(ukrainian|україн\w*|украин\w*)|(russian|російськ\w*|российск\w*)|"
    r"(наш\w*))(?: (?:once )?again| once more)?",
    re.IGNORECASE,
)


_AGAIN_WORDS = ("again", "once", "знов", "снова", "вновь", "опять")


def _declared_side(ctx: SentenceContext, trig: Any) -> str | None:
    """The side a place is declared to belong to again, or None."""
    low = trig.text.lower()
    if not low.startswith(_AGAIN_WORDS) and not low.endswith(("again", "more")):
        return None
    m = _DECLARED.fullmatch(trig.text)
    if m is None:
        return None
    if m.group(3):
        return ctx.perspective or lx.HOME_SIDE.get(ctx.lang)
    return "UA" if m.group(1) else "RU"


# a place's fall told with the place as subject ("X fell", "X has fallen",
# "X is lost", "X is gone"), and a side that only tells it ("Moscow says",
# "Kyiv admits that", "росіяни кажуть, що")
_PLACE_LOST = re.compile(r"fell|fallen|lost|gone|(?:впа|упа)(?:в|ла|ло|ли)", re.I)


_TELLS = re.compile(
    r"[\w’'-]*\W{0,3}(?:\w+\s+){0,2}?(?:says?|said|insists?|insisted|claims?|"
    r"claimed|admits?|admitted|reports?|reported|announced|confirms?|confirmed|"
    r"кажуть|каже|заяви\w*|заявля\w*|стверджу\w*|визна\w*|повідоми\w*|"
    r"говор\w*|утвержда\w*|признал\w*|сообщи\w*)\b",
    re.IGNORECASE,
)


def _gainer_and_negation(
    ctx: SentenceContext, trig: Any, clause: tuple[int, int]
) -> tuple[str | None, bool]:
    """Who gained by ``trig`` (a flag or a declaration over the gainer the
    clause names) and whether it is denied (a denier is no taker)."""
    mentions = _untold_mentions(ctx, trig, clause)
    told = ctx.perspective if len(mentions) == len(ctx.mentions) else "UA"
    if told == "UA" and trig.family == "capture" and _bare_fall(ctx, trig, clause):
        # a told fall is its holder's loss, as a pull-back is
        trig = replace(trig, family="withdraw")
    gainer = _gainer_for(ctx.t, trig, clause, mentions, ctx.st, told, ctx.lang)
    gainer = _flag_side(ctx, trig, clause) or _declared_side(ctx, trig) or gainer
    neg = ctx.negated_near(trig, clause) or _capture_denied(ctx, trig, clause)
    if neg:
        gainer = _denier_is_not_taker(ctx, trig, clause, gainer)
        gainer = _untaken_by_the_teller(ctx, trig, clause, gainer)
    return gainer, neg


# (English tells these with "no"/"never": context.negated_near)
_DENIED_BEFORE = lx.uk_ru("CAPTURE_DENIED_BEFORE")


_DENIED_AFTER = lx.uk_ru("CAPTURE_DENIED_AFTER")


def _capture_denied(ctx: SentenceContext, trig: Any, clause: tuple[int, int]) -> bool:
    """A capture noun told only to be denied: "ніякого захоплення X не було",
    "о взятии X речи не идет"."""
    before, after = _DENIED_BEFORE.get(ctx.lang), _DENIED_AFTER.get(ctx.lang)
    noun = trig.nominal or _ACT_NOUN.search(trig.text) or _CAPTURE_NOUN.match(trig.text)
    if before is None or after is None or not noun:
        return False
    t = ctx.t
    if before.search(t, max(clause[0], trig.start - 40), trig.start):
        return True
    places = [p for p in ctx.places if trig.end <= p.start < clause[1]]
    end = places[0].end if places else trig.end
    return after.match(t, end, clause[1]) is not None


def _untaken_by_the_teller(
    ctx: SentenceContext, trig: Any, clause: tuple[int, int], gainer: str | None
) -> str | None:
    """The gainer of a capture denied outright ("Місто не захоплене", "the town
    has not been captured") that names no taker in its clause, told by a
    Ukrainian teller: Russia's (the claim a Ukrainian source denies is the
    other side's). A Russian teller denying a capture with no taker is as
    often cautious about its own side's claims ("информация о взятии X пока
    не подтверждается"), so its default stays."""
    own = ctx.perspective or ctx.st.own_side
    if gainer != own or own != "UA":
        return gainer
    if lx.PREMATURE.search(ctx.t, clause[0], clause[1]):
        return gainer  # a claim called premature keeps its side (lexicon)
    if any(clause[0] <= m.start < clause[1] for m in ctx.mentions):
        return gainer
    return opposite(own)


def _bare_fall(ctx: SentenceContext, trig: Any, clause: tuple[int, int]) -> Any:
    """The place a fall verb has for subject ("X fell", "X has fallen", "X is
    lost"), the verb naming no gainer; else None."""
    if not _PLACE_LOST.fullmatch(trig.text):
        return None
    if trig.family not in ("withdraw", "capture"):
        return None
    return max(
        (p for p in ctx.places if clause[0] <= p.start and p.end <= trig.start),
        key=lambda p: p.start,
        default=None,
    )


# a teller named after the clause it tells: "X has fallen, Kyiv said", "X fell,
# said the Wagner chief", "X is lost, according to Moscow"
_TELLER_AFTER = re.compile(
    rf"\W*(?:(?:{EN_SPEECH_VERBS}|"
    r"according to|заяви\w*|повідоми\w*|сообщи\w*|по словам|за словами)"
    r"\s+)?(?:the |a |an )?$",
    re.IGNORECASE,
)


def _is_teller(ctx: SentenceContext, m: Any, subject: Any, trig: Any) -> bool:
    """Whether side mention ``m`` only tells of a fall: named before its
    subject and followed by a telling verb, or named after the fall's clause
    (a comma between) and telling it."""
    t = ctx.t
    if m.start < subject.start:
        return _TELLS.match(t, m.end, subject.start) is not None
    if m.start < trig.end:
        return False
    gap = t[trig.end : m.start]
    if not re.search(r"[,—–]", gap):
        return False
    tail = gap[max(gap.rfind(","), gap.rfind("—"), gap.rfind("–")) :]
    if _TELLER_AFTER.fullmatch(tail) and re.search(r"\w", tail):
        return True
    return _TELLS.match(t, m.end, min(len(t), m.end + 40)) is not None


def _untold_mentions(
    ctx: SentenceContext, trig: Any, clause: tuple[int, int]
) -> list[Any]:
    """The side mentions of the sentence, less those that only tell of a
    place's fall ("Moscow says X fell", "X has fallen, Kyiv admits"): the
    teller is no agent of it, nor its loser, nor its side the text's
    perspective on it (the place is its holder's loss, as a place that fell
    with nobody telling it)."""
    subject = _bare_fall(ctx, trig, clause)
    if subject is None:
        return ctx.mentions
    return [m for m in ctx.mentions if not _is_teller(ctx, m, subject, trig)]
