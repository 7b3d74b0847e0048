"""Period and cumulative decisions over the claims of one sentence.

Pure rules on finished claims (no text search): they state the CONVENTIONS
that hold whatever time expression was found.

* ``cumulative`` is a property of quantities: an area (with or without a
  figure), a distance advanced or a count of settlements can be a running
  total; a fight, an advance without a distance or the capture of named
  settlements is an event and never is.

>>> from frontline.model import Claim
>>> c = Claim("d", "settlement_control", "took X", 0, 6, cumulative=True)
>>> settle_cumulative([c]); c.cumulative
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Claim
from .periods import BOUNDED_KINDS

# words that make an area or a count a running total when no bounded span is
# given: "in total", "already", "загалом", "всего" (CONVENTIONS: cumulative)
TOTAL_WORDS = {
    "en": re.compile(
        r"\b(?:already|in total|a total of|altogether|so far|to date|in all|"
        r"(?:have|has) (?:now )?taken control of)\b",
        re.IGNORECASE,
    ),
    "uk": re.compile(
        r"(?<![\w])(?:вже|уже|загалом|загальн\w+|всього|усього|сумарно)(?![\w])",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w])(?:уже|всего|в общей сложности|итого|общ(?:ая|ей) площад\w+)"
        r"(?![\w])",
        re.IGNORECASE,
    ),
}
_LOOK_BEHIND = 40  # characters before a claim's quote that still speak of it


def can_be_running_total(c: Claim) -> bool:
    """An area, a distance or a count of settlements; not a fight, a bare
    advance or a capture of named places."""
    if c.kind == "fighting":
        return False
    if c.kind == "advance":
        return c.distance_km is not None or c.area_km2 is not None
    if c.kind == "settlement_control":
        return bool(c.extra.get("settlements_count"))
    return True


def _bounded(c: Claim) -> bool:
    """The claim has a start day or a bounded time expression."""
    return c.period_start is not None or c.extra.get("period_rule") in BOUNDED_KINDS


def settle_cumulative(
    claims: Iterable[Claim], sentence: str = "", offset: int = 0, lang: str = "en"
) -> None:
    """Clear ``cumulative`` where the claim cannot be a running total; set it
    where a total word stands by an area or a count with no bounded span
    ("have already taken 40 settlements", "загалом звільнили 500 км²").

    ``sentence`` is the claims' sentence, starting at ``offset`` in the text.
    """
    total = TOTAL_WORDS.get(lang, TOTAL_WORDS["en"])
    for c in claims:
        if not can_be_running_total(c):
            c.cumulative = False
            continue
        if c.cumulative or _bounded(c):
            continue
        a = max(0, c.char_start - offset - _LOOK_BEHIND)
        if total.search(sentence, a, max(a, c.char_end - offset)):
            c.cumulative = True
