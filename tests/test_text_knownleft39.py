"""Session 39, known defects the "known" lane left open: phrasings of our own
(three per language where it applies).

* KNOWNLEFT39 (6): a body named after the verb whose name goes on in lower
  case from a verbal noun ("повідомили аналітики Інституту вивчення війни",
  "сообщили аналитики Института изучения войны") was cut at its first word;
  the name now runs to the clause's end (lang uk/ru BODY_NAME_TAIL).
"""

from __future__ import annotations

import pytest
from claim_rows import claimants


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        (
            "Російські війська захопили Степове, повідомили аналітики Інституту "
            "вивчення війни.",
            "uk",
            "аналітики Інституту вивчення війни",
        ),
        (
            "Сили оборони звільнили Роботине, зазначили експерти Центру "
            "дослідження армії.",
            "uk",
            "експерти Центру дослідження армії",
        ),
        (
            "Окупанти просунулися біля Вугледара, підрахували аналітики "
            "Інституту вивчення війни; це друге просування за тиждень.",
            "uk",
            "аналітики Інституту вивчення війни",
        ),
        (
            "Российские войска заняли Первомайское, сообщили аналитики "
            "Института изучения войны.",
            "ru",
            "аналитики Института изучения войны",
        ),
        (
            "ВСУ продвинулись у Работино, отметили эксперты Центра "
            "исследования армии.",
            "ru",
            "эксперты Центра исследования армии",
        ),
        (
            "Армия России продвинулась возле Угледара, подсчитали аналитики "
            "Института изучения войны, добавив, что бои продолжаются.",
            "ru",
            "аналитики Института изучения войны",
        ),
    ],
)
def test_a_body_named_in_lower_case_after_the_verb(
    text: str, language: str, who: str
) -> None:
    assert set(claimants(text, language)) == {who}


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        # the bare body and a day after it stay as they were
        (
            "Російські війська захопили Степове, повідомили аналітики DeepState "
            "у вівторок.",
            "uk",
            "аналітики DeepState",
        ),
        (
            "Российские войска заняли Первомайское, сообщили аналитики "
            "DeepState во вторник.",
            "ru",
            "аналитики DeepState",
        ),
    ],
)
def test_a_day_after_the_body_is_no_part_of_it(
    text: str, language: str, who: str
) -> None:
    assert set(claimants(text, language)) == {who}
