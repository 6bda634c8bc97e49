"""Tabs built the first time they are needed, so that the window opens with only the queue built.

The main window has six tabs; the person starts in the work-order queue and may not open
the others for a while. Building them (and importing what they use: charts, the PDF
viewer, the printing and registration code) cost about a third of the start-up.
Here each of them is, until first needed, an empty placeholder page with the tab's title,
object name and accessible name. It is built, and takes the placeholder's place at the same
index with the same title, when

* the tab is shown (clicked, its Ctrl+number shortcut, ``setCurrentIndex``), or
* the program asks for it (:meth:`LazyTabs.get`, e.g. ``window.device_tab`` when the scan
  field opens a device card).

Code that only wants to know about a tab that exists (reload the device card if it is
open) uses :meth:`LazyTabs.peek`, which never builds.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    """Placeholders in ``tabs`` and the factories that replace them with the real tabs."""

    built = Signal(str, QWidget)  # the key and the tab just built and put in place

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._names: dict[str, str] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        self._building: set[str] = set()
        tabs.currentChanged.connect(self._current_changed)

    def add(self, key: str, title: str, object_name: str, factory: Callable[[], QWidget]) -> None:
        """A tab titled ``title`` whose page ``factory()`` builds when it is first needed."""
        placeholder = QWidget()
        placeholder.setObjectName(object_name)
        placeholder.setAccessibleName(title.replace("&", ""))
        self._factories[key] = factory
        self._names[key] = object_name
        self._placeholders[key] = placeholder
        self.tabs.addTab(placeholder, title)

    def tab_keys(self) -> list[str]:
        return list(self._factories)

    def peek(self, key: str) -> QWidget | None:
        """The tab if it is built; None if it is not (yet). Never builds."""
        return self._built.get(key)

    def get(self, key: str) -> QWidget:
        """The tab, built now if it was not."""
        tab = self._built.get(key)
        if tab is None:
            tab = self._build(key)
        return tab

    def show(self, key: str) -> None:
        """Bring the tab to the front."""
        self.tabs.setCurrentWidget(self.get(key))

    def build_all(self) -> None:
        for key in self._factories:
            self.get(key)

    # -- building ---------------------------------------------------------------------------
    def _current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        for key, placeholder in list(self._placeholders.items()):
            if placeholder is page:
                self._build(key)
                return

    def _build(self, key: str) -> QWidget:
        if key in self._building:
            raise RuntimeError(f"the tab {key!r} asked for itself while being built")
        self._building.add(key)
        try:
            tab = self._factories[key]()
        finally:
            self._building.discard(key)
        if not tab.objectName():
            tab.setObjectName(self._names[key])
        placeholder = self._placeholders.pop(key)
        self._built[key] = tab
        self._swap(placeholder, tab)
        self.built.emit(key, tab)
        return tab

    def _swap(self, placeholder: QWidget, tab: QWidget) -> None:
        """Put ``tab`` where ``placeholder`` is: same index, title, icon and tooltips; if the
        placeholder was in front, ``tab`` is now. Listeners of ``currentChanged`` hear nothing:
        the same tab is in front as before, only its page is real now."""
        tabs = self.tabs
        index = tabs.indexOf(placeholder)
        in_front = tabs.currentIndex() == index
        blocked = tabs.blockSignals(True)
        try:
            tabs.insertTab(index, tab, tabs.tabIcon(index), tabs.tabText(index))
            tabs.setTabToolTip(index, tabs.tabToolTip(index + 1))
            tabs.setTabWhatsThis(index, tabs.tabWhatsThis(index + 1))
            tabs.setTabEnabled(index, tabs.isTabEnabled(index + 1))
            if in_front:
                tabs.setCurrentIndex(index)
            tabs.removeTab(index + 1)
        finally:
            tabs.blockSignals(blocked)
        placeholder.deleteLater()
