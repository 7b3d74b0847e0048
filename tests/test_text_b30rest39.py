"""Session 39, lane b30rest: gainers from blind30's wrong sides, each tested on
phrasings of our own (three per language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims


def _gainers(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [
        (c.kind, c.gainer)
        for c in extract_claims(text, published=date(2025, 5, 6), language=lang)
        if c.kind != "fighting"
    ]


# B30REST39 (a): "they" opening a claim in an interviewee's answer stand
# against the speaker, as "they" in direct speech do (a transcript's labelled
# turns after a host's remark that asked nothing are answers too); a Russian
# speaker's "они" are Ukraine's forces
@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        (
            "Radio talk with a brigade officer\n"
            "HOST: How is it near the river?\n"
            "OFFICER: Hard. They took Lozove on Sunday.\n"
            "HOST: You mentioned the bridge earlier.\n"
            "OFFICER: Yes. They crossed the river near Lozove at night.\n"
            "HOST: Anything else?\n"
            "OFFICER: No.",
            "en",
            "RU",
        ),
        (
            "Interview with the mayor\n"
            "Q: What is the situation?\n"
            "A: They have advanced about two kilometres towards Stepove.\n"
            "Q: And the south?\n"
            "A: Quiet.",
            "en",
            "RU",
        ),
        (
            "Podcast notes\n"
            "Host: Is Kamianka still holding?\n"
            "Guest: No, they captured Kamianka last week.\n"
            "Host: Why?\n"
            "Guest: Too few men.",
            "en",
            "RU",
        ),
        (
            "Інтерв'ю з командиром батальйону\n"
            "— Яка ситуація біля Лугового?\n"
            "— Складна. Вони зайшли в Лугове минулої ночі.\n"
            "— А на півдні?\n"
            "— Тихо.",
            "uk",
            "RU",
        ),
        (
            "Розмова з офіцером бригади\n"
            "— Що зі Степовим?\n"
            "— Вони захопили Степове два дні тому.\n"
            "— Чому?\n"
            "— Бракує людей.",
            "uk",
            "RU",
        ),
        (
            "Ефір з речником угруповання\n"
            "Питання: Як на Покровському напрямку?\n"
            "Відповідь: Вони просунулися на два кілометри біля Лугового.\n"
            "Питання: А далі?\n"
            "Відповідь: Побачимо.",
            "uk",
            "RU",
        ),
        (
            "Интервью с командиром штурмового отряда\n"
            "— Что у Лугового?\n"
            "— Тяжело. Они заняли Луговое в воскресенье.\n"
            "— А южнее?\n"
            "— Тихо.",
            "ru",
            "UA",
        ),
        (
            "Беседа с офицером группировки «Центр»\n"
            "Вопрос: Что со Степовым?\n"
            "Ответ: Они захватили Степовое позавчера.\n"
            "Вопрос: Почему?\n"
            "Ответ: Мало людей.",
            "ru",
            "UA",
        ),
        (
            "Разговор с бойцом ВС РФ\n"
            "— Как на Покровском направлении?\n"
            "— Они продвинулись на два километра у Лугового.\n"
            "— А дальше?\n"
            "— Посмотрим.",
            "ru",
            "UA",
        ),
    ],
)
def test_they_in_an_answer_stand_against_the_speaker(
    text: str, lang: str, side: str
) -> None:
    got = _gainers(text, lang)
    assert got, got
    assert all(gainer == side for _, gainer in got), got


# B30REST39 (b): "you" put to the one interviewed is the side the speaker
# speaks for, as "we" is: "you have lost X" said to a Ukrainian officer is
# Russia's gain, "вы потеряли X" said to a Russian one Ukraine's
@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        (
            "Interview with a Ukrainian brigade commander\n"
            "Q: Russian channels say you have lost Lozove. Is that true?\n"
            "A: No comment.\n"
            "Q: And the river?\n"
            "A: Quiet.",
            "en",
            "RU",
        ),
        (
            "Interview with a Ukrainian battalion commander\n"
            "Q: Last week your forces retook Stepove. What comes next?\n"
            "A: We will see.\n"
            "Q: And the south?\n"
            "A: Quiet.",
            "en",
            "UA",
        ),
        (
            "Talk with a Ukrainian officer\n"
            "Q: You advanced two kilometres near Kamianka, the staff says. How?\n"
            "A: Slowly.\n"
            "Q: Losses?\n"
            "A: Few.",
            "en",
            "UA",
        ),
        (
            "Інтерв'ю з командиром бригади ЗСУ\n"
            "— Росіяни пишуть, що ви втратили Лугове. Це правда?\n"
            "— Без коментарів.\n"
            "— А на півдні?\n"
            "— Тихо.",
            "uk",
            "RU",
        ),
        (
            "Інтерв'ю з командиром батальйону\n"
            "— Минулого тижня ваші підрозділи звільнили Степове. Що далі?\n"
            "— Побачимо.\n"
            "— А втрати?\n"
            "— Невеликі.",
            "uk",
            "UA",
        ),
        (
            "Розмова з офіцером ЗСУ\n"
            "— Ви просунулися на два кілометри біля Лугового. Як це вдалося?\n"
            "— Повільно.\n"
            "— А далі?\n"
            "— Побачимо.",
            "uk",
            "UA",
        ),
        (
            "Интервью с командиром штурмового отряда\n"
            "— Украинские каналы пишут, что вы потеряли Луговое. Это правда?\n"
            "— Без комментариев.\n"
            "— А южнее?\n"
            "— Тихо.",
            "ru",
            "UA",
        ),
        (
            "Интервью с командиром батальона ВС РФ\n"
            "— На прошлой неделе ваши подразделения заняли Степовое. Что дальше?\n"
            "— Посмотрим.\n"
            "— А потери?\n"
            "— Небольшие.",
            "ru",
            "RU",
        ),
        (
            "Беседа с офицером группировки «Центр»\n"
            "— Вы продвинулись на два километра у Лугового. Как это удалось?\n"
            "— Медленно.\n"
            "— А дальше?\n"
            "— Посмотрим.",
            "ru",
            "RU",
        ),
    ],
)
def test_you_asked_are_the_speakers_side(text: str, lang: str, side: str) -> None:
    got = _gainers(text, lang)
    assert got, got
    assert all(gainer == side for _, gainer in got), got


# B30REST39 (c): "Russian state TV says …" put to the one interviewed is a
# voice relayed (lang/en.RELAYED_VOICES), no speaker of the document: the
# interviewee's "we" and "our forces" stay his side's (English only)
@pytest.mark.parametrize(
    "text",
    [
        "Radio interview with brigade officer Ivan Koval\n"
        "— What is retaken so far?\n"
        "— Our forces liberated Lozove this week.\n"
        "— Russian state TV says the troops were regrouped.\n"
        "— Let them say it.\n"
        "— Anything more?\n"
        "— Our units advanced two kilometres near Kamianka.",
        "Talk with a battalion commander\n"
        "— How is the north?\n"
        "— We retook Stepove on Monday.\n"
        "— Russian state television claims it was a planned move.\n"
        "— It was not.\n"
        "— And the river?\n"
        "— Quiet.",
        "Evening show guest: regional official Petro Lysenko\n"
        "— Is Kamianka free?\n"
        "— Yes, our troops have recaptured Kamianka.\n"
        "— Russian state TV reports heavy fighting there.\n"
        "— That is old news.\n"
        "— Next?\n"
        "— Lozove.",
    ],
)
def test_state_tv_relayed_is_no_speaker(text: str) -> None:
    got = _gainers(text, "en")
    assert got, got
    assert all(gainer == "UA" for _, gainer in got), got
