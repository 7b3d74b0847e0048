"""Alembic environment: migrations run on the connection the store hands in.

:func:`frontline.store.migrate.upgrade` opens the connection, takes the
backend's migration lock inside its transaction and passes it here in
``config.attributes["connection"]``; no alembic.ini and no URL here.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=None,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
