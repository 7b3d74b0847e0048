"""text/fastre.keyed over a folded pattern finds what the pattern finds."""

from __future__ import annotations

import re

import pytest

from frontline.text.fastre import KeyedPattern, folded, keyed

_RX = re.compile(r"\s(?:and that|і що|и что)\s", re.IGNORECASE)

_TEXTS = [
    "He said the town fell and that the road was cut.",
    "Він сказав, що місто впало, І ЩО дорогу перерізано.",
    "Он сказал, что город пал и что дорога перерезана.",
    "No key in this sentence at all.",
    "A dotless ı and that",  # a dotless i: never passed at a glance
    "",
]


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", _TEXTS)
def test_same_matches_as_the_pattern(text: str) -> None:
    guarded = keyed(folded(_RX))
    assert isinstance(guarded, KeyedPattern)
    assert _spans(guarded.finditer(text)) == _spans(_RX.finditer(text))
    plain = _RX.search(text)
    found = guarded.search(text)
    assert (found and found.span()) == (plain and plain.span())


@pytest.mark.parametrize("text", _TEXTS[:3])
def test_windows_as_the_pattern(text: str) -> None:
    guarded = keyed(folded(_RX))
    for pos, end in ((0, 10), (5, len(text)), (20, 40), (-3, 1000)):
        plain = _RX.search(text, max(0, pos), end)
        found = guarded.search(text, max(0, pos), end)
        assert (found and found.span()) == (plain and plain.span())


def test_no_keys_leaves_the_pattern() -> None:
    rx = re.compile(r"\w+", re.IGNORECASE)
    assert keyed(rx) is rx
