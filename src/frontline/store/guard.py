"""Opening a SQLite store file safely: refuse what is not frontline's, and
turn every SQLite error into one line naming the file.

:func:`connect` checks, before any table is created or row written, that the
file

- is a regular file frontline may read (a read-only one is fine for
  reading; a write to it fails as one line and is rolled back);
- starts with SQLite's header (not some other file given as ``--db``);
- is not corrupt (``PRAGMA quick_check`` when the file is small enough for it
  to be cheap: :data:`QUICK_CHECK_MAX_BYTES`);
- holds frontline's tables or none at all (``--db other-app.sqlite`` must not
  gain frontline's tables).

The connection it returns raises :class:`FrontlineError` (``PATH: what``)
instead of the :class:`sqlite3.Error` s that describe the file (corrupt page
found later, full disk, lock, read-only) from every statement and fetch, so
they end as one line; integrity and programming errors (frontline's own bugs)
stay what they are.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "other.sqlite")
>>> db = sqlite3.connect(path); _ = db.execute("CREATE TABLE users (id)"); db.close()
>>> connect(path)
Traceback (most recent call last):
...
frontline.errors.FrontlineError: ...other.sqlite: cannot open the database: it \
holds another application's tables (users), not frontline's; give another --db
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..errors import FrontlineError, StoreError

# A file holding any of these tables is a frontline store (snapshots or ledger).
FRONTLINE_TABLES = (
    "alembic_version",
    "schema_version",
    "snapshots",
    "ledger_documents",
)
# PRAGMA quick_check reads every page: run it on open below this size (about
# 0.1 s); larger stores are checked by SQLite as pages are read.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
_HEADER = b"SQLite format 3\x00"
_OPEN = "cannot open the database: "


def error(exc: BaseException, path: str | Path) -> StoreError:
    """One line for a SQLite error on the store at ``path``."""
    text = str(exc) or type(exc).__name__
    hint = {
        "database disk image is malformed": " (corrupt file: restore a backup)",
        "file is not a database": " (not a SQLite file)",
        "attempt to write a readonly database": " (no permission to write it)",
        "database is locked": " (another frontline is writing it; retry)",
    }.get(text, "")
    return StoreError(f"database error: {text}{hint}", where=str(path))


class _Cursor(sqlite3.Cursor):
    """A cursor whose SQLite errors are FrontlineErrors naming the file."""

    def _wrap(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
            raise  # frontline's own bug (bad row or SQL), not the file's state
        except sqlite3.Error as exc:
            raise error(exc, self.connection.path) from None

    def execute(self, *args: Any) -> _Cursor:
        return self._wrap(super().execute, *args)

    def executemany(self, *args: Any) -> _Cursor:
        return self._wrap(super().executemany, *args)

    def fetchone(self) -> Any:
        return self._wrap(super().fetchone)

    def fetchmany(self, *args: Any) -> list[Any]:
        return self._wrap(super().fetchmany, *args)

    def fetchall(self) -> list[Any]:
        return self._wrap(super().fetchall)

    def __next__(self) -> Any:
        return self._wrap(super().__next__)


class GuardedConnection(sqlite3.Connection):
    """A connection that knows its file and hands out :class:`_Cursor` s."""

    path: str = ""

    def cursor(self, factory: Any = _Cursor) -> Any:  # type: ignore[override]
        return super().cursor(factory)

    def execute(self, *args: Any) -> Any:  # type: ignore[override]
        return self.cursor().execute(*args)

    def executemany(self, *args: Any) -> Any:  # type: ignore[override]
        return self.cursor().executemany(*args)


def check_file(path: Path) -> None:
    """Refuse a path that is not a readable SQLite file (an absent one is made)."""
    where = str(path)
    if not path.exists():
        return
    if not path.is_file():
        raise FrontlineError(_OPEN + "not a file", where=where)
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_HEADER))
    except PermissionError:
        raise FrontlineError(_OPEN + "no permission to read it", where=where) from None
    except OSError as exc:
        why = _OPEN + f"cannot read ({exc.strerror})"
        raise FrontlineError(why, where=where) from None
    if head and head != _HEADER:
        raise FrontlineError(_OPEN + "file is not a database", where=where)


def _check_contents(db: GuardedConnection, path: Path) -> None:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    tables = [r[0] for r in rows]
    if tables and not set(tables) & set(FRONTLINE_TABLES):
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise FrontlineError(
            _OPEN + f"it holds another application's tables ({shown}), not "
            "frontline's; give another --db",
            where=str(path),
        )
    if path.exists() and path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
        problems = [r[0] for r in db.execute("PRAGMA quick_check(3)").fetchall()]
        if problems != ["ok"]:
            raise FrontlineError(
                _OPEN + f"corrupt file (quick_check: {'; '.join(problems)}); "
                "restore a backup",
                where=str(path),
            )


def connect(path: str | Path, *, timeout: float = 5.0) -> GuardedConnection:
    """Open the store file at ``path`` (created when absent) after the checks
    of the module docstring; autocommit mode (transactions are explicit)."""
    p = Path(path).expanduser()
    check_file(p)
    db = None
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(
            str(p), isolation_level=None, timeout=timeout, factory=GuardedConnection
        )
        db.path = str(p)
        _check_contents(db, p)
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise FrontlineError(_OPEN + why, where=str(p)) from None
    except sqlite3.Error as exc:
        if db is not None:
            db.close()
        raise error(exc, p) from None
    except FrontlineError:
        if db is not None:
            db.close()
        raise
    return db
