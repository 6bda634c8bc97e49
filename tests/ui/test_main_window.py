"""The main window: CONTRACT object names, the scan field, menus, language, read-only, the CLI."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView, QTabWidget, QWidget
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

import hmc_desktop
from hmc_desktop import cli
from hmc_desktop.db.models import Device
from hmc_desktop.services.queue.queries import QueueFilter, QueueService
from hmc_desktop.ui.common import errors, i18n, ops
from hmc_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import AS_OF, settle, wait_loaded


def test_contract_object_names_and_layout(window: MainWindow):
    assert window.objectName() == "mainWindow"
    for name, cls in (("workOrderQueueTab", QWidget), ("deviceCardTab", QWidget),
                      ("techDocTab", QWidget), ("workOrderTable", QTableView),
                      ("queueSearch", QLineEdit), ("mailboxSelector", QComboBox),
                      ("scanField", QLineEdit)):
        assert window.findChild(cls, name) is not None, name
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.widget(i).objectName() for i in range(3)] == [
        "workOrderQueueTab", "deviceCardTab", "techDocTab"]
    assert [tabs.tabText(i) for i in range(3)] == [
        "Arbetsordrar", "Individkort", "Teknisk dokumentation"]
    assert type(window.device_tab).__name__ == "DeviceCardTab"
    assert type(window.techdoc_tab).__name__ == "TechDocTab"


TABS = ["workOrderQueueTab", "deviceCardTab", "techDocTab", "printingTab", "quickServiceTab",
        "followUpTab", "inspectionTab", "recallTab"]


def test_only_the_queue_is_built_with_the_window_the_other_tabs_when_first_needed(qtbot, window):
    tabs, lazy = window.tabs, window.lazy_tabs
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == TABS
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Arbetsordrar", "Individkort", "Teknisk dokumentation", "Utskrifter", "Snabbservice",
        "Uppföljning", "Besiktning", "Återkallelser"]
    assert all(lazy.peek(key) is None for key in lazy.tab_keys())
    heard: list[QWidget] = []
    tabs.currentChanged.connect(lambda i: heard.append(tabs.widget(i)))
    tabs.setCurrentIndex(5)  # a click on Uppföljning: built in its place and in front
    tab = lazy.peek("followup")
    assert type(tab).__name__ == "FollowUpTab" and tab.objectName() == "followUpTab"
    assert tabs.indexOf(tab) == 5 and tabs.currentWidget() is tab and heard == [tab]
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == TABS
    assert tabs.tabText(5) == "Uppföljning" and window.followup_tab is tab  # built once
    tabs.setCurrentIndex(0)
    card = window.device_tab  # asked for by the program: built in place, not brought forward
    assert tabs.widget(1) is card and tabs.currentIndex() == 0
    assert lazy.peek("techdoc") is None and lazy.peek("printing") is None
    settle()


def test_other_workstations_changes_do_not_build_the_device_card(qtbot, window):
    window.change_hub.heard("device", "X-1")
    assert window.lazy_tabs.peek("device") is None


def test_the_shortcut_list_names_the_keys_of_every_tab_once_in_aligned_columns(qtbot, window):
    """F1 is read from the real actions: every tab's keys (also of tabs not opened yet), each
    (place, key) once (Ctrl+Del, Ctrl+Return, Ctrl+Shift+P were listed twice), the keys in a
    column of their own, not after a tab character."""
    window.findChild(QAction, "actionShortcuts").trigger()
    assert all(window.lazy_tabs.peek(key) is not None for key in window.lazy_tabs.tab_keys())
    dialog = window.shortcut_dialog
    rows = dialog.rows()
    assert any("Ctrl+D" in keys for _g, _c, keys in rows)  # the device card's "Teknisk dok."
    assert len(rows) == len(set(rows))
    places = [(group, key) for group, _c, keys in rows for key in keys.split(", ")]
    assert len(places) == len(set(places)), sorted(p for p in places if places.count(p) > 1)
    assert not any("\t" in command or "Enter" in keys for _g, command, keys in rows)
    assert dialog.tree.columnCount() == 2
    dialog.close()
    settle()


def test_the_window_opens_without_what_only_the_other_tabs_need(ui_db_url):
    """Start-up time: charts, the PDF viewer, reportlab, the importers and Alembic
    load when they are first used, not with the window."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "import hmc_desktop\n"
        f"window = hmc_desktop.create_main_window({ui_db_url!r}, {AS_OF!r})\n"
        "window.show()\n"
        "app.processEvents()\n"
        "late = ('reportlab', 'alembic', 'PySide6.QtCharts', 'PySide6.QtPdf',\n"
        "        'hmc_desktop.interchange', 'hmc_desktop.ui.followup.view', 'hmc_desktop.ui.device.card',\n"
        "        'hmc_desktop.ui.printing.tab', 'hmc_desktop.ui.new_order.dialog')\n"
        "print(sorted(name for name in late if name in sys.modules))\n"
        "from hmc_desktop.ui.common import ops\n"
        "window.queue_tab.stop_loading(); ops.drain(); window.close()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_focus_starts_in_the_scan_field_and_every_menu_action_has_a_shortcut(qtbot, window):
    qtbot.waitUntil(lambda: window.scan_field.hasFocus(), timeout=5_000)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert [m.title().replace("&", "") for m in menus] == ["Arkiv", "Arbetsorder", "Visa", "Hjälp"]
    for menu in menus:
        for action in menu.actions():
            if not action.isSeparator():
                assert action.shortcuts(), action.text()
    keys = {k.toString() for a in window.findChildren(QAction) for k in a.shortcuts()}
    assert {"Ctrl+L", "F6", "Ctrl+Return", "F5", "Ctrl+F"} <= keys
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() and widget.isVisible() and widget.inherits("QAbstractButton"):
            assert widget.accessibleName() or widget.text(), widget.objectName()


def test_status_bar_shows_user_database_and_sync(window):
    texts = [w.text() for w in window.statusBar().findChildren(QWidget) if hasattr(w, "text")]
    assert any(t.startswith("Inloggad: tester (administratör)") for t in texts)
    assert any(t == window.ctx.db.display_name and t.startswith("SQLite:") for t in texts)
    assert "Synk: ej konfigurerad" in texts


def test_scanning_an_order_number_selects_it_in_the_queue(qtbot, window):
    done = QueueService(window.ctx).order_ids(QueueFilter(status="completed"))[0]
    no = QueueService(window.ctx).rows([done])[done].order_no  # not in the open view
    window.tabs.setCurrentIndex(2)
    qtbot.keyClicks(window.scan_field, no.lower())
    with qtbot.waitSignal(window.scanHandled, timeout=10_000) as signal:
        qtbot.keyClick(window.scan_field, "\r")
    assert signal.args == ["order", no.lower()]
    tab = window.queue_tab
    qtbot.waitUntil(lambda: tab.details.view is not None and tab.details.view.order_no == no,
                    timeout=10_000)
    assert window.tabs.currentWidget() is tab
    current = tab.table.currentIndex()
    assert tab.model.order_id(current.row()) == done


def test_scanning_an_individual_number_opens_the_device_card(qtbot, window):
    with window.ctx.db.reading() as s:
        number = s.scalars(select(Device.individual_no).limit(1)).one()
    window.scan_field.setText(number)
    with qtbot.waitSignal(window.device_tab.deviceLoaded, timeout=10_000) as signal:
        window.scan_field.returnPressed.emit()
    assert signal.args == [number]
    assert window.tabs.currentWidget() is window.device_tab


def test_an_unknown_number_is_a_sentence_in_the_status_bar(qtbot, window):
    window.scan_field.setText("XYZ-0000")
    with qtbot.waitSignal(window.scanHandled, timeout=10_000):
        window.scan_field.returnPressed.emit()
    assert "XYZ-0000" in window.statusBar().currentMessage()
    assert "Hittade ingen" in window.statusBar().currentMessage()
    assert not [w for w in QApplication.topLevelWidgets() if w.isModal() and w.isVisible()]


def test_english_shows_english_tab_titles(qtbot, open_window):
    assert i18n.install(QApplication.instance(), "en") == "en"
    window = open_window()
    assert [window.tabs.tabText(i) for i in range(3)] == [
        "Work orders", "Device card", "Technical documentation"]
    assert window.queue_tab.filters.mailbox.itemText(0) == "All mailboxes"
    i18n.uninstall(QApplication.instance())
    assert QCoreApplication.translate("MainWindow", "Individkort") == "Individkort"


def test_an_unknown_login_gets_a_read_only_window(qtbot, open_window):
    window = open_window(login="nobody")
    banner = window.findChild(QWidget, "readOnlyBanner")
    assert banner is not None and "nobody" in banner.text() and "läsläge" in banner.text()
    assert window.queue_tab.details.view is not None
    assert not any(a.isEnabled() for a in window.queue_tab.order_actions.changing)


def test_database_trouble_is_one_sentence(window):
    exc = OperationalError("SELECT 1", {}, Exception("could not connect"))
    window.report(exc)
    assert window.statusBar().currentMessage().startswith("Databasen går inte att nå just nu")
    assert errors.describe(KeyError("x")).startswith("Ett oväntat fel inträffade (KeyError)")


def test_create_main_window_for_an_existing_application(qtbot, ui_db_url):
    window = hmc_desktop.create_main_window(ui_db_url, AS_OF)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and not window.isVisible()
    window.show()
    wait_loaded(qtbot, window)
    assert window.queue_tab.model.rowCount() > 0
    settle()
    ops.set_default_failure(None)
    window.ctx.db.dispose()


def test_quit_after_load_with_a_screenshot_through_the_cli(qtbot, ui_db_url, tmp_path: Path):
    shot = tmp_path / "shot.png"
    code = cli.main(["--db", ui_db_url, "--as-of", AS_OF, "--quit-after-load",
                     "--screenshot", str(shot)])
    settle()
    assert code == 0
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 1000 and image.height() >= 600


def test_a_first_run_on_an_empty_default_database_gets_demo_data(qtbot, tmp_path, monkeypatch):
    import hmc_desktop.app as app_module
    from hmc_desktop import machine_config

    url = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    monkeypatch.delenv("HMC_DB_URL", raising=False)
    monkeypatch.setattr(machine_config, "default_db_url", lambda: url)
    assert cli.main(["--as-of", AS_OF, "--quit-after-load"]) == 0
    settle()
    ctx = app_module.build_context(url, AS_OF)
    try:
        assert len(QueueService(ctx).order_ids(QueueFilter(status="all"))) == app_module.DEMO_ORDERS
    finally:
        ctx.db.dispose()


def test_the_first_rows_show_before_the_orm_and_the_models_load(ui_db_url):
    """Start-up time: the start-up reads with SQLAlchemy Core; the ORM (100 ms) loads afterwards."""
    code = ("import atexit, sys\n"
            "from hmc_desktop import cli\n"
            "atexit.register(lambda: print(sorted(m for m in sys.modules if m == 'sqlalchemy.orm'"
            " or m.startswith('hmc_desktop.db.models.'))))\n"
            f"cli.main(['--db', {ui_db_url!r}, '--as-of', {AS_OF!r}, '--quit-after-load'])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    assert out.strip().splitlines()[-1] == "[]"
