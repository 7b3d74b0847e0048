"""Periods, session 25 round 2 (PERIODS25B in ``periods.py``).

- "during the week" in a weekly roundup is the past week, as "over the week"
  (``past_week``), and as the Ukrainian "протягом тижня" and the Russian "в
  течение недели" already were; "during the week of …" / "… before …" name
  another week and are left alone;
- the verbs a speaker goes on with ("…, he stressed", "наголосив",
  "подчеркнул", "insisted", "підкреслив") are statement verbs: a speaker's
  day ("Over the past day we advanced 2 km, X said") goes on into the next
  sentence of their words told with one (``period_rules.STATEMENT_VERB``).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods

PUBLISHED = date(2023, 8, 21)  # a Monday
WEEK = (date(2023, 8, 14), date(2023, 8, 20))  # the seven days before it

_DURING_THE_WEEK = [
    (
        "en",
        "Ukrainian troops advanced 2 km near Robotyne during the week, "
        "the ministry said on Monday.",
        "advance",
        "UA",
    ),
    (
        "en",
        "During the week, Russian forces captured the village of Ivanivka, "
        "Kyiv said on Monday.",
        "settlement_control",
        "RU",
    ),
    (
        "en",
        "In total, 4 square kilometres were liberated near Bakhmut during the "
        "week, the deputy minister said on Monday.",
        "area_change",
        "UA",
    ),
    # the same week in the other languages (their patterns were there before)
    (
        "uk",
        "Протягом тижня бійці просунулися на 2 км біля Роботиного.",
        "advance",
        "UA",
    ),
    (
        "uk",
        "Упродовж тижня наші війська звільнили село Іванівка.",
        "settlement_control",
        "UA",
    ),
    (
        "uk",
        "За тиждень сили оборони звільнили 4 км² біля Бахмута.",
        "area_change",
        "UA",
    ),
    ("ru", "В течение недели войска продвинулись на 2 км у Работино.", "advance", "RU"),
    ("ru", "За неделю войска освободили село Ивановка.", "settlement_control", "RU"),
    ("ru", "В течение недели освобождено 4 кв. км у Артемовска.", "area_change", "RU"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "gainer"), _DURING_THE_WEEK)
def test_during_the_week_is_the_past_week(
    lang: str, text: str, kind: str, gainer: str
) -> None:
    claims = [
        c
        for c in extract_claims(text, published=PUBLISHED, language=lang)
        if c.kind == kind
    ]
    assert claims, text
    claim = claims[0]
    assert claim.period_text is not None
    assert (claim.period_start, claim.period_end) == WEEK
    assert not claim.negated
    assert claim.gainer == gainer
    assert len(claim.places) == 1


@pytest.mark.parametrize(
    "text",
    [
        "They advanced 2 km during the week.",
        "During the week the brigade held its lines.",
        "Fighting went on during the week, he said.",
    ],
)
def test_during_the_week_is_found(text: str) -> None:
    assert [p.kind for p in find_periods(text, "en")] == ["past_week"]


@pytest.mark.parametrize(
    "text",
    [
        "During the week of the vote the town was quiet.",
        "During the week before the storm the town was quiet.",
        "During the week after the storm the town was quiet.",
    ],
)
def test_another_week_is_not_the_past_week(text: str) -> None:
    assert "past_week" not in [p.kind for p in find_periods(text, "en")]


REPORT_DAY = date(2024, 8, 20)  # "over the past day" told on Wednesday 21st
_EN_HEAD = (
    "Syrskyi: Ukrainian forces hold over 1,000 sq km of Kursk region\n\n"
    "The commander briefed the president on the Kursk operation on Wednesday.\n\n"
)
_UK_HEAD = (
    "Сирський: Сили оборони контролюють понад 1000 кв. км Курщини\n\n"
    "Головнокомандувач у середу доповів Президенту про ситуацію на Курщині.\n\n"
)
_RU_HEAD = (
    "Герасимов: войска контролируют более 1000 кв. км\n\n"
    "Начальник Генштаба в среду доложил президенту о ходе операции.\n\n"
)
_GOES_ON = [
    (
        "en",
        _EN_HEAD + '"Over the past day our units advanced 2 km near Sudzha. We took '
        'control of two more villages," Syrskyi stressed.',
    ),
    (
        "en",
        _EN_HEAD + "Over the past day our units advanced 2 km near Sudzha, Syrskyi "
        "said. Our troops captured the village of Mala Loknia, Syrskyi emphasised.",
    ),
    (
        "en",
        _EN_HEAD + "Over the past day our troops pushed 1.5 km near Korenevo, the "
        "general said. Ukrainian forces liberated the village of Snagost, the "
        "general insisted.",
    ),
    (
        "uk",
        _UK_HEAD + '"Протягом доби наші підрозділи просунулися на 2 км біля Суджі. '
        'Взято під контроль ще два населені пункти", — наголосив Сирський.',
    ),
    (
        "uk",
        _UK_HEAD + "За минулу добу наші бійці просунулися на 1,5 км біля Коренева, "
        "повідомив Сирський. Звільнено село Снагость, наголосив Сирський.",
    ),
    (
        "uk",
        _UK_HEAD + "За добу наші війська просунулися на 2 км біля Суджі, сказав "
        "Сирський. Звільнено ще два села, підкреслив Сирський.",
    ),
    (
        "ru",
        _RU_HEAD + "«За сутки подразделения продвинулись на 2 км у Суджи. "
        "Освобождены еще два населенных пункта», — подчеркнул Герасимов.",
    ),
    (
        "ru",
        _RU_HEAD + "За прошедшие сутки войска продвинулись на 1,5 км у Коренево, "
        "сообщил Герасимов. Освобождено село Снагость, подчеркнул Герасимов.",
    ),
    (
        "ru",
        _RU_HEAD + "За сутки наши войска продвинулись на 2 км у Суджи, заявил "
        "Герасимов. Освобождены еще два села, подчеркнул Герасимов.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _GOES_ON)
def test_the_speakers_day_goes_on_with_a_verb_of_saying(lang: str, text: str) -> None:
    claims = extract_claims(text, published=date(2024, 8, 21), language=lang)
    gainer = "RU" if lang == "ru" else "UA"
    head, advance, taken = claims
    assert (head.kind, head.period_end, head.period_start) == (
        "area_change",
        date(2024, 8, 21),
        None,
    )
    assert advance.kind == "advance"
    assert taken.kind == "settlement_control"
    for c in (advance, taken):
        assert (c.period_start, c.period_end) == (REPORT_DAY, REPORT_DAY)
        assert c.gainer == gainer
        assert not c.negated
