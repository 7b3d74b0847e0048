"""Who claims (issue 8): claimant families seen on the readable blind corpora.

Every sentence is invented for the test (no corpus or article text, no
``../shared``); each family is tried in three phrasings of our own per
language. Place names are made up ("Kolosky", "Marivka", "Zorivka").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claimants import call_sign, find_claimant
from frontline.text.claims import extract_claims
from frontline.text.page_speakers import answer_spans, document_issuer

PUB = date(2025, 9, 3)


def claims(text: str, lang: str = "en"):
    return extract_claims(text, published=PUB, language=lang)


def speakers(text: str, lang: str) -> set[str | None]:
    found = claims(text, lang)
    assert found, "the text must hold a claim"
    return {c.claimant for c in found}


# ---- family 1: a call sign is the name, the words before it the role -------
@pytest.mark.parametrize(
    ("sentence", "name", "role_word"),
    [
        (
            "The platoon commander, call sign Lynx, told us about the night.",
            "Lynx",
            "commander",
        ),
        (
            "A company commander with the call sign Hawk said the lane was lost.",
            "Hawk",
            "commander",
        ),
        (
            "The drone officer, who asked to be identified by his call sign 'Owl', "
            "spoke by phone.",
            "Owl",
            "officer",
        ),
        (
            "Командир роти з позивним «Сокіл» розповів про нічний бій.",
            "Сокіл",
            "Командир",
        ),
        (
            "Начальник штабу батальйону з позивним Вовк сказав, що ворог відійшов.",
            "Вовк",
            "Начальник",
        ),
        ("Речник бригади під позивним Лис повідомив про бої.", "Лис", "Речник"),
        (
            "Командир взвода с позывным Кедр рассказал о ночном штурме.",
            "Кедр",
            "Командир",
        ),
        (
            "Заместитель командира роты с позывным «Барс» сообщил о боях.",
            "Барс",
            "Заместитель",
        ),
        (
            "Командир батареи под позывным Гранит заявил, что позиция удержана.",
            "Гранит",
            "Командир",
        ),
    ],
)
def test_call_sign_is_the_name(sentence: str, name: str, role_word: str) -> None:
    c = call_sign(sentence)
    assert c is not None and c.name == name
    assert role_word.lower() in (c.role or "").lower()


def test_call_sign_needs_a_role_word() -> None:
    assert call_sign("The village, call sign Zorivka on the maps, burned.") is None


# ---- family 2: the answers of an interview are the interviewee's -----------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "A battalion commander, call sign Flint, spoke to us near the front.\n"
            "What happened at Kolosky?\n"
            "We took back Kolosky on Monday and hold it.\n"
            "And Marivka?\n"
            "Fighting continues near Marivka every day.",
            "en",
            "Flint",
        ),
        (
            "Q: How is the line near Zorivka?\n"
            "A: Our units advanced two kilometres towards Zorivka last week.\n"
            "Q: Is the road open?\n"
            "A: Hard to say.\n"
            "Brigade spokesman Petro Sadovy answered our questions by phone.",
            "en",
            "Petro Sadovy",
        ),
        (
            "Deputy commander Ihor Melnyk described the week to our reporter.\n"
            "- What changed around Kolosky?\n"
            "- The enemy captured Kolosky on Tuesday, we pulled back.\n"
            "- And next?\n"
            "- We regroup.",
            "en",
            "Ihor Melnyk",
        ),
        (
            "Командир роти з позивним «Сокіл» розповів нам про тиждень.\n"
            "— Що зараз біля Колосків?\n"
            "— Минулого тижня ворог зайшов у Колоски, ми тримаємо околицю.\n"
            "— А Марівка?\n"
            "— Там тривають бої.",
            "uk",
            "Сокіл",
        ),
        (
            "— Як змінилася ситуація біля Зорівки?\n"
            "— Противник просунувся на два кілометри до Зорівки.\n"
            "— А що на півночі?\n"
            "— Ми відбили чотири штурми біля Марівки.\n"
            "Так відповідав в ефірі речник бригади Остап Гнатюк.",
            "uk",
            "Остап Гнатюк",
        ),
        (
            "Питання: Що з Колосками?\n"
            "Відповідь: Ми звільнили Колоски ще в серпні.\n"
            "Питання: А далі?\n"
            "Відповідь: Далі буде видно.\n"
            "На питання відповідав командир батальйону Андрій Лях.",
            "uk",
            "Андрій Лях",
        ),
        (
            "Командир роты с позывным Кедр рассказал нашему корреспонденту о боях.\n"
            "— Что сейчас у Марьевки?\n"
            "— На прошлой неделе наши взяли Марьевку, противник контратакует.\n"
            "— А Зорино?\n"
            "— Там идут бои.",
            "ru",
            "Кедр",
        ),
        (
            "— Что происходит у Колосков?\n"
            "— Наши подразделения продвинулись на полтора километра к Колоскам.\n"
            "— Есть ли потери?\n"
            "— Есть, но немного.\n"
            "Так глава районной администрации Олег Петров оценил обстановку.",
            "ru",
            "Олег Петров",
        ),
        (
            "Вопрос: Где сейчас линия фронта?\n"
            "Ответ: Мы вышли к окраинам Зорино и закрепились.\n"
            "Вопрос: А что дальше?\n"
            "Ответ: Будем наступать.\n"
            "На вопросы отвечал заместитель командира полка Иван Сорокин.",
            "ru",
            "Иван Сорокин",
        ),
    ],
)
def test_interview_answers_are_the_interviewees(
    text: str, lang: str, name: str
) -> None:
    answers = answer_spans(text)
    assert answers
    found = claims(text, lang)
    inside = [c for c in found if any(a <= c.char_start < b for a, b in answers)]
    assert inside, "an answer must hold a claim"
    assert {c.claimant for c in inside} == {name}


def test_prose_with_one_question_is_no_interview() -> None:
    text = (
        "Will the town hold?\nRussian forces captured Kolosky on Monday, the "
        "General Staff said."
    )
    assert answer_spans(text) == []


# ---- family 3: a document's issuer in its title, signature or channel line --
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Summary of the Ministry of Defence of the Republic on the events of "
            "2 September\nUnits of the eastern group liberated the settlement of "
            "Kolosky.",
            "en",
            "Ministry of Defence of the Republic",
        ),
        (
            "Morning field notes\nOur assault groups captured Zorivka overnight.\n"
            "Press service of the 14th Mechanised Brigade",
            "en",
            "Press service of the 14th Mechanised Brigade",
        ),
        (
            "Front today\nOur guys advanced 500 metres near Marivka.\n"
            "Subscribe to Steppe Wolf Z",
            "en",
            "Steppe Wolf Z",
        ),
        (
            "Зведення Оперативного командування «Схід» за 2 вересня\n"
            "Противник 12 разів атакував позиції наших захисників біля Марівки.",
            "uk",
            "Оперативного командування «Схід»",
        ),
        (
            "Командування Сил оборони сходу: оперативна інформація на ранок\n"
            "Наші воїни відбили шість штурмів поблизу Колосків.",
            "uk",
            "Командування Сил оборони сходу",
        ),
        (
            "Ранкова сводка з фронту\nЗа добу ворог просунувся біля Зорівки.\n"
            "Пресслужба 77-ї окремої бригади",
            "uk",
            "Пресслужба 77-ї окремої бригади",
        ),
        (
            "Сводка Министерства обороны Республики о ходе операции\n"
            "Подразделения группировки освободили населенный пункт Марьевка.",
            "ru",
            "Министерства обороны Республики",
        ),
        (
            "Итоги дня\nНаши штурмовики продвинулись на 800 метров у Колосков.\n"
            "Подписывайтесь на Полевой вестник",
            "ru",
            "Полевой вестник",
        ),
        (
            "Штаб группировки «Юг»: обстановка на утро\n"
            "Отражены три атаки противника у Зорино.",
            "ru",
            "Штаб группировки «Юг»",
        ),
    ],
)
def test_document_issuer_speaks_when_nobody_else_does(
    text: str, lang: str, name: str
) -> None:
    issuer = document_issuer(text)
    assert issuer is not None and issuer.name == name
    assert speakers(text, lang) == {name}


def test_a_named_speaker_keeps_the_claim_over_the_issuer() -> None:
    text = (
        "Summary of the Ministry of Defence of the Republic on 2 September\n"
        "Russian forces captured Kolosky, brigade spokesman Ivan Tkach said."
    )
    assert speakers(text, "en") == {"Ivan Tkach"}


# ---- family 4: a live blog's entry time is no part of the speaker ----------
@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        (
            "09:10 Colonel Ivan Tkach said Russian forces attacked Kolosky.",
            "en",
            "Ivan Tkach",
        ),
        ("11:45 Olha Savchuk: our troops advanced.", "en", "Olha Savchuk"),
        (
            "16.20 Brigade spokesman Taras Bilyk said the town holds.",
            "en",
            "Taras Bilyk",
        ),
        ("08:30 У Генштабі заявили про бої біля Марівки.", "uk", "Генштабі"),
        ("12:05 Речник Ігор Дуб: ворог відступив від Колосків.", "uk", "Ігор Дуб"),
        ("19:40 Про це повідомив командувач Сергій Кит.", "uk", "Сергій Кит"),
        ("14:50 В Минобороны заявили об освобождении Марьевки.", "ru", "Минобороны"),
        ("10:10 Павел Жук: бои идут у Зорино.", "ru", "Павел Жук"),
        ("21:00 Об этом сообщил губернатор Андрей Сом.", "ru", "Андрей Сом"),
    ],
)
def test_entry_time_is_no_speaker(sentence: str, lang: str, name: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is not None and c.name is not None
    assert c.name.split()[-1] == name.split()[-1]
    assert c.start >= sentence.index(" ")


# ---- family 5: a reported claim disputed: the disputing voice carries on ----
@pytest.mark.parametrize(
    ("text", "lang", "first", "carried"),
    [
        (
            "Russian bloggers claimed that Russian forces captured Kolosky, but "
            "the Steppe Monitor has not observed confirmation of these claims. "
            "Ukrainian forces recently advanced near Marivka.",
            "en",
            "Russian bloggers",
            "the Steppe Monitor",
        ),
        (
            "Pro-Russian channels claimed the capture of Zorivka; however, "
            "OpenMap has not verified the claim. Russian forces attacked near "
            "Kolosky on Monday.",
            "en",
            "Pro-Russian channels",
            "OpenMap",
        ),
        (
            "A Russian war blogger claimed that Russian troops seized Marivka, "
            "though the Front Institute has found no evidence of it. Fighting "
            "continued near Zorivka.",
            "en",
            "A Russian war blogger",
            "the Front Institute",
        ),
        (
            "Російські пропагандисти заявили про захоплення Колосків, однак у "
            "Генштабі це не підтверджують. Бої тривають біля Марівки.",
            "uk",
            "Російські пропагандисти",
            "Генштабі",
        ),
        (
            "Окупанти оголосили про взяття Зорівки, проте DeepState цього не "
            "фіксує. Ворог атакував біля Колосків.",
            "uk",
            "Окупанти",
            "DeepState",
        ),
        (
            "Росіяни повідомили про захоплення Марівки, але Сили оборони це не "
            "підтверджують. Противник штурмував позиції біля Зорівки.",
            "uk",
            "Росіяни",
            "Сили оборони",
        ),
        (
            "Военкоры сообщили о взятии Колосков, но в Генштабе ВСУ это не "
            "подтверждают. Бои идут у Марьевки.",
            "ru",
            "Военкоры",
            "Генштабе ВСУ",
        ),
        (
            "Блогеры заявили об освобождении Зорино, однако DeepState этого не "
            "фиксирует. Противник атаковал у Колосков.",
            "ru",
            "Блогеры",
            "DeepState",
        ),
        (
            "Каналы написали о захвате Марьевки, впрочем, ISW пока не подтвердил "
            "эти сведения. Бои продолжаются у Зорино.",
            "ru",
            "Каналы",
            "ISW",
        ),
    ],
)
def test_disputing_voice_is_carried(
    text: str, lang: str, first: str, carried: str
) -> None:
    found = claims(text, lang)
    second = text.index(". ") + 2
    before = [c for c in found if c.char_start < text.index(first) + 80]
    after = [c for c in found if c.char_start >= second]
    assert before and after
    assert before[0].claimant is not None
    assert before[0].claimant.split()[-1] == first.split()[-1]
    assert {c.claimant for c in after} == {carried}


# ---- family 6: footage is evidence an analyst reads; a participle no verb ---
@pytest.mark.parametrize(
    ("text", "analyst"),
    [
        (
            "The Steppe Monitor assesses the week below. Russian forces advanced "
            "near Kolosky, according to geolocated footage published on Monday.",
            "The Steppe Monitor",
        ),
        (
            "OpenMap said the line moved. Ukrainian forces regained positions "
            "near Marivka, according to satellite imagery.",
            "OpenMap",
        ),
        (
            "The Front Institute reported new fighting. Russian troops entered "
            "Zorivka, according to drone footage.",
            "The Front Institute",
        ),
    ],
)
def test_footage_is_no_speaker(text: str, analyst: str) -> None:
    found = [c for c in claims(text) if c.char_start > text.index(". ")]
    assert found
    assert {c.claimant for c in found} == {analyst}


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces made confirmed advances near Kolosky this week.",
        "Ukrainian troops achieved reported gains west of Marivka.",
        "Russian units recorded confirmed advances toward Zorivka.",
    ],
)
def test_participle_is_no_speech(sentence: str) -> None:
    assert find_claimant(sentence, "en") is None


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Геолоковані відео підтверджують просування біля Колосків.", "uk"),
        ("Опубліковані кадри підтвердили бої біля Марівки.", "uk"),
        ("Супутникові знімки зафіксували окопи біля Зорівки.", "uk"),
        ("Геолоцированные видео подтверждают продвижение у Колосков.", "ru"),
        ("Опубликованные кадры подтвердили бои у Марьевки.", "ru"),
        ("Спутниковые снимки зафиксировали окопы у Зорино.", "ru"),
    ],
)
def test_slavic_footage_is_no_speaker(sentence: str, lang: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is None or c.name is None


# ---- family 7: an analysis by X: the analyst speaks (English wording) ------
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Russian forces took 300 sq km in May, according to an analysis of "
            "maps by the Steppe Monitor.",
            "Steppe Monitor",
        ),
        (
            "Ukraine regained 40 sq km in June, according to an assessment "
            "published by the OpenMap project.",
            "OpenMap",
        ),
        (
            "Russian troops seized 120 sq km last week, according to a tally "
            "compiled by the Front Institute.",
            "Front Institute",
        ),
    ],
)
def test_analysis_by_names_the_analyst(sentence: str, name: str) -> None:
    c = find_claimant(sentence, "en")
    assert c is not None and c.name == name
    assert speakers(sentence, "en") == {name}


# ---- family 8: quotes: the speaker after the verb, by description ----------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“They captured Kolosky in May,” said a company commander, Taras, 29.",
            "Taras",
        ),
        (
            "'Russian troops advanced two kilometres near Marivka,' said a "
            "Western official.",
            "a Western official",
        ),
        (
            '"We pushed them out of Zorivka on Friday," said one drone operator.',
            "one drone operator",
        ),
    ],
)
def test_speaker_described_after_a_quote(text: str, name: str) -> None:
    assert speakers(text, "en") == {name}


# ---- family 9: a speaker's own document and a pronoun; modals no speech ----
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's General Staff did not confirm the loss. In its evening "
        "report it said its units repelled 12 attacks near Kolosky.",
        "Ukraine's General Staff did not confirm the loss. In its morning "
        "summary it said fighting continued near Marivka.",
        "Ukraine's General Staff did not confirm the loss. In their latest "
        "update they said Russian forces attacked near Zorivka.",
    ],
)
def test_own_document_points_back(text: str) -> None:
    later = [c for c in claims(text) if c.char_start > text.index(". ")]
    assert later
    assert {c.claimant for c in later} == {"Ukraine's General Staff"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency could not verify battlefield reports from either side.",
        "The newspaper cannot confirm claims made by both armies.",
        "Observers might dispute reports of the capture.",
    ],
)
def test_modal_clause_is_no_speaker(sentence: str) -> None:
    assert find_claimant(sentence, "en") is None


# ---- family 10: titles vs names: a bare title is the person named before ---
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Про бої біля Колосків заявив начальник штабу бригади Петро Гай. "
            "За його даними, ворог просунувся на кілометр. «Марівку ми "
            "тримаємо», — наголосив начальник.",
            "uk",
            "Петро Гай",
        ),
        (
            "Ситуацію пояснив міністр оборони Олег Лис. «Ворог штурмував "
            "позиції біля Зорівки», — сказав міністр.",
            "uk",
            "Олег Лис",
        ),
        (
            "Про це розповів командувач угруповання Іван Бір. «Наші підрозділи "
            "відбили атаки біля Колосків», — підкреслив командувач.",
            "uk",
            "Іван Бір",
        ),
        (
            "Об этом заявил генерал армии Олег Седов. «Наши "
            "подразделения освободили Марьевку», — отметил генерал.",
            "ru",
            "Олег Седов",
        ),
        (
            "Итоги озвучил министр обороны Павел Ким. По данным министра, войска "
            "продвинулись на 3 км у Зорино.",
            "ru",
            "Павел Ким",
        ),
        (
            "Об атаках сообщил командующий группировкой Игорь Рысь. «Противник "
            "атаковал у Колосков», — сказал командующий.",
            "ru",
            "Игорь Рысь",
        ),
    ],
)
def test_bare_title_is_the_person(text: str, lang: str, name: str) -> None:
    later = [c for c in claims(text, lang) if c.char_start > text.index(". ")]
    assert later
    assert {c.claimant for c in later} == {name}


# ---- family 11: estimates, counts and present-tense confirmations ----------
@pytest.mark.parametrize(
    ("sentence", "lang", "last"),
    [
        (
            "За оцінкою аналітиків OpenMap, ворог захопив 40 км² біля Колосків.",
            "uk",
            "OpenMap",
        ),
        ("За підрахунками Карти фронту, росіяни просунулися на 3 км.", "uk", "фронту"),
        ("Генштаб ЗСУ підтверджує бої біля Марівки.", "uk", "ЗСУ"),
        ("По оценке аналитиков OpenMap, армия продвинулась на 5 км.", "ru", "OpenMap"),
        ("По подсчетам Военного обозрения, взято 12 сел.", "ru", "обозрения"),
        ("Украинский Генштаб не подтверждает захват Зорино.", "ru", "Генштаб"),
        ("Генеральний штаб ЗСУ станом на ранок повідомляє про бої.", "uk", "ЗСУ"),
        (
            "Штаб бригади станом на ранок повідомив про атаки біля Колосків.",
            "uk",
            "бригади",
        ),
        (
            "Минобороны по состоянию на утро сообщило о боях у Марьевки.",
            "ru",
            "Минобороны",
        ),
    ],
)
def test_estimates_and_confirmations_name_the_author(
    sentence: str, lang: str, last: str
) -> None:
    c = find_claimant(sentence, lang)
    assert c is not None and c.name is not None
    assert c.name.split()[-1] == last


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Хто каже, що Колоски наші, — поспішає.", "uk"),
        ("Хто пише про взяття Марівки, помиляється.", "uk"),
        ("Ті, хто повідомляє про прорив, не були на фронті.", "uk"),
        ("Кто пишет, что Зорино наше, — торопится.", "ru"),
        ("Кто заявляет о взятии Колосков, ошибается.", "ru"),
        ("Те, кто сообщает о прорыве, не были на фронте.", "ru"),
    ],
)
def test_relative_pronoun_is_no_speaker(sentence: str, lang: str) -> None:
    c = find_claimant(sentence, lang)
    assert (
        c is None
        or c.name is None
        or c.name.split()[0]
        not in (
            "Хто",
            "Ті",
            "Кто",
            "Те",
        )
    )


# ---- family 12: in an analysis, unattributed figures are the analyst's -----
@pytest.mark.parametrize(
    "text",
    [
        "Russia gained more ground in May, according to a Wire analysis of "
        "OpenMap data. Russian troops claimed to have captured Kolosky. Since "
        "January, Russia has taken 1,200 square kilometres in total.",
        "Russian forces took 300 square kilometres in June, according to a Wire "
        "analysis of data from OpenMap. In April, Russia took 150 square "
        "kilometres, according to OpenMap data.",
        "Moscow's gains slowed in July, a Wire analysis of OpenMap figures "
        "showed. Ukraine said it recaptured Marivka. In July Russia took 90 "
        "square kilometres, the data indicated.",
    ],
)
def test_analyst_keeps_unattributed_figures(text: str) -> None:
    last = text.rindex(". ", 0, len(text) - 1) + 2
    found = [c for c in claims(text) if c.char_start >= last]
    assert found
    assert {c.claimant for c in found} == {"Wire"}


# ---- family 13: "they" in direct speech stand against the speaker ----------
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "“They took Kolosky in December,” said a Ukrainian platoon commander.",
            "en",
            "RU",
        ),
        ('"They captured Marivka last week," a Ukrainian officer told us.', "en", "RU"),
        (
            "“They advanced two kilometres near Zorivka,” the Russian colonel "
            "admitted.",
            "en",
            "UA",
        ),
        (
            "«Вони захопили Колоски в грудні», — розповів український командир.",
            "uk",
            "RU",
        ),
        (
            "«Минулого тижня вони просунулися біля Марівки», — сказав речник ЗСУ.",
            "uk",
            "RU",
        ),
        ("«Вони зайняли Зорівку», — визнав український офіцер.", "uk", "RU"),
        ("«Они взяли Колоски в декабре», — рассказал российский командир.", "ru", "UA"),
        (
            "«На прошлой неделе они продвинулись у Марьевки», — сказал офицер "
            "Минобороны России.",
            "ru",
            "UA",
        ),
        ("«Они захватили Зорино», — признал российский военкор.", "ru", "UA"),
    ],
)
def test_they_in_a_quote_are_the_other_side(text: str, lang: str, gainer: str) -> None:
    found = [c for c in claims(text, lang) if c.kind != "fighting"]
    assert found
    assert {c.gainer for c in found} == {gainer}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            '"We hold Kolosky," said a drone-unit commander who goes by the call '
            "sign Heron.",
            "Heron",
            "drone-unit commander",
        ),
        (
            "“They attack at night,” said an infantry officer known by the call "
            "sign Wolf.",
            "Wolf",
            "infantry officer",
        ),
        (
            '"Marivka is grey now," a platoon commander with the call sign Rook '
            "told us.",
            "Rook",
            "platoon commander",
        ),
    ],
)
def test_call_sign_after_a_quote(sentence: str, name: str, role: str) -> None:
    c = find_claimant(sentence, "en")
    assert c is not None and (c.name, c.role) == (name, role)


# ---- family 14: a time of day after the verb is no speaker -----------------
@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        (
            "Командувач Петро Гай заявив у ніч на суботу, що ворог відступив.",
            "uk",
            "Петро Гай",
        ),
        (
            "Речник Іван Коваль повідомив в ніч на неділю про бої біля Колосків.",
            "uk",
            "Іван Коваль",
        ),
        ("Генерал Олег Лис сказав у ході брифінгу, що бої тривають.", "uk", "Олег Лис"),
        (
            "Командующий Павел Ким заявил в ночь на субботу, что войска отошли.",
            "ru",
            "Павел Ким",
        ),
        (
            "Глава Олег Седов сообщил в ночь на воскресенье о боях у Зорино.",
            "ru",
            "Олег Седов",
        ),
        (
            "Генерал Игорь Рысь сказал в ходе брифинга, что бои продолжаются.",
            "ru",
            "Игорь Рысь",
        ),
    ],
)
def test_time_after_the_verb_is_no_speaker(sentence: str, lang: str, name: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is not None and c.name == name


# ---- family 15: a headline's source after a dash ---------------------------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Russian troops captured Kolosky - MoD\nText of the story.", "en", "MoD"),
        ("Ukraine regains ground near Marivka — ISW\nText.", "en", "ISW"),
        ("Russian forces advanced 2 km near Zorivka – OpenMap\nText.", "en", "OpenMap"),
        ("Росіяни просунулися біля Колосків - ОВА\nТекст.", "uk", "ОВА"),
        ("ЗСУ звільнили Марівку — Генштаб\nТекст.", "uk", "Генштаб"),
        ("Ворог захопив Зорівку – DeepState\nТекст.", "uk", "DeepState"),
        ("ВС РФ освободили Колоски - Минобороны\nТекст.", "ru", "Минобороны"),
        ("Армия продвинулась у Марьевки — Пушилин\nТекст.", "ru", "Пушилин"),
        ("Войска взяли Зорино – Рыбар\nТекст.", "ru", "Рыбар"),
    ],
)
def test_headline_source_after_a_dash(text: str, lang: str, name: str) -> None:
    head = [c for c in claims(text, lang) if c.char_start < text.index("\n")]
    assert head
    assert {c.claimant for c in head} == {name}


def test_a_place_after_a_dash_is_no_source() -> None:
    text = "Fierce fighting near the city - Kolosky\nText."
    assert all(c.claimant != "Kolosky" for c in claims(text))


# ---- family 16: what trails or precedes a speaker is no part of it ---------
@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        (
            "Spokesman Ivan Tkach meanwhile said fighting went on near Kolosky.",
            "en",
            "Ivan Tkach",
        ),
        ("OpenMap, for its part, reported fighting near Marivka.", "en", "OpenMap"),
        (
            "Russia's defence ministry did claim on Friday to have taken Zorivka.",
            "en",
            "Russia's defence ministry",
        ),
        ("Генштаб натомість повідомив про бої біля Колосків.", "uk", "Генштаб"),
        (
            "DeepState зі свого боку повідомив про просування біля Марівки.",
            "uk",
            "DeepState",
        ),
        ("Про взяття села повідомляв у травні Генштаб.", "uk", "Генштаб"),
        ("Минобороны в свою очередь сообщило о боях у Колосков.", "ru", "Минобороны"),
        ("Военкоры сообщали о продвижении у Марьевки.", "ru", "Военкоры"),
        ("Минобороны сообщало в мае о взятии села.", "ru", "Минобороны"),
    ],
)
def test_trailing_and_leading_words_are_no_name(
    sentence: str, lang: str, name: str
) -> None:
    c = find_claimant(sentence, lang)
    assert c is not None and c.name == name


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Fact-check: did Russia capture Kolosky?", "en"),
        ("That claim has not been confirmed either.", "en"),
        ("Verdict: misleading, the video shows Marivka.", "en"),
        ("Фактчек: чи захопили росіяни Колоски?", "uk"),
        ("Твердження: росіяни взяли Марівку.", "uk"),
        ("Фейк: ворог оточив Зорівку.", "uk"),
        ("Утверждение: армия взяла Колоски.", "ru"),
        ("Фейк: ВСУ окружены у Марьевки.", "ru"),
        ("Фактчек: взяли ли войска Зорино?", "ru"),
    ],
)
def test_fact_check_labels_are_no_speaker(sentence: str, lang: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is None or c.name is None


# ---- family 17: data and maps a named analyst publishes --------------------
@pytest.mark.parametrize(
    ("sentence", "lang", "last"),
    [
        (
            "За місяць ворог захопив 300 км², свідчать дані аналітиків OpenMap.",
            "uk",
            "OpenMap",
        ),
        ("Росіяни просунулися на 4 км, показують дані Карти фронту.", "uk", "фронту"),
        ("Ворог окупував два села, свідчать підрахунки DeepState.", "uk", "DeepState"),
        (
            "За месяц армия заняла 500 кв. км, свидетельствуют данные OpenMap.",
            "ru",
            "OpenMap",
        ),
        (
            "Войска продвинулись на 3 км, показывают данные Военной карты.",
            "ru",
            "карты",
        ),
        (
            "Армия взяла два села, свидетельствуют подсчеты аналитиков Рыбаря.",
            "ru",
            "Рыбаря",
        ),
    ],
)
def test_data_testify_names_the_analyst(sentence: str, lang: str, last: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is not None and c.name is not None
    assert c.name.split()[-1] == last


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Полевой вестник | Южное направление: обстановка к утру\nТекст.",
            "Полевой вестник",
        ),
        ("Итоги\nТекст.\nПодписывайтесь: @Zapad_front", "Zapad_front"),
        ("Front today\nText.\nSubscribe: @steppe_wolf", "steppe_wolf"),
    ],
)
def test_channel_lines_name_the_issuer(text: str, name: str) -> None:
    issuer = document_issuer(text)
    assert issuer is not None and issuer.name == name


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Раніше повідомлялося про бої біля Колосків.", "uk"),
        ("Раніше повідомляли, що ворог біля Марівки.", "uk"),
        ("Згодом повідомили про відхід від Зорівки.", "uk"),
        ("Ранее сообщалось о боях у Колосков.", "ru"),
        ("Ранее сообщали, что противник у Марьевки.", "ru"),
        ("Позже сообщили об отходе от Зорино.", "ru"),
    ],
)
def test_time_adverb_alone_is_no_speaker(sentence: str, lang: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is None or c.name is None


# ---- family 18: a participle or relative clause between speaker and verb ---
@pytest.mark.parametrize(
    ("sentence", "lang", "last"),
    [
        (
            "Речник Іван Коваль, який воює під Марівкою, сказав, що ворог відступив.",
            "uk",
            "Коваль",
        ),
        (
            "Командир Петро Гай, що командує ротою біля Колосків, повідомив про бої.",
            "uk",
            "Гай",
        ),
        (
            "Блогер Олег Лис, який перебуває біля Зорівки, написав про штурми.",
            "uk",
            "Лис",
        ),
        ("Военкор Олег Седов, работающий у Колосков, рассказал о боях.", "ru", "Седов"),
        (
            "Командир Павел Ким, который воюет у Марьевки, заявил, что бои идут.",
            "ru",
            "Ким",
        ),
        ("Блогер Игорь Рысь, находящийся у Зорино, сообщил о штурмах.", "ru", "Рысь"),
    ],
)
def test_apposed_clause_keeps_the_speaker(sentence: str, lang: str, last: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is not None and c.name is not None
    assert c.name.split()[-1] == last


# ---- family 19: a title as a label before a colon --------------------------
@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        (
            "Military expert: Russian forces advanced 2 km near Kolosky.",
            "en",
            "Military expert",
        ),
        (
            "Brigade spokesman: the enemy attacked Marivka twice.",
            "en",
            "Brigade spokesman",
        ),
        ("Regional governor: our troops hold Zorivka.", "en", "Regional governor"),
        (
            "Військовий експерт: ворог просунувся біля Колосків.",
            "uk",
            "Військовий експерт",
        ),
        ("Речник бригади: бої тривають біля Марівки.", "uk", "Речник бригади"),
        ("Командир роти: ми тримаємо Зорівку.", "uk", "Командир роти"),
        ("Военный эксперт: войска продвинулись у Колосков.", "ru", "Военный эксперт"),
        ("Представитель штаба: бои идут у Марьевки.", "ru", "Представитель штаба"),
        ("Командир батальона: мы удерживаем Зорино.", "ru", "Командир батальона"),
    ],
)
def test_titled_label_is_the_speaker(sentence: str, lang: str, name: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is not None and c.name is not None
    assert c.name.split()[-1] == name.split()[-1]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Southern direction: Russian forces advanced 2 km.", "en"),
        ("Покровський напрямок: ворог просунувся біля Колосків.", "uk"),
        ("Южное направление: войска продвинулись у Зорино.", "ru"),
    ],
)
def test_topic_label_is_no_speaker(sentence: str, lang: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is None or c.name is None


# ---- family 20: whose "liberated": the side of the speaker found above -----
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "“We liberated Kolosky,” said a Ukrainian commander who goes by the "
            "call sign Lynx.",
            "en",
            "UA",
        ),
        (
            "“We liberated Kolosky,” said a Russian commander who goes by the call "
            "sign Lynx.",
            "en",
            "RU",
        ),
        (
            "Marivka was liberated on Monday, Ukraine's General Staff meanwhile said.",
            "en",
            "UA",
        ),
        (
            "Речник ЗСУ Іван Коваль, який воює під Марівкою, сказав: «Ми звільнили "
            "Колоски».",
            "uk",
            "UA",
        ),
        (
            "Командир роти ЗСУ з позивним «Сокіл» розповів: «Ми звільнили Зорівку».",
            "uk",
            "UA",
        ),
        ("Про звільнення Марівки повідомив у травні Генштаб ЗСУ.", "uk", "UA"),
        (
            "Командир батальона Минобороны России с позывным Кедр рассказал: «Мы "
            "освободили Колоски».",
            "ru",
            "RU",
        ),
        (
            "«Марьевка освобождена», — сказал Олег Седов, работающий в Минобороны РФ.",
            "ru",
            "RU",
        ),
        ("Минобороны РФ в свою очередь сообщило об освобождении Зорино.", "ru", "RU"),
    ],
)
def test_liberated_takes_the_speakers_side(text: str, lang: str, gainer: str) -> None:
    found = [c for c in claims(text, lang) if c.kind == "settlement_control"]
    assert found
    assert {c.gainer for c in found} == {gainer}
