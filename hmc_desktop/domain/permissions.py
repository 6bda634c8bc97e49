"""Who may do what: roles limit actions (issue: warehouse cannot cancel; admins edit settings)."""

from enum import StrEnum

from hmc_desktop.domain.errors import NotAllowed
from hmc_desktop.domain.types import Role


class Action(StrEnum):
    CHANGE_ORDER = "change orders"
    CANCEL_ORDER = "cancel orders"
    ORDER_PICKUP = "order pickups"
    CHANGE_DEVICE = "change devices"
    IMPORT = "import files"
    EDIT_CATALOGUE = "edit the catalogue"
    EDIT_CALENDAR = "edit the calendar"
    MANAGE_STAFF = "manage staff"


_ALL = frozenset(Role)
_NOT_WAREHOUSE = _ALL - {Role.WAREHOUSE}
_ADMIN = frozenset({Role.ADMIN})

ALLOWED: dict[Action, frozenset[Role]] = {
    Action.CHANGE_ORDER: _ALL,
    Action.CANCEL_ORDER: _NOT_WAREHOUSE,
    Action.ORDER_PICKUP: _ALL,
    Action.CHANGE_DEVICE: _ALL,
    Action.IMPORT: _NOT_WAREHOUSE,
    Action.EDIT_CATALOGUE: _ADMIN,
    Action.EDIT_CALENDAR: _ADMIN,
    Action.MANAGE_STAFF: _ADMIN,
}

# Roles that need to see a user's personal data (personnummer, address) on screen.
SEES_PERSONAL_DATA = frozenset({Role.SUPPORT, Role.CUSTOMER_SERVICE, Role.TECHNICIAN, Role.ADMIN})


def require(role: Role, action: Action, who: str) -> None:
    """Raise :class:`NotAllowed` when ``role`` may not perform ``action``."""
    if role not in ALLOWED[action]:
        raise NotAllowed("not_allowed", who=who, role=role.value, action=action.value)
