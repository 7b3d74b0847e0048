"""Session 40, claimleft: claimant defects the claimant lanes left (phrasings
of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 3, 10)


def _claimants(text: str, lang: str) -> list[str | None]:
    return [c.claimant for c in extract_claims(text, published=DAY, language=lang)]


# (1) a transcript whose answer opens with its speaker's label in capitals and
# the role in brackets: the answers (and the later turns under the short
# label) are that speaker's, not the host's
TRANSCRIPTS = [
    (
        "en",
        "Transcript of 'Evening Front', aired on Sunday.\n\n"
        "HOST: Major, where are your men now? What changed?\n\n"
        "MAJ. PETRO KOVAL (battalion commander): We retook Zorivka on Friday.\n\n"
        "HOST: The enemy says otherwise.\n\n"
        "KOVAL: We also advanced two kilometres near Lypove.\n\n"
        "HOST: Is the road open?\n\n"
        "KOVAL: Partly. Thank you.",
        "Koval",
    ),
    (
        "en",
        "From the radio interview.\n\n"
        "ANCHOR: Colonel, good evening. How is the front?\n\n"
        "COL. OLENA MARCHUK (brigade spokeswoman): Our units liberated "
        "Hlynka last week.\n\n"
        "ANCHOR: And further south?\n\n"
        "MARCHUK: Fighting continues near Sosnivka.",
        "Marchuk",
    ),
    (
        "en",
        "Excerpt of a podcast.\n\n"
        "INTERVIEWER: What did you see? Was it bad?\n\n"
        "SGT. TARAS BILYK (drone platoon leader): The Russians captured "
        "Kalynove on Tuesday.\n\n"
        "INTERVIEWER: Anything else?\n\n"
        "BILYK: They advanced one kilometre near Dolyna.",
        "Bilyk",
    ),
    (
        "uk",
        "Розшифровка ефіру.\n\n"
        "ВЕДУЧИЙ: Пане майоре, що змінилося? Де ви зараз?\n\n"
        "ПЕТРО КОВАЛЬ (командир батальйону): Ми звільнили Зорівку в п'ятницю.\n\n"
        "ВЕДУЧИЙ: Росіяни кажуть інше.\n\n"
        "КОВАЛЬ: Ми також просунулися на два кілометри біля Липового.\n\n"
        "ВЕДУЧИЙ: Дорога відкрита?\n\n"
        "КОВАЛЬ: Частково.",
        "Коваль",
    ),
    (
        "uk",
        "Уривок інтерв'ю.\n\n"
        "ЖУРНАЛІСТ: Як на фронті? Що з дорогою?\n\n"
        "ОЛЕНА МАРЧУК (речниця бригади): Наші підрозділи звільнили Глинку "
        "минулого тижня.\n\n"
        "ЖУРНАЛІСТ: А південніше?\n\n"
        "МАРЧУК: Бої тривають біля Соснівки.",
        "Марчук",
    ),
    (
        "uk",
        "Запис подкасту.\n\n"
        "ВЕДУЧА: Що ви бачили? Було важко?\n\n"
        "ТАРАС БІЛИК (командир взводу): Росіяни захопили Калинове у вівторок.\n\n"
        "ВЕДУЧА: Щось іще?\n\n"
        "БІЛИК: Вони просунулися на кілометр біля Долини.",
        "Білик",
    ),
    (
        "ru",
        "Расшифровка эфира.\n\n"
        "ВЕДУЩИЙ: Что изменилось? Где вы сейчас?\n\n"
        "ПЁТР КОВАЛЬ (командир батальона): Мы освободили Зоревку в пятницу.\n\n"
        "ВЕДУЩИЙ: Противник говорит иное.\n\n"
        "КОВАЛЬ: Мы также продвинулись на два километра у Липового.\n\n"
        "ВЕДУЩИЙ: Дорога открыта?\n\n"
        "КОВАЛЬ: Частично.",
        "Коваль",
    ),
    (
        "ru",
        "Фрагмент интервью.\n\n"
        "ЖУРНАЛИСТ: Как на фронте? Что с дорогой?\n\n"
        "ЕЛЕНА МАРЧУК (пресс-секретарь бригады): Наши подразделения "
        "освободили Глинку на прошлой неделе.\n\n"
        "ЖУРНАЛИСТ: А южнее?\n\n"
        "МАРЧУК: Бои идут у Сосновки.",
        "Марчук",
    ),
    (
        "ru",
        "Запись подкаста.\n\n"
        "ВЕДУЩАЯ: Что вы видели? Было тяжело?\n\n"
        "ТАРАС БЕЛЫК (командир взвода): Противник захватил Калиновое во вторник.\n\n"
        "ВЕДУЩАЯ: Что-то еще?\n\n"
        "БЕЛЫК: Они продвинулись на километр у Долины.",
        "Белык",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), TRANSCRIPTS)
def test_transcript_answers_are_the_labelled_speakers(
    lang: str, text: str, who: str
) -> None:
    names = _claimants(text, lang)
    assert len(names) >= 2
    assert all(n and n.split()[-1] == who for n in names), names


# (2) English: a time after the speaker ("at the time", "at that time") is no
# part of the name, also when the words point back to a claim told before
TIMES = [
    (
        "Russia claimed in May that it had captured Zorivka. Ukrainian "
        "officials at the time said the claim was false.",
        "Ukrainian officials",
    ),
    (
        "Ukrainian officials at the time said Russian troops had advanced "
        "near Zorivka.",
        "Ukrainian officials",
    ),
    (
        "The regional governor at that time said Russian forces had taken Hlynka.",
        "The regional governor",
    ),
]


@pytest.mark.parametrize(("text", "who"), TIMES)
def test_time_after_speaker_is_no_part_of_the_name(text: str, who: str) -> None:
    names = _claimants(text, "en")
    assert names and names[-1] == who, names


# (3) a call sign introducing one named by a rank with no role word ("a
# captain in the 93rd Brigade, who goes by the call sign Lynx"): the sign
SIGNS = [
    (
        "en",
        "Russian troops captured Zorivka last week, says a captain in the 93rd "
        "Brigade, who goes by the call-sign Lynx.",
        "Lynx",
    ),
    (
        "en",
        "“We held the line,” says a sergeant in the 47th Brigade who goes by the "
        "call sign Tur. By his account, Russian troops advanced one kilometre "
        "near Lypove.",
        "Tur",
    ),
    (
        "en",
        "Ukrainian forces liberated Hlynka on Friday, said a major of the 24th "
        "Brigade, who goes by the call sign Bober.",
        "Bober",
    ),
    (
        "uk",
        "Росіяни захопили Зорівку минулого тижня, розповідає капітан 93-ї "
        "бригади з позивним «Рись».",
        "Рись",
    ),
    (
        "uk",
        "«Тримаємось», — каже сержант 47-ї бригади з позивним «Тур». За його "
        "словами, росіяни просунулися на кілометр біля Липового.",
        "Тур",
    ),
    (
        "uk",
        "Наші підрозділи звільнили Глинку в п'ятницю, розповів солдат 24-ї "
        "бригади з позивним «Бобер».",
        "Бобер",
    ),
    (
        "ru",
        "Российские войска захватили Зоревку, рассказывает капитан 93-й "
        "бригады с позывным «Рысь».",
        "Рысь",
    ),
    (
        "ru",
        "«Держимся», — говорит сержант 47-й бригады с позывным «Тур». По его "
        "словам, противник продвинулся на километр у Липового.",
        "Тур",
    ),
    (
        "ru",
        "Наши подразделения освободили Глинку в пятницу, рассказал боец 24-й "
        "бригады с позывным «Бобер».",
        "Бобер",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), SIGNS)
def test_call_sign_of_a_rank_speaks(lang: str, text: str, who: str) -> None:
    names = _claimants(text, lang)
    assert names and names[-1] == who, names
