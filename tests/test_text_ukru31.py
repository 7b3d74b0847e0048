"""Session 31, uk/ru lane: rules for Ukrainian and Russian claims (UKRU31),
each in three phrasings of our own per language (never a corpus sentence)."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

# --- one speaker of the side other than the language's, named once, does not
# set the text's perspective (speakers._doc_perspective): a Russian text whose
# narrator says "our units" with one Ukrainian officer quoted below, or a
# Ukrainian text with one Russian official quoted --------------------------
ONE_OTHER_VOICE = [
    (
        "— Как обстановка под Ломовкой?\n"
        "— Наши подразделения продвинулись у Ломовки на два километра.\n"
        "Командир бригады ВСУ Иван Петренко заявил, что бои идут и дальше.",
        "ru",
        "RU",
    ),
    (
        "Итоги месяца.\n"
        "За месяц наши бойцы продвинулись под Зоревкой местами на три "
        "километра.\n"
        "Офицер ВСУ Петр Коваль в эфире сказал, что ситуация тяжёлая.",
        "ru",
        "RU",
    ),
    (
        "Интервью с комбатом.\n"
        "— Наши штурмовики продвинулись у Степановки на полтора километра.\n"
        "— Что дальше?\n"
        "Комбат ВСУ Олег Сидоренко заявил, что бои не стихают.",
        "ru",
        "RU",
    ),
    (
        "Наші підрозділи просунулися біля Ломівки на два кілометри.\n"
        "Речник угруповання ЗС РФ Іван Сидоров заявив, що бої тривають.",
        "uk",
        "UA",
    ),
    (
        "— Як ситуація під Зорівкою?\n"
        "— За тиждень наші бійці просунулися під Зорівкою на три кілометри.\n"
        "Офіцер армії РФ Петро Козлов сказав, що ситуація складна.",
        "uk",
        "UA",
    ),
    (
        "Наші штурмовики просунулися біля Степанівки на півтора кілометра.\n"
        "Що буде далі, покаже час.\n"
        "Речник ЗС РФ Олег Смирнов заявив, що бої не вщухають.",
        "uk",
        "UA",
    ),
]


@pytest.mark.parametrize("text, lang, side", ONE_OTHER_VOICE)
def test_one_voice_of_the_other_side_sets_no_perspective(
    text: str, lang: str, side: str
):
    rows = claim_rows(text, lang)
    advances = [r for r in rows if r[0] == "advance"]
    assert advances, rows
    assert all(r[1] == side for r in advances), rows


# --- a speaker of the side other than the text's, named in an earlier
# paragraph, lends a later paragraph's sentence naming nobody no side
# (speakers._told_paragraphs_before): the narrator's side tells it ---------
PARAGRAPH_LATER = [
    (
        "Минобороны России заявило о взятии Ломовки.\n\n"
        "Представитель ВСУ Иван Петренко заявил, что бои в Ломовке идут.\n\n"
        "Площадь освобожденной территории составила около 4 кв. км.",
        "ru",
        "RU",
    ),
    (
        "Министр обороны России сообщил об освобождении Зоревки.\n\n"
        "Спикер ВСУ Петр Коваль сказал, что бои не стихают.\n\n"
        "За неделю освобождено около 12 кв. км.",
        "ru",
        "RU",
    ),
    (
        "Минобороны РФ объявило о взятии Степановки.\n\n"
        "Офицер ВСУ Олег Сидоренко заявил, что там продолжаются бои.\n\n"
        "Всего за сутки освобождено около 6 кв. км.",
        "ru",
        "RU",
    ),
    (
        "Генштаб ЗСУ повідомив про звільнення Ломівки.\n\n"
        "Речник ЗС РФ Іван Сидоров заявив, що бої в Ломівці тривають.\n\n"
        "Площа звільненої території становить близько 4 кв. км.",
        "uk",
        "UA",
    ),
    (
        "Сили оборони звільнили Зорівку, повідомив Генштаб ЗСУ.\n\n"
        "Речник ЗС РФ Петро Козлов заявив, що бої не вщухають.\n\n"
        "Площа звільненої за тиждень території — близько 12 кв. км.",
        "uk",
        "UA",
    ),
    (
        "Генштаб ЗСУ заявив про звільнення Степанівки.\n\n"
        "Речник ЗС РФ Олег Смирнов заявив, що там тривають бої.\n\n"
        "Площа звільненої за добу території сягнула 6 кв. км.",
        "uk",
        "UA",
    ),
]


@pytest.mark.parametrize("text, lang, side", PARAGRAPH_LATER)
def test_an_earlier_paragraphs_other_voice_lends_no_side(
    text: str, lang: str, side: str
):
    rows = claim_rows(text, lang)
    areas = [r for r in rows if r[0] == "area_change"]
    assert areas, rows
    assert all(r[1] == side for r in areas), rows


# --- the same when the other side's speakers outnumber the language's by one
# only (two against one): the language's default still stands ------------
MARGIN_OF_ONE = [
    (
        "Минобороны России заявило, что бои идут у Ломовки.\n\n"
        "Комбат ВСУ Иван Петренко заявил, что бои идут у Зоревки.\n\n"
        "Офицер ВСУ Петр Коваль сказал, что бои не стихают у Степановки.\n\n"
        "Наши подразделения продвинулись у Ломовки на два километра.",
        "ru",
        "RU",
    ),
    (
        "Министр обороны России сообщил, что бои идут у Зоревки.\n\n"
        "Спикер ВСУ Петр Коваль заявил, что бои идут у Ломовки.\n\n"
        "Комбат ВСУ Олег Сидоренко сказал, что бои не стихают у Зоревки.\n\n"
        "Наши штурмовики продвинулись у Зоревки на полтора километра.",
        "ru",
        "RU",
    ),
    (
        "Минобороны РФ сообщило, что бои идут у Степановки.\n\n"
        "Офицер ВСУ Олег Сидоренко заявил, что бои идут у Степановки.\n\n"
        "Спикер ВСУ Иван Петренко сказал, что бои не стихают у Ломовки.\n\n"
        "Наши бойцы продвинулись у Степановки на три километра.",
        "ru",
        "RU",
    ),
    (
        "Генштаб ЗСУ повідомив, що бої тривають біля Ломівки.\n\n"
        "Речник ЗС РФ Іван Сидоров заявив, що бої тривають біля Зорівки.\n\n"
        "Речник ЗС РФ Петро Козлов заявив, що бої не вщухають біля Степанівки.\n\n"
        "Наші підрозділи просунулися біля Ломівки на два кілометри.",
        "uk",
        "UA",
    ),
    (
        "Генштаб ЗСУ заявив, що бої тривають біля Зорівки.\n\n"
        "Речник ЗС РФ Петро Козлов заявив, що бої тривають біля Ломівки.\n\n"
        "Речник ЗС РФ Олег Смирнов заявив, що бої не вщухають біля Зорівки.\n\n"
        "Наші штурмовики просунулися біля Зорівки на півтора кілометра.",
        "uk",
        "UA",
    ),
    (
        "Генштаб ЗСУ повідомив, що бої тривають біля Степанівки.\n\n"
        "Речник ЗС РФ Олег Смирнов заявив, що бої тривають біля Степанівки.\n\n"
        "Речник ЗС РФ Іван Сидоров заявив, що бої не вщухають біля Ломівки.\n\n"
        "Наші бійці просунулися біля Степанівки на три кілометри.",
        "uk",
        "UA",
    ),
]


@pytest.mark.parametrize("text, lang, side", MARGIN_OF_ONE)
def test_a_margin_of_one_voice_sets_no_perspective(text: str, lang: str, side: str):
    rows = claim_rows(text, lang)
    advances = [r for r in rows if r[0] == "advance"]
    assert advances, rows
    assert all(r[1] == side for r in advances), rows
