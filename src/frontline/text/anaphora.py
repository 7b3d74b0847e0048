"""Places named only by anaphora: "the town", "there", "в селі", "туда".

CONVENTIONS.md: a place named only by anaphora ("the first village", "there",
"this city") is resolved to the surface form used elsewhere in the same text.
Two pure pieces do it:

* :func:`pointer` finds an anaphoric place expression in a span of a sentence
  and says what it points to (a settlement, a region, or either one). The
  Ukrainian and Russian nouns are **derived**: a stem and its declension class
  give every case form (:func:`inflected`), so "місто" brings "міста", "місті",
  "містом", "місту" and "город" brings "города", "городе", "городу", "городом".
* :class:`PlaceMemory` keeps, as the sentences of a document go by, the
  settlements and regions each one named (not headlines or page furniture, not
  a place that only describes where another one lies: "Krasna Hora, north of
  Bakhmut") and recalls the one a pointer means, within reach: the same
  paragraph, or the two before when no other place was named since.

>>> from frontline.text.toponyms import find_places
>>> mem = PlaceMemory()
>>> mem.note(find_places("Russian troops stormed Kurakhove on Monday.", "en"),
...          "Russian troops stormed Kurakhove on Monday.", sentence=3, paragraph=1)
>>> t = "Fighting is now going on in the centre of the town."
>>> p = pointer(t, 0, len(t), "en")
>>> p.kind, p.part, mem.recall(p.kind, sentence=4, paragraph=1)
('settlement', True, ['Kurakhove'])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .fastre import folded
from .sides import side_of_text
from .toponyms import other_names

# --- the place words, per language: their one source ----------------------------
# The nouns a place is named or pointed back to by, and the adverbs that point
# back to one, are written here only: the pointer and class patterns below,
# lexicon's SETTLEMENT_NOUN and ANAPHOR_PLACE, rules/advance.py's _POINTER and
# rules/holding.py's _OF_SETTLEMENT and _TOWN_WORD take their words from these
# tables (:func:`case_forms`, :func:`forms_of`, :data:`EN_SETTLEMENT`,
# :data:`THERE`), never from a list of their own; each picks the nouns and
# cases it reads (tests/test_text_place_words.py pins it).


def _cases(table: str) -> dict[str, str]:
    """``"nom:о gen:а"`` as ``{"nom": "о", "gen": "а"}`` (a table row)."""
    return dict(cell.split(":") for cell in table.split())


# case endings of a declension class, by case (singular; a plural form of these
# nouns is a count of places, never one place pointed back to); an ending two
# cases share is named once, under the first
_ENDINGS: dict[str, dict[str, dict[str, str]]] = {
    "uk": {
        "o": _cases("nom:о gen:а dat:у loc:і ins:ом dat2:ові"),  # місто, село
        "e": _cases("nom:е gen:а dat:у loc:і ins:ем dat2:еві"),  # селище
        "hard": _cases("nom: gen:у gen2:а loc:і dat:ові ins:ом"),  # пункт, регіон
        "soft-f": _cases("nom:ь gen:і ins:ю"),  # область
    },
    "ru": {
        "o": _cases("nom:о gen:а dat:у loc:е ins:ом"),  # село
        "hard": _cases("nom: gen:а dat:у loc:е ins:ом"),  # город, пункт, регион
        "ok": _cases("nom:ок gen:ка dat:ку loc:ке ins:ком"),  # посёлок, городок
        "ya": _cases("nom:я gen:и dat:е acc:ю ins:ей"),  # деревня
        "soft-f": _cases("nom:ь gen:и ins:ью"),  # область
    },
}
# the nouns by their dictionary form: (stem, declension class, what it names)
NOUNS: dict[str, dict[str, tuple[str, str, str]]] = {
    "uk": {
        "місто": ("міст", "o", "settlement"),
        "містечко": ("містечк", "o", "settlement"),
        "село": ("сел", "o", "settlement"),
        "селище": ("селищ", "e", "settlement"),
        "регіон": ("регіон", "hard", "region"),
        "область": ("област", "soft-f", "region"),
    },
    "ru": {
        "город": ("город", "hard", "settlement"),
        "городок": ("город", "ok", "settlement"),
        "поселок": ("посел", "ok", "settlement"),
        "посёлок": ("посёл", "ok", "settlement"),
        "село": ("сел", "o", "settlement"),
        "деревня": ("деревн", "ya", "settlement"),
        "регион": ("регион", "hard", "region"),
        "область": ("област", "soft-f", "region"),
    },
}
# "населений пункт" / "населённый пункт": the adjective's spellings and case
# endings, joined to the forms of "пункт" (declined as "hard")
_ADJ: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "uk": (("населен",), _cases("nom:ий gen:ого dat:ому ins:им loc:ім")),
    "ru": (("населенн", "населённ"), _cases("nom:ый gen:ого dat:ому ins:ым loc:ом")),
}
# the adjective and noun as a dictionary form (its first spelling)
PUNKT = {"uk": "населений пункт", "ru": "населенный пункт"}
# English nouns a settlement is pointed back to by, by the class the pointer
# gives it (:func:`pointer_class`: "town", "village", or none)
EN_SETTLEMENT: dict[str, tuple[str, ...]] = {
    "town": ("city", "town"),
    "village": ("village",),
    "": ("settlement", "locality"),
}
# a noun that names a village but is never read as pointing back to one
EN_NAMING_ONLY = ("hamlet",)
EN_REGION = ("region", "oblast", "province")
# adverbs pointing to a place ("there", "там", "тут", "здесь"), and those
# pointing to or from one ("туди", "оттуда")
THERE: dict[str, tuple[str, ...]] = {
    "en": ("there",),
    "uk": ("там", "тут"),
    "ru": ("там", "здесь"),
}
# the relative adverb after a comma that points to the place just named
# ("біля X, де ворог мав успіх", "у X, где противник продвинулся")
WHERE: dict[str, tuple[str, ...]] = {
    "uk": ("де",),
    "ru": ("где",),
}
THITHER: dict[str, tuple[str, ...]] = {
    "uk": ("туди", "звідти"),
    "ru": ("туда", "оттуда"),
}


def en_settlement(*more: str) -> str:
    """The English settlement nouns (with ``more`` words), as one alternation.

    >>> en_settlement("hamlet")
    'city|town|village|settlement|locality|hamlet'
    """
    return "|".join((*(w for ws in EN_SETTLEMENT.values() for w in ws), *more))


def there_words(*langs: str) -> str:
    """The adverbs pointing to a place (:data:`THERE`) of ``langs``, as one
    alternation (a word two languages share once).

    >>> there_words("uk", "ru")
    'там|тут|здесь'
    """
    return "|".join(dict.fromkeys(w for lang in langs for w in THERE[lang]))


def stem(lang: str, lemma: str) -> str:
    """The stem of the noun ``lemma`` of :data:`NOUNS`.

    >>> stem("ru", "деревня")
    'деревн'
    """
    return NOUNS[lang][lemma][0]


def form(lang: str, lemma: str, case: str, sep: str = " ") -> str:
    """The ``case`` form of the noun ``lemma`` (a key of :data:`NOUNS` or
    :data:`PUNKT`); ``sep`` joins the two words of "населений пункт".

    >>> form("uk", "місто", "loc"), form("ru", "населенный пункт", "gen")
    ('місті', 'населенного пункта')
    """
    ends = _ENDINGS[lang]
    if lemma == PUNKT[lang]:
        spellings, adj_ends = _ADJ[lang]
        return f"{spellings[0]}{adj_ends[case]}{sep}пункт{ends['hard'][case]}"
    stem, cls, _ = NOUNS[lang][lemma]
    return stem + ends[cls][case]


def one_of(*alternations: str) -> str:
    """``alternations`` joined as one, each alternative once.

    >>> one_of("село|села", "село|селе")
    'село|села|селе'
    """
    return "|".join(dict.fromkeys(a for alts in alternations for a in alts.split("|")))


def forms_of(lang: str, lemma: str, *cases: str) -> str:
    """The forms of the noun ``lemma`` in ``cases`` (every case when none is
    named), as one alternation.

    >>> forms_of("ru", "город", "nom", "gen"), forms_of("uk", "область")
    ('город|города', 'область|області|областю')
    """
    stem_, cls, _ = NOUNS[lang][lemma]
    return "|".join(
        stem_ + e for c, e in _ENDINGS[lang][cls].items() if not cases or c in cases
    )


def case_forms(case: str, **lemmas: Iterable[str]) -> str:
    """The ``case`` forms of the nouns named per language, as one alternation
    (a form two languages share once).

    >>> case_forms("gen", uk=("місто", "село"), ru=("город", "село"))
    'міста|села|города'
    """
    out: list[str] = []
    for lang, names in lemmas.items():
        out += [f for f in (form(lang, n, case) for n in names) if f not in out]
    return "|".join(out)


# the nouns a settlement's name stands after ("село Дачне", "город Курахово":
# "including the town of X" in rules/area.py, "в село X" in rules/advance.py,
# a list item "місто X" in rules/settlement/)
SETTLEMENT_NOM = case_forms(
    "nom", uk=("місто", "село", "селище"), ru=("город", "поселок", "посёлок")
)


def inflected(stem: str, endings: Iterable[str]) -> str:
    """A pattern for every form of ``stem`` with one of ``endings``.

    >>> rx = re.compile(inflected("міст", ("о", "а", "і")) + r"\\b")
    >>> [bool(rx.fullmatch(w)) for w in ("місто", "міста", "місті", "містах")]
    [True, True, True, False]
    """
    ends = sorted({re.escape(e) for e in endings}, key=len, reverse=True)
    return f"{stem}(?:{'|'.join(ends)})" if ends else stem


def _forms(lang: str, kind: str) -> str:
    """Every singular form of the nouns of ``kind`` in ``lang``, as one pattern."""
    ends = _ENDINGS[lang]
    alts = [
        inflected(stem, ends[cls].values())
        for stem, cls, k in NOUNS[lang].values()
        if k == kind
    ]
    if kind == "settlement":
        spellings, adj_ends = _ADJ[lang]
        alts.append(
            rf"(?:{'|'.join(spellings)})(?:{'|'.join(adj_ends.values())})\s+"
            + inflected("пункт", ends["hard"].values())
        )
    return "|".join(sorted(alts, key=len, reverse=True))


# "there"/"там": a settlement or region; "nearby": near it
_TOWN_OR_VILLAGE = "|".join((*EN_SETTLEMENT["town"], *EN_SETTLEMENT["village"]))
_EN = (
    r"\b(?P<part>(?:centre|center|outskirts|edges?|parts?|half|districts?|"
    r"neighbou?rhoods?|(?:north|south|east|west)\w*\s+(?:parts?|districts?|"
    rf"outskirts|edges?|half|quarters?))\s+of\s+the\s+(?:{_TOWN_OR_VILLAGE}))\b|"
    r"\b(?P<settlement>(?:the|this|that|the\s+same)\s+"
    rf"(?:{en_settlement()})"
    r"(?!\s+(?:of|council|hall|authorities|administration)\b)|"
    r"the\s+latter|(?:in|into|near|around)\s+it(?=\s*[,.;])|"
    # PLACES34: a direction from it ("3 km west of it", "south of it")
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+it)\b|"
    rf"\b(?P<region>(?:this|that|the\s+same)\s+(?:{'|'.join(EN_REGION)})|"
    rf"(?:in|across|out\s+of|from)\s+the\s+(?:{'|'.join(EN_REGION)}))\b(?!\s+of\b)|"
    rf"\b(?P<any>{there_words('en')}|here(?![’']s)|nearby|(?:this|that)\s+area|in\s+the\s+area|"
    r"in\s+the\s+vicinity)\b(?!\s+(?:is|are|was|were|has|have|had|will|would|"
    r"may|might|could|seems?|appears?|of|around)\b)"
)


def _slavic(lang: str) -> str:
    near = {  # near it, on its edges
        "uk": r"неподалік|поблизу\s+нього|поруч\s+із?\s+ним|"
        r"біля\s+нього|на\s+його\s+околицях|в\s+його\s+околицях",
        "ru": r"неподал[её]ку|рядом\s+с\s+ним|"
        r"вблизи\s+него|возле\s+него|в\s+(?:его|её|ее)\s+окрестност\w+|"
        r"на\s+(?:его|её|ее)\s+окраин\w+",
    }[lang]
    there = "|".join((*THERE[lang], *THITHER[lang], near))
    part = {
        "uk": r"центр\w*|частин\w*|околиц\w*|район\w*|квартал\w*|"
        r"північ\w*|півд\w*|схід\w*|сход\w*|захід\w*|заход\w*|"
        r"північн\w+|південн\w+|східн\w+|західн\w+",
        "ru": r"центр\w*|част\w*|окраин\w*|окрестност\w*|район\w*|квартал\w*|"
        r"север\w*|юг\w*|восток\w*|запад\w*",
    }[lang]
    return (
        rf"(?<![\w])(?P<part>(?:{part})\s+)?"
        rf"(?P<settlement>{_forms(lang, 'settlement')})(?![\w])|"
        rf"(?<![\w])(?P<region>(?:{_forms(lang, 'region')}))(?![\w])|"
        rf"(?<![\w])(?P<any>{there})(?![\w])"
    )


POINTERS: dict[str, re.Pattern[str]] = {
    "en": re.compile(_EN, re.IGNORECASE),
    "uk": re.compile(_slavic("uk"), re.IGNORECASE),
    "ru": re.compile(_slavic("ru"), re.IGNORECASE),
}
# speed: searched through a case-folded twin (same matches; see fastre.py)
POINTERS = {lang: folded(rx) for lang, rx in POINTERS.items()}
# a noun read as a pointer that names its own place ("село Дачне", "the town
# of Kupiansk") or counts several ("два села", "three towns")
_NAMED_AFTER = re.compile(r"\s*(?:of\s+)?[«\"“„']?[A-ZА-ЯІЇЄҐЁ]")
_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:два|дві|три|чотири|четыре|кілька|кількох|несколько|"
    r"нескольких|багато|много|обидва|оба|обоих|обох|двух|двох|трьох|трех|"
    r"more|two|three|several|many|both)\s*)$|"
    # "Донецкой области", "Курської області": a region named by its adjective
    r"(?:ськ|цьк|зьк|ск|цк)(?:ій|ої|ою|ой|ая|ую|ом|ым|ій)\s+$",
    re.IGNORECASE,
)
_HOMONYM = {  # forms that are other words in the same spelling
    "uk": re.compile(r"сел[аоі]\s+(?:і|та|й)\s+міст|місту?\s+призначенн", re.I),
    "ru": re.compile(r"городе?\s+(?:и|или)\s+сел", re.I),
}


@dataclass(frozen=True)
class Pointer:
    """An anaphoric place expression: what kind of place it points to."""

    start: int
    end: int
    kind: str  # "settlement", "region" or "any"
    part: bool  # "the centre of the town", "в центрі міста": part of it


def pointer(text: str, start: int, end: int, lang: str) -> Pointer | None:
    """The first anaphoric place expression in ``text[start:end]``.

    >>> pointer("У центрі міста тривають бої.", 0, 28, "uk")
    Pointer(start=2, end=14, kind='settlement', part=True)
    >>> pointer("Бои идут в двух селах и в городе Курахово.", 0, 41, "ru") is None
    True
    >>> t = "There were clashes, and fighting goes on there."
    >>> pointer(t, 0, len(t), "en").kind
    'any'
    """
    rx = POINTERS.get(lang)
    if rx is None:
        return None
    hom = _HOMONYM.get(lang)
    for m in rx.finditer(text, start, end):
        kind = m.lastgroup or "any"
        part = m.group("part") is not None
        if kind != "any":
            noun = m.start(kind) if kind != "part" else m.start()
            if (
                _NAMED_AFTER.match(text, m.end())
                or _COUNT_BEFORE.search(text, max(0, noun - 20), noun)
                or (hom is not None and hom.match(text, noun))
            ):
                continue
        return Pointer(m.start(), m.end(), "settlement" if part else kind, part)
    return None


# "Robotyne and Verbove", "Роботиного та Вербового", "Работино, Вербовое и
# Новопрокоповка": places named together, which "there" points back to as one
_JOINED = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|та|і|й|и|або|или)\s+)?", re.IGNORECASE)


class _Spanned(Protocol):  # toponyms.PlaceMention
    start: int
    end: int
    name: str


def joined_names(text: str, places: Sequence[_Spanned]) -> list[str]:
    """The names of the last of ``places`` and of those joined to it by a
    comma or "and" (an adverb pointing back, "there", "там", means them all).

    >>> from frontline.text.toponyms import find_places
    >>> t = "біля Роботиного та Вербового: за тиждень там звільнено 2 кв. км"
    >>> joined_names(t, find_places(t, "uk"))
    ['Роботиного', 'Вербового']
    >>> t = "near Avdiivka; later they pushed towards Pokrovsk"
    >>> joined_names(t, find_places(t, "en"))
    ['Pokrovsk']
    """
    if not places:
        return []
    group = [places[-1]]
    for p in reversed(places[:-1]):
        if p.end > group[0].start or not _JOINED.fullmatch(text, p.end, group[0].start):
            break
        group.insert(0, p)
    return [p.name for p in group]


def joined_from(text: str, places: Sequence[_Spanned]) -> list[str]:
    """XPLACES3-43: the names of the first of ``places`` and of those joined
    after it by a comma or "and" (a list of members: "including near A, B
    and C").

    >>> from frontline.text.toponyms import find_places
    >>> t = "найбільше — біля Покровська, Мирнограда та Удачного; далі тихо"
    >>> joined_from(t, find_places(t, "uk"))
    ['Покровська', 'Мирнограда', 'Удачного']
    """
    group = list(places[:1])
    for p in places[1:]:
        if p.start < group[-1].end or not _JOINED.fullmatch(
            text, group[-1].end, p.start
        ):
            break
        group.append(p)
    return [p.name for p in group]


# --- the memory of a document ------------------------------------------------


class _Place(Protocol):  # toponyms.PlaceMention
    start: int
    end: int
    name: str
    region: bool


# "Krasna Hora, north of Bakhmut", "Maiorsk, 30 km from Horlivka": a place
# that says where the one before it lies is no antecedent of its own
_DESCRIBES = re.compile(
    r",\s*(?:(?:about|some|roughly|around|just|близько|приблизно|около|примерно|"
    r"за|в|у)\s+)?(?:(?:about|близько|около)"
    r"\s+)?(?:\d[\d.,]*\s*(?:km|kilomet\w+|miles?|км|кілометр\w*|километр\w*)"
    r"\s+(?:\([^)]*\)\s+)?)?(?:(?:north|south|east|west)[\w-]*\s+(?:of|from)|"
    r"(?:from|of)|(?:на\s+)?(?:північ|південь|схід|захід|север|юг|восток|запад)"
    r"[\w-]*\s+(?:від|от)|(?:від|от)|(?:північніше|південніше|східніше|західніше|"
    r"севернее|южнее|восточнее|западнее))\s*$",
    re.IGNORECASE,
)
# a street, river, plant or mine is no settlement ("до улицы Гагарина")
_NOT_SETTLEMENT = re.compile(
    r"(?:\b(?:street|avenue|river|mine|plant|factory)|(?<![\w])(?:улиц\w*|"
    r"вулиц\w*|проспект\w*|переулк\w*|провулк\w*|площад\w*|площ\w*|"
    r"рек\w*|річк\w*|шахт\w*|завод\w*))\s+(?:of\s+)?[«\"“]?$",
    re.IGNORECASE,
)
# PROBEEN36: a river named by its bank is no settlement ("on the Dnipro's
# left bank", "on the right bank of the Dnipro"): "the village" after it
# points back to the village, not to the river
_BANK_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:left|right|east(?:ern)?|west(?:ern)?|north(?:ern)?|"
    r"south(?:ern)?|opposite|other)\s+)?banks?\b",
    re.IGNORECASE,
)
_BANK_BEFORE = re.compile(r"\bbanks?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_REACH = 6  # sentences a pointer reaches back
# paragraphs a pointer reaches back when no other place was named since (a
# wire's paragraphs are a sentence or two: "… the pocket has shrunk. Since
# March, Ukraine has lost 250 square kilometres there" two lines after the
# region was named)
_PARAGRAPHS = 2
_LOWER_WORD = re.compile(r"[a-zа-яіїєґё]")


# the class a place is introduced with: "the town of X", "село X"
# (the Ukrainian "-ові" forms and "селищем" are left out, the Russian
# "поселок" keeps any ending and "посёлок" none)
_UK_CASES = ("nom", "gen", "dat", "loc", "ins")
_SELO = one_of(forms_of("uk", "село", *_UK_CASES), forms_of("ru", "село"))
_CLASS_BEFORE = re.compile(
    rf"(?P<town>\b(?:{'|'.join(EN_SETTLEMENT['town'])})\s+of\s+|(?<![\w])(?:"
    rf"{forms_of('uk', 'місто', *_UK_CASES)}|{forms_of('ru', 'город')})\s+)$|"
    rf"(?P<village>\b(?:village|{'|'.join(EN_NAMING_ONLY)})\s+of\s+|(?<![\w])(?:"
    rf"{_SELO}|{forms_of('uk', 'селище', 'nom', 'gen', 'dat', 'loc')}|"
    rf"{stem('ru', 'поселок')}\w*|{form('ru', 'посёлок', 'nom')}|"
    rf"{stem('ru', 'деревня')}\w+)\s+)$",
    re.IGNORECASE,
)
_CLASS_OF_POINTER = re.compile(
    rf"(?P<town>{'|'.join(EN_SETTLEMENT['town'])}|"
    rf"{stem('uk', 'місто')}|{stem('ru', 'город')})|"
    rf"(?P<village>{'|'.join(EN_SETTLEMENT['village'])}|"
    rf"{_SELO}|{stem('ru', 'деревня')}|"
    rf"{stem('ru', 'поселок')}|{stem('ru', 'посёлок')})",
    re.IGNORECASE,
)


# «Думаю, нет», «Знаю, …»: a quotation opening with a verb of the first
# person (-ю/-у), no place («Хромове, чесно, …» is one)
_QUOTE_OPENING = re.compile(r"[«“\"„][^\W\d_]+[юу][,!?]")


CLASS_OF_POINTER = _CLASS_OF_POINTER  # (rules/settlement/recalled.py)


def introduced_as(text: str, start: int) -> str | None:
    """ "town" or "village" when the place at ``start`` is introduced so.

    >>> t = "the village of Vyimka and the city of Siversk"
    >>> introduced_as(t, t.index("Vyimka")), introduced_as(t, t.index("Siversk"))
    ('village', 'town')
    """
    m = _CLASS_BEFORE.search(text, max(0, start - 16), start)
    return m.lastgroup if m else None


def pointer_class(text: str, ptr: Pointer) -> str | None:
    """ "town" or "village" when the pointer's noun says which, else None.

    >>> t = "north-east of the town"
    >>> pointer_class(t, pointer(t, 0, len(t), "en"))
    'town'
    """
    m = _CLASS_OF_POINTER.search(text, ptr.start, ptr.end)
    return m.lastgroup if m else None


# XANAPHOR40: a settlement pointer that is no noun ("it", "the latter")
_NO_NOUN = re.compile(r"\b(?:it|latter)\b", re.IGNORECASE)


def has_noun(text: str, ptr: Pointer) -> bool:
    """XANAPHOR40: whether a settlement pointer names its noun ("the town",
    "місто", "города"), not "it" or "the latter".

    >>> t = "fighting in the town and north of it"
    >>> has_noun(t, pointer(t, 0, 20, "en")), has_noun(t, pointer(t, 20, 36, "en"))
    (True, False)
    """
    return ptr.kind == "settlement" and not _NO_NOUN.search(text, ptr.start, ptr.end)


@dataclass(frozen=True)
class Told:
    """The places one sentence named (with the class each was introduced
    with, if any), and where it stands."""

    names: tuple[str, ...]
    region: bool
    sentence: int
    paragraph: int
    classes: tuple[str | None, ...] = ()
    # the sentence and where each name starts in it: the classes are read
    # from them only when a pointer asks for one (speed)
    text: str = ""
    starts: tuple[int, ...] = ()
    # XANAPHOR40: which names are features of a settlement ("the Kanal
    # microdistrict"): no town a settlement noun points back to
    features: tuple[bool, ...] = ()

    def pairs(self) -> list[tuple[str, str | None]]:
        """Each name with its class (None when it was not introduced so)."""
        classes = self.classes or (
            tuple(introduced_as(self.text, at) for at in self.starts)
            if self.starts
            else (None,) * len(self.names)
        )
        return list(zip(self.names, classes, strict=True))


def _river_bank(text: str, start: int, end: int) -> bool:
    """PROBEEN36: the name at ``start:end`` is a river told by its bank.

    >>> t = "Krynky on the Dnipro's left bank"
    >>> _river_bank(t, 14, 20), _river_bank(t, 0, 6)
    (True, False)
    """
    return bool(
        _BANK_AFTER.match(text, end)
        or _BANK_BEFORE.search(text, max(0, start - 20), start)
    )


def told_by_bank(text: str, name: str) -> bool:
    """PROBEEN36: whether ``text`` names ``name`` by its bank, as a river.

    >>> told_by_bank("Krynky on the Dnipro's left bank", "Dnipro")
    True
    """
    if "bank" not in text.lower():
        return False  # speed: most sentences name no bank
    return any(
        _river_bank(text, m.start(), m.end())
        for m in re.finditer(re.escape(name), text)
    )


@dataclass
class PlaceMemory:
    """The settlements and regions named as a document's sentences go by."""

    told: list[Told] = field(default_factory=list)
    last: tuple[int, str] = (-1, "")  # the last sentence noted, and its text
    # the heads of names seen inside a sentence: a capitalised word opening
    # one ("Difficult, I won't hide it.", "Вчора було …") is a place only when
    # it was met inside a sentence before
    inner: set[str] = field(default_factory=set)
    doc: str = ""  # the whole text: a name written twice in it is a place
    # where the story's dateline stands ("KHARKIV, Oct 6 (Eastline) - "): it
    # names no place of the story (an agency is none)
    dateline: tuple[int, int] = (0, 0)
    # noted sentences not yet sorted: (places, text, sentence, paragraph, besides)
    _pending: list[tuple] = field(default_factory=list, repr=False)
    # ANAPH28: how often each settlement was named so far (headlines too), by
    # its first five letters, with its last form: the story's town
    named: dict[str, tuple[int, str]] = field(default_factory=dict, repr=False)
    # XANAPHOR40: whether a name of a sentence is a feature of a settlement
    # (a microdistrict, a mine, "в районі «Літака»"; context.is_feature in
    # the document's language): no town "the city" or "місто" points back to
    feature: Callable[[str, _Place], bool] | None = field(default=None, repr=False)
    # XANAPHOR40: the other name the text gave a settlement ("Артемовск
    # (Бахмут)", "X (українська назва — Y)"): a place recalled brings it
    others: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def note(
        self,
        places: Sequence[_Place],
        text: str,
        sentence: int,
        paragraph: int,
        *,
        headline: bool = False,
        besides: str = "",
    ) -> None:
        """Remember the places sentence ``sentence`` names (not a headline's,
        not one that only says where another lies, not one inside
        ``besides``, the sentence's source: "analysts at Black Sea Maps").

        >>> from frontline.text.toponyms import find_places
        >>> mem = PlaceMemory()
        >>> t = "They took Krasna Hora, north of Bakhmut."
        >>> mem.note(find_places(t, "en"), t, 0, 0)
        >>> mem.recall("settlement", 1, 0)
        ['Krasna Hora']
        """
        if headline:
            self._count(p for p in places if not p.region)
            return
        self.last = (sentence, text)
        if places:
            # read only when a pointer asks (most sentences point to nothing)
            self._pending.append((tuple(places), text, sentence, paragraph, besides))

    def _flush(self) -> None:
        """Sort the places noted since the last question, in their order."""
        pending, self._pending = self._pending, []
        for places, text, sentence, paragraph, besides in pending:
            self._keep(places, text, sentence, paragraph, besides)

    def _keep(
        self,
        places: Sequence[_Place],
        text: str,
        sentence: int,
        paragraph: int,
        besides: str,
    ) -> None:
        """The work of ``note``: keep the places that are places of the story."""
        kept = [
            p
            for i, p in enumerate(places)
            if not (i and _DESCRIBES.search(text, max(0, p.start - 60), p.start))
            and not (besides and p.name in besides)
            and side_of_text(p.name) is None  # "Ukraine", "Москва": an actor
            and not _QUOTE_OPENING.match(text, max(0, p.start - 1), p.end + 1)
            and not _NOT_SETTLEMENT.search(text, max(0, p.start - 16), p.start)
            and not _river_bank(text, p.start, p.end)
            and self._confirmed(p, text)
        ]
        if self.feature is not None:
            kept = self._towns_for_features(kept, text)
        if "(" in text:
            self._note_others([p.name for p in kept if not p.region], text)
        self._count(p for p in kept if not p.region)
        for region in (False, True):
            mine = [p for p in kept if p.region == region]
            if mine:
                names = tuple(p.name for p in mine)
                starts = tuple(p.start for p in mine)
                feats = tuple(
                    self.feature is not None and self.feature(text, p) for p in mine
                )
                told = Told(names, region, sentence, paragraph, (), text, starts, feats)
                self.told.append(told)
        del self.told[:-8]

    def _towns_for_features(self, kept: list[_Place], text: str) -> list[_Place]:
        """XANAPHOR40: the places of a sentence less its features when it
        names a settlement beside them ("part of Bakhmut in the Litak
        district", "the centre of X and the Kanal microdistrict"): the town
        is what is told of next; a feature named alone stays."""
        feature = self.feature
        assert feature is not None
        own = [p for p in kept if not feature(text, p)]
        if len(own) == len(kept) or not any(not p.region for p in own):
            return kept
        return own

    def _note_others(self, names: list[str], text: str) -> None:
        """XANAPHOR40: remember the other name ``text`` gives each of
        ``names`` in brackets (toponyms.other_names), both ways."""
        for n in names:
            for alt in other_names(text, [n])[1:]:
                self.others.setdefault(n, []).append(alt)
                self.others.setdefault(alt, []).append(n)

    def with_others(self, names: list[str]) -> list[str]:
        """XANAPHOR40: ``names`` each followed by the other names the text
        gave it.

        >>> mem = PlaceMemory(others={"Артемовск": ["Бахмут"]})
        >>> mem.with_others(["Артемовск"]), mem.with_others(["Соледар"])
        (['Артемовск', 'Бахмут'], ['Соледар'])
        """
        out = [a for n in names for a in (n, *self.others.get(n, ()))]
        return list(dict.fromkeys(out))

    def _count(self, places: Iterable[_Place]) -> None:
        """Count the settlements ``places`` as named once more each."""
        for p in places:
            if side_of_text(p.name) is None:
                key = p.name.lower()[:5]
                self.named[key] = (self.named.get(key, (0, ""))[0] + 1, p.name)

    def story_town(self, nearest: str) -> str:
        """ANAPH28: the town "the city" / "місто" / "город" means when the
        place told last, ``nearest``, is named only once in the whole text (a
        passing mention: "filmed in X", "our correspondent is in X") while
        another settlement was named twice or more before: that one, the
        town the story is about; else ``nearest``.

        >>> mem = PlaceMemory(doc="Kupiansk holds. Kupiansk is shelled. "
        ...                   "A video from Vovchansk. The city is calm.")
        >>> mem.named = {"kupia": (2, "Kupiansk"), "vovch": (1, "Vovchansk")}
        >>> mem.story_town("Vovchansk"), mem.story_town("Kupiansk")
        ('Kupiansk', 'Kupiansk')
        """
        self._flush()
        if not self.doc or self.doc.count(nearest[:5]) != 1 or not self.named:
            return nearest
        count, name = max(self.named.values(), key=lambda cn: cn[0])
        return name if count >= 2 else nearest

    def _confirmed(self, p: _Place, text: str) -> bool:
        """Whether ``p`` is a place as far as its position says: inside the
        sentence, or of several words, or met inside one before."""
        head = p.name.lower()[:5]
        if _LOWER_WORD.search(text, 0, p.start):
            self.inner.add(head)
            return True
        return (
            " " in p.name
            or "-" in p.name
            or head in self.inner
            or self.doc.count(p.name[:5]) > 1
        )

    def tell_dateline(
        self,
        name: str,
        sentence: int,
        paragraph: int,
        span: tuple[int, int] = (0, 0),
    ) -> None:
        """Remember the place a story's dateline names ("TORETSK, Ukraine
        (Reuters) -", "ЗАПОРІЖЖЯ, 3 березня —") as the first place told, by
        the sentence it opens: "the town" there points back to it as to a
        place that sentence named. Only a place the story names again after
        its dateline (a town it reports from, not "PARIS" or "WASHINGTON",
        where a wire is filed far from the front), and no capital, which
        stands for its government ("KYIV", "МОСКВА"). ``span`` is where the
        dateline stands in the document (:attr:`doc`); call it before any
        sentence is noted.

        >>> doc = "TORETSK - The town is shelled. Toretsk is empty."
        >>> mem = PlaceMemory(doc=doc)
        >>> mem.tell_dateline("Toretsk", 0, 0, (0, 10))
        >>> mem.recall("settlement", 1, 0), mem.recall("settlement", 1, 0, "town")
        (['Toretsk'], ['Toretsk'])
        >>> mem = PlaceMemory(doc="PARIS - The town is shelled.")
        >>> mem.tell_dateline("Paris", 0, 0, (0, 8))
        >>> mem.recall("settlement", 1, 0)
        []
        """
        self.dateline = span
        if (
            name
            and side_of_text(name) is None
            # named again, in any case form ("Оріхів", "в Оріхові")
            and self.doc.find(name[: max(4, min(5, len(name) - 2))], span[1]) >= 0
        ):
            self.told.insert(0, Told((name,), False, sentence, paragraph))

    def after_opening(self, text: str, start: int) -> str:
        """``text`` (standing at ``start`` in the document) with the dateline
        blanked: it names no place of the story, nor does its agency, and
        the word after it opens the sentence ("KHARKIV, Oct 6 (Eastline) -
        Sapper teams …": "Sapper" is no place).

        >>> mem = PlaceMemory(dateline=(9, 19))
        >>> mem.after_opening("Headline\\nKHARKIV - Sapper teams", 0)
        'Headline\\n          Sapper teams'
        """
        a, b = self.dateline[0] - start, self.dateline[1] - start
        if b <= 0 or a >= len(text):
            return text
        a, b = max(a, 0), min(b, len(text))
        return text[:a] + " " * (b - a) + text[b:]

    def recall(
        self,
        kind: str,
        sentence: int,
        paragraph: int,
        cls: str | None = None,
        *,
        noun: bool = False,
    ) -> list[str]:
        """The place a pointer of ``kind`` in sentence ``sentence`` means, or [].

        Within ``_REACH`` sentences; from the ``_PARAGRAPHS`` paragraphs
        before only when no other place was named since (a new paragraph
        with a new place starts a new topic), never from further back. A
        pointer saying "the town" means the last place introduced as a town
        ("the town of X") when there is one within reach, and never one
        introduced as a village. A pointer with a settlement ``noun`` ("the
        town", "місто", "города") skips a feature ("the Kanal microdistrict").

        >>> mem = PlaceMemory([Told(("Avdiivka",), False, 0, 0),
        ...                    Told(("Donetsk region",), True, 2, 1)])
        >>> mem.recall("settlement", 3, 1), mem.recall("region", 3, 1)
        ([], ['Donetsk region'])
        >>> mem.recall("any", 3, 1), mem.recall("settlement", 1, 0)
        (['Donetsk region'], ['Avdiivka'])
        >>> mem = PlaceMemory([Told(("Siversk",), False, 0, 0, ("town",)),
        ...                    Told(("Vyimka",), False, 2, 1, ("village",))])
        >>> mem.recall("settlement", 3, 1, "town"), mem.recall("settlement", 3, 1)
        (['Siversk'], ['Vyimka'])
        """
        self._flush()
        named = self.introduced(cls, sentence) if cls is not None else []
        if named:
            return named
        for k, told in enumerate(reversed(self.told)):
            if kind != "any" and told.region != (kind == "region"):
                continue
            if (
                sentence - told.sentence > _REACH
                or paragraph - told.paragraph > _PARAGRAPHS
            ):
                return []
            newer = self.told[len(self.told) - k :]
            if told.paragraph != paragraph and newer:
                return []  # a new paragraph named another place since
            other = {"town": "village", "village": "town"}.get(cls or "")
            fit = [
                n
                for (n, c), f in zip(
                    told.pairs(),
                    told.features or (False,) * len(told.names),
                    strict=True,
                )
                if (other is None or c != other) and not (noun and f)
            ]
            if noun and not fit and all(told.features):
                continue  # only a feature named: the town told before it
            return self.with_others(fit[-1:])
        return []

    def introduced(self, cls: str, sentence: int) -> list[str]:
        """The last settlement introduced as ``cls`` ("the town of X": "town")
        within ``_REACH`` sentences before ``sentence``, or [].

        >>> mem = PlaceMemory([Told(("Siversk", "Bakhmut"), False, 0, 0,
        ...                         ("town", None))])
        >>> mem.introduced("town", 2), mem.introduced("village", 2)
        (['Siversk'], [])
        """
        self._flush()
        for told in reversed(self.told):
            if sentence - told.sentence > _REACH:
                break
            for name, c in reversed(told.pairs()):
                if c == cls and not told.region:
                    return [name]
        return []

    def just_before(self, sentence: int, paragraph: int) -> list[str]:
        """The settlements of the sentence right before, in the same paragraph
        (a clause whose subject continues takes them)."""
        self._flush()
        for told in reversed(self.told):
            if told.sentence < sentence - 1 or told.paragraph != paragraph:
                return []
            if not told.region and told.sentence == sentence - 1:
                return list(told.names[-1:])
        return []


# a clause whose subject is a pronoun continuing the sentence before ("By
# evening they had taken …", "Потім вони зайшли …", "Затем они …")
_CONTINUED_SUBJECT = re.compile(
    r"^\W*(?:(?:(?:by|on|in|at|later|then|soon|after|overnight|since|within|"
    r"потім|згодом|пізніше|увечері|вранці|вночі|затем|потом|позже|вечером|утром|"
    r"ночью)\b[^,;:]{0,30}?,?\s+)?(?:(?:and|but|і|та|але|и|но|а)\s+)?)"
    r"(?:they|he|she|вони|він|вона|они|он|она)\s+"
    r"(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


_PRO_DROP = re.compile(
    r"^\W*(?:(?:потім|згодом|пізніше|увечері|вранці|вночі|затем|потом|позже|"
    r"вечером|утром|ночью)\b[^,;:]{0,30}?,?\s+)?(?:(?:і|та|але|и|но|а)\s+)?"
    r"(?:(?:вже|уже|также|також|ещё|ще|даже|навіть)\s+)?$",
    re.IGNORECASE,
)
_PLURAL_PAST = re.compile(r"[а-яіїєґё]+ли(?:сь|ся)?\b", re.IGNORECASE)


def continues_subject(text: str, clause_start: int, trigger_start: int) -> bool:
    """Whether the subject of the trigger's clause is a pronoun carried over
    from the sentence before.

    >>> t = "By evening they had taken the eastern districts."
    >>> continues_subject(t, 0, t.index("taken"))
    True
    >>> t2 = "Officials said Russian troops had taken the eastern districts."
    >>> continues_subject(t2, 0, t2.index("taken"))
    False
    >>> t3 = "Увечері зайняли східні квартали."
    >>> continues_subject(t3, 0, t3.index("зайняли"))
    True
    """
    if _CONTINUED_SUBJECT.match(text, clause_start, trigger_start) is not None:
        return True
    # Ukrainian and Russian drop the pronoun: "Потім зайняли східні квартали"
    return (
        _PRO_DROP.match(text, clause_start, trigger_start) is not None
        and _PLURAL_PAST.match(text, trigger_start) is not None
    )
