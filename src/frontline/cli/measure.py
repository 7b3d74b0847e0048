"""``frontline measure``, ``series`` and ``export``: the area engine's commands."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from ..errors import FrontlineError
from ..instants import parse_instant
from ..outfiles import write_atomically
from .common import (
    DbOption,
    FormatOption,
    JsonAlias,
    MirrorOption,
    console,
    print_json,
    sync_span,
    wants_json,
    warn,
)

SourceOption = typer.Option(
    ..., "--source", "-s", help="Snapshot source: deepstate, deepstate-daily, isw, nzz…"
)
RegionOption = typer.Option(
    "all",
    "--region",
    "-r",
    help="LAT,LON,RADIUS (48.5953,38.0003,25km) | bbox:W,S,E,N | FILE.geojson | "
    "all | a place name.",
)
SeriesOutOption = typer.Option(None, "--out", help="Write here, not stdout.")
PlotOption = typer.Option(None, "--plot", help="Also draw a PNG chart.")
ExportOutOption = typer.Option(..., "--out", help="FILE.gpkg, .geojson or .parquet")


def _store(db: str | None):
    from ..store import open_store

    return open_store(db)


def _fmt(x: float | None, nd: int = 1) -> str:
    return "—" if x is None else f"{x:,.{nd}f}"


def _signed(x: float | None) -> str:
    return "—" if x is None else f"{x:+,.1f}"


_FREQ_NAMES = {"D": "daily", "W": "weekly", "M": "monthly"}


def measure_cmd(
    source: str = SourceOption,
    region: str = RegionOption,
    t_from: str = typer.Option(..., "--from", help="ISO date/datetime, UTC."),
    t_to: str = typer.Option(..., "--to", help="ISO date/datetime, UTC."),
    fmt: str = FormatOption,
    as_json: bool = JsonAlias,
    db: str | None = DbOption,
    mirror: str | None = MirrorOption,
) -> None:
    """Russian-held ground in a region as of two instants: held, gained, lost, net.

    "As of T" is the latest snapshot at or before T; a bare date is the end of
    that UTC day.
    """
    from .. import query
    from ..regionspec import load_region

    as_json = wants_json(fmt, as_json)
    a = parse_instant(t_from, what="--from")
    b = parse_instant(t_to, what="--to")
    reg = load_region(region, mirror=mirror)
    store = _store(db)
    try:
        sync_span(store, source, [a, b], mirror)
        m = query.measure(store, source, reg, a, b)
    finally:
        store.close()
    obj = query.measurement_json(m)
    if as_json:
        print_json(obj)
        return
    t = Table(title=f"{source}: {reg.description}", show_header=True)
    t.add_column("")
    t.add_column("from", justify="right")
    t.add_column("to", justify="right")
    t.add_row("requested", obj["from"]["requested"], obj["to"]["requested"])
    t.add_row(
        "snapshot used",
        f"{obj['from']['snapshot_id']} ({obj['from']['snapshot_time']})",
        f"{obj['to']['snapshot_id']} ({obj['to']['snapshot_time']})",
    )
    t.add_row("Russian-held km²", _fmt(m.ru_held_start_km2), _fmt(m.ru_held_end_km2))
    t.add_row("grey zone km²", _fmt(m.grey_start_km2), _fmt(m.grey_end_km2))
    console.print(t)
    area = "" if reg.kind == "all" else f" (region {reg.area_km2:,.1f} km²)"
    console.print(
        f"gained by Russia {_fmt(m.ru_gained_km2)} km², lost {_fmt(m.ru_lost_km2)} "
        f"km², net {_signed(m.net_ru_km2)} km²{area}",
        soft_wrap=True,
    )
    for note in obj["notes"]:
        console.print(f"note: {note}", style="yellow", soft_wrap=True)
    console.print(f"Source: {obj['attribution']}", style="dim", soft_wrap=True)


def _rows_csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: "" if r[k] is None else r[k] for k in columns})
    return buf.getvalue()


def _atomic_write(path: Path, data: bytes, where: str) -> None:
    write_atomically(path, lambda tmp: tmp.write_bytes(data), where)


def _parquet_bytes(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({c: [r[c] for r in rows] for c in columns})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


def _warn_gaps(rows: list[dict[str, Any]], mirror: str | None) -> None:
    """One warning naming the periods with no snapshot (left empty, not 0)."""
    gaps = query_gaps(rows)
    if not gaps:
        return
    names = ", ".join(r["period_start"][:10] for r in gaps[:6])
    more = f" and {len(gaps) - 6} more" if len(gaps) > 6 else ""
    hint = "" if mirror else "; give --mirror to sync them"
    warn(
        f"{len(gaps)} of {len(rows)} periods have no snapshot stored and are left "
        f"empty (a gap, not 0): {names}{more}{hint}"
    )


def query_gaps(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """:func:`frontline.query.gaps` (imported late: the CLI starts fast)."""
    from ..query import gaps

    return gaps(rows)


def _warn_stale(source: str, asked: Any, got: Any, what: str) -> None:
    """A warning when the snapshot used is far older than the instant asked."""
    from ..query import STALE_AFTER

    if asked - got > STALE_AFTER:
        warn(
            f"{what}: the latest {source} snapshot stored is from {got:%Y-%m-%d %H:%M}"
            f" UTC, {(asked - got).days} days before {asked:%Y-%m-%d}; give --mirror "
            "to sync a newer one"
        )


def series_cmd(
    source: str = SourceOption,
    region: str = RegionOption,
    t_from: str = typer.Option(..., "--from", help="First period holds this date."),
    t_to: str = typer.Option(..., "--to", help="Last period holds this date."),
    freq: str = typer.Option("W", "--freq", help="D (day), W (Mon–Sun week), M."),
    fmt: str = typer.Option("csv", "--format", "-f", help="csv, json or parquet."),
    out: Path | None = SeriesOutOption,
    plot: Path | None = PlotOption,
    db: str | None = DbOption,
    mirror: str | None = MirrorOption,
) -> None:
    """One row per period: held at the end, gained, lost, net, snapshots used."""
    from .. import query
    from ..regionspec import load_region

    a = parse_instant(t_from, what="--from")
    b = parse_instant(t_to, what="--to")
    fmt = fmt.lower()
    if fmt not in ("csv", "json", "parquet"):
        raise FrontlineError(f"--format {fmt!r}: use csv, json or parquet")
    if fmt == "parquet" and out is None:
        raise FrontlineError("--format parquet needs --out FILE.parquet")
    query.periods(a, b, freq)  # validates --freq and the order before any I/O
    if plot is not None:
        from ..report.chart import plot_target

        plot_target(plot)  # a bad --plot fails before --out is written
    reg = load_region(region, mirror=mirror)
    store = _store(db)
    try:
        sync_span(store, source, query.period_ends(a, b, freq), mirror)
        rows = query.series(store, source, reg, a, b, freq)
    finally:
        store.close()
    _warn_gaps(rows, mirror)
    cols = query.SERIES_COLUMNS
    if fmt == "parquet":
        data = _parquet_bytes(rows, cols)
    elif fmt == "json":
        import json

        data = (
            json.dumps(
                {
                    "source": source,
                    "region": query.region_json(reg),
                    "freq": freq.upper(),
                    "rows": rows,
                    "attribution": query.attribution(source),
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        ).encode()
    else:
        data = _rows_csv(rows, cols).encode()
    if plot is not None:  # drawn first: a failed chart leaves no data file behind
        from ..report.chart import plot_series

        plot_series(
            rows,
            plot,
            title=f"Russian-held ground {reg.description} "
            f"({source}, {_FREQ_NAMES[freq.upper()]})",
            attribution=query.attribution(source),
        )
    if out is not None:
        _atomic_write(out.expanduser(), data, f"--out {str(out)!r}")
    else:
        sys.stdout.write(data.decode())
    if out is not None or plot is not None:
        sys.stderr.write(
            f"{len(rows)} periods"
            + (f" → {out}" if out else "")
            + (f", chart → {plot}" if plot else "")
            + "\n"
        )


def export_cmd(
    source: str = SourceOption,
    out: Path = ExportOutOption,
    at: str | None = typer.Option(None, "--at", help="The layers as of this time."),
    changes: tuple[str, str] | None = typer.Option(
        None, "--changes", help="T1 T2: polygons that changed side between them."
    ),
    region: str = RegionOption,
    db: str | None = DbOption,
    mirror: str | None = MirrorOption,
) -> None:
    """Write layers as of T, or the polygons that changed side, in lon/lat."""
    from .. import query
    from ..regionspec import load_region
    from ..sources.export import export_format, layer_name, write_features
    from ..timeline import iso

    if (at is None) == (changes is None):
        raise FrontlineError("give exactly one of --at T or --changes T1 T2")
    export_format(out)
    reg = load_region(region, mirror=mirror)
    if at is not None:
        when = parse_instant(at, what="--at")
        store = _store(db)
        try:
            sync_span(store, source, [when], mirror)
            info, feats = query.layers_at(store, source, reg, when)
        finally:
            store.close()
        _warn_stale(source, when, info.time, "--at")
        cols = ["layer", "area_km2", "source", "snapshot_id", "snapshot_time"]
        what = f"{len(feats)} layers of {source} {info.key}"
        name = layer_name(source, iso(info.time))
    else:
        t1 = parse_instant(changes[0], what="--changes T1")
        t2 = parse_instant(changes[1], what="--changes T2")
        store = _store(db)
        try:
            sync_span(store, source, [t1, t2], mirror)
            a, b, feats = query.changed_polygons(store, source, reg, t1, t2)
        finally:
            store.close()
        _warn_stale(source, t1, a.time, "--changes T1")
        _warn_stale(source, t2, b.time, "--changes T2")
        cols = [
            "type",
            "gained_by",
            "area_km2",
            "source",
            "from_snapshot_id",
            "to_snapshot_id",
            "from_time",
            "to_time",
        ]
        n_g = sum(f["type"] == "gained" for f in feats)
        what = (
            f"{n_g} gained and {len(feats) - n_g} lost polygons, {source} "
            f"{a.key} → {b.key}"
        )
        name = layer_name(f"{source}_changes", iso(a.time), iso(b.time))
    path = write_features(
        feats, out, cols, layer=name, attribution=query.attribution(source)
    )
    console.print(f"{what} → {path}", soft_wrap=True, markup=False)
    console.print(f"Source: {query.attribution(source)}", style="dim", soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add measure, series and export to the ``frontline`` app."""
    app.command("measure")(measure_cmd)
    app.command("series")(series_cmd)
    app.command("export")(export_cmd)
