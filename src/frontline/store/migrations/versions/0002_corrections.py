"""Readers' corrections of a document's text (pending until reviewed).

Revision ID: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc_id", sa.Text, nullable=False),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        sa.Column("selected_text", sa.Text, nullable=False),
        sa.Column("comment", sa.Text, nullable=False, server_default=""),
        sa.Column("client", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False, server_default="pending"),
        if_not_exists=True,
    )
    op.create_index(
        "corrections_doc", "corrections", ["doc_id", "id"], if_not_exists=True
    )
    op.execute("INSERT INTO schema_version (version) VALUES (2)")


def downgrade() -> None:
    op.drop_index("corrections_doc", table_name="corrections")
    op.drop_table("corrections")
    op.execute("DELETE FROM schema_version WHERE version = 2")
