"""tags, seeded

Revision ID: 3c4d5e6f7081
Revises: 2b3c4d5e6f70
Create Date: 2025-02-03 14:15:16.171819

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.sql import table, column


revision = '3c4d5e6f7081'
down_revision = '2b3c4d5e6f70'
branch_labels = None
depends_on = None

tags_table = table(
    'tags',
    column('id', sa.Integer),
    column('name', sa.String),
    column('color', sa.String),
)


def upgrade():
    op.create_table(
        'tags',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(50), nullable=False, unique=True),
        sa.Column('color', sa.String(7), nullable=True),
    )
    op.bulk_insert(
        tags_table,
        [
            {'id': 1, 'name': 'python', 'color': '#3572A5'},
            {'id': 2, 'name': "it's sql", 'color': None},
        ],
    )
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tag_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_posts_tag_id_tags', 'tags', ['tag_id'], ['id'], ondelete='SET NULL')
        batch_op.alter_column('title', existing_type=sa.VARCHAR(), type_=sa.String(length=200), existing_nullable=False)
        batch_op.create_index(batch_op.f('ix_posts_tag_id'), ['tag_id'], unique=False)


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_posts_tag_id'))
        batch_op.alter_column('title', existing_type=sa.String(length=200), type_=sa.VARCHAR(), existing_nullable=False)
        batch_op.drop_constraint('fk_posts_tag_id_tags', type_='foreignkey')
        batch_op.drop_column('tag_id')

    op.drop_table('tags')
