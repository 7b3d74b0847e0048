"""Advance families of session 20, each in three phrasings of our own.

The advance/settlement boundary (a push into a town or a foothold inside a
part of one is control; its outskirts, a region or a bank stay an advance; a
town told as contested after its entry stays an advance; an entry and a
second movement verb are two claims), forward movement without the verb
"advanced", distances, and ground given up that the other side gains.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 9, 12)


def kinds(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [
        (c.kind, c.gainer) for c in extract_claims(text, published=PUB, language=lang)
    ]


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Russian troops pushed into Novohrodivka on Tuesday, the army said.", "RU"),
        ("Russian assault units have pushed into the town of Selydove.", "RU"),
        ("Ukrainian forces pushed into Sudzha late on Monday, officials said.", "UA"),
    ],
)
def test_a_push_into_a_town_is_control(text, gainer):
    assert kinds(text) == [("settlement_control", gainer)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces pushed into the eastern outskirts of Toretsk.",
        "Russian troops pushed into the outskirts of Vuhledar, the ministry said.",
        "Ukrainian units pushed into the southern outskirts of Robotyne.",
    ],
)
def test_a_push_into_the_outskirts_stays_an_advance(text):
    assert [k for k, _ in kinds(text)] == ["advance"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops gained a foothold in the northern part of Vovchansk.",
        "Russian forces have a foothold in the eastern districts of Chasiv Yar.",
        "Ukrainian troops secured a foothold in parts of Krynky.",
    ],
)
def test_a_foothold_inside_a_town_is_partial_control(text):
    (claim,) = extract_claims(text, published=PUB, language="en")
    assert claim.kind == "settlement_control"
    assert claim.extra.get("partial") is True


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops gained a foothold in Toretsk, the ministry said.",
        "Ukrainian forces gained a foothold in the Kursk region.",
        "Russian forces established a foothold on the west bank of the Oskil.",
    ],
)
def test_a_foothold_in_a_place_or_on_a_bank_stays_an_advance(text):
    assert [k for k, _ in kinds(text)] == ["advance"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian troops entered Ivanivka, which is now a grey zone.", "en"),
        ("Russian infantry entered Kostiantynivka, but it has not been cleared.", "en"),
        ("Ukrainian troops entered Sudzha, now a gray zone, the army said.", "en"),
        ("Противник зайшов у Новоселівку, там зараз сіра зона.", "uk"),
    ],
)
def test_an_entry_into_a_contested_town_stays_an_advance(text, lang):
    found = [k for k, _ in kinds(text, lang)]
    assert "advance" in found and "settlement_control" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian troops entered Selydove and pushed on toward Ukrainsk.", "en"),
        ("Russian forces entered Novoselivka and advanced west of Vodiane.", "en"),
        ("Ukrainian troops entered Kherson and moved toward the river port.", "en"),
        ("Росіяни зайшли в північні квартали Торецька і просунулися до центру.", "uk"),
        ("Окупанти увійшли в промзону Авдіївки та просунулися на 500 метрів.", "uk"),
        ("Противник зайшов у східну частину Сіверська і просунувся до центру.", "uk"),
        ("Штурмовики зашли в кварталы Торецка и продвинулись к центру.", "ru"),
        ("Подразделения вошли в промзону Авдеевки и продвинулись на 500 метров.", "ru"),
        ("Противник зашел в южную часть Часова Яра и продвинулся к каналу.", "ru"),
    ],
)
def test_an_entry_and_a_second_movement_are_two_claims(text, lang):
    assert [k for k, _ in kinds(text, lang)] == ["settlement_control", "advance"]


def advances(text: str, lang: str = "en") -> list[tuple[str | None, float | None]]:
    claims = extract_claims(text, published=PUB, language=lang)
    assert [c.kind for c in claims] == ["advance"], text
    return [(c.gainer, c.distance_km) for c in claims]


@pytest.mark.parametrize(
    ("text", "gainer", "km"),
    [
        (
            "Russian forces pushed the front line 2 km further west near Pokrovsk.",
            "RU",
            2,
        ),
        (
            "Ukrainian forces moved the line forward by 500 metres near Bakhmut.",
            "UA",
            0.5,
        ),
        (
            "Russian troops shifted the front line 1.5 km to the west near Avdiivka.",
            "RU",
            1.5,
        ),
    ],
)
def test_the_front_line_moved_by_its_side(text, gainer, km):
    assert advances(text) == [(gainer, km)]


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "Ukrainian forces dislodged Russian troops from positions near Robotyne.",
            "UA",
        ),
        (
            "Russian troops knocked Ukrainian units out of positions near Kupiansk.",
            "RU",
        ),
        (
            "Our soldiers drove the enemy out of two trenches near Kupiansk, the "
            "brigade said.",
            "UA",
        ),
        ("Ukrainian forces have driven the Russians back from Kharkiv.", "UA"),
    ],
)
def test_the_enemy_dislodged_from_local_ground(text, gainer):
    assert advances(text) == [(gainer, None)]


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ukrainian forces took a tree line east of Robotyne.", "UA"),
        ("Russian troops cleared a tree line near Kreminna.", "RU"),
        ("Ukrainian units cleared two forest belts west of Kreminna.", "UA"),
    ],
)
def test_local_ground_taken_or_cleared(text, gainer):
    assert advances(text) == [(gainer, None)]


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("Ukrainian troops stepped back from positions near Robotyne.", None),
        (
            "Our units had to step back from one tree line west of Orikhiv, roughly "
            "300 metres, the brigade said.",
            0.3,
        ),
        ("Ukrainian forces gave up a tree line near Vuhledar.", None),
        ("The defenders fell back 300 metres from their positions near Siversk.", 0.3),
        (
            "Russian troops forced Ukrainian units to retreat from positions near "
            "Vovchansk.",
            None,
        ),
    ],
)
def test_ground_given_up_is_the_other_sides_advance(text, km):
    assert advances(text) == [("RU", km)]


def test_a_forced_withdrawal_keeps_the_side_of_who_left() -> None:
    text = (
        "Ukrainian troops forced the Russians to retreat from trenches near Robotyne."
    )
    assert advances(text) == [("UA", None)]


@pytest.mark.parametrize(
    ("text", "lang", "gainer", "km"),
    [
        ("Ворог наблизився до Покровська на 5 кілометрів.", "uk", "RU", 5),
        ("Окупанти покращили своє тактичне положення біля Торецька.", "uk", "RU", None),
        ("Наші підрозділи поліпшили положення поблизу Роботиного.", "uk", "UA", None),
        (
            "Подразделения улучшили свое тактическое положение у Торецка.",
            "ru",
            "RU",
            None,
        ),
        ("Штурмовые группы улучшили свои позиции западнее Угледара.", "ru", "RU", None),
    ],
)
def test_coming_closer_and_positions_improved(text, lang, gainer, km):
    assert advances(text, lang) == [(gainer, km)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Противник підійшов до Покровська на відстань 8 км.", "uk"),
        ("Ворог наблизився до Мирнограда на відстань близько 6 км.", "uk"),
        ("Противник подошел к Покровску на расстояние 8 км.", "ru"),
    ],
)
def test_the_distance_still_to_go_is_no_depth(text, lang):
    (claim,) = extract_claims(text, published=PUB, language=lang)
    assert claim.kind == "advance" and claim.distance_km is None
    assert claim.extra.get("distance_to_place_km") is not None


@pytest.mark.parametrize(
    ("text", "lang", "km"),
    [
        ("Наші підрозділи просунулися на відстань до двох кілометрів.", "uk", 2),
        ("Подразделения продвинулись вглубь на расстояние до 3 километров.", "ru", 3),
        ("ВСУ отошли на 500 метров от Работино.", "ru", 0.5),
        ("Наші підрозділи відійшли на 500 метрів від Роботиного.", "uk", 0.5),
    ],
)
def test_a_depth_after_a_movement_verb_is_kept(text, lang, km):
    (claim,) = extract_claims(text, published=PUB, language=lang)
    assert claim.kind == "advance" and claim.distance_km == km


@pytest.mark.parametrize(
    ("text", "lang", "gainer", "km"),
    [
        ("Наші воїни відвоювали 800 метрів біля Роботиного.", "uk", "UA", 0.8),
        ("Наши бойцы отвоевали 800 метров у Работино.", "ru", "RU", 0.8),
        ("Ukrainian troops won back 500 metres near Robotyne.", "en", "UA", 0.5),
        ("Ukrainian forces recaptured about 2 km near Klishchiivka.", "en", "UA", 2),
    ],
)
def test_a_distance_taken_back_is_an_advance(text, lang, gainer, km):
    assert advances(text, lang) == [(gainer, km)]


@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Ворог захопив плацдарм на правому березі Осколу.", "uk", "RU"),
        ("Российские войска захватили плацдарм на правом берегу Оскола.", "ru", "RU"),
        ("Окупанти посунули наші підрозділи біля Торецька.", "uk", "RU"),
        ("Противник продвинувся на 1,5 км у районі Торецька.", "uk", "RU"),
    ],
)
def test_a_bridgehead_taken_and_the_other_side_moved_back(text, lang, gainer):
    assert [g for g, _ in advances(text, lang)] == [gainer]


@pytest.mark.parametrize(
    ("text", "lang", "km", "low"),
    [
        (
            "Ворог просунувся на 4, а місцями на 5 кілометрів біля Покровська.",
            "uk",
            5,
            4,
        ),
        ("Наші підрозділи просунулися на два, місцями на три кілометри.", "uk", 3, 2),
        (
            "Противник продвинулся на 4, местами на 5 километров у Покровска.",
            "ru",
            5,
            4,
        ),
        ("Подразделения продвинулись на 2, местами до 3 км у Работино.", "ru", 3, 2),
        ("They came in 8, in places 10 kilometres deep near Sumy.", "en", 10, 8),
        (
            "Russian troops advanced 2, in places 3 kilometres near Pokrovsk.",
            "en",
            3,
            2,
        ),
    ],
)
def test_a_depth_deeper_in_places_is_the_deeper_figure(text, lang, km, low):
    (claim,) = extract_claims(text, published=PUB, language=lang)
    assert claim.kind == "advance" and claim.distance_km == km
    assert claim.extra.get("distance_range_km") == [low, km]


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("The Russian army continues to press forward near Toretsk.", "RU"),
        ("Ukrainian brigades pressed ahead south of Orikhiv.", "UA"),
        ("Russian units made it to the outskirts of Selydove.", "RU"),
        ("Ukrainian scouts made it into the southern outskirts of Vasylivka.", "UA"),
        ("Russian troops got to within 2 km of Pokrovsk.", "RU"),
        ("Russian forces came within 3 kilometres of Kurakhove.", "RU"),
        ("Ukrainian forces broke the Russian defence line near Robotyne.", "UA"),
        ("Russian troops broke through Ukrainian lines near Ocheretyne.", "RU"),
        ("Ukraine's troops recaptured lost ground near Vovchansk.", "UA"),
    ],
)
def test_wire_verbs_of_movement(text, gainer):
    (claim,) = extract_claims(text, published=PUB, language="en")
    assert (claim.kind, claim.gainer, claim.distance_km) == ("advance", gainer, None)


@pytest.mark.parametrize(
    "text",
    [
        "The talks broke the deadlock over grain exports.",
        "He broke the line of questioning with a joke.",
        "The president made it to the summit in Vilnius.",
    ],
)
def test_the_same_verbs_off_the_front_make_no_claim(text):
    assert extract_claims(text, published=PUB, language="en") == []


@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Росіяни рухаються в бік Костянтинівки.", "uk", "RU"),
        ("Ворог зміг пройти вперед на 1 км біля Курахового.", "uk", "RU"),
        ("Российские военные движутся в сторону Константиновки.", "ru", "RU"),
        ("Российские войска продолжают теснить противника у Покровска.", "ru", "RU"),
        ("Российская армия выбила ВСУ с высоты у Часова Яра.", "ru", "RU"),
        ("Наши бойцы выбили противника из лесополосы у Работино.", "ru", "RU"),
    ],
)
def test_moving_toward_and_pressing_back_uk_ru(text, lang, gainer):
    assert [g for g, _ in advances(text, lang)] == [gainer]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "За даними DeepState, ворог просунувся поблизу трьох населених пунктів.",
            "uk",
        ),
        ("Противник продвинулся в районе двух населенных пунктов.", "ru"),
        ("Russian forces advanced near three villages, DeepState said.", "en"),
    ],
)
def test_an_advance_near_places_counted_not_named(text, lang):
    (claim,) = extract_claims(text, published=PUB, language=lang)
    assert claim.kind == "advance" and claim.places == []
