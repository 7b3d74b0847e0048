"""Session 39, b30per2: period defects the b30per lane left open, in
phrasings of our own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

NOV_20 = date(2025, 11, 20)  # past a week's lag, within a month's
OCT = (date(2025, 10, 1), date(2025, 10, 31))

# a month named first in a claim sentence of the head, and a later paragraph
# that names "the month" again: its other gains are of that month too
_MONTH_AGAIN = [
    (
        "en",
        "In October Russian troops took 420 sq km.\n\n"
        "Most of it fell near Pokrovsk, where they advanced 8 km over the "
        "month, and reportedly also captured Mykhailivka.",
        "Mykhailivka",
    ),
    (
        "en",
        "Ukrainian forces regained 60 sq km in October, analysts said.\n\n"
        "Most came around Kupiansk, where the army pushed 3 km forward "
        "over the month and "
        "probably liberated Zorivka, the analysts added.",
        "Zorivka",
    ),
    (
        "en",
        "In October the enemy seized 300 square kilometres.\n\n"
        "The rest came near Toretsk, where Russian units gained 2 km "
        "during the month and, it "
        "seems, took Dachne.",
        "Dachne",
    ),
    (
        "uk",
        "У жовтні окупанти захопили 420 км².\n\n"
        "Найбільше — біля Покровська, де вони за місяць просунулися на 8 км "
        "і, ймовірно, захопили Михайлівку.",
        "Михайлівк",
    ),
    (
        "uk",
        "У жовтні Сили оборони звільнили 60 км², підрахували аналітики.\n\n"
        "Решта — під Куп'янськом, де ЗСУ за місяць просунулися на 3 км, а також, "
        "імовірно, звільнили Зорівку.",
        "Зорівк",
    ),
    (
        "uk",
        "Ворог у жовтні захопив 300 квадратних кілометрів.\n\n"
        "Решта — біля Торецька, де росіяни за місяць просунулися на 2 км, а "
        "також, схоже, зайняли Дачне.",
        "Дачне",
    ),
    (
        "ru",
        "В октябре российские войска заняли 420 кв. км.\n\n"
        "Больше всего — у Покровска, где они за месяц продвинулись на 8 км "
        "и, вероятно, заняли Михайловку.",
        "Михайловк",
    ),
    (
        "ru",
        "В октябре ВСУ вернули 60 кв. км, подсчитали аналитики.\n\n"
        "Остальное — под Купянском, где ВСУ за месяц продвинулись на 3 км, а также, "
        "вероятно, освободили Зоревку.",
        "Зоревк",
    ),
    (
        "ru",
        "Противник в октябре захватил 300 квадратных километров.\n\n"
        "Остальное — у Торецка, где россияне за месяц продвинулись на 2 км, а "
        "также, похоже, заняли Дачное.",
        "Дачн",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), _MONTH_AGAIN)
def test_a_paragraph_naming_the_month_again_is_of_it(
    lang: str, text: str, place: str
) -> None:
    """B30PER239: the head's month dates the undated gains of a later
    paragraph that names "the month" again (and of no other paragraph:
    ``test_text_periods30::test_a_month_stays_in_its_paragraph``)."""
    claims = extract_claims(text, published=NOV_20, language=lang)
    took = [c for c in claims if place in c.quote]
    assert took, [(c.kind, c.quote, c.period_text) for c in claims]
    assert all((c.period_start, c.period_end) == OCT for c in took), [
        (c.quote, c.period_start, c.period_end) for c in took
    ]


MON = date(2025, 5, 19)  # a Monday
WEEKEND = (date(2025, 5, 17), date(2025, 5, 18))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Weekend review: the battle for Siversk\n\nRussian forces "
            "advanced 2 km near Siversk.",
        ),
        (
            "en",
            "Recap of the weekend's battles\n\nUkrainian troops pushed "
            "1 km forward south of Kupiansk.",
        ),
        (
            "en",
            "Front-line weekend roundup\n\nThe enemy captured Dachne in "
            "the Donetsk region.",
        ),
        (
            "uk",
            "Підсумки вихідних на фронті\n\nРосіяни просунулися на 2 км "
            "біля Сіверська.",
        ),
        (
            "uk",
            "Огляд вихідних: що сталося на Куп'янщині\n\nЗСУ просунулися "
            "на 1 км південніше Куп'янська.",
        ),
        ("uk", "Вихідні на фронті: підсумки\n\nОкупанти захопили Дачне на Донеччині."),
        (
            "ru",
            "Итоги выходных на фронте\n\nРоссийские войска продвинулись "
            "на 2 км у Северска.",
        ),
        (
            "ru",
            "Обзор выходных: что произошло под Купянском\n\nВСУ "
            "продвинулись на 1 км южнее Купянска.",
        ),
        (
            "ru",
            "Выходные на фронте: итоги\n\nПротивник захватил Дачное в "
            "Донецкой области.",
        ),
    ],
)
def test_a_review_title_s_bare_weekend_dates_its_body(lang: str, text: str) -> None:
    """B30PER239: "Weekend review: …", "Підсумки вихідних", "Итоги
    выходных" name the weekend the review covers in a bare word."""
    claims = extract_claims(text, published=MON, language=lang)
    assert claims, text
    assert all((c.period_start, c.period_end) == WEEKEND for c in claims), [
        (c.quote, c.period_start, c.period_end) for c in claims
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Weekend edition\n\nRussian forces advanced 2 km near Siversk."),
        ("uk", "Вихідні без світла\n\nРосіяни просунулися на 2 км біля Сіверська."),
        ("ru", "Выходные дни\n\nРоссийские войска продвинулись на 2 км у Северска."),
    ],
)
def test_a_weekend_in_no_review_title_dates_nothing(lang: str, text: str) -> None:
    """A bare weekend word in a title that is no review keeps the statement
    day."""
    claims = extract_claims(text, published=MON, language=lang)
    assert claims and all(c.period_end == MON for c in claims), [
        (c.quote, c.period_start, c.period_end) for c in claims
    ]


WED = date(2025, 5, 14)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Росіяни завершили захоплення Дачного, розпочате минулого тижня."),
        ("uk", "ЗСУ завершили звільнення Степового, розпочате ще в квітні."),
        (
            "uk",
            "Окупанти завершили захоплення Зорівки, розпочате 3 травня, "
            "повідомили в ОСУВ.",
        ),
        ("ru", "Войска завершили освобождение Дачного, начатое на прошлой неделе."),
        (
            "ru",
            "Армия завершила взятие Степового, начатое еще в апреле, "
            "сообщило Минобороны.",
        ),
        (
            "ru",
            "ВСУ завершили зачистку Зоревки, проведенное в начале месяца "
            "наступление позволило выйти к окраинам.",
        ),
    ],
)
def test_a_neuter_participle_s_time_is_not_the_claim_s(lang: str, text: str) -> None:
    """B30PER239: the time of a participle clause after a comma ("…,
    начатое на прошлой неделе", "…, розпочате минулого тижня") is of the
    action it describes, not of the completed capture: the statement day."""
    claims = extract_claims(text, published=WED, language=lang)
    took = [c for c in claims if c.kind == "settlement_control"]
    assert took, [(c.kind, c.quote) for c in claims]
    assert all((c.period_start, c.period_end) == (None, WED) for c in took), [
        (c.quote, c.period_text, c.period_start, c.period_end) for c in took
    ]
