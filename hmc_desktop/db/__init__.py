"""Persistence: typed SQLAlchemy models, the engine, migrations."""
