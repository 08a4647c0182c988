"""sealed at rest: the subject key that seals each message's contents and each blob, and the keyed hash
that keeps sealed findings searchable

Rows written before sealing keep key_id NULL and their plain content until `intake keys seal`
seals them (the keys live outside the database, so a migration cannot).

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("key_id", sa.String(length=32), nullable=True))
    op.create_index(op.f("ix_messages_key_id"), "messages", ["key_id"])
    op.add_column("blobs", sa.Column("key_id", sa.String(length=32), nullable=True))
    op.add_column("findings", sa.Column("text_hash", sa.String(length=64), nullable=True))
    op.add_column("rectifications", sa.Column("key_id", sa.String(length=32), nullable=True))
    op.create_index(op.f("ix_findings_text_hash"), "findings", ["text_hash"])


def downgrade() -> None:
    with op.batch_alter_table("rectifications") as batch:
        batch.drop_column("key_id")
    op.drop_index(op.f("ix_findings_text_hash"), table_name="findings")
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("text_hash")
    with op.batch_alter_table("blobs") as batch:
        batch.drop_column("key_id")
    op.drop_index(op.f("ix_messages_key_id"), table_name="messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("key_id")
