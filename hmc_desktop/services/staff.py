"""Who is working: the operating-system login mapped to a staff member and role."""

import getpass
import os
from dataclasses import dataclass

from sqlalchemy import Connection, select

from hmc_desktop.db import tables
from hmc_desktop.domain.errors import NotAllowed
from hmc_desktop.domain.permissions import Action, require
from hmc_desktop.domain.types import Role


def os_login() -> str:
    """The login name of the person at the keyboard (HMC_USER overrides, for service accounts)."""
    override = os.environ.get("HMC_USER")
    if override:
        return override
    try:
        return getpass.getuser()
    except Exception:  # no login name available (e.g. a bare container)
        return "okänd"


@dataclass(frozen=True, slots=True)
class CurrentUser:
    """The person working; ``role`` None means the login is not registered as staff."""

    login: str
    display_name: str
    role: Role | None

    @property
    def known(self) -> bool:
        return self.role is not None

    def require(self, action: Action) -> None:
        """Raise a one-sentence :class:`NotAllowed` unless this person may do ``action``."""
        if self.role is None:
            raise NotAllowed("unknown_login", login=self.login)
        require(self.role, action, self.display_name)


def resolve_user(db: Connection, login: str) -> CurrentUser:
    """The active staff member with ``login`` (a Core read: no ORM at start-up, issue 3)."""
    s = tables.staff.c
    staff = db.execute(select(s.login, s.display_name, s.role)
                            .where(s.login == login, s.active.is_(True))).first()
    if staff is None:
        return CurrentUser(login=login, display_name=login, role=None)
    return CurrentUser(login=staff.login, display_name=staff.display_name, role=Role(staff.role))
