"""Published daily-area series (frontline.sources.area_series) on series of
our own numbers: the as-of rule, gaps, summed layers, bad rows."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from frontline.errors import FrontlineError
from frontline.instants import end_of_day, start_of_day
from frontline.sources.area_series import (
    MAX_AGE_DAYS,
    SERIES,
    AreaRecord,
    AreaSeries,
    SeriesChange,
    SeriesGap,
    load_series,
    read_series,
)

SPEC = SERIES[0]
A, B = "ukraine_control_map", "russian_claimed"


def series(rows: dict[str, dict[str, float]]) -> AreaSeries:
    recs = [
        AreaRecord(date.fromisoformat(d), layer, km2)
        for d, layers in rows.items()
        for layer, km2 in layers.items()
    ]
    return AreaSeries(SPEC, recs)


def test_as_of_is_the_latest_whole_day_at_or_before():
    s = series({"2025-01-01": {A: 10.0}, "2025-01-03": {A: 13.0}})
    assert s.as_of((A,), end_of_day(date(2025, 1, 2))) == (date(2025, 1, 1), 10.0)
    assert s.as_of((A,), end_of_day(date(2025, 1, 3))) == (date(2025, 1, 3), 13.0)
    # the start of a day is before the end of that day: the day before counts
    assert s.as_of((A,), start_of_day(date(2025, 1, 3))) == (date(2025, 1, 1), 10.0)
    assert s.as_of((A,), end_of_day(date(2024, 12, 31))) is None


def test_layers_are_summed_and_a_day_missing_one_is_a_gap_not_a_zero():
    s = series(
        {
            "2025-02-01": {A: 100.0, B: 7.0},
            "2025-02-02": {A: 104.0},  # no B: not a day of the sum
        }
    )
    day, km2 = s.as_of((A, B), end_of_day(date(2025, 2, 2)))
    assert (day, km2) == (date(2025, 2, 1), 107.0)


def test_change_names_the_days_used():
    s = series({"2025-03-31": {A: 50.0, B: 1.0}, "2025-04-29": {A: 80.0, B: 2.5}})
    got = s.change((A, B), end_of_day(date(2025, 3, 31)), end_of_day(date(2025, 4, 30)))
    assert got == SeriesChange("2025-03-31", "2025-04-29", 51.0, 82.5)


def test_an_end_without_a_value_within_max_age_is_a_gap():
    old = date(2025, 5, 1)
    s = series({"2025-04-30": {A: 5.0}, old.isoformat(): {A: 6.0}})
    late = old + timedelta(days=MAX_AGE_DAYS + 1)
    got = s.change((A,), end_of_day(date(2025, 4, 30)), end_of_day(late))
    assert isinstance(got, SeriesGap)
    assert "end" in got.reason and "latest value 2025-05-01" in got.reason
    ok = s.change((A,), end_of_day(date(2025, 4, 30)), end_of_day(late - timedelta(1)))
    assert isinstance(ok, SeriesChange)
    before = s.change((A,), end_of_day(date(2025, 4, 1)), end_of_day(old))
    assert isinstance(before, SeriesGap) and "no earlier value" in before.reason


def test_read_and_load(tmp_path):
    rows = [
        {"date": "2025-01-01", "layerType": A, "areaKm2": 1.5},
        {"date": "2025-01-01", "layerType": B, "areaKm2": 2},
    ]
    path = tmp_path / SPEC.path
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(rows), encoding="utf-8")
    (loaded,) = load_series(tmp_path)
    assert loaded.spec.name == "isw-totals"
    assert loaded.records[1] == AreaRecord(date(2025, 1, 1), B, 2.0)
    assert load_series(tmp_path / "nothing") == [] and load_series(None) == []


@pytest.mark.parametrize(
    "row",
    [
        {"date": "2025-13-01", "layerType": A, "areaKm2": 1},
        {"date": "2025-01-01", "layerType": A, "areaKm2": -3},
        {"date": "2025-01-01", "layerType": A, "areaKm2": "NaN"},
        {"date": "2025-01-01", "layerType": A},
        ["2025-01-01", A, 1],
    ],
)
def test_a_bad_row_is_one_error_naming_the_file(tmp_path, row):
    path = tmp_path / "s.json"
    path.write_text(json.dumps([row]), encoding="utf-8")
    with pytest.raises(FrontlineError) as exc:
        read_series(SPEC, path)
    assert str(path) in str(exc.value)


def test_not_a_list_or_not_json(tmp_path):
    path = tmp_path / "s.json"
    path.write_text('{"date": 1}', encoding="utf-8")
    with pytest.raises(FrontlineError, match="list of daily rows"):
        read_series(SPEC, path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(FrontlineError, match="cannot read"):
        read_series(SPEC, path)


def test_every_counted_layer_is_a_described_layer():
    for spec in SERIES:
        assert set(spec.counted) <= set(spec.layers)
        assert spec.attribution
