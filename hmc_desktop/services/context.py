"""What every service needs: the database, the clock, the person working, catalogue and calendar."""

from sqlalchemy.orm import Session

import hmc_desktop.services.changes  # noqa: F401  (registers NOTIFY after audited changes)
from hmc_desktop.domain.calendar import WorkCalendar
from hmc_desktop.domain.catalogue import Catalogue
from hmc_desktop.services.clock import Clock
from hmc_desktop.services.database import Database
from hmc_desktop.services.reference import ensure_defaults, load_calendar, load_catalogue
from hmc_desktop.services.staff import CurrentUser, os_login, resolve_user


class ServiceContext:
    """Shared state of one program run. Reference data is cached; call :meth:`reload` after edits."""

    def __init__(self, db: Database, clock: Clock | None = None, login: str | None = None) -> None:
        self.db = db
        self.clock = clock or Clock()
        self.login = login or os_login()
        self._calendar: WorkCalendar | None = None
        self._catalogue: Catalogue | None = None
        self._user: CurrentUser | None = None

    def prepare(self) -> str | None:
        """Create/upgrade the schema and the defaults; returns the upgrade note, if any."""
        note = self.db.upgrade()
        with self.db.transaction() as session:
            ensure_defaults(session, self.login)
        self.reload()
        return note

    def reload(self) -> None:
        with self.db.reading() as session:
            self._load(session)

    def _load(self, session: Session) -> None:
        self._calendar = load_calendar(session)
        self._catalogue = load_catalogue(session)
        self._user = resolve_user(session, self.login)

    def _ensure(self) -> None:
        if self._calendar is None:
            self.reload()

    @property
    def calendar(self) -> WorkCalendar:
        self._ensure()
        assert self._calendar is not None
        return self._calendar

    @property
    def catalogue(self) -> Catalogue:
        self._ensure()
        assert self._catalogue is not None
        return self._catalogue

    @property
    def user(self) -> CurrentUser:
        self._ensure()
        assert self._user is not None
        return self._user
