#!/usr/bin/env python3
"""Writes the benchmark history twice: a migc project and the equivalent
Alembic project, as a linear chain of N revisions. Every 7 revisions: create
table, add column, create index, set not null, add a foreign key, drop column,
insert rows (issue 14).

    gen_history.py N DIR [--heads H] [--no-alembic]

--heads H instead writes H independent heads (H revisions on top of one base)
for the many-heads walk (issue 16.3)."""
import os
import sys


def step(i):
    """(migc upgrade, migc downgrade, alembic upgrade, alembic downgrade) of revision i (1-based)."""
    k, s = divmod(i - 1, 7)
    t = f"t{k}"
    ref = f"t{k - 1}" if k > 0 else t
    if s == 0:
        return (f"create table {t} (\n        id integer primary key,\n        name string(50) not null,\n"
                f"        ref_id integer\n    );",
                f"drop table {t};",
                f"op.create_table('{t}', sa.Column('id', sa.Integer(), primary_key=True),\n"
                f"        sa.Column('name', sa.String(50), nullable=False), sa.Column('ref_id', sa.Integer()))",
                f"op.drop_table('{t}')")
    if s == 1:
        return (f"alter table {t} add column note string(100);",
                f"alter table {t} drop column note;",
                f"op.add_column('{t}', sa.Column('note', sa.String(100)))",
                f"op.drop_column('{t}', 'note')")
    if s == 2:
        return (f"create index ix_{t}_name on {t} (name);",
                f"drop index ix_{t}_name;",
                f"op.create_index('ix_{t}_name', '{t}', ['name'])",
                f"op.drop_index('ix_{t}_name', table_name='{t}')")
    if s == 3:
        return (f"alter table {t} alter column note set not null;",
                f"alter table {t} alter column note drop not null;",
                f"op.alter_column('{t}', 'note', existing_type=sa.String(100), nullable=False)",
                f"op.alter_column('{t}', 'note', existing_type=sa.String(100), nullable=True)")
    if s == 4:
        return (f"alter table {t} add constraint fk_{t}_ref foreign key (ref_id) references {ref} (id);",
                f"alter table {t} drop constraint fk_{t}_ref;",
                f"op.create_foreign_key('fk_{t}_ref', '{t}', '{ref}', ['ref_id'], ['id'])",
                f"op.drop_constraint('fk_{t}_ref', '{t}', type_='foreignkey')")
    if s == 5:
        return (f"alter table {t} drop column note;",
                f"alter table {t} add column note string(100);",
                f"op.drop_column('{t}', 'note')",
                f"op.add_column('{t}', sa.Column('note', sa.String(100)))")
    return (f"insert into {t} (id, name) values (1, 'one'), (2, 'two');",
            f"delete from {t};",
            f"op.bulk_insert(sa.table('{t}', sa.column('id', sa.Integer()), sa.column('name', sa.String())),\n"
            f"        [{{'id': 1, 'name': 'one'}}, {{'id': 2, 'name': 'two'}}])",
            f"op.execute('DELETE FROM {t}')")


ALEMBIC_INI = """[alembic]
script_location = alembic
sqlalchemy.url = postgresql://bench@localhost/bench
"""

ENV_PY = """from alembic import context
context.configure(url=context.config.get_main_option("sqlalchemy.url"), literal_binds=True)
with context.begin_transaction():
    context.run_migrations()
"""


def main():
    args = sys.argv[1:]
    n, out = int(args[0]), args[1]
    heads = int(args[args.index("--heads") + 1]) if "--heads" in args else 0
    alembic = "--no-alembic" not in args
    versions = os.path.join(out, "migrations", "versions")
    os.makedirs(versions, exist_ok=True)
    with open(os.path.join(out, "migc.ini"), "w") as f:
        f.write("[migc]\nscript_location = migrations\ndialect = postgresql\n")
    if alembic:
        aversions = os.path.join(out, "alembic", "versions")
        os.makedirs(aversions, exist_ok=True)
        with open(os.path.join(out, "alembic.ini"), "w") as f:
            f.write(ALEMBIC_INI)
        with open(os.path.join(out, "alembic", "env.py"), "w") as f:
            f.write(ENV_PY)
    if heads:
        with open(os.path.join(versions, "h000000.mig"), "w") as f:
            f.write("revision h000000\nrevises  none\n\nupgrade {\n    create table base (id integer primary key);\n}\n")
        for i in range(1, heads + 1):
            with open(os.path.join(versions, f"h{i:06d}.mig"), "w") as f:
                f.write(f"revision h{i:06d}\nrevises  h000000\n\nupgrade {{\n"
                        f"    create table t{i} (id integer primary key);\n}}\n")
        return
    prev = None
    for i in range(1, n + 1):
        rid = f"r{i:06d}"
        up, down, aup, adown = step(i)
        with open(os.path.join(versions, f"{rid}.mig"), "w") as f:
            f.write(f"revision {rid}\nrevises  {prev or 'none'}\nmessage  \"step {i}\"\n\n"
                    f"upgrade {{\n    {up}\n}}\n\ndowngrade {{\n    {down}\n}}\n")
        if alembic:
            with open(os.path.join(aversions, f"{rid}.py"), "w") as f:
                f.write(f'"""step {i}"""\nfrom alembic import op\nimport sqlalchemy as sa\n\n'
                        f"revision = '{rid}'\ndown_revision = {repr(prev)}\nbranch_labels = None\n"
                        f"depends_on = None\n\n\ndef upgrade():\n    {aup}\n\n\ndef downgrade():\n    {adown}\n")
        prev = rid


main()
