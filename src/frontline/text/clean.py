"""Sentences with exact offsets, and page furniture on plain text.

Furniture is what a scraped page carries besides the story: "Advertisement",
related-article headlines after "Other Topics of Interest" / "Read also" /
"Читайте також", image captions (a line repeated verbatim), footers ("To
suggest a correction"), share/subscribe lines. Claims found there are not
claims of the article.

>>> [s.text for s in sentences("Kyiv took it. Then Sept. 5 came.\\nAdvertisement")]
['Kyiv took it.', 'Then Sept. 5 came.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fastre import prefiltered
from .lang import en as _en
from .lang import ru as _ru
from .lang import uk as _uk


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line_index: int
    headline: bool = False


_FURNITURE_LINE = re.compile(
    r"^\s*(?:advertisement|advertising|реклама|share|share this|subscribe.*|"
    r"read (?:also|more)|see also|related(?: articles?| stories| news)?|"
    r"other topics of interest|more on this|most read|popular|"
    r"читайте (?:також|также)|дивіться також|смотрите также|по теме|на тему|"
    r"новини \| події|доступність посилання|this audio is created with ai.*|"
    r"to suggest a correction.*|you can also highlight the text.*|"
    r"a message from the moscow times:?|dear readers,?|\d+/\d+|"
    r"\(except for the headline.*|file photo.*|photo:.*|фото:.*|"
    r"source:?|джерело:?|источник:?|details:?|background:?|quote:?|"
    r"tags?:.*|теги:.*|(?:read (?:also|more)|see also|related|also read|"
    r"читайте (?:також|также)|дивіться також|смотрите также|по теме|"
    r"більше новин|больше новостей)\s*:.*)\s*$",
    re.IGNORECASE,
)
_TEASER_MARKER = re.compile(
    r"^\s*(?:other topics of interest|read (?:also|more)|see also|related"
    r"(?: articles?| stories| news| coverage| content| reading)?|more on this"
    r"(?: story)?|most read|most popular|most viewed|recommended(?: for you| "
    r"stories| reading)?|you (?:may|might) also like|more stories|more news|"
    r"top stories|further reading|what to read next|"
    r"editor['’]?s picks|trending(?: now)?|also read|more from [\w ]{1,30}|"
    r"читайте (?:також|также)|дивіться також|смотрите также|по теме|на тему|"
    r"популярне|популярное|останні новини|последние новости|новини партнерів|"
    r"новости партнеров|ещё по теме|еще по теме|більше за темою|більше новин|"
    r"больше новостей)\s*:?\s*$",
    re.IGNORECASE,
)
# the words after whose stop no sentence ends ("Dec. 25", "Gen. X"): read by
# _split_line and by page_speakers' own sentence split
ABBREVIATIONS = {
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "st",
    "vs",
    "no",
    "u.s",
    "u.k",
    "e.g",
    "i.e",
    "approx",
    "est",
    "gov",
    "rep",
    "sen",
    "кв",
    "г",
    "р",
    "ст",
    "тис",
    "тыс",
    "обл",
    "им",
    "ім",
    "т.д",
    "т.п",
    "ул",
    "вул",
    "пгт",
    "смт",
    "с",
    "м",
    "п",
    "д",
    "млн",
    "млрд",
    "інф",
    "див",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
    # session 40 (xnonplace): a language shortened before a name
    # ("Ровнополье (укр. Рівнопілля)", "Роботине (рос. Работино)")
    "укр",
    "рос",
    "рус",
}
# a place name's first word shortened with a stop ("Mt. Kremenets")
ABBREVIATIONS |= {w.lower() for w in _en.NAME_ABBREVIATIONS.split("|")}
# PROBECLAIM37: every English rank shortened with a stop ("Brig. Gen. X",
# "Adm. X", "Cpl. X"): no sentence ends after it
ABBREVIATIONS |= {w.lower() for w in _en.TITLE_ABBREVIATIONS.split("|")}
# the Ukrainian and Russian months cut short ("12 сент. 2024 г.", "12 вер.")
ABBREVIATIONS |= {w for m in (_uk, _ru) for w in m.MONTH_ABBREVIATIONS.split("|")}
# a settlement's kind as an initialism with stops ("н.п. Синьковка"): no
# word of a sentence's end (a bare "сел." may be one: "освободили пять сел.")
ABBREVIATIONS |= {
    w for m in (_uk, _ru) for w in m.TOWN_ABBREVIATIONS.split() if "." in w
}
# a street's kind shortened with a stop ("пров. Садовий", "просп. Миру")
ABBREVIATIONS |= {w for m in (_uk, _ru) for w in m.STREET_ABBREVIATIONS.split()}
# the first stop is matched before the branches (the same matches as
# "[.!?…]+X|[.!?…]Y"): the engine then jumps from one stop to the next
_BOUNDARY = re.compile(
    r"[.!?…](?:[.!?…]*[\"”»’)\]]*(?=\s+[\"“«‘(\[]?[A-ZА-ЯІЇЄҐ0-9—–-])|"
    r"(?=[“«][A-ZА-ЯІЇЄҐ]))"
)


_CAPTION = re.compile(
    r"REUTERS/|\bAP Photo\b|Getty Images|\(Photo by|\bPhoto by\b|/ ?AFP\b|"
    r"\bAFP via\b|Photo credit|Image credit|\bPhoto:|\bФото:|\bфото:|"
    r"Скриншот|Ілюстративне фото|Иллюстративное фото|Illustrative (?:image|photo)"
)


_CAPTION = prefiltered(
    _CAPTION,
    (
        "REUTERS/",
        "Photo",
        "Getty",
        "AFP",
        "credit",
        "Фото",
        "фото",
        "Скриншот",
        "Ілюстративне",
        "Иллюстративное",
        "Illustrative",
    ),
)


def furniture_lines(lines: list[str]) -> set[int]:
    """Indexes of lines that are page furniture."""
    out: set[int] = set()
    seen: dict[str, int] = {}
    for i, line in enumerate(lines):
        key = line.strip()
        if not key:
            continue
        if _FURNITURE_LINE.match(key) or (_CAPTION.search(key) and len(key) < 400):
            out.add(i)
        if key in seen and 20 < len(key) < 200 and not re.search(r"[.!?\"”»]$", key):
            out.add(i)
            out.add(seen[key])  # repeated captions / teaser headlines
        seen.setdefault(key, i)
    for i, line in enumerate(lines):
        if _TEASER_MARKER.match(line.strip()):
            # the teaser block: the next short lines (headline + standfirst)
            taken = 0
            for j in range(i + 1, min(len(lines), i + 8)):
                s = lines[j].strip()
                if not s:
                    continue
                if len(s) > 300 or (
                    taken >= 2 and (re.search(r"[.!?]$", s) or len(s) > 160)
                ):
                    break  # a list of teaser headlines ends at running prose
                out.add(j)
                taken += 1
    return out


# compiled once for _split_line (speed)
_ABBREV_WORD = re.compile(r"([\w.]+)[.!?…]+[\"”»’)\]]*$")
# a uk/ru rank shortened with a stop ("полк.", "ген."), and the first letters
# of a given name in any case ("Сергія", "Андрея"): the rank's stop before a
# given name ends no sentence (lang uk/ru: TITLE_ABBREVIATIONS, GIVEN_NAMES)
_TITLE_WORDS = frozenset(
    (_uk.TITLE_ABBREVIATIONS + "|" + _ru.TITLE_ABBREVIATIONS).split("|")
)
_GIVEN_NAME_HEADS = frozenset(
    w[:4] for w in (_uk.GIVEN_NAMES + " " + _ru.GIVEN_NAMES).split()
)


def _title_before_name(word: str, after: str) -> bool:
    """Whether ``word`` is a uk/ru rank shortened with a stop and ``after``
    (the text after its stop) opens with a given name.

    >>> _title_before_name("полк", " Сергія Братчука")
    True
    >>> _title_before_name("полк", " Бійці відбили")
    False
    """
    return word in _TITLE_WORDS and after.lstrip()[:4] in _GIVEN_NAME_HEADS


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        word = _ABBREV_WORD.search(text[max(s, m.start() - 12) : m.end()])
        if word and text[m.start()] == ".":
            w = word.group(1).lower().rstrip(".")
            if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
            if _title_before_name(w, text[m.end() : m.end() + 8]):
                continue  # "за словами полк. Сергія Братчука"
        out.append((s, m.end()))
        s = m.end()
    out.append((s, end))
    return out


# compiled once for sentences (speed)
_OPEN_END = re.compile(r"[.!?…\"”»]\s*$")


# an outlet's name above the headline: one to three capitalised words, no figure
_MASTHEAD = re.compile(r"^[^\W\d_][\w.’'-]*(?: [^\W\d_][\w.’'-]*){0,2}$")


def _masthead(line: str) -> bool:
    """Whether a first line only names the outlet ("Запоріжжя.Онлайн",
    "Курские Известия"): the line after it is the headline.

    >>> _masthead("Kyiv Independent"), _masthead("Russia takes two villages")
    (True, False)
    """
    return (
        len(line) <= 40
        and _MASTHEAD.match(line) is not None
        and all(w[0].isupper() for w in line.split())
    )


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` outside furniture, with offsets into ``text``."""
    lines = text.split("\n")
    furn = furniture_lines(lines)
    out: list[Sentence] = []
    pos = 0
    content = 0  # content lines seen
    masthead = False  # the first line only names the outlet ("Kyiv Post")
    for i, line in enumerate(lines):
        lstart = pos
        pos += len(line) + 1
        if not line.strip() or i in furn:
            continue
        stripped = line.strip()
        headline = (
            (content == 0 or (content == 1 and masthead))
            and not _OPEN_END.search(stripped)
            and len(stripped) < 200
        )
        masthead = content == 0 and headline and _masthead(stripped)
        content += 1
        for s, e in _split_line(text, lstart, lstart + len(line)):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e - s < 3:
                continue
            out.append(Sentence(s, e, text[s:e], i, headline))
    return out
