"""Who claims, session 25 round 2 (claimant lane): a speaker phrase tidied.

Every sentence is invented for the test (no corpus or article text, no
``../shared``); each rule is tried in three phrasings of our own per language
where it applies. Place and person names are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claimants import (
    Claimant,
    by_role,
    find_claimant,
    named_later,
    title_stems,
)
from frontline.text.claims import extract_claims
from frontline.text.page_speakers import channel_header, document_issuer

PUB = date(2025, 9, 3)


def claims(text: str, lang: str = "en"):
    return extract_claims(text, published=PUB, language=lang)


def last_word(name: str | None) -> str:
    return (name or "").split()[-1]


# ---- rule 1: time words stuck to a speaker phrase are no part of its name ---
@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("Напередодні Штаб оборони повідомив, що ворог наступає.", "uk", "оборони"),
        ("Мер Іван Гнатенко вчора заявив, що місто тримається.", "uk", "Гнатенко"),
        ("Речник Петро Лисенко раніше повідомив, що бої тривають.", "uk", "Лисенко"),
        ("Накануне Штаб обороны сообщил, что враг наступает.", "ru", "обороны"),
        ("Мэр Иван Гнатенко вчера заявил, что город держится.", "ru", "Гнатенко"),
        ("Пресс-секретарь Петр Лысенко ранее сообщил, что бои идут.", "ru", "Лысенко"),
        ("Yesterday the Southern Command said the enemy had stopped.", "en", "Command"),
        ("Mayor Ivan Hnatenko earlier said the town was holding.", "en", "Hnatenko"),
        ("Major Petro Lysenko also said the fighting went on.", "en", "Lysenko"),
    ],
)
def test_time_words_leave_the_name(sentence: str, lang: str, name: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is not None and last_word(c.name) == name


def test_a_lone_time_word_is_no_claimant() -> None:
    for sentence, lang in (
        ("Вчора повідомили, що ворог відступив.", "uk"),
        ("Накануне сообщалось, что враг отступил.", "ru"),
    ):
        c = find_claimant(sentence, lang)
        assert (
            c is None
            or c.name is None
            or last_word(c.name)
            not in (
                "Вчора",
                "Накануне",
            )
        )


# ---- rule 2: a qualifier after a speaker phrase is no part of its name ------
@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        (
            "The Harbour Gazette of data from the Kolosky Monitor said that "
            "Russian forces captured Marivka.",
            "en",
            "Gazette",
        ),
        (
            "One medic near Zorivka said that Ukrainian troops had liberated Marivka.",
            "en",
            "medic",
        ),
        (
            "A company commander operating in the Kolosky direction said that "
            "Russian forces captured Marivka.",
            "en",
            "commander",
        ),
        (
            "Штаб оборони за той самий тиждень повідомив про бої біля Марівки.",
            "uk",
            "оборони",
        ),
        ("Медик біля Зорівки розповів, що ворог відступив від Марівки.", "uk", "Медик"),
        (
            "Штаб оборони за минулий тиждень повідомив, що ворог наступає.",
            "uk",
            "оборони",
        ),
        ("Штаб обороны за тот же месяц сообщил о боях у Маривки.", "ru", "обороны"),
        ("Медик под Зоривкой рассказал, что враг отступил от Маривки.", "ru", "Медик"),
        ("Штаб обороны за прошлый месяц сообщил, что враг наступает.", "ru", "обороны"),
    ],
)
def test_qualifiers_leave_the_name(sentence: str, lang: str, name: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is not None and last_word(c.name) == name


# ---- rule 3: a bare title stands for the person named with it ---------------
def test_a_title_points_back_to_the_person_named_before() -> None:
    pres = Claimant("Ivan Hnatenko", "Russian President")
    assert by_role(Claimant("Kremlin leader", None), [pres]).name == "Ivan Hnatenko"
    mayor = Claimant("Петро Лисенко", "міністр оборони")
    assert by_role(Claimant("Міністр оборони", None), [mayor]).name == "Петро Лисенко"
    chief = Claimant("Пётр Лысенко", "министр обороны России")
    assert by_role(Claimant("Министр обороны", None), [chief]).name == "Пётр Лысенко"


def test_a_title_keeps_its_words_when_nobody_fits() -> None:
    other = Claimant("Ivan Hnatenko", "mayor of Kolosky")
    assert by_role(Claimant("Kremlin leader", None), [other]).name == "Kremlin leader"
    assert title_stems("Ivan Hnatenko") is None
    assert title_stems("Ukraine's top commander") == ("comma", "chief")


def test_a_title_is_the_person_named_just_after() -> None:
    text = (
        "Ukraine's top commander said on Tuesday that his troops had liberated "
        "Marivka. Oleksandr Hnatenko, commander-in-chief of the armed forces, "
        "said the fighting near Zorivka went on."
    )
    first = claims(text)[0]
    assert first.claimant == "Oleksandr Hnatenko"
    assert first.gainer == "UA"


def test_a_title_keeps_its_words_when_another_is_named_after() -> None:
    later = [Claimant("Ivan Hnatenko", "mayor of Kolosky")]
    assert named_later("Ukraine's army chief", later) is None
    later = [Claimant("Petro Lysenko", "Russian commander")]
    assert named_later("Ukraine's army chief", later) is None


# ---- rule 4: an unnamed person's aside gives the claim back at a paragraph --
def test_an_aside_does_not_carry_past_its_paragraph() -> None:
    text = (
        "The Kolosky Monitor said Russian forces advanced near Marivka. "
        "The commander of a Ukrainian brigade operating in the area said "
        "that Russian groups remain in Zorivka.\n\n"
        "Russian forces recently captured Dubrava."
    )
    found = claims(text)
    last = [c for c in found if "Dubrava" in c.quote]
    assert last and last_word(last[0].claimant) == "Monitor"


# ---- rule 5: a rubric header names no channel -------------------------------
@pytest.mark.parametrize(
    "header",
    [
        "FACT CHECK | Did Kolosky fall?",
        "Morning Digest | 2 May",
        "Вечірній огляд | 2 травня",
        "ФАКТЧЕК | Чи впала Марівка?",
        "Вечерний обзор | 2 мая",
        "Главные новости | 2 мая",
    ],
)
def test_a_rubric_is_no_channel(header: str) -> None:
    assert channel_header(header + "\n\nWe hold Marivka.") is None


def test_a_channel_still_speaks() -> None:
    c = channel_header("Steppe Notes | evening\n\nWe hold Marivka.")
    assert c is not None and c.name == "Steppe Notes"


# ---- rule 6: a report's title names its issuer ------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ранкове зведення Штабу оборони станом на 08:00\n\nБої тривають.", "оборони"),
        ("Вечірнє зведення Командування півдня станом на 20:00\n\nX.", "півдня"),
        ("Денне зведення Штабу оборони станом на 14:00 2 травня\n\nX.", "оборони"),
        ("Вечерняя сводка Штаба обороны по состоянию на 20:00\n\nX.", "обороны"),
        ("Утренняя сводка Командования юга по состоянию на 08:00\n\nX.", "юга"),
        ("Дневная сводка Штаба обороны по состоянию на 14:00\n\nX.", "обороны"),
        ("Morning update from the Southern Command as of 08:00\n\nX.", "Command"),
        ("Evening Report of the Coastal Brigade as of 20:00\n\nX.", "Brigade"),
        ("Daily Summary by the Eastern Command as of noon\n\nX.", "Command"),
    ],
)
def test_a_title_names_the_issuer(text: str, name: str) -> None:
    c = document_issuer(text)
    assert c is not None and last_word(c.name) == name


@pytest.mark.parametrize(
    ("first", "name"),
    [
        ("Press Service of the Eastern Group of Armed Forces", "Forces"),
        ("Command of the Joint Forces of Kolosky Republic", "Republic"),
        ("Прес-служба Східного угруповання військ Сил оборони України", "України"),
    ],
)
def test_a_long_signature_line(first: str, name: str) -> None:
    c = document_issuer(first + "\nDaily figures\n\nThe enemy attacked Marivka.")
    assert c is not None and last_word(c.name) == name


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Оперативна інформація станом на 08:00 02.05.2025 щодо російського "
            "вторгнення\n\nНа Колоському напрямку ворог атакував поблизу Марівки.",
            "uk",
            "ЗСУ",
        ),
        (
            "Оперативная информация по состоянию на 08:00 02.05.2025 относительно "
            "российского вторжения\n\nНа Колосском направлении враг атаковал у "
            "Маривки.",
            "ru",
            "ВСУ",
        ),
        (
            "Operational update regarding the Russian invasion as of 08:00 on "
            "2 May\n\nIn the Kolosky direction the enemy attacked near Marivka.",
            "en",
            "Ukraine",
        ),
    ],
)
def test_the_staff_report_is_known_by_its_title(
    text: str, lang: str, name: str
) -> None:
    assert last_word(document_issuer(text).name) == name
    found = claims(text, lang)
    assert found and all(last_word(c.claimant) == name for c in found)
    assert {c.kind for c in found} == {"fighting"}
