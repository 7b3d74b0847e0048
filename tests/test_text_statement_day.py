"""The statement day (issue 8): the day a text says its news was told.

CONVENTIONS: dates resolve from the publication date or from an explicit
statement date in the text; a claim only announced on a day is (None, that
day). The statement day comes from a wire's dateline or a header line, from a
day standing by a statement verb or noun ("said in its Wednesday update",
"the statement, released Wednesday", "Speaking on Wednesday"), and from a
sentence with no claim that dates the statement the next sentences go on
with ("The ministry issued its briefing on Wednesday. It said …"). A new
paragraph or another speaker is read from the publication day again.

Every sentence is written for this test (no dev, blind or article text); each
family is tried in three phrasings per language. The text tests never read
../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.dateline import dateline_span, statement_dateline

PUB = date(2024, 10, 17)  # a Thursday
TOLD = date(2024, 10, 16)  # the Wednesday before


def claim_about(text: str, lang: str, place: str):
    """The claim whose quote names ``place`` (the last one, as told)."""
    found = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if place in c.quote
    ]
    assert found, text
    return found[-1]


# ---- a wire's dateline or a header line dates the story --------------------
DATELINES = [
    (
        "en",
        "LVIV, Oct 16 (Reuters) - Russian forces captured the village of "
        "Dubrava, the defence ministry said.",
        "Dubrava",
    ),
    (
        "en",
        "ODESA, October 16 (AP) — Ukrainian troops recaptured the village "
        "of Orlivka, the army said.",
        "Orlivka",
    ),
    (
        "en",
        "Posted: 16 October 2024 21:05\n\nRussian troops took control of "
        "the village of Zorivka, officials said.",
        "Zorivka",
    ),
    (
        "uk",
        "ЛЬВІВ, 16 жовтня — Російські війська захопили село Дубрава, "
        "повідомили у Генштабі.",
        "Дубрава",
    ),
    (
        "uk",
        "Опубліковано: 16 жовтня 2024, 19:40\nСили оборони звільнили "
        "село Орлівка, заявили в ОТУ.",
        "Орлівка",
    ),
    (
        "uk",
        "Харків, 16.10.2024. Окупанти захопили село Зорівка, повідомило командування.",
        "Зорівка",
    ),
    (
        "ru",
        "ДОНЕЦК, 16 октября. /РИА/. Российские войска освободили "
        "населенный пункт Дубрава, сообщили в Минобороны.",
        "Дубрава",
    ),
    (
        "ru",
        "Опубликовано: 16 октября 2024 18:20\nВойска заняли поселок "
        "Орловка, заявил штаб.",
        "Орловка",
    ),
    (
        "ru",
        "Среда, 16 октября 2024 — Российские подразделения освободили "
        "село Зоровка, сообщило ведомство.",
        "Зоровка",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), DATELINES)
def test_a_dateline_is_the_statement_day(lang: str, text: str, place: str) -> None:
    c = claim_about(text, lang, place)
    assert (c.period_start, c.period_end) == (None, TOLD)


def test_a_dateline_of_the_publication_day_or_far_back_changes_nothing() -> None:
    assert statement_dateline("LVIV, Oct 17 (Reuters) - Troops ...", PUB) is None
    assert statement_dateline("LVIV, Oct 1 (Reuters) - Troops ...", PUB) is None
    assert statement_dateline("On October 16, troops took X.", PUB) is None
    assert statement_dateline("LVIV, Oct 16 (Reuters) - X", None) is None
    assert dateline_span("Our troops held on October 16, he said.") is None


# ---- a day by a statement noun or "speaking": only announced then ----------
NOUNS = [
    (
        "en",
        "In its Wednesday update, the ministry said Russian troops "
        "captured the village of Dubrava.",
        "Dubrava",
    ),
    (
        "en",
        "The army's statement, released Wednesday, said Ukrainian troops "
        "recaptured the village of Orlivka.",
        "Orlivka",
    ),
    (
        "en",
        "Speaking on Wednesday, the governor said Russian forces had taken "
        "the village of Zorivka.",
        "Zorivka",
    ),
    (
        "uk",
        "У зверненні в середу президент заявив, що Сили оборони звільнили "
        "село Орлівка.",
        "Орлівка",
    ),
    (
        "uk",
        "Виступаючи в середу, командувач сказав, що ворог захопив село Дубрава.",
        "Дубрава",
    ),
    (
        "uk",
        "Генштаб у середу оприлюднив зведення, за яким окупанти захопили село Зорівка.",
        "Зорівка",
    ),
    (
        "ru",
        "В обращении в среду министр заявил, что войска освободили село Дубрава.",
        "Дубрава",
    ),
    (
        "ru",
        "Выступая в среду, губернатор сказал, что войска заняли поселок Орловка.",
        "Орловка",
    ),
    (
        "ru",
        "В сводке в среду Минобороны отметило, что войска освободили "
        "населенный пункт Зоровка.",
        "Зоровка",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), NOUNS)
def test_a_day_by_a_statement_noun_dates_the_statement(
    lang: str, text: str, place: str
) -> None:
    c = claim_about(text, lang, place)
    assert (c.period_start, c.period_end) == (None, TOLD)


def test_a_report_for_a_day_is_about_that_day() -> None:
    # "the report for 16 October" is the day reported on, not a statement day
    c = claim_about(
        "ISW у зведенні за 16 жовтня підтверджує захоплення села Дубрава.",
        "uk",
        "Дубрава",
    )
    assert c.period_start == TOLD


# ---- a sentence with no claim dates the statement the next ones go on with --
CARRIED = [
    (
        "en",
        "The war goes on.\n\nThe defence ministry issued its daily briefing "
        "on Wednesday. It said its forces had captured the village of Dubrava.",
        "Dubrava",
    ),
    (
        "en",
        "The war goes on.\n\nOn Wednesday, the army gave an update. Its "
        "units recaptured the village of Orlivka, it said.",
        "Orlivka",
    ),
    (
        "en",
        "The war goes on.\n\nThe general staff released its report on "
        "Wednesday evening. It said Russian troops had taken Zorivka.",
        "Zorivka",
    ),
    (
        "uk",
        "Війна не вщухає.\n\nГенштаб у середу оприлюднив зведення. За його "
        "даними, ворог захопив село Дубрава.",
        "Дубрава",
    ),
    (
        "uk",
        "Війна не вщухає.\n\nВчора командувач виступив зі зверненням. За "
        "його словами, Сили оборони звільнили Орлівку.",
        "Орлівку",
    ),
    (
        "uk",
        "Війна не вщухає.\n\nУ середу ОТУ оприлюднило звіт. Там зазначили, "
        "що окупанти захопили Зорівку.",
        "Зорівку",
    ),
    (
        "ru",
        "Война не утихает.\n\nМинобороны в среду опубликовало сводку. По "
        "данным ведомства, войска освободили Дубраву.",
        "Дубраву",
    ),
    (
        "ru",
        "Война не утихает.\n\nНакануне штаб выпустил сводку. В ней "
        "говорится, что войска заняли Орловку.",
        "Орловку",
    ),
    (
        "ru",
        "Война не утихает.\n\nВ среду губернатор выступил с обращением. По "
        "его словам, войска освободили Зоровку.",
        "Зоровку",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), CARRIED)
def test_a_statement_day_carries_to_the_sentence_going_on(
    lang: str, text: str, place: str
) -> None:
    c = claim_about(text, lang, place)
    assert (c.period_start, c.period_end) == (None, TOLD)


NOT_CARRIED = [
    (
        "en",
        "The defence ministry issued its daily briefing on Wednesday. It "
        "said its forces had captured Dubrava.\n\nUkraine's army said its units "
        "had recaptured the village of Orlivka.",
        "Orlivka",
    ),
    (
        "uk",
        "Генштаб у середу оприлюднив зведення. За його даними, ворог "
        "захопив Дубраву.\n\nГубернатор Іван Петренко заявив, що Сили оборони "
        "звільнили село Орлівка.",
        "Орлівка",
    ),
    (
        "ru",
        "Минобороны в среду опубликовало сводку. По данным ведомства, "
        "войска освободили Дубраву.\n\nГубернатор Иван Петренко заявил, что "
        "ВСУ освободили село Орловка.",
        "Орловка",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), NOT_CARRIED)
def test_another_speaker_is_read_from_the_publication_day(
    lang: str, text: str, place: str
) -> None:
    c = claim_about(text, lang, place)
    assert (c.period_start, c.period_end) == (None, PUB)


# ---- "yesterday", "накануне", a weekday by the verb (uk/ru) ------------------
NAMED_DAYS = [
    ("uk", "Генштаб вчора повідомив, що ворог захопив село Дубрава.", "Дубрава", TOLD),
    ("uk", "Напередодні в ОТУ заявили про звільнення села Орлівка.", "Орлівка", TOLD),
    (
        "uk",
        "У неділю командування повідомило, що окупанти захопили Зорівку.",
        "Зорівку",
        date(2024, 10, 13),
    ),
    ("ru", "Минобороны вчера сообщило об освобождении села Дубрава.", "Дубрава", TOLD),
    ("ru", "Накануне в штабе заявили, что войска заняли Орловку.", "Орловку", TOLD),
    (
        "ru",
        "В воскресенье ведомство сообщило, что войска освободили Зоровку.",
        "Зоровку",
        date(2024, 10, 13),
    ),
    (
        "en",
        "The ministry said yesterday its troops had captured Dubrava.",
        "Dubrava",
        TOLD,
    ),
    (
        "en",
        "Late on Wednesday, the army said it had recaptured Orlivka.",
        "Orlivka",
        TOLD,
    ),
    (
        "en",
        "Russia claimed on Sunday that its forces had taken Zorivka.",
        "Zorivka",
        date(2024, 10, 13),
    ),
]


@pytest.mark.parametrize(("lang", "text", "place", "day"), NAMED_DAYS)
def test_a_named_day_by_the_verb_is_the_statement_day(
    lang: str, text: str, place: str, day: date
) -> None:
    c = claim_about(text, lang, place)
    assert (c.period_start, c.period_end) == (None, day)


# ---- a report's day named later in the story: its tally goes on -------------
# "за минулу добу" / "за сутки" / "over the past day" in a claim sentence past
# the lead (a claim of its own comes first) dates the counted fights of the
# rest of its paragraph; a new paragraph or a statement of its own is no
# longer that tally
# a claim of its own first, then a paragraph that opens with no claim
LEAD = {
    "en": "Russian troops took Pavlivka last week.\n\nOfficials met in Kyiv.",
    "uk": "Минулого тижня ворог захопив Павлівку.\n\nУ Києві зустрілися посадовці.",
    "ru": "На прошлой неделе войска освободили Павловку.\n\nВ Москве прошло совещание.",
}


def story(lang: str, report: str, last: str) -> str:
    return f"{LEAD[lang]} {report}\n\n{last}"


REPORT_DAY = [
    (
        "en",
        story(
            "en",
            "Over the past day the enemy attacked 30 times near Orlivka. Our "
            "units repelled seven assaults near Dubrava.",
            "The enemy also attacked near Zorivka.",
        ),
        "Dubrava",
        "Zorivka",
    ),
    (
        "en",
        story(
            "en",
            "There were 120 clashes in the past 24 hours near Orlivka. "
            "Defenders stopped 14 attacks near Dubrava.",
            "Fighting goes on near Zorivka.",
        ),
        "Dubrava",
        "Zorivka",
    ),
    (
        "en",
        story(
            "en",
            "In the past day, Russian units attacked near Orlivka 25 times. "
            "Ukrainian troops beat off nine attacks near Dubrava.",
            "Heavy fighting raged near Zorivka.",
        ),
        "Dubrava",
        "Zorivka",
    ),
    (
        "uk",
        story(
            "uk",
            "За минулу добу ворог 30 разів атакував біля Орлівки. Сили оборони "
            "відбили сім атак біля Дубрави.",
            "Бої точилися біля Зорівки.",
        ),
        "Дубрави",
        "Зорівки",
    ),
    (
        "uk",
        story(
            "uk",
            "Упродовж минулої доби біля Орлівки відбулося 40 боєзіткнень. "
            "Захисники відбили 12 штурмів біля Дубрави.",
            "Ворог атакував біля Зорівки.",
        ),
        "Дубрави",
        "Зорівки",
    ),
    (
        "uk",
        story(
            "uk",
            "За добу окупанти 25 разів штурмували позиції біля Орлівки. Наші "
            "воїни відбили дев'ять атак біля Дубрави.",
            "Бої тривають біля Зорівки.",
        ),
        "Дубрави",
        "Зорівки",
    ),
    (
        "ru",
        story(
            "ru",
            "За сутки отражено 30 атак у Орловки. Также отражены семь "
            "контратак у Дубравы.",
            "Бои шли у Зоровки.",
        ),
        "Дубравы",
        "Зоровки",
    ),
    (
        "ru",
        story(
            "ru",
            "За прошедшие сутки у Орловки произошло 40 боестолкновений. "
            "Подразделения отразили 12 атак у Дубравы.",
            "Противник атаковал у Зоровки.",
        ),
        "Дубравы",
        "Зоровки",
    ),
    (
        "ru",
        story(
            "ru",
            "За минувшие сутки противник 25 раз атаковал у Орловки. Отражены "
            "девять атак у Дубравы.",
            "Бои продолжаются у Зоровки.",
        ),
        "Дубравы",
        "Зоровки",
    ),
]


@pytest.mark.parametrize(("lang", "text", "inside", "outside"), REPORT_DAY)
def test_a_report_day_goes_on_in_its_paragraph(
    lang: str, text: str, inside: str, outside: str
) -> None:
    c = claim_about(text, lang, inside)
    assert (c.period_start, c.period_end) == (TOLD, TOLD)
    c = claim_about(text, lang, outside)
    assert c.period_end == PUB


def test_a_report_day_does_not_go_on_into_a_new_statement() -> None:
    text = story(
        "en",
        "Over the past day the enemy attacked 30 times near Orlivka. The "
        "governor said 12 attacks were repelled near Dubrava.",
        "Calm returned to Zorivka.",
    )
    assert claim_about(text, "en", "Dubrava").period_end == PUB


# ---- "It said …" goes on with the dated statement (en) -----------------------
PRONOUN = [
    "Ukraine's army said on Wednesday its units had left Dubrava. \"We saved "
    'lives," the command said in a statement. It said fighting continued near '
    "Orlivka.",
    "The defence ministry said on Wednesday its troops had captured Dubrava. "
    '"The enemy fled," a spokesman said on television. He said Russian units '
    "had also advanced near Orlivka.",
    "Kyiv's forces said on Wednesday they had recaptured Dubrava. \"We "
    'did all we could," the brigade wrote on Telegram. It added that its '
    "troops had pushed forward near Orlivka.",
]


@pytest.mark.parametrize("text", PRONOUN)
def test_a_pronoun_goes_on_with_the_dated_statement(text: str) -> None:
    c = claim_about(text, "en", "Orlivka")
    assert c.period_end == TOLD


# ---- a day opening the sentence reaches past a long subject; admissions -----
LONG_OPENER = [
    (
        "en",
        "On Wednesday, Ukraine's top military commander, Colonel General Ivan "
        "Petrenko, said Russian forces had captured the village of Dubrava.",
        "Dubrava",
    ),
    (
        "en",
        "Ukraine's military acknowledged on Wednesday that Russian troops had "
        "taken the village of Orlivka.",
        "Orlivka",
    ),
    (
        "en",
        "The army conceded Wednesday that Russian forces had captured Zorivka.",
        "Zorivka",
    ),
    (
        "uk",
        "У середу командувач угруповання військ генерал-майор Іван Петренко в "
        "ефірі телемарафону сказав, що ворог захопив село Дубрава.",
        "Дубрава",
    ),
    (
        "uk",
        "Генштаб у середу визнав, що окупанти захопили село Орлівка.",
        "Орлівка",
    ),
    (
        "uk",
        "Речник ОТУ в середу додав, що ворог захопив Зорівку.",
        "Зорівку",
    ),
    (
        "ru",
        "В среду командующий группировкой войск генерал-майор Иван Петренко в "
        "эфире телеканала сказал, что войска освободили село Дубрава.",
        "Дубрава",
    ),
    (
        "ru",
        "Киев в среду признал, что российские войска заняли село Орловка.",
        "Орловка",
    ),
    (
        "ru",
        "Представитель штаба в среду добавил, что войска освободили Зоровку.",
        "Зоровку",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), LONG_OPENER)
def test_a_day_by_a_long_subject_or_an_admission_dates_the_statement(
    lang: str, text: str, place: str
) -> None:
    c = claim_about(text, lang, place)
    assert (c.period_start, c.period_end) == (None, TOLD)
