"""``frontline import``, ``sync`` and ``snapshots``: getting control maps in."""

from __future__ import annotations

from pathlib import Path

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from ..errors import FrontlineError
from ..instants import parse_instant
from .common import (
    FormatOption,
    JsonAlias,
    console,
    db_option,
    err_console,
    print_json,
    wants_json,
)
from .progress import rich_bar

# Own option objects (same flags as cli.common's): Typer may rewrite an
# OptionInfo another command uses through Annotated, so none is shared.
DbOption = db_option()
MirrorOption = typer.Option(
    None,
    "--mirror",
    help="Local directory or base URL holding a copy of the upstream archives "
    "(default $FRONTLINE_MIRROR; else upstream).",
    envvar="FRONTLINE_MIRROR",
)


def _store(db: str | None):
    from ..store import open_store

    return open_store(db)


def _report(summary, as_json: bool, what: str) -> None:
    """Print the summary; raise (exit 2) when files were rejected."""
    if as_json:
        print_json(summary.as_dict())
    else:
        parts = [
            f"[green]{len(summary.added)} added[/]",
            f"{len(summary.existing)} already stored",
            f"[red]{len(summary.rejected)} rejected[/]"
            if summary.rejected
            else "0 rejected",
        ]
        if summary.unavailable:
            parts.append(f"{len(summary.unavailable)} not available upstream")
        console.print(f"{what} {summary.source}: " + ", ".join(parts))
        if len(summary.rejected) > 1:
            for _name, reason in summary.rejected[:20]:
                err_console.print(f"  rejected: {reason}", markup=False, soft_wrap=True)
        if len(summary.rejected) > 20:
            err_console.print(f"  … and {len(summary.rejected) - 20} more")
    if summary.rejected:
        first = summary.rejected[0][1]
        total = len(summary.added) + len(summary.existing) + len(summary.rejected)
        if total == 1:
            raise FrontlineError(first)
        raise FrontlineError(
            f"{first} ({len(summary.rejected)} of {total} files rejected)"
        )


PathsArgument = typer.Argument(..., help="Files or directories (.gz accepted).")
MapOption = typer.Option(
    None, "--map", help="vector: VALUE=LAYER (repeatable), e.g. occupied=ru_held."
)


def import_cmd(
    source: str = typer.Argument(
        ..., help="deepstate | deepstate-daily | isw | nzz | vector"
    ),
    paths: list[Path] = PathsArgument,
    time: str | None = typer.Option(
        None, "--time", help="vector: the UTC instant the map shows (ISO)."
    ),
    name: str | None = typer.Option(
        None, "--name", help="vector: source name to store under (default vector)."
    ),
    layer_field: str | None = typer.Option(
        None, "--layer-field", help="vector: attribute that says the layer."
    ),
    mapping: list[str] | None = MapOption,
    file_layer: str | None = typer.Option(
        None, "--file-layer", help="vector: layer inside a GPKG/KML to read."
    ),
    fmt: str = FormatOption,
    as_json: bool = JsonAlias,
    db: str | None = DbOption,
) -> None:
    """Import control-map files into the store (each processed once)."""
    as_json = wants_json(fmt, as_json)
    from .. import ingest
    from ..sources.vector import parse_mapping

    if source != ingest.VECTOR:
        ingest.check_source(source)
        if time or name or layer_field or mapping or file_layer:
            raise FrontlineError(
                "--time/--name/--layer-field/--map/--file-layer are for vector files"
            )
    when = parse_instant(time, what="--time") if time else None
    store = _store(db)
    try:
        summary = ingest.import_paths(
            store, source, [str(p) for p in paths], progress=rich_bar(not as_json),
            time=when, name=name, layer_field=layer_field,
            mapping=parse_mapping(mapping), file_layer=file_layer,
        )  # fmt: skip
    finally:
        store.close()
    _report(summary, as_json, "import")


def sync_cmd(
    source: str = typer.Argument(..., help="deepstate | deepstate-daily | isw | nzz"),
    since: str | None = typer.Option(
        None, "--from", "--since", help="ISO date/datetime."
    ),
    until: str | None = typer.Option(
        None, "--to", "--until", help="ISO date/datetime."
    ),
    mirror: str | None = MirrorOption,
    fmt: str = FormatOption,
    as_json: bool = JsonAlias,
    db: str | None = DbOption,
) -> None:
    """Download the snapshots the store lacks (resumable, idempotent).

    --since D starts at the start of day D; --until D ends at its end.
    """
    as_json = wants_json(fmt, as_json)
    from .. import ingest
    from ..instants import parse_day, start_of_day

    ingest.check_source(source)
    t0 = None
    if since:
        t0 = (
            start_of_day(parse_day(since, what="--since"))
            if len(since.strip()) == 10
            else parse_instant(since, what="--since")
        )
    t1 = parse_instant(until, what="--until") if until else None
    if t0 and t1 and t1 < t0:
        raise FrontlineError(f"--until {until} is before --since {since}")
    store = _store(db)
    try:
        summary = ingest.sync(
            store, source, t0, t1, mirror=mirror, progress=rich_bar(not as_json),
            require_any=True,
        )  # fmt: skip
    finally:
        store.close()
    _report(summary, as_json, "sync")


def snapshots_cmd(
    source: str | None = typer.Option(None, "--source", "-s", help="Only this one."),
    fmt: str = FormatOption,
    as_json: bool = JsonAlias,
    db: str | None = DbOption,
) -> None:
    """List the stored snapshots: time, layers with km², origin file and hash."""
    as_json = wants_json(fmt, as_json)
    store = _store(db)
    try:
        infos = store.snapshots(source)
        sources = store.sources()
    finally:
        store.close()
    if source and not infos and sources:
        raise FrontlineError(
            f"no snapshots of {source!r} stored (stored: {', '.join(sources)})"
        )
    rows = [
        {
            "source": i.source,
            "key": i.key,
            "time": i.time.isoformat().replace("+00:00", "Z"),
            "layers_km2": {k: round(v, 3) for k, v in sorted(i.layers.items())},
            "origin": i.origin,
            "sha256": i.sha256,
        }
        for i in infos
    ]
    if as_json:
        print_json(rows)
        return
    if not rows:
        console.print("no snapshots stored (use frontline import or frontline sync)")
        return
    layers = sorted({k for r in rows for k in r["layers_km2"]}, key=_layer_order)
    table = Table(title=f"{len(rows)} snapshots (areas in km²)", box=box.SIMPLE)
    table.add_column("source", no_wrap=True)
    table.add_column("key", no_wrap=True)
    table.add_column("time (UTC)", no_wrap=True)
    for layer in layers:
        table.add_column(layer, justify="right", no_wrap=True)
    table.add_column("origin", overflow="ellipsis", no_wrap=True)
    table.add_column("sha256", no_wrap=True)
    for r in rows:
        cells = [r["layers_km2"].get(la) for la in layers]
        table.add_row(
            r["source"], r["key"], r["time"][:16].replace("T", " "),
            *("" if v is None else f"{v:,.1f}" for v in cells),
            Path(r["origin"]).name, r["sha256"][:10],
        )  # fmt: skip
    # keep rows on one line: a table wider than a narrow terminal still reads
    # better than one whose cells are cut to "…"
    wide = Console(width=max(console.width, 110 + 12 * len(layers)))
    wide.print(table)


def _layer_order(layer: str) -> tuple[int, str]:
    order = ["ru_held", "grey", "liberated", "ru_gains", "ru_losses"]
    return (order.index(layer) if layer in order else len(order), layer)


def register(app: typer.Typer) -> None:
    app.command("import")(import_cmd)
    app.command("sync")(sync_cmd)
    app.command("snapshots")(snapshots_cmd)
