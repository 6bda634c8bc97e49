"""Model-based test of the order's actions (W1, W4, W6, W9, S5) on SQLite and PostgreSQL.

Hypothesis' ``RuleBasedStateMachine`` runs random sequences of every order action — start,
wait, resume, complete, cancel, claim, propose a cost, answer it, add documentation and
attachments, complete the order's details, and re-import the same order with varying started/completed/cancelled columns
— through the services, from two workstations (two service contexts on their own
connections, an administrator and a technician). After each step the order in the database
is held to a small reference model of the rules, written here from DOMAIN.md and not from
the program's code:

- W1: waiting is entered from ``started`` only, resuming returns to ``started``; completed and
  cancelled orders never change status again; an action the rules refuse changes nothing.
- W6: an incomplete order never *becomes* ``started`` (start, resume, an approved proposal,
  a re-import's ``started`` column).
- W9: while a cost proposal waits for its answer, only the answer ends the wait (resume and
  complete are refused, a re-import cannot complete it); approve → started, decline → cancelled.
- W4: cancelling ends the order whatever its open status.
- S5: a support order (SDH) is completed only with at least one documentation entry.
- Claims: ``start`` never takes over an order another person has claimed.

The re-import's own rule: a row that would break any of these is rejected, the rest of the
file is unaffected (CONTRACT "Import format").
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from hmc_desktop.db.models import CostProposal, Staff, WorkOrder
from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.claims import ClaimService
from hmc_desktop.services.orders.cost_proposals import CostProposalService
from hmc_desktop.services.orders.techdoc import TechDocService
from tests.conftest import TEST_LOGIN

NOW = "2026-11-23 16:30"
SECOND = "tek2"  # the technician at the other workstation
ACTORS = (TEST_LOGIN, SECOND)
OPEN = ("registered", "started", "waiting")
# W6 per type, from DOMAIN.md's table: what an order needs before it can be started.
NEEDS: dict[str, tuple[str, ...]] = {
    "1": (), "SDH": (),
    "5": ("service_product", "payer_no", "attachment:consultation_basis"),
    "7": ("attachment:special_adaptation_instruction",),
}
KINDS = ("consultation_basis", "special_adaptation_instruction", "other")
MOMENTS = {"started": "2026-11-23 11:00", "completed": "2026-11-23 14:00",
           "cancelled": "2026-11-23 15:00"}
CREATE = ("order_no;type;registered;individual_no;article_no;orderer_name;payer_no;"
          "service_product;description;attachments;attachment_kinds\n")

# Step counts for the report (the test prints them).
STATS = {"examples": 0, "steps": 0}
_numbers = itertools.count(1)


@dataclass
class Model:
    """The reference: what DOMAIN.md says the order is after each step."""

    order_no: str
    type_code: str
    status: str = "registered"
    service_product: str = ""
    payer_no: str = ""
    kinds: set[str] = field(default_factory=set)
    pending: bool = False  # a cost proposal waits for its answer (W9)
    docs: int = 0
    claimed_by: str | None = None
    ever_started: bool = False

    def missing(self, service_product: str | None = None, payer_no: str | None = None) -> list[str]:
        sp = self.service_product if service_product is None else service_product
        pn = self.payer_no if payer_no is None else payer_no
        have = {"service_product": bool(sp.strip()), "payer_no": bool(pn.strip())}
        have.update({f"attachment:{k}": k in self.kinds for k in KINDS})
        return [item for item in NEEDS[self.type_code] if not have[item]]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    def claim_ok(self, actor: str) -> bool:
        return self.claimed_by in (None, actor)


class OrderRules(RuleBasedStateMachine):
    """One order per example; the contexts and the database are the test's (see ``run``)."""

    contexts: dict[str, ServiceContext]
    folder: Path

    def __init__(self) -> None:
        super().__init__()
        self.model: Model | None = None
        self.before: tuple[str, bool] | None = None  # (status, incomplete) before the step
        self.last: tuple[str, bool] | None = None  # as the last check found it
        STATS["examples"] += 1

    # -- helpers ---------------------------------------------------------------------------
    @property
    def m(self) -> Model:
        assert self.model is not None
        return self.model

    def _ctx(self, actor: str) -> ServiceContext:
        return self.contexts[actor]

    def _try(self, step: str, expected: bool, call: object) -> bool:
        """Run ``call``; a DomainError is a refusal. The outcome must be the model's."""
        STATS["steps"] += 1
        self.before = self.last
        try:
            call()  # type: ignore[operator]
            done = True
        except DomainError as exc:
            done, reason = False, str(exc)
        assert done == expected, (
            f"{step} on {self.m.order_no} ({self.m.type_code}, {self.m.status}, "
            f"missing {self.m.missing()}, pending {self.m.pending}, docs {self.m.docs}, "
            f"claimed by {self.m.claimed_by}): the rules say "
            f"{'allowed' if expected else 'refused'}, the program "
            f"{'did it' if done else 'refused: ' + reason}")
        return done

    def _stored(self) -> tuple[str, bool, str | None, bool]:
        """(status, incomplete, assigned_to, a proposal pending) as stored now."""
        with self._ctx(TEST_LOGIN).db.reading() as s:
            status, incomplete, owner, order_id = s.execute(
                select(WorkOrder.status, WorkOrder.incomplete, WorkOrder.assigned_to, WorkOrder.id)
                .where(WorkOrder.order_no == self.m.order_no)).one()
            pending = s.scalar(select(CostProposal.id).where(
                CostProposal.order_id == order_id, CostProposal.status == "pending").limit(1))
        return status, bool(incomplete), owner, pending is not None

    def _import(self, text: str) -> int:
        path = self.folder / f"{self.m.order_no}-{STATS['steps']}.csv"
        path.write_text(text, encoding="utf-8")
        report = ImportService(self._ctx(TEST_LOGIN)).import_file(str(path))
        return report.rejected

    def _device_cells(self) -> str:
        return "" if self.m.type_code == "5" else f"IND-{self.m.order_no}"

    # -- the order ----------------------------------------------------------------------------
    @initialize(type_code=st.sampled_from(sorted(NEEDS)), service_product=st.booleans(),
                payer_no=st.booleans(), kinds=st.sets(st.sampled_from(KINDS), max_size=2))
    def register(self, type_code: str, service_product: bool, payer_no: bool,
                 kinds: set[str]) -> None:
        self.model = Model(f"M-{next(_numbers)}", type_code,
                           service_product="Konsultation rullstol" if service_product else "",
                           payer_no="4711" if payer_no else "", kinds=set(kinds))
        m, ordered = self.m, sorted(kinds)
        device = self._device_cells()
        article = "" if type_code == "5" else "120601"
        row = (f"{m.order_no};{type_code};2026-11-23 09:00;{device};{article};Eva Ek;"
               f"{m.payer_no};{m.service_product};Arbete;"
               f"{'|'.join(k + '.pdf' for k in ordered)};{'|'.join(ordered)}\n")
        assert self._import(CREATE + row) == 0

    # -- the actions ---------------------------------------------------------------------------
    @rule(actor=st.sampled_from(ACTORS))
    def start(self, actor: str) -> None:
        m = self.m
        ok = m.status == "registered" and not m.missing() and m.claim_ok(actor)
        if self._try(f"start by {actor}", ok, lambda: OrderService(self._ctx(actor)).start(
                m.order_no)):
            m.status, m.claimed_by, m.ever_started = "started", actor, True

    @rule(actor=st.sampled_from(ACTORS))
    def wait(self, actor: str) -> None:
        m = self.m
        if self._try(f"wait by {actor}", m.status == "started",
                     lambda: OrderService(self._ctx(actor)).hold(m.order_no, "Väntar på del")):
            m.status = "waiting"

    @rule(actor=st.sampled_from(ACTORS))
    def resume(self, actor: str) -> None:
        m = self.m
        ok = m.status == "waiting" and not m.pending and not m.missing()
        if self._try(f"resume by {actor}", ok,
                     lambda: OrderService(self._ctx(actor)).resume(m.order_no)):
            m.status = "started"

    @rule(actor=st.sampled_from(ACTORS))
    def complete(self, actor: str) -> None:
        m = self.m
        ok = m.status == "started" and not m.pending and (m.type_code != "SDH" or m.docs > 0)
        if self._try(f"complete by {actor}", ok,
                     lambda: OrderService(self._ctx(actor)).complete(m.order_no)):
            m.status = "completed"

    @rule(actor=st.sampled_from(ACTORS))
    def cancel(self, actor: str) -> None:
        m = self.m
        if self._try(f"cancel by {actor}", m.is_open,
                     lambda: OrderService(self._ctx(actor)).cancel(m.order_no, "Fel typ")):
            m.status, m.pending = "cancelled", False

    @rule(actor=st.sampled_from(ACTORS))
    def claim(self, actor: str) -> None:
        m = self.m
        result = []
        if self._try(f"claim by {actor}", m.is_open, lambda: result.append(
                ClaimService(self._ctx(actor)).claim(m.order_no))):
            assert result[0].claimed == m.claim_ok(actor), (
                f"claim by {actor} of an order claimed by {m.claimed_by}: {result[0]}")
            m.claimed_by = m.claimed_by or actor

    @rule(actor=st.sampled_from(ACTORS), kronor=st.integers(1, 250_000))
    def propose_cost(self, actor: str, kronor: int) -> None:
        m = self.m
        ok = m.type_code == "7" and m.is_open and not m.pending and (
            m.status != "registered" or (not m.missing() and m.claim_ok(actor)))
        if self._try(f"propose {kronor} kr by {actor}", ok,
                     lambda: CostProposalService(self._ctx(actor)).propose(
                         m.order_no, Decimal(kronor), "Förstärkt ram")):
            if m.status == "registered":
                m.claimed_by, m.ever_started = actor, True
            m.status, m.pending = "waiting", True

    @rule(actor=st.sampled_from(ACTORS))
    def approve(self, actor: str) -> None:
        m = self.m
        ok = m.type_code == "7" and m.is_open and m.pending and not m.missing()
        if self._try(f"approve by {actor}", ok,
                     lambda: CostProposalService(self._ctx(actor)).approve(m.order_no, "Eva Ek")):
            m.status, m.pending = "started", False

    @rule(actor=st.sampled_from(ACTORS))
    def decline(self, actor: str) -> None:
        m = self.m
        ok = m.type_code == "7" and m.is_open and m.pending
        if self._try(f"decline by {actor}", ok,
                     lambda: CostProposalService(self._ctx(actor)).decline(m.order_no, "Eva Ek")):
            m.status, m.pending = "cancelled", False

    @rule(actor=st.sampled_from(ACTORS))
    def document(self, actor: str) -> None:
        m = self.m
        if self._try(f"documentation by {actor}", True, lambda: TechDocService(
                self._ctx(actor)).add_entry(m.order_no, "step", "Felsökt per telefon")):
            m.docs += 1

    @rule(actor=st.sampled_from(ACTORS), kind=st.sampled_from(KINDS))
    def attach(self, actor: str, kind: str) -> None:
        m = self.m
        if self._try(f"attach {kind} by {actor}", True, lambda: TechDocService(
                self._ctx(actor)).add_attachment(m.order_no, f"{kind}-{STATS['steps']}.pdf",
                                                 b"%PDF-1.4", kind)):
            m.kinds.add(kind)

    @rule(actor=st.sampled_from(ACTORS), service_product=st.sampled_from(("", "Rullstol")),
          payer_no=st.sampled_from(("", "4711")))
    def complete_details(self, actor: str, service_product: str, payer_no: str) -> None:
        """W6 in the window (F2): the service product and payer number, version-checked."""
        m = self.m
        orders = OrderService(self._ctx(actor))
        version = orders.show(m.order_no).version
        if self._try(f"details {service_product!r}/{payer_no!r} by {actor}", m.is_open,
                     lambda: orders.complete_details(m.order_no, version,
                                                     service_product=service_product,
                                                     payer_no=payer_no)):
            m.service_product, m.payer_no = service_product, payer_no

    @rule(times=st.fixed_dictionaries({}, optional={k: st.booleans() for k in MOMENTS}),
          service_product=st.none() | st.sampled_from(("", "Konsultation rullstol")),
          payer_no=st.none() | st.sampled_from(("", "4711")))
    def reimport(self, times: dict[str, bool], service_product: str | None,
                 payer_no: str | None) -> None:
        """The same order again, its status columns present (with a time or empty) or absent."""
        m = self.m
        STATS["steps"] += 1
        self.before = self.last
        columns = sorted(times)
        cells = {"order_no": m.order_no, "type": m.type_code, "registered": "2026-11-23 09:00",
                 "individual_no": self._device_cells()}
        if payer_no is not None:
            cells["payer_no"] = payer_no
        if service_product is not None:
            cells["service_product"] = service_product
        cells.update((c, MOMENTS[c] if times[c] else "") for c in columns)
        if times.get("cancelled"):
            cells["cancel_reason"] = "Makulerad i portalen"
        text = ";".join(cells) + "\n" + ";".join(cells.values()) + "\n"
        rejected = self._import(text)

        # What the row asks for: the status its times give (absent columns keep the stored ones).
        stored = {"started": m.ever_started, "completed": m.status == "completed",
                  "cancelled": m.status == "cancelled"}
        stored.update(times)
        target = ("cancelled" if stored["cancelled"] else "completed" if stored["completed"]
                  else "started" if stored["started"] else "registered")
        missing = m.missing(service_product, payer_no)
        if times.get("completed") and times.get("cancelled"):
            ok, new = False, m.status  # the row itself: "cannot be both completed and cancelled"
        elif target == m.status or (m.status == "waiting" and target == "started"):
            ok, new = True, m.status
        elif not m.is_open or (target == "registered"):
            ok, new = False, m.status  # never reopened (W1), never un-started
        elif target == "started":
            ok, new = not missing, "started"  # W6
        elif target == "completed":
            ok, new = not m.pending, "completed"  # W9: the answer first
        else:  # cancelled from an open status (W4)
            ok, new = True, "cancelled"
        assert rejected == (0 if ok else 1), (
            f"re-import of {m.order_no} ({m.type_code}, {m.status}, pending {m.pending}) with "
            f"{times}, service product {service_product!r}, payer {payer_no!r}: the rules say "
            f"{'import' if ok else 'reject'} it, the program "
            f"{'rejected it' if rejected else 'imported it'}")
        if ok:
            if new == "started" and m.status == "registered":
                m.ever_started = True
            if new == "cancelled":
                m.pending = False
            m.status = new
            if service_product is not None:
                m.service_product = service_product
            if payer_no is not None:
                m.payer_no = payer_no

    # -- what must always hold -------------------------------------------------------------------
    @invariant()
    def the_rules_hold(self) -> None:
        """The order as stored is the model's, and the step broke none of W1, W6, W9."""
        if self.model is None:
            return
        status, incomplete, owner, pending = self._stored()
        m = self.m
        assert status == m.status, f"{m.order_no}: stored {status}, the rules say {m.status}"
        assert pending == m.pending, f"{m.order_no}: proposal pending {pending}, not {m.pending}"
        assert incomplete == bool(m.missing()), f"{m.order_no}: incomplete {incomplete}"
        assert owner == m.claimed_by, f"{m.order_no}: taken by {owner}, not {m.claimed_by}"
        if self.before is not None:
            was, _was_incomplete = self.before
            if was in ("completed", "cancelled"):
                assert status == was, f"W1: a {was} order became {status}"
            if status == "started" and was != "started":
                # complete when it became started (a re-imported row may bring what it lacked)
                assert not incomplete, "W6: an incomplete order was started"
            if status == "waiting" and was not in ("waiting", "started"):
                assert m.ever_started, "W1: waiting entered without being started"
        if pending:
            assert status == "waiting", f"W9: a proposal waits for its answer, the order is {status}"
        self.last, self.before = (status, incomplete), None


def _run(db_url: str, tmp_path: Path, examples: int, steps: int) -> None:
    first = ServiceContext(Database(db_url), Clock.parse(NOW), login=TEST_LOGIN)
    first.reload()
    with first.db.transaction() as s:
        s.add(Staff(login=SECOND, display_name="Tove Tekniker", role="technician"))
    other = ServiceContext(Database(db_url), Clock.parse(NOW), login=SECOND)  # own connections
    other.reload()
    OrderRules.contexts = {TEST_LOGIN: first, SECOND: other}
    OrderRules.folder = tmp_path
    STATS.update(examples=0, steps=0)
    t0 = time.perf_counter()
    try:
        run_state_machine_as_test(OrderRules, settings=settings(
            max_examples=examples, stateful_step_count=steps, deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
    finally:
        backend = first.db.backend
        print(f"\n{backend}: {STATS['examples']} examples, {STATS['steps']} steps "
              f"in {time.perf_counter() - t0:.1f} s")
        first.db.dispose()
        other.db.dispose()


@pytest.mark.slow
def test_no_sequence_of_actions_breaks_w1_w4_w6_w9_s5(db_url, tmp_path):
    """About 6,500 steps on SQLite (~15 s on a quiet machine) and half as many on PostgreSQL
    (~18 s): the guards are the same domain and service code on both; PostgreSQL adds its row
    locks between the two workstations, which the shorter run exercises as well."""
    postgres = db_url.startswith("postgresql")
    _run(db_url, tmp_path, examples=100 if postgres else 200, steps=40)
