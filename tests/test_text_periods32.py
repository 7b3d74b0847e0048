"""Periods, session 32 (the ``periods`` lane).

A statement day goes on to the next sentences of the same speaker only. A
name shares no speaker with an earlier sentence by a body's common words
alone ("Russia's Defence Ministry" is not "Deputy Defence Minister X", nor
"the Ukrainian Defence Ministry"): then the new speaker tells its "past day"
from the publication day (``dating._same_speaker``).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.dating import _same_speaker

THURSDAY = date(2025, 3, 13)  # Monday 10 March; the past day: 12 March
PAST_DAY = (date(2025, 3, 12), date(2025, 3, 12))

# an earlier speaker's dated statement, then another speaker's "past day"
_OTHER_SPEAKER = [
    (
        "en",
        "Deputy Defence Minister Ivanna Petrenko said on Monday that Ukrainian "
        "troops had retaken 12 sq km near Zorivka.\n\nRussia's Defence Ministry "
        "said its forces repelled five Ukrainian attacks near Kamianka over the "
        "past day.",
    ),
    (
        "en",
        "Ukraine's Defence Intelligence said on Monday that Ukrainian troops had "
        "retaken Lypove. The Russian Defence Ministry said Russian units had taken "
        "the village of Sosnivka over the past day.",
    ),
    (
        "en",
        "The Ukrainian Defence Ministry said on Monday that troops had freed ten "
        "villages in the south. Russia's Defence Ministry said Russian marines "
        "advanced 3 km near Krasne over the past day.",
    ),
    (
        "uk",
        "Заступниця міністра оборони Ганна Ковальчук у понеділок заявила, що Сили "
        "оборони звільнили 12 кв. км біля Зорівки.\n\nМіністерство оборони Росії "
        "заявило, що за минулу добу його війська захопили село Сосновка.",
    ),
    (
        "uk",
        "Міністр оборони України у понеділок заявив, що ЗСУ відбили 20 атак біля "
        "Липового. Міністерство оборони Росії повідомило, що за минулу добу "
        "російські війська просунулися на 2 км біля Красного.",
    ),
    (
        "uk",
        "Міноборони України у понеділок повідомило про звільнення села Зорівка. "
        "Міноборони Росії заявило, що за минулу добу російські підрозділи "
        "захопили село Кам'янка.",
    ),
    (
        "ru",
        "Замминистра обороны Украины Анна Коваль в понедельник заявила, что ВСУ "
        "освободили 12 кв. км у Зоровки.\n\nМинистерство обороны России "
        "сообщило, что за прошедшие сутки российские войска заняли село Сосновка.",
    ),
    (
        "ru",
        "Министр обороны Украины в понедельник заявил, что ВСУ отбили 20 атак у "
        "Липового. Министерство обороны России сообщило, что за сутки "
        "российские войска продвинулись на 2 км у Красного.",
    ),
    (
        "ru",
        "Минобороны Украины в понедельник сообщило об освобождении села Зоровка. "
        "Минобороны России заявило, что за прошедшие сутки "
        "российские подразделения заняли село Каменка.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _OTHER_SPEAKER)
def test_another_speakers_past_day_is_told_on_publication(lang: str, text: str) -> None:
    claims = extract_claims(text, published=THURSDAY, language=lang)
    later = [c for c in claims if c.char_start > text.index(".")]
    assert later, text
    c = later[-1]
    assert c.period_text is not None
    assert (c.period_start, c.period_end) == PAST_DAY


def test_same_speaker_by_own_words_not_a_bodys_common_words() -> None:
    assert not _same_speaker("Russia's Defence Ministry", "Defence Minister X said")
    assert not _same_speaker("Міністерство оборони Росії", "міністра оборони заявила")
    assert _same_speaker("The ministry", "The ministry said on Monday")
    assert _same_speaker("Генштаб ЗСУ", "Генштаб у понеділок повідомив")
    assert _same_speaker("Russia's Defence Ministry", "Russia's ministry said")
