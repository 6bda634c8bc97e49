"""What every service needs: the database, the clock, the person working, catalogue and calendar."""

from sqlalchemy import Connection

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.domain.calendar import WorkCalendar
from hmc_desktop.domain.catalogue import Catalogue
from hmc_desktop.domain.sla import DeadlineDeriver
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.reference import (
    ensure_defaults,
    load_calendar,
    load_catalogue,
    missing_defaults,
)
from hmc_desktop.services.core.staff import CurrentUser, Login, requested_login, resolve_user


class ServiceContext:
    """Shared state of one program run. Reference data is cached; call :meth:`reload` after edits."""

    def __init__(self, db: Database, clock: Clock | None = None,
                 login: str | Login | None = None) -> None:
        """``login``: who is working; by default the operating-system login, or the service
        account ``HMC_USER`` names (see :mod:`hmc_desktop.services.core.staff`)."""
        self.db = db
        self.clock = clock or Clock()
        self.identity = (requested_login() if login is None
                         else Login(login) if isinstance(login, str) else login)
        self.login = self.identity.name
        self._calendar: WorkCalendar | None = None
        self._catalogue: Catalogue | None = None
        self._user: CurrentUser | None = None
        self._deriver: DeadlineDeriver | None = None

    def prepare(self) -> str | None:
        """Create/upgrade the schema and the defaults; returns the upgrade note, if any."""
        note = self.db.upgrade()
        with self.db.engine.connect() as conn:
            missing = missing_defaults(conn)
        if missing:  # a new database (or one from before a default was added)
            with self.db.transaction() as session:
                ensure_defaults(session, self.identity, self.clock.now())  # asks again, in it
        self.reload()
        return note

    def reload(self) -> None:
        """Read the catalogue, calendar and the person working again (Core: no ORM needed)."""
        with self.db.engine.connect() as conn:
            self._load(conn)

    def _load(self, conn: Connection) -> None:
        self._calendar = load_calendar(conn)
        self._catalogue = load_catalogue(conn)
        self._user = resolve_user(conn, self.identity)

    def _ensure(self) -> None:
        if self._calendar is None:
            self.reload()

    @property
    def calendar(self) -> WorkCalendar:
        self._ensure()
        assert self._calendar is not None
        return self._calendar

    @property
    def deadlines(self) -> DeadlineDeriver:
        """The one deadline deriver (C2, C3, W8), remembering its answers for the current calendar."""
        calendar = self.calendar
        if self._deriver is None or self._deriver.calendar is not calendar:
            self._deriver = DeadlineDeriver(calendar)
        return self._deriver

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
