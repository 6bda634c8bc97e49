"""How the queue writes statuses, times and SLA states (presentation only; rules are in domain/)."""

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from hmc_desktop.domain.calendar import WorkCalendar, to_local
from hmc_desktop.domain.sla import SlaState

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def status_name(status: str) -> str:
    names = {
        "registered": translate("QueueFormat", "Registrerad"),
        "started": translate("QueueFormat", "Påbörjad"),
        "waiting": translate("QueueFormat", "Vilande"),
        "completed": translate("QueueFormat", "Avslutad"),
        "cancelled": translate("QueueFormat", "Makulerad"),
    }
    return names.get(status, status)


def device_status_name(status: str | None) -> str:
    names = {
        "in_use": translate("QueueFormat", "Utlånad"),
        "pickup_ordered": translate("QueueFormat", "Beställd för hämtning"),
        "returned": translate("QueueFormat", "Återlämnad"),
        "in_reconditioning": translate("QueueFormat", "Under rekonditionering"),
        "in_stock": translate("QueueFormat", "I lager"),
        "scrapped": translate("QueueFormat", "Kasserad"),
        "at_workshop": translate("QueueFormat", "På verkstaden"),
    }
    return names.get(status or "", status or "")


def missing_name(item: str) -> str:
    """A W6 item (`service_product`, `attachment:…`) as people call it."""
    names = {
        "service_product": translate("QueueFormat", "tjänsteprodukt"),
        "payer_no": translate("QueueFormat", "betalarnummer"),
        "attachment:consultation_basis": translate("QueueFormat", "konsultationsunderlag"),
        "attachment:special_adaptation_instruction":
            translate("QueueFormat", "specialanpassningsanvisning"),
    }
    return names.get(item, item)


def attachment_kind_name(kind: str) -> str:
    """What an attachment is (W6), as people call it."""
    names = {
        "consultation_basis": translate("QueueFormat", "Konsultationsunderlag"),
        "special_adaptation_instruction":
            translate("QueueFormat", "Specialanpassningsanvisning"),
        "other": translate("QueueFormat", "Annat"),
    }
    return names.get(kind, kind)


def billing_name(billing: str) -> str:
    names = {
        "included": translate("QueueFormat", "Ingår i hyran"),
        "invoiced": translate("QueueFormat", "Faktureras"),
        "agreement": translate("QueueFormat", "Enligt serviceavtal"),
    }
    return names.get(billing, billing)


def deadline_kind(kind: str | None) -> str:
    names = {
        "start": translate("QueueFormat", "påbörjas"),
        "finish": translate("QueueFormat", "klart"),
        "contact": translate("QueueFormat", "kontakt"),
    }
    return names.get(kind or "", "")


def when(moment: datetime | None, now: datetime) -> str:
    """'26/11 16:00' this year, '2025-03-04' otherwise (Stockholm time, C4)."""
    if moment is None:
        return ""
    local = to_local(moment)
    if local.year == to_local(now).year:
        return f"{local.day}/{local.month} {local:%H:%M}"
    return f"{local:%Y-%m-%d}"


def day(moment: datetime | None) -> str:
    return f"{to_local(moment):%Y-%m-%d}" if moment is not None else ""


def full_time(moment: datetime | None) -> str:
    return f"{to_local(moment):%Y-%m-%d %H:%M}" if moment is not None else ""


def working_span(span: timedelta, calendar: WorkCalendar) -> str:
    """Working time as '1 d 2 h', '6 h', '45 min' (a day is one working day of opening hours)."""
    minutes = int(span.total_seconds() // 60)
    day_minutes = int(calendar.day_length.total_seconds() // 60)
    days, rest = divmod(minutes, day_minutes)
    hours, mins = divmod(rest, 60)
    if days >= 3 or (days and not hours):  # hours stop mattering after a few days
        text = translate("QueueFormat", "%1 d")
    elif days:
        text = translate("QueueFormat", "%1 d %2 h")
    elif hours:
        return translate("QueueFormat", "%1 h").replace("%1", str(hours))
    else:
        return translate("QueueFormat", "%1 min").replace("%1", str(mins))
    return text.replace("%1", str(days)).replace("%2", str(hours))


def time_left(due: datetime, now: datetime, calendar: WorkCalendar) -> str:
    """'6 h kvar' before the deadline, '2 d sent' after it (working time, C3).

    Less than a working minute either side — a deadline at closing time seen that evening or
    over the weekend — is no "0 min": the deadline is 'nu' or 'passerad'.
    """
    if due >= now:
        left = calendar.working_time_between(now, due)
        if left < timedelta(minutes=1):
            return translate("QueueFormat", "går ut nu")
        return translate("QueueFormat", "%1 kvar").replace("%1", working_span(left, calendar))
    late = calendar.working_time_between(due, now)
    if late < timedelta(minutes=1):
        return translate("QueueFormat", "passerad")
    return translate("QueueFormat", "%1 sent").replace("%1", working_span(late, calendar))


def next_deadline(sla: SlaState, now: datetime, calendar: WorkCalendar) -> str:
    """The queue's 'Nästa tidsgräns': '26/11 16:00 (6 h kvar)'; empty without an open deadline."""
    if sla.next_due is None:
        return ""
    return f"{when(sla.next_due, now)} ({time_left(sla.next_due, now, calendar)})"


def sla_text(sla: SlaState, has_deadlines: bool, notified: bool = False) -> str:
    """A word beside the icon, so the state never rests on colour alone: 'Försenad', 'Risk', 'OK';
    '· meddelad' once the orderer has been told of the delay (W5).

    (The ⛔/⚠ symbols are drawn as icons: not every system font has those glyphs.)
    """
    if sla.breached:
        return (translate("QueueFormat", "Försenad · meddelad") if notified
                else translate("QueueFormat", "Försenad"))
    if sla.at_risk:
        return (translate("QueueFormat", "Risk · meddelad") if notified
                else translate("QueueFormat", "Risk"))
    if not has_deadlines:
        return translate("QueueFormat", "–")
    return translate("QueueFormat", "OK")


def sla_level(sla: SlaState) -> int:
    """2 breached, 1 at risk, 0 fine: for icons and colours."""
    return 2 if sla.breached else 1 if sla.at_risk else 0


def order_count(count: int) -> str:
    """'1 arbetsorder', '12 345 arbetsordrar' (Swedish singular and plural)."""
    if count == 1:
        return translate("QueueFormat", "1 arbetsorder")
    return translate("QueueFormat", "%1 arbetsordrar").replace("%1", number(count))


def number(count: int) -> str:
    """12 345 with a narrow space between thousands, as Swedish writes numbers."""
    return f"{count:,}".replace(",", "\u202f")


def scaled_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    """The widget's font scaled by ``factor``: relative, so it follows the system's font size."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font
