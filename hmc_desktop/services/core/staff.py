"""Who is working: the operating-system login mapped to a staff member and role.

The operating-system login is the identity. ``HMC_USER`` may name another login only when
an administrator has marked that staff member as a *service account* (a scheduled task's
account, a test script's): otherwise anyone could set ``HMC_USER=admin1`` and have an
administrator's rights. A refused override is one sentence (the command line exits 2).

The first login to open a new, empty database becomes its administrator; when that login
came from ``HMC_USER`` (a script creating its own database), it is recorded as a service
account, so that the script can go on working in the database it made.
"""

import getpass
import os
from dataclasses import dataclass

from sqlalchemy import Connection, select

from hmc_desktop.db import tables
from hmc_desktop.domain.errors import NotAllowed, Unusable
from hmc_desktop.domain.permissions import Action, require
from hmc_desktop.domain.types import Role

OVERRIDE_VARIABLE = "HMC_USER"


def os_login() -> str:
    """The login name of the person at the keyboard, as the operating system knows it."""
    try:
        return getpass.getuser()
    except Exception:  # no login name available (e.g. a bare container)
        return "okänd"


@dataclass(frozen=True, slots=True)
class Login:
    """Who says they are working: the operating-system login, or a login named by HMC_USER."""

    name: str
    override: bool = False  # named by HMC_USER rather than the operating system
    os_name: str = ""  # the operating-system login behind an override

    def __str__(self) -> str:
        return self.name


def requested_login() -> Login:
    """The operating-system login, or the one ``HMC_USER`` names (checked by :func:`resolve_user`)."""
    real = os_login()
    named = os.environ.get(OVERRIDE_VARIABLE, "").strip()
    if named and named != real:
        return Login(named, override=True, os_name=real)
    return Login(real)


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


def resolve_user(db: Connection, login: Login | str) -> CurrentUser:
    """The active staff member with ``login`` (a Core read: no ORM at start-up).

    An override (``HMC_USER``) that does not name an active service account is refused
    with :class:`Unusable`: the program does not quietly fall back to another identity.
    """
    if isinstance(login, str):
        login = Login(login)
    s = tables.staff.c
    staff = db.execute(select(s.login, s.display_name, s.role, s.service_account)
                       .where(s.login == login.name, s.active.is_(True))).first()
    if login.override and (staff is None or not staff.service_account):
        raise Unusable("override_refused", login=login.name, os_login=login.os_name,
                       variable=OVERRIDE_VARIABLE)
    if staff is None:
        return CurrentUser(login=login.name, display_name=login.name, role=None)
    return CurrentUser(login=staff.login, display_name=staff.display_name, role=Role(staff.role))
