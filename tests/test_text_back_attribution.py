"""A closing attribution that points back at the account before it ("Про це у
понеділок доповів X", "Об этом в понедельник сообщил X", "This was announced on
Monday by X") dates every claim of that account, also when the account holds
more than one claim sentence.

Sentences are invented for the test; place names are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 8, 27)  # a Tuesday: "on Monday" = 26 August
MONDAY = date(2024, 8, 26)
SUNDAY = date(2024, 8, 25)  # "the past day" of a Monday statement

CASES = [
    (
        "uk",
        "Сили оборони за минулу добу просунулися біля Колосків на 2 км. Загалом "
        "під контролем ЗСУ перебуває 1 294 кв. км території. Про це у понеділок "
        "повідомив командувач Іван Петренко.",
    ),
    (
        "uk",
        "За минулу добу українські підрозділи просунулися біля Марівки на 1 км. "
        "Всього звільнено 90 населених пунктів. Про це в понеділок доповів "
        "генерал Олег Коваль.",
    ),
    (
        "uk",
        "Наші війська за минулу добу просунулися поблизу Колосків. Від початку "
        "операції звільнено 40 кв. км. Про все це у понеділок розповів речник "
        "Андрій Мельник.",
    ),
    (
        "ru",
        "ВСУ за минувшие сутки продвинулись у Колосков на 2 км. Всего под "
        "контролем ВСУ находится 1 294 кв. км территории. Об этом в понедельник "
        "сообщил командующий Иван Петренко.",
    ),
    (
        "ru",
        "За минувшие сутки подразделения продвинулись у Марьевки на 1 км. Всего "
        "освобождено 90 населенных пунктов. Об этом в понедельник заявил генерал "
        "Олег Коваль.",
    ),
    (
        "ru",
        "Войска за минувшие сутки продвинулись возле Колосков. С начала операции "
        "освобождено 40 кв. км. Об этом в понедельник рассказал представитель "
        "Андрей Мельник.",
    ),
    (
        "en",
        "Ukrainian troops advanced 2 km near Kolosky over the past day. In total, "
        "Ukraine controls 1,294 square kilometres of the region. This was "
        "announced on Monday by commander Ivan Petrenko.",
    ),
    (
        "en",
        "Over the past day, units advanced 1 km near Marivka. Since the start of "
        "the operation, 90 settlements have been liberated. This was said on "
        "Monday by General Oleh Koval.",
    ),
    (
        "en",
        "Troops advanced near Kolosky over the past day. In total, 40 square "
        "kilometres have been liberated since the start of the operation. This "
        "was reported on Monday by spokesman Andrii Melnyk.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_a_closing_attribution_dates_the_whole_account(lang: str, text: str) -> None:
    found = extract_claims(text, published=PUB, language=lang)
    advance = [c for c in found if c.kind == "advance"]
    totals = [c for c in found if c.kind != "advance"]
    assert advance and totals, [(c.kind, c.quote) for c in found]
    assert advance[0].period_end == SUNDAY, advance[0].quote
    assert totals[0].period_end == MONDAY, totals[0].quote


def test_without_a_back_pointer_a_later_day_is_its_own() -> None:
    text = (
        "Footage shows troops advanced near Kolosky. The ministry claimed on "
        "Monday that its forces took Marivka."
    )
    found = extract_claims(text, published=PUB, language="en")
    took = [c for c in found if "Marivka" in c.quote]
    assert took and took[0].period_end == MONDAY
