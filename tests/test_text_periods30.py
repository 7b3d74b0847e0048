"""Periods, session 30 (the ``periods30`` lane).

A time in a "where" clause before the claim ("In the Kursk region, where
troops crossed on Aug. 6, …", "де …", "где …") is that clause's (PERIODS30 in
``dating._MODIFIER``).

A month named in one paragraph's claim sentence does not date the claims of
the next paragraph unless that one goes on ("They also …", the same speaker
or quotation); a report's dated span ("from 25 to 31 October") still does
(PERIODS30 in ``dating._inherited``).

A claim only announced on a day the sentence names ("said on Tuesday it had
taken X", "у вівторок заявило про захоплення X") ends on that day and has no
start, as the CONVENTIONS table has it (the lane's rule that gave it the day
as start too was reverted at the merge: the capture may be older than the
announcement); the day is no bound for a running total
(``period_rules._bounded``: "said on Tuesday it had taken 28 villages" stays a
count held so far).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

THURSDAY = date(2025, 3, 13)
TUESDAY = date(2025, 3, 11)
MARCH_9 = date(2025, 3, 9)

# a capture or a withdrawal told as announced on a named day
_ANNOUNCED = [
    (
        "en",
        "Russia's defence ministry said on Tuesday its troops had captured "
        "the village of Krasnyi Yar.",
        TUESDAY,
    ),
    (
        "en",
        "The army's spokesman told reporters on Tuesday that his units had "
        "withdrawn from Orlivka.",
        TUESDAY,
    ),
    (
        "en",
        "Moscow claimed on March 9 that its forces had taken Novoselivka.",
        MARCH_9,
    ),
    (
        "uk",
        "Міноборони РФ у вівторок заявило про захоплення села Красний Яр.",
        TUESDAY,
    ),
    (
        "uk",
        "Речник угруповання у вівторок повідомив, що підрозділи вийшли з Орлівки.",
        TUESDAY,
    ),
    (
        "uk",
        "9 березня російське міністерство заявило, що його війська "
        "захопили Новоселівку.",
        MARCH_9,
    ),
    (
        "ru",
        "Минобороны России во вторник сообщило об освобождении села Красный Яр.",
        TUESDAY,
    ),
    (
        "ru",
        "Представитель группировки во вторник заявил, что подразделения "
        "отошли из Орловки.",
        TUESDAY,
    ),
    (
        "ru",
        "9 марта ведомство заявило, что войска заняли Новоселовку.",
        MARCH_9,
    ),
]


@pytest.mark.parametrize(("lang", "text", "day"), _ANNOUNCED)
def test_announced_claim_ends_on_its_day(lang: str, text: str, day: date) -> None:
    claims = extract_claims(text, published=THURSDAY, language=lang)
    settle = [c for c in claims if c.kind == "settlement_control"]
    assert settle, text
    assert (settle[0].period_start, settle[0].period_end) == (None, day)


# a count of settlements held, announced on a day: still a running total
_ANNOUNCED_TOTAL = [
    (
        "en",
        "The governor said on Tuesday that the enemy held 28 settlements in "
        "the district.",
    ),
    (
        "uk",
        "Губернатор у вівторок заявив, що ворог контролює 28 населених пунктів району.",
    ),
    (
        "ru",
        "Губернатор во вторник заявил, что противник занял 28 населенных "
        "пунктов в районе.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _ANNOUNCED_TOTAL)
def test_announced_count_stays_a_total(lang: str, text: str) -> None:
    claims = extract_claims(text, published=THURSDAY, language=lang)
    counts = [c for c in claims if c.extra.get("settlements_count")]
    assert counts, text
    assert counts[0].period_end == TUESDAY
    assert counts[0].cumulative is True


# a month of one paragraph's claim does not date the next paragraph's claim
# (PERIODS30 in ``dating._inherited``); a report's dated span still does
_NEW_PARAGRAPH = [
    (
        "en",
        "Russian troops captured 420 sq km in October, analysts said.\n\n"
        "Ukrainian forces advanced 2 km near Zorivka.",
    ),
    (
        "en",
        "In October the enemy seized the village of Krasnyi Yar.\n\n"
        "Russian units pushed 3 km toward Orlivka.",
    ),
    (
        "en",
        "The army took back 60 square kilometres in October.\n\n"
        "Russian forces advanced 1.5 km west of Novoselivka.",
    ),
    (
        "uk",
        "У жовтні ворог захопив 420 км², повідомили аналітики.\n\n"
        "Сили оборони просунулися на 2 км біля Зорівки.",
    ),
    (
        "uk",
        "У жовтні окупанти захопили село Красний Яр.\n\n"
        "Російські підрозділи просунулися на 3 км у бік Орлівки.",
    ),
    (
        "uk",
        "ЗСУ у жовтні звільнили 60 квадратних кілометрів.\n\n"
        "Ворог просунувся на 1,5 км на захід від Новоселівки.",
    ),
    (
        "ru",
        "В октябре противник захватил 420 кв. км, сообщили аналитики.\n\n"
        "ВСУ продвинулись на 2 км у Зоревки.",
    ),
    (
        "ru",
        "В октябре российские войска заняли село Красный Яр.\n\n"
        "Подразделения продвинулись на 3 км в сторону Орловки.",
    ),
    (
        "ru",
        "ВСУ в октябре вернули 60 квадратных километров.\n\n"
        "Противник продвинулся на 1,5 км западнее Новоселовки.",
    ),
]

NOV_20 = date(2025, 11, 20)  # past a monthly report's days


@pytest.mark.parametrize(("lang", "text"), _NEW_PARAGRAPH)
def test_a_month_stays_in_its_paragraph(lang: str, text: str) -> None:
    claims = extract_claims(text, published=NOV_20, language=lang)
    first = [c for c in claims if c.period_text]
    later = [c for c in claims if c.kind == "advance"]
    assert first and later, [(c.kind, c.quote) for c in claims]
    assert (first[0].period_start, first[0].period_end) == (
        date(2025, 10, 1),
        date(2025, 10, 31),
    )
    assert (later[-1].period_start, later[-1].period_end) == (None, NOV_20)


# the same two paragraphs, the second going on ("also"): the month goes on
_GOES_ON = [
    (
        "en",
        "Russian troops captured 420 sq km in October, analysts said.\n\n"
        "They also advanced 2 km near Zorivka.",
    ),
    (
        "uk",
        "У жовтні ворог захопив 420 км², повідомили аналітики.\n\n"
        "Крім того, він просунувся на 2 км біля Зорівки.",
    ),
    (
        "ru",
        "В октябре противник захватил 420 кв. км, сообщили аналитики.\n\n"
        "Кроме того, он продвинулся на 2 км у Зоревки.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _GOES_ON)
def test_a_month_goes_on_into_a_paragraph_that_goes_on(lang: str, text: str) -> None:
    claims = extract_claims(text, published=NOV_20, language=lang)
    later = [c for c in claims if c.kind == "advance"]
    assert later, [(c.kind, c.quote) for c in claims]
    assert later[-1].period_end == date(2025, 10, 31)


# a report's dated span goes on into its next paragraph
_DATED_SPAN = [
    (
        "en",
        "From 25 to 31 October the army's units liberated two villages.\n\n"
        "Its units advanced 2 km near Zorivka.",
    ),
    (
        "uk",
        "З 25 по 31 жовтня підрозділи звільнили два села.\n\n"
        "Підрозділи просунулися на 2 км біля Зорівки.",
    ),
    (
        "ru",
        "С 25 по 31 октября подразделения освободили два населенных пункта.\n\n"
        "Подразделения продвинулись на 2 км у Зоревки.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _DATED_SPAN)
def test_a_dated_span_goes_on_past_its_paragraph(lang: str, text: str) -> None:
    claims = extract_claims(text, published=NOV_20, language=lang)
    later = [c for c in claims if c.kind == "advance"]
    assert later, [(c.kind, c.quote) for c in claims]
    assert (later[-1].period_start, later[-1].period_end) == (
        date(2025, 10, 25),
        date(2025, 10, 31),
    )


# a time in a "where" clause before the claim is that clause's, not the
# claim's (PERIODS30 in ``dating._MODIFIER``)
_WHERE_CLAUSE = [
    (
        "en",
        "In the Kursk region, where Ukrainian troops crossed the border on "
        "Aug. 6, Russian forces advanced 2 km near Zorivka.",
    ),
    (
        "en",
        "Near Orlivka, where the brigade dug in last March, Russian units "
        "pushed 3 km to the west.",
    ),
    (
        "en",
        "South of Novoselivka, where the front stood still in 2023, the "
        "enemy advanced 1.5 km.",
    ),
    (
        "uk",
        "На Курщині, де українська бригада стояла ще 6 серпня, "
        "російські підрозділи просунулися на 2 км біля Зорівки.",
    ),
    (
        "uk",
        "Біля Орлівки, де бригада закріпилася минулого березня, ворог "
        "просунувся на 3 км на захід.",
    ),
    (
        "uk",
        "На південь від Новоселівки, де фронт стояв у 2023 році, окупанти "
        "просунулися на 1,5 км.",
    ),
    (
        "ru",
        "В Курской области, где украинские войска перешли границу 6 августа, "
        "российские подразделения продвинулись на 2 км у Зоревки.",
    ),
    (
        "ru",
        "У Орловки, где бригада стояла в марте прошлого года, "
        "противник продвинулся на 3 км на запад.",
    ),
    (
        "ru",
        "Южнее Новоселовки, где фронт стоял в 2023 году, российские войска "
        "продвинулись на 1,5 км.",
    ),
]

SEPT_3 = date(2025, 9, 3)


@pytest.mark.parametrize(("lang", "text"), _WHERE_CLAUSE)
def test_a_time_in_a_where_clause_is_not_the_claims(lang: str, text: str) -> None:
    claims = extract_claims(text, published=SEPT_3, language=lang)
    moves = [c for c in claims if c.kind == "advance"]
    assert moves, [(c.kind, c.quote) for c in claims]
    assert (moves[0].period_start, moves[0].period_end) == (None, SEPT_3)
