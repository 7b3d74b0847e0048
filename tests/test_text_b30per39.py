"""Session 39, b30per: blind30's period classes (spoken and posted claims),
in phrasings of our own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claims_after

WED = date(2025, 5, 14)  # a Wednesday
TUE = date(2025, 5, 13)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Yesterday and today Russian forces attacked near Kurakhove 20 times.", "en"),
        ("Ukrainian troops pushed into Stepove yesterday and today, he said.", "en"),
        ("Russian units took Dachne today and yesterday, a blogger wrote.", "en"),
        ("Вчора і сьогодні ворог атакував біля Курахового 20 разів.", "uk"),
        ("Наші бійці зайшли в Степове вчора й сьогодні, сказав речник.", "uk"),
        ("Окупанти захопили Дачне вчора та сьогодні, пише блогер.", "uk"),
        ("Вчера и сегодня противник атаковал у Курахово 20 раз.", "ru"),
        ("Наши бойцы зашли в Степовое вчера и сегодня, сказал командир.", "ru"),
        ("Сегодня и вчера наши войска освободили Дачное, заявил Конашенков.", "ru"),
    ],
)
def test_yesterday_and_today_is_both_days(text, language):
    """ "yesterday and today" / "вчора й сьогодні" / "вчера и сегодня" is one
    span of two days, whichever of the two stands nearer the claim."""
    c = claims_after(text, text[:4], language, WED)[0]
    assert (c.period_start, c.period_end) == (TUE, WED)
    assert c.cumulative is False


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russian forces attacked near Kurakhove 20 times yesterday.", "en"),
        ("Вчора ворог атакував біля Курахового 20 разів.", "uk"),
        ("Вчера противник атаковал у Курахово 20 раз.", "ru"),
    ],
)
def test_yesterday_alone_stays_one_day(text, language):
    c = claims_after(text, text[:4], language, WED)[0]
    assert (c.period_start, c.period_end) == (TUE, TUE)


MON = date(2024, 11, 18)  # a Monday: the past week is 11 … 17 November
PAST_WEEK = (date(2024, 11, 11), date(2024, 11, 17))


@pytest.mark.parametrize(
    ("text", "marker", "language"),
    [
        (
            "Over the past week our forces liberated 20 square kilometres near "
            "Robotyne, the spokesman said.\n\nQuestion: What about Kupiansk?\n"
            "Spokesman: Our units recaptured Synkivka.",
            "Our units",
            "en",
        ),
        (
            "In the past week Russian troops took 30 sq km near Pokrovsk, the "
            "commander told reporters.\n\nReporter: Is Toretsk still held?\n"
            "Commander: Russian troops captured the mine in the north of Toretsk.",
            "Russian troops captured",
            "en",
        ),
        (
            "Over the past week the enemy advanced 2 km near Kurakhove.\n"
            "— And Vuhledar?\n"
            "— Russian forces entered the outskirts of Vuhledar.",
            "Russian forces",
            "en",
        ),
        (
            "За минулий тиждень наші сили звільнили 20 кв. км біля Роботиного, "
            "сказав речник.\n\n— А що з Куп'янськом?\n"
            "— Наші підрозділи звільнили Синьківку.",
            "Наші підрозділи",
            "uk",
        ),
        (
            "За тиждень ворог захопив 30 кв. км під Покровськом, повідомив "
            "командир.\n\nПитання: Чи тримається Торецьк?\n"
            "— Росіяни захопили шахту на півночі Торецька.",
            "Росіяни",
            "uk",
        ),
        (
            "За минулий тиждень противник просунувся на 2 км біля Курахового.\n"
            "— А Вугледар?\n"
            "— Окупанти зайшли на околиці Вугледара.",
            "Окупанти",
            "uk",
        ),
        (
            "За прошедшую неделю наши подразделения освободили 20 кв. км у "
            "Работино, сообщил представитель.\n\nВопрос: Что с Купянском?\n"
            "— Наши подразделения освободили Синьковку.",
            "Наши подразделения освободили Синьковку",
            "ru",
        ),
        (
            "За неделю противник захватил 30 кв. км под Покровском, сказал "
            "командир.\n\nВопрос: Держится ли Торецк?\n"
            "— Противник захватил шахту на севере Торецка.",
            "Противник захватил шахту",
            "ru",
        ),
        (
            "За прошедшую неделю противник продвинулся на 2 км у Курахово.\n"
            "— А Угледар?\n"
            "— Российские войска зашли на окраины Угледара.",
            "Российские",
            "ru",
        ),
    ],
)
def test_a_question_ends_the_week_the_head_named(text, marker, language):
    """An answer after a question put to the speaker is told on the day of
    the statement, not in the week the briefing's head named."""
    c = claims_after(text, marker, language, MON)[0]
    assert c.period_end == MON
    assert c.period_start is None or c.period_start == MON


@pytest.mark.parametrize(
    ("text", "marker", "language"),
    [
        (
            "Over the past week our forces liberated 20 square kilometres near "
            "Robotyne, the spokesman said. Our units also recaptured Synkivka.",
            "Our units",
            "en",
        ),
        (
            "За минулий тиждень наші сили звільнили 20 кв. км біля Роботиного, "
            "сказав речник. Також наші підрозділи звільнили Синьківку.",
            "Також",
            "uk",
        ),
        (
            "За прошедшую неделю наши подразделения освободили 20 кв. км у "
            "Работино, сообщил представитель. Также освобождена Синьковка.",
            "Также",
            "ru",
        ),
    ],
)
def test_without_a_question_the_week_goes_on(text, marker, language):
    c = claims_after(text, marker, language, MON)[0]
    assert (c.period_start, c.period_end) == PAST_WEEK


@pytest.mark.parametrize(
    ("text", "marker", "language"),
    [
        (
            "Over the past day our units advanced 2 km near Sudzha, the general "
            "said.\n\nQuestion: Is Korenevo surrounded?\n"
            "General: Our units took the school in Korenevo.",
            "General: Our",
            "en",
        ),
        (
            "За минулу добу наші підрозділи просунулися на 2 км біля Суджі, "
            "сказав генерал.\n\n— Чи оточене Коренево?\n"
            "— Наші підрозділи зайшли в Коренево.",
            "— Наші",
            "uk",
        ),
        (
            "За прошедшие сутки наши подразделения продвинулись на 2 км у Суджи, "
            "сказал генерал.\n\nВопрос: Окружено ли Коренево?\n"
            "— Наши подразделения зашли в Коренево.",
            "— Наши",
            "ru",
        ),
    ],
)
def test_a_question_ends_the_day_the_lead_named(text, marker, language):
    c = claims_after(text, marker, language, MON)[0]
    assert c.period_end == MON


JUN15 = date(2026, 6, 15)  # a review of May, told in the middle of June
MAY = (date(2026, 5, 1), date(2026, 5, 31))


@pytest.mark.parametrize(
    ("text", "marker", "language"),
    [
        (
            "What happened at the front in May\n\nIn May Russian forces seized "
            "about 400 sq km, analysts say.\n\nNear Huliaipole the enemy captured "
            "Zaliznychne.",
            "Near Huliaipole",
            "en",
        ),
        (
            "Our monthly review: the front in May\n\nRussia gained 350 square "
            "kilometres in May, the map project found.\n\nUkrainian troops "
            "recaptured Kucherivka near Kupiansk.",
            "Ukrainian troops",
            "en",
        ),
        (
            "May on the battlefield\n\nIn May the Russian army occupied 380 sq km "
            "of Ukrainian land. Separately, Russian units took the village of "
            "Bilenke.",
            "Separately",
            "en",
        ),
        (
            "Що відбувалося на фронті у травні\n\nУ травні росіяни захопили близько "
            "400 км², за даними аналітиків.\n\nНа Гуляйпільському напрямку ворог "
            "захопив Залізничне.",
            "На Гуляйпільському",
            "uk",
        ),
        (
            "Огляд: фронт у травні\n\nРосія у травні окупувала 350 квадратних "
            "кілометрів, підрахували аналітики.\n\nПід Куп'янськом ЗСУ звільнили "
            "Кучерівку.",
            "Під Куп'янськом",
            "uk",
        ),
        (
            "Підсумки травня\n\nУ травні окупанти захопили 380 кв. км українських "
            "земель. Окремо росіяни захопили село Біленьке.",
            "Окремо",
            "uk",
        ),
        (
            "Что происходило на фронте в мае\n\nВ мае российские войска заняли "
            "около 400 кв. км, по данным аналитиков.\n\nНа Гуляйпольском "
            "направлении армия заняла Железнодорожное.",
            "На Гуляйпольском",
            "ru",
        ),
        (
            "Обзор: фронт в мае\n\nРоссия в мае заняла 350 квадратных "
            "километров, подсчитали аналитики.\n\nПод Купянском ВСУ освободили "
            "Кучеровку.",
            "Под Купянском",
            "ru",
        ),
        (
            "Итоги мая\n\nВ мае российская армия заняла 380 кв. км украинской "
            "земли. Отдельно войска заняли село Беленькое.",
            "Отдельно",
            "ru",
        ),
    ],
)
def test_a_month_review_told_within_the_next_month_dates_its_captures(
    text, marker, language
):
    """A review whose title names a month already over ("… in May", told on
    15 June) dates its undated captures by that month, as a week's roundup
    told a few days after the week does (a month named first in a claim
    sentence keeps the week's lag: ``test_text_periods30``)."""
    c = claims_after(text, marker, language, JUN15)[0]
    assert (c.period_start, c.period_end) == MAY


@pytest.mark.parametrize(
    ("text", "marker", "language"),
    [
        (
            "In March Russian forces seized about 400 sq km, analysts say.\n\n"
            "Near Huliaipole the enemy captured Zaliznychne.",
            "Near Huliaipole",
            "en",
        ),
        (
            "У березні росіяни захопили близько 400 км², за даними аналітиків.\n\n"
            "На Гуляйпільському напрямку ворог захопив Залізничне.",
            "На Гуляйпільському",
            "uk",
        ),
        (
            "В марте российские войска заняли около 400 кв. км, по данным "
            "аналитиков.\n\nНа Гуляйпольском направлении армия заняла "
            "Железнодорожное.",
            "На Гуляйпольском",
            "ru",
        ),
    ],
)
def test_a_month_long_past_is_no_review_month(text, marker, language):
    """A month over more than a month before the text is told is no review's:
    the later captures are of the statement day."""
    c = claims_after(text, marker, language, JUN15)[0]
    assert c.period_end == JUN15


TUE_MAR5 = date(2024, 3, 5)  # a Tuesday: the weekend is 2-3 March
WEEKEND = (date(2024, 3, 2), date(2024, 3, 3))


@pytest.mark.parametrize(
    ("text", "marker", "language"),
    [
        (
            "Review: fighting near Pokrovsk and Toretsk over the weekend\n\n"
            "Russian units captured the eastern part of Orlivka.",
            "Russian units",
            "en",
        ),
        (
            "Recap: battles in Donbas over the weekend\n\n"
            "Ukrainian troops retook positions near Ivanivske.",
            "Ukrainian troops",
            "en",
        ),
        (
            "Round-up: heavy clashes around Chasiv Yar during the weekend\n\n"
            "Russian forces took the village of Tonenke.",
            "Russian forces",
            "en",
        ),
        (
            "Огляд боїв за вихідні біля Покровська\n\n"
            "Росіяни захопили східну частину Орлівки.",
            "Росіяни",
            "uk",
        ),
        (
            "Підсумки: бої під Часовим Яром за вихідні\n\n"
            "Наші підрозділи відновили позиції біля Іванівського.",
            "Наші",
            "uk",
        ),
        (
            "Зведення за вихідні: тривають бої за Торецьк\n\n"
            "Окупанти захопили село Тоненьке.",
            "Окупанти",
            "uk",
        ),
        (
            "Обзор боевых действий за выходные\n\n"
            "Российские подразделения заняли восточную часть Орловки.",
            "Российские",
            "ru",
        ),
        (
            "Итоги: бои у Часова Яра за выходные\n\n"
            "ВСУ восстановили позиции у Ивановского.",
            "ВСУ",
            "ru",
        ),
        (
            "Сводка за выходные: продолжаются бои за Торецк\n\n"
            "Российские войска заняли село Тоненькое.",
            "Российские",
            "ru",
        ),
    ],
)
def test_a_review_title_naming_the_weekend_dates_the_body(text, marker, language):
    """A review's title line naming the weekend it covers dates the undated
    claims under it, also when the title makes a claim of its own (a fight
    it names)."""
    c = claims_after(text, marker, language, TUE_MAR5)[0]
    assert (c.period_start, c.period_end) == WEEKEND
