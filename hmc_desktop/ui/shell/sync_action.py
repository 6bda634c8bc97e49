"""Arkiv → Synkroniseringsmappar… (Ctrl+Alt+S): the sync folders, for an administrator."""


from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from hmc_desktop.domain.types import Role
from hmc_desktop.ui.window_api import WindowApi

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
STATUS_MS = 10_000


def install_sync_settings_action(window: WindowApi) -> QAction:
    """Arkiv → Synkroniseringsmappar…; administrators only (others see why it is disabled)."""
    action = QAction(translate("MainWindow", "&Synkroniseringsmappar…"), window)
    action.setObjectName("actionSyncSettings")
    action.setShortcut(QKeySequence("Ctrl+Alt+S"))
    if window.ctx.user.role is not Role.ADMIN:
        action.setEnabled(False)
        action.setToolTip(translate("MainWindow", "Bara en administratör ändrar mapparna."))
    action.triggered.connect(lambda _c=False: _open_sync_settings(window))
    actions = window.file_menu.actions()
    if actions:
        window.file_menu.insertAction(actions[0], action)
    else:
        window.file_menu.addAction(action)
    return action


def _open_sync_settings(window: WindowApi) -> None:
    from hmc_desktop.ui.shell.sync_settings import SyncSettingsDialog

    dialog = SyncSettingsDialog(window.ctx, window)
    dialog.accepted.connect(lambda: _sync_settings_saved(window))
    dialog.open()


def _sync_settings_saved(window: WindowApi) -> None:
    window.statusBar().showMessage(translate("MainWindow", "Synkroniseringsmapparna är sparade."),
                                   STATUS_MS)
    teamwork = getattr(window, "teamwork", None)
    if teamwork is not None and teamwork.started:
        teamwork.sync.run_now()  # the new folders at once, not after an interval
