"""The package skeleton: CLI entry, instants, equal-area geometry."""

from __future__ import annotations

import subprocess
import sys

import pytest
from shapely.geometry import box

from frontline.cli import run
from frontline.errors import FrontlineError
from frontline.geo.area import area_km2, geodesic_area_km2, to_equal_area
from frontline.geo.shapes import geodesic_disc, geodesic_sector
from frontline.instants import parse_instant


def test_version_command(capsys):
    assert run(["version"]) == 0
    assert capsys.readouterr().out.strip() == "0.1.0"


def test_console_script_installed():
    out = subprocess.run(
        [sys.executable, "-m", "frontline", "--help"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert "frontline" in out.stdout


def test_unknown_command_exits_2():
    assert run(["no-such-command"]) == 2


def test_bare_date_is_end_of_utc_day():
    t = parse_instant("2023-08-13")
    assert (t.hour, t.minute, t.second) == (23, 59, 59)
    assert t.utcoffset().total_seconds() == 0


def test_naive_datetime_is_utc_and_offsets_convert():
    assert parse_instant("2023-08-13T10:00").hour == 10
    assert parse_instant("2023-08-13T10:00+03:00").hour == 7


def test_bad_instant_is_one_line_error():
    with pytest.raises(FrontlineError) as info:
        parse_instant("13/08/2023")
    assert "\n" not in str(info.value) and "13/08/2023" in str(info.value)


@pytest.mark.parametrize(
    "geom",
    [
        box(37.7, 48.4, 38.3, 48.8),  # Bakhmut box
        box(33.0, 44.6, 34.5, 45.4),  # Crimea, ~45°N
        box(24.0, 51.6, 26.0, 52.2),  # Volyn, ~52°N
        box(22.0, 44.0, 40.0, 52.5),  # all Ukraine, edges hundreds of km long
    ],
)
def test_equal_area_matches_geodesic_within_0_01_percent(geom):
    rel = area_km2(to_equal_area(geom)) / geodesic_area_km2(geom) - 1
    assert abs(rel) <= 1e-4


def test_geodesic_disc_area_is_pi_r_squared():
    disc = geodesic_disc(48.5953, 38.0003, 25)
    # a small geodesic circle on the ellipsoid: within 0.1% of pi r^2
    assert area_km2(to_equal_area(disc)) == pytest.approx(3.14159265 * 625, rel=1e-3)


def test_half_disc_is_half():
    full = area_km2(to_equal_area(geodesic_disc(47.6, 36.6, 20)))
    south = area_km2(to_equal_area(geodesic_sector(47.6, 36.6, 20, 90, 270)))
    assert south == pytest.approx(full / 2, rel=2e-3)
