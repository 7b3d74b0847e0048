"""Session 40, lane xdet: missed and spurious claims shared across the read
sets, each rule tested on phrasings of our own (three per language)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


def _kinds(text: str, lang: str) -> list[tuple[str, str | None, list[str], bool]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places], c.negated)
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# XDET40 (a): positions or tree lines won back at a place fronted before the
# verb with a preposition of nearness ("Під X ЗСУ відновили позиції") are an
# advance there (rules/settlement/ground._fronted_place, lang GROUND_NEAR)
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        (
            "Near Synkivka we took back two tree lines last month.",
            "en",
            "UA",
            "Synkivka",
        ),
        (
            "Around Robotyne the marines retook several positions on Monday.",
            "en",
            "UA",
            "Robotyne",
        ),
        (
            "Near Robotyne our assault group won back a forest belt.",
            "en",
            "UA",
            "Robotyne",
        ),
        (
            "Під Вовчанськом ЗСУ відновили контроль над кількома позиціями.",
            "uk",
            "UA",
            "Вовчанськом",
        ),
        (
            "Біля Роботиного бійці ЗСУ повернули втрачені позиції.",
            "uk",
            "UA",
            "Роботиного",
        ),
        (
            "Поблизу Тоненького ми за тиждень повернули частину позицій.",
            "uk",
            "UA",
            "Тоненького",
        ),
        (
            "Под Работино ВСУ восстановили контроль над несколькими позициями.",
            "ru",
            "UA",
            "Работино",
        ),
        ("У Щербиновки ВСУ вернули часть позиций.", "ru", "UA", "Щербиновки"),
        (
            "Возле Кременной украинские бойцы за сутки вернули две позиции.",
            "ru",
            "UA",
            "Кременной",
        ),
    ],
)
def test_positions_won_back_at_a_fronted_place(
    text: str, lang: str, gainer: str, place: str
) -> None:
    assert _kinds(text, lang) == [("advance", gainer, [place], False)]


# XDET40 (b): positions won back, managed ("ЗСУ вдалося повернути позиції",
# "ВСУ удалось вернуть позиции"): an advance; an attempt stays a fight
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "ЗСУ вдалося повернути позиції біля Вовчанська.",
            "uk",
            [("advance", "UA", ["Вовчанська"], False)],
        ),
        (
            "Українським бійцям вдалося відновити втрачені позиції поблизу Кліщіївки.",
            "uk",
            [("advance", "UA", ["Кліщіївки"], False)],
        ),
        (
            "Росіянам не вдалося повернути позиції біля Роботиного.",
            "uk",
            [("advance", "RU", ["Роботиного"], True)],
        ),
        (
            "ВСУ удалось вернуть позиции у Волчанска.",
            "ru",
            [("advance", "UA", ["Волчанска"], False)],
        ),
        (
            "Украинским бойцам удалось восстановить утраченные позиции возле "
            "Кременной.",
            "ru",
            [("advance", "UA", ["Кременной"], False)],
        ),
        (
            "Российским войскам удалось вернуть две позиции у Работино.",
            "ru",
            [("advance", "RU", ["Работино"], False)],
        ),
        (
            "Окупанти намагаються повернути втрачені позиції біля Кліщіївки.",
            "uk",
            [("fighting", None, ["Кліщіївки"], False)],
        ),
        (
            "Враг пытается вернуть утраченные позиции у Работино.",
            "ru",
            [("fighting", None, ["Работино"], False)],
        ),
    ],
)
def test_positions_won_back_managed(text: str, lang: str, want: list) -> None:
    assert _kinds(text, lang) == want


# XDET40 (c): a staff summary's "no offensive actions" tells no fight (uk/ru);
# offensive actions going on stay a fight
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("На Оріхівському напрямку ворог наступальних дій не вів.", "uk"),
        ("На Херсонському напрямку противник не вів активних наступальних дій.", "uk"),
        (
            "Наступальних дій ворог на Куп'янському напрямку не проводив, "
            "повідомили в Генштабі.",
            "uk",
        ),
        ("На Запорожском направлении противник наступательных действий не вел.", "ru"),
        (
            "На Херсонском направлении враг не вёл активных наступательных действий.",
            "ru",
        ),
        ("Наступательных действий противник на Лиманском направлении не ведет.", "ru"),
    ],
)
def test_no_offensive_actions_is_no_fight(text: str, lang: str) -> None:
    assert _kinds(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "На Покровському напрямку ворог продовжує наступальні дії біля Мирнограда.",
            "uk",
            "Мирнограда",
        ),
        ("Противник продолжает наступательные действия у Работино.", "ru", "Работино"),
    ],
)
def test_offensive_actions_going_on_stay_a_fight(
    text: str, lang: str, place: str
) -> None:
    assert _kinds(text, lang) == [("fighting", None, [place], False)]


# XDET40 (d): a fight placed by a sector of its own, in a clause of its own
# after a fight at a place, is a claim of its own ("бои в районе X
# продолжаются, а на Y направлении отбито 19 атак": two)
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Fighting continues near Toretsk, and 14 Russian attacks were repelled "
            "in the Pokrovsk sector over the past day.",
            "en",
            "Toretsk",
        ),
        (
            "Heavy fighting is under way around Vovchansk, while in the Kupiansk "
            "direction the enemy attacked five times.",
            "en",
            "Vovchansk",
        ),
        (
            "Clashes went on near Robotyne, and on the Huliaipole axis Ukrainian "
            "forces repelled nine assaults.",
            "en",
            "Robotyne",
        ),
        (
            "Бої в районі Часового Яру тривають, а за добу на Покровському напрямку "
            "відбито 27 атак.",
            "uk",
            "Часового Яру",
        ),
        (
            "Біля Вовчанська тривають бої, а на Куп'янському напрямку ворог "
            "атакував п'ять разів.",
            "uk",
            "Вовчанська",
        ),
        (
            "Поблизу Роботиного точилися бої, а на Гуляйпільському напрямку "
            "Сили оборони відбили дев'ять штурмів.",
            "uk",
            "Роботиного",
        ),
        (
            "Бои в районе Курахова продолжаются, а за сутки на Покровском "
            "направлении отбито 19 атак.",
            "ru",
            "Курахова",
        ),
        (
            "У Волчанска идут бои, а на Купянском направлении противник "
            "атаковал пять раз.",
            "ru",
            "Волчанска",
        ),
        (
            "Возле Работино продолжаются столкновения, а на Гуляйпольском "
            "направлении отражено девять штурмов.",
            "ru",
            "Работино",
        ),
    ],
)
def test_a_sector_fight_after_a_placed_fight(text: str, lang: str, place: str) -> None:
    got = _kinds(text, lang)
    assert got == [("fighting", None, [place], False), ("fighting", None, [], False)]


# XDET40 (e): ground that is no settlement taken near one is an advance: a
# slag heap, a stretch of road, "around N metres of a forest belt", positions
# the enemy was pushed off in a relayed quote ("«выдавили противника» с ряда
# позиций у X")
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "places"),
    [
        (
            "Russian units reported capturing the slag heap near Avdiivka.",
            "en",
            "RU",
            ["Avdiivka"],
        ),
        (
            "Ukrainian units counterattacked near Shcherbynivka and regained a "
            "section of the road.",
            "en",
            "UA",
            ["Shcherbynivka"],
        ),
        (
            "Russian troops had captured around 300 metres of a forest belt near "
            "Mala Tokmachka.",
            "en",
            "RU",
            ["Mala Tokmachka"],
        ),
        ("Російські війська захопили терикон біля Торецька.", "uk", "RU", ["Торецька"]),
        (
            "Окупанти захопили близько 300 метрів лісосмуги біля Роботиного.",
            "uk",
            "RU",
            ["Роботиного"],
        ),
        (
            "Бійці «вибили ворога» з кількох позицій біля Кліщіївки.",
            "uk",
            "UA",
            ["Кліщіївки"],
        ),
        (
            "Российские войска заняли террикон у Новопрокоповки.",
            "ru",
            "RU",
            ["Новопрокоповки"],
        ),
        (
            "Подразделения «выдавили противника» с ряда позиций у Работино и "
            "Вербового.",
            "ru",
            "RU",
            ["Работино", "Вербового"],
        ),
        (
            "Российские войска захватили около 300 метров лесополосы у Работино.",
            "ru",
            "RU",
            ["Работино"],
        ),
    ],
)
def test_ground_near_a_settlement_is_an_advance(
    text: str, lang: str, gainer: str, places: list[str]
) -> None:
    got = _kinds(text, lang)
    assert [(k, g, p) for k, g, p, _ in got] == [("advance", gainer, places)]
