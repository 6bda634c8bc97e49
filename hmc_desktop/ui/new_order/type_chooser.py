"""The work-order type chooser of the new-order dialog: a list, not a bare combo (W2, W3, seed 001).

Each row shows the code and name, and under it what the type promises and costs (lead
time, billing, requirements) from the live catalogue. The panel beside it shows the
selected type's guidance (``help_text``, which administrators edit). Typing a code
("5", "12", "SDH") jumps to that type.
"""

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hmc_desktop.domain.catalogue import WorkOrderType, normalise_code
from hmc_desktop.domain.types import AttachmentKind, Billing

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
JUMP_MS = 900  # keys typed within this time make one code ("1", "2" → 12)


def lead_time_text(t: WorkOrderType) -> str:
    """What the type promises in time (C2, C3), as a customer-service worker says it."""
    if t.finish_hours is not None:
        return translate("TypeChooser", "Klart inom %1 arbetstimmar").replace("%1", str(t.finish_hours))
    if t.start_days is not None and t.finish_days is not None:
        return (translate("TypeChooser", "Påbörjas inom %1, klart inom %2 arbetsdagar")
                .replace("%1", str(t.start_days)).replace("%2", str(t.finish_days)))
    if t.start_days is not None:
        return translate("TypeChooser", "Erbjuds inom %1 arbetsdagar").replace("%1", str(t.start_days))
    if t.finish_days is not None:
        return translate("TypeChooser", "Klart inom %1 arbetsdagar").replace("%1", str(t.finish_days))
    if t.waits_for_approval:
        return translate("TypeChooser", "Ingen ledtid – väntar på godkänt kostnadsförslag")
    return translate("TypeChooser", "Ingen ledtid")


def billing_text(t: WorkOrderType) -> str:
    if t.invoiced_if_simple_aid:
        return translate("TypeChooser", "Ingår i hyran – faktureras för enklare hjälpmedel")
    return {Billing.INCLUDED: translate("TypeChooser", "Ingår i hyran"),
            Billing.INVOICED: translate("TypeChooser", "Faktureras"),
            Billing.AGREEMENT: translate("TypeChooser", "Enligt serviceavtal")}[t.billing]


def requirement_texts(t: WorkOrderType) -> list[str]:
    """What the type requires (W6, W7), in words."""
    needs: list[str] = []
    if t.requires_service_product:
        needs.append(translate("TypeChooser", "tjänsteprodukt"))
    if t.requires_payer_no:
        needs.append(translate("TypeChooser", "betalarnummer"))
    names = {AttachmentKind.CONSULTATION_BASIS: translate("TypeChooser", "konsultationsunderlag"),
             AttachmentKind.SPECIAL_ADAPTATION_INSTRUCTION:
                 translate("TypeChooser", "specialanpassningsanvisning")}
    needs += [names.get(k, k.value) for k in t.required_attachments]
    out = [translate("TypeChooser", "Kräver %1").replace("%1", ", ".join(needs))] if needs else []
    if t.prescriber_only:
        out.append(translate("TypeChooser", "Endast förskrivare beställer"))
    return out


def type_summary(t: WorkOrderType) -> str:
    """One line: lead time · billing · requirements."""
    return " · ".join([lead_time_text(t), billing_text(t), *requirement_texts(t)])


class _TypeDelegate(QStyledItemDelegate):
    """The code and name in bold; under it the summary in a quieter colour, wrapped if long."""

    PAD = 4

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold, small = QFont(option.font), QFont(option.font)
        bold.setBold(True)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.92)
        return bold, small

    def _summary_rect(self, option: QStyleOptionViewItem, width: int, summary: str) -> QRect:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        return QFontMetrics(self._fonts(option)[1]).boundingRect(QRect(0, 0, width, 1000), flags,
                                                                 summary)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, summary = opt.text, str(index.data(SUMMARY_ROLE) or "")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        main = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        quiet = main if selected else opt.palette.placeholderText().color()
        rect = opt.rect.adjusted(8, self.PAD, -8, -self.PAD)
        bold, small = self._fonts(opt)
        line = QFontMetrics(bold).height()
        painter.save()
        painter.setPen(main)
        painter.setFont(bold)
        painter.drawText(QRect(rect.x(), rect.y(), rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setPen(quiet)
        painter.setFont(small)
        painter.drawText(QRect(rect.x(), rect.y() + line, rect.width(), rect.height() - line),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, summary)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        width = (view.viewport().width() if isinstance(view, QListWidget) else 400) - 16
        summary = self._summary_rect(option, max(width, 100), str(index.data(SUMMARY_ROLE) or ""))
        line = QFontMetrics(self._fonts(option)[0]).height()
        return QSize(width, line + summary.height() + 2 * self.PAD)


class TypeChooser(QListWidget):
    """``typeChooser``: the catalogue's types; ``typeChanged(code)`` when the choice changes."""

    typeChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typeChooser")
        self.setAccessibleName(self.tr("Typ av arbetsorder"))
        self.setAccessibleDescription(self.tr("Skriv typens kod, till exempel 5 eller SDH, "
                                              "eller välj med piltangenterna"))
        self.setToolTip(self.accessibleDescription())
        self.setItemDelegate(_TypeDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap when the width changes
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.types: dict[str, WorkOrderType] = {}
        self._typed = ""
        self._jump_timer = QTimer(self)
        self._jump_timer.setSingleShot(True)
        self._jump_timer.setInterval(JUMP_MS)
        self._jump_timer.timeout.connect(self._forget_typed)
        self.currentItemChanged.connect(lambda item, _prev: self.typeChanged.emit(
            str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # the summaries wrap to the new width

    def set_types(self, types: Iterable[WorkOrderType]) -> None:
        """Fill the list from the catalogue (its order: DOMAIN.md's)."""
        self.clear()
        self.types = {t.code: t for t in types}
        for t in self.types.values():
            item = QListWidgetItem(f"{t.code}\u2003{t.name}")
            summary = type_summary(t)
            item.setData(Qt.ItemDataRole.UserRole, t.code)
            item.setData(SUMMARY_ROLE, summary)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("Typ %1: %2. %3").replace("%1", t.code).replace("%2", t.name)
                         .replace("%3", summary))
            item.setToolTip(t.help_text or summary)
            self.addItem(item)
        self.setCurrentRow(-1)

    def code(self) -> str | None:
        item = self.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def current_type(self) -> WorkOrderType | None:
        code = self.code()
        return self.types.get(code) if code is not None else None

    def select_code(self, code: str) -> bool:
        """Select the type with this code ('05' and 'sdh' too); False if there is none."""
        wanted = normalise_code(code)
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                self.setCurrentRow(row)
                self.scrollToItem(self.item(row))
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().strip()
        plain = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                            | Qt.KeyboardModifier.KeypadModifier))
        if text and text.isprintable() and plain:
            self._typed += text
            self._jump_timer.start()
            if not self._jump():
                self._typed = text  # a fresh start: "5" after "SDH"
                self._jump()
            event.accept()
            return
        super().keyPressEvent(event)

    def _jump(self) -> bool:
        """The typed code exactly, else the first code starting with it (e.g. 'S' → SDH)."""
        typed = self._typed.upper()
        if self.select_code(typed):
            return True
        for code in self.types:
            if code.startswith(typed):
                return self.select_code(code)
        return False

    def _forget_typed(self) -> None:
        self._typed = ""


class TypeGuide(QLabel):
    """``typeGuide``: when to use the selected type, what it requires and costs (seed 001)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typeGuide")
        self.setAccessibleName(self.tr("Vägledning för vald typ"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setStyleSheet("QLabel#typeGuide { background: palette(alternate-base); "
                           "border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.show_type(None)

    def show_type(self, t: WorkOrderType | None) -> None:
        if t is None:
            text = self.tr("Välj typ av arbetsorder i listan – skriv koden (t.ex. 5 eller SDH) "
                           "för att hoppa dit. Typen kan inte ändras när ordern är sparad.")
            self.setText(f"<i>{escape(text)}</i>")
            self.setAccessibleDescription(text)
            return
        heading = self.tr("Typ %1 – %2").replace("%1", t.code).replace("%2", t.name)
        where = self.tr("Hamnar i brevlådan %1").replace("%1", t.mailbox)
        facts = " · ".join([where, lead_time_text(t), billing_text(t), *requirement_texts(t)])
        self.setText(f"<b>{escape(heading)}</b><br>{escape(t.help_text)}"
                     f"<br><span style='color: palette(placeholder-text)'>{escape(facts)}</span>")
        self.setAccessibleDescription(f"{heading}. {t.help_text} {facts}")
