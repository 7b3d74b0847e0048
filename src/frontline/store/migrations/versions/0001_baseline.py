"""Baseline: snapshots, layers, fetched files and the claim ledger.

The tables a store created before migrations existed already has are left
as they are (``if_not_exists``), so such a store upgrades in place. On
PostgreSQL the layers also keep a PostGIS geometry in the equal-area CRS
(same coordinates as the WKB; GiST index) for spatial pre-filtering and GIS
clients; measurements always decode the WKB, as on SQLite.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from geoalchemy2 import Geometry

from frontline.errors import FrontlineError

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

#: SRID under which PostGIS keeps the equal-area CRS of frontline.geo.area.
EQUAL_AREA_SRID = 990001
_EQUAL_AREA_PROJ4 = (
    "+proj=aea +lat_0=48.5 +lon_0=31.5 +lat_1=45.5 +lat_2=51.5 "
    "+x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
)


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    if pg:
        _require_postgis()
    op.create_table(
        "schema_version",
        sa.Column("version", sa.Integer, nullable=False),
        if_not_exists=True,
    )
    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("time_unix", sa.BigInteger, nullable=False),
        sa.Column("time_iso", sa.Text, nullable=False),
        sa.Column("origin", sa.Text, nullable=False, server_default=""),
        sa.Column("sha256", sa.Text, nullable=False, server_default=""),
        sa.Column("meta", sa.Text, nullable=False, server_default="{}"),
        sa.Column("added_unix", sa.BigInteger, nullable=False),
        sa.UniqueConstraint("source", "key"),
        if_not_exists=True,
    )
    op.create_index(
        "snapshots_source_time",
        "snapshots",
        ["source", "time_unix"],
        if_not_exists=True,
    )
    layer_cols = [
        sa.Column(
            "snapshot_id",
            sa.Integer,
            sa.ForeignKey("snapshots.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("layer", sa.Text, nullable=False),
        sa.Column("area_km2", sa.Float, nullable=False),
        sa.Column("wkb", sa.LargeBinary, nullable=False),
    ]
    if pg:
        layer_cols.append(
            sa.Column(
                "geom",
                Geometry("GEOMETRY", srid=EQUAL_AREA_SRID, spatial_index=False),
            )
        )
    op.create_table(
        "layers",
        *layer_cols,
        sa.PrimaryKeyConstraint("snapshot_id", "layer"),
        if_not_exists=True,
    )
    if pg:
        op.create_index(
            "layers_geom",
            "layers",
            ["geom"],
            postgresql_using="gist",
            if_not_exists=True,
        )
        _register_srid()
    op.create_table(
        "fetched",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.Text, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("fetched_unix", sa.BigInteger, nullable=False),
        sa.Column("fetched_iso", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False, server_default=""),
        sa.Column("key", sa.Text),
        if_not_exists=True,
    )
    _ledger_tables()
    if not op.get_bind().execute(sa.text("SELECT 1 FROM schema_version")).first():
        op.execute("INSERT INTO schema_version (version) VALUES (1)")


def _require_postgis() -> None:
    """The postgis extension, created here when the role may (a superuser)."""
    bind = op.get_bind()
    have = sa.text("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
    if bind.execute(have).first():
        return
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION postgis"))
    except sa.exc.DBAPIError:
        raise FrontlineError(
            "the database has no postgis extension and this role may not create "
            "it: run CREATE EXTENSION postgis in it as a superuser"
        ) from None


def _register_srid() -> None:
    """Name the equal-area CRS in spatial_ref_sys when the role may (GIS
    clients then show the layers in place); frontline itself never needs it."""
    bind = op.get_bind()
    with bind.begin_nested() as nested:
        try:
            bind.execute(
                sa.text(
                    "INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, "
                    "proj4text, srtext) VALUES (:srid, 'frontline', :srid, :p4, '') "
                    "ON CONFLICT (srid) DO NOTHING"
                ),
                {"srid": EQUAL_AREA_SRID, "p4": _EQUAL_AREA_PROJ4},
            )
        except sa.exc.DBAPIError:
            nested.rollback()


def _ledger_tables() -> None:
    op.create_table(
        "ledger_documents",
        sa.Column("doc_id", sa.Text, primary_key=True),
        sa.Column("sha256", sa.Text, nullable=False, server_default=""),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("language", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("checked_iso", sa.Text, nullable=False),
        sa.Column("n_claims", sa.Integer, nullable=False, server_default="0"),
        if_not_exists=True,
    )
    op.create_table(
        "ledger_claims",
        sa.Column(
            "doc_id",
            sa.Text,
            sa.ForeignKey("ledger_documents.doc_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("quote", sa.Text, nullable=False, server_default=""),
        sa.Column("claimant", sa.Text),
        sa.Column("claimant_key", sa.Text, nullable=False),
        sa.Column("claimant_role", sa.Text),
        sa.Column("sector", sa.Text),
        sa.Column("sector_key", sa.Text, nullable=False),
        sa.Column("gainer", sa.Text),
        sa.Column("area_km2", sa.Float),
        sa.Column("cumulative", sa.Integer, nullable=False, server_default="0"),
        sa.Column("negated", sa.Integer, nullable=False, server_default="0"),
        sa.Column("period_start", sa.Text),
        sa.Column("period_end", sa.Text),
        sa.Column("anchor", sa.Text),
        sa.Column("region", sa.Text),
        sa.Column("record", sa.Text, nullable=False, server_default="{}"),
        sa.PrimaryKeyConstraint("doc_id", "idx"),
        if_not_exists=True,
    )
    op.create_index(
        "ledger_claims_group",
        "ledger_claims",
        ["claimant_key", "sector_key"],
        if_not_exists=True,
    )
    op.create_table(
        "ledger_verdicts",
        sa.Column("doc_id", sa.Text, nullable=False),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("verdict", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("claimed", sa.Float),
        sa.Column("measured", sa.Float),
        sa.Column("tolerance", sa.Text),
        sa.Column("evidence", sa.Text, nullable=False, server_default="{}"),
        sa.PrimaryKeyConstraint("doc_id", "idx", "source"),
        sa.ForeignKeyConstraint(
            ["doc_id", "idx"],
            ["ledger_claims.doc_id", "ledger_claims.idx"],
            ondelete="CASCADE",
        ),
        if_not_exists=True,
    )


def downgrade() -> None:
    raise NotImplementedError("the baseline is not removed by a migration")
