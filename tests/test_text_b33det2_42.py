"""Session 42, blind33's missed claims after b33det (lane b33det2): phrasings
of our own, three per language where the class applies.

* B33DET242 (1): uk/ru a bare "took" in scare quotes before its place
  ("ворог знову «взяв» X", "снова «взяли» село X") made no claim: the
  lookahead of the bare "взяли / взял" (lang/uk, lang/ru "capture") wanted a
  space right after the verb; a closing quote mark may now stand between.
  A siege stays no capture (uk; ru "взяли X в кольцо" is a capture with
  or without quotes: left).
* B33DET242 (2): a capture word in scare quotes before a whole region
  ("доложил об «освобождении» ЛНР", "про «повне звільнення» Луганської
  області", 'the "liberation" of the entire Kharkiv region') made no claim:
  rules/area._whole_region_span read the region right after the trigger, where
  the closing mark stood (``_after_quote``); a town before its region's name
  ("«повністю звільнили» Костянтинівку Донецької області") stays the town's.
* B33DET242 (3): uk/ru a predicate participle in scare quotes after its town
  ("Ямполь «полностью освобожден»", "Горналь — «освобождён»", "Ямпіль
  «повністю звільнений»") found no place: the gap between the town and the
  participle (settlement/targets._PARTICIPLE_GAP) now takes an opening mark.
* B33DET242 (4): uk/ru a congratulation on a capture noun in scare quotes
  ("поздравил бойцов с «освобождением» X", "привітав із «звільненням X»")
  was an instrumental noun dropped: lang CONGRATULATED_ON takes an opening
  mark after "с / з".
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Ворог у своїх каналах знову «взяв» Ямпіль.", "uk", "Ямпіль"),
        (
            "Росіяни вже втретє «взяли» село Невське, пишуть їхні блогери.",
            "uk",
            "Невське",
        ),
        ("Окупанти, за їхніми словами, «взяли» Сіверськ.", "uk", "Сіверськ"),
        ("Генерал Герасимов снова «взял» Ямполь.", "ru", "Ямполь"),
        (
            "Российские блогеры пишут, что десантники «взяли» село Невское.",
            "ru",
            "Невское",
        ),
        (
            "Российские штурмовики уже в третий раз «взяли» Северск.",
            "ru",
            "Северск",
        ),
    ],
)
def test_quoted_took_before_place(text: str, language: str, place: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    found = [c for c in claims if c.kind == "settlement_control"]
    assert len(found) == 1
    assert found[0].gainer == "RU"
    assert any(p.name == place for p in found[0].places)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Окупанти знову «взяли» Ямпіль в облогу.", "uk"),
        ("Росіяни «взяли» Сіверськ у кільце.", "uk"),
    ],
)
def test_quoted_took_siege_stays(text: str, language: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert not [c for c in claims if c.kind == "settlement_control"]


@pytest.mark.parametrize(
    ("text", "language", "region"),
    [
        (
            "Шойгу заявив про «повне звільнення» Луганської області.",
            "uk",
            "Луганської області",
        ),
        (
            "Окупанти заявили про «звільнення» всієї Херсонської області.",
            "uk",
            "Херсонської області",
        ),
        ("Російський міністр доповів про «звільнення» ЛНР.", "uk", "ЛНР"),
        (
            "Министр доложил о «полном освобождении» Харьковской области.",
            "ru",
            "Харьковской области",
        ),
        ("Шойгу доложил Путину об «освобождении» ЛНР.", "ru", "ЛНР"),
        (
            "Российское Минобороны объявило о «полном освобождении» Курской области.",
            "ru",
            "Курской области",
        ),
        (
            'The Russian ministry announced the "liberation" of the entire '
            "Kharkiv region.",
            "en",
            "Kharkiv region",
        ),
        (
            'Moscow claimed the "full liberation" of the whole Kherson region.',
            "en",
            "Kherson region",
        ),
        (
            "Shoigu reported the 'complete liberation' of the entire Zaporizhzhia "
            "region.",
            "en",
            "Zaporizhzhia region",
        ),
    ],
)
def test_quoted_capture_of_region(text: str, language: str, region: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    found = [c for c in claims if c.kind == "area_change"]
    assert len(found) == 1
    assert found[0].gainer == "RU"
    assert any(p.name == region for p in found[0].places)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Окупанти заявили, що їхні війська «повністю звільнили» Костянтинівку "
            "Донецької області.",
            "uk",
        ),
        (
            "Российские войска «полностью освободили» Северск Донецкой области.",
            "ru",
        ),
    ],
)
def test_quoted_capture_of_town_in_region(text: str, language: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert [c.kind for c in claims] == ["settlement_control"]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Министр заявил, что Ямполь «полностью освобожден».", "ru", "Ямполь"),
        (
            "Генерал доложил, что последний поселок района — Невское — «освобождён».",
            "ru",
            "Невское",
        ),
        (
            "По словам российского генерала, город Северск «освобождён».",
            "ru",
            "Северск",
        ),
        ("Окупанти заявляють, що Ямпіль «повністю звільнений».", "uk", "Ямпіль"),
        (
            "Російський генерал доповів, що Невське — «звільнене».",
            "uk",
            "Невське",
        ),
        (
            "Російські пропагандисти пишуть, що Сіверськ «уже звільнений».",
            "uk",
            "Сіверськ",
        ),
    ],
)
def test_quoted_participle_after_town(text: str, language: str, place: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    found = [c for c in claims if c.kind == "settlement_control"]
    assert len(found) == 1
    assert found[0].gainer == "RU"
    assert [p.name for p in found[0].places] == [place]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Путин поздравил бойцов с «освобождением» Ямполя.", "ru", "Ямполя"),
        (
            "Министерство поздравило штурмовиков с «освобождением Ямполя».",
            "ru",
            "Ямполя",
        ),
        (
            "Президент России поздравил военных с «освобождением» Невского.",
            "ru",
            "Невского",
        ),
        ("Путін привітав військових зі «звільненням» Ямполя.", "uk", "Ямполя"),
        (
            "Російський міністр привітав штурмовиків із «звільненням» Сіверська.",
            "uk",
            "Сіверська",
        ),
        (
            "Кремль привітав окупантів із «звільненням Невського».",
            "uk",
            "Невського",
        ),
    ],
)
def test_congratulated_on_quoted_capture(text: str, language: str, place: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    found = [c for c in claims if c.kind == "settlement_control"]
    assert len(found) == 1
    assert [p.name for p in found[0].places] == [place]
