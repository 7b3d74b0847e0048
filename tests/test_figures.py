"""Map and chart images: size, basemap colours, legends clear of the plot."""

from __future__ import annotations

import struct

import numpy as np
import pytest
import shapely
from shapely.geometry import box

from frontline.report.chart import plot_series, save_png
from frontline.report.mapimg import COLOURS, NO_BASEMAP, region_map_figure
from frontline.sources.basemap import Basemap, load_basemap

# Our own little world: land north of 47.0°N, sea south of it.
LAND = box(36.0, 47.0, 38.5, 48.6)
SEA = box(36.0, 46.2, 38.5, 47.0)
REGION = shapely.Point(37.2, 47.05).buffer(0.3)
HELD = box(37.5, 46.9, 38.5, 48.6)


def _png_size(path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def _pixel(fig, ax, lon: float, lat: float) -> np.ndarray:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)  # save_png closed the figure: draw it again
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    x, y = ax.transData.transform((lon, lat))
    return rgba[rgba.shape[0] - int(round(y)), int(round(x)), :3]


def _hex(colour: str) -> np.ndarray:
    return np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])


def _draw(tmp_path, basemap):
    fig, ax, footer = region_map_figure(
        region=REGION,
        title="Claim 1: a long title " * 6,
        subtitle="deepstate: 4 June → 14 August 2023 · consistent",
        attribution="DeepStateMap (deepstatemap.live), non-commercial use",
        ru_held=HELD,
        places=[("Ravnopole", 47.1, 37.2), ("Ravnopole-2", 47.1, 37.21)],
        basemap=basemap,
    )
    out = tmp_path / "map.png"
    save_png(fig, out, attribution=footer, dpi=110, where="test")
    return fig, ax, out


def test_map_has_sea_land_legend_clear_and_its_size(tmp_path):
    towns = [("Bigtown", 47.25, 36.95, 90_000)]
    basemap = Basemap(LAND, SEA, [("Our oblast", LAND)], towns)
    fig, ax, out = _draw(tmp_path, basemap)
    w, h = _png_size(out)
    assert w == 825 and 500 < h < 1400  # 7.5 in at 110 dpi
    sea, land = _pixel(fig, ax, 36.8, 46.8), _pixel(fig, ax, 36.8, 47.4)
    assert np.abs(sea - _hex(COLOURS["sea"])).max() <= 2
    assert np.abs(land - _hex(COLOURS["land"])).max() <= 2
    assert np.abs(sea.astype(int) - land.astype(int)).sum() > 30  # sea ≠ land
    renderer = fig.canvas.get_renderer()
    plot = ax.get_window_extent(renderer)
    legend = ax.get_legend().get_window_extent(renderer)
    assert legend.y1 <= plot.y0  # the legend sits below the map, never on it
    title = ax.title.get_window_extent(renderer)
    assert title.y1 <= fig.bbox.y1 and title.x0 >= 0 and title.x1 <= fig.bbox.x1
    texts = [t for t in ax.texts if t.get_text()]
    labels = [t.get_text() for t in texts]
    assert "Ravnopole" in labels and "Ravnopole-2" not in labels  # would overlap
    assert "Bigtown" in labels and "N" in labels and any("km" in x for x in labels)


def test_map_without_basemap_says_so(tmp_path):
    fig, ax, out = _draw(tmp_path, None)
    assert NO_BASEMAP in [t.get_text() for t in ax.texts]
    assert _png_size(out)[0] == 825


@pytest.mark.shared
def test_real_basemap_from_the_data_folder(shared):
    basemap = load_basemap(shared("boundaries").parent)
    assert basemap is not None and len(basemap.oblasts) >= 25
    assert basemap.sea.contains(shapely.Point(36.5, 46.5))  # Sea of Azov
    assert basemap.sea.contains(shapely.Point(36.8, 46.6))  # off Berdyansk
    assert basemap.land.contains(shapely.Point(33.52, 44.6))  # Sevastopol
    assert basemap.land.contains(shapely.Point(38.0, 48.6))  # Bakhmut
    assert not basemap.sea.intersects(shapely.Point(38.0, 48.6))
    assert any(name == "Kramatorsk" for name, *_ in basemap.towns)


def _row(start: str, end: str, held, gained, n: int) -> dict:
    return {
        "period_start": f"{start}T00:00:00Z", "period_end": f"{end}T23:59:59Z",
        "end_snapshot_id": "x", "n_snapshots": n, "ru_held_km2": held,
        "ru_gained_km2": gained, "ru_lost_km2": 0.0 if gained is not None else None,
        "net_ru_km2": gained,
    }  # fmt: skip


def test_chart_gaps_shading_size_and_legend_clear(tmp_path):
    from datetime import datetime

    from frontline.instants import UTC

    rows = [
        _row("2023-08-07", "2023-08-13", 100.0, 2.0, 2),
        _row("2023-08-14", "2023-08-20", None, None, 0),  # a gap
        _row("2023-08-21", "2023-08-27", 104.0, 4.0, 1),
    ]
    out = plot_series(
        rows, tmp_path / "c.png", title="Russian-held ground", attribution="demo",
        shade=(datetime(2023, 8, 8, tzinfo=UTC), datetime(2023, 8, 22, tzinfo=UTC),
               "claimed period"),
    )  # fmt: skip
    assert _png_size(out) == (1200, 780)
    from matplotlib.image import imread

    img = imread(out)
    assert img.shape[:2] == (780, 1200)
    assert (
        np.abs(img[..., :3] - np.array([1.0, 0.835, 0.31])).max(axis=2) < 0.25
    ).any()  # fmt: skip  (the shaded claim period is drawn)
