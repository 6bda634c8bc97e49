"""Declarative base with a constraint naming convention and a UTC datetime column type (C4)."""

from datetime import datetime

from sqlalchemy import MetaData, event
from sqlalchemy.orm import DeclarativeBase, Mapper

from hmc_desktop.db.types import NAMING_CONVENTION as NAMING_CONVENTION
from hmc_desktop.db.types import UTCDateTime as UTCDateTime  # migrations name it here


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}


@event.listens_for(Mapper, "before_configured")
def _every_model_before_any_mapping() -> None:
    """Import every model module before SQLAlchemy configures the first mapping.

    A model module imported on its own (``db.models.orders``) names tables of others in its
    foreign keys; without them on the metadata a flush cannot order its writes. The models
    package loads them all when a model is first asked for; this catches every other way in.
    """
    from hmc_desktop.db.models import load_all

    load_all()
