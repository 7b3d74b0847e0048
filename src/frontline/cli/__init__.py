"""The ``frontline`` command. Each area registers its commands from its module.

Errors users can fix (:class:`frontline.errors.FrontlineError`) print one line
on stderr and exit 2; stored data is left as it was by the commands themselves.
"""

from __future__ import annotations

import importlib
import sys

import typer

from ..errors import FrontlineError

app = typer.Typer(
    name="frontline",
    help="Accounting of a war front: control maps, territorial claims, places, "
    "verdicts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """frontline: how much ground changed hands, where, when, and who claims it."""


@app.command()
def version() -> None:
    """Print frontline's version."""
    from .. import __version__

    typer.echo(__version__)


# Modules that register commands, in the order they appear in --help.
COMMAND_MODULES = ("ingest", "measure", "claims", "places", "check", "store")

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # an area not built yet
        if exc.name != f"{__name__}.{_name}":
            raise
        continue
    _module.register(app)


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
        fail(str(exc))
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
        raise
    return rv if isinstance(rv, int) else 0


def main() -> None:
    """Console entry point."""
    sys.exit(run(sys.argv[1:]))
