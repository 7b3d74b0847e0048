"""Dating the claims of one sentence: which time expression governs each
claim, its period, running-total flag and confidence (issue 8: the dating
part of ``claims._analyse``, moved here unchanged).

``_date_and_flag`` is called once per sentence with the claims its rules
made; ``_period_for`` picks the time expression governing one claim (its own
clause first, a figure's neighbour, the span the claim sentence before named);
``_apply_period`` resolves it (``periods.resolve``) and sets the running-total
flag. The few words and kinds the rest of the engine shares with dating
(statement words, contrast, comparison, the kinds a span is carried by) live
here too, so that ``claims`` imports them and no import circle arises.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..model import Claim
from . import lexicon as lx
from .context import (
    _SIZE_CHANGE,
    SentenceContext,
    _clause_of,
    _DocState,
)
from .fastre import folded, keyed
from .lang import en, every, ru, uk
from .period_rules import (
    FROM_EVENT_KINDS,
    STATEMENT_DAY_KINDS,
    TOTAL_WORDS,
    announced_object,
    can_be_running_total,
    continues,
    launch_day,
    stated_now,
    statement_day,
    statement_verbs,
    statement_words,
    tally_since,
)
from .periods import (
    BOUNDED_KINDS,
    CUMULATIVE_KINDS,
    WEEK_DAYS,
    PeriodMention,
    days_later,
    event_of,
    find_periods,
    first_days_count,
    fits_told_unit,
    is_cumulative,
    resolve,
    since_inner,
    told_span_unit,
)
from .sides import _MENTION as _SIDE_MENTION
from .sides import side_of_text
from .units import NO_MEASURE_AFTER

_UP_TO_DATE = re.compile(
    r"\b(?:up to|through|until|as of|by)\s+(?:(?P<mon>"
    + en.MONTHS
    + r")\s+(?P<day>\d{1,2})"
    # INV27: the day before the month ("up to 30 December")
    + r"|(?P<day2>\d{1,2})\s+(?P<mon2>"
    + en.MONTHS
    + r")\b)",
)
_UP_TO_DATE = keyed(_UP_TO_DATE)  # speed: passed over texts lacking its keys


# a relative or appositive clause with its own verb between a claim and a
# time expression: the time belongs to that clause ("recaptured Sudzha, the
# largest town Ukraine had held since its incursion")
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:(?:the|a|an)\s+[^,;]*?\b(?:had|has|have|was|were)\s+\w+|"
    r"(?:which|where|who|that)\s[^,;]*?\b(?:had|has|have|was|were)\s+\w+)"
)


# a relative or participial modifier opened after a comma ("…, which it took
# in August", "…, захваченной противником в августе", "…, яку захопили в
# серпні"): its time expression is about the noun it describes
_MODIFIER = re.compile(
    # an appositive about the place: "recaptured X, a village they lost in May"
    r",\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:village|town|city|settlement|"
    r"hamlet)\s+(?:(?:that\s+|which\s+)?(?:it|they|Russia|Ukraine|Moscow|Kyiv|"
    r"(?:\w+\s+)?(?:forces|troops))\s+|"
    # … or a participle: "Sudzha, the main town held by Ukraine since August"
    r"(?:(?:first|once|previously|long)\s+)?(?:held|controlled|occupied|"
    r"captured|taken|seized|lost|liberated|retaken|recaptured)\s+)[^,;]*$|"
    # B30PER239: a neuter participle ("…, начатое на прошлой неделе",
    # "…, розпочате минулого тижня": of "освобождение", "захоплення")
    r",\s*(?:(?:which|that|who|where)\b|(?<![\w])(?:"
    r"котор\w+|где|де|як(?:ий|а|е|і|у|ого|ої|их)|"
    r"[а-яіїєґё]+(?:нн|ен|т)(?:ой|ая|ого|ую|ых|ые|ої|ій|их|ий|ої|у|а|ое|е)"
    r"(?![\w])))[^,;]*$",
    re.IGNORECASE,
)


# "54 percent of the territory that Russia seized after its Feb. 24 invasion":
# the time of what the ground went through before, not of the claim
_GROUND_SEIZED = re.compile(
    r"\b(?:land|lands|territory|territories|ground|area|areas)\s+"
    r"(?:(?:that|which)\s+)?(?:it|they|Russia|Ukraine|Kyiv|Moscow|"
    r"(?:Russian|Ukrainian)\s+(?:forces|troops))\s+(?:(?:had|has|have)\s+)?"
    r"(?:seized|captured|took|taken|occupied|lost|held|controlled|grabbed)\b"
    r"[^,;]*$",
    re.IGNORECASE,
)
_GROUND_SEIZED = keyed(_GROUND_SEIZED)  # speed: passed over texts lacking its keys


def _in_modifier(text: str, p: PeriodMention, anchor: int) -> bool:
    """Whether ``p`` stands in a relative or participial modifier that does
    not hold the claim word at ``anchor``."""
    if anchor < p.start:
        return bool(
            _MODIFIER.search(text, anchor, p.start)
            or _GROUND_SEIZED.search(text, anchor, p.start)
        )
    m = _MODIFIER.search(text, 0, p.start)
    return (
        p.end <= anchor
        and m is not None
        and "," in text[p.end : anchor]
        and not _GROUND_BEFORE.search(text, 0, m.start())
    )


# XPER543: the ground a participle describes before its measure ("площу,
# звільнену біля X з початку травня, — 40 кв. км"): its time is the claim's
_GROUND_BEFORE = re.compile(
    rf"(?<![\w])(?:{uk.GROUND_NOUNS}|{ru.GROUND_NOUNS})\s*$", re.IGNORECASE
)


# a second reported object opens after "and that" ("said X and that Y")
_AND_THAT = re.compile(r"\s(?:and that|і що|та що|и что)\s", re.IGNORECASE)


# speed: a case-folded twin (same matches), asked only of texts holding a key
_AND_THAT = keyed(folded(_AND_THAT))


@functools.lru_cache(maxsize=16)
def _and_that_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where "and that" joins a second object in ``text`` (one scan per
    sentence, not one per claim: linear in a long sentence)."""
    return tuple((m.start(), m.end()) for m in _AND_THAT.finditer(text))


def _period_for(
    anchor: int,
    anchors: list[int],
    periods: list[PeriodMention],
    st: _DocState,
    carry: bool,
    clause: tuple[int, int] | None = None,
    foreign: list[int] | None = None,
    inherit: bool = False,
    text: str = "",
    same_speaker: bool = False,
    total: bool = False,
    share: bool = True,
) -> PeriodMention | None:
    """The time expression governing a claim anchored at ``anchor``.

    ``foreign`` holds the anchors of claims made by other trigger words;
    ``inherit``: with no time expression in the sentence, the explicit span of
    the claim sentence right before is used (not across a new statement);
    ``same_speaker``: the claim goes on in the words of the speaker who named
    the day remembered (``_DocState.claim_period_said``); ``total``: the
    claim's sentence tells a running total (a total word); ``share``: a time
    closing the clause of a coordinated second verb may date it (not a
    fight's).

    The recipe: drop the times of modifiers and second objects, take the
    span inherited from the sentence before when the sentence has none, keep
    the claim's clause, then the nearest time after the claim (unless it
    opens the next item) or before it, else the span carried or the
    sentence's nearest time."""
    periods = _outside_other_objects(periods, anchor, text)
    usable = [p for p in periods if p.kind not in ("weekday",)]
    inherited = _inherited(st, carry, text, same_speaker, total) if inherit else None
    if inherited is not None and not usable and len(usable) == len(periods):
        # (a weekday of the sentence's own, "… on Thursday", beats it below)
        return inherited
    whole = usable  # the sentence's times, before the clause narrows them
    if clause is not None:
        usable = _inside_clause(usable, clause, anchor, text) or usable
    i, j = bisect_left(anchors, anchor), bisect_right(anchors, anchor)  # sorted
    prev = anchors[i - 1] if i else -1
    nxt = anchors[j] if j < len(anchors) else 10**9
    after = [p for p in usable if anchor <= p.start < nxt]
    if after and _opens_next_item(text, anchor, after[0], foreign):
        # "у грудні, коли … 593 км², та в листопаді (716 км²)": the month after
        # ", and" opens the next item of a list; "far less than in 2022" is
        # the compared time, not this figure's
        # B33PER42: when the compared time was the clause's only one ("November
        # was the record: 725 sq km, more than in the whole first quarter"),
        # the sentence's other times still date the claim
        usable = [p for p in usable if p is not after[0]] or [
            p for p in whole if p is not after[0]
        ]
        after = []
    # a period right after a figure belongs to it ("610 sq km in October")
    if after and after[0].start - anchor <= (50 if carry else 30):
        return _specific(after[0], usable, whole, text)
    before = _before_claim(usable, prev, anchor, carry, text)
    turned = _weekday_turn(periods, usable, prev, anchor, text)
    if turned is not None and not after:
        return turned
    told = [p for p in usable if p.end <= anchor]
    own_day = _weekday_after_other_clause(periods, told, anchor, foreign, text)
    if own_day is not None and not after:
        return own_day
    if after or before:
        near = _nearest(after + before, anchor)
        if near in before and _since_past_statement_day(near, after, anchor, text):
            return after[0]
        return _specific(near, usable, whole, text)
    if carry and st.carry_period is not None:
        return st.carry_period
    if nxt < 10**9 and _COMPARED.search(text, anchor, nxt):
        # PERIODS28: "holds 600 sq km, down from 1,300 sq km in August": a
        # time past the compared figure is that figure's, not this claim's
        usable = [p for p in usable if p.start < nxt] or [
            # XPER543: the clause held only the compared time ("In May the
            # pace slowed: units seized 300 sq km, against 450 sq km in
            # April"): the sentence's time before the claim dates it
            p
            for p in whole
            if p.end <= anchor
        ]
        periods = [p for p in periods if p.start < nxt]
    return _nearest_left(periods, usable, anchor, foreign, inherited, text, share)


def _since_past_statement_day(
    day: PeriodMention, after: list[PeriodMention], anchor: int, text: str
) -> bool:
    """XPER543: a span counted from a start closing the claim's clause is the
    claim's, not the statement's day before it ("An officer said on May 12
    that the brigade has retaken up to 3 km in parts of the sector since the
    start of May"): the day stands right after a statement word, and no clause
    break nor statement word comes between the claim and the span."""
    if not after or after[0].kind not in _START_KINDS:
        return False
    said = statement_words(text)
    return any(0 <= day.start - b <= 4 for _, b in said) and _same_clause(
        text, anchor, after[0].start
    )


# B32PER41: a conjunction (or a semicolon) opening a clause of its own right
# before a weekday (", and on Friday", ", а в середу", "; on Saturday")
_TURN_TO_WEEKDAY = re.compile(
    r"(?:;\s*|(?:,|;|—|–)\s*(?:and|but|while|а|і|й|та|але|и|но)\s+)$",
    re.IGNORECASE,
)


def _weekday_turn(
    periods: list[PeriodMention],
    usable: list[PeriodMention],
    prev: int,
    anchor: int,
    text: str,
) -> PeriodMention | None:
    """B32PER41: the weekday opening the claim's own clause after a span told
    before it, past the claim before ("Last week fighting moved to X, and on
    Friday troops advanced 1 km", "минулого тижня окупанти зайшли до X, а в
    середу просунулися"): that day, not the span of the clause before."""
    told = [p.end for p in usable if p.end <= anchor]
    if not told or not text or prev < 0:
        return None
    last = max(told)
    for w in periods:
        if (
            w.kind == "weekday"
            and max(last, prev) <= w.start
            and w.end <= anchor
            and _TURN_TO_WEEKDAY.search(text, 0, w.start)
        ):
            return w
    return None


def _weekday_after_other_clause(
    periods: list[PeriodMention],
    told: list[PeriodMention],
    anchor: int,
    foreign: list[int] | None,
    text: str,
) -> PeriodMention | None:
    """B34PER43: a weekday closing the claim's own clause ("…, while Ukrainian
    troops retook positions near X on Wednesday", "…, а наші підрозділи
    відбили позиції біля X у середу") beats a span told in a clause before
    it ("Over the past week Russian units occupied Y, …"): that day."""
    if not told or not text:
        return None
    last = max(p.end for p in told)
    if not _CLAUSE_BREAK.search(text, last, anchor):
        return None
    nxt_other = min([a for a in (foreign or []) if a > anchor], default=10**9)
    wd = [p for p in periods if p.kind == "weekday" and p.start >= anchor]
    return _own_weekday(wd, anchor, nxt_other, text)


def _nearest(candidates: list[PeriodMention], anchor: int) -> PeriodMention:
    """The time expression of ``candidates`` nearest ``anchor`` (by the gap
    between them)."""
    return min(
        candidates,
        key=lambda p: p.start - anchor if p.start >= anchor else anchor - p.end,
    )


def _outside_other_objects(
    periods: list[PeriodMention], anchor: int, text: str
) -> list[PeriodMention]:
    """The time expressions of ``periods`` that are not a modifier's ("60% of
    the territory, which the enemy seized in August") nor on the far side of
    an "and that" opening a second object ("said X over the past day and
    that Y": the time is the first object's)."""
    # the time of a modifier after the claim, or of one closed before it ("X,
    # which Kyiv took on Wednesday, and were advancing"), is the modifier's
    periods = [p for p in periods if not (text and _in_modifier(text, p, anchor))]
    joins = _and_that_spans(text) if text else ()
    if joins:
        periods = [
            p
            for p in periods
            if not any(
                min(p.end, anchor) <= a and b <= max(p.start, anchor) for a, b in joins
            )
        ]
    return periods


_SAME_SPAN_REACH = 3  # sentences back "over the same period" may point
_SAME_UNIT_REACH = 6  # … and "the same month", which names its length


# B34FLD43: a claim noun told "about" a change ("Ворожі заяви про захоплення
# X не відповідають дійсності", "Russian claims of the capture of X are
# false"): the other side's claim, of no day the report before named
_CLAIM_ABOUT = re.compile(
    rf"(?<![\w])(?:{every('CLAIM_NOUNS')})\s+(?:[\w’'-]+\s+){{0,2}}?"
    r"(?:about|of|про|щодо|о|об)\s",
    re.IGNORECASE,
)


def _inherited(
    st: _DocState, carry: bool, text: str, same_speaker: bool, total: bool = False
) -> PeriodMention | None:
    """The explicit span of the claim sentence right before, when it may go
    on into sentence ``text`` (a day only into a sentence that goes on: "They
    also …"; a day a speaker named only into the same speaker's words; a
    start, "since June 10", only into a running total: "In total, 40
    villages.")."""
    unit = told_span_unit(text, st.lang)
    if unit is not None:
        # LEFTPER37: "over the same period": the span told a little before;
        # XPER41: "the same month" / "тот же месяц": the last of that length
        reach = _SAME_SPAN_REACH if unit == "period" else _SAME_UNIT_REACH
        for p, at, start, end in reversed(st.told_spans):
            if not 0 < st.sentence_no - at <= reach:
                break
            if fits_told_unit(unit, start, end):
                return p
    prior = st.claim_period
    if (
        prior is not None
        and st.sentence_no - st.claim_period_at == 1
        and not _CLAIM_ABOUT.search(text)
        and not (carry and st.carry_period is not None)
        # PERIODS30: not into a new paragraph that does not go on
        and (
            st.paragraph == st.claim_period_paragraph
            or prior.kind in _DATED_SPANS
            or same_speaker
            or st.same_quote
            or continues(text)
        )
        and (
            same_speaker
            if st.claim_period_said is not None
            else prior.kind in _CARRIED_KINDS
            or (total and prior.kind in _START_KINDS)
            or (continues(text) and prior.kind not in _QUOTED_KINDS)
            # "«За останні два тижні ми відсунули їх … . Біля X забрали …»":
            # one speaker's account goes on inside the quotation
            or (st.same_quote and prior.kind in _QUOTED_KINDS)
        )
    ):
        return prior
    return None


def _inside_clause(
    usable: list[PeriodMention], clause: tuple[int, int], anchor: int, text: str
) -> list[PeriodMention]:
    """The times of ``usable`` in the claim's clause, but not one after the
    claim that heads a figure of its own ("…, в декабре – 569 км²")."""
    return [
        p
        for p in usable
        if clause[0] <= p.start < clause[1]
        and not (p.start > anchor and _ITEM_HEAD.match(text, p.end))
    ]


def _opens_next_item(
    text: str, anchor: int, first: PeriodMention, foreign: list[int] | None
) -> bool:
    """Whether the first time after the claim at ``anchor`` opens the next
    item of a list or a comparison rather than dating the claim.

    >>> t = "took 610 sq km, and in November 725"
    >>> first = PeriodMention(t.index("in Nov"), len(t) - 4, "in November", "month")
    >>> _opens_next_item(t, 5, first, [])
    True
    """
    between = text[anchor : first.start]
    return bool(
        _NEXT_ITEM.search(between)
        or _COMPARISON.search(between)
        # "725 км² в ноябре, в октябре — 610": the head of the next item
        # (PROBEEN37: not the comma of a figure, "seized 4,168 sq km in 2024 —
        # about 0.7 percent …": a thousands or decimal comma opens no item)
        or (_ITEM_COMMA.search(between) and _heads_figure(text, first.end))
        # "October (610 sq km) and November (725 sq km)": so is a month
        # heading its bracketed figure after "and" or a comma
        or (
            _BRACKET_ITEM_END.search(text, anchor, first.start)
            and _BRACKET_HEAD.match(text, first.end)
        )
        # "took 12 villages and by mid-February reached X", "звільнили X, на
        # півдні за тиждень просунулися …": the time opens the next claim
        or (
            (
                _AND_BEFORE.search(text, anchor, first.start)
                or _COMMA_OPENER.search(text, anchor, first.start)
            )
            and any(first.end <= a <= first.end + _OPENS_NEXT for a in foreign or [])
        )
    )


def _before_claim(
    usable: list[PeriodMention], prev: int, anchor: int, carry: bool, text: str
) -> list[PeriodMention]:
    """The times between the claim before (at ``prev``) and this one, but
    not one right after that claim, which is its own ("610 sq km in October,
    …"), unless it heads a figure ("…, в декабре – 569 км²", "… and November
    (725")."""
    return [
        p
        for p in usable
        if prev < p.end <= anchor
        and not (
            prev >= 0
            and p.start - prev <= (50 if carry else 30)
            and not _ITEM_HEAD.match(text, p.end)
            and not _BRACKET_HEAD.match(text, p.end)
        )
    ]


def _nearest_left(
    periods: list[PeriodMention],
    usable: list[PeriodMention],
    anchor: int,
    foreign: list[int] | None,
    inherited: PeriodMention | None,
    text: str = "",
    share: bool = True,
) -> PeriodMention | None:
    """The last resort: the sentence's time nearest the claim, short of the
    next claim of another verb (a time past it belongs to that claim), else
    the claim's own weekday, else the first weekday (a statement's), else
    the span inherited."""
    nxt_other = min([a for a in (foreign or []) if a > anchor], default=10**9)
    later = sorted(a for a in (foreign or []) if a > anchor)
    shared = _shared_trailing(usable, anchor, later, text) if share else None
    if shared is not None:
        return shared
    usable = [p for p in usable if p.start < nxt_other] or (
        usable if nxt_other == 10**9 else []
    )
    if usable:
        return min(usable, key=lambda p: abs(p.start - anchor))
    wd = [p for p in periods if p.kind == "weekday"]
    own = _own_weekday(wd, anchor, nxt_other, text)
    if own is not None:
        return own
    # the sentence's times are other claims': the span before still holds
    return wd[0] if wd else inherited


# XSHARE40: a second verb of the same subject after "and" ("advanced near
# X and captured Y last week", "просунулися біля X і захопили Y минулого
# тижня", "advanced 2 km and took control of 30 sq km over the past day"): at
# most three lower-case words, none a side word, between "and" and the second
# claim word
_COORDINATED = re.compile(
    r"(?<![\w])(?:and|та|і|й|и)\s+(?P<verb>(?:[^\W\d]+\s+){0,3})$",
    re.IGNORECASE,
)
# the time closes the clause: the sentence ends, or a comma or dash follows
_CLOSES_CLAUSE = re.compile(r"\s*(?:[.;,!?:—–)»\"”]|$)")


def _shared_trailing(
    usable: list[PeriodMention], anchor: int, later: list[int], text: str
) -> PeriodMention | None:
    """XSHARE40: the time closing the clause of the last of a chain of
    coordinated verbs, shared by the verbs before it of the same subject:
    "said Russian forces advanced near X and captured Y last week",
    "liberated X, advanced near Y and repelled attacks near Z over the past
    day" date every claim by the time (``later``: the claim words after the
    claim's own, in order; not across a clause break, a new subject or a
    statement word).

    >>> t = "troops advanced near X and captured Y last week."
    >>> at = t.index("last")
    >>> p = PeriodMention(at, at + 9, "last week", "last_week")
    >>> _shared_trailing([p], 7, [t.index("captured")], t) is p
    True
    >>> t2 = "troops advanced near X and Kyiv captured Y last week."
    >>> at = t2.index("last")
    >>> p2 = PeriodMention(at, at + 9, "last week", "last_week")
    >>> _shared_trailing([p2], 7, [t2.index("captured")], t2) is None
    True
    """
    cur = anchor
    for nxt in later:
        if not _joined(text, cur, nxt):
            return None
        for p in usable:
            if p.start > nxt and _same_clause(text, nxt, p.start):
                if p.kind not in BOUNDED_KINDS:
                    return None
                return p if _CLOSES_CLAUSE.match(text, p.end) else None
        cur = nxt
    return None


# a comma right before the next claim word: a verb of a list ("liberated X,
# advanced near Y and …")
_COMMA_JOIN = re.compile(r",\s+$")


def _joined(text: str, cur: int, nxt: int) -> bool:
    """Whether the claim word at ``nxt`` is a verb coordinated with the one at
    ``cur`` (same subject: "and", or a comma of a list of verbs)."""
    join = _COORDINATED.search(text, cur, nxt) or _COMMA_JOIN.search(text, cur, nxt)
    return not (
        join is None
        or _CLAUSE_BREAK.search(text, cur, join.start())
        or any(w[:1].isupper() for w in join.groupdict().get("verb", "").split())
        or _SIDE_MENTION.search(join.groupdict().get("verb") or "")
        or any(cur <= x < nxt for x, _ in statement_words(text))
    )


_OWN_WEEKDAY = 30  # characters from a claim word to a weekday of its own
# PERIODS37: after the claim word, its object may be long ("captured the
# village of X in the Kharkiv region on Sunday"); the clause test still holds
_OWN_WEEKDAY_AFTER = 80


def _own_weekday(
    wd: list[PeriodMention], anchor: int, nxt_other: int, text: str
) -> PeriodMention | None:
    """PERIODS22: the weekday of the claim's own words among the sentence's
    weekdays ``wd``: one right after the claim word ("said on Monday it had
    captured X on Saturday"), else one right before it ("…, після того як у
    понеділок росіяни зайшли в село"), with no clause break, conjunction or
    statement word between; None when the weekdays are the statement's
    ("said on Monday it had taken X, and on Tuesday Kyiv denied it")."""
    if not text:
        return None
    for p in wd:
        if 0 <= p.start - anchor <= _OWN_WEEKDAY_AFTER and p.start < nxt_other:
            return p if _same_clause(text, anchor, p.start) else None
    for p in reversed(wd):
        if 0 <= anchor - p.end <= _OWN_WEEKDAY:
            return p if _same_clause(text, p.end, anchor) else None
    return None


# a clause break between a claim word and a weekday
_CLAUSE_BREAK = re.compile(
    r"[,;:—–(]|(?<![\w])(?:and|but|while|whereas|і|й|та|а|але|и|но)(?![\w])",
    re.IGNORECASE,
)


def _same_clause(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds no clause break and no statement word."""
    return not _CLAUSE_BREAK.search(text, a, b) and not any(
        a <= x < b for x, _ in statement_words(text)
    )


_BASE_CONFIDENCE = {
    "area_change": 0.9,
    "settlement_control": 0.85,
    "advance": 0.75,
    "fighting": 0.7,
}


def _confidence(c: Claim) -> float:
    """A rough 0..1 score: explicit figures and names high, inference low."""
    score = _BASE_CONFIDENCE.get(c.kind, 0.7)
    for flag, cost in (
        ("anaphora", 0.1),
        ("elided_unit", 0.15),
        ("unit_typo", 0.2),
        ("region_level", 0.1),
        ("area_by_comparison", 0.1),
        ("headline", 0.05),
    ):
        if c.extra.get(flag):
            score -= cost
    if c.hedged:
        score -= 0.1
    if (
        c.kind != "fighting"
        and not c.places
        and not c.sector
        and c.area_km2 is None
        and c.distance_km is None
    ):
        score -= 0.1
    return round(max(0.1, min(1.0, score)), 2)


_EXPLICIT = ("span", "running_span", "date")


def _specific(
    p: PeriodMention,
    periods: list[PeriodMention],
    beside: list[PeriodMention] | None = None,
    text: str = "",
) -> PeriodMention:
    """A vaguer span next to an explicit one: the explicit one wins; XPER342:
    any time written right beside "during the offensive" ("In November,
    during the offensive, …", "В ноябре в ходе наступления …") is the
    claim's, the offensive only its setting (``beside``: the sentence's
    times, the claim's clause aside)."""
    for q in periods:
        if q is not p and 0 <= q.start - p.end <= 3 and q.kind in _EXPLICIT:
            return q
    if p.kind == "during_offensive":
        for q in beside or periods:
            if _beside(p, q):
                return q
        # XPER443: a calendar time before it in the claim's clause, with no
        # statement word between ("у вересні 2022 року місто було звільнене в
        # ході контрнаступу"; not "In mid-September, X said … in the
        # counteroffensive"): the claim's
        said = [x for x, _ in statement_words(text)] if text else None
        told = [
            q
            for q in periods
            if q.end <= p.start
            and q.kind in _CALENDAR_KINDS
            and said is not None
            and not any(q.end <= x < p.start for x in said)
        ]
        if told:
            return told[-1]
    return p


# the times that name a stretch of the calendar ("у вересні 2022 року", "in
# June 2023", "last summer"), not one counted from the statement day
_CALENDAR_KINDS = frozenset(
    {
        "month",
        "year",
        "date",
        "date_num",
        "day_of_month",
        "season",
        "span",
        "quarter",
        "month_last_year",
        "month_of_that_year",
        "week_of_month",
        "decade",
    }
)


def _beside(p: PeriodMention, q: PeriodMention) -> bool:
    """Two times written next to each other (a space or a comma between)."""
    return q is not p and (0 <= q.start - p.end <= 3 or 0 <= p.start - q.end <= 3)


# the mentions naming one day, that a later "the same day" points back to
SAME_DAY_SOURCES = frozenset({"date", "date_num", "weekday"})


_OVER_THE_MONTH = re.compile(
    r"(?:over|in|during) the month|за місяць|за месяц", re.IGNORECASE
)


# "went 10 km deep …, but we cut that salient off by mid-August": the time
# after a contrasting clause with its own subject is that clause's
_BUT_CLAUSE = re.compile(
    r"[,;]\s+(?:but|yet|although|though|але|однак|проте|но|однако)\s+"
    r"(?:we|they|he|she|it|the \w+|ми|вони|мы|они)\s+\w+",
    re.IGNORECASE,
)


# a contrast that opens a clause of its own: "X announced an attack on June 8,
# although its gains are currently …" (the writer's contrast after a dated
# statement is no longer that statement); "Russia claimed X, but Ukraine said
# fighting continued" (the clause has a speaker of its own)
_CONTRAST = re.compile(rf"[,;]\s+(?:{every('CONTRAST_WORDS')})(?![\w])", re.IGNORECASE)


# "launched an offensive last summer, but Russia has since retaken …": a time
# before a contrasting clause is not the claim's after it
_BUT_SUBJECT = re.compile(
    r"[,;]\s+(?:but|yet|however|але|однак|проте|но|однако)\s+\w",
    re.IGNORECASE,
)


# "as of December 1", "станом на 1 грудня", "по состоянию на 1 декабря"
_AS_OF_DAY = re.compile(
    r"(?:^|\b)as of|(?:станом на|по состоянию на|(?<![\w])на)\s*$", re.IGNORECASE
)


_END_OF = re.compile(
    r"(?:by|at|to) the end of|к концу|в конце|до кінця|наприкінці|на кінець|"
    r"на конец",
    re.IGNORECASE,
)


# (a whole word: not the last letter of a verb, "окупували в січні")
_AND_BEFORE = re.compile(r"[,;]?\s*(?<![\w])(?:and|та|і|й|и|а)\s+$", re.IGNORECASE)
_AND_BEFORE = keyed(folded(_AND_BEFORE))  # speed: a case-folded twin, keyed


_OPENS_NEXT = 40  # characters from a time to the claim word it opens


# "звільнили X, на півдні за тиждень просунулися …": a comma and at most two
# words (a direction, "in the south"; not none: "X, in July 2024, and")
# before the time that opens a clause
_COMMA_OPENER = re.compile(r",\s*(?:[^\W\d]+\s+){1,2}$")


_WHEN = re.compile(r",?\s*(?:when|коли|когда)(?![\w])", re.IGNORECASE)


_ITEM_HEAD = re.compile(
    # B34PER43: an apposition of the time may stand before the dash ("…, у
    # січні, з початку місяця, — ще 120 км²")
    r"(?:\s*,[^,\d—–:;.]{1,40})?\s*,?\s*[—–:-]\s*(?:\w+\s+){0,2}\d"
)


_BRACKET_HEAD = re.compile(r"\s*\(\s*(?:\w+\s+){0,2}\d")


# a past figure's verb after a time, heading it ("…, тиждень тому було 1000
# км²", "неделей ранее их было 1000"): the time is that figure's
_WAS_HEAD = re.compile(
    r"\s*(?:\w+\s+){0,2}(?:" + every("WAS_WORDS") + r")\s+(?:\w+\s+){0,2}\d",
    re.IGNORECASE,
)


def _heads_figure(text: str, at: int) -> bool:
    """Whether a time ending at ``at`` heads a figure of its own: after a dash
    or a colon ("…, в декабре – 569 км²") or a past figure's verb ("…,
    тиждень тому було 1000 кв. км").

    >>> _heads_figure("1200, тиждень тому було 1000", 19)
    True
    >>> _heads_figure("1200, тиждень тому ворог втратив", 19)
    False
    """
    return bool(_ITEM_HEAD.match(text, at) or _WAS_HEAD.match(text, at))


_BRACKET_ITEM_END = re.compile(
    r"\)\s*(?:[,;]|[,;]?\s*(?:and|та|і|й|и|а)(?![\w]))?\s*$", re.IGNORECASE
)


# a comma or semicolon between items, not inside a figure ("4,168", "12,6")
_ITEM_COMMA = re.compile(r";|,(?!\d)|(?<!\d),")


_NEXT_ITEM = re.compile(
    r"[,;]\s*(?:and|та|і|й|и|а також|as well as)\s+$", re.IGNORECASE
)


# explicit spans that a following claim sentence without a time expression
# inherits ("In September alone they gained 478 sq km. They also captured X.")
_QUOTED_KINDS = frozenset({"past_days", "past_week", "past_month", "last_week"})


# the report's day a speaker names ("over the past day", "за минулу добу",
# "yesterday", "накануне"): carried only into that speaker's next sentence
_SPOKEN_DAY_KINDS = frozenset({"yesterday", "last_24h"})


# a report's dated span ("с 16 по 22 ноября"): its account goes on past the
# paragraph
_DATED_SPANS = frozenset({"span", "running_span"})


_CARRIED_KINDS = {
    "month",
    "span",
    "running_span",
    "season",
    "half",
    "half_month",
    "week_of_month",
    "last_week",
}


# a start a running total of the next sentence counts from
_START_KINDS = frozenset(
    {
        "since_date",
        "since_month",
        "since_weekday",
        "since_season",
        "ytd",
        "ytd_year",
        "mtd",
    }
)


# a figure after "against", perhaps hedged (lang en APPROX, or "just")
_AGAINST_FIGURE = rf"(?:(?:{en.APPROX}|just)\s+)?\d"
_COMPARISON = re.compile(
    r"\b(?:than|compared|up from|down from|versus|vs)\b|(?<![\w])(?:ніж|чим|"
    r"порівняно|проти|чем|по сравнению|против)(?![\w])|"
    # XPER543: "against" before a figure ("about 430 sq km, against 725 sq
    # km in November"), as "проти / против"; not "against stiff resistance"
    r"\bagainst\s+" + _AGAINST_FIGURE,
    re.IGNORECASE,
)


_NEW_STATEMENT = re.compile(
    r"\b(?:said|says|told|announced|reported|added|claimed|stated)\b|"
    r"(?<![\w])(?:заяви\w*|заявля\w*|повідоми\w*|повідомля\w*|сообщи\w*|"
    r"сообща\w*|додав|додала|добавил\w*|каже|говорит)(?![\w])",
    re.IGNORECASE,
)


_COMPARISON = folded(_COMPARISON)  # speed: a case-folded twin (same matches)


# PERIODS28: a figure compared with the claim's ("down from 1,300 sq km",
# "проти 1 200 км²", "than in August"), not an approximate one ("more than
# 100 sq km", "більше ніж 100 км²")
_COMPARED = re.compile(
    r"\b(?:up from|down from|compared (?:with|to)|versus|vs\.?|"
    r"from a (?:peak|high|low) of|than (?:in|at|on|during|the|a|its|their))\b|"
    # (or closing the stretch before the next claim's figure)
    r"\bagainst(?:\s+" + _AGAINST_FIGURE + r"|\s*$)|"
    r"(?<![\w])(?:порівняно з|проти|по сравнению с|против|"
    r"(?:ніж|чим|чем) (?:у|в|на|за))(?![\w])",
    re.IGNORECASE,
)


_NEW_STATEMENT = folded(_NEW_STATEMENT)


# a fight going on now ("а в самом X продолжаются бои", "сейчас бои у X")
_NOW = re.compile(
    r"\b(?:now|currently)\b|(?<![\w])(?:сейчас|зараз|наразі|нині|ныне)(?![\w])",
    re.IGNORECASE,
)


# speed: a case-folded twin (same matches), asked only of texts holding a key
_NOW = keyed(folded(_NOW))


def _own_clause_if_ongoing(
    t: str, clause: tuple[int, int], anchor: int, periods: list[PeriodMention]
) -> list[PeriodMention]:
    """The time expressions of a fight going on now: its clause's only (the
    span of a gain told in the clause before is not the fight's), and none
    before a "now" between it and the fight ("за неделю взяли X, сейчас бои")."""
    part = t[clause[0] : clause[1]]
    if lx.CONTINUING.search(part) or _NOW.search(part):
        periods = [p for p in periods if clause[0] <= p.start < clause[1]]
    return [
        p for p in periods if not (p.end <= anchor and _NOW.search(t, p.end, anchor))
    ]


class _Plan(NamedTuple):
    """One claim of a sentence with the time expression planned for it."""

    claim: Claim
    anchor: int
    own_periods: list[PeriodMention]
    period: PeriodMention | None


def _date_and_flag(
    ctx: SentenceContext,
    out: list[Claim],
    stmt: date | None,
    total_word: bool,
    next_text: str,
) -> None:
    """Periods, running totals and flags of the claims ``out`` of one sentence,
    as a recipe: the time expression of every claim is planned first (one
    claim's time tells another's apart), then each claim is dated and flagged
    in turn."""
    anchors = sorted(c.extra["_anchor"] for c in out)
    plans = _plan_periods(ctx, out, anchors, total_word)
    size_change = bool(_SIZE_CHANGE.search(ctx.t))
    timed = [plan for plan in plans if plan.period is not None]
    for plan in plans:
        p = _date_claim(ctx, plan, stmt, next_text)
        _flag_claim(ctx, plan, p, anchors, timed, total_word, size_change)


def _anchors_by_trigger(out: list[Claim]) -> dict[Any, list[int]]:
    """The anchors of the claims ``out`` grouped by their trigger word (one
    entry per anchor: the last claim made there names its word).

    >>> def claim(at, word):
    ...     extra = {"_anchor": at, "trigger": word}
    ...     return Claim("d", "advance", "", 0, 0, extra=extra)
    >>> _anchors_by_trigger([claim(3, "took"), claim(9, "seized"), claim(14, "took")])
    {'took': [3, 14], 'seized': [9]}
    """
    trig_at = {c.extra["_anchor"]: c.extra.get("trigger") for c in out}
    by_trigger: dict[Any, list[int]] = {}
    for a, w in trig_at.items():
        by_trigger.setdefault(w, []).append(a)
    return by_trigger


def _plan_periods(
    ctx: SentenceContext, out: list[Claim], anchors: list[int], total_word: bool
) -> list[_Plan]:
    """The time expression governing each claim of ``out``, before any is
    applied (each claim's ``_anchor`` is taken off here)."""
    t = ctx.t
    by_trigger = _anchors_by_trigger(out)
    new_statement: bool | None = None  # speed: asked when a claim needs it
    # "now" words, found once per sentence (not once per claim: linear time)
    now_spans = [(m.start(), m.end()) for m in _NOW.finditer(t)] if out else []
    plans = []
    for c in out:
        anchor = c.extra.pop("_anchor")
        own_word = c.extra.get("trigger")
        foreign = [a for w, aa in by_trigger.items() if w != own_word for a in aa]
        clause = _clause_of(ctx.clauses, anchor)
        now = any(clause[0] <= a and b <= clause[1] for a, b in now_spans)
        goes_on = _goes_on_speaking(c, ctx.st, t, total_word)
        own_periods = _claim_periods(c, t, ctx.periods, clause, anchor, now)
        # not across a new statement ("the general also said …"), nor into a
        # clause told as now ("X перешла под контроль только сейчас") (an
        # attribution after the quotation closes is no new one)
        # (nor a holding: what a side holds is held as it is said)
        # (XPER342: unless it points back: "the area taken over that time")
        inherit = (
            c.kind != "fighting"
            and not now
            and (
                not c.extra.get("holding") or told_span_unit(t, ctx.st.lang) is not None
            )
        )
        if inherit and not (ctx.st.same_quote or goes_on):
            if new_statement is None:
                new_statement = bool(_NEW_STATEMENT.search(t))
            # XPER41: "the MoD claimed 39 villages over the same month": the
            # words point back to a span told before, across a new statement
            inherit = not new_statement or told_span_unit(t, ctx.st.lang) is not None
        p = _period_for(
            anchor,
            anchors,
            own_periods,
            ctx.st,
            # a figure carries the time of the sentence before; so does a
            # count of settlements ("including 334 villages")
            (c.kind == "area_change" or bool(c.extra.get("settlements_count")))
            and not now,
            clause,
            foreign,
            inherit=inherit,
            text=t,
            same_speaker=goes_on,
            total=total_word,
            share=c.kind != "fighting",
        )
        p = _told_now_or(c, p, ctx.st, t, anchor)
        inside = since_inner(ctx.periods, anchor, t)
        if inside is not None:
            p = inside  # "since seizing X in February": the capture's own time
        plans.append(_Plan(c, anchor, own_periods, p))
    return plans


def _claim_periods(
    c: Claim,
    t: str,
    periods: list[PeriodMention],
    clause: tuple[int, int],
    anchor: int,
    now: bool,
) -> list[PeriodMention]:
    """The time expressions of ``t`` that may date claim ``c`` at ``anchor``:
    none past a relative or contrasting clause after it, none before a
    contrasting subject; a fight's, a "now" clause's or a holding's only in
    its own clause."""
    own_periods = [
        q
        for q in periods
        if not (
            q.start > anchor
            and (
                _RELATIVE_CLAUSE.search(t, anchor, q.start)
                or _BUT_CLAUSE.search(t, anchor, q.start)
            )
        )
        and not (q.end <= anchor and _BUT_SUBJECT.search(t, q.end, anchor))
    ]
    if c.kind == "fighting" or now:
        return _own_clause_if_ongoing(t, clause, anchor, own_periods)
    if c.extra.get("holding"):
        # what a side holds is held as it is said: not in a span a gain
        # in the clause before is dated by ("за добу просунулися на 3 км,
        # під контролем 82 населені пункти")
        return [q for q in own_periods if clause[0] <= q.start < clause[1]]
    return own_periods


def _told_now_or(
    c: Claim, p: PeriodMention | None, st: _DocState, t: str, anchor: int
) -> PeriodMention | None:
    """``p``, unless the claim is told as the state now in a part of ``t``
    that ``p`` is not in: then no period (flag ``stated_now``)."""
    # (only asked when a span could date the claim: its own or a report's)
    told_now = (
        stated_now(t, anchor, st.lang)
        if p is not None or st.topic_day or st.topic_week
        else None
    )
    if told_now is not None and (p is None or not told_now[0] <= p.start < told_now[1]):
        # "… за тиждень звільнено 2 км², тривають бої за X": the state as
        # it is told, on the statement day (not an earlier clause's span)
        c.extra["stated_now"] = True
        return None
    return p


def _answered_in_headline(ctx: SentenceContext, c: Claim, anchor: int) -> bool:
    """Whether claim ``c`` of a headline is told by a speaker of the other
    side in a clause after another claim ("Russia claims X; Kyiv says
    fighting goes on", "Москва заявила про X, Київ каже, що бої тривають"):
    the answer is the writer's news of the publication day, not the lede's
    dated statement (``c.claimant`` is still the headline's first speaker)."""
    if not ctx.s.headline or not c.claimant:
        return False
    first = side_of_text(c.claimant)
    before = [o.char_start for o in ctx.out if o.char_start < c.char_start]
    if first is None or not before:
        return False
    lo = max(before)
    for a, _ in statement_verbs(ctx.t):
        if not lo < a < anchor:
            continue
        parts = _CLAUSE_BREAK.split(ctx.t[lo:a])
        side = side_of_text(parts[-1]) if len(parts) > 1 else None
        if side is not None:
            return side != first
    return False


def _date_claim(
    ctx: SentenceContext,
    plan: _Plan,
    stmt: date | None,
    next_text: str,
) -> PeriodMention | None:
    """Apply the planned period to the plan's claim, from the right
    statement day, and mark what was only announced; return the period
    applied."""
    st, t = ctx.st, ctx.t
    c, anchor, p = plan.claim, plan.anchor, plan.period
    own_stmt = stmt
    if ctx.said is not None and _CONTRAST.search(t, ctx.said.end, anchor):
        own_stmt = st.published  # the writer's own words
    said = p is not None and _within(p, ctx.said)
    if p is None and own_stmt != st.published and _answered_in_headline(ctx, c, anchor):
        own_stmt = st.published  # "X claims A; Kyiv says B": B as published
    if said:
        own_stmt = st.published  # "said yesterday": from the publication
    elif _later_statements_day(ctx, p, stmt):
        # B33PER2: a second statement's written day after the first's ("on
        # Aug. 12 X reported 1,000 sq km, and on Aug. 19 Y cited 1,150"): of
        # the publication's year (not the year before the first's day), and
        # the day the second statement was made, when it stands by its verb
        own_stmt = st.published
        told = statement_day(t[p.start :], st.lang, st.published)  # type: ignore[union-attr]
        said = told is not None and told[0].start == 0
    if p is not None and p.end <= anchor and _WHEN.match(t, p.end):
        # "under Ukrainian control since August, when Kyiv … captured 500
        # sq mi": the capture is dated by August, not a total since
        p = event_of(p) or p
    _apply_period(c, p, st, own_stmt, t + " " + next_text, ctx.periods)
    if (
        c.kind != "fighting"
        and p is not None
        and p.kind in STATEMENT_DAY_KINDS
        and announced_object(t, anchor)
    ):
        # "announced the capture of X on Thursday": the announcement's day
        c.extra["announcement"] = True
    if c.kind != "fighting" and (said or c.extra.get("announcement")):
        # "said on Monday it had taken X": only announced that day
        c.period_start = None
        c.extra["announced"] = True
    return p


def _later_statements_day(
    ctx: SentenceContext, p: PeriodMention | None, stmt: date | None
) -> bool:
    """Whether ``p`` is a written day later than the statement day ``stmt``
    (of this sentence or one before) but not than publication: a second
    statement's day or a later state ("на 13 марта под контролем ВСУ"
    after "Сырский 12 марта заявил"), not one of the year before."""
    pub = ctx.st.published
    if (
        p is None
        or (ctx.said is not None and p.start < ctx.said.end)
        or p.kind not in ("date", "date_num")
        or stmt is None
        or pub is None
        or not stmt < pub
    ):
        return False
    day = resolve(p, pub)[1]
    return day is not None and stmt < day <= pub


def _flag_claim(
    ctx: SentenceContext,
    plan: _Plan,
    p: PeriodMention | None,
    anchors: list[int],
    timed: list[_Plan],
    total_word: bool,
    size_change: bool,
) -> None:
    """The running-total flag of the plan's dated claim (period ``p``), then
    what follows from it: a held size, a fight's day, confidence."""
    c, t = plan.claim, ctx.t
    if _total_after(plan, p, anchors, timed, t):
        c.cumulative = True
    if total_word and not (p and p.kind in BOUNDED_KINDS):
        c.cumulative = True
    if (
        c.extra.get("holding")
        and (c.kind == "area_change" or c.extra.get("settlements_count"))
        and not (p and p.kind in BOUNDED_KINDS)
    ):
        c.cumulative = True
    _held_size(c, p, t, size_change)
    _finish_claim(c, p, ctx.st)


def _total_after(
    plan: _Plan,
    p: PeriodMention | None,
    anchors: list[int],
    timed: list[_Plan],
    t: str,
) -> bool:
    """Whether a running-total span ("since the start of 2025") follows the
    plan's claim before the next claim, and is neither another claim's of the
    other sort nor beaten by a bounded span nearer the figure."""
    c, anchor = plan.claim, plan.anchor
    k = bisect_right(anchors, anchor)
    nxt_anchor = anchors[k] if k < len(anchors) else len(t)
    totals = [
        q
        for q in plan.own_periods
        if q.kind in CUMULATIVE_KINDS
        and anchor <= q.start < nxt_anchor
        # a completed part of a year dating the claim totals nothing
        and not (q is p and c.extra.get("completed_span"))
        # XPER342: "during the offensive in August": the month's, no total
        and not (q.kind == "during_offensive" and p is not None and _beside(p, q))
    ]
    if not totals:
        return False  # speed: no running-total span after the claim (most)
    # a holding statement's time is not a change's, and the other way
    # round ("retook 1,300 sq km in August, though by December it held 600")
    others = {
        id(p2)
        for c2, a2, _, p2 in timed
        if p2 is not plan.period
        and bool(c2.extra.get("holding")) != bool(c.extra.get("holding"))
        and anchor < a2
        and abs(p2.start - a2) < abs(p2.start - anchor)  # closer to the other
    }
    return any(
        id(q) not in others
        # "took 4,168 km² in 2024, and 1,500 since the start of 2025":
        # a bounded span nearer the figure, before a new item, is its own
        and not (
            p
            and p.kind in BOUNDED_KINDS
            and (p.start < anchor or p.end <= q.start and "," in t[p.end : q.start])
        )
        for q in totals
    )


def _held_size(c: Claim, p: PeriodMention | None, t: str, size_change: bool) -> None:
    """An area held on a day ("станом на 1 грудня ЗСУ контролюють 600 км²") or
    a size that grew or shrank ("shrank from 1,376 sq km to 500"): a running
    total with no start."""
    if (
        c.extra.get("holding")
        and p is not None
        and c.kind == "area_change"
        and (
            _END_OF.match(p.text)
            or p.kind in ("date", "date_num")
            and bool(
                _AS_OF_DAY.match(p.text)
                or _AS_OF_DAY.search(t, max(0, p.start - 25), p.start)
            )
        )
    ):
        # "к концу марта под их контролем оставалось 80 кв. км", "станом
        # на 1 грудня ЗСУ контролюють 600 км²": a size held on that day,
        # a running total
        c.period_start = None
        c.cumulative = True
    if c.kind == "area_change" and c.area_km2 and size_change:
        # "the bridgehead shrank from 1,376 sq km in August to 500 sq km":
        # both figures are sizes held at a time, running totals
        c.extra["holding"] = True
        c.cumulative = True
        c.period_start = None


def _finish_claim(c: Claim, p: PeriodMention | None, st: _DocState) -> None:
    """A fight's day and tally, the span a part of the area claim before
    shares, the flags kept, the confidence and whether it is background."""
    if c.kind == "fighting":
        c.cumulative = bool(c.cumulative) and tally_since(c)  # "300 штурмів з …"
        if (
            c.period_start is None
            and c.period_end is not None
            and (p is None or p.kind in ("weekday", "today"))
        ):
            c.period_start = c.period_end
    c.extra = {k: v for k, v in c.extra.items() if v not in (None, False)}
    if c.extra.pop("_part_of_previous", None) and st.last_area_claim:
        prev = st.last_area_claim
        if c.period_text is None or prev.cumulative:
            c.cumulative = prev.cumulative
            c.period_start, c.period_end = prev.period_start, prev.period_end
            c.period_text = prev.period_text
    c.extra["confidence"] = _confidence(c)
    if st.published and c.period_end and (st.published - c.period_end).days > 45:
        c.extra["background"] = True


def _goes_on_speaking(c: Claim, st: _DocState, t: str, total_word: bool) -> bool:
    """Whether gain ``c`` of sentence ``t`` is told by the speaker who named
    the day of the claim sentence right before (``claim_period_said``), in
    a sentence of their own words ("…, he said", "За його словами, …"): that
    day dates it too. Not a running total or a holding: a state is as it is
    said."""
    return (
        st.claim_period_said is not None
        and c.kind != "fighting"
        and c.claimant is not None
        and not total_word
        and not c.extra.get("holding")
        and _same_speaker(c.claimant, st.claim_period_said)
        and bool(statement_words(t))
    )


def _within(p: PeriodMention, span: PeriodMention | None) -> bool:
    """``p`` lies in ``span`` ("в воскресенье, 9 марта," dating a statement)."""
    return span is not None and span.start <= p.start and p.end <= span.end


# a body's common words ("Ministry", "Defence", "Command"): shared by the
# names of bodies on both sides, no evidence that two names are one speaker
_BODY_NAME_WORD = re.compile(r"(?:" + every("BODY_WORDS") + r")\w*", re.IGNORECASE)


def _same_speaker(name: str, said: str) -> bool:
    """Whether the speaker ``name`` is the one named in the sentence ``said``:
    one of its words (stem of five letters) is written there. Short words
    ("не", "the") are no evidence either way; acronyms ("ISW") are. A body's
    common words count only when the name has no other ("Russia's Defence
    Ministry" is not "Deputy Defence Minister Maliar").

    >>> _same_speaker("Russia's Defence Ministry", "Defence Minister X said")
    False
    >>> _same_speaker("The ministry", "The ministry said on Monday")
    True
    """
    low = said.lower()
    words = [
        w
        for w in re.findall(r"\w+", name)
        if len(w) >= 4 or (len(w) >= 2 and w.isupper())
    ]
    # a name's own words, not its common nouns: "Сухопутних військах" is not
    # the speaker of a sentence about "Українські війська"
    proper = [w for w in words if w[:1].isupper()]
    own = [w for w in proper if not _BODY_NAME_WORD.fullmatch(w)]
    return not words or any(w[:5].lower() in low for w in own or proper or words)


_WRITTEN_YEAR = re.compile(
    r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)" + NO_MEASURE_AFTER, re.IGNORECASE
)


@functools.lru_cache(maxsize=64)
def _latest_year(text: str) -> int | None:
    """The latest year written in ``text`` (a four-digit 1950-2099), else None.

    >>> _latest_year("Since 2014 … in 2024 alone …"), _latest_year("no year")
    (2024, None)
    """
    return max((int(y) for y in _WRITTEN_YEAR.findall(text)), default=None)


def _apply_period(
    c: Claim,
    p: PeriodMention | None,
    st: _DocState,
    stmt: date | None,
    sentence: str,
    periods: list[PeriodMention] | None = None,
) -> None:
    """Date claim ``c`` by the time expression ``p`` of ``sentence`` (None: up
    to the statement day ``stmt``): a recipe of the span it resolves to, a
    time joined to it ("yesterday and this morning"), and whether it is a
    running total (then up to a date the sentence names)."""
    if p is None and st.paragraph_month is not None:
        # B32PER41: an undated claim under a month heading its paragraph
        c.period_text, c.period_start, c.period_end = st.paragraph_month
        return
    if p is None:
        c.period_end = stmt
        return
    p = _to_date_within(p, periods, sentence)
    c.period_text = p.text.rstrip(".")
    c.extra["period_rule"] = p.kind  # the resolver row, for tracing
    start, end = _joined_span(
        c, p, st, stmt, sentence, periods, _resolved_span(c, p, st, stmt, sentence)
    )
    running = is_cumulative(p, st.published, stmt)
    if running and _completed_part_of_a_year(p, start, end, stmt or st.published):
        # "between 1 January and 31 March", said in April: a completed
        # period, a bounded increment (CONVENTIONS), unless a total word
        # calls it one ("Всего с 1 января по 30 сентября")
        running = bool(TOTAL_WORDS.get(st.lang, TOTAL_WORDS["en"]).search(sentence))
        c.extra["completed_span"] = not running
    if running and p.kind == "year" and stmt is None:
        # no day to tell a year-to-date total from a completed year, but the
        # text calls it "last year" ("Last year, in 2025, …"): completed
        said = periods if periods is not None else find_periods(sentence, st.lang)
        running = not st.last_year_said and not any(q.kind == "last_year" for q in said)
    if running:
        c.cumulative = True
        end = _up_to_date(sentence, st, end)
    elif running is False:
        c.cumulative = False
    c.period_start, c.period_end = start, end
    if p.kind == "vague" and st.published is None:
        c.period_end = None


# a month or year to date in apposition to the month or year it narrows
_TO_DATE_KINDS = {"month": "mtd", "year": "ytd", "this_year": "ytd"}


def _to_date_within(
    p: PeriodMention, periods: list[PeriodMention] | None, sentence: str
) -> PeriodMention:
    """B34PER43: "у січні, з початку місяця, — ще 120 км²", "in January, since
    the start of the month, …": the month (or year) to date set after the
    month by a comma is the claim's time (a running total to date)."""
    want = _TO_DATE_KINDS.get(p.kind)
    for q in periods or []:
        if (
            want is not None
            and q.kind == want
            and q.start > p.end
            and sentence[p.end : q.start].strip() == ","
        ):
            return q
    return p


def _completed_part_of_a_year(
    p: PeriodMention, start: date | None, end: date | None, ref: date | None
) -> bool:
    """Whether a dated span from 1 January ("from 1 January to 31 March")
    ended within its year, before the day it is told on (not the day before
    it: "from January 1 to yesterday" is a year to date).

    >>> m = find_periods("between January 1 and March 31", "en")[0]
    >>> _completed_part_of_a_year(
    ...     m, date(2025, 1, 1), date(2025, 3, 31), date(2025, 4, 2))
    True
    """
    return (
        p.kind == "running_span"
        and None not in (start, end, ref)
        and (start.month, start.day) == (1, 1)  # type: ignore[union-attr]
        and start.year == end.year  # type: ignore[union-attr]
        and end < ref - timedelta(days=1)  # type: ignore[operator]
    )


def _week_before_told(c: Claim, st: _DocState) -> tuple[date, date] | None:
    """B34PER43: "A week earlier the enemy took 275 sq km" opening the sentence
    after a week's figure ("Over the past week … 235 sq km."): the week
    before the week told in the sentence right before (a holding, "a week
    earlier it held …", keeps the day a week back)."""
    if c.extra.get("holding") or not st.told_spans:
        return None
    _p, at, start, end = st.told_spans[-1]
    if st.sentence_no - at != 1 or start is None or end is None:
        return None
    if (end - start).days + 1 not in WEEK_DAYS:
        return None
    return start - timedelta(days=7), end - timedelta(days=7)


def _resolved_span(
    c: Claim, p: PeriodMention, st: _DocState, stmt: date | None, sentence: str
) -> tuple[date | None, date | None]:
    """The span ``p`` resolves to, read in the document: the same or the next
    day as the one named last, a month the text is about, a start at the
    event a running total counts from."""
    year = st.context_year
    if year is None and st.published is None and p.kind == "ytd":
        # "с начала года" in a headline of a text with no day: the year the
        # text writes later is the year it speaks of
        year = _latest_year(st.told.doc)
    start, end = resolve(p, st.published, stmt, year, st.stored)
    if p.kind == "same_day":
        # "DeepState the same day reported …": the day the text named last,
        # else the statement's ("Hours later, X said …" after a lede's day)
        start, end = None, st.last_day or stmt
    elif p.kind == "next_day":
        # "the next day Ukraine retook it": the day after the one named last
        start = end = st.last_day + timedelta(days=1) if st.last_day else None
        end = end or stmt
    elif p.kind == "days_later":
        # B32PER41: "two days later", "через тиждень": that many days after
        # the day named last, which it then becomes
        start = end = (
            st.last_day + timedelta(days=days_later(p)) if st.last_day else None
        )
        st.last_day = end or st.last_day
        end = end or stmt
    elif p.kind == "since_then":
        # "Since then we have moved 2 km further": from the day named last
        start, end = st.last_day, stmt
    elif p.kind == "week_before" and "prior" not in p.groups:
        start, end = _week_before_told(c, st) or (start, end)
    elif p.kind == "first_days":
        # XPER241: "in the first three days" of an event: from its day (a
        # launch, a day named before in the sentence, else the day named
        # last) through the Nth day
        start = _first_days_start(p, st, sentence)
        n = first_days_count(p)
        if start is not None and end is not None and start > end:
            start = None
        if start is not None and n:
            end = min(start + timedelta(days=n - 1), end or start)
    elif p.kind in SAME_DAY_SOURCES and end is not None:
        anchor = _dated_before(p, sentence, st.lang) or st.last_day
        start, end = _along_the_chronology(p, anchor, start, end, stmt or st.published)
        st.last_day = end
    named = (
        _month_named_before(p, st, stmt, sentence) if _of_the_topic_month(p) else None
    )
    if named is not None:
        start, end = named  # XPER443: "рекордним став листопад: за місяць …"
    elif st.paragraph_month is not None and _of_the_topic_month(p):
        start, end = st.paragraph_month[1:]  # B32PER41: "October: … over the month"
    elif st.topic_month is not None and _of_the_topic_month(p):
        start, end = st.topic_month
    if (
        p.kind == "past_week"
        and st.topic_week_dated
        and st.topic_week is not None
        # S36: a review's day or weekend ("Обзор за 15 июня") is no week
        and (st.topic_week[1] - st.topic_week[0]).days >= _WEEK_SPAN_DAYS
    ):
        # PERIODS26: "В течение недели …" under a title naming the week by
        # its dates ("(с 12 по 18 октября)"): that week, not the 7 days before
        start, end = st.topic_week
    if start is None and p.kind in FROM_EVENT_KINDS and can_be_running_total(c):
        start = st.event_start or launch_day(sentence, st.lang, st.published)
    return start, end


def _first_days_start(p: PeriodMention, st: _DocState, sentence: str) -> date | None:
    """The day "the first N days" count from: the event's launch day, a day
    the sentence names before them ("6 серпня перейшли кордон і за перші
    три дні …"), else the day the text named last."""
    if st.event_start is not None:
        return st.event_start
    said = launch_day(sentence, st.lang, st.published)
    if said is not None or st.published is None:
        return said or st.last_day
    said_days = [
        q for q in find_periods(sentence, st.lang) if q.kind in SAME_DAY_SOURCES
    ]
    for q in reversed(said_days):
        if q.end <= p.start:
            day = resolve(q, st.published)[1]
            if day is not None:
                return day
    # a day named after them in the sentence may be the one named last
    return None if said_days else st.last_day


_WEEK_SPAN_DAYS = 4  # a span of five days or more is a report's week


def _dated_before(p: PeriodMention, sentence: str, lang: str) -> date | None:
    """The last day written with its year before ``p`` in its sentence
    ("10 вересня 2022 року … ще 1 квітня"), else None."""
    days = [
        q
        for q in find_periods(sentence[: p.start], lang)
        if q.kind == "date" and q.groups.get("year")
    ]
    return resolve(days[-1], None)[1] if days else None


def _along_the_chronology(
    p: PeriodMention,
    anchor: date | None,
    start: date | None,
    end: date,
    ref: date | None,
) -> tuple[date | None, date]:
    """B32PER41: a day and month with no year ("on 12 January", "1 квітня")
    told after a day of an earlier year ("on 10 October 2023", "10 вересня
    2022 року"): the year that puts it nearest that day, not the latest such
    day before publication (a timeline carries its year along).

    >>> m = find_periods("On 12 January", "en")[0]
    >>> _along_the_chronology(
    ...     m, date(2023, 10, 20), date(2024, 1, 12), date(2024, 1, 12),
    ...     date(2024, 2, 20))[1]
    datetime.date(2024, 1, 12)
    >>> m = find_periods("ще 1 квітня", "uk")[0]
    >>> _along_the_chronology(
    ...     m, date(2022, 9, 10), date(2023, 4, 1), date(2023, 4, 1),
    ...     date(2023, 9, 10))[1]
    datetime.date(2022, 4, 1)
    """
    if (
        p.kind != "date"
        or p.groups.get("year")
        or anchor is None
        or start != end
        or anchor.year == end.year
    ):
        return start, end
    days = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            day = date(year, end.month, end.day)
        except ValueError:
            continue
        if ref is None or day <= ref:
            days.append(day)
    best = min(days, key=lambda d: abs((d - anchor).days), default=end)
    return best, best


def _month_named_before(
    p: PeriodMention, st: _DocState, stmt: date | None, sentence: str
) -> tuple[date, date] | None:
    """XPER443: the calendar month named earlier in the sentence of "over the
    month" ``p`` ("November was the record: over the month they took 725 sq
    km", "В ноябре был рекорд: за месяц …"): that month, not the one the
    text is told in."""
    named = [
        q
        for q in find_periods(sentence, st.lang)
        if q.kind == "month" and q.end <= p.start
    ]
    if not named:
        return None
    a, b = resolve(named[-1], st.published, stmt, st.context_year, st.stored)
    return (a, b) if a is not None and b is not None else None


def _of_the_topic_month(p: PeriodMention) -> bool:
    """Whether ``p`` ("over the month", "за місяць", "в течение месяца")
    names the month a review is about, not the one it is told in.

    B29PER38: KNOWN36 made "over the month" a kind of its own (``the_month``)
    and left the review's month to ``this_month`` alone; "this month" /
    "цього місяця" stays the month it is said in.

    >>> from frontline.text.periods import find_periods
    >>> _of_the_topic_month(find_periods("за месяц заняли 9 сёл", "ru")[0])
    True
    >>> _of_the_topic_month(find_periods("протягом цього місяця", "uk")[0])
    False
    """
    said = p.text.strip().rstrip(".")
    if p.kind == "the_month":
        return not _THIS_MONTH_WORD.search(said)
    return p.kind == "this_month" and bool(_OVER_THE_MONTH.fullmatch(said))


_THIS_MONTH_WORD = re.compile(r"\b(?:this|цього|этого)\b", re.IGNORECASE)


def _joined_span(
    c: Claim,
    p: PeriodMention,
    st: _DocState,
    stmt: date | None,
    sentence: str,
    periods: list[PeriodMention] | None,
    span: tuple[date | None, date | None],
) -> tuple[date | None, date | None]:
    """The span of ``p`` with a time joined to it by "and" or a comma: one
    ending later ("yesterday and this morning") moves the end; two single
    days joined ("вчора й сьогодні", with either one the claim's nearest
    time) are both days. The text joined is ``c``'s."""
    start, end = span
    for q in periods or []:
        if q.kind == "during_offensive":
            continue  # XPER342: "In August, during the offensive": its setting
        after = q.start > p.end
        if after and _heads_figure(sentence, q.end):
            continue  # "520 sq km in November, in December, …, — 390": its own
        gap = (p.end, q.start) if after else (q.end, p.start)
        if gap[0] > gap[1] or not _JOINED_TIMES.fullmatch(sentence, *gap):
            continue
        s2, e2 = resolve(q, st.published, stmt, st.context_year, st.stored)
        if after and e2 and end and e2 > end:
            end = e2
            c.period_text = sentence[p.start : q.end]
        elif (s2 and start and s2 == e2 and start == end and s2 != start) and sentence[
            slice(*gap)
        ].strip(" ,"):
            # B30PER39: two single days joined by "and" ("yesterday and
            # today", "вчора й сьогодні", "сегодня и вчера"), whichever stands
            # nearer the claim; a comma is an apposition ("Накануне, 3 марта")
            start, end = min(start, s2), max(end, s2)
            c.period_text = sentence[min(p.start, q.start) : max(p.end, q.end)]
    return start, end


# B30PER39: "й" joins two times too ("вчора й сьогодні"); ", and" does not
# (it opens a list's next item: "690 sq km in November, and in December …")
_JOINED_TIMES = re.compile(r"\s*(?:and|і|й|та|и|,)\s*", re.IGNORECASE)


def _up_to_date(sentence: str, st: _DocState, end: date | None) -> date | None:
    """A running total's end at the date it is told up to ("as of 5 June"),
    else ``end``."""
    up = _UP_TO_DATE.search(sentence)
    if up and st.published is not None:
        from .periods import _month_number  # noqa: PLC0415

        mon = _month_number(up.group("mon") or up.group("mon2"))
        if mon:
            y = end.year if end else st.published.year
            try:
                end = date(y, mon, int(up.group("day") or up.group("day2")))
            except ValueError:
                pass
    return end
