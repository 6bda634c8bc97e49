"""Arkiv → Synkroniseringsmappar…: administrators set the intake and outbox folders."""

from typing import Any

from sqlalchemy import select

from hmc_desktop.db.models import AuditEntry
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.sync.settings import load_sync_settings
from hmc_desktop.ui.shell.sync_settings import SyncSettingsDialog
from tests.integration.test_sync_support import add_staff
from tests.ui.conftest import AS_OF


def test_an_administrator_sets_both_folders_and_every_workstation_gets_them(qtbot: Any, ui_ctx,
                                                                             tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    dialog = SyncSettingsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.intake.text() == "" and dialog.outbox.text() == ""  # not configured yet
    dialog.intake.setText(str(tmp_path / "in"))
    dialog.outbox.setText(f"  {tmp_path / 'out'}  ")
    dialog.interval.setValue(10)
    dialog.accept()
    assert dialog.result() == SyncSettingsDialog.DialogCode.Accepted
    stored = load_sync_settings(ui_ctx)
    assert (stored.intake_dir, stored.outbox_dir) == (tmp_path / "in", tmp_path / "out")
    assert (stored.stable_seconds, stored.interval_seconds) == (2.0, 10.0)
    with ui_ctx.db.reading() as s:  # W10: who changed which setting
        changed = {e.entity_key for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "setting"))}
    assert {"sync.intake_dir", "sync.outbox_dir", "sync.interval_seconds"} <= changed
    again = SyncSettingsDialog(ui_ctx)  # opened again: shows what is stored
    qtbot.addWidget(again)
    assert again.intake.text() == str(tmp_path / "in") and again.interval.value() == 10.0


def test_a_folder_that_does_not_exist_is_named_and_nothing_is_saved(qtbot: Any, ui_ctx, tmp_path):
    dialog = SyncSettingsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.intake.setText(str(tmp_path / "inkorg-som-saknas"))
    dialog.accept()
    assert dialog.result() != SyncSettingsDialog.DialogCode.Accepted
    assert "Inkorgen finns inte" in dialog.problem.text()
    assert "inkorg-som-saknas" in dialog.problem.text()
    assert load_sync_settings(ui_ctx).intake_dir is None


def test_a_technician_may_not_change_the_folders(qtbot: Any, ui_ctx, tmp_path):
    add_staff(ui_ctx, "tekniker1")
    tech = ServiceContext(ui_ctx.db, Clock.parse(AS_OF), login="tekniker1")
    tech.reload()
    dialog = SyncSettingsDialog(tech)
    qtbot.addWidget(dialog)
    dialog.intake.setText(str(tmp_path))
    dialog.accept()
    assert dialog.result() != SyncSettingsDialog.DialogCode.Accepted
    assert dialog.problem.text()  # the refusal, in one sentence
    assert load_sync_settings(ui_ctx).intake_dir is None


def test_the_menu_item_is_for_administrators(qtbot: Any, open_window, ui_ctx):
    window = open_window()
    action = window.findChild(type(window.menuBar().actions()[0]), "actionSyncSettings")
    assert action is not None and action.isEnabled()
    add_staff(ui_ctx, "tekniker2")
    other = open_window(login="tekniker2")
    action = other.findChild(type(other.menuBar().actions()[0]), "actionSyncSettings")
    assert action is not None and not action.isEnabled()
    assert "administratör" in action.toolTip()
