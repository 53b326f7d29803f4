"""post status

Revision ID: 6f708192a3b4
Revises: 5e6f708192a3
Create Date: 2025-03-12 16:45:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = '6f708192a3b4'
down_revision = '5e6f708192a3'
branch_labels = None
depends_on = None

post_status = postgresql.ENUM('draft', 'published', 'archived', name='post_status')


def upgrade():
    post_status.create(op.get_bind())
    op.add_column('posts', sa.Column('status', postgresql.ENUM('draft', 'published', 'archived', name='post_status', create_type=False), server_default='draft', nullable=False))
    op.alter_column('posts', 'score', type_=sa.Numeric(12, 2), postgresql_using='score::numeric(12,2)', existing_nullable=False)
    op.execute(sa.text("""
        UPDATE posts
           SET status = 'published'
         WHERE published_at IS NOT NULL
    """))


def downgrade():
    op.alter_column('posts', 'score', type_=sa.Numeric(10, 2), existing_nullable=False)
    op.drop_column('posts', 'status')
    post_status.drop(op.get_bind())
