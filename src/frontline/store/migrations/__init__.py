"""Alembic migrations of the store schema (SQLite and PostGIS alike).

Run by :func:`frontline.store.migrate.upgrade` whenever a store is opened
behind the newest revision; never edited once released: a schema change is a
new file in ``versions/``.
"""
