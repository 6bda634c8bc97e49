"""What a screen reader gets from a window, read through Qt's own accessibility interface.

:func:`audit` walks the ``QAccessible`` interfaces of a window or dialog (as an AT-SPI or
UI Automation bridge does: ``queryAccessibleInterface``, ``child``, ``role``,
``text(Name)``, ``state``) and lists every visible interactive control that

* has no role a reader can announce (none, or only a generic pane/client),
* has no name a reader can say: empty, only its objectName, or a bare symbol (◀, ✕, +),
* cannot be reached by keyboard: Tab does not stop at it, no mnemonic or shortcut leads to
  it, and it is not in an arrow-key group whose member Tab reaches.

No test helper of its own; shared by test_accessibility.py and the walkthroughs.
"""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from hmc_desktop.ui.common.focus_chain import ARROW_GROUP, takes_tab

R = QAccessible.Role
INTERACTIVE = {R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.SpinBox,
               R.Table, R.Tree, R.List, R.PageTabList, R.Slider, R.ButtonMenu, R.ButtonDropDown,
               R.Dial, R.Link, R.Clock}
NO_ROLE = {R.NoRole, R.Client, R.Pane, R.Grouping, R.Border, R.Whitespace}
CONTROL_TYPES = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView,
                 QTabBar, QTextEdit, QPlainTextEdit)


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def interfaces(root: QWidget) -> list[QAccessibleInterface]:
    """Every interface under ``root``'s, depth first (items of views included)."""
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None and top.isValid(), root
    out: list[QAccessibleInterface] = []
    stack = [top]
    while stack:
        iface = stack.pop()
        out.append(iface)
        if iface.role() in (R.Table, R.Tree, R.List, R.Row, R.Cell, R.ListItem, R.TreeItem,
                            R.ColumnHeader, R.RowHeader):
            continue  # a view's items are its content, not controls of the window
        children = [iface.child(i) for i in range(iface.childCount())]
        stack.extend(reversed([c for c in children if c is not None and c.isValid()]))
    return out


def _own(iface: QAccessibleInterface) -> QWidget | None:
    """The widget this interface stands for (not an item inside a widget)."""
    obj = iface.object()
    return obj if isinstance(obj, QWidget) else None


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def is_control(iface: QAccessibleInterface, widget: QWidget) -> bool:
    if widget.focusProxy() is not None or _inside(widget, (QComboBox,)):
        return False  # a part of another control (a spin box's editor, a combo's list)
    if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly() and \
            not takes_tab(widget):
        return False
    return iface.role() in INTERACTIVE or isinstance(widget, CONTROL_TYPES) or \
        (takes_tab(widget) and not isinstance(widget, QLabel))


def spoken_name(iface: QAccessibleInterface, widget: QWidget) -> str:
    """The name a reader says: a combo box's is its label (its Name is the chosen text on
    Linux), for everything else the interface's Name."""
    if iface.role() == R.ComboBox or isinstance(widget, QComboBox):
        if widget.accessibleName().strip():
            return widget.accessibleName().strip()
        for label_iface, _relation in iface.relations(QAccessible.RelationFlag.Label):
            return (label_iface.text(QAccessible.Text.Name) or "").strip()
        return ""
    return (iface.text(QAccessible.Text.Name) or "").replace("&", "").strip()


def _has_mnemonic_or_shortcut(widget: QWidget, window: QWidget) -> bool:
    if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
        return True
    if isinstance(widget, QAbstractButton) and "&" in widget.text().replace("&&", ""):
        return True
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and "&" in label.text().replace("&&", ""):
            return True
    return any(action.shortcuts() for action in widget.actions())


def _in_reachable_group(widget: QWidget) -> bool:
    group = widget.property(ARROW_GROUP)
    parent = widget.parentWidget()
    if not group or parent is None:
        return False
    root = parent.window()
    return any(b.property(ARROW_GROUP) == group and takes_tab(b)
               for b in root.findChildren(QAbstractButton))


def reachable(widget: QWidget) -> bool:
    if takes_tab(widget) or _in_reachable_group(widget):
        return True
    if _inside(widget, (QLineEdit, QTabBar)):
        return True  # a line edit's clear button, a tab bar's scroll arrows: keys do the same
    return _has_mnemonic_or_shortcut(widget, widget.window())


def audit(root: QWidget) -> list[str]:
    """One line per problem: ``objectName (class, role): what is wrong``."""
    problems = []
    for iface in interfaces(root):
        widget = _own(iface)
        if widget is None or iface.state().invisible or not widget.isVisible():
            continue
        if not is_control(iface, widget):
            continue
        role = iface.role()
        label = f"{widget.objectName() or '?'} ({type(widget).__name__}, {role.name})"
        name = spoken_name(iface, widget)
        if role in NO_ROLE:
            problems.append(f"{label}: no role a reader can announce")
        if not name:
            problems.append(f"{label}: no accessible name")
        elif name == widget.objectName():
            problems.append(f"{label}: its name is only its objectName {name!r}")
        elif _letters(name) < 2:
            problems.append(f"{label}: its name {name!r} is a bare symbol")
        if not reachable(widget):
            problems.append(f"{label} {name!r}: no keyboard path (Tab, mnemonic, shortcut)")
    return problems


def named_controls(root: QWidget) -> dict[str, QWidget]:
    """The visible controls by spoken name (for walkthroughs that look a control up as a
    screen-reader user does)."""
    out: dict[str, QWidget] = {}
    for iface in interfaces(root):
        widget = _own(iface)
        if widget is not None and not iface.state().invisible and is_control(iface, widget):
            out.setdefault(spoken_name(iface, widget), widget)
    return out


def shortcut_keys(obj: QObject) -> list[str]:
    keys = getattr(obj, "shortcuts", None)
    seqs = keys() if callable(keys) else []
    return [QKeySequence(k).toString() for k in seqs]


def focus_widget() -> QWidget | None:
    return QApplication.focusWidget()


def tab_order(start: QWidget, steps: int) -> list[QWidget]:
    """Where Tab really goes from ``start``: ``nextInFocusChain`` skipping what Tab skips."""
    out: list[QWidget] = []
    widget = start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        guard = 0
        while not (takes_tab(widget) and widget.isVisible() and widget.isEnabled()) and \
                guard < 100_000:
            widget = widget.nextInFocusChain()
            guard += 1
        out.append(widget)
    return out


__all__ = ["Qt", "audit", "focus_widget", "interfaces", "named_controls", "reachable",
           "shortcut_keys", "spoken_name", "tab_order"]
