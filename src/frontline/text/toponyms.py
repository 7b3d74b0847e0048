"""Toponyms: place names as written (no resolution): settlements, regions, features.

Capitalised word runs, minus people, organisations and side words; "X region",
"X Oblast", "Херсонській області", "Донецкой Народной Республики" are regions.

>>> ps = find_places("took the village of Maiorsk in the Donetsk region", "en")
>>> [(p.name, p.region) for p in ps]
[('Maiorsk', False), ('Donetsk region', True)]
>>> ps = find_places("освободили село Макеевку в Луганской Народной Республике", "ru")
>>> [p.name for p in ps]
['Макеевку', 'Луганской Народной Республике']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..place_aliases import table
from .fastre import LazilyFolded, gated, prefiltered
from .lang import en as _en
from .lang import ru as _ru
from .lang import uk as _uk
from .sides import KNOWN_PEOPLE
from .stems import derive_stems
from .units import is_unit

# scholarly transliteration writes "Časiv Jar", "Šachtarsk", "Žovtneve"
_LAT = r"[A-ZČŠŽ][\w’'ʼ-]*[\w]"
_CYR = r"[А-ЯІЇЄҐЁ][а-яіїєґё’'ʼ-]*[а-яіїєґё]"
# the tail of a name's first word shortened with a stop, before a capital
# ("St. ", "Mt. ", "Ft. "; the capital is the run's first letter)
_NAME_ABBREVIATION = (
    r"(?:"
    + "|".join(rf"(?<={w[0]}){w[1:]}" for w in _en.NAME_ABBREVIATIONS.split("|"))
    + r")\.(?= [A-Z])"
)
_RUN = re.compile(
    # speed: the pattern opens with one capital letter (a class ``re`` scans
    # for quickly); the look-behinds come after it, one character wider, and
    # the letter picks the branch: Latin, Cyrillic, or "ДНР"/"ЛНР"/"ЗНР"
    r"[A-ZČŠŽА-ЯІЇЄҐЁ]"
    # a quote mark may open or close a name ("'Kolosky is ours'"), an
    # apostrophe inside a word may not ("O'Brien", "Ukraine's")
    r"(?<![\w-].)(?<!\w[’'ʼ].)"
    # "St. Nicholas", "Mt. Kremenets", "Ft. Lincoln": a saint's, mount's or
    # fort's word shortened with a stop opens the name (lang/en:
    # NAME_ABBREVIATIONS)
    rf"(?:(?<=[A-ZČŠŽ])(?:{_NAME_ABBREVIATION}|[\w’'ʼ-]*[\w])"
    # a spaced hyphen is a separator ("Pishchane - Kyiv" is two places), an
    # unspaced one joins ("Chasiv-Yar")
    rf"(?:(?: |-)(?:{_LAT})|-(?:on|upon|na|nad|de))*"
    rf"|(?<=[А-ЯІЇЄҐЁ])[а-яіїєґё’'ʼ-]*[а-яіїєґё](?:(?: |-)(?:{_CYR}))*"
    r"|(?<=[ДЛЗ])НР)(?![\w])(?![’'ʼ]\w)"
)
_REGION_AFTER = re.compile(
    r"^(?: |-)(?:[Rr]egions?|[Oo]blasts?|[Pp]rovince|[Dd]istricts?|[Rr]iver|"
    r"[Rr]aion|област[іьи]|обл\.|район\w*|облас(?!т?н)\w*|краю|край|"
    r"громад\w+|річк\w+|рек\w+)(?![\w])"
)
# used only as a yes/no test, so no trailing ``\w*`` and no leading ``\w+``
# (which made each search quadratic in the word): "Харківщина" still holds
# a word character before "щина"
_REGION_NAME = re.compile(
    r"Oblast|Region|Province|District|River|Lake|Reservoir|Crimea|Donbas|"
    r"Kursk|Belgorod|Bryansk|Республик|"
    r"DPR|LPR|DNR|LNR|ДНР|ЛНР|ЗНР|Донбас|Крим|Крым|(?<=\w)[щч]ин[аиіу]|"
    r"Запоріжжя|Запорожье|Херсонщин|Донеччин",
)
_REGION_NAME = gated(_REGION_NAME)  # speed: same matches (fastre.gated)
_STOP = frozenset(
    """
    The A An In On At As But And Or If It Its This That These Those There Their
    They He She We Our Us His Her According Since After Before Over During While
    When Where Which Who What Why How Also However Meanwhile Earlier Later Now Then
    Still Some Most More Many All Both Each Another Other Such Including Despite
    Amid Within Without Under With From To For Of By About Around Near Toward
    Towards Ukraine Ukraine's Ukraine’s Ukrainian Ukrainians Russia Russia's
    Russia’s Russian Russians Kremlin Moscow’s Moscow's Kyiv's Kyiv’s Soviet NATO
    EU UN US U.S UK ISW AFP Reuters DeepState CTP AP BBC CNN TASS Telegram Facebook
    Twitter X YouTube Instagram Sept President
    Minister Deputy General Defense Defence Ministry Forces Force Army Armed Staff
    Commander Chief Head Brigade Brigadier Colonel Mr Ms Mrs Source Details Navy
    Background Quote Advance Kremlin's Wagner Quote: Heavy Fierce Fighting
    Advertisement Unofficial Bloggers Experts Analysts Institute Study War Security
    Council Office Presidential Center Centre Media Military News Times Post Pravda
    Group Operational Directorate Main Department Service Intelligence Guard
    National State Republic People's People’s Hanna Ganna Volodymyr Vladimir Zelenskyy
    Zelensky Pentagon White House Summing Soon Says Say Said North South East
    West Northern Southern Eastern Western Central Claims Claim Reports
    Report Capture Captures Captured Liberate Liberates Liberated Village Villages
    Town City Troops Take Takes Retake Advances Gains Control Україна України
    Україні Україну Україною Росія Росії Росію Росією Россия России Россию Россией
    Российской Федерации РФ ЗСУ ВСУ Генштаб Генштабу Сили Сил Силы Збройні Збройних
    Вооруженных Вооруженные Міноборони Минобороны Міністерство Министерство
    Министерстве Міністерстві Оборони Обороны Центр Запад Юг Восток Север Днепр
    Южной Южная Генерального Генеральний Штабу Штаба Президент Крім Також Также
    Водночас Тривають Протягом Ранее Раніше Об Про По За На В У І И А Але Но Він
    Вона Вони Он Она Они Його Её Его Це Это Армия Армії Подразделения Підрозділи
    Военнослужащие Військові Бойцы Новини Новости Події Telegram-каналі Ворог
    Противник Генеральный Під Біля Поблизу Над Від Із До Для Через Після Перед
    Між Под Около Возле Близ Вблизи Над От Из После Между Через
    """.split()
    # KNOWN2-41: a Russian group of forces named in English ("units of the
    # Vostok group", "Zapad", "Tsentr")
    + "Vostok Zapad Tsentr".split()
    # KNOWN3: another nation's adjective or people ("bolstered by North
    # Korean soldiers", "Iranian drones", "American-made shells"): lang/en
    + [
        word + tail
        for word in _en.FOREIGN_DEMONYMS.split()
        for tail in ("", "s", "-made", "-built", "-supplied", "-backed")
    ]
    # LEFTUKRU36: a unit's noun opening a sentence before the place it holds
    # ("Гарнизон Угледара отступил"): lang uk/ru UNIT_HEAD_NOUNS
    + [
        w.capitalize()
        for w in (_uk.UNIT_HEAD_NOUNS + " " + _ru.UNIT_HEAD_NOUNS).split()
    ]
    # the English days and months, whole and cut short ("Monday", "Jan")
    + [day.capitalize() for day in _en.WEEKDAY_STEMS]
    + _en.MONTHS.split("|")
    + [month.capitalize() for month in _en.MONTH_STEMS]
    # PARA27b: a time word opening a sentence ("Overnight, 300 people were
    # taken out"): the paraphrase lane moved "overnight" to the front
    + "Overnight Yesterday Today Tonight Recently Previously Close".split()
    # the Russian cases of the countries' names (lang ru)
    + _ru.NO_PLACE_WORDS.split()
)
# an English trigger word ("Attack", "Foothold", "Repelled") is no part of a
# place name: title-case headlines split there (derived from the trigger table)
_EN_TRIGGER_WORD = re.compile(
    "(?:" + "|".join(_en.TRIGGERS.values()) + ")", re.IGNORECASE
)
# speed: a case-folded twin says no first (made at the first use: 0.3 s)
_EN_TRIGGER_WORD = LazilyFolded(_EN_TRIGGER_WORD)
# "Two-Year", "Three-Day": a number compound is no place
_NUMBER_COMPOUND = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d+)-"
    r"[A-Z]?[a-z]+"
)


# speed: skipped on text holding none of the words every match holds
_REGION_OF_BEFORE = prefiltered(
    re.compile(r"\b(?:[Rr]egion|[Oo]blast|[Pp]rovince) of (?:the )?$"),
    ("egion of", "blast of", "rovince of"),
)
# XANAPHOR241: a name in a list a plural region word closes ("Donetsk and
# Zaporizhzhia regions", "Донецької та Запорізької областей", "Харьковской,
# Донецкой и Луганской областях"), or before "народная республика"
# ("Луганской народной республики"), is a region
_LIST_NAME = r"[A-ZА-ЯІЇЄҐЁ][\w’'ʼ-]*"
_REGION_LIST_AFTER = re.compile(
    rf"(?:\s*,\s*{_LIST_NAME})*\s*,?\s+(?:{_en.LIST_LINKS}|{_uk.LIST_LINKS}|"
    rf"{_ru.LIST_LINKS})\s+(?:the\s+)?{_LIST_NAME}(?:\s+{_LIST_NAME})?\s+"
    rf"(?i:{_en.REGIONS_CLOSING_LIST}|{_uk.REGIONS_CLOSING_LIST}|"
    rf"{_ru.REGIONS_CLOSING_LIST})(?!\w)"
    rf"|\s+(?i:{_uk.PEOPLES_REPUBLIC}|{_ru.PEOPLES_REPUBLIC})"
)
_CAPITAL_NOUN_BEFORE = re.compile(r"(?:capital|city|місто|город)\s+$")
_WORD_EN = re.compile(r"[A-Za-z][\w’'-]*")
# a capital standing for its government when a verb follows it
_CAPITAL_AS_ACTOR = re.compile(r"Kyiv|Kiev|Moscow|Київ|Киев|Москва")
_ACTOR_VERB_AFTER = re.compile(
    r"^\s+(?:has|had|have|is|was|were|will|would|could|says|said|claims|claimed|"
    r"denies|denied|wants|hopes|launched|sent|began|started|insists|insisted|"
    r"\w+ed|заяви\w*|запусти\w*|почав|почала|начал\w*|заявля\w*|"
    # KNOWN44: a side's loss or admission ("seized X, Kyiv lost its only
    # bridgehead", "Київ втратив", "Москва признала")
    r"lost|loses|took|gave|held|kept|won|admits|втрати\w*|потеря\w*|"
    r"визна\w*|призна\w*)\b"
)
_PLACE_PREP_BEFORE = re.compile(
    r"\b(?:In|Near|Around|Of|For|Toward|Towards|Outside|From|Into|At|On|Over|"
    r"To|Past|Beyond|Across|in|near|around|of|for|toward|towards|outside|from|"
    r"into|at|on|over|to)\s+$"
)
_HEADLINE_VERB = re.compile(
    r"(?:Continu|Rag|Intensifi|Intensify|Grow|Hold|Remain|Stall|Persist|Fall|"
    r"Resum|Escalat|Rise|Drag|Heat)\w*"
)


def _is_title_case(text: str) -> bool:
    """A headline in title case: most words longer than three letters capitalised."""
    if len(text) > 160:
        return False
    words = [w for w in _WORD_EN.findall(text) if len(w) > 3]
    if len(words) < 4:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


@functools.lru_cache(maxsize=4096)
def _no_place_word(word: str, lang: str) -> bool:
    """A word that ends a run of capitalised words in a headline."""
    if _NUMBER_COMPOUND.fullmatch(word):
        return True
    return lang == "en" and _EN_TRIGGER_WORD.fullmatch(word) is not None


# a run of capitalised words that ends in a unit word names the unit, all of
# it (an English trigger word inside, "Air Assault Brigade", would split it)
# (a run ends in a word character: a suffix test, no regex scan of the run)
_UNIT_NAME_ENDS = (" Brigade", " Battalion", " Regiment", " Division", " Corps")
_ORG = re.compile(
    r"\b(?:Brigade|Ministry|Center|Centre|Group|Institute|Office|Agency|Forces|"
    r"Army|Corps|Staff|Directorate|News|Times|Post|Pravda|Media|Service|Council|"
    r"Command|Guard|Administration|Project|Channel|Telegram|University|Bureau|"
    r"Press|Committee|Department|Battalion|Regiment|Division|Company|Party|"
    r"Telethon|Marathon|Initiative|Authority|Agency|Times|Journal|Review|Blog|"
    r"Independent|Insider|Herald|Gazette|Telegraph|Guardian|Monitor|Radio|TV|"
    r"Pravda|Svoboda|Ukrinform|Interfax|Unian|UNIAN|Suspilne|Hromadske)\b"
    r"|(?:Міністерств|Министерств|Генштаб|Генеральн|Збройн|Вооруж|Управлін|"
    r"Управлен|Пресслужб|Пресс|Бригад|Полк|Батальйон|Батальон|Агентств|"
    # the armed forces written with a capital: "Силами (оборони)"
    r"^Сил(?:и|ами|ам|ах)$)",
)
_VERB_GAP = re.compile(
    r"\b(?:said|says|told|had|has|have|was|were|is|are|that|his|her|their|its|"
    r"will|would|claimed|reported|added)\b|(?<![\w])(?:заяви\w*|повідоми\w*|"
    r"сообщи\w*|сказа\w*|що|что)(?![\w])"
)
_PERSON_BEFORE = re.compile(
    # a whole word: "bridgehead near X", "pushed ahead near X" name no person
    # ("General Staff" is a body, not a general: "According to the General
    # Staff, Russian troops captured X")
    r"(?<![\w-])(?:President|Minister|minister|General(?! Staff)|general(?! staff)|"
    r"Commander|commander|spokes"
    r"\w+|Mr|Ms|Mrs|Dr|head|Head|chief|Chief|governor|Governor|official|"
    r"blogger|analyst|Colonel|colonel|Lieutenant|Sergeant|leader|Leader|"
    r"secretary|Secretary|глава|голова|міністр|министр|президент|Президент|"
    r"генерал|командувач|командующ\w*|речник|представитель|губернатор|"
    r"эксперт\w*|політолог\w*|политолог\w*|Заступниця|заступниця|заступник)"
    # a whole word at its end too: "headway toward X", "generally" name no one
    r"(?![\w’'ʼ-])[\w’'ʼ,. ]{0,40}?\s$"
)
_PERSON_BEFORE = gated(_PERSON_BEFORE)  # speed: same matches (fastre.gated)
# KNOWN41: a war correspondent or blogger, one, named right after the word
# ("а военкор Коц сообщает", "воєнкора Поддубного", "milblogger Kots"; lang
# uk/ru/en CORRESPONDENT_WORDS): the name is a person's
_CORRESPONDENT_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_en.CORRESPONDENT_WORDS}|{_uk.CORRESPONDENT_WORDS}|"
    rf"{_ru.CORRESPONDENT_WORDS})\s+$",
    re.IGNORECASE,
)
# a role's gap that ends in a clause of its own: the role's name, a comma,
# then a subject and its verb ("spokesman Nazar Voloshyn, Russian forces
# captured ", "analyst Petro Ivanov, the enemy took ")
_CLAUSE_AFTER_COMMA = re.compile(
    r"[A-Z][\w’'ʼ-]*,\s+(?:the\s+)?[\w’'ʼ-]+(?:\s+[\w’'ʼ-]+)?\s+"
    r"(?:[a-z]+ed|took|seized|won|entered|have|has|had|were|was|are|is)\s[^,]*$"
)
_PERSON_AFTER = re.compile(
    r"^\s*(?:said|says|told|added|noted|claimed|stated|wrote|reported|"
    r"thanked|confirmed|published|announced|explained|replied|заявив|заявила|"
    r"сказав|сказала|повідомив|повідомила|наголосив|наголосила|заявил|"
    r"заявила|сообщил|сообщила|отметил|подчеркнул)\b"
)
# session 36: a name right after an event noun is its object, however a
# speech verb follows ("Про звільнення X повідомив Генштаб"; lang uk/ru
# EVENT_NOUNS)
_EVENT_NOUN_BEFORE = re.compile(
    rf"(?<![\w’'ʼ-])(?i:{_uk.EVENT_NOUNS}|{_ru.EVENT_NOUNS})\s+(?:[«\"“„]\s*)?$"
)
# How far before a name the sentence-start tests look (keeps them linear).
_LOOKBACK = 200

_GENERIC_HEAD = re.compile(
    r"^(?:Поселок|Посёлок|Село|Селище|Місто|Город|Деревня|Населений|Населенный|"
    r"Village|Town|City|Settlement|The)(?:\s+Of)?\s+"
)


_STOP = _STOP | frozenset(
    """
    Therefore Thus Hence Moreover Furthermore Additionally Nevertheless Nonetheless
    Overall Finally Currently Previously Separately Notably Reportedly Apparently
    Instead Otherwise Consequently Accordingly Similarly Indeed Yet So Today
    Yesterday Tomorrow Recently Initially Eventually Later Details Update Updated
    Водночас Тому Отже Натомість Проте Однак Зокрема Загалом Крім Також Поки
    Поэтому Однако Кроме Впрочем Между Пока Сейчас Зараз
    Войска Війська Бійці Окупанти Оккупанты Захисники Защитники Штурмовики
    Десантники Росіяни Россияне Українці Украинцы Армія Окупантів Оккупантов
    Штаб Штабі Штабе Генштаб Командування Командование Кремль Кремля Кремлі
    Кремле Кремлем
    """.split()
    # XKIND4-42: Russian units by their own names (lang RU_UNIT_OWN_NAMES), no
    # place ("«Ахмат» контролирует 60% X", "Akhmat controls X"), in their cases
    + _en.RU_UNIT_OWN_NAMES.split()
    + [
        name + ending
        for name in dict.fromkeys(
            _uk.RU_UNIT_OWN_NAMES.split() + _ru.RU_UNIT_OWN_NAMES.split()
        )
        for ending in ("", "а", "у", "ом", "і", "е")
    ]
)
# answers and discourse words opening a sentence ("Ні, …", "Нет, …",
# "Звісно, …", "No, …"): no place (lang: DISCOURSE_WORDS)
_STOP = _STOP | frozenset(
    _en.DISCOURSE_WORDS.split()
    + _uk.DISCOURSE_WORDS.split()
    + _ru.DISCOURSE_WORDS.split()
)
# a rank or title shortened with a stop ("Col. X Y said"): no place (lang/en)
_STOP = _STOP | frozenset(_en.TITLE_ABBREVIATIONS.split("|"))
# a live blog's clock zone ("08:35 GMT —", "14:00 EET"): no place (lang/en)
_STOP = _STOP | frozenset(
    zone for zone in _en.CLOCK_ZONES.split("|") if zone.isalpha() and zone.isupper()
)
_NUMBER_WORDS = frozenset(
    "One Two Three Four Five Six Seven Eight Nine Ten Dozen Dozens Several More "
    "Hundreds Thousands Some Many".split()
)
# CONV38: a hedge adverb opening a sentence ("Вочевидь, …", "Найімовірніше,
# …", "Предположительно, …"): no place (lang: HEDGE_WORDS, one-word entries)
_STOP = _STOP | frozenset(
    word.capitalize()
    for words in (_en.HEDGE_WORDS, _uk.HEDGE_WORDS, _ru.HEDGE_WORDS)
    for word in words.split("|")
    if word.replace("-", "").isalpha()
)
# a word that splits a run of capitalised words (one set test, not two)
_RUN_BREAK = _STOP | _NUMBER_WORDS


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str
    region: bool


# a sentence-initial Cyrillic word with a finite-verb ending is no place
_VERB_FORM = re.compile(
    r"[а-яіїєґё](?:ются|уются|аются|яются|ются|ются|ають|яють|ують|ится|ется|"
    r"ться|тся|лись|лася|лися|уть|ают|яют|ят|ут|ют|ить|ать|ять)$"
)


def find_places(
    text: str,
    lang: str = "en",
    *,
    exclude: set[str] | None = None,
    known: set[str] | None = None,
    sentence_start: int = 0,
) -> list[PlaceMention]:
    return _find_places(text, lang, exclude=exclude, known=known)


# (the adjective may hold an apostrophe: "X Куп'янського району", "X
# Кам'янської громади")
_ADJ_REGION_SPLIT = re.compile(
    r" (?=[А-ЯІЇЄҐ][\w’'ʼ]+(?:ской|ській|цкой|цької|ської|зької|"
    r"зской|ской|ская|ська|"
    # a district after its settlement: "X Пологівського району", "X
    # Покровского района"
    r"ського|цького|зького|ского|цкого|зского)(?: |$))"
)
_SIDE_COMPOUND = re.compile(
    r"(?:Russian|Ukrainian|Pro|Kremlin|Kyiv|Moscow|Росій|Україн|"
    r"Россий|Украин)\w*-"
)
# the head of an institution's name before its lower-case complement
# ("Офис президента", "Верховному главнокомандующему", "Будинку культури")
_INSTITUTION_HEAD = re.compile(f"(?:{_uk.INSTITUTION_HEADS}|{_ru.INSTITUTION_HEADS})")
_LOWER_NEXT = re.compile(r" [а-яіїєґё]")
_OF_BEFORE = re.compile(r"(?:of|the|під|біля|в|у)\s*$")
_OPEN_QUOTES = "\"“«‘'"


# a settlement's kind shortened with a stop, after no digit ("с.", "м.", "г."):
# its stop ends no sentence (lang uk/ru: TOWN_ABBREVIATIONS)
_TOWN_ABBREVIATION = re.compile(
    r"(?<![\w’'ʼ-])(?<!\d\s)(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            set(_uk.TOWN_ABBREVIATIONS.split() + _ru.TOWN_ABBREVIATIONS.split())
        )
    )
    + r")\.$"
)


def _ends_sentence(before: str) -> bool:
    """``before`` ends in sentence punctuation, then at most one opening quote.

    Plain ``str`` tests for ``[.!?:]\\s*["“«‘']?\\s*$`` (a ``search`` of that
    pattern tried every one of the up to 200 positions).

    >>> _ends_sentence('Fighting went on. "'), _ends_sentence("near the ")
    (True, False)
    """
    tail = before.rstrip()
    if tail[-1:] and tail[-1] in _OPEN_QUOTES:
        tail = tail[:-1].rstrip()
    if tail[-1:] == "." and _TOWN_ABBREVIATION.search(tail[-5:]):
        return False  # "звільнили с. Старомайорське": no sentence ends
    return tail[-1:] != "" and tail[-1] in ".!?:"


# (XPLACES40: the word after "та/и" is a second sector's name, never a
# preposition: "Роботиного та в напрямку X" lists Роботиного as a place)
_SECTOR_AFTER = re.compile(
    r"(?:\s+(?:and|і|та|и)\s+(?!(?:в|у|во|на|по|к|до)\s)[\w’'-]+)?\s+"
    r"(?:axis|axes|directions?|sectors?|fronts?|напрям\w*|направлени\w*)\b"
)


# compiled once for _find_places (speed)
_WORD_BEFORE = re.compile(r"([A-Za-z’'-]+)\s+$")
_CYRILLIC_ABBR = re.compile(r"[А-ЯІЇЄҐ]{3}")
_LINE_START_BEFORE = re.compile(r"(?:^|[.!?:])\s*[\"“«—–-]?\s*$")
_REGION_WORD_AFTER = re.compile(
    r"^(?: |-)(?:[Rr]egion|[Oo]blast|област(?!н)|обл(?!ас(?:т)?н))"
)
_PREDICATE_AFTER = re.compile(
    # (an adverb of time may stand first: "X вже під контролем", "X уже
    # находится", "X тепер перебуває")
    r"^\s*(?:(?:вже|уже|тепер|теперь|наразі|нині|ныне|сейчас|зараз|фактично|"
    rf"фактически|{_uk.STILL_ADVERBS}|{_ru.STILL_ADVERBS})\s+)?(?:,|(?:was|were|is|has|had|fell|falls|remains|remained|became|becomes|"
    r"came|lies|remain)\b|(?:залиша\w+|знаходит\w+|перебува\w+|"
    r"находит\w+|оста[её]т\w+|оставал\w+|був|була|було|был|была|было|"
    r"повністю|полностью|перейш\w+|переш\w+|досі|до сих пор|знову|снова|"
    # "X в руках ЗСУ", "X не впала": a holder or a denied fall
    r"(?:в|у|во)\s+руках|"
    # given up by us, the object first: "X ми віддали", "X мы сдали"
    # (session 22)
    r"(?:ми|мы)\s+(?:не\s+)?(?:віддали|здали|сдали|отдали|втратили|потеряли|"
    r"залишили|оставили)|"
    # a contested status: "X у сірій зоні", "X стало сірою зоною", "X
    # превратилось в серую зону" (session 22)
    r"(?:(?:стал[оаи]?|став|опини\w*|оказал\w*)\s+)?"
    r"(?:(?:в|у|во|на)\s+)?(?:сір|сер)\w+\s+зон\w*|(?:(?:ще|еще|ещё)\s+)?не\s+(?:впал|упал|пал)\w*|"
    # "під контролем ЗСУ", "под нашим контролем", "под контролем российских
    # войск": a holder named ("Ситуация под контролем" names none)
    r"(?:під|под)\s+(?:\w+\s+контрол\w*|контрол\w*(?=\s+(?:[A-ZА-ЯІЇЄҐЁ]|"
    r"рос|укр|наш|ворог|ворож|против|окупант|оккупант|сил|військ|войск))))"
    r"(?![\w])|"
    # a predicate after a dash: "Покровськ — під контролем ЗСУ"
    r"[—–]\s+(?:(?:\w+\s+){0,2}(?:під|под)\s+контрол\w*|наш\w*|"
    r"українськ\w*|украинск\w*|російськ\w*|российск\w*|сір\w+ зон\w*)|"
    # (the window is short: "X перетворилося на сіру зону")
    r"(?:перетвори\w*|превратил\w*)\s+(?:на|в)\s+(?:сір|сер)[іиоу])",
)
# a one-word name opening a sentence is a place when it ends as settlement
# names do (the nominative "-ськ/-ск/-цьк/-цк", "-івка/-евка", "-ине/-ино",
# "-ове/-ово"; Latin "-vsk/-tsk/-nsk", "-ivka", "-yne", "-hove", "-hrad") and
# ordinary words hardly ever do; "Иск", "Запуск", "Військ", "Бойове", "Нове",
# "Готово", "Task", "Move" stay out
_TOPONYM_END = re.compile(
    r"(?:(?<![ийу])сь?к|[цз]ь?к|[іїеё]вк[аиу]|(?<![дшвкча])ин[ео]|"
    r"(?<![йнгтл])ов[ео]|[nrtvl]s[’'ʼ]?k|ts[’'ʼ]?k|ivka|yne|(?<=[hdm])ove|hrad)$"
)
# XDET2-41: a possessive predicate closing its clause after a name that ends
# as village names do ("Марьинка наша.", "«Кременная наша», — написал",
# "Бердичі наші"); not "Земля наша", "Правда наша", "Инициатива наша"
_OURS_AFTER = re.compile(
    r"\s+(?:(?:вже|уже|знову|снова|повністю|полностью)\s+)?"
    r"наш[аеиі]?(?=\s*(?:[.,;!?»”\"]|[—–] |$))"
)
_OURS_NAME_END = re.compile(
    r"(?:[иыіїе]нк[аи]|[іїео]вц[іи]|ичі|ичи|[іиы]н[ео]|[нв][ао]я|нн[аяе]|"
    r"[іи]ве|ки)$"
)
_ADJ_REGION = re.compile(
    r"(?:ськ|цьк|зьк)\w*\s+(?:област(?!н)|обл(?!ас(?:т)?н))|(?:ск|цк)\w*\s+област(?!н)"
)


# PLACES28: a run opened by a given name names a person ("Андрій Савчук")
_GIVEN_NAMES = frozenset(_uk.GIVEN_NAMES.split() + _ru.GIVEN_NAMES.split())
# a name in quotes after the word for what it names: a company, call sign,
# group, unit or building, no place ("ЧВК «Вагнер»", "позивний «Грім»",
# "многоэтажки «Самолет»"), or before it ("the 'Airplane' monument")
# (session 35: a unit's acronym, "ОСУВ «Хортиця»", "ОТУ «Таврія»", "ОМБр
# «Маґура»", and lang uk/ru NAMED_UNIT_WORDS, "ОК «Південь»" told in full)
_NAMED_THING_BEFORE = re.compile(
    r"(?:ЧВК|позивн\w*|позывн\w*|угрупованн\w*|группировк\w*|бригад\w*|"
    r"батальйон\w*|батальон\w*|отряд\w*|загон\w*|многоэтажк\w*|"
    r"багатоповерхівк\w*|памятник\w*|пам[’'ʼ]ятник\w*|call ?sign|codenamed?|"
    r"channel|outlet|"
    rf"nicknamed?|{_uk.NAMED_UNIT_WORDS}|{_ru.NAMED_UNIT_WORDS}|"
    rf"{_uk.NAMED_OUTLET_WORDS}|{_ru.NAMED_OUTLET_WORDS}|"
    r"(?-i:(?<![\w])[А-ЯІЇЄҐЁ]{2,}[а-яіїєґё]?))\s*[«\"'“‘]$",
    re.IGNORECASE,
)
_NAMED_THING_AFTER = re.compile(
    r"[»\"'”’]\s+(?:monument|memorial|statue|brigade|battalion|group|unit|"
    r"company|call ?sign)\b",
    re.IGNORECASE,
)


_QUOTE_MARKS = frozenset("«»\"'“”‘’")


def _named_thing(before: str, after: str) -> bool:
    """Whether a quoted name is that of a thing, not a place (see above)."""
    return bool(
        _NAMED_THING_BEFORE.search(before[-30:]) or _NAMED_THING_AFTER.match(after)
    )


@functools.lru_cache(maxsize=4096)
def _no_place_name(name: str) -> bool:
    """An organisation, a known person, a side compound or an all-caps acronym.

    A pure test of the name alone, so one answer per name (speed: four regex
    scans, one per word for the people, were repeated for every mention).

    >>> [_no_place_name(n) for n in ("Pokrovsk", "Russian-controlled", "NATO")]
    [False, True, True]
    """
    if _ORG.search(name) or any(KNOWN_PEOPLE.match(w) for w in name.split(" ")):
        return True
    if " " in name and any(w in _GIVEN_NAMES for w in name.split(" ")[:-1]):
        # "Олександр Сирський": a person; so is a run a capitalised title
        # opens ("Военкор Александр Коц пишет:", session 39 b30places)
        return True
    if any(c.isdigit() for c in name):
        return True  # "CVxrQY6p9R": a link or a code
    if _SIDE_COMPOUND.match(name):
        return True  # "Russian-controlled", "Kremlin-backed"
    return name.isupper() and len(name) > 3 and not _CYRILLIC_ABBR.fullmatch(name)


def _seen_before(name: str, known: set[str] | None) -> bool:
    """``name`` or another case form of it was a place earlier in the text.

    "Вугледар" opening a sentence after "біля Вугледара", "Торецке" after
    "Торецк": the same word but for its last two letters.

    >>> _seen_before("Вугледар", {"Вугледара"}), _seen_before("Тому", {"Томаківка"})
    (True, False)
    """
    if not known:
        return False
    if name in known:
        return True
    if len(name) < 6:
        return False
    stem = name[:-2]
    return any(k.startswith(stem) and len(k) <= len(name) + 2 for k in known)


def _find_places(
    text: str,
    lang: str = "en",
    *,
    exclude: set[str] | None = None,
    known: set[str] | None = None,
) -> list[PlaceMention]:
    """Place-like names in ``text`` (offsets into ``text``): each capitalised
    run, cut at its stop words and trimmed, that is no person, government,
    sentence-initial word or sector, with its region flag.

    ``exclude`` holds person/claimant words; ``known`` holds words seen as places
    elsewhere, which lets a sentence-initial capitalised word count as a place.
    """
    out: list[PlaceMention] = []
    exclude = exclude or set()
    runs = _runs(text, lang)
    headline = lang == "en" and _is_title_case(text)
    for s0, run in runs:
        words = run.split(" ")
        if headline:
            s0, words, led = _headline_cut(s0, words)
            words = words if led else _headline_words(text, s0, words)
        trimmed = _trimmed(text, s0, words, exclude)
        if trimmed is None:
            continue
        s, name = trimmed
        e = s + len(name)
        after = text[e : e + 24]
        if _person_or_actor(text, s, name, after):
            continue
        if lang == "en" and speakers_place(text, s, e):
            continue  # "Kharkiv's governor": the speaker's place (LEFTEN238)
        g = _GENERIC_HEAD.match(name)
        if g:
            s += g.end()
            name = name[g.end() :]
            if not name:
                continue
        before = text[max(0, s - _LOOKBACK) : s]  # bounded: linear in the text
        if before[-2:-1].isdigit() and is_unit(name):
            continue  # "25 Sq Km": the unit of a figure, no place
        # (KNOWNLEFT39: a longer look ahead, an adverb may stand before the
        # predicate: "Степовое по-прежнему под нашим контролем")
        if _stray_initial_word(before, name, text[e : e + 48], known, s):
            continue
        if (
            # speed: only a name a quote mark touches is read further
            before[-1:] in _QUOTE_MARKS or text[e : e + 1] in _QUOTE_MARKS
        ) and _named_thing(before, text[e : e + 20]):
            continue  # "ЧВК «Вагнер»", "the 'Airplane' monument": no place
        if _SECTOR_AFTER.match(text, e):
            continue  # "the Pokrovsk and Kurakhove axes": sectors, not places
        if _INSTITUTION_HEAD.fullmatch(name) and _LOWER_NEXT.match(text, e):
            continue  # "Офиса президента", "Дома культуры": no place
        if _saint_building(name, text[e : e + 20]):
            continue  # "the St. George monastery": a building, no place
        if _OPERATION_AFTER.match(text, e):
            continue  # "the Kharkiv counteroffensive": an operation, no place
        out.append(_mention(text, s, e, name, before))
    return out


# session 41 (xplaces): a region's name before "counteroffensive" names an
# operation, no place ("during its Kharkiv counteroffensive", "під час
# Харківської контрнаступальної операції"): lang OPERATION_AFTER_NAME
_OPERATION_AFTER = re.compile(
    r"\s+(?i:"
    + "|".join(
        (_en.OPERATION_AFTER_NAME, _uk.OPERATION_AFTER_NAME, _ru.OPERATION_AFTER_NAME)
    )
    + r")"
)

_SAINT_LEAD = re.compile(rf"(?:{_en.SAINT_WORDS})\s")
_BUILDING_AFTER = re.compile(rf"(?:[’']s)?\s+(?i:{_en.BUILDING_WORDS})\b")


def _saint_building(name: str, after: str) -> bool:
    """Whether ``name`` is a saint's before a building's noun: a church's or
    monastery's name, no settlement.

    >>> _saint_building("St. George", " monastery in X"), _saint_building(
    ...     "St. Petersburg", " on Monday")
    (True, False)
    """
    return bool(_SAINT_LEAD.match(name) and _BUILDING_AFTER.match(after))


def _runs(text: str, lang: str) -> list[tuple[int, str]]:
    """The capitalised runs of ``text`` with their offsets, split at an
    adjectival region and again at stop words inside a run (title-case
    headlines: "Russia Says It Captured Two Villages In Donetsk Region");
    none in a unit's name ("80th Air Assault Brigade": no "Air" either)."""
    runs: list[tuple[int, str]] = []
    en = lang == "en"
    for m in _RUN.finditer(text):
        found = m.group(0)
        if found.endswith(_UNIT_NAME_ENDS):
            continue  # "80th Air Assault Brigade": no "Air" either
        if " " not in found:
            # speed: a one-word run is its own part and its own chunk unless
            # it is a stop word (the loop below, for one word)
            if not (
                found in _RUN_BREAK
                or ((en or "-" in found) and _no_place_word(found, lang))
            ):
                runs.append((m.start(), found))
            continue
        pos = m.start()
        for part in _ADJ_REGION_SPLIT.split(found):
            _split_at_breaks(part, pos, lang, runs)
            pos += len(part) + 1
    return runs


def _split_at_breaks(
    part: str, pos: int, lang: str, runs: list[tuple[int, str]]
) -> None:
    """Append to ``runs`` the chunks of the run ``part`` (at ``pos``) between
    its stop words (title-case headlines: "Russia Says It Captured Two
    Villages In Donetsk Region")."""
    en = lang == "en"
    sub_pos = pos
    chunk: list[str] = []
    for w in part.split(" "):
        if w in _RUN_BREAK or ((en or "-" in w) and _no_place_word(w, lang)):
            if chunk:
                joined = " ".join(chunk)
                runs.append((sub_pos, joined))
                sub_pos += len(joined) + 1
                chunk = []
            sub_pos += len(w) + 1
        else:
            chunk.append(w)
    if chunk:
        runs.append((sub_pos, " ".join(chunk)))


# INV27: an English trigger word as a title-case headline writes it ("Took",
# "Enter", "Claims", "Continues"): a one-word stem of the trigger table, bare
# or inflected (derived from the table; a whole word, never a prefix: a place
# may begin like a stem, "Stepnohirsk")
_EN_STEM_WORDS = frozenset(
    w
    for w in derive_stems("|".join(f"(?:{rx})" for rx in _en.TRIGGERS.values()))
    if w.isalpha()
)
_INFLECTIONS = ("s", "es", "ed", "d", "ing")


@functools.lru_cache(maxsize=4096)
def _stem_word(word: str) -> bool:
    """Whether a capitalised headline word is a trigger word.

    >>> [_stem_word(w) for w in ("Took", "Claims", "Continues", "Hirnyk")]
    [True, True, True, False]
    """
    low = word.lower()
    return low in _EN_STEM_WORDS or any(
        low.endswith(e) and low[: -len(e)] in _EN_STEM_WORDS for e in _INFLECTIONS
    )


def _headline_cut(s0: int, words: list[str]) -> tuple[int, list[str], bool]:
    """A title-case headline run without its leading trigger words and cut
    at the next one ("Took Hirnyk", "Robotyne Fight Continues"): its start,
    its words, and whether a trigger word led it."""
    led = False
    while words and _stem_word(words[0]):
        s0 += len(words.pop(0)) + 1
        led = True
    for i, w in enumerate(words):
        if _stem_word(w):
            return s0, words[:i], led
    return s0, words, led


def _headline_words(text: str, s0: int, words: list[str]) -> list[str]:
    """The words of a run of a title-case headline, which capitalises its
    verbs too: a place stands after a place preposition, after a headline
    verb ("Ukraine Retakes Zorivka") or opens the line ("Pokrovsk Falls"),
    and a trailing verb of going on is no part of it; [] when it is none."""
    prev = _WORD_BEFORE.search(text[max(0, s0 - 24) : s0])
    if (
        s0 > 0
        and not _PLACE_PREP_BEFORE.search(text[max(0, s0 - 12) : s0])
        # the object of a headline verb: "Ukraine Retakes Zorivka"
        and not (prev and _EN_TRIGGER_WORD.fullmatch(prev.group(1)))
    ):
        return []
    while words and _HEADLINE_VERB.fullmatch(words[-1]):
        words.pop()
    return words


def _owner_words(words: list[str]) -> list[str]:
    """The words of a run up to its first possessive, without the "'s": the
    owner is the place ("Toretsk's outskirts", "Chasiv Yar's Kanal district").

    >>> _owner_words(["Chasiv", "Yar's", "Kanal"]), _owner_words(["Pervomais'ke"])
    (['Chasiv', 'Yar'], ["Pervomais'ke"])
    """
    for i, w in enumerate(words):
        if len(w) > 3 and w.endswith(("'s", "’s")):
            return [*words[:i], w[:-2]]
    return words


def _trimmed(
    text: str, s0: int, words: list[str], exclude: set[str]
) -> tuple[int, str] | None:
    """The start and name of a run at ``s0`` without the stop words and
    excluded (person) words at its ends; None when nothing is left, an
    excluded word stays inside or the name is no place name."""
    s = s0
    while words and (
        words[0] in _STOP or words[0].rstrip("’'s") in _STOP or words[0] in exclude
    ):
        s += len(words[0]) + 1
        words.pop(0)
    while words and (words[-1] in _STOP or words[-1] in exclude):
        words.pop()
    words = _owner_words(words)
    if not words:
        return None
    name = " ".join(words)
    if text[s : s + len(name)] != name:
        return None
    if not exclude.isdisjoint(words) or _no_place_name(name):
        return None
    return s, name


# PROBEEN36: a name before "Group (of Forces)" names a group of forces
_GROUP_AFTER = re.compile(rf"\s+(?:{_en.GROUP_AFTER_NAME})")


# LEFTEN36: a comma then a lower-case word after the role ends it: a new
# clause ("According to the governor, Russian troops captured X"), not a name
# apposed ("the regional governor, Vadym Filashkin")
_CLAUSE_AFTER_ROLE = re.compile(r",[^,]*?(?<![\w’'ʼ-])(?-i:[a-zа-яіїєґё])")


def _person_or_actor(text: str, s: int, name: str, after: str) -> bool:
    """Whether the name at ``s`` is a person's (after a role or title, or
    before a person word) or a capital acting as its government ("where
    Kyiv launched an incursion")."""
    before = text[max(0, s - 50) : s]
    pm = _PERSON_BEFORE.search(before)
    while pm and _CLAUSE_AFTER_COMMA.search(pm.group(0)):
        # "According to spokesman X, Russian forces captured Y": the role's
        # name ended at the comma; a role after it may still title Y
        cut = pm.start() + pm.group(0).rindex(",") + 1
        pm = _PERSON_BEFORE.search(before, cut)
    if (
        pm
        and not _OF_BEFORE.search(before)
        # a verb between the role and the name ends the title ("the chief
        # said his troops had recaptured Zorivka")
        and not _VERB_GAP.search(pm.group(0))
        and not _CLAUSE_AFTER_ROLE.search(pm.group(0))
    ):
        return True
    if _PERSON_AFTER.match(after) and not _EVENT_NOUN_BEFORE.search(before[-30:]):
        return True
    if _CORRESPONDENT_BEFORE.search(before):
        return True  # KNOWN41: "а военкор Коц сообщает о …": the name, no place
    if _GROUP_AFTER.match(text, s + len(name)):
        return True  # "the Khortytsia Group of Forces": no place
    return bool(
        _CAPITAL_AS_ACTOR.fullmatch(name)
        and _ACTOR_VERB_AFTER.match(after)
        and not _CAPITAL_NOUN_BEFORE.search(before)
        and not _PLACE_PREP_BEFORE.search(before)
    )  # "where Kyiv launched an incursion": the government


# a settlement's common noun opening a sentence names no place of its own
# ("Місто під контролем ЗСУ", "Село стало сірою зоною", "Город в серой зоне")
_TOWN_NOUNS = frozenset(
    "місто село селище містечко хутір станиця город поселок посёлок деревня "
    "хутор станица".split()
)


# XPLACES3-43: a noun of held ground opening a sentence names no place
# ("Територія під контролем Росії зросла на 464 кв. км", "Территория под
# контролем России"; lang GROUND_NOUNS)
# (English needs none: a capitalised word opening a sentence is no place
# there unless it ends as a place name does)
_GROUND_NOUN = re.compile(f"(?:{_uk.GROUND_NOUNS}|{_ru.GROUND_NOUNS})", re.IGNORECASE)


def _dash_opens_line(before: str, s: int) -> bool:
    """Whether ``before`` ends in a dash that opens the text, a line or a
    sentence: a reply in an interview ("— Бої тривають у X"), whose first word
    opens it as a sentence's would.

    >>> _dash_opens_line("Яка ситуація?\\n— ", 40), _dash_opens_line("X — ", 300)
    (True, False)
    """
    tail = before.rstrip(" \t\u00a0")
    if tail[-1:] not in ("—", "–", "-"):
        return False
    head = tail[:-1].rstrip(" \t\u00a0")
    if not head:
        return s <= _LOOKBACK  # the text's own start (``before`` is all of it)
    return head[-1] in "\n.!?:"


# PROBEEN36: settlements in the plural, then a colon: a list of them follows
# (LEFTUKRU38: in Ukrainian and Russian too, "два населённых пункта: X и Y")
_SETTLEMENT_PLURALS = "|".join(
    (_en.SETTLEMENT_PLURALS, _uk.SETTLEMENT_PLURALS, _ru.SETTLEMENT_PLURALS)
)
_LIST_INTRO = re.compile(
    rf"(?<![\w-])(?:{_SETTLEMENT_PLURALS})(?![\w-])[^.!?:;]*:\s*$", re.IGNORECASE
)


def _stray_initial_word(
    before: str, name: str, after: str, known: set[str] | None, s: int
) -> bool:
    """Whether a one-word name is a capitalised word that opens a line or
    sentence, not a place: a verb ("— Пытаются, но безуспешно", "Говорят,
    …"), or a word not seen as a place with no region word, predicate or
    toponym ending to vouch for it."""
    at_start = (
        (s <= _LOOKBACK and not before.strip(" \"'“‘«"))
        or _ends_sentence(before)
        or _dash_opens_line(before, s)
    )
    if (
        len(name.split()) == 1
        and _VERB_FORM.search(name)
        and _LINE_START_BEFORE.search(before)
        and not _seen_before(name, known)
    ):
        return True  # "— Пытаются, но безуспешно", "Говорят, …": verbs
    if at_start and name.lower() in _TOWN_NOUNS:
        return True  # "Місто під контролем ЗСУ": the town told before
    if at_start and _GROUND_NOUN.fullmatch(name):
        return True  # XPLACES3-43: "Територія під контролем Росії зросла"
    if at_start and len(name.split()) == 1 and not _seen_before(name, known):
        if _LIST_INTRO.search(before[-120:]):
            return False  # PROBEEN36: "two villages: Dalne and Illinka"
        if _label_of_figure(name, after):
            return False  # LEFTEN37: "- Zaporizhzhia: under 20 sq km"
        after_word = _REGION_WORD_AFTER.match(after)
        if (
            not after_word
            and not _PREDICATE_AFTER.match(after)
            and not _TOPONYM_END.search(name)
            and not (_OURS_AFTER.match(after) and _OURS_NAME_END.search(name))
        ):
            return True
    return False


_LABEL_FIGURE_AFTER = re.compile(
    r":[ \u00a0]*(?:(?:about|around|some|nearly|almost|over|more than|under|"
    r"less than|up to|roughly|approximately|just over|just under|at least)"
    r"[ \u00a0]+)?\d",
    re.IGNORECASE,
)
_LABEL_WORD = re.compile(rf"(?:{_en.LABEL_WORDS})", re.IGNORECASE)


def _label_of_figure(name: str, after: str) -> bool:
    """Whether the Latin name ``name`` labels a figure after a colon ("…
    Zaporizhzhia: under 20 sq km"): a list item's place, unless a common
    label word ("Total:", "October:").

    >>> _label_of_figure("Zaporizhzhia", ": under 20 sq km")
    True
    >>> _label_of_figure("Total", ": 210 sq km"), _label_of_figure("Kharkiv", " saw")
    (False, False)
    """
    return (
        name[:1].isascii()
        and _LABEL_FIGURE_AFTER.match(after) is not None
        and not _LABEL_WORD.fullmatch(name)
    )


def _mention(text: str, s: int, e: int, name: str, before: str) -> PlaceMention:
    """The mention of the place ``name`` at ``s``..``e``, a region when a
    region word follows ("Sumy Oblast", taken into the name), the region of
    it precedes ("the border region of Sumy") or the name is one."""
    region = False
    ra = _REGION_AFTER.match(text[e : e + 20])
    if ra:
        e += ra.end()
        name = text[s:e]
        region = True
    elif _REGION_OF_BEFORE.search(before):
        region = True  # "the border region of Sumy"
    elif _REGION_NAME.search(name) or _ADJ_REGION.search(name):
        region = True
    elif _REGION_LIST_AFTER.match(text, e, e + 120):
        region = True  # "the Donetsk and Zaporizhzhia regions": Donetsk
    return PlaceMention(s, e, name, region)


# PLACES33: a place and its other name in brackets ("X (Y)", "X (українська
# назва — Y)", "X (Ukrainian name: Y)"): the claim names both. The words in
# brackets before the name are a few lower-case words, one of which says it
# is a name (lang: OTHER_NAME_WORDS), then a dash or colon at most.
_NAME_WORD = r"[A-ZА-ЯІЇЄҐЁ][\w’'ʼ-]*(?:\s+[A-ZА-ЯІЇЄҐЁ][\w’'ʼ-]*){0,2}"
_OTHER_LABEL = "|".join(
    (_en.OTHER_NAME_WORDS, _uk.OTHER_NAME_WORDS, _ru.OTHER_NAME_WORDS)
)
_OTHER_NAME = re.compile(
    rf"\s*\((?:(?:[A-Za-zА-ЯІЇЄҐЁа-яіїєґё.’'-]+\s+){{0,3}}?(?:{_OTHER_LABEL})\b[\s.]*"
    rf"(?:[—–:-]\s*)?)?(?P<name>{_NAME_WORD})\)"
)
_BEFORE_OTHER = re.compile(rf"(?P<name>{_NAME_WORD})$")
# session 40 (xnonplace): another name beside a place, not in brackets, with
# its language after it or a relative clause naming it before it (lang
# OTHER_NAME_TAIL, OTHER_NAME_LEAD)
_OTHER_BESIDE = re.compile(
    rf"\s*[,—–]\s*(?:(?P<tailed>{_NAME_WORD})\s+(?:"
    + "|".join((_en.OTHER_NAME_TAIL, _uk.OTHER_NAME_TAIL, _ru.OTHER_NAME_TAIL))
    + r")(?![\w-])|(?:"
    + "|".join((_en.OTHER_NAME_LEAD, _uk.OTHER_NAME_LEAD, _ru.OTHER_NAME_LEAD))
    + rf")\s+(?P<led>{_NAME_WORD}))"
)


def other_names(text: str, names: list[str]) -> list[str]:
    """``names`` with the other name each is given in brackets right after
    it in ``text``, or the name before the brackets it stands in: "Артемовск
    (украинское название — Бахмут)" names both places (one name each way).

    >>> other_names("took Bakhmut (Russian name Artemovsk) on Saturday", ["Bakhmut"])
    ['Bakhmut', 'Artemovsk']
    >>> other_names("fighting in Toretsk (Dzerzhinsk)", ["Dzerzhinsk"])
    ['Dzerzhinsk', 'Toretsk']
    >>> other_names("near Pokrovsk (Donetsk region)", ["Pokrovsk"])
    ['Pokrovsk']
    """
    out = list(names)
    for n in names:
        at = text.find(n)
        if at < 0:
            continue
        m = _OTHER_NAME.match(text, at + len(n))
        if m and _other_name_ok(m.group("name")):
            out.append(m.group("name"))
        b = _OTHER_BESIDE.match(text, at + len(n))
        if b and _other_name_ok(b.group("tailed") or b.group("led")):
            out.append(b.group("tailed") or b.group("led"))
        head = text[max(0, at - 80) : at]
        if head.endswith("(") or head.rstrip().endswith(("—", "–", ":")):
            opened = head.rfind("(")
            if opened < 0 or ")" in head[opened:]:
                continue
            bm = _BEFORE_OTHER.search(head[:opened].rstrip())
            label = head[opened + 1 :]
            if (
                bm
                and _other_name_ok(bm.group("name"))
                and (not label.strip() or _OTHER_NAME.match(f"({label}{n})"))
            ):
                out.append(bm.group("name"))
    return list(dict.fromkeys(out))


def _other_name_ok(name: str) -> bool:
    """A name in or before brackets that may be a place: no acronym, no
    organisation, no region ("Donetsk region" is where, not another name)."""
    if name.isupper() or _no_place_name(name):
        return False
    return not _REGION_WORD_AFTER.match(" " + name.split(" ")[-1])


# PLACES33: names joined as one list ("X, Y and Z", "X, Y та Z", "X и Y")
_LIST_GAP = re.compile(
    r"\s*,\s*(?:(?:and|or|і|й|та|и|або|или)\s+)?|\s+(?:and|or|і|й|та|и|або|или)\s+"
)


def with_list_members(
    names: list[str], text: str, mentions: list[PlaceMention]
) -> list[str]:
    """``names`` with every other member of a list of places in ``text`` one
    of them stands in: a claim told of one village of "X, Y and Z" is told of
    the list ("captured X, Y and Z", "бої біля X та Y"). Only list joins
    (commas, and/or) stand between the members; regions join no list.

    >>> t = "Russia said it took Zorivka, Lisne and Dibrova."
    >>> ms = _find_places(t, "en")
    >>> with_list_members(["Dibrova"], t, ms)
    ['Dibrova', 'Zorivka', 'Lisne']
    >>> t = "Troops took Zorivka and fought near Lisne."
    >>> with_list_members(["Zorivka"], t, _find_places(t, "en"))
    ['Zorivka']
    """
    if not names or len(mentions) < 2:
        return names
    ms = sorted(mentions, key=lambda m: m.start)
    groups: list[list[PlaceMention]] = [[ms[0]]]
    for prev, m in zip(ms, ms[1:], strict=False):
        if (
            # regions are never joined: a count per region is a claim each
            # ("по два населенных пункта в ДНР и Запорожской области")
            not (m.region or prev.region)
            and m.start >= prev.end
            and _LIST_GAP.fullmatch(text, prev.end, m.start)
        ):
            groups[-1].append(m)
        else:
            groups.append([m])
    out = list(names)
    for group in groups:
        members = [m.name for m in group]
        if len(members) > 1 and not set(members).isdisjoint(names):
            out += [n for n in members if n not in out]
    return out


# LEFTUKRU38: a speaker's title or body right before a region ("глава
# Белгородской области", "в адміністрації Сумської області")
_REGION_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_uk.REGION_TITLE_WORDS}|{_ru.REGION_TITLE_WORDS}|"
    rf"(?:{_en.REGION_TITLE_WORDS})\s+of(?:\s+the)?)\s+$",
    re.IGNORECASE,
)
# LEFTEN238: a speaker's title right after a place ("Kharkiv's governor",
# "the Kharkiv region governor", "the Kherson regional administration said"),
# not a building of it ("the Kupiansk administration building")
_REGION_TITLE_AFTER = re.compile(
    rf"(?:{_en.REGION_TITLE_LINKS})?\s+(?:military\s+)?"
    rf"(?:{_en.REGION_TITLE_WORDS})\b(?!\s+(?:building|headquarters|offices?)\b)"
)


def speakers_place(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` of ``text`` follows or precedes a
    speaker's title: the speaker's place, no place of the claim.

    >>> speakers_place("said Kharkiv's governor Oleh Syniehubov", 5, 12)
    True
    >>> speakers_place("hit Kupiansk's administration building", 4, 12)
    False
    """
    if _speakers_region(text, start):
        return True  # "the governor of the Kharkiv region"
    return _REGION_TITLE_AFTER.match(text, end) is not None


def _speakers_region(text: str, start: int) -> bool:
    """Whether the region at ``start`` of ``text`` follows a speaker's title
    or body: the speaker's region, no place of the claim.

    >>> _speakers_region("Глава Белгородской области сообщил", 6)
    True
    >>> _speakers_region("ВСУ зашли в Курскую область", 12)
    False
    """
    return _REGION_TITLE_BEFORE.search(text[max(0, start - 40) : start]) is not None


def with_sentence_region(
    names: list[str],
    mentions: list[PlaceMention],
    others: list[list[str]] | None = None,
    text: str = "",
) -> list[str]:
    """``names`` with the one region their sentence names, when none of them
    is a region: "In the Sumy region, the brigade cleared X", "took X in the
    Kharkiv region on Tuesday", or a town told before ("the town", "there")
    in a sentence that names its region (PLACES33). A region that is all
    another claim of its kind in the sentence is placed in (``others``) is
    that claim's:
    "two villages each in X and the Sumy region" is one claim per place.
    A region in a speaker's title in ``text`` ("Глава Белгородской области
    сообщил") is the speaker's, not the claim's (LEFTUKRU38).

    >>> t = "In the Sumy region, a brigade said it had cleared Zorivka."
    >>> with_sentence_region(["Zorivka"], _find_places(t, "en"))
    ['Zorivka', 'Sumy region']
    """
    regions = list(
        dict.fromkeys(
            m.name
            for m in mentions
            if m.region and not (text and _speakers_region(text, m.start))
        )
    )
    if len(regions) != 1 or not names:
        return names
    if regions[0] in names or any(_REGION_NAME.search(n) for n in names):
        return names
    if others and [regions[0]] in others:
        return names
    return [*names, regions[0]]


# session 41 (xplaces): the other names of a town the project's alias table
# lists (Russian and former names: "Артемовск" for Бахмут, "Dzerzhinsk" for
# Toretsk); a claim told of one name gets the others the text writes too
_CASE_TAIL = r"(?:а|у|ом|і|ові|е|ой|ою|ым|s)?"


def _folded(name: str) -> str:
    return name.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def _stem(name: str) -> str:
    """A name less the vowel or soft sign it may lose in a case form."""
    f = _folded(name)
    return f[:-1] if len(f) > 5 and f[-1] in "аяоеиыуюьйіїє" else f


@functools.cache
def _alias_groups() -> tuple[tuple[str, ...], ...]:
    """Each town's names in the alias table (first the Ukrainian and English
    names, then the others), stems folded."""
    return tuple(tuple(dict.fromkeys(_stem(n) for n in row.names)) for row in table())


_CASE_TAIL_RE = re.compile(_CASE_TAIL)
_LONGEST_TAIL = 3  # "ові"


@functools.cache
def _stem_index() -> dict[str, int]:
    """Each stem of the alias table and the first group (table order) holding
    it."""
    index: dict[str, int] = {}
    for i, group in enumerate(_alias_groups()):
        for stem in group:
            index.setdefault(stem, i)
    return index


def _group_of(name: str) -> tuple[str, ...] | None:
    """The first group of the table with a stem that ``name`` is in a case
    form of."""
    f = _folded(name)
    index = _stem_index()
    hits = [
        index[f[:k]]
        for k in range(max(len(f) - _LONGEST_TAIL, 1), len(f) + 1)
        if f[:k] in index and _CASE_TAIL_RE.fullmatch(f[k:])
    ]
    return _alias_groups()[min(hits)] if hits else None


@functools.cache
def _written_form(stem: str) -> re.Pattern[str]:
    """A stem in any case form, as a whole word."""
    return re.compile(
        rf"(?<![\w'’ʼ-]){re.escape(stem)}{_CASE_TAIL}(?![\w'’ʼ-])", re.IGNORECASE
    )


def written_other_names(names: list[str], text: str) -> list[str]:
    """``names`` each followed by the other names of the same town (alias
    table) that ``text`` writes too, as written the first time.

    >>> t = "Moscow claims Artemovsk. Kyiv says Bakhmut holds."
    >>> written_other_names(["Artemovsk"], t)
    ['Artemovsk', 'Bakhmut']
    >>> written_other_names(["Бахмута"], "бои у Бахмута")
    ['Бахмута']
    >>> written_other_names(["Kupiansk"], t)
    ['Kupiansk']
    """
    out = list(names)
    plain = lower = ""
    for n in names:
        group = _group_of(n)
        if group is None:
            continue
        if not plain:
            plain = text.replace("ё", "е").replace("Ё", "Е")
            lower = plain.lower()
        own = _stem(n)
        for stem in group:
            if own.startswith(stem) or stem.startswith(own) or stem not in lower:
                continue
            m = _written_form(stem).search(plain)
            if m:
                out.append(text[m.start() : m.end()])
    return list(dict.fromkeys(out))
