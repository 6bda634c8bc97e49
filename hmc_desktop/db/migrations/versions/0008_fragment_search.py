"""fragment search: trigram indexes over order and individual numbers, articles and names

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-08 10:00:00

The queue finds an order by any fragment of its number, its device's individual number,
its article's number or name, its orderer's or its user's name (hmc_desktop/db/search_index.py).
SQLite: FTS5 tables with the trigram tokenizer over the base tables, filled from the rows
already there, and triggers that keep them in step with every write. PostgreSQL: the
pg_trgm extension and a GIN trigram index per column. At 1,000,000 devices and 500,000
orders this takes a few seconds on either database.
"""
from collections.abc import Sequence

from alembic import op

from hmc_desktop.db import search_index

revision: str = '0008'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        search_index.create_postgresql(conn)
    else:
        search_index.create_sqlite(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        search_index.drop_postgresql(conn)
    else:
        search_index.drop_sqlite(conn)
