"""Session 38, Ukrainian and Russian everyday news (relays, official voices,
rebuttals): phrasings of our own.

* a speaker whose surname opens with the given name ("Иван Иванов", "Іван
  Іваненко", "Роман Романенко") keeps the whole name out of the role; the
  role ended at the last place the given name was found, inside the surname
  (claimants._tail_start).
* an oblast's adjective ("обласної", "обласній", "областной") is no region
  word: "Голова Харківської обласної військової адміністрації X" made the
  place "Харківської обласної" and put it on the claim (toponyms
  _REGION_AFTER, _REGION_WORD_AFTER, _ADJ_REGION).
* a verb pushing its object back ("відкинули ворога на 2 км", "отбросили
  противника", "оттеснили ВСУ") names the loser right after it, not a
  subject in verb-subject order: the gainer is the other side
  (context._agent_subject_after, lang uk/ru PUSH_BACK_VERBS).
* an unnamed source keeps the place it sits in ("джерел у розвідці",
  "источников в силовых структурах"): cutting "в/у …" off left the bare
  noun (claimants._nameless_source, lang SOURCE_NOUNS_RELAY).
* a plural speech verb, the outlet told in the dative, then the body after
  "в/у" ("повідомили Укрінформу в пресслужбі бригади", "сообщили ТАСС в
  силовых структурах"): the body speaks (claimants._told_outlet_body).
* "Генеральний штаб ЗСУ", "Генеральный штаб ВС РФ": "генеральн…" is no
  role word ("генерал" is): the body stays whole (claimants._ROLE_WORDS).
"""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2024-10-15"


def _only(text: str, lang: str):
    claims = extract_claims(text, published=PUB, language=lang)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    ("lang", "text", "claimant", "role"),
    [
        (
            "ru",
            "Глава Каменского района Иван Иванов заявил, что противник "
            "отступил из Работино.",
            "Иван Иванов",
            "Глава Каменского района",
        ),
        (
            "ru",
            "Глава администрации Ольховского округа Павел Павлов сообщил, что "
            "ВСУ оставили Глушково.",
            "Павел Павлов",
            "Глава администрации Ольховского округа",
        ),
        (
            "ru",
            "Командир батальона Максим Максимов рассказал, что бойцы "
            "освободили Ольховку.",
            "Максим Максимов",
            "Командир батальона",
        ),
        (
            "uk",
            "Начальник Лиманської МВА Іван Іваненко повідомив, що ворог "
            "просунувся біля Торського.",
            "Іван Іваненко",
            "Начальник Лиманської МВА",
        ),
        (
            "uk",
            "Голова Сіверської громади Роман Романенко заявив, що окупанти "
            "зайшли в Спірне.",
            "Роман Романенко",
            "Голова Сіверської громади",
        ),
        (
            "uk",
            "Речник бригади Петро Петренко розповів, що ворог захопив Нелипівку.",
            "Петро Петренко",
            "Речник бригади",
        ),
    ],
)
def test_surname_opening_with_given_name(lang, text, claimant, role):
    c = _only(text, lang)
    assert (c.claimant, c.claimant_role) == (claimant, role)


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "uk",
            "Голова Харківської обласної військової адміністрації Олег "
            "Синєгубов заявив, що ворог зайшов у Вовчанськ.",
            ["Вовчанськ"],
        ),
        (
            "uk",
            "Заступник голови Донецької обласної ради Іван Коваль повідомив, що "
            "окупанти захопили Гродівку.",
            ["Гродівку"],
        ),
        (
            "uk",
            "Як повідомили в Запорізькій обласній військовій адміністрації, "
            "ворог просунувся біля Роботиного.",
            ["Роботиного"],
        ),
        (
            "ru",
            "Глава Курской областной думы Иван Петров заявил, что ВСУ "
            "продвинулись у Суджи.",
            ["Суджи"],
        ),
        (
            "ru",
            "Председатель Белгородской областной думы Петр Сидоров сообщил, что "
            "ВСУ заняли Красное.",
            ["Красное"],
        ),
        (
            "ru",
            "Как сообщили в Курской областной администрации, ВСУ отступили из Суджи.",
            ["Суджи"],
        ),
    ],
)
def test_oblast_adjective_no_region(lang, text, places):
    c = _only(text, lang)
    assert [p.name for p in c.places] == places


@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("uk", "Бійці бригади відкинули ворога на 2 км від Вовчанська.", "UA"),
        ("uk", "Десантники відтіснили окупантів на 800 метрів біля Торецька.", "UA"),
        ("uk", "Штурмовики відкинули росіян на кілометр поблизу Липців.", "UA"),
        ("ru", "Штурмовики оттеснили противника на 500 метров у Торецка.", "RU"),
        ("ru", "Бойцы отбросили ВСУ на 3 км у Глушково.", "RU"),
        ("ru", "Десантники отбросили украинские войска на 2 км от Тёткино.", "RU"),
    ],
)
def test_pushed_back_object_loses(lang, text, gainer):
    c = _only(text, lang)
    assert (c.kind, c.gainer) == ("advance", gainer)


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "За даними джерел у розвідці, ворог просунувся біля Костянтинівки.",
            "джерел у розвідці",
        ),
        (
            "uk",
            "Окупанти зайшли в Торецьк, повідомив співрозмовник у військовому "
            "командуванні.",
            "співрозмовник у військовому командуванні",
        ),
        (
            "uk",
            "Як розповіло джерело в українській розвідці, ворог захопив Лозову.",
            "джерело в українській розвідці",
        ),
        (
            "ru",
            "По данным источников в силовых структурах, ВСУ отступили из Суджи.",
            "источников в силовых структурах",
        ),
        (
            "ru",
            "ВСУ оставили Глушково, рассказал собеседник в оборонном ведомстве.",
            "собеседник в оборонном ведомстве",
        ),
        (
            "ru",
            "По информации источника в силовых структурах, ВС РФ заняли Курахово.",
            "источника в силовых структурах",
        ),
    ],
)
def test_unnamed_source_keeps_its_place(lang, text, claimant):
    assert _only(text, lang).claimant == claimant


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "Як повідомили Укрінформу в пресслужбі 24-ї бригади, ворог захопив "
            "Нелипівку.",
            "пресслужбі 24-ї бригади",
        ),
        (
            "uk",
            "Ворог просунувся біля Торецька, розповіли Суспільному в 93-й бригаді.",
            "93-й бригаді",
        ),
        (
            "uk",
            "Окупанти захопили Гродівку. Про це повідомили Укрінформу в Силах оборони.",
            "Силах оборони",
        ),
        (
            "ru",
            "Как сообщили ТАСС в силовых структурах, ВСУ отступили из Суджи.",
            "силовых структурах",
        ),
        (
            "ru",
            "ВС РФ заняли Курахово, рассказали «Известиям» в штабе группировки.",
            "штабе группировки",
        ),
        (
            "ru",
            "ВСУ оставили Угледар, сообщили РИА Новости в оперативных службах.",
            "оперативных службах",
        ),
    ],
)
def test_outlet_told_then_body(lang, text, claimant):
    claims = extract_claims(text, published=PUB, language=lang)
    assert claims, text
    assert claims[-1].claimant == claimant


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "Генеральний штаб ЗСУ повідомив, що ворог захопив Нелипівку.",
            "Генеральний штаб ЗСУ",
        ),
        (
            "uk",
            "За даними Генерального штабу ЗСУ, окупанти просунулися біля Торецька.",
            "Генерального штабу ЗСУ",
        ),
        (
            "uk",
            "Генеральний штаб Збройних сил повідомив, що ворог зайшов у Селидове.",
            "Генеральний штаб Збройних сил",
        ),
        (
            "ru",
            "Генеральный штаб ВС РФ сообщил, что ВСУ оставили Угледар.",
            "Генеральный штаб ВС РФ",
        ),
        (
            "ru",
            "По данным Генерального штаба ВСУ, противник продвинулся у Торецка.",
            "Генерального штаба ВСУ",
        ),
        (
            "ru",
            "Генеральный штаб Вооружённых сил России сообщил, что ВСУ отступили "
            "из Суджи.",
            "Генеральный штаб Вооружённых сил России",
        ),
    ],
)
def test_general_staff_no_role(lang, text, claimant):
    c = _only(text, lang)
    assert (c.claimant, c.claimant_role) == (claimant, None)
