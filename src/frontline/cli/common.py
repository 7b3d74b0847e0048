"""Options and helpers shared by every command module."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from ..errors import FrontlineError

console = Console()
err_console = Console(stderr=True)


def db_option() -> Any:
    """A new ``--db`` option (Typer may rewrite an OptionInfo that another
    command uses through Annotated, so a module that needs its own calls this)."""
    return typer.Option(
        None,
        "--db",
        help="Database URL: sqlite:///PATH or postgresql+psycopg://USER@HOST/DB "
        "(default: SQLite under $FRONTLINE_HOME).",
        envvar="FRONTLINE_DB",
    )


DbOption = db_option()


def _mirror_exists(value: str | None) -> str | None:
    """A local --mirror must be a directory (a URL is checked when used)."""
    if value and not value.startswith(("http://", "https://")):
        if not Path(value).expanduser().is_dir():
            raise FrontlineError(
                "mirror directory does not exist", where=f"--mirror {value}"
            )
    return value


MirrorOption = typer.Option(
    None,
    "--mirror",
    help="Local directory or base URL holding a copy of the upstream archives.",
    envvar="FRONTLINE_MIRROR",
    callback=_mirror_exists,
)


def print_json(obj: Any) -> None:
    """Write one JSON document to stdout (dates as ISO strings)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str, indent=2) + "\n")


def warn(message: str) -> None:
    """One ``frontline: warning: ...`` line on stderr (the answer is partial)."""
    sys.stderr.write(f"frontline: warning: {message}\n")


def sync_span(store: Any, source: str, instants: list[Any], mirror: str | None) -> None:
    """With a mirror, fetch the snapshots that the instants are read from (the
    latest at or before each), with a progress bar; a failure is a warning and
    the stored snapshots are used. Without a mirror nothing is fetched."""
    from datetime import timedelta

    from ..check.options import SYNC_WINDOW_DAYS, CheckOptions
    from ..check.sync import ensure

    if not mirror:
        return
    days = timedelta(days=SYNC_WINDOW_DAYS)
    notes: list[str] = []
    opts = CheckOptions(mirror=mirror, progress=sys.stderr.isatty())
    ensure(store, source, [(t - days, t) for t in instants], opts, notes)
    for note in notes:
        warn(note)


TABLE_OR_JSON = ("table", "json")
FormatOption = typer.Option("table", "--format", "-f", help="table or json.")
JsonAlias = typer.Option(False, "--json", hidden=True, help="Same as --format json.")


def wants_json(fmt: str, as_json: bool = False) -> bool:
    """Whether ``--format`` (or the old ``--json`` flag) asks for JSON."""
    from ..errors import FrontlineError

    fmt = (fmt or "table").lower()
    if fmt not in TABLE_OR_JSON:
        raise FrontlineError(f"{fmt!r} is not one of table, json", where="--format")
    return as_json or fmt == "json"
