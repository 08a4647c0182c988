"""request kinds: the access-request register also holds erasure requests

Erasures carried out before this revision are known only by their customer tombstone;
each becomes an answered erasure request received on the day it was carried out (the
rule for an erasure done without a received date), so the register is complete.

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-25
"""
from datetime import date, datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None

# The rule as it stood when this revision was written (rules.access.access_deadline): a request
# is due one month after it came in. Frozen here so the migration never changes with the code.
RESPONSE_MONTHS = 1

requests = sa.table(
    "access_requests",
    sa.column("kind", sa.String), sa.column("customer_id", sa.String), sa.column("subject_ref", sa.String),
    sa.column("requested_on", sa.Date), sa.column("deadline", sa.Date), sa.column("status", sa.String),
    sa.column("answered_on", sa.Date), sa.column("registered_by", sa.String), sa.column("answered_by", sa.String),
)
tombstones = sa.table(
    "tombstones",
    sa.column("target_type", sa.String), sa.column("target_id", sa.String), sa.column("cause", sa.String),
    sa.column("removed_by", sa.String), sa.column("removed_at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    with op.batch_alter_table("access_requests") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=20), nullable=False, server_default="access"))
        batch.create_index(op.f("ix_access_requests_kind"), ["kind"])
    connection = op.get_bind()
    erasures = connection.execute(
        sa.select(tombstones.c.target_id, tombstones.c.removed_by, tombstones.c.removed_at)
        .where(tombstones.c.cause == "erasure", tombstones.c.target_type == "customer")
    ).all()
    rows = [{"kind": "erasure", "customer_id": None, "subject_ref": target_id, "requested_on": _utc_day(removed_at),
             "deadline": _months_later(_utc_day(removed_at), RESPONSE_MONTHS), "status": "answered", "answered_on": _utc_day(removed_at),
             "registered_by": removed_by, "answered_by": removed_by}
            for target_id, removed_by, removed_at in erasures]
    if rows:
        op.bulk_insert(requests, rows)


def _utc_day(moment: datetime) -> date:
    """SQLite returns the stored UTC time without its offset; PostgreSQL returns it in the session's zone."""
    return (moment.astimezone(timezone.utc) if moment.tzinfo else moment).date()


def _months_later(day: date, months: int) -> date:
    """The same day `months` later, or the last day of that month when it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    last_day = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(day.day, last_day))


def downgrade() -> None:
    op.execute(requests.delete().where(requests.c.kind == "erasure"))
    with op.batch_alter_table("access_requests") as batch:
        batch.drop_index(op.f("ix_access_requests_kind"))
        batch.drop_column("kind")
