"""The base of the small input dialogs: a form layout and OK/Cancel, sized for its screen."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from hmc_desktop.ui.common.screen_fit import fit_to_screen


class FormDialog(QDialog):
    """A dialog with a form layout and OK/Cancel: the base of the small input dialogs."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        # sized for the screen it opens on, and wide enough for its title
        self.screen_fit = fit_to_screen(self, None, QSize(0, 0))

    def _ok_enabled(self, enabled: bool) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(enabled)
