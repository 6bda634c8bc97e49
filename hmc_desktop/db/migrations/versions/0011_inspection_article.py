"""inspections remember the device's article (PM6 figures by product group without a device lookup)

The follow-up's inspection figures group a year's inspections by product group. Reaching the
group through each inspection's device took 2 s at 1,000,000 devices (a random device read per
inspection). The inspection now carries its device's article, as recorded, and one index
answers the figures: (due, article, performed day).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 00:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.add_column(sa.Column('article_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_inspections_article_id_articles'),
                                    'articles', ['article_id'], ['id'])
        batch_op.drop_index('ix_inspections_due')
    op.execute("UPDATE inspections SET article_id = "
               "(SELECT devices.article_id FROM devices WHERE devices.id = inspections.device_id)")
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index('ix_inspections_due_article', ['due', 'article_id', 'performed_on'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index('ix_inspections_due_article')
        batch_op.create_index('ix_inspections_due', ['due'], unique=False)
        batch_op.drop_constraint(batch_op.f('fk_inspections_article_id_articles'),
                                 type_='foreignkey')
        batch_op.drop_column('article_id')
