"""Migration 0010 on both databases: down to 0005 and up again keeps the devices, adds the
default plans (PM1) and gives the devices of their groups a due day from delivery (PM2)."""

from datetime import date

from alembic import command
from sqlalchemy import text

from hmc_desktop.db.engine import alembic_config
from hmc_desktop.db.unit_of_work import Database


def migrate(db: Database, target: str, down: bool = False) -> None:
    cfg = alembic_config(db.engine)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def test_pm1_pm2_an_existing_register_gets_the_default_plans_and_due_days(db_url):
    db = Database(db_url)
    try:
        migrate(db, "0005", down=True)
        with db.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO articles (id, article_no, name, product_group, digital, simple_aid) "
                "VALUES (1, '121206', 'Taklyft', 'Lyftar', false, false), "
                "(2, '181201', 'Vårdsäng', 'Sängar', false, false), "
                "(3, '120601', 'Rollator', 'Rollatorer', false, false)"))
            conn.execute(text(
                "INSERT INTO devices (id, individual_no, article_id, location, delivered, status, "
                "version) VALUES (1, 'L-1', 1, '', '2024-01-31', 'in_use', 1), "
                "(2, 'B-1', 2, '', '2025-02-28', 'in_stock', 1), "
                "(3, 'R-1', 3, '', '2024-01-31', 'in_use', 1), "
                "(4, 'L-2', 1, '', NULL, 'in_use', 1)"))
        migrate(db, "head")
        with db.engine.connect() as conn:
            dues = dict(conn.execute(text(
                "SELECT individual_no, inspection_due FROM devices ORDER BY id")).all())
            plans = dict(conn.execute(text(
                "SELECT product_group, interval_months FROM inspection_plans")).all())
            steps = conn.execute(text("SELECT count(*) FROM inspection_plan_steps")).scalar()
        assert {k: (v if isinstance(v, date) or v is None else date.fromisoformat(v))
                for k, v in dues.items()} == {
            "L-1": date(2025, 1, 31), "B-1": date(2027, 2, 28), "R-1": None, "L-2": None}
        assert plans == {"Lyftar": 12, "Lyftselar": 6, "Sängar": 24, "Trapphissar": 12}
        assert steps and steps > 10
    finally:
        db.dispose()
