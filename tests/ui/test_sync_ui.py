"""The sync in the window: status label, folder watcher, change watcher, banner, conflict dialog."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.claims import ClaimService
from hmc_desktop.services.orders.editing import EditService, StaleEdit
from hmc_desktop.services.queue.queries import QueueFilter, QueueService
from hmc_desktop.services.sync.log import SyncLog
from hmc_desktop.services.sync.settings import SyncSettings, save_sync_settings
from hmc_desktop.ui.common.conflict_dialog import RELOAD, ConflictDialog
from hmc_desktop.ui.shell.connection import ChangeWatcher, ConnectionBanner, Teamwork
from hmc_desktop.ui.shell.sync_status import SyncStatusWidget, SyncWatcher
from tests.conftest import TEST_LOGIN
from tests.integration.test_sync_support import add_staff, at_head, order_lines, write_orders
from tests.ui.conftest import AS_OF, settle


@pytest.fixture
def ctx(ui_db_url: str) -> Iterator[ServiceContext]:
    context = at_head(ServiceContext(Database(ui_db_url), Clock.parse(AS_OF), login=TEST_LOGIN))
    context.reload()
    yield context
    settle()
    context.db.dispose()


def open_order(ctx: ServiceContext) -> str:
    first = QueueService(ctx).order_ids(QueueFilter(status="registered"))[0]
    return QueueService(ctx).rows([first])[first].order_no


def test_the_status_label_says_not_configured_then_shows_rejects(qtbot: Any, ctx):
    label = SyncStatusWidget(ctx)
    qtbot.addWidget(label)
    assert label.objectName() == "statusSync" and label.text() == "Synk: ej konfigurerad"
    label.refresh()
    settle()
    assert label.text() == "Synk: ej konfigurerad"
    SyncLog(ctx).record("intake", "rejects", file="dag.csv", new=3, rejected=2,
                        message="imported: 3 new, 0 updated, 0 unchanged, 2 rejected")
    save_sync_settings(ctx, SyncSettings(intake_dir=Path("/srv/intake")))
    label.refresh()
    settle()
    assert label.text() == "Synk 10:00 – 2 avvisade rader"
    assert "dag.csv" in label.toolTip() and "archive/dag.csv.rejects.txt" in label.toolTip()
    assert "bold" in label.styleSheet()


def test_the_watcher_takes_a_dropped_file_and_exports_the_outbox(qtbot: Any, ctx, tmp_path):
    intake, outbox = tmp_path / "in", tmp_path / "out"
    intake.mkdir()
    outbox.mkdir()
    save_sync_settings(ctx, SyncSettings(intake, outbox, stable_seconds=0, interval_seconds=1))
    number = open_order(ctx)
    OrderService(ctx).add_message(number, "free", "Hej", "Text")
    write_orders(intake / "drop.csv", order_lines("UI", 2))
    label = SyncStatusWidget(ctx)
    qtbot.addWidget(label)
    watcher = SyncWatcher(ctx, label)
    with qtbot.waitSignal(watcher.synced, timeout=10_000) as synced:
        watcher.start()
    watcher.stop()
    settle()
    run = synced.args[0]
    assert run.intake.results[0].new == 2 and run.outbox.exported[0][0] == 1
    assert (intake / "archive" / "drop.csv").exists()
    assert label.text().startswith("Synk 10:00") and "avvisade" not in label.text()


def test_the_watcher_shows_a_missing_folder(qtbot: Any, ctx, tmp_path):
    save_sync_settings(ctx, SyncSettings(outbox_dir=tmp_path / "gone"))
    label = SyncStatusWidget(ctx)
    qtbot.addWidget(label)
    watcher = SyncWatcher(ctx, label)
    with qtbot.waitSignal(watcher.roundDone, timeout=10_000):
        watcher.run_now()
    settle()
    assert label.text().endswith("– fel")
    assert "Utkorgsmappen" in label.toolTip() and "gone" in label.toolTip()


def test_another_workstations_change_arrives_as_a_signal(qtbot: Any, ctx):
    add_staff(ctx, "tech1")
    other = ServiceContext(ctx.db, Clock.parse(AS_OF), login="tech1")
    number = open_order(ctx)
    watcher = ChangeWatcher(Database(ctx.db.url).engine, poll_seconds=0.2)
    with qtbot.waitSignal(watcher.onlineChanged, timeout=5_000):
        watcher.start()
    try:
        with qtbot.waitSignal(watcher.changed, timeout=2_000,
                              check_params_cb=lambda e, k: (e, k) == ("order", number)):
            ClaimService(other).claim(number)
    finally:
        watcher.stop()


def test_an_unreachable_server_shows_the_banner(qtbot: Any):
    db = Database("postgresql+psycopg://nobody@/nodb?host=/nonexistent-hmc")
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    watcher = ChangeWatcher(db.engine, backoff=(0.1,))
    watcher.onlineChanged.connect(banner.set_online)
    with qtbot.waitSignal(watcher.onlineChanged, timeout=5_000) as state:
        watcher.start()
    watcher.stop()
    db.dispose()
    assert state.args[0] is False
    assert not banner.isHidden() and "går inte att nå" in banner.text()
    banner.set_online(True)
    assert banner.isHidden()


def test_the_conflict_dialog_shows_both_versions_and_offers_reload(qtbot: Any, ctx):
    add_staff(ctx, "tech1")
    other = ServiceContext(ctx.db, Clock.parse(AS_OF), login="tech1")
    number = open_order(ctx)
    base = OrderService(ctx).show(number)
    EditService(other).update_order(number, base.version, {"description": "Deras text"})
    with pytest.raises(StaleEdit) as stale:
        EditService(ctx).update_order(number, base.version, {"description": "Min text"})
    dialog = ConflictDialog(stale.value)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.findChild(QTableWidget, "conflictTable")
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert cells[0] == ["Beskrivning", "Min text", "Deras text"]
    assert cells[1][0] == "Medicinsk risk (prioritet)" and cells[1][1] == cells[1][2]
    assert table.item(0, 1).font().bold() and not table.item(1, 1).font().bold()
    assert "tech1" in dialog.findChild(QLabel, "conflictSentence").text()
    dialog.findChild(QPushButton, "conflict_reload").click()
    assert dialog.choice == RELOAD


class _Window(QMainWindow):
    """What Teamwork needs of the main window (it makes its own change hub)."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        central = QWidget()
        QVBoxLayout(central).addWidget(QLabel("tabs"))
        self.setCentralWidget(central)


def test_teamwork_brings_another_workstations_change_to_the_change_hub(qtbot: Any, ctx):
    add_staff(ctx, "tech1")
    other = ServiceContext(ctx.db, Clock.parse(AS_OF), login="tech1")
    number = open_order(ctx)
    window = _Window(ctx)
    qtbot.addWidget(window)
    team = Teamwork(window)
    heard: list[Any] = []
    team.hub.changed.connect(heard.append)
    team.changes.listener.poll_seconds = 0.2
    window.show()
    assert team.started and window.centralWidget().layout().itemAt(0).widget() is team.banner
    assert team.banner.isHidden() and team.sync_status.objectName() == "statusSync"
    qtbot.waitUntil(lambda: team.changes.online is True, timeout=5_000)
    ClaimService(other).claim(number)  # another workstation takes the order
    qtbot.waitUntil(lambda: any(c.touches("order", number) for c in heard), timeout=2_000)
    window.close()
    assert team.changes.listener._thread is None  # stopped with the window
    settle()


def test_a_long_round_says_it_is_running_until_it_ends(qtbot: Any, ctx, tmp_path, monkeypatch):
    intake = tmp_path / "in"
    intake.mkdir()
    save_sync_settings(ctx, SyncSettings(intake_dir=intake, stable_seconds=0))
    label = SyncStatusWidget(ctx)
    qtbot.addWidget(label)
    watcher = SyncWatcher(ctx, label)
    watcher.slow_ms = 50
    real = watcher.service.run_once

    def slow_round(*args: Any, **kwargs: Any) -> Any:
        import time

        time.sleep(0.6)  # a large file
        return real(*args, **kwargs)

    monkeypatch.setattr(watcher.service, "run_once", slow_round)
    with qtbot.waitSignal(watcher.roundDone, timeout=10_000):
        watcher.run_now()
        qtbot.waitUntil(lambda: label.text() == "Synk pågår …", timeout=2_000)
        assert "går att använda" in label.toolTip()
    settle()
    qtbot.waitUntil(lambda: label.text() != "Synk pågår …", timeout=5_000)
    assert label.text().startswith("Synk")
