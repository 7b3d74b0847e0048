"""Session 33, speed: keys found by an Aho–Corasick automaton
(``fastre.AutomatonLead``: the pointing-back gate; ``LiteralScan``: the
skip rows' windows) are the very places and keys the regex tries found, in
three languages, in windows and at the edges; and the extractor's claims do
not change with them."""

from __future__ import annotations

import re

import pytest

from frontline.text import claimants, fastre, pointing_back
from frontline.text.claims import extract_claims
from frontline.text.stems import DIGIT, START, literal_prefixes, prefix_regex

# our own phrasings (no text from the data)
TEXTS = [
    "the ministry said on tuesday that its units had repelled two assaults",
    "as the aforesaid report claimed, troops were stopped near the river",
    "no statement was issued; the brigade kept silent about the crossing",
    "командування повідомило, що підрозділи відбили три атаки біля ставка",
    "за словами речника, ворог не зміг просунутися до переправи",
    "тиша біля річки, жодних змін на цій ділянці",
    "как сообщили в штабе, наступление было остановлено у моста",
    "по данным военных, продвижение не удалось, противник отброшен",
    "в районе моста тихо, изменений нет",
    "",
    "said",
    "ъ: ",
]


def _speech_prefixes() -> tuple[str, ...]:
    low = fastre.lower_pattern(claimants._ANY_SPEECH.orig.pattern, groups=False)
    return literal_prefixes(low, 0)


@pytest.mark.parametrize("text", TEXTS)
def test_automaton_lead_finds_the_regex_leads_places(text: str) -> None:
    prefixes = _speech_prefixes()
    lead = fastre.AutomatonLead.of("", prefixes)
    rx = re.compile(prefix_regex(prefixes))
    n = len(text)
    for pos in range(-1, n + 2):
        for end in (-1, 0, pos, pos + 5, n - 1, n, n + 3):
            want = rx.search(text, pos, end)
            got = lead.search(text, pos, end)
            assert (want is None) == (got is None), (text, pos, end)
            if want is not None:
                assert got.start() == want.start(), (text, pos, end)


def test_automaton_lead_takes_the_leftmost_start_not_the_first_end() -> None:
    lead = fastre.AutomatonLead.of("", ("according to", "cord", "to"))
    # "cord" ends first, "according to" starts first
    assert lead.search("by according to them").start() == 3
    assert lead.search("by according to them", 4).start() == 5
    assert lead.search("by according to them", 0, 9).start() == 5
    assert lead.search("no such words") is None


def test_automaton_lead_is_refused_where_the_regex_reads_more() -> None:
    assert fastre.AutomatonLead.of("(?<![\\w])", ("said",)) is None
    assert fastre.AutomatonLead.of("", (DIGIT + " km", "said")) is None
    assert fastre.AutomatonLead.of("", (START + "the ", "said")) is None
    assert fastre.AutomatonLead.of("", ("", "said")) is None


@pytest.mark.parametrize("text", TEXTS)
def test_literal_scan_finds_every_key_the_text_holds(text: str) -> None:
    scan = fastre.LiteralScan(
        [("said", "sai", "aid"), ("ministry",), ("повідом", "ом"), ("сообщ", "щ")]
    )
    low = text.casefold()
    got = scan.found(low)
    keys = {"said", "sai", "aid", "ministry", "повідом", "ом", "сообщ", "щ"}
    assert got == {k for k in keys if k in low}


def test_back_keys_found_as_before() -> None:
    old = re.compile(prefix_regex(pointing_back._BACK_KEYS))
    for text in TEXTS + ["kyiv denied it", "это опровергли", "цього не підтвердили"]:
        for a, b in ((0, len(text)), (3, len(text)), (0, 6)):
            want = old.search(text, a, b)
            got = pointing_back._BACK_KEY_RE.search(text, a, b)
            assert (want is None) == (got is None)
            if want is not None:
                assert got.start() == want.start()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukrainian forces liberated Kozachi, the General Staff said.", "en"),
        ("Сили оборони звільнили Козачі, повідомив Генштаб.", "uk"),
        ("Российские войска заняли Козачье, сообщило Минобороны.", "ru"),
    ],
)
def test_claims_made_with_the_automata(text: str, lang: str) -> None:
    claims = extract_claims(text, language=lang)
    assert len(claims) == 1
    assert claims[0].kind == "settlement_control"
    assert claims[0].claimant is not None
