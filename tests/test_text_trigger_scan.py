"""The trigger scan family by family (``triggers._trigger_matches``) finds the
same words as the whole trigger pattern, and each word is passed through its
own family's guards only (``triggers._recipe``) with the same outcome."""

import re

import pytest

from frontline.text.triggers import (
    _EARLY_GUARDS,
    _GUARD_FAMILIES,
    _LATE_GUARDS,
    _TRIGGER_RE,
    _recipe,
    _trigger_matches,
    _Word,
)

_SENTENCES = [
    ("en", "Marines recaptured Dubovets and pushed on towards Kalynove."),
    ("en", "Heavy fighting raged near Sosnivka while the brigade held its lines."),
    ("en", "Russian units withdrew from Pidlisne after failed attacks on the town."),
    ("en", "The 4th Assault Brigade was captured on video as it advanced east."),
    ("uk", "Захисники звільнили Дубовець і просунулися до Калинового."),
    ("uk", "Тривають бої біля Соснівки, ворог відступив з позицій."),
    ("uk", "Окупанти намагалися прорвати оборону біля Підлісного."),
    ("ru", "Подразделения освободили Дубовец и продвинулись к Калиновому."),
    ("ru", "Идут бои у Сосновки, противник отступил с позиций."),
    ("ru", "Штурмовые группы заняли окраину Подлесного."),
]


def _spans(matches) -> list[tuple[int, int, str | None, str]]:
    return [(m.start(), m.end(), m.lastgroup, m.group(0)) for m in matches]


@pytest.mark.parametrize(("lang", "sentence"), _SENTENCES)
def test_the_family_scan_finds_what_the_whole_pattern_finds(lang, sentence):
    _trigger_matches.cache_clear()
    got = _spans(_trigger_matches(sentence, lang))
    assert got, sentence
    assert got == _spans(_TRIGGER_RE[lang].finditer(sentence))


def test_a_text_whose_fold_changes_length_is_scanned_whole():
    text = "İstanbul talks aside, troops captured Dubovets."  # "İ" folds to two
    _trigger_matches.cache_clear()
    assert _spans(_trigger_matches(text, "en")) == _spans(
        _TRIGGER_RE["en"].finditer(text)
    )


def test_a_family_recipe_keeps_the_order_and_drops_the_same_words():
    for en in (True, False):
        for fam in ("capture", "advance", "fight", "hold", "withdraw", "gain"):
            early, late = _recipe(en, fam)
            assert [g for g in _EARLY_GUARDS[en] if g in early] == list(early)
            assert [g for g in _LATE_GUARDS[en] if g in late] == list(late)
    for lang, sentence in _SENTENCES:
        for m in _trigger_matches(sentence, lang):
            for fam in ("capture", "advance", "fight", "attempt", "hold", "withdraw"):
                w = _Word(sentence, lang, m, fam)
                for guard, families in _GUARD_FAMILIES.items():
                    if fam not in families:
                        assert guard(w) is None, (guard.__name__, fam, sentence)


def test_every_guard_named_for_families_is_a_recipe_step():
    steps = {g for r in (_EARLY_GUARDS, _LATE_GUARDS) for s in r.values() for g in s}
    assert set(_GUARD_FAMILIES) <= steps
    assert all(re.fullmatch(r"_\w+", g.__name__) for g in _GUARD_FAMILIES)
