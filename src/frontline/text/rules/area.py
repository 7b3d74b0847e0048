"""Area claims: a figure of square kilometres won or lost, vague areas, shares."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ...model import Claim, Place
from .. import lexicon as lx
from ..context import (
    _QUOTE_LEAD,
    _SIZE_CHANGE,
    SentenceContext,
    _blocked,
    _clause_of,
    _DocState,
    _gainer_for,
    _sector_in,
    _segment,
    _starting_in,
)
from ..fastre import folded, prefiltered
from ..lang import en as _en
from ..numbers import number_before
from ..toponyms import PlaceMention
from ..units import Quantity

# "captured 500 square miles of land, including the town of Sudzha"
_INCLUDING = re.compile(
    r"\bincluding (?:the )?(?:(?:town|village|city|settlement|hamlet)s? (?:of )?)?|"
    r"(?<![\w])(?:зокрема|у тому числі|в тому числі|включно з|в том числе|включая)"
    r"\s+(?:(?:місто|село|селище|город|поселок|посёлок)\s+)?",
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


_ELIDED = re.compile(
    r"\b(?:up|down|rising|falling) from\s+|\bcompared (?:with|to)\s+|\bagainst\s+|"
    r"\bversus\s+|\bvs\.?\s+|\bfrom\s+(?=\S+\s+(?:in|a year|last))|"
    r"(?<![\w])(?:проти|против|порівняно з|по сравнению с)\s+",
    re.IGNORECASE,
)


# a hedge between "up from" and its bare figure: "up from about 420"
_ELIDED_FILLER = re.compile(rf"{_en.APPROX}\s+", re.IGNORECASE)


_OF_THEM = re.compile(r"\s+(?:of them|of those|of these|з них|из них)\b", re.IGNORECASE)
_INCLUDING = folded(_INCLUDING)  # speed: a case-folded twin (same matches)
_ELIDED = folded(_ELIDED)


def _elided(t: str, area_q: list[Quantity], st: _DocState, lang: str) -> list[Quantity]:
    """Bare figures whose unit is elided: "down from 431", "56 of them"."""
    from ..numbers import _DIGITS, parse_digits  # noqa: PLC0415

    out: list[Quantity] = []
    taken = [(q.start, q.end) for q in area_q]
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
            )
        )
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


def area_claims(ctx: SentenceContext) -> None:
    """Append the area claims of ``ctx``'s sentence to ``ctx.out``.

    Leaves the area figures in ``ctx.area_q`` for the vague-area and share rules.
    """
    s = ctx.s
    st = ctx.st
    lang = ctx.lang
    t = ctx.t
    trigs = ctx.trigs
    clauses = ctx.clauses
    mentions = ctx.mentions
    places = ctx.places
    quantities = ctx.quantities
    question = ctx.question
    lookalike = ctx.lookalike
    perspective = ctx.perspective
    sector = ctx.sector
    out = ctx.out
    make = ctx.make
    clause_span = ctx.clause_span
    negated_near = ctx.negated_near
    area_q = [q for q in quantities if q.measure == "area" and not q.conversion]
    if area_q or st.last_area_factor is not None:
        area_q += _elided(t, area_q, st, lang)
    area_q.sort(key=lambda q: q.start)
    if area_q:
        st.last_area_factor = next(
            (q.factor for q in area_q if q.unit != "elided"), st.last_area_factor
        )
    territorial = [
        tr
        for tr in trigs
        if tr.family in ("capture", "withdraw", "advance", "hold", "gain")
    ]
    q_starts = [q.start for q in area_q]
    place_starts = [p.start for p in places]
    for q in area_q:
        if not territorial or question:
            continue
        clause = clause_span(q.number_start)
        if (
            lookalike
            and not _woodland_taken(t, lookalike, q, territorial)
            and (
                q.unit.lower().startswith(("ha", "гект", "га"))
                or (clause[0] <= lookalike.start() < clause[1])
            )
        ):
            continue
        # governing trigger: nearest before in the clause, else nearest overall
        in_clause = [tr for tr in territorial if clause[0] <= tr.start < clause[1]]
        before = [tr for tr in territorial if tr.end <= q.start]
        strong = [
            tr
            for tr in in_clause
            if tr.family in ("capture", "withdraw", "gain", "hold")
        ]
        if strong and not any(
            tr.family == "advance" and 0 <= q.start - tr.end <= 12 for tr in in_clause
        ):
            cands = strong
        elif in_clause:
            cands = [tr for tr in in_clause if tr.end <= q.start] or in_clause
        else:
            cands = before or territorial
        trig = min(cands, key=lambda tr: abs(tr.start - q.start))
        if _blocked(t, trig, lang) and trig.family != "hold":
            continue
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
        gainer = _gainer_for(
            t, trig, _clause_of(clauses, trig.start), mentions, st, perspective, lang
        )
        seg = _segment(t, q.start, q_starts, clauses)
        pl = [p.name for p in _starting_in(places, place_starts, seg)]
        neg = negated_near(trig, _clause_of(clauses, trig.start))
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
        if q.unit == "elided":
            extra["elided_unit"] = True
            if q.adjectival:
                extra["_part_of_previous"] = True
        if q.unit_typo:
            extra["unit_typo"] = True
        out.append(
            make(
                "area_change",
                q.number_start,
                (
                    min(seg[0], trig.start)
                    if clause[0] <= trig.start and seg[0] - trig.start <= _QUOTE_LEAD
                    else seg[0],
                    seg[1],
                ),
                trig,
                gainer,
                pl,
                area_km2=round(q.value, 6),
                negated=neg,
                sector=_sector_in(t, seg, lang) or sector,
                **extra,
            )
        )
    out.extend(_settlements_included(out, t, s.start, places))
    ctx.area_q = area_q


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


def share_claims(ctx: SentenceContext) -> None:
    """Append the claims of this rule for the sentence of ``ctx`` to ``ctx.out``."""
    st = ctx.st
    lang = ctx.lang
    t = ctx.t
    trigs = ctx.trigs
    mentions = ctx.mentions
    question = ctx.question
    perspective = ctx.perspective
    out = ctx.out
    make = ctx.make
    clause_span = ctx.clause_span
    negated_near = ctx.negated_near
    area_q = ctx.area_q
    for m in re.finditer(
        r"(\d+(?:[.,]\d+)?)\s?(?:%|per ?cent|percent|відсот\w*|"
        r"процент\w*)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,2}?"
        r"(?:territor\w+|land|area|територі\w+|территори\w+)",
        t,
        re.IGNORECASE,
    ):
        cands = [
            tr
            for tr in trigs
            if tr.family in ("capture", "withdraw", "gain")
            and 0 < m.start() - tr.end < 40
        ]
        pc = clause_span(m.start())
        if (
            not cands
            or question
            or any(
                pc[0] <= q.start < pc[1] or abs(q.start - m.start()) < 60
                for q in area_q
            )
        ):
            continue
        trig = cands[-1]
        if _blocked(t, trig, lang):
            continue
        trig.used = True
        gainer = _gainer_for(
            t, trig, clause_span(trig.start), mentions, st, perspective, lang
        )
        out.append(
            make(
                "area_change",
                trig.start,
                clause_span(trig.start),
                trig,
                gainer,
                [],
                share_pct=float(m.group(1).replace(",", ".")),
                negated=negated_near(trig, clause_span(trig.start)),
            )
        )
