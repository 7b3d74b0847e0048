"""Session 35, known defects left open by session 34: phrasings of our own.

* a word ending in the letter of a conjunction ("захопили", "заняли",
  "inland") before a time is no "и"/"а"/"and": the time after the verb dates
  its own claim, not only the next one; a comma and a direction ("…, на
  півдні за тиждень просунулися") still open the next claim
  (dating._AND_BEFORE, _COMMA_OPENER).
* a live blog's entry time with its zone and the dash or colon after it
  ("14:05 GMT: X, the governor, said", "09:40 — Генштаб: …") is no part of
  the speaker: "GMT" no longer speaks, a label after a dash speaks
  (claimants._ENTRY_TIME; lang: CLOCK_ZONES).
* a dash aside between a speaker and its verb ("The ministry — citing drone
  footage — said", "Генштаб — у вечірньому зведенні — повідомив") is
  blanked: the speaker before it speaks (claimants._DASH_ASIDE).
* the passive of a push ("Противник вытеснен из X", "Ворог витіснений з X",
  "видавлено з X") is a withdrawal: the other side gains X (lang uk/ru
  withdraw family).
* page_speakers' own sentence split no longer ends a sentence after a uk/ru
  rank shortened with a stop before a given name ("сообщил ген. Игорь
  Конашенков"), as clean._split_line reads it (page_speakers._split_sentences).
* a saint's, mount's or fort's word shortened with a stop ("St. Nicholas",
  "Mt. Kremenets", "Ft. Lincoln") opens one place, and no sentence ends after
  it (toponyms._RUN, clean.ABBREVIATIONS; lang/en NAME_ABBREVIATIONS).
"""

from __future__ import annotations

import pytest
from claim_rows import PUB, claim_rows, claimants

from frontline.text import clean, page_speakers
from frontline.text.claims import extract_claims


def _periods(text: str, language: str) -> list[tuple[str, str | None]]:
    """(first place, period text) of every claim of ``text``."""
    return [
        (c.places[0].name if c.places else "", c.period_text)
        for c in extract_claims(text, published=PUB, language=language)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "place", "period"),
    [
        (
            "uk",
            "Росіяни захопили в січні Кліщіївку, українці звільнили Андріївку.",
            "Кліщіївку",
            "в січні",
        ),
        (
            "uk",
            "Окупанти захопили 12 січня Кринки, а ЗСУ звільнили Роботине.",
            "Кринки",
            "12 січня",
        ),
        (
            "uk",
            "Сили оборони звільнили в червні Старомайорське, росіяни захопили Кринки.",
            "Старомайорське",
            "в червні",
        ),
        (
            "ru",
            "Российские войска заняли в январе Крынки, украинцы освободили Работино.",
            "Крынки",
            "в январе",
        ),
        (
            "ru",
            "Армия России освободила в мае Уманское, ВСУ выбили противника из "
            "Работино.",
            "Уманское",
            "в мае",
        ),
        (
            "ru",
            "Штурмовики заняли 3 апреля Северное, а ВСУ освободили Работино.",
            "Северное",
            "3 апреля",
        ),
        (
            "en",
            "Ukrainian forces retook Robotyne after a push inland in August, "
            "Russian troops captured Krynky.",
            "Robotyne",
            "in August",
        ),
    ],
)
def test_a_verb_ending_in_a_conjunction_keeps_its_time(
    lang: str, text: str, place: str, period: str
) -> None:
    assert (place, period) in _periods(text, lang)


def test_a_comma_and_a_direction_still_open_the_next_claim() -> None:
    text = "ЗСУ звільнили Кліщіївку, на півдні за тиждень просунулися на 2 км."
    assert _periods(text, "uk")[0] == ("Кліщіївку", None)


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "en",
            "14:05 GMT: Oleh Synehubov, the governor, said Ukrainian troops "
            "retook Robotyne.",
            "Oleh Synehubov",
        ),
        (
            "en",
            "11:20 (Kyiv time) Ivan Petrenko, a brigade spokesman, said Russian "
            "forces captured Krynky.",
            "Ivan Petrenko",
        ),
        (
            "en",
            "09:40 — Oleksandr Syrskyi: Ukrainian troops retook Robotyne.",
            "Oleksandr Syrskyi",
        ),
        ("uk", "09:40 — Генштаб ЗСУ: росіяни захопили Кринки.", "Генштаб ЗСУ"),
        ("uk", "18:15 — Синєгубов: ЗСУ звільнили Роботине.", "Синєгубов"),
        ("uk", "07:30 МСК: Генштаб: окупанти захопили Кринки.", "Генштаб"),
        ("ru", "09:40 — Минобороны: войска освободили Уманское.", "Минобороны"),
        ("ru", "16:50 мск — Конашенков: войска освободили Уманское.", "Конашенков"),
        ("ru", "12:00 – Пушилин: армия заняла Северное.", "Пушилин"),
    ],
)
def test_a_live_blog_clock_time_leaves_the_speaker(
    lang: str, text: str, who: str
) -> None:
    assert claimants(text, lang) == [who]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "en",
            "The ministry — citing drone footage — said Russian forces captured "
            "Krynky.",
            "The ministry",
        ),
        (
            "en",
            "Oleksandr Shtupun — spokesman for the Tavria group — said Russian "
            "forces captured Krynky.",
            "Oleksandr Shtupun",
        ),
        (
            "en",
            "Russian forces captured Krynky, the ministry — citing drone footage "
            "— said.",
            "the ministry",
        ),
        (
            "uk",
            "Генштаб — у вечірньому зведенні — повідомив, що окупанти захопили Кринки.",
            "Генштаб",
        ),
        (
            "uk",
            "Олександр Штупун — речник угруповання «Таврія» — заявив, що окупанти "
            "захопили Кринки.",
            "Олександр Штупун",
        ),
        (
            "uk",
            "Окупанти захопили Кринки — важливий плацдарм, — повідомив Генштаб.",
            "Генштаб",
        ),
        (
            "ru",
            "Минобороны — в вечерней сводке — сообщило, что войска освободили "
            "Уманское.",
            "Минобороны",
        ),
        (
            "ru",
            "Игорь Конашенков — представитель Минобороны — заявил, что войска "
            "освободили Уманское.",
            "Игорь Конашенков",
        ),
        (
            "ru",
            "Денис Пушилин — глава ДНР — сообщил, что армия заняла Северное.",
            "Денис Пушилин",
        ),
    ],
)
def test_a_dash_aside_between_speaker_and_verb_is_skipped(
    lang: str, text: str, who: str
) -> None:
    assert claimants(text, lang) == [who]


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "place"),
    [
        ("ru", "Противник вытеснен из Работино.", "RU", "Работино"),
        ("ru", "ВСУ вытеснены из Работино.", "RU", "Работино"),
        ("ru", "Российские войска вытеснены из Работино.", "UA", "Работино"),
        (
            "ru",
            "Противник выдавлен из Работино, сообщило Минобороны.",
            "RU",
            "Работино",
        ),
        ("uk", "Ворог витіснений з Роботиного.", "UA", "Роботиного"),
        ("uk", "Окупантів видавлено з Кринок.", "UA", "Кринок"),
        ("uk", "Підрозділи ЗСУ витіснені з Кринок.", "RU", "Кринок"),
    ],
)
def test_a_passive_push_out_of_a_place_is_a_gain(
    lang: str, text: str, gainer: str, place: str
) -> None:
    assert (gainer, place) in [(r[1], r[3][0]) for r in claim_rows(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "За словами полк. Сергія Братчука, ЗСУ звільнили Роботине.",
        "Як повідомив ген. Олександр Сирський, ЗСУ звільнили Роботине.",
        "Заступник командира, підполк. Іван Коваль, заявив про звільнення.",
        "ВСУ отступили из Работино. Об этом сообщил подполк. Андрей Марочко.",
        "Противник атаковал у ст. Лозовая, сообщил ген. Игорь Конашенков.",
        "По словам лейт. Андрея Коваля, бойцы отбили атаку у с. Уманское.",
    ],
)
def test_page_speakers_splits_sentences_as_the_main_splitter(text: str) -> None:
    main = [s.text for s in clean.sentences(text)]
    assert [part for _, part in page_speakers._sentences(text)] == main


@pytest.mark.parametrize(
    ("text", "place", "who"),
    [
        (
            "Russian forces captured the village of St. Nicholas, the General "
            "Staff said.",
            "St. Nicholas",
            "General Staff",
        ),
        (
            "Russian troops advanced near Mt. Kremenets, the ministry said.",
            "Mt. Kremenets",
            "the ministry",
        ),
        (
            "Russian forces captured Ft. Lincoln near Bakhmut, the ministry said.",
            "Ft. Lincoln",
            "the ministry",
        ),
    ],
)
def test_a_saint_mount_or_fort_shortened_is_one_place(
    text: str, place: str, who: str
) -> None:
    claims = extract_claims(text, published=PUB, language="en")
    assert [p.name for p in claims[0].places][0] == place
    assert claims[0].claimant == who
