<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AddOrdererDialog</name>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="62" />
        <source>Ny beställare</source>
        <translation>New orderer</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="63" />
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="63" />
        <source>Beställarens namn</source>
        <translation>The orderer's name</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="64" />
        <source>&amp;Enhet</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="64" />
        <source>Beställarens enhet</source>
        <translation>The orderer's unit</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="65" />
        <source>&amp;Betalarnummer</source>
        <translation>&amp;Payer number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="65" />
        <source>Betalarnummer</source>
        <translation>Payer number</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="88" />
        <source>Felaktig inställning</source>
        <translation>Incorrect setting</translation>
    </message>
    <message>
        <location filename="../../app.py" line="95" />
        <location filename="../../app.py" line="109" />
        <source>Kan inte starta</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <location filename="../../app.py" line="104" />
        <source>Databasen går inte att nå</source>
        <translation>The database cannot be reached</translation>
    </message>
    <message>
        <location filename="../../app.py" line="155" />
        <source>Tom databas</source>
        <translation>Empty database</translation>
    </message>
    <message>
        <location filename="../../app.py" line="156" />
        <source>Databasen är tom. Vill du fylla den med demodata (%1 hjälpmedel och %2 arbetsordrar) för att prova programmet?</source>
        <translation>The database is empty. Fill it with demo data (%1 devices and %2 work orders) to try the program?</translation>
    </message>
    <message>
        <location filename="../../app.py" line="162" />
        <source>Skapar demodata …</source>
        <translation>Creating demo data …</translation>
    </message>
    <message>
        <location filename="../../app.py" line="163" />
        <source>Demodata</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../app.py" line="168" />
        <source>beställare</source>
        <translation>orderers</translation>
    </message>
    <message>
        <location filename="../../app.py" line="168" />
        <source>brukare</source>
        <translation>users</translation>
    </message>
    <message>
        <location filename="../../app.py" line="169" />
        <source>hjälpmedel</source>
        <translation>devices</translation>
    </message>
    <message>
        <location filename="../../app.py" line="170" />
        <source>arbetsordrar</source>
        <translation>work orders</translation>
    </message>
    <message>
        <location filename="../../app.py" line="175" />
        <source>Skapar demodata: %1 …</source>
        <translation>Creating demo data: %1 …</translation>
    </message>
</context>
<context>
    <name>ArticleSearch</name>
    <message>
        <location filename="../../ui/common/article_search.py" line="82" />
        <source>Artikelnummer eller namn</source>
        <translation>Article number or name</translation>
    </message>
    <message>
        <location filename="../../ui/common/article_search.py" line="83" />
        <source>Skriv artikelnummer eller en del av namnet, t.ex. "bromsvajer"; pilarna och Enter väljer</source>
        <translation>Type the article number or part of the name, e.g. "brake cable"; the arrows and Enter choose</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../ui/new_order/parts.py" line="183" />
        <source>Konsultationsunderlag</source>
        <translation>Consultation basis</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="185" />
        <source>Specialanpassningsanvisning</source>
        <translation>Special-adaptation instruction</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="186" />
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="191" />
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="192" />
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="192" />
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="193" />
        <source>Typ av bilaga</source>
        <translation>Attachment type</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="201" />
        <source>&amp;Lägg till fil…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="203" />
        <source>Ta &amp;bort</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="205" />
        <source>Lägg till en bilaga</source>
        <translation>Add an attachment</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="206" />
        <source>Ta bort markerad bilaga</source>
        <translation>Remove the selected attachment</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="231" />
        <source>Filen %1 kan inte läsas: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="234" />
        <source>Filen %1 är %2; gränsen är 25 MB.</source>
        <translation>The file %1 is %2; the limit is 25 MB.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="244" />
        <source>Typ av bilaga för %1</source>
        <translation>Attachment type for %1</translation>
    </message>
</context>
<context>
    <name>BillingExportDialog</name>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="44" />
        <source>Exportera faktureringsunderlag</source>
        <translation>Export billing data</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="45" />
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="45" />
        <source>Faktureringsunderlag per månad</source>
        <translation>Billing data per month</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="53" />
        <source>Betalarnummer</source>
        <translation>Payer number</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="54" />
        <source>Tomt = alla betalare</source>
        <translation>Empty = all payers</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="57" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="62" />
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="67" />
        <source>&amp;Betalarnummer</source>
        <translation>&amp;Payer number</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="68" />
        <source>&amp;År</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="69" />
        <source>&amp;Månad</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="70" />
        <source>Avslutade arbetsordrar i månaden: debitering, rapporterad tid, reservdelar och godkända kostnadsförslag. Filen är semikolonseparerad UTF-8.</source>
        <translation>Work orders completed in the month: billing, reported time, spare parts and approved cost proposals. The file is semicolon-separated UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="88" />
        <source>Hämtar underlaget …</source>
        <translation>Fetching the data …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="93" />
        <source>Inga avslutade arbetsordrar %1 för %2.</source>
        <translation>No completed work orders in %1 for %2.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="94" />
        <source>någon betalare</source>
        <translation>any payer</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="105" />
        <source>1 arbetsorder (%2 min) är exporterad till %3.</source>
        <translation>1 work order (%2 min) exported to %3.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="106" />
        <source>%1 arbetsordrar (%2 min) är exporterade till %3.</source>
        <translation>%1 work orders (%2 min) exported to %3.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="109" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="33" />
        <source>Spara faktureringsunderlag</source>
        <translation>Save billing data</translation>
    </message>
    <message>
        <location filename="../../ui/printing/billing_export.py" line="34" />
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="19" />
        <source>Boka snabbservice – %1</source>
        <translation>Book quick service – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="20" />
        <source>&amp;Boka</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="20" />
        <source>Snabbservice %1</source>
        <translation>Quick service %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="25" />
        <source>Kundens namn</source>
        <translation>The customer's name</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="28" />
        <source>Kundens telefonnummer</source>
        <translation>The customer's phone number</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="31" />
        <source>Hjälpmedlets individnummer</source>
        <translation>The device's individual number</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="32" />
        <source>Behövs för att registrera reparationen</source>
        <translation>Needed to register the repair</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="33" />
        <source>Vad är fel</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="35" />
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="36" />
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="37" />
        <source>&amp;Individnummer</source>
        <translation>&amp;Individual number</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="38" />
        <source>&amp;Vad är fel</source>
        <translation>&amp;What is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_quick.py" line="39" />
        <source>Snabbservice gäller främst manuella rullstolar och rollatorer. Kunden kommer till verkstaden på den bokade tiden (30 minuter).</source>
        <translation>Quick service is mainly for manual wheelchairs and rollators. The customer comes to the workshop at the booked time (30 minutes).</translation>
    </message>
</context>
<context>
    <name>CampaignSummary</name>
    <message>
        <location filename="../../ui/recalls/summary.py" line="37" />
        <source>Åtgärdade av berörda</source>
        <translation>Done of affected</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/summary.py" line="41" />
        <source>Berörda, åtgärdade och återstående per plats</source>
        <translation>Affected, done and remaining by place</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/summary.py" line="42" />
        <source>Berörda</source>
        <translation>Affected</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/summary.py" line="42" />
        <source>Åtgärdade</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/summary.py" line="43" />
        <source>Återstår</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/summary.py" line="66" />
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/summary.py" line="76" />
        <source>Visa bara hjälpmedlen här</source>
        <translation>Show only the devices here</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/summary.py" line="81" />
        <source>Ingen återkallelse vald</source>
        <translation>No recall chosen</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/summary.py" line="86" />
        <source>%1 av %2 åtgärdade (%3 %), %4 återstår</source>
        <translation>%1 of %2 done (%3 %), %4 remaining</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="54" />
        <source>Makulera %1</source>
        <translation>Cancel %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="57" />
        <source>Makuleringen kan inte ångras. Beställaren får meddelandet nedan; behövs åtgärden, registreras en ny arbetsorder.</source>
        <translation>Cancelling cannot be undone. The orderer gets the message below; if the work is still needed, a new work order is registered.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="75" />
        <source>Välj eller skriv orsaken</source>
        <translation>Choose or type the reason</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="79" />
        <source>Ä&amp;mne</source>
        <translation>Su&amp;bject</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="80" />
        <source>Meddelande till &amp;beställaren</source>
        <translation>Message to the &amp;orderer</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="72" />
        <source>Orsak till makulering</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="62" />
        <source>Ordern är markerad med medicinsk risk.</source>
        <translation>The order is marked as a medical risk.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="78" />
        <source>&amp;Orsak</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>ComplianceBarChart</name>
    <message>
        <location filename="../../ui/followup/charts.py" line="89" />
        <source>Andel i tid per typ</source>
        <translation>On-time rate per type</translation>
    </message>
    <message>
        <location filename="../../ui/followup/charts.py" line="98" />
        <source>Påbörjade i tid</source>
        <translation>Started on time</translation>
    </message>
    <message>
        <location filename="../../ui/followup/charts.py" line="99" />
        <source>Klara i tid</source>
        <translation>Finished on time</translation>
    </message>
    <message>
        <location filename="../../ui/followup/charts.py" line="109" />
        <source>Arbetsordertyp</source>
        <translation>Work-order type</translation>
    </message>
    <message>
        <location filename="../../ui/followup/charts.py" line="116" />
        <source>Typ %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/charts.py" line="116" />
        <source>påbörjade i tid %1, klara i tid %2</source>
        <translation>started on time %1, finished on time %2</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../ui/followup/tables.py" line="149" />
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="149" />
        <source>Ordrar</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="149" />
        <source>Påbörjade
i tid</source>
        <translation>Started
on time</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="150" />
        <source>Påbörjade
för sent</source>
        <translation>Started
late</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="150" />
        <source>Andel
påbörjade</source>
        <translation>Start
on-time rate</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="151" />
        <source>Klara
i tid</source>
        <translation>Finished
on time</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="151" />
        <source>Klara
för sent</source>
        <translation>Finished
late</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="152" />
        <source>Andel
klara</source>
        <translation>Finish
on-time rate</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="152" />
        <source>Start, dagar
median / P90</source>
        <translation>Start, days
median / P90</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="153" />
        <source>Klar, dagar
median / P90</source>
        <translation>Finish, days
median / P90</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="171" />
        <source>Alla typer</source>
        <translation>All types</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="36" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="37" />
        <source>Medicinsk risk (prioritet)</source>
        <translation>Medical risk (priority)</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="38" />
        <source>Placering</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="39" />
        <source>Tagen av</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="48" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="48" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="60" />
        <source>Någon annan har sparat en ändring</source>
        <translation>Someone else has saved a change</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="70" />
        <source>&amp;Läs in sparad version</source>
        <translation>&amp;Reload the saved version</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="72" />
        <source>&amp;Fortsätt redigera</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="74" />
        <source>&amp;Spara min version ändå</source>
        <translation>&amp;Save my version anyway</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="77" />
        <source>Ersätter den andras ändring med din version. Den andras ändring finns kvar i ändringsloggen.</source>
        <translation>Replaces the other person's change with your version. Their change stays in the change log.</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="98" />
        <source>Din version och den sparade, fält för fält</source>
        <translation>Your version and the saved one, field by field</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="99" />
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="99" />
        <source>Din version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="100" />
        <source>Sparad version</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflict_dialog.py" line="115" />
        <source>Skiljer sig</source>
        <translation>Differs</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../ui/shell/connection.py" line="102" />
        <source>Förbindelse med databasen</source>
        <translation>Connection to the database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/connection.py" line="113" />
        <source>Databasen går inte att nå. Det som visas kan vara inaktuellt och ändringar kan inte sparas just nu; det du har skrivit finns kvar. Programmet försöker ansluta igen av sig självt.</source>
        <translation>The database cannot be reached. What is shown may be out of date and changes cannot be saved right now; what you have typed is kept. The program tries to reconnect by itself.</translation>
    </message>
</context>
<context>
    <name>CostAnswerDialog</name>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="67" />
        <source>Svar på kostnadsförslag – %1</source>
        <translation>Answer to cost proposal – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="68" />
        <source>&amp;Godkänt</source>
        <translation>&amp;Approved</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="69" />
        <source>Beställarens svar på kostnadsförslaget för %1</source>
        <translation>The orderer's answer to the cost proposal for %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="77" />
        <source>%1 för: %2</source>
        <translation>%1 for: %2</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="81" />
        <source>Kostnadsförslagets belopp</source>
        <translation>Amount of the cost proposal</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="84" />
        <source>Förslaget</source>
        <translation>The proposal</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="87" />
        <source>Vem som svarade</source>
        <translation>Who answered</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="88" />
        <source>&amp;Svar från</source>
        <translation>Answer &amp;from</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="89" />
        <source>Godkänt: arbetet återupptas (tillverkning). Avböjt: ordern makuleras och beställaren får ett meddelande.</source>
        <translation>Approved: the work resumes (manufacturing). Declined: the order is cancelled and the orderer gets a message.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="91" />
        <source>Beställaren har godkänt förslaget</source>
        <translation>The orderer has approved the proposal</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="92" />
        <source>&amp;Avböjt</source>
        <translation>&amp;Declined</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="94" />
        <source>Avböjt</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="95" />
        <source>Beställaren har avböjt förslaget</source>
        <translation>The orderer has declined the proposal</translation>
    </message>
</context>
<context>
    <name>CostProposalDialog</name>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="37" />
        <source>Kostnadsförslag – %1</source>
        <translation>Cost proposal – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="38" />
        <source>&amp;Skicka förslaget</source>
        <translation>&amp;Send the proposal</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="39" />
        <source>Kostnadsförslag för %1</source>
        <translation>Cost proposal for %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="44" />
        <source>Belopp i kronor</source>
        <translation>Amount in kronor</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="48" />
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="49" />
        <source>Vad förslaget omfattar</source>
        <translation>What the proposal covers</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="51" />
        <source>&amp;Belopp</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="52" />
        <source>&amp;Omfattning</source>
        <translation>Sc&amp;ope</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="53" />
        <source>Ordern blir vilande tills beställaren har svarat. Förslaget läggs i beställarens utkorg.</source>
        <translation>The order is on hold until the orderer has answered. The proposal is placed in the orderer's outbox.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/shell/crash.py" line="55" />
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
        <location filename="../../ui/shell/crash.py" line="63" />
        <source>Oväntat fel</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/shell/crash.py" line="65" />
        <source>Öppna loggmappen</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/crash.py" line="67" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DelayMessageDialog</name>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="120" />
        <source>Meddela försening – %1</source>
        <translation>Notify of delay – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="125" />
        <source>Ny beräknad klardag</source>
        <translation>New expected completion date</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="130" />
        <source>Välj datum</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="133" />
        <source>Beställaren får veta vilken tidsgräns som inte hålls och när arbetet beräknas vara klart.</source>
        <translation>The orderer is told which deadline will not be met and when the work is expected to be done.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="137" />
        <source>&amp;Ny beräknad klardag</source>
        <translation>&amp;New expected completion date</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="138" />
        <source>Ä&amp;mne</source>
        <translation>Su&amp;bject</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="139" />
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
</context>
<context>
    <name>DeviceCardTab</name>
    <message>
        <location filename="../../ui/device/card.py" line="60" />
        <source>&amp;Individnummer</source>
        <translation>&amp;Individual number</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="63" />
        <source>Individnummer att visa</source>
        <translation>Individual number to show</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="64" />
        <source>Skanna eller skriv ett individnummer</source>
        <translation>Scan or type an individual number</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="70" />
        <source>Skanna eller skriv individnummer eller brukarens namn</source>
        <translation>Scan or type an individual number or the user's name</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="78" />
        <source>Visa</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="80" />
        <source>Visa hjälpmedlet</source>
        <translation>Show the device</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="88" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="91" />
        <source>Varning om livslängd</source>
        <translation>Lifetime warning</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="93" />
        <location filename="../../ui/device/card.py" line="154" />
        <source>Besiktning</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="98" />
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="111" />
        <location filename="../../ui/device/card.py" line="195" />
        <source>Öppna arbetsorder</source>
        <translation>Open work order</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="113" />
        <source>Öppna markerad arbetsorder</source>
        <translation>Open the selected work order</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="115" />
        <source>Teknisk dokumentation (Ctrl+D)</source>
        <translation>Technical documentation (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="117" />
        <source>Teknisk dokumentation för markerad arbetsorder</source>
        <translation>Technical documentation of the selected work order</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="131" />
        <source>Fakta om hjälpmedlet</source>
        <translation>Facts about the device</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="135" />
        <source>Hjälpmedel</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="149" />
        <source>Individnummer</source>
        <translation>Individual number</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="150" />
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="151" />
        <source>Produktgrupp</source>
        <translation>Product group</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="152" />
        <source>Digitalt hjälpmedel</source>
        <translation>Digital aid</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="153" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="155" />
        <source>Nästa besiktning</source>
        <translation>Next inspection</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="156" />
        <source>Innehavare</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="157" />
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="158" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="159" />
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="160" />
        <source>Placering</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="161" />
        <source>Leveransdatum</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="162" />
        <source>Förväntad livslängd</source>
        <translation>Expected lifetime</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="176" />
        <source>Hjälpmedlets historik, nyast först</source>
        <translation>The device's history, newest first</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="197" />
        <source>Teknisk dokumentation</source>
        <translation>Technical documentation</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="214" />
        <source>Hämtar hjälpmedel %1 …</source>
        <translation>Fetching device %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="262" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="262" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="265" />
        <source>Ingen innehavare</source>
        <translation>No holder</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="274" />
        <source>%1 år (till %2)</source>
        <translation>%1 years (until %2)</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="284" />
        <source>Besiktningen är försenad: den skulle ha gjorts senast %1.</source>
        <translation>The inspection is overdue: it was due by %1.</translation>
    </message>
    <message>
        <location filename="../../ui/device/card.py" line="290" />
        <source>Passerat förväntad livslängd – bedöm kassation</source>
        <translation>Past its expected lifetime – consider scrapping</translation>
    </message>
</context>
<context>
    <name>DeviceField</name>
    <message>
        <location filename="../../ui/new_order/device.py" line="29" />
        <source>Individnummer</source>
        <translation>Individual number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/device.py" line="30" />
        <source>Skanna eller skriv – tomt för konsultation utan hjälpmedel</source>
        <translation>Scan or type – leave empty for a consultation without a device</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/device.py" line="33" />
        <source>Re&amp;gistrera hjälpmedel…</source>
        <translation>Re&amp;gister device…</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/device.py" line="35" />
        <source>Registrera hjälpmedlet med detta nummer</source>
        <translation>Register the device with this number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/device.py" line="40" />
        <source>Hjälpmedlet</source>
        <translation>The device</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/device.py" line="44" />
        <source>&amp;Individnummer</source>
        <translation>&amp;Individual number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/device.py" line="77" />
        <source>Okänt individnummer – rätta numret eller registrera hjälpmedlet.</source>
        <translation>Unknown individual number – correct the number or register the device.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/device.py" line="82" />
        <source>Skanna streckkoden eller skriv individnumret och tryck Enter.</source>
        <translation>Scan the barcode or type the individual number and press Enter.</translation>
    </message>
</context>
<context>
    <name>DeviceFlowBar</name>
    <message>
        <location filename="../../ui/orders/flow_device.py" line="39" />
        <location filename="../../ui/orders/flow_device.py" line="86" />
        <source>Starta &amp;rekonditionering…</source>
        <translation>Start re&amp;conditioning…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_device.py" line="40" />
        <source>Starta eller fortsätt rekonditioneringen av hjälpmedlet</source>
        <translation>Start or continue the reconditioning of the device</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_device.py" line="42" />
        <source>Skriv ut rekond&amp;protokoll</source>
        <translation>Print recon &amp;record</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_device.py" line="43" />
        <source>Det senaste rekonditioneringsprotokollet (även Ctrl+P)</source>
        <translation>The latest reconditioning record (also Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_device.py" line="45" />
        <source>Skriv ut &amp;igen</source>
        <translation>Print &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_device.py" line="46" />
        <source>Skriv ut det markerade dokumentet igen, exakt som förut</source>
        <translation>Print the selected document again, exactly as before</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_device.py" line="85" />
        <source>Fortsätt &amp;rekonditionering…</source>
        <translation>Continue re&amp;conditioning…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_device.py" line="125" />
        <source>Rekonditioneringsprotokoll %1</source>
        <translation>Reconditioning record %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_device.py" line="138" />
        <source>%1 (utskrift igen)</source>
        <translation>%1 (reprint)</translation>
    </message>
</context>
<context>
    <name>DeviceHistoryModel</name>
    <message>
        <location filename="../../ui/device/history_model.py" line="24" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="24" />
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="24" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="25" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="25" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="27" />
        <source>Arbetsorder</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="28" />
        <source>Statusändring</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="29" />
        <source>Byte av innehavare</source>
        <translation>Change of holder</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="30" />
        <source>Ny placering</source>
        <translation>New location</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="31" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="32" />
        <source>Hämtorder</source>
        <translation>Pickup order</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="33" />
        <source>Rekonditionering</source>
        <translation>Reconditioning</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="34" />
        <source>Leverans</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="35" />
        <source>Besiktning</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/device/history_model.py" line="36" />
        <source>Återkallelse</source>
        <translation>Recall</translation>
    </message>
</context>
<context>
    <name>DeviceInspection</name>
    <message>
        <location filename="../../ui/device/inspection.py" line="25" />
        <source>besiktigas inte</source>
        <translation>not inspected</translation>
    </message>
    <message>
        <location filename="../../ui/device/inspection.py" line="27" />
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/device/inspection.py" line="28" />
        <source>var %1:e månad, senast %2</source>
        <translation>every %1 months, last %2</translation>
    </message>
    <message>
        <location filename="../../ui/device/inspection.py" line="32" />
        <source>%1 – försenad</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <location filename="../../ui/device/inspection.py" line="34" />
        <source> (besök bokat %1)</source>
        <translation> (visit booked %1)</translation>
    </message>
</context>
<context>
    <name>DeviceInspectionBar</name>
    <message>
        <location filename="../../ui/device/inspection.py" line="55" />
        <source>&amp;Besiktiga…</source>
        <translation>I&amp;nspect…</translation>
    </message>
    <message>
        <location filename="../../ui/device/inspection.py" line="56" />
        <source>Registrera en besiktning av hjälpmedlet</source>
        <translation>Record an inspection of the device</translation>
    </message>
    <message>
        <location filename="../../ui/device/inspection.py" line="58" />
        <source>Skriv ut besik&amp;tningsprotokoll</source>
        <translation>Print inspec&amp;tion protocol</translation>
    </message>
    <message>
        <location filename="../../ui/device/inspection.py" line="59" />
        <source>Det senaste besiktningsprotokollet</source>
        <translation>The latest inspection protocol</translation>
    </message>
    <message>
        <location filename="../../ui/device/inspection.py" line="107" />
        <source>Besiktningsprotokoll %1</source>
        <translation>Inspection protocol %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="127" />
        <source>Avsluta arbetsorder %1? Beställaren får ett meddelande om att den är utförd.</source>
        <translation>Complete work order %1? The orderer gets a message that it is done.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="129" />
        <source>Avsluta arbetsorder</source>
        <translation>Complete work order</translation>
    </message>
</context>
<context>
    <name>DocEntryForm</name>
    <message>
        <location filename="../../ui/common/widgets.py" line="204" />
        <source>Ny post</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="206" />
        <source>Felsökningssteg</source>
        <translation>Troubleshooting step</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="206" />
        <source>Iakttagelse</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="207" />
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="207" />
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="210" />
        <source>Typ av post</source>
        <translation>Kind of entry</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="215" />
        <source>Tidsåtgång i minuter</source>
        <translation>Time spent in minutes</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="218" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="221" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="222" />
        <source>Vad gjordes, vad såg du, vad blev resultatet?</source>
        <translation>What was done, what did you see, what was the result?</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="225" />
        <source>Spara post (Ctrl+Retur)</source>
        <translation>Save entry (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="227" />
        <location filename="../../ui/common/widgets.py" line="246" />
        <source>Spara posten</source>
        <translation>Save the entry</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="229" />
        <source>T&amp;yp:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="229" />
        <source>T&amp;id:</source>
        <translation>T&amp;ime:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="37" />
        <source>Databasen går inte att nå just nu. Försök igen om en stund; kvarstår felet, kontakta IT-supporten.</source>
        <translation>The database cannot be reached right now. Try again in a moment; if the problem remains, contact IT support.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="40" />
        <source>Disken är full: %1 kunde inte skrivas. Ingenting lämnades halvskrivet; frigör utrymme och försök igen.</source>
        <translation>The disk is full: %1 could not be written. Nothing was left half-written; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="43" />
        <source>Ett oväntat fel inträffade (%1). Detaljer finns i loggfilen i %2.</source>
        <translation>An unexpected error occurred (%1). Details are in the log file in %2.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="66" />
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="68" />
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="285" />
        <source>Byt ut</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="285" />
        <source>&amp;Lämna ut ersättningen</source>
        <translation>&amp;Hand out the replacement</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="286" />
        <source>Arbetsorder %1: ersättningshjälpmedel till brukaren</source>
        <translation>Work order %1: replacement device for the user</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="292" />
        <source>Ersättningens individnummer</source>
        <translation>Individual number of the replacement</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="293" />
        <source>Tomt: första likvärdiga i lager</source>
        <translation>Empty: the first equivalent in stock</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="294" />
        <source>&amp;Ersättning</source>
        <translation>&amp;Replacement</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="296" />
        <source>Ett spärrat hjälpmedel lämnas inte ut. Det återkallade hämtas enligt hämtordern och spärras när det kommer tillbaka.</source>
        <translation>A blocked device is never handed out. The recalled device is fetched by its pickup order and blocked when it comes back.</translation>
    </message>
</context>
<context>
    <name>FlowActions</name>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="66" />
        <source>Skriv ut &amp;hämtorder…</source>
        <translation>Print pic&amp;kup order…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="67" />
        <source>Hämtorder för hjälpmedlet, A4 eller etikett (även Ctrl+P)</source>
        <translation>Pickup order for the device, A4 or label (also Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="70" />
        <source>&amp;Support…</source>
        <translation>Supp&amp;ort…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="71" />
        <source>Felsökning och utfall för en SDH-order</source>
        <translation>Troubleshooting and outcome for an SDH order</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="72" />
        <source>&amp;Reservdelar och leverans…</source>
        <translation>Spar&amp;e parts and delivery…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="73" />
        <source>Skicka reservdelar, hela eller delleverans</source>
        <translation>Send spare parts, in full or as a partial delivery</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="75" />
        <source>&amp;Kostnadsförslag…</source>
        <translation>Cost proposa&amp;l…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="78" />
        <source>Svar på kostnads&amp;förslag…</source>
        <translation>Cost proposal ans&amp;wer…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="79" />
        <source>Beställaren har godkänt eller avböjt</source>
        <translation>The orderer has approved or declined</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="81" />
        <source>Beställd &amp;av…</source>
        <translation>Ordered &amp;by…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="76" />
        <source>Prissätt specialanpassningen; ordern väntar på svar</source>
        <translation>Price the special adaptation; the order waits for an answer</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="82" />
        <source>Vem beställde den akuta ordern</source>
        <translation>Who ordered the acute order</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="83" />
        <source>Rapportera &amp;tid…</source>
        <translation>Report t&amp;ime…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="84" />
        <source>Rapportera arbetstid på ordern</source>
        <translation>Report working time on the order</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="141" />
        <source>Felsökningen av %1 är dokumenterad.</source>
        <translation>The troubleshooting of %1 is documented.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="149" />
        <source>%1 är löst på distans och avslutad; beställaren får ett meddelande.</source>
        <translation>%1 is solved remotely and completed; the orderer gets a message.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="153" />
        <source>Reservdelar för %1: %2. Skicka dem med Reservdelar och leverans (Ctrl+Shift+R).</source>
        <translation>Spare parts for %1: %2. Send them with Spare parts and delivery (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="155" />
        <source>Ersättningshjälpmedel %2 är lämnat till brukaren; %3 hämtas %4. %1 är avslutad.</source>
        <translation>Replacement device %2 is handed to the user; %3 is picked up on %4. %1 is completed.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="168" />
        <source>Leverans %2 av reservdelar för %1 är registrerad.</source>
        <translation>Delivery %2 of spare parts for %1 is registered.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="171" />
        <source>Ordern är avslutad.</source>
        <translation>The order is completed.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="180" />
        <source>Kostnadsförslag på %2 för %1 är skickat; ordern väntar på svar.</source>
        <translation>A cost proposal of %2 for %1 is sent; the order waits for an answer.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="193" />
        <source>Kostnadsförslaget för %1 på %3 är godkänt av %2; arbetet återupptas.</source>
        <translation>The cost proposal of %3 for %1 is approved by %2; the work resumes.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="195" />
        <source>Kostnadsförslaget för %1 är avböjt av %2; ordern är makulerad.</source>
        <translation>The cost proposal for %1 is declined by %2; the order is cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="206" />
        <source>Beställare av %1: %2.</source>
        <translation>Orderer of %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="208" />
        <source>Undantaget för medicinsk behandling i hemmet är noterat.</source>
        <translation>The exception for medical treatment at home is noted.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="216" />
        <source>%2 min rapporterade på %1 (%3).</source>
        <translation>%2 min reported on %1 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="235" />
        <source>Hämtorder %1</source>
        <translation>Pickup order %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_actions.py" line="238" />
        <source>Hämtordern för %1 är skapad och noterad i hjälpmedlets historik.</source>
        <translation>The pickup order for %1 is created and noted in the device's history.</translation>
    </message>
</context>
<context>
    <name>FlowDialog</name>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="114" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="121" />
        <location filename="../../ui/orders/flow_forms.py" line="122" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="164" />
        <source>Sparar …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>FollowUpStrip</name>
    <message>
        <location filename="../../ui/queue/strip.py" line="39" />
        <source>Dagens uppföljning per brevlåda</source>
        <translation>Today's follow-up per mailbox</translation>
    </message>
    <message>
        <location filename="../../ui/queue/strip.py" line="50" />
        <source>&lt;b&gt;Dagens uppföljning&lt;/b&gt;&lt;br&gt;öppna · risk · sena</source>
        <translation>&lt;b&gt;Today's follow-up&lt;/b&gt;&lt;br&gt;open · at risk · late</translation>
    </message>
    <message>
        <location filename="../../ui/queue/strip.py" line="51" />
        <source>Dagens uppföljning: öppna, risk för försening, sena</source>
        <translation>Today's follow-up: open, at risk of delay, late</translation>
    </message>
    <message>
        <location filename="../../ui/queue/strip.py" line="107" />
        <source>Alla brevlådor</source>
        <translation>All mailboxes</translation>
    </message>
    <message>
        <location filename="../../ui/queue/strip.py" line="119" />
        <source>klicka för att visa dem i kön</source>
        <translation>click to show them in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue/strip.py" line="131" />
        <source>öppna ordrar</source>
        <translation>open orders</translation>
    </message>
    <message>
        <location filename="../../ui/queue/strip.py" line="132" />
        <source>ordrar med risk för försening</source>
        <translation>orders at risk of delay</translation>
    </message>
    <message>
        <location filename="../../ui/queue/strip.py" line="133" />
        <source>försenade ordrar</source>
        <translation>late orders</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../ui/followup/view.py" line="89" />
        <location filename="../../ui/followup/view.py" line="106" />
        <source>Uppföljning</source>
        <extracomment>``(parent, caption, suggested file name, filter) -&gt; chosen path or None``; tests inject one.</extracomment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="110" />
        <source>Tidpunkt för siffrorna</source>
        <translation>Time of the figures</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="113" />
        <source>Beräknar</source>
        <translation>Calculating</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="118" />
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="119" />
        <source>Hämta siffrorna på nytt</source>
        <translation>Fetch the figures again</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="127" />
        <location filename="../../ui/followup/view.py" line="144" />
        <source>Dagens läge per brevlåda</source>
        <translation>Today's state per mailbox</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="130" />
        <source>Andel i tid och ledtid per typ</source>
        <translation>On-time rate and lead time per type</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="140" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="142" />
        <source>Andel i tid per månad, alla typer</source>
        <translation>On-time rate per month, all types</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="143" />
        <source>Ledtider per typ</source>
        <translation>Lead times per type</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="151" />
        <source>Besiktningar per produktgrupp</source>
        <translation>Inspections per product group</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="155" />
        <source>Andel i tid per typ</source>
        <translation>On-time rate per type</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="156" />
        <source>Andel i tid</source>
        <translation>Share in time</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="157" />
        <source>Besiktningar</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="203" />
        <source>läget per %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="255" />
        <source>Besiktningar som skulle göras %1 – %2</source>
        <translation>Inspections due %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="258" />
        <source>Ledtider per typ, registrerade %1 – %2</source>
        <translation>Lead times per type, registered %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="263" />
        <source>Andel i tid per månad, alla typer, %1 – %2</source>
        <translation>On-time rate per month, all types, %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="270" />
        <source>Spara ledtidsrapporten som PDF</source>
        <translation>Save the lead-time report as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="271" />
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="279" />
        <source>Spara antalen som CSV</source>
        <translation>Save the counts as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="280" />
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/view.py" line="294" />
        <source>Sparade %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="42" />
        <source>Sätt %1 som vilande</source>
        <translation>Put %1 on hold</translation>
    </message>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="46" />
        <source>Orsak till vilande</source>
        <translation>Reason for putting on hold</translation>
    </message>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="47" />
        <source>&amp;Orsak</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>InspectionActions</name>
    <message>
        <location filename="../../ui/inspections/actions.py" line="39" />
        <source>&amp;Besiktiga…</source>
        <translation>I&amp;nspect…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="40" />
        <source>Registrera besiktningen av markerat hjälpmedel</source>
        <translation>Record the inspection of the marked device</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="43" />
        <source>Boka be&amp;sök…</source>
        <translation>Boo&amp;k visit…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="44" />
        <source>Boka besök hos brukaren för markerat hjälpmedel</source>
        <translation>Book a visit at the user's for the marked device</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="46" />
        <source>Boka &amp;rutt…</source>
        <translation>Book &amp;route…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="47" />
        <source>Boka markerade hjälpmedel i ett postnummerområde samma dag</source>
        <translation>Book the marked devices of one postal area on one day</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="49" />
        <source>Skriv ut &amp;aviseringar…</source>
        <translation>Print no&amp;tices…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="50" />
        <source>Aviseringsbrev till brukarna, ett per sida</source>
        <translation>Notice letters to the users, one a page</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="52" />
        <source>Medd&amp;ela beställare</source>
        <translation>Tell &amp;orderers</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="53" />
        <source>Lägg ett meddelande om besöket i beställarens utkorg</source>
        <translation>Queue a message about the visit in the orderer's outbox</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="56" />
        <source>Öppna &amp;individkort</source>
        <translation>Open de&amp;vice card</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="57" />
        <source>Visa hjälpmedlets individkort</source>
        <translation>Show the device's card</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="92" />
        <source>Bara tekniker, supportteamet och administratörer besiktigar.</source>
        <translation>Only technicians, the support team and administrators inspect.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="143" />
        <source>%1 besök bokade.</source>
        <translation>%1 visits booked.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="157" />
        <source>Inga bokade besök att avisera. Boka besök först.</source>
        <translation>No booked visits to give notice of. Book visits first.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="162" />
        <source>Aviseringar om besiktning</source>
        <translation>Inspection notices</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/actions.py" line="179" />
        <source>%1 meddelanden lagda i utkorgen till beställarna.</source>
        <translation>%1 messages queued in the outbox to the orderers.</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="46" />
        <source>Besiktning – %1</source>
        <translation>Inspection – %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="47" />
        <source>&amp;Spara besiktning</source>
        <translation>&amp;Save inspection</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="61" />
        <source>Förfallodag</source>
        <translation>Due day</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="64" />
        <source>Kontrollpunkter</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="70" />
        <source>Besiktningsdatum</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="78" />
        <source>Anmärkning till besiktningen</source>
        <translation>Remark on the inspection</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="82" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="83" />
        <source>A&amp;nmärkning:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="84" />
        <source>Tekniker:</source>
        <translation>Technician:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="87" />
        <source>Skriv ut &amp;protokoll…</source>
        <translation>Print &amp;protocol…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="88" />
        <source>Öppna &amp;arbetsorder</source>
        <translation>Open &amp;work order</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="90" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="110" />
        <source>%1 · %2 · intervall %3 mån · senast besiktad %4</source>
        <translation>%1 · %2 · interval %3 months · last inspected %4</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="113" />
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="116" />
        <source>Försenad: skulle ha besiktigats senast %1.</source>
        <translation>Overdue: it was due for inspection by %1.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="117" />
        <source>Ska besiktigas senast %1.</source>
        <translation>Due for inspection by %1.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="119" />
        <source>Kontrollpunkt</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="119" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="119" />
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="125" />
        <source>Resultat för %1</source>
        <translation>Result for %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="126" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="126" />
        <source>Ej OK</source>
        <translation>Not OK</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="127" />
        <source>Åtgärdat</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="131" />
        <source>Anmärkning för %1</source>
        <translation>Remark on %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="142" />
        <source>Alla &amp;OK</source>
        <translation>All &amp;OK</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="144" />
        <source>Markera alla kontrollpunkter som OK</source>
        <translation>Mark every check OK</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="176" />
        <source>Sparad: ej godkänd. Avhjälpande arbetsorder %1 är skapad. Nästa besiktning senast %2.</source>
        <translation>Saved: not passed. Corrective work order %1 has been created. Next inspection by %2.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="181" />
        <source>Sparad: godkänd. Nästa besiktning senast %1.</source>
        <translation>Saved: passed. Next inspection by %1.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/dialog.py" line="196" />
        <source>Besiktningsprotokoll %1</source>
        <translation>Inspection protocol %1</translation>
    </message>
</context>
<context>
    <name>InspectionDueModel</name>
    <message>
        <location filename="../../ui/inspections/model.py" line="54" />
        <source>Förfaller</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="54" />
        <source>Avisera senast</source>
        <translation>Notify by</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="54" />
        <source>Läge</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="55" />
        <source>Individnr</source>
        <translation>Individual no.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="55" />
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="55" />
        <source>Produktgrupp</source>
        <translation>Product group</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="56" />
        <source>Brukare</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="56" />
        <source>Postnr och ort</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="56" />
        <source>Senast besiktad</source>
        <translation>Last inspected</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="129" />
        <source>På HMC – spärrad</source>
        <translation>At the centre – blocked</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="129" />
        <source>På HMC</source>
        <translation>At the centre</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="131" />
        <source>Aviserad (brev)</source>
        <translation>Notified (letter)</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="133" />
        <source>Aviserad (beställare)</source>
        <translation>Notified (orderer)</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="135" />
        <source>Bokad, ej aviserad</source>
        <translation>Booked, not notified</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="137" />
        <source>Avisering sen</source>
        <translation>Notice late</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="139" />
        <source>Ej bokad</source>
        <translation>Not booked</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="141" />
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="162" />
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/model.py" line="181" />
        <source>Sista dag att skicka aviseringen: 10 arbetsdagar före förfallodagen</source>
        <translation>Last day to send the notice: 10 working days before the due day</translation>
    </message>
</context>
<context>
    <name>InspectionFiguresModel</name>
    <message>
        <location filename="../../ui/followup/inspections.py" line="21" />
        <source>Produktgrupp</source>
        <translation>Product group</translation>
    </message>
    <message>
        <location filename="../../ui/followup/inspections.py" line="21" />
        <source>Skulle
besiktigas</source>
        <translation>Due for
inspection</translation>
    </message>
    <message>
        <location filename="../../ui/followup/inspections.py" line="22" />
        <source>I tid</source>
        <translation>In time</translation>
    </message>
    <message>
        <location filename="../../ui/followup/inspections.py" line="22" />
        <source>För sent</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/followup/inspections.py" line="22" />
        <source>Försenade</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/followup/inspections.py" line="23" />
        <source>Ej
förfallna</source>
        <translation>Not yet
due</translation>
    </message>
    <message>
        <location filename="../../ui/followup/inspections.py" line="23" />
        <source>Andel
i tid</source>
        <translation>Share
in time</translation>
    </message>
    <message>
        <location filename="../../ui/followup/inspections.py" line="39" />
        <source>Alla produktgrupper</source>
        <translation>All product groups</translation>
    </message>
    <message>
        <location filename="../../ui/followup/inspections.py" line="40" />
        <source>(ingen produktgrupp)</source>
        <translation>(no product group)</translation>
    </message>
</context>
<context>
    <name>InspectionFiguresTable</name>
    <message>
        <location filename="../../ui/followup/inspections.py" line="61" />
        <source>Besiktningar per produktgrupp</source>
        <translation>Inspections per product group</translation>
    </message>
</context>
<context>
    <name>InspectionPlansDialog</name>
    <message>
        <location filename="../../ui/inspections/plans.py" line="41" />
        <location filename="../../ui/inspections/plans.py" line="42" />
        <location filename="../../ui/inspections/plans.py" line="46" />
        <source>Besiktningsplaner</source>
        <translation>Inspection plans</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="47" />
        <source>Gäller</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="47" />
        <source>Intervall</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="47" />
        <source>Kontrollpunkter</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="48" />
        <source>Hjälpmedel</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="52" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="58" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="62" />
        <source>En artikels egen plan gäller före produktgruppens; det den saknar (intervall eller kontrollpunkter) tas från gruppen. Intervall 0: besiktigas inte.</source>
        <translation>An article's own plan applies before its product group's; what it lacks (interval or checklist) comes from the group. Interval 0: not inspected.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="73" />
        <source>Vald plan</source>
        <translation>Selected plan</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="79" />
        <source>Intervall i månader</source>
        <translation>Interval in months</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="81" />
        <source>från produktgruppen</source>
        <translation>from the product group</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="82" />
        <source> mån</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="85" />
        <source>Kontrollpunkter, en per rad</source>
        <translation>Checklist, one check a line</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="87" />
        <source>&amp;Spara plan</source>
        <translation>&amp;Save plan</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="88" />
        <source>&amp;Ta bort plan</source>
        <translation>&amp;Remove plan</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="89" />
        <source>Gäller:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="90" />
        <source>&amp;Intervall:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="91" />
        <source>&amp;Kontrollpunkter
(en per rad):</source>
        <translation>&amp;Checklist
(one per line):</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="101" />
        <source>Produktgrupp för ny plan</source>
        <translation>Product group of the new plan</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="105" />
        <source>Artikelnummer för ny plan</source>
        <translation>Article number of the new plan</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="106" />
        <source>Artikelnummer</source>
        <translation>Article number</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="109" />
        <source>Ny plan för &amp;produktgrupp:</source>
        <translation>New plan for product &amp;group:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="110" />
        <location filename="../../ui/inspections/plans.py" line="112" />
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="111" />
        <source>för &amp;artikel:</source>
        <translation>for &amp;article:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="142" />
        <source>Artikel %1 %2</source>
        <translation>Article %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="144" />
        <source>besiktigas inte</source>
        <translation>not inspected</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="146" />
        <source>%1 mån</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="147" />
        <source>från gruppen</source>
        <translation>from the group</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="186" />
        <source>Planen är sparad.</source>
        <translation>The plan has been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="192" />
        <source>Planen är borttagen.</source>
        <translation>The plan has been removed.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="199" />
        <location filename="../../ui/inspections/plans.py" line="206" />
        <source>Planen är skapad: välj intervall och kontrollpunkter.</source>
        <translation>The plan has been created: choose its interval and checklist.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/plans.py" line="214" />
        <source>Sparar …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <location filename="../../ui/inspections/tab.py" line="57" />
        <location filename="../../ui/inspections/tab.py" line="77" />
        <source>Besiktning</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="81" />
        <source>Skanna hjälpmedel att besiktiga</source>
        <translation>Scan a device to inspect</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="82" />
        <source>Skanna eller skriv individnummer – Enter besiktigar</source>
        <translation>Scan or type an individual number – Enter inspects</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="89" />
        <source>Skanna för besi&amp;ktning:</source>
        <translation>Scan to &amp;inspect:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="94" />
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="105" />
        <source>Produktgrupp</source>
        <translation>Product group</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="106" />
        <location filename="../../ui/inspections/tab.py" line="202" />
        <source>Alla produktgrupper</source>
        <translation>All product groups</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="109" />
        <source>Postnummerområde</source>
        <translation>Postal area</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="110" />
        <source>t.ex. 411</source>
        <translation>e.g. 411</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="114" />
        <source>Läge</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="115" />
        <source>Alla lägen</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="115" />
        <source>Försenade</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="116" />
        <source>Ej bokade</source>
        <translation>Not booked</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="117" />
        <source>Bokade, ej aviserade</source>
        <translation>Booked, not notified</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="118" />
        <source>Aviserade</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="118" />
        <source>På HMC</source>
        <translation>At the centre</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="121" />
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="121" />
        <source>Produkt&amp;grupp:</source>
        <translation>Product &amp;group:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="122" />
        <source>&amp;Postnr:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="122" />
        <source>&amp;Läge:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="134" />
        <source>Hjälpmedel att besiktiga, försenade först</source>
        <translation>Devices to inspect, overdue first</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="150" />
        <source>Förlopp för aviseringarna</source>
        <translation>Progress of the notices</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="152" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="172" />
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="172" />
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="172" />
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="172" />
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="173" />
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="173" />
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="173" />
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="173" />
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="174" />
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="174" />
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="174" />
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="175" />
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="189" />
        <source>Hämtar …</source>
        <translation>Fetching …</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/tab.py" line="208" />
        <source>%1 hjälpmedel</source>
        <translation>%1 devices</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="81" />
        <source>Hjälpmedelscentralens arbetsstation</source>
        <translation>Assistive-devices centre workstation</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="96" />
        <source>Flikar</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="97" />
        <source>Arbetsordrar</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="99" />
        <source>Individkort</source>
        <translation>Device card</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="101" />
        <source>Teknisk dokumentation</source>
        <translation>Technical documentation</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="179" />
        <source>Programmet är öppnat i läsläge.</source>
        <translation>The program is open in read-only mode.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="182" />
        <source>Läsläge</source>
        <translation>Read-only mode</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="189" />
        <source>&amp;Skanna eller skriv nummer:</source>
        <translation>&amp;Scan or type a number:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="192" />
        <source>Streckkod, individnummer eller ordernummer</source>
        <translation>Barcode, individual number or order number</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="194" />
        <source>Individnummer eller ordernummer – Enter öppnar (Ctrl+L, F6)</source>
        <translation>Individual number or order number – Enter opens (Ctrl+L, F6)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="195" />
        <source>Skanna streckkoden eller skriv numret och tryck Enter</source>
        <translation>Scan the barcode or type the number and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="217" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="340" />
        <source>Byt språk till engelska</source>
        <translation>Switch language to English</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="341" />
        <source>Byt språk till svenska</source>
        <translation>Switch language to Swedish</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="222" />
        <source>Avsluta &amp;programmet</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="79" />
        <source>Arbetsstation för hjälpmedelscentralen</source>
        <translation>Workstation of the assistive-devices centre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="223" />
        <source>Arbets&amp;order</source>
        <translation>Work &amp;order</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="230" />
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="231" />
        <source>&amp;Arbetsordrar</source>
        <translation>&amp;Work orders</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="231" />
        <source>&amp;Individkort</source>
        <translation>&amp;Device card</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="232" />
        <source>&amp;Teknisk dokumentation</source>
        <translation>&amp;Technical documentation</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="236" />
        <source>&amp;Skanna eller skriv nummer</source>
        <translation>&amp;Scan or type a number</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="238" />
        <source>&amp;Sök i kön</source>
        <translation>S&amp;earch the queue</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="239" />
        <source>&amp;Rensa filter</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="241" />
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="242" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="243" />
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="245" />
        <source>&amp;Om programmet</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="251" />
        <source>okänd – läsläge</source>
        <translation>unknown – read-only</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="252" />
        <source>Inloggad: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="293" />
        <source>Söker %1 …</source>
        <translation>Looking up %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="301" />
        <source>Hittade ingen arbetsorder och inget hjälpmedel med numret ”%1”.</source>
        <translation>No work order and no device has the number “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="343" />
        <source>(svenska vid nästa start)</source>
        <translation>(Swedish from the next start)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="344" />
        <source>(engelska vid nästa start)</source>
        <translation>(English from the next start)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="353" />
        <source>Engelska gäller från nästa gång programmet startas.</source>
        <translation>English applies from the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="354" />
        <source>Svenska gäller från nästa gång programmet startas.</source>
        <translation>Swedish applies from the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="361" />
        <source>Om programmet</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="362" />
        <source>HMC – arbetsstation för hjälpmedelscentralen.
Arbetsordrar, individkort och teknisk dokumentation.</source>
        <translation>HMC – assistive-devices centre workstation.
Work orders, device cards and technical documentation.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="42" />
        <source>Utskrifter</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="44" />
        <source>Snabbservice</source>
        <translation>Quick service</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="88" />
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="89" />
        <source>Skriv ut det som är aktuellt: hämtorder, protokoll eller dagens hämtordrar</source>
        <translation>Print what is current: a pickup order, a record or the day's pickup orders</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="92" />
        <source>Ta emot &amp;retur…</source>
        <translation>Receive &amp;return…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="93" />
        <source>Skanna ett returnerat hjälpmedel</source>
        <translation>Scan a returned device</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="96" />
        <source>Exportera &amp;faktureringsunderlag…</source>
        <translation>Export &amp;billing data…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="97" />
        <source>Faktureringsunderlag per betalare och månad som CSV</source>
        <translation>Billing data per payer and month as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="107" />
        <source>&amp;Utskrifter</source>
        <translation>&amp;Printing</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="108" />
        <source>S&amp;nabbservice</source>
        <translation>&amp;Quick service</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="132" />
        <source>Här finns inget att skriva ut. Välj en arbetsorder med hjälpmedel, ett dokument på individkortet eller fliken Utskrifter.</source>
        <translation>There is nothing to print here. Choose a work order with a device, a document on the device card, or the Printing tab.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/install.py" line="146" />
        <source>Faktureringsunderlaget är sparat i %1.</source>
        <translation>The billing data is saved in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/install.py" line="20" />
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/followup/install.py" line="22" />
        <source>U&amp;ppföljning</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_action.py" line="16" />
        <source>&amp;Synkroniseringsmappar…</source>
        <translation>&amp;Sync folders…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_action.py" line="21" />
        <source>Bara en administratör ändrar mapparna.</source>
        <translation>Only an administrator changes the folders.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_action.py" line="40" />
        <source>Synkroniseringsmapparna är sparade.</source>
        <translation>The sync folders are saved.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/window.py" line="25" />
        <source>Besiktning</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/window.py" line="27" />
        <source>&amp;Besiktning</source>
        <translation>&amp;Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/window.py" line="33" />
        <source>Besiktnings&amp;planer…</source>
        <translation>Inspection p&amp;lans…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/window.py" line="38" />
        <source>Bara en administratör ändrar besiktningsplanerna.</source>
        <translation>Only an administrator changes the inspection plans.</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/install.py" line="24" />
        <source>Återkallelser</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/install.py" line="26" />
        <source>Åter&amp;kallelser</source>
        <translation>Rec&amp;alls</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="59" />
        <source>Meddelande till beställaren – %1</source>
        <translation>Message to the orderer – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="62" />
        <source>Ämne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="64" />
        <source>Meddelandetext</source>
        <translation>Message text</translation>
    </message>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="66" />
        <source>Ä&amp;mne</source>
        <translation>Su&amp;bject</translation>
    </message>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="67" />
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
</context>
<context>
    <name>NewOrder</name>
    <message>
        <location filename="../../ui/new_order/action.py" line="26" />
        <source>&amp;Ny arbetsorder…</source>
        <translation>&amp;New work order…</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/action.py" line="31" />
        <source>Registrera en arbetsorder från telefon, fax eller besök (Ctrl+N)</source>
        <translation>Register a work order from a phone call, fax or visit (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/action.py" line="74" />
        <source>Arbetsorder %1 är registrerad.</source>
        <translation>Work order %1 is registered.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/action.py" line="94" />
        <source>Arbets&amp;order</source>
        <translation>Work &amp;order</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/action.py" line="100" />
        <location filename="../../ui/new_order/action.py" line="102" />
        <source>Verktygsfält</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="28" />
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="28" />
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="29" />
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="29" />
        <source>tors</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="30" />
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="30" />
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="31" />
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="46" />
        <source>Kontakt med brukaren senast %1 (teknisk översyn, ingen ledtid)</source>
        <translation>Contact the user by %1 (technical review, no lead time)</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="49" />
        <source>Påbörjas senast %1</source>
        <translation>Start by %1</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="50" />
        <source>Erbjuds senast %1</source>
        <translation>Offer a time by %1</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="53" />
        <source>Klar senast %1</source>
        <translation>Finish by %1</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="54" />
        <source>Ingen ledtid</source>
        <translation>No lead time</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="59" />
        <source>%1 (art. %2) · %3</source>
        <translation>%1 (art. %2) · %3</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="62" />
        <source>digitalt hjälpmedel</source>
        <translation>digital aid</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="65" />
        <source>Brukare: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="67" />
        <source>Öppna arbetsordrar: %1</source>
        <translation>Open work orders: %1</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="154" />
        <source>Arbetsordern är ofullständig – saknas: %1.

Den kan sparas och markeras som ofullständig, men kan inte påbörjas förrän det kompletterats.</source>
        <translation>The work order is incomplete – missing: %1.

It can be saved and marked as incomplete, but it cannot be started until the missing items are added.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="157" />
        <source>Ofullständig arbetsorder</source>
        <translation>Incomplete work order</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="158" />
        <source>Spara som ofullständig</source>
        <translation>Save as incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="158" />
        <location filename="../../ui/new_order/prompts.py" line="165" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="161" />
        <source>Hjälpmedel %1 har redan en öppen arbetsorder av samma slag: %2.

Är det en ny beställning?</source>
        <translation>Device %1 already has an open work order of the same kind: %2.

Is this a new order?</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="164" />
        <source>Möjlig dubblett</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="165" />
        <source>Spara ändå</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="168" />
        <source>Inget hjälpmedel har individnummer %1.

Rätta numret, eller registrera hjälpmedlet om numret stämmer.</source>
        <translation>No device has the individual number %1.

Correct the number, or register the device if the number is right.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="170" />
        <source>Okänt individnummer</source>
        <translation>Unknown individual number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="171" />
        <source>Registrera hjälpmedlet…</source>
        <translation>Register the device…</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="172" />
        <source>Rätta numret</source>
        <translation>Correct the number</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="57" />
        <location filename="../../ui/new_order/dialog.py" line="58" />
        <source>Ny arbetsorder</source>
        <translation>New work order</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="84" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="85" />
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="86" />
        <source>Spara arbetsordern</source>
        <translation>Save the work order</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="87" />
        <source>Spara (Enter eller Ctrl+Retur)</source>
        <translation>Save (Enter or Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="89" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="90" />
        <source>Avbryt utan att spara</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="90" />
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="92" />
        <source>T&amp;yp av arbetsorder – skriv koden</source>
        <translation>Work-order t&amp;ype – type the code</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="210" />
        <source>Välj typ av arbetsorder.</source>
        <translation>Choose the type of work order.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="231" />
        <source>Åtgärda det som är markerat innan du sparar.</source>
        <translation>Fix what is marked before you save.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="266" />
        <location filename="../../ui/new_order/dialog.py" line="267" />
        <source>Sparar …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/dialog.py" line="282" />
        <source>Hjälpmedel %1 är registrerat.</source>
        <translation>Device %1 is registered.</translation>
    </message>
</context>
<context>
    <name>NewRecallDialog</name>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="40" />
        <source>Lista med individnummer</source>
        <translation>List of individual numbers</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="58" />
        <source>Ny återkallelse</source>
        <translation>New recall</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="58" />
        <source>&amp;Öppna återkallelsen</source>
        <translation>&amp;Open the recall</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="59" />
        <source>Ny återkallelse (säkerhetsmeddelande)</source>
        <translation>New recall (safety notice)</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="63" />
        <source>Artikelnummer</source>
        <translation>Article number</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="64" />
        <source>Rubrik: vad är fel</source>
        <translation>Title: what is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="65" />
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="66" />
        <source>Meddelandets referens</source>
        <translation>The notice's reference</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="67" />
        <source>T.ex. tillverkarens FSN-nummer</source>
        <translation>E.g. the manufacturer's FSN number</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="68" />
        <source>Bara levererade &amp;mellan</source>
        <translation>Only delivered &amp;between</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="70" />
        <source>Avgränsa med leveransdatum</source>
        <translation>Narrow by delivery date</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="72" />
        <source>Levererade från och med</source>
        <translation>Delivered from</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="73" />
        <source>Levererade till och med</source>
        <translation>Delivered until</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="80" />
        <source>&amp;Artikelnummer</source>
        <translation>&amp;Article number</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="81" />
        <source>&amp;Rubrik</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="82" />
        <source>Å&amp;tgärd</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="83" />
        <source>Re&amp;ferens</source>
        <translation>Re&amp;ference</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="84" />
        <source>Leverans</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="87" />
        <source>Alla hjälpmedel av artikeln omfattas, eller de som avgränsas ovan. Hjälpmedel i lager, återlämnade, under rekonditionering och på verkstaden spärras direkt.</source>
        <translation>Every device of the article is affected, or those narrowed above. Devices in stock, returned, in reconditioning and at the workshop are blocked at once.</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="108" />
        <source>Bara dessa &amp;individnummer (skanna ett i taget, Enter lägger till):</source>
        <translation>Only these &amp;individual numbers (scan one at a time, Enter adds):</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="109" />
        <source>Skanna individnummer</source>
        <translation>Scan individual numbers</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="114" />
        <source>Individnummer i återkallelsen</source>
        <translation>Individual numbers in the recall</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="116" />
        <source>Läs in fi&amp;l…</source>
        <translation>Read a fi&amp;le…</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="118" />
        <source>Läs in individnummer från fil</source>
        <translation>Read individual numbers from a file</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="120" />
        <source>Ta &amp;bort</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="122" />
        <source>Ta bort markerat individnummer</source>
        <translation>Remove the selected individual number</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="175" />
        <source>Ingen lista: hela artikeln</source>
        <translation>No list: the whole article</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="176" />
        <source>%1 individnummer</source>
        <translation>%1 individual numbers</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="190" />
        <source>Söker hjälpmedlen och spärrar dem i lager …</source>
        <translation>Finding the devices and blocking those in stock …</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../ui/queue/actions.py" line="62" />
        <source>&amp;Påbörja</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="63" />
        <source>Påbörja arbetet med ordern</source>
        <translation>Start work on the order</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="64" />
        <source>&amp;Vilande…</source>
        <translation>Put on &amp;hold…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="65" />
        <source>Sätt ordern som vilande, med orsak</source>
        <translation>Put the order on hold, with a reason</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="66" />
        <source>&amp;Återuppta</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="67" />
        <source>Återuppta en vilande order</source>
        <translation>Resume an order on hold</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="68" />
        <source>&amp;Avsluta…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="69" />
        <source>Avsluta ordern som utförd</source>
        <translation>Complete the order as done</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="70" />
        <source>&amp;Makulera…</source>
        <translation>C&amp;ancel order…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="71" />
        <source>Makulera ordern med orsak; beställaren meddelas</source>
        <translation>Cancel the order with a reason; the orderer is told</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="72" />
        <source>&amp;Kontakt tagen</source>
        <translation>&amp;User contacted</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="73" />
        <source>Teknisk översyn: brukaren är kontaktad om tid</source>
        <translation>Technical review: the user has been contacted about a time</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="84" />
        <source>Fyll i tjänsteprodukt och betalarnummer som ordern saknar</source>
        <translation>Fill in the service product and payer number the order lacks</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="160" />
        <source>Meddela beställaren att ledtiden inte hålls</source>
        <translation>Tell the orderer that the lead time will not be met</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="75" />
        <location filename="../../ui/queue/actions.py" line="158" />
        <source>Meddelande till &amp;beställare…</source>
        <translation>&amp;Message to the orderer…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="76" />
        <location filename="../../ui/queue/actions.py" line="161" />
        <source>Skriv ett meddelande till beställaren</source>
        <translation>Write a message to the orderer</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="77" />
        <source>Beställ &amp;hämtning…</source>
        <translation>Order &amp;pickup…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="78" />
        <source>Beställ hämtning av hjälpmedlet</source>
        <translation>Order the pickup of the device</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="79" />
        <source>Öppna &amp;individkort</source>
        <translation>Open de&amp;vice card</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="80" />
        <source>Visa hjälpmedlets individkort</source>
        <translation>Show the device's card</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="81" />
        <source>&amp;Teknisk dokumentation</source>
        <translation>&amp;Technical documentation</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="82" />
        <source>Visa orderns tekniska dokumentation</source>
        <translation>Show the order's technical documentation</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="83" />
        <source>Komplettera &amp;uppgifter…</source>
        <translation>Fill in missin&amp;g details…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="157" />
        <source>Meddela &amp;försening…</source>
        <translation>Notify of &amp;delay…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="170" />
        <source>%1 är påbörjad.</source>
        <translation>%1 is started.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="178" />
        <source>%1 är vilande.</source>
        <translation>%1 is on hold.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="183" />
        <source>%1 är återupptagen.</source>
        <translation>%1 is resumed.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="188" />
        <source>%1 är avslutad.</source>
        <translation>%1 is completed.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="197" />
        <source>%1 är makulerad; beställaren får ett meddelande.</source>
        <translation>%1 is cancelled; the orderer gets a message.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="207" />
        <source>Uppgifterna för %1 är sparade.</source>
        <translation>The details of %1 are saved.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="213" />
        <source>Kontakten med brukaren är registrerad för %1.</source>
        <translation>The contact with the user is recorded for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="229" />
        <source>Förseningsmeddelandet till beställaren av %1 är sparat.</source>
        <translation>The delay notice to the orderer of %1 is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="236" />
        <source>Meddelandet till beställaren av %1 är sparat.</source>
        <translation>The message to the orderer of %1 is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/actions.py" line="244" />
        <source>Hämtning av hjälpmedlet i %1 är beställd till %2.</source>
        <translation>The pickup of the device in %1 is ordered for %2.</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../../ui/queue/details.py" line="41" />
        <source>Vald arbetsorder</source>
        <translation>Selected work order</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="54" />
        <location filename="../../ui/queue/details.py" line="161" />
        <source>Ingen arbetsorder vald</source>
        <translation>No work order selected</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="74" />
        <source>Flöden och utskrift</source>
        <translation>Workflows and printing</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="92" />
        <source>Resultat av senaste åtgärden</source>
        <translation>Result of the last action</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="104" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="104" />
        <source>Brevlåda</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="105" />
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="105" />
        <source>Registrerad</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="106" />
        <source>Påbörjas senast</source>
        <translation>Start by</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="106" />
        <source>Klar senast</source>
        <translation>Finish by</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="107" />
        <source>Kontakt senast</source>
        <translation>Contact by</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="107" />
        <source>Påbörjad</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="108" />
        <source>Avslutad</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="108" />
        <source>Makulerad</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="109" />
        <source>Vilande orsak</source>
        <translation>Reason on hold</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="109" />
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="110" />
        <source>Hjälpmedel</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="110" />
        <source>Beställare</source>
        <translation>Orderer</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="111" />
        <source>Betalarnummer</source>
        <translation>Payer number</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="111" />
        <source>Tjänsteprodukt</source>
        <translation>Service product</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="112" />
        <source>Debitering</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="112" />
        <source>Handläggare</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="113" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="172" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="201" />
        <source>%1 av %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="207" />
        <source>Inget hjälpmedel (konsultation)</source>
        <translation>No device (consultation)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="209" />
        <source>%1, individnr %2 (%3)</source>
        <translation>%1, individual no. %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="172" />
        <location filename="../../ui/queue/details.py" line="216" />
        <source>Medicinsk risk</source>
        <translation>Medical risk</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="219" />
        <source>Försenad (%1)</source>
        <translation>Late (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="222" />
        <source>Risk för försening – meddela beställaren</source>
        <translation>At risk of delay – tell the orderer</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="224" />
        <source>Risk för försening</source>
        <translation>Risk of delay</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="227" />
        <source>Beställaren meddelad om försening %1</source>
        <translation>Orderer notified of the delay %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="230" />
        <source>, ny beräknad klardag %1</source>
        <translation>, new expected completion date %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="233" />
        <source>Ofullständig – kan inte påbörjas; komplettera med F2</source>
        <translation>Incomplete – cannot be started; complete it with F2</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="240" />
        <source>Väntar på svar på kostnadsförslag (%1)</source>
        <translation>Waiting for the answer to a cost proposal (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="243" />
        <source>Teknisk översyn</source>
        <translation>Technical review</translation>
    </message>
    <message>
        <location filename="../../ui/queue/details.py" line="245" />
        <source>Snabbservice</source>
        <translation>Quick service</translation>
    </message>
</context>
<context>
    <name>OrderDetailsDialog</name>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="172" />
        <source>Komplettera %1</source>
        <translation>Complete the details of %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="177" />
        <source>Saknas: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="183" />
        <source>Tjänsteprodukt</source>
        <translation>Service product</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="187" />
        <source>Betalarnummer</source>
        <translation>Payer number</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="189" />
        <source>&amp;Tjänsteprodukt</source>
        <translation>Ser&amp;vice product</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="190" />
        <source>&amp;Betalarnummer</source>
        <translation>&amp;Payer number</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="192" />
        <source>Bilagor läggs till under Teknisk dokumentation (Ctrl+D), med sin typ.</source>
        <translation>Attachments are added under Technical documentation (Ctrl+D), with their kind.</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../ui/new_order/form.py" line="45" />
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="46" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="46" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="47" />
        <source>Besök</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="47" />
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="50" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="51" />
        <source>Vad ska göras? Vid anpassning: exakt vad, t.ex. flytta drivhjul till läge B1.</source>
        <translation>What is to be done? For an adaptation: exactly what, e.g. move the drive wheels to position B1.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="55" />
        <source>Tjänsteprodukt</source>
        <translation>Service product</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="58" />
        <source>Betalarnummer</source>
        <translation>Payer number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="59" />
        <source>Fylls i från beställaren</source>
        <translation>Filled in from the orderer</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="60" />
        <source>Beställd av (roll)</source>
        <translation>Ordered by (role)</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="61" />
        <source>Förskrivare</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="61" />
        <source>Patienten</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="62" />
        <source>Anhörig</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="62" />
        <source>Vårdpersonal</source>
        <translation>Care staff</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="63" />
        <source>Beställd av (namn)</source>
        <translation>Ordered by (name)</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="64" />
        <location filename="../../ui/new_order/form.py" line="166" />
        <source>Namn – tomt: den valda beställaren</source>
        <translation>Name – empty: the chosen orderer</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="66" />
        <source>&amp;Undantag: hjälpmedel för medicinsk behandling i hemmet</source>
        <translation>E&amp;xception: aid for medical treatment at home</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="67" />
        <source>Akut avhjälpande underhåll beställs av förskrivare. För vissa hjälpmedel för medicinsk behandling i hemmet får patienten själv ringa.</source>
        <translation>Acute corrective maintenance is ordered by a prescriber. For some aids for medical treatment at home, the patient may call in person.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="69" />
        <source>Plats för anpassningen</source>
        <translation>Place of the adaptation</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="70" />
        <source>På hjälpmedelscentralen</source>
        <translation>At the assistive-devices centre</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="71" />
        <source>På förskrivarens enhet</source>
        <translation>At the prescriber's unit</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="71" />
        <source>I patientens hem</source>
        <translation>In the patient's home</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="73" />
        <source>Förskrivaren &amp;deltar vid anpassningen</source>
        <translation>Prescriber &amp;takes part in the adaptation</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="74" />
        <source>Kan anvisningen inte göras exakt ska förskrivaren ha beredskap att delta.</source>
        <translation>If the instruction cannot be followed exactly, the prescriber must be ready to take part.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="76" />
        <source>&amp;Medicinsk risk – prioriteras först</source>
        <translation>&amp;Medical risk – goes first</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="77" />
        <source>Försening kan innebära medicinsk risk för patienten: ordern sorteras först i kön.</source>
        <translation>A delay can put the patient at medical risk: the order is sorted first in the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="79" />
        <source>Teknisk öve&amp;rsyn (planerad, utan ledtid)</source>
        <translation>Technical &amp;review (planned, no lead time)</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="80" />
        <source>Endast typ 0–2. Förskrivaren har själv sett över hjälpmedlet; teknikern kontaktar brukaren inom 10 arbetsdagar för att boka tid.</source>
        <translation>Types 0–2 only. The prescriber has checked the device; the technician contacts the user within 10 working days to book a time.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="129" />
        <source>&amp;Beställare</source>
        <translation>&amp;Orderer</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="130" />
        <source>&amp;Kanal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="131" />
        <source>B&amp;eskrivning</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="132" />
        <source>&amp;Tjänsteprodukt</source>
        <translation>Ser&amp;vice product</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="133" />
        <source>Betal&amp;arnummer</source>
        <translation>&amp;Payer number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="134" />
        <source>Beställd a&amp;v</source>
        <translation>Ordered &amp;by</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="136" />
        <source>&amp;Plats</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="138" />
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="140" />
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/form.py" line="167" />
        <source>Namn på den som ringde</source>
        <translation>Name of the caller</translation>
    </message>
</context>
<context>
    <name>OrdererDialog</name>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="114" />
        <source>Beställd av – %1</source>
        <translation>Ordered by – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="115" />
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="115" />
        <source>Vem beställde %1?</source>
        <translation>Who ordered %1?</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="121" />
        <source>Beställarens roll</source>
        <translation>The orderer's role</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="122" />
        <source>Förskrivare</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="123" />
        <source>Patienten själv</source>
        <translation>The patient themselves</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="124" />
        <source>Anhörig</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="124" />
        <source>Vårdpersonal</source>
        <translation>Care staff</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="128" />
        <source>Beställarens namn</source>
        <translation>The orderer's name</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="129" />
        <source>Hjälpmedel för &amp;medicinsk behandling i hemmet</source>
        <translation>Aid for &amp;medical treatment at home</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="131" />
        <source>Undantag: medicinsk behandling i hemmet</source>
        <translation>Exception: medical treatment at home</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="132" />
        <source>&amp;Roll</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="133" />
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="135" />
        <source>Akut avhjälpande underhåll ska beställas av en förskrivare. Undantag: vissa hjälpmedel för medicinsk behandling i hemmet, där patienten får ringa själv.</source>
        <translation>Acute corrective maintenance must be ordered by a prescriber. Exception: some aids for medical treatment at home, where the patient may call in person.</translation>
    </message>
</context>
<context>
    <name>OrdererPicker</name>
    <message>
        <location filename="../../ui/new_order/parts.py" line="59" />
        <source>Beställare: sök på namn, enhet eller betalarnummer</source>
        <translation>Orderer: search by name, unit or payer number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="60" />
        <source>Sök namn, enhet eller betalarnummer – Enter väljer</source>
        <translation>Search by name, unit or payer number – Enter chooses</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="68" />
        <source>&amp;Ny beställare…</source>
        <translation>&amp;New orderer…</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="70" />
        <source>Lägg till en ny beställare</source>
        <translation>Add a new orderer</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="75" />
        <source>Vald beställare</source>
        <translation>Chosen orderer</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="137" />
        <source>✓ Vald – skriv för att söka en annan</source>
        <translation>✓ Chosen – type to search for another</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="138" />
        <source>Ingen vald – tomt går bra när brukaren själv ringer</source>
        <translation>None chosen – empty is fine when the user calls in person</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/parts.py" line="141" />
        <source>Vald: %1</source>
        <translation>Chosen: %1</translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="199" />
        <source>Skapa arbetsordrar</source>
        <translation>Create work orders</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="199" />
        <source>&amp;Skapa arbetsordrar</source>
        <translation>&amp;Create work orders</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="200" />
        <source>Återkallelse %1: en arbetsorder per hjälpmedel hos brukare</source>
        <translation>Recall %1: a work order for each device with a user</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="204" />
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="206" />
        <source>Å&amp;tgärd</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="208" />
        <source>Varje hjälpmedel hos en brukare som ännu inte har en arbetsorder i återkallelsen får en (typ 2, hos brukaren). Vid byte skapas också en hämtorder; ersättningen lämnas ut när arbetsordern utförs. Att köra igen skapar inga dubbletter.</source>
        <translation>Every device with a user that has no work order in the recall yet gets one (type 2, at the user's). An exchange also creates a pickup order; the replacement is handed out when the work order is done. Running it again creates no duplicates.</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="213" />
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="228" />
        <source>Skapar arbetsordrar …</source>
        <translation>Creating work orders …</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="236" />
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="245" />
        <source>%1 arbetsordrar skapade.</source>
        <translation>%1 work orders created.</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="247" />
        <source>Inga nya arbetsordrar: alla hjälpmedel hos brukare har redan en.</source>
        <translation>No new work orders: every device with a user already has one.</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="249" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PartInputs</name>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="203" />
        <source>Artikelnummer</source>
        <translation>Article number</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="206" />
        <source>Antal</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="208" />
        <source> st</source>
        <translation> pcs</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="221" />
        <source>Artikelnummer för reservdel</source>
        <translation>Article number of the spare part</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="231" />
        <source>Antal</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="222" />
        <source>&amp;Lägg till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="224" />
        <source>Lägg till reservdelen i listan</source>
        <translation>Add the spare part to the list</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="226" />
        <source>&amp;Ta bort rad</source>
        <translation>&amp;Delete row</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="228" />
        <source>Ta bort markerad reservdel</source>
        <translation>Remove the selected spare part</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="230" />
        <source>Reservdelar</source>
        <translation>Spare parts</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_forms.py" line="231" />
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <location filename="../../ui/orders/flow_print.py" line="41" />
        <source>Skapar %1 …</source>
        <translation>Creating %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_print.py" line="75" />
        <source>Sida %1 av %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_print.py" line="114" />
        <source>Utskriften gick inte att skapa</source>
        <translation>The printout could not be created</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../ui/followup/period.py" line="51" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="52" />
        <source>Denna månad</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="52" />
        <source>Förra månaden</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="52" />
        <source>Senaste 12 månaderna</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="53" />
        <source>Hittills i år</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="53" />
        <source>Eget intervall</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="56" />
        <source>Från och med</source>
        <translation>From (inclusive)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="57" />
        <source>Till och med</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="58" />
        <source>Exportera &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="59" />
        <source>Spara ledtidsrapporten för perioden som PDF</source>
        <translation>Save the period's lead-time report as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="61" />
        <source>Exportera &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="62" />
        <source>Spara antalen per typ för perioden som CSV</source>
        <translation>Save the period's counts per type as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="68" />
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="68" />
        <source>&amp;Från:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/period.py" line="69" />
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="77" />
        <source>Beställ hämtning – %1</source>
        <translation>Order pickup – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="81" />
        <source>Hämtdatum</source>
        <translation>Pickup date</translation>
    </message>
    <message>
        <location filename="../../ui/orders/dialogs.py" line="82" />
        <source>&amp;Hämtdatum</source>
        <translation>Pickup &amp;date</translation>
    </message>
</context>
<context>
    <name>PickupFormatDialog</name>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="196" />
        <source>Skriv ut hämtorder – %1</source>
        <translation>Print pickup order – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="197" />
        <source>&amp;Förhandsgranska</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="199" />
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="201" />
        <source>A4-sida</source>
        <translation>A4 page</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="202" />
        <source>&amp;Etikett 10 × 15 cm</source>
        <translation>&amp;Label 10 × 15 cm</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="204" />
        <source>Etikett 10 gånger 15 centimeter</source>
        <translation>Label 10 by 15 centimetres</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="206" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="209" />
        <source>Hjälpmedlet har ingen planerad hämtning: en hämtning beställs till nästa arbetsdag när hämtordern skapas.</source>
        <translation>The device has no planned pickup: a pickup is ordered for the next working day when the pickup order is created.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/new_order/preview.py" line="78" />
        <source>Förhandsvisning av arbetsordern</source>
        <translation>Preview of the work order</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="82" />
        <source>Så blir arbetsordern</source>
        <translation>Work order preview</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="86" />
        <source>Brevlåda och debitering</source>
        <translation>Mailbox and billing</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="89" />
        <source>Tidsgränser</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="93" />
        <source>Saknas för att ordern ska vara komplett</source>
        <translation>Missing for the order to be complete</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="94" />
        <source>Möjlig dubblett</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="95" />
        <source>Måste åtgärdas före sparande</source>
        <translation>Must be fixed before saving</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="118" />
        <source>Välj typ av arbetsorder för att se tidsgränser och debitering.</source>
        <translation>Choose the type of work order to see its deadlines and billing.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="125" />
        <source>Hamnar i brevlådan %1 · %2</source>
        <translation>Goes to the %1 mailbox · %2</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/preview.py" line="131" />
        <source>Ofullständig – saknas: %1. Ordern kan sparas men inte påbörjas förrän det kompletterats.</source>
        <translation>Incomplete – missing: %1. The order can be saved but not started until the missing items are added.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/common/print_preview.py" line="83" />
        <source>Förhandsgranska – %1</source>
        <translation>Preview – %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="84" />
        <source>Förhandsgranskning av %1</source>
        <translation>Preview of %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="103" />
        <source>Dokumentets sidor</source>
        <translation>The document's pages</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="111" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="135" />
        <source>Föregående sida</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="137" />
        <source>Nästa sida</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="141" />
        <source>Sida</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="142" />
        <source>Zooma ut</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="144" />
        <source>Zooma in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="146" />
        <source>Sidbredd</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="146" />
        <source>Anpassa till sidbredd</source>
        <translation>Fit to the page width</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="149" />
        <source>Hel sida</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="149" />
        <source>Visa hela sidan</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="160" />
        <source>&amp;Skriv ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="162" />
        <source>Skriv ut dokumentet</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="163" />
        <source>Välj skrivare och skriv ut (Ctrl+P)</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="166" />
        <source>S&amp;para som…</source>
        <translation>S&amp;ave as…</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="168" />
        <source>Spara dokumentet som PDF-fil</source>
        <translation>Save the document as a PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="169" />
        <source>Spara som PDF-fil (Ctrl+S)</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="171" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="173" />
        <source>Stäng förhandsgranskningen</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="174" />
        <source>Stäng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="207" />
        <source>Sida %1 av %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="223" />
        <source>Sparad som %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="248" />
        <source>Skrivaren gick inte att använda.</source>
        <translation>The printer could not be used.</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="252" />
        <source>Skriver ut …</source>
        <translation>Printing …</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="265" />
        <source>Skriver ut sida %1 av %2 …</source>
        <translation>Printing page %1 of %2 …</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="272" />
        <source>%1 sidor skickade till skrivaren.</source>
        <translation>%1 pages sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="59" />
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="60" />
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/common/print_preview.py" line="69" />
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PrintingTab</name>
    <message>
        <location filename="../../ui/printing/tab.py" line="52" />
        <source>Utskrifter</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="59" />
        <source>Hämtordrar att skriva ut</source>
        <translation>Pickup orders to print</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="67" />
        <source>Förlopp för utskriften</source>
        <translation>Printing progress</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="71" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="94" />
        <source>&amp;Hämtdatum:</source>
        <translation>Pickup &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="97" />
        <source>Hämtdatum</source>
        <translation>Pickup date</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="104" />
        <location filename="../../ui/printing/tab.py" line="105" />
        <source>Föregående arbetsdag</source>
        <translation>Previous working day</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="110" />
        <location filename="../../ui/printing/tab.py" line="111" />
        <source>Nästa arbetsdag</source>
        <translation>Next working day</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="113" />
        <source>&amp;Format:</source>
        <translation>Forma&amp;t:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="116" />
        <source>Utskriftsformat</source>
        <translation>Print format</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="117" />
        <source>A4-sidor</source>
        <translation>A4 pages</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="118" />
        <source>Etiketter 10 × 15 cm</source>
        <translation>Labels 10 × 15 cm</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="122" />
        <source>Antal hämtordrar</source>
        <translation>Number of pickup orders</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="123" />
        <source>Skriv ut &amp;alla…</source>
        <translation>Print &amp;all…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="125" />
        <source>Skriv ut alla hämtordrar för dagen</source>
        <translation>Print all pickup orders for the day</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="126" />
        <source>Alla dagens hämtordrar i en PDF, i körordning (Ctrl+P)</source>
        <translation>All the day's pickup orders in one PDF, in driving order (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="141" />
        <source>Dagens hämtordrar i körordning</source>
        <translation>The day's pickup orders in driving order</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="142" />
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="142" />
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="142" />
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="142" />
        <source>Hjälpmedel</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="143" />
        <source>Arbetsorder</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="143" />
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="168" />
        <source>Hämtar …</source>
        <translation>Fetching …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="187" />
        <source>1 hämtorder</source>
        <translation>1 pickup order</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="188" />
        <source>%1 hämtordrar</source>
        <translation>%1 pickup orders</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="191" />
        <source>Inga hämtningar är planerade %1.</source>
        <translation>No pickups are planned for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="219" />
        <source>Hämtordrar %1</source>
        <translation>Pickup orders %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="222" />
        <source>Skapar 1 hämtorder …</source>
        <translation>Creating 1 pickup order …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="223" />
        <source>Skapar %1 hämtordrar …</source>
        <translation>Creating %1 pickup orders …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="231" />
        <source>1 hämtorder är skapad och noterad i hjälpmedlets historik.</source>
        <translation>1 pickup order is created and noted in the device's history.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/tab.py" line="233" />
        <source>%1 hämtordrar är skapade och noterade i hjälpmedlens historik.</source>
        <translation>%1 pickup orders are created and noted in the devices' histories.</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <location filename="../../ui/queue/filters.py" line="40" />
        <source>Brevlåda</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="41" />
        <source>Visa arbetsordrar i en brevlåda (Alt+B)</source>
        <translation>Show the work orders of one mailbox (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="42" />
        <source>Alla brevlådor</source>
        <translation>All mailboxes</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="49" />
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="52" />
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="56" />
        <source>Arbetsordertyp</source>
        <translation>Work-order type</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="57" />
        <source>Alla typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="69" />
        <source>&amp;Risk för försening</source>
        <translation>At &amp;risk of delay</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="70" />
        <source>Öppna ordrar där en tidsgräns går ut inom en arbetsdag</source>
        <translation>Open orders with a deadline less than one working day away</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="71" />
        <source>&amp;Försenad</source>
        <translation>&amp;Late</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="72" />
        <source>Öppna ordrar där en tidsgräns redan har passerats</source>
        <translation>Open orders past a deadline</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="73" />
        <source>&amp;Medicinsk risk</source>
        <translation>M&amp;edical risk</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="75" />
        <source>Mi&amp;na</source>
        <translation>Mi&amp;ne</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="76" />
        <source>Ordrar som du har påbörjat</source>
        <translation>Orders you have started</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="78" />
        <source>Ofu&amp;llständiga</source>
        <translation>&amp;Incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="74" />
        <source>Ordrar där en försening kan ge medicinsk risk</source>
        <translation>Orders where a delay can put the patient at medical risk</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="79" />
        <source>Ordrar som saknar tjänsteprodukt, betalarnummer eller en bilaga och inte kan påbörjas</source>
        <translation>Orders lacking a service product, payer number or an attachment, which cannot be started</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="84" />
        <source>Sök i kön</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="86" />
        <source>Ordernr, individnr, artikel, beställare eller brukare (Ctrl+F)</source>
        <translation>Order no., individual no., article, orderer or user (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="88" />
        <source>Hittar ordrar på valfri del av ordernummer, individnummer, artikelnummer eller artikelnamn, beställarens eller brukarens namn, med stora eller små bokstäver. Ett eller två tecken: början av ett nummer eller ett namn.</source>
        <translation>Finds orders by any part of the order number, individual number, article number or article name, the orderer's or the user's name, in upper or lower case. One or two characters: the start of a number or a name.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="103" />
        <source>&amp;Brevlåda</source>
        <translation>&amp;Mailbox</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="104" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="104" />
        <source>T&amp;yp</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="110" />
        <source>Sö&amp;k</source>
        <translation>Sear&amp;ch</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="139" />
        <source>Ta bort urvalet från uppföljningen</source>
        <translation>Remove the selection from the follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="151" />
        <source>öppna</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="151" />
        <source>risk för försening</source>
        <translation>at risk of delay</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="152" />
        <source>försenade</source>
        <translation>delayed</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="152" />
        <source>registrerade</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="153" />
        <source>klara</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="153" />
        <source>ordrar i perioden</source>
        <translation>orders in the period</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="154" />
        <source>påbörjade i tid</source>
        <translation>started in time</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="154" />
        <source>påbörjade för sent</source>
        <translation>started late</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="155" />
        <source>klara i tid</source>
        <translation>completed in time</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="155" />
        <source>klara för sent</source>
        <translation>completed late</translation>
    </message>
    <message>
        <location filename="../../ui/queue/filters.py" line="204" />
        <source>Urval från uppföljningen: %1</source>
        <translation>Selection from the follow-up: %1</translation>
    </message>
</context>
<context>
    <name>QueueFormat</name>
    <message>
        <location filename="../../ui/common/formatting.py" line="17" />
        <source>Registrerad</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="18" />
        <source>Påbörjad</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="19" />
        <source>Vilande</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="20" />
        <source>Avslutad</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="21" />
        <source>Makulerad</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="28" />
        <source>Utlånad</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="29" />
        <source>Beställd för hämtning</source>
        <translation>Pickup ordered</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="30" />
        <source>Återlämnad</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="31" />
        <source>Under rekonditionering</source>
        <translation>Being reconditioned</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="32" />
        <source>I lager</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="33" />
        <source>Kasserad</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="34" />
        <source>På verkstaden</source>
        <translation>At the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="42" />
        <source>tjänsteprodukt</source>
        <translation>service product</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="43" />
        <source>betalarnummer</source>
        <translation>payer number</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="44" />
        <source>konsultationsunderlag</source>
        <translation>consultation basis</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="46" />
        <source>specialanpassningsanvisning</source>
        <translation>special-adaptation instruction</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="54" />
        <source>Konsultationsunderlag</source>
        <translation>Consultation basis</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="56" />
        <source>Specialanpassningsanvisning</source>
        <translation>Special-adaptation instruction</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="57" />
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="64" />
        <source>Ingår i hyran</source>
        <translation>Included in the rent</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="65" />
        <source>Faktureras</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="66" />
        <source>Enligt serviceavtal</source>
        <translation>Per service agreement</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="73" />
        <source>påbörjas</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="74" />
        <source>klart</source>
        <translation>finish</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="75" />
        <source>kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="105" />
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="107" />
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="109" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="111" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="124" />
        <source>går ut nu</source>
        <translation>due now</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="125" />
        <source>%1 kvar</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="128" />
        <source>passerad</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="129" />
        <source>%1 sent</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="146" />
        <source>Försenad · meddelad</source>
        <translation>Late · notified</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="147" />
        <source>Försenad</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="149" />
        <source>Risk · meddelad</source>
        <translation>Risk · notified</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="150" />
        <source>Risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="152" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="153" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="164" />
        <source>1 arbetsorder</source>
        <translation>1 work order</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="165" />
        <source>%1 arbetsordrar</source>
        <translation>%1 work orders</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/queue/view.py" line="17" />
        <source>Arbetsordrar</source>
        <translation>Work orders</translation>
    </message>
</context>
<context>
    <name>QuickServiceTab</name>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="43" />
        <location filename="../../ui/orders/quick_service_tab.py" line="62" />
        <source>Snabbservice</source>
        <translation>Quick service</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="70" />
        <source>Snabbservice – bokade tider på verkstaden, vardagar 09–14</source>
        <translation>Quick service – booked times at the workshop, weekdays 09–14</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="73" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="74" />
        <source>Dagens tider</source>
        <translation>The day's times</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="75" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="75" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="75" />
        <source>Kund</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="75" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="76" />
        <source>Individnummer</source>
        <translation>Individual number</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="76" />
        <source>Vad är fel</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="76" />
        <source>Arbetsorder</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="98" />
        <source>&amp;Dag:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="101" />
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="111" />
        <source>Föregående dag</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="111" />
        <source>Nästa dag</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="121" />
        <source>Bokade och lediga tider</source>
        <translation>Booked and free times</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="125" />
        <source>&amp;Boka…</source>
        <translation>&amp;Book…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="126" />
        <source>Boka den markerade lediga tiden</source>
        <translation>Book the selected free time</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="127" />
        <source>&amp;Avboka</source>
        <translation>&amp;Cancel booking</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="128" />
        <source>Avboka den markerade bokningen</source>
        <translation>Cancel the selected booking</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="130" />
        <source>&amp;Registrera reparation</source>
        <translation>&amp;Register repair</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="131" />
        <source>Kunden har kommit: skapa arbetsordern (typ 1, snabbservice)</source>
        <translation>The customer has arrived: create the work order (type 1, quick service)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="178" />
        <source>Ledig</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="178" />
        <source>Passerad</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="179" />
        <source>Bokad</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="179" />
        <source>Reparation registrerad</source>
        <translation>Repair registered</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="190" />
        <source>%1 bokade · %2 lediga</source>
        <translation>%1 booked · %2 free</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="193" />
        <source>Verkstaden har stängt %1; ingen snabbservice.</source>
        <translation>The workshop is closed on %1; no quick service.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="235" />
        <source>%1 är bokad för %2.</source>
        <translation>%1 is booked for %2.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="246" />
        <source>Avboka %1 för %2?</source>
        <translation>Cancel the %1 booking for %2?</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="250" />
        <source>Bokningen %1 är avbokad; tiden är ledig igen.</source>
        <translation>The %1 booking is cancelled; the time is free again.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="261" />
        <source>Registrera reparation för %1 kl. %2 som arbetsorder?</source>
        <translation>Register the repair for %1 at %2 as a work order?</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="264" />
        <source>Tiden %1 har inte kommit än.</source>
        <translation>The time %1 has not come yet.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/quick_service_tab.py" line="272" />
        <source>Arbetsorder %1 (snabbservice) är registrerad.</source>
        <translation>Work order %1 (quick service) is registered.</translation>
    </message>
</context>
<context>
    <name>RecallBanner</name>
    <message>
        <location filename="../../ui/device/card_recalls.py" line="22" />
        <source>spärrad</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../ui/device/card_recalls.py" line="24" />
        <source>arbetsorder %1 (%2)</source>
        <translation>work order %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/device/card_recalls.py" line="26" />
        <source>åtgärdad</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/device/card_recalls.py" line="27" />
        <source>inte åtgärdad</source>
        <translation>not done</translation>
    </message>
    <message>
        <location filename="../../ui/device/card_recalls.py" line="28" />
        <source>Återkallelse %1 (%2): %3</source>
        <translation>Recall %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/device/card_recalls.py" line="36" />
        <source>Återkallelser</source>
        <translation>Recalls</translation>
    </message>
</context>
<context>
    <name>RecallDeviceModel</name>
    <message>
        <location filename="../../ui/recalls/model.py" line="78" />
        <source>Individnummer</source>
        <translation>Individual number</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="78" />
        <source>Var</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="78" />
        <source>Spärr</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="79" />
        <source>Brukare</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="79" />
        <source>Placering</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="79" />
        <source>Arbetsorder</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="80" />
        <source>Åtgärdad</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="189" />
        <source>Dubbelklicka på raden för individkortet; arbetsordern finns i dess historik</source>
        <translation>Double-click the row for the device card; the work order is in its history</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="199" />
        <source>Spärrad</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="208" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>RecallFormat</name>
    <message>
        <location filename="../../ui/recalls/model.py" line="42" />
        <source>Hos brukare</source>
        <translation>With the user</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="43" />
        <source>Hämtning beställd</source>
        <translation>Pickup ordered</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="44" />
        <source>På verkstaden</source>
        <translation>At the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="45" />
        <source>Återlämnad</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="46" />
        <source>Under rekonditionering</source>
        <translation>Being reconditioned</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="47" />
        <source>I lager</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="48" />
        <source>Kasserad (klar)</source>
        <translation>Scrapped (done)</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="54" />
        <source>Reparation hos brukaren</source>
        <translation>Repair at the user's</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="55" />
        <source>Kontroll hos brukaren</source>
        <translation>Inspection at the user's</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/model.py" line="56" />
        <source>Byte (ersättning och hämtorder)</source>
        <translation>Exchange (replacement and pickup order)</translation>
    </message>
</context>
<context>
    <name>RecallTab</name>
    <message>
        <location filename="../../ui/recalls/tab.py" line="64" />
        <location filename="../../ui/recalls/tab.py" line="123" />
        <source>Återkallelser</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="78" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="106" />
        <source>Återkallelser och säkerhetsmeddelanden</source>
        <translation>Recalls and safety notices</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="108" />
        <source>&amp;Ny återkallelse…</source>
        <translation>&amp;New recall…</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="109" />
        <source>Ny återkallelse</source>
        <translation>New recall</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="110" />
        <source>Öppna en återkallelse för en artikel (Ctrl+Shift+N)</source>
        <translation>Open a recall for an article (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="124" />
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="124" />
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="124" />
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="124" />
        <source>Kvar</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="135" />
        <location filename="../../ui/recalls/tab.py" line="262" />
        <source>Välj en återkallelse</source>
        <translation>Choose a recall</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="161" />
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="169" />
        <source>Skapa &amp;arbetsordrar…</source>
        <translation>Create &amp;work orders…</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="170" />
        <source>Skapa arbetsordrar</source>
        <translation>Create work orders</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="171" />
        <source>&amp;Häv spärr…</source>
        <translation>Re&amp;lease block…</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="172" />
        <source>Häv spärren på markerat hjälpmedel</source>
        <translation>Release the block on the selected device</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="174" />
        <source>&amp;Byt ut…</source>
        <translation>E&amp;xchange…</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="175" />
        <source>Lämna ut ersättning för markerat hjälpmedel</source>
        <translation>Hand out a replacement for the selected device</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="177" />
        <source>Skriv ut b&amp;rev…</source>
        <translation>Print l&amp;etters…</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="178" />
        <source>Skriv ut brev till brukarna</source>
        <translation>Print letters to the users</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="179" />
        <source>E&amp;xportera lista…</source>
        <translation>Ex&amp;port list…</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="180" />
        <source>Exportera lista till tillverkare och myndighet</source>
        <translation>Export the list for the manufacturer and the authority</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="182" />
        <source>Öppna &amp;individkort</source>
        <translation>Open de&amp;vice card</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="183" />
        <source>Öppna markerat hjälpmedels individkort</source>
        <translation>Open the selected device's card</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="224" />
        <source>%1 återstår av %2 berörda</source>
        <translation>%1 of %2 affected remaining</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="234" />
        <source>Inga återkallelser ännu. En administratör öppnar en med Ny återkallelse…</source>
        <translation>No recalls yet. An administrator opens one with New recall…</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="268" />
        <source>Återkallelse %1: %2</source>
        <translation>Recall %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="270" />
        <source>Artikel %1 %2</source>
        <translation>Article %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="273" />
        <source>Referens %1</source>
        <translation>Reference %1</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="275" />
        <source>Levererade %1–%2</source>
        <translation>Delivered %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="279" />
        <source>Avgränsad med lista</source>
        <translation>Narrowed by a list</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="280" />
        <source>Öppnad %1 av %2</source>
        <translation>Opened %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="306" />
        <source>Bara en administratör hanterar återkallelser.</source>
        <translation>Only an administrator manages recalls.</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="334" />
        <source>Återkallelse %1 är öppnad.</source>
        <translation>Recall %1 is open.</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="364" />
        <source>Brev, återkallelse %1</source>
        <translation>Letters, recall %1</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/tab.py" line="388" />
        <source>Listan är sparad i %1.</source>
        <translation>The list is saved in %1.</translation>
    </message>
</context>
<context>
    <name>RecallUnits</name>
    <message>
        <location filename="../../ui/recalls/units.py" line="53" />
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/units.py" line="56" />
        <source>Var hjälpmedlen finns</source>
        <translation>Where the devices are</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/units.py" line="57" />
        <source>Alla platser</source>
        <translation>All places</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/units.py" line="61" />
        <source>Bara &amp;återstående</source>
        <translation>Only &amp;remaining</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/units.py" line="63" />
        <source>Visa bara återstående hjälpmedel</source>
        <translation>Show only remaining devices</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/units.py" line="77" />
        <source>Berörda hjälpmedel, grupperade efter var de finns</source>
        <translation>Affected devices, grouped by where they are</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/units.py" line="107" />
        <source>Hämtar …</source>
        <translation>Fetching …</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/units.py" line="112" />
        <source>%1 hjälpmedel</source>
        <translation>%1 devices</translation>
    </message>
</context>
<context>
    <name>ReconDialog</name>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="53" />
        <source>Rekonditionering – %1</source>
        <translation>Reconditioning – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="54" />
        <source>&amp;Signera</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="69" />
        <source>Livslängd</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="72" />
        <source>Checklista</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="84" />
        <source>Skriv ut &amp;rekonditioneringsprotokoll…</source>
        <translation>Print &amp;reconditioning record…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="86" />
        <source>Skriv ut rekonditioneringsprotokollet</source>
        <translation>Print the reconditioning record</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="90" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="97" />
        <source>Använda reservdelar</source>
        <translation>Spare parts used</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="104" />
        <source>Signering</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="106" />
        <source>&amp;Tillbaka i lager</source>
        <translation>Back &amp;in stock</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="108" />
        <source>&amp;Kassera</source>
        <translation>Scra&amp;p</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="116" />
        <location filename="../../ui/orders/flow_recon.py" line="117" />
        <source>Orsak till kassation</source>
        <translation>Reason for scrapping</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="131" />
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="131" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="131" />
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="131" />
        <source>Utfört av</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="138" />
        <source>Obligatoriskt steg</source>
        <translation>Mandatory step</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="141" />
        <source>Resultat för %1</source>
        <translation>Result for %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="142" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="142" />
        <source>Åtgärdat</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="143" />
        <source>Ej OK</source>
        <translation>Not OK</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="143" />
        <source>Ej aktuellt</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="148" />
        <source>Anteckning för %1</source>
        <translation>Note for %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="160" />
        <source>Obligatoriskt för digitala hjälpmedel: den tidigare brukarens personuppgifter ska raderas innan hjälpmedlet lämnar rekonditioneringen. Ange OK eller Åtgärdat när raderingen är gjord.</source>
        <translation>Mandatory for digital aids: the previous user's personal data must be erased before the device leaves reconditioning. Choose OK or Fixed when the erasure is done.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="179" />
        <source>digitalt hjälpmedel</source>
        <translation>digital aid</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="179" />
        <source>ej digitalt</source>
        <translation>not digital</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="181" />
        <source>%1 · %2 · påbörjad %3 av %4</source>
        <translation>%1 · %2 · started %3 by %4</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="186" />
        <source>Passerat förväntad livslängd (till %1) – beslut om kassation.</source>
        <translation>Past its expected lifetime (until %1) – decide on scrapping.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="206" />
        <source>Kvar att göra (* obligatoriskt): %1</source>
        <translation>Still to do (* mandatory): %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="207" />
        <source>Alla obligatoriska steg (*) har ett resultat.</source>
        <translation>All mandatory steps (*) have a result.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="283" />
        <source>Signerad: tillbaka i lager.</source>
        <translation>Signed: back in stock.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="284" />
        <source>Signerad: kasserad (%1).</source>
        <translation>Signed: scrapped (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="285" />
        <source>Skriv ut protokollet och lägg det med hjälpmedlet.</source>
        <translation>Print the record and put it with the device.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_recon.py" line="299" />
        <source>Rekonditioneringsprotokoll %1</source>
        <translation>Reconditioning record %1</translation>
    </message>
</context>
<context>
    <name>RegisterDeviceDialog</name>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="79" />
        <source>Registrera hjälpmedel %1</source>
        <translation>Register device %1</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="83" />
        <source>Individnumret finns inte i registret. Kontrollera numret på hjälpmedlets etikett; stämmer det, registrera hjälpmedlet här.</source>
        <translation>The individual number is not in the register. Check the number on the device's label; if it is right, register the device here.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="87" />
        <source>&amp;Artikel</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="87" />
        <source>Sök artikel på nummer eller namn</source>
        <translation>Search for the article by number or name</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="89" />
        <source>Artikelnummer eller del av namnet</source>
        <translation>Article number or part of the name</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="92" />
        <source>Artiklar som matchar</source>
        <translation>Matching articles</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="95" />
        <source>&amp;Brukare</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="95" />
        <source>Brukarens namn (tomt: i lager)</source>
        <translation>The user's name (empty: in stock)</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="97" />
        <source>Tomt: hjälpmedlet är i lager</source>
        <translation>Empty: the device is in stock</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="98" />
        <source>&amp;Personnummer</source>
        <translation>Personal &amp;identity number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="98" />
        <source>Brukarens personnummer</source>
        <translation>The user's personal identity number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="99" />
        <source>ÅÅÅÅMMDD-NNNN (frivilligt)</source>
        <translation>YYYYMMDD-NNNN (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="100" />
        <source>A&amp;dress</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="100" />
        <source>Brukarens adress</source>
        <translation>The user's address</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="101" />
        <source>Gata 1, 411 01 Ort</source>
        <translation>Street 1, 411 01 Town</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="102" />
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/prompts.py" line="102" />
        <source>Brukarens telefon</source>
        <translation>The user's phone</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="263" />
        <source>Häv spärr</source>
        <translation>Release block</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="263" />
        <source>&amp;Häv spärren</source>
        <translation>&amp;Release the block</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="264" />
        <source>Häv spärren på %1 (återkallelse %2)</source>
        <translation>Release the block on %1 (recall %2)</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="268" />
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="270" />
        <source>Vad gjordes? T.ex. bromsvajern bytt enligt tillverkarens anvisning</source>
        <translation>What was done? E.g. brake cable replaced as the manufacturer instructs</translation>
    </message>
    <message>
        <location filename="../../ui/recalls/dialogs.py" line="272" />
        <source>&amp;Orsak</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>ReturnReceiver</name>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="32" />
        <source>Ta emot retur</source>
        <translation>Receive returns</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="34" />
        <source>Ta emot returnerade hjälpmedel</source>
        <translation>Receive returned devices</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="39" />
        <source>Individnummer för returnerat hjälpmedel</source>
        <translation>Individual number of the returned device</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="40" />
        <source>Skanna individnumret – Enter tar emot (Ctrl+R)</source>
        <translation>Scan the individual number – Enter receives (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="43" />
        <source>Ta &amp;emot</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="45" />
        <source>Ta emot hjälpmedlet</source>
        <translation>Receive the device</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="47" />
        <source>Resultat av mottagningen</source>
        <translation>Result of the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="48" />
        <source>Mottagna under passet</source>
        <translation>Received this shift</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="49" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="49" />
        <source>Individnummer</source>
        <translation>Individual number</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="49" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="78" />
        <source>%1 är mottagen och väntar på rekonditionering.</source>
        <translation>%1 is received and waits for reconditioning.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="81" />
        <source>Hämtorder %1 är utförd.</source>
        <translation>Pickup order %1 is done.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="84" />
        <source>Hjälpmedlet kom tillbaka utan hämtorder.</source>
        <translation>The device came back without a pickup order.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="86" />
        <source>Passerat förväntad livslängd – bedöm kassation.</source>
        <translation>Past its expected lifetime – consider scrapping.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="88" />
        <source>Spärrat av återkallelse %1: ställ det åt sidan tills det är åtgärdat.</source>
        <translation>Blocked by recall %1: set it aside until it is fixed.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_return.py" line="93" />
        <source>Mottagen</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="58" />
        <source>Reservdelar och leverans – %1</source>
        <translation>Spare parts and delivery – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="59" />
        <source>&amp;Skicka</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="60" />
        <source>Reservdelar till brukaren – %1</source>
        <translation>Spare parts to the user – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="68" />
        <source>Orderns reservdelar</source>
        <translation>The order's spare parts</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="69" />
        <source>Artikelnummer</source>
        <translation>Article number</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="69" />
        <source>Benämning</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="69" />
        <source>Beställt</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="70" />
        <source>Skickat</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="70" />
        <source>Kvar</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="70" />
        <source>Skicka nu</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="75" />
        <source>Ändra ”Skicka nu” för en delleverans; det som inte skickas står kvar till nästa leverans. När allt är skickat avslutas ordern.</source>
        <translation>Change “Send now” for a partial delivery; what is not sent remains for the next delivery. When everything is sent, the order is completed.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="78" />
        <source>Vad mottagaren ska göra</source>
        <translation>What the recipient is to do</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="84" />
        <source>Vem som lagar</source>
        <translation>Who does the repair</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="85" />
        <source>E&amp;xpressleverans</source>
        <translation>E&amp;xpress delivery</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="87" />
        <source>Expressleverans</source>
        <translation>Express delivery</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="88" />
        <source>&amp;Vad ska göras</source>
        <translation>&amp;What to do</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="89" />
        <source>&amp;Utförs av</source>
        <translation>Carried out &amp;by</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="92" />
        <source>Skriv ut &amp;följesedel…</source>
        <translation>Print shipping &amp;note…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="94" />
        <source>Skriv ut följesedeln</source>
        <translation>Print the shipping note</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="104" />
        <source>Artikelnummer för ny reservdel</source>
        <translation>Article number of a new spare part</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="106" />
        <source>&amp;Lägg till reservdel</source>
        <translation>&amp;Add spare part</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="108" />
        <source>Lägg till reservdelen på ordern</source>
        <translation>Add the spare part to the order</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="122" />
        <location filename="../../ui/orders/flow_shipment.py" line="123" />
        <source>Tidigare leveranser</source>
        <translation>Earlier deliveries</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="124" />
        <source>Leverans</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="124" />
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="124" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="125" />
        <source>Delar</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="125" />
        <source>Märkning</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="151" />
        <location filename="../../ui/orders/flow_shipment.py" line="222" />
        <source>delleverans</source>
        <translation>partial delivery</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="152" />
        <location filename="../../ui/orders/flow_shipment.py" line="223" />
        <source>express</source>
        <translation>express</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="161" />
        <source>Ordern är stängd; inga fler delar kan skickas.</source>
        <translation>The order is closed; no more parts can be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="178" />
        <source>Antal att skicka nu av %1</source>
        <translation>Quantity of %1 to send now</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="195" />
        <source>Lägger till reservdelen …</source>
        <translation>Adding the spare part …</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="217" />
        <source>Skickar …</source>
        <translation>Sending …</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="224" />
        <source>Leverans %1 är registrerad%2.</source>
        <translation>Delivery %1 is registered%2.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="228" />
        <source>Allt är skickat; ordern är avslutad.</source>
        <translation>Everything is sent; the order is completed.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="229" />
        <source>Skriv ut följesedeln och lägg den i paketet.</source>
        <translation>Print the shipping note and put it in the parcel.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="232" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_shipment.py" line="249" />
        <source>Följesedel %1</source>
        <translation>Shipping note %1</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <location filename="../../ui/shell/shortcut_list.py" line="113" />
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ShortcutListDialog</name>
    <message>
        <location filename="../../ui/shell/shortcut_list.py" line="123" />
        <location filename="../../ui/shell/shortcut_list.py" line="124" />
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcut_list.py" line="125" />
        <source>Tangenterna under en menys namn fungerar i hela fönstret; de under en fliks namn när den fliken är framme.</source>
        <translation>The keys under a menu's name work in the whole window; those under a tab's name when that tab is in front.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcut_list.py" line="130" />
        <source>Kortkommandon per meny och flik</source>
        <translation>Keyboard shortcuts by menu and tab</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcut_list.py" line="132" />
        <source>Kommando</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcut_list.py" line="132" />
        <source>Tangenter</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcut_list.py" line="153" />
        <location filename="../../ui/shell/shortcut_list.py" line="154" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="50" />
        <source>Support – %1</source>
        <translation>Support – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="51" />
        <source>&amp;Registrera utfall</source>
        <translation>Record &amp;outcome</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="59" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="66" />
        <source>Felsökning</source>
        <translation>Troubleshooting</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="68" />
        <source>Dokumenterade steg</source>
        <translation>Documented steps</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="69" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="69" />
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="69" />
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="69" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="73" />
        <source>Felsökningssteg</source>
        <translation>Troubleshooting step</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="75" />
        <source>Vad gjordes i telefon- eller videosamtalet och vad blev resultatet?</source>
        <translation>What was done in the phone or video call, and what was the result?</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="79" />
        <source>Tidsåtgång i minuter</source>
        <translation>Time spent in minutes</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="82" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="83" />
        <source>Spara &amp;steg (Ctrl+Retur)</source>
        <translation>Save &amp;step (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="85" />
        <source>Spara felsökningssteget</source>
        <translation>Save the troubleshooting step</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="91" />
        <source>T&amp;id:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="129" />
        <source>Sparar steget …</source>
        <translation>Saving the step …</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="136" />
        <source>Steget är dokumenterat.</source>
        <translation>The step is documented.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="141" />
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="144" />
        <source>&amp;Löst på distans</source>
        <translation>Solved re&amp;motely</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="145" />
        <source>Reservdel – &amp;brukaren lagar själv</source>
        <translation>Spare part – the &amp;user repairs it</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="147" />
        <source>&amp;Ersättningshjälpmedel</source>
        <translation>&amp;Replacement device</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="175" />
        <source>Hur problemet löstes</source>
        <translation>How the problem was solved</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="177" />
        <source>&amp;Lösning</source>
        <translation>So&amp;lution</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="185" />
        <source>Vad ska göras</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="191" />
        <source>Vem som lagar</source>
        <translation>Who does the repair</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="192" />
        <source>E&amp;xpressleverans</source>
        <translation>E&amp;xpress delivery</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="194" />
        <source>Expressleverans</source>
        <translation>Express delivery</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="195" />
        <source>&amp;Reservdelar</source>
        <translation>Spare &amp;parts</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="196" />
        <source>&amp;Vad ska göras</source>
        <translation>&amp;What to do</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="197" />
        <source>&amp;Utförs av</source>
        <translation>Carried out &amp;by</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="205" />
        <source>Ersättningshjälpmedel i lager</source>
        <translation>Replacement devices in stock</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="206" />
        <source>Individnummer</source>
        <translation>Individual number</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="206" />
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="206" />
        <source>Samma artikel</source>
        <translation>Same article</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="207" />
        <source>Placering</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="207" />
        <source>Levererad</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="210" />
        <source>Hämtdatum för det gamla hjälpmedlet</source>
        <translation>Pickup date for the old device</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="215" />
        <source>&amp;Ersätts av</source>
        <translation>R&amp;eplaced with</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="216" />
        <source>&amp;Hämtas den</source>
        <translation>Pic&amp;kup date</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="231" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="231" />
        <source>Nej (samma produktgrupp)</source>
        <translation>No (same product group)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="240" />
        <source>Det finns inget likvärdigt hjälpmedel i lager.</source>
        <translation>There is no equivalent device in stock.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_support.py" line="259" />
        <source>Välj ett ersättningshjälpmedel i listan.</source>
        <translation>Choose a replacement device in the list.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="32" />
        <source>Synkroniseringsmappar</source>
        <translation>Sync folders</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="36" />
        <source>&amp;Inkorg (från beställningsportalen)</source>
        <translation>&amp;Intake (from the ordering portal)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="37" />
        <source>Inkorg</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="38" />
        <source>&amp;Utkorg (till beställningsportalen)</source>
        <translation>&amp;Outbox (to the ordering portal)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="39" />
        <source>Utkorg</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="40" />
        <source>Filen ska vara &amp;oförändrad i</source>
        <translation>File must be &amp;unchanged for</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="41" />
        <source>Sekunder en fil ska vara oförändrad innan den läses</source>
        <translation>Seconds a file must stay unchanged before it is read</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="43" />
        <source>&amp;Titta efter nya filer var</source>
        <translation>&amp;Look for new files every</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="44" />
        <source>Sekunder mellan två kontroller av mapparna</source>
        <translation>Seconds between two looks at the folders</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="46" />
        <source>Gäller alla arbetsstationer. Ange mappar på en filserver som UNC-sökväg (\\server\hmc\inkorg): en enhetsbokstav betyder olika saker på olika datorer. Tom mapp: används inte.</source>
        <translation>Applies to every workstation. Give folders on a file server as UNC paths (\\server\hmc\intake): a drive letter means different things on different computers. Empty folder: not used.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="62" />
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="63" />
        <source>Välj mapp för %1</source>
        <translation>Choose the folder for %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="80" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="99" />
        <source>Inkorgen</source>
        <translation>The intake folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="99" />
        <source>Utkorgen</source>
        <translation>The outbox folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_settings.py" line="102" />
        <source>%1 finns inte, eller går inte att nå härifrån: %2</source>
        <translation>%1 does not exist, or cannot be reached from here: %2</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="39" />
        <location filename="../../ui/shell/sync_status.py" line="68" />
        <source>Synk: ej konfigurerad</source>
        <translation>Sync: not configured</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="72" />
        <source>Synk %1</source>
        <translation>Sync %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="72" />
        <source>Synk: ingen ännu</source>
        <translation>Sync: none yet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="76" />
        <source>%1 avvisade rader</source>
        <translation>%1 rejected rows</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="78" />
        <source>%1 filer gick inte att läsa</source>
        <translation>%1 files could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="80" />
        <source>fel</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="91" />
        <source>se archive/%1.rejects.txt</source>
        <translation>see archive/%1.rejects.txt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="97" />
        <source>Synk pågår …</source>
        <translation>Sync running …</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="98" />
        <source>Läser in filer från inkorgen eller skriver meddelanden till utkorgen. Fönstret går att använda under tiden.</source>
        <translation>Importing files from the intake or writing messages to the outbox. The window can be used meanwhile.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="109" />
        <source>Synk: okänt läge</source>
        <translation>Sync: unknown state</translation>
    </message>
</context>
<context>
    <name>Teamwork</name>
    <message>
        <location filename="../../ui/shell/connection.py" line="187" />
        <source>Förbindelsen med databasen är tillbaka.</source>
        <translation>The connection to the database is back.</translation>
    </message>
</context>
<context>
    <name>TechDocTab</name>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="64" />
        <source>Produktfel</source>
        <translation>Product fault</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="65" />
        <source>Använd till fel ändamål</source>
        <translation>Used for the wrong purpose</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="66" />
        <source>Bristande information</source>
        <translation>Lacking information</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="67" />
        <source>Bristande underhåll</source>
        <translation>Lacking maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="68" />
        <source>Hanteringsfel</source>
        <translation>Handling error</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="68" />
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="75" />
        <source>Arbetsorder</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="78" />
        <source>Ingen arbetsorder vald</source>
        <translation>No work order selected</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="81" />
        <source>Hjälpmedel och beskrivning</source>
        <translation>Device and description</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="86" />
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="92" />
        <source>A&amp;vvikelseklass:</source>
        <translation>Deviation &amp;class:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="95" />
        <source>Avvikelseklass</source>
        <translation>Deviation class</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="96" />
        <source>(ej klassad)</source>
        <translation>(not classified)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="116" />
        <source>Dokumentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="118" />
        <source>Dokumentationslogg</source>
        <translation>Documentation log</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="119" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="119" />
        <location filename="../../ui/orders/tech_doc.py" line="138" />
        <location filename="../../ui/orders/tech_doc.py" line="211" />
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="119" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="120" />
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="120" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="126" />
        <source>Total tid</source>
        <translation>Total time</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="135" />
        <location filename="../../ui/orders/tech_doc.py" line="137" />
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="138" />
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="138" />
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="139" />
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="147" />
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="149" />
        <source>Öppna markerad bilaga</source>
        <translation>Open the selected attachment</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="151" />
        <source>Lägg till…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="153" />
        <source>Lägg till bilaga</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="159" />
        <source>Bilagans typ</source>
        <translation>Kind of attachment</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="162" />
        <source>&amp;Bilagans typ:</source>
        <translation>&amp;Attachment kind:</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="177" />
        <source>Hämtar arbetsorder %1 …</source>
        <translation>Fetching work order %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="211" />
        <source>Hjälpmedel</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="215" />
        <source>Inget hjälpmedel</source>
        <translation>No device</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="216" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="245" />
        <source>Total tid: %1 h %2 min</source>
        <translation>Total time: %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/orders/tech_doc.py" line="296" />
        <source>Inget program kunde öppna %1</source>
        <translation>No program could open %1</translation>
    </message>
</context>
<context>
    <name>TimeReportDialog</name>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="158" />
        <source>Rapportera tid – %1</source>
        <translation>Report time – %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="159" />
        <source>&amp;Rapportera</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="159" />
        <source>Arbetstid på %1</source>
        <translation>Working time on %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="166" />
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="170" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="173" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="179" />
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="180" />
        <source>&amp;Tid</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="181" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/orders/flow_orders.py" line="182" />
        <source>&amp;Anteckning</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../ui/followup/tables.py" line="91" />
        <source>Brevlåda</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="91" />
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="91" />
        <source>Risk för
försening</source>
        <translation>At risk
of delay</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="92" />
        <source>Försenade</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="92" />
        <source>Nya
idag</source>
        <translation>New
today</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="92" />
        <source>Klara
idag</source>
        <translation>Completed
today</translation>
    </message>
    <message>
        <location filename="../../ui/followup/tables.py" line="110" />
        <source>Alla brevlådor</source>
        <translation>All mailboxes</translation>
    </message>
</context>
<context>
    <name>TrendLineChart</name>
    <message>
        <location filename="../../ui/followup/charts.py" line="125" />
        <source>Andel i tid per månad, alla typer</source>
        <translation>On-time rate per month, all types</translation>
    </message>
    <message>
        <location filename="../../ui/followup/charts.py" line="140" />
        <source>Påbörjade i tid</source>
        <translation>Started on time</translation>
    </message>
    <message>
        <location filename="../../ui/followup/charts.py" line="141" />
        <source>Klara i tid</source>
        <translation>Finished on time</translation>
    </message>
    <message>
        <location filename="../../ui/followup/charts.py" line="156" />
        <source>påbörjade i tid %1, klara i tid %2</source>
        <translation>started on time %1, finished on time %2</translation>
    </message>
</context>
<context>
    <name>TypeChooser</name>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="47" />
        <source>Klart inom %1 arbetstimmar</source>
        <translation>Finished within %1 working hours</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="49" />
        <source>Påbörjas inom %1, klart inom %2 arbetsdagar</source>
        <translation>Started within %1, finished within %2 working days</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="52" />
        <source>Erbjuds inom %1 arbetsdagar</source>
        <translation>A time is offered within %1 working days</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="54" />
        <source>Klart inom %1 arbetsdagar</source>
        <translation>Finished within %1 working days</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="56" />
        <source>Ingen ledtid – väntar på godkänt kostnadsförslag</source>
        <translation>No lead time – waits for an approved cost proposal</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="57" />
        <source>Ingen ledtid</source>
        <translation>No lead time</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="62" />
        <source>Ingår i hyran – faktureras för enklare hjälpmedel</source>
        <translation>Included in the rent – invoiced for simpler aids</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="63" />
        <source>Ingår i hyran</source>
        <translation>Included in the rent</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="64" />
        <source>Faktureras</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="65" />
        <source>Enligt serviceavtal</source>
        <translation>Per service agreement</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="72" />
        <source>tjänsteprodukt</source>
        <translation>service product</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="74" />
        <source>betalarnummer</source>
        <translation>payer number</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="75" />
        <source>konsultationsunderlag</source>
        <translation>consultation basis</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="77" />
        <source>specialanpassningsanvisning</source>
        <translation>special-adaptation instruction</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="79" />
        <source>Kräver %1</source>
        <translation>Requires %1</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="81" />
        <source>Endast förskrivare beställer</source>
        <translation>Only prescribers order</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="150" />
        <source>Typ av arbetsorder</source>
        <translation>Type of work order</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="151" />
        <source>Skriv typens kod, till exempel 5 eller SDH, eller välj med piltangenterna</source>
        <translation>Type the type's code, for example 5 or SDH, or choose with the arrow keys</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="181" />
        <source>Typ %1: %2. %3</source>
        <translation>Type %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>TypeGuide</name>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="239" />
        <source>Vägledning för vald typ</source>
        <translation>Guidance for the chosen type</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="250" />
        <source>Välj typ av arbetsorder i listan – skriv koden (t.ex. 5 eller SDH) för att hoppa dit. Typen kan inte ändras när ordern är sparad.</source>
        <translation>Choose the type of work order in the list – type the code (e.g. 5 or SDH) to jump to it. The type cannot be changed once the order is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="255" />
        <source>Typ %1 – %2</source>
        <translation>Type %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/new_order/type_chooser.py" line="256" />
        <source>Hamnar i brevlådan %1</source>
        <translation>Goes to the %1 mailbox</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/inspections/booking.py" line="23" />
        <source>Boka rutt – %1 besök</source>
        <translation>Book a route – %1 visits</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="24" />
        <source>Boka besök – %1</source>
        <translation>Book a visit – %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="25" />
        <source>&amp;Boka</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="32" />
        <source>Besöksdag</source>
        <translation>Day of the visit</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="39" />
        <source>Första besökets tid</source>
        <translation>Time of the first visit</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="39" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="47" />
        <source>Minuter per besök</source>
        <translation>Minutes per visit</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="51" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="55" />
        <source>Hjälpmedel:</source>
        <translation>Devices:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="56" />
        <source>&amp;Dag:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="57" />
        <source>&amp;Första besöket:</source>
        <translation>&amp;First visit:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="57" />
        <source>&amp;Tid:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="58" />
        <source>&amp;Längd per besök:</source>
        <translation>&amp;Length per visit:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/booking.py" line="60" />
        <source>Brukaren ska få besked minst 10 arbetsdagar före besöket: tidigast %1. En rutt gäller ett postnummerområde; besöken följer gatuordning.</source>
        <translation>The user must be told at least 10 working days before the visit: %1 at the earliest. A route covers one postal area; the visits follow the streets' order.</translation>
    </message>
</context>
<context>
    <name>WorkOrderQueueTab</name>
    <message>
        <location filename="../../ui/queue/tab.py" line="51" />
        <source>Arbetsordrar</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../ui/queue/tab.py" line="78" />
        <source>Antal arbetsordrar i listan</source>
        <translation>Number of work orders in the list</translation>
    </message>
    <message>
        <location filename="../../ui/queue/tab.py" line="173" />
        <source>Hämtar arbetsordrar …</source>
        <translation>Fetching work orders …</translation>
    </message>
    <message>
        <location filename="../../ui/queue/tab.py" line="216" />
        <source>Kön kunde inte hämtas.</source>
        <translation>The queue could not be fetched.</translation>
    </message>
</context>
<context>
    <name>WorkOrderTableModel</name>
    <message>
        <location filename="../../ui/queue/model.py" line="96" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="96" />
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="96" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="96" />
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="97" />
        <source>Hjälpmedel/artikel</source>
        <translation>Device/article</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="97" />
        <source>Registrerad</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="98" />
        <source>Nästa tidsgräns</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="98" />
        <source>SLA-läge</source>
        <translation>SLA state</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="263" />
        <source>ofullständig</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="295" />
        <source>Medicinsk risk</source>
        <translation>Medical risk</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="296" />
        <source>Akut</source>
        <translation>Acute</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="296" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="299" />
        <source>Utan hjälpmedel</source>
        <translation>No device</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="310" />
        <source>Nästa tidsgräns (%1): %2</source>
        <translation>Next deadline (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="315" />
        <source>Tidsgränsen har passerats: %1</source>
        <translation>Deadline passed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="316" />
        <source>Risk för försening</source>
        <translation>Risk of delay</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="318" />
        <source>Beställaren är meddelad %1.</source>
        <translation>The orderer was notified %1.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="322" />
        <source>Ofullständig – saknas: %1. Kan inte påbörjas.</source>
        <translation>Incomplete – missing: %1. Cannot be started.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/model.py" line="329" />
        <source>Ofullständig – saknas: %1</source>
        <translation>Incomplete – missing: %1</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <location filename="../../ui/shell/zoom.py" line="97" />
        <source>&amp;Större text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/shell/zoom.py" line="100" />
        <source>M&amp;indre text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <location filename="../../ui/shell/zoom.py" line="103" />
        <source>&amp;Normal textstorlek</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../../ui/shell/zoom.py" line="129" />
        <source>Textstorlek %1 %</source>
        <translation>Text size %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/shell/zoom.py" line="138" />
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
</context>
<context>
    <name>_FiguresModel</name>
    <message>
        <location filename="../../ui/followup/tables.py" line="81" />
        <source>Klicka (eller tryck Enter) för att visa ordrarna i kön</source>
        <translation>Click (or press Enter) to show the orders in the queue</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="40" />
        <source>Ämne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/orders/order_dialogs.py" line="43" />
        <source>Meddelandetext</source>
        <translation>Message text</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/common/widgets.py" line="48" />
        <source>Filen %1 kunde inte läsas eller skrivas: %2</source>
        <translation>The file %1 could not be read or written: %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="103" />
        <source>%1, tillagd %2 av %3</source>
        <translation>%1, added %2 by %3</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="106" />
        <source>Anmäld i portalen men filen har inte kommit in</source>
        <translation>Announced in the portal, but the file has not arrived</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="109" />
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="173" />
        <source>Lägg till bilaga</source>
        <translation>Add attachment</translation>
    </message>
</context>
</TS>
