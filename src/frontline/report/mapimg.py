"""A PNG map of a claim's region: ground gained and lost in the period.

Rendering only (matplotlib, Agg): everything comes in as lon/lat shapely
geometries; the axes keep the local aspect (1° lon = cos(lat) × 1° lat) so
shapes are not stretched, and the figure is sized to the region's shape so the
map fills the image. Written atomically with the attribution footer
(:func:`frontline.report.chart.save_png`).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shapely

from ..errors import FrontlineError
from .chart import save_png

COLOURS = {
    "ru_held": "#f4c7c3",  # Russian-held at the end (light)
    "grey": "#bdbdbd",  # contested
    "gained": "#d73027",  # gained by Russia in the period
    "lost": "#1a66c9",  # lost by Russia (gained by Ukraine)
    "region": "#222222",
}
MAP_WIDTH_IN = 7.5  # the plot's width; its height follows the region's shape
MAP_HEIGHT_IN = (3.0, 8.0)  # clamped to this (a long thin region gets a margin)
TITLE_CHARS = 90  # the title wraps at this many characters
CHROME_IN = 1.9  # title, axis labels, legend and footer around the plot


def figure_size(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float]:
    """Width and height (inches) of a figure whose plot has the aspect of the
    lon/lat box on the ground (1° lon = cos(lat) × 1° lat).

    >>> w, h = figure_size(37.6, 48.35, 38.4, 48.62)  # a half-disc: wide
    >>> w, round(h, 2)
    (7.5, 5.72)
    """
    k = math.cos(math.radians((y0 + y1) / 2))
    ratio = (y1 - y0) / max(1e-9, (x1 - x0) * max(0.1, k))
    plot_h = min(max(MAP_WIDTH_IN * ratio, MAP_HEIGHT_IN[0]), MAP_HEIGHT_IN[1])
    return MAP_WIDTH_IN, plot_h + CHROME_IN


def _polys(geom) -> list[Any]:
    if geom is None or geom.is_empty:
        return []
    return [
        g
        for g in shapely.get_parts(geom)
        if g.geom_type == "Polygon" and not g.is_empty
    ]


def _fill(ax, geom, colour: str, *, alpha: float = 1.0, z: int = 1) -> bool:
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MPath

    drew = False
    for poly in _polys(geom):
        verts, codes = [], []
        for ring in (poly.exterior, *poly.interiors):
            xy = list(ring.coords)
            verts += xy
            codes += [MPath.MOVETO] + [MPath.LINETO] * (len(xy) - 2) + [MPath.CLOSEPOLY]
        ax.add_patch(
            PathPatch(
                MPath(verts, codes),
                facecolor=colour,
                edgecolor="none",
                alpha=alpha,
                zorder=z,
            )
        )
        drew = True
    return drew


def _fill_plot(fig, ax, x0: float, y0: float, x1: float, y1: float) -> None:
    """Widen the lon or lat range so the view has the plot's shape on the
    ground (the map fills the plot; nothing is stretched)."""
    k = max(0.1, math.cos(math.radians((y0 + y1) / 2)))
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    fig.tight_layout(rect=(0, 0.03, 1, 1))  # as save_png lays it out
    box = ax.get_position()
    w_in, h_in = fig.get_size_inches()
    want = (box.height * h_in) / max(1e-9, box.width * w_in)  # plot h / w
    have = (y1 - y0) / ((x1 - x0) * k)
    if have < want:  # the region is wider than the plot: more latitude
        extra = ((x1 - x0) * k * want - (y1 - y0)) / 2
        y0, y1 = y0 - extra, y1 + extra
    else:  # taller: more longitude
        extra = ((y1 - y0) / want / k - (x1 - x0)) / 2
        x0, x1 = x0 - extra, x1 + extra
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1.0 / k, adjustable="box")


def render_region_map(
    path: str | Path,
    *,
    region,
    title: str,
    attribution: str,
    ru_held=None,
    grey=None,
    gained=None,
    lost=None,
    places: Sequence[tuple[str, float, float]] = (),
    subtitle: str = "",
) -> Path:
    """Draw the region outline, Russian-held/grey at the end, the ground
    gained (red) and lost (blue) by Russia, and place markers (name, lat, lon).

    All geometries lon/lat. Returns the written path.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    out = Path(path)
    if region is None or region.is_empty:
        raise FrontlineError("no region to draw", where=str(out))
    x0, y0, x1, y1 = region.bounds
    for _, lat, lon in places:
        x0, x1 = min(x0, lon), max(x1, lon)
        y0, y1 = min(y0, lat), max(y1, lat)
    padx, pady = (x1 - x0) * 0.08 + 0.01, (y1 - y0) * 0.08 + 0.01
    x0, x1, y0, y1 = x0 - padx, x1 + padx, y0 - pady, y1 + pady
    fig, ax = plt.subplots(figsize=figure_size(x0, y0, x1, y1))
    # clip generously: _fill_plot widens one of the ranges afterwards
    dx, dy = x1 - x0, y1 - y0
    view = shapely.box(x0 - 2 * dx, y0 - 2 * dy, x1 + 2 * dx, y1 + 2 * dy)
    _fill(
        ax,
        shapely.intersection(ru_held, view) if ru_held is not None else None,
        COLOURS["ru_held"],
        z=1,
    )
    _fill(
        ax,
        shapely.intersection(grey, view) if grey is not None else None,
        COLOURS["grey"],
        z=2,
    )
    g_drawn = _fill(ax, gained, COLOURS["gained"], z=3)
    l_drawn = _fill(ax, lost, COLOURS["lost"], z=3)
    for poly in _polys(region):
        xs, ys = poly.exterior.xy
        ax.plot(xs, ys, color=COLOURS["region"], lw=1.4, ls="--", zorder=4)
    for name, lat, lon in places:
        ax.plot([lon], [lat], marker="o", ms=6, color="black", mec="white", zorder=5)
        ax.annotate(
            name,
            (lon, lat),
            xytext=(5, 5),
            textcoords="offset points",
            fontsize=9,
            zorder=6,
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "alpha": 0.7},
        )
    ax.set_xlabel("longitude °E")
    ax.set_ylabel("latitude °N")
    head = textwrap.fill(title, TITLE_CHARS) + (f"\n{subtitle}" if subtitle else "")
    ax.set_title(head, fontsize=10)
    handles = [
        Patch(color=COLOURS["ru_held"], label="Russian-held at the end"),
        Patch(color=COLOURS["grey"], label="grey zone at the end"),
        Patch(
            color=COLOURS["gained"],
            label="gained by Russia in the period" + ("" if g_drawn else " (none)"),
        ),
        Patch(
            color=COLOURS["lost"],
            label="lost by Russia in the period" + ("" if l_drawn else " (none)"),
        ),
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.09),
        ncol=2,
        fontsize=8,
        frameon=False,
    )
    ax.grid(alpha=0.25)
    _fill_plot(fig, ax, x0, y0, x1, y1)
    save_png(fig, out, attribution=attribution, dpi=110, where=str(out))
    return out
