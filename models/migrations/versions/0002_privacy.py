"""privacy: staff, consents, disclosures, access requests, legal holds, restrictions,
rectifications, disposal proposals/items/log, tombstones; lookup indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = "0002"
down_revision = "0001"
branch_labels = ("privacy",)
depends_on = None


def _timestamp(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "staff_users",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("confidentiality_signed_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_staff_users")),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("partner", sa.String(length=255), nullable=False),
        sa.Column("data_categories", sa.JSON(), nullable=False),
        sa.Column("project_id", sa.String(length=64), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index(op.f("ix_consents_customer_id"), "consents", ["customer_id"])
    op.create_table(
        "disclosures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("partner", sa.String(length=255), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.String(length=64), nullable=True),
        sa.Column("data_categories", sa.JSON(), nullable=False),
        _timestamp("disclosed_at"),
        sa.Column("disclosed_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["consent_id"], ["consents.id"], name=op.f("fk_disclosures_consent_id_consents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosures")),
    )
    op.create_index(op.f("ix_disclosures_customer_id"), "disclosures", ["customer_id"])
    op.create_table(
        "access_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=True),
        sa.Column("subject_ref", sa.String(length=64), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("registered_by", sa.String(length=64), nullable=False),
        sa.Column("answered_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_requests")),
    )
    op.create_index(op.f("ix_access_requests_customer_id"), "access_requests", ["customer_id"])
    op.create_index(op.f("ix_access_requests_deadline"), "access_requests", ["deadline"])
    op.create_index(op.f("ix_access_requests_status"), "access_requests", ["status"])
    op.create_table(
        "legal_holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_type", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("set_by", sa.String(length=64), nullable=False),
        _timestamp("set_at"),
        sa.Column("lifted_by", sa.String(length=64), nullable=True),
        _timestamp("lifted_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_holds")),
    )
    op.create_index("ix_legal_holds_target", "legal_holds", ["target_type", "target_id"])
    op.create_table(
        "restrictions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_type", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("legal_reference", sa.String(length=64), nullable=False),
        sa.Column("restricted_by", sa.String(length=64), nullable=False),
        _timestamp("restricted_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_restrictions")),
    )
    op.create_index("ix_restrictions_target", "restrictions", ["target_type", "target_id"])
    op.create_table(
        "rectifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rectified_by", sa.String(length=64), nullable=False),
        _timestamp("rectified_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rectifications")),
    )
    op.create_index(op.f("ix_rectifications_customer_id"), "rectifications", ["customer_id"])
    op.create_table(
        "disposal_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("proposed_by", sa.String(length=64), nullable=False),
        _timestamp("proposed_at"),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        _timestamp("decided_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposal_proposals")),
    )
    op.create_index(op.f("ix_disposal_proposals_status"), "disposal_proposals", ["status"])
    op.create_table(
        "disposal_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("retain_until", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("outcome_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["proposal_id"], ["disposal_proposals.id"],
                                name=op.f("fk_disposal_items_proposal_id_disposal_proposals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposal_items")),
    )
    op.create_index(op.f("ix_disposal_items_proposal_id"), "disposal_items", ["proposal_id"])
    op.create_index(op.f("ix_disposal_items_message_pk"), "disposal_items", ["message_pk"])
    op.create_table(
        "disposal_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("retain_until", sa.Date(), nullable=False),
        sa.Column("proposed_by", sa.String(length=64), nullable=False),
        sa.Column("approved_by", sa.String(length=64), nullable=False),
        _timestamp("disposed_at"),
        sa.ForeignKeyConstraint(["proposal_id"], ["disposal_proposals.id"],
                                name=op.f("fk_disposal_log_proposal_id_disposal_proposals")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposal_log")),
    )
    op.create_index(op.f("ix_disposal_log_message_pk"), "disposal_log", ["message_pk"])
    op.create_index(op.f("ix_disposal_log_disposed_at"), "disposal_log", ["disposed_at"])
    op.create_table(
        "tombstones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_type", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("cause", sa.String(length=20), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("removed", sa.JSON(), nullable=False),
        sa.Column("removed_by", sa.String(length=64), nullable=False),
        _timestamp("removed_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tombstones")),
    )
    op.create_index("ix_tombstones_target", "tombstones", ["target_type", "target_id"])
    # Hash on PostgreSQL: a B-tree entry is limited to about 2.7 kB, and long text must always store.
    op.create_index("ix_findings_text", "findings", ["text"], postgresql_using="hash")
    op.create_index("ix_participants_display_name", "participants", ["display_name"], postgresql_using="hash")


def downgrade() -> None:
    op.drop_index("ix_participants_display_name", table_name="participants")
    op.drop_index("ix_findings_text", table_name="findings")
    for table in ("tombstones", "disposal_log", "disposal_items", "disposal_proposals", "rectifications",
                  "restrictions", "legal_holds", "access_requests", "disclosures", "consents", "staff_users"):
        op.drop_table(table)
