"""Session 42, blind33's fields after b33fld (lane b33fld2): phrasings of our
own, three per language where the class applies.

* B33FLD2 (1): a Russian-language "Минобороны Украины" (Kyiv's ministry, the
  Russian spelling of a body both sides have) was read as a Russian speaker,
  its "Минобороны" standing before "Украины": "the enemy" it reports then
  took the wrong side (sides.side_of_text, _BOTH_SIDES).
* B33FLD2 (2): a width named a few words before its figure ("а ширина
  прориву вздовж кордону — близько 70 км", "its width is about 30 km") was
  read as the depth of the advance (a dash tail's figure, the first figure
  after the verb): it is a width; a depth named earlier is the distance
  (rules/advance._width_named, lang WIDTH_NOUN, DEPTH_NOUN).
* B33FLD2 (3): en "pushed them back by 2-3 km from the river" read the
  figure before "from" as a distance still to go (no distance): "back by"
  is a push's depth like "back" (rules/advance._PUSHED_BY; uk/ru "на N км
  від/от X" were read already, kept as guards).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.sides import side_of_text

PUB = date(2025, 9, 1)


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Минобороны Украины", "UA"),
        ("пресс-служба Минобороны Украины", "UA"),
        ("Мінобороны Украины", "UA"),
        ("Минобороны России", "RU"),
        ("Минобороны РФ", "RU"),
        ("Министерство обороны Украины", "UA"),
    ],
)
def test_defence_ministry_side(name: str, side: str) -> None:
    assert side_of_text(name) == side


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "negated"),
    [
        (
            "ru",
            "В Минобороны Украины заявили, что за сутки противник не продвинулся "
            "у Торецка.",
            "RU",
            True,
        ),
        (
            "ru",
            "Как сообщили в Минобороны Украины, враг продвинулся у Покровска на "
            "километр.",
            "RU",
            None,
        ),
        (
            "ru",
            "Минобороны Украины утверждает, что наши подразделения продвинулись у "
            "Купянска на 2 км.",
            "UA",
            None,
        ),
        (
            "uk",
            "У Міноборони України заявили, що за тиждень ворог не просунувся біля "
            "Торецька.",
            "RU",
            True,
        ),
        (
            "uk",
            "Як повідомили в Міноборони України, противник просунувся біля "
            "Покровська на кілометр.",
            "RU",
            None,
        ),
        (
            "uk",
            "Міноборони України стверджує, що наші підрозділи просунулися біля "
            "Куп'янська на 2 км.",
            "UA",
            None,
        ),
        (
            "en",
            "Ukraine's Defence Ministry said the enemy had not advanced near "
            "Toretsk over the past day.",
            "RU",
            True,
        ),
        (
            "en",
            "According to the Defence Ministry of Ukraine, the enemy advanced a "
            "kilometre near Pokrovsk.",
            "RU",
            None,
        ),
        (
            "en",
            "The Ministry of Defence of Ukraine said our units advanced 2 km near "
            "Kupiansk.",
            "UA",
            None,
        ),
    ],
)
def test_ukrainian_ministry_enemy(
    lang: str, text: str, gainer: str, negated: bool | None
) -> None:
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "advance"
    ]
    assert claims, text
    assert claims[0].gainer == gainer
    assert bool(claims[0].negated) == bool(negated)


@pytest.mark.parametrize(
    ("lang", "text", "width", "depth"),
    [
        (
            "uk",
            "Глибина вклинення на окремих ділянках сягає 5–6 км, а ширина прориву "
            "вздовж річки — близько 30 км.",
            30,
            6,
        ),
        (
            "uk",
            "Ворог прорвався біля Очеретиного — ширина ділянки близько 7 км.",
            7,
            None,
        ),
        (
            "uk",
            "Російські війська прорвалися біля Вовчанська — ширина прориву 30 км, а "
            "глибина сягає 6 км.",
            30,
            None,
        ),
        (
            "ru",
            "Глубина вклинения на отдельных участках достигает 5–6 км, а ширина "
            "прорыва вдоль реки — около 30 км.",
            30,
            6,
        ),
        (
            "ru",
            "Российские войска прорвались у Очеретино — ширина участка около 7 км.",
            7,
            None,
        ),
        (
            "ru",
            "Российские войска прорвались у Волчанска — ширина прорыва 30 км, "
            "глубина достигает 6 км.",
            30,
            6,
        ),
        (
            "en",
            "Russian forces broke through near Vovchansk: the depth of the breach "
            "reaches 6 km, and its width is about 30 km.",
            30,
            6,
        ),
        (
            "en",
            "Russian troops broke through near Ocheretyne - the width of the breach "
            "is about 7 km.",
            7,
            None,
        ),
        (
            "en",
            "Russian forces broke through near Kurakhove, 15 km wide and 4 km deep.",
            15,
            4,
        ),
    ],
)
def test_width_is_no_depth(
    lang: str, text: str, width: float, depth: float | None
) -> None:
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "advance"
    ]
    assert claims, text
    assert all(c.distance_km != width for c in claims)
    if depth is not None:
        assert any(c.distance_km == depth for c in claims)


@pytest.mark.parametrize(
    ("lang", "text", "depth"),
    [
        (
            "en",
            "Russia's Defence Ministry said its troops had pushed Ukrainian forces "
            "back by 2-3 km from the river near Tiotkino.",
            3,
        ),
        (
            "en",
            "Ukrainian troops pushed the Russians back by 2 km from the village of "
            "Krynky.",
            2,
        ),
        (
            "en",
            "The brigade drove the enemy back by about 3 km from the road near "
            "Kupiansk.",
            3,
        ),
        ("uk", "Сили оборони відкинули ворога на 2 км від Кринок.", 2),
        ("uk", "Бригада відтіснила противника на 3 км від траси біля Куп'янська.", 3),
        ("uk", "Десантники відкинули росіян на 1,5 км від річки біля Тьоткіного.", 1.5),
        ("ru", "ВС РФ отбросили ВСУ на 2–3 км от границы у Тёткино.", 3),
        ("ru", "Подразделения отбросили противника на 2 км от Крынок.", 2),
        ("ru", "Бойцы оттеснили врага на 1,5 км от дороги у Купянска.", 1.5),
    ],
)
def test_pushed_back_by(lang: str, text: str, depth: float) -> None:
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "advance"
    ]
    assert claims, text
    assert claims[0].distance_km == depth
