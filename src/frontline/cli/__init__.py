"""The ``frontline`` command. Each area registers its commands from its module.

Errors users can fix (:class:`frontline.errors.FrontlineError`) print one line
on stderr and exit 2; stored data is left as it was by the commands themselves.
"""

from __future__ import annotations

import importlib
import os
import re
import sys

import typer

from ..errors import FrontlineError
from .examples import epilog

app = typer.Typer(
    name="frontline",
    help="Accounting of a war front: control maps, territorial claims, places, "
    "verdicts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"frontline {__version__}")
        raise typer.Exit()


EXIT_CODES = (
    "Exit codes: 0 done; 2 bad input (one line on stderr: frontline: error: WHERE: "
    "WHAT); 3 check found claims but could verify none (one line on stderr says "
    "why)."
)


@app.callback(epilog=EXIT_CODES + "\n\nExamples:\n\nfrontline --version\n\n"
              "frontline check --help")  # fmt: skip
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        callback=_print_version,
        is_eager=True,
        help="Print the version and exit.",
    ),
) -> None:
    """frontline: how much ground changed hands, where, when, and who claims it."""


@app.command()
def version() -> None:
    """Print frontline's version."""
    from .. import __version__

    typer.echo(__version__)


# Modules that register commands, in the order they appear in --help.
COMMAND_MODULES = ("ingest", "measure", "claims", "places", "check", "serve", "store")

for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}").register(app)

for _info in app.registered_commands:  # examples at the end of every --help
    _name = _info.name or getattr(_info.callback, "__name__", "")
    _info.epilog = _info.epilog or epilog(_name)


def fail(message: str) -> None:
    """Print a one-line error on stderr."""
    sys.stderr.write(f"frontline: error: {message}\n")


def _usage_error(exc: Exception) -> tuple[str, int] | None:
    """A command-line usage error (click's, as vendored by typer) as one line."""
    fmt, code = getattr(exc, "format_message", None), getattr(exc, "exit_code", None)
    if not callable(fmt) or not isinstance(code, int):
        return None
    message = " ".join(str(fmt()).split())
    ctx = getattr(exc, "ctx", None)
    command = getattr(ctx, "command_path", None) or "frontline"
    return f"{command}: {message} (see '{command} --help')", code


def run(argv: list[str] | None = None) -> int:
    """Run the app on ``argv`` and return the exit code (used by tests).

    Every user error ends as one line on stderr: FrontlineError and usage
    errors exit 2; nothing prints a traceback for bad input.
    """
    try:
        rv = app(args=argv, prog_name="frontline", standalone_mode=False)
    except FrontlineError as exc:
        fail(_where_what(exc, argv))
        return 2
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except KeyboardInterrupt:
        fail("interrupted")
        return 130
    except Exception as exc:
        usage = _usage_error(exc)
        if usage is not None:
            if type(exc).__name__ == "NoArgsIsHelpError":  # help already shown
                return 0
            fail(usage[0])
            return usage[1]
        if type(exc).__name__ == "Abort":
            fail("aborted")
            return 1
        if os.environ.get("FRONTLINE_DEBUG"):
            raise
        # a bug, not bad input: still one line (FRONTLINE_DEBUG=1 shows more)
        what = " ".join(str(exc).split())[:200] or "no message"
        fail(
            f"{_command(argv)}: internal error ({type(exc).__name__}: {what}); "
            "please report it (FRONTLINE_DEBUG=1 shows the traceback)"
        )
        return 1
    return rv if isinstance(rv, int) else 0


def _command(argv: list[str] | None) -> str:
    """The subcommand named in ``argv`` (``frontline`` when none)."""
    args = sys.argv[1:] if argv is None else argv
    return next((a for a in args if not a.startswith("-")), "frontline")


def _where_what(exc: FrontlineError, argv: list[str] | None) -> str:
    """``WHERE: WHAT``: an error naming no option or file names the command."""
    if exc.where or _HAS_WHERE.match(exc.message):
        return str(exc)
    return f"{_command(argv)}: {exc.message}"


# "--freq 'x': use D, W or M", "/path/a.geojson: not JSON": a WHERE already
_HAS_WHERE = re.compile(r"[^\s:](?:[^:]|:(?! )){0,300}: ")


def main() -> None:
    """Console entry point."""
    sys.exit(run(sys.argv[1:]))
