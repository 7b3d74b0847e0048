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
    "land": "#ffffff",  # Ukraine's land (Ukrainian-held where not coloured)
    "outside": "#e6e1d6",  # land outside Ukraine
    "sea": "#cde3f5",
    "oblast": "#8a8a8a",
    "town": "#555555",
}
NO_BASEMAP = (
    "no basemap: the boundaries folder was not found (give --mirror with the "
    "data folder); white is Ukrainian-held land or sea"
)
MAX_TOWNS = 14  # town labels per map, the biggest first
SCALE_STEPS_KM = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500)
MAP_WIDTH_IN = 7.5  # the plot's width; its height follows the region's shape
MAP_HEIGHT_IN = (3.0, 8.0)  # clamped to this (a long thin region gets a margin)
MAP_DPI = 110
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


def render_region_map(path: str | Path, **kw: Any) -> Path:
    """Draw :func:`region_map_figure` (same keywords) to a PNG at ``path``."""
    out = Path(path)
    fig, _ax, footer = region_map_figure(where=str(out), **kw)
    save_png(fig, out, attribution=footer, dpi=MAP_DPI, where=str(out))
    return out


def region_map_figure(
    *,
    where: str = "map",
    region,
    title: str,
    attribution: str,
    ru_held=None,
    grey=None,
    gained=None,
    lost=None,
    places: Sequence[tuple[str, float, float]] = (),
    subtitle: str = "",
    basemap: Any = None,
) -> Path:
    """Draw the region outline, Russian-held/grey at the end, the ground
    gained (red) and lost (blue) by Russia, and place markers (name, lat, lon),
    over the basemap (:class:`frontline.sources.basemap.Basemap`: land, sea,
    oblasts, towns; its absence is written on the map), with a scale bar and
    a north arrow. Labels that would overlap are dropped, the legend sits
    below the plot. All geometries lon/lat. Returns the figure, its axes and
    the footer (the attribution and the basemap's credit).
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    if region is None or region.is_empty:
        raise FrontlineError("no region to draw", where=where)
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
    _draw_basemap(ax, basemap, view)
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
    for _name, lat, lon in places:
        ax.plot([lon], [lat], marker="o", ms=6, color="black", mec="white", zorder=5)
    ax.set_xticks([])
    ax.set_yticks([])
    head = textwrap.fill(title, TITLE_CHARS) + (
        "\n" + textwrap.fill(subtitle, TITLE_CHARS) if subtitle else ""
    )
    ax.set_title(head, fontsize=10)
    handles = _basemap_handles(basemap) + [
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
        bbox_to_anchor=(0.5, -0.02),
        ncol=3 if basemap is not None else 2,
        fontsize=8,
        frameon=False,
    )
    _fill_plot(fig, ax, x0, y0, x1, y1)
    _labels(fig, ax, places, basemap)
    _scale_bar(ax)
    _north_arrow(ax)
    if basemap is None:
        ax.text(0.01, 0.01, NO_BASEMAP, transform=ax.transAxes, fontsize=7,
                va="bottom", ha="left", wrap=True, zorder=9,
                bbox={"fc": "white", "ec": "#999999", "alpha": 0.9})  # fmt: skip
    else:
        attribution = f"{attribution}. {basemap.credit}"
    return fig, ax, attribution


def _draw_basemap(ax, basemap, view) -> None:
    """Land outside Ukraine as the background, the sea, Ukraine's land and
    the oblast boundaries (nothing when there is no basemap)."""
    if basemap is None:
        return
    ax.set_facecolor(COLOURS["outside"])
    _fill(ax, shapely.intersection(basemap.sea, view), COLOURS["sea"], z=0)
    _fill(ax, shapely.intersection(basemap.land, view), COLOURS["land"], z=0)
    for _name, geom in basemap.oblasts:
        part = shapely.intersection(shapely.boundary(geom), view)
        for line in shapely.get_parts(part):
            if line.geom_type == "LineString" and not line.is_empty:
                xs, ys = line.xy
                ax.plot(xs, ys, color=COLOURS["oblast"], lw=0.7, ls=(0, (4, 2)),
                        zorder=3.5)  # fmt: skip


def _basemap_handles(basemap) -> list[Any]:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    if basemap is None:
        return []
    return [
        Patch(facecolor=COLOURS["sea"], label="sea"),
        Patch(facecolor=COLOURS["outside"], label="outside Ukraine"),
        Line2D(
            [],
            [],
            color=COLOURS["oblast"],
            lw=0.7,
            ls=(0, (4, 2)),
            label="oblast boundary",
        ),  # fmt: skip
    ]


def _overlaps(box, placed: list[Any]) -> bool:
    return any(box.overlaps(p) for p in placed)


def _labels(fig, ax, places, basemap) -> None:
    """Place names first, then the biggest towns in view; a label that would
    overlap one already drawn (or leave the plot) is left out."""
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    placed: list[Any] = []
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    towns = []
    if basemap is not None:
        named = {n for n, _, _ in places}
        towns = sorted(
            (t for t in basemap.towns
             if x0 <= t[2] <= x1 and y0 <= t[1] <= y1 and t[0] not in named),
            key=lambda t: -t[3],
        )[:MAX_TOWNS]  # fmt: skip
    items = [(n, lat, lon, True) for n, lat, lon in places]
    items += [(n, lat, lon, False) for n, lat, lon, _pop in towns]
    for name, lat, lon, major in items:
        text = ax.annotate(
            name, (lon, lat), xytext=(5, 4), textcoords="offset points",
            fontsize=9 if major else 7, zorder=6 if major else 5.5,
            color="black" if major else COLOURS["town"],
            bbox={"boxstyle": "round,pad=0.2", "fc": "white",
                  "alpha": 0.75 if major else 0.5, "lw": 0},
        )  # fmt: skip
        box = text.get_window_extent(renderer)
        inside = frame.contains(box.x0, box.y0) and frame.contains(box.x1, box.y1)
        if _overlaps(box, placed) or not inside:
            text.remove()
            continue
        placed.append(box)
        if not major:
            ax.plot([lon], [lat], marker="o", ms=3, color=COLOURS["town"], zorder=5)


def scale_length_km(width_km: float) -> float:
    """A round bar length near a quarter of the map's width.

    >>> scale_length_km(80.0), scale_length_km(9.0), scale_length_km(3000.0)
    (20, 2, 500)
    """
    want = width_km / 4
    return max([s for s in SCALE_STEPS_KM if s <= want] or [SCALE_STEPS_KM[0]])


def _scale_bar(ax) -> None:
    """A scale bar in the lower right (km on the ground at the map's centre)."""
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    km_per_deg = 111.32 * math.cos(math.radians((y0 + y1) / 2))
    length = scale_length_km((x1 - x0) * km_per_deg)
    dx = length / km_per_deg
    xe = x1 - (x1 - x0) * 0.04
    y = y0 + (y1 - y0) * 0.05
    ax.plot([xe - dx, xe], [y, y], color="black", lw=3, zorder=8,
            solid_capstyle="butt")  # fmt: skip
    ax.text(xe - dx / 2, y + (y1 - y0) * 0.015, f"{length:g} km", ha="center",
            va="bottom", fontsize=8, zorder=8,
            bbox={"fc": "white", "alpha": 0.7, "lw": 0, "pad": 1})  # fmt: skip


def _north_arrow(ax) -> None:
    """An arrow pointing north in the upper right (lat grows upwards)."""
    ax.annotate(
        "", xy=(0.96, 0.91), xytext=(0.96, 0.80), xycoords="axes fraction",
        zorder=8, arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.5},
    )  # fmt: skip
    ax.text(0.96, 0.935, "N", transform=ax.transAxes, ha="center", va="center",
            fontsize=10, fontweight="bold", zorder=8)  # fmt: skip
