"""The device history's lines (D3) in English and Swedish: the device card service returns
what happened (an event and its values); the window and the command line say it in the
interface language, as :mod:`hmc_desktop.domain.messages` does for refusals.

Values that are the centre's own words (a type's name, a location, a campaign's title, a
reason) are shown as written; codes (statuses, outcomes, document kinds) are named here.
"""

from collections.abc import Mapping

# event → (English, Swedish); {placeholders} are the event's values, named after translation
LINES: dict[str, tuple[str, str]] = {
    "order": ("Type {code} {type_name} · {status}", "Typ {code} {type_name} · {status}"),
    "order_unknown_type": ("Type {code} · {status}", "Typ {code} · {status}"),
    "status": ("Status: {old} → {new}", "Status: {old} → {new}"),
    "holder": ("Holder: {old} → {new}", "Innehavare: {old} → {new}"),
    "location": ("Location: {old} → {new}", "Placering: {old} → {new}"),
    "document": ("{document} printed", "{document} utskriven"),
    "pickup": ("Pickup {day} ({status})", "Hämtning {day} ({status})"),
    "recon_started": ("Reconditioning started", "Rekonditionering påbörjad"),
    "recon_done": ("Reconditioning done: {outcome}", "Rekonditionering klar: {outcome}"),
    "delivered": ("Delivered", "Levererad"),
    "inspection": ("Inspection {day}: {outcome}", "Besiktning {day}: {outcome}"),
    "recall_blocked": ("Blocked by recall {campaign}", "Spärrad av återkallelse {campaign}"),
    "recall_released": ("Block released (recall {campaign})", "Spärren hävd (återkallelse {campaign})"),
    "replaces": ("Replacement for {old} · work order {new}", "Ersättning för {old} · arbetsorder {new}"),
    # details
    "next_due": ("Next by {day}", "Nästa senast {day}"),
}

# code → (English, Swedish), lower case: they stand inside a line
STATUS = {
    "registered": ("registered", "registrerad"), "started": ("started", "påbörjad"),
    "waiting": ("on hold", "vilande"), "completed": ("completed", "avslutad"),
    "cancelled": ("cancelled", "makulerad"), "in_use": ("in use", "utlånad"),
    "pickup_ordered": ("pickup ordered", "beställd för hämtning"),
    "returned": ("returned", "återlämnad"),
    "in_reconditioning": ("being reconditioned", "under rekonditionering"),
    "in_stock": ("in stock", "i lager"), "scrapped": ("scrapped", "kasserad"),
    "at_workshop": ("at the workshop", "på verkstaden"),
}
AUDIT_ACTION = {
    "import": ("import", "import"), "pickup": ("pickup ordered", "hämtning beställd"),
    "receive": ("received", "mottagen"), "recondition": ("reconditioning", "rekonditionering"),
    "scrap": ("scrapping", "kassation"), "hand_out": ("handed out", "utlämnad"),
    "replace": ("replacement device", "ersättningshjälpmedel"),
}
DOCUMENT = {
    "pickup_order": ("Pickup order", "Hämtorder"), "shipping_note": ("Shipping note", "Följesedel"),
    "recon_log": ("Reconditioning log", "Rekonditioneringsprotokoll"),
    "inspection_protocol": ("Inspection protocol", "Besiktningsprotokoll"),
    "inspection_notice": ("Inspection notice", "Besiktningsavisering"),
}
PICKUP_STATUS = {"planned": ("planned", "planerad"), "done": ("done", "utförd"),
                 "cancelled": ("cancelled", "makulerad")}
RECON_OUTCOME = {"in_stock": ("back in stock", "tillbaka i lager"),
                 "scrapped": ("scrapped", "kasserad")}
INSPECTION_OUTCOME = {"ok": ("passed", "godkänd"), "not_ok": ("not passed", "ej godkänd")}
NO_HOLDER = ("no holder", "ingen innehavare")
NONE = "–"


def name(vocabulary: Mapping[str, tuple[str, str]], code: str | None, lang: str) -> str:
    """A code's name in ``lang`` (a code no vocabulary knows is shown as it is)."""
    if code is None or code == "":
        return NONE
    pair = vocabulary.get(code)
    return code if pair is None else pair[1 if lang == "sv" else 0]


def line(event: str, params: Mapping[str, str], lang: str) -> str:
    """The history line of ``event`` with its ``params`` in ``lang`` ('sv' or 'en')."""
    en, sv = LINES[event]
    values = dict(params)
    for key in ("status", "old", "new"):
        if key in values and event in ("order", "order_unknown_type", "status"):
            values[key] = name(STATUS, values[key], lang)
    if event == "holder":
        for key in ("old", "new"):
            values[key] = values[key] or NO_HOLDER[1 if lang == "sv" else 0]
    if event in ("location", "replaces"):
        for key in ("old", "new"):
            values[key] = values[key] or NONE
    if event == "document":
        values["document"] = name(DOCUMENT, values["document"], lang)
    if event == "pickup":
        values["status"] = name(PICKUP_STATUS, values["status"], lang)
    if event == "recon_done":
        values["outcome"] = name(RECON_OUTCOME, values["outcome"], lang)
    if event == "inspection":
        values["outcome"] = name(INSPECTION_OUTCOME, values["outcome"], lang)
    return (sv if lang == "sv" else en).format(**values)


def detail(params: Mapping[str, str], note: str, lang: str) -> str:
    """A line's detail: the audited action, the person's own note, the next due day."""
    parts = []
    if params.get("action"):
        parts.append(name(AUDIT_ACTION, params["action"], lang))
    if note:
        parts.append(note)
    if params.get("next_due"):
        en, sv = LINES["next_due"]
        parts.append((sv if lang == "sv" else en).format(day=params["next_due"]))
    return " · ".join(parts)
