"""Import/export formats: reading and validating order and device files (CONTRACT "Import format").

Pure Python, no database: :func:`read_source` turns a file into raw rows, and
:func:`validate_file` turns those into typed :class:`OrderRow` / :class:`DeviceRow`
values plus one :class:`RowError` per problem. The importer service applies the rows.
"""

from hmc_desktop.interchange.errors import InterchangeError, RowError, reason_of
from hmc_desktop.interchange.reader import RawRow, SourceFile, read_source
from hmc_desktop.interchange.rows import (
    DeviceRow,
    OrderRow,
    count_rejected,
    parse_device_row,
    parse_order_row,
    validate_file,
)

__all__ = [
    "DeviceRow",
    "InterchangeError",
    "OrderRow",
    "RawRow",
    "RowError",
    "SourceFile",
    "count_rejected",
    "parse_device_row",
    "parse_order_row",
    "read_source",
    "reason_of",
    "validate_file",
]
