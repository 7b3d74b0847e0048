"""Session 43, blind34's periods (lane b34per): phrasings of our own, three per
language where the class applies.

* B34PER43 (1): a running span after a superlative or a record ("the slowest
  pace since the start of the year", "это наименьший показатель с начала
  лета", "це найменший показник з початку літа") compares the figure with
  others; it is no running total. English had it for "since 2022" only (not
  "since the start of the year / month"); uk/ru had it for "за рік / за год"
  only. The week the figure is told for dates it.
* B34PER43 (2): "A week earlier …" opening the sentence after a week's
  figure ("Over the past week … 235 sq km. A week earlier they had seized
  275 sq km.", "Тижнем раніше ворог захопив …", "Неделей ранее …") is the
  week before the week told (it was the single day a week back: the
  sentence's own span was looked for only inside the sentence).
* B34PER43 (3): a month's figure, then the next month with an apposition
  before the dash that heads its own figure ("У грудні … 390 км², у січні, з
  початку місяця, — ще на 120 км²", "…, in December, according to analysts,
  — 390 sq km"): the next month is the next item's (dating._ITEM_HEAD takes
  the apposition; dating._joined_span joins no time heading a figure), and
  "у січні, з початку місяця" is the month to date, a running total
  (dating._to_date_within).
* B34PER43 (4): a weekday closing the claim's own clause after a span told
  in a clause before it ("Over the past week Russian units occupied X, while
  Ukrainian troops retook positions near Y on Tuesday", "…, а українські
  бійці відбили позиції біля Y у середу", "…, тогда как ВСУ освободили Y во
  вторник") dates that claim: weekdays were only read when no other time
  stood in the sentence (dating._weekday_after_other_clause).
* B34PER43 (5): in a weekly roundup whose week is "the past week" (not named
  by its dates), a line opened by a sector's heading ("Kurakhove direction:
  …", "Покровський напрямок. …", "Торецкое направление: …") is the writer's
  news of that sector as of the day: its undated claims end on the
  statement day, not the week (roundup_dates.sector_heading; a week named by
  its dates still dates its headings' claims).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2025, 9, 22)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Over the past week Russian forces captured 80 sq km, the slowest "
            "pace since the start of the year, DeepState said.",
            "en",
        ),
        (
            "Russian troops seized 95 square kilometres last week, their "
            "smallest weekly gain since the beginning of the month.",
            "en",
        ),
        (
            "In the past seven days Russia took 70 sq km, the lowest figure "
            "since the start of summer, analysts said.",
            "en",
        ),
        (
            "За неделю российские войска оккупировали 92 км², это наименьший "
            "показатель с начала лета.",
            "ru",
        ),
        (
            "По данным аналитиков, за минувшую неделю армия РФ захватила 140 км², "
            "это самый высокий темп с начала месяца.",
            "ru",
        ),
        (
            "За последнюю неделю ВС РФ заняли 60 кв. км, это минимальный "
            "результат с начала года.",
            "ru",
        ),
        (
            "За тиждень росіяни окупували 92 км², це найменший показник з "
            "початку літа.",
            "uk",
        ),
        (
            "За минулий тиждень ворог захопив 150 км², це найвищий темп з "
            "початку місяця.",
            "uk",
        ),
        (
            "Окупанти за тиждень просунулися на 60 кв. км, це рекордний "
            "показник з початку року.",
            "uk",
        ),
    ],
)
def test_a_record_since_a_start_is_no_running_total(text: str, language: str) -> None:
    (claim,) = [
        c
        for c in extract_claims(text, published=_PUB, language=language)
        if c.kind == "area_change"
    ]
    assert claim.cumulative is False
    assert (claim.period_start, claim.period_end) == (
        date(2025, 9, 15),
        date(2025, 9, 21),
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Since the start of the year Russia has captured 3,000 sq km.", "en"),
        ("С начала года сами российские войска заняли 3000 км².", "ru"),
        ("З початку року росіяни окупували 3000 км².", "uk"),
    ],
)
def test_a_running_total_without_a_record_stays(text: str, language: str) -> None:
    (claim,) = extract_claims(text, published=_PUB, language=language)
    assert claim.cumulative is True
    assert (claim.period_start, claim.period_end) == (date(2025, 1, 1), _PUB)


_WEEK_PUB = date(2024, 12, 2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Over the past week Russian forces captured 235 sq km. A week "
            "earlier they had seized 275 sq km.",
            "en",
        ),
        (
            "Russian troops occupied 180 square kilometres last week, analysts "
            "said. A week earlier Russia captured 210 sq km.",
            "en",
        ),
        (
            "In the past seven days Russia took 150 sq km. The week before, "
            "Russian forces gained 120 sq km.",
            "en",
        ),
        (
            "За минулий тиждень російські війська окупували 235 кв. км. Тижнем "
            "раніше ворог захопив 275 км².",
            "uk",
        ),
        (
            "За тиждень окупанти просунулися на 180 км², повідомили аналітики. "
            "Тижнем раніше росіяни окупували 210 км².",
            "uk",
        ),
        (
            "Минулого тижня ворог захопив 150 км². Тижнем раніше він окупував 120 км².",
            "uk",
        ),
        (
            "За неделю российские войска оккупировали 235 кв. км. Неделей ранее "
            "армия РФ захватила 275 км².",
            "ru",
        ),
        (
            "За минувшую неделю ВС РФ продвинулись на 180 км², сообщили "
            "аналитики. Неделей ранее россияне заняли 210 км².",
            "ru",
        ),
        (
            "На прошлой неделе российские войска захватили 150 км². Неделей "
            "ранее они оккупировали 120 км².",
            "ru",
        ),
    ],
)
def test_a_week_earlier_after_a_weeks_figure(text: str, language: str) -> None:
    first, second = extract_claims(text, published=_WEEK_PUB, language=language)
    assert (first.period_start, first.period_end) == (
        date(2024, 11, 25),
        date(2024, 12, 1),
    )
    assert (second.period_start, second.period_end) == (
        date(2024, 11, 18),
        date(2024, 11, 24),
    )
    assert second.cumulative is False


_JAN_PUB = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("text", "language", "first", "second", "running"),
    [
        (
            "У грудні ворог просунувся на 390 км², у січні, з початку місяця, — "
            "ще на 120 км².",
            "uk",
            (date(2025, 12, 1), date(2025, 12, 31)),
            (date(2026, 1, 1), _JAN_PUB),
            True,
        ),
        (
            "У грудні росіяни окупували 390 кв. км, у січні, з початку місяця, — "
            "ще 120 кв. км.",
            "uk",
            (date(2025, 12, 1), date(2025, 12, 31)),
            (date(2026, 1, 1), _JAN_PUB),
            True,
        ),
        (
            "За листопад ворог захопив 520 км², у грудні, за даними аналітиків, "
            "— 390 км².",
            "uk",
            (date(2025, 11, 1), date(2025, 11, 30)),
            (date(2025, 12, 1), date(2025, 12, 31)),
            False,
        ),
        (
            "В декабре российские войска продвинулись на 390 км², в январе, с "
            "начала месяца, — еще на 120 км².",
            "ru",
            (date(2025, 12, 1), date(2025, 12, 31)),
            (date(2026, 1, 1), _JAN_PUB),
            True,
        ),
        (
            "В декабре российские войска оккупировали 390 кв. км, в январе, по "
            "предварительным данным, — еще 120 кв. км.",
            "ru",
            (date(2025, 12, 1), date(2025, 12, 31)),
            (date(2026, 1, 1), date(2026, 1, 31)),
            False,
        ),
        (
            "За ноябрь армия РФ захватила 520 км², в декабре, по подсчетам "
            "аналитиков, — 390 км².",
            "ru",
            (date(2025, 11, 1), date(2025, 11, 30)),
            (date(2025, 12, 1), date(2025, 12, 31)),
            False,
        ),
        (
            "Russia captured 520 sq km in November, in December, according to "
            "analysts, — 390 sq km.",
            "en",
            (date(2025, 11, 1), date(2025, 11, 30)),
            (date(2025, 12, 1), date(2025, 12, 31)),
            False,
        ),
        (
            "In December Russian troops seized 390 sq km, in January, since the "
            "start of the month, — a further 120 sq km.",
            "en",
            (date(2025, 12, 1), date(2025, 12, 31)),
            (date(2026, 1, 1), _JAN_PUB),
            True,
        ),
        (
            "Russian forces occupied 610 sq km in October, in November, by "
            "DeepState's count, — 725 sq km.",
            "en",
            (date(2025, 10, 1), date(2025, 10, 31)),
            (date(2025, 11, 1), date(2025, 11, 30)),
            False,
        ),
    ],
)
def test_the_next_months_apposition_before_its_figure(
    text: str,
    language: str,
    first: tuple[date, date],
    second: tuple[date, date],
    running: bool,
) -> None:
    one, two = extract_claims(text, published=_JAN_PUB, language=language)
    assert (one.period_start, one.period_end) == first
    assert one.cumulative is False
    assert (two.period_start, two.period_end) == second
    assert two.cumulative is running


_WD_PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Russian units advanced 1.2 km near Chasiv Yar over the past week, "
            "while Ukrainian troops recaptured positions near Stupochky on "
            "Wednesday.",
            "en",
            date(2025, 6, 11),
        ),
        (
            "Over the past week Russian units occupied Bila Hora, while Ukrainian "
            "troops retook positions near Stupochky on Tuesday.",
            "en",
            date(2025, 6, 10),
        ),
        (
            "According to DeepState, Russian units advanced 1.2 km near Chasiv "
            "Yar over the past week, while the Ukrainian 24th Brigade reported "
            "recapturing positions near Stupochky on Wednesday.",
            "en",
            date(2025, 6, 11),
        ),
        (
            "За минулий тиждень російські війська окупували Білу Гору, а "
            "українські бійці відбили позиції біля Ступочок у середу.",
            "uk",
            date(2025, 6, 11),
        ),
        (
            "Минулого тижня ворог просунувся біля Часового Яру, тоді як наші "
            "підрозділи звільнили Ступочки у вівторок.",
            "uk",
            date(2025, 6, 10),
        ),
        (
            "За тиждень росіяни захопили Білу Гору, водночас ЗСУ відновили "
            "позиції біля Предтечиного в середу.",
            "uk",
            date(2025, 6, 11),
        ),
        (
            "За неделю российские войска заняли Белую Гору, а украинские бойцы "
            "отбили позиции у Ступочек в среду.",
            "ru",
            date(2025, 6, 11),
        ),
        (
            "На прошлой неделе армия РФ продвинулась у Часов Яра, тогда как ВСУ "
            "освободили Ступочки во вторник.",
            "ru",
            date(2025, 6, 10),
        ),
        (
            "За неделю россияне захватили Белую Гору, при этом ВСУ восстановили "
            "позиции у Предтечино в среду.",
            "ru",
            date(2025, 6, 11),
        ),
    ],
)
def test_a_weekday_closing_its_own_clause_after_a_span(
    text: str, language: str, day: date
) -> None:
    claims = extract_claims(text, published=_WD_PUB, language=language)
    (ua,) = [c for c in claims if c.gainer == "UA"]
    (ru,) = [c for c in claims if c.gainer == "RU"]
    assert (ua.period_start, ua.period_end) == (day, day)
    assert ru.period_start is not None
    assert (ru.period_end - ru.period_start).days == 6


_ROUNDUP_PUB = date(2024, 12, 2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Weekly front review\n\nOver the past week Russian forces captured "
            "about 120 square kilometres, DeepState said.\n\nKurakhove direction: "
            "Russian units advanced west of Kurakhove and pushed toward Dachne.",
            "en",
        ),
        (
            "The week at the front\n\nRussian troops seized 95 sq km over the past "
            "week, according to analysts.\n\nToretsk direction: Ukrainian forces "
            "retook positions near Shcherbynivka.",
            "en",
        ),
        (
            "Week on the front\n\nIn the past week Russia occupied 140 square "
            "kilometres of Ukrainian land, DeepState estimated.\n\nKupiansk axis: "
            "Russian units advanced near Petropavlivka.",
            "en",
        ),
        (
            "Тиждень на фронті\n\nЗа минулий тиждень росіяни окупували 120 "
            "квадратних кілометрів, свідчать дані DeepState.\n\nПокровський "
            "напрямок. Ворог просунувся біля Котлиного і захопив Зелене.",
            "uk",
        ),
        (
            "Фронт за тиждень\n\nЗа тиждень окупанти захопили 95 км², повідомили "
            "аналітики.\n\nТорецький напрямок: українські бійці відбили позиції "
            "біля Щербинівки.",
            "uk",
        ),
        (
            "Підсумки тижня\n\nПротягом тижня ворог окупував 140 км² української "
            "території.\n\nКуп'янський напрямок. Росіяни просунулися біля "
            "Петропавлівки.",
            "uk",
        ),
        (
            "Неделя на фронте\n\nЗа неделю российские войска оккупировали 120 "
            "квадратных километров, по данным DeepState.\n\nПокровское "
            "направление. Российские войска продвинулись у Котлино.",
            "ru",
        ),
        (
            "Итоги недели\n\nЗа прошедшую неделю ВС РФ заняли 95 км², сообщили "
            "аналитики.\n\nТорецкое направление: украинские бойцы отбили позиции "
            "у Щербиновки.",
            "ru",
        ),
        (
            "Фронт за неделю\n\nВ течение недели армия РФ оккупировала 140 км² "
            "украинской территории.\n\nКупянское направление. Российские войска "
            "продвинулись у Петропавловки.",
            "ru",
        ),
    ],
)
def test_a_sector_heading_in_a_weeks_roundup_is_of_the_day(
    text: str, language: str
) -> None:
    claims = extract_claims(text, published=_ROUNDUP_PUB, language=language)
    (week,) = [c for c in claims if c.kind == "area_change"]
    assert (week.period_start, week.period_end) == (
        date(2024, 11, 25),
        date(2024, 12, 1),
    )
    headed = [c for c in claims if c.kind != "area_change"]
    assert headed
    for c in headed:
        assert c.period_start is None
        assert c.period_end == _ROUNDUP_PUB


def test_a_week_named_by_its_dates_still_dates_its_headings() -> None:
    text = (
        "Weekly front review (November 25 – December 1)\n\n"
        "Pokrovsk direction: Russian units advanced near Zelene."
    )
    (claim,) = extract_claims(text, published=_ROUNDUP_PUB, language="en")
    assert (claim.period_start, claim.period_end) == (
        date(2024, 11, 25),
        date(2024, 12, 1),
    )
