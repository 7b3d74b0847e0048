"""Session 38, known defects still open after the 'known' lane: phrasings of
our own.

* "1,200 sq km in September, up from 900 sq km a month earlier" (uk "проти
  900 км² місяцем раніше", ru "против 900 кв. км месяцем ранее") dated 900 to
  the single day a month before publication; after a whole month named in the
  sentence the earlier figure is the month before it (periods._r_month_before).
  With no span before it (a holding, "up from 18% a month earlier") it keeps
  the day a month before.
* US numeric dates in English ("on 10/3", "on 10/02/2024", "10/1/24")
  resolved no date (the claim kept the publication day): month first now
  (periods._US_DATE); a fraction ("1/3 of", "24/7") is no date. uk/ru
  "10.03.2024" stays day first.
* verbless per-direction items under a gains lead ("Russian gains last
  week:" then "— near X: 4 km²", "• X direction – 2 sq km"; uk "Просування
  ворога за тиждень:", ru "Продвижение ВС РФ за неделю:") gave no claim, or
  gainer UA as a holding with the second item undated: they are increments
  of the lead's side over its period (area.gains_lead_side, read in
  claims._enter_sentence / _list_of; _DocState.item_side). The lead is no
  signature (page_speakers._signature).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 10, 7)


def _claims(text: str, language: str) -> list:
    return extract_claims(text, published=PUB, language=language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russian troops seized 1,200 sq km in September, up from 900 sq km "
            "a month earlier, analysts said.",
            "en",
        ),
        (
            "In September Russian forces captured 1,150 square kilometres, "
            "compared with 900 square kilometres a month before.",
            "en",
        ),
        (
            "Moscow's army took 1,200 km2 in September, against 900 km2 a month "
            "earlier, the DeepState project said.",
            "en",
        ),
        (
            "Російські війська захопили 1200 км² у вересні проти 900 км² "
            "місяцем раніше.",
            "uk",
        ),
        (
            "У вересні окупанти захопили 1150 кв. км, тоді як місяцем раніше — "
            "900 кв. км.",
            "uk",
        ),
        (
            "За вересень ворог окупував 1200 км² проти 900 км² місяцем раніше, "
            "повідомили аналітики.",
            "uk",
        ),
        (
            "Российские войска захватили 1200 кв. км в сентябре против 900 кв. км "
            "месяцем ранее.",
            "ru",
        ),
        (
            "В сентябре ВС РФ заняли 1150 кв. км, тогда как месяцем ранее — "
            "900 кв. км.",
            "ru",
        ),
        (
            "За сентябрь армия РФ захватила 1200 км² против 900 км² месяцем "
            "ранее, сообщили аналитики.",
            "ru",
        ),
    ],
)
def test_a_month_earlier_after_a_month_is_the_month_before(
    text: str, language: str
) -> None:
    by_area = {c.area_km2: c for c in _claims(text, language)}
    earlier = by_area[900.0]
    assert (earlier.period_start, earlier.period_end) == (
        date(2024, 8, 1),
        date(2024, 8, 31),
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Russian forces captured Hostre on 10/3, the General Staff said.", 3),
        (
            "Ukrainian troops recaptured 15 sq km near Robotyne on 10/02/2024, "
            "a brigade spokesman said.",
            2,
        ),
        ("Russia's army took Selydove on 10/1/24, according to ISW.", 1),
    ],
)
def test_an_american_date_in_figures_is_month_first(text: str, day: int) -> None:
    (c,) = _claims(text, "en")
    assert (c.period_start, c.period_end) == (date(2024, 10, day),) * 2


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces captured 1/3 of Toretsk, the General Staff said.",
        "Russian units attacked 24/7 near Pokrovsk and captured Hostre.",
        "Ukraine cut the Russian bridgehead by 1/2 and retook Krynky.",
    ],
)
def test_a_fraction_is_no_date(text: str) -> None:
    assert all(
        c.period_start is None or c.period_start == PUB for c in _claims(text, "en")
    )


@pytest.mark.parametrize(
    ("text", "language", "gainer"),
    [
        (
            "Russian gains last week:\n— near Pokrovsk: 4 km²\n— near Kurakhove: 6 km²",
            "en",
            "RU",
        ),
        (
            "Russian gains last week:\n• Pokrovsk direction – 2 sq km\n"
            "• Kupiansk direction – 3 sq km",
            "en",
            "RU",
        ),
        (
            "Ukrainian advances over the past week:\n- Kursk region: 5 sq km\n"
            "- near Robotyne: 2 sq km",
            "en",
            "UA",
        ),
        (
            "Просування ворога за тиждень:\n— біля Покровська: 4 км²\n"
            "— біля Курахового: 6 км²",
            "uk",
            "RU",
        ),
        (
            "Просування окупантів за минулий тиждень:\n• Покровський напрямок – "
            "2 кв. км\n• Куп'янський напрямок – 3 кв. км",
            "uk",
            "RU",
        ),
        (
            "Просування ЗСУ за тиждень:\n- поблизу Роботиного: 3 км²\n"
            "- на Курщині: 5 км²",
            "uk",
            "UA",
        ),
        (
            "Продвижение ВС РФ за неделю:\n— у Покровска: 4 кв. км\n"
            "— у Курахово: 6 кв. км",
            "ru",
            "RU",
        ),
        (
            "Продвижение российских войск за прошлую неделю:\n• Покровское "
            "направление – 2 кв. км\n• Купянское направление – 3 кв. км",
            "ru",
            "RU",
        ),
        (
            "Продвижение ВСУ за неделю:\n- у Работино: 3 км²\n"
            "- в Курской области: 5 км²",
            "ru",
            "UA",
        ),
    ],
)
def test_verbless_items_under_a_gains_lead(
    text: str, language: str, gainer: str
) -> None:
    cs = [c for c in _claims(text, language) if c.kind == "area_change"]
    assert len(cs) == 2
    first, second = cs
    assert {c.gainer for c in cs} == {gainer}
    assert not any(c.cumulative or c.extra.get("holding") for c in cs)
    assert first.period_start is not None and first.period_start < first.period_end
    assert (second.period_start, second.period_end) == (
        first.period_start,
        first.period_end,
    )
    assert not any(c.claimant for c in cs)  # the lead names no speaker
