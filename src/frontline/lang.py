"""Language detection for war reporting: English, Ukrainian or Russian.

Cheap and offline: the script decides Latin vs Cyrillic, then letters that only
one of the two Cyrillic languages uses (і ї є ґ → Ukrainian; ы э ъ ё → Russian),
frequent function words, and the absence of і/ї/є in a Cyrillic sentence (they
make up ~6% of Ukrainian letters) settle which. Anything else (too little text, a
Latin-script text with no English function words, another script) is ``None``.

>>> detect_language("Ukrainian forces have liberated the village, the ministry said.")
'en'
>>> detect_language("Українські сили звільнили село, повідомили у міністерстві.")
'uk'
>>> detect_language("Российские войска заняли село, сообщили в министерстве.")
'ru'
>>> detect_language("12 345") is None
True
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "uk", "ru")

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")

_EN_WORDS = frozenset(
    "the of and to in a is that for on was with as by at from have has had it "
    "its were are be been said this which their they he she not or an but who "
    "after over near into than".split()
)
# Function words frequent in one language and absent (or rare) in the other.
_UK_WORDS = frozenset(
    "та що які який яка від було це й як його також ще вже щодо після але "
    "під між або цього року словами він вона вони їх".split()
)
_RU_WORDS = frozenset(
    "что как это его было также уже после или между под года который "
    "которые которая по словам он она они их".split()
)
_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъё")

_LATIN = re.compile("[a-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: Below this many letters a guess is not worth making.
MIN_LETTERS = 8
#: Only the first part of a long text is looked at (cheap on 50 MB inputs).
SAMPLE_CHARS = 5_000


def detect_language(text: str) -> str | None:
    """``"en"``, ``"uk"``, ``"ru"`` or ``None`` when the text is none of them.

    Looks at the first :data:`SAMPLE_CHARS` characters only.
    """
    sample = (text or "")[:SAMPLE_CHARS].lower()
    latin = len(_LATIN.findall(sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    uk_letters = sum(sample.count(ch) for ch in _UK_LETTERS)
    ru_letters = sum(sample.count(ch) for ch in _RU_LETTERS)
    if latin + cyrillic < MIN_LETTERS:
        return None
    words = _WORD.findall(sample)
    if cyrillic >= latin:
        uk = uk_letters + 2 * sum(w in _UK_WORDS for w in words)
        ru = ru_letters + 2 * sum(w in _RU_WORDS for w in words)
        if uk_letters == 0 and cyrillic >= 20:
            # і/ї/є make up ~6% of Ukrainian letters; none at all in a
            # sentence or more says Russian.
            ru += 1 + cyrillic // 50
        if uk == ru:
            return None
        return "uk" if uk > ru else "ru"
    english = sum(w in _EN_WORDS for w in words)
    if english == 0 or english < 0.05 * len(words):
        return None
    return "en"
