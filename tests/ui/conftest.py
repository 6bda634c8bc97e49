"""UI fixtures: a small demo database (SQLite only), the main window on it, stub dialogs.

No test may leave background work running: every window fixture waits for the
operation pool at teardown, before the widgets are closed.
"""

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.demo.demo import generate_demo
from hmc_desktop.services.orders.actions import CANCEL_WRONG_TYPE, OrderView
from hmc_desktop.services.orders.messages import cancel_message
from hmc_desktop.services.queue.queries import QueueService
from hmc_desktop.ui.common import i18n, ops
from hmc_desktop.ui.shell import zoom
from hmc_desktop.ui.shell.main_window import MainWindow
from tests.conftest import TEST_LOGIN
from tests.queue_cases import add_queue_cases

AS_OF = "2026-11-24 10:00"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Each test starts with no remembered settings (window sizes, zoom, language), in a
    folder of its own, never the person's; and the text at its normal size."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    zoom.reset_for_tests()
    yield folder
    zoom.reset_for_tests()


@pytest.fixture(scope="session")
def demo_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The migrated template with generate_demo(300 devices, 200 orders, seed 3) and the queue
    cases (tests/queue_cases.py), made once."""
    path = tmp_path_factory.mktemp("ui-template") / "demo.sqlite3"
    shutil.copy(sqlite_template, path)
    ctx = ServiceContext(Database(f"sqlite:///{path}"), Clock.parse(AS_OF), login=TEST_LOGIN)
    ctx.reload()
    generate_demo(ctx, 300, 200, seed=3)
    add_queue_cases(ctx, path.parent)  # at risk, breached, medical risk, incomplete (W6)
    ctx.db.dispose()
    return path


@pytest.fixture
def ui_db_url(demo_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "ui.sqlite3"
    shutil.copy(demo_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def ui_ctx(ui_db_url: str) -> Iterator[ServiceContext]:
    """Services on a fresh copy of the demo database, as 'tester' at AS_OF."""
    ctx = ServiceContext(Database(ui_db_url), Clock.parse(AS_OF), login=TEST_LOGIN)
    ctx.reload()
    yield ctx
    ops.wait_for_all()
    ctx.db.dispose()


class StubDialogs:
    """Answers the order actions' dialogs without showing them; records what was asked."""

    def __init__(self) -> None:
        self.hold = "Väntar på reservdel"
        self.cancel_with: str | None = CANCEL_WRONG_TYPE
        self.expected: date | None = None  # W5: the date the technician gives
        self.details_with: tuple[str, str] | None = None
        self.confirm = True
        self.asked: list[tuple[str, Any]] = []

    def hold_reason(self, _parent: object, order_no: str) -> str | None:
        self.asked.append(("hold", order_no))
        return self.hold

    def cancel(self, _parent: object, view: OrderView) -> tuple[str, str, str] | None:
        """The reason as set, and the message the dialog would show for it (W4)."""
        self.asked.append(("cancel", view.order_no))
        if self.cancel_with is None:
            return None
        subject, body = cancel_message(view.order_no, view.type_name, view.individual_no,
                                       view.orderer_name, self.cancel_with)
        return self.cancel_with, subject, body

    def delay_message(self, _parent: object, order_no: str, subject: str, body: str,
                      today: date) -> tuple[str, str, date | None] | None:
        self.asked.append(("delay", (order_no, subject, body, today)))
        return (subject, body, self.expected) if self.expected else None

    def details(self, _parent: object, view: OrderView) -> tuple[str, str] | None:
        self.asked.append(("details", view.order_no))
        return self.details_with

    def confirm_complete(self, _parent: object, order_no: str) -> bool:
        self.asked.append(("complete", order_no))
        return self.confirm

    def message(self, _parent: object, order_no: str, subject: str,
                body: str) -> tuple[str, str] | None:
        self.asked.append(("message", (order_no, subject, body)))
        return subject, body + "\n\nMed vänlig hälsning, verkstaden"

    def pickup_date(self, _parent: object, order_no: str, default: date) -> date | None:
        self.asked.append(("pickup", (order_no, default)))
        return default


@pytest.fixture
def open_window(qtbot: Any, ui_db_url: str) -> Iterator[Callable[..., MainWindow]]:
    """``open_window(as_of=…, login=…)``: a shown main window whose queue has loaded."""
    made: list[tuple[MainWindow, ServiceContext]] = []
    db = Database(ui_db_url)

    def factory(as_of: str = AS_OF, login: str = TEST_LOGIN) -> MainWindow:
        ctx = ServiceContext(db, Clock.parse(as_of), login=login)
        ctx.reload()
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.queue_tab.order_actions.dialogs = StubDialogs()
        window.show()
        wait_loaded(qtbot, window)
        made.append((window, ctx))
        return window

    yield factory
    settle()
    ops.set_default_failure(None)
    i18n.uninstall(QApplication.instance())  # type: ignore[arg-type]
    db.dispose()


@pytest.fixture
def window(open_window: Callable[..., MainWindow]) -> MainWindow:
    return open_window()


def settle() -> None:
    """Wait for every background operation and deliver its callbacks."""
    for _ in range(5):
        ops.wait_for_all()
        QApplication.processEvents()


def wait_loaded(qtbot: Any, window: MainWindow) -> None:
    """Until the queue's id list is in and the details pane shows the selected order (if any)."""
    tab = window.queue_tab

    def ready() -> bool:
        if not tab._first_shown or tab.model.busy:
            return False
        current = tab.table.currentIndex()
        if not current.isValid():
            return tab.model.rowCount() == 0
        row = tab.model.cached(current.row())
        view = tab.details.view
        return row is not None and view is not None and view.order_no == row.order_no

    qtbot.waitUntil(ready, timeout=10_000)
    settle()


def select(qtbot: Any, window: MainWindow, order_no: str) -> OrderView:
    """Select ``order_no`` the way the scan field does; returns the details' view."""
    found = QueueService(window.ctx).locate(order_no)
    assert found is not None and found.order_id is not None
    window.show_order(found.order_id, found.key)
    qtbot.waitUntil(lambda: (view := window.queue_tab.details.view) is not None
                    and view.order_no == order_no and not window.queue_tab.model.busy,
                    timeout=10_000)
    settle()
    view = window.queue_tab.details.view
    assert view is not None
    return view
