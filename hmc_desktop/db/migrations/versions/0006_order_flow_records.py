"""order flow records: who completed an order, the W5 message's new expected date, the
cost-proposal answer's approved amount and who recorded it (W9, W10), and an index of the
incomplete orders (W6)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    lacking = sa.text("incomplete <> ''")  # the queue's "Ofullständiga": a few in a hundred
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('completed_by', sa.String(length=80), nullable=True))
        batch_op.create_index('ix_work_orders_incomplete', ['status'], unique=False,
                              postgresql_where=lacking, sqlite_where=lacking)
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('expected_date', sa.Date(), nullable=True))
    with op.batch_alter_table('cost_proposals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approved_amount', sa.Numeric(precision=12, scale=2),
                                      nullable=True))
        batch_op.add_column(sa.Column('recorded_by', sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('cost_proposals', schema=None) as batch_op:
        batch_op.drop_column('recorded_by')
        batch_op.drop_column('approved_amount')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('expected_date')
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.drop_index('ix_work_orders_incomplete')
        batch_op.drop_column('completed_by')
