"""The ``series --plot`` chart: Russian-held area line over gained/lost bars.

Rendering only (matplotlib, Agg backend); the PNG is written to a temporary
file and renamed into place.
"""

from __future__ import annotations

import os
import textwrap
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import FrontlineError
from ..outfiles import write_atomically


def _t(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


FOOTER_CHARS_PER_INCH = 17  # 7-point footer text: wrap, never cut at the edge
FOOTER_LINE_IN = 0.16  # height of one footer line (inches) kept free below
MAX_NET_DOTS = 60  # periods up to which the net per period is drawn as dots
TITLE_CHARS = 100  # the chart title wraps at this many characters


def _known(xs: list, ys: list) -> tuple[list, list]:
    """The (x, y) pairs whose y is not None, as two lists."""
    pairs = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def _tick(v: float) -> str:
    """An axis label: thousands separated, decimals only where the tick has
    them (-2.5 stays -2.5, not -2).

    >>> _tick(12500.0), _tick(-2.5), _tick(0.0)
    ('12,500', '-2.5', '0')
    """
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0")


def save_png(fig: Any, out: Path, *, attribution: str, dpi: int, where: str) -> Path:
    """Add the attribution footer, lay out, write ``out`` atomically, close.

    Shared by every frontline chart (the footer cites the data source).
    """
    import matplotlib.pyplot as plt

    width_in, height_in = fig.get_size_inches()
    footer = textwrap.wrap(
        f"Data: {attribution}. Made with frontline.",
        int(width_in * FOOTER_CHARS_PER_INCH),
    )
    fig.text(
        0.01, 0.005, "\n".join(footer),
        fontsize=7, color="#555555", ha="left", va="bottom",
    )  # fmt: skip
    fig.tight_layout(rect=(0, len(footer) * FOOTER_LINE_IN / height_in, 1, 1))
    try:
        return write_atomically(out, lambda tmp: fig.savefig(tmp, dpi=dpi), where)
    finally:
        plt.close(fig)


def plot_target(path: str | Path) -> Path:
    """``path`` as the PNG to write, or a FrontlineError saying what is wrong."""
    out = Path(path).expanduser()
    where = f"--plot {str(path)!r}"
    if out.suffix.lower() != ".png":
        raise FrontlineError("the plot must be a .png file", where=where)
    if not out.parent.is_dir():
        raise FrontlineError("directory does not exist", where=where)
    if not os.access(out.parent, os.W_OK):
        raise FrontlineError("directory is not writable", where=where)
    return out


def _summary(rows: list[dict[str, Any]]) -> str:
    """The subtitle: the span and the totals gained, lost and net over it.

    >>> _summary([{"period_start": "2024-08-01T00:00:00Z",
    ...   "period_end": "2024-08-31T23:59:59Z", "ru_gained_km2": 367.9,
    ...   "ru_lost_km2": 4.5, "net_ru_km2": 363.4}])
    '2024-08-01 – 2024-08-31: gained 367.9 km², lost 4.5 km², net +363.4 km²'
    """
    span = f"{rows[0]['period_start'][:10]} – {rows[-1]['period_end'][:10]}"
    if all(r["net_ru_km2"] is None for r in rows):
        return span
    g = sum(r["ru_gained_km2"] or 0.0 for r in rows)
    lo = sum(r["ru_lost_km2"] or 0.0 for r in rows)
    n = sum(r["net_ru_km2"] or 0.0 for r in rows)
    return f"{span}: gained {g:,.1f} km², lost {lo:,.1f} km², net {n:+,.1f} km²"


GAP_STYLE = {"facecolor": "none", "edgecolor": "#999999", "hatch": "///", "lw": 0}
SHADE_COLOR = "#ffd54f"


def _shade_spans(
    rows: list[dict[str, Any]],
    axes: tuple[Any, ...],
    shade: tuple[datetime, datetime, str] | None,
) -> None:
    """Hatch the periods with no snapshot of their own; shade the claim span."""
    gap_label = "no snapshot (gap)"
    for r in rows:
        if r.get("end_snapshot_id") and not r.get("n_snapshots"):
            a, b = _t(r["period_start"]), _t(r["period_end"])
            for ax in axes:
                ax.axvspan(a, b, label=gap_label if ax is axes[-1] else None,
                           zorder=0, **GAP_STYLE)  # fmt: skip
            gap_label = None
    if shade is not None:
        a, b, label = shade
        for ax in axes:
            ax.axvspan(a, b, color=SHADE_COLOR, alpha=0.35, zorder=0,
                       label=label if ax is axes[-1] else None)  # fmt: skip


def plot_series(
    rows: list[dict[str, Any]],
    path: str | Path,
    *,
    title: str,
    attribution: str,
    shade: tuple[datetime, datetime, str] | None = None,
) -> Path:
    """Draw the rows of :func:`frontline.query.series` to a PNG at ``path``.

    Top panel: Russian-held km² in the region at each period end (line).
    Bottom panel: km² gained (red, up) and lost (blue, down) by Russia per
    period, with the net as black dots. A period without a snapshot is a gap:
    the line breaks there and the period is hatched grey ("no snapshot").
    ``shade`` = (start, end, label) shades a span (a claim's period) on both
    panels. The attribution goes in the footer.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    out = plot_target(path)
    mids, ends, held, gained, lost, net, widths = [], [], [], [], [], [], []
    for r in rows:
        a, b = _t(r["period_start"]), _t(r["period_end"])
        mids.append(a + (b - a) / 2)
        widths.append((b - a).total_seconds() / 86400 * 0.8)
        ends.append(b)
        held.append(r["ru_held_km2"])
        gained.append(r["ru_gained_km2"] or 0.0)
        lost.append(-(r["ru_lost_km2"] or 0.0))
        net.append(r["net_ru_km2"])
    fig, (ax1, ax2) = plt.subplots(
        2, 1, figsize=(10, 6.5), sharex=True, gridspec_kw={"height_ratios": [3, 2]}
    )
    if any(y is not None for y in held):
        marker = "o" if len(held) < 40 else None
        ys = [float("nan") if y is None else y for y in held]  # NaN breaks the line
        ax1.plot(ends, ys, color="#a52714", lw=2, marker=marker, ms=3)
    _shade_spans(rows, (ax1, ax2), shade)
    ax1.set_ylabel("Russian-held at period end, km²")
    ax1.grid(alpha=0.3)
    ax1.set_title(
        "\n".join([*textwrap.wrap(title, TITLE_CHARS), _summary(rows)]), fontsize=11
    )
    thousands = FuncFormatter(lambda v, _pos: _tick(v))
    ax1.yaxis.set_major_formatter(thousands)
    ax2.yaxis.set_major_formatter(thousands)
    ax2.bar(mids, gained, width=widths, color="#d73027", label="gained by Russia")
    ax2.bar(mids, lost, width=widths, color="#4575b4", label="lost by Russia")
    xs, ys = _known(mids, net)
    if xs and len(rows) <= MAX_NET_DOTS:  # beyond that the dots hide the bars
        ax2.scatter(xs, ys, color="black", s=8, zorder=3, label="net")
    ax2.axhline(0, color="grey", lw=0.8)
    ax2.set_ylabel("change per period, km²")
    ax2.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    ax2.grid(alpha=0.3)
    ax2.xaxis.set_major_formatter(
        mdates.ConciseDateFormatter(
            ax2.xaxis.get_major_locator(), show_offset=False
        )  # the span is in the subtitle: no stray "2023-Sep" under the axis
    )
    save_png(fig, out, attribution=attribution, dpi=120, where=f"--plot {str(path)!r}")
    return out
