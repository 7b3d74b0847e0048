"""Session 33, speed: the keys a skip row's window holds, found by an
Aho–Corasick automaton (``fastre.LiteralScan``), are the very keys the
regex trie found, in three languages; and the extractor's claims do not
change with it."""

from __future__ import annotations

import pytest

from frontline.text import fastre
from frontline.text.claims import extract_claims

pytest.importorskip("ahocorasick")

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


@pytest.mark.parametrize("text", TEXTS)
def test_literal_scan_finds_the_same_keys_as_its_trie(text: str) -> None:
    scan = fastre.LiteralScan(
        [("said", "sai", "aid"), ("ministry",), ("повідом", "ом"), ("сообщ", "щ")]
    )
    low = text.casefold()
    got = scan.found(low)
    iter_, scan._iter = scan._iter, None  # the regex trie alone
    try:
        want = scan.found(low)
    finally:
        scan._iter = iter_
    assert got == want
    keys = {"said", "sai", "aid", "ministry", "повідом", "ом", "сообщ", "щ"}
    assert got == {k for k in keys if k in low}


def test_without_pyahocorasick_the_regex_serves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fastre, "_ahocorasick", None)
    scan = fastre.LiteralScan([("said",), ("claim",)])
    assert scan.found("she said so") == frozenset({"said"})


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
