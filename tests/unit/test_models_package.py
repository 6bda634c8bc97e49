"""The models package: every model module is loaded before any mapping is used."""

import subprocess
import sys

import pytest

import hmc_desktop.db.models as models


def test_every_model_name_gives_its_mapped_class():
    for module, names in models.MODULES.items():
        for name in names:
            cls = getattr(models, name)
            assert cls.__name__ == name
            assert cls.__module__ == f"hmc_desktop.db.models.{module}"
            assert cls.__table__ is not None
    assert sorted(models.__all__) == sorted(n for ns in models.MODULES.values() for n in ns)
    with pytest.raises(AttributeError):
        _ = models.NoSuchModel


# A fresh process that saves an order having asked only for WorkOrder (or having imported
# one model module directly): the unit of work sorts the tables by their foreign keys, so
# every table an order refers to (order_types, mailboxes …) must be on the metadata.
SAVE_AN_ORDER = """
import sys
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
{imports}
engine = create_engine(sys.argv[1])
with Session(engine) as s, s.begin():
    order = s.scalars(select(WorkOrder)).one()
    order.description = "changed in a fresh process"
print(sorted(m for m in sys.modules if m.startswith("hmc_desktop.db.models.")))
"""


@pytest.mark.parametrize("imports", [
    "from hmc_desktop.db.models import WorkOrder",
    "from hmc_desktop.db.models.orders import WorkOrder",  # a module, past the package
])
def test_a_fresh_process_that_asks_for_one_model_sees_every_table(tmp_path, imports):
    from hmc_desktop.db.unit_of_work import Database
    from hmc_desktop.services.core.clock import Clock
    from hmc_desktop.services.core.context import ServiceContext
    from hmc_desktop.services.imports.importer import ImportService

    url = f"sqlite:///{tmp_path / 'one.sqlite3'}"
    src = tmp_path / "one.csv"
    src.write_text("order_no;type;registered;individual_no;article_no\n"
                   "E-1;1;2026-11-23 09:00;IND-1;A-1\n", encoding="utf-8")
    ctx = ServiceContext(Database(url), Clock.parse("2026-11-23 09:00"), login="tester")
    ctx.prepare()
    assert ImportService(ctx).import_file(str(src)).new == 1
    ctx.db.dispose()
    done = subprocess.run([sys.executable, "-c", SAVE_AN_ORDER.format(imports=imports), url],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = done.stdout.strip().splitlines()[-1]
    assert loaded == str(sorted(f"hmc_desktop.db.models.{m}" for m in models.MODULES))


def test_the_core_tables_read_at_start_up_match_the_models():
    """db/tables.py repeats names and types of what start-up reads; the models are the schema."""
    from hmc_desktop.db import tables
    from hmc_desktop.db.base import Base

    models.load_all()
    for light in tables.ALL:
        model = Base.metadata.tables[light.name]
        for col in light.c:
            assert col.name in model.c, f"{light.name}.{col.name}"
            expected = model.c[col.name].type
            assert type(col.type) is type(expected) or isinstance(expected, type(col.type)), (
                f"{light.name}.{col.name}: {col.type!r} is not {expected!r}")
