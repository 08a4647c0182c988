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

from rules.access import access_deadline


revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None

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
             "deadline": access_deadline(_utc_day(removed_at)), "status": "answered", "answered_on": _utc_day(removed_at),
             "registered_by": removed_by, "answered_by": removed_by}
            for target_id, removed_by, removed_at in erasures]
    if rows:
        op.bulk_insert(requests, rows)


def _utc_day(moment: datetime) -> date:
    """SQLite returns the stored UTC time without its offset; PostgreSQL returns it in the session's zone."""
    return (moment.astimezone(timezone.utc) if moment.tzinfo else moment).date()


def downgrade() -> None:
    op.execute(requests.delete().where(requests.c.kind == "erasure"))
    with op.batch_alter_table("access_requests") as batch:
        batch.drop_index(op.f("ix_access_requests_kind"))
        batch.drop_column("kind")
