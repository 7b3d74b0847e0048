"""Transliteration and folding of place names (Ukrainian, Russian, Latin).

Ukrainian Cyrillic is romanised with the official national system (Cabinet of
Ministers resolution No. 55 of 27.01.2010, "KMU 2010") as implemented by the
`translitua <https://pypi.org/project/translitua/>`_ library, plus the older
BGN/PCGN and German schemes that news outlets still use. Russian Cyrillic is
romanised with translitua's passport (1997), ICAO and ALA-LC tables.

Three keys index a name, from strict to loose:

* :func:`fold` — case-folded, apostrophes and soft-sign marks dropped, hyphens
  as spaces, Latin diacritics mapped (ż → zh, š → sh, č → ch ...).
* :func:`loose_key` — one spelling for the Latin schemes readers meet:
  Polish/German/Czech patterns (sz, cz, rz, w, j, sch, tsch), y/j/i merged,
  doubled letters collapsed, spaces removed.
* :func:`skeleton_key` — consonant skeleton (g/kh → h, vowels dropped after
  the first letter): catches Russian-vs-Ukrainian forms of one name
  (Rabotino / Robotyne, Grigorovka / Hryhorivka) at a lower score.

>>> kmu("Урожайне"), kmu("Куп'янськ"), kmu("Кліщіївка")
('Urozhaine', 'Kupiansk', 'Klishchiivka')
>>> loose_key("Urożajne") == loose_key("Urozhaine") == loose_key("Urozhayne")
True
>>> loose_key("Wuhledar") == loose_key("Vuhledar")
True
>>> skeleton_key(latin_forms("Работино", "ru")[0]) == skeleton_key("Robotyne")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from translitua import (
    RussianALALC,
    RussianICAO,
    RussianInternationalPassport1997,
    UkrainianBGN,
    UkrainianGerman,
    UkrainianKMU,
    translit,
)

APOSTROPHES = "'’ʼ`´ʻ‘\"″′"
# Latin letters with diacritics whose plain letter would lose a sound.
_SPECIAL_LATIN = {
    "ż": "zh",
    "ž": "zh",
    "ź": "z",
    "š": "sh",
    "ś": "s",
    "č": "ch",
    "ć": "c",
    "ř": "rzh",
    "ł": "l",
    "ß": "ss",
    "ǐ": "i",
    "ĭ": "i",
    "ě": "e",
    "ŭ": "u",
    "ä": "a",
    "ö": "o",
    "ü": "u",
}
_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэъёЫЭЪЁ")
_VOWELS = set("aeiouy")


def is_cyrillic(text: str) -> bool:
    """True if ``text`` has at least one Cyrillic letter."""
    return any("\u0400" <= c <= "\u04ff" for c in text)


def guess_language(cyrillic: str) -> str:
    """'uk', 'ru' or '' (undecided) from letters only one alphabet has."""
    chars = set(cyrillic)
    if chars & _UK_ONLY:
        return "uk"
    if chars & _RU_ONLY:
        return "ru"
    return ""


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case-fold, drop apostrophes/soft-sign marks, hyphens → spaces.

    Cyrillic letters are kept (ё → е); Latin diacritics are mapped.

    >>> fold("Куп’янськ"), fold("Chasiv-Yar"), fold("Urożajne")
    ('купянск', 'chasiv yar', 'urozhajne')
    """
    text = unicodedata.normalize("NFC", text).casefold()
    out = []
    for c in text:
        if c in APOSTROPHES or c in "ьъ":
            continue
        if c == "ё":
            out.append("е")
        elif c in _SPECIAL_LATIN:
            out.append(_SPECIAL_LATIN[c])
        elif c < "\u0400" and not c.isascii():
            base = unicodedata.normalize("NFKD", c)
            out.append("".join(b for b in base if not unicodedata.combining(b)))
        elif c.isalnum():
            out.append(c)
        else:
            out.append(" ")
    return " ".join("".join(out).split())


_LOOSE_RULES = [
    (re.compile(r"tsch"), "ch"),
    (re.compile(r"szcz"), "shch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"sz"), "sh"),
    (re.compile(r"cz"), "ch"),
    (re.compile(r"rz"), "zh"),
    (re.compile(r"zh"), "Z"),  # protect before the h-rules below
    (re.compile(r"w"), "v"),
    (re.compile(r"tz"), "ts"),
    (re.compile(r"c(?!h)"), "ts"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"q"), "k"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"ie"), "e"),  # Ye-/-oye/Sie-: iotation spelt or not
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"Z"), "zh"),
]


@lru_cache(maxsize=200_000)
def loose_key(text: str) -> str:
    """One key for the Latin spellings of a name (see the module doc).

    >>> loose_key("Kupyansk"), loose_key("Kupjansk"), loose_key("Kup'iansk")
    ('kupiansk', 'kupiansk', 'kupiansk')
    """
    key = fold(text).replace(" ", "")
    if is_cyrillic(key):
        key = fold(kmu(key))
    for pattern, repl in _LOOSE_RULES:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=200_000)
def skeleton_key(text: str) -> str:
    """Consonant skeleton of :func:`loose_key` (g and kh → h; vowels dropped).

    >>> skeleton_key("Hryhorivka") == skeleton_key("Grigorovka")
    True
    """
    key = loose_key(text).replace("kh", "h").replace("g", "h")
    if not key:
        return key
    return key[0] + "".join(c for c in key[1:] if c not in _VOWELS)


def kmu(cyrillic: str) -> str:
    """KMU 2010 romanisation (via translitua).

    >>> kmu("Згурівка"), kmu("Єнакієве")
    ('Zghurivka', 'Yenakiieve')
    """
    return translit(cyrillic.replace("’", "'").replace("ʼ", "'"), UkrainianKMU)


@lru_cache(maxsize=200_000)
def latin_forms(cyrillic: str, lang: str = "") -> tuple[str, ...]:
    """Latin spellings of a Cyrillic name a reader may meet, most official first.

    ``lang`` is 'uk', 'ru' or '' (guessed from the letters; both when unsure).

    >>> latin_forms("Бахмут", "uk")
    ('Bakhmut', 'Bachmut')
    >>> latin_forms("Работино", "ru")
    ('Rabotino',)
    """
    lang = lang or guess_language(cyrillic)
    text = cyrillic.replace("’", "'").replace("ʼ", "'")
    forms: list[str] = []
    if lang in ("uk", ""):
        forms += [
            translit(text, t) for t in (UkrainianKMU, UkrainianBGN, UkrainianGerman)
        ]
    if lang in ("ru", ""):
        forms += [
            translit(text, t)
            for t in (RussianInternationalPassport1997, RussianICAO, RussianALALC)
        ]
        forms.append(_russian_bgn(text))
    seen: dict[str, None] = {}
    for form in forms:
        form = form.replace("'", "").replace('"', "")
        if form and fold(form) not in {fold(f) for f in seen}:
            seen[form] = None
    return tuple(seen)


_RU_BGN = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        "ё": "yo",
        "е": "e",
        "і": "i",
    }
)


def _russian_bgn(text: str) -> str:
    """BGN/PCGN-style Russian romanisation (е → ye initially and after vowels)."""
    out = []
    prev = " "
    for ch in text:
        low = ch.lower()
        if low == "е" and (not prev.isalpha() or prev.lower() in "аеёиоуыэюяьъ"):
            rep = "ye"
        else:
            rep = low.translate(_RU_BGN)
        out.append(rep.capitalize() if ch.isupper() else rep)
        prev = ch
    return "".join(out)
