"""Periods, session 29 (the ``periods29`` lane).

A statement's day reaches past its own paragraph only through a tie to that
statement (PERIODS29 in ``statement_days._left_statement``): a later
paragraph that names or points back to its speaker ("he added", "За його
словами", "По его словам"), or whose line opens a quote, a dash or a bullet,
keeps the day; a paragraph of the writer's own news ("Fighting goes on near
X.") or of another voice not recognised as a speaker is told on the
publication day. A report's own day ("summary for June 28") still dates all
of it.

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

SATURDAY = date(2025, 3, 15)
FRIDAY = date(2025, 3, 14)

# a dated statement, then a paragraph of the writer's own news
_WRITERS_NEWS = [
    (
        "en",
        "Russia's defence ministry said on Friday its troops had captured "
        "the village of Krasnyi Yar.\n\nFighting continues near Dachne.",
        "Dachne",
    ),
    (
        "en",
        "General Sokolov told reporters on Friday that his men had taken "
        "Novoselivka.\n\nHeavy clashes are under way around Bilytske.",
        "Bilytske",
    ),
    (
        "en",
        "The army's spokesman said on Friday that Orlivka had fallen.\n\n"
        "Russian troops advanced 2 km near Zelene.",
        "Zelene",
    ),
    (
        "uk",
        "У п'ятницю Міноборони РФ заявило про захоплення села Красний Яр.\n\n"
        "Бої тривають біля Дачного.",
        "Дачного",
    ),
    (
        "uk",
        "Речник угруповання у п'ятницю повідомив, що ворог захопив "
        "Новоселівку.\n\nЗапеклі бої точаться в районі Білицького.",
        "Білицького",
    ),
    (
        "uk",
        "Генерал Соколов у п'ятницю заявив, що його війська зайняли "
        "Орлівку.\n\nРосійські війська просунулися на 2 км біля Зеленого.",
        "Зеленого",
    ),
    (
        "ru",
        "Минобороны РФ в пятницу заявило об освобождении села Красный Яр.\n\n"
        "Бои продолжаются у Дачного.",
        "Дачного",
    ),
    (
        "ru",
        "Генерал Соколов в пятницу сообщил, что его войска заняли "
        "Новоселовку.\n\nОжесточенные бои идут в районе Белицкого.",
        "Белицкого",
    ),
    (
        "ru",
        "Представитель группировки в пятницу заявил, что Орловка взята.\n\n"
        "Российские войска продвинулись на 2 км у Зеленого.",
        "Зеленого",
    ),
]

# the same statement, then a paragraph going on with its speaker's words
_SPEAKER_GOES_ON = [
    (
        "en",
        "Russia's defence ministry said on Friday its troops had captured "
        "the village of Krasnyi Yar.\n\nFighting continues near Dachne, the "
        "ministry added.",
        "Dachne",
    ),
    (
        "en",
        "General Sokolov told reporters on Friday that his men had taken "
        'Novoselivka.\n\n"Heavy clashes are under way around Bilytske."',
        "Bilytske",
    ),
    (
        "en",
        "General Sokolov said on Friday that Orlivka had fallen.\n\n"
        "According to Sokolov, Russian troops advanced 2 km near Zelene.",
        "Zelene",
    ),
    (
        "uk",
        "Генерал Соколов у п'ятницю заявив, що його війська зайняли "
        "Орлівку.\n\nЗа його словами, бої тривають біля Дачного.",
        "Дачного",
    ),
    (
        "uk",
        "Речник угруповання у п'ятницю повідомив, що ворог захопив "
        "Новоселівку.\n\n«Запеклі бої точаться в районі Білицького».",
        "Білицького",
    ),
    (
        "uk",
        "Генерал Соколов у п'ятницю заявив, що його війська зайняли "
        "Орлівку.\n\nСоколов також сказав, що росіяни просунулися на 2 км "
        "біля Зеленого.",
        "Зеленого",
    ),
    (
        "ru",
        "Генерал Соколов в пятницу сообщил, что его войска заняли "
        "Новоселовку.\n\nПо его словам, бои продолжаются у Дачного.",
        "Дачного",
    ),
    (
        "ru",
        "Представитель группировки в пятницу заявил, что Орловка взята.\n\n"
        "— Ожесточенные бои идут в районе Белицкого, — добавил он.",
        "Белицкого",
    ),
    (
        "ru",
        "Генерал Соколов в пятницу заявил, что Орловка взята.\n\n"
        "Соколов также сообщил, что войска продвинулись на 2 км у Зеленого.",
        "Зеленого",
    ),
]


def _claim_at(text: str, lang: str, place: str):
    claims = [
        c
        for c in extract_claims(text, language=lang, published=SATURDAY)
        if c.char_start > text.index("\n\n")
    ]
    assert claims, "no claim in the second paragraph"
    assert any(place in p.name for c in claims for p in c.places), claims
    return claims


@pytest.mark.parametrize(("lang", "text", "place"), _WRITERS_NEWS)
def test_writers_paragraph_is_of_the_publication_day(
    lang: str, text: str, place: str
) -> None:
    for c in _claim_at(text, lang, place):
        assert c.period_end == SATURDAY, (c.kind, c.period_end)
    first = [
        c
        for c in extract_claims(text, language=lang, published=SATURDAY)
        if c.char_start == 0 or c.char_start < text.index("\n\n")
    ]
    assert first and all(c.period_end == FRIDAY for c in first)


@pytest.mark.parametrize(("lang", "text", "place"), _SPEAKER_GOES_ON)
def test_speakers_paragraph_keeps_the_statement_day(
    lang: str, text: str, place: str
) -> None:
    for c in _claim_at(text, lang, place):
        assert c.period_end == FRIDAY, (c.kind, c.period_end)


def test_report_day_dates_its_bullets() -> None:
    text = (
        "Toretsk direction: summary for March 14\n\n"
        "▪ Our units consolidated in the centre of the town.\n"
        "Fighting continues near Dachne."
    )
    claims = [
        c
        for c in extract_claims(text, language="en", published=SATURDAY)
        if c.kind == "fighting"
    ]
    assert claims and all(c.period_end == FRIDAY for c in claims)
