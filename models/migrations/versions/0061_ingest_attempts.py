"""ingest attempts: a message that keeps killing the daemon is set aside, not retried forever

Revision ID: 0061
Revises: 0060
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa

revision = "0061"
down_revision = "0060"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingest_attempts",
        sa.Column("raw_sha256", sa.String(length=64), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_started_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("raw_sha256", name=op.f("pk_ingest_attempts")),
    )


def downgrade() -> None:
    op.drop_table("ingest_attempts")
