"""Trigger stems are derived from the trigger patterns, never kept by hand."""

from __future__ import annotations

import doctest
import re

import pytest

from frontline.text import lexicon as lx
from frontline.text import stems
from frontline.text.claims import _trigger_matches
from frontline.text.stems import (
    PUNCT_TO_SPACE,
    derive_stems,
    literal_prefixes,
    prefix_regex,
)


def test_doctests() -> None:
    result = doctest.testmod(stems)
    assert result.attempted >= 3 and result.failed == 0


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_every_trigger_family_has_specific_stems(lang: str) -> None:
    # a stem of one or two letters would wake the engine on every sentence
    for family, rx in lx.TRIGGERS[lang].items():
        got = derive_stems(rx)
        assert got, family
        assert min(len(s) for s in got) >= 3, (family, got)


def test_a_new_trigger_brings_its_stem() -> None:
    # the failure the hand-kept list allowed: a trigger with no stem of its own
    rx = r"звільни\w*|(?:взяли|взяв) під (?:свій )?контроль|перетну(?:ли|в)"
    assert derive_stems(rx) == (
        "взяв під к",
        "взяв під с",
        "взяли під ",
        "звільни",
        "перетнув",
        "перетнули",
    )


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Our brigade pushed the enemy out of two hamlets at dawn."),
        ("en", "The garrison was pushed back from the mill."),
        ("en", "Sappers re-took the crossing after a short firefight."),
        ("uk", "Бригада відбила три штурми біля ставка."),
        ("uk", "Десантники просунулися вперед на кілька сотень метрів."),
        ("ru", "Подразделения продвинулись к окраине посёлка."),
        ("ru", "Штурмовые группы заняли две улицы на юге села."),
    ],
)
def test_every_trigger_match_starts_at_a_stem(lang: str, sentence: str) -> None:
    matches = _trigger_matches(sentence, lang)
    assert matches, sentence
    low = " " + sentence.lower().translate(PUNCT_TO_SPACE)
    for m in matches:
        start = m.start() + 1  # the padding space
        assert any(low.startswith(s, start) for s in lx.STEMS[lang]), m.group(0)
    assert lx.may_trigger(low[1:], lang)


def test_literal_prefixes_refuse_what_they_cannot_vouch_for() -> None:
    assert literal_prefixes(r"\bcaptur(?:ed|e)|seiz") == ("capture", "captured", "seiz")
    assert literal_prefixes(r"(?i:captured)") is None  # other cases match too
    assert literal_prefixes(r"captured", re.IGNORECASE) is None
    assert literal_prefixes(r"\w+ed") is None  # no literal text to lead
    rx = re.compile(prefix_regex(("seiz", "captur", "capt")))
    assert [m.start() for m in rx.finditer("captured and seized")] == [0, 13]
