"""Regenerate hmc_en.ts from the UI sources, fill in the English, and compile hmc_en.qm.

The interface's source strings are Swedish (``self.tr("…")``,
``QCoreApplication.translate("Context", "…")``); English is this Qt translation. After
changing, adding or removing UI strings, run from the repository root:

    .venv/bin/python tools/translate_en.py

It runs ``pyside6-lupdate`` over ``hmc_desktop/app.py`` and every ``hmc_desktop/ui/**/*.py``
(source language sv_SE, target en_GB; strings no longer in the code are dropped), writes
the English from :data:`EN` / :data:`BY_CONTEXT` into every message, and compiles
``hmc_en.qm`` with ``pyside6-lrelease``. A source text with no English is listed and the
script exits 1, so no string ships untranslated by accident (``tests/ui/test_translations.py``
fails too). ``--no-lupdate`` only fills and compiles the existing .ts.

Translation rules: British English; keep ``%1``/``%2`` placeholders and shortcuts in the
text ("(Ctrl+N)"); one ``&`` accelerator per label, unique within its menu or dialog (that is
why some English labels put the ``&`` on another letter than the Swedish).
"""

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # a developer tool: not shipped with the package
PACKAGE = ROOT / "hmc_desktop"
HERE = PACKAGE / "resources" / "translations"
TS = HERE / "hmc_en.ts"
QM = HERE / "hmc_en.qm"

# ``parent.tr("…")`` in a module-level helper: lupdate files it under the context "parent",
# but at run time PySide looks it up under the class names of the widget passed as parent.
# The message is copied to that class's context (by the helper's file) so that it translates.

# (context, source) → English where one Swedish text needs different English by context
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("QueueFilterBar", "Öppna"): "Open",
    ("DeviceCardTab", "Visa"): "Show",
    ("QueueFormat", "klart"): "finish",
    ("OrderDetails", "%1 av %2"): "%1 by %2",  # completed when, by whom (W10)
    ("InspectionDueModel", "Försenad"): "Overdue",  # an inspection, not an order's deadline
    ("InspectionTab", "Försenade"): "Overdue",
    ("InspectionFiguresModel", "Försenade"): "Overdue",
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
    "T&yp:": "&Kind:",
    "T&id:": "T&ime:",
    "Produktfel": "Product fault",
    "Använd till fel ändamål": "Used for the wrong purpose",
    "Bristande information": "Lacking information",
    "Bristande underhåll": "Lacking maintenance",
    "Hanteringsfel": "Handling error",
    "Annat": "Other",
    "Hjälpmedel och beskrivning": "Device and description",
    "A&vvikelseklass:": "Deviation &class:",
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
    "&Sök i kön": "S&earch the queue",
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
    "&Kontakt tagen": "&User contacted",
    "Teknisk översyn: brukaren är kontaktad om tid":
        "Technical review: the user has been contacted about a time",
    "Meddelande till &beställare…": "&Message to the orderer…",
    "Skriv ett meddelande till beställaren": "Write a message to the orderer",
    "Beställ &hämtning…": "Order &pickup…",
    "Beställ hämtning av hjälpmedlet": "Order the pickup of the device",
    "Öppna &individkort": "Open de&vice card",
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
    "Medicinsk risk": "Medical risk",
    "Normal": "Normal",
    "Inget hjälpmedel (konsultation)": "No device (consultation)",
    "%1, individnr %2 (%3)": "%1, individual no. %2 (%3)",
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
    "Ordrar där en försening kan ge medicinsk risk":
        "Orders where a delay can put the patient at medical risk",
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
    # new work order (NewOrderDialog, OrderForm, DeviceField, TypeChooser, PreviewPanel …)
    "&Ny arbetsorder…": "&New work order…",
    "Registrera en arbetsorder från telefon, fax eller besök (Ctrl+N)":
        "Register a work order from a phone call, fax or visit (Ctrl+N)",
    "Arbetsorder %1 är registrerad.": "Work order %1 is registered.",
    "Verktygsfält": "Toolbar",
    "Ny arbetsorder": "New work order",
    "&Spara": "&Save",
    "Spara arbetsordern": "Save the work order",
    "Spara (Enter eller Ctrl+Retur)": "Save (Enter or Ctrl+Return)",
    "Avbryt": "Cancel",
    "Avbryt utan att spara": "Cancel without saving",
    "Avbryt (Esc)": "Cancel (Esc)",
    "T&yp av arbetsorder – skriv koden": "Work-order t&ype – type the code",
    "Välj typ av arbetsorder.": "Choose the type of work order.",
    "Åtgärda det som är markerat innan du sparar.": "Fix what is marked before you save.",
    "Sparar …": "Saving …",
    "Hjälpmedel %1 är registrerat.": "Device %1 is registered.",
    "Skanna eller skriv – tomt för konsultation utan hjälpmedel":
        "Scan or type – leave empty for a consultation without a device",
    "Re&gistrera hjälpmedel…": "Re&gister device…",
    "Registrera hjälpmedlet med detta nummer": "Register the device with this number",
    "Hjälpmedlet": "The device",
    "Okänt individnummer – rätta numret eller registrera hjälpmedlet.":
        "Unknown individual number – correct the number or register the device.",
    "Skanna streckkoden eller skriv individnumret och tryck Enter.":
        "Scan the barcode or type the individual number and press Enter.",
    "Kanal": "Channel",
    "Fax": "Fax",
    "Besök": "Visit",
    "Portal": "Portal",
    "Vad ska göras? Vid anpassning: exakt vad, t.ex. flytta drivhjul till läge B1.":
        "What is to be done? For an adaptation: exactly what, e.g. move the drive wheels to "
        "position B1.",
    "Fylls i från beställaren": "Filled in from the orderer",
    "Beställd av (roll)": "Ordered by (role)",
    "Förskrivare": "Prescriber",
    "Patienten": "Patient",
    "Anhörig": "Relative",
    "Vårdpersonal": "Care staff",
    "Beställd av (namn)": "Ordered by (name)",
    "Namn – tomt: den valda beställaren": "Name – empty: the chosen orderer",
    "&Undantag: hjälpmedel för medicinsk behandling i hemmet":
        "E&xception: aid for medical treatment at home",
    "Akut avhjälpande underhåll beställs av förskrivare. För vissa hjälpmedel för medicinsk "
    "behandling i hemmet får patienten själv ringa.": "Acute corrective maintenance is ordered "
    "by a prescriber. For some aids for medical treatment at home, the patient may call in "
    "person.",
    "Plats för anpassningen": "Place of the adaptation",
    "På hjälpmedelscentralen": "At the assistive-devices centre",
    "På förskrivarens enhet": "At the prescriber's unit",
    "I patientens hem": "In the patient's home",
    "Förskrivaren &deltar vid anpassningen": "Prescriber &takes part in the adaptation",
    "Kan anvisningen inte göras exakt ska förskrivaren ha beredskap att delta.":
        "If the instruction cannot be followed exactly, the prescriber must be ready to take "
        "part.",
    "&Medicinsk risk – prioriteras först": "&Medical risk – goes first",
    "Försening kan innebära medicinsk risk för patienten: ordern sorteras först i kön.":
        "A delay can put the patient at medical risk: the order is sorted first in the queue.",
    "Teknisk öve&rsyn (planerad, utan ledtid)": "Technical &review (planned, no lead time)",
    "Endast typ 0–2. Förskrivaren har själv sett över hjälpmedlet; teknikern kontaktar "
    "brukaren inom 10 arbetsdagar för att boka tid.": "Types 0–2 only. The prescriber has "
    "checked the device; the technician contacts the user within 10 working days to book a "
    "time.",
    "&Beställare": "&Orderer",
    "&Kanal": "&Channel",
    "B&eskrivning": "&Description",
    "&Tjänsteprodukt": "Ser&vice product",
    "Betal&arnummer": "&Payer number",
    "Beställd a&v": "Ordered &by",
    "&Plats": "&Location",
    "Namn på den som ringde": "Name of the caller",
    "Beställare: sök på namn, enhet eller betalarnummer":
        "Orderer: search by name, unit or payer number",
    "Sök namn, enhet eller betalarnummer – Enter väljer":
        "Search by name, unit or payer number – Enter chooses",
    "&Ny beställare…": "&New orderer…",
    "Lägg till en ny beställare": "Add a new orderer",
    "Vald beställare": "Chosen orderer",
    "✓ Vald – skriv för att söka en annan": "✓ Chosen – type to search for another",
    "Ingen vald – tomt går bra när brukaren själv ringer":
        "None chosen – empty is fine when the user calls in person",
    "Vald: %1": "Chosen: %1",
    "Konsultationsunderlag": "Consultation basis",
    "Specialanpassningsanvisning": "Special-adaptation instruction",
    "Övrigt": "Other",
    "Typ av bilaga": "Attachment type",
    "&Lägg till fil…": "&Add file…",
    "Ta &bort": "R&emove",
    "Lägg till en bilaga": "Add an attachment",
    "Ta bort markerad bilaga": "Remove the selected attachment",
    "Filen %1 kan inte läsas: %2": "The file %1 cannot be read: %2",
    "Filen %1 är %2; gränsen är 25 MB.": "The file %1 is %2; the limit is 25 MB.",
    "Typ av bilaga för %1": "Attachment type for %1",
    "Klart inom %1 arbetstimmar": "Finished within %1 working hours",
    "Påbörjas inom %1, klart inom %2 arbetsdagar":
        "Started within %1, finished within %2 working days",
    "Erbjuds inom %1 arbetsdagar": "A time is offered within %1 working days",
    "Klart inom %1 arbetsdagar": "Finished within %1 working days",
    "Ingen ledtid – väntar på godkänt kostnadsförslag":
        "No lead time – waits for an approved cost proposal",
    "Ingen ledtid": "No lead time",
    "Ingår i hyran – faktureras för enklare hjälpmedel":
        "Included in the rent – invoiced for simpler aids",
    "Kräver %1": "Requires %1",
    "Endast förskrivare beställer": "Only prescribers order",
    "Typ av arbetsorder": "Type of work order",
    "Skriv typens kod, till exempel 5 eller SDH, eller välj med piltangenterna":
        "Type the type's code, for example 5 or SDH, or choose with the arrow keys",
    "Typ %1: %2. %3": "Type %1: %2. %3",
    "Vägledning för vald typ": "Guidance for the chosen type",
    "Välj typ av arbetsorder i listan – skriv koden (t.ex. 5 eller SDH) för att hoppa dit. "
    "Typen kan inte ändras när ordern är sparad.": "Choose the type of work order in the list "
    "– type the code (e.g. 5 or SDH) to jump to it. The type cannot be changed once the order "
    "is saved.",
    "Typ %1 – %2": "Type %1 – %2",
    "Hamnar i brevlådan %1": "Goes to the %1 mailbox",
    "mån": "Mon",
    "tis": "Tue",
    "ons": "Wed",
    "tors": "Thu",
    "fre": "Fri",
    "lör": "Sat",
    "sön": "Sun",
    "Kontakt med brukaren senast %1 (teknisk översyn, ingen ledtid)":
        "Contact the user by %1 (technical review, no lead time)",
    "Påbörjas senast %1": "Start by %1",
    "Erbjuds senast %1": "Offer a time by %1",
    "Klar senast %1": "Finish by %1",
    "%1 (art. %2) · %3": "%1 (art. %2) · %3",
    "digitalt hjälpmedel": "digital aid",
    "Brukare: %1": "User: %1",
    "Öppna arbetsordrar: %1": "Open work orders: %1",
    "Förhandsvisning av arbetsordern": "Preview of the work order",
    "Så blir arbetsordern": "Work order preview",
    "Brevlåda och debitering": "Mailbox and billing",
    "Tidsgränser": "Deadlines",
    "Saknas för att ordern ska vara komplett": "Missing for the order to be complete",
    "Möjlig dubblett": "Possible duplicate",
    "Måste åtgärdas före sparande": "Must be fixed before saving",
    "Välj typ av arbetsorder för att se tidsgränser och debitering.":
        "Choose the type of work order to see its deadlines and billing.",
    "Hamnar i brevlådan %1 · %2": "Goes to the %1 mailbox · %2",
    "Ofullständig – saknas: %1. Ordern kan sparas men inte påbörjas förrän det kompletterats.":
        "Incomplete – missing: %1. The order can be saved but not started until the missing "
        "items are added.",
    "Arbetsordern är ofullständig – saknas: %1.\n\nDen kan sparas och markeras som "
    "ofullständig, men kan inte påbörjas förrän det kompletterats.": "The work order is "
    "incomplete – missing: %1.\n\nIt can be saved and marked as incomplete, but it cannot be "
    "started until the missing items are added.",
    "Ofullständig arbetsorder": "Incomplete work order",
    "Spara som ofullständig": "Save as incomplete",
    "Hjälpmedel %1 har redan en öppen arbetsorder av samma slag: %2.\n\nÄr det en ny "
    "beställning?": "Device %1 already has an open work order of the same kind: %2.\n\nIs this "
    "a new order?",
    "Spara ändå": "Save anyway",
    "Inget hjälpmedel har individnummer %1.\n\nRätta numret, eller registrera hjälpmedlet om "
    "numret stämmer.": "No device has the individual number %1.\n\nCorrect the number, or "
    "register the device if the number is right.",
    "Okänt individnummer": "Unknown individual number",
    "Registrera hjälpmedlet…": "Register the device…",
    "Rätta numret": "Correct the number",
    "Ny beställare": "New orderer",
    "&Namn": "&Name",
    "Beställarens namn": "The orderer's name",
    "&Enhet": "&Unit",
    "Beställarens enhet": "The orderer's unit",
    "&Betalarnummer": "&Payer number",
    "Registrera hjälpmedel %1": "Register device %1",
    "Individnumret finns inte i registret. Kontrollera numret på hjälpmedlets etikett; "
    "stämmer det, registrera hjälpmedlet här.": "The individual number is not in the "
    "register. Check the number on the device's label; if it is right, register the device "
    "here.",
    "&Artikel": "&Article",
    "Sök artikel på nummer eller namn": "Search for the article by number or name",
    "Artikelnummer eller del av namnet": "Article number or part of the name",
    "Artiklar som matchar": "Matching articles",
    "&Brukare": "&User",
    "Brukarens namn (tomt: i lager)": "The user's name (empty: in stock)",
    "Tomt: hjälpmedlet är i lager": "Empty: the device is in stock",
    "&Personnummer": "Personal &identity number",
    "Brukarens personnummer": "The user's personal identity number",
    "ÅÅÅÅMMDD-NNNN (frivilligt)": "YYYYMMDD-NNNN (optional)",
    "A&dress": "A&ddress",
    "Brukarens adress": "The user's address",
    "Gata 1, 411 01 Ort": "Street 1, 411 01 Town",
    "&Telefon": "&Phone",
    "Brukarens telefon": "The user's phone",
    # order flows (FlowActions, FlowDialog and its dialogs)
    "Skriv ut &hämtorder…": "Print pic&kup order…",
    "Hämtorder för hjälpmedlet, A4 eller etikett (även Ctrl+P)":
        "Pickup order for the device, A4 or label (also Ctrl+P)",
    "&Support…": "Supp&ort…",
    "Felsökning och utfall för en SDH-order": "Troubleshooting and outcome for an SDH order",
    "&Reservdelar och leverans…": "Spar&e parts and delivery…",
    "Skicka reservdelar, hela eller delleverans":
        "Send spare parts, in full or as a partial delivery",
    "&Kostnadsförslag…": "Cost proposa&l…",
    "Prissätt specialanpassningen; ordern väntar på svar":
        "Price the special adaptation; the order waits for an answer",
    "Svar på kostnads&förslag…": "Cost proposal ans&wer…",
    "Beställaren har godkänt eller avböjt": "The orderer has approved or declined",
    "Beställd &av…": "Ordered &by…",
    "Vem beställde den akuta ordern": "Who ordered the acute order",
    "Rapportera &tid…": "Report t&ime…",
    "Rapportera arbetstid på ordern": "Report working time on the order",
    "Felsökningen av %1 är dokumenterad.": "The troubleshooting of %1 is documented.",
    "%1 är löst på distans och avslutad; beställaren får ett meddelande.":
        "%1 is solved remotely and completed; the orderer gets a message.",
    "Reservdelar för %1: %2. Skicka dem med Reservdelar och leverans (Ctrl+Shift+R).":
        "Spare parts for %1: %2. Send them with Spare parts and delivery (Ctrl+Shift+R).",
    "Ersättningshjälpmedel %2 är lämnat till brukaren; %3 hämtas %4. %1 är avslutad.":
        "Replacement device %2 is handed to the user; %3 is picked up on %4. %1 is completed.",
    "Leverans %2 av reservdelar för %1 är registrerad.":
        "Delivery %2 of spare parts for %1 is registered.",
    "Ordern är avslutad.": "The order is completed.",
    "Kostnadsförslag på %2 för %1 är skickat; ordern väntar på svar.":
        "A cost proposal of %2 for %1 is sent; the order waits for an answer.",
    "Kostnadsförslaget för %1 är godkänt av %2; arbetet återupptas.":
        "The cost proposal for %1 is approved by %2; the work resumes.",
    "Kostnadsförslaget för %1 är avböjt av %2; ordern är makulerad.":
        "The cost proposal for %1 is declined by %2; the order is cancelled.",
    "Beställare av %1: %2.": "Orderer of %1: %2.",
    "Undantaget för medicinsk behandling i hemmet är noterat.":
        "The exception for medical treatment at home is noted.",
    "%2 min rapporterade på %1 (%3).": "%2 min reported on %1 (%3).",
    "Hämtorder %1": "Pickup order %1",
    "Hämtordern för %1 är skapad och noterad i hjälpmedlets historik.":
        "The pickup order for %1 is created and noted in the device's history.",
    "Meddela &försening…": "Notify of &delay…",
    "Meddela beställaren att ledtiden inte hålls":
        "Tell the orderer that the lead time will not be met",
    "Förseningsmeddelandet till beställaren av %1 är sparat.":
        "The delay notice to the orderer of %1 is saved.",
    "Flöden och utskrift": "Workflows and printing",
    "Kostnadsförslag – %1": "Cost proposal – %1",
    "&Skicka förslaget": "&Send the proposal",
    "Kostnadsförslag för %1": "Cost proposal for %1",
    "Belopp i kronor": "Amount in kronor",
    " kr": " kr",
    "Vad förslaget omfattar": "What the proposal covers",
    "&Belopp": "&Amount",
    "&Omfattning": "Sc&ope",
    "Ordern blir vilande tills beställaren har svarat. Förslaget läggs i beställarens utkorg.":
        "The order is on hold until the orderer has answered. The proposal is placed in the "
        "orderer's outbox.",
    "Svar på kostnadsförslag – %1": "Answer to cost proposal – %1",
    "&Godkänt": "&Approved",
    "Beställarens svar på kostnadsförslaget för %1":
        "The orderer's answer to the cost proposal for %1",
    "Vem som svarade": "Who answered",
    "&Svar från": "Answer &from",
    "Godkänt: arbetet återupptas (tillverkning). Avböjt: ordern makuleras och beställaren får "
    "ett meddelande.": "Approved: the work resumes (manufacturing). Declined: the order is "
    "cancelled and the orderer gets a message.",
    "Beställaren har godkänt förslaget": "The orderer has approved the proposal",
    "&Avböjt": "&Declined",
    "Avböjt": "Declined",
    "Beställaren har avböjt förslaget": "The orderer has declined the proposal",
    "Beställd av – %1": "Ordered by – %1",
    "Vem beställde %1?": "Who ordered %1?",
    "Beställarens roll": "The orderer's role",
    "Patienten själv": "The patient themselves",
    "Hjälpmedel för &medicinsk behandling i hemmet": "Aid for &medical treatment at home",
    "Undantag: medicinsk behandling i hemmet": "Exception: medical treatment at home",
    "&Roll": "&Role",
    "Akut avhjälpande underhåll ska beställas av en förskrivare. Undantag: vissa hjälpmedel "
    "för medicinsk behandling i hemmet, där patienten får ringa själv.": "Acute corrective "
    "maintenance must be ordered by a prescriber. Exception: some aids for medical treatment "
    "at home, where the patient may call in person.",
    "Rapportera tid – %1": "Report time – %1",
    "&Rapportera": "&Report",
    "Arbetstid på %1": "Working time on %1",
    "&Tid": "&Time",
    "&Datum": "&Date",
    "&Anteckning": "&Note",
    "Skriv ut hämtorder – %1": "Print pickup order – %1",
    "&Förhandsgranska": "&Preview",
    "&A4": "&A4",
    "A4-sida": "A4 page",
    "&Etikett 10 × 15 cm": "&Label 10 × 15 cm",
    "Etikett 10 gånger 15 centimeter": "Label 10 by 15 centimetres",
    "Format": "Format",
    "Hjälpmedlet har ingen planerad hämtning: en hämtning beställs till nästa arbetsdag när "
    "hämtordern skapas.": "The device has no planned pickup: a pickup is ordered for the next "
    "working day when the pickup order is created.",
    "Artikelnummer för reservdel": "Article number of the spare part",
    "Artikelnummer": "Article number",
    "Antal": "Quantity",
    " st": " pcs",
    "&Lägg till": "&Add",
    "Lägg till reservdelen i listan": "Add the spare part to the list",
    "&Ta bort rad": "&Delete row",
    "Ta bort markerad reservdel": "Remove the selected spare part",
    "Reservdelar": "Spare parts",
    # spare parts and delivery (ShipmentDialog)
    "Reservdelar och leverans – %1": "Spare parts and delivery – %1",
    "&Skicka": "&Send",
    "Reservdelar till brukaren – %1": "Spare parts to the user – %1",
    "Orderns reservdelar": "The order's spare parts",
    "Benämning": "Name",
    "Beställt": "Ordered",
    "Skickat": "Sent",
    "Kvar": "Remaining",
    "Skicka nu": "Send now",
    "Ändra ”Skicka nu” för en delleverans; det som inte skickas står kvar till nästa "
    "leverans. När allt är skickat avslutas ordern.": "Change “Send now” for a partial "
    "delivery; what is not sent remains for the next delivery. When everything is sent, the "
    "order is completed.",
    "Vad mottagaren ska göra": "What the recipient is to do",
    "Vem som lagar": "Who does the repair",
    "E&xpressleverans": "E&xpress delivery",
    "Expressleverans": "Express delivery",
    "&Vad ska göras": "&What to do",
    "&Utförs av": "Carried out &by",
    "Skriv ut &följesedel…": "Print shipping &note…",
    "Skriv ut följesedeln": "Print the shipping note",
    "Artikelnummer för ny reservdel": "Article number of a new spare part",
    "&Lägg till reservdel": "&Add spare part",
    "Lägg till reservdelen på ordern": "Add the spare part to the order",
    "Tidigare leveranser": "Earlier deliveries",
    "Skickad": "Sent",
    "Delar": "Parts",
    "Märkning": "Notes",
    "delleverans": "partial delivery",
    "express": "express",
    "Ordern är stängd; inga fler delar kan skickas.":
        "The order is closed; no more parts can be sent.",
    "Antal att skicka nu av %1": "Quantity of %1 to send now",
    "Lägger till reservdelen …": "Adding the spare part …",
    "Skickar …": "Sending …",
    "Leverans %1 är registrerad%2.": "Delivery %1 is registered%2.",
    "Allt är skickat; ordern är avslutad.": "Everything is sent; the order is completed.",
    "Skriv ut följesedeln och lägg den i paketet.":
        "Print the shipping note and put it in the parcel.",
    "Följesedel %1": "Shipping note %1",
    # support (SupportDialog)
    "Support – %1": "Support – %1",
    "&Registrera utfall": "Record &outcome",
    "Felsökning": "Troubleshooting",
    "Dokumenterade steg": "Documented steps",
    "Steg": "Step",
    "Min": "Min",
    "Vad gjordes i telefon- eller videosamtalet och vad blev resultatet?":
        "What was done in the phone or video call, and what was the result?",
    "Spara &steg (Ctrl+Retur)": "Save &step (Ctrl+Return)",
    "Spara felsökningssteget": "Save the troubleshooting step",
    "Sparar steget …": "Saving the step …",
    "Steget är dokumenterat.": "The step is documented.",
    "&Löst på distans": "Solved re&motely",
    "Reservdel – &brukaren lagar själv": "Spare part – the &user repairs it",
    "&Ersättningshjälpmedel": "&Replacement device",
    "Hur problemet löstes": "How the problem was solved",
    "&Lösning": "So&lution",
    "Vad ska göras": "What to do",
    "&Reservdelar": "Spare &parts",
    "Ersättningshjälpmedel i lager": "Replacement devices in stock",
    "Samma artikel": "Same article",
    "Levererad": "Delivered",
    "Hämtdatum för det gamla hjälpmedlet": "Pickup date for the old device",
    "&Ersätts av": "R&eplaced with",
    "&Hämtas den": "Pic&kup date",
    "Nej (samma produktgrupp)": "No (same product group)",
    "Det finns inget likvärdigt hjälpmedel i lager.": "There is no equivalent device in stock.",
    "Välj ett ersättningshjälpmedel i listan.": "Choose a replacement device in the list.",
    # reconditioning (DeviceFlowBar, ReconDialog) and returns (ReturnReceiver)
    "Starta &rekonditionering…": "Start re&conditioning…",
    "Starta eller fortsätt rekonditioneringen av hjälpmedlet":
        "Start or continue the reconditioning of the device",
    "Skriv ut rekond&protokoll": "Print recon &record",
    "Det senaste rekonditioneringsprotokollet (även Ctrl+P)":
        "The latest reconditioning record (also Ctrl+P)",
    "Skriv ut &igen": "Print &again",
    "Skriv ut det markerade dokumentet igen, exakt som förut":
        "Print the selected document again, exactly as before",
    "Fortsätt &rekonditionering…": "Continue re&conditioning…",
    "Rekonditioneringsprotokoll %1": "Reconditioning record %1",
    "%1 (utskrift igen)": "%1 (reprint)",
    "Rekonditionering – %1": "Reconditioning – %1",
    "&Signera": "&Sign",
    "Livslängd": "Lifetime",
    "Checklista": "Checklist",
    "Skriv ut &rekonditioneringsprotokoll…": "Print &reconditioning record…",
    "Skriv ut rekonditioneringsprotokollet": "Print the reconditioning record",
    "Använda reservdelar": "Spare parts used",
    "Signering": "Sign-off",
    "&Tillbaka i lager": "Back &in stock",
    "&Kassera": "Scra&p",
    "Orsak till kassation": "Reason for scrapping",
    "Resultat": "Result",
    "Utfört av": "Done by",
    "Obligatoriskt steg": "Mandatory step",
    "Resultat för %1": "Result for %1",
    "Åtgärdat": "Fixed",
    "Ej OK": "Not OK",
    "Ej aktuellt": "Not applicable",
    "Anteckning för %1": "Note for %1",
    "Obligatoriskt för digitala hjälpmedel: den tidigare brukarens personuppgifter ska raderas "
    "innan hjälpmedlet lämnar rekonditioneringen. Ange OK eller Åtgärdat när raderingen är "
    "gjord.": "Mandatory for digital aids: the previous user's personal data must be erased "
    "before the device leaves reconditioning. Choose OK or Fixed when the erasure is done.",
    "ej digitalt": "not digital",
    "%1 · %2 · påbörjad %3 av %4": "%1 · %2 · started %3 by %4",
    "Passerat förväntad livslängd (till %1) – beslut om kassation.":
        "Past its expected lifetime (until %1) – decide on scrapping.",
    "Kvar att göra (* obligatoriskt): %1": "Still to do (* mandatory): %1",
    "Alla obligatoriska steg (*) har ett resultat.": "All mandatory steps (*) have a result.",
    "Signerad: tillbaka i lager.": "Signed: back in stock.",
    "Signerad: kasserad (%1).": "Signed: scrapped (%1).",
    "Skriv ut protokollet och lägg det med hjälpmedlet.":
        "Print the record and put it with the device.",
    "Ta emot retur": "Receive returns",
    "Ta emot returnerade hjälpmedel": "Receive returned devices",
    "Individnummer för returnerat hjälpmedel": "Individual number of the returned device",
    "Skanna individnumret – Enter tar emot (Ctrl+R)":
        "Scan the individual number – Enter receives (Ctrl+R)",
    "Ta &emot": "&Receive",
    "Ta emot hjälpmedlet": "Receive the device",
    "Resultat av mottagningen": "Result of the receipt",
    "Mottagna under passet": "Received this shift",
    "%1 är mottagen och väntar på rekonditionering.":
        "%1 is received and waits for reconditioning.",
    "Hämtorder %1 är utförd.": "Pickup order %1 is done.",
    "Hjälpmedlet kom tillbaka utan hämtorder.": "The device came back without a pickup order.",
    "Passerat förväntad livslängd – bedöm kassation.":
        "Past its expected lifetime – consider scrapping.",
    "Mottagen": "Received",
    # printing (PrintingTab, PickupFormatDialog, PdfJob, PrintPreviewDialog)
    "Utskrifter": "Printing",
    "Hämtordrar att skriva ut": "Pickup orders to print",
    "Förlopp för utskriften": "Printing progress",
    "&Hämtdatum:": "Pickup &date:",
    "Föregående arbetsdag": "Previous working day",
    "Nästa arbetsdag": "Next working day",
    "&Format:": "Forma&t:",
    "Utskriftsformat": "Print format",
    "A4-sidor": "A4 pages",
    "Etiketter 10 × 15 cm": "Labels 10 × 15 cm",
    "Antal hämtordrar": "Number of pickup orders",
    "Skriv ut &alla…": "Print &all…",
    "Skriv ut alla hämtordrar för dagen": "Print all pickup orders for the day",
    "Alla dagens hämtordrar i en PDF, i körordning (Ctrl+P)":
        "All the day's pickup orders in one PDF, in driving order (Ctrl+P)",
    "Dagens hämtordrar i körordning": "The day's pickup orders in driving order",
    "Nr": "No.",
    "Postnummer": "Postcode",
    "Orsak": "Reason",
    "Hämtar …": "Fetching …",
    "%1 hämtordrar": "%1 pickup orders",
    "Inga hämtningar är planerade %1.": "No pickups are planned for %1.",
    "Hämtordrar %1": "Pickup orders %1",
    "Skapar %1 hämtordrar …": "Creating %1 pickup orders …",
    "%1 hämtordrar är skapade och noterade i hjälpmedlens historik.":
        "%1 pickup orders are created and noted in the devices' histories.",
    "Skapar %1 …": "Creating %1 …",
    "Sida %1 av %2": "Page %1 of %2",
    "Utskriften gick inte att skapa": "The printout could not be created",
    "Förhandsgranska – %1": "Preview – %1",
    "Förhandsgranskning av %1": "Preview of %1",
    "Dokumentets sidor": "The document's pages",
    "Föregående sida": "Previous page",
    "Nästa sida": "Next page",
    "Sida": "Page",
    "Zooma ut": "Zoom out",
    "Zooma in": "Zoom in",
    "Sidbredd": "Page width",
    "Anpassa till sidbredd": "Fit to the page width",
    "Hel sida": "Whole page",
    "Visa hela sidan": "Show the whole page",
    "&Skriv ut…": "&Print…",
    "Skriv ut dokumentet": "Print the document",
    "Välj skrivare och skriv ut (Ctrl+P)": "Choose a printer and print (Ctrl+P)",
    "S&para som…": "S&ave as…",
    "Spara dokumentet som PDF-fil": "Save the document as a PDF file",
    "Spara som PDF-fil (Ctrl+S)": "Save as a PDF file (Ctrl+S)",
    "Stäng förhandsgranskningen": "Close the preview",
    "Stäng (Esc)": "Close (Esc)",
    "Sparad som %1.": "Saved as %1.",
    "Skrivaren gick inte att använda.": "The printer could not be used.",
    "Skriver ut …": "Printing …",
    "Skriver ut sida %1 av %2 …": "Printing page %1 of %2 …",
    "%1 sidor skickade till skrivaren.": "%1 pages sent to the printer.",
    # file and print dialogs opened by helper functions
    "Spara som PDF": "Save as PDF",
    "PDF-dokument (*.pdf)": "PDF document (*.pdf)",
    "Skriv ut": "Print",
    "Spara faktureringsunderlag": "Save billing data",
    "CSV-fil (*.csv)": "CSV file (*.csv)",
    # quick service (QuickServiceTab, BookingDialog)
    "Dagens tider": "The day's times",
    "Kund": "Customer",
    "Vad är fel": "What is wrong",
    "&Dag:": "&Day:",
    "Dag": "Day",
    "Föregående dag": "Previous day",
    "Nästa dag": "Next day",
    "Bokade och lediga tider": "Booked and free times",
    "&Boka…": "&Book…",
    "Boka den markerade lediga tiden": "Book the selected free time",
    "&Avboka": "&Cancel booking",
    "Avboka den markerade bokningen": "Cancel the selected booking",
    "&Registrera reparation": "&Register repair",
    "Kunden har kommit: skapa arbetsordern (typ 1, snabbservice)":
        "The customer has arrived: create the work order (type 1, quick service)",
    "Ledig": "Free",
    "Passerad": "Past",
    "Bokad": "Booked",
    "Reparation registrerad": "Repair registered",
    "%1 bokade · %2 lediga": "%1 booked · %2 free",
    "Verkstaden har stängt %1; ingen snabbservice.":
        "The workshop is closed on %1; no quick service.",
    "%1 är bokad för %2.": "%1 is booked for %2.",
    "Avboka %1 för %2?": "Cancel the %1 booking for %2?",
    "Bokningen %1 är avbokad; tiden är ledig igen.":
        "The %1 booking is cancelled; the time is free again.",
    "Arbetsorder %1 (snabbservice) är registrerad.": "Work order %1 (quick service) is registered.",
    "Boka snabbservice – %1": "Book quick service – %1",
    "&Boka": "&Book",
    "Snabbservice %1": "Quick service %1",
    "Kundens namn": "The customer's name",
    "Kundens telefonnummer": "The customer's phone number",
    "Hjälpmedlets individnummer": "The device's individual number",
    "Behövs för att registrera reparationen": "Needed to register the repair",
    "&Vad är fel": "&What is wrong",
    "Snabbservice gäller främst manuella rullstolar och rollatorer. Kunden kommer till "
    "verkstaden på den bokade tiden (30 minuter).": "Quick service is mainly for manual "
    "wheelchairs and rollators. The customer comes to the workshop at the booked time (30 "
    "minutes).",
    # billing export (BillingExportDialog) and the main window's new actions
    "Exportera faktureringsunderlag": "Export billing data",
    "&Exportera…": "&Export…",
    "Faktureringsunderlag per månad": "Billing data per month",
    "Tomt = alla betalare": "Empty = all payers",
    "År": "Year",
    "Månad": "Month",
    "&År": "&Year",
    "&Månad": "&Month",
    "Avslutade arbetsordrar i månaden: debitering, rapporterad tid, reservdelar och godkända "
    "kostnadsförslag. Filen är semikolonseparerad UTF-8.": "Work orders completed in the "
    "month: billing, reported time, spare parts and approved cost proposals. The file is "
    "semicolon-separated UTF-8.",
    "Hämtar underlaget …": "Fetching the data …",
    "Inga avslutade arbetsordrar %1 för %2.": "No completed work orders in %1 for %2.",
    "någon betalare": "any payer",
    "%1 arbetsordrar (%2 min) är exporterade till %3.":
        "%1 work orders (%2 min) exported to %3.",
    "Skriv &ut…": "&Print…",
    "Skriv ut det som är aktuellt: hämtorder, protokoll eller dagens hämtordrar":
        "Print what is current: a pickup order, a record or the day's pickup orders",
    "Ta emot &retur…": "Receive &return…",
    "Skanna ett returnerat hjälpmedel": "Scan a returned device",
    "Exportera &faktureringsunderlag…": "Export &billing data…",
    "Faktureringsunderlag per betalare och månad som CSV":
        "Billing data per payer and month as CSV",
    "&Utskrifter": "&Printing",
    "S&nabbservice": "&Quick service",
    "Här finns inget att skriva ut. Välj en arbetsorder med hjälpmedel, ett dokument på "
    "individkortet eller fliken Utskrifter.": "There is nothing to print here. Choose a work "
    "order with a device, a document on the device card, or the Printing tab.",
    "Faktureringsunderlaget är sparat i %1.": "The billing data is saved in %1.",
    "Felaktig inställning": "Incorrect setting",
    # follow-up (FollowUpTab, PeriodBar, the tables and charts)
    "Uppföljning": "Follow-up",
    "U&ppföljning": "&Follow-up",
    # the queue's filter bar: a selection from the follow-up view
    "Urval från uppföljningen: %1": "Selection from the follow-up: %1",
    "Ta bort urvalet från uppföljningen": "Remove the selection from the follow-up",
    "öppna": "open",
    "risk för försening": "at risk of delay",
    "försenade": "delayed",
    "registrerade": "registered",
    "klara": "completed",
    "ordrar i perioden": "orders in the period",
    "påbörjade i tid": "started in time",
    "påbörjade för sent": "started late",
    "klara i tid": "completed in time",
    "klara för sent": "completed late",
    "Tidpunkt för siffrorna": "Time of the figures",
    "Beräknar": "Calculating",
    "Hämta siffrorna på nytt": "Fetch the figures again",
    "Dagens läge per brevlåda": "Today's state per mailbox",
    "Andel i tid och ledtid per typ": "On-time rate and lead time per type",
    "Andel i tid per månad, alla typer": "On-time rate per month, all types",
    "Ledtider per typ": "Lead times per type",
    "Andel i tid per typ": "On-time rate per type",
    "läget per %1": "as of %1",
    "Ledtider per typ, registrerade %1 – %2": "Lead times per type, registered %1 – %2",
    "Andel i tid per månad, alla typer, %1 – %2": "On-time rate per month, all types, %1 – %2",
    "Spara ledtidsrapporten som PDF": "Save the lead-time report as PDF",
    "PDF-filer (*.pdf)": "PDF files (*.pdf)",
    "Spara antalen som CSV": "Save the counts as CSV",
    "CSV-filer (*.csv)": "CSV files (*.csv)",
    "Sparade %1": "Saved %1",
    "Period": "Period",
    "Denna månad": "This month",
    "Förra månaden": "Last month",
    "Senaste 12 månaderna": "Last 12 months",
    "Hittills i år": "Year to date",
    "Eget intervall": "Custom range",
    "Från och med": "From (inclusive)",
    "Till och med": "To (inclusive)",
    "Exportera &PDF…": "Export &PDF…",
    "Spara ledtidsrapporten för perioden som PDF": "Save the period's lead-time report as PDF",
    "Exportera &CSV…": "Export &CSV…",
    "Spara antalen per typ för perioden som CSV": "Save the period's counts per type as CSV",
    "P&eriod:": "P&eriod:",
    "&Från:": "Fro&m:",
    "&Till:": "&To:",
    "Klicka (eller tryck Enter) för att visa ordrarna i kön":
        "Click (or press Enter) to show the orders in the queue",
    "Risk för\nförsening": "At risk\nof delay",
    "Försenade": "Late",
    "Nya\nidag": "New\ntoday",
    "Klara\nidag": "Completed\ntoday",
    "Ordrar": "Orders",
    "Påbörjade\ni tid": "Started\non time",
    "Påbörjade\nför sent": "Started\nlate",
    "Andel\npåbörjade": "Start\non-time rate",
    "Klara\ni tid": "Finished\non time",
    "Klara\nför sent": "Finished\nlate",
    "Andel\nklara": "Finish\non-time rate",
    "Start, dagar\nmedian / P90": "Start, days\nmedian / P90",
    "Klar, dagar\nmedian / P90": "Finish, days\nmedian / P90",
    "Påbörjade i tid": "Started on time",
    "Klara i tid": "Finished on time",
    "Typ %1": "Type %1",
    "påbörjade i tid %1, klara i tid %2": "started on time %1, finished on time %2",
    # working together (ConflictDialog, ConnectionBanner, SyncStatusWidget)
    "Medicinsk risk (prioritet)": "Medical risk (priority)",
    "Tagen av": "Taken by",
    "Någon annan har sparat en ändring": "Someone else has saved a change",
    "&Läs in sparad version": "&Reload the saved version",
    "&Fortsätt redigera": "&Keep editing",
    "&Spara min version ändå": "&Save my version anyway",
    "Ersätter den andras ändring med din version. Den andras ändring finns kvar i "
    "ändringsloggen.": "Replaces the other person's change with your version. Their change "
    "stays in the change log.",
    "Din version och den sparade, fält för fält": "Your version and the saved one, field by field",
    "Fält": "Field",
    "Din version": "Your version",
    "Sparad version": "Saved version",
    "Skiljer sig": "Differs",
    "Förbindelse med databasen": "Connection to the database",
    "Databasen går inte att nå. Det som visas kan vara inaktuellt och ändringar kan inte "
    "sparas just nu; det du har skrivit finns kvar. Programmet försöker ansluta igen av sig "
    "självt.": "The database cannot be reached. What is shown may be out of date and changes "
    "cannot be saved right now; what you have typed is kept. The program tries to reconnect by "
    "itself.",
    "Förbindelsen med databasen är tillbaka.": "The connection to the database is back.",
    "Synk %1": "Sync %1",
    "Synk: ingen ännu": "Sync: none yet",
    "%1 avvisade rader": "%1 rejected rows",
    "%1 filer gick inte att läsa": "%1 files could not be read",
    "fel": "error",
    "se archive/%1.rejects.txt": "see archive/%1.rejects.txt",
    "Synk: okänt läge": "Sync: unknown state",
    "Synk pågår …": "Sync running …",
    "Läser in filer från inkorgen eller skriver meddelanden till utkorgen. "
    "Fönstret går att använda under tiden.":
        "Importing files from the intake or writing messages to the outbox. "
        "The window can be used meanwhile.",
    # language marker some tabs read to pick the domain sentences' language
    "sv": "en",
    # periodic inspection (PM1–PM6): Besiktning tab, InspectionDialog, VisitDialog,
    # InspectionPlansDialog, the device card's inspection, the follow-up's inspection figures
    "Besiktning": "Inspection",
    "&Besiktning": "&Inspection",
    "Besiktnings&planer…": "Inspection p&lans…",
    "Bara en administratör ändrar besiktningsplanerna.":
        "Only an administrator changes the inspection plans.",
    "Besiktningen är försenad: den skulle ha gjorts senast %1.":
        "The inspection is overdue: it was due by %1.",
    "Nästa besiktning": "Next inspection",
    " (besök bokat %1)": " (visit booked %1)",
    "%1 – försenad": "%1 – overdue",
    "aldrig": "never",
    "besiktigas inte": "not inspected",
    "var %1:e månad, senast %2": "every %1 months, last %2",
    "&Besiktiga…": "I&nspect…",
    "Besiktningsprotokoll %1": "Inspection protocol %1",
    "Det senaste besiktningsprotokollet": "The latest inspection protocol",
    "Registrera en besiktning av hjälpmedlet": "Record an inspection of the device",
    "Skriv ut besik&tningsprotokoll": "Print inspec&tion protocol",
    "Andel i tid": "Share in time",
    "Besiktningar per produktgrupp": "Inspections per product group",
    "Besiktningar som skulle göras %1 – %2": "Inspections due %1 – %2",
    "Besiktningar": "Inspections",
    "%1 besök bokade.": "%1 visits booked.",
    "%1 meddelanden lagda i utkorgen till beställarna.":
        "%1 messages queued in the outbox to the orderers.",
    "Medd&ela beställare": "Tell &orderers",
    "Aviseringar om besiktning": "Inspection notices",
    "Aviseringsbrev till brukarna, ett per sida": "Notice letters to the users, one a page",
    "Bara tekniker, supportteamet och administratörer besiktigar.":
        "Only technicians, the support team and administrators inspect.",
    "Boka &rutt…": "Book &route…",
    "Boka be&sök…": "Boo&k visit…",
    "Boka besök hos brukaren för markerat hjälpmedel":
        "Book a visit at the user's for the marked device",
    "Boka markerade hjälpmedel i ett postnummerområde samma dag":
        "Book the marked devices of one postal area on one day",
    "Inga bokade besök att avisera. Boka besök först.":
        "No booked visits to give notice of. Book visits first.",
    "Lägg ett meddelande om besöket i beställarens utkorg":
        "Queue a message about the visit in the orderer's outbox",
    "Registrera besiktningen av markerat hjälpmedel": "Record the inspection of the marked device",
    "Skriv ut &aviseringar…": "Print no&tices…",
    "%1 · %2 · intervall %3 mån · senast besiktad %4":
        "%1 · %2 · interval %3 months · last inspected %4",
    "&Datum:": "&Date:",
    "&Spara besiktning": "&Save inspection",
    "A&nmärkning:": "&Remark:",
    "Alla &OK": "All &OK",
    "Anmärkning för %1": "Remark on %1",
    "Anmärkning till besiktningen": "Remark on the inspection",
    "Anmärkning": "Remark",
    "Besiktning – %1": "Inspection – %1",
    "Besiktningsdatum": "Inspection date",
    "Förfallodag": "Due day",
    "Försenad: skulle ha besiktigats senast %1.": "Overdue: it was due for inspection by %1.",
    "Kontrollpunkt": "Check",
    "Kontrollpunkter": "Checklist",
    "Markera alla kontrollpunkter som OK": "Mark every check OK",
    "Ska besiktigas senast %1.": "Due for inspection by %1.",
    "Skriv ut &protokoll…": "Print &protocol…",
    "Sparad: ej godkänd. Avhjälpande arbetsorder %1 är skapad. Nästa besiktning senast %2.":
        "Saved: not passed. Corrective work order %1 has been created. Next inspection by %2.",
    "Sparad: godkänd. Nästa besiktning senast %1.": "Saved: passed. Next inspection by %1.",
    "Tekniker:": "Technician:",
    "Öppna &arbetsorder": "Open &work order",
    "Avisera senast": "Notify by",
    "Aviserad (beställare)": "Notified (orderer)",
    "Aviserad (brev)": "Notified (letter)",
    "Avisering sen": "Notice late",
    "Bokad, ej aviserad": "Booked, not notified",
    "Brukare": "User",
    "Ej bokad": "Not booked",
    "Förfaller": "Due",
    "Individnr": "Individual no.",
    "Läge": "State",
    "Postnr och ort": "Postcode and town",
    "På HMC – spärrad": "At the centre – blocked",
    "På HMC": "At the centre",
    "Senast besiktad": "Last inspected",
    "Sista dag att skicka aviseringen: 10 arbetsdagar före förfallodagen":
        "Last day to send the notice: 10 working days before the due day",
    "(ingen produktgrupp)": "(no product group)",
    "Alla produktgrupper": "All product groups",
    "Andel\ni tid": "Share\nin time",
    "Ej\nförfallna": "Not yet\ndue",
    "För sent": "Late",
    "I tid": "In time",
    "Skulle\nbesiktigas": "Due for\ninspection",
    " mån": " months",
    "%1 mån": "%1 months",
    "&Intervall:": "&Interval:",
    "&Kontrollpunkter\n(en per rad):": "&Checklist\n(one per line):",
    "&Spara plan": "&Save plan",
    "&Ta bort plan": "&Remove plan",
    "Artikel %1 %2": "Article %1 %2",
    "Artikelnummer för ny plan": "Article number of the new plan",
    "Besiktningsplaner": "Inspection plans",
    "En artikels egen plan gäller före produktgruppens; det den saknar (intervall eller "
    "kontrollpunkter) tas från gruppen. Intervall 0: besiktigas inte.":
        "An article's own plan applies before its product group's; what it lacks (interval or "
        "checklist) comes from the group. Interval 0: not inspected.",
    "Gäller": "Applies to",
    "Gäller:": "Applies to:",
    "Intervall i månader": "Interval in months",
    "Intervall": "Interval",
    "Kontrollpunkter, en per rad": "Checklist, one check a line",
    "Lägg till": "Add",
    "Ny plan för &produktgrupp:": "New plan for product &group:",
    "Planen är borttagen.": "The plan has been removed.",
    "Planen är skapad: välj intervall och kontrollpunkter.":
        "The plan has been created: choose its interval and checklist.",
    "Planen är sparad.": "The plan has been saved.",
    "Produktgrupp för ny plan": "Product group of the new plan",
    "Vald plan": "Selected plan",
    "från gruppen": "from the group",
    "från produktgruppen": "from the product group",
    "för &artikel:": "for &article:",
    "%1 hjälpmedel": "%1 devices",
    "Skanna för besi&ktning:": "Scan to &inspect:",
    "&Läge:": "&State:",
    "&Månad:": "&Month:",
    "&Postnr:": "&Postcode:",
    "Alla lägen": "All states",
    "Aviserade": "Notified",
    "Bokade, ej aviserade": "Booked, not notified",
    "Ej bokade": "Not booked",
    "Förlopp för aviseringarna": "Progress of the notices",
    "Hjälpmedel att besiktiga, försenade först": "Devices to inspect, overdue first",
    "Postnummerområde": "Postal area",
    "Produkt&grupp:": "Product &group:",
    "Skanna eller skriv individnummer – Enter besiktigar":
        "Scan or type an individual number – Enter inspects",
    "Skanna hjälpmedel att besiktiga": "Scan a device to inspect",
    "januari": "January",
    "februari": "February",
    "mars": "March",
    "april": "April",
    "maj": "May",
    "juni": "June",
    "juli": "July",
    "augusti": "August",
    "september": "September",
    "oktober": "October",
    "november": "November",
    "december": "December",
    "t.ex. 411": "e.g. 411",
    "&Första besöket:": "&First visit:",
    "&Tid:": "&Time:",
    "&Längd per besök:": "&Length per visit:",
    "Besöksdag": "Day of the visit",
    "Boka besök – %1": "Book a visit – %1",
    "Boka rutt – %1 besök": "Book a route – %1 visits",
    "Brukaren ska få besked minst 10 arbetsdagar före besöket: tidigast %1. En rutt gäller "
    "ett postnummerområde; besöken följer gatuordning.":
        "The user must be told at least 10 working days before the visit: %1 at the earliest. "
        "A route covers one postal area; the visits follow the streets' order.",
    "Första besökets tid": "Time of the first visit",
    "Hjälpmedel:": "Devices:",
    "Minuter per besök": "Minutes per visit",
    # Arkiv → Synkroniseringsmappar…
    "&Synkroniseringsmappar…": "&Sync folders…",
    "Bara en administratör ändrar mapparna.": "Only an administrator changes the folders.",
    "Synkroniseringsmapparna är sparade.": "The sync folders are saved.",
    "Synkroniseringsmappar": "Sync folders",
    "&Inkorg (från beställningsportalen)": "&Intake (from the ordering portal)",
    "Inkorg": "Intake",
    "&Utkorg (till beställningsportalen)": "&Outbox (to the ordering portal)",
    "Utkorg": "Outbox",
    "Filen ska vara &oförändrad i": "File must be &unchanged for",
    "Sekunder en fil ska vara oförändrad innan den läses":
        "Seconds a file must stay unchanged before it is read",
    "&Titta efter nya filer var": "&Look for new files every",
    "Sekunder mellan två kontroller av mapparna": "Seconds between two looks at the folders",
    "Gäller alla arbetsstationer. Ange mappar på en filserver som UNC-sökväg "
    "(\\\\server\\hmc\\inkorg): en enhetsbokstav betyder olika saker på olika datorer. "
    "Tom mapp: används inte.":
        "Applies to every workstation. Give folders on a file server as UNC paths "
        "(\\\\server\\hmc\\intake): a drive letter means different things on different "
        "computers. Empty folder: not used.",
    "Välj…": "Choose…",
    "Välj mapp för %1": "Choose the folder for %1",
    " s": " s",
    "Inkorgen": "The intake folder",
    "Utkorgen": "The outbox folder",
    "%1 finns inte, eller går inte att nå härifrån: %2":
        "%1 does not exist, or cannot be reached from here: %2",
    # recall campaigns (R1–R5): the Återkallelser tab, its dialogs, the device card's line
    "Åtgärdade av berörda": "Done of affected",
    "Berörda, åtgärdade och återstående per plats": "Affected, done and remaining by place",
    "Berörda": "Affected",
    "Åtgärdade": "Done",
    "Återstår": "Remaining",
    "Totalt": "Total",
    "Visa bara hjälpmedlen här": "Show only the devices here",
    "Ingen återkallelse vald": "No recall chosen",
    "%1 av %2 åtgärdade (%3 %), %4 återstår": "%1 of %2 done (%3 %), %4 remaining",
    "Återkallelse": "Recall",
    "Byt ut": "Exchange",
    "&Lämna ut ersättningen": "&Hand out the replacement",
    "Arbetsorder %1: ersättningshjälpmedel till brukaren": "Work order %1: replacement device for the user",
    "Ersättningens individnummer": "Individual number of the replacement",
    "Tomt: första likvärdiga i lager": "Empty: the first equivalent in stock",
    "&Ersättning": "&Replacement",
    "Ett spärrat hjälpmedel lämnas inte ut. Det återkallade hämtas enligt hämtordern och "
    "spärras när det kommer tillbaka.": "A blocked device is never handed out. The recalled "
    "device is fetched by its pickup order and blocked when it comes back.",
    "Återkallelser": "Recalls",
    "Åter&kallelser": "Rec&alls",
    "Lista med individnummer": "List of individual numbers",
    "Ny återkallelse": "New recall",
    "&Öppna återkallelsen": "&Open the recall",
    "Ny återkallelse (säkerhetsmeddelande)": "New recall (safety notice)",
    "Rubrik: vad är fel": "Title: what is wrong",
    "Åtgärd": "Action",
    "Meddelandets referens": "The notice's reference",
    "T.ex. tillverkarens FSN-nummer": "E.g. the manufacturer's FSN number",
    "Bara levererade &mellan": "Only delivered &between",
    "Avgränsa med leveransdatum": "Narrow by delivery date",
    "Levererade från och med": "Delivered from",
    "Levererade till och med": "Delivered until",
    "&Artikelnummer": "&Article number",
    "&Rubrik": "&Title",
    "Å&tgärd": "A&ction",
    "Re&ferens": "Re&ference",
    "Alla hjälpmedel av artikeln omfattas, eller de som avgränsas ovan. Hjälpmedel i lager, "
    "återlämnade, under rekonditionering och på verkstaden spärras direkt.":
        "Every device of the article is affected, or those narrowed above. Devices in stock, "
        "returned, in reconditioning and at the workshop are blocked at once.",
    "Bara dessa &individnummer (skanna ett i taget, Enter lägger till):":
        "Only these &individual numbers (scan one at a time, Enter adds):",
    "Skanna individnummer": "Scan individual numbers",
    "Individnummer i återkallelsen": "Individual numbers in the recall",
    "Läs in fi&l…": "Read a fi&le…",
    "Läs in individnummer från fil": "Read individual numbers from a file",
    "Ta bort markerat individnummer": "Remove the selected individual number",
    "Ingen lista: hela artikeln": "No list: the whole article",
    "%1 individnummer": "%1 individual numbers",
    "Söker hjälpmedlen och spärrar dem i lager …": "Finding the devices and blocking those in stock …",
    "Skapa arbetsordrar": "Create work orders",
    "&Skapa arbetsordrar": "&Create work orders",
    "Återkallelse %1: en arbetsorder per hjälpmedel hos brukare":
        "Recall %1: a work order for each device with a user",
    "Varje hjälpmedel hos en brukare som ännu inte har en arbetsorder i återkallelsen får en "
    "(typ 2, hos brukaren). Vid byte skapas också en hämtorder; ersättningen lämnas ut när "
    "arbetsordern utförs. Att köra igen skapar inga dubbletter.":
        "Every device with a user that has no work order in the recall yet gets one (type 2, at "
        "the user's). An exchange also creates a pickup order; the replacement is handed out "
        "when the work order is done. Running it again creates no duplicates.",
    "Förlopp": "Progress",
    "Skapar arbetsordrar …": "Creating work orders …",
    "%1 av %2": "%1 of %2",
    "%1 arbetsordrar skapade.": "%1 work orders created.",
    "Inga nya arbetsordrar: alla hjälpmedel hos brukare har redan en.":
        "No new work orders: every device with a user already has one.",
    "spärrad": "blocked",
    "arbetsorder %1 (%2)": "work order %1 (%2)",
    "åtgärdad": "done",
    "inte åtgärdad": "not done",
    "Återkallelse %1 (%2): %3": "Recall %1 (%2): %3",
    "Var": "Where",
    "Spärr": "Block",
    "Åtgärdad": "Done",
    "Dubbelklicka på raden för individkortet; arbetsordern finns i dess historik":
        "Double-click the row for the device card; the work order is in its history",
    "Spärrad": "Blocked",
    "Hos brukare": "With the user",
    "Hämtning beställd": "Pickup ordered",
    "Kasserad (klar)": "Scrapped (done)",
    "Reparation hos brukaren": "Repair at the user's",
    "Kontroll hos brukaren": "Inspection at the user's",
    "Byte (ersättning och hämtorder)": "Exchange (replacement and pickup order)",
    "Återkallelser och säkerhetsmeddelanden": "Recalls and safety notices",
    "&Ny återkallelse…": "&New recall…",
    "Öppna en återkallelse för en artikel (Ctrl+Shift+N)": "Open a recall for an article (Ctrl+Shift+N)",
    "Rubrik": "Title",
    "Välj en återkallelse": "Choose a recall",
    "&Visa:": "&Show:",
    "Var hjälpmedlen finns": "Where the devices are",
    "Alla platser": "All places",
    "Bara &återstående": "Only &remaining",
    "Visa bara återstående hjälpmedel": "Show only remaining devices",
    "Berörda hjälpmedel, grupperade efter var de finns": "Affected devices, grouped by where they are",
    "Skapa &arbetsordrar…": "Create &work orders…",
    "&Häv spärr…": "Re&lease block…",
    "Häv spärren på markerat hjälpmedel": "Release the block on the selected device",
    "&Byt ut…": "E&xchange…",
    "Lämna ut ersättning för markerat hjälpmedel": "Hand out a replacement for the selected device",
    "Skriv ut b&rev…": "Print l&etters…",
    "Skriv ut brev till brukarna": "Print letters to the users",
    "E&xportera lista…": "Ex&port list…",
    "Exportera lista till tillverkare och myndighet": "Export the list for the manufacturer and the authority",
    "Öppna markerat hjälpmedels individkort": "Open the selected device's card",
    "%1 återstår av %2 berörda": "%1 of %2 affected remaining",
    "Inga återkallelser ännu. En administratör öppnar en med Ny återkallelse…":
        "No recalls yet. An administrator opens one with New recall…",
    "Återkallelse %1: %2": "Recall %1: %2",
    "Referens %1": "Reference %1",
    "Levererade %1–%2": "Delivered %1–%2",
    "Avgränsad med lista": "Narrowed by a list",
    "Öppnad %1 av %2": "Opened %1 by %2",
    "Bara en administratör hanterar återkallelser.": "Only an administrator manages recalls.",
    "Återkallelse %1 är öppnad.": "Recall %1 is open.",
    "Brev, återkallelse %1": "Letters, recall %1",
    "Listan är sparad i %1.": "The list is saved in %1.",
    "Häv spärr": "Release block",
    "&Häv spärren": "&Release the block",
    "Häv spärren på %1 (återkallelse %2)": "Release the block on %1 (recall %2)",
    "Vad gjordes? T.ex. bromsvajern bytt enligt tillverkarens anvisning":
        "What was done? E.g. brake cable replaced as the manufacturer instructs",
    "Spärrat av återkallelse %1: ställ det åt sidan tills det är åtgärdat.":
        "Blocked by recall %1: set it aside until it is fixed.",
    # trustworthy data: identity, unusable databases, personal-data reads, hostile files
    "Kan inte starta": "Cannot start",
    "Disken är full: %1 kunde inte skrivas. Ingenting lämnades halvskrivet; frigör utrymme "
    "och försök igen.":
        "The disk is full: %1 could not be written. Nothing was left half-written; free some "
        "space and try again.",
    # -- the order's state machine in the window: cancelling on purpose (W4), the
    #    delay message's new date (W5), completing an incomplete order (W6), the cost-proposal
    #    answer's amount (W9), who completed, singular counts
    "Makuleringen kan inte ångras. Beställaren får meddelandet nedan; behövs åtgärden, "
    "registreras en ny arbetsorder.": "Cancelling cannot be undone. The orderer gets the "
        "message below; if the work is still needed, a new work order is registered.",
    "Ordern är markerad med medicinsk risk.":
        "The order is marked as a medical risk.",
    "Välj eller skriv orsaken": "Choose or type the reason",
    "Meddelande till &beställaren": "Message to the &orderer",
    "Meddela försening – %1": "Notify of delay – %1",
    "Ny beräknad klardag": "New expected completion date",
    "&Ny beräknad klardag": "&New expected completion date",
    "Välj datum": "Choose a date",
    "Beställaren får veta vilken tidsgräns som inte hålls och när arbetet beräknas vara klart.":
        "The orderer is told which deadline will not be met and when the work is expected "
        "to be done.",
    "%1 för: %2": "%1 for: %2",
    "Kostnadsförslagets belopp": "Amount of the cost proposal",
    "Förslaget": "The proposal",
    "Kostnadsförslaget för %1 på %3 är godkänt av %2; arbetet återupptas.":
        "The cost proposal of %3 for %1 is approved by %2; the work resumes.",
    "Komplettera &uppgifter…": "Fill in missin&g details…",
    "Fyll i tjänsteprodukt och betalarnummer som ordern saknar":
        "Fill in the service product and payer number the order lacks",
    "Uppgifterna för %1 är sparade.": "The details of %1 are saved.",
    "Komplettera %1": "Complete the details of %1",
    "Saknas: %1": "Missing: %1",
    "Bilagor läggs till under Teknisk dokumentation (Ctrl+D), med sin typ.":
        "Attachments are added under Technical documentation (Ctrl+D), with their kind.",
    "Risk för försening": "Risk of delay",
    "Beställaren meddelad om försening %1": "Orderer notified of the delay %1",
    ", ny beräknad klardag %1": ", new expected completion date %1",
    "Ofullständig – kan inte påbörjas; komplettera med F2":
        "Incomplete – cannot be started; complete it with F2",
    "Väntar på svar på kostnadsförslag (%1)": "Waiting for the answer to a cost proposal (%1)",
    "1 hämtorder": "1 pickup order",
    "Skapar 1 hämtorder …": "Creating 1 pickup order …",
    "1 hämtorder är skapad och noterad i hjälpmedlets historik.":
        "1 pickup order is created and noted in the device's history.",
    "1 arbetsorder (%2 min) är exporterad till %3.": "1 work order (%2 min) exported to %3.",
    "Ofu&llständiga": "&Incomplete",
    "Ordrar som saknar tjänsteprodukt, betalarnummer eller en bilaga och inte kan påbörjas":
        "Orders lacking a service product, payer number or an attachment, which cannot be "
        "started",
    "går ut nu": "due now",
    "passerad": "passed",
    "Försenad · meddelad": "Late · notified",
    "Risk · meddelad": "Risk · notified",
    "1 arbetsorder": "1 work order",
    "Bilagans typ": "Kind of attachment",
    "&Bilagans typ:": "&Attachment kind:",
    "ofullständig": "incomplete",
    "Beställaren är meddelad %1.": "The orderer was notified %1.",
    "Ofullständig – saknas: %1. Kan inte påbörjas.":
        "Incomplete – missing: %1. Cannot be started.",
    # the queue's search by any fragment (trigram index, services/queue/search.py)
    "Hittar ordrar på valfri del av ordernummer, individnummer, artikelnummer eller "
    "artikelnamn, beställarens eller brukarens namn, med stora eller små bokstäver. "
    "Ett eller två tecken: början av ett nummer eller ett namn.":
        "Finds orders by any part of the order number, individual number, article number "
        "or article name, the orderer's or the user's name, in upper or lower case. "
        "One or two characters: the start of a number or a name.",
    # keyboard, screens and assistive technology: window title, language menu, F1 list, zoom
    "Arbetsstation för hjälpmedelscentralen": "Workstation of the assistive-devices centre",
    "(engelska vid nästa start)": "(English from the next start)",
    "(svenska vid nästa start)": "(Swedish from the next start)",
    "Engelska gäller från nästa gång programmet startas.":
        "English applies from the next time the program starts.",
    "Svenska gäller från nästa gång programmet startas.":
        "Swedish applies from the next time the program starts.",
    "Kommando": "Command",
    "Tangenter": "Keys",
    "Kortkommandon per meny och flik": "Keyboard shortcuts by menu and tab",
    "Tangenterna under en menys namn fungerar i hela fönstret; de under en fliks namn när "
    "den fliken är framme.":
        "The keys under a menu's name work in the whole window; those under a tab's name "
        "when that tab is in front.",
    "&Normal textstorlek": "&Normal text size",
    "&Större text": "&Larger text",
    "M&indre text": "S&maller text",
    "Textstorlek %1 %": "Text size %1 %",
    "Snabbservice – bokade tider på verkstaden, vardagar 09–14":
        "Quick service – booked times at the workshop, weekdays 09–14",
    "Registrera reparation för %1 kl. %2 som arbetsorder?":
        "Register the repair for %1 at %2 as a work order?",
    "Tiden %1 har inte kommit än.": "The time %1 has not come yet.",
    "Artikelnummer eller namn": "Article number or name",
    "Skanna eller skriv individnummer eller brukarens namn":
        "Scan or type an individual number or the user's name",
    "Skriv artikelnummer eller en del av namnet, t.ex. \"bromsvajer\"; pilarna och Enter väljer":
        "Type the article number or part of the name, e.g. \"brake cable\"; the arrows and "
        "Enter choose",
}


def sources() -> list[Path]:
    """The files lupdate reads: the application module and every UI module."""
    return [PACKAGE / "app.py", *sorted((PACKAGE / "ui").rglob("*.py"))]


def tool(name: str) -> str | None:
    """A PySide6 tool next to this Python (the venv), else on PATH; None if neither."""
    suffix = ".exe" if sys.platform == "win32" else ""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        candidate = folder / (name + suffix)
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def lupdate(ts: Path = TS) -> None:
    """Update ``ts`` from the sources (created if missing; vanished strings are dropped)."""
    exe = tool("pyside6-lupdate")
    if exe is None:
        raise SystemExit("pyside6-lupdate not found (it comes with PySide6)")
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([exe, *files, "-ts", str(ts), "-source-language", "sv_SE",
                    "-target-language", "en_GB", "-no-obsolete", "-silent"],
                   cwd=ROOT, check=True)


def english(context: str, source: str) -> str | None:
    return BY_CONTEXT.get((context, source), EN.get(source))


def fill(ts: Path = TS) -> list[str]:
    """Write every translation into ``ts``; returns the messages that have none."""
    tree = ET.parse(ts)
    root = tree.getroot()
    missing: list[str] = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            text = english(name, source)
            if text is None:
                missing.append(f"{_where(message)}: {name}: {source!r}")
                continue
            if message.get("numerus") == "yes":
                for form in translation.findall("numerusform"):
                    form.text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    _check_no_parent_tr(root)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def _where(message: ET.Element) -> str:
    location = message.find("location")
    if location is None:
        return "?"
    return f"{Path(location.get('filename', '?')).name}:{location.get('line', '?')}"


def _check_no_parent_tr(root: ET.Element) -> None:
    """``parent.tr(…)`` in a helper files its text under "parent", which Qt never looks up."""
    for context in root.findall("context"):
        if context.findtext("name") == "parent":
            where = ", ".join(_where(m) for m in context.findall("message"))
            sys.exit(f"parent.tr() cannot be translated ({where}): use "
                     "QCoreApplication.translate('Context', …)")


def _child(parent: ET.Element, tag: str, text: str | None, depth: int) -> ET.Element:
    """Append ``<tag>text</tag>`` indented like lupdate's own output (depth in 4 spaces)."""
    inner = "\n" + "    " * depth
    if len(parent):
        parent[-1].tail = inner
    else:
        parent.text = inner
    element = ET.SubElement(parent, tag)
    element.text = text or None
    element.tail = "\n" + "    " * (depth - 1) if depth else "\n"
    return element


def release(ts: Path = TS, qm: Path = QM) -> None:
    exe = tool("pyside6-lrelease")
    if exe is None:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6)")
    subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Regenerate hmc_en.ts, fill in the English, compile hmc_en.qm.")
    parser.add_argument("--no-lupdate", action="store_true",
                        help="only fill and compile the existing .ts")
    args = parser.parse_args(argv)
    if not args.no_lupdate:
        lupdate()
    missing = fill()
    for item in missing:
        print(f"untranslated: {item}", file=sys.stderr)
    release()
    root = ET.parse(TS).getroot()
    count = len({(c.findtext("name"), m.findtext("source"))
                 for c in root.findall("context") for m in c.findall("message")})
    print(f"{TS.name}: {count} messages, {len(missing)} untranslated; {QM.name} compiled")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
