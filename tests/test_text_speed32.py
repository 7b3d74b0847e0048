"""Session 32, speed lane: the parts of a ``fastre.Alternatives`` tried at a
place are chosen by the text's next characters, with the same matches."""

from __future__ import annotations

import re

import pytest

from frontline.text.fastre import Alternatives, folded
from frontline.text.sides import _MENTION_SCAN
from frontline.text.triggers import _family_scan

PARTS = [
    r"(?P<took>took|taken|re-?took)",
    r"(?P<dist>\d+ ?km|\d+-kilomet\w*)",
    r"(?P<start>^(?:near|in) the)",
    r"(?P<held>held|hold\w*|hol)",
]

TEXTS = [
    "They TOOK it, re-took the 5 km stretch and held a 12-kilometre line",
    "Near the river they retook Holding and kept hol",
    "in the east, the 3km push was taken; nothing held",
    "",
    "to",
    "Holdings rise",
]


def _scan(parts: list[str]) -> Alternatives:
    """The alternation of ``parts`` searched part by part."""
    whole = "|".join(parts)
    rx = folded(re.compile(rf"(?<![\w-])(?:{whole})(?![\w])", re.I))
    return Alternatives(
        rx,
        [re.compile(rf"(?<![\w-])(?:{p})(?![\w])", re.I) for p in parts],
    )


def _read(matches: tuple[re.Match[str], ...] | list[re.Match[str]]) -> list:
    """Each match's span, part (its group) and text (a part holds only its
    own groups, the whole pattern every part's)."""
    return [(m.span(), m.lastgroup, m.group()) for m in matches]


@pytest.mark.parametrize("text", TEXTS)
def test_parts_chosen_by_the_next_characters_give_the_same_matches(
    text: str,
) -> None:
    """Digits, a start anchor, a hyphen and a text shorter than a key: the
    original's matches, part for part."""
    scan = _scan(PARTS)
    assert scan.rx.lead is not None  # (the parts are chosen, not the whole)
    assert _read(scan.finditer(text)) == _read(list(scan.rx.orig.finditer(text)))


def test_a_text_ending_inside_a_key_keeps_its_match() -> None:
    """ "hol" at the very end is shorter than a longer part's key: still found,
    as are "re-took" and "retook" (one opening each)."""
    scan = _scan(PARTS)
    assert [m.group() for m in scan.finditer("re-took and retook, then hol")] == [
        "re-took",
        "retook",
        "hol",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Monday Russian forces captured Lypove and advanced 2 km near X."),
        ("uk", "У понеділок росіяни захопили Липове та просунулися на 2 км біля X."),
        ("ru", "В понедельник российские войска заняли Липовое и продвинулись у X."),
    ],
)
def test_trigger_and_side_scans_match_their_patterns(lang: str, text: str) -> None:
    """The engine's two scans find what their whole patterns find, each
    match with its family or side; the texts are long enough for the word-start lead."""
    assert len(text) >= 64
    for scan in (_family_scan(lang), _MENTION_SCAN):
        want = _read(list(scan.rx.orig.finditer(text)))
        assert _read(scan.finditer(text)) == want
        assert scan.finditer(text)  # (each text holds a trigger and a side)
