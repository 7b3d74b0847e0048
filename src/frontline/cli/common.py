"""Options and helpers shared by every command module."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from rich.console import Console

console = Console()
err_console = Console(stderr=True)

DbOption = typer.Option(
    None, "--db", help="Database URL (default: SQLite under $FRONTLINE_HOME).",
    envvar="FRONTLINE_DB",
)
MirrorOption = typer.Option(
    None, "--mirror",
    help="Local directory or base URL holding a copy of the upstream archives.",
    envvar="FRONTLINE_MIRROR",
)


def print_json(obj: Any) -> None:
    """Write one JSON document to stdout (dates as ISO strings)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str, indent=2) + "\n")
