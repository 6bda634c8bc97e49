"""Returns and reconditioning through the GUI (S4, D2): the warehouse scans, the technician works
the checklist and signs off; the digital aid's data wipe cannot be skipped; the log is printed."""

import io

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from hmc_desktop.domain.errors import DomainError
from hmc_desktop.services.devices.device_card import DeviceCardService, HistoryKind
from hmc_desktop.services.devices.returns import ReturnService
from hmc_desktop.ui.orders.flow_recon import ReconDialog
from hmc_desktop.ui.shell.main_window import MainWindow
from tests.integration.test_flow_data import device_state
from tests.ui.conftest import settle
from tests.ui.test_flow_centre import activate, closed, wait_preview

pytest_plugins = ("tests.ui.test_flow_centre",)


def scan_return(qtbot, window: MainWindow, number: str) -> str:
    receiver = window.flows.printing_tab.receiver
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Ta emot retur
    qtbot.waitUntil(receiver.field.hasFocus)
    receiver.field.clear()
    qtbot.keyClicks(receiver.field, number)
    rows = receiver.table.rowCount()
    qtbot.keyClick(receiver.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: receiver.table.rowCount() == rows + 1, timeout=10_000)
    settle()
    return receiver.message.text()


def open_recon(qtbot, window: MainWindow, number: str) -> ReconDialog:
    window.open_device(number)
    tab = window.device_tab
    qtbot.waitUntil(lambda: tab.card is not None and tab.card.individual_no == number)
    button = tab.findChild(object, "buttonRecondition")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.flows.last_dialog, ReconDialog))
    dialog = tab.flows.last_dialog
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.idle, timeout=10_000)
    return dialog


def choose(qtbot, dialog: ReconDialog, step_name: str, result: str, note: str = "") -> None:
    """Pick the step's result the way a person does (the combo's 'activated')."""
    assert dialog.view is not None
    step = next(s for s in dialog.view.steps if s.name == step_name)
    if note:
        dialog.notes[step.step_id].setText(note)
    combo: QComboBox = dialog.combos[step.step_id]
    index = combo.findData(result)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: dialog.idle, timeout=10_000)


def sign(qtbot, dialog: ReconDialog) -> None:
    dialog.message.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.idle and (bool(dialog.message.text())
                                             or dialog.log_button.isVisible()), timeout=10_000)


def test_return_scan_checklist_refused_without_data_wipe_then_signed_and_logged(
        qtbot, centre_window):
    warehouse = centre_window(login="lager1")
    text = scan_return(qtbot, warehouse, "D-100")
    assert "D-100 är mottagen" in text and "utan hämtorder" in text
    assert device_state(warehouse.ctx, "D-100") == ("returned", None, "Returinlämning")

    tech = centre_window(login="tek1")
    dialog = open_recon(qtbot, tech, "D-100")
    assert device_state(tech.ctx, "D-100")[0] == "in_reconditioning"
    view = dialog.view
    assert view.digital
    qtbot.waitUntil(dialog.findChild(object, "wipeWarning").isVisible)  # clearly marked
    wipe = next(s for s in view.steps if s.is_data_wipe)
    assert wipe.mandatory and wipe.name in dialog.missing.text()
    for step in view.steps:
        if step.mandatory and not step.is_data_wipe:
            choose(qtbot, dialog, step.name, "ok")
    choose(qtbot, dialog, "Batterikontroll", "fixed", "Nytt batteri")
    dialog.parts.article.setText("R-4001")
    qtbot.keyClick(dialog.parts.article, Qt.Key.Key_Return)  # adds the part, does not sign
    qtbot.waitUntil(lambda: dialog.idle and dialog.parts.table.rowCount() == 1)
    assert dialog.ok_button.isVisible()

    sign(qtbot, dialog)  # the data wipe has no result yet
    expected = DomainError("recon_steps_missing", steps=wipe.name).message("sv")
    assert expected in dialog.message.text()
    choose(qtbot, dialog, wipe.name, "not_ok")
    sign(qtbot, dialog)  # a failed wipe is refused too (S4)
    assert DomainError("recon_data_wipe", step=wipe.name, result="not_ok",
                       result_sv="ej OK").message("sv") in dialog.message.text()
    assert device_state(tech.ctx, "D-100")[0] == "in_reconditioning"

    choose(qtbot, dialog, wipe.name, "ok", "Fabriksåterställd, konto borttaget")
    assert "Alla obligatoriska" in dialog.missing.text()
    sign(qtbot, dialog)
    assert dialog.log_button.isVisible() and "tillbaka i lager" in dialog.message.text()
    assert device_state(tech.ctx, "D-100") == ("in_stock", None, "Lager")
    latest = ReturnService(tech.ctx).latest("D-100")
    assert latest is not None and latest.data_wiped is True and latest.signed_off_by == "tek1"

    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    log = wait_preview(qtbot, tech)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(log.pdf)).pages)
    assert "D-100" in text and "R-4001" in text and "Fabriksåterställd" in text
    log.close()
    assert closed(dialog)
    card = DeviceCardService(tech.ctx).card("D-100")
    assert any(h.kind is HistoryKind.DOCUMENT and h.who == "tek1" for h in card.history)
    tab = tech.device_tab
    qtbot.waitUntil(lambda: tab.card is not None and tab.card.status == "in_stock")
    assert tab.flows.log_action.isEnabled() and not tab.flows.recon_action.isEnabled()


def test_past_lifetime_is_flagged_and_scrapping_needs_a_reason(qtbot, centre_window):
    warehouse = centre_window(login="lager1")
    text = scan_return(qtbot, warehouse, "D-200")  # delivered 2018, six years' lifetime
    assert "Passerat förväntad livslängd – bedöm kassation" in text
    text = scan_return(qtbot, warehouse, "D-200")  # scanned twice: refused in one sentence
    assert "D-200" in text and "Traceback" not in text

    tech = centre_window(login="tek1")
    dialog = open_recon(qtbot, tech, "D-200")
    assert dialog.lifetime.isVisible() and "kassation" in dialog.lifetime.text()
    assert dialog.scrap.isChecked()  # the scrapping decision is proposed
    assert dialog.findChild(object, "wipeWarning") is None  # not a digital aid
    for step in dialog.view.steps:
        if step.mandatory:
            choose(qtbot, dialog, step.name, "ok")
    sign(qtbot, dialog)
    assert DomainError("scrap_reason_required").message("sv") in dialog.message.text()
    dialog.reason.setText("Uttjänt, ramen sprucken")
    sign(qtbot, dialog)
    assert "kasserad" in dialog.message.text()
    assert device_state(tech.ctx, "D-200") == ("scrapped", None, "Kasserad")
    dialog.close()
