"""order type family: what kind of work each catalogue row is (corrective, acute, …)

Rules that hold for a kind of work (W8: only corrective maintenance may be a technical
review) ask the row's family, not a list of codes, so a new type of an existing kind is one
catalogue row. The default types get their family; a type an administrator added is 'other'.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 00:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the DOMAIN table's types as this revision knows them (later defaults change nothing here)
FAMILIES = {
    "0": "corrective", "1": "corrective", "2": "corrective", "3": "acute",
    "4": "adaptation", "5": "consultation", "6": "adaptation", "7": "adaptation",
    "8": "installation", "9": "investigation", "10": "installation",
    "12": "service_agreement", "13": "acute", "SDH": "support",
}


def upgrade() -> None:
    with op.batch_alter_table('order_types', schema=None) as batch_op:
        batch_op.add_column(sa.Column('family', sa.String(length=24), nullable=False,
                                      server_default='other'))
    types = sa.table('order_types', sa.column('code', sa.String), sa.column('family', sa.String))
    for code, family in FAMILIES.items():
        op.execute(types.update().where(types.c.code == code).values(family=family))


def downgrade() -> None:
    with op.batch_alter_table('order_types', schema=None) as batch_op:
        batch_op.drop_column('family')
