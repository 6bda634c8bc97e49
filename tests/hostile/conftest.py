"""The hostile files run through the installed command (the e2e ``hmc`` fixture: a fresh
database per test, SQLite and PostgreSQL)."""

from tests.e2e.conftest import hmc, hmc_bin  # noqa: F401  (fixtures)
