"""The technical documentation tab (S2, S5) on a demo database, offscreen."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit, QSpinBox, QTableWidget
from sqlalchemy import select

from hmc_desktop.db.models import AuditEntry, WorkOrder
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.ui.common.ops import wait_for_all
from hmc_desktop.ui.orders.tech_doc import TechDocTab

AS_OF = "2026-11-24 10:00"


@pytest.fixture
def ctx(ui_ctx):
    """The demo centre (tests/ui/conftest.py)."""
    return ui_ctx


class Recorder:
    """Stands in for the file dialog and the desktop's opener."""

    def __init__(self, chosen=None):
        self.chosen = chosen
        self.opened = []

    def choose(self, parent):
        return self.chosen

    def open(self, path):
        self.opened.append((path.name, path.read_bytes()))
        return True


@pytest.fixture
def files():
    return Recorder()


@pytest.fixture
def tab(qtbot, ctx, files):
    widget = TechDocTab(ctx, file_chooser=files.choose, opener=files.open)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def order_of_type(ctx, code):
    with ctx.db.reading() as s:
        return s.scalar(select(WorkOrder.order_no).where(WorkOrder.type_code == code)
                        .order_by(WorkOrder.id).limit(1))


def open_doc(qtbot, tab, order_no):
    tab.open_order(order_no)
    qtbot.waitUntil(lambda: tab.doc is not None and tab.doc.header.order_no == order_no, timeout=10_000)


def test_open_order_shows_header_and_hides_classification(qtbot, tab, ctx):
    order_no = order_of_type(ctx, "SDH")
    open_doc(qtbot, tab, order_no)
    assert tab.title.text().startswith(f"{order_no} · Typ SDH Support digitala hjälpmedel")
    assert tab.class_row.isHidden()
    assert tab.log.rowCount() == 0 and tab.total.text() == "Total tid: 0 h 0 min"
    assert tab.form.isEnabled()


def test_add_entry_with_ctrl_return_appears_in_the_log(qtbot, tab, ctx):
    order_no = order_of_type(ctx, "SDH")
    open_doc(qtbot, tab, order_no)
    form = tab.form
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("finding"))
    form.minutes_spin.setValue(25)
    form.text_edit.setFocus()
    qtbot.keyClicks(form.text_edit, "Laddkabeln glapper")
    qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.log.rowCount() == 1, timeout=10_000)
    cells = [tab.log.item(0, c).text() for c in range(tab.log.columnCount())]
    assert cells == ["2026-11-24 10:00", "Iakttagelse", "Laddkabeln glapper", "25", "tester"]
    assert form.text_edit.toPlainText() == "" and form.minutes_spin.value() == 0
    assert tab.total.text() == "Total tid: 0 h 25 min"
    with ctx.db.reading() as s:
        assert s.scalar(select(AuditEntry.new).where(AuditEntry.entity_key == order_no,
                                                     AuditEntry.action == "doc")) == \
            "Laddkabeln glapper (25 min)"


def test_empty_entry_is_refused_with_a_sentence(qtbot, tab, ctx):
    open_doc(qtbot, tab, order_of_type(ctx, "SDH"))
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.isVisible() and "text" in tab.message.text(), timeout=10_000)
    assert tab.message.text() == "Dokumentationsposten måste ha en text"
    assert tab.log.rowCount() == 0 and tab.form.save_button.isEnabled()


def test_attach_a_file_and_open_it(qtbot, tab, ctx, files, tmp_path):
    order_no = order_of_type(ctx, "SDH")
    open_doc(qtbot, tab, order_no)
    source = tmp_path / "felkod.txt"
    source.write_bytes("E42 – batterifel\n".encode())
    files.chosen = str(source)
    before = tab.attachment_list.rowCount()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.attachment_list.rowCount() == before + 1, timeout=10_000)
    row = tab.attachment_list.rowCount() - 1
    assert tab.attachment_list.item(row, 0).text() == "felkod.txt"
    tab.attachment_list.selectRow(row)
    assert tab.open_button.isEnabled()
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(files.opened), timeout=10_000)
    assert files.opened == [("felkod.txt", "E42 – batterifel\n".encode())]


def test_cancelled_file_dialog_does_nothing(qtbot, tab, ctx, files):
    open_doc(qtbot, tab, order_of_type(ctx, "SDH"))
    files.chosen = None
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert tab.attachment_list.rowCount() == 0 and not tab.message.isVisible()


def test_type_9_order_is_classified(qtbot, tab, ctx):
    order_no = order_of_type(ctx, "9")
    open_doc(qtbot, tab, order_no)
    assert tab.class_row.isVisibleTo(tab)
    combo = tab.class_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(ej klassad)", "Produktfel", "Använd till fel ändamål", "Bristande information",
        "Bristande underhåll", "Hanteringsfel", "Annat"]
    combo.setCurrentIndex(combo.findData("lacking_maintenance"))
    with qtbot.waitSignal(tab.documentationChanged, timeout=10_000):
        combo.activated.emit(combo.currentIndex())
    with ctx.db.reading() as s:
        assert s.scalar(select(WorkOrder.deviation_class).where(WorkOrder.order_no == order_no)) \
            == "lacking_maintenance"


def test_unknown_order_shows_a_sentence(qtbot, tab):
    tab.open_order("AO9999999")
    qtbot.waitUntil(lambda: "finns inte" in tab.message.text(), timeout=10_000)
    assert tab.message.text() == "Arbetsorder AO9999999 finns inte"


def test_controls_are_named_for_assistive_technology(qtbot, tab, ctx):
    open_doc(qtbot, tab, order_of_type(ctx, "9"))
    for cls in (QAbstractButton, QComboBox, QPlainTextEdit, QSpinBox, QTableWidget):
        for widget in tab.findChildren(cls):
            if widget.parent() is not None and isinstance(widget.parent(), QTableWidget):
                continue  # Qt's own corner button
            assert widget.accessibleName(), (cls.__name__, widget.objectName())


def test_unregistered_login_reads_but_cannot_write(qtbot, ctx, files):
    stranger = ServiceContext(ctx.db, Clock.parse(AS_OF), login="okänd")
    stranger.reload()
    widget = TechDocTab(stranger, file_chooser=files.choose, opener=files.open)
    qtbot.addWidget(widget)
    open_doc(qtbot, widget, order_of_type(ctx, "9"))
    assert widget.title.text().startswith(widget.doc.header.order_no)
    assert not widget.form.isEnabled() and not widget.add_button.isEnabled()
    assert not widget.class_combo.isEnabled()


def test_the_orders_status_in_the_title_follows_the_language(qtbot, tab, ctx):
    """The service gives the status code; the window names it (Swedish, or English with --lang en)."""
    from PySide6.QtWidgets import QApplication

    from hmc_desktop.ui.common import i18n

    order_no = order_of_type(ctx, "SDH")
    status = OrderService(ctx).show(order_no).status
    open_doc(qtbot, tab, order_no)
    swedish = {"registered": "registrerad", "started": "påbörjad", "waiting": "vilande",
               "completed": "avslutad", "cancelled": "makulerad"}[status]
    assert tab.title.text().endswith(f" · {swedish}")
    app = QApplication.instance()
    assert i18n.install(app, "en") == "en"  # type: ignore[arg-type]
    try:
        tab.doc = None
        open_doc(qtbot, tab, order_no)
        assert tab.title.text().endswith(f" · {status}")
    finally:
        i18n.uninstall(app)  # type: ignore[arg-type]
