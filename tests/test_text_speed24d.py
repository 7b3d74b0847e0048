"""Speed rewrites of session 24 (lane speedD) that must match what they replace."""

from __future__ import annotations

import re
import sys

from frontline.text.rules import area


def test_cyrillic_class_matches_the_case_insensitive_one():
    """``area._CYRILLIC`` takes exactly the characters the case-insensitive
    ``[а-яіїєґё]`` it replaced takes, over every code point."""
    old = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        assert (old.match(ch) is None) == (area._CYRILLIC.match(ch) is None), hex(cp)


def test_cyrillic_gate_of_front_figures():
    """The language gate of a front figure reads Cyrillic in either case."""
    assert area.may_hold_front_figure("Прирост за неделю — 150 кв. км.", "ru")
    assert area.may_hold_front_figure("ПРИРІСТ ЗА ТИЖДЕНЬ — 150 КВ. КМ.", "uk")
    assert not area.may_hold_front_figure("Прирост за неделю — 150 кв. км.", "en")
