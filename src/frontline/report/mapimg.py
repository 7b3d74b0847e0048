"""A PNG map of a claim's region: ground gained and lost in the period.

Rendering only (matplotlib, Agg): everything comes in as lon/lat shapely
geometries; the axes keep the local aspect (1° lon = cos(lat) × 1° lat) so
shapes are not stretched. Written to a temporary file and renamed into place.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shapely

from ..errors import FrontlineError

COLOURS = {
    "ru_held": "#f4c7c3",  # Russian-held at the end (light)
    "grey": "#bdbdbd",  # contested
    "gained": "#d73027",  # gained by Russia in the period
    "lost": "#1a66c9",  # lost by Russia (gained by Ukraine)
    "region": "#222222",
}


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
    fig, ax = plt.subplots(figsize=(7.5, 7))
    view = shapely.box(x0, y0, x1, y1)
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
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1.0 / max(0.1, math.cos(math.radians((y0 + y1) / 2))))
    ax.set_xlabel("longitude °E")
    ax.set_ylabel("latitude °N")
    ax.set_title(title + (f"\n{subtitle}" if subtitle else ""), fontsize=10)
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
    ax.legend(handles=handles, loc="lower left", fontsize=8, framealpha=0.85)
    ax.grid(alpha=0.25)
    fig.text(
        0.01,
        0.005,
        f"Data: {attribution}. Made with frontline.",
        fontsize=7,
        color="#555555",
        ha="left",
        va="bottom",
    )
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    tmp = out.with_name(f".{out.stem}.tmp-{os.getpid()}.png")
    try:
        fig.savefig(tmp, dpi=110)
        os.replace(tmp, out)
    except OSError as exc:
        raise FrontlineError(
            f"cannot write: {exc.strerror or exc}", where=str(out)
        ) from None
    finally:
        plt.close(fig)
        if tmp.exists():
            tmp.unlink()
    return out
