"""Every inflected form of the core trigger verbs, checked by grammar (session 24).

The trigger patterns were written from corpus sentences; here a morphological
generator (``pymorphy3`` for uk/ru, ``lemminflect`` for en) makes every form
of 10-20 lemmas per claim kind and language (aspect pairs included), and
tests/paradigm_cases.py puts each into template sentences of our own. What is
asked of each grammatical category is written there (the conventions:
the past and the perfective passive of a capture give settlement control
with the right gainer in every gender and number; the future, the
imperative, an infinitive after "plan" and the conditional give no claim).

The gaps still open are listed in ``KNOWN_GAPS`` with their reason; a test
fails when one of them closes, so the list stays true. Then come the rows of
the session-24 paradigm blocks (``EN24P``/``UK24P``/``RU24P`` and the
``UNDONE`` forms), each in three phrasings of our own.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import date
from functools import cache

import pytest
from paradigm_cases import Case, cases

from frontline.text.claims import claim_to_record, extract_claims

PUB = date(2025, 3, 12)

GENERATOR = {"uk": "pymorphy3", "ru": "pymorphy3", "en": "lemminflect"}
DICTS = {"uk": "pymorphy3_dicts_uk", "ru": "pymorphy3_dicts_ru", "en": "lemminflect"}


def _missing(lang: str) -> str | None:
    """Why the generator of ``lang`` cannot run, or None."""
    for mod in (GENERATOR[lang], DICTS[lang]):
        if importlib.util.find_spec(mod) is None:
            return f"{mod} is not importable (pip install -e '.[test]')"
    return None


Got = list[tuple[str, str | None, bool, bool]]


def got(text: str, lang: str) -> Got:
    """(kind, gainer, hedged, negated) of every claim of ``text``."""
    out = []
    for c in extract_claims(text, published=PUB, language=lang):
        r = claim_to_record(c)
        out.append(
            (r["kind"], r["gainer"], bool(r.get("hedged")), bool(r.get("negated")))
        )
    return out


def holds(case: Case, claims: Got) -> bool:
    """Whether ``claims`` are what the conventions ask of ``case``."""
    if case.expect == "any":
        return True
    if case.expect == "none":  # no claim, or a hedged or denied one
        return all(hedged or negated for _, _, hedged, negated in claims)
    kinds = {case.expect}
    if case.expect == "advance":  # an entry may hold a part of the town
        kinds.add("settlement_control")
    return any(
        k in kinds and (case.gainer is None or g == case.gainer) and not neg
        for k, g, _, neg in claims
    )


def _imperative_sg(case: Case) -> bool:
    return case.category == "impr" and not case.form.endswith(
        ("іть", "йте", "ьте", "ите", "ймо", "імо", "йтесь", "йтеся", "ітьсь")
    )


# gaps still open: (lang, lemma kind or lemma, category) -> reason; a callable
# key narrows to some forms
KNOWN_GAPS: dict[tuple[str, str, str], str] = {
    ("uk", "fight", "futr"): "rules/fighting reads no future form of its verb",
    ("uk", "fight", "impr"): "rules/fighting reads no imperative",
    ("ru", "fight", "futr"): "rules/fighting reads no future form of its verb",
    ("ru", "fight", "impr"): "rules/fighting reads no imperative",
    ("uk", "area", "futr"): "rules/area (area-figure) reads no verb form",
    ("uk", "area", "impr"): "rules/area (area-figure) reads no verb form",
    ("uk", "area", "cond"): "area-figure after 'зайняли б'",
    ("uk", "area_lost", "futr"): "area-figure reads no verb form",
    ("uk", "area_lost", "impr"): "area-figure reads no verb form",
    ("ru", "area", "impr"): "area-figure reads no verb form",
    ("ru", "area", "cond"): "area-figure after 'вернули бы'",
    ("ru", "area_lost", "futr"): "'потеряют': a future like the present (-ют)",
    ("ru", "area", "futr"): "'оккупирует' is biaspectual: present = future",
    ("ru", "area_lost", "impr"): "area-figure reads no verb form",
    ("ru", "оккупировать", "futr"): "biaspectual: the present is the future",
    ("ru", "оттеснить", "futr"): "'оттеснит' ends as the present 'теснит'",
    ("uk", "відбити", "pssv_perf"): "'відбито' is also attacks repelled",
    ("ru", "отбить", "pssv_perf"): "'отбит' is also attacks repelled",
    ("uk", "наступати", "pres_impf"): "the colloquial 'наступа'",
}
# singular imperatives ("захопи!", "отступай!"): rare in news; an ending rule
# would hit plural nouns and passives ("здобутки", "звільнені")
KNOWN_FORMS: dict[str, Callable[[Case], bool]] = {
    "the singular imperative (rare in news)": _imperative_sg,
}


def known(case: Case) -> str | None:
    """The reason ``case`` is a known gap, or None."""
    for key in (case.kind, case.lemma):
        reason = KNOWN_GAPS.get((case.lang, key, case.category))
        if reason:
            return reason
    for reason, test in KNOWN_FORMS.items():
        if test(case):
            return reason
    return None


@cache
def _results(lang: str) -> tuple[tuple[Case, bool], ...]:
    return tuple((c, holds(c, got(c.text, c.lang))) for c in cases(lang))


def _groups() -> list[tuple[str, str, str]]:
    """(lang, lemma kind, category) of every generated case; one placeholder per
    language whose generator is missing (its test skips with the reason)."""
    out: set[tuple[str, str, str]] = set()
    for lang in ("uk", "ru", "en"):
        if _missing(lang):
            out.add((lang, "-", "-"))
            continue
        out |= {(c.lang, c.kind, c.category) for c in cases(lang)}
    return sorted(out)


GROUPS = _groups()


@pytest.mark.parametrize(("lang", "kind", "category"), GROUPS)
def test_every_form_does_what_the_conventions_ask(
    lang: str, kind: str, category: str
) -> None:
    if reason := _missing(lang):
        pytest.skip(reason)
    group = [(c, ok) for c, ok in _results(lang) if (c.kind, c.category) == (
        kind, category)]  # fmt: skip
    assert group, "no generated form in this group"
    wrong = [c.text for c, ok in group if not ok and not known(c)]
    assert not wrong, f"{len(wrong)} of {len(group)}: {wrong[:5]}"


@pytest.mark.parametrize("key", sorted(KNOWN_GAPS))
def test_known_gaps_are_still_open(key: tuple[str, str, str]) -> None:
    lang, what, category = key
    if reason := _missing(lang):
        pytest.skip(reason)
    group = [
        ok for c, ok in _results(lang)
        if what in (c.kind, c.lemma) and c.category == category
    ]  # fmt: skip
    assert group, "the known gap names no generated form"
    assert not all(group), "closed: remove it from KNOWN_GAPS"


def test_the_generator_makes_every_gender_of_a_past() -> None:
    if reason := _missing("uk"):
        pytest.skip(reason)
    forms = {c.form for c in cases("uk") if c.lemma == "захопити"}
    assert {"захопив", "захопила", "захопило", "захопили", "захоплено",
            "захоплена", "захоплять"} <= forms  # fmt: skip


# --- the rows of the paradigm blocks, three phrasings of our own each -------


def kinds(text: str, lang: str) -> list[tuple[str, str | None]]:
    """(kind, gainer) of every claim of ``text`` that is not hedged or denied."""
    return [(k, g) for k, g, h, n in got(text, lang) if not (h or n)]


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Батальйон морської піхоти зачистив село Зорівка.", "UA"),
        ("Петрівка взята російськими підрозділами.", "RU"),
        ("Населений пункт Кам'янка здобутий українськими військами.", "UA"),
        ("Штурмова бригада відбила Новоселівку.", "UA"),
        ("Село Лозове зачищене підрозділами ЗСУ.", "UA"),
        ("Російське угруповання здобуло Тернове.", "RU"),
    ],
)  # fmt: skip
def test_uk_capture_in_every_gender(text: str, gainer: str) -> None:
    assert ("settlement_control", gainer) in kinds(text, "uk")


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Російська армія наблизилася до села Зорівка.", "RU"),
        ("Штурмові групи ЗСУ підійшли до околиць Петрівки.", "UA"),
        ("Ворог наближається до міста Костянтинівка.", "RU"),
    ],
)  # fmt: skip
def test_uk_came_closer_is_an_advance(text: str, gainer: str) -> None:
    assert ("advance", gainer) in kinds(text, "uk")


@pytest.mark.parametrize(
    "text",
    [
        "Десантна бригада билася за село Зорівка.",
        "Угруповання оборонялось у селі Петрівка.",
        "Ворожа піхота наступало біля Кам'янки — пишуть військові.",
    ],
)  # fmt: skip
def test_uk_fought_in_every_gender(text: str) -> None:
    assert ("fighting", None) in kinds(text, "uk")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Сержант на позивний «Лис» воює під Зорівкою з літа.", "uk"),
        ("Мій брат воював у Петрівці два роки тому.", "uk"),
        ("Командир роты воюет под Каменкой с весны.", "ru"),
    ],
)  # fmt: skip
def test_a_soldier_who_fights_somewhere_is_no_fight(text: str, lang: str) -> None:
    assert ("fighting", None) not in kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "kind", "gainer"),
    [
        ("ВСУ вернули село Каменка.", "settlement_control", "UA"),
        ("Соединение вернуло Петровку под конец недели.", "settlement_control",
         None),
        ("Минобороны сообщило об овладении населенным пунктом Зоряное.",
         "settlement_control", None),
        ("Российские войска подошли к селу Каменка.", "advance", "RU"),
        ("ВСУ приближаются к окраинам города Петровка.", "advance", "UA"),
        ("Подразделение подходило к Зоряному с севера.", "advance", None),
        ("Украинское соединение сражалось за село Каменка.", "fighting", None),
        ("Гарнизон оборонялся в поселке Петровка.", "fighting", None),
        ("Противник наступало у села Зоряное.", "fighting", None),
    ],
)  # fmt: skip
def test_ru_paradigm_rows(text: str, kind: str, gainer: str | None) -> None:
    found = kinds(text, "ru")
    assert any(k == kind and (gainer is None or g == gainer) for k, g in found)


@pytest.mark.parametrize(
    ("text", "kind", "gainer"),
    [
        ("Ukrainian troops re-took the village of Kamianka.", "settlement_control",
         "UA"),
        ("The town of Zorivka was cleared by Russian forces.", "settlement_control",
         "RU"),
        ("Russian units approached the town of Petrivka.", "advance", "RU"),
        ("Ukrainian forces are approaching the village of Lozove.", "advance",
         "UA"),
    ],
)  # fmt: skip
def test_en_paradigm_rows(text: str, kind: str, gainer: str) -> None:
    assert (kind, gainer) in kinds(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The area was cleared by sappers.",
        "Russian troops are preparing for the capture of Kamianka.",
        "Kyiv is preparing for the liberation of Zorivka.",
    ],
)  # fmt: skip
def test_en_not_a_capture(text: str) -> None:
    assert ("settlement_control", "RU") not in kinds(text, "en")
    assert ("settlement_control", "UA") not in kinds(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the perfective future, the synthetic future, the conditional
        ("Путін заявив, що війська захоплять Зорівку.", "uk"),
        ("Командир сказав, що ЗСУ візьмуть Петрівку.", "uk"),
        ("Росіяни захоплюватимуть Кам'янку, кажуть аналітики.", "uk"),
        ("Без дронів росіяни давно захопили б Зорівку.", "uk"),
        ("Генерал заявил, что войска захватят Каменку.", "ru"),
        ("Командир уверен: ВСУ возьмут Петровку.", "ru"),
        ("Без резервов противник давно захватил бы Зоряное.", "ru"),
        ("Российские войска продвинутся у Каменки, считает эксперт.", "ru"),
        ("Українські сили звільнять Петрівку, запевнив він.", "uk"),
    ],
)  # fmt: skip
def test_a_deed_not_done_is_no_claim(text: str, lang: str) -> None:
    assert kinds(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # the passives and present forms the undone endings must leave alone
        ("Село Зорівка захоплене російськими військами.", "uk",
         "settlement_control"),
        ("Петровка взята, сообщили в штабе.", "ru", "settlement_control"),
        ("Каменка занята российскими войсками.", "ru", "settlement_control"),
        ("Город Петровка покинут украинскими войсками.", "ru",
         "settlement_control"),
        ("ВСУ отходят из Каменки под огнем.", "ru", "settlement_control"),
        ("Українські війська відходять з Петрівки.", "uk", "settlement_control"),
    ],
)  # fmt: skip
def test_what_the_undone_endings_leave_alone(text: str, lang: str, kind: str) -> None:
    assert kind in {k for k, _ in kinds(text, lang)}
