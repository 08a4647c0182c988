"""identity: staff accounts mapped to operating-system logins; audit entries record the login and
get a sequence number (the MAC chain is computed by intake, which holds the key: see models/audit.py)

Revision ID: 0040
Revises: 0061
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = "0040"
down_revision = "0061"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_users") as batch:
        batch.add_column(sa.Column("os_user", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("service", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("created_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("role_set_by", sa.String(length=64), nullable=True))
        batch.create_unique_constraint(batch.f("uq_staff_users_os_user"), ["os_user"])
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("os_user", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("via", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.create_unique_constraint(batch.f("uq_audit_log_seq"), ["seq"])


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint(batch.f("uq_audit_log_seq"), type_="unique")
        batch.drop_column("seq")
        batch.drop_column("via")
        batch.drop_column("os_user")
    with op.batch_alter_table("staff_users") as batch:
        batch.drop_constraint(batch.f("uq_staff_users_os_user"), type_="unique")
        batch.drop_column("role_set_by")
        batch.drop_column("created_by")
        batch.drop_column("service")
        batch.drop_column("os_user")
