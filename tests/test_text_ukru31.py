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
