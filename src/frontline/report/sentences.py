"""One plain-language sentence per checked claim, for the top of a report.

"Claim 2: 40 km² taken by Ukraine between 4 June and 14 August 2023 (within
25 km of Bakhmut). DeepState shows 41.4 km², close to the 40 km² claimed; ISW
shows 18.0 km², less than claimed." Human dates, no snapshot ids (those stay
in the evidence tables). Pure: checked claims in, text out.

>>> human_day(date(2023, 6, 4)), human_span(date(2023, 6, 4), date(2023, 8, 14))
('4 June 2023', 'between 4 June and 14 August 2023')
>>> human_span(date(2023, 8, 14), date(2023, 8, 14))
'on 14 August 2023'
>>> human_span(date(2023, 8, 7), date(2023, 8, 13))
'between 7 and 13 August 2023'
"""

from __future__ import annotations

from datetime import date
from typing import Any

SOURCE_NAMES = {
    "deepstate": "DeepState",
    "deepstate-daily": "DeepState (daily archive)",
    "isw": "ISW",
    "nzz": "NZZ",
    "isw-totals": "ISW (published daily areas)",
}
GAINER_WORDS = {"UA": "taken by Ukraine", "RU": "taken by Russia"}
ARTICLES = {"advance": "an advance", "fighting": "fighting"}
VERDICT_PHRASES = {  # how a measured figure relates to the claim
    "consistent": "close to the {claimed} claimed",
    "overstated": "less than the {claimed} claimed",
    "understated": "more than the {claimed} claimed",
    "not visible": "no change where {claimed} was claimed",
}
SETTLEMENT_PHRASES = {  # a claim without a figure
    "consistent": "agrees",
    "overstated": "does not show it",
    "understated": "shows more",
    "not visible": "shows no change there",
    "unverifiable": "cannot tell",
}


def human_day(d: date) -> str:
    """``4 June 2023`` (no leading zero, month in words)."""
    return f"{d.day} {d:%B %Y}"


def human_span(start: date | None, end: date | None) -> str:
    """``between 4 June and 14 August 2023`` (the year once when shared)."""
    if start is None or end is None:
        return "over an unknown period"
    if start == end:
        return f"on {human_day(end)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"between {start.day} and {human_day(end)}"
    first = f"{start.day} {start:%B}" if start.year == end.year else human_day(start)
    return f"between {first} and {human_day(end)}"


def _km2(x: float) -> str:
    return f"{x:,.1f} km²" if x < 100 else f"{x:,.0f} km²"


def source_name(source: str) -> str:
    """The name readers know a map by."""
    return SOURCE_NAMES.get(source, source)


def _measured(v: Any) -> str:
    """The measured figure, or the range over the readings the verdict used."""
    used = [
        r["measured_km2"]
        for r in v.evidence.get("readings") or []
        if r.get("used_for_verdict", True) and r.get("measured_km2") is not None
    ]
    if len(used) > 1 and max(used) - min(used) >= 0.05:
        return f"{min(used):,.1f}–{_km2(max(used))}"
    return _km2(v.measured)


def _reading(v: Any, claimed: float | None) -> str:
    name = source_name(v.source)
    if v.verdict == "unverifiable":
        return f"{name} cannot tell"
    if claimed is None or v.measured is None:
        return f"{name} {SETTLEMENT_PHRASES.get(v.verdict, v.verdict)}"
    if v.verdict == "not visible":
        return f"{name} shows no change"
    phrase = VERDICT_PHRASES.get(v.verdict, v.verdict).format(claimed=_km2(claimed))
    return f"{name} shows {_measured(v)}, {phrase}"


def claim_sentence(cc: Any) -> str:
    """The sentence for one :class:`frontline.check.results.ClaimCheck`."""
    c = cc.claim
    names = ", ".join(p.name for p in c.places[:3])
    side = GAINER_WORDS.get(c.gainer or "", "")
    if c.area_km2 is not None:
        what = f"{_km2(c.area_km2)} {side}".strip()
    elif c.kind == "settlement_control" and names:
        what = f"{names} {side}".strip()
    else:
        by = f" by {side.split()[-1]}" if side else ""
        what = f"{ARTICLES.get(c.kind, c.kind.replace('_', ' '))}{by}"
        what += f" at {names}" if names else ""
    where = f" ({cc.region.description})" if cc.region is not None else ""
    head = f"Claim {cc.index}: {what} {human_span(cc.period.start, cc.period.end)}"
    readings = [_reading(v, c.area_km2) for v in cc.verdicts]
    if not readings:
        return f"{head}{where}."
    return f"{head}{where}. " + "; ".join(readings) + "."
