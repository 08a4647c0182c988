"""message identity: a reused Message-ID with other content is a message of its own

A Message-ID no longer makes a message unique: scanners and broken mailers reuse them, and the
second message must be stored, not dropped as a duplicate. ``content_sha256`` (the message without
the headers servers add in transit) tells a re-delivery from other mail under the same ID;
``same_message_id_as`` links such other mail to the first message that had the ID.

Revision ID: 0060
Revises: 0030
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa

revision = "0060"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_constraint("uq_messages_message_id_header", type_="unique")
        batch.add_column(sa.Column("content_sha256", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("same_message_id_as", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_messages_same_message_id_as_messages", "messages",
                                 ["same_message_id_as"], ["id"], ondelete="SET NULL")
        batch.create_index("ix_messages_message_id_header", ["message_id_header"])
        batch.create_index("ix_messages_content_sha256", ["content_sha256"])


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_index("ix_messages_content_sha256")
        batch.drop_index("ix_messages_message_id_header")
        batch.drop_constraint("fk_messages_same_message_id_as_messages", type_="foreignkey")
        batch.drop_column("same_message_id_as")
        batch.drop_column("content_sha256")
        batch.create_unique_constraint("uq_messages_message_id_header", ["message_id_header"])
