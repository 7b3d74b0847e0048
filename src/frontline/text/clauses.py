"""Clauses and quotes of one sentence: where a sentence is cut into
clauses (``_clauses``, per language ``_CLAUSE_SPLIT``) and how a claim's quote
is trimmed of the punctuation around it (``_trim``).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .fastre import head_grouped
from .lang import en, ru, uk

_CLAUSE_SPLIT = {
    "en": re.compile(
        r",\s*(?=(?:which|who|whose|while|but|whereas|although|though|as well as|"
        r"after|before|when|where|adding|saying|citing|according|and|including|"
        r"just|a\s|an\s|the\s+(?:\w+\s+){0,3}(?:said|says|told)|it\s|"
        r"\w+ing\s)\b)|"
        rf",\s*(?={en.SECTOR_CLAUSE}\b)|"
        r";|\s[—–-]\s|:\s|,\s*[\"“]|[\"”],?\s|\swhile\s|\sbut\s|"
        # "said fighting continued near X and that attempts to ... were stopped"
        r"and(?<=\sand)\s(?=that\s(?!(?:city|town|village|settlement|area|region)\b))|"
        r"\sand\s(?=(?:also\s|then\s|later\s)?(?:was|were|are|is)\s+[a-z]+ing\b)|"
        r"\sand\s(?=(?:also\s|then\s|later\s)?(?:(?:had|has|have|was|were)\s)?"
        r"(?:[a-z]+(?:ed|en|wn)|took|won|broke|fell|"
        r"made|drove|held|seized|retook|overran|said|says|told)\b)"
    ),
    "uk": re.compile(
        r",\s*(?=(?:а|але|проте|однак|та|і|й|який|яка|яке|які|якого|що|де|коли|"
        r"хоча|йдеться|повідом\w*|заяв\w*)\b)|"
        rf",\s*(?={uk.SECTOR_CLAUSE}(?![\w]))|;|\s[—–-]\s|:\s|[«»\"]|"
        # (a verb is written small: "та Садків", "і Липців" are places)
        r"\s(?:і|й|та)\s(?=(?:\w+\s)?(?![А-ЯІЇЄҐ])\w+(?:ли|ла|ло|ів|ив|ав|ув)\b)"
    ),
    "ru": re.compile(
        r",\s*(?=(?:а|но|однако|и|который|которая|которое|которые|которого|что|"
        r"где|когда|хотя|говорится|сообща\w*|заяв\w*)\b)|"
        rf",\s*(?={ru.SECTOR_CLAUSE}(?![\w]))|;|\s[—–-]\s|:\s|[«»\"]|"
        r"\sи\s(?=(?:\w+\s)?(?![А-ЯЁ])\w+(?:ли|ла|ло|ил|ал|ел)\b)"
    ),
}


# speed: alternatives grouped by first character (same matches; see fastre)
_CLAUSE_SPLIT = {lang: head_grouped(rx) for lang, rx in _CLAUSE_SPLIT.items()}


_DASH_CUT = re.compile(r"\s[—–-]\s")


_QUOTE_MARK = re.compile(r"[\"”“«»]")


# (KNOWN44: or two words of up to 20 letters each, as ``_QUOTED_WORDS``:
# "с «окончательным освобождением» X")
_QUOTE_OPENED = re.compile(
    r"[\"“«](?:[^\"“”«»]{1,25}|[^\"“”«»\s]{1,20}\s[^\"“”«»\s]{1,20})$"
)


_QUOTED_WORDS = re.compile(r"[\"”“«»][^\"“”«»\s]{1,20}(?:\s[^\"“”«»\s]{1,20})?[\"”»]")


# B33DET42: a figure with its unit in quotes ("продвинулись «на 3–8 км» от
# берега", "просунулися «до 5 кілометрів» біля X") is the clause's own measure,
# no quoted clause
_QUOTED_MEASURE = re.compile(
    r"[\"“«][^\"“”«»]{0,24}?(?<![\w])(?:км|km|кіломет\w*|километ\w*|kilomet\w*|"
    r"метр\w*|m|м|miles?|кв\.\s?км)[^\"“”«»\w]{0,2}[\"”»]",
    re.IGNORECASE,
)


# the last member of a list of names with a serial comma: "near A, B, and C"
# (two names before the comma, a name after "and"): no clause of its own
_SERIAL_HEAD = re.compile(
    r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?, [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?$"
)
_SERIAL_TAIL = re.compile(
    r",\s*and [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?\b"
    # a verb after the name opens a clause: ", and Moscow said ..."
    r"(?! (?:has|had|have|is|was|were|said|says|\w+ed)\b)"
)


# PROBEEN37: a serial list of compass points ("attacked northeast, east, and
# southeast of X"): one clause, the place after the last point
_COMPASS_HEAD = re.compile(rf"\b{en.COMPASS_POINT}, {en.COMPASS_POINT}$", re.IGNORECASE)
_COMPASS_TAIL = re.compile(rf",\s*(?:and|or) {en.COMPASS_POINT}\b", re.IGNORECASE)


# KNOWNLEFT39: "near Bakhmut - Andriivka" (lang PAIR_NEAR): a spaced dash
# between a place after a preposition of nearness and a name the clause goes
# on from (a comma, "and") joins the two places (the fighting rule reads both)
_NAME = r"[A-ZА-ЯІЇЄҐЁ][\w’'-]+"
_PAIR_HEAD = {
    lang: re.compile(rf"(?<![\w-]){mod.PAIR_NEAR}\s+{_NAME}(?:\s{_NAME})?$")
    for lang, mod in (("en", en), ("uk", uk), ("ru", ru))
}
_PAIR_TAIL = re.compile(
    # (not the sentence's end: "near Kupiansk - Ivanenko." signs the line)
    rf"{_NAME}(?:\s{_NAME})?(?=\s*[,;]|\s+(?:and|or|та|і|й|и|або|или)\s)"
)


# XPLACES3-43: a stretch named by its two ends across a spaced dash ("на
# ділянці X – Y", "по линии X — Y — Z", "the X - Y section"; lang
# STRETCH_BEFORE, STRETCH_AFTER): one clause, both ends its places
_STRETCH_HEAD = {
    lang: re.compile(
        rf"(?<![\w-])(?:{mod.STRETCH_BEFORE})\s+{_NAME}(?:\s{_NAME})?"
        rf"(?:\s[—–-]\s{_NAME}(?:\s{_NAME})?)*$",
        re.IGNORECASE,
    )
    for lang, mod in (("uk", uk), ("ru", ru))
}
_STRETCH_TAIL = {
    "en": re.compile(
        rf"{_NAME}(?:\s{_NAME})?\s+(?:{en.STRETCH_AFTER})\b", re.IGNORECASE
    )
}
_STRETCH_END = {
    "en": re.compile(rf"\bthe\s+{_NAME}(?:\s{_NAME})?$"),
}


def _stretch(text: str, lang: str, cut: re.Match[str]) -> bool:
    """XPLACES3-43: whether the spaced dash ``cut`` joins the two ends of a
    stretch ("на ділянці Золотий Колодязь – Шахове", "the Torske - Zarichne
    line").

    >>> t = "на ділянці Золотий Колодязь – Шахове тривають бої"
    >>> _stretch(t, "uk", _DASH_CUT.search(t))
    True
    >>> t = "on the Torske - Zarichne line"
    >>> _stretch(t, "en", _DASH_CUT.search(t))
    True
    """
    head = _STRETCH_HEAD.get(lang)
    if head is not None:
        return bool(
            head.search(text, max(0, cut.start() - 80), cut.start())
            and re.match(_NAME, text[cut.end() :])
        )
    tail, end = _STRETCH_TAIL.get(lang), _STRETCH_END.get(lang)
    return bool(
        tail is not None
        and end is not None
        and end.search(text, max(0, cut.start() - 40), cut.start())
        and tail.match(text, cut.end())
    )


def place_pair_after(
    text: str, lang: str, end: int, places: Collection[tuple[int, int]]
) -> int | None:
    """Where the second place starts when the clause ending at ``end`` ends
    in a place after a preposition of nearness and a spaced dash joins it to a
    second place ("near Bakhmut - Andriivka"; ``places``: the spans found as
    places); None otherwise.

    >>> t = "Fighting continues near Bakhmut - Andriivka, they said."
    >>> place_pair_after(t, "en", 31, [(24, 31), (34, 43)])
    34
    """
    m = _DASH_CUT.match(text, end)
    head = _PAIR_HEAD.get(lang)
    if (
        m is None
        or head is None
        or not any(a == m.end() for a, _ in places)
        or not any(b == end for _, b in places)
        or not head.search(text, max(0, end - 60), end)
        or not _PAIR_TAIL.match(text, m.end())
    ):
        return None
    return m.end()


# B34FLD43: the places of a count of attacks on a direction told after
# "including" and a preposition of nearness ("repelled 40 attacks on the
# Pokrovsk direction, including near A and B"): no clause of their own
_INCLUDING_NEAR = re.compile(
    rf",\s*including {en.PAIR_NEAR} (?-i:[A-Z])", re.IGNORECASE
)


# B34FLD43: the last places of a list of where fighting goes on, after a
# comma, "and" and a preposition of nearness, closing the sentence ("Бої
# тривають у X, на заводі, та поблизу A і B.", "Fighting continues in X, and
# near A and B."): no clause of their own
_AND_NEAR_TAIL = {
    lang: re.compile(
        rf",\s*(?:and|та|і|й|и|а также)\s+{mod.PAIR_NEAR}\s+{_NAME}(?:\s{_NAME})?"
        rf"(?:(?:,\s*|\s+(?:and|та|і|й|и)\s+){_NAME}(?:\s{_NAME})?)*\s*(?:[.;]|$)"
    )
    for lang, mod in (("en", en), ("uk", uk), ("ru", ru))
}
# … after an item that is itself a place ("у X", "на заводі", "at the plant"),
# not after a clause of its own ("occupied both villages, and near X")
_PLACE_ITEM_END = {
    lang: re.compile(
        rf"(?<![\w’'-]){mod.LIST_PLACE_PREPS}\s+(?:[\w’'-]+\s+){{0,3}}[\w’'-]+$",
        re.IGNORECASE,
    )
    for lang, mod in (("en", en), ("uk", uk), ("ru", ru))
}


def _serial_list(text: str, at: int) -> bool:
    """Whether the cut at ``at`` (", and ...") ends a serial list of names or
    of compass points."""
    return bool(
        _SERIAL_TAIL.match(text, at) and _SERIAL_HEAD.search(text, max(0, at - 80), at)
    ) or bool(
        _COMPASS_TAIL.match(text, at)
        and _COMPASS_HEAD.search(text, max(0, at - 40), at)
    )


def _clauses(text: str, lang: str) -> list[tuple[int, int]]:
    rx = _CLAUSE_SPLIT.get(lang, _CLAUSE_SPLIT["en"])
    cuts = [0]
    for m in rx.finditer(text):
        if lang == "en" and text[m.start()] == "," and _serial_list(text, m.start()):
            continue  # "attacked near A, B, and C": one clause, three places
        if lang == "en" and _INCLUDING_NEAR.match(text, m.start()):
            continue  # "40 attacks on the X direction, including near A and B"
        tail = _AND_NEAR_TAIL.get(lang)
        item = _PLACE_ITEM_END.get(lang)
        if (
            tail is not None
            and item is not None
            and tail.match(text, m.start())
            and item.search(text, max(cuts[-1], m.start() - 60), m.start())
        ):
            continue  # "Бої тривають у X, та поблизу A і B.": one list
        if (
            _DASH_CUT.fullmatch(m.group(0))
            and len(text[cuts[-1] : m.start()].split()) <= 2
        ):
            continue  # "Серед звільнених - X, Y": a list follows
        if _DASH_CUT.fullmatch(m.group(0)) and _stretch(text, lang, m):
            continue  # "на ділянці X – Y": a stretch's two ends
        quote = _QUOTE_MARK.search(m.group(0))
        if quote:
            # scare quotes around one or two words ("liberated") are no clause
            q = m.start() + quote.start()
            if (
                _QUOTE_OPENED.search(text[max(0, q - 42) : q])
                or _QUOTED_WORDS.match(text, q)
                or _QUOTED_MEASURE.match(text, q)
            ):
                continue
        if m.start() > cuts[-1]:
            cuts.append(m.start())
        if m.end() > cuts[-1]:
            cuts.append(m.end())
    cuts.append(len(text))
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b > a and text[a:b].strip(' ,;:"“”«»—–-'):
            out.append((a, b))
    return out or [(0, len(text))]


# LEFTUKRU37: a joining word a quote was cut after ("Ворог захопив X та",
# "заняли X и", "took X and"): the next clause's, not the quote's
_JOINING_WORDS = "та|і|й|и|а|але|но|або|или|and|but|or"
_JOINING_END = re.compile(rf"(?<=[\s,])(?:{_JOINING_WORDS})$", re.IGNORECASE)
# SPEED38: how far before a span's end a joining word can start (the longest
# word, a final newline before ``$``): searched there only, the same match
_JOINING_REACH = max(map(len, _JOINING_WORDS.split("|"))) + 1


def _trim(t: str, a: int, b: int) -> tuple[int, int]:
    """The span ``[a, b)`` of ``t`` without the punctuation around it and a
    joining word at its end (the whole text when nothing is left).

    >>> t = "Ворог захопив Вербове та просунувся."
    >>> t[slice(*_trim(t, 0, 25))]
    'Ворог захопив Вербове'
    """
    while a < b and t[a] in " ,;:—–-\u00a0":
        a += 1
    while b > a and t[b - 1] in " ,;:—–-(\u00a0":
        b -= 1
    joining = _JOINING_END.search(t, max(a, b - _JOINING_REACH), b)
    if joining is not None and joining.start() > a:
        b = joining.start()
        while b > a and t[b - 1] in " ,;:—–-(\u00a0":
            b -= 1
    if b <= a:
        return 0, len(t)
    return a, b
