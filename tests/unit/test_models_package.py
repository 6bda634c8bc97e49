"""The models package loads a model module when one of its classes is first asked for."""

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


def test_flow_models_loaded_later_map_beside_the_configured_ones():
    """The window configures the order mappings first; a flow's models join them later."""
    code = (
        "import sys\n"
        "from sqlalchemy import create_engine, select\n"
        "from sqlalchemy.orm import Session\n"
        "from hmc_desktop.db.base import Base\n"
        "from hmc_desktop.db.models import WorkOrder\n"
        "str(select(WorkOrder).where(WorkOrder.order_no == 'x'))  # configures these mappers\n"
        "print('hmc_desktop.db.models.workflows' in sys.modules)\n"
        "from hmc_desktop.db.models import OrderPart, Shipment, load_all\n"
        "load_all()\n"
        "engine = create_engine('sqlite://')\n"
        "Base.metadata.create_all(engine)\n"
        "with Session(engine) as s:\n"
        "    print(s.scalars(select(Shipment).join(Shipment.items)).all(),\n"
        "          s.scalars(select(OrderPart).join(OrderPart.article)).all())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.splitlines()
    assert out == ["False", "[] []"]


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
