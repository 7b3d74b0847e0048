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

DbOption = typer.Option(
    None, "--db",
    help="Database URL: sqlite:///PATH or postgresql+psycopg://USER@HOST/DB "
    "(default: SQLite under $FRONTLINE_HOME).",
    envvar="FRONTLINE_DB",
)


def _mirror_exists(value: str | None) -> str | None:
    """A local --mirror must be a directory (a URL is checked when used)."""
    if value and not value.startswith(("http://", "https://")):
        if not Path(value).expanduser().is_dir():
            raise FrontlineError(
                "mirror directory does not exist", where=f"--mirror {value}"
            )
    return value


MirrorOption = typer.Option(
    None, "--mirror",
    help="Local directory or base URL holding a copy of the upstream archives.",
    envvar="FRONTLINE_MIRROR", callback=_mirror_exists,
)


def print_json(obj: Any) -> None:
    """Write one JSON document to stdout (dates as ISO strings)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str, indent=2) + "\n")
