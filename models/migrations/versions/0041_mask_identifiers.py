"""findings keep no plain fødselsnummer or bank account number: their text is masked (the keyed value_hash finds them)

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None

MASKED_LABELS = ("NATIONAL_ID", "BANK_ACCOUNT")  # as intake.ingest.pipeline.MASKED_LABELS (migrations import no project code)
findings = sa.table("findings", sa.column("id", sa.Integer), sa.column("label", sa.String), sa.column("text", sa.Text))


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(findings.c.id, findings.c.text).where(findings.c.label.in_(MASKED_LABELS))).all()
    for row in rows:
        masked = "".join("*" if char.isalnum() else char for char in row.text)
        if masked != row.text:
            connection.execute(findings.update().where(findings.c.id == row.id).values(text=masked))


def downgrade() -> None:
    pass  # the digits are gone; that is the point
