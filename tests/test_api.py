"""The API against the real app (TestClient) on a real store holding real
DeepState snapshots and an article checked through the API: every test runs
on SQLite and on PostGIS (``module_db_url``; PostGIS skips only outside CI
when no server can be started)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import threading

import pytest
from api_data import ARTICLE, PUBLISHED, build_store, settings
from fastapi.testclient import TestClient

from frontline.api import create_app
from frontline.cli import run
from frontline.store.ledger import Ledger

pytestmark = pytest.mark.shared
DISC = "48.5953,38.0003,25km"


@pytest.fixture(scope="module")
def env(tmp_path_factory, module_db_url):
    folder = tmp_path_factory.mktemp("api")
    db = build_store(folder, module_db_url)
    with TestClient(create_app(settings(folder, db))) as client:
        checked = client.post(
            "/api/check", json={"text": ARTICLE, "published": PUBLISHED}
        )
        assert checked.status_code == 200, checked.text
        yield client, db, checked.json()


def _cli_json(*args: str) -> dict:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert run(list(args)) == 0
    return json.loads(buf.getvalue())


def test_sources_and_snapshots(env):
    client, _db, _ = env
    sources = client.get("/api/sources").json()
    assert [s["source"] for s in sources] == ["deepstate"]
    assert (
        sources[0]["snapshots"] == 5 and "non-commercial" in sources[0]["attribution"]
    )
    snaps = client.get("/api/snapshots", params={"source": "deepstate"}).json()
    ids = [s["id"] for s in snaps["snapshots"]]
    assert ids == sorted(ids) and len(ids) == 5
    assert snaps["snapshots"][0]["layers_km2"]["ru_held"] > 100_000


def test_layers_are_display_geojson_of_the_view_and_cached(env):
    client, _db, _ = env
    params = {
        "source": "deepstate",
        "at": "2023-08-14",
        "bbox": "37.6,48.3,38.4,48.9",
        "zoom": 9,
    }
    first = client.get("/api/layers", params=params)
    assert first.status_code == 200
    data = first.json()
    assert data["snapshot_id"] == "1692046598" and data["view"] == [
        37.5,
        48.0,
        38.5,
        49.0,
    ]
    layers = {f["properties"]["layer"]: f for f in data["features"]}
    assert "ru_held" in layers
    import shapely.geometry

    held = shapely.geometry.shape(layers["ru_held"]["geometry"])
    w, s, e, n = held.bounds
    assert 37.5 <= w and e <= 38.5 and 48.0 <= s and n <= 49.0
    assert client.get("/api/layers", params=params).content == first.content
    other = client.get("/api/layers", params={**params, "at": "2023-06-04"}).json()
    assert other["snapshot_id"] == "1685834721"
    assert other["features"] != data["features"]


def test_measure_is_the_cli_json(env):
    client, db, _ = env
    params = {
        "source": "deepstate",
        "region": DISC,
        "from": "2023-06-04",
        "to": "2023-08-14",
    }
    got = client.get("/api/measure", params=params).json()
    cli = _cli_json(
        "measure",
        "--source",
        "deepstate",
        "--region",
        DISC,
        "--from",
        "2023-06-04",
        "--to",
        "2023-08-14",
        "--json",
        "--db",
        db,
    )
    assert got == cli
    assert got["ru_lost_km2"] == pytest.approx(41.4, abs=0.5)


def test_series_is_the_cli_json_and_csv(env):
    client, db, _ = env
    params = {
        "source": "deepstate",
        "region": DISC,
        "from": "2023-08-01",
        "to": "2023-08-20",
        "freq": "W",
    }
    got = client.get("/api/series", params=params).json()
    cli = _cli_json(
        "series",
        "--source",
        "deepstate",
        "--region",
        DISC,
        "--from",
        "2023-08-01",
        "--to",
        "2023-08-20",
        "--freq",
        "W",
        "--format",
        "json",
        "--db",
        db,
    )
    assert got == cli and len(got["rows"]) == 3
    text = client.get("/api/series", params={**params, "format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["period_start"] for r in rows] == [r["period_start"] for r in got["rows"]]


def test_a_drawn_polygon_is_measured(env):
    client, _db, _ = env
    ring = [[37.9, 48.5], [38.1, 48.5], [38.1, 48.7], [37.9, 48.7], [37.9, 48.5]]
    polygon = json.dumps({"type": "Polygon", "coordinates": [ring]})
    got = client.get(
        "/api/measure",
        params={
            "source": "deepstate",
            "polygon": polygon,
            "from": "2023-06-04",
            "to": "2023-08-14",
        },
    ).json()
    assert got["region"]["kind"] == "polygon"
    assert 300 < got["region"]["area_km2"] < 400
    assert got["ru_held_km2"]["to"] > 0


def test_changes_between_two_dates(env):
    client, _db, _ = env
    data = client.get(
        "/api/changes",
        params={
            "source": "deepstate",
            "from": "2023-06-04",
            "to": "2023-08-14",
            "bbox": "37.6,48.3,38.4,48.9",
            "zoom": 9,
        },
    ).json()
    kinds = {f["properties"]["type"] for f in data["features"]}
    assert "lost" in kinds  # Ukraine regained ground around Bakhmut that summer
    assert (data["from_snapshot_id"], data["to_snapshot_id"]) == (
        "1685834721",
        "1692046598",
    )


def test_the_store_is_the_backend_asked_for(env):
    client, db, _ = env
    backend = client.app.state.backend
    store = backend.store()
    on_postgis = db.startswith("postgresql")
    assert type(store).__name__ == ("PostGISStore" if on_postgis else "SQLiteStore")
    other: list = []
    worker = threading.Thread(target=lambda: other.append(backend.store()))
    worker.start()
    worker.join()
    # PostGIS: one pooled store for every worker thread; SQLite: one per thread
    assert (other[0] is store) == on_postgis


def test_the_check_gives_verdicts_and_fills_the_ledger(env):
    client, db, checked = env
    doc_id = checked["document"]["doc_id"]
    total = next(c for c in checked["claims"] if "40 square" in c["claim"]["quote"])
    assert total["verdicts"] == {"deepstate": "consistent"}
    with Ledger(db) as ledger:  # another connection sees the committed rows
        stored = ledger.claims()
        assert {c["doc_id"] for c in stored} == {doc_id}
        assert len(stored) == len(checked["claims"])
        assert ledger.counts()["verdicts"] >= 1
    claims = client.get("/api/claims", params={"verdict": "consistent"}).json()[
        "claims"
    ]
    assert [c["doc_id"] for c in claims] == [doc_id]
    assert claims[0]["point"]["lat"] == pytest.approx(48.6, abs=0.2)
    by_claimant = client.get("/api/claims", params={"claimant": "nobody at all"}).json()
    assert by_claimant["claims"] == []
    early = client.get("/api/claims", params={"until": "2023-01-01"}).json()
    assert early["claims"] == []
    ledger = client.get("/api/ledger", params={"sector": "Bakhmut"}).json()
    assert ledger["counts"]["documents"] == 1 and ledger["claims"]
    docs = client.get("/api/documents").json()["documents"]
    assert [(d["doc_id"], d["has_text"]) for d in docs] == [(doc_id, True)]
    report = client.get(f"/api/reports/{doc_id}").json()
    assert report["document"]["doc_id"] == doc_id and report["claims"]
    assert report["report"]["verdicts"] == checked["verdicts"]
    assert report["report"]["measurements"]


def test_the_article_view_has_the_text_and_claim_offsets(env):
    client, _db, checked = env
    doc = client.get(f"/api/documents/{checked['document']['doc_id']}").json()
    assert doc["text"] == ARTICLE
    for claim in doc["claims"]:
        assert ARTICLE[claim["char_start"] : claim["char_end"]] == claim["quote"]
        assert claim["verdicts"]["deepstate"]["verdict"]


def test_extract_returns_claims_with_offsets_and_stores_nothing(env):
    client, _db, _ = env
    text = "Russian forces captured the village of Ravnopole on Monday, officials said."
    got = client.post("/api/extract", json={"text": text, "published": "2024-05-07"})
    assert got.status_code == 200
    body = got.json()
    assert body["document"]["text"] == text
    assert [c["kind"] for c in body["claims"]] == ["settlement_control"]
    c = body["claims"][0]
    assert text[c["char_start"] : c["char_end"]] == c["quote"]
    assert len(client.get("/api/documents").json()["documents"]) == 1


def test_html_is_read_as_a_page(env):
    client, _db, _ = env
    html = (
        "<html><head><title>Front</title></head><body><article><p>Russian "
        "forces captured the village of Ravnopole on Monday, officials said."
        "</p></article></body></html>"
    )
    body = client.post("/api/extract", json={"html": html}).json()
    assert body["document"]["format"] == "html"
    assert "Ravnopole" in body["document"]["text"]


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/snapshots", {"source": "nowhere"}, 404),
        ("/api/layers", {"source": "deepstate", "bbox": "1,2,3"}, 400),
        ("/api/layers", {"source": "deepstate", "bbox": "40,50,30,60"}, 400),
        ("/api/layers", {"source": "deepstate", "id": "123"}, 404),
        ("/api/layers", {"source": "deepstate", "at": "2020-01-01"}, 404),
        ("/api/layers", {"source": "nowhere", "at": "2023-08-14"}, 404),
        (
            "/api/measure",
            {"source": "deepstate", "from": "soon", "to": "2023-08-14"},
            400,
        ),
        (
            "/api/measure",
            {"source": "deepstate", "from": "2023-08-14", "to": "2023-06-01"},
            400,
        ),
        (
            "/api/measure",
            {
                "source": "deepstate",
                "region": "../../etc/passwd",
                "from": "2023-06-04",
                "to": "2023-08-14",
            },
            400,
        ),
        (
            "/api/measure",
            {
                "source": "deepstate",
                "region": "x.geojson",
                "from": "2023-06-04",
                "to": "2023-08-14",
            },
            400,
        ),
        (
            "/api/measure",
            {
                "source": "deepstate",
                "polygon": "{not json",
                "from": "2023-06-04",
                "to": "2023-08-14",
            },
            400,
        ),
        (
            "/api/series",
            {
                "source": "deepstate",
                "from": "2023-06-04",
                "to": "2023-08-14",
                "freq": "Y",
            },
            422,
        ),
        ("/api/claims", {"verdict": "maybe"}, 400),
        ("/api/documents/none-such", {}, 404),
        ("/api/reports/none-such", {}, 404),
        ("/static/../../pyproject.toml", {}, 404),
    ],
)
def test_bad_requests_are_one_json_line_with_a_4xx(env, path, params, status):
    client, _db, _ = env
    got = client.get(path, params=params)
    assert got.status_code == status, got.text
    message = got.json()["error"]
    assert message and "\n" not in message and "Traceback" not in message


def test_work_input_must_be_exactly_one_of_text_html_url(env):
    client, _db, _ = env
    for body in ({}, {"text": "a", "html": "<p>a</p>"}, {"text": "a", "extra": 1}):
        got = client.post("/api/extract", json=body)
        assert got.status_code == 422 and got.json()["error"]
    assert (
        client.post("/api/check", json={"text": "x", "sources": ["isw"]}).status_code
        == 422
    )


def test_corrections_are_validated_stored_listed_and_exported(env):
    client, _db, checked = env
    doc_id = checked["document"]["doc_id"]
    start = ARTICLE.index("40 square")
    good = {
        "doc_id": doc_id,
        "char_start": start,
        "char_end": start + 20,
        "selected_text": ARTICLE[start : start + 20],
        "comment": "the map says 42",
    }
    made = client.post("/api/corrections", json=good)
    assert made.status_code == 201, made.text
    row = made.json()
    assert row["status"] == "pending" and row["client"] == "testclient"
    assert row["created"].endswith("Z")
    wrong = {**good, "selected_text": "50 square kilometres"}
    got = client.post("/api/corrections", json=wrong)
    assert got.status_code == 422 and "does not match" in got.json()["error"]
    past = {**good, "char_start": len(ARTICLE) - 2, "char_end": len(ARTICLE) + 5}
    assert client.post("/api/corrections", json=past).status_code == 422
    assert (
        client.post("/api/corrections", json={**good, "doc_id": "nope"}).status_code
        == 404
    )
    listed = client.get("/api/corrections", params={"doc_id": doc_id}).json()
    assert [c["id"] for c in listed["corrections"]] == [row["id"]]
    text = client.get("/api/corrections", params={"format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[-1]["selected_text"] == good["selected_text"]
    assert rows[-1]["comment"] == "the map says 42"


def test_no_import_sync_or_files_over_http(env):
    client, _db, _ = env
    paths = set(client.get("/openapi.json").json()["paths"])
    assert not any(word in p for p in paths for word in ("import", "sync", "file"))
    for method in ("post", "put", "delete"):
        assert getattr(client, method)("/api/snapshots").status_code in (404, 405)
