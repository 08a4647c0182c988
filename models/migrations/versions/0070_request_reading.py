"""request reading: how the pipeline found a suggested request is a column of the register

``access_requests.reading`` is ``rules`` or ``learned`` (``RequestReading``) for a request the
pipeline suggested from a mail, NULL for one staff registered. Until now it was kept only in the
suggestion's audit entry (``request.suggest``, details ``reading``), so only the request's page could
show it, and only by searching the audit log. Existing suggestions take it from that entry; an entry
without it was written before the learned reading existed (same commit as the key), when only the
rules made suggestions. The audit entries are left as they are.

Revision ID: 0070
Revises: 0014
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

revision = "0070"
down_revision = "0014"
branch_labels = None
depends_on = None

READINGS = ("rules", "learned")
PIPELINE_ACTOR = "intake"
# Written before the learned reading was wired in: the rules made every suggestion then.
READING_BEFORE_THE_KEY = "rules"


def upgrade() -> None:
    with op.batch_alter_table("access_requests") as batch:
        batch.add_column(sa.Column("reading", sa.String(length=20), nullable=True))
    _backfill_from_the_audit_log()


def _backfill_from_the_audit_log() -> None:
    audit_log = sa.table("audit_log", sa.column("id", sa.Integer), sa.column("action", sa.String),
                         sa.column("target_id", sa.String), sa.column("details", sa.JSON))
    requests = sa.table("access_requests", sa.column("id", sa.Integer), sa.column("reading", sa.String),
                        sa.column("source_message_pk", sa.Integer), sa.column("registered_by", sa.String))
    connection = op.get_bind()
    found = []
    for target_id, details in connection.execute(
            sa.select(audit_log.c.target_id, audit_log.c.details)
            .where(audit_log.c.action == "request.suggest").order_by(audit_log.c.id)):
        if not isinstance(details, dict) or not isinstance(details.get("request_id"), int) or not target_id.isdigit():
            continue
        reading = details.get("reading", READING_BEFORE_THE_KEY)
        if reading in READINGS:
            found.append({"request_id": details["request_id"], "message_pk": int(target_id), "found_reading": reading})
    if not found:
        return
    # The entry names the request and its mail: both must still match (an id SQLite reused after a deletion does not).
    connection.execute(
        requests.update()
        .where(requests.c.id == sa.bindparam("request_id"), requests.c.source_message_pk == sa.bindparam("message_pk"),
               requests.c.registered_by == PIPELINE_ACTOR, requests.c.reading.is_(None))
        .values(reading=sa.bindparam("found_reading")),
        found)


def downgrade() -> None:
    # Nothing is lost: the suggestions' audit entries still say how each was read.
    with op.batch_alter_table("access_requests") as batch:
        batch.drop_column("reading")
