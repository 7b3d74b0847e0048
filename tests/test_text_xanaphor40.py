"""Session 40, lane xanaphor: places resolved to the wrong antecedent, each
tested on phrasings of our own (three per language)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims


def _places(text: str, lang: str, kind: str) -> list[list[str]]:
    claims = extract_claims(text, published=date(2024, 6, 10), language=lang)
    return [[p.name for p in c.places] for c in claims if c.kind == kind]


# XANAPHOR40 (a): a feature of a settlement (a microdistrict, a district in
# quotes) named beside the settlement in its sentence is no antecedent: the
# claim told next without a place of its own lies in the settlement
@pytest.mark.parametrize(
    ("text", "lang", "town", "feature"),
    [
        (
            "Ukrainian units still hold part of Toretsk around the Shakhta "
            "microdistrict, the brigade said. Russian troops advanced 400 metres "
            "over the past week.",
            "en",
            "Toretsk",
            "Shakhta",
        ),
        (
            "Fighting raged in Siversk and in the Khimik microdistrict on Monday. "
            "Over the week the enemy moved forward about 700 metres.",
            "en",
            "Siversk",
            "Khimik",
        ),
        (
            "Russian forces pushed into the centre of Pokrovsk and the "
            "Shakhtarskyi microdistrict. In the past two days they advanced "
            "another 300 metres.",
            "en",
            "Pokrovsk",
            "Shakhtarskyi",
        ),
        (
            "Українські підрозділи утримують частину Торецька в районі «Шахти». "
            "За тиждень противник просунувся на 400 метрів.",
            "uk",
            "Торецька",
            "Шахти",
        ),
        (
            "Бої точаться в Сіверську та в мікрорайоні «Завод». За минулий "
            "тиждень ворог просунувся приблизно на 700 метрів.",
            "uk",
            "Сіверську",
            "Завод",
        ),
        (
            "Росіяни зайшли в центр Покровська і мікрорайон Шахтарський. За дві "
            "доби вони просунулися ще на 300 метрів.",
            "uk",
            "Покровська",
            "Шахтарський",
        ),
        (
            "ВСУ удерживают часть Торецка в районе «Шахты». За неделю российские "
            "войска продвинулись на 400 метров.",
            "ru",
            "Торецка",
            "Шахты",
        ),
        (
            "Бои идут в Северске и в микрорайоне «Завод». За прошлую неделю "
            "противник продвинулся примерно на 700 метров.",
            "ru",
            "Северске",
            "Завод",
        ),
        (
            "Российские войска зашли в центр Покровска и микрорайон Шахтерский. "
            "За двое суток они продвинулись еще на 300 метров.",
            "ru",
            "Покровска",
            "Шахтерский",
        ),
    ],
)
def test_feature_beside_its_town_is_no_antecedent(
    text: str, lang: str, town: str, feature: str
) -> None:
    later = _places(text, lang, "advance")[-1]
    assert later == [town]
    assert feature not in later


# XANAPHOR40 (b): a pointer naming a settlement noun ("the town", "місто",
# "города") never means a feature named alone since ("the Shakhta
# microdistrict"): it means the town told before it
@pytest.mark.parametrize(
    ("text", "lang", "kind", "town"),
    [
        (
            "Russian forces pressed on Toretsk last week. They pushed the "
            "defenders out of the Shakhta microdistrict. Fighting continues in "
            "the centre of the town.",
            "en",
            "fighting",
            "Toretsk",
        ),
        (
            "Бої за Торецьк тривають. Ворог витіснив наших бійців із мікрорайону "
            "«Шахта». У центрі міста тривають запеклі бої.",
            "uk",
            "fighting",
            "Торецьк",
        ),
        (
            "Сили оборони тримають Сіверськ. Ворог просунувся в районі «Заводу». "
            "Місто під контролем ЗСУ, заявив речник.",
            "uk",
            "settlement_control",
            "Сіверськ",
        ),
        (
            "Ситуація в Покровську складна. Противник зайшов у мікрорайон "
            "Шахтарський. Бої тривають на південній околиці міста.",
            "uk",
            "fighting",
            "Покровську",
        ),
        (
            "Бои за Торецк продолжаются. Штурмовики выбили противника из "
            "микрорайона «Шахта». В центре города идут ожесточенные бои.",
            "ru",
            "fighting",
            "Торецк",
        ),
        (
            "ВСУ удерживают Северск. Противник продвинулся в районе «Завода». "
            "Город под контролем ВСУ, заявил представитель бригады.",
            "ru",
            "settlement_control",
            "Северск",
        ),
        (
            "Обстановка в Покровске сложная. Противник зашёл в микрорайон "
            "Шахтерский. Бои идут на южной окраине города.",
            "ru",
            "fighting",
            "Покровске",
        ),
    ],
)
def test_town_noun_skips_a_feature(text: str, lang: str, kind: str, town: str) -> None:
    assert town in _places(text, lang, kind)[-1]


# XANAPHOR40 (c): a settlement recalled for a pointer brings the other name
# the text gave it in brackets ("Артемовск (украинское название — Бахмут)")
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Russia said it had taken Artemovsk (Bakhmut). Heavy fighting "
            "continues in the city, Kyiv said.",
            "en",
            {"Bakhmut", "Artemovsk"},
        ),
        (
            "Moscow claims its troops captured Krasnoarmeysk (Ukrainian name "
            "Pokrovsk) on Sunday. The town is still contested, the brigade said.",
            "en",
            {"Krasnoarmeysk", "Pokrovsk"},
        ),
        (
            "Russian milbloggers wrote that Dzerzhinsk (Toretsk) had fallen. "
            "Fighting goes on in the centre of the town.",
            "en",
            {"Dzerzhinsk", "Toretsk"},
        ),
        (
            "Росія заявила про захоплення Артемовська (Бахмута). Бої в місті "
            "тривають, заявили в ЗСУ.",
            "uk",
            {"Артемовська", "Бахмута"},
        ),
        (
            "Окупанти заявили, що взяли Красноармійськ (українська назва — "
            "Покровськ). Бої в місті тривають.",
            "uk",
            {"Красноармійськ", "Покровськ"},
        ),
        (
            "Росіяни пишуть про захоплення Дзержинська (Торецька). У центрі "
            "міста тривають бої.",
            "uk",
            {"Дзержинська", "Торецька"},
        ),
        (
            "Минобороны объявило о взятии Артемовска (украинское название — "
            "Бахмут). Киев это отрицает. Бои в городе продолжаются.",
            "ru",
            {"Артемовска", "Бахмут"},
        ),
        (
            "Российские войска заняли Красноармейск (Покровск). Бои в городе "
            "продолжаются, заявили в ВСУ.",
            "ru",
            {"Красноармейск", "Покровск"},
        ),
        (
            "Штурмовики освободили Дзержинск (Торецк). В центре города идут "
            "бои, сообщил военкор.",
            "ru",
            {"Дзержинск", "Торецк"},
        ),
    ],
)
def test_recalled_town_brings_its_other_name(
    text: str, lang: str, names: set[str]
) -> None:
    assert names <= set(_places(text, lang, "fighting")[-1])
