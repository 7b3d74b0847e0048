"""Session 41, xclaim2: claimant families left after the first claimant lane
(phrasings of our own, three per language where a rule applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 3, 10)


def _claimants(text: str, lang: str) -> list[str | None]:
    return [c.claimant for c in extract_claims(text, published=DAY, language=lang)]


# (a) a document with a word before it ("its morning update", "у вечірньому
# зведенні", "в вечерней сводке") told with no owner of its own: the speaker
# named before speaks, or the sentence's own speaker; the document is no voice
DOCUMENT_WITH_WORD = [
    (
        "en",
        "The General Staff spoke of heavy fighting near Toretsk. Russian troops "
        "attacked near Lypove 30 times, according to the evening update.",
        "General Staff",
    ),
    (
        "en",
        "Russia's defence ministry said its units had captured Zorivka. Fighting "
        "continued near Lypove, according to its daily report.",
        "Russia's defence ministry",
    ),
    (
        "en",
        "The Southern Command reported 40 clashes near Lypove over the past day, "
        "according to its morning update on March 9.\n\n"
        "Near Zorivka, Ukrainian units repelled 12 assaults, the report said.",
        "Southern Command",
    ),
    (
        "uk",
        "Генштаб ЗСУ повідомив про 120 боїв за добу. Ворог просунувся біля "
        "Зорівки, зазначається у вечірньому зведенні.",
        "Генштаб ЗСУ",
    ),
    (
        "uk",
        "Командування Сил оборони півдня повідомило про бої біля Липового. "
        "Сили оборони відбили 9 атак біля Зорівки, йдеться в ранковому "
        "повідомленні.",
        "Командування Сил оборони півдня",
    ),
    (
        "uk",
        "Третя штурмова бригада звітувала про успіхи. Бійці звільнили "
        "Зорівку, наголошується в офіційному дописі.",
        "Третя штурмова бригада",
    ),
    (
        "ru",
        "Генштаб ВСУ сообщил о 120 боях за сутки. Противник продвинулся у "
        "Зоревки, отмечается в вечерней сводке.",
        "Генштаб ВСУ",
    ),
    (
        "ru",
        "Минобороны России сообщило об успехах. Подразделения освободили "
        "Зоревку, говорится в ежедневной сводке.",
        "Минобороны России",
    ),
    (
        "ru",
        "Штаб группировки «Восток» доложил о боях у Липового. Штурмовики "
        "заняли Зоревку, сообщается в последнем сообщении.",
        "Штаб группировки «Восток»",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), DOCUMENT_WITH_WORD)
def test_document_with_a_word_is_no_voice(lang: str, text: str, who: str) -> None:
    got = _claimants(text, lang)
    assert got, text
    assert got[-1] is not None and got[-1].split()[-1] == who.split()[-1], got
    assert all(c is None or who.split()[-1] in c for c in got), got


def test_a_sentence_naming_its_speaker_keeps_it() -> None:
    text = (
        "Ukraine's General Staff reported 150 clashes near Lypove, according "
        "to its morning update on March 9."
    )
    assert _claimants(text, "en") == ["Ukraine's General Staff"]


# (b) uk/ru: the speaker after its verb and an "also" ("Схожу картину фіксує
# і DeepState"): the words before the verb are its object, no speaker
VERB_ALSO_WHO = [
    (
        "uk",
        "Схожу картину фіксує і DeepState. За їхніми підрахунками, росіяни в "
        "лютому захопили 400 км².",
        "DeepState",
    ),
    (
        "uk",
        "Ці цифри підтверджує також Генштаб ЗСУ. За його даними, ворог "
        "просунувся біля Зорівки.",
        "Генштаб ЗСУ",
    ),
    (
        "uk",
        "Такі ж тенденції фіксує й Інститут вивчення війни. За його "
        "оцінками, окупанти за місяць зайняли 300 км².",
        "Інститут вивчення війни",
    ),
    (
        "ru",
        "Похожую динамику фиксирует и ISW. По их подсчетам, российские войска "
        "в феврале заняли 400 км².",
        "ISW",
    ),
    (
        "ru",
        "Эти цифры подтверждает также Генштаб ВСУ. По его данным, противник "
        "продвинулся у Зоревки.",
        "Генштаб ВСУ",
    ),
    (
        "ru",
        "Такую же картину отмечает и Институт изучения войны. По его оценкам, "
        "войска за месяц заняли 300 км².",
        "Институт изучения войны",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), VERB_ALSO_WHO)
def test_speaker_after_verb_and_also(lang: str, text: str, who: str) -> None:
    got = _claimants(text, lang)
    assert got and all(c == who for c in got), got


def test_a_verb_and_also_before_lower_case_names_nobody_new() -> None:
    text = "Генштаб ВСУ сообщил и о боях у Липового: противник атаковал 5 раз."
    got = _claimants(text, "ru")
    assert got and all(c == "Генштаб ВСУ" for c in got), got
