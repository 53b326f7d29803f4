# Offline Alembic for tests/import_catalog.sh: PostgreSQL, literal binds, and
# SQLAlchemy's recommended naming convention (the one migc uses), so that
# unnamed constraints get the same names on both sides.
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
if not hasattr(sa, "Uuid"):
    sa.Uuid = postgresql.UUID
from alembic import context
meta = sa.MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})
context.configure(url="postgresql://", literal_binds=True, target_metadata=meta, dialect_opts={"paramstyle": "named"})
with context.begin_transaction():
    context.run_migrations()
