"""Who gains: verbs, actors, passives, withdrawals, "our forces"/"the enemy"."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _gainers(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(c.kind, c.gainer) for c in extract_claims(text, language=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Russian troops captured the village of Zorivka.",
            "en",
            [("settlement_control", "RU")],
        ),
        (
            "Ukrainian forces recaptured the village of Zorivka.",
            "en",
            [("settlement_control", "UA")],
        ),
        (
            "The village of Zorivka was retaken by Ukrainian units.",
            "en",
            [("settlement_control", "UA")],
        ),
        (
            "Zorivka fell to Russian forces on Sunday.",
            "en",
            [("settlement_control", "RU")],
        ),
        (
            "Ukrainian troops withdrew from the village of Zorivka.",
            "en",
            [("settlement_control", "RU")],
        ),
        (
            "Russian units pulled out of Zorivka overnight.",
            "en",
            [("settlement_control", "UA")],
        ),
        (
            "Kyiv's troops fell back to new defensive positions west of Zorivka.",
            "en",
            [("advance", "RU")],
        ),
        ("Moscow's forces advanced 3 km toward Zorivka.", "en", [("advance", "RU")]),
        ("Сили оборони звільнили село Зорівка.", "uk", [("settlement_control", "UA")]),
        ("Окупанти захопили Зорівку.", "uk", [("settlement_control", "RU")]),
        (
            "Українські підрозділи відійшли з Зорівки.",
            "uk",
            [("settlement_control", "RU")],
        ),
        (
            "Российские войска освободили населенный пункт Зоревка.",
            "ru",
            [("settlement_control", "RU")],
        ),
        ("ВСУ оставили Зоревку.", "ru", [("settlement_control", "RU")]),
    ],
)
def test_gainer_from_verb_and_actor(text, lang, expected):
    assert _gainers(text, lang) == expected


def test_our_forces_take_the_claimants_side():
    ua = (
        "“Our soldiers liberated the village of Zorivka,” Ukraine's defence "
        "minister said."
    )
    assert _gainers(ua) == [("settlement_control", "UA")]
    ru = "“Our units took control of Zorivka,” the Russian defence ministry said."
    assert _gainers(ru) == [("settlement_control", "RU")]


def test_the_enemy_is_the_other_side_of_the_claimant():
    text = "The enemy advanced 2 km near Zorivka, a Ukrainian army spokesman said."
    assert _gainers(text) == [("advance", "RU")]
    text = "Ворог просунувся біля Зорівки, повідомили в Генштабі ЗСУ."
    assert _gainers(text, "uk") == [("advance", "RU")]
    text = "Противник отступил от Зоревки, заявили в Минобороны России."
    assert [g for _, g in _gainers(text, "ru")] == ["RU"]


def test_a_country_named_as_a_place_is_not_the_actor():
    text = "Russian troops advancing towards Ukraine's capital Kyiv have stalled."
    (c,) = extract_claims(text, language="en")
    assert (c.kind, c.gainer, c.negated) == ("advance", "RU", True)


def test_counts_held_by_the_enemy():
    text = "Governor Smirnov: 12 settlements are under enemy control."
    (c,) = extract_claims(text, language="en")
    assert (c.kind, c.gainer, c.extra["settlements_count"]) == (
        "settlement_control",
        "UA",
        12,
    )


@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Zorivka remains under Ukrainian control, the army said.", "en", "UA"),
        ("The town of Zorivka is still in Russian hands.", "en", "RU"),
        ("Зорівка залишається під контролем Сил оборони.", "uk", "UA"),
        ("Зоревка находится под контролем ВСУ.", "ru", "UA"),
    ],
)
def test_control_held_over_a_named_settlement(text, lang, gainer):
    (c,) = extract_claims(text, language=lang)
    assert (c.kind, c.gainer, c.extra.get("holding")) == (
        "settlement_control",
        gainer,
        True,
    )


def test_share_of_territory_lines_are_not_holdings():
    assert (
        extract_claims(
            "Россия контролирует около 20% территории Украины.", language="ru"
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Russian troops overran the village of Zorivka.",
            "en",
            [("settlement_control", "RU")],
        ),
        (
            "Ukrainian marines secured the village of Zorivka.",
            "en",
            [("settlement_control", "UA")],
        ),
        (
            "Ukrainian forces cleared Zorivka of Russian troops.",
            "en",
            [("settlement_control", "UA")],
        ),
        (
            "Russian forces made significant inroads near Zorivka.",
            "en",
            [("advance", "RU")],
        ),
        (
            "Российские войска овладели населенным пунктом Зоревка.",
            "ru",
            [("settlement_control", "RU")],
        ),
        (
            "Сили оборони зачистили Зорівку від окупантів.",
            "uk",
            [("settlement_control", "UA")],
        ),
    ],
)
def test_more_verbs(text, lang, expected):
    assert _gainers(text, lang) == expected
