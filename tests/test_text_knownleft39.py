"""Session 39, known defects the "known" lane left open: phrasings of our own
(three per language where it applies).

* KNOWNLEFT39 (6): a body named after the verb whose name goes on in lower
  case from a verbal noun ("повідомили аналітики Інституту вивчення війни",
  "сообщили аналитики Института изучения войны") was cut at its first word;
  the name now runs to the clause's end (lang uk/ru BODY_NAME_TAIL).
* KNOWNLEFT39 (2): "Fighting continues near Bakhmut - Andriivka, …" gave
  Bakhmut only (the spaced dash cuts the clause); a place after a preposition
  of nearness, a spaced dash and a second place the clause goes on from (a
  comma, "and") is one fight at both (clauses.place_pair_after, lang
  PAIR_NEAR). A name ending the sentence after the dash ("near X - Ivanenko.")
  signs the line and is left alone.
* KNOWNLEFT39 (4): a verdict label then the speaker's own holding ("Ложь:
  Степовое по-прежнему под нашим контролем", "Брехня: X і далі під нашим
  контролем", "Fake: X is still under our control") gave no claim (the place
  was not read: the predicate after "по-прежнему" lay beyond the look-ahead of
  toponyms) or a negated one with the label as claimant. Now a holding, not
  negated (rules/holding._labelled_false: a label negates the claim it heads
  unless that is a first-person holding, unquoted), and the label is no
  speaker (claimants._LABEL takes lang VERDICT_REPLY); lang uk/ru
  STILL_ADVERBS before a predicate.
* KNOWNLEFT39 (5): "Kyiv denied reports of Russian troops taking Stepove"
  gave no claim: "taking" right after a side's troops, forces, army, units or
  soldiers and before a name is a capture (lang en capture triggers); the
  denial and the gerund's agent were read already (settlement RU, negated,
  claimant Kyiv; CONVENTIONS: "refuted reports" is negated). English only.
* KNOWNLEFT39: "reports of the Russian army seizing X" gave UA: "of the "
  before the side word lay beyond the five characters sides._OF_THEN_GERUND
  was searched in (now nine).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows, claimants

from frontline.text.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        (
            "Російські війська захопили Степове, повідомили аналітики Інституту "
            "вивчення війни.",
            "uk",
            "аналітики Інституту вивчення війни",
        ),
        (
            "Сили оборони звільнили Роботине, зазначили експерти Центру "
            "дослідження армії.",
            "uk",
            "експерти Центру дослідження армії",
        ),
        (
            "Окупанти просунулися біля Вугледара, підрахували аналітики "
            "Інституту вивчення війни; це друге просування за тиждень.",
            "uk",
            "аналітики Інституту вивчення війни",
        ),
        (
            "Российские войска заняли Первомайское, сообщили аналитики "
            "Института изучения войны.",
            "ru",
            "аналитики Института изучения войны",
        ),
        (
            "ВСУ продвинулись у Работино, отметили эксперты Центра исследования армии.",
            "ru",
            "эксперты Центра исследования армии",
        ),
        (
            "Армия России продвинулась возле Угледара, подсчитали аналитики "
            "Института изучения войны, добавив, что бои продолжаются.",
            "ru",
            "аналитики Института изучения войны",
        ),
    ],
)
def test_a_body_named_in_lower_case_after_the_verb(
    text: str, language: str, who: str
) -> None:
    assert set(claimants(text, language)) == {who}


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        # the bare body and a day after it stay as they were
        (
            "Російські війська захопили Степове, повідомили аналітики DeepState "
            "у вівторок.",
            "uk",
            "аналітики DeepState",
        ),
        (
            "Российские войска заняли Первомайское, сообщили аналитики "
            "DeepState во вторник.",
            "ru",
            "аналитики DeepState",
        ),
    ],
)
def test_a_day_after_the_body_is_no_part_of_it(
    text: str, language: str, who: str
) -> None:
    assert set(claimants(text, language)) == {who}


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        (
            "Fighting continues near Bakhmut - Andriivka, the general staff said.",
            "en",
            ["Bakhmut", "Andriivka"],
        ),
        (
            "Heavy clashes are under way around Vuhledar – Pavlivka and "
            "Prechystivka, the army said.",
            "en",
            ["Vuhledar", "Pavlivka", "Prechystivka"],
        ),
        (
            "Ukrainian units repelled assaults outside Kupiansk - Synkivka, "
            "where the enemy keeps attacking.",
            "en",
            ["Kupiansk", "Synkivka"],
        ),
        (
            "Бої тривають біля Бахмута - Андріївки, повідомив Генштаб.",
            "uk",
            ["Бахмута", "Андріївки"],
        ),
        (
            "Запеклі бої точаться поблизу Вугледара — Павлівки та Пречистівки, "
            "кажуть військові.",
            "uk",
            ["Вугледара", "Павлівки", "Пречистівки"],
        ),
        (
            "Сили оборони відбили штурми в районі Куп'янська - Синьківки, "
            "зазначили в угрупованні.",
            "uk",
            ["Куп'янська", "Синьківки"],
        ),
        (
            "Бои идут в районе Бахмута - Андреевки, сообщил Генштаб.",
            "ru",
            ["Бахмута", "Андреевки"],
        ),
        (
            "Ожесточенные бои продолжаются возле Угледара — Павловки и "
            "Пречистовки, говорят военные.",
            "ru",
            ["Угледара", "Павловки", "Пречистовки"],
        ),
        (
            "ВСУ отразили штурмы около Купянска - Синьковки, сообщили в группировке.",
            "ru",
            ["Купянска", "Синьковки"],
        ),
    ],
)
def test_two_places_joined_by_a_spaced_dash(
    text: str, language: str, places: list[str]
) -> None:
    rows = [r for r in claim_rows(text, language) if r[0] == "fighting"]
    assert [r[3] for r in rows] == [places]


def test_a_name_ending_the_sentence_after_the_dash_is_left() -> None:
    rows = claim_rows("Fighting continues near Kupiansk - Ivanenko.", "en")
    assert [r[3] for r in rows] == [["Kupiansk"]]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Ложь: Степовое по-прежнему под нашим контролем.", "ru", "Степовое"),
        ("Неправда: Работино все еще под нашим контролем.", "ru", "Работино"),
        ("Выдумка: Урожайное под нашим контролем.", "ru", "Урожайное"),
        ("Брехня: Степове і далі під нашим контролем.", "uk", "Степове"),
        ("Неправда: Роботине як і раніше під нашим контролем.", "uk", "Роботине"),
        ("Вигадка: Урожайне під нашим контролем.", "uk", "Урожайне"),
        ("Fake: Stepove is still under our control.", "en", "Stepove"),
        ("Lie: Robotyne remains under our control.", "en", "Robotyne"),
        ("False: Urozhaine is under our control.", "en", "Urozhaine"),
    ],
)
def test_a_verdict_label_then_our_own_holding(
    text: str, language: str, place: str
) -> None:
    claims = extract_claims(text, language=language)
    assert [(c.kind, [p.name for p in c.places]) for c in claims] == [
        ("settlement_control", [place])
    ]
    (c,) = claims
    assert not c.negated
    assert c.extra.get("holding")
    assert c.claimant is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the label heads the claim it rejects: a holding told of others, or
        # the other side's words quoted
        ("Ложь: Степовое по-прежнему под контролем ВСУ.", "ru"),
        ("Фейк: «Степове під нашим контролем».", "uk"),
    ],
)
def test_a_verdict_label_still_rejects_the_claim_it_heads(
    text: str, language: str
) -> None:
    assert [c.negated for c in extract_claims(text, language=language)] == [True]


@pytest.mark.parametrize(
    ("text", "gainer", "who"),
    [
        ("Kyiv denied reports of Russian troops taking Stepove.", "RU", "Kyiv"),
        (
            "Ukraine's army rejected claims of Russian forces taking Pervomaiske.",
            "RU",
            "Ukraine's army",
        ),
        (
            "Moscow denied reports of Ukrainian units taking Robotyne.",
            "UA",
            "Moscow",
        ),
    ],
)
def test_denied_reports_of_troops_taking_a_place(
    text: str, gainer: str, who: str
) -> None:
    claims = extract_claims(text, language="en")
    assert [(c.kind, c.gainer, c.negated, c.claimant) for c in claims] == [
        ("settlement_control", gainer, True, who)
    ]


def test_troops_taking_a_place_told_as_seen() -> None:
    rows = claim_rows("Footage showed Ukrainian soldiers taking Klishchiivka.", "en")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("settlement_control", "UA", False, ["Klishchiivka"])
    ]


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Kyiv denied reports of the Russian army seizing Stepove.", "RU"),
        ("Kyiv denied reports of the Russian forces capturing Stepove.", "RU"),
        ("Moscow rejected claims of the Ukrainian troops retaking Robotyne.", "UA"),
    ],
)
def test_the_before_a_gerunds_agent(text: str, gainer: str) -> None:
    claims = extract_claims(text, language="en")
    assert [(c.gainer, c.negated) for c in claims] == [(gainer, True)]
