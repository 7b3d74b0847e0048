"""Stems derived from trigger patterns: the words every trigger must start with.

A sentence holding none of a language's stems at a word start cannot hold a
trigger, so the big trigger expressions are skipped on it (speed). The stems
are computed from the regular expressions themselves, never kept by hand: a
new trigger brings its own stem, so it cannot silently never fire.

The derivation walks the parsed pattern and collects, for every path through
it, the literal text a match must begin with (lookarounds are zero-width and
skipped; a character class of a few letters branches; anything wider ends the
stem). Stems that extend a shorter stem are dropped: the shorter one is enough.

>>> derive_stems(r"liberat(?:e|ed)|re-?tak(?:e|en)|(?<=was )freed")
('freed', 'liberate', 're take', 'retake')
>>> derive_stems(r"pull(?:ed|s)? (?:out|back)")
('pull back', 'pull out', 'pulled bac', 'pulled out', 'pulls back', 'pulls out')
>>> derive_stems(r"бо[їи]")
('бои', 'бої')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

__all__ = [
    "derive_stems",
    "literal_prefixes",
    "prefix_regex",
    "trie",
    "PUNCT_TO_SPACE",
    "punct_to_space",
    "MAX_STEM",
]

_PUNCT = "\"“”«»‘’'()[]{}—–-/\\,.;:!?*_\n\t"
#: punctuation read as a space (the text searched is translated the same way)
PUNCT_TO_SPACE = str.maketrans({c: " " for c in _PUNCT})
_PUNCT_RX = re.compile(f"[{re.escape(_PUNCT)}]")


def punct_to_space(text: str) -> str:
    """``text.translate(PUNCT_TO_SPACE)``, faster on long non-ASCII texts.

    >>> punct_to_space("«Зорівка», (Kyiv)—said")
    ' Зорівка    Kyiv  said'
    """
    return _PUNCT_RX.sub(" ", text)


#: a stem this long is specific enough; longer literal text is not collected
MAX_STEM = 10
_MAX_CLASS = 4  # a class of at most this many letters branches ("[їи]")
_ZERO_WIDTH = {C.ASSERT, C.ASSERT_NOT, C.AT}
_TEXT_START = (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
#: stands for "any digit" (``\\d``) in the prefixes of :func:`literal_prefixes`
DIGIT = "\ue000"
#: stands for the start of the text (``^``, ``\\A``) in those prefixes: a
#: path opening with it matches at the text's first character only
START = "\ue001"


def _class_letters(items: list) -> list[str] | None:
    """The letters of a small class of plain literals, else None."""
    out = []
    for op, av in items:
        if op is not C.LITERAL:
            return None
        out.append(chr(av))
    return out if len(out) <= _MAX_CLASS else None


def _walk(
    items: list, acc: str, out: set[str], ahead: bool = False, into: bool = True
) -> None:
    """Add to ``out`` the literal prefix of every path through ``items``.

    With ``ahead``, a lookahead's own literal text counts: the text at that
    point starts with it ("(?=on |in )\\w+" starts with "on " or "in "); and
    a digit ``\\d`` stands in the prefix as :data:`DIGIT` and a leading
    ``^`` as :data:`START`. With ``into``
    False a lookahead is passed over (zero width) and the text that follows
    it gives the prefix instead (both are true of every match).
    """
    for i, (op, av) in enumerate(items):
        if len(acc) >= MAX_STEM:
            break
        rest = items[i + 1 :]
        if op is C.LITERAL:
            acc += chr(av)
            continue
        if ahead and into and op is C.ASSERT and av[0] == 1:
            _walk(list(av[1]), acc, out, ahead)
            return
        if ahead and not acc and op is C.AT and av in _TEXT_START:
            acc = START
            continue
        if op in _ZERO_WIDTH:
            continue
        if op is C.SUBPATTERN:
            _walk(list(av[-1]) + rest, acc, out, ahead, into)
            return
        if op is C.BRANCH:
            for alt in av[1]:
                _walk(list(alt) + rest, acc, out, ahead, into)
            return
        if op is C.IN:
            if _walk_class(av, rest, acc, out, ahead, into):
                return
            break
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _walk_repeat(av, rest, acc, out, ahead, into)
            return
        break
    out.add(acc)


def _walk_class(
    av: list, rest: list, acc: str, out: set[str], ahead: bool, into: bool
) -> bool:
    """Walk on past a class ``av``: a digit (with ``ahead``) or each letter of
    a small class of literals; False when the class ends the prefix."""
    if ahead and av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
        _walk(rest, acc + DIGIT, out, ahead, into)
        return True
    letters = _class_letters(av)
    if letters is None:
        return False
    for ch in letters:
        _walk(rest, acc + ch, out, ahead, into)
    return True


def _walk_repeat(
    av: tuple, rest: list, acc: str, out: set[str], ahead: bool, into: bool
) -> None:
    """Walk on past a repeat ``av``: an optional one both skipped and taken
    (taken once, then what follows when at most once), else taken once."""
    lo, hi, sub = av
    once = list(sub) + (rest if hi == 1 else [])
    if lo == 0:
        _walk(rest, acc, out, ahead, into)
        if hi == 1:
            _walk(once, acc, out, ahead, into)
        else:
            _walk(list(sub), acc, out, ahead, into)
        return
    _walk(once, acc, out, ahead, into)


def derive_stems(pattern: str) -> tuple[str, ...]:
    """The lower-cased stems every match of ``pattern`` starts with (sorted).

    A path without literal text yields the empty stem "", which matches every
    text (correct, only slower); the tests check no trigger does that.
    """
    found: set[str] = set()
    _walk(list(P.parse(pattern)), "", found)
    stems = sorted({s.lower().translate(PUNCT_TO_SPACE) for s in found})
    kept: list[str] = []
    for s in stems:  # sorted: a stem's own prefixes come before it
        if not any(s.startswith(k) for k in kept):
            kept.append(s)
    return tuple(kept)


def literal_prefixes(
    pattern: str, flags: int = 0, lookahead: bool = True
) -> tuple[str, ...] | None:
    """The literal text every match of ``pattern`` starts with, as written.

    Unlike :func:`derive_stems` nothing is lower-cased or translated: a match
    of the case-sensitive ``pattern`` at position p means the text holds one
    of these strings at p. None when that cannot be said: a path without
    literal text (the empty prefix), or a case-insensitive part (its letters
    match in other cases). With ``lookahead`` False a lookahead gives no
    prefix: the text after it does (often longer, so rarer in a text).

    >>> literal_prefixes(r"(?<![\\w])(?:liberat\\w*|re-?took)")
    ('liberat', 're-took', 'retook')
    >>> literal_prefixes(r"(?=on |\\d)\\w+") == ("on ", DIGIT)
    True
    >>> literal_prefixes(r"(?=on |in )(?:on Monday|in May)", lookahead=False)
    ('in May', 'on Monday')
    >>> literal_prefixes(r"(?:in |^)the ") == ("in the ", START + "the ")
    True
    >>> literal_prefixes(r"\\w+ km|kilomet") is None
    True
    """
    if flags & re.IGNORECASE or DIGIT in pattern or START in pattern:
        return None
    try:
        parsed = P.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE or _folds_case(list(parsed)):
        return None
    found: set[str] = set()
    _walk(list(parsed), "", found, ahead=True, into=lookahead)
    if "" in found:
        return None
    return tuple(sorted(found))


def _folds_case(items: list) -> bool:
    """Whether a group of ``items`` (at any depth) turns IGNORECASE on."""
    for op, av in items:
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE or _folds_case(list(av[-1])):
                return True
        elif op is C.BRANCH:
            if any(_folds_case(list(alt)) for alt in av[1]):
                return True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if _folds_case(list(av[2])):
                return True
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if _folds_case(list(av[1])):
                return True
        elif op is C.ATOMIC_GROUP and _folds_case(list(av)):
            return True
    return False


_ESCAPES = {DIGIT: r"\d", START: "^"}


def trie(words: Iterable[str]) -> dict:
    """``words`` as a trie of nested dicts, one level a character; the key
    ``""`` marks where a word ends.

    >>> trie(["ab", "a"])
    {'a': {'b': {'': {}}, '': {}}}
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def prefix_regex(prefixes: tuple[str, ...]) -> str:
    """A regular expression matching where one of ``prefixes`` starts.

    The alternatives are nested as a trie (each branch starts with its own
    letter), so the regex engine scans fast; a prefix that extends a shorter
    one is covered by the shorter one.

    >>> prefix_regex(("liberat", "retook", "re-took", "regain"))
    '(?:liberat|re(?:\\\\-took|gain|took))'
    """
    root = trie(prefixes)

    def emit(node: dict) -> str:
        if "" in node:
            return ""  # a prefix ends here: whatever follows is fine
        alts = [
            (_ESCAPES.get(ch) or re.escape(ch)) + emit(node[ch]) for ch in sorted(node)
        ]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)
