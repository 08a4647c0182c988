"""request asker: who asked a suggested request, as a keyed hash, is a column of the register

``access_requests.asker_ref`` is a keyed hash (``intake.crypto.fingerprint``, purpose
``request-asker``) of the address of the person who asked a request the pipeline found in a mail: its
sender, or the writer of the mail a staff member forwarded or a system of the firm relayed. It tells
whether a new mail repeats a request its writer already has unanswered. Until now that was found by
opening and reading again the mail of every unanswered request at every new suggestion, which costs
time in the number of unanswered requests. ``""`` means "read: nobody to match by address" (a portal
message without the person's address); NULL, a request staff registered, or one suggested before this
column, whose mail is read once more the first time it is needed and the hash kept then (the keys that
open the mail are not available to a migration).

Revision ID: 0071
Revises: 0070
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

revision = "0071"
down_revision = "0070"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("access_requests") as batch:
        batch.add_column(sa.Column("asker_ref", sa.String(length=64), nullable=True))
        batch.create_index("ix_access_requests_asker_ref", ["asker_ref"])


def downgrade() -> None:
    with op.batch_alter_table("access_requests") as batch:
        batch.drop_index("ix_access_requests_asker_ref")
        batch.drop_column("asker_ref")
