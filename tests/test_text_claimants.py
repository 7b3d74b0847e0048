"""Claimants: said/told/according to, uk/ru verbs, carry-over ("she added")."""

from __future__ import annotations

import pytest

from frontline.text.claimants import find_claimant
from frontline.text.claims import extract_claims


def test_name_and_role_are_split():
    c = find_claimant(
        "Ukraine took 3 sq km, Deputy Defence Minister Ivanna Petrenko said.", "en"
    )
    assert (c.name, c.role) == ("Ivanna Petrenko", "Deputy Defence Minister")
    c = find_claimant("Russian troops advanced, according to the ISW.", "en")
    assert c.name == "ISW"
    c = find_claimant(
        "Mykola Bondar, spokesman for the southern forces, told "
        "reporters the village was retaken.",
        "en",
    )
    assert (c.name, c.role) == ("Mykola Bondar", "spokesman for the southern forces")


def test_ukrainian_and_russian_attributions():
    c = find_claimant(
        "Сили оборони звільнили село, повідомив речник Іван Коваль.", "uk"
    )
    assert c is not None and "Коваль" in c.name
    c = find_claimant("Войска освободили село, сообщили в Минобороны России.", "ru")
    assert c is not None and "Минобороны" in c.name


def test_pronoun_claimants_carry_over():
    text = (
        "Ukrainian troops retook 4 square kilometres near Zorivka last week, "
        "General Olena Marchuk said. In total, 30 square kilometres have been "
        "liberated in the area, she added."
    )
    claims = extract_claims(text, language="en")
    assert [c.claimant for c in claims] == ["Olena Marchuk", "Olena Marchuk"]
    assert claims[0].claimant_role == "General"


def test_an_analysis_keeps_the_analyst_as_claimant():
    text = (
        "Russia captured 520 square kilometres in May, according to an AFP "
        "analysis of ISW data."
    )
    (c,) = extract_claims(text, language="en")
    assert c.claimant and c.claimant.startswith("AFP")


def test_an_organisation_after_v_u_speaks_through_a_later_verb():
    from frontline.text.claimants import find_claimant

    c = find_claimant("В ОТГ «Хортица» эти сообщения назвали фейком.", "ru")
    assert c is not None and c.name.startswith("ОТГ")
    c = find_claimant("У Генштабі ЗСУ повідомили про 120 боєзіткнень.", "uk")
    assert c is not None and c.name == "Генштабі ЗСУ"


def test_the_named_source_after_a_report_noun():
    from frontline.text.claimants import find_claimant

    c = find_claimant("Ворог просунувся, йдеться в повідомленні DeepState.", "uk")
    assert c is not None and c.name == "DeepState"
    c = find_claimant("Войска продвинулись, говорится в сводке Минобороны РФ.", "ru")
    assert c is not None and c.name == "Минобороны РФ"


def test_a_clause_is_not_a_claimant():
    from frontline.text.claimants import find_claimant

    c = find_claimant(
        "Bloggers claimed gains, but ISW has not observed confirmation of these "
        "claims, the update said.",
        "en",
    )
    assert c is None or "observed" not in (c.name or "")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's forces gained 400 square kilometres in May, an AFP analysis "
        "showed on Monday. The army took 120 square kilometres in April, "
        "according to ISW data.",
        "Russia took 300 square kilometres in March, according to AFP's "
        "analysis of data from the Institute for the Study of War. It took "
        "150 square kilometres in February, according to ISW data.",
        "Russian troops captured 90 square kilometres in June, an AFP tally "
        "found. They captured 70 square kilometres in July, according to an "
        "analysis of data from the Institute for the Study of War.",
    ],
)
def test_the_analyst_keeps_claims_made_from_someone_elses_data(text):
    claims = extract_claims(text, language="en")
    assert len(claims) == 2
    assert [c.claimant for c in claims] == ["AFP", "AFP"]


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        # the issuer of a report or statement speaks
        (
            "This is stated in a report by the Institute for the Study of War.",
            "en",
            "Institute for the Study of War",
        ),
        (
            "A statement issued by the General Staff said the village was retaken.",
            "en",
            "General Staff",
        ),
        (
            "Analysts from the DeepState project said the hamlet had fallen.",
            "en",
            "DeepState",
        ),
        # "X said that …" after a comma, inside a subordinate clause, nested
        (
            "By evening, Kyiv denied that the town had fallen.",
            "en",
            "Kyiv",
        ),
        (
            "The raid failed, particularly after the regional governor Olena "
            "Tkach said the bridge was held.",
            "en",
            "Olena Tkach",
        ),
        (
            "The agency TASS reported that the defence ministry said its units "
            "pulled back.",
            "en",
            "defence ministry",
        ),
        # a dateline is no speaker
        ("KHARKIV: Ukraine on Friday said it retook two hamlets.", "en", "Ukraine"),
        # a role in lower case, then the name
        (
            "Вчера врио губернатора Иван Петров сообщил, что село занято.",
            "ru",
            "Иван Петров",
        ),
        (
            "Раніше командир батальйону Петро Іванчук повідомив, що село звільнене.",
            "uk",
            "Петро Іванчук",
        ),
        # present tense "повідомляє" and "зауважили"
        ("Про це повідомляє Генеральний штаб ЗСУ.", "uk", "ЗСУ"),
        ("Це уточнив речник угруповання Іван Коваль.", "uk", "Іван Коваль"),
        ("Об этом отчитался глава района Сергей Лебедев.", "ru", "Сергей Лебедев"),
    ],
)
def test_speaker_forms(sentence, lang, name):
    c = find_claimant(sentence, lang)
    assert c is not None and c.name is not None
    assert c.name.split()[-1] == name.split()[-1]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "“Zorivka has been liberated. Our units are moving south of it,” "
            "Deputy Minister Olha Savchuk said on radio.",
            "en",
            "Olha Savchuk",
        ),
        (
            "«Піщане звільнено. Наші підрозділи просуваються далі», — сказав "
            "речник бригади Андрій Мельник.",
            "uk",
            "Андрій Мельник",
        ),
        (
            "«Мы освободили Лесное. Наши подразделения продвигаются "
            "дальше», — заявил командующий группировкой Павел Орлов.",
            "ru",
            "Павел Орлов",
        ),
    ],
)
def test_a_quote_over_two_sentences_belongs_to_the_speaker_after_it(text, lang, name):
    claims = extract_claims(text, language=lang)
    assert claims
    assert all(c.claimant == name for c in claims)


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        # a role, then the name in commas
        (
            "At a forum, the chief of the general staff, Ivan Kostenko, said "
            "the line held.",
            "en",
            "Ivan Kostenko",
        ),
        (
            "The commander of the eastern group, Olena Rudenko, told reporters "
            "that two hamlets were retaken.",
            "en",
            "Olena Rudenko",
        ),
        # an opening adverb is no part of the speaker
        ("Раніше DeepState повідомив про окупацію села.", "uk", "DeepState"),
        ("Ранее глава района Сергей Лебедев заявил о боях.", "ru", "Сергей Лебедев"),
        ("Згодом речник Іван Коваль уточнив, що село звільнене.", "uk", "Іван Коваль"),
    ],
)
def test_more_speaker_forms(sentence, lang, name):
    c = find_claimant(sentence, lang)
    assert c is not None and c.name is not None
    assert c.name.split()[-1] == name.split()[-1]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The Russian defence ministry said its troops took Lisove. They "
            "also captured Dibrova, the Daily Herald reported.",
            "en",
            "ministry",
        ),
        (
            "Генштаб ЗСУ повідомив про звільнення Дібрової. Також звільнено "
            "Лісове, пише видання.",
            "uk",
            "ЗСУ",
        ),
        (
            "Минобороны России сообщило об освобождении Лесного. Также "
            "освобождена Дубрава, передает агентство ТАСС.",
            "ru",
            "России",
        ),
    ],
)
def test_an_outlet_relaying_a_speaker_named_before_is_not_the_claimant(
    text, lang, speaker
):
    claims = extract_claims(text, language=lang)
    assert len(claims) == 2
    assert all(c.claimant and c.claimant.split()[-1] == speaker for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Президент України Петро Остапенко заявив про звільнення Дібрової. "
            "«Наші сили просуваються біля Лісового», — написав президент України.",
            "uk",
            "Петро Остапенко",
        ),
        (
            "Глава региона Сергей Лебедев сообщил о захвате Лесного. «Бои идут у "
            "Дубравы», — добавил глава региона.",
            "ru",
            "Сергей Лебедев",
        ),
        (
            "Army chief Ivan Kostenko said the troops retook Dibrova. Fighting "
            "goes on near Lisove, the army chief said.",
            "en",
            "Ivan Kostenko",
        ),
    ],
)
def test_a_speaker_named_by_role_only_is_the_person_given_that_role_before(
    text, lang, name
):
    claims = extract_claims(text, language=lang)
    assert len(claims) >= 2
    assert all(c.claimant == name for c in claims)


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        # the source an outlet cites speaks
        ("Об этом сообщает агентство со ссылкой на Минобороны России.", "ru", "России"),
        (
            "Окупанти зайшли в село, пише видання з посиланням на Генштаб ЗСУ.",
            "uk",
            "ЗСУ",
        ),
        (
            "The hamlet fell, the agency reported, citing the Defence Ministry.",
            "en",
            "Ministry",
        ),
        # "як повідомляє X", "как сообщили в X": the body without the preposition
        ("Як повідомляє DeepState, ворог просунувся біля Лісового.", "uk", "DeepState"),
        ("Про це повідомили у Генштабі ЗСУ.", "uk", "ЗСУ"),
        ("Как сообщили в Минобороны России, войска заняли Лесное.", "ru", "России"),
        # a «quoted» name after the verb
        (
            "Об этом заявил командир батальона «Север» Павел Орлов.",
            "ru",
            "Павел Орлов",
        ),
        ("Село залишили, зазначили аналітики DeepState.", "uk", "DeepState"),
        ("Войска заняли Лесное, передает РИА Новости.", "ru", "Новости"),
    ],
)
def test_cited_sources_and_bodies(sentence, lang, name):
    c = find_claimant(sentence, lang)
    assert c is not None and c.name is not None
    assert c.name.split()[-1] == name.split()[-1]
    assert not c.name.lower().startswith(("у ", "в "))


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (
            "Russia claimed the capture of Lisove, but Ukraine said fighting "
            "continued there.",
            "en",
            ["Russia", "Ukraine"],
        ),
        (
            "Росія заявила про захоплення Лісового, однак у Генштабі ЗСУ "
            "повідомили, що бої тривають.",
            "uk",
            ["Росія", "Генштабі ЗСУ"],
        ),
        (
            "В Минобороны России заявили о взятии Лесного, но в ВСУ сообщили, что "
            "бои продолжаются.",
            "ru",
            ["Минобороны России", "ВСУ"],
        ),
    ],
)
def test_a_contrast_clause_has_its_own_speaker(text, lang, speakers):
    claims = extract_claims(text, language=lang)
    assert [c.claimant for c in claims] == speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian forces captured Lisove. This was reported by the Russian "
            "Defence Ministry.",
            "Russian Defence Ministry",
        ),
        (
            "Russian forces captured Lisove. This was announced on Telegram by "
            "Ukraine's General Staff.",
            "Ukraine's General Staff",
        ),
        (
            "Russian forces captured Lisove. The information was confirmed by "
            "DeepState analysts.",
            "DeepState",
        ),
    ],
)
def test_the_agent_of_a_passive_speech_verb_in_the_next_sentence(text, name):
    (c,) = extract_claims(text, language="en")
    assert c.claimant == name


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        # "як зазначив X", "как отметил X"
        (
            "Як зазначив речник угруповання Іван Коваль, ворог втратив позиції.",
            "uk",
            "Іван Коваль",
        ),
        ("Как отметил глава района Сергей Лебедев, бои идут.", "ru", "Сергей Лебедев"),
        # the document a body issued
        (
            "В сводке Минобороны России говорится, что войска заняли Лесное.",
            "ru",
            "России",
        ),
        ("Войска заняли Лесное, следует из сводки Минобороны России.", "ru", "России"),
        ("У зведенні Генштабу ЗСУ йдеться, що ворог наступає.", "uk", "ЗСУ"),
        # "згідно з даними", "согласно данным" (and "проекта" is no "про")
        ("Согласно данным проекта DeepState, ВСУ отошли.", "ru", "DeepState"),
        ("Згідно з даними DeepState, ворог просунувся.", "uk", "DeepState"),
        # an object before the verb is no speaker
        (
            "Інформацію про звільнення підтвердили в штурмовій бригаді «Лють».",
            "uk",
            "«Лють»",
        ),
        (
            "Информацию подтвердил представитель штаба Игорь Орлов.",
            "ru",
            "Игорь Орлов",
        ),
    ],
)
def test_slavic_attribution_forms(sentence, lang, name):
    c = find_claimant(sentence, lang)
    assert c is not None and c.name is not None
    assert c.name.split()[-1] == name.split()[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Russia gained 700 square kilometres in November, according to an AFP "
        "analysis of ISW data. Russian troops said they took Lisove. Since "
        "January, Russia has taken 3,000 square kilometres, the data indicated.",
        "An AFP tally of ISW maps found Russia gained 600 square kilometres in "
        "May. The Kremlin said its troops took Terny. In total Russia took 2,000 "
        "square kilometres this year, the figures show.",
        "Russia advanced 500 square kilometres in June, an AFP analysis showed. "
        "Ukraine's army said it repelled attacks near Dibrova. Since January "
        "Russia has seized 2,500 square kilometres, the analysis suggests.",
    ],
)
def test_the_data_speaks_for_the_analyst_named_before(text):
    claims = extract_claims(text, language="en")
    areas = [c for c in claims if c.kind == "area_change"]
    assert len(areas) == 2
    assert [c.claimant for c in areas] == ["AFP", "AFP"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Troops advanced 2 km, said at a briefing the Deputy Head of the Main "
            "Directorate of the General Staff Ivan Kostenko.",
            "Ivan Kostenko",
            "Deputy Head of the Main Directorate of the General Staff",
        ),
        (
            "According to a spokesman for troops in the east, Petro Hnatiuk, the "
            "line held.",
            "Petro Hnatiuk",
            "a spokesman for troops",
        ),
        (
            "The village was retaken, said on television the commander of the "
            "brigade Olena Rudenko.",
            "Olena Rudenko",
            "the commander of the brigade",
        ),
    ],
)
def test_role_and_name_after_the_verb_or_after_according_to(sentence, name, role):
    c = find_claimant(sentence, "en")
    assert c is not None and (c.name, c.role) == (name, role)


def test_he_said_points_to_the_well_known_subject_before():
    text = (
        "Colonel Petro Hnatiuk said his unit held Lisove. Shoigu was confident "
        "of victory. Russian troops had improved their positions near Terny, "
        "he said."
    )
    claims = extract_claims(text, language="en")
    assert claims[-1].claimant == "Shoigu"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("По их подсчетам, продвижение составило 600 км².", "ru"),
        ("По его оценкам, войска заняли 40 кв. км.", "ru"),
        ("За їхніми підрахунками, ворог захопив 500 км².", "uk"),
        ("За його даними, окупанти просунулися на 2 км.", "uk"),
    ],
)
def test_by_their_count_points_back(sentence, lang):
    c = find_claimant(sentence, lang)
    assert c is not None and c.pronoun


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Russian troops captured Lisove. The Daily Herald newspaper reported "
            "on the news. General Ivan Kostenko said fighting went on.",
            "en",
            "Ivan Kostenko",
        ),
        (
            "Окупанти захопили Лісове. Про це написало видання. Речник Іван "
            "Коваль повідомив про бої.",
            "uk",
            "Іван Коваль",
        ),
        (
            "ВСУ оставили Лесное. Об этом написала газета. Глава района Сергей "
            "Лебедев заявил о боях.",
            "ru",
            "Сергей Лебедев",
        ),
    ],
)
def test_an_unattributed_claim_goes_to_a_speaker_before_an_outlet(text, lang, name):
    first = extract_claims(text, language=lang)[0]
    assert first.claimant == name


@pytest.mark.parametrize(
    ("sentence", "lang", "name", "role"),
    [
        (
            "Russian President Oleg Lapin told a meeting that troops took Lisove.",
            "en",
            "Oleg Lapin",
            "Russian President",
        ),
        (
            "Ukrainian Deputy Defence Minister Olha Savchuk said troops advanced.",
            "en",
            "Olha Savchuk",
            "Ukrainian Deputy Defence Minister",
        ),
        (
            "Об этом заявил глава ДНР Павел Орлов.",
            "ru",
            "Павел Орлов",
            "глава ДНР",
        ),
    ],
)
def test_title_words_before_a_personal_name_are_the_role(sentence, lang, name, role):
    c = find_claimant(sentence, lang)
    assert c is not None and (c.name, c.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Аналітики DSM того ж дня повідомили, що ворог просунувся біля Степків.",
            "uk",
            "DSM",  # session 37 leftknown: analysts are a role
        ),
        ("Генштаб прямо не підтвердив втрату Степків.", "uk", "Генштаб"),
        ("Про це йдеться у звіті аналітиків DSM (ISW) за 1 жовтня.", "uk", "DSM"),
        (
            "Аналитики DSM в тот же день сообщили, что противник продвинулся у "
            "Степков.",
            "ru",
            "DSM",  # session 37 leftknown: analysts are a role
        ),
        (
            "Украинский Генштаб прямо не подтвердил потерю Степков.",
            "ru",
            "Украинский Генштаб",
        ),
        ("Об этом говорится в отчете аналитиков DSM (ISW) за 1 октября.", "ru", "DSM"),
    ],
)
def test_a_time_or_a_particle_after_the_speaker_is_no_part_of_the_name(
    text, lang, name
):
    """ "того ж дня", "прямо не", "за 1 жовтня" trail the speaker's name."""
    c = find_claimant(text, lang)
    assert c is not None and c.name == name


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "«Село наше», — сказав у вівторок в ефірі телеканалу голова ОВА Іван "
            "Коваль.",
            "uk",
            "Іван Коваль",
        ),
        (
            "«Зорівку звільнено», — заявив у неділю комбриг Петро Гнатюк.",
            "uk",
            "Петро Гнатюк",
        ),
        (
            "«Ми тримаємо позиції», — розповів в інтерв'ю виданню речник Ігор Бондар.",
            "uk",
            "Ігор Бондар",
        ),
        (
            "«Село освобождено», — сказал во вторник в эфире телеканала глава "
            "администрации Иван Петров.",
            "ru",
            "Иван Петров",
        ),
        (
            "«Зоревка наша», — заявил в воскресенье комбриг Петр Гнатюк.",
            "ru",
            "Петр Гнатюк",
        ),
        (
            "«Позиции удерживаем», — рассказал в интервью изданию командир Игорь "
            "Бондарь.",
            "ru",
            "Игорь Бондарь",
        ),
    ],
)
def test_a_day_or_a_venue_between_the_verb_and_the_speaker_is_skipped(text, lang, name):
    """ "сказал во вторник в эфире телеканала глава …": the day and the
    venue are no speaker."""
    c = find_claimant(text, lang)
    assert c is not None and c.name == name
