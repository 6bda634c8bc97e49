"""Fill hmc_en.ts with English translations and compile it to hmc_en.qm.

The interface's source strings are Swedish. Regenerate after changing strings:

    .venv/bin/pyside6-lupdate hmc_desktop/app.py hmc_desktop/ui/*.py \\
        -ts hmc_desktop/resources/translations/hmc_en.ts -source-language sv_SE -target-language en_GB
    .venv/bin/python resources/translations/translate_en.py

A source text missing from EN below is reported and the script exits 1, so no string
ships untranslated by accident.
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "hmc_en.ts"
QM = HERE / "hmc_en.qm"

# (context, source) → English where one Swedish word means different things
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("QueueFilterBar", "Öppna"): "Open",
    ("DeviceCardTab", "Visa"): "Show",
    ("QueueFormat", "klart"): "finish",
}

EN: dict[str, str] = {
    # app and errors
    "Databasen går inte att nå": "The database cannot be reached",
    "Tom databas": "Empty database",
    "Databasen är tom. Vill du fylla den med demodata (%1 hjälpmedel och %2 arbetsordrar) "
    "för att prova programmet?": "The database is empty. Fill it with demo data (%1 devices and "
    "%2 work orders) to try the program?",
    "Skapar demodata …": "Creating demo data …",
    "Demodata": "Demo data",
    "beställare": "orderers",
    "brukare": "users",
    "hjälpmedel": "devices",
    "arbetsordrar": "work orders",
    "Skapar demodata: %1 …": "Creating demo data: %1 …",
    "Databasen går inte att nå just nu. Försök igen om en stund; kvarstår felet, kontakta "
    "IT-supporten.": "The database cannot be reached right now. Try again in a moment; if the "
    "problem remains, contact IT support.",
    "Ett oväntat fel inträffade (%1). Detaljer finns i loggfilen i %2.":
        "An unexpected error occurred (%1). Details are in the log file in %2.",
    "Fel": "Error",
    "Felmeddelande": "Error message",
    # crash dialog
    "Ett oväntat fel inträffade (%1). Det du höll på med kan ha avbrutits; kontrollera att "
    "det blev gjort innan du fortsätter.\n\nFelet är sparat i loggfilen:\n%2\n\nKontakta "
    "IT-supporten och bifoga loggfilen om felet kommer tillbaka.": "An unexpected error "
    "occurred (%1). What you were doing may have been interrupted; check that it was done "
    "before you go on.\n\nThe error is saved in the log file:\n%2\n\nContact IT support and "
    "attach the log file if the error comes back.",
    "Oväntat fel": "Unexpected error",
    "Öppna loggmappen": "Open the log folder",
    "Stäng": "Close",
    # dialogs
    "Makulera %1": "Cancel %1",
    "Beställaren får ett meddelande med orsaken. Makuleringen kan inte ångras; behövs "
    "åtgärden, registreras en ny arbetsorder.": "The orderer gets a message with the reason. "
    "A cancellation cannot be undone; if the work is still needed, a new work order is "
    "registered.",
    "Orsak till makulering": "Reason for cancellation",
    "Fel arbetsordertyp": "Wrong work-order type",
    "Brukaren gick inte att nå": "The user could not be reached",
    "Annan orsak (skriv nedan)": "Other reason (type below)",
    "Annan orsak": "Other reason",
    "Skriv orsaken": "Type the reason",
    "&Orsak": "&Reason",
    "&Fritext": "&Free text",
    "Sätt %1 som vilande": "Put %1 on hold",
    "Orsak till vilande": "Reason for putting on hold",
    "Meddelande till beställaren – %1": "Message to the orderer – %1",
    "Ämne": "Subject",
    "Meddelandetext": "Message text",
    "Ä&mne": "Su&bject",
    "&Text": "&Text",
    "Beställ hämtning – %1": "Order pickup – %1",
    "Hämtdatum": "Pickup date",
    "&Hämtdatum": "Pickup &date",
    "Avsluta arbetsorder %1? Beställaren får ett meddelande om att den är utförd.":
        "Complete work order %1? The orderer gets a message that it is done.",
    "Avsluta arbetsorder": "Complete work order",
    # device card (DeviceCardTab, DeviceHistoryModel)
    "&Individnummer": "&Individual number",
    "Individnummer att visa": "Individual number to show",
    "Skanna eller skriv ett individnummer": "Scan or type an individual number",
    "Visa": "Show",
    "Visa hjälpmedlet": "Show the device",
    "Meddelande": "Message",
    "Varning om livslängd": "Lifetime warning",
    "Historik": "History",
    "Öppna arbetsorder": "Open work order",
    "Öppna markerad arbetsorder": "Open the selected work order",
    "Teknisk dokumentation (Ctrl+D)": "Technical documentation (Ctrl+D)",
    "Teknisk dokumentation för markerad arbetsorder":
        "Technical documentation of the selected work order",
    "Fakta om hjälpmedlet": "Facts about the device",
    "Hjälpmedel": "Device",
    "Individnummer": "Individual number",
    "Artikel": "Article",
    "Produktgrupp": "Product group",
    "Digitalt hjälpmedel": "Digital aid",
    "Status": "Status",
    "Innehavare": "Holder",
    "Adress": "Address",
    "Telefon": "Phone",
    "Personnummer": "Personal identity number",
    "Placering": "Location",
    "Leveransdatum": "Delivery date",
    "Förväntad livslängd": "Expected lifetime",
    "Hjälpmedlets historik, nyast först": "The device's history, newest first",
    "Teknisk dokumentation": "Technical documentation",
    "Hämtar hjälpmedel %1 …": "Fetching device %1 …",
    "Ja": "Yes",
    "Nej": "No",
    "Ingen innehavare": "No holder",
    "%1 år (till %2)": "%1 years (until %2)",
    "Passerat förväntad livslängd – bedöm kassation":
        "Past its expected lifetime – consider scrapping",
    "Datum": "Date",
    "Händelse": "Event",
    "Beskrivning": "Description",
    "Order": "Order",
    "Av": "By",
    "Arbetsorder": "Work order",
    "Statusändring": "Status change",
    "Byte av innehavare": "Change of holder",
    "Ny placering": "New location",
    "Dokument": "Document",
    "Hämtorder": "Pickup order",
    "Rekonditionering": "Reconditioning",
    "Leverans": "Delivery",
    # technical documentation (TechDocTab, DocEntryForm, widgets)
    "Ny post": "New entry",
    "Felsökningssteg": "Troubleshooting step",
    "Iakttagelse": "Finding",
    "Utfall": "Outcome",
    "Anteckning": "Note",
    "Typ av post": "Kind of entry",
    "Tidsåtgång i minuter": "Time spent in minutes",
    " min": " min",
    "Text": "Text",
    "Vad gjordes, vad såg du, vad blev resultatet?": "What was done, what did you see, what "
    "was the result?",
    "Spara post (Ctrl+Retur)": "Save entry (Ctrl+Return)",
    "Spara posten": "Save the entry",
    "T&yp:": "K&ind:",
    "T&id:": "T&ime:",
    "Produktfel": "Product fault",
    "Använd till fel ändamål": "Used for the wrong purpose",
    "Bristande information": "Lacking information",
    "Bristande underhåll": "Lacking maintenance",
    "Hanteringsfel": "Handling error",
    "Annat": "Other",
    "Hjälpmedel och beskrivning": "Device and description",
    "A&vvikelseklass:": "De&viation class:",
    "Avvikelseklass": "Deviation class",
    "(ej klassad)": "(not classified)",
    "Dokumentation": "Documentation",
    "Dokumentationslogg": "Documentation log",
    "Tid": "Time",
    "Typ": "Type",
    "Minuter": "Minutes",
    "Total tid": "Total time",
    "Bilagor": "Attachments",
    "Fil": "File",
    "Storlek": "Size",
    "Tillagd": "Added",
    "Öppna markerad bilaga": "Open the selected attachment",
    "Lägg till…": "Add…",
    "Lägg till bilaga": "Add attachment",
    "Hämtar arbetsorder %1 …": "Fetching work order %1 …",
    "Inget hjälpmedel": "No device",
    "Total tid: %1 h %2 min": "Total time: %1 h %2 min",
    "Inget program kunde öppna %1": "No program could open %1",
    "Filen %1 kunde inte läsas eller skrivas: %2": "The file %1 could not be read or written: %2",
    "%1, tillagd %2 av %3": "%1, added %2 by %3",
    "Anmäld i portalen men filen har inte kommit in":
        "Announced in the portal, but the file has not arrived",
    "saknas": "missing",
    # follow-up strip
    "Dagens uppföljning per brevlåda": "Today's follow-up per mailbox",
    "<b>Dagens uppföljning</b><br>öppna · risk · sena": "<b>Today's follow-up</b><br>open · at "
    "risk · late",
    "Dagens uppföljning: öppna, risk för försening, sena":
        "Today's follow-up: open, at risk of delay, late",
    "Alla brevlådor": "All mailboxes",
    "klicka för att visa dem i kön": "click to show them in the queue",
    "öppna ordrar": "open orders",
    "ordrar med risk för försening": "orders at risk of delay",
    "försenade ordrar": "late orders",
    # main window
    "HMC – arbetsstation för hjälpmedelscentralen": "HMC – assistive-devices centre workstation",
    "Hjälpmedelscentralens arbetsstation": "Assistive-devices centre workstation",
    "Flikar": "Tabs",
    "Arbetsordrar": "Work orders",
    "Individkort": "Device card",
    "Inte tillgänglig ännu.": "Not available yet.",
    "Programmet är öppnat i läsläge.": "The program is open in read-only mode.",
    "Läsläge": "Read-only mode",
    "&Skanna eller skriv nummer:": "&Scan or type a number:",
    "Streckkod, individnummer eller ordernummer": "Barcode, individual number or order number",
    "Individnummer eller ordernummer – Enter öppnar (Ctrl+L, F6)":
        "Individual number or order number – Enter opens (Ctrl+L, F6)",
    "Skanna streckkoden eller skriv numret och tryck Enter":
        "Scan the barcode or type the number and press Enter",
    "&Arkiv": "&File",
    "Byt språk till engelska": "Switch language to English",
    "Byt språk till svenska": "Switch language to Swedish",
    "Avsluta &programmet": "&Quit",
    "Arbets&order": "Work &order",
    "&Visa": "&View",
    "&Arbetsordrar": "&Work orders",
    "&Individkort": "&Device card",
    "&Teknisk dokumentation": "&Technical documentation",
    "&Skanna eller skriv nummer": "&Scan or type a number",
    "&Sök i kön": "&Search the queue",
    "&Rensa filter": "&Clear filters",
    "&Uppdatera": "&Refresh",
    "&Hjälp": "&Help",
    "&Kortkommandon": "&Keyboard shortcuts",
    "&Om programmet": "&About",
    "okänd – läsläge": "unknown – read-only",
    "Inloggad: %1 (%2)": "Logged in: %1 (%2)",
    "Synk: ej konfigurerad": "Sync: not configured",
    "Söker %1 …": "Looking up %1 …",
    "Hittade ingen arbetsorder och inget hjälpmedel med numret ”%1”.":
        "No work order and no device has the number “%1”.",
    "Språket byts nästa gång programmet startas.":
        "The language changes the next time the program starts.",
    "Kortkommandon": "Keyboard shortcuts",
    "Om programmet": "About",
    "HMC – arbetsstation för hjälpmedelscentralen.\nArbetsordrar, individkort och teknisk "
    "dokumentation.": "HMC – assistive-devices centre workstation.\nWork orders, device cards "
    "and technical documentation.",
    # order actions
    "&Påbörja": "&Start",
    "Påbörja arbetet med ordern": "Start work on the order",
    "&Vilande…": "Put on &hold…",
    "Sätt ordern som vilande, med orsak": "Put the order on hold, with a reason",
    "&Återuppta": "&Resume",
    "Återuppta en vilande order": "Resume an order on hold",
    "&Avsluta…": "&Complete…",
    "Avsluta ordern som utförd": "Complete the order as done",
    "&Makulera…": "C&ancel order…",
    "Makulera ordern med orsak; beställaren meddelas":
        "Cancel the order with a reason; the orderer is told",
    "&Kontakt tagen": "User &contacted",
    "Teknisk översyn: brukaren är kontaktad om tid (W8)":
        "Technical review: the user has been contacted about a time (W8)",
    "Meddelande till &beställare…": "Message to the &orderer…",
    "Skriv ett meddelande till beställaren": "Write a message to the orderer",
    "Beställ &hämtning…": "Order &pickup…",
    "Beställ hämtning av hjälpmedlet": "Order the pickup of the device",
    "Öppna &individkort": "Open &device card",
    "Visa hjälpmedlets individkort": "Show the device's card",
    "Visa orderns tekniska dokumentation": "Show the order's technical documentation",
    "%1 är påbörjad.": "%1 is started.",
    "%1 är vilande.": "%1 is on hold.",
    "%1 är återupptagen.": "%1 is resumed.",
    "%1 är avslutad.": "%1 is completed.",
    "%1 är makulerad; beställaren får ett meddelande.":
        "%1 is cancelled; the orderer gets a message.",
    "Kontakten med brukaren är registrerad för %1.": "The contact with the user is recorded for %1.",
    "Meddelandet till beställaren av %1 är sparat.": "The message to the orderer of %1 is saved.",
    "Hämtning av hjälpmedlet i %1 är beställd till %2.":
        "The pickup of the device in %1 is ordered for %2.",
    # details pane
    "Vald arbetsorder": "Selected work order",
    "Ingen arbetsorder vald": "No work order selected",
    "Resultat av senaste åtgärden": "Result of the last action",
    "Brevlåda": "Mailbox",
    "Prioritet": "Priority",
    "Registrerad": "Registered",
    "Påbörjas senast": "Start by",
    "Klar senast": "Finish by",
    "Kontakt senast": "Contact by",
    "Påbörjad": "Started",
    "Avslutad": "Completed",
    "Makulerad": "Cancelled",
    "Vilande orsak": "Reason on hold",
    "Saknas": "Missing",
    "Beställare": "Orderer",
    "Betalarnummer": "Payer number",
    "Tjänsteprodukt": "Service product",
    "Debitering": "Billing",
    "Handläggare": "Handled by",
    "Medicinsk risk (P1)": "Medical risk (P1)",
    "Normal": "Normal",
    "Inget hjälpmedel (konsultation)": "No device (consultation)",
    "%1, individnr %2 (%3)": "%1, individual no. %2 (%3)",
    "Medicinsk risk": "Medical risk",
    "Försenad (%1)": "Late (%1)",
    "Risk för försening – meddela beställaren": "At risk of delay – tell the orderer",
    "Ofullständig – kan inte påbörjas": "Incomplete – cannot be started",
    "Teknisk översyn": "Technical review",
    "Snabbservice": "Quick service",
    # filters
    "Visa arbetsordrar i en brevlåda (Alt+B)": "Show the work orders of one mailbox (Alt+M)",
    "Öppna": "Open",
    "Alla statusar": "All statuses",
    "Arbetsordertyp": "Work-order type",
    "Alla typer": "All types",
    "&Risk för försening": "At &risk of delay",
    "Öppna ordrar där en tidsgräns går ut inom en arbetsdag":
        "Open orders with a deadline less than one working day away",
    "&Försenad": "&Late",
    "Öppna ordrar där en tidsgräns redan har passerats": "Open orders past a deadline",
    "&Medicinsk risk": "M&edical risk",
    "Ordrar där en försening kan ge medicinsk risk (P1)":
        "Orders where a delay can put the patient at medical risk (P1)",
    "Mi&na": "Mi&ne",
    "Ordrar som du har påbörjat": "Orders you have started",
    "Sök i kön": "Search the queue",
    "Ordernr, individnr, artikel, beställare eller brukare (Ctrl+F)":
        "Order no., individual no., article, orderer or user (Ctrl+F)",
    "&Brevlåda": "&Mailbox",
    "S&tatus": "S&tatus",
    "T&yp": "T&ype",
    "Sö&k": "Sear&ch",
    # formats
    "Vilande": "On hold",
    "Utlånad": "In use",
    "Beställd för hämtning": "Pickup ordered",
    "Återlämnad": "Returned",
    "Under rekonditionering": "Being reconditioned",
    "I lager": "In stock",
    "Kasserad": "Scrapped",
    "På verkstaden": "At the workshop",
    "tjänsteprodukt": "service product",
    "betalarnummer": "payer number",
    "konsultationsunderlag": "consultation basis",
    "specialanpassningsanvisning": "special-adaptation instruction",
    "Ingår i hyran": "Included in the rent",
    "Faktureras": "Invoiced",
    "Enligt serviceavtal": "Per service agreement",
    "påbörjas": "start",
    "klart": "finish",
    "kontakt": "contact",
    "%1 d": "%1 d",
    "%1 d %2 h": "%1 d %2 h",
    "%1 h": "%1 h",
    "%1 min": "%1 min",
    "%1 kvar": "%1 left",
    "%1 sent": "%1 late",
    "Försenad": "Late",
    "Risk": "At risk",
    "–": "–",
    "OK": "OK",
    # queue tab and model
    "Antal arbetsordrar i listan": "Number of work orders in the list",
    "Hämtar arbetsordrar …": "Fetching work orders …",
    "%1 arbetsordrar": "%1 work orders",
    "Kön kunde inte hämtas.": "The queue could not be fetched.",
    "Hjälpmedel/artikel": "Device/article",
    "Nästa tidsgräns": "Next deadline",
    "SLA-läge": "SLA state",
    "Akut": "Acute",
    "Utan hjälpmedel": "No device",
    "Nästa tidsgräns (%1): %2": "Next deadline (%1): %2",
    "Tidsgränsen har passerats: %1": "Deadline passed: %1",
    "Ofullständig – saknas: %1": "Incomplete – missing: %1",
    # language marker some tabs read to pick the domain sentences' language
    "sv": "en",
}


def fill(ts: Path = TS) -> list[str]:
    """Write every translation into ``ts``; returns the source texts that have none."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            english = BY_CONTEXT.get((name, source), EN.get(source))
            translation = message.find("translation")
            assert translation is not None
            if english is None:
                missing.append(f"{name}: {source!r}")
                continue
            translation.text = english
            translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def main() -> int:
    missing = fill()
    for item in missing:
        print(f"untranslated: {item}", file=sys.stderr)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(QM)], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
