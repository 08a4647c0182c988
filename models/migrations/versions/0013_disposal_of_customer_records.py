"""disposal proposals also carry customer records past their date (issue 12: disposal is not a request)

A disposal item and a disposal-log row are either a message (``message_pk``) or a customer
record (``customer_id``): the record of a customer whose last project closed longer ago than
the retention period is proposed and approved like mail, never erased as if the person had asked.

Revision ID: 0013
Revises: 0042
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa


revision = "0013"
down_revision = "0042"
branch_labels = None
depends_on = None


# disposal_items.customer_id: the customer record proposed (its tombstone once disposed of);
# disposal_log.record_ref: the tombstone of a disposed record (the log keeps no customer id).
NEW_COLUMNS = {"disposal_items": "customer_id", "disposal_log": "record_ref"}


def upgrade() -> None:
    for table, column in NEW_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column(column, sa.String(64), nullable=True))
            batch.alter_column("message_pk", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    for table, column in NEW_COLUMNS.items():
        op.execute(sa.text(f"DELETE FROM {table} WHERE message_pk IS NULL"))
        with op.batch_alter_table(table) as batch:
            batch.alter_column("message_pk", existing_type=sa.Integer(), nullable=False)
            batch.drop_column(column)
