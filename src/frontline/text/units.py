"""Area and distance quantities: a number followed by a unit, in en/uk/ru.

Areas are converted to km² (1 sq mi = 2.589988 km², 1 ha = 0.01 km²). A
bracketed conversion right after a quantity ("3 sq km (1.2 sq miles)") is
marked ``conversion`` so the primary figure wins.

>>> qs = find_quantities("liberated 7 square km (2.7 square miles)")
>>> [round(q.value, 3) for q in qs], [q.conversion for q in qs]
([7.0, 6.993], [False, True])
>>> find_quantities("просунулися на 2,5 км", "uk")[0].value
2.5
>>> [q.value for q in find_quantities("took half a square kilometre")]
[0.5]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .fastre import folded, keyed
from .numbers import NumberMatch, number_before

SQ_MI_KM2 = 2.589988
HA_KM2 = 0.01
MILE_KM = 1.609344

# (pattern, factor to km² or km, measure)
_UNITS: list[tuple[str, float, str]] = [
    (r"(?:sq\.?|square)[ \u00a0-]*(?:km|kms|kilomet(?:er|re)s?)\b", 1.0, "area"),
    (r"km²|km\^?2\b|км²|км2\b", 1.0, "area"),
    # the square after the unit (session 36): "25 km sq", "25 km.sq", "25
    # kilometres squared", "25 km.²", and "25 km 2" with its superscript lost
    # (never "4 km 2 days later")
    (
        r"(?:km|kms|kilomet(?:er|re)s?)(?:\.?[ \u00a0]?(?:sq\b\.?|squared\b)|"
        r"\.?[ \u00a0]?²|[ \u00a0]2(?![\w.,]?\d|[ \u00a0]*(?:[a-z\d]+[ \u00a0]+"
        r"(?:ago|later|earlier)|days?|weeks?|months?|years?|hours?|k?m|kilomet|mi|"
        r"villages?|settlements?|times)\b))",
        1.0,
        "area",
    ),
    (r"кв\.?[ \u00a0]*(?:км|кілометр\w*|километр\w*)\.?", 1.0, "area"),
    (r"квадратн\w*[ \u00a0]+(?:кілометр\w*|километр\w*|км)", 1.0, "area"),
    (r"(?:sq\.?|square)[ \u00a0-]*(?:mi|miles?)\b", SQ_MI_KM2, "area"),
    (r"квадратн\w*[ \u00a0]+(?:мил\w*|міл\w*)", SQ_MI_KM2, "area"),
    (r"hectares?\b|\bha\b|гектар\w*|\bга\b", HA_KM2, "area"),
    # "square metres" where km² is meant: a known outlet typo (unit_typo)
    (
        r"(?:sq\.?|square)[ \u00a0-]*met(?:er|re)s?\b|m²|квадратн\w*[ \u00a0]+"
        r"метр\w*|кв\.?[ \u00a0]*м\b",
        1.0,
        "area",
    ),
    # half a kilometre in one word or two: "півкілометра", "пол километра"
    (r"(?<![\w])(?:пів|пол)[ \u00a0-]?(?:кілометр\w*|километр\w*)", 0.5, "distance"),
    (r"kilomet(?:er|re)s?\b|kms?\b|кілометр\w*|километр\w*|км\b", 1.0, "distance"),
    (r"miles?\b", MILE_KM, "distance"),
    (r"met(?:er|re)s\b|метр(?:ів|ов|и|а)\b", 0.001, "distance"),
    # the short "m" right after a figure ("800 m", "300m"): lower case only
    # (not "$800M"), never before a letter, a digit or a square
    (r"(?<=\d)[ \u00a0]?(?-i:m)(?![\w²])", 0.001, "distance"),
    # the short "м" only after a figure ("до 600 м"), never alone ("м. Київ")
    (r"(?<=\d[ \u00a0])м\b(?!\.\s*[А-ЯІЇЄҐ])", 0.001, "distance"),
]
# no measure right after a figure: "2000 square kilometres" names no year
NO_MEASURE_AFTER = r"(?![ \u00a0]?(?:" + "|".join(p for p, _, _ in _UNITS) + r"))"
_BARE_M = len(_UNITS) - 1
_EN_M = len(_UNITS) - 2
# what a short "m" after a figure is not: money ("$800m", "€300m in aid") or
# a count of millions ("800m people")
_MILLIONS = re.compile(
    r"[$€£]|\b(?:USD|EUR|GBP|dollars?|euros?|pounds?)\s*$", re.IGNORECASE
)
_MILLIONS_AFTER = re.compile(
    r"\s*(?:in (?:aid|funding|assistance|loans?|military)\b|worth|people|"
    r"residents|users|tonnes|tons|barrels|dollars|euros|pounds|\))",
    re.IGNORECASE,
)
_HALF_KM = next(i for i, (p, _, _) in enumerate(_UNITS) if "(?:пів|пол)" in p)
_TYPO_UNIT = next(i for i, (p, _, _) in enumerate(_UNITS) if "]*met(" in p)
_UNIT_RE = re.compile(
    "|".join(f"(?P<u{i}>{p})" for i, (p, _, _) in enumerate(_UNITS)), re.IGNORECASE
)
_RANGE = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:-|–|—|to|до|або|или|or)\s*$", re.IGNORECASE
)
_RANGE = keyed(folded(_RANGE))  # speed: a case-folded twin, keyed
_APPROX = re.compile(
    r"(?:more than|over|nearly|almost|about|around|approximately|roughly|some|"
    r"up to|up|at least|close to|less than|under|just over|just under|"
    r"по(?:над|рядка)|більш(?:е(?: ніж)?| ніж)|менш(?:е(?: ніж)?| ніж)|близько|"
    r"майже|приблизно|до|щонайменше|"
    r"понад|около|более(?: чем)?|менее(?: чем)?|свыше|почти|примерно|не менее)"
    # the Slavic hedge before the preposition of a distance: "почти на 4 км",
    # "майже на 4 км", "более чем на 2 км", "більш ніж на 2 км"
    r"(?P<on>[\s\u00a0]+на)?[\s\u00a0]*$",
    re.IGNORECASE,
)
_SINGULAR = re.compile(
    r"(?:(?P<half>\bhalf[\s\u00a0]+an?)|\ba|\ban|\bone|\banother|на|один|одна|"
    r"одну)[\s\u00a0]+$",
    re.IGNORECASE,
)


_FRACTION_END = re.compile(
    r"(?:third|quarter|fifth|sixth|tenth|трет\w*|чверт\w*|четверт\w*)[\s-]*$",
    re.IGNORECASE,
)


# a Slavic distance unit, then "на" and its figure: "метрів на 800"
_UNIT_THEN_NUMBER = re.compile(r"[ \u00a0]+на[ \u00a0]+(\S+?)(?=[\s,.;:!?)]|$)")


@dataclass(frozen=True)
class Quantity:
    """A measured quantity: ``value`` in km² (area) or km (distance)."""

    start: int  # start of the number (or of the approximation word)
    end: int  # end of the unit
    number_start: int
    value: float
    measure: str  # "area" or "distance"
    written: str  # as written, number and unit
    unit: str
    approx: str | None = None
    range_low: float | None = None
    conversion: bool = False  # bracketed conversion of the previous quantity
    adjectival: bool = False  # "1,000-km front"
    factor: float = 1.0  # unit -> km² / km
    unit_typo: bool = False  # square metres written where km² is meant
    total: bool = False  # a running total's figure ("загалом — понад 250")


def find_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every number+unit in ``text`` (area units before distance units): for
    each unit, its figure before it (or after it, or "a"/"half a" for one),
    then ranges joined into one quantity."""
    out: list[Quantity] = []
    for m in _UNIT_RE.finditer(text):
        idx = int(next(k for k, v in m.groupdict().items() if v)[1:])
        q = _quantity(text, m, idx, lang, out)
        if q is not None:
            out.append(_and_a_half(text, q))
    return _join_ranges(out, text)


def _quantity(
    text: str, m: re.Match[str], idx: int, lang: str | None, out: list[Quantity]
) -> Quantity | None:
    """The quantity of the unit ``m`` (of ``_UNITS[idx]``): its figure
    before it ("1,000-km" with a hyphen too), a Slavic figure after it, or
    a singular "a"/"half a"; None when it has no figure ("кілька тисяч
    квадратних кілометрів") or is a bare "м" alone."""
    _, factor, measure = _UNITS[idx]
    us = m.start()
    if idx == _HALF_KM:  # "на півкілометра": the figure is in the word
        return Quantity(us, m.end(), us, factor, measure, m.group(0), m.group(0))
    num = number_before(text, us, lang)
    adjectival = False
    if num is None and measure == "distance":
        first = _unit_first(text, m, factor, lang)
        if first is not None:
            return first
    if num is None and idx in (_BARE_M, _EN_M):
        return None
    if idx == _EN_M and num is not None and _millions(text, num.start, m.end()):
        return None
    if num is None and us > 0 and text[us - 1] == "-":
        # "1,000-km": hyphen between number and unit
        num = number_before(text, us - 1, lang)
        adjectival = num is not None
    if num is None:
        return _singular(text, m, idx, factor, measure)
    if re.search(
        r"(?<![\w])(?:several|a few|many|кілька|декілька|кількох|несколько|"
        r"нескольких|много)\s+$",
        text[max(0, num.start - 14) : num.start],
        re.IGNORECASE,
    ) and not re.search(r"\d", num.written):
        return None  # "кілька тисяч квадратних кілометрів": no figure
    return _figure(text, m, idx, num, adjectival, out)


# half a unit more after the unit (FIELDS23): "a kilometre and a half",
# "два кілометри з половиною", "на километр с половиной"
_AND_A_HALF = re.compile(
    r"[ \u00a0]+(?:and a half|з половиною|із половиною|с половиной|"
    # a quarter of a unit more (session 24): "a kilometre and a quarter",
    # "кілометр з чвертю", "километр с четвертью"
    r"(?P<q>and a quarter|з чвертю|із чвертю|с четвертью))(?![\w])",
    re.IGNORECASE,
)


def _and_a_half(text: str, q: Quantity) -> Quantity:
    """``q`` with half a unit added when "and a half" follows its unit.

    >>> [q.value for q in find_quantities("a kilometre and a half")]
    [1.5]
    """
    m = _AND_A_HALF.match(text, q.end)
    if m is None or q.conversion:
        return q
    factor = next(
        (f for p, f, _ in _UNITS if re.fullmatch(p, q.unit.strip(), re.IGNORECASE)),
        None,
    )
    if not factor or abs(q.value / factor - round(q.value / factor)) > 1e-9:
        return q  # "2.5 km and a half": no whole number of units to add to
    half = q.value + (0.25 if m.group("q") else 0.5) * factor
    return replace(q, end=m.end(), value=half, written=text[q.start : m.end()])


def _millions(text: str, start: int, end: int) -> bool:
    """The figure at ``start`` with a short "m" ending at ``end`` counts
    money or millions, not metres."""
    return bool(
        _MILLIONS.search(text, max(0, start - 5), start)
        or _MILLIONS_AFTER.match(text, end)
    )


def _unit_first(
    text: str, m: re.Match[str], factor: float, lang: str | None
) -> Quantity | None:
    """A rough distance told after its unit: "метрів на 800", "километра на
    два"; None when no figure follows."""
    after = _UNIT_THEN_NUMBER.match(text, m.end())
    if after is None:
        return None
    us = m.start()
    num = number_before(text, after.end(), lang)
    if num is None or num.start != after.start(1):
        return None
    return Quantity(
        us,
        num.end,
        num.start,
        num.value * factor,
        "distance",
        text[us : num.end],
        m.group(0),
        "на",
    )


def _singular(
    text: str, m: re.Match[str], idx: int, factor: float, measure: str
) -> Quantity | None:
    """One unit, or half of one, with no figure: "a square kilometre", "half
    a square mile", "один квадратний кілометр", "a kilometre"; None for "на
    квадратний кілометр" (per), hectares or a fraction of one ("one-third
    a square mile")."""
    us = m.start()
    single = _SINGULAR.search(text[max(0, us - 12) : us])
    if not single and measure == "distance" and _ONE_KM.fullmatch(m.group(0)):
        return _hedged_one(text, m, factor)
    if not single or not (
        measure == "distance"
        # "a square kilometre", "half a square mile", "один
        # квадратний кілометр" (not "на квадратний кілометр": per)
        or measure == "area"
        and idx != _TYPO_UNIT
        and single.group(0).strip().lower() != "на"
        and not m.group(0).lower().startswith(("ha", "га"))
    ):
        return None
    value = 0.5 if single.group("half") else 1.0
    ns = max(0, us - 12) + single.start()
    if measure == "area" and _FRACTION_END.search(text, max(0, ns - 14), ns):
        return None  # "one-third a square mile": a fraction of one
    return Quantity(
        ns,
        m.end(),
        ns,
        value * factor,
        measure,
        text[ns : m.end()],
        m.group(0),
    )


# a Slavic kilometre in the singular, hedged with no figure: "близько
# кілометра", "майже кілометр", "около километра" (one kilometre; session 39
# b30places)
_ONE_KM = re.compile(r"(?:кілометр|километр)а?", re.IGNORECASE)


def _hedged_one(text: str, m: re.Match[str], factor: float) -> Quantity | None:
    """One kilometre told with a hedge and no figure ("пройшли близько
    кілометра"), None with no hedge before it.

    >>> [q.value for q in find_quantities("пройшли близько кілометра", "uk")]
    [1.0]
    """
    hedge, hs = _hedge_before(text, m.start())
    if hedge is None:
        return None
    return Quantity(
        hs,
        m.end(),
        hs,
        factor,
        "distance",
        text[hs : m.end()],
        m.group(0),
        approx=hedge,
    )


def _figure(
    text: str,
    m: re.Match[str],
    idx: int,
    num: NumberMatch,
    adjectival: bool,
    out: list[Quantity],
) -> Quantity:
    """The quantity of the figure ``num`` before the unit ``m``, with the
    hedge before it ("about", "понад"), the low end of a range ("5-7 km")
    and whether it is a bracketed conversion of the quantity before."""
    _, factor, measure = _UNITS[idx]
    value = num.value * factor
    start = num.start
    approx, start = _hedge_before(text, start)
    low = num.low * factor if num.low is not None else None
    r, lo = None, num.start
    if low is None:
        r, lo = _range_before(text, num.start)
    if r:
        from .numbers import parse_digits

        lv = parse_digits(r.group(1))
        if lv is not None and lv < num.value:
            low = lv * factor
            if approx is None or start >= lo + r.start():
                # "від 2 до 3 км", "from 2 to 3 km": the "до" joins the
                # range, no "up to"; a hedge stands before the range
                # ("about 2-3 km")
                approx, start = _hedge_before(text, lo + r.start())
            else:
                start = min(start, lo + r.start())
    before = text[max(0, start - 3) : start]
    conversion = False
    if "(" in before or "[" in before:
        prev = out[-1] if out else None
        if prev and text[prev.end : start].strip(" ([\u00a0") == "":
            conversion = True
    return Quantity(
        start,
        m.end(),
        num.start,
        value,
        measure,
        text[num.start : m.end()],
        m.group(0),
        approx,
        low,
        conversion,
        adjectival,
        factor,
        idx == _TYPO_UNIT,
    )


def _hedge_before(text: str, pos: int) -> tuple[str | None, int]:
    """The hedge written right before ``pos`` ("about", "понад", "почти" of
    "почти на"), lower case, and where it starts (``pos`` with none).

    >>> _hedge_before("продвинулись почти на 4 км", 22)
    ('почти', 13)
    """
    lo = max(0, pos - 24)
    a = _APPROX.search(text[lo:pos])
    if not a:
        return None, pos
    word = text[lo + a.start() : lo + a.start("on")] if a.group("on") else a.group(0)
    return word.strip().lower(), lo + a.start()


# "between 2 and 3 km", "між 2 і 3 км": the low end of a range written
# with "and" (the bare "and" reads no range: "2 and 3 km" may be two figures)
_BETWEEN = re.compile(
    r"(?:between|між|между)[\s\u00a0]+(\d+(?:[.,]\d+)?)[\s\u00a0]+(?:and|і|й|и)"
    r"[\s\u00a0]*$",
    re.IGNORECASE,
)


def _range_before(text: str, pos: int) -> tuple[re.Match[str] | None, int]:
    """The low end of a range written before the figure at ``pos`` ("2-3",
    "від 2 до", "between 2 and"), and the offset its match is relative to.

    >>> m, lo = _range_before("advanced between 2 and 3 km", 23)
    >>> m.group(1), lo + m.start()
    ('2', 9)
    """
    lo = max(0, pos - 20)
    r = _RANGE.search(text[lo:pos])
    if r:
        return r, lo
    lo = max(0, pos - 30)
    return _BETWEEN.search(text[lo:pos]), lo


# "between 500 metres and 1.2 km", "від 300 метрів до 1 км": one range whose
# upper bound is the figure (the first quantity only gives its lower bound)
_RANGE_OPEN = re.compile(
    r"(?:between|from|від|між|от|между|з|с)[\s\u00a0]*$", re.IGNORECASE
)
_RANGE_JOIN = re.compile(r"[\s\u00a0]*(?:and|to|і|й|до|и|-|–|—)[\s\u00a0]*$")
# the unit written twice, no opening word: "1.5 km to 2 km", "1 км – 1,5 км"
# (KNOWN39: or an em dash, which the engine writes for any spaced dash: "на 1
# км - 1,5 км" is read as "на 1 км — 1,5 км")
_RANGE_JOIN_BARE = re.compile(r"[\s\u00a0]*(?:to|-|–|—)[\s\u00a0]*$")


def _join_ranges(qs: list[Quantity], text: str) -> list[Quantity]:
    """Fold a two-quantity range of one measure into its upper quantity.

    >>> [(q.value, q.range_low) for q in find_quantities("between 500 metres and 2 km")]
    [(2.0, 0.5)]
    >>> [(q.value, q.range_low) for q in find_quantities("1.5 km to 2 km")]
    [(2.0, 1.5)]
    """
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.measure == q.measure
            and not prev.conversion
            and prev.value < q.value
            and _RANGE_JOIN.match(text[prev.end : q.number_start])
            and (
                _RANGE_OPEN.search(text[max(0, prev.start - 10) : prev.start])
                or _RANGE_JOIN_BARE.match(text[prev.end : q.number_start])
            )
        ):
            # "від 400 м до 2 км": the "до" closing a range is no "up to"
            approx = prev.approx if q.approx in ("до", None) else q.approx
            out[-1] = replace(q, start=prev.start, range_low=prev.value, approx=approx)
            continue
        out.append(q)
    return out


def is_unit(name: str) -> bool:
    """Whether ``name`` is a unit and nothing more ("Sq Km", "Kilometres").

    >>> is_unit("Sq Km"), is_unit("Toretsk")
    (True, False)
    """
    m = _UNIT_RE.match(name)
    return m is not None and m.end() == len(name)


_FIGURE_BEFORE = re.compile(r"\d[\s\u00a0]*$")


def area_unit_named(text: str) -> float | None:
    """B30MISS39: the factor (to km²) of an area unit ``text`` names with no
    figure of its own, the unit of a list's bare figures ("Russian gains this
    week by axis (sq km):", "по направлениям, кв. км:"); None with none.
    Hectares and square metres name none (farmland, a typo's unit).

    >>> area_unit_named("Gains by sector (square miles):") == SQ_MI_KM2
    True
    >>> area_unit_named("Russia took 40 sq km:") is None
    True
    """
    for m in _UNIT_RE.finditer(text):
        i = int(next(k for k, v in m.groupdict().items() if v)[1:])
        _, factor, measure = _UNITS[i]
        if measure != "area" or factor == HA_KM2 or i == _TYPO_UNIT:
            continue
        if _FIGURE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # a written figure: no list unit
        return factor
    return None


# every area unit of _UNITS holds one of these (speed: a sentence without one
# holds no area figure)
_AREA_KEYS = ("km", "км", "sq", "кв", "hectare", "гектар", "m²")
_HA_AFTER_DIGIT = re.compile(
    r"(?:\d|тис\.|тыс\.|млн\.?|thousand|million)[\s\u00a0]*(?:га|ha)(?![\w])"
)


def area_figures(text: str, lang: str | None = None) -> list[Quantity]:
    """The area figures of ``text`` (no bracketed conversions), cheaply.

    >>> [q.value for q in area_figures("Сапери обстежили 300 га і 4,2 тис. га")]
    [3.0, 42.0]
    >>> area_figures("Forces advanced 3 km")
    []
    """
    low = text.lower()
    if not any(k in low for k in _AREA_KEYS) and not (
        # (every match of the pattern holds one of the two: asked first)
        ("ha" in low or "га" in low) and _HA_AFTER_DIGIT.search(low)
    ):
        return []
    return [
        q
        for q in find_quantities(text, lang)
        if q.measure == "area" and not q.conversion
    ]


# speed: the big case-insensitive patterns search through a case-folded twin
# (same matches; see fastre.py)
_UNIT_RE = folded(_UNIT_RE)
_APPROX = folded(_APPROX)
_SINGULAR = folded(_SINGULAR)
