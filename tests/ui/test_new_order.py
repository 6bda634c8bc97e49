"""The new-order dialog on the demo database, offscreen: every type, the keyboard,
the live deadline preview, the duplicate and incomplete questions, the unknown device."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QToolBar,
    QWidget,
)
from sqlalchemy import insert, select

from hmc_desktop.db import tables
from hmc_desktop.db.models import Article, Attachment, Device, WorkOrder
from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.domain.sla import compute_deadlines
from hmc_desktop.domain.types import OPEN_STATUSES
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.registration.registration import OrderDraft, RegistrationService
from hmc_desktop.ui.common import ops
from hmc_desktop.ui.new_order.action import install_new_order_action, open_new_order
from hmc_desktop.ui.new_order.dialog import NewOrderDialog
from hmc_desktop.ui.new_order.prompts import DeviceRegistration, RegisterDeviceDialog
from tests.conftest import TEST_LOGIN
from tests.ui.conftest import AS_OF, settle

CODES = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "13", "SDH"]


class StubPrompts:
    """Answers the dialog's questions without showing them; records what was asked."""

    def __init__(self) -> None:
        self.answer = True
        self.device: DeviceRegistration | None = None
        self.asked: list[tuple[str, object]] = []

    def confirm_incomplete(self, _parent, missing):
        self.asked.append(("incomplete", missing))
        return self.answer

    def confirm_duplicate(self, _parent, individual_no, orders):
        self.asked.append(("duplicate", (individual_no, orders)))
        return self.answer

    def offer_device_registration(self, _parent, individual_no):
        self.asked.append(("unknown", individual_no))
        return self.device is not None

    def new_device(self, _parent, individual_no, _find):
        self.asked.append(("new_device", individual_no))
        return self.device

    def new_orderer(self, _parent, text):
        self.asked.append(("new_orderer", text))
        return ("Greta Gran", "Rehab Kungälv", "4711")


@pytest.fixture
def ctx(ui_db_url):
    ctx = ServiceContext(Database(ui_db_url), Clock.parse(AS_OF), login=TEST_LOGIN)
    ctx.reload()
    yield ctx
    settle()
    ctx.db.dispose()


@pytest.fixture
def prompts():
    return StubPrompts()


@pytest.fixture
def dialog(qtbot, ctx, prompts, tmp_path):
    d = NewOrderDialog(ctx, prompts=prompts, file_chooser=lambda _p: None)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    settle()
    return d


def free_devices(ctx, n=3):
    """Individual numbers of in-use devices without an open order (no duplicate question)."""
    with ctx.db.reading() as s:
        busy = select(WorkOrder.device_id).where(WorkOrder.status.in_(
            [st.value for st in OPEN_STATUSES]), WorkOrder.device_id.is_not(None))
        return list(s.scalars(select(Device.individual_no).where(
            Device.id.not_in(busy), Device.status == "in_use").order_by(Device.id).limit(n)))


def refreshed(qtbot, d):
    with qtbot.waitSignal(d.previewShown, timeout=10_000):
        d.refresh_now()
    settle()


def fill(qtbot, d, code, number, tmp_path, description="Bromsen tar dåligt"):
    """Fill the dialog for an order of ``code`` with what the type requires."""
    d.number.setText(number)
    assert d.chooser.select_code(code)
    d.form.orderer.choose(d.service.find_orderers("")[0])
    d.form.description.setPlainText(description)
    if code == "5":
        d.form.service_product.setCurrentText("Konsultation sittande")
    if code in ("5", "6", "7"):
        f = tmp_path / f"bilaga-{code}.pdf"
        f.write_bytes(b"%PDF-1.4 " + code.encode())
        assert d.form.attachments.add(f) is None  # its kind follows the type (W6)
    refreshed(qtbot, d)


def save(qtbot, d):
    with qtbot.waitSignal(d.orderRegistered, timeout=10_000) as signal:
        d.save()
    settle()
    return signal.args[0]


@pytest.mark.parametrize("code", CODES)
def test_register_each_type_through_the_dialog(qtbot, ctx, dialog, tmp_path, code):
    number = "" if code == "5" else free_devices(ctx)[0]
    fill(qtbot, dialog, code, number, tmp_path)
    assert dialog.preview is not None and dialog.preview.can_save
    assert dialog.preview.missing == ()
    order_no = save(qtbot, dialog)
    view = OrderService(ctx).show(order_no)
    t = ctx.catalogue.get(code)
    assert (view.type, view.mailbox, view.status, view.incomplete) == (code, t.mailbox,
                                                                        "registered", [])
    assert view.deadlines == compute_deadlines(t, Clock.parse(AS_OF).now(), ctx.calendar)
    assert view.individual_no == (number or None)
    assert dialog.result() == dialog.DialogCode.Accepted
    if code in ("5", "6", "7"):
        with ctx.db.reading() as s:
            kind, content = s.execute(select(Attachment.kind, Attachment.content).join(WorkOrder)
                                      .where(WorkOrder.order_no == order_no)).one()
        assert kind == t.required_attachments[0].value and bytes(content).endswith(code.encode())


def test_live_deadline_preview_before_saving(qtbot, ctx, dialog, tmp_path):
    fill(qtbot, dialog, "1", free_devices(ctx)[0], tmp_path)  # Tuesday 24 Nov 2026 10:00
    panel = dialog.preview_panel
    assert panel.deadlines.text() == "Påbörjas senast fre 27/11 16:00 · Klar senast tis 8/12 16:00"
    assert panel.route.text() == "Hamnar i brevlådan Underhåll · Ingår i hyran"
    dialog.chooser.select_code("3")
    refreshed(qtbot, dialog)
    assert panel.deadlines.text() == "Klar senast ons 25/11 10:00"
    assert panel.route.text() == "Hamnar i brevlådan Underhåll · Faktureras"
    dialog.chooser.select_code("2")
    dialog.form.review.setChecked(True)
    refreshed(qtbot, dialog)
    assert panel.deadlines.text() == ("Kontakt med brukaren senast tis 8/12 16:00 "
                                      "(teknisk översyn, ingen ledtid)")
    dialog.chooser.select_code("4")  # W8: only 0–2
    refreshed(qtbot, dialog)
    assert not dialog.form.review.isEnabled() and not dialog.form.review.isChecked()
    assert panel.deadlines.text() == "Ingen ledtid"


def test_keyboard_only_scan_type_code_and_save(qtbot, ctx, dialog):
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.number, timeout=5_000)
    number = free_devices(ctx)[0]
    qtbot.keyClicks(dialog.number, number)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)  # a scanner's Enter: no save
    assert dialog.chooser.hasFocus() and not dialog.registered
    for typed, code in (("5", "5"), ("SDH", "SDH"), ("12", "12"), ("1", "1")):
        qtbot.keyClicks(dialog.chooser, typed)
        assert dialog.chooser.code() == code
        dialog.chooser._forget_typed()
    qtbot.waitUntil(lambda: dialog.facts is not None and dialog.facts.individual_no == number,
                    timeout=10_000)
    qtbot.keyClick(dialog.chooser, Qt.Key.Key_Return)  # Enter saves: first it says what is missing
    qtbot.waitUntil(lambda: dialog.form.description.hasFocus(), timeout=10_000)
    assert "Beskriv vad som ska göras." in dialog.preview_panel.problems.text()
    qtbot.keyClicks(dialog.form.description, "Hjulet glappar")
    orderer = dialog.service.find_orderers("")[0]
    field = dialog.form.orderer.field
    field.setFocus()
    qtbot.keyClicks(field, orderer.name[:4])
    qtbot.waitUntil(lambda: bool(dialog.form.orderer.matches), timeout=10_000)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # takes the first match, never saves
    qtbot.waitUntil(lambda: dialog.form.orderer.chosen is not None, timeout=10_000)
    assert dialog.form.source.hasFocus() and dialog.registered is None
    assert dialog.form.orderer.chosen.name.startswith(orderer.name[:4])
    with qtbot.waitSignal(dialog.orderRegistered, timeout=10_000) as signal:
        qtbot.keyClick(dialog.form.source, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view = OrderService(ctx).show(signal.args[0])
    assert (view.description, view.type) == ("Hjulet glappar", "1")


def test_escape_cancels_without_saving(qtbot, dialog):
    dialog.activateWindow()
    qtbot.keyClick(dialog.number, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected and not dialog.isVisible()


def test_duplicate_warning_names_the_open_orders(qtbot, ctx, dialog, prompts, tmp_path):
    number = free_devices(ctx)[0]
    first = RegistrationService(ctx).register(
        OrderDraft("1", individual_no=number, description="Bromsen")).order_no
    fill(qtbot, dialog, "2", number, tmp_path)
    assert dialog.preview.duplicates == (first,)
    assert first in dialog.preview_panel.duplicates.text()
    prompts.answer = False  # Avbryt
    dialog.save()
    qtbot.waitUntil(lambda: bool(prompts.asked) and not dialog._saving, timeout=10_000)
    assert prompts.asked == [("duplicate", (number, [first]))] and dialog.registered is None
    prompts.answer = True  # Spara ändå
    order_no = save(qtbot, dialog)
    assert OrderService(ctx).show(order_no).type == "2"


def test_incomplete_order_asks_then_saves_flagged(qtbot, ctx, dialog, prompts):
    dialog.chooser.select_code("5")
    dialog.form.description.setPlainText("Råd om sittande")
    refreshed(qtbot, dialog)
    assert dialog.preview.missing == ("service_product", "payer_no",
                                      "attachment:consultation_basis")
    assert "Ofullständig – saknas: tjänsteprodukt" in dialog.preview_panel.missing.text()
    prompts.answer = False
    dialog.save()
    qtbot.waitUntil(lambda: bool(prompts.asked) and not dialog._saving, timeout=10_000)
    assert dialog.registered is None
    prompts.answer = True
    view = OrderService(ctx).show(save(qtbot, dialog))
    assert view.incomplete == ["service_product", "payer_no", "attachment:consultation_basis"]
    assert prompts.asked[-1] == ("incomplete", list(view.incomplete))


def test_unknown_number_offers_to_register_the_device(qtbot, ctx, dialog, prompts, tmp_path):
    fill(qtbot, dialog, "1", "X-4040", tmp_path)
    assert dialog.preview.device_unknown and dialog.device.register_button.isVisible()
    assert "Okänt individnummer" in dialog.device.facts.text()
    with ctx.db.reading() as s:
        article_no = s.scalar(select(Article.article_no).order_by(Article.id).limit(1))
    prompts.device = DeviceRegistration("X-4040", article_no, holder_name="Nils Nord")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=10_000)
    settle()
    assert ("unknown", "X-4040") in prompts.asked and dialog.facts.holder_name == "Nils Nord"
    assert not dialog.device.register_button.isVisible()
    assert OrderService(ctx).show(save(qtbot, dialog)).individual_no == "X-4040"


def test_new_orderer_is_added_and_chosen(qtbot, ctx, dialog):
    with qtbot.waitSignal(dialog.form.orderer.ordererChanged, timeout=10_000):
        dialog.form.orderer.add_button.click()
    assert dialog.form.orderer.chosen.name == "Greta Gran"
    assert dialog.form.payer.text() == "4711"  # the payer number follows the orderer


def test_register_device_dialog_searches_articles(qtbot, ctx):
    d = RegisterDeviceDialog("X-1", RegistrationService(ctx).find_articles)
    qtbot.addWidget(d)
    d.open()
    qtbot.waitUntil(lambda: d.articles.count() > 0, timeout=10_000)
    d.holder.setText("Nils Nord")
    value = d.value()
    assert value.individual_no == "X-1" and value.article_no and value.holder_name == "Nils Nord"
    d.reject()


def test_main_window_action_opens_the_dialog_and_selects_the_new_order(qtbot, open_window,
                                                                         tmp_path):
    window = open_window()
    action = install_new_order_action(window)
    assert action.shortcut().toString() == "Ctrl+N"
    menus = {a.menu().title().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert menus["Arbetsorder"].actions()[0] is action
    assert action in window.findChild(QToolBar, "mainToolBar").actions()
    dialog = open_new_order(window, prompts=StubPrompts(), file_chooser=lambda _p: None)
    qtbot.waitExposed(dialog)
    fill(qtbot, dialog, "SDH", free_devices(window.ctx)[0], tmp_path)
    order_no = save(qtbot, dialog)
    tab = window.queue_tab
    qtbot.waitUntil(lambda: tab.details.view is not None and tab.details.view.order_no == order_no,
                    timeout=10_000)
    assert order_no in window.statusBar().currentMessage()
    QApplication.processEvents()
    ops.wait_for_all()


def test_type_guidance_comes_from_the_catalogue(qtbot, ctx, dialog):
    dialog.chooser.select_code("5")
    guide = dialog.guide.accessibleDescription()
    assert "Råd om bästa anpassning är en konsultation, även när det är en teknikers hjälp du vill ha" in guide
    assert "Kräver tjänsteprodukt, betalarnummer, konsultationsunderlag" in guide
    assert not dialog.form.location.isVisible() and dialog.form.service_product.isVisible()
    dialog.chooser.select_code("4")
    assert "konsultation" in dialog.guide.accessibleDescription()
    assert dialog.form.location.isVisible() and dialog.form.participates.isVisible()
    dialog.chooser.select_code("3")
    assert "Endast förskrivare beställer" in dialog.guide.accessibleDescription()
    assert dialog.form.exception.isVisible() and not dialog.form.exception.isEnabled()
    dialog.form.role.setCurrentIndex(dialog.form.role.findData("patient"))
    assert dialog.form.exception.isEnabled()
    summary = dialog.chooser.currentItem().data(Qt.ItemDataRole.AccessibleTextRole)
    assert summary.startswith("Typ 3: Avhjälpande underhåll – Akut. Klart inom 8 arbetstimmar")


def test_every_control_has_an_accessible_name(dialog):
    dialog.chooser.select_code("4")
    for widget in dialog.findChildren(QWidget):
        parent = widget.parentWidget()
        if (not widget.isVisible() or not widget.focusPolicy()
                or isinstance(parent, QComboBox | QAbstractItemView)
                or isinstance(widget.parentWidget().parentWidget(), QAbstractItemView)):
            continue
        if isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView
                      | QPlainTextEdit):
            assert widget.accessibleName(), (type(widget).__name__, widget.objectName())


def test_a_new_corrective_type_added_as_a_catalogue_row_offers_technical_review(qtbot, ctx,
                                                                               prompts):
    """W8 by the type's family: a corrective type added as one catalogue row (no code change)
    gets the technical-review checkbox; a support type does not."""
    with ctx.db.engine.begin() as conn:
        mailbox = conn.scalar(select(tables.order_types.c.mailbox_id)
                              .where(tables.order_types.c.code == "1"))
        conn.execute(insert(tables.order_types).values(
            code="14", name="Avhjälpande underhåll – Hemtjänst", family="corrective",
            start_days=3, finish_days=10, finish_hours=None, mailbox_id=mailbox, sort_order=20,
            billing="included", invoiced_if_simple_aid=False, prescriber_only=False,
            requires_device=True, requires_service_product=False, requires_payer_no=False,
            required_attachments="", waits_for_approval=False, help_text=""))
    ctx.reload()
    d = NewOrderDialog(ctx, prompts=prompts, file_chooser=lambda _p: None)
    qtbot.addWidget(d)
    d.show()
    settle()
    assert d.chooser.select_code("14")
    assert d.form.review.isEnabled()
    d.form.review.setChecked(True)
    assert d.form.draft("X").technical_review
    assert d.chooser.select_code("4")  # support: no technical review (W8)
    assert not d.form.review.isEnabled() and not d.form.review.isChecked()
