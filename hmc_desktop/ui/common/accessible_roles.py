"""Roles a screen reader announces for views Qt describes only as a generic "client" area.

Qt gives a chart view or a PDF view the role of any scroll area; a reader then says nothing
about what it is. A class registered here is announced with its own role (a chart, a
document), with the name and description its widget sets. The classes register themselves
when first made, so the modules that need QtCharts or QtPdf still load only when used.
"""

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_roles: dict[type, QAccessible.Role] = {}


def _interface(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    for kind, role in _roles.items():
        if isinstance(obj, kind):
            interface: QAccessibleInterface = QAccessibleWidget(obj, role)
            return interface
    return None


def announce_as(kind: type, role: QAccessible.Role) -> None:
    """Widgets of ``kind`` (made from now on) are announced with ``role``."""
    if not _roles:
        QAccessible.installFactory(_interface)
    _roles.setdefault(kind, role)
