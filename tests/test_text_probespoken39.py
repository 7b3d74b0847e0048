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
