"""Session 41, lane xplaces: places and gainers from error families shared by
several read sets, each tested on phrasings of our own (three per language
where the family applies)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, published="2025-03-10", language=lang)


def _names(claim) -> list[str]:
    return [p.name for p in claim.places]


# XPLACES41 (a): a place lost and won back in one sentence with nobody named
# ("X was occupied in 2022 and liberated in September"): the winning back is
# the word's side, not the actor of the sentence before (whose side made it
# the loss's twin and dropped it)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian units captured Ploske on Tuesday, the ministry said.\n\n"
            "Balakliia, a railway town, was occupied in March 2022 and "
            "liberated in September 2022.",
            "Balakliia",
        ),
        (
            "Moscow's forces pushed 2 km toward Siversk, the ministry said. "
            "Izium was seized early in the invasion and later recaptured in "
            "September.",
            "Izium",
        ),
        (
            "Russian troops took Hrekivka, the defence ministry said. Lyman "
            "was seized in May 2022 and then retaken in October.",
            "Lyman",
        ),
    ],
)
def test_won_back_after_a_loss_is_the_other_side(text: str, place: str) -> None:
    claims = [c for c in _claims(text, "en") if place in _names(c)]
    assert any(c.gainer == "UA" for c in claims), [
        (c.kind, c.gainer, c.quote) for c in claims
    ]


# XPLACES41 (b): a region's name before "counteroffensive" names an
# operation, no place of the claim ("during its Kharkiv counteroffensive",
# "під час Харківської контрнаступальної операції")
@pytest.mark.parametrize(
    ("text", "lang", "place", "operation"),
    [
        (
            "Ukraine took Balakliia back in September 2022 during its Kharkiv "
            "counteroffensive, the paper recalled.",
            "en",
            "Balakliia",
            "Kharkiv",
        ),
        (
            "Russia seized Snihurivka in 2022. Ukrainian forces retook it in "
            "November during the Kherson counteroffensive.",
            "en",
            "Snihurivka",
            "Kherson",
        ),
        (
            "Ukrainian troops liberated Vysokopillia during the Kherson "
            "counter-offensive of 2022.",
            "en",
            "Vysokopillia",
            "Kherson",
        ),
        (
            "Балаклію звільнили у вересні 2022 року під час Харківської "
            "контрнаступальної операції.",
            "uk",
            "Балаклію",
            "Харківської",
        ),
        (
            "Росіяни окупували Снігурівку навесні 2022 року. Восени її "
            "звільнили в ході Херсонського контрнаступу.",
            "uk",
            "Снігурівку",
            "Херсонського",
        ),
        (
            "Під час Харківського контрнаступу ЗСУ звільнили Ізюм.",
            "uk",
            "Ізюм",
            "Харківського",
        ),
        (
            "Балаклея была освобождена ВСУ в сентябре 2022 года в ходе "
            "Харьковской контрнаступательной операции.",
            "ru",
            "Балаклея",
            "Харьковской",
        ),
        (
            "Российские войска заняли Снигиревку в 2022 году. Осенью ВСУ "
            "освободили ее в ходе Херсонского контрнаступления.",
            "ru",
            "Снигиревку",
            "Херсонского",
        ),
        (
            "В ходе Харьковского контрнаступления ВСУ освободили Изюм.",
            "ru",
            "Изюм",
            "Харьковского",
        ),
    ],
)
def test_counteroffensive_names_no_place(
    text: str, lang: str, place: str, operation: str
) -> None:
    claims = [c for c in _claims(text, lang) if c.kind == "settlement_control"]
    won = [c for c in claims if c.gainer == "UA"]
    assert won, [(c.kind, c.gainer, _names(c)) for c in claims]
    for c in won:
        assert place in _names(c)
        assert operation not in _names(c)


# XPLACES41 (c): a town written under two names in one text, apart ("Kyiv
# says Bakhmut holds. Moscow claims Artemovsk."): a claim of one lists the
# other too (the alias table's Russian and former names), so a claim read
# by either name is the same town's
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Kyiv says its troops still hold Bakhmut. Moscow announced the "
            "liberation of Artemovsk on Saturday. Fighting goes on in the city.",
            "en",
            {"Bakhmut", "Artemovsk"},
        ),
        (
            "Russian bloggers claim Dzerzhinsk is surrounded. Ukraine's army "
            "said it repelled nine assaults near Toretsk.",
            "en",
            {"Toretsk", "Dzerzhinsk"},
        ),
        (
            "The ministry said its forces had captured Krasnoarmeysk. "
            "Ukrainian officers said they still hold the north of Pokrovsk.",
            "en",
            {"Pokrovsk", "Krasnoarmeysk"},
        ),
        (
            "Сили оборони тримають Бахмут. Росіяни заявили про захоплення Артемівська.",
            "uk",
            {"Бахмут", "Артемівська"},
        ),
        (
            "Окупанти називають Торецьк Дзержинськом. Біля Торецька тривають бої.",
            "uk",
            {"Торецька", "Дзержинськом"},
        ),
        (
            "Ворог атакує Покровськ. Російські канали пишуть про взяття "
            "Красноармійська.",
            "uk",
            {"Покровськ", "Красноармійська"},
        ),
        (
            "Минобороны объявило об освобождении Артёмовска. ВСУ заявляют, "
            "что удерживают часть Бахмута.",
            "ru",
            {"Артёмовска", "Бахмута"},
        ),
        (
            "Бои идут у Торецка. Российские военные называют город Дзержинском "
            "и заявляют о продвижении.",
            "ru",
            {"Торецка", "Дзержинском"},
        ),
        (
            "Российские войска заняли Красноармейск, заявили в ведомстве. "
            "Украинская сторона это отрицает, бои в Покровске продолжаются.",
            "ru",
            {"Красноармейск", "Покровске"},
        ),
    ],
)
def test_a_towns_other_name_written_apart(
    text: str, lang: str, names: set[str]
) -> None:
    claims = _claims(text, lang)
    assert claims
    for c in claims:
        got = set(_names(c))
        if got & names:
            assert names <= got, (c.kind, _names(c))
