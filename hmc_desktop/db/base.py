"""Declarative base with a constraint naming convention and a UTC datetime column type (C4)."""

from datetime import datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from hmc_desktop.db.types import NAMING_CONVENTION as NAMING_CONVENTION
from hmc_desktop.db.types import UTCDateTime as UTCDateTime  # migrations name it here


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}
