"""request register: suggested requests from the mailbox, dismissal, extension, every kind (issue 12)

A request the pipeline recognises in a mail is registered as ``suggested`` with the mail
(``source_message_pk``) until staff confirm it (``open``) or dismiss it (with a reason).
A deadline can be extended by up to two further months with a reason (art. 12(3)); the
deadline column always holds the deadline in force.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("access_requests") as batch:
        batch.add_column(sa.Column("source_message_pk", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("extended_months", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("extension_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("decided_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("decided_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("dismissal_reason", sa.Text(), nullable=True))
        batch.create_index(batch.f("ix_access_requests_source_message_pk"), ["source_message_pk"])


def downgrade() -> None:
    with op.batch_alter_table("access_requests") as batch:
        batch.drop_index(batch.f("ix_access_requests_source_message_pk"))
        for column in ("dismissal_reason", "decided_on", "decided_by", "extension_reason", "extended_months",
                       "source_message_pk"):
            batch.drop_column(column)
