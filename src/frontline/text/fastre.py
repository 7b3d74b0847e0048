"""Faster case-insensitive regular expressions (same matches, less time).

Python's ``re`` is slow on long ``IGNORECASE`` alternations: every character
is case-folded for every branch tried. :func:`folded` wraps such a pattern
with a case-sensitive twin compiled from the lower-cased pattern and run on
``text.casefold()``; the twin only says *where* the first match can start,
and the original pattern is then run from there, so callers get the
original's match objects (groups, offsets, original-case text) unchanged.
Texts whose case-folded form changes length ("ß", "İ") and patterns the
lower-casing could change (escapes such as ``\\W``, inline ``(?-i:...)``)
simply use the original pattern.

>>> import re
>>> rx = folded(re.compile(r"(?<![\\w])(?:liberat\\w*|звільн\\w*)", re.I))
>>> rx.search("Forces LIBERATED the village").group(0)
'LIBERATED'
>>> [m.group(0) for m in rx.finditer("Звільнили село; liberation")]
['Звільнили', 'liberation']
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import ahocorasick as _ahocorasick  # an Aho–Corasick automaton in C

from .stems import DIGIT, START, literal_prefixes, prefix_regex

__all__ = [
    "Alternatives",
    "AutomatonLead",
    "LazilyFolded",
    "LiteralScan",
    "RunBeforeAnchor",
    "dispatched",
    "first_class",
    "folded",
    "lead_gate",
    "gated",
    "head_grouped",
    "lower_pattern",
    "prefiltered",
    "required_literals",
    "within_runs",
]


def lower_pattern(pattern: str, groups: bool = True) -> str | None:
    """``pattern`` with its literal letters lower-cased, or None when unsafe.

    Escapes (``\\d``, ``\\W``), group names and inline flags are kept as
    written; a case-sensitive group ``(?-i:X)`` becomes ``(?:x)``, which on
    case-folded text matches a superset (enough for a twin that only finds
    where to start); other inline flag switches and named escapes
    (``\\N{...}``) give None. With ``groups=False`` capturing groups become
    plain ones (the same matches, found faster: no group to record, and the
    regex engine skips an alternative at its first letter).

    >>> lower_pattern(r"(?P<day>\\d+) (Jan|Feb)", groups=False)
    '(?:\\\\d+) (?:jan|feb)'
    """
    low = _Lowering(pattern, groups)
    i = 0
    while i < len(pattern):
        nxt = low.step(i)
        if nxt is None:
            return None
        i = nxt
    return "".join(low.out)


class _Lowering:
    """The state of :func:`lower_pattern` over one pattern: the text written so
    far, the open groups (True: under a negative lookaround) and whether a
    character class is open. Each step reads the token at an index, writes it
    lower-cased or kept, and returns the next index (None: unsafe)."""

    def __init__(self, pattern: str, groups: bool) -> None:
        self.pattern = pattern
        self.groups = groups
        self.out: list[str] = []
        self.stack: list[bool] = []  # open groups: True for negative lookarounds
        self.in_class = False

    def step(self, i: int) -> int | None:
        """Read the token at ``i``: an escape, a class, a group or a letter."""
        c = self.pattern[i]
        if c == "\\":
            return self._escape(i)
        if self.in_class:
            self.in_class = c != "]"
            self.out.append(c.lower())
            return i + 1
        if c == "[":
            return self._class_open(i)
        if c == ")":
            if self.stack:
                self.stack.pop()
            self.out.append(c)
            return i + 1
        if c != "(":
            self.out.append(c.lower())
            return i + 1
        return self._group_open(i)

    def _escape(self, i: int) -> int | None:
        """An escape kept as written (a named or property escape: unsafe)."""
        if self.pattern[i + 1 : i + 2] in ("N", "p", "P"):
            return None
        self.out.append(self.pattern[i : i + 2])
        return i + 2

    def _class_open(self, i: int) -> int:
        """A class opened, with its "^" and a leading "]" kept."""
        pattern = self.pattern
        self.in_class = True
        self.out.append("[")
        i += 1
        if pattern.startswith("^", i):
            self.out.append("^")
            i += 1
        if pattern.startswith("]", i):
            self.out.append("]")
            i += 1
        return i

    def _group_open(self, i: int) -> int | None:
        """A group opened: named, case-sensitive, a flag group or plain."""
        pattern = self.pattern
        if pattern.startswith(("(?P<", "(?P="), i):
            return self._named_group(i)
        if pattern.startswith("(?-i:", i):
            # a case-sensitive group: on folded text its lower-cased form
            # matches a superset, which is wrong only under a negation
            if any(self.stack):
                return None
            self.stack.append(False)
            self.out.append("(?:")
            return i + 5
        m = re.match(r"\(\?([aiLmsux]*)(-[imsx]*)?([:)])?", pattern[i:])
        if m and m.group(0) != "(?" and (m.group(2) or "L" in m.group(1)):
            return None
        if m and m.group(3) == ")":  # a global flag group "(?i)" opens nothing
            self.out.append(m.group(0))
            return i + len(m.group(0))
        negative = pattern.startswith(("(?!", "(?<!"), i)
        self.stack.append(negative or any(self.stack))
        self.out.append("(" if self.groups or pattern.startswith("(?", i) else "(?:")
        return i + 1

    def _named_group(self, i: int) -> int | None:
        """A named group (plain without ``groups``) or a back reference."""
        pattern = self.pattern
        opens = pattern[i + 3] == "<"
        j = pattern.find(">" if opens else ")", i)
        if j < 0:
            return None
        if opens:
            self.stack.append(False)
        self.out.append(pattern[i : j + 1] if self.groups or not opens else "(?:")
        return j + 1


class WordStartLead:
    """Where one of some literal prefixes opens a word, found fast.

    A lead that opens with a word-start assertion ("(?<![\\w])") makes the
    regex engine stop at every character of the text; one that opens with a
    literal space is only tried after a space, which the engine finds at
    once (about twice as fast on a sentence). So a long text is searched in
    its *spaced* form: one space put before it and every non-word character
    turned into a space, its length otherwise kept. A word opens at p in
    the text where the spaced form holds a space at p (it is shifted by
    one), and the prefixes are spaced the same way: the lead " " + spaced
    prefixes finds, at p, every place the guarded lead finds, and a few
    more (after a "-", which "(?<![\\w-])" takes for no word start, or
    where a prefix holds punctuation): the twin, guard and all, decides.

    >>> wl = WordStartLead.of("(?<![\\\\w-])", ("liberat", '"seized'), 0)
    >>> low = 'forces liberated;"seized" the-liberated area'
    >>> [m.start() for m in wl.rx.finditer(wl.spaced(low))]  # 30: after "-"
    [7, 17, 30]
    """

    __slots__ = ("rx", "_nonword", "_forms")

    def __init__(self, rx: re.Pattern[str], nonword: re.Pattern[str]) -> None:
        self.rx = rx
        self._nonword = nonword
        # the spaced forms made lately with this class, shared by all leads
        self._forms = _spaces.setdefault(nonword.flags, {})

    @classmethod
    def of(cls, guard: str, prefixes: tuple[str, ...], flags: int) -> Any:
        """The word-start lead of ``guard`` + ``prefixes`` (a guard of
        _GUARDS), or None when the guard is no word start."""
        if guard not in _GUARDS or any(START in p for p in prefixes):
            return None
        # one spaced form serves every guard: a space after "-" too, which
        # "(?<![\\w-])" does not take for a word start (a few more places for
        # the twin to reject; one translation per text)
        word = re.compile(r"\w", flags)
        if guard == "\\b" and not all(
            p[:1] == DIGIT or word.match(p[:1]) for p in prefixes
        ):
            return None  # "\\b" before a non-word character is no word start
        spaced = {
            "".join(c if c == DIGIT or word.match(c) else " " for c in p)
            for p in prefixes
        }
        rx = re.compile(" " + prefix_regex(tuple(sorted(spaced))), flags)
        return cls(rx, _NON_WORD_ASCII if flags & re.ASCII else _NON_WORD)

    def spaced(self, low: str) -> str:
        """``low`` spaced as the class says, shifted by one (kept for the
        texts last asked, as _casefold keeps their folds)."""
        forms = self._forms
        out = forms.get(low)
        if out is None:
            if len(forms) >= _FOLDS_KEPT:
                forms.clear()
            out = forms[low] = " " + self._nonword.sub(" ", low)
        return out


_NON_WORD = re.compile(r"[^ \w]")
_NON_WORD_ASCII = re.compile(r"[^ \w]", re.ASCII)
#: the texts last spaced for a word-start lead, per class (by its flags)
_spaces: dict[int, dict[str, str]] = {}


class FoldedPattern:
    """A compiled IGNORECASE pattern searched through a case-folded twin.

    ``lead``, when the twin's matches all start with known literal text,
    finds the places where that text starts (a trie of literals the regex
    engine scans fast); the twin is then only tried there, anchored.
    """

    __slots__ = (
        "orig",
        "fast",
        "lead",
        "_lead",
        "_fsearch",
        "_fmatch",
        "_omatch",
        "word_lead",
        "_wlead",
        "prefixes",
    )

    def __init__(
        self,
        orig: re.Pattern[str],
        fast: re.Pattern[str],
        lead: re.Pattern[str] | None = None,
        word_lead: WordStartLead | None = None,
    ) -> None:
        self.orig = orig
        self.fast = fast
        self.lead = lead
        self._lead = lead.search if lead is not None else None
        self._fsearch, self._fmatch = fast.search, fast.match
        self._omatch = orig.match
        self.word_lead = word_lead
        self._wlead = word_lead.rx.search if word_lead is not None else None
        #: the literal prefixes ``lead`` finds (set by :func:`folded`)
        self.prefixes: tuple[str, ...] = ()

    def _leads(self, low: str) -> tuple[Any, str, int]:
        """The lead's search, the text it reads and how far that text is
        shifted: a long text's word-start form when the lead has one."""
        if self._wlead is not None and len(low) >= _FOLD_KEPT_FROM:
            return self._wlead, self.word_lead.spaced(low), 1  # type: ignore[union-attr]
        return self._lead, low, 0

    def _start(self, low: str, pos: int, end: int) -> int:
        """Where the twin's leftmost match in ``low[pos:end]`` starts, or -1."""
        lead = self._lead
        if lead is None:
            fm = self._fsearch(low, pos, end)
            return -1 if fm is None else fm.start()
        match = self._fmatch
        while True:
            cm = lead(low, pos, end)
            if cm is None:
                return -1
            at = cm.start()
            if match(low, at, end) is not None:
                return at
            pos = at + 1

    def _next(
        self,
        text: str,
        low: str,
        pos: int,
        end: int,
        lead: Any,
        led: str,
        shift: int,
    ) -> re.Match[str] | None:
        """The original's leftmost match in ``text[pos:end]``.

        It starts where the twin matches: the original is tried there only,
        anchored (never scanning on in the slow case-insensitive mode).
        ``lead`` searches ``led`` (see _leads) for the places to try.
        """
        fsearch, fmatch = self._fsearch, self._fmatch
        omatch = self._omatch
        while pos <= end:  # _start inlined (speed: one call less per search)
            if lead is None:
                fm = fsearch(low, pos, end)
                if fm is None:
                    return None
                at = fm.start()
            else:
                cm = lead(led, pos, end + shift)
                if cm is None:
                    return None
                at = cm.start()
                if fmatch(low, at, end) is None:
                    pos = at + 1
                    continue
            m = omatch(text, at, end)
            if m is not None:
                return m
            pos = at + 1
        return None

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        n = len(text)
        end = n if endpos is None else endpos
        # speed: a short text is folded here, one call less (see _casefold)
        if n < _FOLD_KEPT_FROM:
            low = led = text.casefold()
            lead, shift = self._lead, 0
        else:
            # speed: the kept fold and spaced form looked up here, calls less
            low = led = _folds.get(text) or _casefold(text)
            lead, shift = self._lead, 0
            wl = self.word_lead
            if wl is not None and len(low) == n:
                lead, shift = self._wlead, 1  # speed: _leads inlined
                led = wl._forms.get(low) or wl.spaced(low)
        if len(low) != n:
            return self.orig.search(text, pos, end)
        if lead is None:
            return self._next(text, low, pos, end, lead, led, shift)
        # speed: most searches end at the first look-up (no lead in the
        # text) or at its first place: both asked here, calls less
        cm = lead(led, pos, end + shift)
        if cm is None:
            return None
        at = cm.start()
        if self._fmatch(low, at, end) is not None:
            m = self._omatch(text, at, end)
            if m is not None:
                return m
        return self._next(text, low, at + 1, end, lead, led, shift)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        n = len(text)
        end = n if endpos is None else endpos
        # speed: the kept fold and the lead asked here, calls less (most
        # texts hold no match: the lead finds no place, no _next is asked)
        low = text.casefold() if n < _FOLD_KEPT_FROM else _folds.get(text)
        if low is None:
            low = _casefold(text)
        if len(low) != n:
            yield from self.orig.finditer(text, pos, end)
            return
        # speed: _leads inlined (one call less per search)
        lead, led, shift = self._lead, low, 0
        wl = self.word_lead
        if wl is not None and n >= _FOLD_KEPT_FROM:
            lead, shift = self._wlead, 1
            led = wl._forms.get(low) or wl.spaced(low)
        if lead is not None:
            cm = lead(led, pos, end + shift)
            if cm is None:
                return
            pos = cm.start()  # (the lead's first place: no match before it)
        while pos <= end:
            m = self._next(text, low, pos, end, lead, led, shift)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list:
        return self.orig.findall(text, pos, len(text) if endpos is None else endpos)

    def match(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        """The original's match at ``pos``, asked only where the twin
        matches there (a place the twin passes holds no match)."""
        end = len(text) if endpos is None else endpos
        low = text.casefold() if len(text) < _FOLD_KEPT_FROM else _casefold(text)
        if len(low) == len(text) and self._fmatch(low, pos, end) is None:
            return None
        return self._omatch(text, pos, end)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        """The original's full match, asked only where the twin (the same
        alternatives, regrouped) matches the whole text too: a word that is
        no trigger is passed without trying each alternative in turn."""
        end = len(text) if endpos is None else endpos
        low = text.casefold() if len(text) < _FOLD_KEPT_FROM else _casefold(text)
        if len(low) == len(text) and self.fast.fullmatch(low, pos, end) is None:
            return None
        return self.orig.fullmatch(text, pos, end)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.orig, name)


class Alternatives:
    """A folded pattern that is an alternation of ``parts`` (each alternative
    compiled alone, in the order the pattern tries them), searched part by
    part: where the pattern's lead finds a place, each part is passed at a
    glance unless one of the literals its matches open with stands there and
    its own twin (:func:`_part_twin`) matches the case fold there (speed: the
    pattern's own case-insensitive match tries every part in turn, and one
    twin of the whole pattern is many times the size of a part's). The same
    matches as ``rx.finditer``; a text whose fold changes length or holds an
    odd "i" (:data:`_FOLD_ODD`) is searched by ``rx``.

    >>> rx = folded(re.compile(r"(?<![\\w])(?:(?P<a>took\\w*)|(?P<b>held))", re.I))
    >>> parts = [re.compile(r"(?<![\\w])(?:(?P<a>took\\w*))", re.I),
    ...          re.compile(r"(?<![\\w])(?:(?P<b>held))", re.I)]
    >>> [(m.lastgroup, m.group()) for m in Alternatives(rx, parts).finditer(
    ...     "They TOOK it and held it")]
    [('a', 'TOOK'), ('b', 'held')]
    """

    __slots__ = ("rx", "_parts", "_openings", "_by_key")

    def __init__(self, rx: FoldedPattern, parts: list[re.Pattern[str]]) -> None:
        self.rx = rx
        self._openings = tuple(_opening_prefixes(p) for p in parts)
        self._parts = tuple(
            (_prefix_match(pre), _part_twin(p), p.match)
            for p, pre in zip(parts, self._openings, strict=True)
        )
        # speed: the parts that may open where a text's next characters are
        # a key (``_KEY_CHARS`` of them), found at the key's first use
        self._by_key: dict[str, tuple[Any, ...]] = {}

    def _parts_at(self, key: str) -> tuple[Any, ...]:
        """The parts, in order, one of whose openings agrees with ``key`` (a
        case-folded text's next characters): the others cannot match there
        (kept for the keys seen, as a few thousand at most)."""
        listed = tuple(
            part
            for part, pre in zip(self._parts, self._openings, strict=True)
            if pre is None or any(_may_open(p, key) for p in pre)
        )
        if len(self._by_key) >= _KEYS_KEPT:
            self._by_key.clear()
        self._by_key[key] = listed
        return listed

    def finditer(self, text: str) -> tuple[re.Match[str], ...]:
        rx = self.rx
        n = len(text)
        # speed: a sentence's fold is shared with the patterns run over it
        low = text.casefold() if n < _FOLD_KEPT_FROM else _casefold(text)
        if (
            rx.lead is None
            or len(low) != n
            or _DOTLESS_I in low
            or _COMBINING_DOT in low
        ):
            return tuple(rx.finditer(text))
        # speed: rx._leads inlined (one call less per sentence)
        lead, led, shift = rx._lead, low, 0
        wl = rx.word_lead
        if wl is not None and n >= _FOLD_KEPT_FROM:
            lead, shift = rx._wlead, 1
            led = wl._forms.get(low) or wl.spaced(low)
        by_key = self._by_key
        out: list[re.Match[str]] = []
        pos = 0
        while (cm := lead(led, pos, n + shift)) is not None:
            at = cm.start()
            m = None
            key = low[at : at + _KEY_CHARS]
            parts = by_key.get(key)
            if parts is None:
                parts = self._parts_at(key)
            for opens, twin, match in parts:
                if (opens is None or opens(low, at) is not None) and (
                    twin is None or twin(low, at) is not None
                ):
                    if (m := match(text, at)) is not None:
                        break
            if m is None:
                pos = at + 1
            else:
                out.append(m)
                pos = m.end() if m.end() > at else at + 1
        return tuple(out)


def _part_twin(rx: re.Pattern[str]) -> Any:
    """The anchored match of ``rx``'s case-folded twin (lowered, regrouped by
    first letter: see :func:`folded`) on a case-folded text of unchanged
    length: where it fails, ``rx`` fails; None when ``rx`` is case-sensitive
    or cannot be lowered safely (no gate then).

    >>> twin = _part_twin(re.compile(r"(?<![\\w])(?:took|held)", re.I))
    >>> twin("they took it", 5) is not None, twin("they hit it", 5)
    (True, None)
    """
    if not rx.flags & re.IGNORECASE:
        return None
    low = lower_pattern(rx.pattern, groups=False)
    if low is None:
        return None
    flags = rx.flags & ~re.IGNORECASE
    for source in (dispatched(low, flags), low):
        try:
            return re.compile(source, flags).match
        except re.error:
            continue
    return None


#: how many characters of a text at a lead's place choose the parts of an
#: :class:`Alternatives` tried there, and how many such keys it keeps
_KEY_CHARS = 3
_KEYS_KEPT = 8192


def _opening_prefixes(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literal texts the matches of ``rx`` open with in a case-folded
    text (of unchanged length); None when that cannot be said."""
    low = lower_pattern(rx.pattern, groups=False)
    prefixes = literal_prefixes(low, rx.flags & ~re.IGNORECASE) if low else None
    return prefixes or None


def _prefix_match(prefixes: tuple[str, ...] | None) -> Any:
    """A match at the places where one of ``prefixes`` starts, or None (no
    prefixes known: any place)."""
    return re.compile(prefix_regex(prefixes)).match if prefixes else None


def _may_open(prefix: str, key: str) -> bool:
    """Whether a text whose next characters are ``key`` may open with
    ``prefix`` (as :func:`prefix_regex` reads it: ``DIGIT`` a digit, ``START``
    the text's start) over the characters both have.

    >>> _may_open("took", "too"), _may_open("to", "tow"), _may_open("took", "hel")
    (True, True, False)
    >>> _may_open(DIGIT + " km", "5 k"), _may_open(DIGIT + " km", "a k")
    (True, False)
    """
    for want, got in zip(prefix, key, strict=False):  # (the shorter decides)
        if want == DIGIT:
            if not got.isdecimal():  # (as "\d" in a str pattern)
                return False
        elif want == START:
            return True  # (a place the regex itself tells)
        elif want != got:
            return False
    return True


#: long texts folded lately and their folds (a few documents' sentences at
#: most: emptied when full, so a repeated document finds none of its own)
_folds: dict[str, str] = {}
_FOLDS_KEPT = 64
_FOLD_KEPT_FROM = 64  # characters


def _casefold(text: str) -> str:
    """``text.casefold()``, kept for the texts last asked: the patterns
    run in turn over one sentence, and a long one is folded once, not once
    per windowed search (linear time in the sentence's length). Short texts
    (the windows before and after a word) are folded anew: cheaper than a
    look-up, and they do not push the sentences out."""
    if len(text) < _FOLD_KEPT_FROM:
        return text.casefold()
    low = _folds.get(text)
    if low is None:
        if len(_folds) >= _FOLDS_KEPT:
            _folds.clear()
        low = _folds[text] = text.casefold()
    return low


def folded(rx: re.Pattern[str]) -> Any:
    """``rx`` sped up when it is case-insensitive and safely lower-casable."""
    if not rx.flags & re.IGNORECASE:
        return rx
    # a twin without capturing groups, unless a back-reference needs them
    refs = re.search(r"\\[1-9]|\(\?P=|\(\?\(", rx.pattern) is not None
    low = lower_pattern(rx.pattern, groups=refs)
    if low is None:
        return rx
    flags = rx.flags & ~re.IGNORECASE
    # the twin only finds where matches start: its alternatives may be
    # regrouped by first letter (the same places, found faster); only that
    # form is compiled (speed: no compile of the plain one at import)
    twin = _twin_source(low, flags)
    try:
        fast = re.compile(twin, flags)
    except re.error:
        if twin == low:
            return rx
        try:
            fast = re.compile(low, flags)
        except re.error:
            return rx
    prefixes = _rarest(
        literal_prefixes(low, fast.flags),
        literal_prefixes(low, fast.flags, lookahead=False),
    )
    guard = _lead_guard(low, prefixes) if prefixes else ""
    lead = (
        re.compile(guard + prefix_regex(prefixes), fast.flags & re.ASCII)
        if prefixes
        else None
    )
    word_lead = (
        WordStartLead.of(guard, prefixes, fast.flags & re.ASCII) if prefixes else None
    )
    out = FoldedPattern(rx, fast, lead, word_lead)
    out.prefixes = tuple(prefixes) if prefixes else ()
    opening = OpeningLead.of(guard, prefixes, fast.flags) if prefixes else None
    if opening is not None:
        out._lead = opening.search  # speed: the same places, found faster
    return out


def _twin_source(low: str, flags: int) -> str:
    """The twin of the lowered pattern ``low``: :func:`dispatched`, or, when
    a look-ahead right after its word-start guard keeps it from being
    regrouped ("(?<![\\w])(?=on|in|…)(?:…)"), the same without that
    look-ahead, regrouped: it matches at more places (the original, tried
    there, still decides) but walks its alternatives by first letter
    instead of trying each in turn. ``low`` itself when neither regroups.

    >>> _twin_source(r"(?<![\\w])(?=a|b)(?:ab|ac|ad|ae|af|ag|ah|b|bc)", 0)
    '(?<![\\\\w])(?:a(?:b|c|d|e|f|g|h)|b(?:|c))'
    """
    twin = dispatched(low, flags)
    if twin != low:
        return twin
    guard = next((g for g in _GUARDS if low.startswith(g)), "")
    rest = low[len(guard) :]
    if not rest.startswith("(?=") or len(_top_level_split(low)) > 1:
        return low
    end = _group_end(rest, 0)
    if end < 0:
        return low
    bare = guard + rest[end + 1 :]
    twin = dispatched(bare, flags)
    return twin if twin != bare else low


class _At:
    """Where a lead found a place: ``start()``, as a match's (all a lead's
    callers ask of it)."""

    __slots__ = ("_at",)

    def __init__(self, at: int) -> None:
        self._at = at

    def start(self) -> int:
        return self._at


class AutomatonLead:
    """Where one of some literal prefixes starts, found by an Aho–Corasick
    automaton (a gate asking whether a sentence holds any of many keys).

    Prefixes that may start inside a word ("said" in "aforesaid") give the
    regex engine no place to skip to: it enters their trie at every
    character whose letter opens a prefix (nearly all of them), about 200
    instructions a character. The automaton (``pyahocorasick``, in C) reads
    each character once and reports the prefixes found, by where they end;
    the first place one starts is the leftmost start among them, known as
    soon as no prefix ending later could start before it. Same places as
    ``re.compile(prefix_regex(prefixes))`` (a prefix extending a shorter one
    changes no place), about three times faster on a sentence when most
    sentences hold none. Not used as the lead of a folded pattern: there it
    is asked again after each place the twin rejects, and short windows pay
    its Python overhead (a pass's replay: slower, see docs/claims-engine.md).

    >>> al = AutomatonLead.of("", ("said", "according", "cord"))
    >>> al.search("as aforesaid, according to").start()
    8
    >>> al.search("as aforesaid, according to", 9).start(), al.search("no", 0)
    (14, None)
    >>> al.search("according", 0, 8).start()  # "cord" ends within, not "according"
    2
    """

    __slots__ = ("_iter", "_longest")

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        self._iter = _automaton(prefixes).iter
        self._longest = max(map(len, prefixes))

    @classmethod
    def of(cls, guard: str, prefixes: tuple[str, ...]) -> Any:
        """The automaton lead of ``prefixes``, or None when a guard opens
        them (the regex lead skips to word starts then), one is empty or
        holds a class (``DIGIT``, ``START``)."""
        if (
            guard
            or not all(prefixes)
            or any(DIGIT in p or START in p for p in prefixes)
        ):
            return None
        return cls(prefixes)

    def holds(self, text: str) -> bool:
        """Whether a prefix stands anywhere in ``text`` (the first one the
        automaton finds ends the scan)."""
        for _ in self._iter(text):
            return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        """The first place in ``text[pos:endpos]`` where a prefix starts
        (and ends within the window, as ``re`` reads ``endpos``), or None."""
        n = len(text)
        pos = 0 if pos < 0 else pos
        endpos = n if endpos > n else (0 if endpos < 0 else endpos)
        if pos >= endpos:
            return None
        best = -1
        longest = self._longest
        # the window alone: the automaton reads (and copies) all the string
        # it is given, whatever its start and end (a page's window: O(page))
        window = text[pos:endpos] if pos or endpos < n else text
        for end, key in self._iter(window):
            at = end - len(key) + 1
            if best < 0 or at < best:
                best = at
            if end - longest + 1 >= best:
                break  # a prefix ending later starts here or after
        return None if best < 0 else _At(best + pos)


def lead_gate(rx: Any) -> Any:
    """A cheap test of a text that is False only where the folded pattern
    ``rx`` finds no match: none of its lead's prefixes stands in the text's
    case fold (of unchanged length: the fold its search reads), told by one
    automaton scan that stops at the first prefix (speed: the regex lead of
    prefixes that may start inside a word is entered at nearly every
    character). None when ``rx`` is no folded pattern whose lead is its
    plain prefixes (a guard, a word-start or opening form, a class).

    >>> gate = lead_gate(folded(re.compile(r"(?:said|according to)\\b", re.I)))
    >>> gate("He SAID so"), gate("As aforesaid"), gate("Nothing here")
    (True, True, False)
    """
    if not isinstance(rx, FoldedPattern) or rx.lead is None or not rx.prefixes:
        return None
    if rx.word_lead is not None or rx._lead != rx.lead.search:
        return None
    if rx.lead.pattern != prefix_regex(rx.prefixes):
        return None  # (a guard before the prefixes)
    auto = AutomatonLead.of("", rx.prefixes)
    if auto is None:
        return None
    holds = auto.holds

    def may_match(text: str) -> bool:
        low = text.casefold() if len(text) < _FOLD_KEPT_FROM else _casefold(text)
        return len(low) != len(text) or holds(low)

    return may_match


class OpeningLead:
    """A lead some of whose prefixes open the text only ("^the report").

    A "^" among a lead's alternatives leaves the regex engine no first
    characters to look for: it tries the whole trie at every character. The
    prefixes after "^" can only match at the text's first character, so
    they are tried there alone (anchored), and the others are searched as
    a lead of their own: the same places, about ten times faster.

    >>> ol = OpeningLead.of("", ("\ue001the ", "said in "), 0)
    >>> [ol.search(t).start() for t in ("the report", "it said in a report")]
    [0, 3]
    >>> ol.search("the report", 1) is None
    True
    """

    __slots__ = ("_first", "_rest")

    def __init__(self, first: re.Pattern[str], rest: re.Pattern[str]) -> None:
        self._first = first.match
        self._rest = rest.search

    @classmethod
    def of(cls, guard: str, prefixes: tuple[str, ...], flags: int) -> Any:
        """The opening lead of ``guard`` + ``prefixes``, or None when no
        prefix opens the text, or every one does (a plain lead is fast
        then), or "^" also matches after a line break (MULTILINE)."""
        opening = tuple(p[1:] for p in prefixes if p.startswith(START))
        rest = tuple(p for p in prefixes if not p.startswith(START))
        if not opening or not rest or flags & re.MULTILINE:
            return None
        ascii_only = flags & re.ASCII
        return cls(
            re.compile(guard + prefix_regex(opening), ascii_only),
            re.compile(guard + prefix_regex(rest), ascii_only),
        )

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        """The first place from ``pos`` where a prefix stands, as a match."""
        if pos <= 0:  # (re reads a negative pos as 0)
            m = self._first(text, 0, endpos)
            if m is not None:
                return m
        return self._rest(text, pos, endpos)


class LazilyFolded:
    """``folded(rx)``, made at the first search: for a big pattern asked
    rarely, whose twin takes longer to make than the import of a module
    should (a 40 KB alternation: 0.3 s).

    >>> rx = LazilyFolded(re.compile(r"liberat\\w*|took", re.I))
    >>> rx.fullmatch("Liberated").group(0), rx.fullmatch("Kupiansk")
    ('Liberated', None)
    """

    __slots__ = ("orig", "_folded")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.orig = rx
        self._folded: Any = None

    def _get(self) -> Any:
        if self._folded is None:
            self._folded = folded(self.orig)
        return self._folded

    def search(self, *args: Any) -> Any:
        return self._get().search(*args)

    def finditer(self, *args: Any) -> Any:
        return self._get().finditer(*args)

    def match(self, *args: Any) -> Any:
        return self._get().match(*args)

    def fullmatch(self, *args: Any) -> Any:
        return self._get().fullmatch(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.orig, name)


def _rarest(
    ahead: tuple[str, ...] | None, body: tuple[str, ...] | None
) -> tuple[str, ...] | None:
    """Of two prefix sets both true of every match (a leading lookahead's
    words, and the text after it), the one found at fewer places: a prefix
    of n letters stands at about one place in 10**n ("a ", "in" are
    everywhere; "in the past" is not), so the lower sum of 10**-n wins.

    >>> _rarest(("a ", "in"), ("a day ago", "in may")), _rarest(("on",), None)
    (('a day ago', 'in may'), ('on',))
    """
    if ahead is None or body is None:
        return ahead or body

    def places(prefixes: tuple[str, ...]) -> float:
        return sum(0.1 ** len(p) for p in prefixes)

    return body if places(body) < places(ahead) else ahead


#: word-start assertions a pattern may open with
_GUARDS = ("(?<![\\w])", "(?<![\\w-])", "(?<!\\w)", "\\b")


def _lead_guard(pattern: str, prefixes: tuple[str, ...] = ()) -> str:
    """The assertion every match of ``pattern`` starts with ("(?<![\\w])"),
    else "": the lead checks it too, so the twin is tried at fewer places.
    Top-level branches that all open at a word start ("\\bdeal|(?<![\\w])угод")
    share "(?<![\\w])" when every prefix opens with a word character.

    >>> _lead_guard(r"(?<![\\w])(?:on|in)\\b"), _lead_guard(r"\\bon|in")
    ('(?<![\\\\w])', '')
    >>> _lead_guard(r"\\bdeal|(?<![\\w-])угод", ("deal", "угод"))
    '(?<![\\\\w])'
    """
    guard = next((g for g in _GUARDS if pattern.startswith(g)), "")
    branches = _top_level_split(pattern)
    if len(branches) == 1:
        return guard
    if (
        prefixes
        and all(b.startswith(_GUARDS) for b in branches)
        and all(p[:1] in (DIGIT, START) or p[:1].isalnum() for p in prefixes)
    ):
        return _GUARDS[0]  # each branch's guard implies it before a word character
    return ""


def _brackets(pattern: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """``(index, character, depth after it)`` of each "(", ")" and "|" of
    ``pattern`` from ``i`` on, outside escapes and character classes.

    >>> [(i, c, d) for i, c, d in _brackets("a(b|[|)]c)|d")]
    [(1, '(', 1), (3, '|', 1), (9, ')', 0), (10, '|', 0)]
    """
    depth, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):
                i += 1
            continue
        elif c in "()|":
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _top_level_split(pattern: str) -> list[str]:
    """``pattern``'s alternatives outside every group (``a|b`` -> a, b)."""
    out, cut = [], 0
    for i, c, depth in _brackets(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[cut:i])
            cut = i + 1
    return out + [pattern[cut:]]


#: characters that open something other than a literal in a pattern
_SPECIAL = set("\\.^$*+?{}[]()|")
_QUANTIFIERS = ("*", "+", "?", "{")
_MAX_ALTERNATIVES = 20000  # a flattened pattern larger than this is kept as is
_MIN_ALTERNATIVES = 8  # fewer alternatives than this: nothing to gain
# a group followed by more than this is kept whole (distributed, the text
# after it would be copied into every first-letter branch: a larger twin,
# slower to compile)
_MAX_SHARED_REST = 24


def _group_end(pattern: str, i: int) -> int:
    """The index of the ")" closing the group opened at ``pattern[i]``."""
    for j, c, depth in _brackets(pattern, i):
        if c == ")" and depth == 0:
            return j
    return -1


def _flatten(pattern: str, suffix: str, out: list[tuple[str, str]]) -> bool:
    """Append to ``out`` pairs (alternative, suffix) that together match
    where ``pattern + suffix`` does: a leading non-capturing group is
    distributed over what follows it (``(?:a|b)c`` -> ``a``+``c``,
    ``b``+``c``; the shared suffix is kept once). False when they grow
    too many."""
    for alt in _top_level_split(pattern):
        if alt.startswith("(?:"):
            j = _group_end(alt, 0)
            rest = alt[j + 1 :]
            if (
                j > 0
                and not rest.startswith(_QUANTIFIERS)
                and len(rest) <= _MAX_SHARED_REST
            ):
                if not _flatten(alt[3:j], rest + suffix if rest else suffix, out):
                    return False
                continue
        out.append((alt, suffix))
        if len(out) > _MAX_ALTERNATIVES:
            return False
    return True


def _first_literal(alt: str) -> tuple[str, str] | None:
    """``alt``'s first character and the rest when it opens with a plain
    literal (not quantified), else None."""
    if alt[:1] == "\\" and len(alt) > 1 and not alt[1].isalnum():
        head, rest = alt[1], alt[2:]
    elif alt and alt[0] not in _SPECIAL:
        head, rest = alt[0], alt[1:]
    else:
        return None
    return None if rest.startswith(_QUANTIFIERS) else (head, rest)


def _by_suffix(pairs: list[tuple[str, str]]) -> list[str]:
    """The alternatives of ``pairs``, one group per shared suffix."""
    groups: dict[str, list[str]] = {}
    for alt, suffix in pairs:
        groups.setdefault(suffix, []).append(alt)
    return [
        (f"(?:{'|'.join(alts)})" if len(alts) > 1 else alts[0]) + suffix
        for suffix, alts in groups.items()
    ]


def _headed(alt: str, suffix: str, out: list[tuple[str, str]]) -> bool:
    """Append to ``out`` pairs (alternative, suffix), each alternative opening
    with a literal, that together match where ``alt + suffix`` does; False
    when some path opens otherwise. A leading group whose rest is too long
    to be copied into each of its alternatives (see _flatten) is split by
    its alternatives' first characters here: the rest is copied once per
    character (``(?:ab|ac|d)R`` -> ``a(?:b|c)R``, ``dR``), so a branch whose
    first letter is not in the text is passed at a glance."""
    if _first_literal(alt) is not None:
        out.append((alt, suffix))
        return True
    if not alt.startswith("(?:"):
        return False
    j = _group_end(alt, 0)
    rest = alt[j + 1 :]
    if j < 0 or rest.startswith(_QUANTIFIERS):
        return False
    found: list[tuple[str, str]] = []
    if not all(
        _headed(sub, rest + suffix, found) for sub in _top_level_split(alt[3:j])
    ):
        return False
    out.extend(found)
    return True


def _dispatch(pairs: list[tuple[str, str]]) -> str:
    """One alternation matching where one of ``pairs`` (alternative and
    suffix) does, its branches keyed by their first character (a trie,
    one level per call): the regex engine skips a branch at its first
    letter instead of trying every alternative in turn."""
    by_head: dict[str, list[tuple[str, str]]] = {}
    other: list[tuple[str, str]] = []
    for alt, suffix in pairs:
        heads: list[tuple[str, str]] = []
        if not _headed(alt, suffix, heads):
            other.append((alt, suffix))
            continue
        for sub, rest in heads:
            split = _first_literal(sub)
            by_head.setdefault(split[0], []).append((split[1], rest))  # type: ignore[index]
    parts = []
    for head, rests in sorted(by_head.items()):
        if len(rests) >= _MIN_ALTERNATIVES:
            inner = _dispatch(rests)
        else:
            alts = _by_suffix(rests)
            inner = f"(?:{'|'.join(alts)})" if len(alts) > 1 else alts[0]
        parts.append(re.escape(head) + inner)
    return "(?:" + "|".join(parts + _by_suffix(other)) + ")"


def dispatched(pattern: str, flags: int = 0) -> str:
    """A pattern matching at the same places as ``pattern`` (not with the
    same groups or ends: for a twin that only says where matches start),
    its alternatives nested by first character (same matches found with
    far fewer tries at each place). ``pattern`` itself when that cannot
    be said or gains nothing.

    >>> dispatched(r"(?<![\\w])(?:(?:took|taken)(?!\\w)|tried|held|hit|ha|set|sat|s)")
    '(?<![\\\\w])(?:h(?:eld|it|a)|s(?:et|at|)|t(?:(?:ook|aken)(?!\\\\w)|ried))'
    """
    if flags & re.VERBOSE or re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern):
        return pattern
    guard = next((g for g in _GUARDS if pattern.startswith(g)), "")
    if len(_top_level_split(pattern)) > 1:
        guard = ""  # the assertion opens the first alternative only
    pairs: list[tuple[str, str]] = []
    if not _flatten(pattern[len(guard) :], "", pairs) or len(pairs) < _MIN_ALTERNATIVES:
        return pattern
    return guard + _dispatch(pairs)


def _head(alt: str) -> tuple[str, str] | None:
    """``alt``'s first atom (one character: a literal, an escape such as
    ``\\s`` or a class such as ``["”]``, not negated) and the rest, when it
    is not quantified; else None."""
    if alt[:1] == "[" and alt[1:2] not in ("^", "]"):
        j = _group_end("(" + alt, 0)  # no ")" inside: the class ends first
        end = alt.find("]", 1)
        if end < 0 or (0 <= j <= end):
            return None
        head, rest = alt[: end + 1], alt[end + 1 :]
    elif alt[:1] == "\\" and len(alt) > 1 and (alt[1] in "sdw" or not alt[1].isalnum()):
        head, rest = alt[:2], alt[2:]
    elif alt and alt[0] not in _SPECIAL:
        head, rest = re.escape(alt[0]), alt[1:]
    else:
        return None
    return None if rest.startswith(_QUANTIFIERS) else (head, rest)


def _head_chars(head: str) -> tuple[set[str], set[str]] | None:
    """The characters a head atom (see _head) stands for: (characters,
    category escapes such as ``\\s``), or None for a range."""
    body = head[1:-1] if head.startswith("[") else head
    chars: set[str] = set()
    cats: set[str] = set()
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            e = body[i + 1 : i + 2]
            (cats if e.isalnum() else chars).add(("\\" + e) if e.isalnum() else e)
            i += 2
            continue
        if c == "-" and head.startswith("[") and 0 < i < len(body) - 1:
            return None  # a range
        chars.add(c)
        i += 1
    return chars, cats


def _disjoint(heads: list[str]) -> bool:
    """Whether no character matches two of ``heads`` (distinct atoms)."""
    sets = [_head_chars(h) for h in heads]
    if any(x is None for x in sets):
        return False
    seen: set[str] = set()
    cats: set[str] = set()
    for chars, cat in sets:  # type: ignore[misc]
        if chars & seen or (cat and cats):
            return False  # a character twice, or two category escapes
        seen |= chars
        cats |= cat
    return not any(re.fullmatch(c, ch) for c in cats for ch in seen)


def head_grouped(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with its alternatives grouped by their first character when
    each opens with one (a literal, an escape such as ``\\s`` or a class)
    and no character opens two groups: ``,x|;|\\sa|,y|\\sb`` becomes
    ``,(?:x|y)|;|\\s(?:a|b)``. Where a character stands only its group's
    alternatives are tried, in their order (same matches, same groups; the
    regex engine skips the other groups at a glance). ``rx`` itself when it
    cannot be rewritten so.

    >>> head_grouped(re.compile(r",\\s*(?=and)|;|\\swhile\\s|,\\s*x|\\sbut\\s")).pattern
    ',(?:\\\\s*(?=and)|\\\\s*x)|;|\\\\s(?:while\\\\s|but\\\\s)'
    """
    if rx.flags & (re.IGNORECASE | re.VERBOSE):
        return rx
    split = [_head(alt) for alt in _top_level_split(rx.pattern)]
    if len(split) < 2 or any(h is None for h in split):
        return rx
    groups: dict[str, list[str]] = {}
    for head, rest in split:  # type: ignore[misc]
        groups.setdefault(head, []).append(rest)
    if len(groups) == len(split) or not _disjoint(list(groups)):
        return rx
    body = "|".join(
        head + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
        for head, rests in groups.items()
    )
    try:
        return re.compile(body, rx.flags)
    except re.error:
        return rx


class PrefilteredPattern:
    """A pattern every match of which contains one of ``keys`` (as written)."""

    __slots__ = ("orig", "keys")

    def __init__(self, orig: Any, keys: tuple[str, ...]) -> None:
        self.orig = orig
        self.keys = keys

    def _maybe(self, text: str) -> bool:
        for k in self.keys:  # speed: no generator for any()
            if k in text:
                return True
        return False

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        # a match lies within [pos, endpos): look for the keys only there
        window = text
        if args:  # re clamps pos/endpos to the text; so does max(0, ...)
            end = max(0, args[1]) if len(args) > 1 else None
            window = text[max(0, args[0]) : end]
        for k in self.keys:  # speed: _maybe inlined (one call less)
            if k in window:
                return self.orig.search(text, *args)
        return None

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        return self.orig.finditer(text, *args) if self._maybe(text) else iter(())

    def findall(self, text: str, *args: Any) -> list:
        return self.orig.findall(text, *args) if self._maybe(text) else []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.orig, name)


def prefiltered(rx: Any, keys: tuple[str, ...]) -> PrefilteredPattern:
    """``rx`` skipped on texts holding none of ``keys``.

    Only exact when every match of ``rx`` contains one of ``keys`` verbatim
    (same case), which the caller guarantees.

    >>> rx = prefiltered(re.compile(r"\\w+ direction"), ("direction",))
    >>> rx.search("the Pokrovsk direction").group(0), rx.search("no sector here")
    ('Pokrovsk direction', None)
    """
    return PrefilteredPattern(rx, keys)


class RunBeforeAnchor:
    """``(?P<group>[^stops]{lo,hi}?)anchor``, found in the original's time
    per match, not per character.

    The original tries, at every character, runs of ``lo`` to ``hi``
    characters and the anchor after each (a speaker phrase before a verb
    of saying: a hundred tries per character). Every match ends its run
    where the anchor matches, at most ``hi`` characters after the start and
    with no stop character between; so the search jumps to the first
    anchor's reach (after the last stop before it) and the original runs
    from there: the same matches, the same groups.

    >>> rx = RunBeforeAnchor("who", ",.", 2, 30, r"\\s+(?:said|told)\\b")
    >>> text = "Rain fell. The mayor said, and Kyiv told"
    >>> [m.group("who") for m in rx.finditer(text)]
    [' The mayor', ' and Kyiv']
    """

    __slots__ = ("orig", "_anchor", "_stop", "lo", "hi")

    def __init__(
        self, group: str, stops: str, lo: int, hi: int, anchor: str, flags: int = 0
    ) -> None:
        run = f"(?P<{group}>[^{stops}]{{{lo},{hi}}}?)"
        self.orig = re.compile(run + anchor, flags)
        self._anchor = re.compile(anchor, flags)
        self._stop = re.compile(f"[{stops}]", flags)
        self.lo, self.hi = lo, hi

    def _search(self, text: str, pos: int, stops: list[int]) -> re.Match[str] | None:
        a = self._anchor.search(text, pos + self.lo)
        if a is None:
            return None  # no anchor in reach: no match
        u = a.start()
        i = bisect.bisect_left(stops, u) - 1
        after_stop = stops[i] + 1 if i >= 0 else 0
        return self.orig.search(text, max(pos, u - self.hi, after_stop))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        stops = [m.start() for m in self._stop.finditer(text)]
        pos = 0
        while pos <= len(text):
            m = self._search(text, pos, stops)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1

    def search(self, text: str) -> re.Match[str] | None:
        return self._search(text, 0, [m.start() for m in self._stop.finditer(text)])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.orig, name)


class RunsPattern:
    """A pattern every match of which lies inside one run of ``run``
    characters holding one of ``keys`` (as written): searched in those runs
    only, each up to its end (a match can hold no character outside the run,
    and the character after the run is none of ``run``: lookarounds at the
    run's end see the same as in the whole text)."""

    __slots__ = ("orig", "keys", "_runs")

    def __init__(self, orig: re.Pattern[str], run: str, keys: tuple[str, ...]) -> None:
        self.orig = orig
        self.keys = keys
        self._runs = re.compile(run + "+")

    def _windows(self, text: str, pos: int, end: int) -> Iterator[tuple[int, int]]:
        for r in self._runs.finditer(text, pos, end):
            chunk = r.group(0)
            for k in self.keys:  # speed: no generator for any()
                if k in chunk:
                    yield r.start(), r.end()
                    break

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        for a, b in self._windows(text, max(0, pos), end):
            m = self.orig.search(text, a, b)
            if m is not None:
                return m
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        for a, b in self._windows(text, max(0, pos), end):
            yield from self.orig.finditer(text, a, b)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.orig, name)


def within_runs(rx: re.Pattern[str], run: str, keys: tuple[str, ...]) -> RunsPattern:
    """``rx`` searched only in the runs of ``run`` characters (a class such
    as ``[\\w ]``) that hold one of ``keys``. Exact when every match of ``rx``
    consists of ``run`` characters and holds one of ``keys`` verbatim, which
    the caller guarantees.

    >>> rx = within_runs(re.compile(r"[A-Z]\\w+ (?:front|axis)"), r"[\\w ]", ("front",))
    >>> [m.group(0) for m in rx.finditer("Quiet, the Kupiansk front; Lyman front")]
    ['Kupiansk front', 'Lyman front']
    """
    return RunsPattern(rx, run, keys)


_CATEGORIES = {
    C.CATEGORY_DIGIT: "\\d",
    C.CATEGORY_NOT_DIGIT: "\\D",
    C.CATEGORY_SPACE: "\\s",
    C.CATEGORY_NOT_SPACE: "\\S",
    C.CATEGORY_WORD: "\\w",
    C.CATEGORY_NOT_WORD: "\\W",
}
_MAX_FIRST = 200  # a class of more items than this gates nothing worth it


def _class_char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


def _first(items: list, out: set[str]) -> bool:
    """Add to ``out`` the class items (characters, ranges, ``\\d``...) that
    the first character of every match of ``items`` is one of; False when
    that cannot be said (any character, a case-insensitive part, a path
    matching the empty text)."""
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :]
        if op is C.LITERAL:
            out.add(_class_char(av))
            return True
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(_class_char(iav))
                elif iop is C.RANGE:
                    out.add(f"{_class_char(iav[0])}-{_class_char(iav[1])}")
                elif iop is C.CATEGORY and iav in _CATEGORIES:
                    out.add(_CATEGORIES[iav])
                else:
                    return False  # a negated class, a case-insensitive one …
            return True
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the next item opens the match
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return False
            return _first(list(av[-1]) + rest, out)
        if op is C.ATOMIC_GROUP:
            return _first(list(av) + rest, out)
        if op is C.BRANCH:
            return all(_first(list(alt) + rest, out) for alt in av[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _, sub = av
            if not _first(list(sub) + (rest if lo == 0 else []), out):
                return False
            return lo > 0 or _first(rest, out)
        return False  # any character, a back-reference, …
    return False  # the empty text matches: no first character


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class holding the first character of every match of the
    case-sensitive ``pattern`` (its look-behinds and anchors skipped), or
    None when there is none to say (a path that starts with any character
    or matches the empty text, or a case-insensitive part).

    >>> first_class(r"(?<![\\w])(?:the )?[A-Z]\\w+ front|in the east|\\d+ km")
    '[A-Z\\\\dit]'
    >>> first_class(r"\\w*|x") is None
    True
    """
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = P.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    out: set[str] = set()
    if not _first(list(parsed), out) or len(out) > _MAX_FIRST:
        return None
    return "[" + "".join(sorted(out)) + "]"


def gated(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` opened by a look-ahead at the characters its matches start
    with (:func:`first_class`): the same matches and groups, but a place
    whose character cannot open a match is passed at a glance instead of
    trying every alternative there (about twice as fast on a pattern that
    opens with a look-behind, optional words or many alternatives). ``rx``
    itself when that class cannot be said.

    >>> rx = gated(re.compile(r"(?:the )?(?P<name>[A-Z]\\w+) (?:front|axis)"))
    >>> rx.pattern[:8], rx.search("on the Kupiansk front").group("name")
    ('(?=[A-Zt', 'Kupiansk')
    """
    if rx.flags & re.VERBOSE or re.match(r"\(\?[aiLmsux]+\)", rx.pattern):
        return rx  # a comment could swallow the closing ")", a global flag lead
    first = first_class(rx.pattern, rx.flags)
    if first is None:
        return rx
    try:
        return re.compile(f"(?={first})(?:{rx.pattern})", rx.flags)
    except re.error:
        return rx


#: characters whose case-insensitive matches casefold differently ("ı"
#: matches "I" under IGNORECASE, but "ı".casefold() is "ı"): a text holding
#: one is never gated, a literal holding one is no key (see required_literals)
_FOLD_ODD = ("ı", "\u0307")
_DOTLESS_I, _COMBINING_DOT = _FOLD_ODD  # (asked inline on hot paths)
_MAX_KEYS = 64  # a pattern needing one of more literals than this is not gated


def _run_keys(
    run: list[str], least: int, fold: bool = True
) -> tuple[float, frozenset[str]] | None:
    """A literal run as a candidate key set: (how often found, keys); the
    run as written when not ``fold`` (a case-sensitive pattern's keys)."""
    key = "".join(run).casefold() if fold else "".join(run)
    if len(key) < least or any(c in key for c in _FOLD_ODD):
        return None
    return 0.1 ** len(key), frozenset((key,))


def _needed(
    items: list, least: int, fold: bool = True
) -> tuple[float, frozenset[str]] | None:
    """The rarest set of case-folded literals one of which every match of
    ``items`` holds, with its cost (the sum of 10**-len over its keys), or
    None when no such set is known. Not ``fold``: the literals as written,
    of a case-sensitive pattern (a group that turns case-insensitive
    matching on needs nothing)."""
    best: tuple[float, frozenset[str]] | None = None
    run: list[str] = []

    def offer(cand: tuple[float, frozenset[str]] | None) -> None:
        nonlocal best
        if cand is not None and (best is None or cand[0] < best[0]):
            best = cand

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        offer(_run_keys(run, least, fold))
        run = []
        if op is C.SUBPATTERN:
            if fold or not av[1] & re.IGNORECASE:
                offer(_needed(list(av[-1]), least, fold))
        elif op is C.ATOMIC_GROUP:
            offer(_needed(list(av), least, fold))
        elif op is C.BRANCH:
            alts = [_needed(list(alt), least, fold) for alt in av[1]]
            if all(a is not None for a in alts):
                keys = frozenset().union(*(a[1] for a in alts))  # type: ignore[index]
                if len(keys) <= _MAX_KEYS:
                    offer((sum(0.1 ** len(k) for k in keys), keys))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                offer(_needed(list(av[2]), least, fold))
        # anything else (a class, a lookaround, an anchor …) needs nothing
    offer(_run_keys(run, least, fold))
    return best


def required_literals(
    pattern: str, flags: int = 0, least: int = 1
) -> tuple[str, ...] | None:
    """Case-folded literal texts one of which lies, case-folded, inside every
    match of ``pattern`` (with any case flags), each at least ``least``
    characters long, or None when none is known.
    Lookarounds are no part of a match and give no key; of several choices
    (the literal runs of a sequence, its required groups) the one found at
    fewest places wins (a key of n letters stands at about one place in
    10**n). A text whose case fold holds none of the keys holds no match:
    any two characters IGNORECASE matches casefold alike, except the
    dotless and dotted "i" (see :data:`_FOLD_ODD`): a text holding one
    may hold any key (:meth:`LiteralScan.found`).

    >>> required_literals(r"\\b(?:men|troops)\\s+(?:were|was)\\s+$", re.I)
    ('men', 'troops')
    >>> required_literals(r"\\w+(?:fall|fell)?") is None
    True
    >>> required_literals(r"(?:в|на|about)\\s+$", least=3) is None
    True
    """
    try:
        parsed = P.parse(pattern, flags)
    except re.error:
        return None
    found = _needed(list(parsed), max(1, least))
    return None if found is None else tuple(sorted(found[1]))


class LiteralScan:
    """Which of many literal keys a text holds, found in one scan.

    Rows of a table (skip rows …) each need one of a few literals
    (:func:`required_literals`); one scan of a case-folded text says which
    keys it holds, and a row none of whose keys is there is passed at a
    glance. The keys are found by an Aho–Corasick automaton (pyahocorasick,
    in C) in one reading of the text: keys inside or overlapping others are
    found too.

    >>> scan = LiteralScan([("ship", "ships"), ("men",), ("government",)])
    >>> sorted(scan.found("the governments' ships"))
    ['government', 'men', 'ship', 'ships']
    >>> scan.found("no key here"), scan.found("ı")
    (frozenset(), None)
    """

    __slots__ = ("_iter",)

    def __init__(self, key_sets: Any) -> None:
        keys = sorted({k for ks in key_sets if ks for k in ks})
        self._iter = _automaton(keys).iter if keys else None

    def found(self, low: str) -> frozenset[str] | None:
        """The keys ``low`` (a case-folded text) holds; None when it may
        hold any (a dotless or dotted "i": see :data:`_FOLD_ODD`)."""
        if _DOTLESS_I in low or _COMBINING_DOT in low:
            return None
        if self._iter is None:
            return _NONE
        return frozenset([k for _, k in self._iter(low)])


_NONE: frozenset[str] = frozenset()


def _automaton(keys: Any) -> Any:
    """An Aho–Corasick automaton (pyahocorasick) of ``keys``, each found
    with itself as its value."""
    auto = _ahocorasick.Automaton()
    for k in keys:
        auto.add_word(k, k)
    auto.make_automaton()
    return auto


class KeyedPattern:
    """A pattern passed over windows that hold none of its literal keys.

    The keys are read from the pattern (:func:`required_literals`), never
    listed by hand: every match holds one of them, as written when the
    pattern is case-sensitive, case-folded when it is not (then a text
    holding a dotless or dotted "i" is never passed, see :data:`_FOLD_ODD`,
    and one whose fold is longer is tested whole). A match lies inside the
    window ``pos``/``endpos`` asks for (clamped to the text, as ``re`` does),
    so one of the keys does too. ``rx`` is the plain pattern or its folded
    twin (:func:`folded`); it is asked with the caller's own arguments.
    """

    __slots__ = ("orig", "keys", "_fold", "_search", "_finditer", "_findall")

    def __init__(self, rx: Any, keys: tuple[str, ...], fold: bool) -> None:
        self.orig = rx
        self.keys = keys
        self._fold = fold
        self._search, self._finditer = rx.search, rx.finditer
        self._findall = rx.findall

    def _lacks(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether ``text[pos:endpos]`` holds none of the keys (no match)."""
        n = len(text)
        if self._fold:
            low = text.casefold() if n < _FOLD_KEPT_FROM else _casefold(text)
            if _DOTLESS_I in low or _COMBINING_DOT in low:
                return False
            if len(low) != n:
                pos, endpos = 0, None  # offsets moved: the whole fold
            text = low
        if pos <= 0 and (endpos is None or endpos >= n):
            for k in self.keys:  # speed: no generator for any()
                if k in text:
                    return False
            return True
        pos = max(0, pos)
        end = n if endpos is None else max(0, endpos)
        for k in self.keys:
            if text.find(k, pos, end) >= 0:
                return False
        return True

    def _lacks_whole(self, text: str) -> bool:
        """Whether the whole ``text`` holds none of the keys: ``_lacks``
        without a window (most asks), one call and no argument tuple less."""
        if self._fold:
            if len(text) < _FOLD_KEPT_FROM:
                low = text.casefold()
            else:
                low = _folds.get(text) or _casefold(text)
            if _DOTLESS_I in low or _COMBINING_DOT in low:
                return False
            text = low
        for k in self.keys:  # speed: no generator for any()
            if k in text:
                return False
        return True

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        if args:
            if self._lacks(text, *args):
                return None
            return self._search(text, *args)
        if self._lacks_whole(text):
            return None
        return self._search(text)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        if self._lacks_whole(text) if not args else self._lacks(text, *args):
            return iter(())
        return self._finditer(text, *args)

    def findall(self, text: str, *args: int) -> list:
        return [] if self._lacks(text, *args) else self._findall(text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.orig, name)


#: a pattern needing one of more keys than this is left as it is (testing
#: each key costs more than the search it would spare)
_KEYED_MAX = 16


def keyed(rx: Any, most: int = _KEYED_MAX) -> Any:
    """``rx`` passed over texts lacking every literal its matches hold (keys
    of three characters or more, at most ``most``: more are worth testing
    only before a dear search, as a long folded alternation's); ``rx``
    itself when no such keys are known. ``rx`` may be a folded pattern
    (:func:`folded`): the keys are its original's, the search its own.

    >>> rx = keyed(re.compile(r"\\b(?:\\d+|several)\\s+(?:villages|towns)\\b"))
    >>> rx.keys, rx.search("took 3 villages").group(0), rx.search("no key")
    (('towns', 'villages'), '3 villages', None)
    >>> rx = keyed(re.compile(r"(?:under|inside) WATER", re.I))
    >>> rx.keys, rx.search("Under water").group(0)
    ((' water',), 'Under water')
    >>> rx = keyed(folded(re.compile(r"\\b(?:and that|і що)\\s", re.I)))
    >>> rx.search("He said so AND THAT was all").group(0), rx.search("nothing")
    ('AND THAT ', None)
    >>> keyed(re.compile(r"\\w+")).pattern
    '\\\\w+'
    """
    base = getattr(rx, "orig", rx)
    if not isinstance(base, re.Pattern):
        return rx
    fold = bool(base.flags & re.IGNORECASE)
    try:
        found = _needed(list(P.parse(base.pattern, base.flags)), 3, fold=fold)
    except re.error:
        return rx
    if found is None or len(found[1]) > most:
        return rx
    return KeyedPattern(rx, tuple(sorted(found[1])), fold)
