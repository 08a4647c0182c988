"""recipient notices (GDPR art. 19): partners to be told of a correction, erasure or withdrawal (issue 12)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recipient_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("partner", sa.String(length=255), nullable=False),
        sa.Column("cause", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("notified_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_notices")),
    )
    with op.batch_alter_table("recipient_notices") as batch:
        batch.create_index(batch.f("ix_recipient_notices_customer_id"), ["customer_id"])
        batch.create_index(batch.f("ix_recipient_notices_notified_on"), ["notified_on"])


def downgrade() -> None:
    op.drop_table("recipient_notices")
