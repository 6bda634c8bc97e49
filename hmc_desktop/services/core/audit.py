"""Writing the audit log (W10): every change with who, when, old → new."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from hmc_desktop.db import models

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def record(
    session: Session,
    *,
    who: str,
    at: datetime,
    entity: str,
    key: str,
    action: str,
    field: str = "",
    old: Any = None,
    new: Any = None,
) -> None:
    """Add one audit entry to the session's transaction."""
    session.add(
        models.AuditEntry(
            at=at, who=who, entity=entity, entity_key=key, action=action,
            field=field, old=_text(old), new=_text(new),
        )
    )


def set_and_record(
    session: Session,
    obj: Any,
    changes: dict[str, Any],
    *,
    who: str,
    at: datetime,
    entity: str,
    key: str,
    action: str,
) -> list[str]:
    """Apply ``changes`` to ``obj``; audit each field whose value really changes. Returns those fields."""
    changed: list[str] = []
    for field, new in changes.items():
        old = getattr(obj, field)
        if old == new:
            continue
        setattr(obj, field, new)
        record(session, who=who, at=at, entity=entity, key=key, action=action,
               field=field, old=old, new=new)
        changed.append(field)
    return changed
