"""The details pane of the selected order: ``OrderService.show``'s facts and the action buttons."""

import html

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hmc_desktop.domain.calendar import WorkCalendar
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.paths import resource_path
from hmc_desktop.services.orders.actions import OrderView
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.common.formatting import scaled_font
from hmc_desktop.ui.common.scrolling import scroll_area

FIELDS = ("status", "mailbox", "priority", "registered", "start_by", "finish_by", "contact_by",
          "started", "completed", "cancelled", "waiting", "incomplete", "device", "orderer",
          "payer", "service", "billing", "assigned", "description")


class OrderDetails(QFrame):
    """Shows one :class:`OrderView`; the buttons are the shared :class:`QAction` objects."""

    flowsLaidOut = Signal()  # the flows shown changed: their Tab order with them

    def __init__(self, calendar: WorkCalendar, actions: list[QAction],
                 parent: QWidget | None = None, flow_actions: list[QAction] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetails")
        self.setAccessibleName(self.tr("Vald arbetsorder"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = calendar
        # Everything scrolls together when the window is low (1366 × 768 at 150 %): the facts
        # and buttons are never cut, and Tab scrolls the focused button into view.
        content = QWidget()
        content.setObjectName("orderDetailsContent")
        scroll = self.scroller = scroll_area(content, "orderDetailsScroll", sideways=False)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(scroll)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel(self.tr("Ingen arbetsorder vald"))
        self.title.setObjectName("orderTitle")
        self.title.setFont(scaled_font(self.title, 1.25))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badges = QLabel()
        self.badges.setObjectName("orderBadges")
        self.badges.setWordWrap(True)
        self.badges.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.title)
        outer.addWidget(self.badges)

        grid = QGridLayout()
        grid.setSpacing(4)
        self.action_buttons = [_button(action) for action in actions]
        for i, button in enumerate(self.action_buttons):
            grid.addWidget(button, i // 2, i % 2)
        outer.addLayout(grid)
        # The centre's flows: only the ones that apply to the order's type are shown, so
        # the grid is laid out again when an action is shown or hidden.
        self.flow_box = QGroupBox(self.tr("Flöden och utskrift"))
        self.flow_box.setObjectName("orderFlows")
        self.flow_grid = QGridLayout(self.flow_box)
        self.flow_grid.setSpacing(4)
        self.flow_buttons = [(a, _button(a)) for a in (flow_actions or [])]
        for _a, button in self.flow_buttons:  # a hidden one too is part of the panel
            button.setParent(self.flow_box)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.timeout.connect(self._layout_flows)
        for action, _b in self.flow_buttons:
            action.visibleChanged.connect(self._relayout.start)
        self._layout_flows()
        outer.addWidget(self.flow_box)
        self.flow_box.setVisible(bool(self.flow_buttons))

        self.message = QLabel()
        self.message.setObjectName("actionMessage")
        self.message.setAccessibleName(self.tr("Resultat av senaste åtgärden"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        outer.addWidget(self.message)

        facts = QWidget()
        self.form = QFormLayout(facts)
        self.form.setContentsMargins(0, 4, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        labels = {
            "status": self.tr("Status"), "mailbox": self.tr("Brevlåda"),
            "priority": self.tr("Prioritet"), "registered": self.tr("Registrerad"),
            "start_by": self.tr("Påbörjas senast"), "finish_by": self.tr("Klar senast"),
            "contact_by": self.tr("Kontakt senast"), "started": self.tr("Påbörjad"),
            "completed": self.tr("Avslutad"), "cancelled": self.tr("Makulerad"),
            "waiting": self.tr("Vilande orsak"), "incomplete": self.tr("Saknas"),
            "device": self.tr("Hjälpmedel"), "orderer": self.tr("Beställare"),
            "payer": self.tr("Betalarnummer"), "service": self.tr("Tjänsteprodukt"),
            "billing": self.tr("Debitering"), "assigned": self.tr("Handläggare"),
            "description": self.tr("Beskrivning"),
        }
        for key in FIELDS:
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setAccessibleName(labels[key])
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(labels[key], value)
        outer.addWidget(facts)
        outer.addStretch(1)
        self.view: OrderView | None = None

    def minimumSizeHint(self) -> QSize:
        """As narrow as the buttons allow, never narrower: the panel scrolls up and down, and
        a splitter or a low window (1366 × 768 at 150 %) must not cut its buttons sideways."""
        content = self.scroller.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        return QSize(width + bar + 2 * self.frameWidth(), super().minimumSizeHint().height())

    def tab_stops(self) -> list[QToolButton]:
        """The buttons in reading order: the order's actions, then the shown flows."""
        flows = [b for _a, b in sorted(self.flow_buttons, key=lambda ab: self._grid_place(ab[1]))]
        return [*self.action_buttons, *flows]

    def _grid_place(self, button: QToolButton) -> tuple[int, int]:
        index = self.flow_grid.indexOf(button)
        if index < 0:
            return (1_000, 0)
        place = self.flow_grid.getItemPosition(index)  # (row, column, row span, column span)
        return (int(place[0]), int(place[1]))  # type: ignore[index]

    def _layout_flows(self) -> None:
        for _a, button in self.flow_buttons:
            self.flow_grid.removeWidget(button)
        shown = [b for a, b in self.flow_buttons if a.isVisible()]
        for i, button in enumerate(shown):
            self.flow_grid.addWidget(button, i // 2, i % 2)
        for action, button in self.flow_buttons:
            button.setVisible(action.isVisible())
        self.flowsLaidOut.emit()

    def show_order(self, view: OrderView | None) -> None:
        """Fill in ``view`` (None: nothing selected)."""
        self.view = view
        if view is None:
            self.title.setText(self.tr("Ingen arbetsorder vald"))
            self.badges.clear()
            for value in self.values.values():
                value.clear()
            self._show_rows(set())
            return
        self.title.setText(f"{view.order_no} – {view.type} {view.type_name}")
        self.badges.setText(self._badges(view))
        d = view.deadlines
        values = {
            "status": fmt.status_name(view.status), "mailbox": view.mailbox,
            "priority": self.tr("Medicinsk risk") if view.medical_risk else self.tr("Normal"),
            "registered": fmt.full_time(view.registered),
            "start_by": fmt.full_time(d.start_by), "finish_by": fmt.full_time(d.finish_by),
            "contact_by": fmt.full_time(d.contact_by), "started": fmt.full_time(view.started),
            "completed": self._completed(view),
            "cancelled": (f"{fmt.full_time(view.cancelled)} – {view.cancel_reason}"
                          if view.cancelled else ""),
            "waiting": view.waiting_reason if view.status == "waiting" else "",
            "incomplete": ", ".join(fmt.missing_name(i) for i in view.incomplete),
            "device": self._device(view), "orderer": ", ".join(
                p for p in (view.orderer_name, view.orderer_unit) if p),
            "payer": view.payer_no, "service": view.service_product,
            "billing": fmt.billing_name(view.billing), "assigned": view.assigned_to or "",
            "description": view.description,
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self._show_rows({k for k, v in values.items() if v})

    def _show_rows(self, keep: set[str]) -> None:
        always = {"status", "mailbox", "registered", "device", "orderer", "description"}
        for key, value in self.values.items():
            self.form.setRowVisible(value, key in keep or key in always)

    def _completed(self, view: OrderView) -> str:
        """When, and who completed it (W10): not to be guessed from the handler."""
        if view.completed is None:
            return ""
        if view.completed_by:
            return self.tr("%1 av %2").replace("%1", fmt.full_time(view.completed)).replace(
                "%2", view.completed_by)
        return fmt.full_time(view.completed)

    def _device(self, view: OrderView) -> str:
        if view.individual_no is None:
            return self.tr("Inget hjälpmedel (konsultation)")
        status = fmt.device_status_name(view.device_status)
        return self.tr("%1, individnr %2 (%3)").replace("%1", view.article_name or "").replace(
            "%2", view.individual_no).replace("%3", status)

    def _badges(self, view: OrderView) -> str:
        """Rich text: an icon and words for each flag (never colour alone)."""
        parts: list[str] = []
        if view.medical_risk:
            parts.append(_badge("medical", self.tr("Medicinsk risk")))
        if view.sla.breached:
            kinds = ", ".join(fmt.deadline_kind(k) for k in view.sla.breached)
            parts.append(_badge("breached", self.tr("Försenad (%1)").replace("%1", kinds)))
        notice = view.delay_notice if OrderStatus(view.status).is_open else None
        if view.sla.at_risk and notice is None:
            parts.append(_badge("risk", self.tr("Risk för försening – meddela beställaren")))
        elif view.sla.at_risk:
            parts.append(_badge("risk", self.tr("Risk för försening")))
        if notice is not None:  # W5: the orderer has been told, and of which date
            sent, expected = notice
            text = self.tr("Beställaren meddelad om försening %1").replace(
                "%1", fmt.full_time(sent))
            if expected is not None:
                text += self.tr(", ny beräknad klardag %1").replace("%1", expected.isoformat())
            parts.append(_badge(None, text))
        if view.incomplete and OrderStatus(view.status).is_open:
            parts.append(_badge("incomplete", self.tr("Ofullständig – kan inte påbörjas; "
                                                      "komplettera med F2")))
        if view.pending_proposal is not None:
            from hmc_desktop.services.orders.cost_proposals import (
                format_kronor,  # with the ORM, later
            )

            parts.append(_badge(None, self.tr("Väntar på svar på kostnadsförslag (%1)").replace(
                "%1", format_kronor(view.pending_proposal[0]))))
        if view.technical_review:
            parts.append(_badge(None, self.tr("Teknisk översyn")))
        if view.quick_service:
            parts.append(_badge(None, self.tr("Snabbservice")))
        return "&nbsp;&nbsp; ".join(parts)

    def set_message(self, text: str, refused: bool) -> None:
        """The result of the last action: a refusal's sentence or what was done."""
        if not text:
            self.message.hide()
            return
        self.message.setText(("⛔ " if refused else "✓ ") + text)
        self.message.setProperty("refused", refused)
        self.message.setStyleSheet("QLabel { color: %s; font-weight: bold; }"
                                   % ("#a31515" if refused else "#1b5e20"))
        self.message.show()


def _button(action: QAction) -> QToolButton:
    """A button for ``action``: named after it (``actionStart`` → ``actionStartButton``), its
    accessible name following the action's text when that changes (W5's "Meddela försening")."""
    button = QToolButton()
    button.setObjectName(f"{action.objectName()}Button")
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def named() -> None:
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setAccessibleDescription(action.toolTip())

    named()
    action.changed.connect(named)
    return button


def _badge(icon_name: str | None, text: str) -> str:
    image = ""
    if icon_name:
        path = resource_path("icons", f"{icon_name}.svg").as_uri()
        image = f'<img src="{path}" width="14" height="14" style="vertical-align: middle"> '
    return f"{image}<b>{html.escape(text)}</b>"
