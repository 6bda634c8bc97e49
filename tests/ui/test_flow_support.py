"""Support for digital aids through the GUI (S2, S3): the support team's three outcomes and the
technician's spare-part shipments with their shipping notes."""

import io

import pypdf
from PySide6.QtCore import Qt

from hmc_desktop.domain.errors import DomainError
from hmc_desktop.services.devices.device_card import DeviceCardService, HistoryKind
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.shipments import ShipmentService
from hmc_desktop.services.orders.techdoc import TechDocService
from hmc_desktop.ui.orders.flow_shipment import ShipmentDialog
from hmc_desktop.ui.orders.flow_support import REPLACE, SOLVED, SPARE_PART, SupportDialog
from tests.integration.test_flow_data import device_state, outbox
from tests.ui.conftest import settle
from tests.ui.test_flow_centre import activate, closed, open_order, wait_done, wait_preview

pytest_plugins = ("tests.ui.test_flow_centre",)


def open_support(qtbot, window) -> SupportDialog:
    open_order(qtbot, window, "SDH-1")
    flows = window.queue_tab.order_actions.flows
    assert flows.support.isVisible() and flows.support.isEnabled()
    activate(qtbot, window)
    window.queue_tab.table.setFocus()
    qtbot.keyClick(window.queue_tab.table, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(flows.last_dialog, SupportDialog))
    dialog = flows.last_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.step_text.hasFocus)  # focus lands where the person types
    return dialog


def finish(qtbot, window, dialog) -> str:
    """Click Registrera utfall; returns the queue's sentence once the order is shown again."""
    details = window.queue_tab.details
    details.message.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(details.message.text()) and not window.queue_tab.model.busy,
                    timeout=10_000)
    settle()
    return details.message.text()


def test_a_step_then_solved_remotely(qtbot, centre_window):
    window = centre_window(login="sup1")
    dialog = open_support(qtbot, window)
    qtbot.keyClicks(dialog.step_text, "Videosamtal: appen startade om, talet fungerar igen.")
    dialog.step_minutes.setValue(20)
    qtbot.keyClick(dialog.step_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.steps.rowCount() == 1)
    assert dialog.step_text.toPlainText() == "" and "sup1" in dialog.steps.item(0, 3).text()
    assert OrderService(window.ctx).show("SDH-1").status == "started"  # the first step starts it

    dialog.choice.button(SOLVED).setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no note yet: refused
    wait_done(qtbot, dialog)
    assert dialog.isVisible()
    assert DomainError("outcome_note_required").message("sv") in dialog.message.text()
    dialog.solved_note.setPlainText("Omstart av appen och ny inloggning.")
    text = finish(qtbot, window, dialog)
    assert closed(dialog)
    assert "SDH-1 är löst på distans" in text
    assert OrderService(window.ctx).show("SDH-1").status == "completed"
    assert outbox(window.ctx, "SDH-1")[-1][0] == "completed"
    entries = TechDocService(window.ctx).entries("SDH-1")
    assert [e.kind for e in entries] == ["step", "outcome"] and entries[0].minutes == 20


def test_closing_after_steps_without_an_outcome_shows_the_started_order(qtbot, centre_window):
    window = centre_window(login="sup1")
    dialog = open_support(qtbot, window)
    dialog.step_text.setPlainText("Ringde; ingen svarade.")
    qtbot.mouseClick(dialog.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.rowCount() == 1)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    details = window.queue_tab.details
    qtbot.waitUntil(lambda: "dokumenterad" in details.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: details.view is not None and details.view.status == "started",
                    timeout=10_000)


def test_spare_part_then_partial_and_final_shipment_with_shipping_notes(qtbot, centre_window):
    window = centre_window(login="sup1")
    dialog = open_support(qtbot, window)
    dialog.choice.button(SPARE_PART).setChecked(True)
    assert dialog.pages.currentIndex() == SPARE_PART
    qtbot.keyClicks(dialog.parts.article, "R-4001")
    dialog.parts.quantity.setValue(2)
    qtbot.keyClick(dialog.parts.article, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.parts.article, "R-4002")  # typed but not added: counts too
    dialog.instruction.setPlainText("Byt laddkabeln och sätt på det nya fodralet.")
    dialog.performer.setCurrentText("Stödperson")
    dialog.express.setChecked(True)
    assert dialog.parts.parts() == [("R-4001", 2), ("R-4002", 1)]
    text = finish(qtbot, window, dialog)
    assert "R-4001 × 2" in text and "Ctrl+Shift+R" in text
    assert OrderService(window.ctx).show("SDH-1").status == "started"

    tech = centre_window(login="tek1")
    open_order(qtbot, tech, "SDH-1")
    flows = tech.queue_tab.order_actions.flows
    flows.shipment.trigger()
    ship = flows.last_dialog
    assert isinstance(ship, ShipmentDialog)
    qtbot.waitUntil(lambda: len(ship.spins) == 2 and ship.ok_button.isEnabled())
    assert ship.instruction.toPlainText().startswith("Byt laddkabeln")  # the plan's defaults
    assert ship.performer.currentText() == "Stödperson" and ship.express.isChecked()
    first = next(pid for pid, s in ship.spins.items() if s.maximum() == 2)
    ship.spins[first].setValue(1)  # a partial delivery
    assert ship.chosen() is not None
    qtbot.mouseClick(ship.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ship.note_button.isVisible(), timeout=10_000)
    assert "Leverans 1" in ship.message.text() and "delleverans" in ship.message.text()
    assert OrderService(tech.ctx).show("SDH-1").status == "started"
    qtbot.mouseClick(ship.note_button, Qt.MouseButton.LeftButton)
    note = wait_preview(qtbot, tech)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(note.pdf)).pages)
    assert "R-4001" in text and "SDH-1" in text
    note.close()
    assert closed(ship)

    open_order(qtbot, tech, "SDH-1")
    flows.shipment.trigger()
    again = flows.last_dialog
    qtbot.waitUntil(lambda: again.history.rowCount() == 1 and again.ok_button.isEnabled())
    assert sorted(s.maximum() for s in again.spins.values()) == [0, 1]  # what remains
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)  # the rest
    qtbot.waitUntil(lambda: again.note_button.isVisible(), timeout=10_000)
    assert "ordern är avslutad" in again.message.text()
    assert OrderService(tech.ctx).show("SDH-1").status == "completed"
    assert [s.delivery_no for s in ShipmentService(tech.ctx).shipments("SDH-1")] == [1, 2]
    qtbot.keyClick(again, Qt.Key.Key_Return)  # the default button now prints the note
    wait_preview(qtbot, tech).close()


def test_replacement_device_and_pickup_order_for_the_old_one(qtbot, centre_window):
    window = centre_window(login="sup1")
    dialog = open_support(qtbot, window)
    dialog.choice.button(REPLACE).setChecked(True)
    qtbot.waitUntil(lambda: dialog.candidates.rowCount() == 2)
    assert dialog.chosen_candidate() == "D-101"  # the same article comes first
    assert dialog.candidates.item(1, 0).text() == "D-102"
    assert dialog.pickup_date.date().toString("yyyy-MM-dd") == "2026-11-24"
    text = finish(qtbot, window, dialog)
    assert "D-101" in text and "D-100 hämtas 2026-11-24" in text
    assert device_state(window.ctx, "D-101") == ("in_use", "Åsa Öberg", "Hos brukare")
    assert device_state(window.ctx, "D-100")[0] == "pickup_ordered"
    assert OrderService(window.ctx).show("SDH-1").status == "completed"

    cards = DeviceCardService(window.ctx)
    old, new = cards.card("D-100"), cards.card("D-101")
    assert any(h.kind is HistoryKind.PICKUP for h in old.history)
    assert any(h.kind is HistoryKind.HOLDER and "Åsa Öberg" in h.title() for h in new.history)
    handed = [h for h in new.history if h.order_no == "SDH-1"]  # D3: leads to the SDH order
    assert [h.title() for h in handed] == ["Ersättning för D-100 · arbetsorder SDH-1"]
    window.open_device("D-101")  # the card tab shows it too
    tab = window.device_tab
    qtbot.waitUntil(lambda: tab.card is not None and tab.card.individual_no == "D-101")
    assert tab.values["holder"].text() == "Åsa Öberg"


def test_a_spare_part_is_found_by_its_name_and_chosen_with_the_keys(qtbot, centre_window):
    """Not only by article number: "laddk" offers "R-4001 Laddkabel USB-C" (as "bromsvajer"
    offers the rollator's brake cable); arrows and Enter put its number in the field."""
    window = centre_window(login="sup1")
    dialog = open_support(qtbot, window)
    dialog.choice.button(SPARE_PART).setChecked(True)
    field = dialog.parts.article
    field.setFocus()
    qtbot.keyClicks(field, "laddk")
    search = field.completer()
    qtbot.waitUntil(lambda: search.looked_up > 0, timeout=10_000)
    assert search.choices.stringList() == ["R-4001 Laddkabel USB-C"]
    popup = search.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.text() == "R-4001", timeout=5_000)
    dialog.reject()
    settle()
