"""A pattern asked only of texts that hold one of the literals its matches hold.

:func:`fastre.keyed` reads from a pattern the literal keys every match holds
and passes texts lacking them all, but then searches with the plain pattern
(slow when case-insensitive), and :class:`fastre.KeyedPattern` hands an
``endpos`` of ``sys.maxsize`` to the pattern it wraps, which a folded
pattern (:func:`fastre.folded`) cannot take. :func:`key_guarded` joins the
two: the key test first, then the folded twin's search, with the
caller's own arguments. The same matches as the pattern it guards.

>>> import re
>>> from frontline.text.fastre import folded
>>> rx = key_guarded(folded(re.compile(r"\\b(?:and that|і що)\\s", re.I)))
>>> rx.search("He said so AND THAT was all").group(0), rx.search("nothing")
('AND THAT ', None)
>>> [m.start() for m in rx.finditer("і що, і що ")]
[6]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .fastre import KeyedPattern, keyed


class KeyGuarded:
    """``rx`` (plain or folded) asked only where the keys of its original
    pattern (:func:`fastre.keyed`) are found in the text."""

    __slots__ = ("rx", "_lacks", "_search", "_finditer")

    def __init__(self, rx: Any, keys: KeyedPattern) -> None:
        self.rx = rx
        self._lacks = keys._lacks  # (the key test of fastre, on the whole text)
        self._search, self._finditer = rx.search, rx.finditer

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        """``rx.search``; None at a glance when ``text`` holds no key."""
        if self._lacks(text, *args):
            return None
        return self._search(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        """``rx.finditer``; nothing at a glance when ``text`` holds no key."""
        if self._lacks(text, *args):
            return iter(())
        return self._finditer(text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rx, name)


def key_guarded(rx: Any) -> Any:
    """``rx`` guarded by the literal keys of its original pattern (``rx``
    itself, or the one a folded pattern twins); ``rx`` when no keys are
    known."""
    orig = getattr(rx, "orig", rx)
    keys = keyed(orig) if isinstance(orig, re.Pattern) else orig
    if not isinstance(keys, KeyedPattern):
        return rx
    return KeyGuarded(rx, keys)
