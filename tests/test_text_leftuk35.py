"""Session 35, Ukrainian (and matching Russian) defects left open by the
probeuk lane: phrasings of our own.

* the platform a speaker posts on, between the verb and the speaker
  ("повідомив у Telegram X", "написал в своём телеграм-канале X", "на своїй
  сторінці у Facebook X"), is no part of the speaker's name
  (claimants._LEAD_PLATFORM; lang uk/ru SPEECH_PAGE).
"""

from __future__ import annotations

import pytest
from claim_rows import claimants


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "uk",
            "Росіяни захопили Гродівку, повідомив у Telegram Андрій Коваленко.",
            "Андрій Коваленко",
        ),
        (
            "uk",
            "Сили оборони звільнили Андріївку, написав у своєму телеграм-каналі "
            "Олег Синєгубов.",
            "Олег Синєгубов",
        ),
        (
            "uk",
            "Ворог захопив Торське, повідомив на своїй сторінці у Facebook "
            "речник угруповання Віктор Трегубов.",
            "Віктор Трегубов",
        ),
        (
            "ru",
            "Российские войска освободили Новоселовку, написал в Telegram Денис "
            "Пушилин.",
            "Денис Пушилин",
        ),
        (
            "ru",
            "ВС РФ заняли Курдюмовку, сообщил в своём телеграм-канале Владимир Рогов.",
            "Владимир Рогов",
        ),
        (
            "ru",
            "ВСУ отступили из Работино, написал на своей странице в Facebook "
            "военкор Александр Коц.",
            # LEFTUKRU36: "военкор" is a role, the person the claimant
            "Александр Коц",
        ),
    ],
)
def test_platform_before_the_speaker_is_no_part_of_the_name(
    lang: str, text: str, who: str
) -> None:
    assert claimants(text, lang) == [who]
