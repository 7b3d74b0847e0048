"""The periods of a claim sentence's claims once the rules have made them
(``_note_claim_period``, a recipe): running totals up to the statement,
counts of settlements, operations' spans, totals awaiting an event's start,
the roundup's week or report's day, and the span remembered for the next
sentences; the span over a list and its items; map-state comparisons
("As of 30 May …").

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Claim
from .clean import Sentence
from .context import (
    _DocState,
)
from .dating import (
    _CARRIED_KINDS,
    _COMPARISON,
    _QUOTED_KINDS,
    _SPOKEN_DAY_KINDS,
    _START_KINDS,
    _apply_period,
)
from .fastre import folded, keyed
from .lang import every
from .period_rules import (
    CONTINUED_KINDS,
    FROM_EVENT_KINDS,
    can_be_running_total,
    settle_cumulative,
    total_of_own_clause,
)
from .periods import (
    BOUNDED_KINDS,
    PeriodMention,
    find_periods,
    resolve,
)
from .roundup_dates import _date_by_topic_day, _date_by_topic_week

_BULLET = re.compile(r"[ \t]*(?:[-•*▪●]|\d{1,2}[.)])[ \t]*\w")


def _span_over_list(
    new: list[Claim], s: Sentence, after: list[Sentence], text: str, lang: str
) -> PeriodMention | None:
    """The bounded span of the first claim of ``s`` when the next line opens a
    list ("- …", "1) …"), else None."""
    if not after or "\n" not in text[s.end : after[0].start]:
        return None
    nxt = after[0]
    # a bullet, not a dash (a dash opens a line of dialogue as often)
    if not _BULLET.match(text, text.rfind("\n", 0, nxt.start) + 1, nxt.end):
        return None
    first = new[0]
    if first.cumulative or first.period_start is None or not first.period_text:
        return None
    return next(
        (
            p
            for p in find_periods(s.text, lang)
            if p.text.rstrip(".") == first.period_text and p.kind in BOUNDED_KINDS
        ),
        None,
    )


def _date_list_items(
    new: list[Claim], p: PeriodMention, st: _DocState, sentence: str
) -> None:
    """The items of a list take the time its intro line names ("Over the
    past week, according to the General Staff:"), unless they have their own
    or tell a state (a holding, a running total, what goes on now)."""
    for c in new:
        if (
            c.period_text
            or c.cumulative
            or c.extra.get("holding")
            or c.extra.get("stated_now")
        ):
            continue
        _apply_period(c, p, st, st.statement or st.published, sentence)


# a count of settlements this large, told with no time span, is more than one
# day's news: a running total ("ЗСУ звільнили 421 населений пункт в області")
_RUNNING_COUNT = 20


_INCLUDING = re.compile(
    r"\b(?:including|among them)\b|(?<![\w])(?:включаючи|у тому числі|"
    r"в тому числі|включая|в том числе)(?![\w])",
    re.IGNORECASE,
)


def _settle_counts(new: list[Claim], s: Sentence) -> None:
    """Cumulative flags of counts of settlements with no time of their own.

    "captured 6,640 sq km, including 334 villages": the count is part of the
    area claim and shares its period and flag; a large count alone is a
    running total (CONVENTIONS: "have taken control of N settlements").
    """
    areas = [c for c in new if c.kind == "area_change" and c.area_km2]
    for c in new:
        n = c.extra.get("settlements_count")
        if c.kind != "settlement_control" or not n or c.period_text:
            continue
        host = next(
            (
                a
                for a in areas
                if a.char_start <= c.char_end
                and _INCLUDING.search(
                    s.text, max(0, a.char_start - s.start), c.char_end - s.start
                )
            ),
            None,
        )
        if host is not None:
            c.cumulative = host.cumulative
            c.period_text = host.period_text
            c.period_start, c.period_end = host.period_start, host.period_end
        elif n >= _RUNNING_COUNT:
            c.cumulative = True
            c.period_start = None


# an operation the span belongs to: "з 6 до 14 вересня в межах контрнаступу"
_OPERATION = re.compile(
    r"\b(?:during|as part of|in the course of|since the (?:start|beginning) of|"
    r"within) (?:the |its |their |our )?(?:\w+ ){0,2}(?:counter-?offensive|"
    r"offensive|operation|incursion)\b|(?<![\w])(?:в межах|у межах|під час|"
    r"в ході|у ході|в ходе|в рамках|у рамках|во время|за время) (?:\w+ ){0,2}"
    r"(?:контрнаступ\w*|наступ\w*|операці\w+|операци\w+|контрнаступлени\w+|"
    r"наступлени\w+)",
    re.IGNORECASE,
)


_OPERATION = keyed(folded(_OPERATION))  # speed: passed over texts lacking its keys


_SPAN_REACHES_STATEMENT = 2  # days between a span's end and the statement


def _operation_spans(new: list[Claim], s: Sentence, st: _DocState) -> None:
    """A dated span of an operation that runs up to the statement ("from 6 to
    14 September, within the counteroffensive, 8,500 km² were liberated", said
    on the 14th or 15th) is the operation's running total so far; told later
    it is a completed period, a bounded increment (CONVENTIONS). With no
    publication day known it is read as running, like a year's total
    (PERIODS33b)."""
    if not _OPERATION.search(s.text):
        return
    for c in new:
        if (
            c.extra.get("period_rule") == "span"
            and can_be_running_total(c)
            and (
                st.published is None
                or c.period_end is not None
                and 0 <= (st.published - c.period_end).days <= _SPAN_REACHES_STATEMENT
            )
        ):
            c.cumulative = True


def _note_claim_period(
    new: list[Claim], s: Sentence, st: _DocState, lang: str, i: int
) -> None:
    """Settle the sentence's cumulative flags (``period_rules``), date its
    undated increments by a weekly roundup's week or a daily report's day,
    then remember the explicit span of a claim sentence for the next ones; a
    comparison ("less than in December") keeps the span remembered before."""
    _totals_up_to_statement(new, s, st, lang)
    settle_cumulative(new, s.text, s.start, lang)
    _settle_counts(new, s)
    _operation_spans(new, s, st)
    _await_event_start(new, st)
    _date_by_topic_week(new, s, st)
    _date_by_topic_day(new, s, st, lang, i)
    _remember_claim_period(new, s, st, lang, i)


def _totals_up_to_statement(
    new: list[Claim], s: Sentence, st: _DocState, lang: str
) -> None:
    """A running total after a bounded figure in its own clause runs up to the
    statement (``period_rules.total_of_own_clause``)."""
    for c in new:
        if total_of_own_clause(c, s.text, s.start, lang):
            # the running total after a bounded figure: up to the statement
            c.cumulative, c.period_text, c.period_start = True, None, None
            c.period_end = st.statement or st.published
            c.extra.pop("period_rule", None)


def _await_event_start(new: list[Claim], st: _DocState) -> None:
    """Totals since an event not dated yet wait for its start."""
    if st.event_start is None:
        st.awaiting_event.extend(
            c
            for c in new
            if c.cumulative
            and c.period_start is None
            and c.extra.get("period_rule") in FROM_EVENT_KINDS
        )


def _remember_claim_period(
    new: list[Claim], s: Sentence, st: _DocState, lang: str, i: int
) -> None:
    """Remember the explicit span of a claim sentence for the next ones (kept
    as before after a comparison: "less than in December")."""
    # a fight dated by a calendar span ("В начале августа 2024 года ВСУ
    # перешли границу и начали боевые действия") dates what follows too
    main = next((c for c in new if c.kind != "fighting"), new[0] if new else None)
    _remember_told_span(main, s, st, lang, i)
    if main is None or main.period_text is None or _COMPARISON.search(s.text):
        return
    ps = [
        p
        for p in find_periods(s.text, lang)
        if main.period_text and p.text.rstrip(".") == main.period_text
    ]
    st.claim_period_said = None
    if ps and (
        ps[0].kind in _CARRIED_KINDS
        # a day the claim happened on (not one it was only announced on)
        or ps[0].kind in CONTINUED_KINDS
        and main.period_start is not None
        or ps[0].kind in _QUOTED_KINDS  # (only within its quotation)
        or ps[0].kind in _START_KINDS  # (only into a running total)
    ):
        st.claim_period, st.claim_period_at = ps[0], i
        st.claim_period_paragraph = st.paragraph
    elif (
        ps
        and ps[0].kind in _SPOKEN_DAY_KINDS
        and main.claimant
        # B29PER38: a day's tally of clashes ("за добу 23 зіткнення") is
        # the fights' day, not that of the gains the speaker tells next
        and main.kind != "fighting"
    ):
        # "Over the past day our troops advanced 2 km, Syrskyi said." — "They
        # also took X, he said.": the speaker's day goes on in their next
        # sentence (``_goes_on_speaking``)
        st.claim_period, st.claim_period_at = ps[0], i
        st.claim_period_paragraph = st.paragraph
        st.claim_period_said = main.claimant
    elif main.period_text is not None:
        st.claim_period = None


def _remember_told_span(
    main: Claim | None, s: Sentence, st: _DocState, lang: str, i: int
) -> None:
    """LEFTPER37: the span (with a start) a claim of the sentence was told in,
    comparison or not: what a later "over the same period" points back to."""
    if main is None or main.period_text is None or main.period_start is None:
        return
    for p in find_periods(s.text, lang):
        if p.text.rstrip(".") == main.period_text:
            st.told_span, st.told_span_at = p, i
            st.told_spans.append((p, i, main.period_start, main.period_end))
            return


_AS_OF = re.compile(
    r"^\W*(?:(?:details|деталі|подробности)\s*:\s*)?(?:as of|станом на|"
    r"по состоянию на|на)\s",
    re.IGNORECASE,
)


def _map_states(
    new: list[Claim], following: list[Sentence], st: _DocState, lang: str
) -> None:
    """DeepState-style map comparisons after a claim ("As of 30 May … As of 29
    May, the situation was different"): the claim spans the compared days."""
    if not new or st.published is None:
        return
    days = []
    for s in following:
        if re.match(r"\W*(?:source|джерело|источник)\s*:", s.text, re.IGNORECASE):
            continue
        if not _AS_OF.match(s.text):
            break
        ps = [
            p
            for p in find_periods(s.text, lang)
            if p.kind in ("date", "date_num") and p.start < 30
        ]
        if not ps:
            break
        d = resolve(ps[0], st.published)[0]
        if d is not None:
            days.append(d)
    if not days:
        return
    for c in new:
        if c.period_text is None and c.kind in (
            "advance",
            "settlement_control",
            "area_change",
        ):
            c.period_start = min(days) if len(set(days)) > 1 else None
            c.period_end = max(days)
            c.period_text = "; ".join(
                s.text.split(",")[0] for s in following if _AS_OF.match(s.text)
            )


def _spans_days(c: Claim) -> bool:
    """The claim names a span of days of its own ("over the past week", "in
    October"), not one day (a daily report's day is the lede's, not always
    its headline's)."""
    return (
        bool(c.period_text)
        and c.period_start is not None
        and c.period_end is not None
        and c.period_end > c.period_start
    )


def _totals_told_again(claims: list[Claim]) -> None:
    """PERIODS33: an area figure with no time word of its own ("X says 6,000
    sq km retaken" heading the story, "the 6,000 sq km") is the running total
    another claim of the text gives with its span ("have recaptured more than
    6,000 square kilometres since the beginning of September"): the same
    kind, side and area, not denied, told later. It restates that claim: a
    running total too, from the total's start. Told before a figure of a span
    of days ("Army: 90 sq km freed" over "… 90 square kilometres over the
    past week"), it takes that span (not a single day: a daily report's
    headline is read both ways)."""
    totals: dict[tuple[str | None, float | None], Claim] = {}
    for c in reversed(claims):  # told later: the lede after its headline
        if c.kind != "area_change" or c.negated:
            continue
        key = (c.gainer, c.area_km2)
        if c.cumulative or _spans_days(c):
            totals[key] = c
        elif c.area_km2 is not None and c.period_text is None and key in totals:
            t = totals[key]
            c.cumulative = t.cumulative
            if t.cumulative:
                c.period_start = c.period_start or t.period_start
            else:
                c.period_start, c.period_end = t.period_start, t.period_end


# B33PER2: the unit a rate is told per (en/uk/ru data), by its days
_RATE_UNITS = tuple(
    (
        days,
        folded(re.compile(r"(?<![\w])(?:" + every(name) + r")(?![\w])", re.I)),
    )
    for days, name in ((1.0, "RATE_DAY"), (7.0, "RATE_WEEK"), (30.44, "RATE_MONTH"))
)
_RATE_UNIT_REACH = 40  # characters from a rate's figure to its unit word
_RATE_SENTENCES_BACK = 3  # sentences back a rate's figure may stand
_RATE_FIT = 0.1  # how far the figure over its span may be off the rate


def _rate_days(c: Claim, text: str) -> float | None:
    """The days of the unit a rate claim is told per, from the unit word
    nearest its quote ("14.5 sq km a day": 1; "щомісяця … 391 кв. км": 30.44)."""
    lo = max(0, c.char_start - _RATE_UNIT_REACH)
    hi = c.char_end + _RATE_UNIT_REACH
    best: tuple[int, float] | None = None
    for days, rx in _RATE_UNITS:
        for m in rx.finditer(text, lo, hi):
            gap = max(c.char_start - m.end(), m.start() - c.char_end, 0)
            if best is None or gap < best[0]:
                best = (gap, days)
    return best[1] if best is not None else None


def rates_take_their_figures_span(
    claims: list[Claim], sents: list[Sentence], text: str
) -> None:
    """B33PER2: a rate with no time of its own sentence ("That is an average
    of about 14.5 sq km a day" after "449 sq km in May"; "Тобто щомісяця в
    середньому по 391 кв. км" after a half-year's 2 346) is dated by the
    figure it divides: the nearest area of the few sentences before whose
    span, cut into the rate's unit, gives the rate."""
    starts = [s.start for s in sents]
    for k, c in enumerate(claims):
        if (
            c.kind != "area_change"
            or not c.extra.get("rate")
            or not c.area_km2
            or c.negated
        ):
            continue
        i = bisect_right(starts, c.char_start) - 1
        if i < 0:
            continue
        s = sents[i]
        if c.period_text and c.period_text in s.text:
            continue  # a time of its own sentence
        days = _rate_days(c, text)
        if days is None:
            continue
        for d in reversed(claims[:k]):
            j = bisect_right(starts, d.char_start) - 1
            if i - j > _RATE_SENTENCES_BACK:
                break
            if (
                j == i
                or d.kind != "area_change"
                or not d.area_km2
                or d.extra.get("rate")
                or d.negated
                or d.period_start is None
                or d.period_end is None
                or (c.gainer and d.gainer and c.gainer != d.gainer)
            ):
                continue
            span = (d.period_end - d.period_start).days + 1
            if span <= days:
                continue
            if abs(d.area_km2 * days / span - c.area_km2) <= _RATE_FIT * c.area_km2:
                c.period_text = d.period_text
                c.period_start, c.period_end = d.period_start, d.period_end
                c.cumulative = False
                c.extra["period_rule"] = "rate_of_figure"
                c.extra.pop("announced", None)
                break
