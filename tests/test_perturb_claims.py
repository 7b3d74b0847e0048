"""The perturbations of benchmarks/perturb_claims.py and their offset maps.

Own tiny strings only (no ../shared): each perturbation changes what it says
and nothing else, and a gold span remapped through its map covers the same
words in the new text.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import perturb_claims as pc  # noqa: E402

BY_NAME = {p.name: p for p in pc.PERTURBATIONS}


def test_resub_maps_every_offset() -> None:
    new, omap = pc.resub(r"b+", "X", "abbbc")
    assert new == "aXc"
    assert omap == [0, 1, 1, 1, 2, 3]
    new, omap = pc.resub(r"\n", "\r\n", "a\nb")
    assert new == "a\r\nb"
    assert omap == [0, 1, 3, 4]
    new, omap = pc.resub(r"(?!)", "", "abc")
    assert (new, omap) == ("abc", [0, 1, 2, 3])


def test_compose_and_chain() -> None:
    run = pc.chain(pc.sub(r"a", "aa"), pc.sub(r"c", ""))
    new, omap = run("abc", "en")
    assert new == "aab"
    assert omap == [0, 2, 3, 3]
    assert pc.compose([0, 2], [0, 5, 9]) == [0, 9]


@pytest.mark.parametrize(
    ("name", "lang", "text", "want"),
    [
        ("apos_modifier", "uk", "Куп'янськ", "Купʼянськ"),
        ("apos_right", "en", "Russia's", "Russia’s"),
        ("quotes_guill", "en", 'a "b c" d', "a «b c» d"),
        ("quotes_low", "uk", "«так»", "„так“"),
        ("dash_em", "en", "a - b", "a — b"),
        ("nbsp_num", "en", "12 km", "12\u00a0km"),
        ("nbsp_words", "en", "No. 5 in a town", "No.\u00a05\u00a0in\u00a0a\u00a0town"),
        ("soft_hyphen", "en", "counteroffensive", "counte\u00adroffensive"),
        ("zwsp", "en", "It fell. Then", "It fell.\u200b Then"),
        ("unit_sq_km", "en", "12 square kilometres", "12 sq km"),
        ("unit_km2sup", "ru", "12 кв. км", "12 км²"),
        ("unit_sq_dot", "uk", "12 квадратних кілометрів", "12 кв.км"),
        ("num_nbsp", "en", "1,200 sq km", "1\u00a0200 sq km"),
        ("num_plain", "ru", "1 200 кв. км", "1200 кв. км"),
        ("num_words2digits", "en", "took three villages", "took 3 villages"),
        ("num_digits2words", "en", "took 3 villages", "took three villages"),
        ("num_digits2words", "en", "on Nov. 3 troops", "on Nov. 3 troops"),
        ("dist_words", "en", "went 3 km deep, 12 km", "went three km deep, 12 km"),
        ("dist_kilometres", "en", "3km and 5 sq km", "3 kilometres and 5 sq km"),
        ("dist_km", "en", "3 kilometers deep", "3 km deep"),
        ("region_oblast", "en", "in Donetsk region. The region is",
         "in Donetsk Oblast. The region is"),
        ("region_lower", "en", "Kharkiv Oblast's Izium", "Kharkiv Oblast's Izium"),
        ("para_join", "en", "a.\n\nb.", "a.\nb."),
        ("crlf", "en", "a\nb", "a\r\nb"),
        ("head_upper", "en",
         "Army takes village of X\nB.", "ARMY TAKES VILLAGE OF X\nB."),
        ("head_title", "en",
         "Army takes village of X\nB.", "Army Takes Village of X\nB."),
        ("date_full", "en", "on Nov. 5, 2024 it", "on November 5, 2024 it"),
        ("date_abbr", "en", "on November 5 it", "on Nov. 5 it"),
        ("date_dmy", "en", "on Nov. 5, 2024 it", "on 5 November 2024 it"),
    ],
)  # fmt: skip
def test_each_perturbation(name: str, lang: str, text: str, want: str) -> None:
    new, omap = BY_NAME[name].run(text, lang)
    assert new == want
    assert len(omap) == len(text) + 1
    assert omap[0] == 0 and omap[-1] == len(new)
    assert omap == sorted(omap)


def test_languages_are_respected() -> None:
    assert BY_NAME["date_dmy"].run("on Nov. 5 it", "uk")[0] == "on Nov. 5 it"
    assert BY_NAME["num_words2digits"].run("three villages", "ru")[0] == (
        "three villages"
    )


def test_perturb_doc_remaps_gold() -> None:
    text = "Russia's army took Kup'yansk, 1,200 square kilometres."
    doc = {
        "id": "x",
        "language": "en",
        "text": text,
        "gold": [
            {
                "kind": "area_change",
                "char_start": text.index("took"),
                "char_end": len(text) - 1,
                "quote": text[text.index("took") : -1],
                "places": ["Kup'yansk"],
            }
        ],
    }
    for name in ("apos_modifier", "num_plain", "unit_km2sup", "pdf_break"):
        new, changed = pc.perturb_doc(doc, BY_NAME[name])
        g = new["gold"][0]
        assert new["text"][g["char_start"] : g["char_end"]] == g["quote"]
        assert g["quote"].startswith("took") and g["quote"].endswith(
            ("kilometres", "km²")
        )
        assert changed is (new["text"] != text)
    moved, _ = pc.perturb_doc(doc, BY_NAME["apos_modifier"])
    assert moved["gold"][0]["places"] == ["Kupʼyansk"]
    assert doc["gold"][0]["places"] == ["Kup'yansk"]  # the original is untouched
