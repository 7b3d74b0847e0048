"""Session 39, lane b30claim: claimant rules from blind30's claimant errors
(spoken and posted claims), each tested on phrasings of our own (three per
language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claimants

from frontline.text.claims import extract_claims


def _speakers(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    claims = extract_claims(text, published=date(2024, 9, 12), language=lang)
    assert claims, text
    return {(c.claimant, c.claimant_role) for c in claims}


# B30CLAIM39 (a): a briefing's, press conference's or interview's title names
# its speaker (in the genitive in uk/ru): he speaks the claims nobody else in
# the transcript makes, and the answers of its questions
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "Briefing by Deputy Defence Minister Petro Hnatenko\n\n"
            "Over the week our units liberated 6 square kilometres near Robotyne.\n"
            "— Is Staromaiorske still contested?\n"
            "— Yes. Fighting continues near Staromaiorske.\n"
            "— And the east?\n"
            "— The enemy attacked near Synkivka without success.",
            "en",
            ("Petro Hnatenko", "Deputy Defence Minister"),
        ),
        (
            "Press conference with regional governor Ivan Kovalenko\n\n"
            "— Governor, is Lyptsi under your control?\n"
            "— Our forces liberated Lyptsi on Monday.\n"
            "— What about Vovchansk?\n"
            "— Heavy fighting continues in Vovchansk.",
            "en",
            ("Ivan Kovalenko", "regional governor"),
        ),
        (
            "TV interview with brigade commander Oleksii Danylenko\n\n"
            "— How far did you get?\n"
            "— We advanced 3 kilometres toward Tokmak this month.\n"
            "— Anything else?\n"
            "— We recaptured 4 square kilometres south of Orikhiv.",
            "en",
            ("Oleksii Danylenko", "brigade commander"),
        ),
        (
            "Брифінг речника Сил оборони півдня Андрія Коваля\n\n"
            "За добу наші підрозділи просунулися на 800 метрів біля Кринок.\n"
            "— Чи втримує ворог Козачі Табори?\n"
            "— Так. Там тривають бої.\n"
            "— А на Запоріжжі?\n"
            "— Противник атакував біля Роботиного, без успіху.",
            "uk",
            ("Андрія Коваля", "речника Сил оборони півдня"),
        ),
        (
            "Пресконференція начальника обласної військової адміністрації "
            "Олега Сидоренка\n\n"
            "— Чи звільнено Липці?\n"
            "— Так, наші сили звільнили Липці вчора.\n"
            "— Що у Вовчанську?\n"
            "— У Вовчанську тривають бої.",
            "uk",
            ("Олега Сидоренка", "начальника обласної військової адміністрації"),
        ),
        (
            "Інтерв'ю командира бригади «Хижак» Тараса Мельника для радіо\n\n"
            "— Де зараз найважче?\n"
            "— Ми просунулися на два кілометри біля Вербового.\n"
            "— А сусіди?\n"
            "— Ворог захопив Піщане минулого тижня.",
            "uk",
            ("Тараса Мельника", "командира бригади «Хижак»"),
        ),
        (
            "Брифинг представителя Минобороны Олега Смирнова\n\n"
            "За неделю подразделения освободили 18 квадратных километров.\n"
            "— Что с Работино?\n"
            "— В Работино продолжаются бои.\n"
            "— А Новопрокоповка?\n"
            "— Противник безуспешно атаковал у Новопрокоповки.",
            "ru",
            ("Олега Смирнова", "представителя Минобороны"),
        ),
        (
            "Интервью губернатора области Петра Волкова «Радио-1»\n\n"
            "— Освобождено ли Глушково?\n"
            "— Да, наши подразделения освободили Глушково в среду.\n"
            "— А Тёткино?\n"
            "— У Тёткино ещё идут бои.",
            "ru",
            ("Петра Волкова", "губернатора области"),
        ),
        (
            "Заявление командира корпуса «Север» Ивана Громова (видеообращение)\n\n"
            "Наши штурмовые отряды продвинулись на 3 километра у Волчанска. "
            "В Липцах продолжаются бои.",
            "ru",
            ("Ивана Громова", "командира корпуса «Север»"),
        ),
    ],
)
def test_title_names_the_speaker(text: str, lang: str, who: tuple[str, str]) -> None:
    assert _speakers(text, lang) == {who}


# B30CLAIM39 (a): a title of the genre with no one named in it names no
# speaker ("Інтерв'ю тижня", "Интервью дня")
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Інтерв'ю тижня\n\nЗСУ звільнили Роботине.", "uk"),
        ("Интервью дня\n\nВС РФ освободили Работино.", "ru"),
        ("Briefing by the numbers\n\nUkraine liberated Robotyne.", "en"),
    ],
)
def test_title_of_nobody_names_nobody(text: str, lang: str) -> None:
    assert claimants(text, lang) == [None]


# B30CLAIM39 (b): a post's update mark ("UPD:", "UPD 18:40:") is a label,
# nobody speaking: the speaker after it speaks
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "UPD: The General Staff says Russian forces attacked near Kupiansk "
            "12 times.",
            "en",
            "The General Staff",
        ),
        (
            "Fighting went on all night.\n\nUPD 14:20: the brigade said Russian "
            "troops advanced near Toretsk.",
            "en",
            "the brigade",
        ),
        (
            "UPD: Ukraine's army said fighting continues in Krasnohorivka.",
            "en",
            "Ukraine's army",
        ),
        ("UPD: Генштаб повідомив, що ворог атакував біля Липців.", "uk", "Генштаб"),
        (
            "UPD 19:05: речник бригади Ігор Ткач заявив, що росіяни просунулися "
            "біля Торецька.",
            "uk",
            "Ігор Ткач",
        ),
        (
            "Upd. Сили оборони відбили атаки біля Вовчанська, повідомив Генштаб.",
            "uk",
            "Генштаб",
        ),
        (
            "UPD: Минобороны РФ сообщило об освобождении Новой Полтавки.",
            "ru",
            "Минобороны РФ",
        ),
        (
            "UPD 21:10: в Генштабе ВСУ заявили, что атаки у Волчанска отбиты.",
            "ru",
            "Генштабе ВСУ",
        ),
        (
            "UPD: губернатор Петр Волков сообщил, что бои идут у Тёткино.",
            "ru",
            "Петр Волков",
        ),
    ],
)
def test_update_mark_is_no_speaker(text: str, lang: str, who: str) -> None:
    assert set(claimants(text, lang)) == {who}


# B30CLAIM39 (c): a speaker's own verb in the first person before a colon
# ("Докладываю: …", "Доповідаю: …") is no speaker's name
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "Виступ командувача угруповання Олега Ткаченка\n\n"
            "Доповідаю: сьогодні звільнено Липці.",
            "uk",
            "Олега Ткаченка",
        ),
        (
            "Наголошую: наші сили просунулися на 2 км біля Вербового, сказав "
            "генерал Іван Гнатюк.",
            "uk",
            "Іван Гнатюк",
        ),
        (
            "Заява речника Генштабу Андрія Ковальова\n\n"
            "Повідомляю: ворог атакував біля Торецька 12 разів.",
            "uk",
            "Андрія Ковальова",
        ),
        (
            "Выступление министра обороны Андрея Белова\n\n"
            "Докладываю: освобождён Горналь.",
            "ru",
            "Андрея Белова",
        ),
        (
            "Подчёркиваю: бои у Липцев продолжаются, заявил губернатор Петр Волков.",
            "ru",
            "Петр Волков",
        ),
        (
            "Доклад командующего группировкой Ивана Громова\n\n"
            "Сообщаю: подразделения освободили Волчанск.",
            "ru",
            "Ивана Громова",
        ),
    ],
)
def test_first_person_verb_is_no_speaker(text: str, lang: str, who: str) -> None:
    assert set(claimants(text, lang)) == {who}


# B30CLAIM39 (d): a channel a post's title names by its noun ("(канал «X»)",
# "від каналу «X»", "(channel \"X\")") issues the post's unattributed claims
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            'Weekend front summary (channel "Steppe Watch")\n\n'
            "• Pokrovsk: Russian units advanced 500 metres near Myrnohrad.\n"
            "• Toretsk: fighting continues in the city centre.",
            "en",
            "Steppe Watch",
        ),
        (
            "Evening roundup from the Telegram channel Trench Notes\n\n"
            "Ukrainian forces recaptured Lyptsi. Fighting continues near Vovchansk.",
            "en",
            "Trench Notes",
        ),
        (
            'Sector by sector, as the milblogger channel "North Wind" sees it\n\n'
            "Our units took Urozhaine. Fighting goes on near Staromaiorske.",
            "en",
            "North Wind",
        ),
        (
            "Огляд фронту за добу (канал «Степовий вітер»)\n\n"
            "▪️ Покровський напрямок: ворог просунувся на 500 метрів біля "
            "Мирнограда.\n▪️ Торецький напрямок: бої тривають у центрі міста.",
            "uk",
            "Степовий вітер",
        ),
        (
            "Зведення від каналу «Окопні нотатки», 12 вересня\n\n"
            "Наші сили звільнили Липці. Біля Вовчанська тривають бої.",
            "uk",
            "Окопні нотатки",
        ),
        (
            "Телеграм-канал «Північ»: підсумки тижня\n\n"
            "ЗСУ просунулися на 2 км біля Роботиного.",
            "uk",
            "Північ",
        ),
        (
            "Обзор за сутки (канал «Северный ветер»)\n\n"
            "▪️ Покровское направление: продвижение на 500 метров у Мирнограда.\n"
            "▪️ Торецкое направление: бои в центре города.",
            "ru",
            "Северный ветер",
        ),
        (
            "Сводка от канала «Окопные записки» на 12 сентября\n\n"
            "Наши подразделения освободили Урожайное. У Работино идут бои.",
            "ru",
            "Окопные записки",
        ),
        (
            "Итоги недели, телеграм-канал «Восток-Z»\n\n"
            "ВС РФ продвинулись на 2 км у Волчанска.",
            "ru",
            "Восток-Z",
        ),
    ],
)
def test_title_channel_issues_the_post(text: str, lang: str, who: str) -> None:
    assert set(claimants(text, lang)) == {who}


# B30CLAIM39 (e): a region's colloquial name before a colon ("Курщина: …",
# "Харківщина: …") is a roundup's line label, no speaker
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("Курщина: росіяни просунулися біля Суджі.", "uk", None),
        (
            "Харківщина: ворог атакував біля Липців, повідомив Генштаб.",
            "uk",
            "Генштаб",
        ),
        ("Сумщина: ворог атакував біля Юнаківки.", "uk", None),
        ("Курщина: ВСУ отступили из Суджи, сообщает «Рыбарь».", "ru", "Рыбарь"),
        ("Харьковщина: бои идут у Волчанска.", "ru", None),
        ("Белгородчина: противник атаковал у Журавлёвки.", "ru", None),
    ],
)
def test_region_label_is_no_speaker(text: str, lang: str, who: str | None) -> None:
    assert set(claimants(text, lang)) == {who}
