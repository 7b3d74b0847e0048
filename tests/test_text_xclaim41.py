"""Session 41, xclaim: claimant families shared across the read sets
(phrasings of our own, three per language where a rule applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 3, 10)


def _claimants(text: str, lang: str) -> list[str | None]:
    return [c.claimant for c in extract_claims(text, published=DAY, language=lang)]


# (1) a repost's "Forwarded from X | Y" header names the channel X | Y, not
# "Forwarded from X" read as a channel header before its bar
FORWARDED = [
    (
        "en",
        "↪️ Forwarded from Steppe Wolf | Z-news 🇷🇺\n\n"
        "Our guys took Zorivka yesterday. The enemy attacked near Lypove.",
        "Steppe Wolf | Z-news",
    ),
    (
        "en",
        "Forwarded from Iron Line | front notes\n\n"
        "Our assault groups liberated Hlynka this morning.",
        "Iron Line | front notes",
    ),
    (
        "en",
        "Reposted from North Gate | daily\n\n"
        "The enemy tried to storm Lypove three times overnight, all repelled.",
        "North Gate | daily",
    ),
    (
        "uk",
        "Переслано з Степовий вовк | фронт 🇺🇦\n\n"
        "Наші хлопці звільнили Зорівку вчора. Ворог атакував біля Липового.",
        "Степовий вовк | фронт",
    ),
    (
        "uk",
        "Репост з Залізна лінія | нотатки\n\n"
        "Наші штурмовики звільнили Глинку сьогодні вранці.",
        "Залізна лінія | нотатки",
    ),
    (
        "uk",
        "Переслано від Північна брама | щодня\n\n"
        "Ворог тричі намагався штурмувати Липове вночі, всі атаки відбито.",
        "Північна брама | щодня",
    ),
    (
        "ru",
        "Переслано от Степной волк | Z-фронт 🇷🇺\n\n"
        "Наши парни взяли Зорьку вчера. Противник атаковал у Липового.",
        "Степной волк | Z-фронт",
    ),
    (
        "ru",
        "Репост из Железная линия | заметки\n\n"
        "Наши штурмовики освободили Глинку сегодня утром.",
        "Железная линия | заметки",
    ),
    (
        "ru",
        "Переслано из Северные ворота | ежедневно\n\n"
        "Противник трижды пытался штурмовать Липовое ночью, все атаки отбиты.",
        "Северные ворота | ежедневно",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), FORWARDED)
def test_forwarded_header_names_the_channel(lang: str, text: str, who: str) -> None:
    got = _claimants(text, lang)
    assert got, text
    assert all(c == who for c in got), got


# (2) a title line naming its issuer and then its genre ("X map update, 1 May",
# "X — official channel", "Name, role — daily update", "Огляд групи «X» |
# дата"): the issuer speaks the claims nobody else speaks
NAMED_GENRE = [
    (
        "en",
        "StepMap map update, 3 March\n\n"
        "The enemy has advanced near Zorivka and has also occupied Lypove.",
        "StepMap",
    ),
    (
        "en",
        "47th Separate Mechanised Brigade — official channel (digest)\n\n"
        "Our assault groups liberated Hlynka this week.",
        "47th Separate Mechanised Brigade",
    ),
    (
        "en",
        "Petro Koval, head of the Kharkiv Regional Military Administration — "
        "daily update\n\n"
        "On the front: Russian troops attacked near Lypove four times.",
        "Petro Koval",
    ),
    (
        "uk",
        "Тиждень на мапі\n\nОгляд аналітичної групи «Межа» | 3 березня 2025\n\n"
        "Минулого тижня ворог окупував 95 км² української території.",
        "аналітичної групи «Межа»",
    ),
    (
        "uk",
        "Степовий монітор — щоденне зведення\n\n"
        "Ворог просунувся біля Зорівки та окупував Липове.",
        "Степовий монітор",
    ),
    (
        "uk",
        "47 ОМБр — офіційний канал\n\nНаші штурмовики звільнили Глинку цього тижня.",
        "47 ОМБр",
    ),
    (
        "ru",
        "Неделя на карте\n\nОбзор аналитической группы «Рубеж» | 3 марта 2025\n\n"
        "За прошлую неделю противник занял 95 кв. км территории.",
        "аналитической группы «Рубеж»",
    ),
    (
        "ru",
        "Степной монитор — ежедневная сводка\n\n"
        "Противник продвинулся у Зорьки и занял Липовое.",
        "Степной монитор",
    ),
    (
        "ru",
        "Третья Штурмовая — официальный канал\n\n"
        "Наши штурмовики освободили Глинку на этой неделе.",
        "Третья Штурмовая",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), NAMED_GENRE)
def test_title_names_issuer_before_genre(lang: str, text: str, who: str) -> None:
    got = _claimants(text, lang)
    assert got, text
    assert all(c == who for c in got), got


def test_a_place_rubric_is_no_issuer() -> None:
    text = "Pokrovsk — daily update\n\nThe enemy attacked near Lypove four times."
    assert _claimants(text, "en") == [None]


# (3) an interview's person introduced past an aside: a relative clause before
# the call sign ("командиру роти, який воює в місті, з позивним «Тур»"), a
# bracket after the name ("Іван Петренко (позивний «Тур»)"); and a quoted
# title naming a talk with him ("«…»: розмова з комбатом")
INTERVIEWS = [
    (
        "uk",
        "З передової\n\n"
        "Ми зателефонували командиру роти, який воює в місті, з позивним «Тур».\n\n"
        "— Яка ситуація?\n\n— Ми тримаємо Зорівку, ворог атакує щодня.\n\n"
        "— А Липове?\n\n— Липове ми звільнили в неділю.",
        "Тур",
    ),
    (
        "uk",
        "З передової\n\n"
        "Командир штурмової роти Іван Петренко (позивний «Вовк») поговорив з "
        "нами у вівторок.\n\n— Що з Липовим?\n\n— Липове ми звільнили в неділю."
        "\n\n— А далі?\n\n— Ворог атакує біля Глинки.",
        "Іван Петренко",
    ),
    (
        "uk",
        "«Ми звільнили Глинку, але з Висоти довелося відійти»: розмова з комбатом"
        "\n\nКомандир батальйону з позивним «Сич» воює тут від весни.\n\n"
        "— Як зараз?\n\n— Тримаємося.\n\n— А далі?\n\n— Побачимо.",
        "Сич",
    ),
    (
        "ru",
        "С передовой\n\n"
        "Мы позвонили командиру роты, который воюет в городе, с позывным «Тур».\n\n"
        "— Какая ситуация?\n\n— Мы держим Зорьку, противник атакует каждый день."
        "\n\n— А Липовое?\n\n— Липовое мы освободили в воскресенье.",
        "Тур",
    ),
    (
        "ru",
        "С передовой\n\n"
        "Командир штурмовой роты Иван Петренко (позывной «Волк») поговорил с "
        "нами во вторник.\n\n— Что с Липовым?\n\n— Липовое мы освободили в "
        "воскресенье.\n\n— А дальше?\n\n— Противник атакует у Глинки.",
        "Иван Петренко",
    ),
    (
        "ru",
        "«Мы освободили Глинку, но с Высоты пришлось отойти»: разговор с комбатом"
        "\n\nКомандир батальона с позывным «Сыч» воюет здесь с весны.\n\n"
        "— Как сейчас?\n\n— Держимся.\n\n— А дальше?\n\n— Посмотрим.",
        "Сыч",
    ),
    (
        "en",
        "From the front line\n\n"
        "We called a company commander, who fights in the town, call sign Lynx.\n\n"
        "Q: How is it?\n\nA: We hold Zorivka; the enemy attacks every day.\n\n"
        "Q: And Lypove?\n\nA: We liberated Lypove on Sunday.",
        "Lynx",
    ),
    (
        "en",
        "From the front line\n\n"
        "We reached a battalion commander, who leads the defence, call sign "
        "Owl.\n\nQ: And Hlynka?\n\nA: We liberated Hlynka on Sunday.\n\n"
        "Q: And then?\n\nA: The enemy attacked near Lypove twice.",
        "Owl",
    ),
    (
        "en",
        "From the front line\n\n"
        "We spoke with a platoon commander, whose unit holds the line, call sign "
        "Fox.\n\nQ: Where are they?\n\nA: The enemy attacked near Lypove twice."
        "\n\nQ: And Hlynka?\n\nA: We liberated Hlynka on Sunday.",
        "Fox",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), INTERVIEWS)
def test_interview_person_past_an_aside(lang: str, text: str, who: str) -> None:
    got = _claimants(text, lang)
    assert got, text
    assert all(c == who for c in got), got


# (4) a quoted title naming its speaker by a role or a talk after the
# quotation: its claim is the interviewee's, not the voice the body's lede
# names (the staff, the ministry) carried up to it
QUOTED_TITLES = [
    (
        "uk",
        "«Зорівку ми тримаємо». Командир роти — про бої на сході\n\n"
        "За даними Генштабу ЗСУ, ворог атакував біля Липового 12 разів.\n\n"
        "Командир роти з позивним «Тур» воює тут від весни.\n\n"
        "— Як зараз?\n\n— Тримаємося.\n\n— А далі?\n\n— Побачимо.",
        "Тур",
    ),
    (
        "uk",
        "«Липове ще наше». Розмова з комбатом\n\n"
        "Росіяни заявляють про захоплення Липового, повідомило Міноборони РФ.\n\n"
        "Командир батальйону з позивним «Грім» воює тут від весни.\n\n"
        "— Як зараз?\n\n— Тримаємося.\n\n— А далі?\n\n— Побачимо.",
        "Грім",
    ),
    (
        "uk",
        "«Ми вибили ворога з Глинки»: командир роти про бої\n\n"
        "Ворог атакував біля Липового, повідомили в Генштабі ЗСУ.\n\n"
        "Командир роти з позивним «Сич» воює тут від весни.\n\n"
        "— Як зараз?\n\n— Тримаємося.\n\n— А далі?\n\n— Побачимо.",
        "Сич",
    ),
    (
        "ru",
        "«Мы держим Зорьку». Командир роты — о боях на востоке\n\n"
        "По данным Генштаба ВСУ, противник атаковал у Липового 12 раз.\n\n"
        "Командир роты с позывным «Тур» воюет здесь с весны.\n\n"
        "— Как сейчас?\n\n— Держимся.\n\n— А дальше?\n\n— Посмотрим.",
        "Тур",
    ),
    (
        "ru",
        "«Мы выбили врага из Липового». Разговор с комбатом\n\n"
        "Российские войска атаковали у Глинки, сообщили в Генштабе ВСУ.\n\n"
        "Командир батальона с позывным «Гром» воюет здесь с весны.\n\n"
        "— Как сейчас?\n\n— Держимся.\n\n— А дальше?\n\n— Посмотрим.",
        "Гром",
    ),
    (
        "ru",
        "«Мы зашли в Зорьку»: командир роты о боях\n\n"
        "Противник атаковал у Липового, сообщили в Генштабе ВСУ.\n\n"
        "Командир роты с позывным «Сыч» воюет здесь с весны.\n\n"
        "— Как сейчас?\n\n— Держимся.\n\n— А дальше?\n\n— Посмотрим.",
        "Сыч",
    ),
    (
        "en",
        "'We still hold Zorivka': a company commander on the eastern front\n\n"
        "The enemy attacked near Lypove 12 times, the General Staff said.\n\n"
        "The company commander, call sign Tur, has fought here since spring.\n\n"
        "Q: How is it?\n\nA: We hold.\n\nQ: And then?\n\nA: We will see.",
        "Tur",
    ),
    (
        "en",
        "'We retook Hlynka': a battalion commander on the southern front\n\n"
        "Russian forces attacked near Lypove, the General Staff said.\n\n"
        "The battalion commander, call sign Owl, has fought here since spring.\n\n"
        "Q: How is it?\n\nA: We hold.\n\nQ: And then?\n\nA: We will see.",
        "Owl",
    ),
    (
        "en",
        "'We pushed them out of Lypove': a platoon commander on the front\n\n"
        "Russian troops attacked near Zorivka, Ukraine's military said.\n\n"
        "The platoon commander, call sign Fox, has fought here since spring.\n\n"
        "Q: How is it?\n\nA: We hold.\n\nQ: And then?\n\nA: We will see.",
        "Fox",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), QUOTED_TITLES)
def test_quoted_title_speaks_for_the_interviewee(
    lang: str, text: str, who: str
) -> None:
    claims = extract_claims(text, published=DAY, language=lang)
    assert claims, text
    assert claims[0].claimant == who, [(c.quote, c.claimant) for c in claims]


# (5) a roundup's entry opened by its speaker in brackets, a qualifier or the
# time after a comma: the speaker speaks the entry's claims
BRACKET_LABELS = [
    (
        "en",
        "Roundup, 3 March\n\n[General Staff, 18:00] Our units advanced 2 km near "
        "Zorivka over the past day.\n\nMore later.",
        "General Staff",
    ),
    (
        "en",
        "Roundup, 3 March\n\n[Russian Defence Ministry, via TASS, 09:15] Russian "
        "forces liberated Lypove.\n\nMore later.",
        "Russian Defence Ministry",
    ),
    (
        "en",
        "Roundup, 3 March\n\n[Ivan Moroz, head of the regional council, 13:40] "
        "The enemy attacked near Hlynka twice.\n\nMore later.",
        "Ivan Moroz",
    ),
    (
        "uk",
        "Добірка, 3 березня\n\n[Генштаб ЗСУ, 18:00] Наші підрозділи просунулися на "
        "2 км біля Зорівки за минулу добу.\n\nДалі буде.",
        "Генштаб ЗСУ",
    ),
    (
        "uk",
        "Добірка, 3 березня\n\n[Міноборони РФ, 09:15] Російські війська захопили "
        "Липове.\n\nДалі буде.",
        "Міноборони РФ",
    ),
    (
        "uk",
        "Добірка, 3 березня\n\n[Іван Мороз, голова обласної ради, 13:40] Ворог "
        "атакував біля Глинки двічі.\n\nДалі буде.",
        "Іван Мороз",
    ),
    (
        "ru",
        "Подборка, 3 марта\n\n[Генштаб ВСУ, 18:00] Наши подразделения продвинулись "
        "на 2 км у Зорьки за прошедшие сутки.\n\nПродолжение следует.",
        "Генштаб ВСУ",
    ),
    (
        "ru",
        "Подборка, 3 марта\n\n[Минобороны РФ, 09:15] Российские войска освободили "
        "Липовое.\n\nПродолжение следует.",
        "Минобороны РФ",
    ),
    (
        "ru",
        "Подборка, 3 марта\n\n[Иван Мороз, глава областного совета, 13:40] "
        "Противник атаковал у Глинки дважды.\n\nПродолжение следует.",
        "Иван Мороз",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), BRACKET_LABELS)
def test_bracketed_label_speaks_its_entry(lang: str, text: str, who: str) -> None:
    got = _claimants(text, lang)
    assert got, text
    assert all(c == who for c in got), got
