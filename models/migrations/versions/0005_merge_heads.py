"""merge the report-runs branch (0003) and the privacy branch (0004, 0050, 0010-0012) into one history

From here on the migrations form one chain: each new revision names the single head
before it as its ``down_revision``, and a test fails when the graph has two heads.

Revision ID: 0005
Revises: 0003, 0012
Create Date: 2026-12-02
"""

revision = "0005"
down_revision = ("0003", "0012")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
