"""The change log behind the kept lead-time figures (migration 0008): triggers on
``work_orders`` write the id of every order inserted, deleted, or changed in a column the
figures read, into ``leadtime_changes`` — whichever program, import or workstation writes.
:mod:`hmc_desktop.services.reports.leadtime_summary` recounts those orders and empties the log.

PostgreSQL logs inserts and deletes a statement at a time (a ``COPY`` of 150,000 orders:
one ``INSERT … SELECT``); updates name their columns, which only row triggers can.
"""

from sqlalchemy import Connection, text

# the columns that decide an order's part in the figures (services/reports/leadtime_summary.py)
COUNTED = ("id", "type_code", "status", "registered", "start_by", "started", "finish_by",
           "completed", "contact_by")
TRIGGERS = ("work_orders_leadtime_insert", "work_orders_leadtime_update",
            "work_orders_leadtime_delete")


def sqlite_triggers() -> dict[str, str]:
    """The SQLite triggers by name (the body after ``CREATE TRIGGER name``)."""
    log = "INSERT INTO leadtime_changes (order_id) VALUES"
    return {
        TRIGGERS[0]: f"AFTER INSERT ON work_orders BEGIN {log} (new.id); END",
        TRIGGERS[1]: (f"AFTER UPDATE OF {', '.join(COUNTED)} ON work_orders BEGIN "
                      f"{log} (old.id); INSERT INTO leadtime_changes (order_id) "
                      "SELECT new.id WHERE new.id <> old.id; END"),
        TRIGGERS[2]: f"AFTER DELETE ON work_orders BEGIN {log} (old.id); END",
    }


def create_postgresql(conn: Connection) -> None:
    for ddl in (
        """CREATE FUNCTION leadtime_log_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN INSERT INTO leadtime_changes (order_id) SELECT id FROM new_rows; RETURN NULL;
           END $$""",
        """CREATE FUNCTION leadtime_log_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN INSERT INTO leadtime_changes (order_id) SELECT id FROM old_rows; RETURN NULL;
           END $$""",
        """CREATE FUNCTION leadtime_log_updated() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
             INSERT INTO leadtime_changes (order_id) VALUES (OLD.id);
             IF NEW.id <> OLD.id THEN
               INSERT INTO leadtime_changes (order_id) VALUES (NEW.id);
             END IF;
             RETURN NULL;
           END $$""",
        f"""CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON work_orders
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
            EXECUTE FUNCTION leadtime_log_inserted()""",
        f"""CREATE TRIGGER {TRIGGERS[1]} AFTER UPDATE OF {', '.join(COUNTED)} ON work_orders
            FOR EACH ROW EXECUTE FUNCTION leadtime_log_updated()""",
        f"""CREATE TRIGGER {TRIGGERS[2]} AFTER DELETE ON work_orders
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
            EXECUTE FUNCTION leadtime_log_deleted()""",
    ):
        conn.execute(text(ddl))


def drop_postgresql(conn: Connection) -> None:
    for name in TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON work_orders"))
    for fn in ("leadtime_log_inserted", "leadtime_log_deleted", "leadtime_log_updated"):
        conn.execute(text(f"DROP FUNCTION IF EXISTS {fn}()"))
