"""backfill plans from the billing system

Revision ID: b2000000000b
Revises: a1000000000a
Create Date: 2024-07-15 17:30:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.orm import Session

revision = 'b2000000000b'
down_revision = 'a1000000000a'
branch_labels = None
depends_on = None

PLANS = {'basic': 'free', 'gold': 'pro'}


def _rename(old, new):
    op.execute(f"UPDATE accounts SET plan = '{new}' WHERE plan = '{old}'")


def upgrade():
    op.add_column('accounts', sa.Column('legacy_plan', sa.String(20), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, plan FROM accounts")).fetchall()
    for old, new in PLANS.items():
        _rename(old, new)
    if conn.dialect.name == 'postgresql':
        op.execute("VACUUM ANALYZE accounts")
    _rename('silver', 'basic')
    session = Session(bind=conn)
    session.commit()
    op.create_index('ix_accounts_plan', 'accounts', ['plan'])


def downgrade():
    raise NotImplementedError("cannot restore the legacy plans")
