"""A report's day a speaker names ("over the past day", "за минулу добу",
"накануне") goes on into that speaker's next sentence (issue 8, periods).

"Over the past day our troops advanced 2 km near X, Syrskyi said. They have
taken Y, Syrskyi said.": the second gain has no time of its own and is told
by the same speaker in the very next claim sentence, so it is of the same
day. Another speaker's next sentence, a running total or a holding keeps the
statement day (a state is as it is said), and so does a fight (the state at
the time of speaking). The first claim sentence of each text below names no
day, so the day is not the daily report's of the lead (``_report_day``): only
this rule can date the last claim.

Every sentence is written for this test (no corpus text); each case is tried
in three phrasings per language through the real extractor.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 10, 17)
DAY_BEFORE = date(2024, 10, 16)
LEAD = {
    "en": "Heavy fighting continues near Kamianka, the army said. ",
    "uk": "Тривають бої біля Кам'янки, повідомили в армії. ",
    "ru": "Продолжаются бои у Каменки, сообщили в армии. ",
}


def last_claim(text: str, lang: str, place: str):
    found = [
        c
        for c in extract_claims(LEAD[lang] + text, published=PUB, language=lang)
        if place in c.quote
    ]
    assert found, text
    return found[-1]


SAME_SPEAKER = [
    (
        "en",
        "Over the past day Ukrainian troops advanced 2 km near Orlivka, Syrskyi "
        "said. Ukrainian forces have taken control of Dubrava, Syrskyi said.",
    ),
    (
        "en",
        "Russian forces captured Orlivka over the past 24 hours, the Russian "
        "Defence Ministry said. Its troops seized Dubrava, the ministry said.",
    ),
    (
        "en",
        "Yesterday Ukrainian units recaptured Orlivka, General Tarnavskyi told "
        "reporters. His troops liberated Dubrava, Tarnavskyi said.",
    ),
    (
        "uk",
        "Вчора російські війська захопили Орлівку, заявили в Міноборони РФ. "
        "Окупанти також взяли Дубраву, заявили в Міноборони РФ.",
    ),
    (
        "uk",
        "Упродовж доби Сили оборони звільнили Орлівку, повідомив Тарнавський. "
        "Тарнавський зазначив, що українські підрозділи звільнили Дубраву.",
    ),
    (
        "uk",
        "За минулу добу Сили оборони звільнили Орлівку, повідомив Сирський. "
        "Сирський додав, що українські війська звільнили Дубраву.",
    ),
    (
        "ru",
        "За минувшие сутки российские войска освободили Орливку, сообщил "
        "Конашенков. Конашенков сообщил, что российские подразделения "
        "освободили Дубраву.",
    ),
    (
        "ru",
        "За сутки российская армия заняла Орливку, сообщили в Минобороны. "
        "В Минобороны сообщили, что российские войска заняли Дубраву.",
    ),
    (
        "ru",
        "Накануне ВСУ освободили Орливку, заявил Сырский. Сырский добавил, что "
        "украинские войска освободили Дубраву.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SAME_SPEAKER)
def test_speakers_day_goes_on_into_their_next_sentence(lang: str, text: str) -> None:
    c = last_claim(text, lang, "Дубрав" if lang != "en" else "Dubrava")
    assert (c.period_start, c.period_end) == (DAY_BEFORE, DAY_BEFORE)


OTHER_SPEAKER_OR_STATE = [
    (
        "en",
        "Over the past day Ukrainian troops advanced 2 km near Orlivka, Syrskyi "
        "said. Russian forces have taken control of Dubrava, the Russian "
        "ministry said.",
    ),
    (
        "en",
        "Ukrainian units recaptured Orlivka over the past day, Syrskyi said. In "
        "total Ukraine controls 1,000 square kilometres near Dubrava, Syrskyi "
        "said.",
    ),
    (
        "en",
        "Yesterday Russian troops captured Orlivka, Konashenkov said. Ukraine "
        "still holds Dubrava, Ukraine's army said.",
    ),
    (
        "uk",
        "За минулу добу Сили оборони звільнили Орлівку, повідомив Сирський. "
        "Росіяни захопили Дубраву, заявили в Міноборони РФ.",
    ),
    (
        "uk",
        "Вчора Сили оборони звільнили Орлівку, повідомив Сирський. Загалом "
        "під контролем ЗСУ 1000 кв. км біля Дубрави, додав Сирський.",
    ),
    (
        "uk",
        "Упродовж доби росіяни захопили Орлівку, заявив Конашенков. ЗСУ "
        "звільнили Дубраву, повідомив Генштаб ЗСУ.",
    ),
    (
        "ru",
        "За сутки российские войска освободили Орливку, сообщил Конашенков. "
        "ВСУ освободили Дубраву, заявили в Генштабе ВСУ.",
    ),
    (
        "ru",
        "Накануне ВСУ освободили Орливку, заявил Сырский. Всего под контролем "
        "ВСУ 1000 кв. км у Дубравы, добавил Сырский.",
    ),
    (
        "ru",
        "За минувшие сутки ВСУ освободили Орливку, заявил Сырский. Российские "
        "войска заняли Дубраву, сообщил Конашенков.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_SPEAKER_OR_STATE)
def test_other_speaker_or_a_total_keeps_the_statement_day(lang: str, text: str) -> None:
    c = last_claim(text, lang, "Дубрав" if lang != "en" else "Dubrava")
    assert c.period_end == PUB
    assert c.period_start != DAY_BEFORE
