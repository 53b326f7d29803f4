"""profile fields

Revision ID: 2b3c4d5e6f70
Revises: 1a2b3c4d5e6f
Create Date: 2025-01-20 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '2b3c4d5e6f70'
down_revision = '1a2b3c4d5e6f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('users', sa.Column('bio', sa.Text(), server_default='', nullable=False))
    op.add_column('users', sa.Column('settings', postgresql.JSONB(astext_type=sa.Text()), nullable=True))
    op.add_column('users', sa.Column('external_id', sa.Uuid(), nullable=True))
    op.alter_column('users', 'full_name',
               new_column_name='display_name',
               existing_type=sa.String(length=100),
               nullable=False)
    op.create_unique_constraint('uq_users_external_id', 'users', ['external_id'])


def downgrade():
    op.drop_constraint('uq_users_external_id', 'users', type_='unique')
    op.alter_column('users', 'display_name',
               new_column_name='full_name',
               existing_type=sa.String(length=100),
               nullable=True)
    op.drop_column('users', 'external_id')
    op.drop_column('users', 'settings')
    op.drop_column('users', 'bio')
