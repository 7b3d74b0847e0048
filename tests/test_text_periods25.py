"""Periods, session 25 (PERIODS25 in ``period_rules.py``).

- the sitting of an interview the outlet itself held ("He spoke to us on
  Monday", "Інтерв'ю записане в понеділок", "беседовал с нами во вторник")
  dates every answer: relative times count from it and claims without one
  take its day;
- a daily report's day goes on into its list when the list's speaker is only
  carried from the lead (the report's body named in full there, "Генеральний
  штаб ЗСУ" after "Генштаб" in the title): only a speaker named in the
  claim's own sentence keeps it out (``roundup_dates._date_by_topic_day``);
- a week the head names in a sentence that makes no claim ("Over the past
  week the army went on with offensive operations, X said") is the weekly
  roundup's week all the same (``roundup_dates._note_topic_week``);
- a meeting is a statement's occasion ("held a meeting on Monday", "провів
  нараду в понеділок", "провел совещание в понедельник"): its day dates
  what the speaker says there (``period_rules.STATEMENT_NOUN``).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.period_rules import sitting_day

PUBLISHED = date(2025, 3, 13)  # a Thursday
MONDAY, SUNDAY = date(2025, 3, 10), date(2025, 3, 9)

_SITTINGS = [
    ("en", "Commander on the river line", "He spoke to us by phone on Monday."),
    ("en", "Notes from the trenches", "We talked with the major on Monday."),
    ("en", "A sapper's story", "The interview was recorded on Monday at the base."),
    ("uk", "Комбат про річку", "Комбат поспілкувався з нами в понеділок."),
    ("uk", "Розмова з сапером", "Інтерв'ю записане в понеділок у тилу."),
    ("uk", "Нотатки з окопів", "Розмова відбулася в понеділок біля штабу."),
    ("ru", "Комбат о реке", "Интервью записано в понедельник, в тылу."),
    ("ru", "Записки из окопов", "Майор побеседовал с нами в понедельник."),
    ("ru", "Разговор с сапером", "Беседа состоялась в понедельник у штаба."),
    ("en", "Voices from the line", "The conversation took place on Monday."),
    ("uk", "Голоси з передової", "Розмову записали в понеділок."),
    ("ru", "Голоса с передовой", "Беседу записали в понедельник в тылу."),
]
_ANSWER = {
    "en": "A: Yesterday they attacked near Dachne four times. We hold the village.",
    "uk": "— Вчора вони чотири рази атакували біля Дачного. Село ми тримаємо.",
    "ru": "— Вчера они четыре раза атаковали у Дачного. Село мы держим.",
}


@pytest.mark.parametrize(("lang", "title", "lede"), _SITTINGS)
def test_a_sitting_day_dates_the_answers(lang: str, title: str, lede: str) -> None:
    assert sitting_day([title, lede], lang, PUBLISHED) == MONDAY
    text = f"{title}\n\n{lede}\n\n{_ANSWER[lang]}\n"
    claims = extract_claims(text, published=PUBLISHED, language=lang)
    fights = [c for c in claims if c.kind == "fighting"]
    held = [c for c in claims if c.kind == "settlement_control"]
    assert [(c.period_start, c.period_end) for c in fights] == [(SUNDAY, SUNDAY)]
    assert [c.period_end for c in held] == [MONDAY]


@pytest.mark.parametrize(
    ("lang", "lede"),
    [
        ("en", "He spoke to reporters on Monday."),
        ("en", "The minister said on Monday that talks went on."),
        ("uk", "Комбат поспілкувався з журналістами в понеділок."),
        ("ru", "Майор в понедельник заявил, что бои идут."),
        ("ru", "Интервью записано давно, ещё зимой."),
    ],
)
def test_no_sitting_of_our_own(lang: str, lede: str) -> None:
    assert sitting_day([lede], lang, PUBLISHED) is None


_REPORTS = [
    (
        "uk",
        "Генштаб: за минулу добу — 90 бойових зіткнень, найгарячіше біля "
        "Покровська\n\nПротягом минулої доби на фронті відбулося 90 бойових "
        "зіткнень, повідомляє Генеральний штаб ЗСУ.\n\nНа Покровському "
        "напрямку ворог тричі намагався просунутися в районі Удачного.\n",
    ),
    (
        "uk",
        "Генштаб: за добу 70 атак, найважче біля Торецька\n\nЗа минулу добу "
        "ворог 70 разів атакував наші позиції, повідомили в Генеральному штабі "
        "ЗСУ.\n\nБіля Дачного противник двічі штурмував наші позиції.\n",
    ),
    (
        "uk",
        "Зведення Генштабу: за добу 50 боїв біля Куп'янська\n\nЗа минулу добу "
        "відбулося 50 боєзіткнень, йдеться у зведенні Генерального штабу ЗСУ."
        "\n\nНа Куп'янському напрямку ворог чотири рази атакував біля "
        "Петропавлівки.\n",
    ),
    (
        "en",
        "Staff: 90 clashes over the past day, heaviest near Pokrovsk\n\nOver "
        "the past day, 90 clashes took place, according to the General Staff "
        "of Ukraine's Armed Forces.\n\nOn the Pokrovsk axis, the enemy "
        "attacked three times near Udachne.\n",
    ),
    (
        "en",
        "General Staff: 70 attacks over the past day near Toretsk\n\nOver the "
        "past day, Russian troops attacked 70 times, the General Staff of the "
        "Armed Forces of Ukraine reported.\n\nNear Dachne, the enemy stormed "
        "our positions twice.\n",
    ),
    (
        "en",
        "Staff: 60 clashes over the past day near Toretsk\n\nOver the past "
        "day, 60 clashes took place, the General Staff of Ukraine's Armed "
        "Forces said.\n\nNear Dachne, the enemy stormed positions twice.\n",
    ),
    (
        "ru",
        "Минобороны: за сутки отражено 20 атак у Купянска\n\nЗа минувшие "
        "сутки отражены 20 атак, сообщило Министерство обороны России.\n\nУ "
        "Петропавловки противник дважды пытался атаковать.\n",
    ),
    (
        "ru",
        "Минобороны: за сутки отражено 30 атак у Покровска\n\nЗа минувшие "
        "сутки отражены 30 атак, сообщило Министерство обороны РФ.\n\nУ "
        "Удачного противник трижды пытался атаковать.\n",
    ),
    (
        "ru",
        "Генштаб: за сутки 60 боев у Торецка\n\nЗа минувшие сутки произошло "
        "60 боестолкновений, сообщил Генеральный штаб Вооруженных сил Украины."
        "\n\nУ Дачного противник дважды штурмовал позиции.\n",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _REPORTS)
def test_a_reports_day_goes_on_past_a_carried_speaker(lang: str, text: str) -> None:
    claims = extract_claims(text, published=PUBLISHED, language=lang)
    last = claims[-1]
    assert last.kind == "fighting"
    assert (last.period_start, last.period_end) == (
        date(2025, 3, 12),
        date(2025, 3, 12),
    )


_WEEK_HEADS = [
    (
        "en",
        "Weekly front summary\n\nOver the past week the army went on with "
        "offensive operations on the southern axes, Deputy Minister Ivan "
        "Petrenko said.\n\nIn the south, our troops advanced by 2 km near "
        "Dachne.\n",
    ),
    (
        "en",
        "Ministry: the week at the front\n\nDuring the past week the defence "
        "forces kept up offensive operations in the east, the ministry said."
        "\n\nNear Toretsk, our units advanced by 1 km toward Dachne.\n",
    ),
    (
        "en",
        "Seven days at the front\n\nIn the past week the brigades held the "
        "line in the east, a spokesman said.\n\nUkrainian units advanced by "
        "3 km south of Dachne.\n",
    ),
    (
        "uk",
        "Підсумки тижня\n\nЗа тиждень українські війська вели наступальні дії "
        "на сході, заявили в міністерстві.\n\nБіля Торецька наші підрозділи "
        "просунулися на кілометр до Дачного.\n",
    ),
    (
        "uk",
        "Тиждень війни\n\nПротягом тижня армія продовжувала наступ на "
        "південних напрямках, сказав речник.\n\nНаші підрозділи просунулися на "
        "південь від Дачного.\n",
    ),
    (
        "uk",
        "Сім днів на фронті\n\nЗа останній тиждень бригади тримали оборону на "
        "сході, сказав речник.\n\nНаші війська просунулися на 3 км біля "
        "Дачного.\n",
    ),
    (
        "ru",
        "Неделя на фронте\n\nЗа прошедшую неделю войска продолжали "
        "наступательные действия на юге, сообщил представитель Иван Петренко."
        "\n\nНа юге наши войска продвинулись на 2 км у Дачного.\n",
    ),
    (
        "ru",
        "Итоги недели\n\nЗа неделю армия вела наступательные действия на "
        "востоке, заявили в министерстве.\n\nУ Торецка наши подразделения "
        "продвинулись на километр к Дачному.\n",
    ),
    (
        "ru",
        "Неделя войны\n\nВ течение недели войска продолжали наступление на "
        "южных направлениях, сказал представитель.\n\nНаши подразделения "
        "продвинулись южнее Дачного.\n",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _WEEK_HEADS)
def test_a_head_week_without_a_claim_dates_the_roundup(lang: str, text: str) -> None:
    claims = extract_claims(text, published=PUBLISHED, language=lang)
    last = claims[-1]
    assert last.kind == "advance"
    assert (last.period_start, last.period_end) == (
        date(2025, 3, 6),
        date(2025, 3, 12),
    )


_MEETINGS = [
    (
        "en",
        "Governor briefs officials\n\nThe governor held a meeting with district "
        'heads on Monday. "Fighting goes on at the edge of Dachne," he said.\n',
    ),
    (
        "en",
        "Talks in the region\n\nOn Monday the mayor chaired a meeting of the "
        'defence council. "The enemy is attacking near Dachne," he said.\n',
    ),
    (
        "en",
        "Council on the front\n\nThe commander met officials at a meeting on "
        'Monday. "Heavy fighting continues near Dachne," he told them.\n',
    ),
    (
        "uk",
        "Губернатор про ситуацію\n\nГубернатор у понеділок провів нараду з "
        "головами громад. «Бої тривають на околицях Дачного», — сказав він.\n",
    ),
    (
        "uk",
        "Нарада в області\n\nУ понеділок голова адміністрації провів нараду з "
        "військовими. «Ворог атакує біля Дачного», — сказав він.\n",
    ),
    (
        "uk",
        "Рада оборони\n\nМер скликав нараду в понеділок. «Біля Дачного "
        "тривають запеклі бої», — зазначив він.\n",
    ),
    (
        "ru",
        "Губернатор о ситуации\n\nГубернатор в понедельник провел совещание с "
        "главами районов. «Бои идут на окраинах Дачного», — сказал он.\n",
    ),
    (
        "ru",
        "Совещание в области\n\nВ понедельник глава администрации провел "
        "совещание с военными. «Противник атакует у Дачного», — сказал он.\n",
    ),
    (
        "ru",
        "Совет обороны\n\nМэр собрал совещание в понедельник. «У Дачного идут "
        "ожесточенные бои», — отметил он.\n",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _MEETINGS)
def test_a_meetings_day_dates_what_is_said_there(lang: str, text: str) -> None:
    (fight,) = extract_claims(text, published=PUBLISHED, language=lang)
    assert fight.kind == "fighting"
    assert (fight.period_start, fight.period_end) == (MONDAY, MONDAY)
