"""A real PostgreSQL + PostGIS server for the store tests.

``$FRONTLINE_TEST_PG`` (set by scripts/ci/10-postgis.sh) names a server whose
role may create databases; without it a throwaway server is started from the
local PostgreSQL binaries (initdb + pg_ctl on a free loopback port, as the
``postgres`` user when run as root). Each test gets a fresh database cloned
from a template that has the postgis extension. With neither, PostGIS tests
skip with the reason, except in CI (``CI=true``), where they fail.

Import the fixtures into a test module: ``from pg_fixtures import db_url``.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

TEMPLATE = "frontline_test_template"
BACKENDS = ("sqlite", "postgis")


def unavailable(reason: str) -> None:
    """Skip with ``reason`` — or fail in CI, where PostGIS must be tested."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostGIS tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"PostGIS not available: {reason}")


def _bin_dir() -> Path | None:
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        major = Path(d).parent.name
        control = Path(f"/usr/share/postgresql/{major}/extension/postgis.control")
        if (Path(d) / "pg_ctl").exists() and control.exists():
            return Path(d)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Server:
    """A throwaway cluster in a temporary directory."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="frontline-pg-"))
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        data = str(self.dir / "data")
        self._run(
            "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C",
        )  # fmt: skip
        opts = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            "pg_ctl", "-D", data, "-l", str(self.dir / "log"), "-w", "-o", opts, "start"
        )
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def _admin(url: str, *statements: str, db: str | None = None) -> None:
    import sqlalchemy as sa

    u = sa.engine.make_url(url)
    if db is not None:
        u = u.set(database=db)
    engine = sa.create_engine(u, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for sql in statements:
                conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """URL of a PostgreSQL server with a postgis template database."""
    server = None
    url = os.environ.get("FRONTLINE_TEST_PG")
    if not url:
        bin_dir = _bin_dir()
        if bin_dir is None:
            unavailable(
                "no $FRONTLINE_TEST_PG and no local PostgreSQL with PostGIS "
                "(apt-get install postgresql postgresql-15-postgis-3)"
            )
        server = _Server(bin_dir)
        try:
            url = server.start()
        except (subprocess.SubprocessError, OSError) as exc:
            server.stop()
            unavailable(f"could not start a throwaway server: {exc}")
    try:
        _admin(
            url,
            f"DROP DATABASE IF EXISTS {TEMPLATE}",
            f"CREATE DATABASE {TEMPLATE}",
        )
        _admin(url, "CREATE EXTENSION IF NOT EXISTS postgis", db=TEMPLATE)
    except Exception as exc:  # noqa: BLE001 - any failure means: no server
        if server is not None:
            server.stop()
        unavailable(f"cannot prepare a database on {url.split('@')[-1]}: {exc}")
    yield url
    if server is not None:
        server.stop()


def _fresh_database(pg_server: str) -> Iterator[str]:
    """A new, empty PostGIS database on ``pg_server`` (dropped afterwards)."""
    import sqlalchemy as sa

    name = f"frontline_t_{uuid.uuid4().hex[:12]}"
    _admin(pg_server, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield (
        sa.engine.make_url(pg_server)
        .set(database=name)
        .render_as_string(hide_password=False)
    )
    _admin(pg_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostGIS database for one test (dropped afterwards)."""
    yield from _fresh_database(pg_server)


@pytest.fixture(scope="module")
def pg_module_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostGIS database for one test module (dropped afterwards)."""
    yield from _fresh_database(pg_server)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store URL on each backend in turn: a new SQLite file, a new PostGIS DB."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """As :func:`db_url`, one store per test module and backend (a module's
    tests share what its first fixture built, on SQLite and on PostGIS)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('store') / 'store.sqlite'}"
    return request.getfixturevalue("pg_module_url")
