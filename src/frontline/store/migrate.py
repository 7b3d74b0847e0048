"""Bring a store's schema to the newest migration (SQLite and PostGIS).

The schema is versioned with Alembic (``store/migrations``). Opening a store
whose ``alembic_version`` is behind :data:`HEAD` upgrades it in one
transaction, under the backend's write lock (SQLite ``BEGIN IMMEDIATE``, a
PostgreSQL advisory lock), so two processes opening an old store at once
upgrade it once. A store made by a newer frontline is refused, not touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import FrontlineError

if TYPE_CHECKING:  # SQLAlchemy is imported only when a migration runs
    import sqlalchemy as sa

#: The newest revision in ``migrations/versions`` (a test keeps them in step).
HEAD = "0002"
#: How long a SQLite writer waits for another one before giving up.
BUSY_TIMEOUT_S = 60.0
#: pg_advisory_xact_lock key serialising migrations of one database.
_PG_MIGRATION_LOCK = 0x66726F6E  # "fron"


def known_revisions() -> list[str]:
    """Every revision this frontline ships, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _config(connection: Any = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "frontline.store:migrations")
    cfg.attributes["connection"] = connection
    return cfg


def _current(conn: sa.Connection) -> str | None:
    import sqlalchemy as sa

    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: sa.Engine, where: str) -> None:
    """Run the missing migrations on ``engine``'s database (no-op when current).

    Raises FrontlineError (naming ``where``) for a schema newer than this code.
    """
    import sqlalchemy as sa

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(
                sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK}
            )
        current = _current(conn)
        if current == HEAD:
            return
        if current is not None and current not in known_revisions():
            raise FrontlineError(
                f"database schema revision {current} is newer than this frontline "
                f"({HEAD}); upgrade frontline",
                where=where,
            )
        from alembic import command

        command.upgrade(_config(conn), "head")


def sqlite_engine(path: str) -> sa.Engine:
    """A short-lived engine on the SQLite file whose transactions take the
    write lock at BEGIN (so a concurrent migration waits, then finds it done)."""
    import sqlalchemy as sa

    engine = sa.create_engine(
        f"sqlite:///{path}",
        poolclass=sa.pool.NullPool,
        connect_args={"timeout": BUSY_TIMEOUT_S},
    )

    @sa.event.listens_for(engine, "connect")
    def _manual_transactions(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _write_lock(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
