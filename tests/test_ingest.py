"""``frontline import`` / ``snapshots`` end to end, and bad input."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
import shapely

from frontline.cli import run
from frontline.store import open_store

FIX = Path(__file__).parent / "fixtures" / "ingest"


@pytest.fixture
def db(db_url):
    """Each test runs on a new SQLite file and on a new PostGIS database."""
    return db_url


def _stored(db):
    store = open_store(db)
    try:
        return [(i.source, i.key, i.layers) for i in store.snapshots()]
    finally:
        store.close()


def test_import_each_source_and_reimport(tmp_path, db, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("1649000000.geojson", "1692040140.geojson", "1711314501.geojson"):
        (raw / f"{name}.gz").write_bytes(gzip.compress((FIX / name).read_bytes()))
    assert run(["import", "deepstate", str(raw), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "import deepstate: 3 added, 0 already stored, 0 rejected" in out
    for source, name in [
        ("deepstate-daily", "deepstatemap_data_20240708.geojson"),
        ("isw", "20230821.geojson"),
        ("nzz", "2023-08-21.json"),
    ]:
        assert run(["import", source, str(FIX / name), "--db", db]) == 0
    before = _stored(db)
    assert [s for s, _, _ in before].count("deepstate") == 3
    assert {s for s, _, _ in before} == {"deepstate", "deepstate-daily", "isw", "nzz"}
    # re-importing adds nothing twice
    capsys.readouterr()
    assert run(["import", "deepstate", str(raw), "--db", db]) == 0
    assert "0 added, 3 already stored" in capsys.readouterr().out
    assert run(["import", "nzz", str(FIX / "2023-08-21.json"), "--db", db]) == 0
    assert _stored(db) == before
    # snapshots lists them, as a table and as JSON
    capsys.readouterr()
    assert run(["snapshots", "--db", db]) == 0
    table = capsys.readouterr().out
    assert "1692040140" in table and "ru_held" in table
    assert run(["snapshots", "--source", "isw", "--json", "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1 and rows[0]["time"] == "2023-08-21T23:00:00Z"
    assert set(rows[0]["layers_km2"]) == {"ru_held", "ru_advances", "ru_claimed",
                                          "ua_claimed"}  # fmt: skip
    assert len(rows[0]["sha256"]) == 64


def test_import_vector_cli(tmp_path, db, capsys):
    path = tmp_path / "mine.geojson"
    fc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"side": s},
             "geometry": shapely.geometry.mapping(shapely.box(*b))}
            for s, b in [("occupied", (37.0, 47.0, 37.5, 47.5)),
                         ("contested", (37.5, 47.0, 37.6, 47.5))]
        ],
    }  # fmt: skip
    path.write_text(json.dumps(fc))
    args = ["import", "vector", str(path), "--name", "my-map", "--db", db]
    assert run(args) == 2
    assert "--time" in capsys.readouterr().err
    args += ["--time", "2023-08-21T12:00", "--layer-field", "side"]
    args += ["--map", "occupied=ru_held", "--map", "contested=grey"]
    assert run(args) == 0
    ((source, key, layers),) = _stored(db)
    assert (source, key) == ("my-map", "20230821T120000Z")
    assert set(layers) == {"ru_held", "grey"}


def _bad(tmp_path: Path, name: str, content: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(content)
    return p


def _fc(*coords_list):
    return json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"fill": "#a52714", "name": "Окуповано /// Occupied"},
                    "geometry": {"type": "Polygon", "coordinates": [c]},
                }
                for c in coords_list
            ],
        }  # fmt: skip
    ).encode()


BOWTIE = [[37.0, 47.0], [37.4, 47.4], [37.4, 47.0], [37.0, 47.4], [37.0, 47.0]]
LINE = [[37.0, 47.0], [37.2, 47.2], [37.4, 47.4], [37.0, 47.0]]


@pytest.mark.parametrize(
    ("source", "name", "content", "message"),
    [
        ("deepstate", "1692000000.geojson", b'{"type": "Feature', "not JSON"),
        ("isw", "20230821.geojson.gz", b"\x1f\x8b\x08\x00garbage", "corrupt gzip"),
        ("deepstate", "1692000000.geojson",
         b'{"type": "FeatureCollection", "features": []}', "empty FeatureCollection"),
        ("deepstate", "1692000000.geojson", _fc(LINE, LINE[:3]),
         "only invalid or degenerate polygons"),
        ("deepstate", "1692000000.geojson",
         _fc([[47.0, 37.0], [47.5, 137.0], [47.5, 37.5], [47.0, 37.0]]),
         "outside lon ±180 / lat ±90: are lat/lon swapped"),
        ("deepstate", "1692000000.geojson",
         _fc([[47.0, 37.0], [47.5, 37.0], [47.5, 37.5], [47.0, 37.0]]),
         "no polygon lies inside the front's area"),
        ("nzz", "2023-08-21.json", b'{"value": {"type": "FeatureCollection", '
         b'"features": [{"type": "Feature", "properties": {"type": "x"}, '
         b'"geometry": null}]}}', "no nochange/gains/losses"),
        ("deepstate", "latest.geojson", _fc(BOWTIE), "named <unix-id>.geojson"),
        ("isw", "20230821.geojson", b"[1, 2, 3]", "not a GeoJSON FeatureCollection"),
        ("deepstate", "1692000000.geojson", b"", "empty file"),
    ],
)  # fmt: skip
def test_bad_input_one_line_exit_2_store_unchanged(
    tmp_path, db, capsys, source, name, content, message
):
    assert (
        run(["import", "deepstate", str(FIX / "1692040140.geojson"), "--db", db]) == 0
    )
    before = _stored(db)
    capsys.readouterr()
    path = _bad(tmp_path, name, content)
    assert run(["import", source, str(path), "--db", db]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("frontline: error: ") and message in err
    assert "Traceback" not in err
    assert _stored(db) == before


def test_self_intersecting_rings_are_repaired(tmp_path, db):
    path = _bad(tmp_path, "1692000000.geojson", _fc(BOWTIE))
    assert run(["import", "deepstate", str(path), "--db", db]) == 0
    ((_, key, layers),) = _stored(db)
    assert key == "1692000000" and layers["ru_held"] > 0


def test_unknown_source_and_missing_path(tmp_path, db, capsys):
    assert run(["import", "deepstatex", str(FIX), "--db", db]) == 2
    assert "unknown source 'deepstatex'" in capsys.readouterr().err
    assert run(["import", "isw", str(tmp_path / "nope.geojson"), "--db", db]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert run(["sync", "nope", "--db", db]) == 2
    assert "unknown source 'nope'" in capsys.readouterr().err
    assert _stored(db) == []


def test_mixed_directory_adds_good_rejects_bad(tmp_path, db, capsys):
    d = tmp_path / "mixed"
    d.mkdir()
    shutil.copy(FIX / "1692040140.geojson", d)
    _bad(d, "1692000001.geojson", b"not json at all")
    assert run(["import", "deepstate", str(d), "--db", db]) == 2
    captured = capsys.readouterr()
    assert "1 added, 0 already stored" in captured.out
    last = captured.err.strip().splitlines()[-1]
    assert last.startswith("frontline: error: ") and str(d) in last
    assert last.endswith("(1 of 2 files rejected)")
    assert [k for _, k, _ in _stored(db)] == ["1692040140"]


def test_bad_import_prints_exactly_one_error_line(tmp_path, db, capsys):
    # regression: the (transient) progress bar left a blank line on stderr
    path = tmp_path / "1692000000.geojson"
    path.write_text("not json")
    assert run(["import", "deepstate", str(path), "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [err.strip()] and "not JSON" in err


POINT = {"type": "Point", "coordinates": [37.5, 47.5]}
POINTS_ONLY = json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"fill": "#a52714"}, "geometry": POINT}
]}).encode()  # fmt: skip
NOT_NUMBERS = _fc([[37.0, 47.0], [37.5, "x"], [37.5, 47.5], [37.0, 47.0]])


@pytest.mark.parametrize(
    "argv, message",
    [
        (["deepstate", "{tmp}/1692000000.geojson", "@points"], "no polygons of a"),
        (["deepstate", "{tmp}/1692000000.geojson", "@nan"], "bad coordinates"),
        (["deepstate", "{tmp}/empty_dir"], "no .geojson/.json files"),
        (["deepstate", "{fix}/1692040140.geojson", "--time", "2023-08-01"],
         "are for vector files"),
        (["vector", "{tmp}/v.geojson", "--time", "2023-08-01", "--map", "garbage"],
         "expected VALUE=LAYER"),
        (["vector", "{tmp}/v.geojson", "--time", "2023-08-01", "--layer-field", "nope"],
         "no attribute 'nope'"),
        (["vector", "{tmp}/v.geojson", "--time", "yesterday"], "not an ISO date"),
        (["vector", "{tmp}/v.geojson", "--time", "2023-08-01", "--name", "isw"],
         "built-in source"),
    ],
)  # fmt: skip
def test_more_bad_imports_one_line_exit_2_store_unchanged(
    tmp_path, db, capsys, argv, message
):
    assert run(["import", "deepstate", str(FIX / "1692040140.geojson"),
                "--db", db]) == 0  # fmt: skip
    before = _stored(db)
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "empty_dir" / "notes.txt").write_text("nothing to import")
    (tmp_path / "v.geojson").write_bytes(_fc([[37, 47], [37.5, 47], [37.5, 47.5],
                                               [37, 47]]))  # fmt: skip
    content = {"@points": POINTS_ONLY, "@nan": NOT_NUMBERS}
    argv = list(argv)  # the parameter is shared by both backends' runs
    if argv[-1] in content:
        (tmp_path / "1692000000.geojson").write_bytes(content[argv.pop()])
    argv = [a.replace("{tmp}", str(tmp_path)).replace("{fix}", str(FIX)) for a in argv]
    capsys.readouterr()
    assert run(["import", *argv, "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [err.strip()] and message in err, err
    assert _stored(db) == before


def test_a_database_that_is_not_sqlite_is_one_line(tmp_path, capsys):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database, just text " * 100)
    url = f"sqlite:///{bad}"
    for argv in (
        ["snapshots"],
        ["import", "deepstate", str(FIX / "1692040140.geojson")],
    ):
        assert run([*argv, "--db", url]) == 2
        err = capsys.readouterr().err
        assert err.splitlines() == [err.strip()] and "not a database" in err
    assert bad.read_text().startswith("not a database")
