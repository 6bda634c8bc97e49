"""Who may do what (DOMAIN.md "Who uses it"): each role gets exactly the actions of its job.

The table is enforced in the services, whatever path asks (window, command line, import);
an administrator may do everything.
"""

from enum import StrEnum

from hmc_desktop.domain.errors import NotAllowed
from hmc_desktop.domain.types import Role


class Action(StrEnum):
    # the value is the English phrase after "may not …" (messages.ACTION_SV has the Swedish)
    REGISTER_ORDER = "register orders"
    MESSAGE_ORDERER = "message orderers"
    WORK_ORDER = "work on orders"  # start, wait, resume, complete, claim
    TECH_DOC = "write technical documentation"
    CANCEL_ORDER = "cancel orders"
    ORDER_PICKUP = "order pickups"
    PRINT_SLIPS = "print pickup slips and shipping notes"
    RECEIVE_RETURN = "receive returned devices"
    RECONDITION = "recondition devices"
    INSPECT = "inspect devices"
    RELEASE_BLOCK = "release a blocked device"
    CHANGE_DEVICE = "change devices"  # holder, location or status outside the flows
    SHIP_PARTS = "ship spare parts"
    IMPORT = "import files"
    RECALL = "manage recall campaigns"
    EDIT_SETTINGS = "change settings"
    EDIT_CATALOGUE = "edit the catalogue"
    EDIT_CALENDAR = "edit the calendar"
    MANAGE_STAFF = "manage staff"


T, S, C, W, A = (Role.TECHNICIAN, Role.SUPPORT, Role.CUSTOMER_SERVICE, Role.WAREHOUSE,
                 Role.ADMIN)
_ALL = frozenset(Role)
_ORDER_DESK = frozenset({T, S, C, A})  # register, message, cancel, import
_WORKSHOP = frozenset({T, S, A})  # the queue's work, documentation, reconditioning, inspection
_ADMIN = frozenset({A})

ALLOWED: dict[Action, frozenset[Role]] = {
    Action.REGISTER_ORDER: _ORDER_DESK,
    Action.MESSAGE_ORDERER: _ORDER_DESK,
    Action.WORK_ORDER: _WORKSHOP,
    Action.TECH_DOC: _WORKSHOP,
    Action.CANCEL_ORDER: _ORDER_DESK,
    Action.ORDER_PICKUP: _ALL,
    Action.PRINT_SLIPS: _ALL,
    Action.RECEIVE_RETURN: _ALL,
    Action.RECONDITION: _WORKSHOP,
    Action.INSPECT: _WORKSHOP,
    Action.RELEASE_BLOCK: _WORKSHOP,
    Action.CHANGE_DEVICE: frozenset({T, A}),  # outside the flows: technicians only
    Action.SHIP_PARTS: frozenset({T, S, W, A}),
    Action.IMPORT: _ORDER_DESK,
    Action.RECALL: _ADMIN,
    Action.EDIT_SETTINGS: _ADMIN,
    Action.EDIT_CATALOGUE: _ADMIN,
    Action.EDIT_CALENDAR: _ADMIN,
    Action.MANAGE_STAFF: _ADMIN,
}

# Roles that need to see a user's personal data (personnummer, address) on screen.
SEES_PERSONAL_DATA = frozenset({Role.SUPPORT, Role.CUSTOMER_SERVICE, Role.TECHNICIAN, Role.ADMIN})


def allowed(role: Role, action: Action) -> bool:
    """Whether ``role`` may perform ``action`` (the window uses it to explain a disabled item)."""
    return role in ALLOWED[action]


def require(role: Role, action: Action, who: str) -> None:
    """Raise :class:`NotAllowed` when ``role`` may not perform ``action``."""
    if not allowed(role, action):
        raise NotAllowed("not_allowed", who=who, role=role.value, action=action.value)
