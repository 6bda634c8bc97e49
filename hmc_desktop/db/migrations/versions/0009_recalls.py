"""recall campaigns: the campaign, its affected devices and the one order per device (R1–R5)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hmc_desktop.db.base


revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('recall_campaigns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=False),
    sa.Column('delivered_from', sa.Date(), nullable=True),
    sa.Column('delivered_to', sa.Date(), nullable=True),
    sa.Column('by_list', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('created_at', hmc_desktop.db.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'],
                            name=op.f('fk_recall_campaigns_article_id_articles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recall_campaigns'))
    )
    with op.batch_alter_table('recall_campaigns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recall_campaigns_article_id'), ['article_id'],
                              unique=False)

    op.create_table('recall_devices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('status_at_open', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['recall_campaigns.id'],
                            name=op.f('fk_recall_devices_campaign_id_recall_campaigns')),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'],
                            name=op.f('fk_recall_devices_device_id_devices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recall_devices')),
    sa.UniqueConstraint('campaign_id', 'device_id', name=op.f('uq_recall_devices_campaign_id'))
    )
    with op.batch_alter_table('recall_devices', schema=None) as batch_op:
        batch_op.create_index('ix_recall_devices_device_id', ['device_id'], unique=False)

    op.create_table('recall_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['recall_campaigns.id'],
                            name=op.f('fk_recall_orders_campaign_id_recall_campaigns')),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'],
                            name=op.f('fk_recall_orders_device_id_devices')),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'],
                            name=op.f('fk_recall_orders_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recall_orders')),
    sa.UniqueConstraint('campaign_id', 'device_id', name=op.f('uq_recall_orders_campaign_id')),
    sa.UniqueConstraint('order_id', name=op.f('uq_recall_orders_order_id'))
    )


def downgrade() -> None:
    op.drop_table('recall_orders')
    with op.batch_alter_table('recall_devices', schema=None) as batch_op:
        batch_op.drop_index('ix_recall_devices_device_id')
    op.drop_table('recall_devices')
    with op.batch_alter_table('recall_campaigns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recall_campaigns_article_id'))
    op.drop_table('recall_campaigns')
