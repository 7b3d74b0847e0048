"""The paraphrases of benchmarks/paraphrase_claims.py and their offset maps.

Own tiny strings only (no ../shared): each paraphrase rewords what it names
and nothing else, and a span remapped through its map covers the same words
in the new text.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import paraphrase_claims as pc  # noqa: E402

BY_NAME = {p.name: p for p in pc.PARAPHRASES}

CASES = [
    (
        "en_seized",
        "en",
        "Russian troops captured Hirne.",
        "Russian troops seized Hirne.",
    ),
    (
        "en_took_control",
        "en",
        "Russia has captured Hirne and captured the village of Lypove.",
        "Russia has taken control of Hirne and took control of the village of Lypove.",
    ),
    (
        "en_gained_control",
        "en",
        "Kyiv said its troops captured Hirne.",
        "Kyiv said its troops gained control of Hirne.",
    ),
    (
        "en_retook",
        "en",
        "Ukrainian units liberated Hirne; the area liberated grew.",
        "Ukrainian units retook Hirne; the area liberated grew.",
    ),
    (
        "en_recaptured",
        "en",
        "Ukraine retook Hirne.",
        "Ukraine recaptured Hirne.",
    ),
    (
        "en_perfect_past",
        "en",
        "Russia has taken Hirne; it claims to have taken Lypove.",
        "Russia took Hirne; it claims to have taken Lypove.",
    ),
    (
        "en_clashes",
        "en",
        "Fighting near Hirne went on; troops were fighting near Lypove.",
        "Clashes near Hirne went on; troops were fighting near Lypove.",
    ),
    ("en_battles", "en", "heavy fighting in Hirne", "heavy battles in Hirne"),
    ("en_hostilities", "en", "fighting around Hirne", "hostilities around Hirne"),
    (
        "en_close_to",
        "en",
        "Near Hirne, and nearly done",
        "Close to Hirne, and nearly done",
    ),
    ("en_vicinity", "en", "shelling near Hirne", "shelling in the vicinity of Hirne"),
    ("en_area_of", "en", "clashes near Hirne", "clashes in the area of Hirne"),
    ("en_around", "en", "clashes near Hirne", "clashes around Hirne"),
    ("en_village_bare", "en", "took the village of Hirne.", "took Hirne."),
    ("en_village_post", "en", "took the village of Hirne.", "took Hirne village."),
    (
        "en_settlement_of",
        "en",
        "took the town of Hirne.",
        "took the settlement of Hirne.",
    ),
    (
        "en_region_comma",
        "en",
        "took Hirne in the Donetsk region.",
        "took Hirne, Donetsk region.",
    ),
    ("en_region_oblast", "en", "Hirne in Donetsk Oblast", "Hirne in Donetsk region"),
    (
        "en_said_after",
        "en",
        "Rain. The General Staff said on Monday that troops retook Hirne.",
        "Rain. Troops retook Hirne, the General Staff said on Monday.",
    ),
    (
        "en_according",
        "en",
        "Rain. The General Staff said troops retook Hirne. He said it fell.",
        "Rain. According to the General Staff, troops retook Hirne. He said it fell.",
    ),
    (
        "en_passive",
        "en",
        "Rain. Russian forces captured the village of Hirne on Monday.",
        "Rain. The village of Hirne was captured by Russian forces on Monday.",
    ),
    (
        "en_active",
        "en",
        "Kyiv said Lypove had been retaken by the Ukrainian army.",
        "Kyiv said the Ukrainian army had retaken Lypove.",
    ),
    (
        "en_time_back",
        "en",
        "Rain. Over the past day, fighting went on near Lypove.",
        "Rain. Fighting went on near Lypove over the past day.",
    ),
    (
        "en_time_front",
        "en",
        "Rain. Russian troops captured Hirne on Monday.",
        "Rain. On Monday, Russian troops captured Hirne.",
    ),
    (
        "en_said_middle",
        "en",
        "Rain. The ministry said its forces had captured Hirne.",
        "Rain. Its forces, the ministry said, had captured Hirne.",
    ),
    (
        "uk_control",
        "uk",
        "Росіяни захопили Гірне.",
        "Росіяни взяли під контроль Гірне.",
    ),
    (
        "uk_vyzvolyly",
        "uk",
        "Сили оборони звільнили Гірне.",
        "Сили оборони визволили Гірне.",
    ),
    (
        "uk_clashes",
        "uk",
        "Бої тривають біля Гірного.",
        "Зіткнення тривають біля Гірного.",
    ),
    ("uk_near", "uk", "бої біля Гірного", "бої поблизу Гірного"),
    ("uk_village", "uk", "у селі Нове Село", "у населеному пункті Нове Село"),
    (
        "ru_control",
        "ru",
        "Российские войска захватили Горное.",
        "Российские войска взяли под контроль Горное.",
    ),
    (
        "ru_liberate",
        "ru",
        "Войска освободили Горное.",
        "Войска вернули под контроль Горное.",
    ),
    ("ru_clashes", "ru", "Бои идут у Горного.", "Столкновения идут у Горного."),
    ("ru_near", "ru", "бои возле Горного", "бои в районе Горного"),
    ("ru_village", "ru", "в селе Горное", "в населённом пункте Горное"),
]


# the paraphrases that move words (their maps need not rise monotonically)
MOVING = {
    "en_passive",
    "en_active",
    "en_time_back",
    "en_time_front",
    "en_said_middle",
    "en_said_after",
    "en_according",
    "en_village_bare",
    "en_village_post",
    "en_settlement_of",
    "en_region_comma",
    "en_region_oblast",
}


@pytest.mark.parametrize(("name", "lang", "old", "new"), CASES)
def test_paraphrase_rewords(name: str, lang: str, old: str, new: str) -> None:
    got, omap = BY_NAME[name].run(old, lang)
    assert got == new
    assert len(omap) == len(old) + 1
    assert omap[0] == 0 and omap[-1] == len(new)
    assert omap == sorted(omap) or name in MOVING


def test_every_paraphrase_has_a_case() -> None:
    assert {c[0] for c in CASES} == set(BY_NAME)


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_other_languages_untouched(name: str) -> None:
    p = BY_NAME[name]
    for lang, text in (
        ("en", "Russia captured Hirne near Lypove."),
        ("uk", "бої біля села"),
        ("ru", "бои возле села"),
    ):
        if lang not in p.langs:
            assert p.run(text, lang)[0] == text


def test_moved_clause_keeps_its_offsets() -> None:
    old = "Rain. The General Staff said that troops retook Hirne."
    new, omap = BY_NAME["en_said_after"].run(old, "en")
    s = old.index("retook Hirne")
    e = s + len("retook Hirne")
    assert new[omap[s] : omap[e]] == "retook Hirne"
    s = old.index("General Staff")
    assert new[omap[s] : omap[s] + 13] == "General Staff"


def test_pronoun_speaker_and_time_opening_are_left() -> None:
    run = BY_NAME["en_according"].run
    for text in (
        "He said that troops retook Hirne.",
        "Kyiv said on Monday that troops retook Hirne.",
        "Kyiv said last week troops retook Hirne.",
    ):
        assert run(text, "en")[0] == text


def test_village_frame_moves_the_name_whole() -> None:
    old = "They took the village of Hirne on Monday."
    new, omap = BY_NAME["en_village_post"].run(old, "en")
    s = old.index("Hirne")
    assert new[omap[s] : omap[s] + 5] == "Hirne"
    assert new[omap[s + 5] :] == " on Monday."


def test_capitalised_village_word_in_a_name_is_kept() -> None:
    assert BY_NAME["uk_village"].run("Нове Село", "uk")[0] == "Нове Село"
    assert BY_NAME["ru_village"].run("Красное Село", "ru")[0] == "Красное Село"


def test_structure_rewrites_leave_lists_abbreviations_and_clauses() -> None:
    passive = BY_NAME["en_passive"].run
    # an apposition after the object stays with its verb: left alone
    text = "Russian forces seized Hirne, south of Lypove."
    assert passive(text, "en")[0] == text
    # a list moves whole, the verb agrees
    got = passive("Ukraine retook Hirne and Lypove.", "en")[0]
    assert got == "Hirne and Lypove were retaken by Ukraine."
    # "Gen. " is no sentence end; a clause with a comma keeps its time word
    front = BY_NAME["en_time_front"].run
    for text in (
        "Brig. Gen. Ivan Petrenko said so on Monday.",
        "Russia said, as usual, that it took Hirne on Monday.",
    ):
        assert front(text, "en")[0] == text
    # a pronoun or time word in the speaker: left
    middle = BY_NAME["en_said_middle"].run
    text = "On Tuesday it said Russia captured Hirne."
    assert middle(text, "en")[0] == text
