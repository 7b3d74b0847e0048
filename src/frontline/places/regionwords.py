"""Words that name a region of oblasts, or the whole country (pure data).

A claim "in Donbas" is measured on Donetsk + Luhansk oblasts, "in the south"
on Zaporizhzhia + Kherson, "on the Zaporizhzhia front" on Zaporizhzhia
oblast; a country name ("Ukraine", "на Украине") is never a village: it means
the whole map. Oblasts are ISO 3166-2 codes (the keys of the boundary file
the caller loads).

>>> region_word("Donbas")
('Donbas (Donetsk + Luhansk oblasts)', ('UA-14', 'UA-09'))
>>> region_word("на Украине")
('the whole map (Ukraine)', ())
>>> region_word("Bakhmut") is None
True
"""

from __future__ import annotations

import re

WHOLE = ()
"""The oblast list of a country name: the whole map."""

REGION_WORDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        r"donbas+|донбас+\w*|донбасс\w*",
        "Donbas (Donetsk + Luhansk oblasts)",
        ("UA-14", "UA-09"),
    ),
    (
        r"(?:the\s+)?south(?:ern)?(?:\s+(?:front|direction|ukraine))?|"
        r"(?:на\s+)?півдн\w*|(?:на\s+)?юг\w*|південн\w+\s+(?:фронт\w*|напрям\w*)|"
        r"южн\w+\s+(?:фронт\w*|направлени\w*)",
        "the south (Zaporizhzhia + Kherson oblasts)",
        ("UA-23", "UA-65"),
    ),
    (
        r"zaporizh(?:zh)?ia\s+(?:front|direction|axis)|запорізьк\w+\s+"
        r"(?:фронт\w*|напрям\w*)|запорожск\w+\s+(?:фронт\w*|направлени\w*)",
        "the Zaporizhzhia front (Zaporizhzhia oblast)",
        ("UA-23",),
    ),
    (
        r"(?:the\s+)?east(?:ern)?(?:\s+(?:front|ukraine))?|(?:на\s+)?сход\w*|"
        r"(?:на\s+)?восток\w*",
        "the east (Donetsk + Luhansk + Kharkiv oblasts)",
        ("UA-14", "UA-09", "UA-63"),
    ),
    (
        r"(?:in\s+|across\s+)?ukraine|(?:в\s+|на\s+|по\s+)?україн\w*|"
        r"(?:в\s+|на\s+|по\s+)?украин\w*",
        "the whole map (Ukraine)",
        WHOLE,
    ),
)
"""(pattern matching the whole phrase, description, oblast ISO codes)."""

_COMPILED = [
    (re.compile(rf"^\s*(?:{pat})\s*$", re.IGNORECASE), desc, codes)
    for pat, desc, codes in REGION_WORDS
]


def region_word(text: str | None) -> tuple[str, tuple[str, ...]] | None:
    """(description, oblast codes) when ``text`` is a region word, else None
    (an empty code tuple is the whole map)."""
    if not text:
        return None
    for rx, desc, codes in _COMPILED:
        if rx.match(text):
            return desc, codes
    return None
