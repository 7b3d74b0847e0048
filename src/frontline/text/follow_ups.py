"""Follow-up figures: bare area figures in a cold sentence right after an
area claim ("December was slower, at about 180 square miles", "up from 581
sq km in October and 412 in September") are more area claims of the same
side and source (``_follow_up_figures``); a "how much" question is the claim
the figures of its answer belong to (``_asked_area``).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Claim
from . import lexicon as lx
from .clauses import _trim
from .clean import Sentence
from .context import (
    _DocState,
)
from .dating import (
    _apply_period,
)
from .fastre import folded
from .lang import en
from .periods import (
    PeriodMention,
    find_periods,
)
from .questions import _HOW_MUCH
from .sides import (
    side_mentions,
)
from .triggers import _trigger_matches
from .units import Quantity, find_quantities

_FOLLOW_UP = re.compile(
    r"\b(?:the (?:figure|total|tally|number|area|gains?)|it|that)\s+(?:\w+\s+)?"
    r"(?:was|stood|came|reached|amounted|rose|fell|totall?ed|grew|dropped)\b|"
    r"\b(?:" + en.MONTHS + r"|(?:the )?(?:previous|last|first|second|third) "
    r"(?:month|week|quarter)|20\d\d) (?:was|were) (?:slower|faster|higher|lower|"
    r"smaller|bigger|larger|similar|worse|better|quieter)\b|"
    r"(?<![\w])(?:показник\w*|цифр\w*|площ\w*|показател\w*)\s+(?:\w+\s+)?"
    r"(?:склав|склала|становив|становила|сягнув|сягнула|составил\w*|достиг\w*)|"
    # comparisons and roundup lines: "up from 581 sq km in October", "the
    # figures were", "December alone brought", a "June: 556 sq km" label line
    r"\b(?:up|down|rising|falling) from\b|\bcompared (?:with|to)\b|"
    r"\b(?:the |those |these )?(?:figures?|numbers?|totals?) (?:were|was|stood)\b|"
    r"\b(?:" + en.MONTHS + r"|20\d\d|week|month) alone\b|"
    r"^\W*(?:" + en.MONTHS + r")(?: 20\d\d)?\s*[:\u2013\u2014-]\s*"
    r"(?:about |some |nearly |roughly |around |almost |over )?\d|"
    r"(?<![\w])(?:порівняно з|проти|против|по сравнению с)\s+(?:\w+\s+)?\d",
    re.IGNORECASE,
)


_FOLLOW_UP = folded(_FOLLOW_UP)


# a bare figure coordinated with an area figure: "581 sq km in October and 412
# in September" (the unit is the first figure's)
_AND_FIGURE = re.compile(
    r"(?:\s+(?:in|during|for|у|в|за)\s+[\w ]{3,20}?)?\s*(?:,\s*|\s+)(?:and|і|та|и)\s+"
    r"(\d[\d,.\u202f\u00a0 ]*\d|\d)(?=\s+(?:in|during|for|у|в|за)\s)",
    re.IGNORECASE,
)


# "about 200 sq km, down from roughly 1,300 at the peak": the earlier size
_FROM_FIGURE = re.compile(
    r"\s*[,;]?\s*(?:up|down|rising|falling) from\s+(?:(?:about|roughly|some|nearly|"
    r"around|almost|over|more than) )?(\d[\d,.]*\d|\d)(?![\d,.]*\s*(?:%|per|sq|"
    r"square|km|mi|hect|кв|км|га))",
    re.IGNORECASE,
)


_AND_COUNT = re.compile(
    r"\s*(?:,\s*|\s+)(?:and|і|та|и)\s+(\d[\d,]*)\s+(?:settlements|villages|"
    r"towns|localities|населен\w+ пункт\w*|сіл|сел)\b",
    re.IGNORECASE,
)


def _asked_area(s: Sentence, st: _DocState, lang: str) -> Claim | None:
    """A question about how much ground a side holds or took: the claim the
    answer's figures belong to (side from the question, holding or not)."""
    t = s.text
    if not t.rstrip().endswith("?") or not _HOW_MUCH.search(t):
        return None
    fams = {m.lastgroup for m in _trigger_matches(t, lang)}
    if not fams & {"hold", "capture", "gain", "advance"}:
        return None
    sides = [x.side for x in side_mentions(t, lang) if x.side in ("UA", "RU")]
    if not sides:
        return None
    c = Claim(doc_id="", kind="area_change", quote="", char_start=0, char_end=0)
    c.gainer = sides[0]
    c.claimant = st.claimant.name if st.claimant else None
    if "hold" in fams and not fams & {"capture", "gain", "advance"}:
        c.extra["holding"] = True
        c.cumulative = True
    return c


def _follow_up_figures(
    s: Sentence, st: _DocState, lang: str, answer: bool = False
) -> list[Claim]:
    """Bare figures right after an area claim ("December was slower, at about
    180 square miles"; "In September, the figure stood at 418 sq km"; "That is
    up from 581 sq km in October and 412 in September"; "June: 556 sq km")
    are more area claims of the same side and source, each for the time
    expression attached to it (right after the figure, else the nearest
    before it): a recipe of the figures, each one's period, its area claim and
    a count of settlements told with it."""
    prev = st.last_area_claim
    t = s.text
    if prev is None or not (answer or _FOLLOW_UP.search(t)) or lx.LOOKALIKE.search(t):
        return []
    figs = _bare_figures(t, lang)
    if not figs:
        return []
    periods = find_periods(t, lang)
    stmt = st.statement or st.published
    out: list[Claim] = []
    prev_end = 0
    for fig in figs:
        p, end = _figure_period(periods, fig[0], fig[1], prev_end, first=not out)
        c = _follow_up_area(s, st, prev, fig, end, p, periods, stmt)
        out.append(c)
        prev_end = fig[1]
        count = _follow_up_count(s, prev, c, fig[1])
        if count is not None:
            out.append(count[0])
            prev_end = count[1]
    return out


_Figure = tuple[int, int, float, Quantity | None]


def _bare_figures(t: str, lang: str) -> list[_Figure]:
    """The area figures of ``t`` (one to three) and the bare figures joined to
    them ("and 412 in September", "down from 1,300"), in order: ``(start, end,
    km², quantity)``, the quantity None for a bare figure (the unit elided)."""
    from .numbers import parse_digits  # noqa: PLC0415

    qs = [
        q for q in find_quantities(t, lang) if q.measure == "area" and not q.conversion
    ]
    if not qs or len(qs) > 3:
        return []
    figs: list[_Figure] = [(q.start, q.end, q.value, q) for q in qs]
    for q in qs:
        for rx in (_AND_FIGURE, _FROM_FIGURE):
            m = rx.match(t, q.end)
            v = parse_digits(m.group(1)) if m else None
            if m and v is not None and not any(f[0] == m.start(1) for f in figs):
                figs.append((m.start(1), m.end(1), v * q.factor, None))
    figs.sort(key=lambda f: f[0])
    return figs


def _figure_period(
    periods: list[PeriodMention], fs: int, fe: int, prev_end: int, first: bool
) -> tuple[PeriodMention | None, int]:
    """The time expression of the figure at ``fs``-``fe``: right after it,
    else the nearest before it since the figure before (for the ``first``
    figure: anywhere before it); and where the figure's quote ends."""
    after = [p for p in periods if 0 <= p.start - fe <= 4]
    before = [p for p in periods if prev_end <= p.start and p.end <= fs]
    if not before and first:
        before = [p for p in periods if p.end <= fs]
    p = after[0] if after else (before[-1] if before else None)
    return p, (max(fe, p.end) if after else fe)


def _follow_up_area(
    s: Sentence,
    st: _DocState,
    prev: Claim,
    fig: _Figure,
    end: int,
    p: PeriodMention | None,
    periods: list[PeriodMention],
    stmt: date | None,
) -> Claim:
    """The area claim of one follow-up figure: ``prev``'s side and source, the
    figure's period, a total or a size held as ``prev`` was."""
    t = s.text
    _, _, value, q = fig
    a, b = _trim(t, 0, end)
    c = Claim(
        doc_id="",
        kind="area_change",
        quote=t[a:b],
        char_start=s.start + a,
        char_end=s.start + b,
        gainer=prev.gainer,
        area_km2=round(value, 6),
        claimant=prev.claimant,
        claimant_role=prev.claimant_role,
        approx=bool(q and q.approx),
    )
    if q is not None and q.approx:
        c.extra["approx"] = q.approx
    if q is None:
        c.extra["elided_unit"] = True
    elif not re.search(r"km|kilomet|км|кілометр|километр", q.unit, re.I):
        c.extra["area_as_written"] = q.written
    c.extra["trigger"] = None
    c.extra["follow_up"] = True
    _apply_period(c, p, st, stmt, t, periods if p is not None else None)
    if lx.TOTAL.search(t):
        c.cumulative = True
    if prev.extra.get("holding"):
        # a size held ("still hold … about 200 sq km, down from 1,300")
        c.extra["holding"] = True
        c.cumulative = True
        c.period_start = None
    return c


def _follow_up_count(
    s: Sentence, prev: Claim, c: Claim, fe: int
) -> tuple[Claim, int] | None:
    """A count of settlements told with the figure ending at ``fe`` ("and 12
    villages"): a claim with area claim ``c``'s time, and where it ends."""
    from .numbers import parse_digits  # noqa: PLC0415

    t = s.text
    cm = _AND_COUNT.match(t, fe)
    n = parse_digits(cm.group(1)) if cm else None
    if not (cm and n):
        return None
    a2, b2 = _trim(t, 0, cm.end())
    sc = Claim(
        doc_id="",
        kind="settlement_control",
        quote=t[a2:b2],
        char_start=s.start + a2,
        char_end=s.start + b2,
        gainer=prev.gainer,
        period_text=c.period_text,
        period_start=c.period_start,
        period_end=c.period_end,
        cumulative=c.cumulative,
        claimant=prev.claimant,
        claimant_role=prev.claimant_role,
    )
    sc.extra["settlements_count"] = int(n)
    sc.extra["trigger"] = None
    sc.extra["follow_up"] = True
    return sc, cm.end()


# B30MISS239: what a bare distance line may hold besides its period and its
# distance: marks and "another" words ("За неделю — ещё около 2 км")
_BARE_DISTANCE_REST = re.compile(
    r"[\W_]*(?:(?:ещё|еще|ще|another|a further|further|so far|поки що|пока)"
    r"(?![\w])[\W_]*)*",
    re.IGNORECASE,
)


def _follow_up_distance(
    s: Sentence, st: _DocState, lang: str, prev: Claim
) -> Claim | None:
    """A line of a period and a distance only, right after an advance ("Идёт
    продвижение к X. За последнюю неделю — около 3 километров."): the same
    side's advance by that distance, at the same places, in that period."""
    t = s.text
    qs = [
        q
        for q in find_quantities(t, lang)
        if q.measure == "distance" and not q.conversion and not q.adjectival
    ]
    if len(qs) != 1 or prev.gainer is None:
        return None
    q = qs[0]
    periods = find_periods(t, lang)
    spans = [(p.start, p.end) for p in periods] + [(q.start, q.end)]
    rest = "".join(
        " " if any(a <= k < b for a, b in spans) else ch for k, ch in enumerate(t)
    )
    if not _BARE_DISTANCE_REST.fullmatch(rest):
        return None
    a, b = _trim(t, 0, len(t))
    c = Claim(
        doc_id="",
        kind="advance",
        quote=t[a:b],
        char_start=s.start + a,
        char_end=s.start + b,
        gainer=prev.gainer,
        distance_km=round(q.value, 6),
        places=list(prev.places),
        claimant=prev.claimant,
        claimant_role=prev.claimant_role,
        approx=bool(q.approx),
    )
    if q.approx:
        c.extra["approx"] = q.approx
    c.extra["trigger"] = None
    c.extra["follow_up"] = True
    p = periods[0] if periods else None
    _apply_period(c, p, st, st.statement or st.published, t, periods or None)
    return c
