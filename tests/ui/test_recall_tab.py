"""The Återkallelser tab (R1–R5) in the window: open a campaign, see every unit grouped by where
it is, open a device card, act on the units with progress shown, release one, export, letters."""

import csv
import io

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from hmc_desktop.db.models import Article, Device
from hmc_desktop.domain.recall import RecallAction
from hmc_desktop.services.recalls.campaigns import RecallService
from hmc_desktop.ui.recalls.dialogs import (
    ExchangeDialog,
    NewRecallDialog,
    OrdersDialog,
    ReleaseDialog,
)
from hmc_desktop.ui.recalls.install import recall_tab
from hmc_desktop.ui.recalls.model import ROW_ROLE
from tests.ui.conftest import settle
from tests.ui.test_flow_centre import wait_preview

ARTICLE = "120601"


def _count(window, status=None):
    with window.ctx.db.reading() as s:
        stmt = (select(func.count()).select_from(Device).join(Article)
                .where(Article.article_no == ARTICLE))
        if status:
            stmt = stmt.where(Device.status == status)
        return s.scalar(stmt)


def _rows(tab):
    rows = []
    for r in range(tab.model.rowCount()):
        tab.model.row(r)
    settle()
    for r in range(tab.model.rowCount()):
        rows.append(tab.model.data(tab.model.index(r, 0), ROW_ROLE))
    return rows


def _shown(qtbot, tab):
    qtbot.waitUntil(lambda: tab.current is not None and not tab.model.busy
                    and tab.model.rowCount() > 0, timeout=10_000)
    settle()


def test_r1_r2_open_a_campaign_in_the_window_and_see_every_unit_by_where_it_is(qtbot, window):
    window.lazy_tabs.show("recall")
    tab = recall_tab(window)
    assert window.tabs.currentWidget() is tab and tab.objectName() == "recallTab"
    settle()
    assert "Inga återkallelser" in tab.message.text()
    dialog = tab.new_campaign()
    assert isinstance(dialog, NewRecallDialog)
    qtbot.keyClicks(dialog.article, ARTICLE)
    qtbot.keyClicks(dialog.title_edit, "Bromsvajern kan lossna")
    with qtbot.waitSignal(dialog.succeeded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _shown(qtbot, tab)
    assert tab.heading.text().endswith("Bromsvajern kan lossna")
    assert tab.model.rowCount() == _count(window)
    statuses = [r.status for r in _rows(tab)]
    order = ["in_use", "pickup_ordered", "at_workshop", "returned", "in_reconditioning",
             "in_stock", "scrapped"]
    assert statuses == sorted(statuses, key=order.index)  # R2: grouped by where they are
    stock = [r for r in _rows(tab) if r.status == "in_stock"]
    assert stock and all(r.blocked for r in stock)  # R3
    assert tab.summary.bar.value() == _count(window, "scrapped")  # done so far: scrapped
    tab.place_filter.setCurrentIndex(tab.place_filter.findData("in_stock"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(stock) and not tab.model.busy)
    tab.table.setFocus()
    tab.table.selectRow(0)
    settle()
    number = tab.selected().individual_no
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens the device card
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.device_tab
                    and window.device_tab.card is not None
                    and window.device_tab.card.individual_no == number, timeout=10_000)
    banner = window.device_tab.recalls  # R5: the card says which campaign blocks it
    assert banner.isVisible() and banner.objectName() == "deviceRecalls"
    assert banner.text().startswith(f"Återkallelse {tab.current.id} (Bromsvajern kan lossna): "
                                    "spärrad")


def test_r4_r5_orders_with_progress_release_export_and_letters(qtbot, window, tmp_path):
    cid = RecallService(window.ctx).create(ARTICLE, "Ram spricker")
    window.lazy_tabs.show("recall")
    tab = recall_tab(window)
    _shown(qtbot, tab)
    dialog = tab.create_orders()
    assert isinstance(dialog, OrdersDialog)
    dialog.action.setCurrentIndex(dialog.action.findData("exchange"))
    with qtbot.waitSignal(dialog.succeeded, timeout=20_000) as created:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert created.args == [_count(window, "pickup_ordered") - _pickups_before(window, cid)]
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "arbetsordrar skapade" in dialog.message.text()
    dialog.close()
    qtbot.waitUntil(lambda: any(r.order_no for r in _rows(tab)), timeout=10_000)
    ordered = [r for r in _rows(tab) if r.order_no]
    assert len(ordered) == created.args[0] and all(r.status == "pickup_ordered" for r in ordered)

    tab.place_filter.setCurrentIndex(tab.place_filter.findData("in_stock"))
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.rowCount() > 0)
    tab.table.selectRow(0)
    settle()
    unit = tab.selected()
    assert unit.blocked and tab.release_button.isEnabled()
    release = tab.release()
    assert isinstance(release, ReleaseDialog)
    qtbot.keyClicks(release.reason, "Kontrollerad enligt tillverkarens anvisning")
    with qtbot.waitSignal(release.succeeded, timeout=10_000):
        qtbot.mouseClick(release.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.model.busy and any(
        r.individual_no == unit.individual_no and r.done and not r.blocked for r in _rows(tab)),
        timeout=10_000)

    target = tmp_path / "lista.csv"
    tab.save_chooser = lambda _p, suggested: str(target)
    tab.export()
    qtbot.waitUntil(target.exists, timeout=10_000)
    header, *rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";"))
    assert header[5] == "individual_no" and len(rows) == _count(window)

    job = tab.letters()
    assert job is not None
    preview = wait_preview(qtbot, tab)
    assert preview.page_count() >= 1
    preview.close()


def _pickups_before(window, cid):
    """Units that were already pickup-ordered when the campaign opened (they get no order)."""
    from hmc_desktop.db.models import RecallDevice

    with window.ctx.db.reading() as s:
        return s.scalar(select(func.count()).select_from(RecallDevice).where(
            RecallDevice.campaign_id == cid, RecallDevice.status_at_open == "pickup_ordered"))


def test_r1_only_an_administrator_opens_campaigns_but_a_technician_sees_and_releases(
        qtbot, open_window):
    admin = open_window()
    cid = RecallService(admin.ctx).create(ARTICLE, "Hjul lossnar")
    window = open_window(login="tekniker1")
    window.lazy_tabs.show("recall")
    tab = recall_tab(window)
    _shown(qtbot, tab)
    assert tab.current.id == cid
    for button in (tab.new_button, tab.orders_button, tab.letters_button, tab.export_button):
        assert not button.isEnabled()
        assert "administratör" in button.toolTip()
    assert tab.new_campaign() is None
    tab.place_filter.setCurrentIndex(tab.place_filter.findData("in_stock"))
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.rowCount() > 0)
    tab.table.selectRow(0)
    settle()
    assert tab.release_button.isEnabled()


def _numbers(window, n):
    with window.ctx.db.reading() as s:
        return list(s.scalars(select(Device.individual_no).join(Article)
                              .where(Article.article_no == ARTICLE).order_by(Device.id).limit(n)))


def test_r1_numbers_scanned_one_by_one_or_read_from_a_file(qtbot, window, tmp_path):
    first, second, third = _numbers(window, 3)
    window.lazy_tabs.show("recall")
    tab = recall_tab(window)
    settle()
    dialog = tab.new_campaign()
    qtbot.keyClicks(dialog.scan, first)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)  # Enter adds the scan; the dialog stays
    assert dialog.isVisible() and dialog.listed() == [first] and dialog.scan.text() == ""
    listed = tmp_path / "batch.txt"
    listed.write_bytes(f"{first}\r\n{second}\r\n# kommentar\r\n{third}\r\n".encode("cp1252"))
    dialog.file_chooser = lambda _parent: str(listed)
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert dialog.listed() == [first, second, third] and dialog.count.text() == "3 individnummer"
    dialog.numbers.setCurrentRow(1)
    dialog.numbers.item(1).setSelected(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.article, ARTICLE)
    qtbot.keyClicks(dialog.title_edit, "Batch 2024-17")
    with qtbot.waitSignal(dialog.succeeded, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    report = RecallService(window.ctx).report(opened.args[0])
    assert sorted(d.individual_no for d in report.devices) == sorted([first, third])


def test_r1_a_refusal_is_one_sentence_in_the_dialog(qtbot, window):
    window.lazy_tabs.show("recall")
    tab = recall_tab(window)
    settle()
    dialog = tab.new_campaign()
    qtbot.keyClicks(dialog.article, "NOPE-1")
    qtbot.keyClicks(dialog.title_edit, "Fel artikel")
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "NOPE-1" in refused.args[0] and dialog.isVisible()
    assert RecallService(window.ctx).campaigns() == []


def test_r4_an_exchange_is_worked_from_the_tab(qtbot, open_window):
    window = open_window()
    service = RecallService(window.ctx)
    cid = service.create(ARTICLE, "Ram spricker", action=RecallAction.EXCHANGE)
    assert service.create_orders(cid) > 0
    technician = open_window(login="tekniker1")
    technician.lazy_tabs.show("recall")
    tab = recall_tab(technician)
    _shown(qtbot, tab)
    tab.place_filter.setCurrentIndex(tab.place_filter.findData("pickup_ordered"))
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.rowCount() > 0)
    row = next(i for i, r in enumerate(_rows(tab)) if r.order_no)
    tab.table.selectRow(row)
    settle()
    unit = tab.selected()
    assert tab.exchange_button.isEnabled()
    dialog = tab.exchange()
    assert isinstance(dialog, ExchangeDialog)
    with qtbot.waitSignal(dialog.succeeded, timeout=10_000) as worked:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert worked.args[0].recalled_individual_no == unit.individual_no
    qtbot.waitUntil(lambda: not tab.model.busy and any(
        r.individual_no == unit.individual_no and r.done for r in _rows(tab)), timeout=10_000)
