"""suppression entries say why the person was removed: erased on request or disposed after retention (issue 12)

A customer record disposed of when its retention period ran out leaves a suppression entry
too, so the firm's usual export does not bring the person back on the next records import.
``cause`` tells the two apart: ``erasure`` (the person asked; only staff's ``--returning``
lets them back) and ``disposal`` (nobody asked; new business lets them back). Rows written
before this revision were all left by erasures.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa


revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("erasure_suppressions") as batch:
        batch.add_column(sa.Column("cause", sa.String(length=32), nullable=False, server_default="erasure"))


def downgrade() -> None:
    # Entries left by disposals mean nothing to the older schema (it reads every entry as an erasure).
    op.execute(sa.text("DELETE FROM erasure_suppressions WHERE cause <> 'erasure'"))
    with op.batch_alter_table("erasure_suppressions") as batch:
        batch.drop_column("cause")
