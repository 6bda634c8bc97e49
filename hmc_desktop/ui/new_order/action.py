"""The main window's way into registering orders: the action "Ny arbetsorder…" (Ctrl+N).

``install_new_order_action(window)`` is called once by the main window. It puts the action
first in the Arbetsorder menu and on the toolbar; a registered order refreshes the queue
and is selected in it.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from hmc_desktop.ui.queue.model import icon
from hmc_desktop.ui.window_api import WindowApi

if TYPE_CHECKING:
    from hmc_desktop.ui.new_order.dialog import NewOrderDialog

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
STATUS_MS = 10_000


def install_new_order_action(window: WindowApi) -> QAction:
    """Add "Ny arbetsorder…" (Ctrl+N) to the Arbetsorder menu and the toolbar; returns it."""
    text = translate("NewOrder", "&Ny arbetsorder…")
    action = QAction(_icon(), text, window)
    action.setObjectName("actionNewOrder")
    action.setShortcut(QKeySequence("Ctrl+N"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(translate("NewOrder", "Registrera en arbetsorder från telefon, fax eller "
                                "besök (Ctrl+N)"))
    action.setStatusTip(action.toolTip())
    action.setEnabled(window.ctx.user.known)  # an unregistered login only reads
    action.triggered.connect(lambda _checked=False: open_new_order(window))
    menu = _order_menu(window)
    existing = menu.actions()
    if existing:
        menu.insertAction(existing[0], action)
        menu.insertSeparator(existing[0])
    else:
        menu.addAction(action)
    _toolbar(window).addAction(action)
    return action


def open_new_order(window: WindowApi, **kwargs: Any) -> "NewOrderDialog":
    """Open the dialog window-modal without blocking (``open()``); it deletes itself when closed.

    ``kwargs`` go to :class:`NewOrderDialog` (tests pass ``prompts`` and ``file_chooser``).
    The dialog's module loads here, the first time: the window's start-up does not need it.
    """
    from hmc_desktop.ui.new_order.dialog import NewOrderDialog

    dialog = NewOrderDialog(window.ctx, window, **kwargs)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    device = device_in_front(window)
    if device:  # Ctrl+N on a device's card: the order is for that device
        dialog.number.setText(device)
    dialog.orderRegistered.connect(lambda order_no: registered(window, order_no))
    dialog.open()
    return dialog


def device_in_front(window: WindowApi) -> str | None:
    """The individual number of the device card in front, if the card shows one."""
    card = getattr(window.tabs.currentWidget(), "card", None)
    number = getattr(card, "individual_no", None)
    return number if isinstance(number, str) else None


def registered(window: WindowApi, order_no: str) -> None:
    """Select the new order in the queue (the change hub reloads it); say so in the status bar."""
    text = translate("NewOrder", "Arbetsorder %1 är registrerad.").replace("%1", order_no)

    def selected(_kind: str, key: str) -> None:  # opening an order clears the status bar
        if key == order_no:
            window.scanHandled.disconnect(selected)
            window.statusBar().showMessage(text, STATUS_MS)

    window.statusBar().showMessage(text, STATUS_MS)
    window.scanHandled.connect(selected)
    window.open_order_no(order_no)


def _order_menu(window: WindowApi) -> QMenu:
    """The menu that holds the queue's order actions ("Arbetsorder"), else a new one."""
    marker = window.queue_tab.order_actions.changing[0] if \
        window.queue_tab.order_actions.changing else None
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and marker is not None and marker in menu.actions():
            return menu
    return window.menuBar().addMenu(translate("NewOrder", "Arbets&order"))


def _toolbar(window: WindowApi) -> QToolBar:
    bar = window.findChild(QToolBar, "mainToolBar")
    if bar is None:
        bar = window.addToolBar(translate("NewOrder", "Verktygsfält"))
        bar.setObjectName("mainToolBar")
        bar.setAccessibleName(translate("NewOrder", "Verktygsfält"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
    return bar


def _icon() -> QIcon:
    # Our own icon, not QStyle's SP_FileIcon: the Python QStyle class and its enums take
    # 12 ms to create, a fiftieth of the start-up to the first rows (start-up time).
    return QIcon.fromTheme("document-new", icon("new-order"))
