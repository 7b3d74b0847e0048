"""Session 43, lane xper5: periods of compared and nested figures, each fix
tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 20)


def _periods(text: str, lang: str, kind: str) -> list[tuple[str, str]]:
    claims = extract_claims(text, published=PUB, language=lang)
    return [(str(c.period_start), str(c.period_end)) for c in claims if c.kind == kind]


# XPER543: a span counted from a start closing the claim's clause, far past a
# statement's day ("said on May 12 that … since the start of May"), dates the
# claim from that start to the statement day; uk/ru read it already (controls)
@pytest.mark.parametrize(
    ("text", "lang", "kind", "start", "end"),
    [
        (
            "An officer said on May 12 that his brigade has retaken up to 3 km "
            "in parts of the eastern sector since the start of May.",
            "en",
            "advance",
            "2025-05-01",
            "2025-05-12",
        ),
        (
            "A brigade spokesman said on May 12 that the unit has advanced up "
            "to 3 km near Lyptsi since the start of May.",
            "en",
            "advance",
            "2025-05-01",
            "2025-05-12",
        ),
        (
            "The general stated on Thursday that Russian troops had taken 250 "
            "sq km in the Pokrovsk direction since the beginning of the year.",
            "en",
            "area_change",
            "2025-01-01",
            "2025-06-19",
        ),
        (
            "Речник бригади заявив 12 травня, що підрозділ просунувся до 3 км "
            "на окремих ділянках поблизу Липців і Вовчанська з початку травня.",
            "uk",
            "advance",
            "2025-05-01",
            "2025-05-12",
        ),
        (
            "Представитель бригады заявил 12 мая, что подразделение "
            "продвинулось до 3 км на отдельных участках у Липцов и Волчанска "
            "с начала мая.",
            "ru",
            "advance",
            "2025-05-01",
            "2025-05-12",
        ),
    ],
)
def test_since_span_past_statement_day(
    text: str, lang: str, kind: str, start: str, end: str
) -> None:
    assert _periods(text, lang, kind) == [(start, end)]


def test_since_span_in_another_clause_stays_there() -> None:
    # a since-span after "and" opens its own clause: the first claim keeps
    # the statement day alone
    text = (
        "The general said on Thursday that troops had pushed forward 4 km "
        "near Lyptsi, and since the start of May they took Vovchansk."
    )
    assert _periods(text, "en", "advance") == [("None", "2025-06-19")]


# XPER543 (b): a participle describing the measured ground ("площу, звільнену
# біля X з початку травня, — 40 кв. км") carries the claim's own span; English
# reads it already (controls)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Аналітики оцінили загальну площу, звільнену на Запорізькому "
            "напрямку від початку травня, у близько 40 квадратних кілометрів.",
            "uk",
        ),
        (
            "Аналітики порахували територію, відвойовану біля міста з початку "
            "травня, — близько 30 кв. км.",
            "uk",
        ),
        (
            "Волонтери оцінили площу, звільнену поблизу Роботиного з початку "
            "травня, приблизно в 25 кв. км.",
            "uk",
        ),
        (
            "Аналитики оценили общую площадь, освобожденную на Запорожском "
            "направлении с начала мая, примерно в 40 квадратных километров.",
            "ru",
        ),
        (
            "Аналитики подсчитали территорию, отбитую у города с начала мая, "
            "— около 30 кв. км.",
            "ru",
        ),
        (
            "Военные оценили площадь, занятую противником под Покровском с "
            "начала мая, в 120 кв. км.",
            "ru",
        ),
        (
            "Analysts put the total area recaptured on the Zaporizhzhia front "
            "since the start of May at about 40 square kilometres.",
            "en",
        ),
        (
            "Analysts estimated the area retaken near the town since early May "
            "at roughly 30 sq km.",
            "en",
        ),
    ],
)
def test_participle_of_measured_ground_keeps_its_span(text: str, lang: str) -> None:
    assert _periods(text, lang, "area_change") == [("2025-05-01", "2025-06-20")]


def test_participle_of_a_town_keeps_its_own_time() -> None:
    # a participle about a town (not the measured ground) stays the town's
    text = (
        "Біля Липців, звільнених ще у травні 2024 року, ворог захопив "
        "20 кв. км за минулий тиждень."
    )
    assert _periods(text, "uk", "area_change") == [("2025-06-13", "2025-06-19")]


# XPER543 (c): a figure compared after the claim's ("…, against / проти /
# против 410 кв. км у березні") keeps its month; the claim takes the month
# heading its sentence before a colon, not the compared one
@pytest.mark.parametrize(
    ("text", "lang", "month", "compared"),
    [
        (
            "April brought a slowdown: Russian forces captured some 280 sq km, "
            "against 410 sq km in March.",
            "en",
            "04",
            "03",
        ),
        (
            "In May the pace slowed: Russian units seized 300 sq km, against "
            "450 sq km in April.",
            "en",
            "05",
            "04",
        ),
        (
            "In May the pace slowed: Russian units seized 300 sq km, compared "
            "with 450 sq km in April.",
            "en",
            "05",
            "04",
        ),
        (
            "Квітень приніс уповільнення: ворог захопив близько 280 кв. км "
            "проти 410 кв. км у березні.",
            "uk",
            "04",
            "03",
        ),
        (
            "У травні темп сповільнився: росіяни окупували 300 кв. км проти "
            "450 кв. км у квітні.",
            "uk",
            "05",
            "04",
        ),
        (
            "Травень видався повільнішим: армія РФ захопила 260 кв. км проти "
            "380 кв. км у квітні.",
            "uk",
            "05",
            "04",
        ),
        (
            "В мае темп замедлился: российские войска заняли 300 кв. км против "
            "450 кв. км в апреле.",
            "ru",
            "05",
            "04",
        ),
        (
            "Апрель принес замедление: армия РФ заняла около 280 кв. км против "
            "410 кв. км в марте.",
            "ru",
            "04",
            "03",
        ),
        (
            "Май оказался медленнее: противник захватил 260 кв. км против 380 "
            "кв. км в апреле.",
            "ru",
            "05",
            "04",
        ),
    ],
)
def test_compared_month_after_the_figure(
    text: str, lang: str, month: str, compared: str
) -> None:
    got = _periods(text, lang, "area_change")
    assert [s[5:7] for s, _ in got] == [month, compared]


def test_against_without_a_figure_is_no_comparison() -> None:
    text = "Troops advanced 2 km against stiff resistance in May."
    assert _periods(text, "en", "advance") == [("2025-05-01", "2025-05-31")]
