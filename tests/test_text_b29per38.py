"""Session 38, b29per: blind29's period classes, in phrasings of our own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claims_after

MAY19 = date(2026, 5, 19)  # a review of April, told in the middle of May
APRIL = (date(2026, 4, 1), date(2026, 4, 30))


@pytest.mark.parametrize(
    ("text", "marker", "language"),
    [
        (
            "In April Russian forces seized 310 square kilometres, the map project "
            "said. Over the month they took nine villages.",
            "Over the month",
            "en",
        ),
        (
            "Russia gained 280 sq km in April, according to analysts. During the "
            "month, Russian troops captured seven settlements.",
            "During the",
            "en",
        ),
        (
            "Analysts say Russian units occupied about 300 sq km in April. Russia "
            "took eleven villages over the month.",
            "Russia took",
            "en",
        ),
        (
            "У квітні російські війська захопили 310 квадратних кілометрів, "
            "повідомили аналітики. За місяць вони окупували дев'ять сіл.",
            "За місяць",
            "uk",
        ),
        (
            "За даними проєкту, у квітні ворог просунувся на 280 км². Протягом "
            "місяця окупанти захопили сім населених пунктів.",
            "Протягом",
            "uk",
        ),
        (
            "Аналітики підрахували, що у квітні росіяни окупували близько 300 кв. "
            "км. Росіяни захопили одинадцять сіл за місяць.",
            "Росіяни захопили",
            "uk",
        ),
        (
            "В апреле российские войска заняли 310 квадратных километров, сообщили "
            "аналитики. За месяц они заняли девять сёл.",
            "За месяц",
            "ru",
        ),
        (
            "По данным проекта, в апреле российская армия продвинулась на 280 кв. "
            "км. В течение месяца она захватила семь населённых пунктов.",
            "В течение",
            "ru",
        ),
        (
            "Аналитики подсчитали, что в апреле Россия заняла около 300 кв. км. "
            "Российские войска заняли одиннадцать сёл за месяц.",
            "Российские",
            "ru",
        ),
    ],
)
def test_over_the_month_in_a_review_is_the_review_month(text, marker, language):
    """ "Over the month" after a review names a month already over ("In
    April …", told in May) is that month, not the month it is told in."""
    c = claims_after(text, marker, language, MAY19)[0]
    assert c.kind == "settlement_control"
    assert (c.period_start, c.period_end) == APRIL


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russian forces took nine villages over the month, analysts said.", "en"),
        ("За місяць окупанти захопили дев'ять сіл, повідомили аналітики.", "uk"),
        ("За месяц российские войска заняли девять сёл, сообщили аналитики.", "ru"),
    ],
)
def test_over_the_month_without_a_review_month_is_the_calendar_month(text, language):
    """With no month named before, "over the month" stays the calendar month
    it is told in (CONVENTIONS' row)."""
    c = claims_after(text, text[:6], language, MAY19)[0]
    assert (c.period_start, c.period_end) == (date(2026, 5, 1), date(2026, 5, 31))


MAR22 = date(2023, 3, 22)


@pytest.mark.parametrize(
    ("text", "marker", "language"),
    [
        (
            "Командувач військ у середу побував під Бахмутом. За його словами, наші "
            "підрозділи відкинули ворога.\n\nРечник угруповання уточнив, що протягом "
            "доби біля Бахмута сталося 23 бойові зіткнення. «Ворог просунувся на "
            "кількасот метрів біля заводу», — сказав він.",
            "«Ворог",
            "uk",
        ),
        (
            "Генерал у вівторок відвідав бригаду на сході. Він сказав, що оборона "
            "тримається.\n\nРечник додав, що за минулу добу під Авдіївкою відбулося "
            "17 боїв. «Окупанти просунулися на 300 метрів біля шахти», — зазначив "
            "він.",
            "«Окупанти",
            "uk",
        ),
        (
            "Міністр у середу зустрівся з військовими під Куп'янськом. За його "
            "словами, наші бійці відкинули ворога.\n\nОфіцер пресслужби уточнив, "
            "що протягом "
            "доби там сталося 12 зіткнень. «Противник просунувся на пів кілометра "
            "біля залізниці», — сказав він.",
            "«Противник",
            "uk",
        ),
        (
            "Командующий в среду побывал под Бахмутом. По его словам, наши "
            "подразделения отбросили противника.\n\nПредставитель группировки "
            "уточнил, что за сутки у Бахмута произошло 23 боестолкновения. "
            "«Противник продвинулся на несколько сотен метров у завода», — сказал "
            "он.",
            "«Противник",
            "ru",
        ),
        (
            "Генерал во вторник посетил бригаду на востоке. Он сказал, что оборона "
            "держится.\n\nПредставитель добавил, что за прошедшие сутки под "
            "Авдеевкой произошло 17 боёв. «Противник продвинулся на 300 метров у "
            "шахты», — отметил он.",
            "«Противник",
            "ru",
        ),
        (
            "Министр в среду встретился с военными под Купянском. По его словам, "
            "наши бойцы отбросили противника.\n\nОфицер пресс-службы уточнил, "
            "что в течение суток там "
            "произошло 12 столкновений. «Враг продвинулся на полкилометра у железной "
            "дороги», — сказал он.",
            "«Враг",
            "ru",
        ),
        # English carries no speaker's day here; the control stays as it was
        (
            "The army commander visited the Bakhmut front on Wednesday. He said "
            "Ukrainian units had pushed the enemy back.\n\nThe spokesman said there "
            'had been 23 clashes near Bakhmut over the past day. "The enemy '
            'advanced a few hundred metres near the plant," he said.',
            '"The enemy',
            "en",
        ),
    ],
)
def test_a_day_tally_of_clashes_does_not_date_the_next_gain(text, marker, language):
    """A speaker's day tally of clashes ("за добу 23 бойові зіткнення") dates
    those fights, not the gain the same speaker tells next (that one is told
    on the statement day)."""
    c = claims_after(text, marker, language, MAR22)[0]
    assert c.kind == "advance"
    assert (c.period_start, c.period_end) == (None, MAR22)
