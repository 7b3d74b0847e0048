"""Whether a document is about the war at all (a gate before claim extraction).

A bakery that "advanced two kilometres down the road" is not a front line: a
document with none of the war words of ``data/war_terms.json`` (en/uk/ru word
starts, any language matches) yields no claims, and the check says so. Pure:
the word list is package data, validated on load.

>>> about_the_war("Russian forces captured the village on Monday.")
True
>>> about_the_war("Our bakery advanced two kilometres down the road.")
False
>>> about_the_war("Warm the oven; the warning light goes off.")
False
>>> about_the_war("Сили оборони звільнили село.")
True
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from ..errors import FrontlineError

LANGS = ("en", "uk", "ru")
WHOLE_WORD_BELOW = 5  # shorter entries match whole words only ("war", not "warm")
NOT_ABOUT_THE_WAR = (
    "not about the war (no war vocabulary: troops, front, shelling, …): "
    "no claims taken from it"
)


@lru_cache(maxsize=1)
def war_words() -> re.Pattern[str]:
    """One regex matching any war word start (validated: lists of strings)."""
    raw = json.loads(
        resources.files("frontline").joinpath("data/war_terms.json").read_text("utf-8")
    )
    words: list[str] = []
    for lang in LANGS:
        items = raw.get(lang)
        if (
            not isinstance(items, list)
            or not items
            or not all(isinstance(w, str) and w.strip() for w in items)
        ):
            raise FrontlineError(f"{lang!r} must be a list of words", where="war_terms")
        words += [w.strip().lower() for w in items]
    alternatives = "|".join(
        re.escape(w) + (r"\b" if len(w) < WHOLE_WORD_BELOW else "")
        for w in sorted(set(words), key=len)[::-1]
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE)


def about_the_war(text: str) -> bool:
    """True when the text uses any war word (see the module doc)."""
    return war_words().search(text or "") is not None
