"""Printing in the program (a re-print is identical): the preview, the Utskrifter tab's batch, re-prints, Ctrl+P."""

import io
from datetime import date

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QToolButton
from sqlalchemy import select

from hmc_desktop.db.models import Device, PrintedDocument, WorkOrder
from hmc_desktop.documents import PickupOrderRenderer
from hmc_desktop.documents.samples import pickup
from hmc_desktop.services.devices.device_card import DeviceCardService, HistoryKind
from hmc_desktop.services.orders.pickups import PickupService
from hmc_desktop.services.printing.printing import PrintService
from hmc_desktop.ui.common.print_preview import PrintPreviewDialog
from hmc_desktop.ui.orders.flow_orders import PickupFormatDialog
from hmc_desktop.ui.printing.tab import PrintingTab
from tests.ui.conftest import settle
from tests.ui.test_flow_centre import activate, open_order, wait_preview

pytest_plugins = ("tests.ui.test_flow_centre",)  # its fixtures: centre_url, centre_window

DAY = date(2026, 11, 25)  # the next working day after the UI tests' "now"


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_preview_shows_every_page_saves_and_prints(qtbot, tmp_path):
    pdf = PickupOrderRenderer("a4").render_batch([pickup(pickup_id=i) for i in (1, 2, 3)])
    dialog = PrintPreviewDialog(pdf, "Hämtordrar", None, "hamtordrar.pdf")
    qtbot.addWidget(dialog)
    dialog.open()
    activate(qtbot, dialog)  # the shortcuts are the window's
    qtbot.waitUntil(lambda: dialog.page_count() == 3)
    assert dialog.page_label.text() == "Sida 1 av 3"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.go_to(2)
    qtbot.waitUntil(lambda: dialog.page_label.text() == "Sida 3 av 3")
    dialog.zoom(1.25)

    target = tmp_path / "kopia.pdf"
    asked: list[str] = []
    dialog.save_chooser = lambda _p, name: asked.append(name) or str(target)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["hamtordrar.pdf"] and target.read_bytes() == pdf
    assert str(target) in dialog.message.text()

    printed = tmp_path / "printer.pdf"

    def to_pdf_printer(_parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    dialog.print_chooser = to_pdf_printer
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as signal:
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [3]
    assert pages(printed.read_bytes()) == 3
    dialog.print_chooser = lambda _p, _printer: False  # cancelled in the system dialog
    dialog.print_document()
    assert dialog.print_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def _plan_pickups(window, n: int) -> list[str]:
    with window.ctx.db.reading() as s:
        nos = list(s.scalars(select(WorkOrder.order_no).join(Device, Device.id == WorkOrder.device_id)
                             .where(Device.status == "in_use").order_by(WorkOrder.order_no)
                             .limit(n)))
    for no in nos:
        PickupService(window.ctx).order_pickup(no, DAY)
    return nos


def test_printing_tab_lists_the_days_pickups_in_route_order_and_prints_them_all(
        qtbot, open_window):
    window = open_window()
    planned = _plan_pickups(window, 6)
    tabs = window.tabs
    assert tabs.widget(3).objectName() == "printingTab" and tabs.tabText(3) == "Utskrifter"
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tab = window.findChild(PrintingTab, "printingTab")  # built when first shown, in its place
    assert tab is not None and tabs.indexOf(tab) == 3 and tabs.tabText(3) == "Utskrifter"
    assert tabs.currentWidget() is tab
    assert tab.day() == DAY  # the next working day
    with qtbot.waitSignal(tab.pickupsShown, timeout=10_000):
        tab.reload()
    due = PrintService(window.ctx).pickups_due(DAY)
    assert len(due) >= len(planned) and tab.table.rowCount() == len(due)
    shown = [tab.table.item(r, 4).text() for r in range(tab.table.rowCount())]
    assert shown == [p.order_no for p in due]  # the service's route order
    codes = [tab.table.item(r, 1).text().replace(" ", "") for r in range(tab.table.rowCount())]
    assert codes == sorted(codes)

    reports: list[tuple[int, int]] = []
    job = tab.print_all()
    assert job is not None and not tab.print_all_button.isEnabled()
    job.progressed.connect(lambda done, total: reports.append((done, total)))
    assert tab.progress.isVisible()
    assert window.queue_tab.isEnabled()  # the window stays usable while the PDF is built
    dialog = wait_preview(qtbot, window, len(due))
    assert pages(dialog.pdf) == len(due)
    assert reports and reports[-1] == (len(due), len(due))
    assert [d for d, _t in reports] == sorted(d for d, _t in reports)
    assert not tab.progress.isVisible()
    qtbot.waitUntil(lambda: tab.print_all_button.isEnabled())
    assert "noterade" in tab.message.text()
    with window.ctx.db.reading() as s:
        assert len(list(s.scalars(select(PrintedDocument.id)))) == len(due)
    dialog.close()


def test_ctrl_p_on_an_order_prints_its_pickup_order_and_the_card_reprints_it_identically(
        qtbot, centre_window):
    window = centre_window()
    open_order(qtbot, window, "T3-1")
    activate(qtbot, window)
    window.queue_tab.table.setFocus()
    qtbot.keyClick(window.queue_tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    flows = window.queue_tab.order_actions.flows
    qtbot.waitUntil(lambda: isinstance(flows.last_dialog, PickupFormatDialog))
    fmt = flows.last_dialog
    assert fmt.isVisible()
    assert any("ingen planerad hämtning" in label.text() for label in fmt.findChildren(QLabel))
    fmt.label.setChecked(True)  # the 10 × 15 label
    qtbot.mouseClick(fmt.ok_button, Qt.MouseButton.LeftButton)
    first = wait_preview(qtbot, window, 1)
    size = first.document.pagePointSize(0)
    assert round(size.width() / 72 * 2.54) == 10 and round(size.height() / 72 * 2.54) == 15
    original = first.pdf
    first.close()
    qtbot.waitUntil(lambda: "historik" in window.queue_tab.details.message.text())
    settle()

    card = DeviceCardService(window.ctx).card("D-300")
    assert card.status == "pickup_ordered"  # printing ordered the pickup (D2)
    doc = next(h for h in card.history if h.kind is HistoryKind.DOCUMENT)
    assert doc.who == "tester" and doc.document_id is not None and doc.order_no == "T3-1"

    window.open_device("D-300")
    tab = window.device_tab
    qtbot.waitUntil(lambda: tab.card is not None and tab.card.individual_no == "D-300")
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.item(r).kind is HistoryKind.DOCUMENT)
    tab.table.selectRow(row)
    assert tab.flows.reprint_action.isEnabled()
    activate(qtbot, window)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    again = wait_preview(qtbot, window, 1)
    assert again.pdf == original
    assert again.pdf == PrintService(window.ctx).reprint(doc.document_id)
    again.close()


def test_ctrl_p_without_anything_to_print_says_so(qtbot, centre_window):
    window = centre_window()
    window.tabs.setCurrentWidget(window.techdoc_tab)
    assert window.flows.print_current() is False
    assert "inget att skriva ut" in window.statusBar().currentMessage()


def test_a_warehouse_login_starts_on_utskrifter_with_the_return_action(qtbot, centre_window):
    window = centre_window(login="lager1")
    assert window.tabs.currentWidget() is window.flows.printing_tab
    menu_texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "Ta emot retur…" in menu_texts and "Skriv ut…" in menu_texts
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    field = window.flows.printing_tab.receiver.field
    qtbot.waitUntil(field.hasFocus)
    assert field.objectName() == "returnScanField"


def test_the_day_buttons_step_to_the_working_day_before_and_after(qtbot, open_window):
    window = open_window()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tab = window.findChild(PrintingTab, "printingTab")
    tab.date.setDate(date(2026, 12, 28))  # the Monday after Christmas
    qtbot.mouseClick(tab.findChild(QToolButton, "printDayBefore"), Qt.MouseButton.LeftButton)
    assert tab.day() == date(2026, 12, 23)  # over the weekend and julafton–annandag jul (C1)
    qtbot.mouseClick(tab.findChild(QToolButton, "printDayAfter"), Qt.MouseButton.LeftButton)
    assert tab.day() == date(2026, 12, 28)
    settle()
