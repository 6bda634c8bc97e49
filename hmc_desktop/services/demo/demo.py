"""Reproducible, realistic demo data in bulk (CONTRACT `demo`), fast enough for 1,000,000 devices.

Rows are generated in plain Python and written with Core ``executemany`` in chunks with
explicit ids: the ORM's per-object bookkeeping would take many minutes at this size.
"""

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from hmc_desktop.db.bulk import bulk_insert
from hmc_desktop.db.models import Article, Device, Holder, Orderer, Pickup, Staff, WorkOrder
from hmc_desktop.domain.catalogue import TECHNICAL_REVIEW_TYPES
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.personnummer import check_digit
from hmc_desktop.domain.types import DeviceStatus as DS
from hmc_desktop.domain.types import OrderStatus as OS
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.demo import data as V
from hmc_desktop.services.demo import inspections
from hmc_desktop.services.demo.recalls import add_demo_recalls
from hmc_desktop.services.devices.returns import (
    IN_STOCK_LOCATION,
    RECON_BENCH,
    RETURNS_SHELF,
    SCRAPPED_LOCATION,
)
from hmc_desktop.services.orders.rules import derive
from hmc_desktop.services.orders.support import AT_USER

Progress = Callable[[str, int, int], None]

# type code → weight in the queue (corrective maintenance and digital support dominate)
TYPE_WEIGHTS = {"0": 8, "1": 22, "2": 14, "3": 5, "4": 5, "5": 4, "6": 2, "7": 2, "8": 7,
                "9": 1, "10": 2, "12": 3, "13": 1, "SDH": 16}
DEVICE_STATUS_WEIGHTS = ((DS.IN_USE, 76), (DS.IN_STOCK, 9), (DS.PICKUP_ORDERED, 2),
                         (DS.RETURNED, 2), (DS.IN_RECONDITIONING, 2), (DS.AT_WORKSHOP, 2),
                         (DS.SCRAPPED, 7))
CANCEL_REASONS = ("Fel arbetsordertyp", "Brukaren gick inte att nå", "Dubbelregistrerad",
                  "Åtgärdat av brukaren själv")
INCOMPLETE_REASON = "Underlaget kom aldrig in"
# Not "waiting for an approved cost proposal": that wait has its proposal (W9), which the
# demo does not make; as many reasons as before, so a seed still gives the same data.
WAIT_REASONS = ("Väntar på reservdel", "Väntar på besked från förskrivare",
                "Brukaren bortrest", "Väntar på besked från brukaren")
# Where a device of each status without a user is (D2): stock is in a store, a returned one
# on the returns shelf, as the return and reconditioning flows leave them.
LOCATIONS = {DS.IN_STOCK: (IN_STOCK_LOCATION, f"{IN_STOCK_LOCATION} Knutpunkt Borås"),
             DS.RETURNED: (RETURNS_SHELF,), DS.IN_RECONDITIONING: (RECON_BENCH,),
             DS.AT_WORKSHOP: ("Verkstad",), DS.SCRAPPED: (SCRAPPED_LOCATION,)}
PICKUP_WITHIN = 5  # working days: the pickups planned for the coming week (Utskrifter)


class DemoDevice(NamedTuple):
    id: int
    holder: int | None
    status: str
    group: str
    digital: bool


@dataclass(frozen=True, slots=True)
class DemoSummary:
    devices: int
    orders: int
    holders: int
    orderers: int

    def line(self) -> str:
        return (f"demo: {self.devices} devices, {self.orders} orders, {self.holders} users, "
                f"{self.orderers} orderers created")


class DemoGenerator:
    def __init__(self, ctx: ServiceContext, seed: int = 1, progress: Progress | None = None) -> None:
        self.ctx = ctx
        self.rng = random.Random(seed)
        self.progress = progress or (lambda stage, done, total: None)
        self.now = ctx.clock.now()

    # -- helpers -----------------------------------------------------------------
    def _next_id(self, session: Session, model: Any) -> int:
        return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1

    def _bulk(self, session: Session, table: Table, rows: Iterator[dict[str, Any]],
              stage: str, total: int) -> None:
        bulk_insert(session.connection(), table, rows, lambda done: self.progress(stage, done, total))

    def _person(self) -> str:
        return f"{self.rng.choice(V.FIRST_NAMES)} {self.rng.choice(V.LAST_NAMES)}"

    # -- the run ---------------------------------------------------------------------
    def run(self, devices: int, orders: int) -> DemoSummary:
        ctx = self.ctx
        with ctx.db.transaction() as session:
            self._staff(session)
            article_ids = self._articles(session)
            orderer_ids = self._orderers(session, max(20, min(3000, orders // 150 + 20)))
            n_holders = max(1, int(devices * 0.6))
            first_holder = self._holders(session, n_holders)
            device_rows = self._devices(session, devices, article_ids, first_holder, n_holders)
            recalled = add_demo_recalls(session, ctx, devices, orders)  # R1–R5 (demo_recalls.py)
            last_orders = self._orders(session, orders - recalled, device_rows, orderer_ids)
            self._pickups(session, device_rows, last_orders)
            inspections.generate(session, ctx.calendar, self.now, self.rng,  # PM1–PM4 history
                                 device_rows[0][0] if device_rows else 1)
            record(session, who=ctx.user.login, at=self.now, entity="database", key="demo",
                   action="demo", new=f"{devices} devices, {orders} orders")
        return DemoSummary(devices, orders, n_holders, len(orderer_ids))

    def _staff(self, session: Session) -> None:
        """One made-up login per role. They are service accounts: no person logs in as
        'tekniker1', and a demonstration or an acceptance script tries each role with
        ``HMC_USER=tekniker1`` (services/core/staff.py) — which is why only an administrator
        may make demo data."""
        existing = set(session.scalars(select(Staff.login)))
        session.add_all(Staff(login=lg, display_name=name, role=role, service_account=True)
                        for lg, name, role in V.STAFF if lg not in existing)

    def _articles(self, session: Session) -> list[tuple[int, int, bool, int, str]]:
        """(article id, weight, digital, lifetime, product group) for each device article."""
        have = {a.article_no: a for a in session.scalars(select(Article))}
        for no, name, group, digital, simple, _w, _l in V.ARTICLES:
            if no not in have:
                have[no] = Article(article_no=no, name=name, product_group=group,
                                   digital=digital, simple_aid=simple)
                session.add(have[no])
        for no, name in V.PART_ARTICLES:
            if no not in have:
                session.add(Article(article_no=no, name=name, product_group="Reservdelar"))
        session.flush()
        return [(have[no].id, w, digital, life, group)
                for no, _n, group, digital, _s, w, life in V.ARTICLES]

    def _orderers(self, session: Session, n: int) -> list[int]:
        first = self._next_id(session, Orderer)
        rng = self.rng
        rows = ({"id": first + i, "name": f"{self._person()}, {rng.choice(V.PROFESSIONS)}",
                 "unit": f"{rng.choice(V.UNITS)} {first + i}",
                 "payer_no": f"{rng.randint(10000, 99999)}"} for i in range(n))
        self._bulk(session, Orderer.__table__, rows, "orderers", n)  # type: ignore[arg-type]
        return list(range(first, first + n))

    def _holders(self, session: Session, n: int) -> int:
        first = self._next_id(session, Holder)
        rng = self.rng
        base_day = date(1925, 1, 1)
        ndays = (date(2012, 12, 31) - base_day).days
        space = ndays * 1000

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(n):
                k = ((first + i) * 7_368_787) % space  # a bijection: personnummer never repeat
                born = base_day + timedelta(days=k % ndays)
                nine = born.strftime("%y%m%d") + f"{k // ndays:03d}"
                city, prefix = rng.choice(V.CITIES)
                yield {"id": first + i, "name": self._person(),
                       "street": f"{rng.choice(V.STREETS)} {rng.randint(1, 120)}",
                       "postal_code": f"{prefix} {rng.randint(10, 99)}", "city": city,
                       "phone": f"07{rng.randint(0, 9)}-{rng.randint(100, 999)} {rng.randint(10, 99)} "
                                f"{rng.randint(10, 99)}",
                       "personnummer": f"{born.strftime('%Y%m%d')}-{nine[6:]}{check_digit(nine)}"}

        self._bulk(session, Holder.__table__, rows(), "users", n)  # type: ignore[arg-type]
        return first

    def _devices(self, session: Session, n: int, articles: list[tuple[int, int, bool, int, str]],
                 first_holder: int, n_holders: int) -> list[DemoDevice]:
        """Creates devices; returns what order generation needs to know of each."""
        first = self._next_id(session, Device)
        rng = self.rng
        weights = [a[1] for a in articles]
        statuses = [s for s, _w in DEVICE_STATUS_WEIGHTS]
        sweights = [w for _s, w in DEVICE_STATUS_WEIGHTS]
        picked_articles = rng.choices(articles, weights, k=n)
        picked_status = rng.choices(statuses, sweights, k=n)
        out: list[DemoDevice] = []
        today = self.now.date()

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(n):
                art_id, _w, digital, life, group = picked_articles[i]
                status = picked_status[i]
                holder = (first_holder + rng.randrange(n_holders)
                          if status in (DS.IN_USE, DS.PICKUP_ORDERED) else None)
                dev_id = first + i
                out.append(DemoDevice(dev_id, holder, status.value, group, digital))
                yield {"id": dev_id, "individual_no": f"{1_000_000 + dev_id}", "article_id": art_id,
                       "holder_id": holder,
                       "location": AT_USER if holder else rng.choice(LOCATIONS[status]),
                       "delivered": today - timedelta(days=rng.randint(30, 365 * life + 400)),
                       "lifetime_years": life, "status": status.value, "version": 1,
                       "updated_at": None}

        self._bulk(session, Device.__table__, rows(), "devices", n)  # type: ignore[arg-type]
        return out

    def _orders(self, session: Session, n: int, devices: list[DemoDevice],
                orderer_ids: list[int]) -> dict[int, tuple[int, str]]:
        """Creates orders; returns each device's last order (id, description)."""
        first = self._next_id(session, WorkOrder)
        rng, cal, cat, now = self.rng, self.ctx.calendar, self.ctx.catalogue, self.now
        codes = list(TYPE_WEIGHTS)
        # every type at least once (CONTRACT: all order types), then by weight
        picked = rng.sample(codes, min(n, len(codes)))
        picked += rng.choices(codes, [TYPE_WEIGHTS[c] for c in codes], k=n - len(picked))
        with_holder = [d for d in devices if d.holder is not None] or devices
        pools = {code: [d for d in (devices if code == "8" else with_holder)
                        if d.group in groups] for code, groups in V.TYPE_GROUPS.items()}
        pools["SDH"] = [d for d in with_holder if d.digital]  # support for digital aids (S1)
        staff = [lg for lg, _n, role in V.STAFF if role in ("technician", "support")]
        last: dict[int, tuple[int, str]] = {}

        def moment(base: datetime, max_hours: float) -> datetime:
            """``base`` plus up to ``max_hours`` of *working* time: people work in opening hours."""
            return cal.add_working_time(base, timedelta(hours=rng.uniform(0.3, max_hours))).replace(
                second=0, microsecond=0)

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(n):
                code = picked[i]
                pool = pools.get(code, with_holder)
                if not pool:  # too few devices of the groups the type needs
                    code, pool = "1", with_holder
                t = cat.get(code)
                age = min(730.0, rng.expovariate(1 / 90))
                reg = (now - timedelta(days=age)).replace(second=0, microsecond=0)
                if rng.random() < 0.9:  # most orders arrive in opening hours
                    reg = reg.replace(hour=rng.randint(8, 15), minute=rng.randrange(0, 60, 5))
                    if reg > now:
                        reg -= timedelta(days=1)
                dev = None if (code == "5" and rng.random() < 0.5) else rng.choice(pool)
                text = rng.choice(V.descriptions(code, dev.group if dev else None))
                if dev is not None:
                    last[dev.id] = (first + i, text)
                review = code in TECHNICAL_REVIEW_TYPES and rng.random() < 0.04
                kinds: list[str] = []
                if t.required_attachments and rng.random() < 0.85:
                    kinds = [k.value for k in t.required_attachments]
                payer = f"{rng.randint(10000, 99999)}"
                service = rng.choice(V.SERVICE_PRODUCTS) if code == "5" and rng.random() < 0.9 else ""
                d = derive(t, reg, self.ctx.deadlines, technical_review=review, simple_aid=False,
                           service_product=service, payer_no=payer, attachment_kinds=kinds)
                status, started, completed, cancelled, contacted = self._outcome(
                    reg, d.deadlines.start_by or d.deadlines.finish_by, t.finish_hours is not None,
                    bool(d.incomplete), review, moment)
                yield {
                    "id": first + i, "order_no": f"AO{first + i + 100000:07d}", "type_code": code,
                    "mailbox": d.mailbox, "status": status, "registered": reg,
                    "start_by": d.deadlines.start_by, "finish_by": d.deadlines.finish_by,
                    "contact_by": d.deadlines.contact_by, "started": started,
                    "completed": completed, "cancelled": cancelled, "contacted": contacted,
                    "cancel_reason": (INCOMPLETE_REASON if d.incomplete else rng.choice(CANCEL_REASONS))
                    if cancelled else "",
                    "waiting_reason": rng.choice(WAIT_REASONS) if status == OS.WAITING else "",
                    "orderer_id": rng.choice(orderer_ids), "device_id": dev.id if dev else None,
                    "holder_id": dev.holder if dev else None,
                    "assigned_to": rng.choice(staff) if started else None,
                    "description": text, "service_product": service,
                    "payer_no": payer, "medical_risk": rng.random() < 0.02,
                    "technical_review": review, "quick_service": code == "1" and rng.random() < 0.1,
                    "source": rng.choice(("portal",) * 8 + ("phone", "fax")), "billing": d.billing,
                    "incomplete": d.incomplete, "deviation_class": None, "version": 1,
                    "updated_at": None,
                }

        self._bulk(session, WorkOrder.__table__, rows(), "orders", n)  # type: ignore[arg-type]
        return last

    def _pickups(self, session: Session, devices: list[DemoDevice],
                 last_orders: dict[int, tuple[int, str]]) -> None:
        """Every device whose pickup is ordered (D2) has its pickup order, planned for one of
        the next working days: the warehouse's print list (Utskrifter) is not empty."""
        rng, cal, today = self.rng, self.ctx.calendar, self.now.date()
        wanted = [d for d in devices if d.status == DS.PICKUP_ORDERED.value]
        first = self._next_id(session, Pickup)
        staff = [lg for lg, _n, role in V.STAFF if role != "admin"]

        def rows() -> Iterator[dict[str, Any]]:
            for i, dev in enumerate(wanted):
                order_id, text = last_orders.get(dev.id, (None, rng.choice(V.PICKUP_REASONS)))
                yield {"id": first + i, "device_id": dev.id, "order_id": order_id,
                       "pickup_date": cal.add_working_days(today, rng.randint(1, PICKUP_WITHIN)),
                       "status": "planned", "reason": text, "created_by": rng.choice(staff),
                       "created_at": self.now - timedelta(hours=rng.randint(1, 48))}

        self._bulk(session, Pickup.__table__, rows(), "pickups", len(wanted))  # type: ignore[arg-type]

    def _outcome(self, reg: datetime, first_due: datetime | None, acute: bool, incomplete: bool,
                 review: bool, moment: Callable[[datetime, float], datetime]
                 ) -> tuple[str, datetime | None, datetime | None, datetime | None, datetime | None]:
        """A plausible history: mostly on time, some late, some still open, a few cancelled."""
        rng, now = self.rng, self.now
        contacted = moment(reg, 8 * rng.choice((3, 6, 12, 20))) if review else None
        if contacted and contacted > now:
            contacted = None
        if rng.random() < 0.03:
            c = moment(reg, 24)
            if c < now:
                return OS.CANCELLED.value, None, None, c, contacted
        if incomplete:
            # the orderer usually sends what is missing; an order still lacking it after a few
            # weeks is cancelled, as the centre does, instead of lingering in the queue
            if now - reg > timedelta(days=30):
                return OS.CANCELLED.value, None, None, moment(reg, 8 * 15), contacted
            return OS.REGISTERED.value, None, None, None, contacted
        late = rng.random() < 0.12
        if acute:
            started = moment(reg, 3 if not late else 30)
        else:
            started = moment(reg, 8 * (2.5 if not late else 8))
        if started > now:
            return OS.REGISTERED.value, None, None, None, contacted
        completed = moment(started, 8 * (6 if not late else 16) if not acute else (5 if not late else 30))
        if completed > now or (now - reg < timedelta(days=45) and rng.random() < 0.06):
            status = OS.WAITING.value if rng.random() < 0.15 else OS.STARTED.value
            return status, started, None, None, contacted
        return OS.COMPLETED.value, started, completed, None, contacted


def generate_demo(ctx: ServiceContext, devices: int, orders: int, seed: int = 1,
                  progress: Progress | None = None) -> DemoSummary:
    """Fill the database with ``devices`` devices and ``orders`` orders (reproducible by ``seed``).

    Administrators only: it adds staff logins, service accounts among them.
    """
    ctx.user.require(Action.MANAGE_STAFF)
    return DemoGenerator(ctx, seed, progress).run(devices, orders)

