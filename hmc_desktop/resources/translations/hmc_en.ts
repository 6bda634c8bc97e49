<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>App</name>
    <message>
        <location filename="../../hmc_desktop/app.py" line="112" />
        <source>Databasen går inte att nå</source>
        <translation>The database cannot be reached</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/app.py" line="157" />
        <source>Tom databas</source>
        <translation>Empty database</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/app.py" line="158" />
        <source>Databasen är tom. Vill du fylla den med demodata (%1 hjälpmedel och %2 arbetsordrar) för att prova programmet?</source>
        <translation>The database is empty. Fill it with demo data (%1 devices and %2 work orders) to try the program?</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/app.py" line="164" />
        <source>Skapar demodata …</source>
        <translation>Creating demo data …</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/app.py" line="165" />
        <source>Demodata</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/app.py" line="170" />
        <source>beställare</source>
        <translation>orderers</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/app.py" line="170" />
        <source>brukare</source>
        <translation>users</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/app.py" line="171" />
        <source>hjälpmedel</source>
        <translation>devices</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/app.py" line="172" />
        <source>arbetsordrar</source>
        <translation>work orders</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/app.py" line="177" />
        <source>Skapar demodata: %1 …</source>
        <translation>Creating demo data: %1 …</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="75" />
        <source>Makulera %1</source>
        <translation>Cancel %1</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="76" />
        <source>Beställaren får ett meddelande med orsaken. Makuleringen kan inte ångras; behövs åtgärden, registreras en ny arbetsorder.</source>
        <translation>The orderer gets a message with the reason. A cancellation cannot be undone; if the work is still needed, a new work order is registered.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="81" />
        <source>Orsak till makulering</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="82" />
        <source>Fel arbetsordertyp</source>
        <translation>Wrong work-order type</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="83" />
        <source>Brukaren gick inte att nå</source>
        <translation>The user could not be reached</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="84" />
        <source>Annan orsak (skriv nedan)</source>
        <translation>Other reason (type below)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="86" />
        <source>Annan orsak</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="87" />
        <source>Skriv orsaken</source>
        <translation>Type the reason</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="88" />
        <source>&amp;Orsak</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="89" />
        <source>&amp;Fritext</source>
        <translation>&amp;Free text</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../hmc_desktop/ui/crash.py" line="53" />
        <source>Ett oväntat fel inträffade (%1). Det du höll på med kan ha avbrutits; kontrollera att det blev gjort innan du fortsätter.

Felet är sparat i loggfilen:
%2

Kontakta IT-supporten och bifoga loggfilen om felet kommer tillbaka.</source>
        <translation>An unexpected error occurred (%1). What you were doing may have been interrupted; check that it was done before you go on.

The error is saved in the log file:
%2

Contact IT support and attach the log file if the error comes back.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/crash.py" line="66" />
        <source>Oväntat fel</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/crash.py" line="68" />
        <source>Öppna loggmappen</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/crash.py" line="70" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DeviceCardTab</name>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="53" />
        <source>&amp;Individnummer</source>
        <translation>&amp;Individual number</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="56" />
        <source>Individnummer att visa</source>
        <translation>Individual number to show</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="57" />
        <source>Skanna eller skriv ett individnummer</source>
        <translation>Scan or type an individual number</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="62" />
        <source>Visa</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="64" />
        <source>Visa hjälpmedlet</source>
        <translation>Show the device</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="72" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="75" />
        <source>Varning om livslängd</source>
        <translation>Lifetime warning</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="78" />
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="84" />
        <location filename="../../hmc_desktop/ui/device_card.py" line="163" />
        <source>Öppna arbetsorder</source>
        <translation>Open work order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="86" />
        <source>Öppna markerad arbetsorder</source>
        <translation>Open the selected work order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="88" />
        <source>Teknisk dokumentation (Ctrl+D)</source>
        <translation>Technical documentation (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="90" />
        <source>Teknisk dokumentation för markerad arbetsorder</source>
        <translation>Technical documentation of the selected work order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="104" />
        <source>Fakta om hjälpmedlet</source>
        <translation>Facts about the device</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="108" />
        <source>Hjälpmedel</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="122" />
        <source>Individnummer</source>
        <translation>Individual number</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="123" />
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="124" />
        <source>Produktgrupp</source>
        <translation>Product group</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="125" />
        <source>Digitalt hjälpmedel</source>
        <translation>Digital aid</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="126" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="127" />
        <source>Innehavare</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="128" />
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="129" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="130" />
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="131" />
        <source>Placering</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="132" />
        <source>Leveransdatum</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="133" />
        <source>Förväntad livslängd</source>
        <translation>Expected lifetime</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="147" />
        <source>Hjälpmedlets historik, nyast först</source>
        <translation>The device's history, newest first</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="165" />
        <source>Teknisk dokumentation</source>
        <translation>Technical documentation</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="182" />
        <source>Hämtar hjälpmedel %1 …</source>
        <translation>Fetching device %1 …</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="218" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="218" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="221" />
        <source>Ingen innehavare</source>
        <translation>No holder</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="230" />
        <source>%1 år (till %2)</source>
        <translation>%1 years (until %2)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_card.py" line="236" />
        <source>Passerat förväntad livslängd – bedöm kassation</source>
        <translation>Past its expected lifetime – consider scrapping</translation>
    </message>
</context>
<context>
    <name>DeviceHistoryModel</name>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="23" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="23" />
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="23" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="24" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="24" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="26" />
        <source>Arbetsorder</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="27" />
        <source>Statusändring</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="28" />
        <source>Byte av innehavare</source>
        <translation>Change of holder</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="29" />
        <source>Ny placering</source>
        <translation>New location</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="30" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="31" />
        <source>Hämtorder</source>
        <translation>Pickup order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="32" />
        <source>Rekonditionering</source>
        <translation>Reconditioning</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/device_history_model.py" line="33" />
        <source>Leverans</source>
        <translation>Delivery</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="160" />
        <source>Avsluta arbetsorder %1? Beställaren får ett meddelande om att den är utförd.</source>
        <translation>Complete work order %1? The orderer gets a message that it is done.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="162" />
        <source>Avsluta arbetsorder</source>
        <translation>Complete work order</translation>
    </message>
</context>
<context>
    <name>DocEntryForm</name>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="202" />
        <source>Ny post</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="204" />
        <source>Felsökningssteg</source>
        <translation>Troubleshooting step</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="204" />
        <source>Iakttagelse</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="205" />
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="205" />
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="208" />
        <source>Typ av post</source>
        <translation>Kind of entry</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="213" />
        <source>Tidsåtgång i minuter</source>
        <translation>Time spent in minutes</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="216" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="219" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="220" />
        <source>Vad gjordes, vad såg du, vad blev resultatet?</source>
        <translation>What was done, what did you see, what was the result?</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="223" />
        <source>Spara post (Ctrl+Retur)</source>
        <translation>Save entry (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="225" />
        <source>Spara posten</source>
        <translation>Save the entry</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="227" />
        <source>T&amp;yp:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="227" />
        <source>T&amp;id:</source>
        <translation>T&amp;ime:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../hmc_desktop/ui/errors.py" line="38" />
        <source>Databasen går inte att nå just nu. Försök igen om en stund; kvarstår felet, kontakta IT-supporten.</source>
        <translation>The database cannot be reached right now. Try again in a moment; if the problem remains, contact IT support.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/errors.py" line="40" />
        <source>Ett oväntat fel inträffade (%1). Detaljer finns i loggfilen i %2.</source>
        <translation>An unexpected error occurred (%1). Details are in the log file in %2.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/errors.py" line="62" />
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/errors.py" line="64" />
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>FollowUpStrip</name>
    <message>
        <location filename="../../hmc_desktop/ui/queue_strip.py" line="23" />
        <source>Dagens uppföljning per brevlåda</source>
        <translation>Today's follow-up per mailbox</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_strip.py" line="28" />
        <source>&lt;b&gt;Dagens uppföljning&lt;/b&gt;&lt;br&gt;öppna · risk · sena</source>
        <translation>&lt;b&gt;Today's follow-up&lt;/b&gt;&lt;br&gt;open · at risk · late</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_strip.py" line="29" />
        <source>Dagens uppföljning: öppna, risk för försening, sena</source>
        <translation>Today's follow-up: open, at risk of delay, late</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_strip.py" line="54" />
        <source>Alla brevlådor</source>
        <translation>All mailboxes</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_strip.py" line="66" />
        <source>klicka för att visa dem i kön</source>
        <translation>click to show them in the queue</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_strip.py" line="78" />
        <source>öppna ordrar</source>
        <translation>open orders</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_strip.py" line="79" />
        <source>ordrar med risk för försening</source>
        <translation>orders at risk of delay</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_strip.py" line="80" />
        <source>försenade ordrar</source>
        <translation>late orders</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="59" />
        <source>Sätt %1 som vilande</source>
        <translation>Put %1 on hold</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="63" />
        <source>Orsak till vilande</source>
        <translation>Reason for putting on hold</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="64" />
        <source>&amp;Orsak</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="49" />
        <source>HMC – arbetsstation för hjälpmedelscentralen</source>
        <translation>HMC – assistive-devices centre workstation</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="51" />
        <source>Hjälpmedelscentralens arbetsstation</source>
        <translation>Assistive-devices centre workstation</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="62" />
        <source>Flikar</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="63" />
        <source>Arbetsordrar</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="64" />
        <source>Individkort</source>
        <translation>Device card</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="65" />
        <source>Teknisk dokumentation</source>
        <translation>Technical documentation</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="83" />
        <source>Inte tillgänglig ännu.</source>
        <translation>Not available yet.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="90" />
        <source>Programmet är öppnat i läsläge.</source>
        <translation>The program is open in read-only mode.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="93" />
        <source>Läsläge</source>
        <translation>Read-only mode</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="100" />
        <source>&amp;Skanna eller skriv nummer:</source>
        <translation>&amp;Scan or type a number:</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="103" />
        <source>Streckkod, individnummer eller ordernummer</source>
        <translation>Barcode, individual number or order number</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="105" />
        <source>Individnummer eller ordernummer – Enter öppnar (Ctrl+L, F6)</source>
        <translation>Individual number or order number – Enter opens (Ctrl+L, F6)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="106" />
        <source>Skanna streckkoden eller skriv numret och tryck Enter</source>
        <translation>Scan the barcode or type the number and press Enter</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="128" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="130" />
        <source>Byt språk till engelska</source>
        <translation>Switch language to English</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="131" />
        <source>Byt språk till svenska</source>
        <translation>Switch language to Swedish</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="134" />
        <source>Avsluta &amp;programmet</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="135" />
        <source>Arbets&amp;order</source>
        <translation>Work &amp;order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="142" />
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="143" />
        <source>&amp;Arbetsordrar</source>
        <translation>&amp;Work orders</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="143" />
        <source>&amp;Individkort</source>
        <translation>&amp;Device card</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="144" />
        <source>&amp;Teknisk dokumentation</source>
        <translation>&amp;Technical documentation</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="148" />
        <source>&amp;Skanna eller skriv nummer</source>
        <translation>&amp;Scan or type a number</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="150" />
        <source>&amp;Sök i kön</source>
        <translation>&amp;Search the queue</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="151" />
        <source>&amp;Rensa filter</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="153" />
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="154" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="155" />
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="157" />
        <source>&amp;Om programmet</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="163" />
        <source>okänd – läsläge</source>
        <translation>unknown – read-only</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="164" />
        <source>Inloggad: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="169" />
        <source>Synk: ej konfigurerad</source>
        <translation>Sync: not configured</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="205" />
        <source>Söker %1 …</source>
        <translation>Looking up %1 …</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="213" />
        <source>Hittade ingen arbetsorder och inget hjälpmedel med numret ”%1”.</source>
        <translation>No work order and no device has the number “%1”.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="249" />
        <source>Språket byts nästa gång programmet startas.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="258" />
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="263" />
        <source>Om programmet</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/main_window.py" line="264" />
        <source>HMC – arbetsstation för hjälpmedelscentralen.
Arbetsordrar, individkort och teknisk dokumentation.</source>
        <translation>HMC – assistive-devices centre workstation.
Work orders, device cards and technical documentation.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="109" />
        <source>Meddelande till beställaren – %1</source>
        <translation>Message to the orderer – %1</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="112" />
        <source>Ämne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="114" />
        <source>Meddelandetext</source>
        <translation>Message text</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="116" />
        <source>Ä&amp;mne</source>
        <translation>Su&amp;bject</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="117" />
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="51" />
        <source>&amp;Påbörja</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="52" />
        <source>Påbörja arbetet med ordern</source>
        <translation>Start work on the order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="53" />
        <source>&amp;Vilande…</source>
        <translation>Put on &amp;hold…</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="54" />
        <source>Sätt ordern som vilande, med orsak</source>
        <translation>Put the order on hold, with a reason</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="55" />
        <source>&amp;Återuppta</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="56" />
        <source>Återuppta en vilande order</source>
        <translation>Resume an order on hold</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="57" />
        <source>&amp;Avsluta…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="58" />
        <source>Avsluta ordern som utförd</source>
        <translation>Complete the order as done</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="59" />
        <source>&amp;Makulera…</source>
        <translation>C&amp;ancel order…</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="60" />
        <source>Makulera ordern med orsak; beställaren meddelas</source>
        <translation>Cancel the order with a reason; the orderer is told</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="61" />
        <source>&amp;Kontakt tagen</source>
        <translation>User &amp;contacted</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="62" />
        <source>Teknisk översyn: brukaren är kontaktad om tid (W8)</source>
        <translation>Technical review: the user has been contacted about a time (W8)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="64" />
        <source>Meddelande till &amp;beställare…</source>
        <translation>Message to the &amp;orderer…</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="65" />
        <source>Skriv ett meddelande till beställaren</source>
        <translation>Write a message to the orderer</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="66" />
        <source>Beställ &amp;hämtning…</source>
        <translation>Order &amp;pickup…</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="67" />
        <source>Beställ hämtning av hjälpmedlet</source>
        <translation>Order the pickup of the device</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="68" />
        <source>Öppna &amp;individkort</source>
        <translation>Open &amp;device card</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="69" />
        <source>Visa hjälpmedlets individkort</source>
        <translation>Show the device's card</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="70" />
        <source>&amp;Teknisk dokumentation</source>
        <translation>&amp;Technical documentation</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="71" />
        <source>Visa orderns tekniska dokumentation</source>
        <translation>Show the order's technical documentation</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="124" />
        <source>%1 är påbörjad.</source>
        <translation>%1 is started.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="132" />
        <source>%1 är vilande.</source>
        <translation>%1 is on hold.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="137" />
        <source>%1 är återupptagen.</source>
        <translation>%1 is resumed.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="142" />
        <source>%1 är avslutad.</source>
        <translation>%1 is completed.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="150" />
        <source>%1 är makulerad; beställaren får ett meddelande.</source>
        <translation>%1 is cancelled; the orderer gets a message.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="156" />
        <source>Kontakten med brukaren är registrerad för %1.</source>
        <translation>The contact with the user is recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="170" />
        <source>Meddelandet till beställaren av %1 är sparat.</source>
        <translation>The message to the orderer of %1 is saved.</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_actions.py" line="178" />
        <source>Hämtning av hjälpmedlet i %1 är beställd till %2.</source>
        <translation>The pickup of the device in %1 is ordered for %2.</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="37" />
        <source>Vald arbetsorder</source>
        <translation>Selected work order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="42" />
        <location filename="../../hmc_desktop/ui/queue_details.py" line="109" />
        <source>Ingen arbetsorder vald</source>
        <translation>No work order selected</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="67" />
        <source>Resultat av senaste åtgärden</source>
        <translation>Result of the last action</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="79" />
        <source>Brevlåda</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="80" />
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="80" />
        <source>Registrerad</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="81" />
        <source>Påbörjas senast</source>
        <translation>Start by</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="81" />
        <source>Klar senast</source>
        <translation>Finish by</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="82" />
        <source>Kontakt senast</source>
        <translation>Contact by</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="82" />
        <source>Påbörjad</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="83" />
        <source>Avslutad</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="83" />
        <source>Makulerad</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="84" />
        <source>Vilande orsak</source>
        <translation>Reason on hold</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="84" />
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="85" />
        <source>Hjälpmedel</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="85" />
        <source>Beställare</source>
        <translation>Orderer</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="86" />
        <source>Betalarnummer</source>
        <translation>Payer number</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="86" />
        <source>Tjänsteprodukt</source>
        <translation>Service product</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="87" />
        <source>Debitering</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="87" />
        <source>Handläggare</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="88" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="120" />
        <source>Medicinsk risk (P1)</source>
        <translation>Medical risk (P1)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="120" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="146" />
        <source>Inget hjälpmedel (konsultation)</source>
        <translation>No device (consultation)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="148" />
        <source>%1, individnr %2 (%3)</source>
        <translation>%1, individual no. %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="155" />
        <source>Medicinsk risk</source>
        <translation>Medical risk</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="158" />
        <source>Försenad (%1)</source>
        <translation>Late (%1)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="160" />
        <source>Risk för försening – meddela beställaren</source>
        <translation>At risk of delay – tell the orderer</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="162" />
        <source>Ofullständig – kan inte påbörjas</source>
        <translation>Incomplete – cannot be started</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="164" />
        <source>Teknisk översyn</source>
        <translation>Technical review</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_details.py" line="166" />
        <source>Snabbservice</source>
        <translation>Quick service</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="127" />
        <source>Beställ hämtning – %1</source>
        <translation>Order pickup – %1</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="131" />
        <source>Hämtdatum</source>
        <translation>Pickup date</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/dialogs.py" line="132" />
        <source>&amp;Hämtdatum</source>
        <translation>Pickup &amp;date</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="36" />
        <source>Brevlåda</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="37" />
        <source>Visa arbetsordrar i en brevlåda (Alt+B)</source>
        <translation>Show the work orders of one mailbox (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="38" />
        <source>Alla brevlådor</source>
        <translation>All mailboxes</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="45" />
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="48" />
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="52" />
        <source>Arbetsordertyp</source>
        <translation>Work-order type</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="53" />
        <source>Alla typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="59" />
        <source>&amp;Risk för försening</source>
        <translation>At &amp;risk of delay</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="60" />
        <source>Öppna ordrar där en tidsgräns går ut inom en arbetsdag</source>
        <translation>Open orders with a deadline less than one working day away</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="61" />
        <source>&amp;Försenad</source>
        <translation>&amp;Late</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="62" />
        <source>Öppna ordrar där en tidsgräns redan har passerats</source>
        <translation>Open orders past a deadline</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="63" />
        <source>&amp;Medicinsk risk</source>
        <translation>M&amp;edical risk</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="64" />
        <source>Ordrar där en försening kan ge medicinsk risk (P1)</source>
        <translation>Orders where a delay can put the patient at medical risk (P1)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="65" />
        <source>Mi&amp;na</source>
        <translation>Mi&amp;ne</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="66" />
        <source>Ordrar som du har påbörjat</source>
        <translation>Orders you have started</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="70" />
        <source>Sök i kön</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="72" />
        <source>Ordernr, individnr, artikel, beställare eller brukare (Ctrl+F)</source>
        <translation>Order no., individual no., article, orderer or user (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="85" />
        <source>&amp;Brevlåda</source>
        <translation>&amp;Mailbox</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="86" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="86" />
        <source>T&amp;yp</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_filters.py" line="92" />
        <source>Sö&amp;k</source>
        <translation>Sear&amp;ch</translation>
    </message>
</context>
<context>
    <name>QueueFormat</name>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="17" />
        <source>Registrerad</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="18" />
        <source>Påbörjad</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="19" />
        <source>Vilande</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="20" />
        <source>Avslutad</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="21" />
        <source>Makulerad</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="28" />
        <source>Utlånad</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="29" />
        <source>Beställd för hämtning</source>
        <translation>Pickup ordered</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="30" />
        <source>Återlämnad</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="31" />
        <source>Under rekonditionering</source>
        <translation>Being reconditioned</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="32" />
        <source>I lager</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="33" />
        <source>Kasserad</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="34" />
        <source>På verkstaden</source>
        <translation>At the workshop</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="42" />
        <source>tjänsteprodukt</source>
        <translation>service product</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="43" />
        <source>betalarnummer</source>
        <translation>payer number</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="44" />
        <source>konsultationsunderlag</source>
        <translation>consultation basis</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="46" />
        <source>specialanpassningsanvisning</source>
        <translation>special-adaptation instruction</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="53" />
        <source>Ingår i hyran</source>
        <translation>Included in the rent</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="54" />
        <source>Faktureras</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="55" />
        <source>Enligt serviceavtal</source>
        <translation>Per service agreement</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="62" />
        <source>påbörjas</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="63" />
        <source>klart</source>
        <translation>finish</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="64" />
        <source>kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="94" />
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="96" />
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="98" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="100" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="108" />
        <source>%1 kvar</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="110" />
        <source>%1 sent</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="126" />
        <source>Försenad</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="128" />
        <source>Risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="130" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_format.py" line="131" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../hmc_desktop/ui/queue_view.py" line="16" />
        <source>Arbetsordrar</source>
        <translation>Work orders</translation>
    </message>
</context>
<context>
    <name>TechDocTab</name>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="63" />
        <source>Produktfel</source>
        <translation>Product fault</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="64" />
        <source>Använd till fel ändamål</source>
        <translation>Used for the wrong purpose</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="65" />
        <source>Bristande information</source>
        <translation>Lacking information</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="66" />
        <source>Bristande underhåll</source>
        <translation>Lacking maintenance</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="67" />
        <source>Hanteringsfel</source>
        <translation>Handling error</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="67" />
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="74" />
        <source>Arbetsorder</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="77" />
        <source>Ingen arbetsorder vald</source>
        <translation>No work order selected</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="80" />
        <source>Hjälpmedel och beskrivning</source>
        <translation>Device and description</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="85" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="91" />
        <source>A&amp;vvikelseklass:</source>
        <translation>De&amp;viation class:</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="94" />
        <source>Avvikelseklass</source>
        <translation>Deviation class</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="95" />
        <source>(ej klassad)</source>
        <translation>(not classified)</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="115" />
        <source>Dokumentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="117" />
        <source>Dokumentationslogg</source>
        <translation>Documentation log</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="118" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="118" />
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="198" />
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="118" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="119" />
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="119" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="125" />
        <source>Total tid</source>
        <translation>Total time</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="134" />
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="136" />
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="137" />
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="137" />
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="137" />
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="145" />
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="147" />
        <source>Öppna markerad bilaga</source>
        <translation>Open the selected attachment</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="149" />
        <source>Lägg till…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="151" />
        <source>Lägg till bilaga</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="164" />
        <source>Hämtar arbetsorder %1 …</source>
        <translation>Fetching work order %1 …</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="198" />
        <source>Hjälpmedel</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="201" />
        <source>Inget hjälpmedel</source>
        <translation>No device</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="202" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="228" />
        <source>Total tid: %1 h %2 min</source>
        <translation>Total time: %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/tech_doc.py" line="278" />
        <source>Inget program kunde öppna %1</source>
        <translation>No program could open %1</translation>
    </message>
</context>
<context>
    <name>WorkOrderQueueTab</name>
    <message>
        <location filename="../../hmc_desktop/ui/queue_tab.py" line="48" />
        <source>Arbetsordrar</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_tab.py" line="74" />
        <source>Antal arbetsordrar i listan</source>
        <translation>Number of work orders in the list</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_tab.py" line="151" />
        <source>Hämtar arbetsordrar …</source>
        <translation>Fetching work orders …</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_tab.py" line="168" />
        <source>%1 arbetsordrar</source>
        <translation>%1 work orders</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_tab.py" line="194" />
        <source>Kön kunde inte hämtas.</source>
        <translation>The queue could not be fetched.</translation>
    </message>
</context>
<context>
    <name>WorkOrderTableModel</name>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="67" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="67" />
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="67" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="67" />
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="68" />
        <source>Hjälpmedel/artikel</source>
        <translation>Device/article</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="68" />
        <source>Registrerad</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="69" />
        <source>Nästa tidsgräns</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="69" />
        <source>SLA-läge</source>
        <translation>SLA state</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="271" />
        <source>Medicinsk risk</source>
        <translation>Medical risk</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="272" />
        <source>Akut</source>
        <translation>Acute</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="272" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="275" />
        <source>Utan hjälpmedel</source>
        <translation>No device</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="285" />
        <source>Nästa tidsgräns (%1): %2</source>
        <translation>Next deadline (%1): %2</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="290" />
        <source>Tidsgränsen har passerats: %1</source>
        <translation>Deadline passed: %1</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/queue_model.py" line="296" />
        <source>Ofullständig – saknas: %1</source>
        <translation>Incomplete – missing: %1</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="47" />
        <source>Filen %1 kunde inte läsas eller skrivas: %2</source>
        <translation>The file %1 could not be read or written: %2</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="102" />
        <source>%1, tillagd %2 av %3</source>
        <translation>%1, added %2 by %3</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="105" />
        <source>Anmäld i portalen men filen har inte kommit in</source>
        <translation>Announced in the portal, but the file has not arrived</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="108" />
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../hmc_desktop/ui/widgets.py" line="171" />
        <source>Lägg till bilaga</source>
        <translation>Add attachment</translation>
    </message>
</context>
</TS>
