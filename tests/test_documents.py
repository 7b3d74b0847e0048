"""Loading documents: text, HTML, JSON Lines, stdin; encodings; failure modes."""

from __future__ import annotations

import codecs
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from frontline.errors import FrontlineError
from frontline.lang import detect_language
from frontline.sources import html as html_mod
from frontline.sources.documents import decode_bytes, load_documents
from frontline.sources.html import extract_html

FIX = Path(__file__).parent / "fixtures" / "documents"

UK = "Сили оборони звільнили село Зеленопілля, повідомили у вигаданій бригаді."
RU = "Российские войска заняли село Лесное, сообщили в выдуманном штабе."


def load(*inputs, **kw):
    return list(load_documents([str(i) for i in inputs], **kw))


# ------------------------------------------------------------------ text files


def test_text_file_keeps_its_text_exactly(tmp_path):
    path = tmp_path / "brief.txt"
    text = "Line one.\r\nThe brigade advanced 3 km near the village.\n"
    path.write_bytes(text.encode())
    (doc,) = load(path, published="2024-03-12")
    assert doc.id == "brief" and doc.text == text and doc.format == "text"
    assert doc.published == date(2024, 3, 12) and doc.published_from == "given"
    assert doc.language == "en" and doc.language_from == "detected"
    assert doc.encoding == "utf-8" and doc.raw_bytes == len(text.encode())


def test_utf8_fixture_in_ukrainian():
    (doc,) = load(FIX / "report_uk.txt")
    assert doc.language == "uk" and doc.text.startswith("Вигадана бригада")
    assert doc.published is None


@pytest.mark.parametrize("text, lang", [(UK, "uk"), (RU, "ru")])
def test_cp1251_text_is_decoded(tmp_path, text, lang):
    path = tmp_path / f"{lang}.txt"
    path.write_bytes(text.encode("cp1251"))
    (doc,) = load(path)
    assert doc.text == text and doc.encoding == "cp1251" and doc.language == lang


def test_koi8_russian_is_decoded(tmp_path):
    path = tmp_path / "koi.txt"
    path.write_bytes((RU + " " + RU).encode("koi8-r"))
    (doc,) = load(path)
    assert doc.text == RU + " " + RU and doc.language == "ru"


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig", "utf-32"])
def test_byte_order_marks(tmp_path, codec):
    path = tmp_path / "bom.txt"
    path.write_bytes(UK.encode(codec))
    (doc,) = load(path)
    assert doc.text == UK  # the BOM itself is not part of the text


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Бахмут", "cp1251"),  # six bytes charset-normalizer alone reads as Big5
        ("Соледар", "koi8-r"),
        ("Україна", "koi8-u"),
        ("Авдіївка взята", "cp1251"),
        ("Les troupes ont pris le village près de la rivière à l'aube.", "latin-1"),
    ],
)
def test_short_single_byte_texts(text, codec):
    assert decode_bytes(text.encode(codec))[0] == text


@pytest.mark.parametrize("misread", ["cp1251", "latin-1"])
def test_mojibake_file_is_repaired(tmp_path, misread):
    path = tmp_path / "twice.txt"
    garbled = UK.encode("utf-8").decode(misread)  # UTF-8 once read as cp125x
    path.write_text(garbled, encoding="utf-8")
    (doc,) = load(path)
    assert doc.text == UK and doc.language == "uk"
    assert doc.encoding == f"utf-8 (repaired: UTF-8 read as {misread})"


def test_utf8_bytes_beat_a_wrong_declared_charset(tmp_path):
    path = tmp_path / "resaved.html"
    path.write_bytes(page("", charset="windows-1251").encode("utf-8"))
    (doc,) = load(path)
    assert doc.encoding == "utf-8" and doc.text.startswith("Российские войска")


def test_jsonl_with_byte_order_mark(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + b'{"id": "a", "text": "Text."}\n')
    assert [d.id for d in load(path)] == ["a"]


def test_bare_web_address_gets_a_hint():
    with pytest.raises(FrontlineError, match="give the whole URL"):
        load("www.example.org/news/story.html")


def test_utf16_without_bom_is_guessed():
    text, codec = decode_bytes((UK * 3).encode("utf-16-le"))
    assert text == UK * 3 and "16" in codec


def test_lang_given_beats_detection(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(UK, encoding="utf-8")
    (doc,) = load(path, lang="ru")
    assert doc.language == "ru" and doc.language_from == "given"


# ------------------------------------------------------------------------ HTML


def test_html_main_text_without_furniture():
    (doc,) = load(FIX / "news_en.html")
    assert doc.format == "html" and doc.extraction == "trafilatura"
    assert doc.title == "Troops push forward near Zelenopillia"
    assert doc.published == date(2024, 3, 12) and doc.published_from == "meta"
    assert "advanced about four kilometres toward the village" in doc.text
    assert "she added, where attacks were repelled" in doc.text
    for furniture in (
        "Advertisement",
        "Related stories",
        "Pishchanivka",
        "Ravnopole",
        "Copyright",
        "Sport",
        "caption",
    ):
        assert furniture not in doc.text, furniture
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 5 and all(p.strip() == p for p in paragraphs)
    assert doc.raw_bytes == (FIX / "news_en.html").stat().st_size


def test_published_option_beats_page_metadata():
    (doc,) = load(FIX / "news_en.html", published="2024-03-20")
    assert doc.published == date(2024, 3, 20) and doc.published_from == "given"


ARTICLE = (
    "<p>Российские войска продвинулись на два километра у села Лесное, "
    "сообщили в выдуманном штабе группировки.</p><p>По словам офицера, бои "
    "продолжались всю ночь у моста через реку, который эта тестовая страница "
    "придумала.</p>"
)


def page(head: str, body: str = ARTICLE, charset: str = "windows-1251") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}">{head}'
        f"<title>Сводка</title></head><body><nav>Главная | Новости</nav>"
        f"<article>{body}</article><footer>Все права защищены</footer></body></html>"
    )


def test_cp1251_html_with_meta_charset_and_json_ld_date(tmp_path):
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", '
        '"datePublished": "2023-10-05T23:30:00+03:00"}]}</script>'
    )
    path = tmp_path / "svodka.html"
    path.write_bytes(page(head).encode("cp1251"))
    (doc,) = load(path)
    assert doc.encoding == "cp1251" and doc.language == "ru"
    assert doc.published == date(2023, 10, 5) and doc.published_from == "json-ld"
    assert doc.text.startswith("Российские войска продвинулись")
    assert "Главная" not in doc.text and "права" not in doc.text


def test_itemprop_and_htmldate_dates():
    head = '<meta itemprop="datePublished" content="2022-11-11">'
    assert extract_html(page(head, charset="utf-8")).published == date(2022, 11, 11)
    # no structured date at all: htmldate finds (a <time> element)
    body = '<time datetime="2022-09-12">12 September</time>' + ARTICLE
    result = extract_html(page("", body=body, charset="utf-8"))
    assert result.published == date(2022, 9, 12)


def test_page_language_attribute_when_detection_cannot_tell():
    page_html = (
        '<html lang="uk-UA"><body><article><p>ЗСУ ВСУ: 12 / 34 / 56 / 78</p>'
        "</article></body></html>"
    )
    (doc,) = load_documents(["-"], stdin=io.BytesIO(page_html.encode()))
    assert doc.text == "ЗСУ ВСУ: 12 / 34 / 56 / 78"
    assert doc.language == "uk" and doc.language_from == "page"


TEASERS = """<article><h1>Бої на сході</h1>
<p>Сили оборони відбили дванадцять атак поблизу вигаданого села Ясне, повідомили
в штабі у вівторок вранці.</p>
<p><strong>Читайте також:</strong> <a href="/x">ЗСУ звільнили село Мирне</a></p>
<p><b>Read also</b>: <a href="/y">Russian troops captured Dalnie, ministry says</a></p>
<p>Читайте также: <a href="/z">ВСУ отступили из Лесного</a></p>
<p>За даними штабу, бої тривали до ночі біля мосту через вигадану річку.</p>
<p>RELATED: Ukraine says it retook 3 sq km near Yasne</p>
<p>Read more: the ministry said on Monday that its troops had pushed forward
several kilometres, although analysts at a made-up institute said the figures
could not be verified by anyone else at all, and asked for satellite images.</p>
</article>"""


def test_inline_teasers_are_dropped_from_html():
    result = extract_html(f"<html><body><nav>Головна</nav>{TEASERS}</body></html>")
    assert result.teasers_dropped == 4
    for teaser in ("Мирне", "Dalnie", "Лесного", "3 sq km"):
        assert teaser not in result.text
    assert "відбили дванадцять атак" in result.text
    assert "бої тривали до ночі" in result.text
    assert "Read more: the ministry said" in result.text  # long: a paragraph


def test_html_sniffed_in_a_txt_file(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(page("", charset="utf-8"), encoding="utf-8")
    (doc,) = load(path)
    assert doc.format == "html" and "Главная" not in doc.text


def test_page_that_is_not_news_gives_a_warning_and_no_text():
    (doc,) = load(FIX / "not_news.html")
    assert doc.text == "" and doc.extraction == "none"
    assert any("no article text" in w for w in doc.warnings)


def test_huge_page_is_cut_and_says_so(monkeypatch):
    monkeypatch.setattr(html_mod, "MAX_HTML_CHARS", 200_000)
    paragraph = "<p>Paragraph {}: the brigade reported a new position near {}.</p>"
    body = "".join(paragraph.format(i, i * 7) for i in range(20_000))
    result = extract_html(page("", body=body, charset="utf-8"))
    assert result.truncated and result.html_chars > 1_000_000
    assert "only the first" in result.warnings[0]
    assert result.text.startswith("Paragraph 0:") and len(result.text) < 200_000


@pytest.mark.slow
def test_fifty_megabyte_page_file(tmp_path):
    paragraph = "<p>Paragraph {}: the brigade reported a new position near {}.</p>\n"
    path = tmp_path / "huge.html"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("<html><body><article>")
        size = i = 0
        while size < 50_000_000:
            size += handle.write(paragraph.format(i, i * 7))
            i += 1
        handle.write("</article></body></html>")
    (doc,) = load(path)
    assert doc.raw_bytes > 50_000_000 and doc.text.startswith("Paragraph 0:")
    assert any("only the first" in w for w in doc.warnings)


def test_broken_markup_does_not_crash():
    for junk in ("<html><body><p>unclosed <b>bold <i>and", "<<<>>>", "<!-- -->", ""):
        result = extract_html(junk)
        assert isinstance(result.text, str)


# ------------------------------------------------------------------ JSON Lines


def test_jsonl_documents():
    docs = load(FIX / "docs.jsonl", published="2024-05-01")
    assert [d.id for d in docs] == ["ex-1", "ex-2", "ex-3", "docs-4"]
    one, two, three, four = docs
    assert one.published == date(2024, 5, 6) and one.published_from == "record"
    assert one.url == "https://news.example/ex-1" and one.language == "en"
    assert one.language_from == "record" and one.origin.endswith("docs.jsonl:1")
    # no date in the record: the caller's --published fills the gap
    assert two.published == date(2024, 5, 1) and two.language == "uk"
    # an "html" record: its extracted text is the document, its page date is used?
    # no: the caller's date still wins over page metadata, as for .html files
    assert three.format == "html" and "Menu" not in three.text
    assert three.text.startswith("The fictional Northern Brigade")
    assert four.language == "ru"


def test_jsonl_html_record_uses_page_date_without_option():
    docs = load(FIX / "docs.jsonl")
    assert docs[2].published == date(2024, 5, 7)  # the page's own day (+03:00)
    assert docs[1].published is None


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "docs.jsonl:2: not a JSON object"),
        ("[1, 2]", "docs.jsonl:2: not a JSON object"),
        ('{"id": "x"}', 'docs.jsonl:2: has neither "text" nor "html"'),
        ('{"id": "x", "text": 5}', 'docs.jsonl:2: "text" is not a string'),
        ('{"text": "a", "published": "last week"}', "not an ISO date"),
    ],
)
def test_jsonl_bad_lines(tmp_path, line, message):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "ok", "text": "fine"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(FrontlineError, match=message.replace("(", r"\(")) as err:
        load(path)
    assert "\n" not in str(err.value)


def test_jsonl_text_is_kept_byte_for_byte(tmp_path):
    text = "  Leading spaces, \u00a0NBSP, a tab\t and trailing newline\n"
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"id": 7, "text": text}) + "\n", encoding="utf-8")
    (doc,) = load(path)
    assert doc.id == "7" and doc.text == text


# ----------------------------------------------------------------------- stdin


def test_stdin_text_and_jsonl():
    (doc,) = load("-", stdin=io.BytesIO(RU.encode("cp1251")))
    assert doc.id == "stdin" and doc.text == RU and doc.origin == "stdin"
    stream = io.BytesIO((FIX / "docs.jsonl").read_bytes())
    assert [d.id for d in load("-", stdin=stream)][:2] == ["ex-1", "ex-2"]


def test_stdin_html():
    (doc,) = load("-", stdin=io.BytesIO((FIX / "news_en.html").read_bytes()))
    assert doc.format == "html" and doc.published == date(2024, 3, 12)


# ------------------------------------------------------------------- failures


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF file"),
        (os.urandom(4096), "binary or"),
        (b"\x00\x01\x02\x03" * 500, "binary or"),
    ],
)
def test_binary_input_is_refused(tmp_path, data, message):
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    with pytest.raises(FrontlineError, match=message) as err:
        load(path)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)


def test_empty_file_warns(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    (doc,) = load(path)
    assert doc.text == "" and "empty text" in doc.warnings


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(FrontlineError, match="no such file"):
        load(tmp_path / "absent.txt")
    with pytest.raises(FrontlineError, match="is a directory"):
        load(tmp_path)


def test_bad_options():
    with pytest.raises(FrontlineError, match="--lang 'de' is not one of en, uk, ru"):
        load(FIX / "report_uk.txt", lang="de")
    with pytest.raises(FrontlineError, match="not an ISO date"):
        load(FIX / "report_uk.txt", published="yesterday")


def test_repeated_ids_are_made_unique(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(UK, encoding="utf-8")
    (tmp_path / "x.txt").write_text(RU, encoding="utf-8")
    docs = load(tmp_path / "a" / "x.txt", tmp_path / "x.txt")
    assert [d.id for d in docs] == ["x", "x#2"]
    assert "repeats" in docs[1].warnings[0]


def test_long_text_is_capped(tmp_path, monkeypatch):
    from frontline.sources import documents

    monkeypatch.setattr(documents, "MAX_TEXT_CHARS", 1000)
    path = tmp_path / "long.txt"
    path.write_text("The brigade advanced. " * 200, encoding="utf-8")
    (doc,) = load(path)
    assert len(doc.text) == 1000 and "first 1,000" in doc.warnings[0]


# -------------------------------------------------------------------- language


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian forces captured the village after weeks of fighting.", "en"),
        ("Українські війська звільнили село після тижнів боїв.", "uk"),
        ("Сили оборони відбили атаку", "uk"),
        ("Российские войска заняли село после недель боёв.", "ru"),
        ("ВСУ отступили от города", "ru"),
        ("Армия продвинулась на 3 километра", "ru"),
        ("Die Truppen haben das Dorf eingenommen, sagte der Sprecher.", None),
        ("1,263 km² — 18 %", None),
        ("", None),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "module",
    [
        "frontline.lang",
        "frontline.sources.documents",
        "frontline.sources.html",
        "frontline.sources.web",
    ],
)
def test_docstring_examples_run(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
