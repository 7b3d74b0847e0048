"""Claimants from blind27's error classes, session 36 (lane b27claim): own
phrasings only, three per language; nothing here reads ``../shared``.

A live blog's, a post's or a page's label ("— UPDATED", "Interview:",
"Окремо:", "Доповнено:", "Итог:", "Отдельно:") names nobody: it is never
a claim's speaker."""

from __future__ import annotations

import pytest
from claim_rows import claimants

from frontline.text.claimants import find_claimant, is_label


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Moscow claims Dvorichne; Kyiv denies it — UPDATED\nNews Desk, "
            "3 May 2024\n\nRussia's defence ministry said on Thursday that its "
            "troops had captured Dvorichne.",
            "en",
            ["Moscow", "Kyiv", "Russia's defence ministry"],
        ),
        (
            "Russia says it took Ivanivka — Update\n\nThe Kremlin said its "
            "forces had captured Ivanivka on Friday.",
            "en",
            ["Russia", "The Kremlin"],
        ),
        (
            'Interview: "We will hold Siversk"\n\nQ: Have the Russians entered '
            "the town?\nCaptain Ivan Hrytsenko, a company commander: They "
            "entered the outskirts, we pushed them back.\n\nQ: Anything else?\n"
            "Hrytsenko: We advanced 500 metres near Verkhnokamianske.",
            "en",
            ["Hrytsenko", "Hrytsenko"],
        ),
        (
            "Росія заявляє про захоплення Петрівки — ОНОВЛЕНО\n\nМіноборони РФ "
            "у середу заявило, що війська захопили село Петрівка.",
            "uk",
            ["Росія", "Міноборони РФ"],
        ),
        (
            "Генштаб ЗСУ: за добу відбито 20 атак.\nДоповнено: ворог просунувся "
            "біля Торецька.",
            "uk",
            ["Генштаб ЗСУ"],
        ),
        (
            "DeepState:\nВорог просунувся поблизу Новоселівки.\nОкремо: росіяни "
            "захопили Петрівку, повідомив проєкт.",
            "uk",
            ["DeepState", "DeepState"],
        ),
        (
            "Военкор Юг | сводка\n\nИтог: за неделю ВС РФ заняли около 50 кв. км.",
            "ru",
            ["Военкор Юг"],
        ),
        (
            "Минобороны России заявило о взятии Ивановки — ОБНОВЛЕНО\n\n"
            "Минобороны России сообщило, что войска заняли Ивановку.",
            "ru",
            ["Минобороны России", "Минобороны России"],
        ),
        (
            "Генштаб ВСУ сообщил о боях у Торецка.\nОтдельно: противник "
            "продвинулся у Часова Яра.",
            "ru",
            ["Генштаб ВСУ", "Генштаб ВСУ"],
        ),
    ],
)
def test_a_label_is_nobody_speaking(text: str, lang: str, expected: list) -> None:
    """A live blog's or a post's label is never the claimant."""
    assert claimants(text, lang) == expected


@pytest.mark.parametrize(
    ("word", "label"),
    [
        ("UPDATED", True),
        ("Correction", True),
        ("Оновлено", True),
        ("Окремо", True),
        ("Итог", True),
        ("Напомним", True),
        ("Hanna Maliar", False),
        ("DeepState", False),
        ("Генштаб ЗСУ", False),
    ],
)
def test_is_label(word: str, label: bool) -> None:
    """The labels of three languages, and names that are none."""
    assert is_label(word) is label


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Генерал відповів на запитання журналістів у Краматорську.", "uk"),
        ("Речник відповів на питання ведучого.", "uk"),
        ("Коваль заявив під час брифінгу, що ворог відступив.", "uk"),
        ("Командир ответил на вопросы корреспондента.", "ru"),
        ("Пушилин сообщил в ходе брифинга, что бои идут.", "ru"),
        ("Глава региона ответил на вопрос журналиста.", "ru"),
        ("The general replied to our correspondent's questions.", "en"),
        ("Brigade spokesman Ivan Petrov answered questions from reporters.", "en"),
        ("The commander responded to a question about Robotyne.", "en"),
    ],
)
def test_what_a_verb_answers_is_nobody(sentence: str, lang: str) -> None:
    """What an answer verb answers ("на запитання кореспондента", "на вопросы
    ведущего", "questions from reporters") is never the speaker."""
    c = find_claimant(sentence, lang)
    assert c is None or not c.name or not c.name[:1].islower()
    assert c is None or not (c.name or "").lower().startswith(
        ("на ", "під час", "в ходе", "questions", "to ")
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "name", "role"),
    [
        (
            "Максим Кравець, командир батальйону 12-ї бригади, відповів на "
            "запитання нашого кореспондента під Оріховом.",
            "uk",
            "Максим Кравець",
            "командир батальйону 12-ї бригади",
        ),
        (
            "Олександр Сирський, головнокомандувач ЗСУ, заявив, що ворог відступив.",
            "uk",
            "Олександр Сирський",
            "головнокомандувач ЗСУ",
        ),
        (
            "Олег Бондар, речник угруповання «Хортиця», у вівторок повідомив, "
            "що ворог відступив.",
            "uk",
            "Олег Бондар",
            "речник угруповання «Хортиця»",
        ),
        (
            "Иван Петров, командир спецназа «Восток», ответил на вопросы "
            "ведущего о ситуации под Курском.",
            "ru",
            "Иван Петров",
            "командир спецназа «Восток»",
        ),
        (
            "Иван Петров, командир батальона, заявил, что ВСУ отступили.",
            "ru",
            "Иван Петров",
            "командир батальона",
        ),
        (
            "Денис Пушилин, глава ДНР, в эфире телеканала сообщил, что бои идут.",
            "ru",
            "Денис Пушилин",
            "глава ДНР",
        ),
    ],
)
def test_name_then_apposed_role_then_verb(
    sentence: str, lang: str, name: str, role: str
) -> None:
    """uk/ru: a name, its role between commas, then the verb: the person
    speaks, never what the verb answers ("на запитання …")."""
    c = find_claimant(sentence, lang)
    assert c is not None
    assert (c.name, c.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Weekend front review\n\nKupiansk direction. The Russians advanced "
            "2 km near Synkivka.\n\n— Trench Notes\n#front #review\nGlory to "
            "Ukraine!",
            "en",
            ["Trench Notes"],
        ),
        (
            "Evening summary\n\nThe enemy captured Ivanivka.\n\n— Steppe Watch\n"
            'Reposted by the channel Front Line with a comment: "Looks right."',
            "en",
            ["Steppe Watch"],
        ),
        (
            "Shared by the channel War Notes.\n\nOur troops advanced 3 km near "
            "Robotyne over the past day.\n\n#Petrenko #Army",
            "en",
            [None],
        ),
        (
            "Огляд фронту за тиждень\n\nРосіяни просунулися на 2 км біля "
            "Синьківки.\n\n— Окопний літопис\n#фронт #огляд\nСлава ЗСУ!",
            "uk",
            ["Окопний літопис"],
        ),
        (
            "Вечірнє зведення\n\nВорог захопив Іванівку.\n\n— Степова варта\n"
            "Репост від каналу «Лінія» з коментарем: «Схоже на правду».",
            "uk",
            ["Степова варта"],
        ),
        (
            "Ранкові нотатки\n\nНаші воїни просунулися на 500 метрів біля "
            "Роботиного.\n\n— Окопний літопис. Підписуйтесь.\n#Роботине",
            "uk",
            ["Окопний літопис"],
        ),
        (
            "Обзор фронта за неделю\n\nВС РФ продвинулись на 2 км у Синьковки."
            "\n\n— Полевой дневник\n#фронт #обзор\nПобеда будет за нами!",
            "ru",
            ["Полевой дневник"],
        ),
        (
            "Вечерняя сводка\n\nВойска заняли Ивановку.\n\n— Степной дозор. "
            "Подписывайтесь.\nРепост канала «Линия» с комментарием: «Похоже на "
            "правду».",
            "ru",
            ["Степной дозор"],
        ),
        (
            "Пост переслал канал «Фронт».\n\nНаши бойцы продвинулись на 3 км у "
            "Работино.\n\n#Минобороны #армия",
            "ru",
            [None],
        ),
    ],
)
def test_a_post_is_signed_before_its_closing_furniture(
    text: str, lang: str, expected: list
) -> None:
    """A post's dash-led signature speaks its claims, read past the hashtags,
    slogan and repost comment after it; a line of hashtags signs nothing."""
    assert claimants(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            'Shared by the channel War Notes with a note: "Checked."\n\nArmy '
            "spokesman Oleh Petrenko:\n\nOur troops advanced 3 km near Robotyne "
            "over the past day.\nFighting continues near Bakhmut.\n\n"
            "#Petrenko #Army",
            "en",
            ["Oleh Petrenko", "Oleh Petrenko"],
        ),
        (
            "Reposted from a channel.\n\nDeepState:\nThe enemy advanced near "
            "Novoselivka. The occupiers captured Petrivka.",
            "en",
            ["DeepState", "DeepState"],
        ),
        (
            "General Staff, as of 08:00 on 3 May:\n\nThe enemy attacked 12 times "
            "near Lysivka.\n\nThe Kremlin said its troops had captured "
            "Ocheretyne.",
            "en",
            ["General Staff", "The Kremlin"],
        ),
        (
            "Канал «Окопні нотатки» поширює допис DeepState.\n\nDeepState:\n"
            "Ворог просунувся поблизу Новоселівки. Окупанти захопили Петрівку.",
            "uk",
            ["DeepState", "DeepState"],
        ),
        (
            "Генштаб ЗСУ, станом на 22:00 19 березня:\n\nНа Покровському "
            "напрямку ворог 20 разів атакував поблизу Лисівки.",
            "uk",
            ["Генштаб ЗСУ"],
        ),
        (
            "Допис поширено.\n\nРечник угруповання Іван Коваль:\nНаші воїни "
            "просунулися на 800 метрів біля Кліщіївки.",
            "uk",
            ["Іван Коваль"],
        ),
        (
            "Репост из канала «Фронт».\n\nМинобороны России:\nПодразделения "
            "группировки «Центр» освободили Ивановку.",
            "ru",
            ["Минобороны России"],
        ),
        (
            "Генштаб ВСУ, по состоянию на 08:00:\n\nНа Покровском направлении "
            "противник 20 раз атаковал у Лысовки.",
            "ru",
            ["Генштаб ВСУ"],
        ),
        (
            "Пост переслан.\n\nВоенкор Иван Петров:\nНаши штурмовики "
            "продвинулись на 2 км у Работино.",
            "ru",
            # LEFTUKRU36: "военкор" is a role, the person the claimant
            ["Иван Петров"],
        ),
    ],
)
def test_a_heading_line_speaks_the_lines_after_it(
    text: str, lang: str, expected: list
) -> None:
    """A line that is only a speaker and a colon (a report's time after a
    comma allowed) speaks the claims after it that name nobody else."""
    assert claimants(text, lang) == expected
