"""The trigger scan family by family (``triggers._trigger_matches``) finds the
same words as the whole trigger pattern."""

import pytest

from frontline.text.triggers import _TRIGGER_RE, _trigger_matches

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
