"""The word guards of the trigger finder: each a named step with its code."""

from frontline.text.triggers import (
    _EARLY_GUARDS,
    _LATE_GUARDS,
    _find_triggers,
    _trigger_matches,
    word_guard,
)


def _guards(text: str, lang: str = "en") -> dict[str, str | None]:
    return {m.group(0): word_guard(text, lang, m) for m in _trigger_matches(text, lang)}


def test_a_guard_names_the_drop_and_a_kept_word_has_none():
    got = _guards("The 3rd Assault Brigade repelled attacks near Zorivka.")
    assert got["Assault"] == "word-guard:unit-name-after"
    assert got["repelled"] is None
    got = _guards("Civilians were evacuated from Zorivka on Monday.")
    assert got["evacuated from"] == "word-guard:evacuate-word"


def test_word_guard_agrees_with_the_finder():
    for text in (
        "Army footage captured near Velykoborsk shows a burning tank column.",
        "Troops captured Ozerne and advanced towards Zorivka.",
        "Kyiv advanced talks on grain exports.",
    ):
        kept = {(t.start, t.end) for t in _find_triggers(text, "en")}
        for m in _trigger_matches(text, "en"):
            assert (word_guard(text, "en", m) is None) == ((m.start(), m.end()) in kept)


def test_each_recipe_lists_a_guard_once():
    for recipes in (_EARLY_GUARDS, _LATE_GUARDS):
        for steps in recipes.values():
            assert len(set(steps)) == len(steps)
            assert all(step.__doc__ for step in steps)


def test_guards_with_no_pattern_have_names_not_line_numbers():
    import re

    from frontline.text.triggers import _hyphenated, _mid_word, _Word

    def word(text: str, found: str) -> _Word:
        m = re.search(found, text)
        assert m is not None
        return _Word(text, "en", m, "capture")

    assert _hyphenated(word("a Moscow-captured ship", "captured")) == "hyphenated"
    assert _hyphenated(word("troops captured it", "captured")) is None
    assert _mid_word(word("troops capturedx it", "captured")) == "mid-word"
    assert _mid_word(word("troops captured it", "captured")) is None
