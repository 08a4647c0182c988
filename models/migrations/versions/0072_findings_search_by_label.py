"""findings searched by label and value: (label, text_hash) for sealed rows, and on SQLite (label, text) for the rest

A lookup finds the mail that names a person by a condition on the label and the value: its keyed hash or, in a
row not sealed yet, its text (``intake.sealing.finding_text_in``). With an index on ``label`` alone SQLite chose
it and read every finding of that label: on a store of 100,000 messages 100,000 names, about 45 ms of each
``intake lookup``, and as much when every row is sealed and only ``text_hash`` is compared. An index on the
label and the value searched gives the planner both conditions at once. On SQLite each holds only the rows its
search can match (``text_hash IS NOT NULL`` / ``IS NULL``): over every row, ``label = ? AND text_hash IS NULL``
looked like a two-column match to the planner, and it read all unsealed findings of a label through it. The
text is indexed with the label on SQLite only: a PostgreSQL B-tree entry is limited to about 2.7 kB and no
finding may fail to store because it is long (its text keeps the hash index of 0002; PostgreSQL's planner
combines indexes by their statistics). The index on ``label`` alone is dropped: the new ones begin with it.

Revision ID: 0072
Revises: 0071
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

revision = "0072"
down_revision = "0071"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_findings_label_text_hash", "findings", ["label", "text_hash"],
                    sqlite_where=sa.text("text_hash IS NOT NULL"))
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_findings_label_text", "findings", ["label", "text"], sqlite_where=sa.text("text_hash IS NULL"))
    op.drop_index("ix_findings_label", table_name="findings")


def downgrade() -> None:
    op.create_index("ix_findings_label", "findings", ["label"])
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_findings_label_text", table_name="findings")
    op.drop_index("ix_findings_label_text_hash", table_name="findings")
