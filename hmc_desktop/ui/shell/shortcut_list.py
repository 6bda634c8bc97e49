"""F1: every keyboard shortcut of the window, read from its actions, grouped by where it works.

The list is made from the window's actions each time it opens, so it cannot drift from the
keys that really work. A window-wide key is listed under its menu (Arkiv, Arbetsorder,
Visa …); a key that works only in one tab under that tab, so that Ctrl+Delete is "Makulera"
in Arbetsordrar and "Avboka" in Snabbservice, each once, where it applies. A key's
keypad twin (Ctrl+Enter beside Ctrl+Return) is not listed again.
"""

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.ui.common.screen_fit import comfortable, fit_to_screen

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

Group = tuple[str, list[tuple[str, str]]]  # title, (command, keys) rows


def key_text(action: QAction) -> str:
    """The action's keys as the person reads them, keypad twins left out."""
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    shown: list[str] = []
    for key in keys:
        twin = key.replace("Enter", "Return").replace("Retur", "Return")
        if twin != key and any(k.replace("Retur", "Return") == twin for k in keys if k != key):
            continue
        if key not in shown:
            shown.append(key)
    return ", ".join(shown)


def command_text(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def _menus(window: QMainWindow) -> Iterator[QMenu]:
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu):
            yield menu


def _tab_of(action: QAction, tabs: QTabWidget) -> int | None:
    """The tab whose page the action works in (it is added to a widget on that page)."""
    for obj in action.associatedObjects():
        if not isinstance(obj, QWidget) or isinstance(obj, QMenu):
            continue
        for i in range(tabs.count()):
            page = tabs.widget(i)
            if page is not None and (page is obj or page.isAncestorOf(obj)):
                return i
    parent: QObject | None = action.parent()
    while parent is not None:
        if isinstance(parent, QWidget):
            for i in range(tabs.count()):
                page = tabs.widget(i)
                if page is not None and (page is parent or page.isAncestorOf(parent)):
                    return i
        parent = parent.parent()
    return None


def shortcut_groups(window: QMainWindow, tabs: QTabWidget) -> list[Group]:
    """The window's shortcuts: the menus' window-wide keys first (menu order), then each tab's
    own keys (tab order); every (place, key) once."""
    groups: dict[str, list[tuple[str, str]]] = {}
    listed: set[int] = set()

    def add(title: str, action: QAction) -> None:
        keys = key_text(action)
        if not keys or not action.text() or id(action) in listed:
            return
        listed.add(id(action))
        groups.setdefault(title, []).append((command_text(action), keys))

    scoped = Qt.ShortcutContext.WidgetWithChildrenShortcut
    for menu in _menus(window):
        title = menu.title().replace("&", "")
        for action in menu.actions():
            if action.shortcutContext() != scoped and _tab_of(action, tabs) is None:
                add(title, action)
    per_tab: dict[int, list[QAction]] = {}
    others: list[QAction] = []
    for action in window.findChildren(QAction):
        if id(action) in listed or not action.shortcuts():
            continue
        tab = _tab_of(action, tabs)
        if tab is None:
            others.append(action)
        else:
            per_tab.setdefault(tab, []).append(action)
    for tab in sorted(per_tab):
        title = tabs.tabText(tab).replace("&", "")
        for action in per_tab[tab]:
            add(title, action)
    for action in others:
        add(translate("ShortcutList", "Övrigt"), action)
    return [(title, rows) for title, rows in groups.items() if rows]


class ShortcutListDialog(QDialog):
    """``shortcutList``: the groups in a two-column tree (command, keys), Esc closes."""

    def __init__(self, groups: list[Group], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutList")
        self.setWindowTitle(self.tr("Kortkommandon"))
        self.setAccessibleName(self.tr("Kortkommandon"))
        intro = QLabel(self.tr("Tangenterna under en menys namn fungerar i hela fönstret; "
                               "de under en fliks namn när den fliken är framme."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutTree")
        self.tree.setAccessibleName(self.tr("Kortkommandon per meny och flik"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Kommando"), self.tr("Tangenter")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        for title, rows in groups:
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for command, keys in rows:
                QTreeWidgetItem(group, [command, keys])
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Stäng"))
            close.setAccessibleName(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, "shortcutList", comfortable(self, 70, 34))
        first = self.tree.topLevelItem(0)
        child = first.child(0) if first is not None and first.childCount() else None
        if child is not None:
            self.tree.setCurrentItem(child)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, command, keys) as listed."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                item = group.child(j)
                if item is not None:
                    out.append((group.text(0), item.text(0), item.text(1)))
        return out


def show_shortcuts(window: QMainWindow) -> ShortcutListDialog:
    """Open the list over ``window`` (its ``tabs``), not blocking."""
    tabs = getattr(window, "tabs")  # noqa: B009 (the main window's tab widget)
    dialog = ShortcutListDialog(shortcut_groups(window, tabs), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
