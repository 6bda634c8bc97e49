"""The sentences behind every domain error, in English ('en') and Swedish ('sv')."""

from typing import Any

_MESSAGES: dict[str, tuple[str, str]] = {
    # key: (English, Swedish)
    "unknown_type": (
        "unknown work-order type '{code}' (valid: {valid})",
        "okänd arbetsordertyp ”{code}” (giltiga: {valid})",
    ),
    "type_immutable": (
        "the type of an order cannot be changed; cancel it and register a new order",
        "en arbetsorders typ kan inte ändras; makulera den och registrera en ny arbetsorder",
    ),
    "order_transition": (
        "an order that is {current} cannot be {action}",
        "en arbetsorder som är {current_sv} kan inte {action_sv}",
    ),
    "device_transition": (
        "a device that is {current} cannot become {target}",
        "ett hjälpmedel som är {current_sv} kan inte bli {target_sv}",
    ),
    "incomplete": (
        "the order is incomplete and cannot be started: {missing} missing",
        "arbetsordern är ofullständig och kan inte påbörjas: {missing_sv} saknas",
    ),
    "reason_required": (
        "a reason is required",
        "en orsak måste anges",
    ),
    "not_allowed": (
        "{who} ({role}) may not {action}",
        "{who} ({role_sv}) får inte {action_sv}",
    ),
    "unknown_login": (
        "the login '{login}' is not registered as staff; ask an administrator to add you",
        "inloggningen ”{login}” finns inte bland personalen; be en administratör lägga till dig",
    ),
    "order_not_found": ("no order {order_no}", "arbetsorder {order_no} finns inte"),
    "device_not_found": ("no device {individual_no}", "hjälpmedel {individual_no} finns inte"),
    "order_has_no_device": (
        "order {order_no} has no device",
        "arbetsorder {order_no} har inget hjälpmedel",
    ),
    "attachment_too_large": (
        "the attachment '{name}' is {size_mb:.1f} MB; the limit is {limit_mb} MB",
        "bilagan ”{name}” är {size_mb:.1f} MB; gränsen är {limit_mb} MB",
    ),
    "personnummer_format": (
        "'{value}' is not a personnummer (YYYYMMDD-NNNN or YYMMDD-NNNN)",
        "”{value}” är inget personnummer (ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN)",
    ),
    "personnummer_date": (
        "'{value}' has no valid birth date",
        "”{value}” har inget giltigt födelsedatum",
    ),
    "personnummer_check": (
        "'{value}' has a wrong check digit",
        "”{value}” har fel kontrollsiffra",
    ),
    "technical_review_type": (
        "a technical review is ordered as type 0, 1 or 2, not type {code}",
        "teknisk översyn beställs som typ 0, 1 eller 2, inte typ {code}",
    ),
    "device_required": (
        "an order of type {code} needs an individual number",
        "en arbetsorder av typ {code} behöver ett individnummer",
    ),
    "no_pickups_due": (
        "no pickup orders are due on {date}",
        "inga hämtordrar ska hämtas {date}",
    ),
    "document_not_found": ("no printed document {id}", "utskrift {id} finns inte"),
    "shipment_not_found": ("no shipment {id}", "leverans {id} finns inte"),
    "no_reconditioning": (
        "device {individual_no} has not been reconditioned",
        "hjälpmedel {individual_no} har inte rekonditionerats",
    ),
    "pickup_date_closed": (
        "{date} is not a working day",
        "{date} är ingen arbetsdag",
    ),
    "doc_text_required": (
        "the documentation entry needs a text",
        "dokumentationsposten måste ha en text",
    ),
    "doc_kind_unknown": (
        "unknown kind of documentation entry '{kind}' (valid: {valid})",
        "okänd sorts dokumentationspost ”{kind}” (giltiga: {valid})",
    ),
    "doc_minutes_range": (
        "time spent must be between 0 and {max} minutes, not {minutes}",
        "tidsåtgången måste vara mellan 0 och {max} minuter, inte {minutes}",
    ),
    "attachment_not_found": ("no attachment {attachment_id}", "bilaga {attachment_id} finns inte"),
    "attachment_not_received": (
        "the attachment '{name}' is announced but its file has not been received",
        "bilagan ”{name}” är anmäld men filen har inte kommit in",
    ),
    "attachment_empty": (
        "the attachment '{name}' is empty",
        "bilagan ”{name}” är tom",
    ),
    "attachment_name_required": (
        "the attachment needs a file name",
        "bilagan måste ha ett filnamn",
    ),
    "attachment_kind_unknown": (
        "unknown attachment kind '{kind}' (valid: {valid})",
        "okänd bilagetyp ”{kind}” (giltiga: {valid})",
    ),
    "deviation_class_type": (
        "only a type 9 order (suspected medical-device deviation) is classified; {order_no} is type {code}",
        "bara en arbetsorder av typ 9 (misstänkt medicinteknisk avvikelse) klassas; {order_no} är typ {code}",
    ),
    "deviation_class_unknown": (
        "unknown deviation class '{cls}' (valid: {valid})",
        "okänd avvikelseklass ”{cls}” (giltiga: {valid})",
    ),
}

STATUS_SV: dict[str, str] = {
    "registered": "registrerad",
    "started": "påbörjad",
    "waiting": "vilande",
    "completed": "avslutad",
    "cancelled": "makulerad",
    "in_use": "utlånad",
    "pickup_ordered": "beställd för hämtning",
    "returned": "återlämnad",
    "in_reconditioning": "under rekonditionering",
    "in_stock": "i lager",
    "scrapped": "kasserad",
    "at_workshop": "på verkstaden",
}

ACTION_SV: dict[str, str] = {
    "started": "påbörjas",
    "put on hold": "sättas som vilande",
    "resumed": "återupptas",
    "completed": "avslutas",
    "cancelled": "makuleras",
    "cancel orders": "makulera arbetsordrar",
    "edit the catalogue": "ändra typkatalogen",
    "edit the calendar": "ändra kalendern",
    "import files": "importera filer",
    "change orders": "ändra arbetsordrar",
    "change devices": "ändra hjälpmedel",
    "manage staff": "hantera personal",
    "order pickups": "beställa hämtning",
}

ROLE_SV: dict[str, str] = {
    "technician": "tekniker",
    "support": "supportteamet",
    "customer_service": "kundtjänst",
    "warehouse": "lager",
    "admin": "administratör",
}

MISSING_SV: dict[str, str] = {
    "service_product": "tjänsteprodukt",
    "payer_no": "betalarnummer",
    "attachment:consultation_basis": "konsultationsunderlag",
    "attachment:special_adaptation_instruction": "specialanpassningsanvisning",
}


def render(key: str, lang: str, params: dict[str, Any]) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in (Swedish helpers derived)."""
    en, sv = _MESSAGES[key]
    p = dict(params)
    for k in ("current", "target"):
        if k in p:
            p[f"{k}_sv"] = STATUS_SV.get(str(p[k]), str(p[k]))
    if "action" in p:
        p["action_sv"] = ACTION_SV.get(str(p["action"]), str(p["action"]))
    if "role" in p:
        p["role_sv"] = ROLE_SV.get(str(p["role"]), str(p["role"]))
    if "missing" in p:
        items = list(p["missing"])
        p["missing"] = ", ".join(items)
        p["missing_sv"] = ", ".join(MISSING_SV.get(i, i) for i in items)
    if lang != "sv":  # English is read after "error: " on the command line: kept as written
        return en.format(**p)
    text = sv.format(**p)
    return text[:1].upper() + text[1:]  # Swedish stands alone in a dialog: a sentence
