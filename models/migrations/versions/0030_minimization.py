"""minimization: masked findings and the tombstone of each masked raw message (issue 14)

Revision ID: 0030
Revises: 0020
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = "0030"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("masked_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "minimization_tombstones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("original_sha256", sa.String(length=64), nullable=False),
        sa.Column("masked_sha256", sa.String(length=64), nullable=False),
        sa.Column("masked", sa.JSON(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("masked_by", sa.String(length=64), nullable=False),
        sa.Column("masked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("values", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["message_pk"], ["messages.id"], name=op.f("fk_minimization_tombstones_message_pk_messages"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minimization_tombstones")),
    )
    with op.batch_alter_table("minimization_tombstones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minimization_tombstones_message_pk"), ["message_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_minimization_tombstones_original_sha256"), ["original_sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_minimization_tombstones_masked_at"), ["masked_at"], unique=False)


def downgrade() -> None:
    op.drop_table("minimization_tombstones")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_column("masked_at")
