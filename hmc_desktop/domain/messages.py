"""The sentences behind every domain error, in English ('en') and Swedish ('sv')."""

from typing import Any

from hmc_desktop.domain.messages_orders import ORDER_FLOW_MESSAGES
from hmc_desktop.domain.messages_trust import MESSAGES as TRUST_MESSAGES

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
    "personal_data_hidden": (  # searching devices by their user's name (W10)
        "only a role that sees personal data may search by a user's name",
        "bara den som får se personuppgifter kan söka på brukarens namn",
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
    "pickup_not_found": ("no pickup {pickup_id}", "hämtorder {pickup_id} finns inte"),
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
    # -- the centre's flows: support, shipments, returns, reconditioning, W7, W9,
    #    quick service, time reports, billing
    "support_type": (
        "only a support order (type SDH) follows the support process; {order_no} is type {code}",
        "bara en supportorder (typ SDH) följer supportprocessen; {order_no} är typ {code}",
    ),
    "order_closed": (
        "order {order_no} is {current} and can no longer be changed",
        "arbetsorder {order_no} är {current_sv} och kan inte längre ändras",
    ),
    "outcome_note_required": (
        "describe how the problem was solved",
        "beskriv hur problemet löstes",
    ),
    "repair_instruction_required": (
        "say what the recipient is to do with the spare parts",
        "ange vad mottagaren ska göra med reservdelarna",
    ),
    "repair_performer_required": (
        "say who does the repair",
        "ange vem som utför reparationen",
    ),
    "parts_required": (
        "name at least one spare part",
        "ange minst en reservdel",
    ),
    "part_quantity": (
        "the quantity of {article_no} must be at least 1, not {quantity}",
        "antalet av {article_no} måste vara minst 1, inte {quantity}",
    ),
    "article_not_found": ("no article {article_no}", "artikel {article_no} finns inte"),
    "device_no_holder": (
        "device {individual_no} has no user to give a replacement to",
        "hjälpmedel {individual_no} har ingen brukare att lämna ett ersättningshjälpmedel till",
    ),
    "replacement_not_in_stock": (
        "device {individual_no} is {current}; only a device in stock can be handed out",
        "hjälpmedel {individual_no} är {current_sv}; bara ett hjälpmedel i lager kan lämnas ut",
    ),
    "replacement_not_equivalent": (
        "device {individual_no} ({article}) cannot replace {old} ({old_article}): "
        "neither the same article nor the same product group",
        "hjälpmedel {individual_no} ({article}) kan inte ersätta {old} ({old_article}): "
        "varken samma artikel eller samma produktgrupp",
    ),
    "replacement_same_device": (
        "a device cannot replace itself",
        "ett hjälpmedel kan inte ersätta sig självt",
    ),
    "no_replacement_in_stock": (
        "no device of article {article_no} or of product group '{group}' is in stock",
        "inget hjälpmedel av artikel {article_no} eller produktgrupp ”{group}” finns i lager",
    ),
    "orderer_kind_unknown": (
        "unknown kind of orderer '{kind}' (valid: {valid})",
        "okänd sorts beställare ”{kind}” (giltiga: {valid})",
    ),
    "orderer_name_required": ("say who ordered", "ange vem som beställde"),
    "prescriber_only": (
        "a type {code} order must be ordered by a prescriber, not by a {kind}; only aids for "
        "medical treatment at home are an exception",
        "en arbetsorder av typ {code} måste beställas av en förskrivare, inte av {kind_sv}; "
        "undantag gäller bara vissa hjälpmedel för medicinsk behandling i hemmet",
    ),
    "message_text_required": (
        "the message needs a subject and a text",
        "meddelandet måste ha en rubrik och en text",
    ),
    "part_not_on_order": (
        "part {part_id} is not a part of order {order_no} to ship",
        "del {part_id} är ingen del att skicka på arbetsorder {order_no}",
    ),
    "ship_more_than_remains": (
        "{quantity} × {article_no} cannot be shipped: only {remaining} remain to ship",
        "{quantity} st {article_no} kan inte skickas: bara {remaining} st återstår att skicka",
    ),
    "nothing_to_ship": (
        "order {order_no} has nothing left to ship",
        "arbetsorder {order_no} har inget kvar att skicka",
    ),
    "no_recipient": (
        "order {order_no} has no user to ship the parts to",
        "arbetsorder {order_no} har ingen brukare att skicka delarna till",
    ),
    "return_status": (
        "device {individual_no} is {current}; only a device in use or ordered for pickup can be "
        "received as returned",
        "hjälpmedel {individual_no} är {current_sv}; bara ett utlånat eller för hämtning beställt "
        "hjälpmedel kan tas emot som återlämnat",
    ),
    "recon_already_open": (
        "device {individual_no} is already being reconditioned (reconditioning {recon_id})",
        "hjälpmedel {individual_no} rekonditioneras redan (rekonditionering {recon_id})",
    ),
    "recon_not_found": ("no reconditioning {recon_id}", "rekonditionering {recon_id} finns inte"),
    "recon_step_not_found": (
        "reconditioning {recon_id} has no step {step_id}",
        "rekonditionering {recon_id} har inget steg {step_id}",
    ),
    "recon_result_unknown": (
        "unknown step result '{result}' (valid: {valid})",
        "okänt resultat ”{result}” (giltiga: {valid})",
    ),
    "recon_signed_off": (
        "reconditioning {recon_id} is already signed off",
        "rekonditionering {recon_id} är redan avslutad",
    ),
    "recon_steps_missing": (
        "the reconditioning cannot be signed off: no result for {steps}",
        "rekonditioneringen kan inte avslutas: resultat saknas för {steps}",
    ),
    "recon_data_wipe": (
        "the previous user's data must be wiped first: the step '{step}' is {result}, "
        "not OK or fixed",
        "den tidigare brukarens data måste raderas först: steget ”{step}” är {result_sv}, "
        "inte OK eller åtgärdat",
    ),
    "recon_step_not_ok": (
        "the device cannot go back to stock while {steps} is not OK; fix it or scrap the device",
        "hjälpmedlet kan inte gå tillbaka till lager när {steps} är ej OK; "
        "åtgärda eller kassera det",
    ),
    "recon_outcome_unknown": (
        "unknown outcome '{outcome}' (valid: {valid})",
        "okänt utfall ”{outcome}” (giltiga: {valid})",
    ),
    "scrap_reason_required": ("scrapping needs a reason", "en kassation måste ha en orsak"),
    "checklist_name_required": (
        "the checklist step needs a name",
        "checklistesteget måste ha ett namn",
    ),
    "checklist_step_not_found": (
        "no checklist step {step_id}",
        "checklistesteg {step_id} finns inte",
    ),
    "cost_proposal_type": (
        "only a type 7 order (special adaptation per cost proposal) gets a cost proposal; "
        "{order_no} is type {code}",
        "bara en arbetsorder av typ 7 (specialanpassning enligt kostnadsförslag) får ett "
        "kostnadsförslag; {order_no} är typ {code}",
    ),
    "cost_amount_positive": (
        "the amount must be more than 0 kr, not {amount}",
        "beloppet måste vara mer än 0 kr, inte {amount}",
    ),
    "cost_description_required": (
        "the cost proposal needs a description of the work",
        "kostnadsförslaget måste beskriva arbetet",
    ),
    "cost_proposal_pending": (
        "order {order_no} already has a cost proposal waiting for an answer",
        "arbetsorder {order_no} har redan ett kostnadsförslag som väntar på svar",
    ),
    "no_pending_proposal": (
        "order {order_no} has no cost proposal waiting for an answer",
        "arbetsorder {order_no} har inget kostnadsförslag som väntar på svar",
    ),
    "answered_by_required": (
        "say who answered the cost proposal",
        "ange vem som svarade på kostnadsförslaget",
    ),
    "slot_outside_hours": (
        "quick service is booked {opens}–{closes} in {minutes}-minute slots; {time} is not one",
        "snabbservice bokas {opens}–{closes} i pass om {minutes} minuter; {time} är inget sådant",
    ),
    "slot_in_past": ("{when} has already passed", "{when} har redan passerat"),
    "slot_taken": (
        "the quick-service time {when} is already booked",
        "snabbservicetiden {when} är redan bokad",
    ),
    "slot_not_found": (
        "no quick-service booking {slot_id}",
        "snabbservicebokning {slot_id} finns inte",
    ),
    "slot_cancelled": (
        "quick-service booking {slot_id} is cancelled",
        "snabbservicebokning {slot_id} är avbokad",
    ),
    "slot_has_order": (
        "quick-service booking {slot_id} already has order {order_no}",
        "snabbservicebokning {slot_id} har redan arbetsorder {order_no}",
    ),
    "customer_required": (
        "the booking needs the customer's name and phone number",
        "bokningen måste ha kundens namn och telefonnummer",
    ),
    "time_minutes_range": (
        "reported time must be between 1 and {max} minutes, not {minutes}",
        "rapporterad tid måste vara mellan 1 och {max} minuter, inte {minutes}",
    ),
    "time_day_future": (
        "time cannot be reported for {day}, which has not come yet",
        "tid kan inte rapporteras för {day}, som inte har kommit än",
    ),
    "billing_month": ("{year}-{month} is not a month", "{year}-{month} är ingen månad"),
    # -- registering orders by phone and fax
    "device_unknown": (
        "no device has the individual number {individual_no}; correct the number or register "
        "the device",
        "inget hjälpmedel har individnummer {individual_no}; rätta numret eller registrera "
        "hjälpmedlet",
    ),
    "likely_duplicate": (
        "device {individual_no} already has an open order of the same kind: {orders}",
        "hjälpmedel {individual_no} har redan en öppen arbetsorder av samma slag: {orders}",
    ),
    "description_required": (
        "describe what is to be done",
        "beskriv vad som ska göras",
    ),
    "source_unknown": (
        "unknown source '{source}' (valid: {valid})",
        "okänd kanal ”{source}” (giltiga: {valid})",
    ),
    "work_location_unknown": (
        "unknown place of work '{location}' (valid: {valid})",
        "okänd plats för arbetet ”{location}” (giltiga: {valid})",
    ),
    "work_location_type": (
        "where the work happens is recorded for adaptations (type 4, 6, 7), not type {code}",
        "var arbetet utförs anges för anpassningar (typ 4, 6, 7), inte typ {code}",
    ),
    "orderer_not_found": ("no orderer {orderer_id}", "beställare {orderer_id} finns inte"),
    "orderer_new_name_required": (
        "the orderer needs a name",
        "beställaren måste ha ett namn",
    ),
    "order_field_unknown": (
        "'{name}' cannot be changed on an order (changeable: {valid})",
        "”{name}” kan inte ändras på en arbetsorder (ändringsbara: {valid})",
    ),
    "individual_no_required": (
        "enter the device's individual number",
        "ange hjälpmedlets individnummer",
    ),
    "device_exists": (
        "device {individual_no} is already registered",
        "hjälpmedel {individual_no} finns redan",
    ),
    # sync and several workstations
    "stale_order": (
        "order {key} was changed by {who} at {when} after you opened it; nothing was saved, reload it to see the change",
        "arbetsorder {key} ändrades av {who} {when} efter att du öppnade den; ingenting sparades, läs in den igen för att se ändringen",
    ),
    "stale_device": (
        "device {key} was changed by {who} at {when} after you opened it; nothing was saved, reload it to see the change",
        "hjälpmedel {key} ändrades av {who} {when} efter att du öppnade det; ingenting sparades, läs in det igen för att se ändringen",
    ),
    "stale_data": (
        "someone else changed the same data at the same time; nothing was saved, try again",
        "någon annan ändrade samma uppgifter samtidigt; ingenting sparades, försök igen",
    ),
    "claim_taken": (
        "order {order_no} has already been taken by {owner}",
        "arbetsorder {order_no} har redan tagits av {owner}",
    ),
    "claim_not_owner": (
        "order {order_no} is taken by {owner}, not by you",
        "arbetsorder {order_no} är tagen av {owner}, inte av dig",
    ),
    "field_not_editable": (
        "{name} cannot be edited here",
        "{name} kan inte ändras här",
    ),
    "sync_seconds": (
        "the waiting times must not be negative, and the interval must be above zero",
        "väntetiderna får inte vara negativa och intervallet måste vara större än noll",
    ),
    "sync_not_configured": (
        "no intake or outbox folder is configured (settings sync.intake_dir, sync.outbox_dir)",
        "ingen inläsnings- eller utkorgsmapp är inställd (sync.intake_dir, sync.outbox_dir)",
    ),
    "sync_folder_missing": (
        "the {which} folder {path} does not exist or is not reachable",
        "{which_sv} {path} finns inte eller går inte att nå",
    ),
    "sync_folder_unwritable": (
        "the {which} folder {path} cannot be written to ({reason})",
        "{which_sv} {path} går inte att skriva i ({reason})",
    ),
    "device_blocked_recall": (
        "device {individual_no} is blocked by recall campaign {campaign} ({title}) and cannot be"
        " handed out until a technician releases it",
        "hjälpmedel {individual_no} är spärrat av återkallelse {campaign} ({title}) och kan inte"
        " lämnas ut förrän en tekniker häver spärren",
    ),
    "device_blocked_inspection": (
        "device {individual_no} is blocked: its periodic inspection was due {due}, and it cannot"
        " be handed out until it is inspected",
        "hjälpmedel {individual_no} är spärrat: besiktningen skulle ha gjorts senast {due}, och"
        " det kan inte lämnas ut förrän det är besiktat",
    ),
    "block_not_found": (
        "device {individual_no} has no block in force to release",
        "hjälpmedel {individual_no} har ingen spärr att häva",
    ),
    # -- periodic inspection (PM1–PM6)
    "device_blocked_failed_inspection": (
        "device {individual_no} failed its inspection on {date} and cannot be handed out until"
        " corrective order {order_no} is completed",
        "hjälpmedel {individual_no} blev inte godkänt vid besiktningen {date} och kan inte lämnas"
        " ut förrän den avhjälpande arbetsordern {order_no} är avslutad",
    ),
    "inspection_no_plan": (
        "device {individual_no} ({article}) is not inspected: neither its article nor its product"
        " group has an inspection interval",
        "hjälpmedel {individual_no} ({article}) besiktigas inte: varken artikeln eller"
        " produktgruppen har något besiktningsintervall",
    ),
    "inspection_scrapped": (
        "device {individual_no} is scrapped and is no longer inspected",
        "hjälpmedel {individual_no} är kasserat och besiktigas inte längre",
    ),
    "inspection_date_future": (
        "the inspection date {date} has not come yet",
        "besiktningsdatumet {date} har inte kommit än",
    ),
    "inspection_date_before_last": (
        "device {individual_no} was last inspected on {last}; an inspection dated {date} cannot"
        " be recorded after it",
        "hjälpmedel {individual_no} besiktigades senast {last}; en besiktning daterad {date} kan"
        " inte registreras efter den",
    ),
    "inspection_result_unknown": (
        "unknown inspection result '{result}' (valid: {valid})",
        "okänt besiktningsresultat ”{result}” (giltiga: {valid})",
    ),
    "inspection_step_result_unknown": (
        "unknown step result '{result}' (valid: {valid})",
        "okänt resultat ”{result}” (giltiga: {valid})",
    ),
    "inspection_steps_missing": (
        "the inspection cannot be saved: no result for {steps}",
        "besiktningen kan inte sparas: resultat saknas för {steps}",
    ),
    "inspection_note_required": (
        "say what is wrong: the step '{step}' is not OK",
        "beskriv felet: steget ”{step}” är ej OK",
    ),
    "inspection_result_conflict": (
        "the inspection cannot be {result} when its steps make it {outcome}",
        "besiktningen kan inte vara {result_sv} när stegen gör den {outcome_sv}",
    ),
    "no_inspection": (
        "device {individual_no} has not been inspected",
        "hjälpmedel {individual_no} har inte besiktigats",
    ),
    "inspection_interval_range": (
        "the inspection interval must be 0 to {max} months (0: not inspected), not {months}",
        "besiktningsintervallet måste vara 0–{max} månader (0: besiktigas inte), inte {months}",
    ),
    "inspection_plan_scope": (
        "an inspection plan is for a product group or for an article",
        "en besiktningsplan gäller en produktgrupp eller en artikel",
    ),
    "inspection_plan_exists": (
        "{scope} already has an inspection plan",
        "{scope_sv} har redan en besiktningsplan",
    ),
    "inspection_plan_not_found": (
        "no inspection plan {plan_id}",
        "besiktningsplan {plan_id} finns inte",
    ),
    "visit_day_closed": (
        "{date} is not a working day",
        "{date} är ingen arbetsdag",
    ),
    "visit_outside_hours": (
        "a visit is booked between {opens} and {closes}; {time} is not",
        "ett besök bokas mellan {opens} och {closes}; {time} är utanför",
    ),
    "visit_too_soon": (
        "a visit on {date} leaves too little time to tell the user 10 working days ahead;"
        " the earliest day is {earliest}",
        "ett besök {date} ger för kort tid att meddela brukaren 10 arbetsdagar i förväg;"
        " tidigast möjliga dag är {earliest}",
    ),
    "visit_not_in_use": (
        "device {individual_no} is {current}: it is inspected at the centre, without a visit",
        "hjälpmedel {individual_no} är {current_sv}: det besiktigas på hjälpmedelscentralen,"
        " utan besök",
    ),
    "route_one_area": (
        "a route covers one postal area; the devices chosen are in {areas}",
        "en rutt gäller ett postnummerområde; de valda hjälpmedlen finns i {areas}",
    ),
    "route_too_long": (
        "{count} visits of {minutes} minutes from {start} do not fit before {closes}",
        "{count} besök om {minutes} minuter från {start} ryms inte före {closes}",
    ),
    "route_minutes": (
        "a visit takes 5 to 480 minutes, not {minutes}",
        "ett besök tar 5–480 minuter, inte {minutes}",
    ),
    "visit_not_found": (
        "device {individual_no} has no booked visit",
        "hjälpmedel {individual_no} har inget bokat besök",
    ),
    "no_notices_to_send": (
        "none of the devices chosen has a booked visit waiting for its notice",
        "inget av de valda hjälpmedlen har ett bokat besök som väntar på avisering",
    ),
    "notice_no_orderer": (
        "device {individual_no} has no order with an orderer to send the notice to;"
        " print a letter to the user instead",
        "hjälpmedel {individual_no} har ingen arbetsorder med en beställare att skicka"
        " aviseringen till; skriv ut ett brev till brukaren i stället",
    ),
    # recall campaigns (R1–R5)
    "recall_action_unknown": (
        "unknown recall action '{action}' (valid: {valid})",
        "okänd åtgärd ”{action}” för en återkallelse (giltiga: {valid})",
    ),
    "recall_title_required": (
        "a recall campaign needs a title",
        "en återkallelse behöver en rubrik",
    ),
    "recall_dates": (
        "the delivery range ends ({end}) before it starts ({start})",
        "leveransintervallet slutar ({end}) innan det börjar ({start})",
    ),
    "recall_list_empty": (
        "the list of individual numbers is empty",
        "listan med individnummer är tom",
    ),
    "recall_not_of_article": (
        "{count} of the listed individual numbers are not devices of article {article_no}:"
        " {numbers}; nothing was opened",
        "{count} av de listade individnumren är inte hjälpmedel av artikel {article_no}:"
        " {numbers}; ingen återkallelse öppnades",
    ),
    "recall_no_devices": (
        "no device of article {article_no} falls within the campaign; nothing was opened",
        "inget hjälpmedel av artikel {article_no} omfattas; ingen återkallelse öppnades",
    ),
    "recall_not_found": ("no recall campaign {id}", "återkallelse {id} finns inte"),
    "recall_device_not_in": (
        "device {individual_no} is not in recall campaign {id}",
        "hjälpmedel {individual_no} ingår inte i återkallelse {id}",
    ),
    "recall_not_exchange": (
        "order {order_no} is not an open exchange order of a recall campaign",
        "arbetsorder {order_no} är ingen öppen arbetsorder för byte i en återkallelse",
    ),
    "recall_units_changed": (
        "{changed} of the campaign's devices changed on another workstation while the orders were"
        " being created; nothing was created, so run it again",
        "{changed} av återkallelsens hjälpmedel ändrades på en annan arbetsstation medan"
        " arbetsordrarna skapades; inget skapades, så kör det igen",
    ),
    "recall_no_letters": (
        "no user in recall campaign {id} has a device left to act on; there is no letter to print",
        "ingen brukare i återkallelse {id} har något hjälpmedel kvar att åtgärda; det finns inget"
        " brev att skriva ut",
    ),
}
_MESSAGES.update(ORDER_FLOW_MESSAGES)  # the order's actions (W1, W4, W6, W9, S5)
_MESSAGES.update(TRUST_MESSAGES)  # identity, unusable databases and files, people, imports

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
    "change settings": "ändra inställningar",
    "change devices": "ändra hjälpmedel",
    "manage staff": "hantera personal",
    "order pickups": "beställa hämtning",
    "register orders": "registrera arbetsordrar",
    "message orderers": "skicka meddelanden till beställare",
    "work on orders": "arbeta med arbetsordrar (påbörja, vila, återuppta, avsluta, ta)",
    "write technical documentation": "skriva teknisk dokumentation",
    "print pickup slips and shipping notes": "skriva ut hämtordrar och följesedlar",
    "receive returned devices": "ta emot återlämnade hjälpmedel",
    "recondition devices": "rekonditionera hjälpmedel",
    "inspect devices": "besiktiga hjälpmedel",
    "release a blocked device": "häva en spärr på ett hjälpmedel",
    "ship spare parts": "skicka reservdelar",
    "manage recall campaigns": "hantera återkallelser",
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
