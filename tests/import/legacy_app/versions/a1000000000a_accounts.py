"""accounts

Revision ID: a1000000000a
Revises:
Create Date: 2024-06-01 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'a1000000000a'
down_revision = None
branch_labels = ('core',)
depends_on = None


def upgrade():
    op.create_table(
        'accounts',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('name', sa.String(80), nullable=False),
        sa.Column('plan', sa.String(20), nullable=False, server_default='free'),
        sa.Column('balance', sa.Numeric(12, 2), nullable=False, server_default='0'),
        sa.Column('data', sa.LargeBinary(), nullable=True),
    )


def downgrade():
    op.drop_table('accounts')
