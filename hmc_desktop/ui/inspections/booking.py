"""Booking inspection visits (PM3): one device, or a route — devices of one postal area visited
one after the other on one day. The earliest day offered leaves the 10 working days' notice."""

from collections.abc import Sequence
from datetime import datetime, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit, QLabel, QSpinBox, QTimeEdit, QWidget

from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.inspections.visits import DEFAULT_MINUTES, VisitService
from hmc_desktop.ui.common.widgets import day_of
from hmc_desktop.ui.orders.flow_forms import FlowDialog, note_label


class VisitDialog(FlowDialog):
    """``inspectionVisitDialog``: a visit for one device, or (several) a route on one day.
    Success emits :attr:`succeeded` with the booked :class:`VisitView` list."""

    def __init__(self, ctx: ServiceContext, individual_nos: Sequence[str], descriptions:
                 Sequence[str], parent: QWidget | None = None) -> None:
        route = len(individual_nos) > 1
        title = (self.tr("Boka rutt – %1 besök").replace("%1", str(len(individual_nos)))
                 if route else self.tr("Boka besök – %1").replace("%1", individual_nos[0]))
        super().__init__(title, parent, self.tr("&Boka"))
        self.setObjectName("inspectionVisitDialog")
        self.service = VisitService(ctx)
        self.numbers, self.route = list(individual_nos), route
        earliest = self.service.earliest()
        self.day = QDateEdit()
        self.day.setObjectName("visitDate")
        self.day.setAccessibleName(self.tr("Besöksdag"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd yyyy-MM-dd")
        self.day.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.day.setDate(QDate(earliest.year, earliest.month, earliest.day))
        self.start = QTimeEdit()
        self.start.setObjectName("visitTime")
        self.start.setAccessibleName(self.tr("Första besökets tid") if route else self.tr("Tid"))
        self.start.setDisplayFormat("HH:mm")
        s = ctx.calendar.settings
        self.start.setTimeRange(QTime(s.opens.hour, s.opens.minute), QTime(s.closes.hour,
                                                                           s.closes.minute))
        self.start.setTime(QTime(9, 0))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("visitMinutes")
        self.minutes.setAccessibleName(self.tr("Minuter per besök"))
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        devices = QLabel("\n".join(descriptions))
        devices.setObjectName("visitDevices")
        devices.setWordWrap(True)
        self.form.addRow(self.tr("Hjälpmedel:"), devices)
        self.form.addRow(self.tr("&Dag:"), self.day)
        self.form.addRow(self.tr("&Första besöket:") if route else self.tr("&Tid:"), self.start)
        self.form.addRow(self.tr("&Längd per besök:"), self.minutes)
        self.body.addWidget(note_label(self.tr(
            "Brukaren ska få besked minst 10 arbetsdagar före besöket: tidigast %1. En rutt "
            "gäller ett postnummerområde; besöken följer gatuordning.").replace(
            "%1", earliest.isoformat())))
        self.day.setFocus()

    def submit(self) -> None:
        day, start = day_of(self.day.date()), self.start.time()
        at, minutes = time(start.hour(), start.minute()), self.minutes.value()
        service, numbers = self.service, self.numbers
        if self.route:
            self.run(lambda: service.book_route(numbers, day, at, minutes))
        else:
            self.run(lambda: [service.book(numbers[0], datetime.combine(day, at), minutes)])

