"""Literal gates derived from patterns never pass over a text a pattern matches.

``required_literals`` says which literals every match holds; ``LiteralScan``
finds them in a text in one scan; the skip table gates its rows on them. The
property checked here, over many phrasings of our own: wherever a pattern
matches, the scan finds one of its keys (so a gated row is never skipped
where it would have fired).
"""

from __future__ import annotations

import itertools
import random
import re
import sys
import unicodedata

import pytest

from frontline.text.fastre import (
    FoldedPattern,
    KeyedPattern,
    LiteralScan,
    folded,
    keyed,
    required_literals,
)
from frontline.text.rules import skips

PATTERNS = [
    r"\b(?:men|troops|marines)\s+(?:(?:have|has)\s+)?(?:been|were|was)\s+$",
    r"(?:\b(?:assess\w*|estimat\w*)|(?<![\w])(?:оцін\w*|оцен\w*))\s+(?:of\s+)?$",
    r"^\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:ships?|tankers?|oil|gas)\b",
    r"(?:fell|fallen) to|fallen$",
    r"бо[їяе]\w*|бій|fight\w*|battles?\b",
    r"(?P<n>\d+)\s*(?:km|кілометр\w*|километр\w*)",
    r"\b(?:political|legal|PR)\s+$",
    r"(?-i:[A-Z])\w+\s+(?:front|напрям\w*)",
    r"(?:a|an|the)\s+(?:offensive|наступ)",
    r"shipment|ships|ship",
]
WORDS = (
    "the men were Were WERE been troops marines has have ships tanker OIL gas "
    "fell fallen to fallen. бої БІЙ боях fighting Battles battle 12 km "
    "кілометрів километра political LEGAL pr Kupiansk front напрямку a an "
    "offensive наступ assessed estimates оцінки оценка of shipment Ship "
    "İstanbul ılık Straße ſhips Kelvin K"
).split() + [
    "men were",
    "Troops have been",
    "MARINES WAS",
    "estimates of",
    "оцінки",
    "Political",
    "the OFFENSIVE",
    "an наступ",
    "fell to",
    "12 km",
    "Kupiansk front",
    "ships",
]
SEPARATORS = (" ", "  ", ", ", "-", "", "\n", ". ")


def _phrasings(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = rng.choices(WORDS, k=rng.randint(1, 5))
        text = "".join(w + rng.choice(SEPARATORS) for w in words)
        text = text if rng.random() < 0.5 else text.strip()
        out.append(rng.choice(("", " ", "\n ")) + text)
    return out


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_text_the_pattern_matches_holds_one_of_its_keys(
    pattern: str, flags: int
) -> None:
    rx = re.compile(pattern, flags)
    keys = required_literals(pattern, flags)
    assert keys is not None, pattern
    scan = LiteralScan([keys])
    matched = 0
    for text in _phrasings(4000, seed=len(pattern)):
        if rx.search(text):
            matched += 1
            found = scan.found(text.casefold())
            assert found is None or set(keys) & found, (pattern, text)
    assert matched >= 5  # the phrasings do exercise the pattern


def test_keys_are_the_rarest_choice_and_none_when_a_path_has_none() -> None:
    assert required_literals(r"\b(?:men|troops)\s+(?:were|was)\s+$") == (
        "men",
        "troops",
    )
    assert required_literals(r"SHIPS?\b", re.I) == ("ship",)
    assert required_literals(r"\w+\s+(?:of)?$") is None
    assert required_literals(r"(?:ship|\d+)") is None  # a branch without one
    assert required_literals(r"(?=ships)\w+") is None  # a lookahead is no match
    assert required_literals(r"(?:в|на)\s+$", least=3) is None


def test_the_scan_finds_keys_inside_and_overlapping_others() -> None:
    scan = LiteralScan([("government",), ("men",), ("ship", "ships"), ("pshi",)])
    found = scan.found("governments' shipshield")  # "pshi" overlaps "ships"
    assert found == {"government", "men", "ship", "ships", "pshi"}
    assert scan.found("a ship") == {"ship"}
    assert scan.found("nothing") == frozenset()
    assert scan.found("ılık") is None  # a dotless i: any key may match


def test_ignorecase_twins_casefold_alike_but_the_two_odd_is() -> None:
    """Any two characters IGNORECASE matches casefold alike, except the
    dotless and dotted i that the gate never trusts (checked over every
    cased code point)."""
    odd = set()
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if unicodedata.category(c) not in ("Lu", "Ll", "Lt", "Lo", "So", "Nl"):
            continue
        for x in {c.lower(), c.upper(), c.casefold(), c.title()}:
            if len(x) != 1 or x == c:
                continue
            if c.casefold() != x.casefold() and re.fullmatch(re.escape(x), c, re.I):
                odd.add(c)
    assert odd <= {"I", "i", "ı", "İ"}


def test_every_skip_row_fires_on_its_example_through_the_gate() -> None:
    """The gated table says the same as running each row's patterns."""
    for rule in skips.SKIPS:
        text, start, end = skips.example_span(rule.example)
        family = rule.families[0]
        lang = rule.langs[0]
        assert skips.skip_reason(text, start, end, family, lang) is not None, (
            rule.example
        )


def _ungated_reason(text: str, start: int, end: int, family: str, lang: str):
    word, before, after = (
        text[start:end],
        text[max(0, start - 80) : start],
        text[end : end + 80],
    )
    for rule in skips.SKIPS:
        if family not in rule.families or lang not in rule.langs:
            continue
        if rule.word is not None and not rule.word.match(word):
            continue
        if rule.before is not None and not rule.before.search(before):
            continue
        if rule.after is not None and not rule.after.search(after):
            continue
        return rule.reason
    return None


def test_gated_skip_table_gives_the_ungated_reasons_on_mixed_windows() -> None:
    """Every row's example glued to other rows' text around a trigger: the
    gated table returns exactly what trying every row in turn returns."""
    examples = [skips.example_span(r.example) for r in skips.SKIPS]
    rng = random.Random(8)
    checked = 0
    for (text, s, e), rule in zip(examples, skips.SKIPS, strict=True):
        others = rng.sample(examples, 3)
        for (o1, _, _), (o2, _, _) in itertools.pairwise(others):
            glued = o1[-40:] + " " + text + " " + o2[:40]
            shift = len(o1[-40:]) + 1
            for family, lang in itertools.product(rule.families, rule.langs):
                want = _ungated_reason(glued, s + shift, e + shift, family, lang)
                got = skips.skip_reason(glued, s + shift, e + shift, family, lang)
                assert got == want, (glued, family, lang)
                checked += 1
    assert checked > 100


def test_an_opening_lead_finds_the_places_the_whole_lead_finds() -> None:
    """A lead with prefixes after "^" (OpeningLead) finds, from every
    position, the same first place as the one-pattern lead it replaces."""
    pattern = r"(?:\b(?:said|noted) in |^)(?:a|the|its) (?:report|post)"
    rx = folded(re.compile(pattern, re.IGNORECASE))
    assert isinstance(rx, FoldedPattern) and rx.lead is not None
    assert rx._lead != rx.lead.search  # the split lead is in use
    texts = [
        "The report said",
        "It said in a report",
        "the post; noted in its post",
        "x the report",
        "",
        "said in the",
        "A report, the post, said in a post",
    ]
    for t in texts:
        low = t.casefold()
        for pos in range(-2, len(t) + 2):
            for end in (len(t), max(0, len(t) - 3), 5):
                a, b = rx.lead.search(low, pos, end), rx._lead(low, pos, end)
                assert (a and a.start()) == (b and b.start()), (t, pos, end)
        want = [m.span() for m in rx.orig.finditer(t)]
        assert [m.span() for m in rx.finditer(t)] == want


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:liberat\w*|captur(?:ed|ing)|took|taken|re-?took|pushed (?:back|out))",
        r"(?<![\w-])(?:звільн\w*|захопи\w*|(?-i:ЗСУ)|Kupiansk)(?![\w])",
        r"(?:a|ab|abc)(?:d|)",
        r"бо[їи]|battles?|fight(?:ing|s)?",
    ],
)
def test_folded_match_and_fullmatch_give_the_original_ones(pattern: str) -> None:
    """FoldedPattern.match and .fullmatch ask the twin first: the same
    answers as the original's, in any case, at any position."""
    rx = folded(re.compile(pattern, re.IGNORECASE))
    assert isinstance(rx, FoldedPattern)
    words = [
        "Liberated",
        "CAPTURING",
        "took",
        "Retook",
        "re-took",
        "pushed back",
        "звільнили",
        "ЗСУ",
        "зсу",
        "Kupiansk",
        "a",
        "ab",
        "abcd",
        "abd",
        "Бої",
        "battle",
        "Fighting",
        "fights",
        "x",
        "",
        "ſtraße",
        "İ",
        "pushed backs",
        "Liberated the town",
    ]
    for w in words:
        for text in (w, " " + w, w + ".", w.upper(), w.lower()):
            for pos in range(len(text) + 1):
                for meth in ("match", "fullmatch"):
                    a = getattr(rx.orig, meth)(text, pos)
                    b = getattr(rx, meth)(text, pos)
                    assert (a and (a.span(), a.groups())) == (
                        b and (b.span(), b.groups())
                    ), (pattern, text, pos, meth)


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_keyed_pattern_gives_the_original_answers(pattern: str, flags: int) -> None:
    """``keyed`` passes a window only when it holds none of the keys: search,
    finditer and findall answer as the original does, in any case, over any
    window, clamped or not (keys of a case-sensitive pattern as written)."""
    rx = re.compile(pattern, flags)
    kp = keyed(rx)
    texts = _phrasings(1500, seed=len(pattern) + flags)
    if not isinstance(kp, KeyedPattern):
        return  # no keys of three characters or more: the pattern itself
    passed = 0
    for text in texts:
        n = len(text)
        for pos, end in (
            (0, n),
            (1, n),
            (0, max(0, n - 4)),
            (-3, n + 5),
            (5, 2),
            (2, -1),
        ):
            a, b = rx.search(text, pos, end), kp.search(text, pos, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            assert [m.span() for m in rx.finditer(text, pos, end)] == [
                m.span() for m in kp.finditer(text, pos, end)
            ]
            assert rx.findall(text, pos, end) == kp.findall(text, pos, end)
        passed += kp._lacks(text)
    assert passed > 0  # the gate does pass over some texts


def test_keyed_keys_of_a_case_sensitive_pattern_are_as_written() -> None:
    rx = keyed(re.compile(r"\b(?:Russian|Ukrainian) (?:forces|troops)\b"))
    assert isinstance(rx, KeyedPattern)
    assert rx.keys == ("Russian", "Ukrainian")  # the rarer choice
    assert rx.search("russian FORCES") is None
    assert rx.search("Ukrainian troops advanced").group(0) == "Ukrainian troops"
    # a group turning case-insensitive matching on needs nothing
    assert keyed(re.compile(r"(?i:forces)\b")).pattern == r"(?i:forces)\b"


def test_folded_finditer_from_any_position_gives_the_original_matches() -> None:
    """FoldedPattern.finditer asks the lead first and starts at its first
    place: the same matches as the original's, from any position."""
    rx = folded(re.compile(r"(?<![\w])(?:liberat\w*|took|бо[їи])(?![\w])", re.I))
    assert isinstance(rx, FoldedPattern)
    texts = [
        "Troops LIBERATED the town, then took another; бої тривають, Бої.",
        "nothing here at all, not even a took-over" * 3,
        "",
        "took",
    ]
    for t in texts:
        for pos in range(-1, len(t) + 2):
            for end in (len(t), max(0, len(t) - 5), 3):
                want = [m.span() for m in rx.orig.finditer(t, pos, end)]
                assert [m.span() for m in rx.finditer(t, pos, end)] == want
