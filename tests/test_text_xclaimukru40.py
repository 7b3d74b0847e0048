"""Session 40, lane xclaimukru: Ukrainian and Russian claimant errors shared
across the read sets, each rule tested on phrasings of our own (three per
language)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims


def _claimant_of(text: str, lang: str, words: str) -> str | None:
    """The claimant of the claim whose quote holds ``words``."""
    claims = extract_claims(text, published=date(2024, 9, 12), language=lang)
    hits = [c for c in claims if words in c.quote]
    assert hits, [c.quote for c in claims]
    return hits[0].claimant


# XCLAIMUKRU40 (a): a speaker whose clause opens inside the sentence (", а",
# ", але", ", но", a colon, a semicolon) and reports with "что"/"що" or a
# colon speaks the claim after it, not the sentence's first speaker
@pytest.mark.parametrize(
    ("text", "lang", "words", "who"),
    [
        (
            "Міноборони РФ у понеділок оголосило про захоплення Зеленого Яру, "
            "а Генштаб ЗСУ того ж дня повідомив, що бої біля села тривають.",
            "uk",
            "бої біля села",
            "Генштаб ЗСУ",
        ),
        (
            "Росіяни заявили про взяття Вишневого. Українські військові це "
            "заперечують: речник угруповання Петро Коваленко сказав, що село "
            "під контролем Сил оборони.",
            "uk",
            "під контролем",
            "Петро Коваленко",
        ),
        (
            "Російські пабліки писали про прорив біля Сосновки; аналітики "
            "DeepState натомість зазначили, що ворог просунувся лише на 500 "
            "метрів.",
            "uk",
            "просунувся",
            "DeepState",
        ),
        (
            "Министерство обороны России объявило об освобождении Ольховки, "
            "а украинский Генштаб в тот же день сообщил, что бои за село "
            "продолжаются.",
            "ru",
            "бои за село",
            "украинский Генштаб",
        ),
        (
            "Российская сторона заявила о взятии Луговского. Киев эти сведения "
            "не подтверждает: представитель группировки Иван Петренко заявил, "
            "что село остается под контролем ВСУ.",
            "ru",
            "под контролем",
            "Иван Петренко",
        ),
        (
            "Военкоры пишут о прорыве у Березовки, но аналитики ISW отмечают, "
            "что войска РФ продвинулись лишь на 2 км.",
            "ru",
            "продвинулись",
            "ISW",
        ),
    ],
)
def test_clause_own_speaker(text: str, lang: str, words: str, who: str) -> None:
    assert _claimant_of(text, lang, words) == who


# XCLAIMUKRU40 (a): the first clause keeps its own speaker, and a speaker
# named after the claim (no "что"/"що" before the claim) takes nothing
@pytest.mark.parametrize(
    ("text", "lang", "words", "who"),
    [
        (
            "Міноборони РФ оголосило про захоплення Зеленого Яру, а Генштаб "
            "ЗСУ повідомив, що бої тривають.",
            "uk",
            "захоплення",
            "Міноборони РФ",
        ),
        (
            "Министерство обороны России объявило об освобождении Ольховки, "
            "а украинский Генштаб сообщил, что бои продолжаются.",
            "ru",
            "освобождении",
            "Министерство обороны России",
        ),
    ],
)
def test_first_clause_keeps_its_speaker(
    text: str, lang: str, words: str, who: str
) -> None:
    assert _claimant_of(text, lang, words) == who


# XCLAIMUKRU40 (b): a contrast whose clause opens with its own source ("…,
# хоча, за даними X, …", "…, но, по данным X, …") gives the claim of that
# clause to X, not back to the speaker before the comma
@pytest.mark.parametrize(
    ("text", "lang", "words", "who"),
    [
        (
            "Міноборони РФ заявило про захоплення Луговського, хоча, за даними "
            "аналітиків DeepState, російські війська контролюють лише східну "
            "околицю села.",
            "uk",
            "контролюють",
            "DeepState",
        ),
        (
            "Окупанти вкотре оголосили про взяття Сосновки, але, за даними ISW, "
            "бої тривають у центрі села.",
            "uk",
            "бої тривають",
            "ISW",
        ),
        (
            "Російське відомство знову повідомило про звільнення Ясного, проте, "
            "за даними Генштабу ЗСУ, село залишається під контролем Сил оборони.",
            "uk",
            "під контролем",
            "Генштабу ЗСУ",
        ),
        (
            "Минобороны России сообщило о взятии Луговского, хотя, по данным "
            "аналитиков DeepState, российские войска контролируют лишь "
            "восточную окраину села.",
            "ru",
            "контролируют",
            "DeepState",
        ),
        (
            "Российское ведомство снова заявило о занятии Сосновки, но, по "
            "данным независимых картографов, село остается серой зоной.",
            "ru",
            "серой зоной",
            "независимых картографов",
        ),
        (
            "В Москве объявили о взятии Ясного, однако, по данным ISW, бои идут "
            "на западной окраине села.",
            "ru",
            "бои идут",
            "ISW",
        ),
    ],
)
def test_source_opening_a_contrast(text: str, lang: str, words: str, who: str) -> None:
    assert _claimant_of(text, lang, words) == who


# XCLAIMUKRU40 (c): the one who counted speaks, not the data it counted from,
# when it is named with lower-case words before the name, by a lower-case
# trade alone, or after "випливає з підрахунків" / "следует из подсчетов"
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "За тиждень окупанти захопили 96 км², підрахував військовий оглядач "
            "Іван Петренко за даними відкритих карт.",
            "uk",
            "Петренко",
        ),
        (
            "З початку місяця ворог просунувся на 4 км біля Липівки, підрахували "
            "аналітики видання на основі даних DeepState.",
            "uk",
            "аналітики видання",
        ),
        (
            "За серпень росіяни окупували 12 сіл, випливає з підрахунків проєкту "
            "«Мапа війни» за даними DeepState.",
            "uk",
            "проєкту «Мапа війни»",
        ),
        (
            "За сутки войска РФ продвинулись на 3 км у Липовки, подсчитали "
            "аналитики издания по данным открытых карт.",
            "ru",
            "аналитики издания",
        ),
        (
            "Всего за неделю российские войска заняли 90 кв. км, следует из "
            "подсчетов издания «Верстка» по данным DeepState.",
            "ru",
            "издания «Верстка»",
        ),
        (
            "За месяц армия РФ заняла 14 сел, посчитал военный обозреватель "
            "Павел Смирнов по данным карт ISW.",
            "ru",
            "Смирнов",
        ),
    ],
)
def test_counter_not_its_data(text: str, lang: str, who: str) -> None:
    claims = extract_claims(text, published=date(2024, 9, 12), language=lang)
    assert claims, text
    for c in claims:
        assert c.claimant is not None and c.claimant.endswith(who), c.claimant


# XCLAIMUKRU40 (d): a first-person reminder ("Напомню:", "Нагадаю:") or a
# fact-check's heading word ("Висновок:", "Вывод:", "Разбор:") before a colon
# names nobody: the post's author named before keeps speaking
@pytest.mark.parametrize(
    ("text", "lang", "words", "who"),
    [
        (
            "Голова ОВА Іван Коваль заявив, що ситуація контрольована. Нагадаю: "
            "у березні наші війська звільнили Сосновку.",
            "uk",
            "звільнили",
            "Іван Коваль",
        ),
        (
            "Речник угруповання Петро Бондар сказав, що бої тривають біля "
            "Липівки. Додам: за тиждень ворог просунувся на 2 км.",
            "uk",
            "просунувся",
            "Петро Бондар",
        ),
        (
            "Висновок: твердження про захоплення Ясного не відповідає дійсності.",
            "uk",
            "Ясного",
            None,
        ),
        (
            "Губернатор Иван Сидоров заявил, что обстановка под контролем. "
            "Напомню: в марте наши войска освободили Сосновку.",
            "ru",
            "освободили",
            "Иван Сидоров",
        ),
        (
            "Глава администрации Павел Орлов сообщил о боях у Липовки. "
            "Добавлю: за неделю противник продвинулся на 2 км.",
            "ru",
            "продвинулся",
            "Павел Орлов",
        ),
        (
            "Вывод: заявление о взятии Луговского не соответствует действительности.",
            "ru",
            "Луговского",
            None,
        ),
    ],
)
def test_reminder_and_verdict_labels(
    text: str, lang: str, words: str, who: str | None
) -> None:
    assert _claimant_of(text, lang, words) == who


# XCLAIMUKRU40 (e): "only", "once again" between a speaker and its verb are
# no part of its name ("аналітики DeepState лише зазначили", "Аналитики ISW
# лишь отметили")
@pytest.mark.parametrize(
    ("text", "lang", "words", "who"),
    [
        (
            "Підтверджень немає; аналітики DeepState лише зазначили, що ворог "
            "просунувся біля Липівки.",
            "uk",
            "просунувся",
            "DeepState",
        ),
        (
            "Аналітики ISW тільки припустили, що росіяни захопили Ясне.",
            "uk",
            "захопили",
            "ISW",
        ),
        (
            "Генштаб ЗСУ щойно повідомив, що бої тривають біля Сосновки.",
            "uk",
            "бої тривають",
            "Генштаб ЗСУ",
        ),
        (
            "Аналитики ISW лишь отметили, что войска РФ продвинулись у Липовки.",
            "ru",
            "продвинулись",
            "ISW",
        ),
        (
            "Проект DeepState только подтвердил, что российские войска заняли Ясное.",
            "ru",
            "заняли",
            "Проект DeepState",
        ),
        (
            "Военкор Павел Смирнов опять написал, что войска РФ продвинулись на "
            "2 км у Сосновки.",
            "ru",
            "продвинулись",
            "Павел Смирнов",
        ),
    ],
)
def test_adverb_before_verb_not_in_name(
    text: str, lang: str, words: str, who: str
) -> None:
    assert _claimant_of(text, lang, words) == who


# XCLAIMUKRU40 (f): the past of "write" and of "deny" in uk ("писали",
# "заперечили") and "deny" in ru ("отрицают", "отрицал") are speech verbs
@pytest.mark.parametrize(
    ("text", "lang", "words", "who"),
    [
        (
            "Російські канали ще у вівторок писали, що штурмові загони підняли "
            "прапор у центрі Сосновки.",
            "uk",
            "прапор",
            "Російські канали",
        ),
        (
            "Військовий блогер Іван Петренко писав, що ворог просунувся на 2 км "
            "біля Ясного.",
            "uk",
            "просунувся",
            "Іван Петренко",
        ),
        (
            "Речник угруповання Петро Бондар заперечив, що росіяни захопили Липівку.",
            "uk",
            "захопили",
            "Петро Бондар",
        ),
        (
            "Украинские военные отрицают, что российские войска заняли Сосновку.",
            "ru",
            "заняли",
            "Украинские военные",
        ),
        (
            "Представитель группировки Иван Петренко отрицал, что ВСУ оставили "
            "Липовку.",
            "ru",
            "Липовку",
            "Иван Петренко",
        ),
        (
            "Минобороны России сообщило о взятии Ясного. В Генштабе ВСУ потерю "
            "села отрицают. Там заявили, что бои продолжаются у южной окраины.",
            "ru",
            "бои продолжаются",
            "Генштабе ВСУ",
        ),
    ],
)
def test_write_and_deny_verbs(text: str, lang: str, words: str, who: str) -> None:
    assert _claimant_of(text, lang, words) == who
