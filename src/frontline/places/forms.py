"""Inflected forms and the words around a place name.

News text writes places in every grammatical case: ``Бахмута``, ``під
Бахмутом``, ``в Авдіївці``, ``Клещеевку``, ``Курської області``. This module
strips case endings to candidate lemmas (the gazetteer decides which exist)
and recognises the words that say what kind of place is meant ("oblast",
"raion", "river", "village of" ...).

>>> "Бахмут" in lemmas("Бахмута") and "Авдіївка" in lemmas("Авдіївці")
True
>>> "Клещеевка" in lemmas("Клещеевку")
True
>>> parse_query("Курської області")
('Курської', 'oblast')
>>> parse_query("the village of Robotyne")
('Robotyne', 'settlement')
"""

from __future__ import annotations

import itertools
import re

from .translit import is_cyrillic

# (ending, replacements) for one Cyrillic word, longest endings first.
_ENDINGS: list[tuple[str, tuple[str, ...]]] = [
    ("ого", ("е", "ий", "ое", "ый", "ой", "о")),
    ("ому", ("е", "ий", "ое", "ый", "ой", "о")),
    ("ими", ("і", "ые", "и")),
    ("ої", ("а",)),
    ("ій", ("а", "ий", "ія")),
    ("ой", ("ая", "а", "ый", "ой")),
    ("ую", ("ая",)),
    ("ою", ("а", "ая")),
    ("ею", ("а", "я")),
    ("єю", ("я",)),
    ("им", ("е", "ий", "и", "і")),
    ("ым", ("ое", "ый", "ы")),
    ("ім", ("е", "ий")),
    ("ом", ("", "о", "е")),
    ("ем", ("", "е", "ь")),
    ("ах", ("и", "ы", "і")),
    ("ях", ("і", "и")),
    ("ок", ("ки",)),
    ("ці", ("ка",)),
    ("ке", ("ка",)),
    ("зі", ("га",)),
    ("зе", ("га",)),
    ("сі", ("ха",)),
    ("ові", ("",)),
    ("ою", ("а",)),
    ("ії", ("ія",)),
    ("ии", ("ия",)),
    ("ова", ("ів",)),  # Харків/Харкова, Оріхів/Оріхова
    ("ові", ("ів",)),
    ("ову", ("ів",)),
    ("овом", ("ів",)),
    ("а", ("", "о", "ь")),
    ("я", ("ь", "", "е")),
    ("у", ("а", "")),
    ("ю", ("я", "ь", "")),
    ("и", ("а", "", "я")),
    ("ы", ("а", "")),
    ("і", ("а", "", "я", "ь")),
    ("е", ("", "а", "о")),
]
_MIN_STEM = 3

_OBLAST = r"(?:oblast'?|region|province|област[ьіиию]|областью|областю|обл\.?)"
_RAION = r"(?:raion|rayon|district|район[аеуі]?|районі)"
_HROMADA = r"(?:hromada|community|municipality|громад[аиіу]|громаді)"
_RIVER = r"(?:river|річк[аиіу]|рек[аиеу]|р\.)"
_SETTLEMENT = (
    r"(?:the\s+)?(?:city|town|village|settlement|hamlet)\s+of|"
    r"місто|міста|місті|село|села|селі|селище|селища|смт|м\.|с\.|"
    r"город|города|городе|посёлок|поселок|посёлка|поселка|деревня|пгт"
)
_NEAR_PREFIX = re.compile(
    r"^(?:near|around|outside|close to|біля|під|поблизу|около|под|возле)\s+", re.I
)
_PEOPLES_REPUBLIC = re.compile(
    r"^(донецк|луганск)\w*\s+народн\w*\s+республик\w*$|^(днр|лнр)$", re.I
)
_KIND_SUFFIX = [
    ("oblast", re.compile(rf"^(.*\S)\s+{_OBLAST}$", re.I)),
    ("raion", re.compile(rf"^(.*\S)\s+{_RAION}$", re.I)),
    ("hromada", re.compile(rf"^(.*\S)\s+(?:\w+\s+)?{_HROMADA}$", re.I)),
    ("river", re.compile(rf"^(.*\S)\s+{_RIVER}$", re.I)),
    ("settlement", re.compile(r"^(.*\S)\s+(?:village|town|city|settlement)$", re.I)),
]
_KIND_PREFIX = [
    ("oblast", re.compile(rf"^{_OBLAST}\s+of\s+(.+)$", re.I)),
    ("river", re.compile(rf"^(?:the\s+)?{_RIVER}\s+(.+)$", re.I)),
    ("settlement", re.compile(rf"^(?:{_SETTLEMENT})\s+(.+)$", re.I)),
]


def parse_query(text: str) -> tuple[str, str | None]:
    """Split "Donetsk region" into ("Donetsk", "oblast"); kind is None if unsaid.

    Kinds: oblast, raion, hromada, river, settlement.

    >>> parse_query("Donetsk Oblast"), parse_query("Oskil River")
    (('Donetsk', 'oblast'), ('Oskil', 'river'))
    >>> parse_query("ДНР")
    ('Донецька', 'oblast')
    >>> parse_query("Bakhmut's"), parse_query("Robotyne village")
    (('Bakhmut', None), ('Robotyne', 'settlement'))
    """
    text = " ".join(text.strip().strip('.,;:()«»"“”').split())
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = re.sub(r"['’]s$", "", text)  # "Bakhmut's"
    text = _NEAR_PREFIX.sub("", text)  # "near Bakhmut" names Bakhmut
    match = _PEOPLES_REPUBLIC.match(text)
    if match:
        word = (match.group(1) or match.group(2)).lower()
        return ("Донецька" if word.startswith("д") else "Луганська"), "oblast"
    for kind, pattern in _KIND_SUFFIX:
        m = pattern.match(text)
        if m:
            return m.group(1), kind
    for kind, pattern in _KIND_PREFIX:
        m = pattern.match(text)
        if m:
            return m.group(1), kind
    return text, None


def word_lemmas(word: str) -> list[str]:
    """Candidate nominative forms of one Cyrillic word (the word itself first)."""
    out = [word]
    if not is_cyrillic(word):
        return out
    low = word.lower()
    for ending, reps in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= _MIN_STEM:
            stem = word[: len(word) - len(ending)]
            for rep in reps:
                form = stem + rep
                if form not in out:
                    out.append(form)
    return out


def lemmas(text: str, limit: int = 48) -> list[str]:
    """Candidate nominative forms of a (multi-word) Cyrillic name.

    The text itself comes first; others follow, at most ``limit`` in all.

    >>> lemmas("Великої Новосілки")[:3]
    ['Великої Новосілки', 'Великої Новосілка', 'Великої Новосілк']
    >>> "Велика Новосілка" in lemmas("Великої Новосілки")
    True
    """
    words = text.split()
    if not words or not is_cyrillic(text):
        return [text]
    options = [word_lemmas(w)[:8] for w in words[:4]]
    out: list[str] = []
    for combo in itertools.product(*options):
        form = " ".join(combo)
        if form not in out:
            out.append(form)
        if len(out) >= limit:
            break
    return out


# Russian spellings of Ukrainian place names: suffix and letter patterns.
_RU_UK_SUFFIXES = [
    ("ьков", ("ків",)),
    ("ов", ("ів",)),
    ("овка", ("івка",)),
    ("евка", ("іївка", "івка")),
    ("ское", ("ське",)),
    ("цкое", ("цьке",)),
    ("ское", ("ське",)),
    ("ое", ("е",)),
    ("ый", ("ий",)),
    ("ой", ("ий",)),
    ("ая", ("а",)),
    ("ск", ("ськ",)),
    ("цк", ("цьк",)),
    ("ово", ("ове",)),
    ("ево", ("еве", "іве")),
]
_RU_UK_LETTERS = str.maketrans({"ы": "и", "э": "е", "ъ": "", "ё": "ьо"})


def ukrainian_forms(text: str) -> list[str]:
    """Ukrainian spellings a Russian place name may stand for (may be empty).

    >>> ukrainian_forms("Григоровка"), ukrainian_forms("Вишневое")
    (['Григорівка'], ['Вишневе'])
    >>> ukrainian_forms("Крутой Яр")
    ['Крутий Яр']
    """
    if not is_cyrillic(text):
        return []
    words = text.translate(_RU_UK_LETTERS).split()
    options = []
    for w in words[:4]:
        alts = [w]
        low = w.lower()
        for suffix, reps in _RU_UK_SUFFIXES:
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                alts = [w[: len(w) - len(suffix)] + r for r in reps] + alts
                break
        options.append(alts)
    return _word_combinations(text, options)


def _word_combinations(text: str, options: list[list[str]]) -> list[str]:
    """Every way of picking one alternative per word, except ``text`` (≤ 8)."""
    out: list[str] = []
    for combo in itertools.product(*options):
        form = " ".join(combo)
        if form != text and form not in out:
            out.append(form)
    return out[:8]


_RU_UK_LATIN = [
    (re.compile(r"(?<=\w)([eo])vka$"), "ivka"),
    (re.compile(r"(?<=\w)skoy?e$"), "ske"),
    (re.compile(r"(?<=\w)tskoy?e$"), "tske"),
    (re.compile(r"(?<=\w)(n|v|t|d|r)oy?e$"), r"\1e"),
    (re.compile(r"(?<=\w)ovo$"), "ove"),
    (re.compile(r"(?<=\w)evo$"), "eve"),
    (re.compile(r"(?<=\w)(y|i)y$"), "yi"),
    (re.compile(r"(?<=\w)oy$"), "yi"),
    (re.compile(r"(?<=\w)aya$"), "a"),
]


def ukrainian_latin_forms(text: str) -> list[str]:
    """Ukrainian-style Latin spellings of a Russian-style romanisation.

    >>> ukrainian_latin_forms("Orlovka"), ukrainian_latin_forms("Storozhevoye")
    (['Orlivka'], ['Storozheve'])
    >>> ukrainian_latin_forms("Krutoy Yar")
    ['Krutyi Yar']
    """
    if is_cyrillic(text):
        return []
    options = []
    for w in text.split()[:4]:
        alts = [w]
        for pattern, repl in _RU_UK_LATIN:
            new = pattern.sub(repl, w.lower())
            if new != w.lower():
                alts.insert(0, new[:1].upper() + new[1:] if w[:1].isupper() else new)
                break
        options.append(alts)
    return _word_combinations(text, options)


_QUALIFIED = [
    re.compile(r"^(?P<name>[^()]+?)\s*\((?P<qual>[^()]+)\)\s*$"),
    re.compile(r"^(?P<name>[^,]+?)\s*,\s*(?P<qual>[^,]+?)\s*$"),
]


def split_qualifier(text: str) -> tuple[str, str | None]:
    """ "Andriivka (Bakhmut raion)" → ("Andriivka", "Bakhmut raion").

    >>> split_qualifier("Urozhaine, Donetsk Oblast")
    ('Urozhaine', 'Donetsk Oblast')
    >>> split_qualifier("Bakhmut")
    ('Bakhmut', None)
    """
    for pattern in _QUALIFIED:
        m = pattern.match(text.strip())
        if m and m.group("name").strip():
            return m.group("name").strip(), m.group("qual").strip()
    return text, None
