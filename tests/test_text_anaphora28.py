# ruff: noqa: E501  (one test sentence a line reads best)
"""Places named by pointing back (session 28, lane ``anaphora``), in three
phrasings of our own per language. No ../shared data is read."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 6, 6)


def _claims(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    claims = extract_claims(text, language=lang, published=DAY)
    return [(c.kind, c.gainer, [p.name for p in c.places]) for c in claims]


# --- "the city" past a passing mention: the town the story is about ------------


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        (
            "Russia claims Toretsk\n\nRussian officials said on Monday their troops had captured Toretsk. Kyiv denied it and said its units still held Toretsk.\n\nThe footage was in fact shot in Lyman last year.\n\nUkrainian commanders said they still control most of the city.",
            "en",
            "Toretsk",
        ),
        (
            "Fighting for Siversk\n\nUkraine's army said Siversk remained under its control. Russian troops attacked Siversk again overnight.\n\nOur reporter is in Sloviansk.\n\nFighting continues on the outskirts of the city, the army said.",
            "en",
            "Siversk",
        ),
        (
            "Kyiv: Vovchansk holds\n\nThe army said Vovchansk was not lost.\n\nA drone was shot down over Kharkiv.\n\nRussian troops advanced 1 km south of the city, the army said.",
            "en",
            "Vovchansk",
        ),
        (
            "Бої за Торецьк\n\nЗСУ заявили, що Торецьк під контролем. Росіяни штурмують Торецьк щодня.\n\nВідео насправді зняли в Лимані торік.\n\nЗа словами військових, бої тривають на околицях міста.",
            "uk",
            "Торецьк",
        ),
        (
            "Бої за Куп'янськ\n\nВорог атакує Куп'янськ. У Куп'янську тривають бої.\n\nНаш кореспондент зараз у Харкові.\n\nЗСУ утримують більшу частину міста, кажуть військові.",
            "uk",
            "Куп'янську",
        ),
        (
            "Ситуація в Покровську\n\nВорог наступає на Покровськ. Оборона Покровська триває.\n\nУчора вибухи пролунали в Дніпрі.\n\nПротивник просунувся на кілометр на південь від міста, повідомили військові.",
            "uk",
            "Покровська",
        ),
        (
            "Бои за Часов Яр\n\nВСУ заявили, что Часов Яр под их контролем. Российские войска штурмуют Часов Яр.\n\nВидео на самом деле снято в Горловке в прошлом году.\n\nПо словам военных, бои идут на окраинах города.",
            "ru",
            "Часов Яр",
        ),
        (
            "Бои за Купянск\n\nВСУ удерживают Купянск. Противник атакует Купянск каждый день.\n\nНаш корреспондент сейчас в Харькове.\n\nВСУ контролируют большую часть города, сообщили военные.",
            "ru",
            "Купянск",
        ),
        (
            "Обстановка в Покровске\n\nРоссийские войска наступают на Покровск. Оборона Покровска продолжается.\n\nВчера взрывы прогремели в Днепре.\n\nПротивник продвинулся на километр южнее города, сообщили военные.",
            "ru",
            "Покровск",
        ),
    ],
)
def test_the_city_means_the_story_town_past_a_passing_mention(
    text: str, lang: str, town: str
) -> None:
    claims = _claims(text, lang)
    assert claims[-1][2] == [town], claims


# --- "the city" and its class; no capital acting is an antecedent -----------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            'Ukraine\'s top general said he was pulling troops out of the city of Toretsk, the largest loss since Russia seized Avdiivka last year.\n\n"I have decided to withdraw our units from the city," he said.',
            "Toretsk",
        ),
        (
            "Russian troops advanced 2 km west of Kurakhove after Kyiv withdrew its units from the town on Sunday.",
            "Kurakhove",
        ),
        (
            'Kyiv said it had left the town of Vuhledar, weeks after Moscow took Marinka. "We withdrew our units from the town to save lives," a spokesman said.',
            "Vuhledar",
        ),
    ],
)
def test_the_town_points_back_to_a_town_not_an_actor(text: str, town: str) -> None:
    claims = _claims(text, "en")
    withdrawals = [
        c for c in claims if c[0] == "settlement_control" and c[2] != ["Avdiivka"]
    ]
    assert withdrawals[-1][2] == [town], claims
