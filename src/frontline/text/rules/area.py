"""Area claims: a figure of square kilometres won or lost, vague areas, shares."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ...model import Claim, Place
from .. import lexicon as lx
from ..anaphora import PUNKT, SETTLEMENT_NOM, case_forms, en_settlement
from ..context import (
    _CONTROL_SIDES,
    _QUOTE_LEAD,
    _SIZE_CHANGE,
    SentenceContext,
    _blocked,
    _clause_of,
    _DocState,
    _gainer_for,
    _sector_in,
    _segment,
    _Trig,
    held_under_control,
    last_settlement,
)
from ..fastre import folded, keyed, prefiltered
from ..lang import en as _en
from ..numbers import _DIGITS, number_before, parse_digits
from ..periods import BOUNDED_KINDS
from ..positions import starting_in
from ..sides import concrete, opposite, side_mentions
from ..toponyms import PlaceMention
from ..units import Quantity, _hedge_before, area_figures

# "captured 500 square miles of land, including the town of Sudzha"
_INCLUDING = re.compile(
    r"\bincluding (?:the )?(?:(?:town|village|city|settlement|hamlet)s? (?:of )?)?|"
    r"(?<![\w])(?:зокрема|у тому числі|в тому числі|включно з|в том числе|включая)"
    rf"\s+(?:(?:{SETTLEMENT_NOM})\s+)?",
    re.IGNORECASE,
)


def _settlements_included(
    out: list[Claim], t: str, base: int, places: list[PlaceMention]
) -> list[Claim]:
    """A settlement claim for each place an area claim names as included."""
    new: list[Claim] = []
    for c in out:
        if c.kind != "area_change" or c.negated:
            continue
        a, b = c.char_start - base, c.char_end - base
        m = _INCLUDING.search(t, a, min(len(t), b + 60))
        if m is None or lx.COUNT_NOUN.search(t, a, m.start()):
            continue  # "… and 93 settlements, including X": the count's
        named = [
            p for p in places if m.end() <= p.start <= m.end() + 2 and not p.region
        ]
        if not named:
            continue
        extra = {
            k: v
            for k, v in c.extra.items()
            if k not in ("rule", "approx", "area_as_written")
        }
        extra["rule"] = "area-including"
        new.append(
            replace(
                c,
                kind="settlement_control",
                area_km2=None,
                approx=False,
                places=[Place(name=named[0].name)],
                quote=t[a : max(b, named[0].end)],
                char_end=base + max(b, named[0].end),
                extra=extra,
            )
        )
    return new


_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|"
    r"November|December"
)
_ELIDED = re.compile(
    r"\b(?:up|down|rising|falling) from\s+|\bcompared (?:with|to)\s+|\bagainst\s+|"
    r"\bversus\s+|\bvs\.?\s+|\bfrom\s+(?=\S+\s+(?:in|a year|last))|"
    # B33DET42: a hedged earlier figure ("to 400 sq km from more than 1,300 at
    # the peak"), a bracketed figure compared ("меньше, чем неделей ранее
    # (около 170)", "ніж у жовтні (530)", "than in May (340)")
    r"\bfrom\s+(?=(?:more than|about|over|nearly|almost|around|some)\s+\S+\s+"
    r"(?:in|a year|last|at the|the (?:year|month|week) before)\b)|"
    r"(?<![\w])(?:than|чем|ніж)\s+[^()\d.;]{0,30}\(\s*|"
    r"(?<![\w])(?:проти|против|порівняно з|по сравнению с)\s+|"
    # the running total after the news: "ще 3,5 км², загалом — понад 250",
    # "12 sq km this week, 310 in total" (the total word before its figure)
    r"(?:\bin total|\boverall|(?<![\w])(?:загалом|всього|усього|всего|итого|"
    r"в общей сложности))\s*[—–:,-]?\s*|"
    # a part told after the news, the figure then a time or the clause's end:
    # "2,400 sq km in November, including some 750 in the last week"
    r"\bincluding\s+(?=(?:(?:some|about|around|roughly|nearly|almost|over|"
    r"more than)\s+)?\d[\d,.]*\s*(?:(?:in|over|during|last|this|since|on)\b|"
    r"[.;]|,\s|$))|"
    # the next item of a list, its verb and unit elided after a dash: "610 sq
    # km in July, in August — 380", "на півдні — ще 12,6", "в августе — 380"
    # (the bare figure closes its clause)
    r"(?:\bin|(?<![\w])(?:в|у|на))\s+[\w’'-]+\s*[—–]\s*(?:(?:ще|еще|ещё|"
    r"another)\s+)?(?=(?:(?:почти|около|более|свыше|примерно|майже|близько|"
    r"понад|приблизно|about|nearly|almost|over|some)\s+)?"
    r"\d[\d,.]*\d?\s*(?:[.;)]|,\s|$))|"
    # PROBEEN37: the next item after "and", its own month or year after it:
    # "356 sq km in October and 517 in September"
    r"(?:(?<=km)|(?<=km²)|(?<=km2)|(?<=miles)|(?<=tres)|(?<=ters))\s+in\s+"
    rf"(?:{_MONTHS}|\d{{4}}),?\s+and\s+"
    rf"(?=\d[\d,.]*\s+in\s+(?:{_MONTHS}|\d{{4}})\b)",
    re.IGNORECASE,
)


# a hedge between "up from" and its bare figure: "up from about 420"
_ELIDED_FILLER = re.compile(
    r"(?:a (?:peak|high|record) of\s+)?"
    rf"(?:{_en.APPROX}|понад|більше ніж|близько|майже|приблизно|щонайменше|"
    r"около|более|свыше|почти|примерно|не менее)\s+",
    re.IGNORECASE,
)


_TOTAL_LEAD = re.compile(
    r"in total|overall|загалом|всього|усього|всего|итого|в общей", re.IGNORECASE
)
_OF_THEM = re.compile(r"\s+(?:of them|of those|of these|з них|из них)\b", re.IGNORECASE)
_OF_THEM = keyed(_OF_THEM)  # speed: passed over texts lacking its keys
_INCLUDING = folded(_INCLUDING)  # speed: a case-folded twin (same matches)
_ELIDED = folded(_ELIDED)


def _elided(t: str, area_q: list[Quantity], st: _DocState, lang: str) -> list[Quantity]:
    """Bare figures whose unit is elided: "down from 431", "56 of them"."""
    taken = [(q.start, q.end) for q in area_q]
    return _led_bare_figures(t, area_q, taken) + _parts_of_them(t, taken, st, lang)


def _led_bare_figures(
    t: str, area_q: list[Quantity], taken: list[tuple[int, int]]
) -> list[Quantity]:
    """Bare figures after a lead ("down from 431", "in total 56"), in the unit
    of the area figure before them."""
    out: list[Quantity] = []
    for m in _ELIDED.finditer(t):
        if not area_q:
            break
        filler = _ELIDED_FILLER.match(t, m.end())
        d = _DIGITS.match(t, filler.end() if filler else m.end())
        if not d or any(a <= d.start() < b for a, b in taken):
            continue
        if re.match(
            r"\s*(?:%|per|percent|відсот|процент|\w*\s*(?:km|кілом|килом|"
            r"mi|sq|square|кв|га|hect))",
            t[d.end() :],
            re.IGNORECASE,
        ):
            continue
        ref = max(
            (q for q in area_q if q.end <= m.start()), key=lambda q: q.end, default=None
        )
        v = parse_digits(d.group(0))
        if ref is None or v is None:
            continue
        out.append(
            Quantity(
                d.start(),
                d.end(),
                d.start(),
                v * ref.factor,
                "area",
                d.group(0),
                "elided",
                factor=ref.factor,
                total=bool(_TOTAL_LEAD.match(m.group(0))),
            )
        )
    return out


def _parts_of_them(
    t: str, taken: list[tuple[int, int]], st: _DocState, lang: str
) -> list[Quantity]:
    """ "56 of them", "з них 40": a part of the area figure told last, in its
    unit."""
    out: list[Quantity] = []
    for m in _OF_THEM.finditer(t):
        num = number_before(t, m.start(), lang)
        factor = st.last_area_factor
        if num is None or factor is None:
            continue
        if any(a <= num.start < b for a, b in taken):
            continue
        out.append(
            Quantity(
                num.start,
                m.end(),
                num.start,
                num.value * factor,
                "area",
                num.written,
                "elided",
                factor=factor,
                adjectival=True,  # marks "N of them": part of an earlier figure
            )
        )
    return out


# a gain word that names a running total ("takes the total to", "Total since
# Jan 1:"); "total stands at" is one too
_TOTAL_WORD = re.compile(r"\btotal\b", re.IGNORECASE)


# ground under water is flooded, not taken ("a breach put 600 sq km under water")
_UNDER_WATER = re.compile(
    r"\bunder water\b|(?<![\w])(?:під водою|под водой)(?![\w])", re.IGNORECASE
)
_UNDER_WATER = keyed(_UNDER_WATER)  # speed: passed over texts lacking its keys


# woodland is land too when it is taken: "liberated 40 hectares of forest"
_WOODLAND = re.compile(r"forest|лісов|лесн", re.IGNORECASE)


def _woodland_taken(
    t: str, lookalike: re.Match[str], q: Quantity, territorial: list[Any]
) -> bool:
    """Whether the only look-alike is woodland right after a figure taken or lost."""
    if not _WOODLAND.match(lookalike.group(0)) or lx.LOOKALIKE.search(
        t, lookalike.end()
    ):
        return False
    if not 0 <= lookalike.start() - q.end <= 25:
        return False
    return any(
        tr.family in ("capture", "withdraw") and 0 <= q.start - tr.end <= 25
        for tr in territorial
    )


#: a value not looked for yet
_UNASKED = object()


def area_claims(ctx: SentenceContext) -> None:
    """Append the area claims of ``ctx``'s sentence to ``ctx.out``: its area
    figures (written and elided), then for each one the guards that drop it,
    the trigger that governs it and the claim it makes; then the settlements
    an area claim names as included.

    Leaves the area figures in ``ctx.area_q`` for the vague-area and share rules.
    """
    t = ctx.t
    lookalike: Any = _UNASKED  # speed: found when a figure first asks
    area_q = _area_figures(ctx)
    territorial = [
        tr
        for tr in ctx.trigs
        if tr.family in ("capture", "withdraw", "advance", "hold", "gain")
    ]
    q_starts = [q.start for q in area_q]
    place_starts = [p.start for p in ctx.places]
    for q in area_q:
        if not territorial or ctx.question or _difference(t, q):
            continue
        clause = ctx.clause_span(q.number_start)
        if lookalike is _UNASKED:
            lookalike = ctx.lookalike or (
                _UNDER_WATER.search(t) if ctx.quantities else None
            )
        if _looks_alike(t, lookalike, q, territorial, clause):
            continue
        in_clause = [tr for tr in territorial if clause[0] <= tr.start < clause[1]]
        trig = _governing(q, territorial, in_clause)
        if _blocked(t, trig, ctx.lang) and trig.family != "hold":
            continue
        fresh = not trig.used  # (not the word of an earlier figure)
        _mark_used(t, trig, q, territorial, in_clause)
        if fresh and (
            _word_of_its_own(ctx, trig, q, in_clause)
            or _town_then_its_size(ctx, trig, q)
        ):
            trig.used = False  # EN29: the word's own claim is told apart
        ctx.out.append(_area_claim(ctx, q, trig, clause, q_starts, place_starts))
    ctx.out.extend(_settlements_included(ctx.out, t, ctx.s.start, ctx.places))
    ctx.area_q = area_q


def _word_of_its_own(
    ctx: SentenceContext, trig: _Trig, q: Quantity, in_clause: list[_Trig]
) -> bool:
    """EN29: whether an English advance or capture word governing a figure
    told after a comma, in a clause of its own, is a claim of its own as well
    ("advanced near X and Y, the group said, gaining 4 sq km over two days":
    an advance, then an area; "captured X on Monday, gaining 10 sq km": a
    town, then an area; not "advanced over 725 sq km": the figure is its
    object)."""
    if not (
        ctx.lang == "en"
        and trig not in in_clause
        and trig.end <= q.start
        and "," in ctx.t[trig.end : q.start]
    ):
        return False
    if trig.family == "advance":
        return True
    # a town taken, then the ground it brought: "captured X on Monday, …,
    # gaining about 10 sq km" (the town is a claim of its own)
    own = ctx.clause_span(trig.start)
    return trig.family == "capture" and any(
        trig.end <= p.start < min(own[1], q.start) and not p.region for p in ctx.places
    )


# KNOWN38: a figure in brackets right after the place a capture word took
# ("recaptured X (about 3 sq km)", "відбили X (близько 3 км²)"): its own hedge
# or noun allowed. (After a comma too cost seen a claim: not so.)
_SIZE_AFTER_TOWN = re.compile(r"\s*[(]\s*(?:[^\W\d]+\s+){0,2}")


def _town_then_its_size(ctx: SentenceContext, trig: _Trig, q: Quantity) -> bool:
    """KNOWN38: whether a capture word's town, its area told in brackets
    right after it, is a claim of its own besides the area
    (CONVENTIONS: a named settlement taken is B; the figure is A).

    Every language: "recaptured Robotyne (about 3 sq km)", "відбили
    Роботине (близько 3 км²)", "отбили Работино (около 3 кв. км)"."""
    if trig.family != "capture" or trig.end > q.start:
        return False
    town = [p for p in ctx.places_in(trig.end, q.start) if not p.region]
    return bool(town) and bool(_SIZE_AFTER_TOWN.fullmatch(ctx.t, town[-1].end, q.start))


def _area_figures(ctx: SentenceContext) -> list[Quantity]:
    """The sentence's area figures in text order: written ones and those whose
    unit is elided ("down from 431", "56 of them"); the document keeps the
    unit of the last written one for the elided figures after it."""
    st = ctx.st
    area_q = [q for q in ctx.quantities if q.measure == "area" and not q.conversion]
    if not area_q and st.item_side is not None and st.item_factor is not None:
        listed = listed_figure(ctx.t, st.item_factor)
        area_q = [listed] if listed is not None else []
    if area_q or st.last_area_factor is not None:
        area_q += _elided(ctx.t, area_q, st, ctx.lang)
    area_q.sort(key=lambda q: q.start)
    if area_q:
        st.last_area_factor = next(
            (q.factor for q in area_q if q.unit != "elided"), st.last_area_factor
        )
    return area_q


# B30MISS39: an item's bare figure closing its line after a colon or a dash
# ("— Pokrovsk: 41", "2. Kupiansk - 18", "— Покровское: около 35")
_ITEM_FIGURE = re.compile(
    r"[:—–-][ \u00a0]*(?:[^\W\d]+[ \u00a0]+){0,2}?"
    r"(?P<n>(?<![\d.,])\d[\d,.]*)[ \u00a0]*[.;,]?[ \u00a0]*$"
)


def listed_figure(t: str, factor: float) -> Quantity | None:
    """B30MISS39: the bare figure an item of a list closes with, in the unit
    its lead named (``factor`` to km²; "Russian gains this week by axis (sq
    km):" then "— Toretsk: 22"), else None.

    >>> listed_figure("— Toretsk: about 22", 1.0).value
    22.0
    >>> listed_figure("— Toretsk: 22 tanks", 1.0) is None
    True
    """
    m = _ITEM_FIGURE.search(t)
    v = parse_digits(m.group("n")) if m is not None else None
    if m is None or v is None:
        return None
    approx, start = _hedge_before(t, m.start("n"))
    return Quantity(
        start,
        m.end("n"),
        m.start("n"),
        v * factor,
        "area",
        m.group("n"),
        "listed",
        approx=approx,
        factor=factor,
    )


def _looks_alike(
    t: str,
    lookalike: re.Match[str] | None,
    q: Quantity,
    territorial: list[_Trig],
    clause: tuple[int, int],
) -> bool:
    """Whether the figure ``q`` measures a look-alike of land (farmland,
    ground under water): any hectares once one is named, or a figure whose
    clause names it; woodland taken or lost is land."""
    return bool(
        lookalike
        and not _woodland_taken(t, lookalike, q, territorial)
        and (
            q.unit.lower().startswith(("ha", "гект", "га"))
            or (clause[0] <= lookalike.start() < clause[1])
        )
    )


def _governing(q: Quantity, territorial: list[_Trig], in_clause: list[_Trig]) -> _Trig:
    """The trigger that governs the figure ``q``: the nearest capture, loss,
    gain or hold word of its clause (unless an advance word governs the
    figure right before it), else the nearest clause word before it, else
    the nearest before it overall."""
    strong = [
        tr for tr in in_clause if tr.family in ("capture", "withdraw", "gain", "hold")
    ]
    if strong and not any(
        tr.family == "advance" and 0 <= q.start - tr.end <= 12 for tr in in_clause
    ):
        cands = strong
    elif in_clause:
        cands = [tr for tr in in_clause if tr.end <= q.start] or in_clause
    else:
        cands = [tr for tr in territorial if tr.end <= q.start] or territorial
    return min(cands, key=lambda tr: abs(tr.start - q.start))


def _mark_used(
    t: str,
    trig: _Trig,
    q: Quantity,
    territorial: list[_Trig],
    in_clause: list[_Trig],
) -> None:
    """Mark ``trig`` and the clause words between it and its figure as told
    (and, for a size change, the noun of the thing measured), so that no
    other rule claims them again."""
    trig.used = True
    if trig.family == "hold" and _SIZE_CHANGE.match(t, trig.start):
        # "its incursion into Kursk shrank from …": the subject's noun is
        # the thing measured, not an advance of its own
        for tr in territorial:
            if 0 <= trig.start - tr.end <= 80:
                tr.used = True
    lo, hi = min(trig.start, q.start), max(trig.end, q.end)
    for tr in in_clause:
        if lo <= tr.start < hi:
            tr.used = True


# PROBEEN37: a figure told after its place, as an item of a list ("Pokrovsk
# direction: 95 sq km; Kupiansk: 12", "near Pokrovsk (95 sq km), Kurakhove (60
# sq km) and …"): a colon or an opening bracket right before it (up to two
# hedge words between), the item opening after the previous break
_LED_FIGURE = re.compile(r"[(:]\s*(?:[^\W\d]+\s+){0,2}$")
_ITEM_BREAK = re.compile(r"[;,()\n:•—–]|\s(?:and|і|та|и)\s")
_ITEM_END = re.compile(r"[;,)\n]")


# LEFTEN37: a list item of a place and its figure with nothing between ("…:
# Pokrovsk 95 sq km, Kurakhove 60 sq km"), the place opening the item
_PLACE_THEN_FIGURE = re.compile(r"[ \u00a0]*(?:[—–-][ \u00a0]*)?$")
_ITEM_OPENS = re.compile(r"(?:[;,:\n•—–]|^)[ \u00a0]*(?:[-*•][ \u00a0]*)?$")


def _place_led_item(
    ctx: SentenceContext, q: Quantity, seg: tuple[int, int]
) -> tuple[tuple[int, int], bool]:
    """The span of a list item that a place opens and the figure ``q``
    follows right after it ("…, Kurakhove 60 sq km, …"), and True; else
    ``seg`` and False."""
    t = ctx.t
    before = [p for p in ctx.places_in(max(0, q.start - 60), q.start)]
    if not before or not _PLACE_THEN_FIGURE.fullmatch(t, before[-1].end, q.start):
        return seg, False
    p = before[-1]
    if not _ITEM_OPENS.search(t, max(0, p.start - 6), p.start) or not (
        t.rfind(":", 0, p.start) >= 0
    ):
        return seg, False
    close = _ITEM_END.search(t, q.end, max(seg[1], q.end))
    return (p.start, close.end() if close else max(seg[1], q.end)), True


def _led_item(
    ctx: SentenceContext, q: Quantity, seg: tuple[int, int]
) -> tuple[tuple[int, int], bool]:
    """The span of the list item whose label (a place or a sector before a
    colon or bracket) the figure ``q`` follows, and True; else ``seg`` and
    False.

    A colon or bracket with no place or sector before it ("gained, last week:
    95 sq km near X") leaves the figure's places after it; a place between
    such a colon and the figure is the label ("By direction: X 95 sq km").
    """
    t = ctx.t
    lead = _LED_FIGURE.search(t, max(0, q.start - 40), q.start)
    if lead is None:
        return _place_led_item(ctx, q, seg)
    breaks = [m.end() for m in _ITEM_BREAK.finditer(t, 0, lead.start())]
    start = breaks[-1] if breaks else 0
    close = _ITEM_END.search(t, q.end, max(seg[1], q.end))
    end = close.end() if close else max(seg[1], q.end)
    if not (
        ctx.places_in(start, lead.start())
        or _sector_in(t, (start, lead.start()), ctx.lang)
    ):
        if t[lead.start()] != ":" or not ctx.places_in(lead.start(), q.start):
            return seg, False
        start = lead.start() + 1  # "By direction: Pokrovsk 95 sq km, …"
    return (start, end), True


def _area_claim(
    ctx: SentenceContext,
    q: Quantity,
    trig: _Trig,
    clause: tuple[int, int],
    q_starts: list[int],
    place_starts: list[int],
) -> Claim:
    """The area claim of the figure ``q`` governed by ``trig``: its gainer,
    segment, places, negation, sector and flags."""
    t, clauses = ctx.t, ctx.clauses
    trig_clause = _clause_of(clauses, trig.start)
    gainer = _gainer_for(
        t, trig, trig_clause, ctx.mentions, ctx.st, ctx.perspective, ctx.lang
    )
    seg, led = _led_item(ctx, q, _segment(t, q.start, q_starts, clauses))
    pl = [p.name for p in starting_in(ctx.places, place_starts, seg)]
    neg = ctx.negated_near(trig, trig_clause)
    start = (
        min(seg[0], trig.start)
        if clause[0] <= trig.start and seg[0] - trig.start <= _QUOTE_LEAD
        else seg[0]
    )
    flags = _area_flags(t, q, trig)
    changed = _held_change(ctx, q, clause)
    if changed is not None:  # held ground grew or shrank by the figure
        gainer = changed
        flags.pop("holding", None)
        flags.pop("cumulative", None)
    else:
        compared = _compared(ctx, q)
        if compared is not None and compared.extra.get("rule") == "area:hold":
            # "сократилась на 60 кв. км против 80": the same side's measure
            gainer = compared.gainer
            if not compared.extra.get("holding"):
                flags.pop("holding", None)
                flags.pop("cumulative", None)
    return ctx.make(
        "area_change",
        q.number_start,
        (start, seg[1]),
        trig,
        gainer,
        pl,
        area_km2=round(q.value, 6),
        negated=neg,
        sector=_sector_in(t, seg, ctx.lang) or (None if led and pl else ctx.sector),
        **flags,
    )


def _area_flags(t: str, q: Quantity, trig: _Trig) -> dict[str, Any]:
    """The flags of an area claim: approximate, the area as written (when
    not in km²), held (a hold word, a claim, a running total told after the
    news), cumulative (a total gained), an elided unit or a unit typo."""
    extra: dict[str, Any] = {"approx": q.approx, "area_as_written": None}
    if not re.search(r"km|kilomet|км|кілометр|километр", q.unit, re.I):
        extra["area_as_written"] = q.written
    if trig.family == "hold" or trig.text.lower().startswith("claim"):
        extra["holding"] = True
    if trig.family == "gain" and (
        re.search(
            r"\btotal\s+$|(?<![\w])(?:загальна|общая)\s+$",
            t[max(0, trig.start - 10) : trig.start],
            re.IGNORECASE,
        )
        or _TOTAL_WORD.search(trig.text)
    ):
        # "the total area seized", "bringing the total to": a running total
        extra["cumulative"] = True
    if q.total:
        # a running total told after the news: held as it is told, not
        # in the span of the figure before ("ще 3,5 км², загалом — 250")
        extra["holding"] = True
    if q.unit == "elided":
        extra["elided_unit"] = True
        if q.adjectival:
            extra["_part_of_previous"] = True
    if q.unit_typo:
        extra["unit_typo"] = True
    return extra


# an area with no figure: a vague amount of an area unit, or a fraction of the
# territory ("several thousand square kilometres", "more than two-thirds of the
# territory", "сотні квадратних кілометрів", "несколько тысяч квадратных км")
_VAGUE_AREA = re.compile(
    r"\b(?:several|a few|many|hundreds|thousands|dozens|tens)\s+(?:of\s+)?"
    r"(?:(?:hundred|thousand)s?\s+(?:of\s+)?)?(?:square\s+(?:kilomet|mile)\w*|"
    r"sq\.?\s?(?:km|mi)\b|km²|hectares)|"
    r"\b(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+)?"
    r"(?:(?:a|one|two|three)[ -])?(?:thirds?|quarters?|fifths?|half)\s+of\s+"
    r"(?:the\s+)?"
    r"(?:\w+\s+)?(?:territory|land|ground|area)\b|"
    # "retaken more than half the land", "clawed back around half of it" (a
    # trigger word must stand just before: see vague_area_claims)
    r"\b(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|"
    r"roughly\s+)?(?:half\s+(?:the|its|their)\s+(?:\w+\s+)?(?:territory|land|"
    r"ground|area)\b|(?:(?:a|one|two|three)[ -])?(?:thirds?|quarters?|half)\s+"
    r"of\s+(?:it|that|this)\b(?!\s+\w+ing\b))|"
    r"(?<![\w])(?:кілька|декілька|сотні|тисячі|несколько|сотни|тысячи|десятки)\s+"
    r"(?:(?:сотень|тисяч|тысяч)\s+)?(?:квадратн\w+\s+кілометр\w*|"
    r"квадратн\w+\s+километр\w*|кв\.\s?км)|"
    # a share of the ground without a figure: "вернули большую часть
    # территории", "звільнили половину території", "две трети территории"
    r"(?<![\w])(?:(?:б[оó]льш|значительн|основн|більш|значн)\w*\s+част\w*|"
    r"половин\w*|(?:две|дві|одн[уа])\s+трет\w*|трет\w*)\s+(?:\w+\s+)?"
    r"(?:территори|територі)\w*",
    re.IGNORECASE,
)


# every vague-area match holds one of these as written (speed)
_VAGUE_AREA = prefiltered(
    folded(_VAGUE_AREA),
    (
        *("quare", "sq", "km", "ectare", "hird", "uarter", "ifth", "alf"),
        *("вадрат", "кв.", "территор", "територ"),
    ),
)


def vague_area_claims(ctx: SentenceContext) -> None:
    """Append the claims of this rule for the sentence of ``ctx`` to ``ctx.out``."""
    st = ctx.st
    lang = ctx.lang
    t = ctx.t
    trigs = ctx.trigs
    mentions = ctx.mentions
    places = ctx.places
    question = ctx.question
    perspective = ctx.perspective
    out = ctx.out
    make = ctx.make
    clause_span = ctx.clause_span
    negated_near = ctx.negated_near
    area_q = ctx.area_q
    if question or not any(
        tr.family in ("capture", "withdraw", "gain", "advance") and not tr.used
        for tr in trigs
    ):
        return  # no figure could be claimed (speed: no search for one)
    for m in _VAGUE_AREA.finditer(t):
        cands = [
            tr
            for tr in trigs
            if tr.family in ("capture", "withdraw", "gain", "advance")
            and not tr.used
            and 0 <= m.start() - tr.end < 50
        ]
        if not cands or question or any(abs(q.start - m.start()) < 40 for q in area_q):
            continue
        trig = cands[-1]
        if _blocked(t, trig, lang):
            continue
        for tr in trigs:
            if tr.start <= m.end() and tr.end >= trig.start:
                tr.used = True  # one claim for "cede several thousand sq km"
        clause = clause_span(trig.start)
        out.append(
            make(
                "area_change",
                trig.start,
                (clause[0], max(clause[1], m.end())),
                trig,
                _gainer_for(t, trig, clause, mentions, st, perspective, lang),
                [p.name for p in places if clause[0] <= p.start < clause[1]],
                negated=negated_near(trig, clause),
            )
        )


# a percentage of the territory: "recaptured 54% of the territory", "55
# відсотків території"
_SHARE = re.compile(
    r"(\d+(?:[.,]\d+)?)\s?(?:%|per ?cent|percent|відсот\w*|"
    r"процент\w*)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:territor\w+|land|area|територі\w+|территори\w+|"
    # XKIND241: the ground, the gains, the region, or "that" ground told before
    r"ground|gains|region|oblast|that(?=\s*[,.;)])|земл\w*|земел\w*|област\w*)",
    re.IGNORECASE,
)
_SHARE = keyed(_SHARE)  # speed: passed over texts lacking its keys


def share_claims(ctx: SentenceContext) -> None:
    """Append the claims of this rule for the sentence of ``ctx`` to ``ctx.out``:
    a percentage of the territory (no area figure near it) taken or lost by the
    gain verb just before it."""
    t = ctx.t
    for m in _SHARE.finditer(t):
        trig = _share_trigger(ctx, m)
        if trig is None:
            continue
        trig.used = True
        clause = ctx.clause_span(trig.start)
        gainer = _gainer_for(
            t, trig, clause, ctx.mentions, ctx.st, ctx.perspective, ctx.lang
        )
        town = _share_of_town(ctx, m)
        ctx.out.append(
            ctx.make(
                "settlement_control" if town else "area_change",
                trig.start,
                clause,
                trig,
                gainer,
                town,
                share_pct=float(m.group(1).replace(",", ".")),
                negated=ctx.negated_near(trig, clause),
            )
        )


def _share_of_town(ctx: SentenceContext, m: re.Match[str]) -> list[str]:
    """XKIND3-42: the town whose territory the share ``m`` is ("95% of the
    territory of Bakhmut", "80% території міста", "95% территории города"):
    the place that is no region named right after the territory, else the
    settlement a town noun recalls; [] when the share is of no town (a
    region, the land, the ground)."""
    t = ctx.t
    word = _TERRITORY_END.search(m.group(0))
    if word is None:
        return []
    at = m.start() + word.start()
    noun = _TOWN_TERRITORY.match(t, at)
    gap = _OF_THE.match(t, noun.end() if noun else m.end())
    named = [p for p in ctx.places if p.start == gap.end()]
    if named and not named[0].region:
        return [named[0].name]
    return last_settlement(ctx.st) if noun and not named else []


# the territory word ending a share ("95% of the territory"), and the words
# between it and the place that owns it
_TERRITORY_END = re.compile(lx.TERRITORY_WORD + "$", re.IGNORECASE)
_OF_THE = re.compile(r"\s*(?:of\s+)?(?:the\s+)?", re.IGNORECASE)


def _share_trigger(ctx: SentenceContext, m: re.Match[str]) -> Any:
    """The gain verb governing the percentage ``m`` (the last one up to 40
    characters before it), or None: a question, an area figure in its clause
    or near it, a blocked verb."""
    cands = [
        tr
        for tr in ctx.trigs
        if tr.family in ("capture", "withdraw", "gain") and 0 < m.start() - tr.end < 40
    ]
    pc = ctx.clause_span(m.start())
    if (
        not cands
        or ctx.question
        or any(
            pc[0] <= q.start < pc[1] or abs(q.start - m.start()) < 60
            for q in ctx.area_q
        )
    ):
        return None
    trig = cands[-1]
    return None if _blocked(ctx.t, trig, ctx.lang) else trig


# --- an area figure with no gain verb (issue 8: "no-trigger" area claims) ----
# "Площа звільненої території — 120 км²", "Russia's net gain in March was 480
# sq km", "В сентябре — 423 км²": a figure of ground in a sentence about the
# front is a claim though no verb the lexicon knows governs it.

# ground words: a participle or noun of liberation, occupation, loss or
# control near the figure decides whose ground it is (and a held one is a
# running total)
_GROUND_WORD = re.compile(
    r"(?P<lib>liberat\w*|recaptur\w*|regain\w*|retak\w*|de-?occup\w*|"
    r"звільн\w*|визвол\w*|деокуп\w*|відвойов\w*|освоб[оо]жд\w*|освобод\w*|"
    r"деоккуп\w*|отвоев\w*|отвоёв\w*)|"
    # (not the occupiers themselves: "окупанти", "occupation forces")
    r"(?P<occ>occup(?!ier|ation)\w*|captur\w*|seiz\w*|окуп(?!ант|аці)\w*|"
    r"оккуп(?!ант|аци)\w*|захоплен\w*|захвач\w*|"
    r"занят\w*|зайнят\w*)|"
    r"(?P<lost>\blost\b|\blos(?:e|es|ing)\b|\bloss(?:es)?\b|ceded|"
    r"втрат(?:и|ил|ят)\w*|втрачен\w*|потерял\w*|потерян\w*|утрат(?:и|ил)\w*|"
    # the noun of the loss (FIELDS23): "Ukrainian losses amounted to 500 sq
    # km", "потери Украины составили 500 кв. км"
    r"утрачен\w*|потер(?:и|ь|ю|я)(?![\w]))|"
    r"(?P<held>control\w*|\bhold\w*|\bheld\b|контрол\w*|утриму\w*|удержива\w*)",
    re.IGNORECASE,
)
# a change, not a size held: "приріст окупованої площі", "a net gain"
_CHANGE_NOUN = re.compile(
    r"\b(?:gain\w*|growth|increase|added|net)\b|"
    r"(?<![\w])(?:прирі?ст\w*|прирост\w*|зрост\w*|збільш\w*|рост\w*|"
    r"увеличен\w*|просуван\w*|продвижен\w*)",
    re.IGNORECASE,
)
# the front named: its ground, its line, a map of it, a report's tally
_FRONT_WORD = re.compile(
    r"\b(?:territor\w*|ground|front\w*|DeepState|ISW|battlefield|"
    r"gain\w*|advanc\w*)|"
    r"(?<![\w])(?:територі\w*|территори\w*|фронт\w*|прирі?ст\w*|прирост\w*|"
    r"просуван\w*|продвижен\w*|наступ\w*)",
    re.IGNORECASE,
)
# look-alikes of a front figure: the size of a place or a comparison with
# one, ground to be demined or under water, plans and demands
_NOT_FRONT = re.compile(
    r"\b(?:(?:the )?size of|as (?:large|big) as|(?:larger|smaller|bigger) than|"
    r"area of (?:the |a )?(?:city|town|village|country|region|oblast|"
    r"reservoir|park|Ukraine|Russia)|(?:the )?(?:city|town|country|region|"
    r"oblast)(?:['’]s)? (?:total )?area|covers?|covering|spans?|"
    r"contaminat\w*|potentially dangerous|under water|water|lakes?|"
    r"reservoirs?|seas?|lagoons?|sappers?|deminers?|"
    r"pyrotechnic\w*|unexploded|ordnance|explosives?|demands?|demanding|"
    r"wants?|plans?|would)\b|"
    r"(?<![\w])(?:розміром|размером|завбільшки|площ\w+ (?:міста|села|селища|"
    r"області|району|країни|України|города|поселка|области|района|страны|"
    r"России)|небезпечн\w*|опасн\w*|забруднен\w*|загрязн\w*|"
    r"під водою|под водой|вод(?:а|и|у|ою|ой|ы)|озер\w*|водосховищ\w*|"
    r"водохранилищ\w*|сапер\w*|піротехн\w*|пиротехн\w*|вибухонебезпечн\w*|"
    r"взрывоопасн\w*|вимага\w*|вимог\w*|требова\w*|требу\w*|хоче\w*|хочет\w*)",
    re.IGNORECASE,
)
# "загальна площа", "общая площадь", "the total area": a running total
_TOTAL_AREA = re.compile(
    r"\btotal (?:area|territory)|(?<![\w])(?:загальн\w+|общ\w+) площ",
    re.IGNORECASE,
)
# a difference between two figures: "на 20 км² менше, ніж тижнем раніше",
# "30 sq km more than in May"
_DIFFERENCE = re.compile(
    r"\s*(?:(?P<en>more|less|fewer|larger|smaller)\s+than\b|"
    r"(?:більше|менше|больше|меньше)(?![\w]))",
    re.IGNORECASE,
)
_BY_NA = re.compile(r"(?<![\w])на\s+$", re.IGNORECASE)  # "на 20 км² менше"


def _difference(t: str, q: Quantity) -> bool:
    """Whether a figure is the difference between two others."""
    m = _DIFFERENCE.match(t, q.end)
    if m is None:
        return False
    return bool(m.group("en") or _BY_NA.search(t, max(0, q.start - 4), q.start))


_RECENT_AREA = 2  # sentences after an area claim that keep its topic
_GROUND_WORD = folded(_GROUND_WORD)
_FRONT_WORD = folded(_FRONT_WORD)
_NOT_FRONT = folded(_NOT_FRONT)


def _about_front(ctx: SentenceContext, q: Quantity, ground: re.Match | None) -> bool:
    """Whether an area figure's sentence speaks of the front (not a look-alike)."""
    t = ctx.t
    not_front, front_word = _front_words(t)
    if not_front:
        return False
    sided = any(m.side in ("UA", "RU", "ENEMY") for m in ctx.mentions)
    if q.unit.lower().startswith(("ha", "гект", "га")):
        # hectares are farmland or minefields unless ground changes hands
        return ground is not None and sided
    recent = (
        ctx.st.last_area_claim is not None
        and 0 < ctx.st.sentence_no - ctx.st.last_area_sentence <= _RECENT_AREA
    )
    return bool(
        ground is not None
        or sided
        or recent
        or ctx.sector
        or front_word
        or _tallied_side(ctx) is not None
    )


def _tallied_side(ctx: SentenceContext) -> str | None:
    """B30MISS39: the one side whose gains the claims just before a tally line
    told ("— Покровское: заняли Лысовку." then "Итого за сутки — 20 кв. км"),
    else None."""
    gain = ctx.st.last_gain
    if gain is None or not 0 < ctx.st.sentence_no - gain[0] <= _RECENT_AREA:
        return None
    return gain[1] if lx.TALLY_OPENS.match(ctx.t) else None


@lru_cache(maxsize=1)
def _front_words(t: str) -> tuple[bool, bool]:
    """Whether sentence ``t`` names something other than the front (or a
    look-alike), and whether it names the front: asked once per sentence, not
    once per figure (a sentence of many figures stays linear)."""
    not_front = bool(_NOT_FRONT.search(t) or lx.LOOKALIKE.search(t))
    return not_front, bool(_FRONT_WORD.search(t))


def _figure_gainer(
    ctx: SentenceContext,
    q: Quantity,
    clause: tuple[int, int],
    ground: re.Match[str] | None,
) -> str | None:
    """Whose ground a figure is: read from a ground word near it as from a
    trigger; with none, the side the clause names (a subject before the
    figure first), else the side of the area claim just before, else the
    speaker's."""
    held_by = _under_control_of(ctx, clause)
    if held_by is not None:
        return held_by
    if ground is not None:
        agent = next(
            (
                m
                for m in ctx.mentions
                if 0 < m.start - ground.end() <= 4 and m.side in ("UA", "RU", "ENEMY")
            ),
            None,
        )
        if agent is not None and ground.lastgroup in ("lib", "occ", "lost"):
            # the agent right after a participle: "занятой противником",
            # "seized by Russia", "втрачених ЗСУ"
            side = concrete(agent.side, ctx.perspective)
            return opposite(side) if ground.lastgroup == "lost" else side
        loser = next(
            (
                m
                for m in ctx.mentions
                if 0 <= ground.start() - m.end <= 2 and m.side in ("UA", "RU")
            ),
            None,
        )
        if loser is not None and ground.lastgroup == "lost":
            # the side right before a loss noun (FIELDS23): "Russian losses
            # amounted to 150 sq km", "Ukraine's losses came to …"
            return opposite(loser.side)
        fam = {"lib": "capture", "occ": "capture", "lost": "withdraw"}.get(
            ground.lastgroup or "", "hold"
        )
        trig = _Trig(fam, ground.start(), ground.end(), ground.group(0), True)
        return _gainer_for(
            ctx.t, trig, clause, ctx.mentions, ctx.st, ctx.perspective, ctx.lang
        )
    # B30MISS39: a side word inside a time expression dates the figure, it
    # does not hold it ("the most since we began counting in 2024")
    timed = [(p.start, p.end) for p in ctx.periods]
    # B30MISS239: … nor does one in a count of the speaker's own ("1,200 sq
    # km, by our count")
    timed += [m.span() for m in lx.OWN_COUNT.finditer(ctx.t)]
    free = [m for m in ctx.mentions if not any(a <= m.start < b for a, b in timed)]
    named = [
        m
        for m in free
        if clause[0] <= m.start < clause[1] and m.side in ("UA", "RU", "ENEMY", "WE")
    ] or [m for m in free if m.side in ("UA", "RU", "ENEMY")]
    # B33FLD42: a side word before a gain noun holds the figure first
    # ("DeepState оценил российские приобретения в 259 кв. км")
    named.sort(
        key=lambda m: (
            lx.SIDE_GAINS.match(ctx.t, m.end) is None,
            m.after_preposition,
            m.start > q.start,
        )
    )
    for m in named:
        side = concrete(m.side, ctx.perspective)
        if side is not None:
            return side
    st = ctx.st
    if st.last_area_claim is not None and (
        0 < st.sentence_no - st.last_area_sentence <= _RECENT_AREA
    ):
        return st.last_area_claim.gainer
    return _tallied_side(ctx) or st.last_agent or ctx.perspective


def _under_control_of(ctx: SentenceContext, clause: tuple[int, int]) -> str | None:
    """The side a figure's clause puts the ground under the control of ("65
    тысяч кв. км оказались под российским контролем", "понад 500 кв. км під
    контролем ЗСУ", "2,000 sq km came under Russian control"), else None."""
    return held_under_control(ctx.t, ctx.mentions, clause, ctx.perspective)


def _held_change(
    ctx: SentenceContext, q: Quantity, clause: tuple[int, int]
) -> str | None:
    """B33FLD42: the gainer of a figure by which one side's held ground
    changed ("Russian-controlled territory grew by 464 sq km": RU; "the
    Ukrainian-held area shrank by a further 12 sq km": RU; "територія під
    контролем ЗСУ скоротилася на 12 кв. км": RU), else None. A size it
    shrank or grew *to* is no change: it stays held."""
    t = ctx.t
    verb = lx.HELD_CHANGE.search(t, clause[0], q.start)
    if verb is None:
        return None
    words = list(lx.HELD_WORD.finditer(t, clause[0], verb.start()))
    if not words:
        return None
    word = words[-1]
    holder = min(
        (
            m
            for m in ctx.mentions
            if clause[0] <= m.start < verb.start()
            and m.side in _CONTROL_SIDES
            and (0 <= word.start() - m.end <= 2 or 0 <= m.start - word.end() <= 24)
        ),
        key=lambda m: min(abs(word.start() - m.end), abs(m.start - word.end())),
        default=None,
    )
    if holder is None:
        return None
    side = concrete(holder.side, ctx.perspective)
    if side is None:
        return None
    return side if verb.lastgroup == "grow" else opposite(side)


# a Cyrillic letter: what r"[а-яіїєґё]" matches case-insensitively (the
# capitals and the old narrow forms U+1C80-U+1C86 too), as a case-sensitive
# class (speed: the engine folds no character; the test compares the two)
_CYRILLIC = re.compile(
    r"[\u0401\u0404\u0406\u0407\u0410-\u044f\u0451\u0454\u0456\u0457"
    r"\u0490\u0491\u1c80-\u1c86]"
)


def may_hold_front_figure(text: str, lang: str) -> bool:
    """Cheap test: could a sentence with no gain verb hold a front figure?

    >>> may_hold_front_figure("Прирост за неделю — 150 кв. км.", "ru")
    True
    >>> may_hold_front_figure("Sappers cleared 300 hectares of farmland.", "en")
    False
    """
    if (lang == "en") != (_CYRILLIC.search(text) is None):
        return False
    return (
        bool(area_figures(text, lang))
        and _NOT_FRONT.search(text) is None
        and lx.LOOKALIKE.search(text) is None
    )


# KNOWNLEFT38: a list's lead naming one side's gains: "Russian gains last
# week:", "Ukrainian advances over the past week:", "Просування ворога за
# тиждень:", "Продвижение ВС РФ за неделю:"
_LEAD_GAIN = re.compile(_CHANGE_NOUN.pattern + r"|\badvance(?:s|ment)?\b", re.I)


def gains_lead_side(sentence: str, lang: str) -> str | None:
    """The side (as written: UA, RU, ENEMY) whose gains a list's lead line
    names, when it names one side only; its items' bare figures are that
    side's gains over the lead's period.

    >>> gains_lead_side("Russian gains last week:", "en")
    'RU'
    >>> gains_lead_side("Gains of both sides last week:", "en") is None
    True
    """
    if not sentence.rstrip().endswith(":") or not _LEAD_GAIN.search(sentence):
        return None
    sides = {m.side for m in side_mentions(sentence, lang)} & {"UA", "RU", "ENEMY"}
    return sides.pop() if len(sides) == 1 else None


def front_figure_claims(ctx: SentenceContext) -> None:
    """Area figures that no trigger governs, in a sentence about the front: a
    recipe of the sentence's gate, each free figure's ground word, whether it
    speaks of the front, and its claim."""
    if not _reads_front_figures(ctx):
        return
    t = ctx.t
    base = ctx.s.start
    taken = [
        (c.char_start - base, c.char_end - base)
        for c in ctx.out
        if c.kind == "area_change"
    ]
    q_starts = [q.start for q in ctx.area_q]
    place_starts = [p.start for p in ctx.places]
    for q in ctx.area_q:
        if q.unit == "elided" or q.adjectival or _difference(t, q):
            continue
        if any(a < q.end and q.start < b for a, b in taken):
            continue
        clause = ctx.clause_span(q.number_start)
        if _prospective_figure(ctx, q, clause):
            continue
        ground = _nearest_ground(t, q, clause)
        lead = ctx.st.item_side  # an item of "Russian gains last week:"
        if lead is None and not _about_front(ctx, q, ground):
            continue
        gainer = (
            concrete(lead, ctx.perspective)
            if lead is not None
            else _figure_gainer(ctx, q, clause, ground)
        )
        fields = _front_figure_fields(ctx, q, ground)
        if lead is not None:
            fields.pop("holding", None)  # an increment of the lead's period
        changed = _held_change(ctx, q, clause)
        if changed is not None:  # held ground grew or shrank by the figure
            gainer = changed
            fields.pop("holding", None)
            fields.pop("cumulative", None)
        compared = _compared(ctx, q)
        if compared is not None:  # the same side's measure of another period
            gainer = compared.gainer
            if not compared.extra.get("holding"):
                fields.pop("holding", None)
        seg, led = _led_item(ctx, q, _segment(t, q.start, q_starts, ctx.clauses))
        if q.unit == "listed":  # the whole item: "Pokrovsk: 41"
            seg, led = (len(t) - len(t.lstrip("-–—•*▪● \u00a0")), seg[1]), True
        pl = [p.name for p in starting_in(ctx.places, place_starts, seg)]
        lo = min(seg[0], ground.start()) if ground is not None else seg[0]
        ctx.out.append(
            ctx.make(
                "area_change",
                q.number_start,
                (seg[0] if led else max(clause[0], lo), seg[1]),
                None,
                gainer,
                pl,
                area_km2=round(q.value, 6),
                sector=_sector_in(t, seg, ctx.lang)
                or (None if led and pl else ctx.sector),
                **fields,
            )
        )


def _compared(ctx: SentenceContext, q: Quantity) -> Claim | None:
    """B33FLD42: the area claim before figure ``q`` in its
    sentence when a comparison leads ``q`` ("grew by 464 sq km in August,
    down from 634 sq km in July"; "проти 520 кв. км у вересні"; "чем в
    августе (464 кв. км)"): the same side's measure of another period."""
    if lx.COMPARED_WITH.search(ctx.t, max(0, q.start - 48), q.start) is None:
        return None
    base = ctx.s.start
    before = [
        c
        for c in ctx.out
        if c.kind == "area_change"
        and c.area_km2 is not None
        and c.char_start - base < q.start
        and c.gainer is not None
    ]
    return before[-1] if before else None


def _prospective_figure(
    ctx: SentenceContext, q: Quantity, clause: tuple[int, int]
) -> bool:
    """B28MISS37: a free figure a modal or a hope governs is a forecast or
    a goal, no claim ("could take another 1,000 sq km", "hoped to recover
    9,000 sq km", "можуть захопити ще 1000 кв. км")."""
    cond = lx.CONDITIONAL.get(ctx.lang)
    before = ctx.t[max(clause[0], q.start - 60) : q.start]
    return cond is not None and cond.search(before) is not None


def _reads_front_figures(ctx: SentenceContext) -> bool:
    """Whether the sentence's free figures are read: area figures, no
    question, the text's language, and no gain verb (the area rule decided
    on the figures a gain verb governs)."""
    if ctx.question or not ctx.area_q:
        return False
    if (ctx.lang == "en") != (_CYRILLIC.search(ctx.t) is None):
        return False  # a sentence in another language than the text's: no side words
    return not any(
        tr.family in ("capture", "withdraw", "advance", "hold", "gain")
        for tr in ctx.trigs
    )


def _nearest_ground(
    t: str, q: Quantity, clause: tuple[int, int]
) -> re.Match[str] | None:
    """The ground word nearest figure ``q``: of its clause, else of the
    sentence; a change of hands before control ("звільнених з-під контролю
    окупантів", "потеряли контроль над")."""
    grounds = list(_GROUND_WORD.finditer(t, clause[0], clause[1])) or list(
        _GROUND_WORD.finditer(t)
    )
    grounds = [m for m in grounds if m.lastgroup != "held"] or grounds
    return min(grounds, key=lambda m: abs(m.start() - q.start), default=None)


def _signed(t: str, q: Quantity) -> bool:
    """SPOKEN39: whether a figure is written with a plus sign before it, a
    change and no tally held ("Покровський напрямок: +3 км²", "• Kupiansk
    direction: +1.5 km² for Russia").

    >>> _signed("X: +3 km2", Quantity(4, 9, 4, 3.0, "area", "3 km2", "km2"))
    True
    """
    return t[max(0, q.start - 2) : q.start].rstrip().endswith("+")


def _front_figure_fields(
    ctx: SentenceContext, q: Quantity, ground: re.Match[str] | None
) -> dict[str, Any]:
    """The fields of a free figure's claim: how it was written, and a size
    held or a running total."""
    t = ctx.t
    extra: dict[str, Any] = {"approx": q.approx, "area_as_written": None}
    if not re.search(r"km|kilomet|км|кілометр|километр", q.unit, re.I):
        extra["area_as_written"] = q.written
    if q.unit_typo:
        extra["unit_typo"] = True
    if ground is not None and (
        ground.lastgroup == "held"
        or ground.lastgroup == "occ"
        and not ctx.periods
        and not _CHANGE_NOUN.search(t)
        and not _after_dated_gain(ctx)
    ):
        extra["holding"] = True  # "під контролем — 400 км²": a size held
    elif (
        not ctx.periods
        and not _CHANGE_NOUN.search(t)
        and not _signed(t, q)
        and not _after_dated_gain(ctx)
    ):
        # a figure with neither verb nor time is a tally as it stands
        # ("площа звільнених територій — 120 км²"): a running total
        extra["holding"] = True
    if _TOTAL_AREA.search(t) and not (not ctx.periods and _after_dated_gain(ctx)):
        extra["cumulative"] = True
    return extra


def _after_dated_gain(ctx: SentenceContext) -> bool:
    """XPLACES40: whether the claim sentence right before dated its gain by a
    bounded span ("Over the past week … liberated seven villages. The area
    of liberated territory is 90 sq km."): a figure with no time of its own
    after it is that span's increment, no tally held."""
    st = ctx.st
    prior = st.claim_period
    return (
        prior is not None
        and st.sentence_no - st.claim_period_at == 1
        and prior.kind in BOUNDED_KINDS
    )


# --- a whole region or zone taken or left, with no figure (CONVENTIONS: kind
# A, area null): "completed the liberation of the territory of X", "звільнили
# всю територію X", "освободили территорию X народной республики", "the whole
# of X oblast", "вся Х область освобождена"
_REGION_WORDS = (
    r"(?:regions?|oblasts?|provinces?|republics?|област\w*|республік\w*|"
    r"республик\w*|краю|края|край)"
)
# the object right after the verb
_REGION_AFTER = re.compile(
    r"\s+(?:(?:of|from|out of|з|із|из|с)\s+)?(?:(?:the\s+)?(?:whole|entire)\s+"
    r"(?:of\s+)?|all\s+of\s+|(?:всю|всей|усю|всієї|усієї|вся|уся)\s+)?(?:the\s+)?"
    r"(?:(?:territor(?:y|ies)|територі\w+|территори\w+)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:\w[\w'’-]*\s+){0,3}?(?:(?-i:[A-ZА-ЯІЇЄҐ])|ДНР|ЛНР)|"
    rf"(?:\w[\w'’-]*\s+){{1,2}}{_REGION_WORDS}(?![\w])|"
    # a list of regions: "the whole of Kyiv, Chernihiv and Sumy regions",
    # "всієї Київської, Чернігівської та Сумської областей"
    r"(?:\w[\w'’-]*,\s+){1,4}\w[\w'’-]*\s+(?:and|та|і|й|и)\s+\w[\w'’-]*\s+"
    rf"{_REGION_WORDS}(?![\w])|"
    rf"\w[\w'’-]*\s+(?:and|та|і|й|и)\s+\w[\w'’-]*\s+{_REGION_WORDS}(?![\w])|"
    r"(?-i:ДНР|ЛНР|DPR|LPR|DNR|LNR)(?![\w])|"
    r"(?-i:[A-ZА-ЯІЇЄҐ])[\w'’-]*\s+(?:People['’]s\s+Republic|"
    r"(?:народн\w+|Народн\w+)\s+(?:республик\w*|Республик\w*)))",
    re.IGNORECASE,
)
# the object before a passive verb: "Вся територія Сумщини звільнена"
_REGION_BEFORE = re.compile(
    r"(?:\b(?:the\s+(?:whole|entire)\s+(?:of\s+)?|all\s+of\s+)|(?<![\w])(?:вся|уся|"
    r"весь|увесь)\s+)(?:the\s+)?(?:(?:territor(?:y|ies)|територі\w+|"
    r"территори\w+)\s+(?:of\s+)?(?:the\s+)?)?(?:\w[\w'’-]*\s+){1,3}?"
    r"(?:[—–-]\s+)?(?:(?:was|were|has been|have been|is|are)\s+(?:now\s+)?|"
    r"(?:тепер|теперь|вже|уже|повністю|полностью)\s+)?$",
    re.IGNORECASE,
)
_REGION_BEFORE = keyed(_REGION_BEFORE)  # speed: passed over texts lacking its keys
# the whole region, not a part of it or a town in it
_WHOLE = re.compile(
    r"\b(?:whole|entire|all of|complet\w*|fully|full)\b|(?<![\w])(?:всю|всей|"
    r"вся|весь|уся|увесь|всієї|усієї|повністю|полностью|цілком|завершил\w*|"
    r"полн(?:ом|ое|ого|ым|ая|ую|ой)|повн(?:ого|е|им|ий|у|ої)|"
    r"завершили|заверши\w*|завершен\w*|закінчи\w*)(?![\w])",
    re.IGNORECASE,
)
_NOT_WHOLE = re.compile(
    r"\b(?:part|parts|most|much|half|share|bulk)\s+of\b|(?<![\w])(?:частин\w*|"
    r"част[ьи]|половин\w*|більш\w*|больш\w*)(?![\w])",
    re.IGNORECASE,
)
# a withdrawal across a river leaves the whole bank: "ушли за Днепр",
# "pulled back across the Dnipro", "відійшли за річку"
_ACROSS_RIVER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:за|через|across|beyond|over)\s+(?:the\s+)?"
    r"(?:реку\s+|річку\s+|river\s+)?(?:Днепр|Дніпр|Dnipro|Dnieper|Оскол|Oskil|"
    r"Донец|Дінець|Donets|Сейм|Seim|river|рек[уи]|річк[уи])\w*",
    re.IGNORECASE,
)
# troops taken out of a zone: "pulling back troops from the territory", "the
# withdrawal of its forces from the right bank", "вывод войск с территории",
# "відведення підрозділів з правобережжя"
_OUT_OF_GROUND = re.compile(
    r"\s+(?:(?:of\s+)?(?:(?:its|their|the|his|our)\s+)?(?:troops|forces|units|"
    r"soldiers|військ\w*|войск\w*|підрозділ\w*|подразделени\w*)\s+)?"
    # (the zone is what they leave: not "from X to the left bank")
    r"(?:from|out of|з|із|из|с|со)\s+(?:the\s+)?"
    r"(?:(?!(?:to|into|toward|towards|до|на|к|в|у)\s)[\w'’-]+\s+){0,4}?"
    # (not "the X and Y areas": the towns named are the claim's)
    r"(?:territor(?:y|ies)|bank|територі\w*|"
    r"территори\w*|правобереж\w*|лівобереж\w*|левобереж\w*|правого берега|"
    r"левого берега|лівого берега)(?![\w])",
    re.IGNORECASE,
)
_REGION_AFTER = folded(_REGION_AFTER)
_WHOLE = folded(_WHOLE)


def region_claims(ctx: SentenceContext) -> None:
    """A whole region or zone taken or left, told without a figure."""
    if ctx.question:
        return
    t = ctx.t
    for trig in ctx.trigs:
        if trig.used or trig.family not in ("capture", "withdraw", "hold"):
            continue
        clause = ctx.clause_span(trig.start)
        span = _whole_region_span(t, trig, clause)
        if (
            span is None
            or _blocked(t, trig, ctx.lang)
            or _named_town_territory(t, span, ctx.places)
        ):
            continue
        trig.used = True
        lo, hi = span
        # the rest of the name: "the territory of the Luhansk People's Republic"
        end = max(hi, _segment(t, trig.start, [trig.start], ctx.clauses)[1])
        end = min(end, clause[1])
        pl = [p.name for p in ctx.places if lo <= p.start < end]
        gainer = _gainer_for(
            t, trig, clause, ctx.mentions, ctx.st, ctx.perspective, ctx.lang
        )
        ctx.out.append(
            ctx.make(
                "area_change",
                trig.start,
                (lo, end),
                trig,
                gainer,
                pl,
                negated=ctx.negated_near(trig, clause),
                region_level=True,
            )
        )


# B33DET242: a capture word in scare quotes before its region ("доложил об
# «освобождении» ЛНР", "про «повне звільнення» Харківщини", 'the "liberation
# of the Kharkiv region"'): the region is read after the closing mark
_QUOTE_OPEN = "«“\"'‘"
_QUOTE_CLOSE = "»”\"'’"
# what may follow the closing mark: "of", "the", a "whole" word, a territory
# word, ДНР/ЛНР, a region's adjective ("Луганської області"); not a town
# ("«повністю звільнили» Костянтинівку Донецької області" is the town's)
_QUOTED_REGION_HEAD = re.compile(
    r"\s+(?:(?:of|the)\s|(?:всю|всей|усю|всієї|усієї|вся|уся)\s|"
    r"територ|территор|(?-i:ДНР|ЛНР)(?![\w])|"
    r"(?-i:[А-ЯІЇЄҐЁ])\w*(?:ськ|цьк|зьк|ск|цк)(?:ої|ій|ую|ой|ая|у)\s)",
    re.IGNORECASE,
)


def _after_quote(t: str, trig: Any) -> int:
    """Where the words after ``trig`` start: past a closing quote mark right
    after it when an opening one stands before it in the last three words."""
    end = trig.end
    if end < len(t) and t[end] in _QUOTE_CLOSE:
        head = t[max(0, trig.start - 30) : trig.start]
        opened = max(head.rfind(q) for q in _QUOTE_OPEN)
        if (
            opened >= 0
            and len(head[opened:].split()) <= 3
            and _QUOTED_REGION_HEAD.match(t, end + 1)
        ):
            return end + 1
    return end


def _whole_region_span(
    t: str, trig: Any, clause: tuple[int, int]
) -> tuple[int, int] | None:
    """The span of ``trig`` and the whole region after or before it (a river
    crossed or ground left after a withdrawal counts whole), else None."""
    across = (
        _ACROSS_RIVER.match(t, trig.end) or _OUT_OF_GROUND.match(t, trig.end)
        if trig.family == "withdraw"
        else None
    )
    after = across or _REGION_AFTER.match(t, _after_quote(t, trig))
    before = _REGION_BEFORE.search(t, max(0, trig.start - 90), trig.start)
    if after is None and before is None:
        return None
    lo, hi = (trig.start, after.end()) if after else (before.start(), trig.end)
    if _TOWN_TERRITORY.search(t, lo, hi):
        return None  # a town's whole territory: the town's capture
    if across is None and (
        _NOT_WHOLE.search(t, lo, hi)
        or not (
            _WHOLE.search(t, min(lo, max(clause[0], lo - 40)), clause[1])
            or (after is not None and _REPUBLIC_END.search(t, lo, hi))
            or (after is not None and _REGION_LIST_END.search(t, lo, hi))
        )
    ):
        return None
    return lo, hi


# KNOWN2-41: the territory of a town or village is the town's: "had taken the
# whole territory of the town of X", "захопили всю територію села X",
# "заняли всю территорию поселка X" are a settlement's capture, no region
_TOWN_TERRITORY = folded(
    re.compile(
        lx.TERRITORY_OF
        + rf"(?:\w+\s+)?(?:{en_settlement('hamlet')}|"
        + case_forms(
            "gen",
            uk=("місто", "село", "селище", PUNKT["uk"]),
            ru=("город", "поселок", "посёлок", "село", PUNKT["ru"]),
        )
        + r")(?![\w])",
        re.IGNORECASE,
    )
)


# XKIND3-42: the territory right before a place that is no region is that
# town's ("the entire territory of Bakhmut", "всю територію Соледара", "всю
# территорию Бахмута"): the town's capture, no region-level change
_TERRITORY_BEFORE_NAME = re.compile(lx.TERRITORY_OF + "$", re.IGNORECASE)


def _named_town_territory(
    t: str, span: tuple[int, int], places: list[PlaceMention]
) -> PlaceMention | None:
    """The place that is no region named right after "territory" in ``span``
    (its first place), or None.

    >>> from frontline.text.toponyms import PlaceMention
    >>> t = "took the entire territory of Bakhmut"
    >>> _named_town_territory(t, (0, len(t)), [PlaceMention(29, 36, "Bakhmut", False)])
    PlaceMention(start=29, end=36, name='Bakhmut', region=False)
    """
    lo, hi = span
    inside = [p for p in places if lo <= p.start < hi]
    if not inside or inside[0].region or _REPUBLIC_END.search(t, lo, hi):
        return None
    first = inside[0]
    before = t[max(lo, first.start - 40) : first.start]
    return first if _TERRITORY_BEFORE_NAME.search(before) else None


# two or more regions named right after the verb, as a list ending in the
# region word, are taken as regions, not as towns ("freed the Kharkiv and
# Kherson regions", "звільнили Харківську та Херсонську області",
# "освободили Харьковскую и Херсонскую области")
_REGION_LIST_END = re.compile(
    rf"\s(?:and|та|і|й|и)\s+\w[\w'’-]*\s+{_REGION_WORDS}$",
    re.IGNORECASE,
)


# a republic named right after the verb is a region as a whole ("the
# liberation of the Luhansk People's Republic", "об освобождении Луганской
# народной республики", "про звільнення ЛНР"): no settlement of that name
_REPUBLIC_END = re.compile(
    r"(?:People['’]s\s+Republic|(?-i:ДНР|ЛНР|DPR|LPR|DNR|LNR)|"
    r"(?:народн|Народн)\w+\s+(?:республ|Республ)\w*)$",
    re.IGNORECASE,
)
