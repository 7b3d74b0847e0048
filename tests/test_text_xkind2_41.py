"""Session 41, lane xkind2: kind families the first kind lane left, each rule
tested on phrasings of our own (three per language)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


def _kinds(text: str, lang: str) -> list[tuple[str, str | None, list[str], bool]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places], c.negated)
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# XKIND241 (b): going round a place from a side is an advance ("bypassing X
# from the north", "обходять X з півночі", "обходят X с севера")
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        (
            "Russian forces are bypassing Pokrovsk from the north.",
            "en",
            "RU",
            "Pokrovsk",
        ),
        ("Russian troops bypassed Vuhledar from the east.", "en", "RU", "Vuhledar"),
        ("The Russians are bypassing Toretsk on the flanks.", "en", "RU", "Toretsk"),
        (
            "Окупанти обходять Костянтинівку з півночі та сходу.",
            "uk",
            "RU",
            "Костянтинівку",
        ),
        ("Російські війська обходять Покровськ із заходу.", "uk", "RU", "Покровськ"),
        ("Ворог обходить Часів Яр з флангів.", "uk", "RU", "Часів Яр"),
        ("Российские войска обходят Торецк с запада и юга.", "ru", "RU", "Торецк"),
        ("Штурмовики ВС РФ обошли Угледар с фланга.", "ru", "RU", "Угледар"),
        ("Российские подразделения обходят Курахово с севера.", "ru", "RU", "Курахово"),
    ],
)
def test_going_round_a_place_is_an_advance(
    text: str, lang: str, gainer: str, place: str
) -> None:
    assert _kinds(text, lang) == [("advance", gainer, [place], False)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Drivers are bypassing the bridge on the new road.", "en"),
        ("Люди обходять будинок з іншого боку.", "uk"),
    ],
)
def test_going_round_without_a_side_makes_no_advance(text: str, lang: str) -> None:
    assert [k for k, *_ in _kinds(text, lang) if k == "advance"] == []


# XKIND241 (c): a side thrown back over a line (a border, a tree line, a
# railway), no place left: the other side's advance
# (rules/settlement/withdrawals._over_line, lang BACK_OVER_LINE)
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "places"),
    [
        (
            "Near Zolote the Russians were driven back across the border.",
            "en",
            "UA",
            ["Zolote"],
        ),
        (
            "Russian units were thrown back behind the tree line near Tykhe.",
            "en",
            "UA",
            ["Tykhe"],
        ),
        (
            "Ukrainian units were pushed back behind the railway near Kupiansk.",
            "en",
            "RU",
            ["Kupiansk"],
        ),
        ("Біля Золотого ворога відкинуто за кордон.", "uk", "UA", ["Золотого"]),
        (
            "Під Тихим штурмовиків противника відкинуто до лісосмуги.",
            "uk",
            "UA",
            ["Тихим"],
        ),
        ("Окупантів відкинуто за лінію оборони біля Мирного.", "uk", "UA", ["Мирного"]),
        (
            "Под Купянском противник отброшен за железную дорогу.",
            "ru",
            "RU",
            ["Купянском"],
        ),
        ("У Тихого подразделения ВСУ отброшены к лесополосе.", "ru", "RU", ["Тихого"]),
        ("Противник отброшен за границу.", "ru", "RU", []),
    ],
)
def test_thrown_back_over_a_line_is_the_other_sides_advance(
    text: str, lang: str, gainer: str, places: list[str]
) -> None:
    assert _kinds(text, lang) == [("advance", gainer, places, False)]


# XKIND241 (d): a percentage of the ground, the gains, the region or "that"
# taken or lost is a share-only area change (rules/area._SHARE; CONVENTIONS A)
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "share"),
    [
        (
            "Ukrainian forces have lost about 40% of the ground they seized in August.",
            "en",
            "RU",
            40.0,
        ),
        ("Russia has since won back more than 40% of that.", "en", "RU", 40.0),
        (
            "Kyiv's troops have recaptured roughly 30% of the gains Moscow made "
            "near the river.",
            "en",
            "UA",
            30.0,
        ),
        (
            "Росіяни відвоювали близько 60 відсотків земель у Курській області.",
            "uk",
            "RU",
            60.0,
        ),
        ("Сили оборони звільнили 30 відсотків цих земель.", "uk", "UA", 30.0),
        ("Окупанти захопили 20 відсотків земель громади.", "uk", "RU", 20.0),
        (
            "Российские войска отвоевали около 60 процентов земли в Курской области.",
            "ru",
            "RU",
            60.0,
        ),
        ("ВСУ освободили 30 процентов этой земли.", "ru", "UA", 30.0),
        ("ВС РФ заняли 20 процентов земель района.", "ru", "RU", 20.0),
    ],
)
def test_a_share_of_the_ground_is_an_area_change(
    text: str, lang: str, gainer: str, share: float
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert [(c.kind, c.gainer) for c in claims] == [("area_change", gainer)]
    assert claims[0].extra.get("share_pct") == share
