"""inspections: plans per product group or article (PM1), due days on devices (PM2), booked
visits (PM3), inspections with their checklist (PM4)

Default plans for the lifting aids and beds (ceiling and mobile lifts 12 months, lifting slings
6, electric beds 24, stair lifts 12), each with its checklist. Devices already in those groups
get their due day from their delivery date; nothing else changes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-14 09:00:00
"""
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op
from dateutil.relativedelta import relativedelta

import hmc_desktop.db.base


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (product group, interval in months, checklist) as shipped; an administrator edits them later
DEFAULT_PLANS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("Lyftar", 12, (
        "Ram, lyftarm och bygel: sprickor och deformation",
        "Upphängning och selkrokar: slitage och säkring",
        "Lyftmotor och nödsänkning: funktion",
        "Nödstopp och handkontroll: funktion",
        "Batteri och laddare: skick och kapacitet",
        "Hjul och bromsar, eller skena och ändstopp (taklyft)",
        "Provlyft med last enligt tillverkarens anvisning",
        "Märkning: maxlast, CE-märkning och individnummer läsbara",
    )),
    ("Lyftselar", 6, (
        "Väv och sömmar: revor, nötning och missfärgning",
        "Lyftband och öglor: slitage och sömmar",
        "Spännen och clips: funktion",
        "Etikett med storlek, maxlast och tillverkningsdatum läsbar",
        "Antal tvättar inom tillverkarens gräns",
    )),
    ("Sängar", 24, (
        "Ram, gavlar och liggyta: skador och glapp",
        "Sänggrindar: låsning och mellanrum (klämrisk)",
        "Motorer och höj- och sänkfunktion",
        "Handkontroll och kabel: skador och spärrfunktion",
        "Elsäkerhet: nätkabel, kontakt och dragavlastning",
        "Hjul och bromsar",
    )),
    ("Trapphissar", 12, (
        "Skena och drivning: slitage och smörjning",
        "Säkerhetsbrytare och klämskydd: funktion",
        "Säkerhetsbälte och fotplatta",
        "Batteri och laddning",
        "Provkörning hela sträckan",
    )),
)


def upgrade() -> None:
    op.create_table('inspection_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_group', sa.String(length=120), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=True),
    sa.Column('interval_months', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'],
                            name=op.f('fk_inspection_plans_article_id_articles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_plans'))
    )
    has_article, no_article = sa.text('article_id IS NOT NULL'), sa.text('article_id IS NULL')
    with op.batch_alter_table('inspection_plans', schema=None) as batch_op:
        batch_op.create_index('ux_inspection_plans_article', ['article_id'], unique=True,
                              postgresql_where=has_article, sqlite_where=has_article)
        batch_op.create_index('ux_inspection_plans_group', ['product_group'], unique=True,
                              postgresql_where=no_article, sqlite_where=no_article)

    op.create_table('inspection_plan_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['inspection_plans.id'],
                            name=op.f('fk_inspection_plan_steps_plan_id_inspection_plans'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_plan_steps'))
    )
    with op.batch_alter_table('inspection_plan_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_plan_steps_plan_id'), ['plan_id'],
                              unique=False)

    op.create_table('inspections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('performed_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', hmc_desktop.db.base.UTCDateTime(), nullable=False),
    sa.Column('technician', sa.String(length=80), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('next_due', sa.Date(), nullable=True),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'],
                            name=op.f('fk_inspections_device_id_devices')),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'],
                            name=op.f('fk_inspections_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections'))
    )
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index('ix_inspections_device', ['device_id', 'performed_on'], unique=False)
        batch_op.create_index('ix_inspections_due', ['due'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspections_order_id'), ['order_id'], unique=False)

    op.create_table('inspection_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'],
                            name=op.f('fk_inspection_steps_inspection_id_inspections'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_steps'))
    )
    with op.batch_alter_table('inspection_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_steps_inspection_id'), ['inspection_id'],
                              unique=False)

    op.create_table('inspection_visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('visit_at', hmc_desktop.db.base.UTCDateTime(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('booked_by', sa.String(length=80), nullable=False),
    sa.Column('booked_at', hmc_desktop.db.base.UTCDateTime(), nullable=False),
    sa.Column('notified_at', hmc_desktop.db.base.UTCDateTime(), nullable=True),
    sa.Column('notified_by', sa.String(length=80), nullable=True),
    sa.Column('notice', sa.String(length=16), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'],
                            name=op.f('fk_inspection_visits_device_id_devices')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'],
                            name=op.f('fk_inspection_visits_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_visits'))
    )
    booked = sa.text("status = 'booked'")
    with op.batch_alter_table('inspection_visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_visits_device_id'), ['device_id'],
                              unique=False)
        batch_op.create_index('ux_inspection_visits_open', ['device_id'], unique=True,
                              postgresql_where=booked, sqlite_where=booked)

    # Two nullable columns: SQLite adds them in place (no copy of a million-row table).
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_inspected', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('inspection_due', sa.Date(), nullable=True))
    has_due = sa.text('inspection_due IS NOT NULL')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        # covering: the due list reads every device column it shows from the index alone
        batch_op.create_index('ix_devices_inspection_due',
                              ['inspection_due', 'individual_no', 'status', 'article_id',
                               'holder_id', 'last_inspected', 'id'],
                              unique=False, postgresql_where=has_due, sqlite_where=has_due)

    _default_plans()


def _default_plans() -> None:
    """The shipped plans, and the due day of every device of their groups (PM2: delivery +
    interval, a day past the month's end on its last day)."""
    plans = sa.table('inspection_plans', sa.column('id', sa.Integer),
                     sa.column('product_group', sa.String), sa.column('article_id', sa.Integer),
                     sa.column('interval_months', sa.Integer))
    steps = sa.table('inspection_plan_steps', sa.column('plan_id', sa.Integer),
                     sa.column('name', sa.String), sa.column('sort_order', sa.Integer))
    op.bulk_insert(plans, [{'id': i, 'product_group': group, 'article_id': None,
                            'interval_months': months}
                           for i, (group, months, _s) in enumerate(DEFAULT_PLANS, start=1)])
    op.bulk_insert(steps, [{'plan_id': i, 'name': name, 'sort_order': n}
                           for i, (_g, _m, names) in enumerate(DEFAULT_PLANS, start=1)
                           for n, name in enumerate(names)])
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':  # explicit ids: the sequence continues after them
        conn.execute(sa.text("SELECT setval(pg_get_serial_sequence('inspection_plans', 'id'), "
                             "(SELECT max(id) FROM inspection_plans))"))
    months = {group: m for group, m, _s in DEFAULT_PLANS}
    rows = conn.execute(sa.text(
        "SELECT d.id, d.delivered, a.product_group FROM devices d "
        "JOIN articles a ON a.id = d.article_id "
        "WHERE d.delivered IS NOT NULL AND a.product_group IN :groups"
    ).bindparams(sa.bindparam('groups', expanding=True)), {'groups': list(months)})
    updates = []
    for device_id, delivered, group in rows:
        day = delivered if isinstance(delivered, date) else date.fromisoformat(str(delivered))
        updates.append({'d_id': device_id, 'due': day + relativedelta(months=months[group])})
    if updates:
        devices = sa.table('devices', sa.column('id', sa.Integer),
                           sa.column('inspection_due', sa.Date))
        conn.execute(devices.update().where(devices.c.id == sa.bindparam('d_id'))
                     .values(inspection_due=sa.bindparam('due')), updates)


def downgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index('ix_devices_inspection_due')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('inspection_due')
        batch_op.drop_column('last_inspected')
    with op.batch_alter_table('inspection_visits', schema=None) as batch_op:
        batch_op.drop_index('ux_inspection_visits_open')
        batch_op.drop_index(batch_op.f('ix_inspection_visits_device_id'))
    op.drop_table('inspection_visits')
    with op.batch_alter_table('inspection_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_steps_inspection_id'))
    op.drop_table('inspection_steps')
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspections_order_id'))
        batch_op.drop_index('ix_inspections_due')
        batch_op.drop_index('ix_inspections_device')
    op.drop_table('inspections')
    with op.batch_alter_table('inspection_plan_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_plan_steps_plan_id'))
    op.drop_table('inspection_plan_steps')
    with op.batch_alter_table('inspection_plans', schema=None) as batch_op:
        batch_op.drop_index('ux_inspection_plans_group')
        batch_op.drop_index('ux_inspection_plans_article')
    op.drop_table('inspection_plans')
