"""erasure suppressions and source-confirmed rectifications (issue 12)

Erased stays erased: keyed hashes of an erased person's identifiers, so a later records
import leaves the person out. Corrected stays corrected: a rectification holds against
re-imports until the source file carries the corrected value (``source_confirmed_on``).

Revision ID: 0010
Revises: 0050
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = "0010"
down_revision = "0050"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure_suppressions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("erasure_ref", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value_hash", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("readmitted_as", sa.String(length=64), nullable=True),
        sa.Column("readmitted_by", sa.String(length=64), nullable=True),
        sa.Column("readmitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_suppressions")),
    )
    with op.batch_alter_table("erasure_suppressions") as batch:
        batch.create_index("ix_erasure_suppressions_value_hash", ["value_hash"])
        batch.create_index(batch.f("ix_erasure_suppressions_erasure_ref"), ["erasure_ref"])
    with op.batch_alter_table("rectifications") as batch:
        batch.add_column(sa.Column("source_confirmed_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rectifications") as batch:
        batch.drop_column("source_confirmed_on")
    op.drop_table("erasure_suppressions")
