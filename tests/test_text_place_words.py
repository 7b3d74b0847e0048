"""The words that name a place or point back to one have one source
(text/anaphora.py: NOUNS, PUNKT, EN_SETTLEMENT, EN_REGION, THERE, THITHER):
the pointer patterns, lexicon's SETTLEMENT_NOUN and ANAPHOR_PLACE and
rules/advance.py's pointer are derived from it, never typed again. No
../shared data is read."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from frontline.text import anaphora as a
from frontline.text import lexicon as lx
from frontline.text.rules import advance, area
from frontline.text.rules.settlement import dated_lists


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_every_singular_form_of_a_source_noun_is_a_pointer(lang):
    for lemma, (_, cls, kind) in a.NOUNS[lang].items():
        for case in a._ENDINGS[lang][cls]:
            word = a.form(lang, lemma, case)
            found = a.pointer(f"бої {word}.", 0, len(word) + 5, lang)
            assert found is not None and found.kind == kind, (lemma, case, word)


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_adverbs_there_point_to_any_place(lang):
    for word in (*a.THERE[lang], *a.THITHER[lang]):
        found = a.pointer(f"бої {word}.", 0, len(word) + 5, lang)
        assert found is not None and found.kind == "any", word
        assert advance._POINTER.search(word) or word in a.THITHER[lang]


def test_english_words_reach_every_consumer():
    for cls, words in a.EN_SETTLEMENT.items():
        for word in words:
            t = f"Fighting goes on in the {word}."
            assert a.pointer(t, 0, len(t), "en").kind == "settlement"
            assert lx.SETTLEMENT_NOUN.search(t) and lx.ANAPHOR_PLACE.search(t)
            assert a.pointer_class(t, a.pointer(t, 0, len(t), "en")) == (cls or None)
    for word in a.EN_REGION:
        t = f"Fighting goes on across the {word}."
        assert a.pointer(t, 0, len(t), "en").kind == "region"


@pytest.mark.parametrize(
    ("before", "cls"),
    [
        ("місто", "town"),
        ("містом", "town"),
        ("города", "town"),
        ("the city of", "town"),
        ("селі", "village"),
        ("селища", "village"),
        ("посёлок", "village"),
        ("деревне", "village"),
        ("the hamlet of", "village"),
        ("область", None),
    ],
)
def test_the_class_a_place_is_introduced_with(before, cls):
    t = f"{before} Вуглик"
    assert a.introduced_as(t, t.index("Вуглик")) == cls


@pytest.mark.parametrize("noun", a.SETTLEMENT_NOM.split("|"))
def test_the_nouns_a_settlement_name_follows_reach_each_reader(noun):
    assert area._INCLUDING.match(f"зокрема {noun} ").end() == len(noun) + 9
    assert dated_lists._ITEM_LEAD.match(f"{noun} X").end() == len(noun) + 1
    assert advance._TO_TOWN.match(f" в {noun} X").end() == len(noun) + 4


def test_case_forms_keep_their_order_and_say_each_form_once():
    assert a.case_forms("gen", ru=("город", "село"), uk=("місто", "село")) == (
        "города|села|міста"
    )
    assert a.form("uk", a.PUNKT["uk"], "gen") == "населеного пункту"
    with pytest.raises(KeyError):
        a.form("uk", "хутір", "gen")  # a noun the source does not have


def test_the_consumers_are_derived_from_the_source():
    """A word changed in the source alone reaches every consumer (the
    consumers are built at import, so a fresh interpreter changes the source
    before they are imported)."""
    code = textwrap.dedent(
        """
        from frontline.text import anaphora as a
        a.NOUNS["uk"]["місто"] = ("мыст", "o", "settlement")
        a.NOUNS["ru"]["город"] = ("гырод", "hard", "settlement")
        a.EN_SETTLEMENT[""] += ("burgh",)
        a.THERE["uk"] += ("тамочки",)
        from frontline.text import lexicon as lx
        from frontline.text.rules import advance, holding
        assert lx.SETTLEMENT_NOUN.search("the burgh") and lx.ANAPHOR_PLACE.search(
            "this burgh"
        )
        assert lx.SETTLEMENT_NOUN.fullmatch("мысто")
        assert not lx.SETTLEMENT_NOUN.fullmatch("місто")
        assert lx.SETTLEMENT_NOUN.fullmatch("гыроде")
        assert lx.ANAPHOR_PLACE.search("бої в мысті") and lx.ANAPHOR_PLACE.search(
            "вышли из гырода"
        )
        assert not lx.ANAPHOR_PLACE.search("бої в місті")
        assert advance._POINTER.search("на окраинах гырода")
        assert advance._POINTER.search("в західній частині мыста") is None
        assert advance._POINTER.search("в части мыста")
        assert advance._POINTER.search("тамочки")
        assert holding._TOWN_WORD.fullmatch("мысто")
        assert holding._TOWN_WORD.fullmatch("гырода")
        assert holding._OF_SETTLEMENT.match(" of the burgh")
        assert holding._OF_SETTLEMENT.match(" гырода")
        print("derived")
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "derived"
