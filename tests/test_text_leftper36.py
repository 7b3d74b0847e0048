"""Session 36, leftper: period defects the b27per lane left open.

A figure compared with an earlier one keeps its own period ("controls 1,200
sq km; a week earlier it was 1,000"); phrasings are our own, nothing here
reads ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

THU = date(2024, 5, 16)  # a Thursday; the Tuesday before is 14 May
TUE = date(2024, 5, 14)


@pytest.mark.parametrize(
    ("text", "language", "main"),
    [
        (
            "Окупанти контролюють 1250 кв. км у Курській області, тиждень тому "
            "ця цифра становила 1100 кв. км.",
            "uk",
            1250.0,
        ),
        (
            "Ворог утримує 450 кв. км біля Вовчанська; тижнем раніше їх було "
            "400 кв. км.",
            "uk",
            450.0,
        ),
        (
            "Російські війська контролюють 1200 кв. км у Харківській області, "
            "тиждень тому було 1000 кв. км.",
            "uk",
            1200.0,
        ),
        (
            "ВСУ контролируют 1250 кв. км в Курской области, неделей ранее эта "
            "цифра составляла 1100 кв. км.",
            "ru",
            1250.0,
        ),
        (
            "Российские войска контролируют 1200 кв. км в Харьковской области, "
            "неделей ранее было 1000 кв. км.",
            "ru",
            1200.0,
        ),
        (
            "Российские войска удерживают 450 кв. км у Волчанска; неделю назад "
            "их было 400 кв. км.",
            "ru",
            450.0,
        ),
        (
            "Russian forces hold 450 sq km near Vovchansk; a week earlier it was "
            "400 sq km.",
            "en",
            450.0,
        ),
        (
            "Russian forces now control 1,200 sq km in the Kharkiv region, up "
            "from 1,000 sq km a week earlier, the analysts said.",
            "en",
            1200.0,
        ),
        (
            "Ukrainian troops control 1,250 sq km in the Kursk region, a week "
            "earlier that figure stood at 1,100 sq km.",
            "en",
            1250.0,
        ),
    ],
)
def test_a_compared_figures_time_is_not_the_main_figures(
    text: str, language: str, main: float
):
    claims = extract_claims(text, published=THU, language=language)
    (now,) = [c for c in claims if c.area_km2 == main]
    assert now.period_start is None
    assert now.period_end == THU
    assert now.cumulative is True
    earlier = [c for c in claims if c.area_km2 not in (None, main)]
    assert earlier and earlier[0].period_end == date(2024, 5, 9)


@pytest.mark.parametrize(
    ("text", "language", "speaker", "day"),
    [
        (
            "On Tuesday, Syrskyi said Ukrainian troops had advanced 2 km near "
            "Robotyne. The same evening, the General Staff said Russian forces "
            "had captured Ocheretyne.",
            "en",
            "General Staff",
            14,
        ),
        (
            "Zelensky said on Monday that his troops had pushed back Russian "
            "forces near Vovchansk. Later that evening, Russia's defence ministry "
            "claimed to have captured Ocheretyne.",
            "en",
            "Russia's defence ministry",
            13,
        ),
        (
            "The ministry said on Sunday that its troops had taken Novobakhmutivka. "
            "On the same morning, DeepState reported that Russian forces had "
            "captured Umanske.",
            "en",
            "DeepState",
            12,
        ),
        (
            "У вівторок Сирський заявив, що ЗСУ просунулися на 2 км біля "
            "Роботиного. Того ж вечора Генштаб повідомив, що росіяни захопили "
            "Очеретине.",
            "uk",
            "Генштаб",
            14,
        ),
        (
            "У понеділок Зеленський заявив, що ЗСУ відкинули ворога від Вовчанська. "
            "Того ж дня Міноборони РФ оголосило про захоплення Очеретиного.",
            "uk",
            "Міноборони РФ",
            13,
        ),
        (
            "В неділю DeepState повідомив про просування ворога біля Уманського. "
            "Того ж ранку Генштаб заявив, що росіяни захопили Новобахмутівку.",
            "uk",
            "Генштаб",
            12,
        ),
        (
            "Во вторник Сырский заявил, что ВСУ продвинулись на 2 км у Работино. "
            "Тем же вечером Минобороны РФ сообщило, что российские войска взяли "
            "Очеретино.",
            "ru",
            "Минобороны РФ",
            14,
        ),
        (
            "В понедельник Зеленский заявил, что ВСУ отбросили противника от "
            "Волчанска. В тот же вечер Минобороны РФ объявило об освобождении "
            "Очеретино.",
            "ru",
            "Минобороны РФ",
            13,
        ),
        (
            "В воскресенье DeepState сообщил о продвижении противника у "
            "Уманского. Тем же утром Генштаб ВСУ заявил, что российские войска "
            "захватили Новобахмутовку.",
            "ru",
            "Генштаб ВСУ",
            12,
        ),
    ],
)
def test_the_same_evening_is_the_day_named_last(
    text: str, language: str, speaker: str, day: int
):
    claims = extract_claims(text, published=THU, language=language)
    captures = [c for c in claims if c.kind == "settlement_control"]
    last = captures[-1]
    assert last.period_end == date(2024, 5, day)
    assert last.claimant == speaker


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Tuesday, the ministry said that during the day its troops had "
            "captured Ocheretyne.",
            "en",
        ),
        (
            "Syrskyi said on Tuesday that since midnight Russia had attacked 20 "
            "times near Pokrovsk.",
            "en",
        ),
        (
            "Russian troops advanced 1 km near Toretsk during the day, the General "
            "Staff said on Tuesday.",
            "en",
        ),
        (
            "У вівторок Генштаб повідомив, що протягом дня росіяни захопили Очеретине.",
            "uk",
        ),
        (
            "Речник у вівторок заявив, що з опівночі ворог 20 разів атакував біля "
            "Покровська.",
            "uk",
        ),
        (
            "У вівторок командир розповів, що впродовж дня ворог просунувся на 1 км "
            "біля Торецька.",
            "uk",
        ),
        (
            "Во вторник Минобороны РФ сообщило, что в течение дня войска взяли "
            "Очеретино.",
            "ru",
        ),
        (
            "Во вторник Пушилин заявил, что с полуночи российские войска "
            "продвинулись на 1 км у Торецка.",
            "ru",
        ),
        (
            "Во вторник военкор написал, что с полуночи противник 20 раз атаковал "
            "у Покровска.",
            "ru",
        ),
    ],
)
def test_during_the_day_and_since_midnight_are_the_statement_day(
    text: str, language: str
):
    (claim,) = extract_claims(text, published=THU, language=language)
    assert (claim.period_start, claim.period_end) == (TUE, TUE)
