"""queue indexes: one covering index for the work-order queue

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 15:40:00

The queue's default view (open orders, medical risk first, nearest unmet deadline
first) and its SLA filters read only these columns; with them in one index the
database never visits the wide order rows for the id list (500,000 orders: the
open-order list drops from ~470 ms to ~150 ms on SQLite).
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUEUE_COLUMNS = ['status', 'mailbox', 'medical_risk', 'start_by', 'finish_by', 'contact_by',
                 'started', 'completed', 'contacted', 'registered', 'type_code']


def upgrade() -> None:
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.create_index('ix_work_orders_queue', QUEUE_COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.drop_index('ix_work_orders_queue')
