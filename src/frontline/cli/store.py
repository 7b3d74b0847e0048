"""``frontline copy``: everything of one store into another (SQLite ↔ PostGIS)."""

from __future__ import annotations

import typer

from .common import (
    DbOption,
    FormatOption,
    JsonAlias,
    err_console,
    print_json,
    wants_json,
)


def copy_cmd(
    to: str = typer.Option(
        ...,
        "--to",
        help="Target database URL (sqlite:///PATH or postgresql+psycopg://…).",
    ),
    fmt: str = FormatOption,
    as_json: bool = JsonAlias,
    db: str | None = DbOption,
) -> None:
    """Copy snapshots, fetch records, the ledger and corrections of the store
    (--db) into another (--to); what the target has already is kept or, for a
    checked document, replaced by the source's check."""
    from ..store import open_store
    from ..store.copy import copy_store

    as_json = wants_json(fmt, as_json)
    src = open_store(db)
    try:
        dst = open_store(to)
        try:
            counts = copy_store(src, dst, say=lambda m: err_console.print(m))
        finally:
            dst.close()
    finally:
        src.close()
    if as_json:
        print_json(counts)
    else:
        typer.echo(
            f"copied {counts['snapshots']} snapshots, {counts['fetched']} fetch "
            f"records, {counts['ledger_documents']} checked documents, "
            f"{counts['corrections']} corrections"
        )


def register(app: typer.Typer) -> None:
    app.command("copy")(copy_cmd)
