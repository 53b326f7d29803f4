"""audit log

Revision ID: 4d5e6f708192
Revises:
Create Date: 2025-02-10 08:00:00

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "4d5e6f708192"
down_revision = None
branch_labels = ("audit",)
depends_on = "1a2b3c4d5e6f"


def upgrade():
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.CheckConstraint("action <> ''", name="ck_audit_log_action"),
        comment="who did what",
    )
    op.create_index(
        "ix_audit_log_recent",
        "audit_log",
        ["at"],
        postgresql_where=sa.text("action = 'login'"),
    )
    op.alter_column("audit_log", "action", existing_type=sa.String(length=20), comment="verb")
    op.execute("DELETE FROM users WHERE email = ''")


def downgrade():
    op.drop_index("ix_audit_log_recent", table_name="audit_log")
    op.drop_table("audit_log")
