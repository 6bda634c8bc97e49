"""The columns that start-up and the queue read, as SQLAlchemy Core tables (start-up time).

The models (:mod:`hmc_desktop.db.models`) are the schema. But importing them means
importing SQLAlchemy's ORM and building their mappings: 100 ms before the window could
show a row. The queue and the start-up checks only *read* a few columns of a few tables,
so they use these lightweight ``table()`` constructs (names and types, no constraints);
the ORM loads when the first order is opened. A test holds every column here to the
model's column of the same name and type.
"""

from sqlalchemy import Boolean, Date, Integer, String, Text, Time, column, table

from hmc_desktop.db.types import UTCDateTime

work_orders = table(
    "work_orders",
    column("id", Integer), column("order_no", String), column("type_code", String),
    column("mailbox", String), column("status", String), column("registered", UTCDateTime),
    column("start_by", UTCDateTime), column("finish_by", UTCDateTime),
    column("contact_by", UTCDateTime), column("started", UTCDateTime),
    column("completed", UTCDateTime), column("cancelled", UTCDateTime),
    column("contacted", UTCDateTime), column("medical_risk", Boolean),
    column("incomplete", String), column("device_id", Integer), column("holder_id", Integer),
    column("orderer_id", Integer), column("assigned_to", String),
)
devices = table("devices", column("id", Integer), column("individual_no", String),
                column("article_id", Integer),
                # the inspection due list (PM2) reads these, and the due-day refresh and the
                # demo write the last two in bulk: the command needs no ORM
                column("status", String), column("holder_id", Integer),
                column("last_inspected", Date), column("inspection_due", Date))
articles = table("articles", column("id", Integer), column("name", String),
                 column("article_no", String), column("product_group", String))
holders = table("holders", column("id", Integer), column("name", String),
                column("street", String), column("postal_code", String), column("city", String))
orderers = table("orderers", column("id", Integer), column("name", String))
messages = table("messages", column("id", Integer), column("order_id", Integer),
                 column("kind", String), column("created_at", UTCDateTime))
audit_log = table("audit_log", column("id", Integer), column("entity", String),
                  column("entity_key", String))

# reference data (services/core/reference.py, services/core/staff.py)
mailboxes = table("mailboxes", column("id", Integer), column("name", String))
order_types = table(
    "order_types",
    column("code", String), column("name", String), column("mailbox_id", Integer),
    column("sort_order", Integer), column("billing", String), column("family", String),
    column("start_days", Integer),
    column("finish_days", Integer), column("finish_hours", Integer),
    column("invoiced_if_simple_aid", Boolean), column("prescriber_only", Boolean),
    column("requires_device", Boolean), column("requires_service_product", Boolean),
    column("requires_payer_no", Boolean), column("required_attachments", String),
    column("waits_for_approval", Boolean), column("help_text", Text),
)
opening_hours = table("opening_hours", column("id", Integer), column("opens", Time),
                      column("closes", Time))
closing_days = table("closing_days", column("day", Date))
settings = table("settings", column("key", String))
checklist_steps = table("checklist_steps", column("id", Integer))
staff = table("staff", column("id", Integer), column("login", String),
              column("display_name", String), column("role", String), column("active", Boolean),
              column("service_account", Boolean))

# periodic inspection (services/inspections/due.py)
inspection_visits = table("inspection_visits", column("id", Integer),
                          column("device_id", Integer), column("status", String),
                          column("visit_at", UTCDateTime), column("notice", String))

ALL = (work_orders, devices, articles, holders, orderers, messages, audit_log, mailboxes,
       order_types, opening_hours, closing_days, settings, checklist_steps, staff,
       inspection_visits)
