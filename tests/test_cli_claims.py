"""``frontline claims`` end to end: every input kind, both formats, failures."""

from __future__ import annotations

import html
import io
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from frontline.cli import run

FIX = Path(__file__).parent / "fixtures" / "documents"
TEXT = (
    "The fictional Eastern Group said on Monday that Russian troops had captured "
    "the village of Ravnopole.\n\nA spokesperson said the group had advanced three "
    "kilometres near the hamlet of Pishchanivka over the past week.\n"
)


def lines_of(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def claims_of(records: list[dict]) -> list[dict]:
    return [r for r in records if r.get("record") != "document"]


def check_offsets(records: list[dict], texts: dict[str, str]) -> None:
    """Every claim's quote is exactly its span of its document's text."""
    for rec in claims_of(records):
        text = texts[rec["doc_id"]]
        assert text[rec["char_start"] : rec["char_end"]] == rec["quote"], rec


def invoke(capsys, *args: str) -> tuple[int, str, str]:
    code = run(["claims", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def brief(tmp_path) -> Path:
    path = tmp_path / "brief.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_txt_file_gives_claim_records(capsys, brief):
    code, out, err = invoke(capsys, str(brief), "--published", "2024-05-07")
    assert code == 0, err
    records = lines_of(out)
    assert records and all(r["doc_id"] == "brief" for r in records)
    assert all("record" not in r for r in records)  # no document line for text
    kinds = {r["kind"] for r in records}
    assert "settlement_control" in kinds
    capture = next(r for r in records if r["kind"] == "settlement_control")
    assert capture["gainer"] == "RU"
    assert any(p["name"] == "Ravnopole" for p in capture["places"])
    check_offsets(records, {"brief": TEXT})


def test_with_text_adds_a_document_line_for_text_inputs(capsys, brief):
    code, out, _ = invoke(capsys, str(brief), "--with-text")
    records = lines_of(out)
    assert code == 0 and records[0]["record"] == "document"
    assert records[0]["text"] == TEXT and records[0]["doc_id"] == "brief"
    assert records[0]["language"] == "en" and records[0]["format"] == "text"
    assert records[0]["language_from"] == "detected"
    assert records[0]["published_from"] is None


def test_html_file_offsets_index_the_extracted_text(capsys):
    code, out, err = invoke(capsys, str(FIX / "news_en.html"))
    assert code == 0, err
    records = lines_of(out)
    doc = records[0]
    assert doc["record"] == "document" and doc["doc_id"] == "news_en"
    assert doc["published"] == "2024-03-12" and doc["extraction"] == "trafilatura"
    claims = claims_of(records)
    assert claims, "the article's own claims are found"
    check_offsets(records, {"news_en": doc["text"]})
    quotes = " ".join(c["quote"] for c in claims)
    # related headlines and image alt text are page furniture, not claims
    assert "Pishchanivka" not in quotes and "Ravnopole" not in quotes
    assert "300 sq km" not in quotes


def test_html_file_without_text_line(capsys):
    code, out, _ = invoke(capsys, str(FIX / "news_en.html"), "--no-text")
    assert code == 0 and all("record" not in r for r in lines_of(out))


def test_jsonl_input(capsys):
    code, out, err = invoke(capsys, str(FIX / "docs.jsonl"))
    assert code == 0, err
    records = lines_of(out)
    texts = {}
    for line in (FIX / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        if "text" in obj:
            texts[obj.get("id", "docs-4")] = obj["text"]
    docs = {r["doc_id"]: r for r in records if r.get("record") == "document"}
    assert set(docs) == {"ex-3"}  # only the HTML record carries its text
    texts["ex-3"] = docs["ex-3"]["text"]
    check_offsets(records, texts)
    ids = {r["doc_id"] for r in claims_of(records)}
    assert {"ex-1", "ex-3"} <= ids


def test_stdin(capsys, monkeypatch):
    stream = io.TextIOWrapper(io.BytesIO(TEXT.encode("cp1251", "replace")))
    monkeypatch.setattr(sys, "stdin", stream)
    code, out, err = invoke(capsys, "-", "--published", "2024-05-07")
    assert code == 0, err
    records = lines_of(out)
    assert records and {r["doc_id"] for r in records} == {"stdin"}
    check_offsets(records, {"stdin": TEXT})


class Page(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        body = (FIX / "news_en.html").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def local_url():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/news/story.html"
    httpd.shutdown()
    httpd.server_close()


def test_url_refused_without_allow_private(capsys, local_url):
    code, out, err = invoke(capsys, local_url)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "loopback" in err and "--allow-private" in err


def test_url_with_allow_private(capsys, local_url):
    code, out, err = invoke(capsys, local_url, "--allow-private")
    assert code == 0, err
    records = lines_of(out)
    doc = records[0]
    assert doc["record"] == "document" and doc["url"] == local_url
    assert doc["doc_id"].endswith("/news/story.html")
    assert claims_of(records)
    check_offsets(records, {doc["doc_id"]: doc["text"]})


def test_table_format(capsys, brief):
    code, out, _ = invoke(
        capsys, str(brief), str(FIX / "not_news.html"), "--format", "table"
    )
    assert code == 0
    assert "brief" in out and "settlement_control" in out and "Ravnopole" in out
    assert "not_news" in out and "no claims" in out


def test_no_claims_prints_nothing_in_jsonl(capsys, tmp_path):
    path = tmp_path / "weather.txt"
    path.write_text(
        "It rained all day in the capital, and the trains ran late.", encoding="utf-8"
    )
    code, out, _ = invoke(capsys, str(path))
    assert code == 0 and out == ""


def test_not_news_page_warns(capsys):
    code, out, err = invoke(capsys, str(FIX / "not_news.html"), "--no-text")
    assert code == 0 and out == ""
    assert "warning: not_news: no article text" in err


def test_out_file_is_written(capsys, brief, tmp_path):
    target = tmp_path / "claims.jsonl"
    code, out, _ = invoke(capsys, str(brief), "--out", str(target))
    assert code == 0 and out == ""
    check_offsets(lines_of(target.read_text(encoding="utf-8")), {"brief": TEXT})


def test_failure_leaves_no_out_file(capsys, brief, tmp_path):
    target = tmp_path / "claims.jsonl"
    code, _, err = invoke(
        capsys, str(brief), str(tmp_path / "gone.txt"), "--out", str(target)
    )
    assert code == 2 and "gone.txt: no such file" in err
    assert not target.exists() and list(tmp_path.iterdir()) == [brief]


@pytest.mark.parametrize(
    "make, args, message",
    [
        (None, ["missing.txt"], "missing.txt: no such file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", ["{p}"], "a PNG image, not text or HTML"),
        (None, ["{p}", "--format", "csv"], "--format 'csv' is not one of"),
        (None, ["{p}", "--lang", "pl"], "--lang 'pl' is not one of"),
        (None, ["{p}", "--published", "May 7"], "is not an ISO date"),
        (b'{"id": 1}\n', ["{j}"], 'docs.jsonl:1: has neither "text" nor "html"'),
        (None, ["ftp://example.org/x"], "only http and https URLs"),
    ],
)
def test_errors_are_one_line_exit_2(capsys, tmp_path, brief, make, args, message):
    blob = tmp_path / "blob.txt"
    jsonl = tmp_path / "docs.jsonl"
    if make is not None:
        blob.write_bytes(make)
        jsonl.write_bytes(make)
    argv = [a.format(p=blob if make else brief, j=jsonl) for a in args]
    code, out, err = invoke(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("frontline: error: ") and err.count("\n") == 1, err
    assert message in err and "Traceback" not in err


def test_console_script_runs(brief):
    proc = subprocess.run(
        [sys.executable, "-m", "frontline", "claims", str(brief), "--format", "table"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "brief" in proc.stdout


@pytest.mark.shared
def test_dev_set_offsets_and_records(capsys, shared, tmp_path):
    dev = shared("claims", "dev.jsonl")
    gold = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    target = tmp_path / "pred.jsonl"
    code, _, err = invoke(capsys, str(dev), "--out", str(target))
    assert code == 0, err
    records = lines_of(target.read_text(encoding="utf-8"))
    assert records, "the dev set has claims"
    texts = {str(d["id"]): d["text"] for d in gold}
    assert {r["doc_id"] for r in records} <= set(texts)
    check_offsets(records, texts)
    for rec in records:
        assert rec["kind"] in (
            "area_change",
            "settlement_control",
            "advance",
            "fighting",
        )
        assert all(isinstance(p["name"], str) for p in rec["places"])


@pytest.mark.shared
def test_seed_article_as_a_text_file(capsys, shared):
    path = next(shared("seed").glob("*.txt"))
    text = path.read_bytes().decode("utf-8")
    code, out, err = invoke(capsys, str(path), "--published", "2023-08-14")
    assert code == 0, err
    records = lines_of(out)
    assert records and {r["doc_id"] for r in records} == {path.stem}
    check_offsets(records, {path.stem: text})
    assert any(r["kind"] == "area_change" and r["area_km2"] for r in records)


def as_web_page(text: str) -> str:
    """An article's paragraphs in a page with navigation and related links."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return (
        "<html><head><title>Story</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/world'>World</a></nav><article>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</article><aside><h3>Related</h3><ul><li><a href='/x'>Army captured "
        "the village of Nowhereville overnight</a></li></ul></aside>"
        "<footer>Copyright</footer></body></html>"
    )


@pytest.mark.shared
def test_dev_articles_as_html_give_the_same_claims(capsys, shared, tmp_path):
    """HTML cleaning keeps every paragraph of real articles, so the claims found
    in the page are those found in the plain text (and none from the furniture)."""
    dev = shared("claims", "dev.jsonl")
    gold = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    pages = tmp_path / "pages.jsonl"
    texts = tmp_path / "texts.jsonl"
    with pages.open("w", encoding="utf-8") as p, texts.open("w", encoding="utf-8") as t:
        for doc in gold:
            common = {
                "id": doc["id"],
                "published": doc["published"],
                "language": doc["language"],
            }
            p.write(json.dumps({**common, "html": as_web_page(doc["text"])}) + "\n")
            t.write(json.dumps({**common, "text": doc["text"]}) + "\n")
    assert invoke(capsys, str(texts), "--out", str(tmp_path / "t.out"))[0] == 0
    assert invoke(capsys, str(pages), "--out", str(tmp_path / "p.out"))[0] == 0
    from_text = lines_of((tmp_path / "t.out").read_text(encoding="utf-8"))
    from_html = lines_of((tmp_path / "p.out").read_text(encoding="utf-8"))
    documents = {r["doc_id"]: r for r in from_html if r.get("record") == "document"}
    assert len(documents) == len(gold)
    for doc in gold:
        kept = documents[doc["id"]]["text"].split("\n\n")
        assert all(p.strip() in kept for p in doc["text"].split("\n") if p.strip())
    check_offsets(from_html, {k: d["text"] for k, d in documents.items()})

    def key(r):
        return (r["doc_id"], r["kind"], r["quote"])

    assert sorted(map(key, claims_of(from_html))) == sorted(map(key, from_text))
    assert not any("Nowhereville" in r["quote"] for r in claims_of(from_html))


def test_explain_prints_why_a_trigger_made_no_claim(capsys, tmp_path):
    path = tmp_path / "asked.txt"
    path.write_text(
        "Russian forces attacked near the village of Ravnopole on Tuesday.\n\n"
        "Can the brigade capture the hamlet of Velykoborsk before the spring?\n",
        encoding="utf-8",
    )
    code, out, err = invoke(capsys, str(path), "--published", "2024-05-07", "--explain")
    assert code == 0, err
    assert [r["kind"] for r in lines_of(out)] == ["fighting"]
    rows = [line.split("\t") for line in err.splitlines() if line.startswith("why-not")]
    assert len(rows) == 1, err
    _, doc, sentence, at, word, reason = rows[0]
    assert doc == "asked" and word == "'capture' [capture]"
    assert reason == "settlement:question"
    offset = int(at.removeprefix("at "))
    assert int(sentence.removeprefix("sentence ")) <= offset
    assert path.read_text(encoding="utf-8")[offset:].startswith("capture")


def test_without_explain_no_trace_is_printed(capsys, brief):
    code, _, err = invoke(capsys, str(brief), "--published", "2024-05-07")
    assert code == 0 and "why-not" not in err
