"""Shared fixtures for the GUI flow tests (test_flow_*.py, test_printing*.py): the tiny centre of
tests/integration/test_flow_data.py in a real main window. No tests here.

Monday 23 November 2026 10:00 is "now". Orders: SDH-1 (digital D-100 with Åsa Öberg),
T7-1 and T7-2 (type 7 with the special-adaptation instruction), T3-1 (acute, D-300).
Logins: tester (admin), sup1, tek1, lager1, kund1.
"""

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.queue.queries import QueueService
from hmc_desktop.ui.common import i18n, ops
from hmc_desktop.ui.common.print_preview import PrintPreviewDialog
from hmc_desktop.ui.common.widgets import alive
from hmc_desktop.ui.shell.main_window import MainWindow
from tests.conftest import TEST_LOGIN
from tests.integration.test_flow_data import NOW, add_order, build_centre
from tests.ui.conftest import StubDialogs, settle, wait_loaded

SAI = ("special_adaptation_instruction",)


@pytest.fixture
def centre_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "centre.sqlite3"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    ctx = ServiceContext(Database(url), Clock.parse(NOW), login=TEST_LOGIN)
    ctx.reload()
    build_centre(ctx)
    add_order(ctx, "SDH-1", "SDH", "D-100", description="Talapparaten startar inte")
    add_order(ctx, "T7-1", "7", "D-200", attachments=SAI, payer_no="111")
    add_order(ctx, "T7-2", "7", "D-300", attachments=SAI)
    add_order(ctx, "T3-1", "3", "D-300", description="Duschpallen har gått sönder")
    ctx.db.dispose()
    return url


@pytest.fixture
def centre_window(qtbot: Any, centre_url: str) -> Iterator[Callable[..., MainWindow]]:
    """``centre_window(login=…)``: a shown main window on the centre, queue loaded."""
    db = Database(centre_url)

    def factory(login: str = TEST_LOGIN, as_of: str = NOW) -> MainWindow:
        ctx = ServiceContext(db, Clock.parse(as_of), login=login)
        ctx.reload()
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.queue_tab.order_actions.dialogs = StubDialogs()
        window.show()
        wait_loaded(qtbot, window)
        return window

    yield factory
    settle()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()
    settle()
    ops.set_default_failure(None)
    i18n.uninstall(QApplication.instance())  # type: ignore[arg-type]
    db.dispose()


def open_order(qtbot: Any, window: MainWindow, order_no: str) -> None:
    """Select the order in the queue as the scan field does, details loaded."""
    found = QueueService(window.ctx).locate(order_no)
    assert found is not None and found.order_id is not None
    window.show_order(found.order_id, found.key)
    tab = window.queue_tab
    qtbot.waitUntil(lambda: (v := tab.details.view) is not None and v.order_no == order_no
                    and not tab.model.busy and tab.current_view() is not None, timeout=10_000)
    settle()


def wait_preview(qtbot: Any, parent: QWidget, pages: int | None = None) -> PrintPreviewDialog:
    """The preview dialog that a background job opens over ``parent``'s window."""
    def found() -> PrintPreviewDialog | None:
        for d in parent.window().findChildren(PrintPreviewDialog):
            if d.isVisible():
                return d
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=20_000)
    dialog = found()
    assert dialog is not None
    if pages is not None:
        qtbot.waitUntil(lambda: dialog.page_count() == pages, timeout=5_000)
    return dialog


def activate(qtbot: Any, widget: QWidget) -> None:
    """Make the widget's window the active one (offscreen, closing a dialog activates nothing),
    so window shortcuts reach it."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow, timeout=5_000)


def closed(dialog: QWidget) -> bool:
    """Closed (and, with WA_DeleteOnClose, perhaps deleted already)."""
    return not alive(dialog) or not dialog.isVisible()


def wait_done(qtbot: Any, dialog: Any) -> None:
    """Until the flow dialog's service call has answered (its OK is usable again or it closed)."""
    qtbot.waitUntil(lambda: closed(dialog) or not dialog.busy, timeout=10_000)
    settle()
