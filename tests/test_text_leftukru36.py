"""Session 36, Ukrainian and Russian defects the session's lanes left open:
phrasings of our own.

* a war correspondent before a name is a role ("Военкор Александр Коц",
  "військкор X", "кореспондент X"), and a role holding a unit's «quoted»
  name right before the person is the person's role ("Спикер группировки
  «Восток» X Y", "Речник ОСУВ «Хортиця» X Y"): lang uk/ru ROLE_STEMS_MORE,
  claimants._quoted_role_before.
* a unit's noun opening a sentence before a place in the genitive
  ("Гарнизон Угледара отступил", "Гарнізон Вугледара веде бої") is no part
  of the place's name: lang uk/ru UNIT_HEAD_NOUNS (toponyms._STOP,
  settlement.regions._without_unit_head).
* a withdrawal by a distance with no place ("ВСУ отступили на 5 км", "ЗСУ
  відійшли на 5 км", "pulled back 5 km") is the other side's advance by it
  (settlement.ground._BY_DISTANCE_OBJECT, _moved_back_by).
* a distance told by what remains ("до центра города осталось 5 км",
  "залишилося 5 км", "5 km remain") is still to go, not the depth
  (lang STILL_TO_GO, advance._still_to_go).
* lower-case words before a source after a line's dash ("— аналітики
  DeepState.", "— речник ОСУВ Назар Волошин.") are read with it, when they
  are a speaker's head (page_speakers._HEADLINE_SOURCE,
  claimants.dash_source_lead).
* uk "у/в напрямку Ямполівки" is toward a village, no sector ("на напрямку
  X" still is one): lang uk SECTOR.
* uk "X окупований російськими військами" (the state with its agent after
  it) is a capture, as "X окупований." was: lang uk FAMILIES10 capture.
"""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims


def _speakers(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    claims = extract_claims(text, published=PUB, language=lang)
    assert claims, text
    return [(c.claimant, c.claimant_role) for c in claims]


@pytest.mark.parametrize(
    ("lang", "text", "who", "role"),
    [
        (
            "ru",
            "Военкор Александр Коц сообщил, что российские войска взяли Угледар.",
            "Александр Коц",
            "Военкор",
        ),
        (
            "ru",
            "Корреспондент Евгений Поддубный заявил, что ВС РФ заняли Невельское.",
            "Евгений Поддубный",
            "Корреспондент",
        ),
        (
            "ru",
            "Военкор Семён Пегов написал, что армия освободила Кураховку.",
            "Семён Пегов",
            "Военкор",
        ),
        (
            "uk",
            "Військкор Андрій Цаплієнко повідомив, що ЗСУ звільнили Кринки.",
            "Андрій Цаплієнко",
            "Військкор",
        ),
        (
            "uk",
            "Воєнкор Юрій Бутусов написав, що окупанти захопили Невельське.",
            "Юрій Бутусов",
            "Воєнкор",
        ),
        (
            "uk",
            "Кореспондент Іван Мельник повідомив, що ЗСУ відбили Роботине.",
            "Іван Мельник",
            "Кореспондент",
        ),
    ],
)
def test_war_correspondent_is_a_role(lang: str, text: str, who: str, role: str) -> None:
    assert _speakers(text, lang) == [(who, role)]


@pytest.mark.parametrize(
    ("lang", "text", "who", "role"),
    [
        (
            "ru",
            "Спикер группировки «Восток» Александр Гордеев заявил, что войска "
            "освободили Угледар.",
            "Александр Гордеев",
            "Спикер группировки «Восток»",
        ),
        (
            "ru",
            "Командир батальона «Сомали» Иван Петров сообщил, что бойцы взяли "
            "Невельское.",
            "Иван Петров",
            "Командир батальона «Сомали»",
        ),
        (
            "ru",
            "Военкор «Комсомольской правды» Александр Коц написал, что армия "
            "освободила Кураховку.",
            "Александр Коц",
            "Военкор «Комсомольской правды»",
        ),
        (
            "uk",
            "Речник ОСУВ «Хортиця» Назар Волошин заявив, що окупанти захопили "
            "Вугледар.",
            "Назар Волошин",
            "Речник ОСУВ «Хортиця»",
        ),
        (
            "uk",
            "Командир батальйону «Вовки Да Вінчі» Олег Ширяєв повідомив, що ЗСУ "
            "звільнили Роботине.",
            "Олег Ширяєв",
            "Командир батальйону «Вовки Да Вінчі»",
        ),
        (
            "uk",
            "Спікер угруповання «Таврія» Дмитро Лиховий сказав, що ворог захопив "
            "Невельське.",
            "Дмитро Лиховий",
            "Спікер угруповання «Таврія»",
        ),
    ],
)
def test_role_with_a_quoted_unit_before_the_name(
    lang: str, text: str, who: str, role: str
) -> None:
    assert _speakers(text, lang) == [(who, role)]


def test_quoted_place_before_a_name_is_no_role() -> None:
    assert _speakers(
        "В районе «Азовстали» Денис Пушилин заявил, что войска взяли Угледар.", "ru"
    ) == [("Денис Пушилин", None)]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ru", "Гарнизон Угледара отступил.", "Угледара"),
        ("ru", "Батальон Покровска отошёл.", "Покровска"),
        ("ru", "Гарнизон Угледара ведёт бои.", "Угледара"),
        ("uk", "Гарнізон Вугледара відступив.", "Вугледара"),
        ("uk", "Батальйон Торецька відійшов.", "Торецька"),
        ("uk", "Гарнізон Вугледара веде бої.", "Вугледара"),
    ],
)
def test_unit_noun_before_a_genitive_place_is_no_part_of_it(
    lang: str, text: str, place: str
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert [[p.name for p in c.places] for c in claims] == [[place]]


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "km"),
    [
        ("ru", "ВСУ отступили на 5 км.", "RU", 5.0),
        ("ru", "ВСУ отошли на 3 километра.", "RU", 3.0),
        ("ru", "Российские войска отступили на 2 км.", "UA", 2.0),
        ("uk", "ЗСУ відійшли на 5 км.", "RU", 5.0),
        ("uk", "ЗСУ відступили на 4 кілометри.", "RU", 4.0),
        ("uk", "Окупанти відступили на 2 км.", "UA", 2.0),
        ("en", "Ukrainian forces pulled back 5 km.", "RU", 5.0),
        ("en", "Ukrainian troops retreated 3 km.", "RU", 3.0),
        ("en", "Russian troops fell back by 2 km.", "UA", 2.0),
    ],
)
def test_withdrawal_by_a_distance_with_no_place(
    lang: str, text: str, gainer: str, km: float
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert [(c.kind, c.gainer, c.distance_km, c.places) for c in claims] == [
        ("advance", gainer, km, [])
    ]


@pytest.mark.parametrize(
    ("lang", "text", "km"),
    [
        (
            "ru",
            "Российские войска вышли к окраинам Покровска, до центра города "
            "осталось 5 км.",
            None,
        ),
        (
            "ru",
            "Войска продвинулись на 2 км у Покровска, до города осталось ещё 5 км.",
            2.0,
        ),
        ("ru", "Армия вышла к Угледару, до центра оставалось около 3 км.", None),
        (
            "uk",
            "Росіяни вийшли на околиці Покровська, до центру міста залишилося 5 км.",
            None,
        ),
        (
            "uk",
            "Ворог просунувся на 1 км біля Торецька, до міста лишилося ще 4 км.",
            1.0,
        ),
        ("uk", "Окупанти вийшли до Курахового, до центру залишається 2 км.", None),
        (
            "en",
            "Russian troops reached the outskirts of Pokrovsk; 5 km remain to the "
            "city centre.",
            None,
        ),
        (
            "en",
            "Russian troops advanced 2 km near Pokrovsk, with 5 km left to the centre.",
            2.0,
        ),
        ("en", "Russian troops advanced 2 km on the left bank near Krynky.", 2.0),
    ],
)
def test_distance_still_to_go_is_no_depth(lang: str, text: str, km: float) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert [(c.kind, c.distance_km) for c in claims] == [("advance", km)]


@pytest.mark.parametrize(
    ("lang", "text", "who", "role"),
    [
        (
            "uk",
            "Окупанти захопили Вугледар — аналітики DeepState.",
            "DeepState",
            "аналітики",
        ),
        (
            "uk",
            "Росіяни просунулися біля Торецька — речник ОСУВ Назар Волошин.",
            "Назар Волошин",
            "речник ОСУВ",
        ),
        ("uk", "Ворог окупував Кринки, — експерти ISW.", "ISW", "експерти"),
        (
            "ru",
            "ВСУ отступили из Угледара — аналитики DeepState.",
            "DeepState",
            "аналитики",
        ),
        (
            "ru",
            "Армия России освободила Невельское — командир батальона Иван Петров.",
            "Иван Петров",
            "командир батальона",
        ),
        ("ru", "Российские войска заняли Кураховку — эксперты ISW.", "ISW", "эксперты"),
    ],
)
def test_lower_case_words_before_a_dash_source(
    lang: str, text: str, who: str, role: str | None
) -> None:
    assert _speakers(text, lang) == [(who, role)]


def test_a_place_after_a_dash_is_no_source() -> None:
    assert _speakers("Тривають бої біля Торецька — у напрямку Покровська.", "uk") == [
        (None, None)
    ]


@pytest.mark.parametrize(
    ("text", "place", "sector"),
    [
        ("Бої тривають у напрямку Ямполівки.", "Ямполівки", None),
        ("Окупанти просунулися у напрямку Ямполівки.", "Ямполівки", None),
        ("Ворог наступає в напрямку Покровська.", "Покровська", None),
        ("Бої тривають на напрямку Курахове.", "Курахове", "напрямку Курахове"),
    ],
)
def test_toward_a_village_is_no_sector(
    text: str, place: str, sector: str | None
) -> None:
    claims = extract_claims(text, published=PUB, language="uk")
    assert [([p.name for p in c.places], c.sector) for c in claims] == [
        ([place], sector)
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Вугледар окупований російськими військами.", "Вугледар"),
        ("Кринки окуповані ворогом з минулого тижня.", "Кринки"),
        ("Селидове окуповане російськими військами.", "Селидове"),
    ],
)
def test_occupied_with_its_agent_is_a_capture(text: str, place: str) -> None:
    claims = extract_claims(text, published=PUB, language="uk")
    assert [(c.kind, c.gainer, [p.name for p in c.places]) for c in claims] == [
        ("settlement_control", "RU", [place])
    ]


def test_occupied_as_an_attribute_is_no_claim() -> None:
    text = "В окупованому російськими військами Вугледарі тривають обстріли."
    assert extract_claims(text, published=PUB, language="uk") == []
