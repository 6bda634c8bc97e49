"""regional scale: a trigram search index, and the lead-time figures kept counted

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 10:00:00

* The queue finds an order by any fragment of its number, its device's individual number,
  its article's number or name, its orderer's or its user's name (db/search_index.py).
  SQLite: FTS5 tables with the trigram tokenizer over the base tables, filled from the rows
  already there, and triggers that keep them in step with every write. PostgreSQL: the
  pg_trgm extension and a GIN trigram index per column.
* The follow-up view reads lead-time figures kept counted per type and month
  (db/models/leadtimes.py) instead of every order of its period; triggers on work_orders
  log every written order for the recount (db/leadtime_log.py). The tables start empty:
  the first opening of the view counts the orders already there.
* An index on work_orders.completed: "completed today" without reading every order.

At 1,000,000 devices and 500,000 orders this takes a few seconds on either database.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hmc_desktop.db.base
from hmc_desktop.db import leadtime_log, search_index

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        search_index.create_postgresql(conn)
    else:
        search_index.create_sqlite(conn)
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.create_index('ix_work_orders_completed', ['completed'], unique=False)

    op.create_table('leadtime_facts',
    sa.Column('order_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('type_code', sa.String(length=8), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('bits', sa.Integer(), nullable=False),
    sa.Column('start_span', sa.BigInteger(), nullable=True),
    sa.Column('finish_span', sa.BigInteger(), nullable=True),
    sa.Column('recheck_at', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('order_id', name=op.f('pk_leadtime_facts'))
    )
    with op.batch_alter_table('leadtime_facts', schema=None) as batch_op:
        batch_op.create_index('ix_leadtime_facts_recheck', ['recheck_at'], unique=False)
        batch_op.create_index('ix_leadtime_facts_start', ['type_code', 'start_span', 'month'],
                              unique=False)
        batch_op.create_index('ix_leadtime_facts_finish', ['type_code', 'finish_span', 'month'],
                              unique=False)
        batch_op.create_index('ix_leadtime_facts_start_all', ['start_span', 'month'], unique=False)
        batch_op.create_index('ix_leadtime_facts_finish_all', ['finish_span', 'month'], unique=False)
    op.create_table('leadtime_sums',
    sa.Column('type_code', sa.String(length=8), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('orders', sa.Integer(), nullable=False),
    sa.Column('start_met', sa.Integer(), nullable=False),
    sa.Column('start_missed', sa.Integer(), nullable=False),
    sa.Column('finish_met', sa.Integer(), nullable=False),
    sa.Column('finish_missed', sa.Integer(), nullable=False),
    sa.Column('late', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('type_code', 'month', name=op.f('pk_leadtime_sums'))
    )
    op.create_table('leadtime_bins',
    sa.Column('type_code', sa.String(length=8), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('bin', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('type_code', 'month', 'kind', 'bin', name=op.f('pk_leadtime_bins'))
    )
    op.create_table('leadtime_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leadtime_changes'))
    )
    op.create_table('leadtime_state',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('calendar', sa.String(length=64), nullable=False),
    sa.Column('counted_at', hmc_desktop.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leadtime_state'))
    )
    if conn.dialect.name == 'postgresql':
        leadtime_log.create_postgresql(conn)
    else:
        for name, body in leadtime_log.sqlite_triggers().items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        leadtime_log.drop_postgresql(conn)
    else:
        for name in leadtime_log.TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ('leadtime_state', 'leadtime_changes', 'leadtime_bins', 'leadtime_sums',
                  'leadtime_facts'):
        op.drop_table(table)
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.drop_index('ix_work_orders_completed')
    if conn.dialect.name == 'postgresql':
        search_index.drop_postgresql(conn)
    else:
        search_index.drop_sqlite(conn)
