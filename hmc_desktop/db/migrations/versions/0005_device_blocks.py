"""device blocks: a recall (R3) or an overdue inspection (PM2) keeps a device from being handed out

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 20:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hmc_desktop.db.base


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('device_blocks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.String(length=300), nullable=False),
    sa.Column('blocked_at', hmc_desktop.db.base.UTCDateTime(), nullable=False),
    sa.Column('blocked_by', sa.String(length=80), nullable=False),
    sa.Column('released_at', hmc_desktop.db.base.UTCDateTime(), nullable=True),
    sa.Column('released_by', sa.String(length=80), nullable=True),
    sa.Column('release_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'],
                            name=op.f('fk_device_blocks_device_id_devices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device_blocks'))
    )
    active = sa.text('released_at IS NULL')
    with op.batch_alter_table('device_blocks', schema=None) as batch_op:
        batch_op.create_index('ix_device_blocks_active', ['device_id', 'kind', 'ref_id'],
                              unique=False, postgresql_where=active, sqlite_where=active)
        batch_op.create_index('ix_device_blocks_ref', ['kind', 'ref_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('device_blocks', schema=None) as batch_op:
        batch_op.drop_index('ix_device_blocks_ref')
        batch_op.drop_index('ix_device_blocks_active')
    op.drop_table('device_blocks')
