"""measure/series on the real data pack (skipped when ../shared is absent).

Only the few files each check needs are imported into a temporary store with
the ingest engineer's :func:`frontline.ingest.import_paths`. Expected values are
the sanity figures of control/SOURCES.md (pyproj.Geod areas of lon/lat
intersections) and DeepState's published monthly figures.
"""

from __future__ import annotations

import pytest
from conftest import shared_path

from frontline import query
from frontline.geo.regions import parse_region
from frontline.ingest import import_paths
from frontline.instants import parse_instant as at
from frontline.store.sqlite import SQLiteStore

pytestmark = pytest.mark.shared

RAW = [  # DeepState raw history ids (UTC unix seconds)
    "1685919265",  # 2023-06-04 22:54Z
    "1691356872",  # 2023-08-06 21:21Z
    "1691916579",  # 2023-08-13 08:49Z (the only one that day)
    "1692046598",  # 2023-08-14 20:56Z
    "1692564250",  # 2023-08-20 20:44Z
    "1693169005",  # 2023-08-27 20:43Z
]
ISW = ["20230807", "20230814", "20230821"]
DAILY = ["20240801", "20240901", "20241101", "20241201", "20250901", "20251001"]

BAKHMUT = "bbox:37.7,48.4,38.3,48.8"
ROBOTYNE = "bbox:35.5,47.3,36.2,47.6"
STAROMAIORSKE = "bbox:36.5,47.55,37.0,47.85"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    control = shared_path("control")
    s = SQLiteStore(tmp_path_factory.mktemp("real") / "real.sqlite")
    runs = [
        ("deepstate", [control / "deepstate_raw" / f"{k}.geojson.gz" for k in RAW]),
        ("isw", [control / "isw_nikkei" / f"{k}.geojson.gz" for k in ISW]),
        (
            "deepstate-daily",
            [
                control / "deepstate_occupied" / f"deepstatemap_data_{k}.geojson.gz"
                for k in DAILY
            ],
        ),
    ]
    for source, paths in runs:
        summary = import_paths(s, source, paths)
        assert not summary.rejected, summary.rejected
    yield s
    s.close()


def held(store, source, spec, day):
    return query.held_at(store, source, parse_region(spec), at(day))


@pytest.mark.parametrize(
    "spec, day, ru, grey",
    [
        (BAKHMUT, "2023-08-06", 1003.3, 43.2),
        (BAKHMUT, "2023-08-13", 1003.3, 43.2),
        (BAKHMUT, "2023-08-20", 1001.6, 44.7),
        (BAKHMUT, "2023-08-27", 1002.0, 41.9),
        (ROBOTYNE, "2023-08-06", 1236.2, None),
        (ROBOTYNE, "2023-08-13", 1231.3, None),
        (ROBOTYNE, "2023-08-20", 1223.0, None),
        (ROBOTYNE, "2023-08-27", 1207.2, None),
        (STAROMAIORSKE, "2023-08-06", 781.0, None),
        (STAROMAIORSKE, "2023-08-20", 761.1, None),
    ],
)
def test_deepstate_boxes_match_sources_md(store, spec, day, ru, grey):
    assert held(store, "deepstate", spec, day) == pytest.approx(ru, abs=0.06)
    if grey is not None:
        assert (
            held(
                store,
                "deepstate",
                spec,
                day,
            )
            is not None
        )
        g = query.held_at(store, "deepstate", parse_region(spec), at(day), "grey")
        assert g == pytest.approx(grey, abs=0.06)


@pytest.mark.parametrize(
    "spec, day, ru",
    [
        (ROBOTYNE, "2023-08-07", 1181.8),
        (ROBOTYNE, "2023-08-14", 1170.9),
        (ROBOTYNE, "2023-08-21", 1167.1),
        (STAROMAIORSKE, "2023-08-14", 662.0),
    ],
)
def test_isw_boxes_match_sources_md(store, spec, day, ru):
    assert held(store, "isw", spec, day) == pytest.approx(ru, abs=0.06)


def test_totals(store):
    assert held(store, "deepstate", "all", "2023-08-06") == pytest.approx(
        108_873, abs=2
    )
    assert held(store, "isw", "all", "2023-08-21") == pytest.approx(106_606.5, abs=1)


def test_seed_bakhmut_15km_unchanged_over_the_week(store):
    m = query.measure(
        store,
        "deepstate",
        parse_region("48.5953,38.0003,15km"),
        at("2023-08-06"),
        at("2023-08-13"),
    )
    assert m.ru_gained_km2 == pytest.approx(0, abs=0.01)
    assert m.ru_lost_km2 == pytest.approx(0, abs=0.01)
    assert m.ru_held_start_km2 == pytest.approx(m.ru_held_end_km2, abs=0.01)


def test_seed_bakhmut_25km_about_41_lost(store):
    m = query.measure(
        store,
        "deepstate",
        parse_region("48.5953,38.0003,25km"),
        at("2023-06-04"),
        at("2023-08-14"),
    )
    assert (m.start.snapshot_id, m.end.snapshot_id) == ("1685919265", "1692046598")
    assert m.ru_lost_km2 == pytest.approx(41, abs=1.5)
    assert m.ru_gained_km2 < 2
    assert m.net_ru_km2 == pytest.approx(
        m.ru_held_end_km2 - m.ru_held_start_km2, abs=0.01
    )


@pytest.mark.parametrize(
    "month_from, month_to, published",
    [
        ("2024-08-01", "2024-08-31", 363),
        ("2024-11-01", "2024-11-30", 730),
        ("2025-09-01", "2025-09-30", 259),
    ],
)
def test_daily_archive_monthly_net_matches_deepstate_published(
    store, month_from, month_to, published
):
    rows = query.series(
        store,
        "deepstate-daily",
        parse_region("all"),
        at(month_from),
        at(month_to),
        "M",
    )
    assert len(rows) == 1
    assert rows[0]["net_ru_km2"] == pytest.approx(published, rel=0.05)


def test_cli_measure_json_on_real_data(store, capsys):
    import json

    from frontline.cli import run

    db = f"sqlite:///{store.path}"
    argv = ["measure", "--source", "deepstate", "--region", BAKHMUT, "--from",
            "2023-08-06", "--to", "2023-08-20", "--json", "--db", db]  # fmt: skip
    assert run(argv) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["from"]["snapshot_id"] == "1691356872"
    assert obj["to"]["snapshot_time"] == "2023-08-20T20:44:10Z"
    assert obj["ru_held_km2"]["from"] == pytest.approx(1003.3, abs=0.06)
    assert obj["ru_held_km2"]["to"] == pytest.approx(1001.6, abs=0.06)
    assert obj["grey_km2"]["to"] == pytest.approx(44.7, abs=0.06)
    assert obj["net_ru_km2"] == pytest.approx(-1.7, abs=0.1)
    assert "DeepStateMap" in obj["attribution"]
