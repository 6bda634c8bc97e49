"""Alembic environment: runs on the connection the program hands it (or the configured URL)."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from hmc_desktop.db.base import Base
from hmc_desktop.db.models import load_all
from hmc_desktop.db.search_index import is_search_object

load_all()  # every table on the metadata (autogenerate compares them all)

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # column changes work on SQLite too
        compare_type=True,
        # the search index (FTS5 tables, trigram indexes) has no model: db/search_index.py
        include_name=lambda name, type_, _parents: not is_search_object(name, type_),
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section) or {},
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        _run(conn)
