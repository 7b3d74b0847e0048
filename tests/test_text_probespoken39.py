"""Session 39, probespoken: spoken and posted claims on phrasings of our own."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

_DAY = "2025-03-12"


def _claims(text: str, language: str):
    return extract_claims(text, published=_DAY, language=language)


@pytest.mark.parametrize(
    "text, language, place",
    [
        (
            "Question: What is the situation near Pokrovsk?\n"
            "Answer: This morning our troops liberated Pishchane.",
            "en",
            "Pishchane",
        ),
        (
            "Q: How is the situation around Kupiansk?\n"
            "A: Yesterday the enemy captured Synkivka.",
            "en",
            "Synkivka",
        ),
        (
            "Question: Is the situation in Toretsk critical?\n"
            "Answer: No. Our soldiers recaptured Pivnichne.",
            "en",
            "Pivnichne",
        ),
        (
            "— Питання: Яка ситуація під Покровськом?\n"
            "— Відповідь: Сьогодні вранці наші хлопці зайшли в Піщане.",
            "uk",
            "Піщане",
        ),
        (
            "Питання: Яка обстановка на Куп'янському напрямку?\n"
            "Відповідь: Учора ворог захопив Синьківку.",
            "uk",
            "Синьківку",
        ),
        (
            "Питання: Ситуація в Торецьку критична?\n"
            "Відповідь: Ні. Наші воїни відбили центр Торецька.",
            "uk",
            "Торецька",
        ),
        (
            "Вопрос: Какова обстановка под Покровском?\n"
            "Ответ: Сегодня утром наши бойцы освободили Песчаное.",
            "ru",
            "Песчаное",
        ),
        (
            "— Вопрос: Какая ситуация на Купянском направлении?\n"
            "— Ответ: Вчера противник захватил Синьковку.",
            "ru",
            "Синьковку",
        ),
        (
            "Вопрос: Ситуация у Часова Яра тяжелая?\n"
            "Ответ: Наши бойцы освободили Калиновку.",
            "ru",
            "Калиновку",
        ),
    ],
)
def test_interview_label_is_no_issuer(text, language, place):
    claims = _claims(text, language)
    assert [[p.name for p in c.places] for c in claims] == [[place]]
    assert claims[0].claimant is None


@pytest.mark.parametrize(
    "text, language, name, role",
    [
        (
            "Ми звільнили Андріївку, сказав сьогодні журналістам міністр оборони.",
            "uk",
            "міністр оборони",
            None,
        ),
        (
            "Наші підрозділи відбили Кринки, розповів журналістам речник "
            "угруповання Дмитро Лихобой.",
            "uk",
            "Дмитро Лихобой",
            "речник угруповання",
        ),
        (
            "Окупанти зайшли у Вовчанськ, повідомив вчора кореспонденту командир роти.",
            "uk",
            "командир роти",
            None,
        ),
        (
            "Мы освободили Андреевку, сказал сегодня журналистам министр обороны.",
            "ru",
            "министр обороны",
            None,
        ),
        (
            "Наши бойцы освободили Курахово, рассказал журналистам командир "
            "батальона Иван Петров.",
            "ru",
            "Иван Петров",
            "командир батальона",
        ),
        (
            "Противник вошел в Суджу, сообщил вчера корреспонденту представитель "
            "штаба.",
            "ru",
            "представитель штаба",
            None,
        ),
    ],
)
def test_people_told_before_the_speaker(text, language, name, role):
    claims = _claims(text, language)
    assert len(claims) == 1
    assert (claims[0].claimant, claims[0].claimant_role) == (name, role)


@pytest.mark.parametrize(
    "text, language, name, role",
    [
        (
            "In his nightly video address Zelensky said Ukrainian troops had "
            "liberated Robotyne.",
            "en",
            "Zelensky",
            None,
        ),
        (
            "At a briefing on Tuesday Dmytro Lykhovii said Russian forces had "
            "captured Synkivka.",
            "en",
            "Dmytro Lykhovii",
            None,
        ),
        (
            "In a televised address President Putin said Russian troops had "
            "liberated Kurakhove.",
            "en",
            "Putin",
            "President",
        ),
        (
            "У своєму вечірньому зверненні Зеленський сказав, що наші воїни "
            "звільнили Роботине.",
            "uk",
            "Зеленський",
            None,
        ),
        (
            "На брифінгу речник Сил оборони Дмитро Лихобой сказав, що ворог "
            "захопив Синьківку.",
            "uk",
            "Дмитро Лихобой",
            "речник Сил оборони",
        ),
        (
            "Під час виступу Сирський заявив, що ворог захопив Синьківку.",
            "uk",
            "Сирський",
            None,
        ),
        (
            "В своем обращении Путин сказал, что наши бойцы освободили Курахово.",
            "ru",
            "Путин",
            None,
        ),
        (
            "На брифинге Конашенков сообщил, что российские войска освободили Дачное.",
            "ru",
            "Конашенков",
            None,
        ),
        (
            "В ходе пресс-конференции Шойгу заявил, что российские войска "
            "освободили Дачное.",
            "ru",
            "Шойгу",
            None,
        ),
    ],
)
def test_speech_venue_before_the_speaker(text, language, name, role):
    claims = _claims(text, language)
    assert len(claims) == 1
    assert (claims[0].claimant, claims[0].claimant_role) == (name, role)


@pytest.mark.parametrize(
    "text, language, area",
    [
        ("• Pokrovsk direction: +3 km² for the enemy", "en", 3.0),
        ("— Kurakhove direction: +1.5 km² for Russia", "en", 1.5),
        ("Lyman direction — the enemy +2 km².", "en", 2.0),
        ("Покровський напрямок: +3 км² на користь ворога.", "uk", 3.0),
        ("— Курахівський напрямок: +1,5 км² окупантам", "uk", 1.5),
        ("• Лиманський напрямок: ворог +2 км²", "uk", 2.0),
        ("Покровское направление: +3 км² в пользу ВС РФ.", "ru", 3.0),
        ("— Курахово: +1,5 км² для ВС РФ", "ru", 1.5),
        ("• Лиманское направление: наши войска +2 км²", "ru", 2.0),
    ],
)
def test_signed_figure_is_an_increment(text, language, area):
    claims = _claims(text, language)
    assert [(c.kind, c.area_km2, c.cumulative) for c in claims] == [
        ("area_change", area, False)
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Ворог захопив Синьківку, повідомили сьогодні військові блогери.",
            "військові блогери",
        ),
        (
            "Окупанти просунулися на кілометр біля Торецька, пишуть військові "
            "аналітики.",
            "військові аналітики",
        ),
        (
            "Наші воїни звільнили Кринки, повідомили фронтові воєнкори.",
            "фронтові воєнкори",
        ),
    ],
)
def test_plural_adjective_before_a_trade_is_no_dative(text, name):
    claims = _claims(text, "uk")
    assert [c.claimant for c in claims] == [name]
