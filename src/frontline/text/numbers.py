"""Numbers as written in war reporting: digits with separators, number words.

Digits: "1,263" (thousands comma), "470 000" (thin/normal/no-break space groups),
"12,6" (decimal comma), "5.2", "4,2 тис." (with a thousand abbreviation).
Words: English ("two", "twenty-five", "a dozen"), Ukrainian and Russian number
words with their inflections ("сорок", "двох", "тисяча", "півтора").

>>> parse_digits("1,263")
1263.0
>>> parse_digits("12,6")
12.6
>>> parse_digits("470 000")
470000.0
>>> number_before("liberated two square", 14, "en").value
2.0
>>> number_before("звільнили сорок кв", 16, "uk").value
40.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fastre import folded, gated

_SPACES = " \u00a0\u202f\u2009"
_DIGITS = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"
)
_MULT = re.compile(
    r"\s*(тис\.?|тисяч\w*|тыс\.?|тысяч\w*|thousand|млн\.?|million|мільйон\w*)",
    re.IGNORECASE,
)
_DIGITS_END = re.compile(_DIGITS.pattern + r"(?:" + _MULT.pattern + r")?\s*$")
_DIGITS_END = gated(_DIGITS_END)  # speed: only a digit opens it (same matches)

EN_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "half": 0.5,
}
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# Ukrainian and Russian stems: a word matches the longest stem it starts with,
# with at most a short inflectional ending after it.
SLAVIC_STEMS: list[tuple[str, float, bool]] = [
    # (stem, value, is_scale)
    ("один", 1, False),
    ("одна", 1, False),
    ("одно", 1, False),
    ("одного", 1, False),
    ("одні", 1, False),
    # the neuter and accusative ("ще одне село", "ще одну громаду")
    ("одне", 1, False),
    ("одну", 1, False),
    ("два", 2, False),
    ("дві", 2, False),
    ("двох", 2, False),
    ("две", 2, False),
    ("двух", 2, False),
    ("три", 3, False),
    ("трьох", 3, False),
    ("трех", 3, False),
    ("трёх", 3, False),
    # the instrumental of two and three: "над двома селами", "тремя селами"
    ("двома", 2, False),
    ("двумя", 2, False),
    ("трьома", 3, False),
    ("тремя", 3, False),
    ("чотир", 4, False),
    ("четыр", 4, False),
    ("п'ят", 5, False),
    ("п’ят", 5, False),
    ("пʼят", 5, False),
    ("пят", 5, False),
    ("шіст", 6, False),
    ("шест", 6, False),
    ("сім", 7, False),
    ("семи", 7, False),
    ("сем", 7, False),
    ("вісім", 8, False),
    ("восем", 8, False),
    ("восьм", 8, False),
    ("дев'ят", 9, False),
    ("дев’ят", 9, False),
    ("девят", 9, False),
    ("десят", 10, False),
    ("одинадцят", 11, False),
    ("одиннадцат", 11, False),
    ("дванадцят", 12, False),
    ("двенадцат", 12, False),
    ("тринадцят", 13, False),
    ("тринадцат", 13, False),
    ("чотирнадцят", 14, False),
    ("четырнадцат", 14, False),
    ("п'ятнадцят", 15, False),
    ("п’ятнадцят", 15, False),
    ("пятнадцат", 15, False),
    ("двадцят", 20, False),
    ("двадцат", 20, False),
    ("тридцят", 30, False),
    ("тридцат", 30, False),
    ("сорок", 40, False),
    ("п'ятдесят", 50, False),
    ("п’ятдесят", 50, False),
    ("пятьдесят", 50, False),
    ("пятидесят", 50, False),
    ("шістдесят", 60, False),
    ("шестьдесят", 60, False),
    ("сімдесят", 70, False),
    ("семьдесят", 70, False),
    ("вісімдесят", 80, False),
    ("восемьдесят", 80, False),
    ("дев'яност", 90, False),
    ("дев’яност", 90, False),
    ("девяност", 90, False),
    ("сто", 100, False),
    ("двісті", 200, False),
    ("двести", 200, False),
    ("триста", 300, False),
    ("чотириста", 400, False),
    ("четыреста", 400, False),
    ("п'ятсот", 500, False),
    ("пятьсот", 500, False),
    # the other hundreds, and the oblique forms of all ("близько трьохсот
    # метрів", "около пятисот метров"): before "три"/"п'ят" would take them
    ("шістсот", 600, False),
    ("сімсот", 700, False),
    ("вісімсот", 800, False),
    ("дев'ятсот", 900, False),
    ("шестьсот", 600, False),
    ("семьсот", 700, False),
    ("восемьсот", 800, False),
    ("девятьсот", 900, False),
    ("двохсот", 200, False),
    ("трьохсот", 300, False),
    ("чотирьохсот", 400, False),
    ("п'ятисот", 500, False),
    ("шестисот", 600, False),
    ("семисот", 700, False),
    ("восьмисот", 800, False),
    ("дев'ятисот", 900, False),
    ("двухсот", 200, False),
    ("трехсот", 300, False),
    ("трёхсот", 300, False),
    ("четырехсот", 400, False),
    ("четырёхсот", 400, False),
    ("пятисот", 500, False),
    ("девятисот", 900, False),
    ("півтор", 1.5, False),
    ("полтор", 1.5, False),
    ("полутор", 1.5, False),  # genitive: "полутора тысяч"
    ("тисяч", 1000, True),
    ("тысяч", 1000, True),
    ("тис", 1000, True),
    ("тыс", 1000, True),
    ("мільйон", 1e6, True),
    ("миллион", 1e6, True),
]
SLAVIC_STEMS.sort(key=lambda t: -len(t[0]))
_STOP_SUFFIX = 4  # longest inflection allowed after a stem ("сорока", "тисячами")


def _stems_by_first(
    stems: list[tuple[str, float, bool]],
) -> dict[str, tuple[tuple[str, float, bool], ...]]:
    """The stems (apostrophes as typed: "'") keyed by their first letter, in
    their order (speed: a word is tried against the stems it may start with;
    the first that fits is the same)."""
    out: dict[str, list[tuple[str, float, bool]]] = {}
    for stem, value, scale in stems:
        st = stem.replace("’", "'")
        out.setdefault(st[:1], []).append((st, value, scale))
    return {k: tuple(v) for k, v in out.items()}


_SLAVIC_BY_FIRST = _stems_by_first(SLAVIC_STEMS)

_TOKEN = re.compile(r"[\w'’ʼ]+(?:-[\w'’ʼ]+)*")
_CONNECTORS = {"and", "і", "й", "и"}


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text: offsets, value and how it was written."""

    start: int
    end: int
    value: float
    written: str
    words: bool = False  # written with words rather than digits
    low: float | None = None  # lower bound of a word range ("два-три": 2)


# thousands grouped with stops ("1.200 метров", "2.000 кв. км"): several
# groups, or one group ending in "00" (no decimal is written "1.200")
_DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:(?:\.\d{3}){2,}|\.\d00)")


def parse_digits(token: str) -> float | None:
    """Value of a digit token with separators ("1,263", "12,6", "470 000",
    "1.200").

    >>> parse_digits("1.200"), parse_digits("1.250"), parse_digits("0.500")
    (1200.0, 1.25, 0.5)
    """
    s = token.strip()
    for sp in _SPACES:
        s = s.replace(sp, "")
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif _DOTTED_THOUSANDS.fullmatch(s):
        s = s.replace(".", "")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _multiplier(word: str | None) -> float:
    if not word:
        return 1.0
    w = word.lower()
    if w.startswith(("млн", "million", "мільйон")):
        return 1e6
    return 1000.0


# compiled once for word_value (speed)
_CYRILLIC_WORD = re.compile(r"[а-яіїєґё']")


def word_value(word: str, lang: str | None = None) -> tuple[float, bool] | None:
    """(value, is_scale) of one number word in en/uk/ru, or None.

    >>> word_value("сорока")
    (40.0, False)
    >>> word_value("thousand")
    (1000.0, True)
    """
    w = word.lower().replace("ʼ", "'").replace("’", "'")
    if w in EN_NUMBERS:
        return float(EN_NUMBERS[w]), False
    if w in EN_SCALES:
        return float(EN_SCALES[w]), True
    if not _CYRILLIC_WORD.match(w):
        return None
    for st, value, scale in _SLAVIC_BY_FIRST.get(w[:1], ()):
        if w.startswith(st) and len(w) - len(st) <= _STOP_SUFFIX:
            rest = w[len(st) :]
            # "сто" must not swallow "стосується"; "три" not "тривають"
            if (
                len(st) <= 3
                and rest
                and rest
                not in (
                    "а",
                    "ох",
                    "ьох",
                    "ма",
                    "ми",
                    "м",
                    "х",
                    "ій",
                    "ём",
                    "ем",
                    "ь",
                    "и",
                    "ью",
                    "ти",
                    "ух",
                    "ьма",
                    "ома",
                    "ьмя",
                    "ёх",
                    "ех",
                    "ні",
                    "ня",
                )
            ):
                continue
            return float(value), scale
    return None


# a noun counting a group ("two dozen", "два десятки", "полтора десятка"):
# it multiplies the number before it; its plural alone is vague ("десятки
# сіл", "десятки сёл": tens of villages, no figure)
_VAGUE_GROUPS = {"десятки", "десятків", "десятков", "десятками", "десятках"}
# PROBEUKRU37: "дюжину сіл", "сотню гектарів", "півтори сотні гектарів",
# "полторы сотни": a dozen and a hundred counted as a group; their plurals
# alone are vague ("сотні сіл", "сотни гектаров", "дюжинами")
_HUNDREDS = {"сотня", "сотню", "сотні", "сотни", "сотнею", "сотней", "сотне"}
_VAGUE_GROUPS |= {"сотні", "сотни", "сотень", "сотен", "сотнями", "сотнях"}
_VAGUE_GROUPS |= {"дюжин", "дюжинами", "дюжинах"}


def group_noun(word: str) -> float | None:
    """The size of the group a counting noun names, or None.

    >>> group_noun("dozen"), group_noun("десятка"), group_noun("десять")
    (12.0, 10.0, None)
    >>> group_noun("дюжину"), group_noun("сотні"), group_noun("сотник")
    (12.0, 100.0, None)
    """
    w = word.lower()
    if w == "dozen" or w.startswith("дюжин"):
        return 12.0
    if w in _HUNDREDS or w in ("сотень", "сотен", "сотнями", "сотнях"):
        return 100.0
    if w.startswith(("десяток", "десятк")):
        return 10.0
    return None


def words_to_number(words: list[str], lang: str | None = None) -> float | None:
    """Combine a run of number words ("twenty", "five", "thousand"); a
    counting noun multiplies the number before it ("two dozen": 24), and
    its plural alone is no figure ("десятки").

    >>> words_to_number(["two", "dozen"]), words_to_number(["два", "десятки"])
    (24.0, 20.0)
    >>> words_to_number(["десятки"]) is None
    True
    """
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w.lower() in _CONNECTORS:
            continue
        parts = re.split(r"-", w)
        for p in parts:
            group = group_noun(p)
            if group is not None:
                if not current and p.lower() in _VAGUE_GROUPS:
                    return None  # "десятки сіл": tens of villages
                current = (current or 1.0) * group
                seen = True
                continue
            wv = word_value(p, lang)
            if wv is None:
                return None
            value, scale = wv
            seen = True
            if scale:
                total += (current or 1.0) * value
                current = 0.0
            elif value == 100 and p.lower() == "hundred":
                current = (current or 1.0) * 100
            else:
                current += value
    return total + current if seen else None


def word_range(word: str, lang: str | None = None) -> tuple[float, float] | None:
    """(low, high) of a hyphenated pair of small numbers ("два-три"), or None.

    "twenty-five" is one number (tens then units); "two-three" a range.

    >>> word_range("два-три"), word_range("twenty-five")
    ((2.0, 3.0), None)
    """
    parts = word.split("-")
    if len(parts) != 2:
        return None
    vals = [word_value(p, lang) for p in parts]
    if any(v is None or v[1] for v in vals):
        return None
    low, high = (v[0] for v in vals if v is not None)
    return (low, high) if 1 <= low < high < 20 else None


def _joins(word: str, lang: str | None) -> bool:
    """Whether ``word`` may go on with "and" + a smaller number ("hundred and five").

    >>> _joins("hundred", "en"), _joins("one", "en")
    (True, False)
    """
    wv = word_value(word.split("-")[-1], lang)
    return wv is not None and (wv[1] or wv[0] >= 100)


# "one and a half", "два з половиною", "два с половиной": the number plus 0.5
_AND_HALF = re.compile(
    r"[ \u00a0]+(?:and[ \u00a0]+a[ \u00a0]+half|з[ \u00a0]+половиною|"
    r"с[ \u00a0]+половиной)[ \u00a0]*$",
    re.IGNORECASE,
)
# the counting words a vague word before leaves no figure ("several hundred
# metres"; LEFTUKRU37: "several dozen villages", "кілька дюжин сіл")
_VAGUE_AFTER = frozenset(
    {"hundred", "thousand", "dozen", "сотню", "тисячу", "дюжину", "дюжин", "дюжины"}
)
_VAGUE_BEFORE = re.compile(
    r"(?<![\w])(?:several|a few|few|many|some|кілька|декілька|несколько|пару)\s+$",
    re.IGNORECASE,
)


def number_before(text: str, end: int, lang: str | None = None) -> NumberMatch | None:
    """The number written right before ``end`` (spaces allowed), or None: a
    recipe of the readings below, the first that finds one ("two and a half",
    digits with a multiplier, number words)."""
    lo = max(0, end - 60)
    left = text[lo:end]
    found = _half_scale_before(text, lo, left, lang)
    if found is None:
        found = _half_before(text, lo, left, lang)
    if found is None:
        found = _digits_before(text, lo, left)
    if found is None:
        found = _words_before(text, lo, left, lang)
    return found


# LEFTEN37: a half before a scale word multiplies it ("one and a half
# thousand": 1,500; "half a thousand": 500; "два з половиною тисячі": 2,500)
_HALF_SCALE = re.compile(
    r"(?:(?P<and>[ \u00a0]+(?:and[ \u00a0]+a[ \u00a0]+half|з[ \u00a0]+половиною|"
    r"с[ \u00a0]+половиной))|(?<![\w])half[ \u00a0]+an?)[ \u00a0]+"
    r"(?P<scale>thousand|million|тисяч\w*|тысяч\w*|мільйон\w*|миллион\w*)"
    r"[ \u00a0]*$",
    re.IGNORECASE,
)


def _half_scale_before(
    text: str, lo: int, left: str, lang: str | None
) -> NumberMatch | None:
    """A half before a scale word: "one and a half thousand" (the number
    before the half plus 0.5, times the scale), "half a thousand" (half the
    scale).

    >>> number_before("one and a half thousand", 23, "en").value
    1500.0
    >>> number_before("half a thousand", 15, "en").value
    500.0
    """
    m = _HALF_SCALE.search(left) if "half" in left or "полови" in left else None
    if m is None:
        return None
    wv = word_value(m.group("scale"), lang)
    if wv is None or not wv[1]:
        return None
    e = lo + len(left.rstrip())
    if not m.group("and"):
        s = lo + m.start()
        return NumberMatch(s, e, 0.5 * wv[0], text[s:e], words=True)
    whole = number_before(text, lo + m.start(), lang)
    if whole is None:
        return None
    value = (whole.value + 0.5) * wv[0]
    return NumberMatch(whole.start, e, value, text[whole.start : e], whole.words)


def _half_before(text: str, lo: int, left: str, lang: str | None) -> NumberMatch | None:
    """ "one and a half", "два з половиною": the number before it plus 0.5,
    or half its scale word when it ends on one ("a thousand and a half":
    1,500) (``left`` is ``text`` from ``lo`` to the end looked before).

    >>> number_before("a thousand and a half", 21, "en").value
    1500.0
    """
    half = _AND_HALF.search(left) if "half" in left or "полови" in left else None
    if not half:
        return None
    whole = number_before(text, lo + half.start(), lang)
    if whole is None:
        return None
    e = lo + len(left.rstrip())
    return NumberMatch(
        whole.start,
        e,
        whole.value + 0.5 * _last_scale(whole.written, lang),
        text[whole.start : e],
        whole.words,
    )


def _last_scale(written: str, lang: str | None) -> float:
    """The scale word ``written`` ends on ("a thousand": 1,000), else 1.

    >>> _last_scale("a thousand", "en"), _last_scale("two", "en")
    (1000.0, 1.0)
    """
    words = _TOKEN.findall(written)
    wv = word_value(words[-1], lang) if words else None
    return wv[0] if wv is not None and wv[1] else 1.0


def _digits_before(text: str, lo: int, left: str) -> NumberMatch | None:
    """Digits closing ``left`` ("1,263", "12,6"), times a multiplier after
    them ("1.5 million")."""
    m = _DIGITS_END.search(left)
    if not m:
        return None
    digits = _DIGITS.match(left, m.start())
    value = parse_digits(digits.group(0)) if digits else None
    if value is None or digits is None:
        return None
    mult = _MULT.match(left, digits.end())
    if mult:
        value *= _multiplier(mult.group(1))
    s = lo + m.start()
    e = lo + len(left.rstrip())
    return NumberMatch(s, e, value, text[s:e])


def _words_before(
    text: str, lo: int, left: str, lang: str | None
) -> NumberMatch | None:
    """Number words closing ``left`` ("two hundred and five", "два-три": a
    range); none after "several" ("several hundred metres")."""
    run = _number_word_run(left, lang)
    if not run:
        return None
    if run[0].group(0).lower() in _VAGUE_AFTER and (
        _VAGUE_BEFORE.search(left[: run[0].start()])
    ):
        return None  # "several hundred metres", "several dozen villages": no figure
    s, e = lo + run[0].start(), lo + run[-1].end()
    pair = word_range(run[0].group(0), lang) if len(run) == 1 else None
    if pair:  # "два-три кілометри": a range, the upper bound is the figure
        return NumberMatch(s, e, pair[1], text[s:e], words=True, low=pair[0])
    value = words_to_number([t.group(0) for t in run], lang)
    if value is None:
        return None
    return NumberMatch(s, e, value, text[s:e], words=True)


def _number_word_run(left: str, lang: str | None) -> list[re.Match[str]]:
    """The number words and connectors that close ``left``, read backwards
    ("hundred and five"; not "between one and three"), no connector first."""
    run: list[re.Match[str]] = []
    for tok in reversed(list(_TOKEN.finditer(left))):
        between = left[tok.end() : (run[0].start() if run else len(left))]
        if between.strip(" -\u00a0"):
            break
        w = tok.group(0)
        if w.lower() in _CONNECTORS:
            if not run:
                break
            run.insert(0, tok)
            continue
        if run and run[0].group(0).lower() in _CONNECTORS and not _joins(w, lang):
            break  # "between one and three": two numbers, not 1 + 3
        if all(
            word_value(p, lang) is not None or group_noun(p) is not None
            for p in w.split("-")
        ):
            run.insert(0, tok)
            continue
        break
    while run and run[0].group(0).lower() in _CONNECTORS:
        run.pop(0)
    return run


def find_numbers(text: str) -> list[NumberMatch]:
    """All digit numbers in ``text`` (words are looked up only next to units)."""
    out = []
    for m in _DIGITS.finditer(text):
        v = parse_digits(m.group(0))
        if v is not None:
            out.append(NumberMatch(m.start(), m.end(), v, m.group(0)))
    return out


# speed: the big case-insensitive patterns search through a case-folded twin
# (same matches; see fastre.py)
_MULT = folded(_MULT)
