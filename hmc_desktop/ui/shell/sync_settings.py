"""Arkiv → Synkroniseringsmappar…: where the intake and the outbox are, for administrators.

The settings are shared by every workstation (services/sync/settings.py); the folder watcher
reads them before each round, so a change takes effect within one interval, and a
round runs at once after saving (ui/shell/sync_action.py installs the menu item; other
roles see it disabled, with why).
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hmc_desktop.domain.errors import DomainError
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.sync.settings import SyncSettings, load_sync_settings, save_sync_settings
from hmc_desktop.ui.common import errors
from hmc_desktop.ui.common.form_dialog import FormDialog


class SyncSettingsDialog(FormDialog):
    """The two folders (empty: not used) and the intake's patience, in seconds."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Synkroniseringsmappar"), parent)
        self.setObjectName("syncSettingsDialog")
        self.ctx = ctx
        current = load_sync_settings(ctx)
        self.intake = self._folder_row(self.tr("&Inkorg (från beställningsportalen)"),
                                       self.tr("Inkorg"), current.intake_dir, "syncIntakeDir")
        self.outbox = self._folder_row(self.tr("&Utkorg (till beställningsportalen)"),
                                       self.tr("Utkorg"), current.outbox_dir, "syncOutboxDir")
        self.stable = self._seconds(self.tr("Filen ska vara &oförändrad i"),
                                    self.tr("Sekunder en fil ska vara oförändrad innan den läses"),
                                    current.stable_seconds, 0.0, "syncStableSeconds")
        self.interval = self._seconds(self.tr("&Titta efter nya filer var"),
                                      self.tr("Sekunder mellan två kontroller av mapparna"),
                                      current.interval_seconds, 1.0, "syncIntervalSeconds")
        note = QLabel(self.tr("Gäller alla arbetsstationer. Ange mappar på en filserver som "
                              "UNC-sökväg (\\\\server\\hmc\\inkorg): en enhetsbokstav betyder "
                              "olika saker på olika datorer. Tom mapp: används inte."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.problem = QLabel()
        self.problem.setObjectName("syncSettingsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #8a1f11; font-weight: bold; }")
        self.form.addRow(self.problem)
        self.intake.setFocus()

    def _folder_row(self, label: str, name: str, value: Path | None, object_name: str) -> QLineEdit:
        edit = QLineEdit(str(value) if value else "")
        edit.setObjectName(object_name)
        edit.setAccessibleName(name)
        browse = QPushButton(self.tr("Välj…"))
        browse.setAccessibleName(self.tr("Välj mapp för %1").replace("%1", name))
        browse.clicked.connect(lambda _c=False: self._browse(edit, name))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        caption = QLabel(label)
        caption.setBuddy(edit)  # Alt+letter lands in the folder field
        self.form.addRow(caption, row)
        return edit

    def _seconds(self, label: str, name: str, value: float, minimum: float,
                 object_name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(object_name)
        box.setAccessibleName(name)
        box.setRange(minimum, 3600.0)
        box.setDecimals(1)
        box.setSuffix(self.tr(" s"))
        box.setValue(value)
        self.form.addRow(label, box)
        return box

    def _browse(self, edit: QLineEdit, name: str) -> None:
        chosen = QFileDialog.getExistingDirectory(self, name, edit.text())
        if chosen:
            edit.setText(chosen)

    def settings(self) -> SyncSettings:
        intake, outbox = self.intake.text().strip(), self.outbox.text().strip()
        return SyncSettings(intake_dir=Path(intake) if intake else None,
                            outbox_dir=Path(outbox) if outbox else None,
                            stable_seconds=self.stable.value(),
                            interval_seconds=self.interval.value())

    def missing_folder(self) -> str:
        """The sentence about a folder that does not exist (a typing mistake, a server away)."""
        for edit, name in ((self.intake, self.tr("Inkorgen")), (self.outbox, self.tr("Utkorgen"))):
            text = edit.text().strip()
            if text and not Path(text).is_dir():
                return self.tr("%1 finns inte, eller går inte att nå härifrån: %2").replace(
                    "%1", name).replace("%2", text)
        return ""

    def accept(self) -> None:
        """Save (audited, W10) unless a folder is missing or the login may not."""
        problem = self.missing_folder()
        if not problem:
            try:
                save_sync_settings(self.ctx, self.settings())
            except DomainError as exc:
                problem = errors.describe(exc)
        if problem:
            self.problem.setText(problem)
            self.problem.setAccessibleName(problem)
            return
        super().accept()
