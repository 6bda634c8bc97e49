"""sync: the sync log (intake folder, outbox) and an index of messages not yet exported

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hmc_desktop.db.base


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', hmc_desktop.db.base.UTCDateTime(), nullable=False),
    sa.Column('who', sa.String(length=80), nullable=False),
    sa.Column('workstation', sa.String(length=120), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('file', sa.String(length=400), nullable=False),
    sa.Column('new', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_log'))
    )
    with op.batch_alter_table('sync_log', schema=None) as batch_op:
        batch_op.create_index('ix_sync_log_direction_at', ['direction', 'at'], unique=False)

    pending = sa.text('exported_at IS NULL')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_index('ix_messages_unexported', ['created_at', 'id'], unique=False,
                              postgresql_where=pending, sqlite_where=pending)


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index('ix_messages_unexported')

    with op.batch_alter_table('sync_log', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_log_direction_at')

    op.drop_table('sync_log')
