"""The reconditioning checklist administrators edit, per product group (S4; audited, W10)."""

from dataclasses import dataclass

from sqlalchemy import select

from hmc_desktop.db.models import ChecklistStep
from hmc_desktop.domain.errors import NotFound, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.context import ServiceContext


@dataclass(frozen=True, slots=True)
class ChecklistStepView:
    step_id: int
    product_group: str  # '' = the default checklist for every group without its own
    name: str
    sort_order: int
    digital_only: bool
    mandatory: bool
    is_data_wipe: bool


class ChecklistService:
    """The reconditioning checklist per product group; only administrators edit it (W10 audited).

    Reconditionings copy their steps when they start, so an edit never changes a log.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def steps(self, product_group: str = "") -> list[ChecklistStepView]:
        """The steps configured for exactly ``product_group`` ('' = the defaults), in order."""
        with self.ctx.db.reading() as session:
            rows = session.scalars(select(ChecklistStep).where(
                ChecklistStep.product_group == product_group.strip())
                .order_by(ChecklistStep.sort_order, ChecklistStep.id))
            return [_step_view(s) for s in rows]

    def groups(self) -> list[str]:
        """The product groups with a checklist of their own."""
        with self.ctx.db.reading() as session:
            return sorted(g for g in session.scalars(
                select(ChecklistStep.product_group).distinct()) if g)

    def save_step(self, step_id: int | None, *, product_group: str, name: str,
                  sort_order: int = 0, digital_only: bool = False, mandatory: bool = False,
                  is_data_wipe: bool = False) -> ChecklistStepView:
        """Create (``step_id`` None) or change a step. A data-wipe step is always mandatory and
        for digital aids only: S4 requires the wipe to be logged."""
        user = self.ctx.user
        user.require(Action.EDIT_CATALOGUE)
        if not name.strip():
            raise ValidationError("checklist_name_required", field="name")
        values = {"product_group": product_group.strip(), "name": name.strip(),
                  "sort_order": sort_order, "digital_only": digital_only or is_data_wipe,
                  "mandatory": mandatory or is_data_wipe, "is_data_wipe": is_data_wipe}
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            if step_id is None:
                step = ChecklistStep(**values)
                session.add(step)
                session.flush()
                record(session, who=who, at=now, entity="checklist", key=str(step.id),
                       action="create", field="name", new=step.name)
            else:
                found = session.get(ChecklistStep, step_id)
                if found is None:
                    raise NotFound("checklist_step_not_found", step_id=step_id)
                step = found
                set_and_record(session, step, values, who=who, at=now, entity="checklist",
                               key=str(step.id), action="edit")
            return _step_view(step)

    def remove_step(self, step_id: int) -> None:
        """Remove a step from the checklist (running reconditionings keep their copy)."""
        user = self.ctx.user
        user.require(Action.EDIT_CATALOGUE)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            step = session.get(ChecklistStep, step_id)
            if step is None:
                raise NotFound("checklist_step_not_found", step_id=step_id)
            record(session, who=user.login, at=now, entity="checklist", key=str(step.id),
                   action="remove", field="name", old=f"{step.product_group or '*'}: {step.name}")
            session.delete(step)


def _step_view(s: ChecklistStep) -> ChecklistStepView:
    return ChecklistStepView(s.id, s.product_group, s.name, s.sort_order, s.digital_only,
                             s.mandatory, s.is_data_wipe)
