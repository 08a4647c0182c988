"""properties and projects: a property's address, reasons on property links, project links, case numbers

The records' address columns now describe the row's property (the place of the tiltak); a
customer's private address stays on customers. Existing databases got the address on the
customer: a customer with exactly one property gives that property its address, which is
what the old import meant for most customers. The next records import sets both properly.

Revision ID: 0020
Revises: 0005
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = "0020"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("properties", schema=None) as batch_op:
        batch_op.add_column(sa.Column("street_address", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("postcode", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("city", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("message_property_links", schema=None) as batch_op:
        batch_op.add_column(sa.Column("confidence", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("reasons", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("role", sa.String(length=20), nullable=False, server_default="concerns"))
    op.create_table(
        "message_project_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.String(length=64), nullable=False),
        sa.Column("method", sa.String(length=40), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["message_pk"], ["messages.id"], name=op.f("fk_message_project_links_message_pk_messages"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["project_id"], ["projects.project_id"],
                                name=op.f("fk_message_project_links_project_id_projects"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_project_links")),
        sa.UniqueConstraint("message_pk", "project_id", name=op.f("uq_message_project_links_message_pk_project_id")),
    )
    with op.batch_alter_table("message_project_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_message_project_links_message_pk"), ["message_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_message_project_links_project_id"), ["project_id"], unique=False)
    op.create_table(
        "property_case_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_number", sa.String(length=40), nullable=False),
        sa.Column("property_key", sa.String(length=40), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["message_pk"], ["messages.id"], name=op.f("fk_property_case_numbers_message_pk_messages"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_property_case_numbers")),
        sa.UniqueConstraint("case_number", "property_key", name=op.f("uq_property_case_numbers_case_number_property_key")),
    )
    with op.batch_alter_table("property_case_numbers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_property_case_numbers_case_number"), ["case_number"], unique=False)

    # The old import put the row's address on the customer: carry it to the customer's only property.
    op.execute(
        """
        UPDATE properties SET street_address = (
            SELECT c.street_address FROM customers c JOIN customer_properties cp ON cp.customer_id = c.customer_id
            WHERE cp.property_id = properties.id),
          postcode = (
            SELECT c.postcode FROM customers c JOIN customer_properties cp ON cp.customer_id = c.customer_id
            WHERE cp.property_id = properties.id),
          city = (
            SELECT c.city FROM customers c JOIN customer_properties cp ON cp.customer_id = c.customer_id
            WHERE cp.property_id = properties.id)
        WHERE id IN (
            SELECT cp.property_id FROM customer_properties cp
            WHERE (SELECT count(*) FROM customer_properties other WHERE other.customer_id = cp.customer_id) = 1
              AND (SELECT count(*) FROM customer_properties owners WHERE owners.property_id = cp.property_id) = 1)
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("property_case_numbers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_property_case_numbers_case_number"))
    op.drop_table("property_case_numbers")
    with op.batch_alter_table("message_project_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_message_project_links_project_id"))
        batch_op.drop_index(batch_op.f("ix_message_project_links_message_pk"))
    op.drop_table("message_project_links")
    with op.batch_alter_table("message_property_links", schema=None) as batch_op:
        batch_op.drop_column("role")
        batch_op.drop_column("reasons")
        batch_op.drop_column("confidence")
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
    with op.batch_alter_table("properties", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("city")
        batch_op.drop_column("postcode")
        batch_op.drop_column("street_address")
