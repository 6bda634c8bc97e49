"""trust: service accounts (who may act through HMC_USER) and the log of reads of personal data

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hmc_desktop.db.base


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # No existing login becomes a service account: an administrator marks them (staff add).
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('service_account', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))

    op.create_table('personal_data_reads',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', hmc_desktop.db.base.UTCDateTime(), nullable=False),
    sa.Column('who', sa.String(length=80), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=False),
    sa.Column('view', sa.String(length=24), nullable=False),
    sa.Column('ref', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['holder_id'], ['holders.id'],
                            name=op.f('fk_personal_data_reads_holder_id_holders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personal_data_reads'))
    )
    with op.batch_alter_table('personal_data_reads', schema=None) as batch_op:
        batch_op.create_index('ix_personal_data_reads_holder', ['holder_id', 'at'], unique=False)
        batch_op.create_index('ix_personal_data_reads_who', ['who', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('personal_data_reads', schema=None) as batch_op:
        batch_op.drop_index('ix_personal_data_reads_who')
        batch_op.drop_index('ix_personal_data_reads_holder')
    op.drop_table('personal_data_reads')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('service_account')
