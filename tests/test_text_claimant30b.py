"""Claimants, session 30 round 2 (CLAIMANT30b): own phrasings only, three
per rule and language; nothing here reads ``../shared``."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str = "en") -> list:
    claims = extract_claims(text, language=lang)
    assert claims, text
    return claims


# a plural voice in the present ("local officials deny that …", "analysts
# estimate …", "Russian bloggers — often candid — concede that …") speaks its
# own sentence, not the speaker carried from the sentence before
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Governor Ivan Koval said shelling went on overnight. "
            "Ukrainian commanders concede that Russian troops advanced 3 km "
            "west of Ocheretyne.",
            "Ukrainian commanders",
        ),
        (
            "Mayor Petro Savchenko spoke of damage to the school. "
            "Local volunteers insist that Ukrainian forces still hold Krynky.",
            "Local volunteers",
        ),
        (
            "Spokesman Dmytro Lykhovyi said the attacks were repelled. "
            "Russian bloggers — who are often more candid — admit that "
            "Ukrainian troops have retaken Robotyne.",
            "Russian bloggers",
        ),
    ],
)
def test_plural_voice_speaks_its_sentence(text: str, name: str) -> None:
    claims = _claims(text)
    assert claims[-1].claimant == name


# the plural voice speaks its sentence only: the speaker named before goes on
# in the sentence after it
@pytest.mark.parametrize(
    ("text", "first", "voice"),
    [
        (
            "Oleksandr Syrskyi said Ukrainian troops took Robotyne. "
            "Russian channels deny that the village has fallen. "
            "Ukrainian forces also advanced 2 km near Verbove.",
            "Oleksandr Syrskyi",
            "Russian channels",
        ),
        (
            "Hanna Maliar said Ukrainian troops liberated Klishchiivka. "
            "Pro-Kremlin accounts claim that Russian forces still hold "
            "Klishchiivka. Ukrainian forces also advanced 1 km near Andriivka.",
            "Hanna Maliar",
            "Pro-Kremlin accounts",
        ),
        (
            "Serhii Cherevatyi said Russian troops advanced 1 km near Bakhmut. "
            "Local residents report that Russian troops captured Ivanivske. "
            "Russian forces also advanced near Klishchiivka.",
            "Serhii Cherevatyi",
            "Local residents",
        ),
    ],
)
def test_plural_voice_is_not_carried(text: str, first: str, voice: str) -> None:
    claims = _claims(text)
    names = [c.claimant for c in claims]
    assert names[0] == first
    assert voice in names
    assert names[-1] == first


# a possessive or a determiner before the noun "claim" or "report" is no
# speaker and verb: the speaker named before keeps the claim
@pytest.mark.parametrize(
    "text",
    [
        "Oleksandr Syrskyi said Russia's claim that its troops captured "
        "Robotyne is false.",
        "Oleksandr Syrskyi said the claim that Russian troops captured "
        "Robotyne is false.",
        "Oleksandr Syrskyi said their report that Russian forces took "
        "Robotyne was false.",
    ],
)
def test_noun_claim_is_no_speaker(text: str) -> None:
    from frontline.text.claimants import find_claimant

    c = find_claimant(text.split(" said ", 1)[1], "en")
    assert c is None or c.name not in ("Russia", "The", "the", "their")


# before anyone is named, a claim nobody makes is the document issuer's (its
# title, its channel line, its repost header), not the first voice named
# after it; a headline's claim is no issuer
@pytest.mark.parametrize(
    ("text", "lang", "issuer", "later"),
    [
        (
            "Forwarded from Steppe Eagle 🇺🇦\n"
            "Our assault group took back the tree line near Robotyne.\n"
            "Later, Oleksandr Syrskyi said Ukrainian forces advanced 2 km near "
            "Verbove.",
            "en",
            "Steppe Eagle",
            "Oleksandr Syrskyi",
        ),
        (
            "Summary of the Ministry of Defence on the situation at the front\n"
            "Russian troops attacked 12 times near Pokrovsk.\n"
            "Governor Ivan Koval said Russian forces captured Novohrodivka.",
            "en",
            "Ministry of Defence",
            "Ivan Koval",
        ),
        (
            "🔥 Trench Notes 🔥\n"
            "We pushed the enemy back 500 metres near Kurakhove.\n"
            "Deputy minister Hanna Maliar said Ukrainian troops liberated "
            "Andriivka.",
            "en",
            "Trench Notes",
            "Hanna Maliar",
        ),
        (
            "Зведення Міністерства оборони про ситуацію на фронті\n"
            "Ворог 12 разів атакував біля Покровська.\n"
            "Губернатор Іван Коваль заявив, що росіяни захопили Новогродівку.",
            "uk",
            "Міністерства оборони",
            "Іван Коваль",
        ),
        (
            "Переслано від Степовий Орел 🇺🇦\n"
            "Наші штурмовики вибили ворога з лісосмуги біля Роботиного.\n"
            "Пізніше Олександр Сирський заявив, що ЗСУ просунулися на 2 км "
            "біля Вербового.",
            "uk",
            "Степовий Орел",
            "Олександр Сирський",
        ),
        (
            "🔥 Окопні нотатки 🔥\n"
            "Ми відкинули ворога на 500 метрів біля Курахового.\n"
            "Заступниця міністра Ганна Маляр заявила, що ЗСУ звільнили "
            "Андріївку.",
            "uk",
            "Окопні нотатки",
            "Ганна Маляр",
        ),
        (
            "Сводка Министерства обороны о ситуации на фронте\n"
            "Противник 12 раз атаковал у Покровска.\n"
            "Губернатор Иван Коваль заявил, что российские войска заняли "
            "Новогродовку.",
            "ru",
            "Министерства обороны",
            "Иван Коваль",
        ),
        (
            "Переслано от Степной Орел 🇷🇺\n"
            "Наши штурмовики выбили противника из лесополосы у Работино.\n"
            "Позже Валерий Герасимов заявил, что войска продвинулись на 2 км "
            "у Вербового.",
            "ru",
            "Степной Орел",
            "Валерий Герасимов",
        ),
        (
            "🔥 Окопные заметки 🔥\n"
            "Мы отбросили противника на 500 метров у Курахово.\n"
            "Замминистра Анна Маляр заявила, что ВСУ освободили Андреевку.",
            "ru",
            "Окопные заметки",
            "Анна Маляр",
        ),
    ],
)
def test_issuer_before_anyone_named(
    text: str, lang: str, issuer: str, later: str
) -> None:
    claims = _claims(text, lang)
    assert claims[0].claimant == issuer
    assert claims[-1].claimant == later


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Defence Forces liberated Andriivka\n"
            "The brigade fought for the village for a week.\n"
            "Oleksandr Syrskyi said Ukrainian troops liberated Andriivka.",
            "en",
        ),
        (
            "ЗСУ звільнили Андріївку\n"
            "Бригада воювала за село тиждень.\n"
            "Олександр Сирський заявив, що ЗСУ звільнили Андріївку.",
            "uk",
        ),
        (
            "ВСУ заняли Андреевку\n"
            "Бригада воевала за село неделю.\n"
            "Александр Сырский заявил, что ВСУ заняли Андреевку.",
            "ru",
        ),
    ],
)
def test_headline_claim_is_no_issuer(text: str, lang: str) -> None:
    from frontline.text.page_speakers import document_issuer
    from frontline.text.speakers import _issuer

    assert document_issuer(text) is not None  # the page layout's reading
    assert _issuer(text, lang) is None
    assert _claims(text, lang)[1].claimant != document_issuer(text).name


# a channel's call to subscribe in its own words ("our channel on Telegram")
# names no issuer
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ukrainian troops advanced 2 km near Verbove.\n"
            "Subscribe to our channel on Telegram",
            "en",
        ),
        (
            "ЗСУ просунулися на 2 км біля Вербового.\n"
            "Підписуйтесь на наш канал у Telegram",
            "uk",
        ),
        (
            "ВСУ продвинулись на 2 км у Вербового.\n"
            "Подписывайтесь на наш канал в Telegram",
            "ru",
        ),
    ],
)
def test_own_words_call_to_subscribe_is_no_issuer(text: str, lang: str) -> None:
    from frontline.text.page_speakers import document_issuer
    from frontline.text.speakers import _issuer

    assert document_issuer(text) is not None  # the page layout's reading
    assert _issuer(text, lang) is None


# a voice an interviewer's question names speaks that question only: the
# answers after it are not its words
@pytest.mark.parametrize(
    ("text", "lang", "voice"),
    [
        (
            "Q: Russian channels say Toretsk has fallen. Is that true?\n"
            "A: No. We still hold the northern part of the town.\n"
            "Q: And near Dyliivka?\n"
            "A: Last week we pushed them back 500 metres near Dyliivka.",
            "en",
            "Russian channels",
        ),
        (
            "Q: Kremlin media report that Russian troops captured Krynky. "
            "Is that so?\n"
            "A: Our marines still hold Krynky.",
            "en",
            "Kremlin media",
        ),
        (
            "Q: Pro-Russian bloggers wrote that Russian troops captured Robotyne?\n"
            "A: We advanced 300 metres south of Robotyne last week.",
            "en",
            "Pro-Russian bloggers",
        ),
        (
            "Питання: Російські канали пишуть, що Торецьк захоплено. Це правда?\n"
            "Відповідь: Ні. Ми досі тримаємо північну частину міста.",
            "uk",
            "Російські канали",
        ),
        (
            "Питання: Російські блогери пишуть, що росіяни захопили Роботине. "
            "Що скажете?\n"
            "Відповідь: Ми просунулися на 300 метрів південніше Роботиного.",
            "uk",
            "Російські блогери",
        ),
        (
            "Питання: Російські воєнкори пишуть, що росіяни взяли Кринки?\n"
            "Відповідь: Наші морпіхи досі тримають Кринки.",
            "uk",
            "Російські воєнкори",
        ),
        (
            "Вопрос: Российские каналы пишут, что Торецк взят. Это правда?\n"
            "Ответ: Нет. Мы по-прежнему удерживаем северную часть города.",
            "ru",
            "Российские каналы",
        ),
        (
            "Вопрос: Российские блогеры пишут, что войска заняли Работино. "
            "Что скажете?\n"
            "Ответ: Мы продвинулись на 300 метров южнее Работино.",
            "ru",
            "Российские блогеры",
        ),
        (
            "Вопрос: Российские военкоры пишут, что войска взяли Крынки?\n"
            "Ответ: Наши морпехи по-прежнему удерживают Крынки.",
            "ru",
            "Российские военкоры",
        ),
    ],
)
def test_question_voice_is_not_carried_into_answers(
    text: str, lang: str, voice: str
) -> None:
    claims = _claims(text, lang)
    answered = [c for c in claims if c.char_start > text.index("\n")]
    assert answered, text
    assert all(c.claimant != voice for c in answered)


# a spaced dash ends the source "according to" names: what follows is the
# writer's comment, no part of the name
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "From 1 to 15 March, Russian forces gained 212 km², according to "
            "DeepState — slightly less than in February.",
            "DeepState",
        ),
        (
            "Russia gained 300 sq km in June, according to Frontline Maps - the "
            "most this year.",
            "Frontline Maps",
        ),
        (
            "Russian troops advanced 2 km near Toretsk, according to Rybar – a "
            "pro-war channel.",
            "Rybar",
        ),
    ],
)
def test_dash_ends_according_to(text: str, name: str) -> None:
    assert {c.claimant for c in _claims(text)} == {name}


# a timeline entry's day before a dash is no part of its speaker
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Feb. 18 — Russia's Defence Ministry says its troops have taken full "
            "control of Avdiivka.",
            "Russia's Defence Ministry",
        ),
        (
            "March 3 - Ukraine's General Staff said its troops repelled 20 attacks "
            "near Pokrovsk.",
            "Ukraine's General Staff",
        ),
        (
            "12 — Russia's defence ministry said its forces captured Krasnohorivka.",
            "Russia's defence ministry",
        ),
    ],
)
def test_entry_day_is_no_part_of_speaker(text: str, name: str) -> None:
    assert {c.claimant for c in _claims(text)} == {name}


# a speech's or an interview's title names who speaks the claims nobody in
# the text is said to make
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Address by the President on the situation at the front\n"
            "Our soldiers liberated Andriivka this week.",
            "en",
            "President",
        ),
        (
            '"We hold the line": interview with a battalion commander\n'
            "We pushed the enemy back 500 metres near Kurakhove.",
            "en",
            "a battalion commander",
        ),
        (
            "Evening video address by Volodymyr Zelensky\n"
            "Our troops advanced 2 km near Robotyne.",
            "en",
            "Volodymyr Zelensky",
        ),
        (
            "Звернення Президента України 11 листопада 2022 року\n"
            "Наші воїни звільнили Херсон.",
            "uk",
            "Президента України",
        ),
        (
            "«Тримаємо»: інтерв'ю з речником бригади\n"
            "Ми відкинули ворога на 500 метрів біля Курахового.",
            "uk",
            "речником бригади",
        ),
        (
            "Виступ Зеленського у Верховній Раді\n"
            "Українські війська просунулися на 2 км біля Роботиного.",
            "uk",
            "Зеленського",
        ),
        (
            "Обращение Президента России 19 мая\nНаши войска освободили Артемовск.",
            "ru",
            "Президента России",
        ),
        (
            "«Держимся»: интервью с командиром батальона\n"
            "Мы отбросили противника на 500 метров у Курахово.",
            "ru",
            "командиром батальона",
        ),
        (
            "Выступление Шойгу на коллегии министерства\n"
            "Российские войска продвинулись на 2 км у Работино.",
            "ru",
            "Шойгу",
        ),
    ],
)
def test_speech_title_names_its_speaker(text: str, lang: str, name: str) -> None:
    assert {c.claimant for c in _claims(text, lang)} == {name}


@pytest.mark.parametrize(
    "line",
    [
        "Putin's speech on Victory Day",
        "Виступ на форумі оборонної промисловості",
        "Выступление на коллегии министерства",
    ],
)
def test_speech_title_without_speaker(line: str) -> None:
    from frontline.text.page_speakers import _speech_title

    assert _speech_title(line) is None
